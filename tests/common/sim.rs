//! A simulated world for the monitor's state machine: it answers the
//! machine's actions (probes, lookups) after simulated latencies and runs
//! hours of simulated time in milliseconds.
#![allow(dead_code)]

use blockwatch::core::diagnose::Cause;
use blockwatch::core::local::families::Family;
use blockwatch::core::local::family_plan::{ProbePlan, Routable};
use blockwatch::core::local::snapshot::LocalSnapshot;
use blockwatch::core::local::vpn::{RouteUse, VpnFacts};
use blockwatch::core::monitor::{Action, Event, Input, Monitor, Now, Persisted, Record, Settings};
use blockwatch::core::names::dns::DnsFacts;
use blockwatch::core::probe::{self, Answer, ProbeResult, RawProbe};
use blockwatch::core::site::status::{Indicator, StatusSummary};
use blockwatch::core::site::trace::{Trace, Warp};
use blockwatch::core::site::verdict::{
    FailureKind, HttpResponse, ProbeOutcome, TransportFailure, VerdictKind,
};
use blockwatch::present::notice::{self, NoticeText};
use blockwatch::present::{Frame, Os};
use std::collections::HashSet;
use std::net::IpAddr;
use std::time::Duration;

pub const MIN: Duration = Duration::from_secs(60);
pub const HOUR: Duration = Duration::from_secs(3600);
const BASE_WALL: u64 = 1_795_000_000_000;

pub fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[derive(Clone)]
pub struct World {
    pub vpn_up: bool,
    /// The computer has a route (link up).
    pub online: bool,
    /// Packets get anywhere beyond the LAN.
    pub internet: bool,
    pub home_ip: IpAddr,
    /// This computer's address on the home network.
    pub lan_ip: IpAddr,
    pub vpn_ip: IpAddr,
    pub blocked: HashSet<IpAddr>,
    pub challenge: bool,
    pub rate_limit: Option<u64>,
    pub site_down: bool,
    pub status_outage: bool,
    /// ChatGPT alone does not answer (everything else does).
    pub site_unreachable: bool,
    /// Both address families have a route to the site.
    pub dual_stack: bool,
    /// The home connection's IPv6 address (dual stack only; the VPN
    /// carries IPv4 only, so IPv6 always leaves from home).
    pub home_ip6: IpAddr,
    /// What the router answers (`None`: not asked, as for a custom target).
    pub router: Option<blockwatch::core::local::router::RouterFacts>,
    /// The next answers of the site, one each, whatever the world is (a
    /// glitch: one bad answer that the next request does not repeat).
    pub glitches: Vec<ProbeOutcome>,
    /// How long the IP echo services take to answer.
    pub echo_latency: Duration,
    /// What the system offers to turn the VPN off (read with the local
    /// snapshot while the VPN carries the route).
    pub control: Option<blockwatch::core::diagnose::act::ControlFacts>,
    /// What carrying out a fix does: `None` turns the VPN off (done);
    /// `Some(result)` ends so without changing anything.
    pub act_fails: Option<blockwatch::core::diagnose::act::ActResult>,
    /// The OS reports the link change a fix makes (`false`: it says
    /// nothing, and only the check after the action notices).
    pub act_reports_change: bool,
}

impl World {
    pub fn new() -> World {
        World {
            vpn_up: false,
            online: true,
            internet: true,
            home_ip: ip("203.0.113.7"),
            lan_ip: ip("192.168.1.20"),
            vpn_ip: ip("198.51.100.77"),
            blocked: HashSet::new(),
            challenge: false,
            rate_limit: None,
            site_down: false,
            status_outage: false,
            site_unreachable: false,
            dual_stack: false,
            home_ip6: ip("2001:db8:7::20"),
            router: None,
            glitches: Vec::new(),
            control: None,
            act_fails: None,
            act_reports_change: true,
            echo_latency: Duration::from_millis(200),
        }
    }

