//! The alert policy: a problem is believed once confirmed, notified once
//! (and reminded if configured), and its end is confirmed too and told with
//! what fixed it. It owns the phase, the router-restart watch and the
//! resolved notice that waits for the address lookup; it says what to tell
//! (`Happened`) and when to probe next (`Next`), and the monitor does both.

use super::recovery::{explained_without_address, what_fixed, PendingResolved, RecoveryFacts};
use super::router_watch::RouterWatch;
use super::schedule::Trigger;
use super::types::{Happened, Standing};
use crate::core::diagnose::{Cause, Diagnosis};
use crate::core::site::verdict::Verdict;
use std::net::IpAddr;
use std::time::Duration;

/// A hard block is confirmed by a second probe this much later...
pub const CONFIRM_AFTER: Duration = Duration::from_secs(3);
/// ...or at once, on a new connection, when the answer came from the probe
/// after a network change (it waited for the routes to settle: the debounce
/// of the netlink events, which is what the wait is for) or after a new
/// public address was read.
pub const CONFIRM_SETTLED: Duration = Duration::ZERO;
/// Transport failures are retried this often until enough are in a row.
pub const TRANSPORT_RETRY: Duration = Duration::from_secs(10);
pub const TRANSPORT_NEEDED: u32 = 3;
/// A resolved notice waits this long at most for the address lookup.
pub const RESOLVED_WAIT: Duration = Duration::from_secs(12);

/// When the alert policy wants the next probe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Next {
    /// At the regular (jittered) interval.
    Interval { reset_backoff: bool },
    /// A confirming probe this much later.
    Confirm(Duration),
    /// The back-off re-check while a problem stands.
    Recheck { reset_backoff: bool },
}

/// One verdict as the policy sees it.
pub(super) struct Seen<'a> {
    pub verdict: &'a Verdict,
    pub diagnosis: &'a Diagnosis,
    pub why: Trigger,
    pub mono: Duration,
    pub wall_ms: u64,
    /// Worth a desktop notification (see `Monitor::notifiable`).
    pub notifiable: bool,
    /// The facts that explain a recovery, as they are now.
    pub recovery: RecoveryFacts,
    /// This network's address is not read yet, and a lookup is coming.
    pub address_unread: bool,
    pub reminder: Option<Duration>,
}

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Unknown,
    Healthy,
    /// A problem seen, not yet confirmed.
    Suspect {
        cause: Cause,
        seen: u32,
    },
    /// A confirmed problem; `next` is a different cause being confirmed.
    Problem {
        standing: Standing,
        next: Option<(Cause, u32)>,
        /// Facts when it began, to say what fixed it.
        before: Option<RecoveryFacts>,
    },
    /// Healthy once during a problem; one more confirms the recovery.
    Recovering {
        standing: Standing,
        before: Option<RecoveryFacts>,
    },
}

#[derive(Clone, Debug)]
pub(super) struct Alerts {
    phase: Phase,
    router: RouterWatch,
    /// A resolved notice waiting for the address lookup.
    pending: Option<PendingResolved>,
}

impl Alerts {
    pub fn new() -> Alerts {
        Alerts {
            phase: Phase::Unknown,
            router: RouterWatch::Off,
            pending: None,
        }
    }

    /// The last run's confirmed problem: it stands until seen otherwise.
    pub fn restore(&mut self, standing: Standing) {
        self.phase = Phase::Problem {
            standing,
            next: None,
            before: None,
        };
    }

    /// A confirmed problem stands (or is being seen to recover).
    pub fn standing(&self) -> Option<&Standing> {
        match &self.phase {
            Phase::Problem { standing, .. } | Phase::Recovering { standing, .. } => Some(standing),
            _ => None,
        }
    }

    /// All is well, as far as is known (no problem seen or suspected).
    pub fn is_healthy(&self) -> bool {
        matches!(self.phase, Phase::Healthy)
    }

    /// The home address is the confirmed problem.
    pub fn home_blocked(&self) -> bool {
        matches!(&self.phase, Phase::Problem { standing, .. }
            if standing.cause == Cause::PublicIpBlocked)
    }

