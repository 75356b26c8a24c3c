//! What the site's trace and OpenAI's status page said, kept while it can
//! still be believed: a trace for its network generation, a status reading
//! for `STATUS_FRESH`. Both are asked only when they can change the answer.

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

    /// A trace request may go out (none is on its way).
    pub fn trace_wanted(&self) -> bool {
        !self.trace_in_flight
    }

    pub fn trace_sent(&mut self) {
        self.trace_in_flight = true;
    }

    /// The traces of one request came in (at most one per family): what
    /// the site sees over each family is kept; the one over `family` (else
    /// the first) is returned, to be kept with `keep_trace` once it has
    /// done its work. `None` when they are of another network, or none
    /// answered.
    pub fn traces_in(
        &mut self,
        gen: u64,
        current: u64,
        traces: Vec<Trace>,
        family: Option<Family>,
    ) -> Option<Trace> {
        self.trace_in_flight = false;
        if gen != current {
            return None;
        }
        let mut sees = match self.sees {
            Some((g, sees)) if g == gen => sees,
            _ => [None, None],
        };
        for t in &traces {
            sees[Family::of(t.ip) as usize] = Some(t.ip);
        }
        self.sees = Some((gen, sees));
        let main = traces
            .iter()
            .position(|t| Some(Family::of(t.ip)) == family)
            .unwrap_or(0);
        traces.into_iter().nth(main)
    }

    /// The site's view on network `gen`, for the facts.
    pub fn keep_trace(&mut self, gen: u64, t: Trace) {
        self.trace = Some((gen, t));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::site::status::Indicator;

    const S: Duration = Duration::from_secs(1);

    fn trace(ip: &str) -> Trace {
        Trace {
            ip: ip.parse().unwrap(),
            loc: Some("DE".into()),
            colo: None,
            warp: None,
        }
    }

    #[test]
    fn a_trace_holds_for_its_network_only_and_the_verdicts_family_speaks() {
        let mut c = Caches::default();
        assert!(c.trace_wanted());
        c.trace_sent();
        assert!(!c.trace_wanted(), "one at a time");
        let got = c.traces_in(
            3,
            3,
            vec![trace("198.51.100.7"), trace("2001:db8::7")],
            Some(Family::Ipv6),
        );
        let got = got.expect("a trace");
        assert_eq!(got.ip.to_string(), "2001:db8::7");
        c.keep_trace(3, got);
        assert!(c.trace_wanted());
        assert_eq!(c.trace(3).map(|t| t.ip.is_ipv6()), Some(true));
        assert_eq!(
            c.site_sees(3, Family::Ipv4),
            Some("198.51.100.7".parse().unwrap())
        );
        assert_eq!(c.trace(4), None, "another network");
        assert_eq!(c.site_sees(4, Family::Ipv4), None);
        // A late answer from an older network is dropped.
        c.trace_sent();
        assert_eq!(c.traces_in(2, 3, vec![trace("192.0.2.1")], None), None);
        assert_eq!(
            c.site_sees(3, Family::Ipv4),
            Some("198.51.100.7".parse().unwrap())
        );
        c.forget_trace();
        assert_eq!(c.trace(3), None);
    }

    #[test]
    fn the_status_page_is_asked_only_when_it_can_explain_and_not_too_often() {
        let mut c = Caches::default();
        let reachable = Verdict::new(VerdictKind::Reachable);
        let down = Verdict::new(VerdictKind::SiteDown);
        assert!(!c.want_status(&reachable, Duration::ZERO));
        assert!(c.want_status(&down, Duration::ZERO));
        assert!(!c.want_status(&down, 1 * S), "one on its way");
        let summary = StatusSummary {
            indicator: Indicator::Major,
            description: None,
            component_status: None,
            incidents: vec![],
        };
        assert!(c.status_read(Some(summary), 1 * S));
        assert!(!c.want_status(&down, 2 * S), "spaced by STATUS_MIN_GAP");
        assert!(c.want_status(&down, STATUS_MIN_GAP));
        assert!(c.status(STATUS_FRESH).is_some());
        assert!(c.status(STATUS_FRESH + 1 * S).is_none(), "too old to use");
        assert!(
            !c.status_read(None, 400 * S),
            "unreadable: the last one stays"
        );
    }
}
