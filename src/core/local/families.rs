//! IPv4 and IPv6 taken separately.
//!
//! The two families can take different paths: a VPN that tunnels IPv4 and
//! lets IPv6 out natively shows the site the real address (and country) on
//! one and the VPN's on the other, and a block can hold on one family only.
//! One probe over whichever family the OS picks sees neither. This module
//! holds the per-family results, picks the one a browser most likely gets,
//! and adds what the comparison shows to a diagnosis.

use crate::core::site::verdict::{Verdict, VerdictKind};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Ipv4,
    Ipv6,
}

impl Family {
    pub fn of(ip: IpAddr) -> Family {
        if ip.is_ipv4() {
            Family::Ipv4
        } else {
            Family::Ipv6
        }
    }

    pub fn other(self) -> Family {
        match self {
            Family::Ipv4 => Family::Ipv6,
            Family::Ipv6 => Family::Ipv4,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Ipv4 => "ipv4",
            Family::Ipv6 => "ipv6",
        }
    }
}

/// One family's probe. Field names are the JSON contract (`families.ipv4`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyResult {
    pub verdict: Verdict,
    /// The address the site sees over this family (its trace).
    pub site_sees: Option<IpAddr>,
    /// The interface carrying the route to the site over this family.
    pub route_interface: Option<String>,
}

/// `null` for a family without a route (or not probed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Families {
    pub ipv4: Option<FamilyResult>,
    pub ipv6: Option<FamilyResult>,
}

impl Families {
    pub fn get(&self, f: Family) -> Option<&FamilyResult> {
        match f {
            Family::Ipv4 => self.ipv4.as_ref(),
            Family::Ipv6 => self.ipv6.as_ref(),
        }
    }

    pub fn set(&mut self, f: Family, r: FamilyResult) {
        match f {
            Family::Ipv4 => self.ipv4 = Some(r),
            Family::Ipv6 => self.ipv6 = Some(r),
        }
    }

    /// The family a browser most likely uses: IPv6 when it got any answer
    /// at all (browsers prefer it and fall back only when it fails).
    pub fn browser_family(&self) -> Option<Family> {
        match (&self.ipv4, &self.ipv6) {
            (_, Some(v6)) if !v6.verdict.kind.is_transport_failure() => Some(Family::Ipv6),
            (Some(_), _) => Some(Family::Ipv4),
            (None, Some(_)) => Some(Family::Ipv6),
            (None, None) => None,
        }
    }

    /// One family refused while the other works: `(refused, works)`.
    pub fn split(&self) -> Option<(Family, Family)> {
        let (a, b) = (self.ipv4.as_ref()?, self.ipv6.as_ref()?);
        let refused = |v: &Verdict| refused(v.kind);
        match (refused(&a.verdict), refused(&b.verdict)) {
            (true, false) if b.verdict.kind.is_ok() => Some((Family::Ipv4, Family::Ipv6)),
            (false, true) if a.verdict.kind.is_ok() => Some((Family::Ipv6, Family::Ipv4)),
            _ => None,
        }
    }
}

/// A refusal tied to who or where the client is, or to the network.
fn refused(kind: VerdictKind) -> bool {
    kind.is_hard_block() || matches!(kind, VerdictKind::Filtered | VerdictKind::DnsBlocked)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn result(kind: VerdictKind, via: &str) -> FamilyResult {
        let mut v = Verdict::new(kind);
        v.http_status = Some(if kind.is_ok() { 200 } else { 403 });
        FamilyResult {
            verdict: v,
            site_sees: None,
            route_interface: Some(via.into()),
        }
    }

    /// IPv4 through wg0, IPv6 through eth0 (also for `core::families_tests`).
    pub(crate) fn fams(v4: Option<VerdictKind>, v6: Option<VerdictKind>) -> Families {
        Families {
            ipv4: v4.map(|k| result(k, "wg0")),
            ipv6: v6.map(|k| result(k, "eth0")),
        }
    }

    #[test]
    fn the_browser_prefers_ipv6_when_it_answers() {
        use VerdictKind as K;
        assert_eq!(
            fams(Some(K::Reachable), Some(K::Blocked)).browser_family(),
            Some(Family::Ipv6)
        );
        assert_eq!(
            fams(Some(K::Reachable), Some(K::Timeout)).browser_family(),
            Some(Family::Ipv4)
        );
        assert_eq!(
            fams(Some(K::Blocked), None).browser_family(),
            Some(Family::Ipv4)
        );
        assert_eq!(
            fams(None, Some(K::Offline)).browser_family(),
            Some(Family::Ipv6)
        );
        assert_eq!(fams(None, None).browser_family(), None);
    }

    #[test]
    fn a_block_on_one_family() {
        use VerdictKind as K;
        assert_eq!(
            fams(Some(K::Reachable), Some(K::Blocked)).split(),
            Some((Family::Ipv6, Family::Ipv4))
        );
        assert_eq!(
            fams(Some(K::CountryBanned), Some(K::Challenge)).split(),
            Some((Family::Ipv4, Family::Ipv6))
        );
        assert_eq!(fams(Some(K::Blocked), Some(K::Blocked)).split(), None);
        assert_eq!(fams(Some(K::Reachable), Some(K::Timeout)).split(), None);
        assert_eq!(fams(Some(K::Blocked), None).split(), None);
    }
}
