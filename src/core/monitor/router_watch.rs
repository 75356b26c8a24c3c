//! The router-restart watch, while the home address is blocked: after the
//! connection drops, did it come back with the same address? Then a
//! restart does not help, and the fix list stops offering it.

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
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct SameAddress {
    ip: IpAddr,
    notified: bool,
}

impl RouterWatch {
    fn known(&self) -> Option<SameAddress> {
        match self {
            RouterWatch::Off => None,
            RouterWatch::Dropped { known, .. } => *known,
            RouterWatch::Unchanged(s) => Some(*s),
        }
    }

    /// The address a reconnect kept, if one did.
    pub fn same_address(&self) -> Option<IpAddr> {
        self.known().map(|s| s.ip)
    }

    pub fn dropped(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>) {
        if !matches!(self, RouterWatch::Dropped { .. }) {
            let known = self.known();
            *self = RouterWatch::Dropped { v4, v6, known };
        }
    }

    /// The address changed: whatever dropped is no longer watched.
    pub fn address_changed(&mut self) {
        if let RouterWatch::Dropped { known, .. } = *self {
            *self = known.map_or(RouterWatch::Off, RouterWatch::Unchanged);
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

    /// The unchanged address, the first time it is asked for.
    pub fn notify_once(&mut self) -> Option<IpAddr> {
        let s = match self {
            RouterWatch::Dropped { known: Some(s), .. } | RouterWatch::Unchanged(s) => s,
            _ => return None,
        };
        if s.notified {
            return None;
        }
        s.notified = true;
        Some(s.ip)
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
        assert_eq!(w.notify_once(), Some(home));
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
        w.address_changed();
        assert_eq!(w, RouterWatch::Off);
    }
}
