//! One complete check, as `blockwatch check` runs it: the probe and every
//! independent lookup at once, bounded in time, then the pure classifier and
//! diagnosis. The daemon uses the same lookups one by one (see `daemon`).

use crate::adapters::http::Http;
use crate::adapters::{browsers, dns, net, procs};
use crate::config::Config;
use crate::core::assessment::Assessment;
use crate::core::browsers::ProfileFindings;
use crate::core::diagnose::{diagnose_says, Facts, UserSays};
use crate::core::local::families::{Families, Family, FamilyResult};
use crate::core::local::family_plan::{FamilyScheduler, ProbePlan, Routable};
use crate::core::local::proxy::proxy_for;
use crate::core::local::vpn::{self, NetInterface, RouteUse};
use crate::core::monitor::LocalSnapshot;
use crate::core::names::dns::DnsFacts;
use crate::core::site::classify::classify;
use crate::core::site::verdict::{FailureKind, ProbeOutcome, TransportFailure, Verdict};
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
    /// The target's addresses from the system's lookup (`None`: failed).
    pub resolved: Option<Vec<IpAddr>>,
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
        resolved,
        internet_route: !routes.is_empty() || net::has_internet_route(),
        routes,
        interfaces,
        processes,
        proxy: proxy_for(&cfg.target.url.0, |k| std::env::var(k).ok()),
    }
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
            routable: routable(&self.routes),
        }
    }
}

/// What the name servers say, with the system's own lookup of the target.
pub async fn dns_facts(
    cfg: &Config,
    limit: Duration,
    resolved: Option<Vec<IpAddr>>,
) -> Option<DnsFacts> {
    with_system(dns::gather(cfg, limit).await, resolved)
}

fn with_system(dns: Option<DnsFacts>, resolved: Option<Vec<IpAddr>>) -> Option<DnsFacts> {
    dns.map(|d| DnsFacts {
        system: resolved,
        ..d
    })
}

/// The probe's verdict, with what sits between the user and the site
/// taken into account: a DNS filter, a reset when the name was seen
/// (`control_https_ok`: another name's HTTPS worked meanwhile).
pub fn judge_probe(
    cfg: &Config,
    outcome: &ProbeOutcome,
    dns: Option<&DnsFacts>,
    proxy: bool,
    control_https_ok: bool,
) -> Verdict {
    let verdict = classify(outcome, cfg.target.expect_cloudflare);
    let verdict = crate::core::site::filter::refine_reset(
        verdict,
        is_handshake_reset(outcome),
        control_https_ok,
    );
    let block = dns.and_then(crate::core::names::dns::judge);
    crate::core::names::dns::refine(verdict, block.as_ref(), proxy)
}

pub fn is_handshake_reset(outcome: &ProbeOutcome) -> bool {
    matches!(outcome, ProbeOutcome::Failed(f) if f.kind == FailureKind::Reset)
}

/// Another name's HTTPS works: an echo service over https answered.
pub fn control_https_ok(cfg: &Config, echoed: bool) -> bool {
    echoed
        && cfg
            .public_ip
            .echo_urls
            .iter()
            .any(|u| u.0.scheme() == "https")
}

