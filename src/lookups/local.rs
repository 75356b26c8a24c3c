//! What this computer says, at no request to anyone: interfaces and
//! routes, process names, the proxy the environment or the system sets, and the system's
//! own lookup of the target; and the daemon's reader, which reuses the
//! costly parts while the interfaces stay the same.

use crate::adapters::{net, procs};
use crate::config::Config;
use crate::core::diagnose::act::ControlFacts;
use crate::core::diagnose::Facts;
use crate::core::local::families::Families;
use crate::core::local::snapshot::LocalSnapshot;
use crate::core::local::vpn::{self, NetInterface, RouteUse};
use crate::core::probe::routable;
use crate::core::site::status::StatusSummary;
use crate::core::site::trace::Trace;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tokio::time::{timeout, Instant};

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

/// The proxy for the target, the environment's or the system's, as
/// reported (credentials removed; a script as `pac+URL`).
pub fn proxy(cfg: &Config) -> Option<String> {
    crate::adapters::proxy::for_target(&cfg.target.url.0).map(|p| p.shown())
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
        proxy: proxy(cfg),
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
            control: None,
        }
    }

    /// The facts for the diagnosis, from these local reads and what the
    /// probe, the trace, the echo services and the status page said.
    pub fn facts(
        &self,
        cfg: &Config,
        connected_to: Option<SocketAddr>,
        trace: Option<Trace>,
        echo: (Option<IpAddr>, Option<IpAddr>),
        status: Option<Option<StatusSummary>>,
    ) -> Facts {
        let routes = self.routes_via(connected_to.map(|a| a.ip()));
        let warp = trace.as_ref().is_some_and(|t| t.warp_on());
        Facts {
            host: cfg.target.url.host().to_string(),
            trace,
            echo_v4: echo.0,
            echo_v6: echo.1,
            has_route: Some(self.internet_route),
            vpn: vpn::assess(&routes, &self.interfaces, &self.processes, warp),
            proxy: self.proxy.clone(),
            status_asked: status.is_some(),
            status: status.flatten(),
            browsers: Vec::new(),
            dns: None,
            families: Families::default(),
            router: None,
        }
    }
}

/// The daemon's local reads. Cheap but for the name lookup and the
/// process list: those are reused while the interfaces stay the same, so
/// that chatty networks (IPv6 router adverts every few seconds) cost next
/// to nothing.
#[derive(Default)]
pub struct LocalReader {
    /// The address the last probe connected to (its route decides).
    connected: Option<IpAddr>,
    /// The proxy as last read (a system proxy changes without any network
    /// event: a probe that finds it changed has the snapshot read again).
    proxy: Option<String>,
    resolved: Option<(Instant, Vec<IpAddr>)>,
    processes: Option<(Instant, Vec<String>, Vec<String>)>,
    /// What could turn the VPN off, for this VPN interface (it may run
    /// the vendors' programs: not at every read).
    control: Option<(Instant, String, ControlFacts)>,
}

const CONTROL_REUSE: Duration = Duration::from_secs(60);

const DNS_REUSE: Duration = Duration::from_secs(600);
const PROCESSES_REUSE: Duration = Duration::from_secs(1800);

impl LocalReader {
    pub async fn read(&mut self, cfg: &Config) -> LocalSnapshot {
        let limit = cfg.target.timeout.0;
        let fresh = |t: &Instant, d: Duration| t.elapsed() < d;
        let resolved = match &self.resolved {
            Some((t, a)) if fresh(t, DNS_REUSE) && !a.is_empty() => Some(a.clone()),
            _ => {
                let r = resolve_target(cfg, limit).await;
                self.resolved = r.clone().map(|a| (Instant::now(), a));
                r
            }
        };
        let interfaces = net::interfaces();
        let names: Vec<String> = interfaces.iter().map(|i| i.name.clone()).collect();
        let processes = match &self.processes {
            Some((t, p, n)) if fresh(t, PROCESSES_REUSE) && *n == names => p.clone(),
            _ => {
                let p = process_names(limit).await;
                self.processes = Some((Instant::now(), p.clone(), names));
                p
            }
        };
        let local = assemble(cfg, interfaces, resolved, processes);
        self.proxy = local.proxy.clone();
        if !local.internet_route {
            // Offline: look the name up again once back.
            self.resolved = None;
        }
        let mut snapshot = local.snapshot(self.connected);
        // What could turn the VPN off, read only while one carries the route.
        if let Some(iface) = snapshot
            .vpn
            .interface
            .clone()
            .filter(|_| snapshot.vpn.active)
        {
            let control = match &self.control {
                Some((t, i, c)) if fresh(t, CONTROL_REUSE) && *i == iface => c.clone(),
                _ => {
                    let c = crate::adapters::vpnctl::read().await;
                    self.control = Some((Instant::now(), iface, c.clone()));
                    c
                }
            };
            snapshot.control = Some(Box::new(control));
        } else {
            // A VPN that comes back is another connection: read it afresh.
            self.control = None;
        }
        snapshot
    }

    /// A read for the address a probe connected to, when it is not the
    /// one the last read was for, or when the proxy (`proxy`, as the probe
    /// found it) changed since (`None`: nothing new to read).
    pub async fn read_for(
        &mut self,
        cfg: &Config,
        connected: Option<IpAddr>,
        proxy: &Option<String>,
    ) -> Option<LocalSnapshot> {
        let moved = connected.is_some() && connected != self.connected;
        if !moved && *proxy == self.proxy {
            return None;
        }
        self.connected = connected.or(self.connected);
        Some(self.read(cfg).await)
    }
}
