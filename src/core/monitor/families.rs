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
    pub results: Families,
    pub verdict_family: Option<Family>,
    /// Set by `record` when the browser's family's standing verdict speaks
    /// for the probe that just answered; taken by the probe's answer.
    standing: Option<Verdict>,
}

impl FamilyState {
    pub fn plan(&mut self, routes: Routable, thorough: bool, room: u32) -> ProbePlan {
        self.plans.plan(routes, thorough, room)
    }

    /// A probe's results: a single-family probe updates its family; the
    /// other's last result on this network stands.
    pub fn record(&mut self, families: Families, family: Option<Family>) {
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
        self.standing = None;
        let browser = self.results.browser_family();
        if single && unchanged && browser.is_some() && browser != family {
            self.standing = browser
                .and_then(|b| self.results.get(b))
                .map(|r| r.verdict.clone());
            self.verdict_family = browser;
        }
    }

    /// The verdict that stands for the probe that just answered, if it is
    /// not the probe's own (see the module doc).
    pub fn take_standing(&mut self) -> Option<Verdict> {
        self.standing.take()
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
        self.standing = None;
    }
}