    /// Both address families have a route (the VPN carries IPv4 only).
    pub fn dual_stack() -> World {
        World {
            dual_stack: true,
            ..World::new()
        }
    }

    fn exit(&self) -> IpAddr {
        if self.vpn_up {
            self.vpn_ip
        } else {
            self.home_ip
        }
    }

    /// The address the site sees over one family.
    fn exit_over(&self, f: Family) -> IpAddr {
        match f {
            Family::Ipv6 if self.dual_stack => self.home_ip6,
            _ => self.exit(),
        }
    }

    /// The interface each family's route to the site leaves by (the VPN
    /// carries IPv4 only).
    fn routes(&self) -> Vec<RouteUse> {
        if !self.online {
            return Vec::new();
        }
        let v4 = RouteUse {
            target: ip("104.18.32.47"),
            source: if self.vpn_up {
                ip("10.66.0.2")
            } else {
                self.lan_ip
            },
            interface: Some(if self.vpn_up { "wg0" } else { "wlan0" }.into()),
        };
        let v6 = RouteUse {
            target: ip("2606:4700::6812:202f"),
            source: ip("2001:db8:7::99"),
            interface: Some("wlan0".into()),
        };
        if self.dual_stack {
            vec![v4, v6]
        } else {
            vec![v4]
        }
    }

    /// One probe of the site over the families the plan names, judged by
    /// the core as the daemon's are.
    fn probe(&mut self, plan: ProbePlan) -> ProbeResult {
        let answers = plan
            .families()
            .into_iter()
            .map(|family| {
                let outcome = if self.glitches.is_empty() {
                    self.outcome_via(match family {
                        Some(f) => self.exit_over(f),
                        None => self.exit(),
                    })
                } else {
                    self.glitches.remove(0)
                };
                Answer {
                    family,
                    outcome,
                    connected_to: None,
                    trace: None,
                }
            })
            .collect();
        probe::judge(RawProbe {
            answers,
            dns: None,
            system: None,
            routes: self.routes(),
            proxy: false,
            control_https_ok: false,
            expect_cloudflare: true,
        })
    }

    fn local(&self) -> LocalSnapshot {
        let iface = if self.vpn_up { "wg0" } else { "wlan0" };
        LocalSnapshot {
            vpn: VpnFacts {
                active: self.vpn_up,
                interface: self.vpn_up.then(|| "wg0".to_string()),
                vendor: self.vpn_up.then(|| "WireGuard".to_string()),
                route_interface: self.online.then(|| iface.to_string()),
                ..VpnFacts::default()
            },
            has_route: self.online,
            proxy: None,
            route_source: self.online.then(|| {
                if self.vpn_up {
                    ip("10.66.0.2")
                } else {
                    self.lan_ip
                }
            }),
            routable: Routable {
                ipv4: self.online,
                ipv6: self.online && self.dual_stack,
            },
            control: self.control.clone().filter(|_| self.vpn_up).map(Box::new),
        }
    }

    /// The site's answer to a request leaving from `exit`, as it comes
    /// over the wire (Cloudflare's plain-text error bodies).
    fn outcome_via(&self, exit: IpAddr) -> ProbeOutcome {
        if !self.online || !self.internet || self.site_unreachable {
            return ProbeOutcome::Failed(TransportFailure {
                kind: FailureKind::Timeout,
                detail: "no answer within 8s".into(),
            });
        }
        let cf = [("server", "cloudflare")];
        let retry = self.rate_limit.map(|s| s.to_string());
        let response = if self.site_down {
            HttpResponse::new(522, &cf, "error code: 522")
        } else if self.challenge {
            HttpResponse::new(
                403,
                &[("server", "cloudflare"), ("cf-mitigated", "challenge")],
                "<html><title>Just a moment...</title></html>",
            )
        } else if let Some(secs) = &retry {
            HttpResponse::new(
                429,
                &[("server", "cloudflare"), ("retry-after", secs)],
                "error code: 1015",
            )
        } else if self.blocked.contains(&exit) {
            HttpResponse::new(403, &cf, "error code: 1020")
        } else {
            HttpResponse::new(200, &cf, "<html><title>ChatGPT</title></html>")
        };
        ProbeOutcome::Response(response)
    }

