//! The public address, per family, as IP echo services report it: a new
//! reading is believed once seen twice (or once the site's own trace
//! agrees), lookups are spaced, and a lookup that reaches nothing says the
//! internet, not just the site, is gone.

use super::schedule::Rng;
use std::net::IpAddr;
use std::time::Duration;

/// A second IP reading this much later confirms a change.
pub const IP_CONFIRM_AFTER: Duration = Duration::from_secs(5);
/// IP lookups (not the target) at most this often, confirmations aside.
pub const ECHO_MIN_GAP: Duration = Duration::from_secs(10);
/// After a network change the lookup is due at once (the change is the
/// reason to ask); only a link flapping faster than this waits.
pub const ECHO_CHANGE_GAP: Duration = Duration::from_secs(1);

#[derive(Clone, Debug, Default)]
struct IpSlot {
    confirmed: Option<IpAddr>,
    /// A new reading, with the network generation it was first read on.
    candidate: Option<(IpAddr, u64)>,
}

/// What one echo reading is, against what is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reading {
    /// The confirmed address again.
    Same,
    /// Believed now: seen twice, the site agrees, or the first ever.
    Confirms,
    /// New, to be seen again.
    Candidate,
}

#[derive(Clone, Debug)]
pub(super) struct PublicIp {
    v4: IpSlot,
    v6: IpSlot,
    /// The generation on which an echo service last answered.
    echo_ok_gen: Option<u64>,
    due: Option<Duration>,
    in_flight: bool,
    last_at: Option<Duration>,
}

impl PublicIp {
    pub fn new(now: Duration) -> PublicIp {
        PublicIp {
            v4: IpSlot::default(),
            v6: IpSlot::default(),
            echo_ok_gen: None,
            due: Some(now),
            in_flight: false,
            last_at: None,
        }
    }

    fn slot(&self, ip: IpAddr) -> &IpSlot {
        if ip.is_ipv4() {
            &self.v4
        } else {
            &self.v6
        }
    }

    fn slot_mut(&mut self, ip: IpAddr) -> &mut IpSlot {
        if ip.is_ipv4() {
            &mut self.v4
        } else {
            &mut self.v6
        }
    }

    /// The confirmed addresses (IPv4, IPv6).
    pub fn confirmed(&self) -> (Option<IpAddr>, Option<IpAddr>) {
        (self.v4.confirmed, self.v6.confirmed)
    }

    /// The latest readings, confirmed or not (they explain a recovery
    /// they coincide with).
    pub fn latest(&self) -> (Option<IpAddr>, Option<IpAddr>) {
        (
            self.v4.candidate.map(|c| c.0).or(self.v4.confirmed),
            self.v6.candidate.map(|c| c.0).or(self.v6.confirmed),
        )
    }

    pub fn is_candidate(&self, ip: IpAddr) -> bool {
        self.candidate_gen(ip).is_some()
    }

    /// An echo service answered on network `gen`.
    pub fn echo_ok_on(&self, gen: u64) -> bool {
        self.echo_ok_gen == Some(gen)
    }

    /// The last run's addresses.
    pub fn restore(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>) {
        self.v4.confirmed = v4;
        self.v6.confirmed = v6;
    }

    /// The lookup's timer, while one may go out.
    pub fn poll_timeout(&self, offline: bool) -> Option<Duration> {
        self.due.filter(|_| !self.in_flight && !offline)
    }

    /// Look up now, however recent the last lookup.
    pub fn now(&mut self, now: Duration) {
        self.due = Some(now);
    }

    /// A network change: look up at once, unless one went out within
    /// `ECHO_CHANGE_GAP` (a flapping link).
    pub fn after_change(&mut self, now: Duration) {
        self.due = Some(match self.last_at {
            Some(last) if now < last + ECHO_CHANGE_GAP => last + ECHO_CHANGE_GAP,
            _ => now,
        });
    }

    /// Look up now if the spacing allows; otherwise keep the schedule.
    pub fn now_if_spaced(&mut self, now: Duration) {
        if self.last_at.is_none_or(|t| now >= t + ECHO_MIN_GAP) {
            self.due = Some(now);
        }
    }

    /// A lookup is on its way or due within the spacing.
    pub fn lookup_soon(&self, now: Duration) -> bool {
        self.in_flight || self.due.is_some_and(|d| d <= now + ECHO_MIN_GAP)
    }

    pub fn start(&mut self, now: Duration) {
        self.due = None;
        self.in_flight = true;
        self.last_at = Some(now);
    }

