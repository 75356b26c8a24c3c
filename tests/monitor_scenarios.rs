//! The monitor's state machine in simulated time: hours of flapping links,
//! offline laptops, sleep, blocks that come and go, and rate limits, in
//! milliseconds. A small simulated world answers the machine's actions.

use blockwatch::core::diagnose::{Cause, FixId};
use blockwatch::core::monitor::{
    Action, Event, Input, LocalSnapshot, Monitor, Notice, NoticeKind, Now, Persisted, Settings,
};
use blockwatch::core::status::{Indicator, StatusSummary};
use blockwatch::core::trace::{Trace, Warp};
use blockwatch::core::verdict::{Basis, Verdict, VerdictKind};
use blockwatch::core::vpn::VpnFacts;
use blockwatch::wording::Os;
use std::collections::HashSet;
use std::net::IpAddr;
use std::time::Duration;

const MIN: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);
const BASE_WALL: u64 = 1_795_000_000_000;

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[derive(Clone)]
struct World {
    vpn_up: bool,
    /// The computer has a route (link up).
    online: bool,
    /// Packets get anywhere beyond the LAN.
    internet: bool,
    home_ip: IpAddr,
    vpn_ip: IpAddr,
    blocked: HashSet<IpAddr>,
    challenge: bool,
    rate_limit: Option<u64>,
    site_down: bool,
    status_outage: bool,
    /// ChatGPT alone does not answer (everything else does).
    site_unreachable: bool,
}

impl World {
    fn new() -> World {
        World {
            vpn_up: false,
            online: true,
            internet: true,
            home_ip: ip("203.0.113.7"),
            vpn_ip: ip("198.51.100.77"),
            blocked: HashSet::new(),
            challenge: false,
            rate_limit: None,
            site_down: false,
            status_outage: false,
            site_unreachable: false,
        }
    }

    fn exit(&self) -> IpAddr {
        if self.vpn_up {
            self.vpn_ip
        } else {
            self.home_ip
        }
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
                    ip("192.168.1.20")
                }
            }),
        }
    }

    fn verdict(&self) -> Verdict {
        let mut v = Verdict::new(VerdictKind::Reachable);
        if !self.online || !self.internet || self.site_unreachable {
            v.kind = VerdictKind::Timeout;
            v.basis = Basis::Transport;
            v.detail = Some("no answer within 8s".into());
            return v;
        }
        v.http_status = Some(200);
        v.via_cloudflare = true;
        if self.site_down {
            v.kind = VerdictKind::SiteDown;
            v.http_status = Some(522);
            v.cloudflare_code = Some(522);
        } else if self.challenge {
            v.kind = VerdictKind::Challenge;
            v.http_status = Some(403);
        } else if let Some(secs) = self.rate_limit {
            v.kind = VerdictKind::RateLimited;
            v.http_status = Some(429);
            v.cloudflare_code = Some(1015);
            v.retry_after_secs = Some(secs);
        } else if self.blocked.contains(&self.exit()) {
            v.kind = VerdictKind::Blocked;
            v.http_status = Some(403);
            v.cloudflare_code = Some(1020);
        }
        v
    }

    fn reachable(&self) -> bool {
        self.online && self.internet
    }
}

struct Sim {
    m: Monitor,
    w: World,
    now: Now,
    pending: Vec<(Duration, Input)>,
    notices: Vec<(Duration, Notice)>,
    events: Vec<(Duration, Event)>,
    probes: Vec<Duration>,
    traces: Vec<Duration>,
    ip_lookups: Vec<Duration>,
    status_checks: Vec<Duration>,
    persisted: Option<Persisted>,
    opened: usize,
    /// Verdicts the machine saw, with whether the world was offline then.
    verdicts: Vec<(Duration, VerdictKind, Cause, bool)>,
}

fn settings() -> Settings {
    Settings {
        probe_interval: 5 * MIN,
        ip_interval: 5 * MIN,
        budget_per_hour: 20,
        reminder: None,
        host: "chatgpt.com".into(),
        target: "https://chatgpt.com/".into(),
        component: "Conversations".into(),
        os: Os::Linux,
    }
}

impl Sim {
    fn new(w: World) -> Sim {
        Self::with(w, settings(), None)
    }

