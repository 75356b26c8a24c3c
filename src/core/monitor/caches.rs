//! What the site's trace and OpenAI's status page said, kept while it can
//! still be believed: a trace for its network generation, a status reading
//! for `STATUS_FRESH`. Both are asked only when they can change the answer.

use super::schedule::Trigger;
use super::{Action, Monitor, Now};
use crate::core::local::families::Family;
use crate::core::site::status::StatusSummary;
use crate::core::site::trace::Trace;
use crate::core::site::verdict::{Verdict, VerdictKind};
use std::net::IpAddr;
use std::time::Duration;

/// The status page at most this often.
pub const STATUS_MIN_GAP: Duration = Duration::from_secs(300);
/// A status reading older than this is not used.
pub const STATUS_FRESH: Duration = Duration::from_secs(600);

#[derive(Clone, Debug, Default)]
pub(super) struct Caches {
    /// The trace of the verdict's family (or the only one), for its
    /// network generation.
    trace: Option<(u64, Trace)>,
    /// What the site sees over each family, from the same traces: (IPv4,
    /// IPv6) for the generation.
    sees: Option<(u64, [Option<IpAddr>; 2])>,
    trace_in_flight: bool,
    status: Option<(Duration, StatusSummary)>,
    status_asked_at: Option<Duration>,
    status_in_flight: bool,
}

impl Caches {
    pub fn forget_trace(&mut self) {
        self.trace = None;
        self.sees = None;
    }

    /// The address the site saw over `family` on network `gen`.
    pub fn site_sees(&self, gen: u64, family: Family) -> Option<IpAddr> {
        let (g, sees) = self.sees.as_ref()?;
        (*g == gen).then_some(sees[family as usize]).flatten()
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

    /// The trace counts against the budget like a probe: one request per
    /// family asked (both when both were probed on this network, so each
    /// family's `site_sees` is known).
    pub(super) fn request_trace(&mut self, now: Now, out: &mut Vec<Action>) {
        let room = self.budget.room(now.mono, Trigger::Confirm);
        if self.caches.trace_in_flight
            || self
                .budget
                .blocked_until(now.mono, Trigger::Confirm)
                .is_some()
        {
            return;
        }
        self.caches.trace_in_flight = true;
        let plan = self.fams.trace_plan(room);
        for _ in 0..plan.requests() {
            self.budget.count(now.mono);
        }
        out.push(Action::Trace {
            gen: self.net.gen,
            plan,
        });
    }

    /// The traces of one `Action::Trace`, at most one per family.
    pub(super) fn on_trace(
        &mut self,
        gen: u64,
        traces: Vec<Trace>,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        self.caches.trace_in_flight = false;
        if gen != self.net.gen {
            return;
        }
        let mut sees = match self.caches.sees {
            Some((g, sees)) if g == gen => sees,
            _ => [None, None],
        };
        for t in &traces {
            sees[Family::of(t.ip) as usize] = Some(t.ip);
        }
        self.caches.sees = Some((gen, sees));
        // The verdict's family speaks for the site's view (the browser's).
        let want = self.fams.verdict_family;
        let main = traces
            .iter()
            .position(|t| Some(Family::of(t.ip)) == want)
            .unwrap_or(0);
        if let Some(t) = traces.into_iter().nth(main) {
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
