//! Which address families one probe of the daemon asks over: both when it
//! matters (start-up, a network change, a standing problem, the user's
//! check), one at a time, alternating, when all is well — so the steady
//! rate does not double — and never more than the politeness budget has
//! room for. A small sub-machine of the monitor: its only state is the
//! family the last single probe used.

use crate::core::local::families::Family;
use serde::{Deserialize, Serialize};

/// The families one check asks over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "over", content = "family")]
pub enum ProbePlan {
    /// Whichever the OS picks (the families' routes are not known).
    Os,
    /// The only family with a route (the OS picks it anyway).
    Only(Family),
    /// One of two families with a route, held to it.
    One(Family),
    Both,
}

impl ProbePlan {
    /// Requests to the site this plan costs.
    pub fn requests(self) -> u32 {
        match self {
            ProbePlan::Both => 2,
            _ => 1,
        }
    }

    /// The family each request is about, in order (`None`: the OS's
    /// choice, not known before it connects).
    pub fn families(self) -> Vec<Option<Family>> {
        match self {
            ProbePlan::Both => vec![Some(Family::Ipv4), Some(Family::Ipv6)],
            ProbePlan::One(f) | ProbePlan::Only(f) => vec![Some(f)],
            ProbePlan::Os => vec![None],
        }
    }

    /// Whether each request must be held to its family: not where the
    /// OS can only pick that one anyway.
    pub fn holds_family(self) -> bool {
        matches!(self, ProbePlan::Both | ProbePlan::One(_))
    }
}

/// The families with a route to the target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routable {
    pub ipv4: bool,
    pub ipv6: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FamilyScheduler {
    last_single: Option<Family>,
}

impl FamilyScheduler {
    /// The plan for the next probe. `thorough`: a moment that wants both
    /// families; `room`: requests the budget still allows now (at least 1,
    /// or no probe would be sent).
    pub fn plan(&mut self, routes: Routable, thorough: bool, room: u32) -> ProbePlan {
        let plan = match (routes.ipv4, routes.ipv6) {
            (true, true) if thorough && room >= 2 => ProbePlan::Both,
            (true, true) => {
                // Browsers prefer IPv6: start there, then take turns.
                let next = match self.last_single {
                    Some(f) => f.other(),
                    None => Family::Ipv6,
                };
                ProbePlan::One(next)
            }
            (true, false) => ProbePlan::Only(Family::Ipv4),
            (false, true) => ProbePlan::Only(Family::Ipv6),
            (false, false) => ProbePlan::Os,
        };
        if let ProbePlan::One(f) = plan {
            self.last_single = Some(f);
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: Routable = Routable {
        ipv4: true,
        ipv6: true,
    };

    #[test]
    fn both_when_it_matters_alternating_otherwise() {
        let mut s = FamilyScheduler::default();
        assert_eq!(s.plan(BOTH, true, 20), ProbePlan::Both);
        let singles: Vec<ProbePlan> = (0..4).map(|_| s.plan(BOTH, false, 20)).collect();
        assert_eq!(
            singles,
            vec![
                ProbePlan::One(Family::Ipv6),
                ProbePlan::One(Family::Ipv4),
                ProbePlan::One(Family::Ipv6),
                ProbePlan::One(Family::Ipv4)
            ]
        );
        // A thorough moment does not break the alternation.
        assert_eq!(s.plan(BOTH, true, 20), ProbePlan::Both);
        assert_eq!(s.plan(BOTH, false, 20), ProbePlan::One(Family::Ipv6));
    }

    #[test]
    fn the_budget_and_the_routes_decide_too() {
        let mut s = FamilyScheduler::default();
        // One request left: one family, never two.
        assert_eq!(s.plan(BOTH, true, 1), ProbePlan::One(Family::Ipv6));
        let v4 = Routable {
            ipv4: true,
            ipv6: false,
        };
        assert_eq!(s.plan(v4, true, 20), ProbePlan::Only(Family::Ipv4));
        assert_eq!(s.plan(v4, false, 20), ProbePlan::Only(Family::Ipv4));
        let v6 = Routable {
            ipv4: false,
            ipv6: true,
        };
        assert_eq!(s.plan(v6, true, 20), ProbePlan::Only(Family::Ipv6));
        assert_eq!(s.plan(Routable::default(), true, 20), ProbePlan::Os);
        for p in [
            ProbePlan::Os,
            ProbePlan::Only(Family::Ipv6),
            ProbePlan::One(Family::Ipv4),
        ] {
            assert_eq!(p.requests(), 1);
        }
        assert_eq!(ProbePlan::Both.requests(), 2);
    }

    #[test]
    fn steady_rate_stays_one_request_per_probe() {
        let mut s = FamilyScheduler::default();
        // A healthy hour at the default interval: 12 probes, 12 requests.
        let requests: u32 = (0..12).map(|_| s.plan(BOTH, false, 20).requests()).sum();
        assert_eq!(requests, 12);
    }
}