/// The facts from the lookups, put together for the diagnosis.
pub fn facts_from(
    cfg: &Config,
    local: &LocalNet,
    connected_to: Option<SocketAddr>,
    trace: Option<crate::core::site::trace::Trace>,
    echo: (Option<IpAddr>, Option<IpAddr>),
    status: Option<Option<crate::core::site::status::StatusSummary>>,
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
        dns: None,
        families: Families::default(),
        router: None,
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

/// One probe (and trace) as sent: over one family, or the OS's choice.
pub struct Probed {
    pub family: Option<Family>,
    pub outcome: ProbeOutcome,
    pub connected_to: Option<SocketAddr>,
    pub trace: Option<crate::core::site::trace::Trace>,
}

/// Probe (and trace) over the families the plan names: each family apart
/// when both have a route (they can take different paths).
/// `traces`: also ask each family's trace (a request more each; the daemon
/// asks the trace apart, only when it can change the answer).
pub async fn probe_families(
    cfg: &Config,
    http: &Http,
    plan: ProbePlan,
    traces: bool,
    deadline: tokio::time::Instant,
) -> Vec<Probed> {
    let one = |family: Option<Family>| async move {
        let to_http = family;
        let trace = async {
            if traces {
                tokio::time::timeout_at(
                    deadline,
                    http.trace_via(cfg.target.trace_url.as_str(), to_http),
                )
                .await
                .ok()
                .flatten()
            } else {
                None
            }
        };
        let (probe, trace) = tokio::join!(
            tokio::time::timeout_at(deadline, http.probe_via(cfg.target.url.as_str(), to_http)),
            trace,
        );
        let (outcome, connected_to) = probe.unwrap_or_else(|_| {
            let detail = format!("no answer within {}s", cfg.target.timeout.0.as_secs());
            let kind = FailureKind::Timeout;
            (
                ProbeOutcome::Failed(TransportFailure { kind, detail }),
                None,
            )
        });
        Probed {
            family: family.or(connected_to.map(|a| Family::of(a.ip()))),
            outcome,
            connected_to,
            trace,
        }
    };
    match plan {
        ProbePlan::Both => {
            let (a, b) = tokio::join!(one(Some(Family::Ipv4)), one(Some(Family::Ipv6)));
            vec![a, b]
        }
        ProbePlan::One(f) => vec![one(Some(f)).await],
        // The OS can only pick this family: no client held to it needed.
        ProbePlan::Only(f) => {
            let mut p = one(None).await;
            p.family = Some(f);
            vec![p]
        }
        ProbePlan::Os => vec![one(None).await],
    }
}

/// The probes judged: each family's result, and the verdict (with its
/// probe) a browser most likely gets — IPv6 when it answered.
pub fn judge_families(
    cfg: &Config,
    probed: &[Probed],
    routes: &[crate::core::local::vpn::RouteUse],
    dns: Option<&DnsFacts>,
    proxy: bool,
    control: bool,
) -> (Verdict, usize, Families) {
    let mut families = Families::default();
    let mut verdicts = Vec::new();
    for p in probed {
        let verdict = judge_probe(cfg, &p.outcome, dns, proxy, control);
        if let Some(f) = p.family {
            let route_interface = routes
                .iter()
                .find(|r| Family::of(r.target) == f)
                .and_then(|r| r.interface.clone());
            families.set(
                f,
                FamilyResult {
                    verdict: verdict.clone(),
                    site_sees: p.trace.as_ref().map(|t| t.ip),
                    route_interface,
                },
            );
        }
        verdicts.push(verdict);
    }
    let chosen = match families.browser_family() {
        Some(f) if probed.len() > 1 => probed.iter().position(|p| p.family == Some(f)),
        _ => None,
    }
    .unwrap_or(0);
    (verdicts.swap_remove(chosen), chosen, families)
}

fn routable(routes: &[crate::core::local::vpn::RouteUse]) -> Routable {
    let has = |v4: bool| routes.iter().any(|r| r.target.is_ipv4() == v4);
    Routable {
        ipv4: has(true),
        ipv6: has(false),
    }
}

/// The plan for a one-off check: both families when both have a route.
fn check_plan(routes: &[crate::core::local::vpn::RouteUse]) -> ProbePlan {
    FamilyScheduler::default().plan(routable(routes), true, 2)
}

/// The whole check, every lookup concurrent. Ends within the configured
/// timeout plus a little, whatever the network does.
pub async fn run(cfg: &Config, http: &Http, says: UserSays) -> Assessment {
    let limit = cfg.target.timeout.0;
    let echo_urls = &cfg.public_ip.echo_urls;
    let bounded = |d: Duration| d + Duration::from_millis(500);
    // The whole check keeps to one deadline, however slow the name lookup
    // before the probes is.
    let deadline = tokio::time::Instant::now() + bounded(limit);
    let probing = async {
        let resolved = resolve_target(cfg, limit / 2).await;
        let interfaces = net::interfaces();
        let targets: Vec<IpAddr> = resolved.clone().unwrap_or_default();
        let routes = net::routes(&targets, &interfaces);
        let probed = probe_families(cfg, http, check_plan(&routes), true, deadline).await;
        (resolved, interfaces, probed)
    };
    let ((resolved, interfaces, probed), processes, v4, v6, status, found, dns) = tokio::join!(
        probing,
        process_names(limit),
        timeout(bounded(limit), http.echo(echo_urls, Family::Ipv4)),
        timeout(bounded(limit), http.echo(echo_urls, Family::Ipv6)),
        timeout(
            bounded(limit),
            http.status(cfg.status_page.url.as_str(), &cfg.status_page.component)
        ),
        browsers(cfg, limit),
        dns::gather(cfg, limit),
    );
    let local = assemble(cfg, interfaces, resolved, processes);
    let dns = with_system(dns, local.resolved.clone());
    let (v4, v6) = (v4.ok().flatten(), v6.ok().flatten());
    let control = control_https_ok(cfg, v4.is_some() || v6.is_some());
    let proxy = local.proxy.is_some();

    let (verdict, chosen, families) =
        judge_families(cfg, &probed, &local.routes, dns.as_ref(), proxy, control);
    let p = &probed[chosen];
    let mut facts = facts_from(
        cfg,
        &local,
        p.connected_to,
        p.trace.clone(),
        (v4, v6),
        Some(status.ok().flatten()),
    );
    facts.dns = dns;
    facts.families = families;
    facts.browsers = found;
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
