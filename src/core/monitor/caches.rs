//! What the site's trace and OpenAI's status page said, kept while it can
//! still be believed: a trace for its network generation, a status reading
//! for `STATUS_FRESH`. Both are asked only when they can change the answer.

use super::schedule::Trigger;
use super::{Action, Monitor, Now};
use crate::core::status::StatusSummary;
use crate::core::trace::Trace;
use crate::core::verdict::{Verdict, VerdictKind};
use std::time::Duration;

/// The status page at most this often.
pub const STATUS_MIN_GAP: Duration = Duration::from_secs(300);
/// A status reading older than this is not used.
pub const STATUS_FRESH: Duration = Duration::from_secs(600);

#[derive(Clone, Debug, Default)]
pub(super) struct Caches {
    trace: Option<(u64, Trace)>,
    trace_in_flight: bool,
    status: Option<(Duration, StatusSummary)>,
    status_asked_at: Option<Duration>,
    status_in_flight: bool,
}

impl Caches {
    pub fn forget_trace(&mut self) {
        self.trace = None;
    }

    pub fn trace(&self, gen: u64) -> Option<&Trace> {
        self.trace
            .as_ref()
            .filter(|(g, _)| *g == gen)
            .map(|(_, t)| t)
    }

    pub fn status(&self, now: Duration) -> Option<&StatusSummary> {
        self.status
            .as_ref()
            .filter(|(t, _)| now < *t + STATUS_FRESH)
            .map(|(_, s)| s)
    }

    /// Read for the current answer: asked recently enough that its
    /// reading would still be used.
    pub fn status_asked(&self, now: Duration) -> bool {
        self.status_asked_at.is_some_and(|t| now < t + STATUS_FRESH)
    }

    /// A status reading came in (`None`: unreadable, the last one stays).
    pub fn status_read(&mut self, s: Option<StatusSummary>, now: Duration) -> bool {
        self.status_in_flight = false;
        match s {
            Some(s) => {
                self.status = Some((now, s));
                true
            }
            None => false,
        }
    }

    /// Ask the status page if it can explain this answer and it was not
    /// asked lately.
    pub fn want_status(&mut self, verdict: &Verdict, now: Duration) -> bool {
        let helps = matches!(
            verdict.kind,
            VerdictKind::SiteDown
                | VerdictKind::SiteError
                | VerdictKind::Timeout
                | VerdictKind::DnsFailure
                | VerdictKind::Offline
        );
        let spaced = self
            .status_asked_at
            .is_none_or(|t| now >= t + STATUS_MIN_GAP);
        if !helps || self.status_in_flight || !spaced {
            return false;
        }
        self.status_in_flight = true;
        self.status_asked_at = Some(now);
        true
    }
}

impl Monitor {
    pub(super) fn fresh_trace(&self) -> Option<&Trace> {
        self.caches.trace(self.net.gen)
    }

    /// The trace counts against the budget like a probe.
    pub(super) fn request_trace(&mut self, now: Now, out: &mut Vec<Action>) {
        let c = &mut self.caches;
        if c.trace_in_flight
            || self
                .budget
                .blocked_until(now.mono, Trigger::Confirm)
                .is_some()
        {
            return;
        }
        c.trace_in_flight = true;
        self.budget.count(now.mono);
        out.push(Action::Trace { gen: self.net.gen });
    }

    pub(super) fn on_trace(
        &mut self,
        gen: u64,
        trace: Option<Trace>,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        self.caches.trace_in_flight = false;
        if gen != self.net.gen {
            return;
        }
        if let Some(t) = trace {
            // The site's view confirms an echo reading at once.
            if self.ip.slot(t.ip).candidate == Some(t.ip) {
                self.confirm_ip(t.ip, now, out);
            }
            self.probe_only_on_address(t.ip, out);
            self.caches.trace = Some((gen, t));
            self.refresh_assessment(now);
        }
    }
}
