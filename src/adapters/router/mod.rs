//! Asking the home router for its internet-side address: UPnP IGD (SSDP on
//! the default route's interface, the description, a few SOAP calls) and
//! NAT-PMP (PCP where the router only speaks that), at once, within one
//! time limit. `core::local::router` parses what comes back and decides.
//!
//! Only the default gateway's own link is ever talked to: the search goes
//! out of that interface, and every URL the router names must stay on its
//! subnet (`Link::local_url`). Bodies are capped, every wait ends at the
//! step's deadline. These requests go to the local router, never to the
//! site, so they are not counted in the site's request budget.

pub mod natpmp;
mod upnp;

pub use upnp::Terminated;

use crate::adapters::net;
use crate::config::Config;
use crate::core::local::router::upnp::Link;
use crate::core::local::router::{self, RouterFacts};
use crate::core::names::dns::is_public_name;
use std::time::Duration;
use tokio::time::Instant;

/// The whole router step ends within this.
pub const STEP_LIMIT: Duration = Duration::from_secs(2);

/// Ask the router, for ChatGPT's own names only (as `adapters::dns` asks
/// name servers): a custom target (a test site, an address) sends nothing
/// to the LAN. `None`: not asked (another target, no default gateway, or
/// one that is not a home router on this computer's subnet).
pub async fn gather(cfg: &Config) -> Option<RouterFacts> {
    let host = cfg.target.url.0.host_str().unwrap_or_default();
    if !is_public_name(host) {
        return None;
    }
    // Reading the route can mean running a program (macOS `route`): off
    // the async threads, and within the step's time.
    let started = Instant::now();
    let link = tokio::time::timeout(
        STEP_LIMIT / 4,
        tokio::task::spawn_blocking(net::default_link),
    )
    .await
    .ok()?
    .ok()??;
    if !link.askable() {
        return None;
    }
    Some(ask(link, STEP_LIMIT.saturating_sub(started.elapsed())).await)
}

/// Both protocols at once; what each learnt by `limit` is kept.
pub async fn ask(link: Link, limit: Duration) -> RouterFacts {
    let deadline = Instant::now() + limit;
    let (igd, pmp) = tokio::join!(upnp::ask(link, deadline), natpmp::ask(link, deadline));
    let facts = router::merge(link.gateway, igd, pmp);
    tracing::debug!(
        "router {}: found {}, {:?}, WAN {:?}",
        link.gateway,
        facts.found,
        facts.protocol,
        facts.wan_address
    );
    facts
}

/// Ask the router to reconnect its internet line (`ForceTermination`), on
/// the user's click only; the control URL must be on the default
/// gateway's own link.
pub async fn reconnect(control_url: &str, service_type: &str) -> Terminated {
    let link = tokio::time::timeout(STEP_LIMIT, tokio::task::spawn_blocking(net::default_link))
        .await
        .ok()
        .and_then(|r| r.ok())
        .flatten();
    let Some(link) = link.filter(|l| l.askable()) else {
        return Terminated::Failed;
    };
    upnp::force_termination(
        link,
        control_url,
        service_type,
        Instant::now() + STEP_LIMIT * 2,
    )
    .await
}
