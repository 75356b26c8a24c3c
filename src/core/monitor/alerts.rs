//! The alert policy: a problem is believed once confirmed, notified once
//! (and reminded if configured), and its end is confirmed too and told with
//! what fixed it. Also the router-restart watch: after the blocked home
//! connection drops, did it come back with the same address, or with a new
//! one in the same /24 (a range Cloudflare rules can refuse as a whole)?

use super::schedule::Trigger;
use super::types::{FixedBy, Happened, Notice, Standing};
use super::{Action, Monitor, Now};
use crate::core::assessment::Assessment;
use crate::core::browsers::ProfileFindings;
use crate::core::diagnose::{Cause, Diagnosis};
use crate::core::local::router::same_24;
use crate::core::local::vpn::VpnFacts;
use crate::core::probe_only::ProbeOnlyMark;
use crate::core::site::verdict::{Verdict, VerdictKind};
use std::net::IpAddr;
use std::time::Duration;

/// A hard block is confirmed by a second probe this much later.
pub const CONFIRM_AFTER: Duration = Duration::from_secs(3);
/// Transport failures are retried this often until enough are in a row.
pub const TRANSPORT_RETRY: Duration = Duration::from_secs(10);
pub const TRANSPORT_NEEDED: u32 = 3;
/// A resolved notice waits this long at most for the address lookup.
pub const RESOLVED_WAIT: Duration = Duration::from_secs(12);

/// The alert side of the monitor.
#[derive(Clone, Debug)]
pub(super) struct Alerts {
    pub phase: Phase,
    /// The last verdict, and the assessment it gives with today's facts.
    pub verdict: Option<Verdict>,
    pub assessment: Option<Assessment>,
    /// The last (verdict, cause) written to the history.
    pub last_recorded: Option<(VerdictKind, Cause)>,
    pub last_check_wall_ms: Option<u64>,
    /// The user says the browser still shows the block: diagnose the next
    /// check with it and open its page.
    pub browser_report: bool,
    pub router: RouterWatch,
    /// A resolved notice waiting for the address lookup.
    pub pending_resolved: Option<PendingResolved>,
    /// What the browser scan found last (see `browser`).
    pub browsers: Vec<ProfileFindings>,
    /// "ChatGPT works in my browser": the block it names is not notified.
    pub probe_only: Option<ProbeOnlyMark>,
}

/// A resolution whose notice waits to know whether the address changed.
#[derive(Clone, Debug)]
pub(super) struct PendingResolved {
    was: Cause,
    before: Option<RecoveryFacts>,
    verdict: Verdict,
    diagnosis: Diagnosis,
    pub until: Duration,
}

impl Alerts {
    pub fn new() -> Alerts {
        Alerts {
            phase: Phase::Unknown,
            verdict: None,
            assessment: None,
            last_recorded: None,
            last_check_wall_ms: None,
            browser_report: false,
            router: RouterWatch::Off,
            pending_resolved: None,
            browsers: Vec::new(),
            probe_only: None,
        }
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
}

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
    pub ip: IpAddr,
    pub notified: bool,
}

impl RouterWatch {
    fn known(&self) -> Option<SameAddress> {
        match self {
            RouterWatch::Off | RouterWatch::SameRange { .. } => None,
            RouterWatch::Dropped { known, .. } => *known,
            RouterWatch::Unchanged(s) => Some(*s),
        }
    }

    /// The refused address and the new one in its /24, if a reconnect gave one.
    pub fn same_range(&self) -> Option<(IpAddr, IpAddr)> {
        match *self {
            RouterWatch::SameRange { old, new, .. } => Some((old, new)),
            _ => None,
        }
    }

    /// The address a reconnect kept, if one did.
    pub fn same_address(&self) -> Option<IpAddr> {
        self.known().map(|s| s.ip)
    }