    fn reachable(&self) -> bool {
        self.online && self.internet
    }
}

pub struct Sim {
    pub m: Monitor,
    pub w: World,
    pub now: Now,
    pub pending: Vec<(Duration, Input)>,
    /// Notices as the daemon renders them.
    pub notices: Vec<(Duration, NoticeText)>,
    pub events: Vec<(Duration, Event)>,
    pub probes: Vec<Duration>,
    /// Each probe's families, in order.
    pub plans: Vec<(Duration, ProbePlan)>,
    /// The network generation the last probe was sent for.
    pub last_probe_gen: u64,
    pub traces: Vec<Duration>,
    /// Each trace request's families, in order.
    pub trace_plans: Vec<(Duration, ProbePlan)>,
    pub ip_lookups: Vec<Duration>,
    /// When the router was asked.
    pub router_asks: Vec<Duration>,
    pub status_checks: Vec<Duration>,
    pub persisted: Option<Persisted>,
    pub opened: usize,
    /// Verdicts the machine saw, with whether the world was offline then.
    pub verdicts: Vec<(Duration, VerdictKind, Cause, bool)>,
    /// History records, with when.
    pub records: Vec<(Duration, Record)>,
    /// Fixes carried out (`true`: the undo), with when.
    pub carried: Vec<(Duration, blockwatch::core::diagnose::act::FixAction, bool)>,
}

pub fn settings() -> Settings {
    Settings {
        probe_interval: 5 * MIN,
        ip_interval: 5 * MIN,
        budget_per_hour: 20,
        reminder: None,
        host: "chatgpt.com".into(),
        allow_reconnect: false,
    }
}

pub fn frame() -> Frame {
    Frame {
        target: "https://chatgpt.com/".into(),
        component: "Conversations".into(),
        os: Os::Linux,
        lang: blockwatch::core::lang::Lang::En,
    }
}

impl Sim {
    pub fn new(w: World) -> Sim {
        Self::with(w, settings(), None)
    }

    pub fn with(w: World, s: Settings, restored: Option<Persisted>) -> Sim {
        Self::starting_at(w, s, restored, BASE_WALL)
    }

    pub fn starting_at(w: World, s: Settings, restored: Option<Persisted>, wall_ms: u64) -> Sim {
        let now = Now {
            mono: Duration::ZERO,
            wall_ms,
        };
        let (m, actions) = Monitor::new(s, restored, now, 42);
        let mut sim = Sim {
            m,
            w,
            now,
            pending: Vec::new(),
            notices: Vec::new(),
            events: Vec::new(),
            probes: Vec::new(),
            plans: Vec::new(),
            last_probe_gen: 0,
            traces: Vec::new(),
            trace_plans: Vec::new(),
            ip_lookups: Vec::new(),
            router_asks: Vec::new(),
            status_checks: Vec::new(),
            persisted: None,
            opened: 0,
            verdicts: Vec::new(),
            records: Vec::new(),
            carried: Vec::new(),
        };
        sim.apply(actions);
        sim
    }

    fn at(&self, after: Duration) -> Duration {
        self.now.mono + after
    }