    fn with(w: World, s: Settings, restored: Option<Persisted>) -> Sim {
        Self::starting_at(w, s, restored, BASE_WALL)
    }

    fn starting_at(w: World, s: Settings, restored: Option<Persisted>, wall_ms: u64) -> Sim {
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
            traces: Vec::new(),
            ip_lookups: Vec::new(),
            status_checks: Vec::new(),
            persisted: None,
            opened: 0,
            verdicts: Vec::new(),
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
                Action::Probe { gen } => {
                    self.probes.push(self.now.mono);
                    let latency = if self.w.reachable() && !self.w.site_unreachable {
                        Duration::from_millis(150)
                    } else {
                        Duration::from_secs(8)
                    };
                    let t = self.at(latency);
                    self.pending.push((
                        t,
                        Input::Probe {
                            gen,
                            verdict: self.w.verdict(),
                        },
                    ));
                }
                Action::Trace { gen } => {
                    self.traces.push(self.now.mono);
                    let trace = self.w.reachable().then(|| Trace {
                        ip: self.w.exit(),
                        loc: Some("DE".into()),
                        colo: Some("FRA".into()),
                        warp: Some(Warp::Off),
                    });
                    let t = self.at(Duration::from_millis(150));
                    self.pending.push((t, Input::Trace { gen, trace }));
                }
                Action::LookupIp { gen } => {
                    self.ip_lookups.push(self.now.mono);
                    let v4 = self.w.reachable().then(|| self.w.exit());
                    let t = self.at(Duration::from_millis(200));
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
                Action::Notify(n) => self.notices.push((self.now.mono, *n)),
                Action::Emit(e) => {
                    if let Event::Verdict { verdict, cause } = &e {
                        self.verdicts.push((
                            self.now.mono,
                            verdict.kind,
                            *cause,
                            !self.w.reachable(),
                        ));
                    }
                    self.events.push((self.now.mono, e))
                }
                Action::Record(_) => {}
                Action::Persist(p) => self.persisted = Some(*p),
                Action::OpenPage(_) => self.opened += 1,
            }
        }
    }

    fn handle(&mut self, input: Input) {
        let actions = self.m.handle(input, self.now);
        self.apply(actions);
    }

    fn advance_to(&mut self, t: Duration) {
        assert!(t >= self.now.mono);
        let d = t - self.now.mono;
        self.now = Now {
            mono: t,
            wall_ms: self.now.wall_ms + d.as_millis() as u64,
        };
    }

    /// Run the machine until `end` (absolute simulated time).
    fn run_until(&mut self, end: Duration) {
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

    fn run_for(&mut self, d: Duration) {
        let end = self.now.mono + d;
        self.run_until(end);
    }

    fn network_change(&mut self, change: impl FnOnce(&mut World)) {
        change(&mut self.w);
        // A real link change is a burst of netlink messages.
        for _ in 0..5 {
            self.handle(Input::NetworkChanged);
            let t = self.now.mono + Duration::from_millis(20);
            self.run_until(t);
        }
    }

    fn notices_since(&self, t: Duration) -> Vec<&Notice> {
        self.notices
            .iter()
            .filter(|(at, _)| *at >= t)
            .map(|(_, n)| n)
            .collect()
    }

    fn probes_between(&self, a: Duration, b: Duration) -> usize {
        self.probes.iter().filter(|&&t| t >= a && t < b).count()
    }

    fn target_requests_in_any_hour(&self) -> usize {
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

    fn first_verdict_after(&self, t: Duration) -> Option<(Duration, VerdictKind)> {
        self.verdicts
            .iter()
            .find(|(at, ..)| *at >= t)
            .map(|(at, k, ..)| (*at, *k))
    }
}

#[test]
fn steady_state_probes_about_twelve_times_an_hour_and_stays_quiet() {
    let started = std::time::Instant::now();
    let mut sim = Sim::new(World::new());
    sim.run_until(24 * HOUR);
    for h in 1..24 {
        let n = sim.probes_between(h * HOUR, (h + 1) * HOUR);
        assert!((10..=13).contains(&n), "hour {h}: {n} probes");
    }
    assert!(sim.notices.is_empty());
    assert!(sim.traces.is_empty(), "a healthy site needs no trace");
    assert!(sim.status_checks.is_empty());
    // Public IP looked up about every 5 minutes.
    let lookups = sim
        .ip_lookups
        .iter()
        .filter(|&&t| t >= HOUR && t < 2 * HOUR)
        .count();
    assert!((10..=14).contains(&lookups), "{lookups} IP lookups");
    // A day of simulated time costs milliseconds.
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn jitter_spreads_the_probes() {
    let mut sim = Sim::new(World::new());
    sim.run_until(3 * HOUR);
    let gaps: HashSet<u64> = sim
        .probes
        .windows(2)
        .map(|w| (w[1] - w[0]).as_secs())
        .collect();
    assert!(gaps.len() > 5, "gaps {gaps:?}");
    assert!(gaps.iter().all(|&g| (270..=330).contains(&g)), "{gaps:?}");
}

#[test]
fn vpn_block_notified_once_then_resolved_when_the_vpn_goes() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    let mut sim = Sim::new(w);
    sim.run_until(10 * MIN);
    assert!(sim.notices.is_empty());

    let t_up = sim.now.mono;
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(30 * Duration::from_secs(1));
    let n = sim.notices_since(t_up);
    assert_eq!(
        n.len(),
        1,
        "{:?}",
        n.iter().map(|n| &n.title).collect::<Vec<_>>()
    );
    assert_eq!(n[0].kind, NoticeKind::Problem);
    assert_eq!(n[0].cause, Cause::VpnExitBlocked);
    assert_eq!(
        n[0].fixes,
        vec![FixId::DisconnectVpn, FixId::SwitchVpnServer]
    );
    assert_eq!(
        n[0].title,
        "ChatGPT refuses your VPN's address (error 1020)"
    );
    assert_eq!(n[0].body, "Disconnect WireGuard (wg0).");
    let notified_at = sim.notices.last().unwrap().0;
    // Debounce + probe + confirmation a few seconds later.
    assert!(
        notified_at - t_up < Duration::from_secs(6),
        "{:?}",
        notified_at - t_up
    );
    // The first verdict after the change came within a second.
    let (seen, kind) = sim.first_verdict_after(t_up).unwrap();
    assert_eq!(kind, VerdictKind::Blocked);
    assert!(seen - t_up < Duration::from_secs(1), "{:?}", seen - t_up);

    // Standing for two hours: not repeated.
    sim.run_for(2 * HOUR);
    assert_eq!(sim.notices_since(t_up).len(), 1);
    // While blocked it backs off: far fewer than 20 probes an hour.
    let last_hour = sim.probes_between(sim.now.mono - HOUR, sim.now.mono);
    assert!(last_hour <= 13, "{last_hour}");

    let t_down = sim.now.mono;
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(MIN);
    let n = sim.notices_since(t_down);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].kind, NoticeKind::Resolved);
    assert_eq!(n[0].title, "ChatGPT works again");
    assert_eq!(
        n[0].body,
        "Access is back after WireGuard was disconnected."
    );
    let (seen, kind) = sim.first_verdict_after(t_down).unwrap();
    assert_eq!(kind, VerdictKind::Reachable);
    assert!(
        seen - t_down < Duration::from_secs(2),
        "recovery seen after {:?}",
        seen - t_down
    );
    assert!(sim.target_requests_in_any_hour() <= 20);
}

