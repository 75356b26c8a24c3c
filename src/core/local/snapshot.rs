//! What the local system says at one moment, read without asking anyone on
//! the network: the VPN, whether a route exists, the proxy, the source
//! address, the families with a route. The monitor keeps the latest.

use crate::core::local::family_plan::Routable;
use crate::core::local::vpn::VpnFacts;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalSnapshot {
    pub vpn: VpnFacts,
    /// Some route to the target (or to the internet) exists.
    pub has_route: bool,
    pub proxy: Option<String>,
    /// The source address the kernel picks for the target.
    pub route_source: Option<IpAddr>,
    /// The address families with a route to the target.
    pub routable: Routable,
    /// What the system offers to turn the VPN off (read while one carries
    /// the route; `None` otherwise). Not a network change.
    #[serde(default)]
    pub control: Option<Box<crate::core::diagnose::act::ControlFacts>>,
}

impl LocalSnapshot {
    /// A difference that can change the answer, worth a probe.
    pub fn differs(&self, other: &LocalSnapshot) -> bool {
        !self.vpn.same_state(&other.vpn)
            || self.vpn.route_interface != other.vpn.route_interface
            || self.has_route != other.has_route
            || self.proxy != other.proxy
            || self.route_source != other.route_source
    }
}
