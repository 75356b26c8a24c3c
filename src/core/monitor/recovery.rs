//! What explains a recovery: the facts when a problem began, compared with
//! the facts when it ended ("after WireGuard was disconnected", "after your
//! address changed"), and the resolved notice that waits for the address
//! lookup to know which.

use super::types::FixedBy;
use crate::core::diagnose::{Cause, Diagnosis};
use crate::core::local::proxy::carries_requests;
use crate::core::local::vpn::VpnFacts;
use crate::core::site::verdict::Verdict;
use std::net::IpAddr;
use std::time::Duration;

/// The facts that can explain a recovery.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct RecoveryFacts {
    pub vpn: VpnFacts,
    pub v4: Option<IpAddr>,
    pub v6: Option<IpAddr>,
    pub site_ip: Option<IpAddr>,
    pub proxy: Option<String>,
    pub route_interface: Option<String>,
    pub outage: bool,
    pub rate_limited: bool,
}

impl RecoveryFacts {
    /// An address was known when the problem began.
    pub fn had_address(&self) -> bool {
        self.v4.is_some() || self.v6.is_some()
    }
}

/// A resolution whose notice waits to know whether the address changed.
#[derive(Clone, Debug)]
pub(super) struct PendingResolved {
    pub was: Cause,
    pub before: Option<RecoveryFacts>,
    pub verdict: Verdict,
    pub diagnosis: Diagnosis,
    pub until: Duration,
}

/// The fix is one an address reading cannot change: the notice need not
/// wait for the lookup.
pub(super) fn explained_without_address(fixed_by: Option<&FixedBy>) -> bool {
    matches!(
        fixed_by,
        Some(
            FixedBy::VpnDisconnected { .. }
                | FixedBy::VpnSwitched
                | FixedBy::ProxyOff
                | FixedBy::NewAddress { .. }
        )
    )
}

/// What explains a recovery: the first difference that matters.
pub(super) fn what_fixed(before: &RecoveryFacts, now: &RecoveryFacts) -> Option<FixedBy> {
    use FixedBy as F;
    if before.vpn.active && !now.vpn.active {
        return Some(F::VpnDisconnected {
            name: before.vpn.vendor.clone().or(before.vpn.interface.clone()),
        });
    }
    if before.vpn.active
        && now.vpn.active
        && (before.vpn.interface != now.vpn.interface
            || before.site_ip != now.site_ip
            || before.v4 != now.v4)
    {
        return Some(F::VpnSwitched);
    }
    let carries = |p: &Option<String>| p.as_deref().is_some_and(carries_requests);
    if carries(&before.proxy) && !carries(&now.proxy) {
        return Some(F::ProxyOff);
    }
    if let (Some(a), Some(b)) = (before.v4, now.v4) {
        if a != b {
            return Some(F::NewAddress { old: a, new: b });
        }
    }
    if let (Some(a), Some(b)) = (before.v6, now.v6) {
        if a != b {
            return Some(F::NewAddress { old: a, new: b });
        }
    }
    if before.route_interface.is_some() && before.route_interface != now.route_interface {
        return Some(F::OtherNetwork);
    }
    if before.outage && !now.outage {
        return Some(F::OutageOver);
    }
    if before.rate_limited {
        return Some(F::RateLimitOver);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> RecoveryFacts {
        RecoveryFacts {
            vpn: VpnFacts::default(),
            v4: Some("203.0.113.7".parse().unwrap()),
            v6: None,
            site_ip: None,
            proxy: None,
            route_interface: Some("wlan0".into()),
            outage: false,
            rate_limited: false,
        }
    }

    #[test]
    fn the_first_difference_that_matters_explains_a_recovery() {
        let mut before = facts();
        before.vpn = VpnFacts {
            active: true,
            interface: Some("wg0".into()),
            vendor: Some("WireGuard".into()),
            ..VpnFacts::default()
        };
        let mut after = facts();
        after.v4 = Some("198.51.100.9".parse().unwrap());
        // The VPN going away beats the address it took with it.
        assert_eq!(
            what_fixed(&before, &after),
            Some(FixedBy::VpnDisconnected {
                name: Some("WireGuard".into())
            })
        );
        assert_eq!(
            what_fixed(&facts(), &after),
            Some(FixedBy::NewAddress {
                old: "203.0.113.7".parse().unwrap(),
                new: "198.51.100.9".parse().unwrap()
            })
        );
        let mut other = facts();
        other.route_interface = Some("eth0".into());
        assert_eq!(what_fixed(&facts(), &other), Some(FixedBy::OtherNetwork));
        assert_eq!(what_fixed(&facts(), &facts()), None);
        assert!(explained_without_address(Some(&FixedBy::ProxyOff)));
        assert!(!explained_without_address(Some(&FixedBy::OtherNetwork)));
        assert!(!explained_without_address(None));
    }
}