#[test]
fn a_new_notification_when_the_cause_changes() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.blocked.insert(w.home_ip);
    w.vpn_up = true;
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    let causes: Vec<Cause> = sim.notices.iter().map(|(_, n)| n.cause).collect();
    assert_eq!(causes, vec![Cause::VpnExitBlocked]);
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(MIN);
    let causes: Vec<Cause> = sim.notices.iter().map(|(_, n)| n.cause).collect();
    assert_eq!(causes, vec![Cause::VpnExitBlocked, Cause::PublicIpBlocked]);
    assert_eq!(sim.notices[1].1.fixes[0], FixId::RestartRouter);
    sim.run_for(3 * HOUR);
    assert_eq!(sim.notices.len(), 2);
}

#[test]
fn a_block_seen_once_is_not_notified() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    // The first probe sees the block; the world heals before the confirmation.
    sim.run_for(Duration::from_millis(400));
    assert_eq!(sim.verdicts.last().map(|v| v.1), Some(VerdictKind::Blocked));
    sim.w.blocked.clear();
    sim.run_for(HOUR);
    assert!(sim.notices.is_empty());
}

#[test]
fn offline_is_one_quiet_state_and_never_blocked() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    assert_eq!(sim.notices[0].1.cause, Cause::PublicIpBlocked);

    // The laptop loses its network for three hours, with the link flapping.
    let t_off = sim.now.mono;
    sim.network_change(|w| w.online = false);
    for _ in 0..50 {
        sim.run_for(3 * MIN);
        sim.network_change(|_| {});
    }
    assert_eq!(sim.notices.len(), 1, "no notifications while offline");
    assert_eq!(
        sim.probes_between(t_off + Duration::from_secs(1), sim.now.mono),
        0,
        "no probes without a route"
    );
    assert!(sim.m.view().offline);
    // Never a "blocked" verdict while the network was down.
    assert!(sim
        .verdicts
        .iter()
        .all(|(_, k, _, off)| !(*off && k.is_hard_block())));

    // A route but no internet (the router is up, its uplink is not).
    sim.network_change(|w| {
        w.online = true;
        w.internet = false;
    });
    sim.run_for(2 * HOUR);
    assert_eq!(
        sim.notices.len(),
        1,
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
    assert!(sim
        .verdicts
        .iter()
        .all(|(_, k, _, off)| !(*off && k.is_hard_block())));
    assert!(sim.target_requests_in_any_hour() <= 20);
}

