//! A probe out and its answer back: the one gate that holds a due probe
//! (in flight, paused, the network settling or gone, the spacing after
//! network events, the budget), the probe's plan, and what one answer
//! does: the budget's Retry-After, the follow-ups (trace, status page,
//! address), the verdict event, the alert policy and its notices.

use super::alerts::{Next, Seen};
use super::schedule::Trigger;
use super::types::{Happened, Notice};
use super::{Action, Event, Monitor, Now, Record};
use crate::core::assessment::Assessment;
use crate::core::diagnose::Cause;
use crate::core::probe::ProbeResult;
use std::time::Duration;

/// Where the due probe stands.
enum Gate {
    /// Nothing is due.
    Idle,
    /// Something outside time holds it: an answer on its way, a pause, or a
    /// network that is still settling.
    Held,
    /// Offline and due: it is dropped.
    Dropped,
    /// It may go at `at`: when it is `due`, unless the spacing after
    /// network events (`spaced`) or the budget hold it longer.
    At {
        due: Duration,
        at: Duration,
        why: Trigger,
        spaced: bool,
    },
}

impl Monitor {
    /// The one place the checks that hold a probe back are made.
    fn probe_gate(&self, now: Duration) -> Gate {
        let Some((due, why)) = self.sched.due() else {
            return Gate::Idle;
        };
        if self.sched.in_flight() || self.pause.is_paused() || self.net.waiting() {
            return Gate::Held;
        }
        if self.net.is_offline() {
            return if due <= now {
                Gate::Dropped
            } else {
                Gate::Held
            };
        }
        let at = due.max(now);
        let (at, spaced) = match self.sched.network_gap_until(at, why) {
            Some(gap) => (gap, true),
            None => (at, false),
        };
        let at = self.budget.blocked_until(at, why).map_or(at, |b| b.max(at));
        Gate::At {
            due,
            at,
            why,
            spaced,
        }
    }

    /// When the due probe can go, if nothing but time holds it back.
    pub(super) fn probe_timer(&self, now: Duration) -> Option<Duration> {
        match self.probe_gate(now) {
            Gate::At { at, .. } => Some(at),
            _ => None,
        }
    }

    pub(super) fn try_probe(&mut self, now: Now, out: &mut Vec<Action>) {
        let why = match self.probe_gate(now.mono) {
            Gate::Dropped => return self.sched.clear_due(),
            Gate::At { due, .. } if due > now.mono => return,
            // Due, but within the spacing after network events: it moves to
            // the spacing's end (a user's check may still come before it).
            Gate::At { at, spaced, .. } if spaced => return self.sched.defer_to(at),
            Gate::At { at, .. } if at > now.mono => return, // the budget
            Gate::At { why, .. } => why,
            Gate::Idle | Gate::Held => return,
        };
        // Both families where it matters (start, network change, wake, a
        // problem, the user); one at a time, alternating, when all is well.
        let thorough = why != Trigger::Schedule || !self.alerts.is_healthy();
        let routable = self.net.local().map(|l| l.routable).unwrap_or_default();
        let plan = self
            .fams
            .plan(routable, thorough, self.budget.room(now.mono, why));
        for _ in 0..plan.requests() {
            self.budget.count(now.mono);
        }
        self.sched.sent(self.net.gen(), why, now.mono);
        out.push(Action::Probe {
            gen: self.net.gen(),
            plan,
        });
    }

