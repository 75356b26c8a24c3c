//! The router-restart watch, while the home address is blocked: after the
//! connection drops, did it come back with the same address? Then a
//! restart does not help, and the fix list stops offering it. Or with a
//! new one in the same /24, which Cloudflare rules can refuse as a whole?

use super::types::Happened;
use crate::core::local::router::same_24;
use std::net::IpAddr;

/// The router-restart watch, while the home address is blocked.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum RouterWatch {
    Off,
    /// The connection dropped with these addresses; `known` is what an
    /// earlier reconnect already showed.
    Dropped {
        v4: Option<IpAddr>,
        v6: Option<IpAddr>,
        known: Option<SameAddress>,
    },
    /// It came back with the same address: a restart does not help.
    Unchanged(SameAddress),
    /// It came back with a new address in the same /24 as the refused one.
    SameRange {
        old: IpAddr,
        new: IpAddr,
        notified: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct SameAddress {
    ip: IpAddr,
    notified: bool,
}

impl RouterWatch {
    fn known(&self) -> Option<SameAddress> {
        match self {
            RouterWatch::Off | RouterWatch::SameRange { .. } => None,
            RouterWatch::Dropped { known, .. } => *known,
            RouterWatch::Unchanged(s) => Some(*s),
        }
    }

    /// The address a reconnect kept, if one did.
    pub fn same_address(&self) -> Option<IpAddr> {
        self.known().map(|s| s.ip)
    }

    /// The refused address and the new one in its /24, if a reconnect gave one.
    pub fn same_range(&self) -> Option<(IpAddr, IpAddr)> {
        match *self {
            RouterWatch::SameRange { old, new, .. } => Some((old, new)),
            _ => None,
        }
    }

    pub fn dropped(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>) {
        if !matches!(self, RouterWatch::Dropped { .. }) {
            let known = self.known();
            *self = RouterWatch::Dropped { v4, v6, known };
        }
    }

    /// The address changed to `new`: whatever dropped is no longer
    /// watched, unless the new address is in the old one's /24.
    pub fn address_changed(&mut self, new: IpAddr) {
        if let RouterWatch::Dropped { v4, known, .. } = *self {
            *self = match v4 {
                Some(old) if same_24(old, new) => RouterWatch::SameRange {
                    old,
                    new,
                    notified: false,
                },
                _ => known.map_or(RouterWatch::Off, RouterWatch::Unchanged),
            };
        }
    }

    /// Back online with these confirmed addresses; true when it came back
    /// with the same one while still blocked (worth a confirming probe).
    pub fn back(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>, still_blocked: bool) -> bool {
        let RouterWatch::Dropped {
            v4: was4,
            v6: was6,
            known,
        } = *self
        else {
            return false;
        };
        // The family the site is reached over decides; IPv4 where known.
        let same = match was4 {
            Some(a) => Some(a) == v4,
            None => was6.is_some() && was6 == v6,
        };
        if !same {
            return false;
        }
        match (still_blocked, was4.or(was6)) {
            (true, Some(ip)) => {
                let notified = known.is_some_and(|k| k.notified);
                *self = RouterWatch::Unchanged(SameAddress { ip, notified });
                true
            }
            _ => {
                *self = known.map_or(RouterWatch::Off, RouterWatch::Unchanged);
                false
            }
        }
    }

    /// What a reconnect showed, the first time it is asked for.
    pub fn notify_once(&mut self) -> Option<Happened> {
        let s = match self {
            RouterWatch::Dropped { known: Some(s), .. } | RouterWatch::Unchanged(s) => s,
            RouterWatch::SameRange { old, new, notified } => {
                let first = !std::mem::replace(notified, true);
                return first.then_some(Happened::AddressSameRange {
                    old: *old,
                    new: *new,
                });
            }
            _ => return None,
        };
        if s.notified {
            return None;
        }
        s.notified = true;
        Some(Happened::AddressUnchanged { ip: s.ip })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn back_with_the_same_address_is_told_once() {
        let home = ip("203.0.113.7");
        let mut w = RouterWatch::Off;
        w.dropped(Some(home), None);
        assert_eq!(w.same_address(), None);
        assert!(
            w.back(Some(home), None, true),
            "same address, still blocked"
        );
        assert_eq!(w.same_address(), Some(home));
        assert_eq!(
            w.notify_once(),
            Some(Happened::AddressUnchanged { ip: home })
        );
        assert_eq!(w.notify_once(), None);
        // Another drop keeps what the first reconnect showed.
        w.dropped(Some(home), None);
        assert_eq!(w.same_address(), Some(home));
        assert!(w.back(Some(home), None, true));
        assert_eq!(w.notify_once(), None, "already told");
    }

    #[test]
    fn a_new_address_ends_the_watch() {
        let mut w = RouterWatch::Off;
        w.dropped(Some(ip("203.0.113.7")), None);
        assert!(!w.back(Some(ip("198.51.100.9")), None, true));
        assert_eq!(w.same_address(), None);
        // The confirmed change ends it.
        w.address_changed(ip("198.51.100.9"));
        assert_eq!(w, RouterWatch::Off);
    }

    #[test]
    fn a_new_address_in_the_same_24_is_told_once() {
        let (old, new) = (ip("203.0.113.7"), ip("203.0.113.99"));
        let mut w = RouterWatch::Off;
        w.dropped(Some(old), None);
        w.address_changed(new);
        assert_eq!(w.same_range(), Some((old, new)));
        assert_eq!(w.same_address(), None);
        assert_eq!(
            w.notify_once(),
            Some(Happened::AddressSameRange { old, new })
        );
        assert_eq!(w.notify_once(), None);
    }
}
