//! The address families in the monitor: which families each probe asks
//! over (`core::family_plan`), the last result per family on this network,
//! and the family the latest verdict was seen over (for the `verdict` event).
//!
//! When all is well the families take turns, so a probe often asks over the
//! family a browser does not use. If that family's answer is the same as
//! its last one here (IPv4 refused while IPv6 works, say), it is no news:
//! the browser's family's standing result stays the verdict, instead of the
//! known one-family refusal passing for a new problem at every other probe
//! and costing a re-check each time.

use crate::core::local::families::{Families, Family};
use crate::core::local::family_plan::{FamilyScheduler, ProbePlan, Routable};
use crate::core::site::verdict::Verdict;

#[derive(Clone, Debug, Default)]
pub(super) struct FamilyState {
    plans: FamilyScheduler,
    results: Families,
    verdict_family: Option<Family>,
}

impl FamilyState {
    pub fn plan(&mut self, routes: Routable, thorough: bool, room: u32) -> ProbePlan {
        self.plans.plan(routes, thorough, room)
    }

    /// Each family's last result on this network.
    pub fn results(&self) -> &Families {
        &self.results
    }

    /// The family the latest verdict stands for (the `verdict` event's).
    pub fn verdict_family(&self) -> Option<Family> {
        self.verdict_family
    }

    /// A probe's results: a single-family probe updates its family; the
    /// other's last result on this network stands. Returns the verdict
    /// that stands for the probe: its own, or the browser's family's when
    /// the probe's family answered as before (see the module doc).
    pub fn record(
        &mut self,
        families: Families,
        family: Option<Family>,
        verdict: Verdict,
    ) -> Verdict {
        let single = families.ipv4.is_some() != families.ipv6.is_some();
        let unchanged = family.is_some_and(|f| {
            let old = self.results.get(f).map(|r| r.verdict.kind);
            old.is_some() && old == families.get(f).map(|r| r.verdict.kind)
        });
        if let Some(r) = families.ipv4 {
            self.results.ipv4 = Some(r);
        }
        if let Some(r) = families.ipv6 {
            self.results.ipv6 = Some(r);
        }
        self.verdict_family = family;
        let browser = self.results.browser_family();
        if single && unchanged && browser.is_some() && browser != family {
            if let Some(r) = browser.and_then(|b| self.results.get(b)) {
                self.verdict_family = browser;
                return r.verdict.clone();
            }
        }
        verdict
    }

    /// Which families a trace asks over: both when both were probed on this
    /// network (and the budget has room for two), else the verdict's.
    pub fn trace_plan(&self, room: u32) -> ProbePlan {
        let both = self.results.ipv4.is_some() && self.results.ipv6.is_some();
        match self.verdict_family {
            _ if both && room >= 2 => ProbePlan::Both,
            Some(f) if both => ProbePlan::One(f),
            Some(f) => ProbePlan::Only(f),
            None => ProbePlan::Os,
        }
    }

    /// Another network: what was seen on the last one no longer holds.
    pub fn forget(&mut self) {
        self.results = Families::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::local::families::FamilyResult;
    use crate::core::site::verdict::VerdictKind;

    fn result(kind: VerdictKind) -> FamilyResult {
        FamilyResult {
            verdict: Verdict::new(kind),
            site_sees: None,
            route_interface: None,
        }
    }

    fn one(f: Family, kind: VerdictKind) -> Families {
        let mut fams = Families::default();
        fams.set(f, result(kind));
        fams
    }

    #[test]
    fn a_known_one_family_refusal_is_no_news_for_the_browsers_family() {
        use VerdictKind::*;
        let mut s = FamilyState::default();
        let mut both = one(Family::Ipv4, Blocked);
        both.set(Family::Ipv6, result(Reachable));
        let v = s.record(both, Some(Family::Ipv6), Verdict::new(Reachable));
        assert_eq!(v.kind, Reachable);
        // IPv4 alone, refused as before: IPv6's standing answer speaks.
        let v = s.record(
            one(Family::Ipv4, Blocked),
            Some(Family::Ipv4),
            Verdict::new(Blocked),
        );
        assert_eq!(v.kind, Reachable);
        assert_eq!(s.verdict_family(), Some(Family::Ipv6));
        // IPv4 answering differently is news.
        let v = s.record(
            one(Family::Ipv4, Reachable),
            Some(Family::Ipv4),
            Verdict::new(Reachable),
        );
        assert_eq!(v.kind, Reachable);
        assert_eq!(s.verdict_family(), Some(Family::Ipv4));
        let v = s.record(
            one(Family::Ipv4, Blocked),
            Some(Family::Ipv4),
            Verdict::new(Blocked),
        );
        assert_eq!(v.kind, Blocked, "a new refusal on IPv4 is its own verdict");
    }

    #[test]
    fn a_trace_asks_both_families_only_when_both_were_probed_and_there_is_room() {
        use VerdictKind::*;
        let mut s = FamilyState::default();
        assert_eq!(s.trace_plan(5), ProbePlan::Os);
        s.record(
            one(Family::Ipv4, Blocked),
            Some(Family::Ipv4),
            Verdict::new(Blocked),
        );
        assert_eq!(s.trace_plan(5), ProbePlan::Only(Family::Ipv4));
        let mut both = one(Family::Ipv4, Blocked);
        both.set(Family::Ipv6, result(Blocked));
        s.record(both, Some(Family::Ipv6), Verdict::new(Blocked));
        assert_eq!(s.trace_plan(2), ProbePlan::Both);
        assert_eq!(s.trace_plan(1), ProbePlan::One(Family::Ipv6));
        s.forget();
        assert_eq!(s.results(), &Families::default());
    }
}