    /// The connection was lost (offline, or the probe got no answer).
    pub fn connection_lost(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>) {
        if self.home_blocked() {
            self.router.dropped(v4, v6);
        }
    }

    /// Offline: an unconfirmed problem is forgotten, nothing is known.
    pub fn went_offline(&mut self) {
        if let Phase::Suspect { .. } = self.phase {
            self.phase = Phase::Unknown;
        }
    }

    /// Back with these confirmed addresses; true when it came back with the
    /// same one while the home address is still blocked (worth a
    /// confirming probe).
    pub fn reconnected(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>) -> bool {
        let still_blocked = self.home_blocked();
        self.router.back(v4, v6, still_blocked)
    }

    /// The public address changed: whatever dropped is no longer watched.
    pub fn address_changed(&mut self) {
        self.router.address_changed();
    }

    /// The address a reconnect kept, if one did (a restart does not help).
    pub fn same_address(&self) -> Option<IpAddr> {
        self.router.same_address()
    }

    /// The waiting resolved notice's deadline.
    pub fn poll_timeout(&self) -> Option<Duration> {
        self.pending.as_ref().map(|p| p.until)
    }

    /// The resolved notice that waited, once the address is `read`, the
    /// wait is over, or something newer must be told (`force`).
    pub fn take_resolved(
        &mut self,
        force: bool,
        read: bool,
        now: Duration,
    ) -> Option<PendingResolved> {
        let p = self.pending.as_ref()?;
        if force || read || now >= p.until {
            self.pending.take()
        } else {
            None
        }
    }

    /// A believed verdict: what to tell, and when to probe next.
    pub fn on_verdict(&mut self, s: &Seen) -> (Vec<Happened>, Next) {
        let cause = s.diagnosis.cause;
        let healthy = cause == Cause::Healthy || cause.browser_only();
        let needed = if s.verdict.kind.is_transport_failure() {
            TRANSPORT_NEEDED
        } else {
            2
        };
        let confirm_gap = if matches!(s.why, Trigger::Network | Trigger::IpChange) {
            CONFIRM_SETTLED
        } else {
            CONFIRM_AFTER
        };
        let retry_gap = if s.verdict.kind.is_transport_failure() {
            TRANSPORT_RETRY
        } else {
            confirm_gap
        };
        let mut told = Vec::new();
        let phase = std::mem::replace(&mut self.phase, Phase::Unknown);
        let (phase, next) = match phase {
            Phase::Unknown | Phase::Healthy if healthy => (
                Phase::Healthy,
                Next::Interval {
                    reset_backoff: true,
                },
            ),
            Phase::Suspect { .. } if healthy => (
                Phase::Healthy,
                Next::Interval {
                    reset_backoff: false,
                },
            ),
            Phase::Problem {
                standing, before, ..
            } if healthy => (
                Phase::Recovering { standing, before },
                Next::Confirm(confirm_gap),
            ),
            Phase::Recovering { standing, before } if healthy => {
                if standing.notified_wall_ms.is_some() {
                    self.resolved(standing.cause, before, s, &mut told);
                }
                self.router = RouterWatch::Off;
                (
                    Phase::Healthy,
                    Next::Interval {
                        reset_backoff: true,
                    },
                )
            }
            Phase::Unknown | Phase::Healthy => {
                let waiting = |seen| Phase::Suspect { cause, seen };
                confirm_or_wait(1, needed, retry_gap, s, &mut told, waiting)
            }
            Phase::Suspect { cause: was, seen } => {
                let seen = if was == cause { seen + 1 } else { 1 };
                let waiting = |seen| Phase::Suspect { cause, seen };
                confirm_or_wait(seen, needed, retry_gap, s, &mut told, waiting)
            }
            Phase::Recovering { standing, before }
            | Phase::Problem {
                standing, before, ..
            } if standing.cause == cause => self.standing_again(standing, before, s, &mut told),
            // Another cause than the standing one: confirmed like a new problem.
            Phase::Problem {
                standing,
                next,
                before,
            } => {
                let seen = match next {
                    Some((c, n)) if c == cause => n + 1,
                    _ => 1,
                };
                let waiting = |seen| Phase::Problem {
                    standing,
                    next: Some((cause, seen)),
                    before,
                };
                confirm_or_wait(seen, needed, retry_gap, s, &mut told, waiting)
            }
            Phase::Recovering { standing, before } => {
                let waiting = |seen| Phase::Problem {
                    standing,
                    next: Some((cause, seen)),
                    before,
                };
                confirm_or_wait(1, needed, retry_gap, s, &mut told, waiting)
            }
        };
        self.phase = phase;
        (told, next)
    }