#[test]
fn flapping_link_stays_within_the_budget() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    // A link that goes down and up every 10 seconds for three hours, the
    // VPN toggling with it.
    for i in 0..(3 * 360) {
        sim.network_change(|w| {
            w.online = i % 2 == 1;
            w.vpn_up = i % 4 == 1;
        });
        sim.run_for(Duration::from_secs(10));
    }
    let worst = sim.target_requests_in_any_hour();
    assert!(worst <= 20, "{worst} requests in an hour");
    for h in 0..3 {
        let n = sim.probes_between(MIN + h * HOUR, MIN + (h + 1) * HOUR);
        assert!(n <= 20, "hour {h}: {n}");
    }
    assert!(sim.notices.is_empty());
}

#[test]
fn flapping_vpn_that_is_blocked_does_not_storm() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    for i in 0..(2 * 120) {
        sim.network_change(|w| w.vpn_up = i % 2 == 0);
        sim.run_for(Duration::from_secs(30));
    }
    assert!(sim.target_requests_in_any_hour() <= 20);
    // Each notification needs a confirmed change, and the budget bounds those.
    assert!(
        sim.notices.len() <= 24,
        "{} notifications",
        sim.notices.len()
    );
}

#[test]
fn waking_from_sleep_checks_at_once() {
    let mut sim = Sim::new(World::new());
    sim.run_for(HOUR);
    let before = sim.probes.len();
    // Suspended for two hours: the monotonic clock stood still.
    sim.now.wall_ms += 2 * 3600 * 1000;
    let woke = sim.now.mono;
    sim.handle(Input::Tick);
    sim.run_for(Duration::from_secs(2));
    assert!(sim.probes.len() > before);
    assert!(sim.probes[before] - woke < Duration::from_secs(1));
}

#[test]
fn sleep_is_noticed_even_without_network_events() {
    let mut sim = Sim::new(World::new());
    sim.run_for(HOUR);
    // The machine wakes itself at least once a minute to compare clocks.
    let t = sim.now.mono;
    sim.run_for(Duration::from_secs(1));
    assert!(sim.m.next_wake() <= t + Duration::from_secs(61));
}

