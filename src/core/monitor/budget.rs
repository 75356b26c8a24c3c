//! The politeness budget: every request to the target's site (probe and
//! trace, whatever triggered it) counts in a rolling hour, and the site's
//! own Retry-After (or a rate limit without one) holds everything back.
//! Low-priority triggers leave a reserve for confirmations and the user.

use super::schedule::Trigger;
use crate::core::site::verdict::{Verdict, VerdictKind};
use std::collections::VecDeque;
use std::time::Duration;

pub(super) const HOUR: Duration = Duration::from_secs(3600);
/// A rate limit without Retry-After is waited out this long.
const RATE_LIMIT_WAIT: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub(super) struct Budget {
    per_hour: u32,
    /// Monotonic times of recent requests.
    requests: VecDeque<Duration>,
    /// Nothing goes to the site before this (Retry-After).
    retry_until: Option<Duration>,
}

impl Budget {
    pub fn new(per_hour: u32) -> Budget {
        Budget {
            per_hour,
            requests: VecDeque::new(),
            retry_until: None,
        }
    }

    /// Nothing goes to the site before this (the site's Retry-After).
    pub fn retry_until(&self) -> Option<Duration> {
        self.retry_until
    }

    pub fn set_per_hour(&mut self, per_hour: u32) {
        self.per_hour = per_hour;
    }

    /// A request of the last run, at `mono` on this run's clock.
    pub fn restore_request(&mut self, mono: Duration) {
        self.requests.push_back(mono);
    }

    pub fn requests(&self) -> impl Iterator<Item = Duration> + '_ {
        self.requests.iter().copied()
    }

    fn used(&self, now: Duration) -> usize {
        self.requests.iter().filter(|&&t| now < t + HOUR).count()
    }

    /// Requests still allowed in the rolling hour, reserve included.
    pub fn remaining(&self, now: Duration) -> u32 {
        let used = u32::try_from(self.used(now)).unwrap_or(u32::MAX);
        self.per_hour.saturating_sub(used)
    }

    /// When a request for this reason may go out, if not now.
    pub fn blocked_until(&self, now: Duration, why: Trigger) -> Option<Duration> {
        if let Some(r) = self.retry_until.filter(|&r| r > now) {
            return Some(r);
        }
        let budget = self.per_hour as usize;
        let reserve = if budget > 6 { 3 } else { 0 };
        let cap = if why.uses_reserve() {
            budget
        } else {
            budget - reserve
        };
        let used = self.used(now);
        if used < cap {
            return None;
        }
        // Free again when the oldest counted request leaves the window.
        let live: Vec<Duration> = self
            .requests
            .iter()
            .copied()
            .filter(|&t| now < t + HOUR)
            .collect();
        live.get(used - cap).map(|&t| t + HOUR)
    }

    /// Requests the budget allows now for this reason.
    pub fn room(&self, now: Duration, why: Trigger) -> u32 {
        let budget = self.per_hour as usize;
        let reserve = if budget > 6 { 3 } else { 0 };
        let cap = if why.uses_reserve() {
            budget
        } else {
            budget - reserve
        };
        cap.saturating_sub(self.used(now)) as u32
    }

    pub fn count(&mut self, now: Duration) {
        self.requests.push_back(now);
        while self.requests.front().is_some_and(|&t| now >= t + HOUR) {
            self.requests.pop_front();
        }
    }

    /// The site asked to wait (or rate limits without saying how long).
    pub fn note_answer(&mut self, verdict: &Verdict, now: Duration) {
        if let Some(secs) = verdict.retry_after_secs {
            let until = now + Duration::from_secs(secs.max(1));
            self.retry_until = Some(self.retry_until.map_or(until, |r| r.max(until)));
        } else if verdict.kind == VerdictKind::RateLimited {
            self.retry_until = Some(now + RATE_LIMIT_WAIT);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn the_rolling_hour_keeps_a_reserve_for_confirmations_and_the_user() {
        let mut b = Budget::new(20);
        for i in 0..17 {
            b.count(i * S);
        }
        assert!(
            b.blocked_until(20 * S, Trigger::Schedule).is_some(),
            "3 in reserve"
        );
        assert_eq!(b.blocked_until(20 * S, Trigger::Confirm), None);
        assert_eq!(b.room(20 * S, Trigger::User), 3);
        for i in 17..20 {
            b.count(i * S);
        }
        // Free again when the oldest request leaves the hour.
        assert_eq!(b.blocked_until(30 * S, Trigger::User), Some(HOUR));
        assert_eq!(b.remaining(HOUR), 1);
        assert_eq!(b.remaining(HOUR + S), 2);
    }

    #[test]
    fn retry_after_holds_every_request_and_a_rate_limit_without_it_a_minute() {
        let mut b = Budget::new(20);
        let mut v = Verdict::new(VerdictKind::RateLimited);
        v.retry_after_secs = Some(120);
        b.note_answer(&v, 10 * S);
        assert_eq!(b.retry_until(), Some(130 * S));
        assert_eq!(b.blocked_until(11 * S, Trigger::User), Some(130 * S));
        let mut c = Budget::new(20);
        c.note_answer(&Verdict::new(VerdictKind::RateLimited), 10 * S);
        assert_eq!(c.retry_until(), Some(70 * S));
    }
}