    /// A lookup's answer arrived. `current`: asked on this network (else
    /// it is asked again at once, and `None` says so). Otherwise whether it
    /// is the first answer on this network.
    pub fn answered(
        &mut self,
        gen: u64,
        current: bool,
        reached: bool,
        now: Duration,
    ) -> Option<bool> {
        self.in_flight = false;
        if !current {
            self.due = Some(now);
            return None;
        }
        let first = self.echo_ok_gen != Some(gen);
        if reached {
            self.echo_ok_gen = Some(gen);
        } else {
            // Nothing was reached: the next trigger may ask again at once.
            self.last_at = None;
        }
        Some(first && reached)
    }

    /// One address read on network generation `gen`; `site_sees` is the
    /// site's own view, if known.
    pub fn observe(&mut self, ip: IpAddr, site_sees: Option<IpAddr>, gen: u64) -> Reading {
        let slot = self.slot_mut(ip);
        if slot.confirmed == Some(ip) {
            slot.candidate = None;
            Reading::Same
        } else if slot.candidate.is_some_and(|c| c.0 == ip)
            || site_sees == Some(ip)
            || slot.confirmed.is_none()
        {
            Reading::Confirms
        } else {
            slot.candidate = Some((ip, gen));
            Reading::Candidate
        }
    }

    /// The network generation `ip` was first read on, while it waits to
    /// be confirmed.
    pub fn candidate_gen(&self, ip: IpAddr) -> Option<u64> {
        let slot = self.slot(ip);
        slot.candidate.filter(|c| c.0 == ip).map(|c| c.1)
    }

    /// Believe `ip`; the old address when it is a change.
    pub fn confirm(&mut self, ip: IpAddr) -> Option<Option<IpAddr>> {
        let slot = self.slot_mut(ip);
        let old = slot.confirmed.replace(ip);
        slot.candidate = None;
        (old != Some(ip)).then_some(old)
    }

    /// The next lookup after a reading: soon when a candidate waits to be
    /// seen again, else at the (jittered) interval.
    pub fn schedule_after(
        &mut self,
        candidate: bool,
        rng: &mut Rng,
        interval: Duration,
        now: Duration,
    ) {
        self.due = Some(if candidate {
            now + IP_CONFIRM_AFTER
        } else {
            now + rng.jitter(interval, 10)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_first_address_is_believed_at_once_a_new_one_when_seen_twice() {
        let mut p = PublicIp::new(Duration::ZERO);
        let a = ip("203.0.113.7");
        assert_eq!(p.observe(a, None, 0), Reading::Confirms);
        assert_eq!(p.confirm(a), Some(None));
        assert_eq!(p.observe(a, None, 0), Reading::Same);
        let b = ip("198.51.100.9");
        assert_eq!(p.observe(b, None, 0), Reading::Candidate);
        assert_eq!(p.latest().0, Some(b), "a candidate explains a recovery");
        assert_eq!(p.confirmed().0, Some(a));
        assert_eq!(p.observe(b, None, 0), Reading::Confirms);
        assert_eq!(p.confirm(b), Some(Some(a)));
        assert_eq!(p.confirm(b), None, "no change the second time");
    }

    #[test]
    fn the_sites_own_view_confirms_a_new_address_at_once() {
        let mut p = PublicIp::new(Duration::ZERO);
        p.restore(Some(ip("203.0.113.7")), None);
        let b = ip("198.51.100.9");
        assert_eq!(p.observe(b, Some(b), 0), Reading::Confirms);
    }

    #[test]
    fn a_network_change_looks_up_at_once_unless_the_link_flaps() {
        let mut p = PublicIp::new(Duration::ZERO);
        p.start(100 * S);
        assert_eq!(p.poll_timeout(false), None, "one at a time");
        assert_eq!(p.answered(1, true, true, 101 * S), Some(true));
        assert!(p.echo_ok_on(1));
        p.after_change(100 * S + ECHO_CHANGE_GAP / 2);
        assert_eq!(
            p.poll_timeout(false),
            Some(100 * S + ECHO_CHANGE_GAP),
            "a flapping link waits"
        );
        p.after_change(102 * S);
        assert_eq!(
            p.poll_timeout(false),
            Some(102 * S),
            "a change is the reason to ask at once"
        );
        assert_eq!(p.poll_timeout(true), None, "nothing while offline");
        p.now(102 * S);
        assert_eq!(p.poll_timeout(false), Some(102 * S));
    }

    #[test]
    fn an_answer_from_an_old_network_is_asked_again_and_nothing_reached_frees_the_spacing() {
        let mut p = PublicIp::new(Duration::ZERO);
        p.start(10 * S);
        assert_eq!(p.answered(1, false, true, 11 * S), None);
        assert_eq!(p.poll_timeout(false), Some(11 * S));
        p.start(11 * S);
        assert_eq!(p.answered(2, true, false, 12 * S), Some(false));
        assert!(!p.echo_ok_on(2));
        p.now_if_spaced(13 * S);
        assert_eq!(
            p.poll_timeout(false),
            Some(13 * S),
            "nothing reached: no spacing"
        );
    }
}
