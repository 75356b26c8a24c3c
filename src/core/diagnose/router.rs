//! What the router's word adds to a block of the home address: when the
//! provider shares the address (carrier-grade NAT, DS-Lite) or another
//! router sits in front, a restart brings back the same refused address, so
//! `restart_router` is not offered and another network comes first; when
//! the router holds the address itself, the restart stays first and the
//! evidence says how likely it brings a new one. Apart from `diagnose`
//! because only this cause reads the router's facts.

use super::{Cause, Diagnosis, Evidence, Facts, FixId};
use crate::core::local::families::Family;
use crate::core::local::router::{self, Sharing};
use std::net::IpAddr;

/// The IPv4 address the internet sees: the echo services', else the site's.
fn public_v4(facts: &Facts) -> Option<std::net::Ipv4Addr> {
    [facts.echo_v4, facts.trace.as_ref().map(|t| t.ip)]
        .into_iter()
        .flatten()
        .find_map(|ip| match ip {
            IpAddr::V4(v4) => Some(v4),
            IpAddr::V6(_) => None,
        })
}

/// The router's address against the IPv4 address the internet sees.
pub fn sharing(facts: &Facts) -> Sharing {
    let Some(r) = &facts.router else {
        return Sharing::Unknown;
    };
    let public = public_v4(facts);
    // Through a VPN or a proxy the internet sees another address anyway
    // (not through a proxy script, which is not followed).
    let tunnelled = facts.vpn.active || facts.proxied();
    router::sharing(r, public, tunnelled)
}

/// The refused address is (or includes) the IPv4 one: the router's WAN
/// address is about IPv4 only.
fn ipv4_refused(facts: &Facts) -> bool {
    match facts.families.get(Family::Ipv4) {
        Some(r) => r.verdict.kind.is_hard_block(),
        None => facts.families.browser_family() != Some(Family::Ipv6),
    }
}

pub(super) fn router_adjust(d: &mut Diagnosis, facts: &Facts) {
    if d.cause != Cause::PublicIpBlocked || !ipv4_refused(facts) {
        return;
    }
    let Some(r) = &facts.router else {
        return;
    };
    let at = 1.min(d.evidence.len());
    if !r.found {
        d.evidence.insert(at, Evidence::RouterSilent);
        return;
    }
    let sharing = sharing(facts);
    d.evidence.insert(
        at,
        Evidence::Router {
            name: r.name.clone(),
            wan: r.wan_address,
            public: public_v4(facts).map(IpAddr::V4),
            sharing,
        },
    );
    if let Sharing::Shared { .. } = sharing {
        // A restart gives the same shared address: another network (it
        // comes next in the list) shows at once whether another address
        // works, and the provider can move the line.
        d.fixes.retain(|f| *f != FixId::RestartRouter);
    }
}
