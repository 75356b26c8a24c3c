//! Doing a fix for the user (issue 21), for `fix --do` and the daemon's
//! button: which fixes can be done now (the system's VPN control read and
//! `core::diagnose::act::plan`), carrying one out, and waiting until the network
//! shows the change (the tunnel gone, the router's line back with its
//! address) so that the check afterwards sees the new way out.

use crate::adapters::http::Http;
use crate::adapters::{net, router, vpnctl};
use crate::config::Config;
use crate::core::assessment::Assessment;
use crate::core::diagnose::act::{self, ActResult, Allow, FixAction, Outcome, OutcomeWhy, Via};
use crate::core::diagnose::{Facts, FixId};
use crate::lookups;
use std::net::IpAddr;
use std::time::Duration;
use tokio::time::{sleep, Instant};

/// A disconnected tunnel is gone from the routes within this, or the check
/// goes ahead anyway.
const TUNNEL_GONE: Duration = Duration::from_secs(10);
/// The router's line is back within this, or the reconnect did not work.
pub const LINK_BACK: Duration = Duration::from_secs(60);
/// Between two looks at the public address while the line reconnects.
const ADDRESS_POLL: Duration = Duration::from_secs(3);

pub fn allow(cfg: &Config) -> Allow {
    Allow {
        reconnect: cfg.router.allow_reconnect,
    }
}

/// The assessment's `diagnosis.actions`: the system's VPN control is read
/// only where the diagnosis names `disconnect_vpn`.
pub async fn plan(cfg: &Config, a: &mut Assessment) {
    let control = if a.diagnosis.fixes.contains(&FixId::DisconnectVpn) {
        vpnctl::read().await
    } else {
        Default::default()
    };
    a.diagnosis.actions = act::plan(&a.diagnosis, &a.facts, &control, allow(cfg));
}

/// Carry out one planned action and wait until the network shows it.
pub async fn carry_out(cfg: &Config, http: &Http, a: &FixAction, before: &Facts) -> Outcome {
    if !a.can_do {
        return Outcome::impossible(a);
    }
    match a.via {
        Some(Via::Upnp) => reconnect_router(cfg, http, a, before).await,
        _ => {
            // Where the target is, asked while the tunnel still stands.
            let targets = lookups::resolve_target(cfg, Duration::from_secs(2))
                .await
                .unwrap_or_default();
            let out = vpnctl::carry_out(a).await;
            if out.result == ActResult::Done {
                if let Some(iface) = before.vpn.interface.as_deref() {
                    tunnel_gone(iface, targets).await;
                }
            }
            out
        }
    }
}

/// Bring the VPN back ("Reconnect").
pub async fn undo(a: &FixAction) -> Outcome {
    vpnctl::undo(a).await
}

/// The tunnel no longer carries the target's route, or is gone
/// (NetworkManager and the vendors take it away a moment after they answer).
async fn tunnel_gone(iface: &str, targets: Vec<IpAddr>) {
    let until = Instant::now() + TUNNEL_GONE;
    while Instant::now() < until {
        let (name, targets) = (iface.to_string(), targets.clone());
        let carried = tokio::task::spawn_blocking(move || {
            let ifaces = net::interfaces();
            let present = ifaces.iter().any(|i| i.name == name && i.up);
            let routed = targets.is_empty()
                || net::routes(&targets, &ifaces)
                    .iter()
                    .any(|r| r.interface.as_deref() == Some(name.as_str()));
            present && routed
        })
        .await
        .unwrap_or(false);
        if !carried {
            return;
        }
        sleep(Duration::from_millis(200)).await;
    }
    tracing::info!("{iface} still carries the route {TUNNEL_GONE:?} after the disconnect");
}

async fn reconnect_router(cfg: &Config, http: &Http, a: &FixAction, before: &Facts) -> Outcome {
    let (Some(url), Some(service)) = (&a.handle.control_url, &a.handle.service_type) else {
        return Outcome::of(a, ActResult::Failed, Some(OutcomeWhy::Error));
    };
    match router::reconnect(url, service).await {
        router::Terminated::Accepted => {}
        router::Terminated::Refused(code) => {
            tracing::info!("the router refused ForceTermination (UPnP error {code:?})");
            return Outcome::of(a, ActResult::NotPossible, Some(OutcomeWhy::RouterRefused));
        }
        router::Terminated::Failed => {
            return Outcome::of(a, ActResult::Failed, Some(OutcomeWhy::Error))
        }
    }
    match new_address(cfg, http, before.echo_v4).await {
        Back::New(ip) => {
            tracing::info!("the router's line is back with {ip}");
            let mut o = Outcome::of(a, ActResult::Done, None);
            o.address = Some(ip);
            o
        }
        Back::Same(ip) => {
            let mut o = Outcome::of(a, ActResult::Done, Some(OutcomeWhy::SameAddress));
            o.address = Some(ip);
            o
        }
        Back::Never => Outcome::of(a, ActResult::Failed, Some(OutcomeWhy::NoLinkBack)),
    }
}

enum Back {
    New(IpAddr),
    Same(IpAddr),
    Never,
}

/// Watch the IPv4 address the echo services report until it changes, or
/// the line dropped and came back with the same one, or `LINK_BACK` ends.
async fn new_address(cfg: &Config, http: &Http, old: Option<IpAddr>) -> Back {
    let until = Instant::now() + LINK_BACK;
    let mut dropped = false;
    let mut last = None;
    // The router drops the line a moment after it answers.
    sleep(Duration::from_secs(1)).await;
    while Instant::now() < until {
        let (v4, _) = lookups::echo_both(cfg, http, Duration::from_secs(3)).await;
        match v4 {
            Some(ip) if Some(ip) != old => return Back::New(ip),
            Some(ip) if dropped => return Back::Same(ip),
            Some(ip) => last = Some(ip),
            None => dropped = true,
        }
        sleep(ADDRESS_POLL).await;
    }
    last.map_or(Back::Never, Back::Same)
}