    fn apply(&mut self, actions: Vec<Action>) {
        for a in actions {
            match a {
                Action::ReadLocal { gen } => {
                    let t = self.at(Duration::from_millis(5));
                    self.pending.push((
                        t,
                        Input::Local {
                            gen,
                            snapshot: self.w.local(),
                        },
                    ));
                }
                Action::Probe { gen, plan } => {
                    // Each family asked is a request to the site.
                    self.plans.push((self.now.mono, plan));
                    self.last_probe_gen = gen;
                    for _ in 0..plan.requests() {
                        self.probes.push(self.now.mono);
                    }
                    let latency = if self.w.reachable() && !self.w.site_unreachable {
                        Duration::from_millis(150)
                    } else {
                        Duration::from_secs(8)
                    };
                    let t = self.at(latency);
                    let result = Box::new(self.w.probe(plan));
                    self.pending.push((t, Input::Probe { gen, result }));
                }
                Action::Trace { gen, plan } => {
                    self.trace_plans.push((self.now.mono, plan));
                    for _ in 0..plan.requests() {
                        self.traces.push(self.now.mono);
                    }
                    let trace = |ip| Trace {
                        ip,
                        loc: Some("DE".into()),
                        colo: Some("FRA".into()),
                        warp: Some(Warp::Off),
                    };
                    let traces = plan
                        .families()
                        .into_iter()
                        .filter(|_| self.w.reachable())
                        .map(|f| trace(f.map_or(self.w.exit(), |f| self.w.exit_over(f))))
                        .collect();
                    let t = self.at(Duration::from_millis(150));
                    self.pending.push((t, Input::Trace { gen, traces }));
                }
                Action::LookupIp { gen } => {
                    self.ip_lookups.push(self.now.mono);
                    let v4 = self.w.reachable().then(|| self.w.exit());
                    let t = self.at(self.w.echo_latency);
                    self.pending
                        .push((t, Input::PublicIp { gen, v4, v6: None }));
                }
                Action::CheckStatus => {
                    self.status_checks.push(self.now.mono);
                    let s = self.w.reachable().then(|| StatusSummary {
                        indicator: if self.w.status_outage {
                            Indicator::Major
                        } else {
                            Indicator::None
                        },
                        description: None,
                        component_status: Some(
                            if self.w.status_outage {
                                "major_outage"
                            } else {
                                "operational"
                            }
                            .into(),
                        ),
                        incidents: vec![],
                    });
                    let t = self.at(Duration::from_millis(300));
                    self.pending.push((t, Input::Status(s)));
                }
                Action::Notify(n) => self.notices.push((
                    self.now.mono,
                    notice::render(&n, &frame(), std::path::Path::new("/tmp/fix.html")),
                )),
                Action::Emit(e) => {
                    if let Event::Verdict { verdict, cause, .. } = &e {
                        self.verdicts.push((
                            self.now.mono,
                            verdict.kind,
                            *cause,
                            !self.w.reachable(),
                        ));
                    }
                    self.events.push((self.now.mono, e))
                }
                Action::Record(r) => self.records.push((self.now.mono, r)),
                Action::Persist(p) => self.persisted = Some(*p),
                Action::OpenPage(_) => self.opened += 1,
                Action::Carry(a) => self.carry(*a, false),
                Action::Undo(a) => self.carry(*a, true),
                Action::AskRouter { gen } => {
                    self.router_asks.push(self.now.mono);
                    let router = self.w.online.then(|| self.w.router.clone()).flatten();
                    let t = self.at(Duration::from_millis(400));
                    self.pending.push((
                        t,
                        Input::Router {
                            gen,
                            router: Box::new(router),
                        },
                    ));
                }
            }
        }
    }

    /// A fix carried out in the world: NetworkManager takes the tunnel
    /// down (up for the undo) and the OS reports the change, unless the
    /// world says it fails.
    fn carry(&mut self, a: blockwatch::core::diagnose::act::FixAction, undo: bool) {
        use blockwatch::core::diagnose::act::{ActResult, Outcome, OutcomeWhy};
        self.carried.push((self.now.mono, a.clone(), undo));
        let outcome = match self.w.act_fails {
            Some(r) => Outcome::of(&a, r, Some(OutcomeWhy::NotPermitted)),
            None => {
                self.w.vpn_up = undo;
                Outcome::of(&a, ActResult::Done, None)
            }
        };
        let t = self.at(Duration::from_millis(300));
        self.pending.push((t, Input::Acted(Box::new(outcome))));
        if self.w.act_fails.is_none() && self.w.act_reports_change {
            for i in 0..3 {
                let t = self.at(Duration::from_millis(310 + 20 * i));
                self.pending.push((t, Input::NetworkChanged));
            }
        }
    }

