//! "It works in my browser": the user's word that a block blockwatch sees
//! is of its own request only. The mark remembers exactly which block the
//! user vouched for (cause, verdict kind, Cloudflare code, the address the
//! site sees, the VPN in use), so that block alone is shown as healthy and
//! never notified again, and anything that can change the answer (another
//! address, the VPN switched, another kind of verdict) ends it.

use crate::core::diagnose::Cause;
use crate::core::local::vpn::VpnFacts;
use crate::core::site::verdict::{Verdict, VerdictKind};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// What identifies one block for this purpose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockKey {
    pub cause: Cause,
    pub kind: VerdictKind,
    pub cloudflare_code: Option<u16>,
    /// The address the site sees (its trace, else its block page).
    pub site_sees: Option<IpAddr>,
    /// The VPN in use: its interface, `None` without one.
    pub vpn: Option<String>,
}

impl BlockKey {
    pub fn new(
        cause: Cause,
        verdict: &Verdict,
        trace_ip: Option<IpAddr>,
        vpn: &VpnFacts,
    ) -> BlockKey {
        BlockKey {
            cause,
            kind: verdict.kind,
            cloudflare_code: verdict.cloudflare_code,
            site_sees: trace_ip.or(verdict.visitor_ip),
            vpn: vpn_key(vpn),
        }
    }
}

/// The VPN state as the mark sees it: which tunnel, if any.
pub fn vpn_key(vpn: &VpnFacts) -> Option<String> {
    vpn.active.then(|| {
        vpn.interface
            .clone()
            .or_else(|| vpn.vendor.clone())
            .unwrap_or_default()
    })
}

/// A block the user said their browser does not see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeOnlyMark {
    pub block: BlockKey,
    pub since_wall_ms: u64,
}

/// Why a mark was forgotten (recorded in the history).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Forgotten {
    Address,
    Vpn,
    Verdict,
}

impl ProbeOnlyMark {
    /// The block now seen is the one the user vouched for. An address not
    /// read this time is not taken as a change.
    pub fn covers(&self, now: &BlockKey) -> bool {
        self.check(now).is_none()
    }

    /// What, if anything, ends the mark given the block now seen.
    pub fn check(&self, now: &BlockKey) -> Option<Forgotten> {
        let b = &self.block;
        if now.vpn != b.vpn {
            Some(Forgotten::Vpn)
        } else if now.site_sees.is_some() && now.site_sees != b.site_sees {
            Some(Forgotten::Address)
        } else if (now.kind, now.cause, now.cloudflare_code) != (b.kind, b.cause, b.cloudflare_code)
        {
            Some(Forgotten::Verdict)
        } else {
            None
        }
    }

    /// A verdict that is not a problem ends it (the kind changed).
    pub fn on_verdict_kind(&self, kind: VerdictKind) -> Option<Forgotten> {
        (kind != self.block.kind).then_some(Forgotten::Verdict)
    }

    /// The VPN switched on, off or to another tunnel.
    pub fn on_vpn(&self, vpn: &VpnFacts) -> Option<Forgotten> {
        (vpn_key(vpn) != self.block.vpn).then_some(Forgotten::Vpn)
    }

    /// A newly read address the site sees, or a confirmed public address
    /// change (the site then sees another one too).
    pub fn on_address(&self, ip: IpAddr) -> Option<Forgotten> {
        match self.block.site_sees {
            Some(seen) if seen.is_ipv4() == ip.is_ipv4() && seen != ip => Some(Forgotten::Address),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(ip: Option<&str>, vpn: Option<&str>, code: Option<u16>) -> BlockKey {
        BlockKey {
            cause: Cause::PublicIpBlocked,
            kind: VerdictKind::Blocked,
            cloudflare_code: code,
            site_sees: ip.map(|i| i.parse().unwrap()),
            vpn: vpn.map(str::to_string),
        }
    }

    #[test]
    fn covers_the_same_block_only() {
        let m = ProbeOnlyMark {
            block: key(Some("203.0.113.7"), None, Some(1020)),
            since_wall_ms: 0,
        };
        assert!(m.covers(&key(Some("203.0.113.7"), None, Some(1020))));
        assert!(m.covers(&key(None, None, Some(1020))), "address not read");
        assert_eq!(
            m.check(&key(Some("198.51.100.9"), None, Some(1020))),
            Some(Forgotten::Address)
        );
        assert_eq!(
            m.check(&key(Some("203.0.113.7"), Some("wg0"), Some(1020))),
            Some(Forgotten::Vpn)
        );
        assert_eq!(
            m.check(&key(Some("203.0.113.7"), None, Some(1015))),
            Some(Forgotten::Verdict)
        );
        let mut other_cause = key(Some("203.0.113.7"), None, Some(1020));
        other_cause.cause = Cause::ProxyBlocked;
        assert_eq!(m.check(&other_cause), Some(Forgotten::Verdict));
    }

    #[test]
    fn changes_that_end_it() {
        let m = ProbeOnlyMark {
            block: key(Some("203.0.113.7"), None, Some(1020)),
            since_wall_ms: 0,
        };
        assert_eq!(m.on_verdict_kind(VerdictKind::Blocked), None);
        assert_eq!(
            m.on_verdict_kind(VerdictKind::Reachable),
            Some(Forgotten::Verdict)
        );
        assert_eq!(m.on_address("203.0.113.7".parse().unwrap()), None);
        assert_eq!(m.on_address("2001:db8::1".parse().unwrap()), None);
        assert_eq!(
            m.on_address("203.0.113.8".parse().unwrap()),
            Some(Forgotten::Address)
        );
        let mut vpn = VpnFacts::default();
        assert_eq!(m.on_vpn(&vpn), None);
        vpn.active = true;
        vpn.interface = Some("wg0".into());
        assert_eq!(m.on_vpn(&vpn), Some(Forgotten::Vpn));
    }

    #[test]
    fn survives_a_restart() {
        let m = ProbeOnlyMark {
            block: key(Some("203.0.113.7"), Some("tun0"), Some(1020)),
            since_wall_ms: 5,
        };
        let back: ProbeOnlyMark =
            serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(back, m);
    }
}
