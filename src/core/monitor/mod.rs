//! The daemon's brain, as a pure state machine: observations and `now` in;
//! actions (probe, look up the IP, check the status page, notify, persist)
//! and the next wake-up out. The driver only executes actions and sleeps.
//!
//! What it encodes is what monitors learned the hard way: confirm before
//! alarming, one notification per problem, quiet while offline, never call a
//! challenge a block, and probe a site that bans eager clients rarely:
//! jitter, back-off, Retry-After, and an hourly budget across all triggers.
//!
//! `Monitor` only wires its parts. Each part owns its state (private
//! fields), says what it decides, and has its own timer: the network and
//! its debounce (`network`), the pause (`pause`), the politeness budget
//! (`budget`), the probe schedule (`schedule`), the public address
//! (`public_ip`), the trace and status caches (`caches`), the families
//! (`families`), the alert policy with its router watch and the resolved
//! notice that waits (`alerts`), the latest check (`latest`), the browser
//! side (`browser`), the router's word on its address (`router`) and the
//! fix the user asked blockwatch to carry out (`fixing`). The glue is in `inputs` (what comes in),
//! `probing` (a probe out and its answer back), `assess` (facts and the
//! assessment) and `statements` (the user's word about the browser). The
//! next wake-up is the earliest of the parts' timers. What goes in and
//! comes out is in `io`.

mod alerts;
mod assess;
mod browser;
mod budget;
mod caches;
mod families;
mod fixing;
mod inputs;
mod io;
mod latest;
mod network;
mod pause;
mod probing;
mod public_ip;
mod recovery;
mod router;
mod router_watch;
mod schedule;
mod statements;
mod types;

pub use alerts::{
    CONFIRM_AFTER, CONFIRM_SETTLED, RESOLVED_WAIT, TRANSPORT_NEEDED, TRANSPORT_RETRY,
};
pub use caches::{STATUS_FRESH, STATUS_MIN_GAP};
pub use io::{Action, Input, Now, Settings};
pub use network::{DEBOUNCE, DEBOUNCE_MAX};
pub use public_ip::{ECHO_CHANGE_GAP, ECHO_MIN_GAP, IP_CONFIRM_AFTER};
pub use schedule::{NETWORK_PROBE_GAP, PROBLEM_RECHECK};
pub use types::*;

use crate::core::local::snapshot::LocalSnapshot;
use crate::core::names::dns::DnsFacts;
use alerts::Alerts;
use browser::BrowserSide;
use budget::{Budget, HOUR};
use caches::Caches;
use families::FamilyState;
use latest::Latest;
use network::Network;
use pause::Pause;
use public_ip::PublicIp;
use schedule::{Rng, Schedule};
use std::time::Duration;

/// Wake at least this often to notice a suspend (wall clock jumps ahead).
pub const CLOCK_CHECK: Duration = Duration::from_secs(60);
pub const SLEEP_JUMP: Duration = Duration::from_secs(30);

pub struct Monitor {
    s: Settings,
    rng: Rng,
    last: Now,
    pause: Pause,
    net: Network,
    budget: Budget,
    sched: Schedule,
    ip: PublicIp,
    caches: Caches,
    alerts: Alerts,
    fams: FamilyState,
    latest: Latest,
    browser: BrowserSide,
    /// The name servers' answers with the latest probe on this network.
    dns: Option<DnsFacts>,
    router: router::RouterState,
    fixing: fixing::Fixing,
}

impl Monitor {
    /// A monitor that starts checking at once. `restored` is the previous
    /// run's state; `seed` drives the jitter.
    pub fn new(
        s: Settings,
        restored: Option<Persisted>,
        now: Now,
        seed: u64,
    ) -> (Monitor, Vec<Action>) {
        let mut m = Monitor {
            budget: Budget::new(s.budget_per_hour),
            s,
            rng: Rng(seed),
            last: now,
            pause: Pause::default(),
            net: Network::new(),
            sched: Schedule::new(),
            ip: PublicIp::new(now.mono),
            caches: Caches::default(),
            alerts: Alerts::new(),
            fams: FamilyState::default(),
            latest: Latest::default(),
            browser: BrowserSide::default(),
            dns: None,
            router: router::RouterState::new(),
            fixing: fixing::Fixing::default(),
        };
        if let Some(p) = restored {
            m.restore(p, now);
        }
        let mut out = vec![Action::Record(Record::Start)];
        m.request_local(&mut out);
        m.run_timers(now, &mut out);
        (m, out)
    }

    /// A wall time of the last run on this run's monotonic clock (times in
    /// the future, after the clock was set back, count as now).
    fn mono_of_wall(now: Now, wall_ms: u64) -> Duration {
        let ago = Duration::from_millis(now.wall_ms.saturating_sub(wall_ms));
        now.mono.saturating_sub(ago)
    }

    fn wall_of_mono(&self, mono: Duration) -> u64 {
        let now = self.last;
        if mono >= now.mono {
            now.wall_ms + (mono - now.mono).as_millis() as u64
        } else {
            now.wall_ms
                .saturating_sub((now.mono - mono).as_millis() as u64)
        }
    }

    fn restore(&mut self, p: Persisted, now: Now) {
        self.ip.restore(p.public_v4, p.public_v6);
        for w in p.requests_wall_ms {
            if now.wall_ms.saturating_sub(w) < HOUR.as_millis() as u64 {
                self.budget.restore_request(Self::mono_of_wall(now, w));
            }
        }
        if let Some(vpn) = p.vpn {
            self.net.restore(LocalSnapshot {
                vpn,
                ..LocalSnapshot::default()
            });
        }
        if let Some(until) = p.paused_until_wall_ms.filter(|&u| u > now.wall_ms) {
            self.pause
                .start(now.mono, Duration::from_millis(until - now.wall_ms));
        }
        self.latest.restore(p.assessment);
        self.browser.set_mark(p.probe_only);
        if let Some(st) = p.standing {
            self.alerts.restore(st);
        }
    }