    /// A probe's answer as the world gives it now, with these name server
    /// answers (the simulated world has no name servers of its own).
    pub fn answer_with_dns(&self, dns: DnsFacts) -> ProbeResult {
        let mut r = self.w.clone().probe(ProbePlan::Os);
        r.dns = Some(dns);
        r
    }

    pub fn handle(&mut self, input: Input) {
        let actions = self.m.handle(input, self.now);
        self.apply(actions);
    }

    pub fn advance_to(&mut self, t: Duration) {
        assert!(t >= self.now.mono);
        let d = t - self.now.mono;
        self.now = Now {
            mono: t,
            wall_ms: self.now.wall_ms + d.as_millis() as u64,
        };
    }

    /// Run the machine until `end` (absolute simulated time).
    pub fn run_until(&mut self, end: Duration) {
        let mut idle_wakes = 0;
        loop {
            let wake = self.m.next_wake();
            let next_pending = self.pending.iter().map(|(t, _)| *t).min();
            let next = next_pending.map_or(wake, |p| p.min(wake));
            if next > end {
                self.advance_to(end);
                return;
            }
            let moved = next > self.now.mono;
            self.advance_to(next.max(self.now.mono));
            if let Some(i) = self.pending.iter().position(|(t, _)| *t <= self.now.mono) {
                let (_, input) = self.pending.remove(i);
                self.handle(input);
                idle_wakes = 0;
            } else {
                // A wake-up that changes nothing must not come back at once.
                idle_wakes = if moved { 0 } else { idle_wakes + 1 };
                assert!(idle_wakes < 100, "busy loop at {:?}", self.now.mono);
                self.handle(Input::Tick);
            }
        }
    }

    pub fn run_for(&mut self, d: Duration) {
        let end = self.now.mono + d;
        self.run_until(end);
    }

    pub fn network_change(&mut self, change: impl FnOnce(&mut World)) {
        change(&mut self.w);
        // A real link change is a burst of netlink messages.
        for _ in 0..5 {
            self.handle(Input::NetworkChanged);
            let t = self.now.mono + Duration::from_millis(20);
            self.run_until(t);
        }
    }

    /// A minute in, a link that goes down and up every 10 seconds for
    /// three hours, the VPN toggling with it.
    pub fn flap_for_three_hours(&mut self) {
        self.run_for(MIN);
        for i in 0..(3 * 360) {
            self.network_change(|w| {
                w.online = i % 2 == 1;
                w.vpn_up = i % 4 == 1;
            });
            self.run_for(Duration::from_secs(10));
        }
    }

    /// Requests to the site in each clock hour from the second to `hours`.
    pub fn per_clock_hour(&self, hours: u32) -> Vec<usize> {
        (1..hours)
            .map(|h| self.probes_between(h * HOUR, (h + 1) * HOUR))
            .collect()
    }

    pub fn notices_since(&self, t: Duration) -> Vec<&NoticeText> {
        self.notices
            .iter()
            .filter(|(at, _)| *at >= t)
            .map(|(_, n)| n)
            .collect()
    }

    pub fn probes_between(&self, a: Duration, b: Duration) -> usize {
        self.probes.iter().filter(|&&t| t >= a && t < b).count()
    }

    pub fn target_requests_in_any_hour(&self) -> usize {
        let mut all: Vec<Duration> = self
            .probes
            .iter()
            .chain(self.traces.iter())
            .copied()
            .collect();
        all.sort();
        (0..all.len())
            .map(|i| all[i..].iter().take_while(|&&t| t < all[i] + HOUR).count())
            .max()
            .unwrap_or(0)
    }

    pub fn first_verdict_after(&self, t: Duration) -> Option<(Duration, VerdictKind)> {
        self.verdicts
            .iter()
            .find(|(at, ..)| *at >= t)
            .map(|(at, k, ..)| (*at, *k))
    }
}