    pub(super) fn on_probe(&mut self, gen: u64, r: ProbeResult, now: Now, out: &mut Vec<Action>) {
        let ProbeResult {
            verdict,
            family,
            families,
            dns,
            local,
            browsers,
            ..
        } = r;
        if let Some(snapshot) = local {
            self.on_local(gen, snapshot, now, out);
        }
        let scanned = browsers.is_some_and(|found| self.browser.scanned(found));
        // Answers from another network say nothing of this one.
        let verdict = if gen == self.net.gen() {
            if let Some(dns) = dns {
                self.dns = Some(dns);
            }
            self.fams.record(families, family, verdict)
        } else {
            verdict
        };
        let Some(why) = self.sched.answered(gen) else {
            if scanned {
                self.refresh_assessment(now);
            }
            return;
        };
        if gen < self.net.gen() || self.net.settling() {
            // The network changed while it was on its way: ask again.
            self.sched.want(now.mono, Trigger::Network);
            if scanned {
                self.refresh_assessment(now);
            }
            return;
        }
        self.latest.checked(verdict.clone(), now.wall_ms);
        self.budget.note_answer(&verdict, now.mono);
        let transport = verdict.kind.is_transport_failure();
        if transport {
            self.connection_lost();
        }
        // Follow-ups that can change the answer.
        if verdict.kind.is_hard_block() && self.fresh_trace().is_none() {
            self.request_trace(now, out);
        }
        if self.caches.want_status(&verdict, now.mono) {
            out.push(Action::CheckStatus);
        }
        if transport {
            // Does anything else answer? Decides between offline and a ChatGPT problem.
            self.ip.now_if_spaced(now.mono);
        }
        // One picture of this check: the facts, the diagnosis, the assessment.
        let facts = self.facts();
        self.probe_only_on_verdict(&verdict, &facts, out);
        let recovery = self.recovery_facts(&facts, &verdict);
        let a = self.assessment_of(&verdict, &facts, now);
        let cause = a.diagnosis.cause;
        self.router_on_cause(cause, out);
        out.push(Action::Emit(Event::Verdict {
            verdict: verdict.clone(),
            cause,
            family: self.fams.verdict_family(),
        }));
        if self.latest.record_once(verdict.kind, cause) {
            out.push(Action::Record(Record::Verdict {
                kind: verdict.kind,
                cause,
                http_status: verdict.http_status,
                cloudflare_code: verdict.cloudflare_code,
            }));
        }
        // A resolution still waiting is told before anything newer.
        self.finish_resolved(true, now, out);
        let interval = self.rng.jitter(self.s.probe_interval, 10);
        let seen = Seen {
            verdict: &verdict,
            diagnosis: &a.diagnosis,
            why,
            mono: now.mono,
            wall_ms: now.wall_ms,
            notifiable: self.notifiable(cause),
            recovery,
            address_unread: !self.ip.echo_ok_on(self.net.gen()) && self.ip.lookup_soon(now.mono),
            reminder: self.s.reminder,
        };
        let (told, next) = self.alerts.on_verdict(&seen);
        self.follow(next, interval, now);
        for what in told {
            self.tell(what, a.clone(), out);
        }
        self.after_check(&a, out);
        if self.browser.reported() {
            out.push(Action::OpenPage(Box::new(a.clone())));
            // The user's word applies to this check, not to the standing state.
            self.browser.set_report(false);
            self.refresh_assessment(now);
        } else {
            self.latest.assessed(a);
        }
        self.persist(out);
    }

    /// The alert policy's wish for the next probe, given to the schedule.
    fn follow(&mut self, next: Next, interval: Duration, now: Now) {
        match next {
            Next::Interval { reset_backoff } => {
                if reset_backoff {
                    self.sched.reset_backoff();
                }
                self.sched.want(now.mono + interval, Trigger::Schedule);
            }
            Next::Confirm(after) => self.sched.want(now.mono + after, Trigger::Confirm),
            Next::Recheck { reset_backoff } => {
                if reset_backoff {
                    self.sched.reset_backoff();
                }
                let not_before = self.budget.retry_until();
                self.sched
                    .recheck(&mut self.rng, self.s.probe_interval, not_before, now.mono);
            }
        }
    }

    fn tell(&self, what: Happened, assessment: Assessment, out: &mut Vec<Action>) {
        out.push(Action::Notify(Box::new(Notice {
            what,
            assessment,
            reconnect: None,
        })));
    }

    /// The resolved notice that waited: now that the address is read, or
    /// the wait is over (`force`).
    pub(super) fn finish_resolved(&mut self, force: bool, now: Now, out: &mut Vec<Action>) {
        let read = self.ip.echo_ok_on(self.net.gen()) || !self.ip.lookup_soon(now.mono);
        let Some(p) = self.alerts.take_resolved(force, read, now.mono) else {
            return;
        };
        let facts = self.facts();
        let what = p.happened(&self.recovery_facts(&facts, &p.verdict));
        let a = self.assessment_with(&p.verdict, facts, p.diagnosis, now);
        self.tell(what, a, out);
    }

    /// Worth a desktop notification. Offline is a quiet state; a refused
    /// probe says nothing about the user.
    fn notifiable(&self, cause: Cause) -> bool {
        if self.browser.mark().is_some() {
            // The user vouched that the block standing now is the probe's alone.
            return false;
        }
        match cause {
            c if c.browser_only() => false,
            Cause::Healthy | Cause::ProbeRefused => false,
            Cause::NoConnection => self.ip.echo_ok_on(self.net.gen()) && !self.net.is_offline(),
            _ => true,
        }
    }
}
