//! The daemon's brain, as a pure state machine: observations and `now` in;
//! actions (probe, look up the IP, check the status page, notify, persist)
//! and the next wake-up out. The driver only executes actions and sleeps.
//!
//! What it encodes is what monitors learned the hard way: confirm before
//! alarming, one notification per problem, quiet while offline, never call a
//! challenge a block, and probe a site that bans eager clients rarely:
//! jitter, back-off, Retry-After, and an hourly budget across all triggers.
//!
//! `Monitor` only wires its parts, each with its own state and timer, and
//! calls them in a fixed order: the network (`network`), the politeness
//! budget (`budget`), the probe schedule (`schedule`), the public address
//! (`public_ip`), the trace and status caches (`caches`), the router's word
//! (`router`) and the alert policy (`alerts`); `assess` puts their facts
//! together. The next wake-up is the
//! earliest of the parts' timers. What goes in and comes out is in `io`.

mod alerts;
mod assess;
mod browser;
mod budget;
mod caches;
mod families;
mod io;
mod network;
mod public_ip;
mod router;
mod schedule;
mod types;

pub use alerts::{CONFIRM_AFTER, RESOLVED_WAIT, TRANSPORT_NEEDED, TRANSPORT_RETRY};
pub use caches::{STATUS_FRESH, STATUS_MIN_GAP};
pub use io::{Action, Input, Now, Settings};
pub use network::{DEBOUNCE, DEBOUNCE_MAX};
pub use public_ip::{ECHO_MIN_GAP, IP_CONFIRM_AFTER};
pub use schedule::{NETWORK_PROBE_GAP, PROBLEM_RECHECK};
pub use types::*;

use crate::core::site::verdict::Verdict;
use alerts::{Alerts, Phase};
use budget::{Budget, HOUR};
use caches::Caches;
use network::Network;
use public_ip::PublicIp;
use schedule::{Rng, Schedule, Trigger};
use std::time::Duration;

/// Wake at least this often to notice a suspend (wall clock jumps ahead).
pub const CLOCK_CHECK: Duration = Duration::from_secs(60);
pub const SLEEP_JUMP: Duration = Duration::from_secs(30);