#[test]
fn rate_limit_is_waited_out_and_retry_after_honoured() {
    let mut w = World::new();
    w.rate_limit = Some(120);
    let mut sim = Sim::new(w);
    sim.run_for(Duration::from_secs(1));
    let first = sim.probes[0];
    sim.run_for(Duration::from_secs(100));
    // Nothing goes to the site before Retry-After has passed.
    assert_eq!(sim.probes.len(), 1, "{:?}", sim.probes);
    sim.run_for(Duration::from_secs(40));
    assert!(sim.probes.len() >= 2);
    assert!(sim.probes[1] - first >= Duration::from_secs(120));
    // Confirmed by that second probe: one notification with the wait.
    let n = sim.notices_since(Duration::ZERO);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].cause, Cause::RateLimited);
    assert_eq!(n[0].body, "Wait 2 minutes before trying again.");
    sim.w.rate_limit = None;
    sim.run_for(HOUR);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    assert_eq!(last.body, "Access is back: the rate limit has expired.");
}

#[test]
fn a_challenge_is_never_notified() {
    let mut w = World::new();
    w.challenge = true;
    let mut sim = Sim::new(w);
    sim.run_for(12 * HOUR);
    assert!(sim.notices.is_empty());
    assert!(sim.verdicts.iter().all(|v| v.2 == Cause::Healthy));
    assert!(sim.probes_between(HOUR, 2 * HOUR) <= 13);
}

#[test]
fn check_now_spam_stays_within_the_budget() {
    let mut sim = Sim::new(World::new());
    sim.run_for(Duration::from_secs(1));
    for _ in 0..200 {
        sim.handle(Input::CheckNow {
            browser_blocked: false,
        });
        sim.run_for(Duration::from_secs(1));
    }
    sim.run_for(HOUR);
    assert!(
        sim.target_requests_in_any_hour() <= 20,
        "{}",
        sim.target_requests_in_any_hour()
    );
    assert!(sim
        .events
        .iter()
        .any(|(_, e)| matches!(e, Event::CheckDeferred { .. })));
}

#[test]
fn router_restart_that_keeps_the_address_says_so() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    // The router is off for three minutes and comes back with the same address.
    sim.network_change(|w| w.online = false);
    sim.run_for(3 * MIN);
    sim.network_change(|w| w.online = true);
    sim.run_for(MIN);
    assert_eq!(
        sim.notices.len(),
        2,
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
    let n = &sim.notices[1].1;
    assert_eq!(n.title, "Your address did not change");
    assert!(n.body.contains("203.0.113.7"), "{}", n.body);
    assert!(!n.fixes.contains(&FixId::RestartRouter), "{:?}", n.fixes);
    assert!(n
        .report
        .diagnosis
        .evidence
        .iter()
        .any(|e| e.contains("same public address")));
    sim.run_for(2 * HOUR);
    assert_eq!(sim.notices.len(), 2);
}

#[test]
fn router_restart_with_a_new_address_resolves() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    sim.network_change(|w| w.online = false);
    sim.run_for(5 * MIN);
    sim.network_change(|w| {
        w.online = true;
        w.home_ip = ip("203.0.113.99");
    });
    sim.run_for(MIN);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    assert_eq!(
        last.body,
        "Access is back after your address changed from 203.0.113.7 to 203.0.113.99."
    );
    assert!(sim
        .events
        .iter()
        .any(|(_, e)| matches!(e, Event::PublicIp { old: Some(_), .. })));
}

#[test]
fn a_new_address_without_any_network_event_is_noticed_and_confirmed() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    // The provider hands out a new address overnight: no local change at all.
    sim.w.home_ip = ip("203.0.113.50");
    sim.run_for(15 * MIN);
    let changes: Vec<_> = sim
        .events
        .iter()
        .filter_map(|(_, e)| match e {
            Event::PublicIp { old, new } => Some((*old, *new)),
            _ => None,
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            (None, ip("203.0.113.7")),
            (Some(ip("203.0.113.7")), ip("203.0.113.50"))
        ]
    );
    assert_eq!(sim.notices.last().unwrap().1.kind, NoticeKind::Resolved);
}

#[test]
fn restart_does_not_notify_an_unchanged_problem_again() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.vpn_up = true;
    let mut sim = Sim::new(w.clone());
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    let saved = sim.persisted.clone().unwrap();
    assert!(saved.standing.is_some());
    // A new process, the same problem.
    let mut again = Sim::with(w.clone(), settings(), Some(saved.clone()));
    again.run_for(HOUR);
    assert!(again.notices.is_empty());
    // And when it is fixed meanwhile, the user hears so.
    let mut fixed = w;
    fixed.vpn_up = false;
    let mut third = Sim::with(fixed, settings(), Some(saved));
    third.run_for(MIN);
    assert_eq!(third.notices.len(), 1);
    assert_eq!(third.notices[0].1.kind, NoticeKind::Resolved);
}