    fn dropped(&mut self, v4: Option<IpAddr>, v6: Option<IpAddr>) {
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

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Phase {
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

impl Monitor {
    /// Confirmations needed before a problem is believed.
    fn needed(verdict: &Verdict) -> u32 {
        if verdict.kind.is_transport_failure() {
            TRANSPORT_NEEDED
        } else {
            2
        }
    }

    /// Worth a desktop notification. Offline is a quiet state; a refused
    /// probe says nothing about the user.
    fn notifiable(&self, cause: Cause) -> bool {
        if self.alerts.probe_only.is_some() {
            // The user vouched that the block standing now is the probe's alone.
            return false;
        }
        match cause {
            c if c.browser_only() => false,
            Cause::Healthy | Cause::ProbeRefused => false,
            Cause::NoConnection => self.ip.echo_ok_gen == Some(self.net.gen) && !self.net.offline,
            _ => true,
        }
    }

    pub(super) fn alert(
        &mut self,
        verdict: &Verdict,
        d: &Diagnosis,
        why: Trigger,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        // A resolution still waiting is told before anything newer.
        self.finish_resolved(true, now, out);
        let healthy = d.cause == Cause::Healthy || d.cause.browser_only();
        let needed = Self::needed(verdict);
        let retry_gap = if verdict.kind.is_transport_failure() {
            TRANSPORT_RETRY
        } else {
            CONFIRM_AFTER
        };
        let interval = self.rng.jitter(self.s.probe_interval, 10);
        let phase = std::mem::replace(&mut self.alerts.phase, Phase::Unknown);
        self.alerts.phase = match phase {
            Phase::Unknown | Phase::Healthy if healthy => {
                self.sched.reset_backoff();
                self.sched.want(now.mono + interval, Trigger::Schedule);
                Phase::Healthy
            }
            Phase::Suspect { .. } if healthy => {
                self.sched.want(now.mono + interval, Trigger::Schedule);
                Phase::Healthy
            }
            Phase::Problem {
                standing, before, ..
            } if healthy => {
                self.sched.want(now.mono + CONFIRM_AFTER, Trigger::Confirm);
                Phase::Recovering { standing, before }
            }
            Phase::Recovering { standing, before } if healthy => {
                if standing.notified_wall_ms.is_some() {
                    self.resolved(standing.cause, before, verdict, d, now, out);
                }
                self.alerts.router = RouterWatch::Off;
                self.sched.reset_backoff();
                self.sched.want(now.mono + interval, Trigger::Schedule);
                Phase::Healthy
            }
            Phase::Unknown | Phase::Healthy => {
                self.sched.want(now.mono + retry_gap, Trigger::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(1, needed, verdict, d, now, out, |seen| Phase::Suspect {
                    cause,
                    seen,
                })
            }
            Phase::Suspect { cause, seen } => {
                let seen = if cause == d.cause { seen + 1 } else { 1 };
                self.sched.want(now.mono + retry_gap, Trigger::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(seen, needed, verdict, d, now, out, |seen| Phase::Suspect {
                    cause,
                    seen,
                })
            }
            Phase::Recovering { standing, before }
            | Phase::Problem {
                standing, before, ..
            } if standing.cause == d.cause => {
                self.standing_again(standing, before, verdict, d, why, now, out)
            }
            // Another cause than the standing one: confirmed like a new problem.
            Phase::Problem {
                standing,
                next,
                before,
            } => {
                let seen = match next {
                    Some((c, n)) if c == d.cause => n + 1,
                    _ => 1,
                };
                self.sched.want(now.mono + retry_gap, Trigger::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(seen, needed, verdict, d, now, out, |seen| Phase::Problem {
                    standing,
                    next: Some((cause, seen)),
                    before,
                })
            }
            Phase::Recovering { standing, before } => {
                self.sched.want(now.mono + retry_gap, Trigger::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(1, needed, verdict, d, now, out, |seen| Phase::Problem {
                    standing,
                    next: Some((cause, seen)),
                    before,
                })
            }
        };
    }

    /// A problem seen `seen` times in a row: believed (and notified) once
    /// seen `needed` times, otherwise `waiting` says how it stands.
    #[allow(clippy::too_many_arguments)]
    fn confirm_or_wait(
        &mut self,
        seen: u32,
        needed: u32,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
        waiting: impl FnOnce(u32) -> Phase,
    ) -> Phase {
        if seen < needed {
            return waiting(seen);
        }
        let standing = Standing {
            cause: d.cause,
            since_wall_ms: now.wall_ms,
            notified_wall_ms: None,
        };
        self.sched.reset_backoff();
        self.schedule_recheck(now);
        // The facts when this cause began: what changes them fixes it.
        let before = Some(self.recovery_facts(verdict));
        let standing = self.notify_problem(standing, verdict, d, now, out);
        Phase::Problem {
            standing,
            next: None,
            before,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn standing_again(
        &mut self,
        mut standing: Standing,
        before: Option<RecoveryFacts>,
        verdict: &Verdict,
        d: &Diagnosis,
        why: Trigger,
        now: Now,
        out: &mut Vec<Action>,
    ) -> Phase {
        // A problem restored from the last run, now seen again: it stands,
        // and is not notified again. Keep the facts for the resolution.
        let before = before.or_else(|| Some(self.recovery_facts(verdict)));
        if standing.notified_wall_ms.is_none() && self.notifiable(standing.cause) {
            standing = self.notify_problem(standing, verdict, d, now, out);
        } else if let (Some(reminder), Some(at)) = (self.s.reminder, standing.notified_wall_ms) {
            if now.wall_ms >= at + reminder.as_millis() as u64 {
                standing = self.notify_problem(standing, verdict, d, now, out);
            }
        }
        // The probe that follows a reconnect (a confirmation of the same
        // address, or the check after a new one).
        if matches!(why, Trigger::Confirm | Trigger::IpChange) {
            if let Some(what) = self.alerts.router.notify_once() {
                self.push_notice(what, verdict, d, now, out);
            }
        }
        // Back off while it stands, so recovery is still seen quickly.
        self.schedule_recheck(now);
        Phase::Problem {
            standing,
            next: None,
            before,
        }
    }

    fn schedule_recheck(&mut self, now: Now) {
        let not_before = self.budget.retry_until;
        self.sched
            .recheck(&mut self.rng, self.s.probe_interval, not_before, now.mono);
    }

    fn notify_problem(
        &mut self,
        mut standing: Standing,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) -> Standing {
        if !self.notifiable(d.cause) {
            return standing;
        }
        self.push_notice(Happened::Problem, verdict, d, now, out);
        standing.notified_wall_ms = Some(now.wall_ms);
        standing
    }

    /// A notified problem is over. Whether the address changed can decide
    /// what fixed it: if the network changed and the address has not been
    /// read since, the notice waits for that lookup (`RESOLVED_WAIT` at most).
    fn resolved(
        &mut self,
        was: Cause,
        before: Option<RecoveryFacts>,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        let after = self.recovery_facts(verdict);
        let fixed_by = before.as_ref().and_then(|b| what_fixed(b, &after));
        let by_address_or_less = !matches!(
            fixed_by,
            Some(
                FixedBy::VpnDisconnected { .. }
                    | FixedBy::VpnSwitched
                    | FixedBy::ProxyOff
                    | FixedBy::NewAddress { .. }
            )
        );
        let had_address = before
            .as_ref()
            .is_some_and(|b| b.v4.is_some() || b.v6.is_some());
        let unread = self.ip.echo_ok_gen != Some(self.net.gen) && self.ip.lookup_soon(now.mono);
        if by_address_or_less && had_address && unread {
            self.alerts.pending_resolved = Some(PendingResolved {
                was,
                before,
                verdict: verdict.clone(),
                diagnosis: d.clone(),
                until: now.mono + RESOLVED_WAIT,
            });
            return;
        }
        self.push_notice(Happened::Resolved { was, fixed_by }, verdict, d, now, out);
    }

    /// The resolved notice that waited: now that the address is read, or
    /// the wait is over (`force`).
    pub(super) fn finish_resolved(&mut self, force: bool, now: Now, out: &mut Vec<Action>) {
        let Some(p) = &self.alerts.pending_resolved else {
            return;
        };
        let read = self.ip.echo_ok_gen == Some(self.net.gen) || !self.ip.lookup_soon(now.mono);
        if !(force || read || now.mono >= p.until) {
            return;
        }
        let p = self.alerts.pending_resolved.take().expect("checked above");
        let after = self.recovery_facts(&p.verdict);
        let fixed_by = p.before.as_ref().and_then(|b| what_fixed(b, &after));
        let what = Happened::Resolved {
            was: p.was,
            fixed_by,
        };
        self.push_notice(what, &p.verdict, &p.diagnosis, now, out);
    }

    fn push_notice(
        &mut self,
        what: Happened,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        let assessment = self.assess(verdict, d, now);
        out.push(Action::Notify(Box::new(Notice { what, assessment })));
    }
}

/// What explains a recovery: the first difference that matters.
fn what_fixed(before: &RecoveryFacts, now: &RecoveryFacts) -> Option<FixedBy> {
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
    if before.proxy.is_some() && now.proxy.is_none() {
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