pub struct Monitor {
    s: Settings,
    rng: Rng,
    last: Now,
    paused_until: Option<Duration>,
    net: Network,
    budget: Budget,
    sched: Schedule,
    ip: PublicIp,
    caches: Caches,
    alerts: Alerts,
    fams: families::FamilyState,
    /// The name servers' answers with the latest probe.
    dns: Option<crate::core::names::dns::DnsFacts>,
    router: router::RouterState,
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
            paused_until: None,
            net: Network::new(),
            sched: Schedule::new(),
            ip: PublicIp::new(now.mono),
            caches: Caches::default(),
            alerts: Alerts::new(),
            fams: families::FamilyState::default(),
            dns: None,
            router: router::RouterState::new(),
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
        self.ip.v4.confirmed = p.public_v4;
        self.ip.v6.confirmed = p.public_v6;
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
            self.paused_until = Some(now.mono + Duration::from_millis(until - now.wall_ms));
        }
        self.alerts.assessment = p.assessment;
        self.alerts.probe_only = p.probe_only;
        if let Some(st) = p.standing {
            self.alerts.phase = Phase::Problem {
                standing: st,
                next: None,
                before: None,
            };
        }
    }

    // ------------------------------------------------------------ inputs

    pub fn handle(&mut self, input: Input, now: Now) -> Vec<Action> {
        let mut out = Vec::new();
        self.detect_sleep(now, &mut out);
        self.last = now;
        match input {
            Input::Tick => {}
            Input::NetworkChanged => self.net.event(now.mono),
            Input::Local { gen, snapshot } => self.on_local(gen, snapshot, now, &mut out),
            Input::Probe { gen, verdict } => self.on_probe(gen, verdict, now, &mut out),
            Input::Trace { gen, traces } => self.on_trace(gen, traces, now, &mut out),
            Input::PublicIp { gen, v4, v6 } => self.on_ip(gen, v4, v6, now, &mut out),
            // Answers from another network's servers say nothing of this one.
            Input::Dns { gen, dns } => {
                if gen == self.net.gen {
                    self.dns = Some(*dns);
                }
            }
            Input::Router { gen, router } => {
                if self.on_router(gen, *router) {
                    self.refresh_assessment(now);
                }
            }
            Input::Families {
                gen,
                families,
                family,
            } => {
                if gen == self.net.gen {
                    self.fams.record(*families, family);
                }
            }
            Input::Status(s) => {
                if self.caches.status_read(s, now.mono) {
                    self.refresh_assessment(now);
                }
            }
            Input::CheckNow { browser_blocked } => {
                if browser_blocked {
                    out.push(Action::Record(Record::BrowserBlocked));
                }
                self.alerts.browser_report = browser_blocked;
                self.user_check(now, &mut out);
            }
            Input::BrowserWorks => self.on_browser_works(now, &mut out),
            Input::Browsers(found) => self.on_browsers(found, now),
            Input::Pause(d) => {
                self.paused_until = Some(now.mono + d);
                self.sched.due = None;
                let until = now.wall_ms + d.as_millis() as u64;
                out.push(Action::Emit(Event::Paused {
                    until_wall_ms: until,
                }));
                out.push(Action::Record(Record::Paused {
                    until_wall_ms: until,
                }));
                self.persist(&mut out);
            }
            Input::Resume => self.resume(now, &mut out),
            Input::Reconfigure(s) => {
                self.budget.set_per_hour(s.budget_per_hour);
                self.s = s;
                self.sched.reconfigure(self.s.probe_interval, now.mono);
            }
        }
        self.run_timers(now, &mut out);
        out
    }

    fn detect_sleep(&mut self, now: Now, out: &mut Vec<Action>) {
        let mono = now.mono.saturating_sub(self.last.mono);
        let wall = Duration::from_millis(now.wall_ms.saturating_sub(self.last.wall_ms));
        if wall > mono + SLEEP_JUMP {
            // Woken from sleep: the network is likely different now.
            self.net.woke();
            self.caches.forget_trace();
            self.sched.want(now.mono, Trigger::Wake);
            self.ip.now(now.mono);
            self.router.network_changed();
            self.request_local(out);
        }
    }

    fn fire_network_change(&mut self, now: Now, out: &mut Vec<Action>) {
        self.net.settle();
        self.caches.forget_trace();
        self.fams.forget();
        self.dns = None;
        self.router.network_changed();
        self.net.probe_after_local = Some(Trigger::Network);
        self.request_local(out);
        self.ip.soon(now.mono);
    }

    fn request_local(&mut self, out: &mut Vec<Action>) {
        self.net.reading_started();
        out.push(Action::ReadLocal { gen: self.net.gen });
    }

    fn on_local(&mut self, gen: u64, snap: LocalSnapshot, now: Now, out: &mut Vec<Action>) {
        if gen < self.net.gen {
            return; // a newer read is on its way
        }
        let change = self.net.read(snap.clone());
        if change.vpn_changed {
            let v = &snap.vpn;
            out.push(Action::Emit(Event::Vpn {
                active: v.active,
                interface: v.interface.clone(),
                vendor: v.vendor.clone(),
            }));
            out.push(Action::Record(Record::Vpn {
                active: v.active,
                interface: v.interface.clone(),
                vendor: v.vendor.clone(),
            }));
            self.probe_only_on_vpn(&snap.vpn, out);
        }
        self.router_on_local(snap.has_route, out);
        if !snap.has_route {
            self.go_offline(out);
            self.net.probe_after_local = None;
            self.sched.due = None;
        } else {
            if self.net.offline {
                self.net.offline = false;
                out.push(Action::Record(Record::Online));
            }
            if let Some(why) = self.net.probe_after_local.take() {
                if change.material || why != Trigger::Network {
                    self.sched.want(now.mono, why);
                }
            }
        }
        self.refresh_assessment(now);
        self.persist(out);
    }

    fn go_offline(&mut self, out: &mut Vec<Action>) {
        if self.net.offline {
            return;
        }
        self.net.offline = true;
        out.push(Action::Record(Record::Offline));
        self.connection_lost();
        self.alerts.went_offline();
    }

    fn connection_lost(&mut self) {
        let (v4, v6) = (self.ip.v4.confirmed, self.ip.v6.confirmed);
        self.alerts.connection_lost(v4, v6);
    }

    fn resume(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.paused_until.take().is_some() {
            out.push(Action::Emit(Event::Resumed));
            out.push(Action::Record(Record::Resumed));
            self.sched.want(now.mono, Trigger::User);
            self.persist(out);
        }
    }

    fn user_check(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.paused_until.is_some() {
            self.resume(now, out);
        }
        if self.sched.in_flight.is_some() {
            return;
        }
        self.sched.want(now.mono, Trigger::User);
        if let Some(until) = self.budget.blocked_until(now.mono, Trigger::User) {
            out.push(Action::Emit(Event::CheckDeferred {
                until_wall_ms: self.wall_of_mono(until),
            }));
            if self.alerts.browser_report {
                // Answer from what is known rather than make the user wait.
                if let Some(v) = self.alerts.verdict.clone() {
                    let d = self.diagnose(&v);
                    let a = self.assess(&v, &d, now);
                    out.push(Action::OpenPage(Box::new(a)));
                }
                self.alerts.browser_report = false;
            }
        }
    }

    // ------------------------------------------------------------ probes

    /// Something outside time holds the due probe back: an answer on its
    /// way, a pause, no network, or a network that is still settling.
    fn probe_held(&self) -> bool {
        self.sched.in_flight.is_some()
            || self.paused_until.is_some()
            || self.net.offline
            || self.net.waiting()
    }

    fn try_probe(&mut self, now: Now, out: &mut Vec<Action>) {
        let Some((at, why)) = self.sched.due else {
            return;
        };
        if at > now.mono || self.sched.in_flight.is_some() || self.paused_until.is_some() {
            return;
        }
        if self.net.waiting() {
            return; // the route is about to be known
        }
        if self.net.offline {
            self.sched.due = None;
            return;
        }
        if let Some(gap) = self.sched.network_gap_until(now.mono, why) {
            self.sched.due = Some((gap, why));
            return;
        }
        if self.budget.blocked_until(now.mono, why).is_some() {
            return;
        }
        // Both families where it matters (start, network change, wake, a
        // problem, the user); one at a time, alternating, when all is well.
        let thorough = why != Trigger::Schedule || !self.alerts.is_healthy();
        let routable = self
            .net
            .local
            .as_ref()
            .map(|l| l.routable)
            .unwrap_or_default();
        let plan = self
            .fams
            .plan(routable, thorough, self.budget.room(now.mono, why));
        for _ in 0..plan.requests() {
            self.budget.count(now.mono);
        }
        self.sched.sent(self.net.gen, why, now.mono);
        out.push(Action::Probe {
            gen: self.net.gen,
            plan,
        });
    }

    /// When the due probe can go, if nothing but time holds it back.
    fn probe_timer(&self, now: Duration) -> Option<Duration> {
        let (at, why) = self.sched.due?;
        if self.probe_held() {
            return None;
        }
        let at = at.max(now);
        let at = self.sched.network_gap_until(at, why).unwrap_or(at);
        Some(self.budget.blocked_until(at, why).map_or(at, |g| g.max(at)))
    }

    fn on_probe(&mut self, gen: u64, verdict: Verdict, now: Now, out: &mut Vec<Action>) {
        let standing = self.fams.take_standing();
        let Some(why) = self.sched.answered(gen) else {
            return;
        };
        if gen < self.net.gen || self.net.settling() {
            // The network changed while it was on its way: ask again.
            self.sched.want(now.mono, Trigger::Network);
            return;
        }
        let verdict = standing.unwrap_or(verdict);
        self.alerts.last_check_wall_ms = Some(now.wall_ms);
        self.budget.note_answer(&verdict, now.mono);
        let transport = verdict.kind.is_transport_failure();
        if transport {
            self.connection_lost();
        }
        // Follow-ups that can change the answer.
        if verdict.kind.is_hard_block() && self.fresh_trace().is_none() {
            self.request_trace(now, out);
        }
        if self.caches.want_status(&verdict, now.mono) {
            out.push(Action::CheckStatus);
        }
        if transport {
            // Does anything else answer? Decides between offline and a ChatGPT problem.
            self.ip.now_if_spaced(now.mono);
        }
        self.alerts.verdict = Some(verdict.clone());
        self.probe_only_on_verdict(&verdict, out);
        let diagnosis = self.diagnose(&verdict);
        self.router_on_cause(diagnosis.cause, out);
        out.push(Action::Emit(Event::Verdict {
            verdict: verdict.clone(),
            cause: diagnosis.cause,
            family: self.fams.verdict_family,
        }));
        let key = (verdict.kind, diagnosis.cause);
        if self.alerts.last_recorded != Some(key) {
            self.alerts.last_recorded = Some(key);
            out.push(Action::Record(Record::Verdict {
                kind: verdict.kind,
                cause: diagnosis.cause,
                http_status: verdict.http_status,
                cloudflare_code: verdict.cloudflare_code,
            }));
        }
        self.alert(&verdict, &diagnosis, why, now, out);
        if self.alerts.browser_report {
            let page = self.assess(&verdict, &diagnosis, now);
            out.push(Action::OpenPage(Box::new(page)));
        }
        // The user's word applies to this check, not to the standing state.
        self.alerts.browser_report = false;
        self.refresh_assessment(now);
        self.persist(out);
    }

    fn persist(&self, out: &mut Vec<Action>) {
        out.retain(|a| !matches!(a, Action::Persist(_)));
        out.push(Action::Persist(Box::new(Persisted {
            standing: self.alerts.standing().cloned(),
            public_v4: self.ip.v4.confirmed,
            public_v6: self.ip.v6.confirmed,
            vpn: self.net.local.as_ref().map(|l| l.vpn.clone()),
            requests_wall_ms: self
                .budget
                .requests()
                .map(|m| self.wall_of_mono(m))
                .collect(),
            assessment: self.alerts.assessment.clone(),
            paused_until_wall_ms: self.paused_until.map(|m| self.wall_of_mono(m)),
            probe_only: self.alerts.probe_only.clone(),
        })));
    }

    // ------------------------------------------------------------ timers

    fn run_timers(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.paused_until.is_some_and(|p| now.mono >= p) {
            self.resume(now, out);
        }
        if self.net.settles_at().is_some_and(|t| now.mono >= t) {
            self.fire_network_change(now, out);
        }
        if self.paused_until.is_none() && self.ip_timer().is_some_and(|t| now.mono >= t) {
            self.ip.start(now.mono);
            out.push(Action::LookupIp { gen: self.net.gen });
        }
        self.try_probe(now, out);
        if self
            .alerts
            .pending_resolved
            .as_ref()
            .is_some_and(|p| now.mono >= p.until)
        {
            self.finish_resolved(true, now, out);
        }
    }

    fn ip_timer(&self) -> Option<Duration> {
        self.ip.due_at(self.net.offline)
    }

    /// When the driver should wake the machine next (monotonic): the
    /// earliest of the parts' timers, and the clock check that notices a
    /// suspend.
    pub fn next_wake(&self) -> Duration {
        let now = self.last.mono;
        let paused = self.paused_until.is_some();
        [
            Some(now + CLOCK_CHECK),
            self.paused_until,
            self.net.settles_at(),
            self.ip_timer().filter(|_| !paused),
            self.probe_timer(now),
            self.alerts.pending_resolved.as_ref().map(|p| p.until),
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
        let cause = self.alerts.assessment.as_ref().map(|a| a.diagnosis.cause);
        let light = if self.paused_until.is_some() {
            Light::Paused
        } else if self.net.offline {
            Light::Offline
        } else if self.alerts.probe_only.is_some() {
            Light::Reachable
        } else {
            cause.map_or(Light::Checking, Light::of)
        };
        let facts = self.facts();
        View {
            light,
            assessment: self.alerts.assessment.clone(),
            public_v4: self.ip.v4.confirmed,
            public_v6: self.ip.v6.confirmed,
            location: facts.trace.as_ref().and_then(|t| t.loc.clone()),
            vpn: facts.vpn,
            last_check_wall_ms: self.alerts.last_check_wall_ms,
            problem: self.alerts.probe_only.is_none() && self.alerts.standing().is_some(),
            paused_until_wall_ms: self.paused_until.map(|m| self.wall_of_mono(m)),
            offline: self.net.offline,
            checking: self.sched.in_flight.is_some(),
        }
    }
}