#[test]
fn the_budget_survives_a_restart() {
    let mut sim = Sim::new(World::new());
    for _ in 0..30 {
        sim.handle(Input::CheckNow {
            browser_blocked: false,
        });
        sim.run_for(Duration::from_secs(2));
    }
    let saved = sim.persisted.clone().unwrap();
    assert!(saved.requests_wall_ms.len() >= 19);
    let mut again = Sim::starting_at(World::new(), settings(), Some(saved), sim.now.wall_ms);
    for _ in 0..30 {
        again.handle(Input::CheckNow {
            browser_blocked: false,
        });
        again.run_for(Duration::from_secs(2));
    }
    assert!(
        again.probes.len() <= 1,
        "{} probes right after a restart",
        again.probes.len()
    );
}

#[test]
fn reminder_repeats_a_standing_problem_when_configured() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut s = settings();
    s.reminder = Some(4 * HOUR);
    let mut sim = Sim::with(w, s, None);
    sim.run_for(9 * HOUR);
    assert_eq!(sim.notices.len(), 3, "at 0 h, 4 h and 8 h");
}

#[test]
fn chatgpt_unreachable_while_internet_works_needs_three_failures() {
    let mut w = World::new();
    w.site_unreachable = true;
    let mut sim = Sim::new(w);
    sim.run_for(15 * Duration::from_secs(1));
    assert!(sim.notices.is_empty(), "not after one or two");
    sim.run_for(2 * MIN);
    assert_eq!(sim.notices.len(), 1);
    assert_eq!(sim.notices[0].1.cause, Cause::NoConnection);
    assert!(sim.probes.len() >= 3);
    // The status page was asked, once.
    assert_eq!(sim.status_checks.len(), 1);
}

#[test]
fn outage_from_the_status_page() {
    let mut w = World::new();
    w.site_unreachable = true;
    w.status_outage = true;
    let mut sim = Sim::new(w);
    sim.run_for(3 * MIN);
    assert_eq!(sim.notices.len(), 1);
    assert_eq!(sim.notices[0].1.cause, Cause::Outage);
    sim.w.site_unreachable = false;
    sim.w.status_outage = false;
    sim.run_for(HOUR);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    // Status page at most every five minutes.
    let gaps_ok = sim.status_checks.windows(2).all(|w| w[1] - w[0] >= 5 * MIN);
    assert!(gaps_ok, "{:?}", sim.status_checks);
}

#[test]
fn a_probe_that_straddles_a_network_change_is_not_believed() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.vpn_up = true;
    let mut sim = Sim::new(w);
    // The VPN goes away while the first probe is on its way.
    sim.run_for(Duration::from_millis(60));
    assert_eq!(sim.probes.len(), 1);
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(HOUR);
    assert!(
        sim.notices.is_empty(),
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
}

#[test]
fn pause_stops_probing_and_resumes_by_itself() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    let n = sim.probes.len();
    sim.handle(Input::Pause(HOUR));
    sim.run_for(HOUR - Duration::from_secs(1));
    assert_eq!(sim.probes.len(), n);
    assert!(sim.m.view().paused_until_wall_ms.is_some());
    sim.run_for(Duration::from_secs(5));
    assert_eq!(sim.probes.len(), n + 1);
    assert!(sim.events.iter().any(|(_, e)| matches!(e, Event::Resumed)));
}

#[test]
fn browser_still_blocked_opens_the_browser_side_steps() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    sim.handle(Input::CheckNow {
        browser_blocked: true,
    });
    sim.run_for(Duration::from_secs(2));
    assert_eq!(sim.opened, 1);
    let report = sim.m.view().report.unwrap();
    // The page opened was the browser-side one; the standing view stays healthy.
    assert_eq!(report.diagnosis.cause, Cause::Healthy);
    assert!(sim.notices.is_empty());
}
