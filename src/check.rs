//! One complete check, as `blockwatch check` runs it: the probe and every
//! independent lookup at once, bounded in time, then the pure classifier and
//! diagnosis. The daemon uses the same lookups one by one (see `daemon`).

use crate::adapters::http::{Family, Http};
use crate::adapters::{browsers, net, procs};
use crate::config::Config;
use crate::core::assessment::Assessment;
use crate::core::browsers::ProfileFindings;
use crate::core::classify::classify;
use crate::core::diagnose::{diagnose_says, Facts, UserSays};
use crate::core::monitor::LocalSnapshot;
use crate::core::proxy::proxy_for;
use crate::core::verdict::ProbeOutcome;
use crate::core::vpn::{self, NetInterface, RouteUse};
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::time::timeout;

/// Everything about the local network that costs no request to anyone.
#[derive(Clone, Debug)]
pub struct LocalNet {
    pub interfaces: Vec<NetInterface>,
    pub routes: Vec<RouteUse>,
    pub internet_route: bool,
    pub processes: Vec<String>,
    pub proxy: Option<String>,
}

/// The target's addresses (`None`: resolution failed or timed out).
pub async fn resolve_target(cfg: &Config, limit: Duration) -> Option<Vec<IpAddr>> {
    let url = &cfg.target.url.0;
    let host = url
        .host_str()
        .unwrap_or_default()
        .trim_matches(['[', ']'])
        .to_string();
    let port = url.port_or_known_default().unwrap_or(443);
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Some(vec![ip]);
    }
    let looked_up = timeout(limit, tokio::net::lookup_host((host.as_str(), port))).await;
    match looked_up {
        Ok(Ok(addrs)) => {
            let mut ips: Vec<IpAddr> = addrs.map(|a: SocketAddr| a.ip()).collect();
            ips.dedup();
            Some(ips)
        }
        _ => None,
    }
}

/// Running process names, read on a blocking thread.
pub async fn process_names(limit: Duration) -> Vec<String> {
    timeout(limit, tokio::task::spawn_blocking(procs::names))
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

/// Interfaces and routes now, with the target's addresses and processes
/// as already read.
pub fn assemble(
    cfg: &Config,
    interfaces: Vec<NetInterface>,
    resolved: Option<Vec<IpAddr>>,
    processes: Vec<String>,
) -> LocalNet {
    // One address per family is what a browser would try first.
    let mut targets: Vec<IpAddr> = Vec::new();
    for ip in resolved.iter().flatten() {
        if !targets.iter().any(|t| t.is_ipv4() == ip.is_ipv4()) {
            targets.push(*ip);
        }
    }
    let routes = net::routes(&targets, &interfaces);
    LocalNet {
        internet_route: !routes.is_empty() || net::has_internet_route(),
        routes,
        interfaces,
        processes,
        proxy: proxy_for(&cfg.target.url.0, |k| std::env::var(k).ok()),
    }
}

/// Resolve the target and read interfaces, routes, processes and proxy.
pub async fn local_net(cfg: &Config, limit: Duration) -> LocalNet {
    let (resolved, processes) = tokio::join!(resolve_target(cfg, limit), process_names(limit));
    assemble(cfg, net::interfaces(), resolved, processes)
}

impl LocalNet {
    /// The routes, led by the one to the address the probe really
    /// connected to: that one decides, if it differs.
    pub fn routes_via(&self, connected: Option<IpAddr>) -> Vec<RouteUse> {
        let mut routes = self.routes.clone();
        if let Some(ip) = connected {
            if !routes.iter().any(|r| r.target == ip) {
                let mut first = net::routes(&[ip], &self.interfaces);
                first.append(&mut routes);
                routes = first;
            }
        }
        routes
    }

    /// What the monitor needs of it (WARP is only known from the trace).
    pub fn snapshot(&self, connected: Option<IpAddr>) -> LocalSnapshot {
        let routes = self.routes_via(connected);
        LocalSnapshot {
            vpn: vpn::assess(&routes, &self.interfaces, &self.processes, false),
            has_route: self.internet_route,
            proxy: self.proxy.clone(),
            route_source: routes.first().map(|r| r.source),
        }
    }
}

/// The facts from the lookups, put together for the diagnosis.
pub fn facts_from(
    cfg: &Config,
    local: &LocalNet,
    connected_to: Option<SocketAddr>,
    trace: Option<crate::core::trace::Trace>,
    echo: (Option<IpAddr>, Option<IpAddr>),
    status: Option<Option<crate::core::status::StatusSummary>>,
) -> Facts {
    let routes = local.routes_via(connected_to.map(|a| a.ip()));
    let warp = trace.as_ref().is_some_and(|t| t.warp_on());
    Facts {
        host: cfg.target.url.host().to_string(),
        trace,
        echo_v4: echo.0,
        echo_v6: echo.1,
        has_route: Some(local.internet_route),
        vpn: vpn::assess(&routes, &local.interfaces, &local.processes, warp),
        proxy: local.proxy.clone(),
        status_asked: status.is_some(),
        status: status.flatten(),
        browsers: Vec::new(),
    }
}

/// The browser scan on a blocking thread; nothing (logged) if it fails or
/// takes longer than `limit`. It never fails the check.
pub async fn browsers(cfg: &Config, limit: Duration) -> Vec<ProfileFindings> {
    let host = cfg.target.url.host().to_string();
    match timeout(
        limit,
        tokio::task::spawn_blocking(move || browsers::scan(&host)),
    )
    .await
    {
        Ok(Ok(found)) => found,
        Ok(Err(e)) => {
            tracing::debug!("browser scan failed: {e}");
            Vec::new()
        }
        Err(_) => {
            tracing::debug!("browser scan took too long");
            Vec::new()
        }
    }
}

/// The whole check, every lookup concurrent. Ends within the configured
/// timeout plus a little, whatever the network does.
pub async fn run(cfg: &Config, http: &Http, says: UserSays) -> Assessment {
    let limit = cfg.target.timeout.0;
    let echo_urls = &cfg.public_ip.echo_urls;
    let bounded = |d: Duration| d + Duration::from_millis(500);
    let (probe, trace, v4, v6, status, local, found) = tokio::join!(
        timeout(bounded(limit), http.probe(cfg.target.url.as_str())),
        timeout(bounded(limit), http.trace(cfg.target.trace_url.as_str())),
        timeout(bounded(limit), http.echo(echo_urls, Family::V4)),
        timeout(bounded(limit), http.echo(echo_urls, Family::V6)),
        timeout(
            bounded(limit),
            http.status(cfg.status_page.url.as_str(), &cfg.status_page.component)
        ),
        local_net(cfg, limit),
        browsers(cfg, limit),
    );
    let (outcome, connected_to) = probe.unwrap_or_else(|_| {
        (
            ProbeOutcome::Failed(crate::core::verdict::TransportFailure {
                kind: crate::core::verdict::FailureKind::Timeout,
                detail: format!("no answer within {}s", limit.as_secs()),
            }),
            None,
        )
    });
    let verdict = classify(&outcome, cfg.target.expect_cloudflare);
    let facts = facts_from(
        cfg,
        &local,
        connected_to,
        trace.ok().flatten(),
        (v4.ok().flatten(), v6.ok().flatten()),
        Some(status.ok().flatten()),
    );
    let facts = Facts {
        browsers: found,
        ..facts
    };
    let diagnosis = diagnose_says(&verdict, &facts, says);
    Assessment {
        verdict,
        facts,
        diagnosis,
        checked_at_wall_ms: wall_ms(),
    }
}

fn wall_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}
