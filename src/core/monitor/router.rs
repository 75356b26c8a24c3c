//! The router's word, kept with the network's other facts: asked at start,
//! after a network change or a wake-up (once a route is there), and when a
//! block of the home address is found; never on a timer while all is well.
//! An answer from an older network is dropped. Asking the router is not a
//! request to the site: the budget does not count it.

use super::{Action, Monitor};
use crate::core::diagnose::Cause;
use crate::core::local::router::RouterFacts;

#[derive(Clone, Debug, Default)]
pub(super) struct RouterState {
    /// The last answer on this network (`None`: not asked, or none yet).
    pub facts: Option<RouterFacts>,
    /// Ask once the network has a route.
    want: bool,
    /// The network generation a question is on its way for.
    in_flight: Option<u64>,
    /// Asked since the last verdict that was not a home-address block: a
    /// block found now is answered by that (a start or a network change
    /// asks just before the first probe).
    fresh_for_block: bool,
}

impl RouterState {
    pub fn new() -> RouterState {
        RouterState {
            want: true,
            ..RouterState::default()
        }
    }

    /// A new network (or a wake-up): what the old one's router said is gone.
    pub fn network_changed(&mut self) {
        self.facts = None;
        self.want = true;
    }

    fn ask(&mut self, gen: u64, out: &mut Vec<Action>) {
        self.want = false;
        self.fresh_for_block = true;
        if self.in_flight != Some(gen) {
            self.in_flight = Some(gen);
            out.push(Action::AskRouter { gen });
        }
    }
}

impl Monitor {
    /// The local read is in: ask if wanted and there is a route.
    pub(super) fn router_on_local(&mut self, has_route: bool, out: &mut Vec<Action>) {
        if has_route && self.router.want {
            self.router.ask(self.net.gen(), out);
        }
    }

    /// A probe's diagnosis: the first sight of a home-address block asks
    /// again (unless the router was asked since the last other verdict), so
    /// its notification knows whether a restart can help.
    pub(super) fn router_on_cause(&mut self, cause: Cause, out: &mut Vec<Action>) {
        if cause != Cause::PublicIpBlocked {
            self.router.fresh_for_block = false;
        } else if !self.router.fresh_for_block {
            self.router.ask(self.net.gen(), out);
        }
    }

    pub(super) fn on_router(&mut self, gen: u64, facts: Option<RouterFacts>) -> bool {
        if self.router.in_flight == Some(gen) {
            self.router.in_flight = None;
        }
        if gen != self.net.gen() {
            return false;
        }
        self.router.facts = facts;
        true
    }
}