    fn standing_again(
        &mut self,
        mut standing: Standing,
        before: Option<RecoveryFacts>,
        s: &Seen,
        told: &mut Vec<Happened>,
    ) -> (Phase, Next) {
        // A problem restored from the last run, now seen again: it stands,
        // and is not notified again. Keep the facts for the resolution.
        let before = before.or_else(|| Some(s.recovery.clone()));
        if standing.notified_wall_ms.is_none() && s.notifiable {
            standing = notify_problem(standing, s, told);
        } else if let (Some(reminder), Some(at)) = (s.reminder, standing.notified_wall_ms) {
            if s.wall_ms >= at + reminder.as_millis() as u64 {
                standing = notify_problem(standing, s, told);
            }
        }
        if s.why == Trigger::Confirm {
            if let Some(ip) = self.router.notify_once() {
                told.push(Happened::AddressUnchanged { ip });
            }
        }
        // Back off while it stands, so recovery is still seen quickly.
        let phase = Phase::Problem {
            standing,
            next: None,
            before,
        };
        (
            phase,
            Next::Recheck {
                reset_backoff: false,
            },
        )
    }

    /// A notified problem is over. Whether the address changed can decide
    /// what fixed it: if the network changed and the address has not been
    /// read since, the notice waits for that lookup (`RESOLVED_WAIT` at most).
    fn resolved(
        &mut self,
        was: Cause,
        before: Option<RecoveryFacts>,
        s: &Seen,
        told: &mut Vec<Happened>,
    ) {
        let fixed_by = before.as_ref().and_then(|b| what_fixed(b, &s.recovery));
        let had_address = before.as_ref().is_some_and(RecoveryFacts::had_address);
        if !explained_without_address(fixed_by.as_ref()) && had_address && s.address_unread {
            self.pending = Some(PendingResolved {
                was,
                before,
                verdict: s.verdict.clone(),
                diagnosis: s.diagnosis.clone(),
                until: s.mono + RESOLVED_WAIT,
            });
            return;
        }
        told.push(Happened::Resolved { was, fixed_by });
    }
}

impl PendingResolved {
    /// What it tells, with the facts as they are when it is told.
    pub fn happened(&self, after: &RecoveryFacts) -> Happened {
        Happened::Resolved {
            was: self.was,
            fixed_by: self.before.as_ref().and_then(|b| what_fixed(b, after)),
        }
    }
}

/// A problem seen `seen` times in a row: believed (and notified) once
/// seen `needed` times, otherwise `waiting` says how it stands.
fn confirm_or_wait(
    seen: u32,
    needed: u32,
    retry_gap: Duration,
    s: &Seen,
    told: &mut Vec<Happened>,
    waiting: impl FnOnce(u32) -> Phase,
) -> (Phase, Next) {
    if seen < needed {
        return (waiting(seen), Next::Confirm(retry_gap));
    }
    let standing = Standing {
        cause: s.diagnosis.cause,
        since_wall_ms: s.wall_ms,
        notified_wall_ms: None,
    };
    // The facts when this cause began: what changes them fixes it.
    let before = Some(s.recovery.clone());
    let standing = notify_problem(standing, s, told);
    let phase = Phase::Problem {
        standing,
        next: None,
        before,
    };
    (
        phase,
        Next::Recheck {
            reset_backoff: true,
        },
    )
}

fn notify_problem(mut standing: Standing, s: &Seen, told: &mut Vec<Happened>) -> Standing {
    if s.notifiable {
        told.push(Happened::Problem);
        standing.notified_wall_ms = Some(s.wall_ms);
    }
    standing
}

#[cfg(test)]
#[path = "alerts_tests.rs"]
mod tests;