    pub fn handle(&mut self, input: Input, now: Now) -> Vec<Action> {
        let mut out = Vec::new();
        self.detect_sleep(now, &mut out);
        self.last = now;
        match input {
            Input::Tick => {}
            Input::NetworkChanged => self.net.event(now.mono),
            Input::Local { gen, snapshot } => self.on_local(gen, snapshot, now, &mut out),
            Input::Probe { gen, result } => self.on_probe(gen, *result, now, &mut out),
            Input::Trace { gen, traces } => self.on_trace(gen, traces, now, &mut out),
            Input::PublicIp { gen, v4, v6 } => self.on_ip(gen, v4, v6, now, &mut out),
            Input::Status(s) => {
                if self.caches.status_read(s, now.mono) {
                    self.refresh_assessment(now);
                }
            }
            Input::Router { gen, router } => {
                if self.on_router(gen, *router) {
                    self.refresh_assessment(now);
                }
            }
            Input::CheckNow { browser_blocked } => {
                if browser_blocked {
                    out.push(Action::Record(Record::BrowserBlocked));
                }
                self.browser.set_report(browser_blocked);
                self.user_check(now, &mut out);
            }
            Input::BrowserWorks => self.on_browser_works(now, &mut out),
            Input::Pause(d) => self.pause(d, now, &mut out),
            Input::Resume => self.resume(now, &mut out),
            Input::Reconfigure(s) => {
                self.budget.set_per_hour(s.budget_per_hour);
                self.s = s;
                self.sched.reconfigure(self.s.probe_interval, now.mono);
            }
            Input::Act { fix } => self.on_act(fix, now, &mut out),
            Input::Reconnect => self.on_reconnect(&mut out),
            Input::Acted(o) => self.on_acted(*o, now, &mut out),
        }
        self.run_timers(now, &mut out);
        self.annotate_notices(now, &mut out);
        out
    }

    fn persist(&self, out: &mut Vec<Action>) {
        out.retain(|a| !matches!(a, Action::Persist(_)));
        let (public_v4, public_v6) = self.ip.confirmed();
        out.push(Action::Persist(Box::new(Persisted {
            standing: self.alerts.standing().cloned(),
            public_v4,
            public_v6,
            vpn: self.net.local().map(|l| l.vpn.clone()),
            requests_wall_ms: self
                .budget
                .requests()
                .map(|m| self.wall_of_mono(m))
                .collect(),
            assessment: self.latest.assessment().cloned(),
            paused_until_wall_ms: self.pause.until().map(|m| self.wall_of_mono(m)),
            probe_only: self.browser.mark().cloned(),
        })));
    }

    // ------------------------------------------------------------ timers

    /// Every part whose timer is up does its work, in a fixed order.
    fn run_timers(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.pause.expired(now.mono) {
            self.resume(now, out);
        }
        if self.net.poll_timeout().is_some_and(|t| now.mono >= t) {
            self.fire_network_change(now, out);
        }
        if self.ip_timer().is_some_and(|t| now.mono >= t) {
            self.ip.start(now.mono);
            out.push(Action::LookupIp {
                gen: self.net.gen(),
            });
        }
        self.try_probe(now, out);
        if self.alerts.poll_timeout().is_some_and(|t| now.mono >= t) {
            self.finish_resolved(true, now, out);
        }
    }

    /// The address lookup's timer (nothing while paused or offline).
    fn ip_timer(&self) -> Option<Duration> {
        self.ip
            .poll_timeout(self.net.is_offline())
            .filter(|_| !self.pause.is_paused())
    }

    /// When the driver should wake the machine next (monotonic): the
    /// earliest of the parts' timers, and the clock check that notices a
    /// suspend.
    pub fn next_wake(&self) -> Duration {
        let now = self.last.mono;
        [
            Some(now + CLOCK_CHECK),
            self.pause.poll_timeout(),
            self.net.poll_timeout(),
            self.ip_timer(),
            self.probe_timer(now),
            self.alerts.poll_timeout(),
        ]
        .into_iter()
        .flatten()
        .map(|t| t.max(now))
        .min()
        .unwrap_or(now + CLOCK_CHECK)
    }

    // ------------------------------------------------------------ view

    /// Requests to the site still allowed in the rolling hour (the metrics).
    pub fn budget_remaining(&self, now: Now) -> u32 {
        self.budget.remaining(now.mono)
    }

    pub fn view(&self) -> View {
        let assessment = self.latest.assessment().cloned();
        let light = if self.pause.is_paused() {
            Light::Paused
        } else if self.net.is_offline() {
            Light::Offline
        } else if self.browser.mark().is_some() {
            Light::Reachable
        } else {
            assessment
                .as_ref()
                .map_or(Light::Checking, |a| Light::of(a.diagnosis.cause))
        };
        let facts = self.facts();
        let (public_v4, public_v6) = self.ip.confirmed();
        View {
            light,
            assessment,
            public_v4,
            public_v6,
            location: facts.trace.as_ref().and_then(|t| t.loc.clone()),
            vpn: facts.vpn,
            last_check_wall_ms: self.latest.checked_wall_ms(),
            problem: self.browser.mark().is_none() && self.alerts.standing().is_some(),
            paused_until_wall_ms: self.pause.until().map(|m| self.wall_of_mono(m)),
            offline: self.net.is_offline(),
            checking: self.sched.in_flight(),
            reconnect: self.fixing.reconnect().cloned(),
        }
    }
}
