//! The address families in the monitor: which families each probe asks
//! over (`core::family_plan`), the last result per family on this network,
//! and the family the latest verdict was seen over (for the `verdict` event).

use crate::core::families::{Families, Family};
use crate::core::family_plan::{FamilyScheduler, ProbePlan, Routable};

#[derive(Clone, Debug, Default)]
pub(super) struct FamilyState {
    plans: FamilyScheduler,
    pub results: Families,
    pub verdict_family: Option<Family>,
}

impl FamilyState {
    pub fn plan(&mut self, routes: Routable, thorough: bool, room: u32) -> ProbePlan {
        self.plans.plan(routes, thorough, room)
    }

    /// A probe's results: a single-family probe updates its family; the
    /// other's last result on this network stands.
    pub fn record(&mut self, families: Families, family: Option<Family>) {
        if let Some(r) = families.ipv4 {
            self.results.ipv4 = Some(r);
        }
        if let Some(r) = families.ipv6 {
            self.results.ipv6 = Some(r);
        }
        self.verdict_family = family;
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
