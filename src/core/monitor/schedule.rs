//! The probe schedule: which probe is due and why, the one in flight, the
//! back-off while a problem stands, and the spacing of probes after network
//! events (flapping links). Jitter comes from a seeded generator so that
//! simulated hours repeat exactly.

use std::time::Duration;

/// Probes after network events at most this often (flapping links).
pub const NETWORK_PROBE_GAP: Duration = Duration::from_secs(5);
/// While a problem stands, re-check from this period, doubling to the interval.
pub const PROBLEM_RECHECK: Duration = Duration::from_secs(30);

/// What asked for a probe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Trigger {
    Start,
    Schedule,
    Network,
    IpChange,
    Wake,
    Confirm,
    User,
}

impl Trigger {
    /// Low-priority triggers leave a reserve of the budget for confirmations
    /// and the user.
    pub fn uses_reserve(self) -> bool {
        matches!(self, Trigger::Confirm | Trigger::User | Trigger::Start)
    }

    /// Triggered by the network: spaced by `NETWORK_PROBE_GAP`.
    fn is_network(self) -> bool {
        matches!(self, Trigger::Network | Trigger::IpChange | Trigger::Wake)
    }
}

#[derive(Clone, Debug)]
pub(super) struct Schedule {
    due: Option<(Duration, Trigger)>,
    /// The generation it was sent on, and why.
    in_flight: Option<(u64, Trigger)>,
    last_network_probe: Option<Duration>,
    /// The network generation the last probe was sent on.
    last_sent_gen: Option<u64>,
    /// The next re-check period while a problem stands.
    recheck: Duration,
}

impl Schedule {
    pub fn new() -> Schedule {
        Schedule {
            due: None,
            in_flight: None,
            last_network_probe: None,
            last_sent_gen: None,
            recheck: PROBLEM_RECHECK,
        }
    }

    /// The probe that is due, when, and why (before the gates that can
    /// hold it back: see `Monitor::probe_gate`).
    pub fn due(&self) -> Option<(Duration, Trigger)> {
        self.due
    }

    /// A probe is on its way.
    pub fn in_flight(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Nothing is due (offline, paused).
    pub fn clear_due(&mut self) {
        self.due = None;
    }

    /// The due probe must wait until `at` (the spacing after network events).
    pub fn defer_to(&mut self, at: Duration) {
        if let Some((_, why)) = self.due {
            self.due = Some((at, why));
        }
    }

    /// Ask for a probe at `at`; an earlier one stands, but the user's
    /// reason replaces another (it may use the reserve), and a reason that
    /// is not spaced after network events replaces one that is (a
    /// confirmation right after a new address must not wait for the
    /// address's own, spaced, probe).
    pub fn want(&mut self, at: Duration, why: Trigger) {
        let replaces = |w: Trigger| {
            (why == Trigger::User && w != Trigger::User) || (w.is_network() && !why.is_network())
        };
        match self.due {
            Some((t, w)) if t <= at && !replaces(w) => {}
            _ => self.due = Some((at, why)),
        }
    }

    /// A probe for this reason must wait for the network spacing until then.
    pub fn network_gap_until(&self, at: Duration, why: Trigger) -> Option<Duration> {
        let last = self.last_network_probe.filter(|_| why.is_network())?;
        (at < last + NETWORK_PROBE_GAP).then_some(last + NETWORK_PROBE_GAP)
    }

    /// A probe has been sent on network generation `gen` (it saw the
    /// network as it is since its last change).
    pub fn probed_on(&self, gen: u64) -> bool {
        self.last_sent_gen == Some(gen)
    }

    pub fn sent(&mut self, gen: u64, why: Trigger, now: Duration) {
        self.due = None;
        self.last_sent_gen = Some(gen);
        if why.is_network() {
            self.last_network_probe = Some(now);
        }
        self.in_flight = Some((gen, why));
    }

    /// The answer to the probe in flight, if this is it.
    pub fn answered(&mut self, gen: u64) -> Option<Trigger> {
        match self.in_flight {
            Some((sent, why)) if sent == gen => {
                self.in_flight = None;
                Some(why)
            }
            _ => None,
        }
    }

    pub fn reset_backoff(&mut self) {
        self.recheck = PROBLEM_RECHECK;
    }

    /// The next re-check while a problem stands, backing off to `interval`.
    pub fn recheck(
        &mut self,
        rng: &mut Rng,
        interval: Duration,
        not_before: Option<Duration>,
        now: Duration,
    ) {
        // The back-off starts at 30 s but never waits longer than the
        // interval: a short interval is the cap from the first re-check.
        let gap = rng.jitter(self.recheck.min(interval), 10);
        self.recheck = (self.recheck * 2).min(interval);
        let at = not_before.map_or(now + gap, |t| t.max(now + gap));
        self.due = Some((at, Trigger::Schedule));
    }

    /// A new interval applies at once to a scheduled probe.
    pub fn reconfigure(&mut self, interval: Duration, now: Duration) {
        if let Some((at, why)) = self.due {
            if why == Trigger::Schedule {
                self.due = Some((at.min(now + interval), why));
            }
        }
    }
}

/// SplitMix64: the jitter source, seeded by the driver (pure and repeatable).
#[derive(Clone, Debug)]
pub(super) struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// `d` ± `pct` percent.
    pub fn jitter(&mut self, d: Duration, pct: u64) -> Duration {
        let span = d.as_millis() as u64 * pct / 100;
        if span == 0 {
            return d;
        }
        let offset = self.next() % (2 * span + 1);
        Duration::from_millis(d.as_millis() as u64 - span + offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn an_earlier_probe_stands_but_the_users_reason_replaces_another() {
        let mut s = Schedule::new();
        s.want(100 * S, Trigger::Schedule);
        s.want(200 * S, Trigger::Confirm);
        assert_eq!(s.due(), Some((100 * S, Trigger::Schedule)));
        s.want(50 * S, Trigger::Confirm);
        assert_eq!(s.due(), Some((50 * S, Trigger::Confirm)));
        s.want(60 * S, Trigger::User);
        assert_eq!(
            s.due(),
            Some((60 * S, Trigger::User)),
            "the user may use the reserve"
        );
        s.sent(7, Trigger::User, 60 * S);
        assert!(s.in_flight() && s.due().is_none());
        assert_eq!(s.answered(6), None, "another network's answer");
        assert_eq!(s.answered(7), Some(Trigger::User));
        assert!(!s.in_flight());
    }

    #[test]
    fn network_probes_are_spaced_and_rechecks_back_off_to_the_interval() {
        let mut s = Schedule::new();
        s.sent(1, Trigger::Network, 10 * S);
        assert_eq!(
            s.network_gap_until(12 * S, Trigger::Network),
            Some(10 * S + NETWORK_PROBE_GAP)
        );
        assert_eq!(s.network_gap_until(12 * S, Trigger::User), None);
        let mut rng = Rng(1);
        let interval = 300 * S;
        let mut gaps = Vec::new();
        for _ in 0..6 {
            s.recheck(&mut rng, interval, None, Duration::ZERO);
            gaps.push(s.due().unwrap().0);
        }
        // 30 s, 60 s, 120 s, 240 s, then the interval, each ±10 %.
        for (gap, want) in gaps.iter().zip([30, 60, 120, 240, 300, 300]) {
            let want = want * S;
            assert!(*gap >= want * 9 / 10 && *gap <= want * 11 / 10, "{gaps:?}");
        }
        // The site's Retry-After comes first.
        s.recheck(&mut rng, interval, Some(900 * S), Duration::ZERO);
        assert_eq!(s.due(), Some((900 * S, Trigger::Schedule)));
    }
}
