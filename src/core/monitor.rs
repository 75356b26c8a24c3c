//! The daemon's brain, as a pure state machine: observations and `now` in;
//! actions (probe, look up the IP, check the status page, notify, persist)
//! and the next wake-up out. The driver only executes actions and sleeps.
//!
//! What it encodes is what monitors learned the hard way: confirm before
//! alarming, one notification per problem, quiet while offline, never call a
//! challenge a block, and probe a site that bans eager clients rarely:
//! jitter, back-off, Retry-After, and an hourly budget across all triggers.

use super::assessment::Assessment;
use super::diagnose::{diagnose, Cause, Diagnosis, Evidence, Facts, FixId};
use super::status::StatusSummary;
use super::trace::Trace;
use super::verdict::{Verdict, VerdictKind};
use super::vpn::VpnFacts;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::net::IpAddr;
use std::time::Duration;

/// Debounce of network-change bursts (trailing), and its longest delay.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
pub const DEBOUNCE_MAX: Duration = Duration::from_millis(1000);
/// A hard block is confirmed by a second probe this much later.
pub const CONFIRM_AFTER: Duration = Duration::from_secs(3);
/// Transport failures are retried this often until enough are in a row.
pub const TRANSPORT_RETRY: Duration = Duration::from_secs(10);
pub const TRANSPORT_NEEDED: u32 = 3;
/// While a problem stands, re-check from this period, doubling to the interval.
pub const PROBLEM_RECHECK: Duration = Duration::from_secs(30);
/// The status page at most this often.
pub const STATUS_MIN_GAP: Duration = Duration::from_secs(300);
/// A status reading older than this is not used.
pub const STATUS_FRESH: Duration = Duration::from_secs(600);
/// A second IP reading this much later confirms a change.
pub const IP_CONFIRM_AFTER: Duration = Duration::from_secs(5);
/// IP lookups (not the target) at most this often, confirmations aside.
pub const ECHO_MIN_GAP: Duration = Duration::from_secs(10);
/// Probes after network events at most this often (flapping links).
pub const NETWORK_PROBE_GAP: Duration = Duration::from_secs(5);
/// Wake at least this often to notice a suspend (wall clock jumps ahead).
pub const CLOCK_CHECK: Duration = Duration::from_secs(60);
pub const SLEEP_JUMP: Duration = Duration::from_secs(30);
const HOUR: Duration = Duration::from_secs(3600);

/// Monotonic time since the driver started, and the wall clock (Unix ms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    pub mono: Duration,
    pub wall_ms: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub probe_interval: Duration,
    pub ip_interval: Duration,
    /// Requests to the target's site per rolling hour, all triggers.
    pub budget_per_hour: u32,
    pub reminder: Option<Duration>,
    pub host: String,
}

/// What the local system says, read without asking anyone on the network.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalSnapshot {
    pub vpn: VpnFacts,
    /// Some route to the target (or to the internet) exists.
    pub has_route: bool,
    pub proxy: Option<String>,
    /// The source address the kernel picks for the target.
    pub route_source: Option<IpAddr>,
}

impl LocalSnapshot {
    /// A difference that can change the answer, worth a probe.
    fn differs(&self, other: &LocalSnapshot) -> bool {
        !self.vpn.same_state(&other.vpn)
            || self.vpn.route_interface != other.vpn.route_interface
            || self.has_route != other.has_route
            || self.proxy != other.proxy
            || self.route_source != other.route_source
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// A wake-up: time passed.
    Tick,
    /// The OS reported a link, address or route change (debounced here).
    NetworkChanged,
    Local {
        gen: u64,
        snapshot: LocalSnapshot,
    },
    Probe {
        gen: u64,
        verdict: Verdict,
    },
    Trace {
        gen: u64,
        trace: Option<Trace>,
    },
    PublicIp {
        gen: u64,
        v4: Option<IpAddr>,
        v6: Option<IpAddr>,
    },
    Status(Option<StatusSummary>),
    /// "Check now" / "Check again"; with `browser_blocked`, the user says the
    /// browser still shows the block.
    CheckNow {
        browser_blocked: bool,
    },
    Pause(Duration),
    Resume,
    Reconfigure(Settings),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    Problem,
    Resolved,
}

/// What changed between a problem and its recovery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixedBy {
    VpnDisconnected { name: Option<String> },
    VpnSwitched,
    ProxyOff,
    NewAddress { old: IpAddr, new: IpAddr },
    OtherNetwork,
    OutageOver,
    RateLimitOver,
}

/// What a notification is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Happened {
    /// A confirmed problem (or its reminder): the assessment's cause.
    Problem,
    /// The problem `was` is over; `fixed_by` when a change explains it.
    Resolved {
        was: Cause,
        fixed_by: Option<FixedBy>,
    },
    /// The connection came back with the same public address while that
    /// address is blocked: restarting the router did not help.
    AddressUnchanged { ip: IpAddr },
}

/// A desktop notification (and its headless event and history record),
/// as ids and facts; the driver renders the words.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub what: Happened,
    pub assessment: Assessment,
}

impl Notice {
    pub fn kind(&self) -> NoticeKind {
        match self.what {
            Happened::Resolved { .. } => NoticeKind::Resolved,
            _ => NoticeKind::Problem,
        }
    }

    pub fn cause(&self) -> Cause {
        self.assessment.diagnosis.cause
    }

    /// The fixes it offers (none once resolved).
    pub fn fixes(&self) -> Vec<FixId> {
        match self.kind() {
            NoticeKind::Problem => self.assessment.diagnosis.fixes.clone(),
            NoticeKind::Resolved => Vec::new(),
        }
    }
}

/// Headless events on stdout (a contract).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Verdict {
        verdict: Verdict,
        cause: Cause,
    },
    Vpn {
        active: bool,
        interface: Option<String>,
        vendor: Option<String>,
    },
    PublicIp {
        old: Option<IpAddr>,
        new: IpAddr,
    },
    Notification {
        kind: NoticeKind,
        cause: Cause,
        fixes: Vec<FixId>,
        title: String,
        body: String,
    },
    /// A check was asked for but the politeness budget or a rate limit says wait.
    CheckDeferred {
        until_wall_ms: u64,
    },
    Paused {
        until_wall_ms: u64,
    },
    Resumed,
}

/// History records (the driver adds the time).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Record {
    Start,
    Stop,
    Verdict {
        kind: VerdictKind,
        cause: Cause,
        http_status: Option<u16>,
        cloudflare_code: Option<u16>,
    },
    PublicIp {
        old: Option<IpAddr>,
        new: IpAddr,
    },
    Vpn {
        active: bool,
        interface: Option<String>,
        vendor: Option<String>,
    },
    Notification {
        kind: NoticeKind,
        cause: Cause,
        title: String,
        body: String,
    },
    Offline,
    Online,
    Paused {
        until_wall_ms: u64,
    },
    Resumed,
    ConfigReload {
        ok: bool,
        error: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ReadLocal {
        gen: u64,
    },
    Probe {
        gen: u64,
    },
    Trace {
        gen: u64,
    },
    LookupIp {
        gen: u64,
    },
    CheckStatus,
    Notify(Box<Notice>),
    Emit(Event),
    Record(Record),
    Persist(Box<Persisted>),
    /// Open the fix steps for this assessment (the user asked).
    OpenPage(Box<Assessment>),
}

/// A confirmed problem, kept across restarts so it is not notified twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub cause: Cause,
    pub since_wall_ms: u64,
    /// When it was last notified (`None`: a problem that is not notified).
    pub notified_wall_ms: Option<u64>,
}

/// What survives a restart.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Persisted {
    pub standing: Option<Standing>,
    pub public_v4: Option<IpAddr>,
    pub public_v6: Option<IpAddr>,
    pub vpn: Option<VpnFacts>,
    /// Wall times of recent requests to the target (the budget survives a crash loop).
    pub requests_wall_ms: Vec<u64>,
    #[serde(default)]
    pub assessment: Option<Assessment>,
    pub paused_until_wall_ms: Option<u64>,
}

/// The tray's icon states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    Reachable,
    Checking,
    Blocked,
    Degraded,
    Offline,
    Paused,
}

/// What the tray shows.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub light: Light,
    pub assessment: Option<Assessment>,
    pub public_v4: Option<IpAddr>,
    pub public_v6: Option<IpAddr>,
    pub location: Option<String>,
    pub vpn: VpnFacts,
    pub last_check_wall_ms: Option<u64>,
    /// A confirmed problem stands: "Show fix steps" is useful.
    pub problem: bool,
    pub paused_until_wall_ms: Option<u64>,
    pub offline: bool,
    pub checking: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Why {
    Start,
    Schedule,
    Network,
    IpChange,
    Wake,
    Confirm,
    User,
}

impl Why {
    /// Low-priority triggers leave a reserve of the budget for confirmations
    /// and the user.
    fn uses_reserve(self) -> bool {
        matches!(self, Why::Confirm | Why::User | Why::Start)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Unknown,
    Healthy,
    /// A problem seen, not yet confirmed.
    Suspect {
        cause: Cause,
        seen: u32,
    },
    /// A confirmed problem; `next` is a different cause being confirmed.
    Problem {
        standing: Standing,
        next: Option<(Cause, u32)>,
        /// Facts when it began, to say what fixed it.
        before: Option<Snapshot>,
    },
    /// Healthy once during a problem; one more confirms the recovery.
    Recovering {
        standing: Standing,
        before: Option<Snapshot>,
    },
}

/// The facts that can explain a recovery.
#[derive(Clone, Debug, PartialEq)]
struct Snapshot {
    vpn: VpnFacts,
    v4: Option<IpAddr>,
    v6: Option<IpAddr>,
    site_ip: Option<IpAddr>,
    proxy: Option<String>,
    route_interface: Option<String>,
    outage: bool,
    rate_limited: bool,
}

#[derive(Clone, Debug, Default)]
struct IpSlot {
    confirmed: Option<IpAddr>,
    candidate: Option<IpAddr>,
}

/// SplitMix64: the jitter source, seeded by the driver (pure and repeatable).
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// `d` ± `pct` percent.
    fn jitter(&mut self, d: Duration, pct: u64) -> Duration {
        let span = d.as_millis() as u64 * pct / 100;
        if span == 0 {
            return d;
        }
        let offset = self.next() % (2 * span + 1);
        Duration::from_millis(d.as_millis() as u64 - span + offset)
    }
}

pub struct Monitor {
    s: Settings,
    rng: Rng,
    last: Now,
    gen: u64,
    phase: Phase,
    // network
    local: Option<LocalSnapshot>,
    local_gen: u64,
    local_in_flight: bool,
    debounce: Option<(Duration, Duration)>,
    offline: bool,
    probe_after_local: Option<Why>,
    // probe schedule
    probe_due: Option<(Duration, Why)>,
    probe_in_flight: Option<(u64, Why)>,
    last_probe_at: Option<Duration>,
    last_network_probe: Option<Duration>,
    retry_until: Option<Duration>,
    recheck: Duration,
    requests: VecDeque<Duration>,
    browser_blocked: bool,
    open_page_after_probe: bool,
    // lookups
    trace: Option<(u64, Trace)>,
    trace_in_flight: bool,
    ip4: IpSlot,
    ip6: IpSlot,
    echo_ok_gen: Option<u64>,
    ip_due: Option<Duration>,
    ip_in_flight: bool,
    last_ip_at: Option<Duration>,
    status: Option<(Duration, StatusSummary)>,
    status_asked_at: Option<Duration>,
    status_in_flight: bool,
    // alerting
    verdict: Option<Verdict>,
    last_recorded: Option<(VerdictKind, Cause)>,
    assessment: Option<Assessment>,
    last_check_wall_ms: Option<u64>,
    paused_until: Option<Duration>,
    /// Public addresses before the connection dropped, while the home
    /// address is blocked: to tell whether a router restart changed them.
    reconnect_watch: Option<(Option<IpAddr>, Option<IpAddr>)>,
    same_ip_after_reconnect: Option<IpAddr>,
    same_ip_notified: bool,
}

fn max_opt(a: Option<Duration>, b: Duration) -> Duration {
    a.map_or(b, |a| a.max(b))
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
            recheck: PROBLEM_RECHECK,
            s,
            rng: Rng(seed),
            last: now,
            gen: 1,
            phase: Phase::Unknown,
            local: None,
            local_gen: 0,
            local_in_flight: false,
            debounce: None,
            offline: false,
            probe_after_local: Some(Why::Start),
            probe_due: None,
            probe_in_flight: None,
            last_probe_at: None,
            last_network_probe: None,
            retry_until: None,
            requests: VecDeque::new(),
            browser_blocked: false,
            open_page_after_probe: false,
            trace: None,
            trace_in_flight: false,
            ip4: IpSlot::default(),
            ip6: IpSlot::default(),
            echo_ok_gen: None,
            ip_due: Some(now.mono),
            ip_in_flight: false,
            last_ip_at: None,
            status: None,
            status_asked_at: None,
            status_in_flight: false,
            verdict: None,
            last_recorded: None,
            assessment: None,
            last_check_wall_ms: None,
            paused_until: None,
            reconnect_watch: None,
            same_ip_after_reconnect: None,
            same_ip_notified: false,
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
    fn mono_of_wall(&self, now: Now, wall_ms: u64) -> Duration {
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
        self.ip4.confirmed = p.public_v4;
        self.ip6.confirmed = p.public_v6;
        for w in p.requests_wall_ms {
            if now.wall_ms.saturating_sub(w) < HOUR.as_millis() as u64 {
                self.requests.push_back(self.mono_of_wall(now, w));
            }
        }
        if let Some(local) = p.vpn {
            self.local = Some(LocalSnapshot {
                vpn: local,
                ..LocalSnapshot::default()
            });
        }
        if let Some(until) = p.paused_until_wall_ms.filter(|&u| u > now.wall_ms) {
            self.paused_until = Some(now.mono + Duration::from_millis(until - now.wall_ms));
        }
        self.assessment = p.assessment;
        if let Some(st) = p.standing {
            self.phase = Phase::Problem {
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
            Input::NetworkChanged => self.network_event(now),
            Input::Local { gen, snapshot } => self.on_local(gen, snapshot, now, &mut out),
            Input::Probe { gen, verdict } => self.on_probe(gen, verdict, now, &mut out),
            Input::Trace { gen, trace } => self.on_trace(gen, trace, now, &mut out),
            Input::PublicIp { gen, v4, v6 } => self.on_ip(gen, v4, v6, now, &mut out),
            Input::Status(s) => {
                self.status_in_flight = false;
                if let Some(s) = s {
                    self.status = Some((now.mono, s));
                    self.refresh_assessment(now);
                }
            }
            Input::CheckNow { browser_blocked } => {
                self.browser_blocked = browser_blocked;
                self.open_page_after_probe = browser_blocked;
                self.user_check(now, &mut out);
            }
            Input::Pause(d) => {
                self.paused_until = Some(now.mono + d);
                self.probe_due = None;
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
                self.s = s;
                if let Some((at, why)) = self.probe_due {
                    if why == Why::Schedule {
                        self.probe_due = Some((at.min(now.mono + self.s.probe_interval), why));
                    }
                }
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
            self.gen += 1;
            self.trace = None;
            self.want_probe(now.mono, Why::Wake);
            self.ip_due = Some(now.mono);
            self.request_local(out);
        }
    }

    fn network_event(&mut self, now: Now) {
        let (first, _) = self.debounce.unwrap_or((now.mono, now.mono));
        let fire = (now.mono + DEBOUNCE).min(first + DEBOUNCE_MAX);
        self.debounce = Some((first, fire));
    }

    fn fire_network_change(&mut self, now: Now, out: &mut Vec<Action>) {
        self.debounce = None;
        self.gen += 1;
        self.trace = None;
        self.probe_after_local = Some(Why::Network);
        self.request_local(out);
        if self.last_ip_at.is_none_or(|t| now.mono >= t + ECHO_MIN_GAP) {
            self.ip_due = Some(now.mono);
        } else {
            self.ip_due = Some(max_opt(self.last_ip_at, now.mono) + ECHO_MIN_GAP);
        }
    }

    fn request_local(&mut self, out: &mut Vec<Action>) {
        self.local_in_flight = true;
        out.push(Action::ReadLocal { gen: self.gen });
    }

    fn on_local(&mut self, gen: u64, snap: LocalSnapshot, now: Now, out: &mut Vec<Action>) {
        if gen < self.gen {
            return; // a newer read is on its way
        }
        self.local_in_flight = false;
        self.local_gen = gen;
        let previous = self.local.replace(snap.clone());
        let vpn_changed = previous
            .as_ref()
            .is_none_or(|p| !p.vpn.same_state(&snap.vpn));
        if vpn_changed {
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
        }
        let material = previous.as_ref().is_none_or(|p| p.differs(&snap));
        if !snap.has_route {
            self.go_offline(out);
            self.probe_after_local = None;
            self.probe_due = None;
        } else {
            if self.offline {
                self.offline = false;
                out.push(Action::Record(Record::Online));
            }
            if let Some(why) = self.probe_after_local.take() {
                if material || why != Why::Network {
                    self.want_probe(now.mono, why);
                }
            }
        }
        self.refresh_assessment(now);
        self.persist(out);
    }

    fn go_offline(&mut self, out: &mut Vec<Action>) {
        if self.offline {
            return;
        }
        self.offline = true;
        out.push(Action::Record(Record::Offline));
        self.note_connection_lost();
        // An unconfirmed problem is forgotten: nothing is known offline.
        if let Phase::Suspect { .. } = self.phase {
            self.phase = Phase::Unknown;
        }
    }

    fn note_connection_lost(&mut self) {
        let home_blocked = matches!(&self.phase, Phase::Problem { standing, .. }
            if standing.cause == Cause::PublicIpBlocked);
        if home_blocked && self.reconnect_watch.is_none() {
            self.reconnect_watch = Some((self.ip4.confirmed, self.ip6.confirmed));
        }
    }

    fn resume(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.paused_until.take().is_some() {
            out.push(Action::Emit(Event::Resumed));
            out.push(Action::Record(Record::Resumed));
            self.want_probe(now.mono, Why::User);
            self.persist(out);
        }
    }

    fn user_check(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.paused_until.is_some() {
            self.resume(now, out);
        }
        if self.probe_in_flight.is_some() {
            return;
        }
        self.want_probe(now.mono, Why::User);
        if let Some(until) = self.blocked_until(now.mono, Why::User) {
            out.push(Action::Emit(Event::CheckDeferred {
                until_wall_ms: self.wall_of_mono(until),
            }));
            if self.open_page_after_probe {
                // Answer from what is known rather than make the user wait.
                self.open_page_after_probe = false;
                if let Some(v) = self.verdict.clone() {
                    let d = self.diagnose(&v);
                    let a = self.assess(&v, &d, now);
                    out.push(Action::OpenPage(Box::new(a)));
                }
                self.browser_blocked = false;
            }
        }
    }

    // ------------------------------------------------------------ probes

    fn want_probe(&mut self, at: Duration, why: Why) {
        match self.probe_due {
            Some((t, w)) if t <= at && !(why == Why::User && w != Why::User) => {}
            _ => self.probe_due = Some((at, why)),
        }
    }

    /// A network change is being settled: a probe now would be wasted.
    fn waiting_for_network(&self) -> bool {
        self.local.is_none() || self.local_in_flight || self.debounce.is_some()
    }

    fn budget_used(&self, now: Duration) -> usize {
        self.requests.iter().filter(|&&t| now < t + HOUR).count()
    }

    /// When a request for this reason may go out, if not now.
    fn blocked_until(&self, now: Duration, why: Why) -> Option<Duration> {
        if let Some(r) = self.retry_until.filter(|&r| r > now) {
            return Some(r);
        }
        let budget = self.s.budget_per_hour as usize;
        let reserve = if budget > 6 { 3 } else { 0 };
        let cap = if why.uses_reserve() {
            budget
        } else {
            budget - reserve
        };
        let used = self.budget_used(now);
        if used < cap {
            return None;
        }
        // Free again when the oldest counted request leaves the window.
        let live: Vec<Duration> = self
            .requests
            .iter()
            .copied()
            .filter(|&t| now < t + HOUR)
            .collect();
        live.get(used - cap).map(|&t| t + HOUR)
    }

    fn count_request(&mut self, now: Duration) {
        self.requests.push_back(now);
        while self.requests.front().is_some_and(|&t| now >= t + HOUR) {
            self.requests.pop_front();
        }
    }

    fn try_probe(&mut self, now: Now, out: &mut Vec<Action>) {
        let Some((at, why)) = self.probe_due else {
            return;
        };
        if at > now.mono || self.probe_in_flight.is_some() || self.paused_until.is_some() {
            return;
        }
        if self.waiting_for_network() {
            return; // the route is about to be known
        }
        if self.offline {
            self.probe_due = None;
            return;
        }
        if matches!(why, Why::Network | Why::IpChange | Why::Wake) {
            if let Some(last) = self.last_network_probe {
                if now.mono < last + NETWORK_PROBE_GAP {
                    self.probe_due = Some((last + NETWORK_PROBE_GAP, why));
                    return;
                }
            }
        }
        if self.blocked_until(now.mono, why).is_some() {
            return;
        }
        self.probe_due = None;
        self.count_request(now.mono);
        self.last_probe_at = Some(now.mono);
        if matches!(why, Why::Network | Why::IpChange | Why::Wake) {
            self.last_network_probe = Some(now.mono);
        }
        self.probe_in_flight = Some((self.gen, why));
        out.push(Action::Probe { gen: self.gen });
    }

    fn on_probe(&mut self, gen: u64, verdict: Verdict, now: Now, out: &mut Vec<Action>) {
        let Some((sent_gen, why)) = self.probe_in_flight.take() else {
            return;
        };
        if gen != sent_gen {
            return;
        }
        if gen < self.gen || self.debounce.is_some() {
            // The network changed while it was on its way: ask again.
            self.want_probe(now.mono, Why::Network);
            return;
        }
        self.last_check_wall_ms = Some(now.wall_ms);
        if let Some(secs) = verdict.retry_after_secs {
            let until = now.mono + Duration::from_secs(secs.max(1));
            self.retry_until = Some(max_opt(self.retry_until, until));
        } else if verdict.kind == VerdictKind::RateLimited {
            self.retry_until = Some(now.mono + Duration::from_secs(60));
        }
        let transport = verdict.kind.is_transport_failure();
        if transport {
            self.note_connection_lost();
        }
        // Follow-ups that can change the answer.
        if verdict.kind.is_hard_block() && self.fresh_trace().is_none() {
            self.request_trace(now, out);
        }
        let status_helps = matches!(
            verdict.kind,
            VerdictKind::SiteDown
                | VerdictKind::SiteError
                | VerdictKind::Timeout
                | VerdictKind::DnsFailure
                | VerdictKind::Offline
        );
        if status_helps
            && !self.status_in_flight
            && self
                .status_asked_at
                .is_none_or(|t| now.mono >= t + STATUS_MIN_GAP)
        {
            self.status_in_flight = true;
            self.status_asked_at = Some(now.mono);
            out.push(Action::CheckStatus);
        }
        if transport && self.last_ip_at.is_none_or(|t| now.mono >= t + ECHO_MIN_GAP) {
            // Does anything else answer? Decides between offline and a ChatGPT problem.
            self.ip_due = Some(now.mono);
        }
        self.verdict = Some(verdict.clone());
        let diagnosis = self.diagnose(&verdict);
        out.push(Action::Emit(Event::Verdict {
            verdict: verdict.clone(),
            cause: diagnosis.cause,
        }));
        let key = (verdict.kind, diagnosis.cause);
        if self.last_recorded != Some(key) {
            self.last_recorded = Some(key);
            out.push(Action::Record(Record::Verdict {
                kind: verdict.kind,
                cause: diagnosis.cause,
                http_status: verdict.http_status,
                cloudflare_code: verdict.cloudflare_code,
            }));
        }
        self.alert(&verdict, &diagnosis, why, now, out);
        if self.open_page_after_probe {
            self.open_page_after_probe = false;
            let page = self.assess(&verdict, &diagnosis, now);
            out.push(Action::OpenPage(Box::new(page)));
        }
        // The user's word applies to this check, not to the standing state.
        self.browser_blocked = false;
        self.refresh_assessment(now);
        self.persist(out);
    }

    fn fresh_trace(&self) -> Option<&Trace> {
        self.trace
            .as_ref()
            .filter(|(g, _)| *g == self.gen)
            .map(|(_, t)| t)
    }

    fn request_trace(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.trace_in_flight || self.blocked_until(now.mono, Why::Confirm).is_some() {
            return;
        }
        self.trace_in_flight = true;
        self.count_request(now.mono);
        out.push(Action::Trace { gen: self.gen });
    }

    fn on_trace(&mut self, gen: u64, trace: Option<Trace>, now: Now, out: &mut Vec<Action>) {
        self.trace_in_flight = false;
        if gen != self.gen {
            return;
        }
        if let Some(t) = trace {
            // The site's view confirms an echo reading at once.
            let slot = if t.ip.is_ipv4() { &self.ip4 } else { &self.ip6 };
            if slot.candidate == Some(t.ip) {
                self.confirm_ip(t.ip, now, out);
            }
            self.trace = Some((gen, t));
            self.refresh_assessment(now);
        }
    }

    // ------------------------------------------------------------ public IP

    fn on_ip(
        &mut self,
        gen: u64,
        v4: Option<IpAddr>,
        v6: Option<IpAddr>,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        self.ip_in_flight = false;
        if gen != self.gen {
            self.ip_due = Some(now.mono);
            return;
        }
        if v4.is_some() || v6.is_some() {
            self.echo_ok_gen = Some(gen);
        } else {
            // Nothing was reached: the next trigger may ask again at once.
            self.last_ip_at = None;
        }
        let mut recheck = false;
        for ip in [v4, v6].into_iter().flatten() {
            let site_ip = self.fresh_trace().map(|t| t.ip);
            let slot = if ip.is_ipv4() {
                &mut self.ip4
            } else {
                &mut self.ip6
            };
            if slot.confirmed == Some(ip) {
                slot.candidate = None;
            } else if slot.candidate == Some(ip) || site_ip == Some(ip) || slot.confirmed.is_none()
            {
                self.confirm_ip(ip, now, out);
            } else {
                slot.candidate = Some(ip);
                recheck = true;
            }
        }
        if recheck {
            self.ip_due = Some(now.mono + IP_CONFIRM_AFTER);
        } else {
            self.ip_due = Some(now.mono + self.rng.jitter(self.s.ip_interval, 10));
        }
        self.check_reconnect(now);
        self.refresh_assessment(now);
    }

    fn confirm_ip(&mut self, ip: IpAddr, now: Now, out: &mut Vec<Action>) {
        let slot = if ip.is_ipv4() {
            &mut self.ip4
        } else {
            &mut self.ip6
        };
        let old = slot.confirmed.replace(ip);
        slot.candidate = None;
        if old == Some(ip) {
            return;
        }
        out.push(Action::Emit(Event::PublicIp { old, new: ip }));
        out.push(Action::Record(Record::PublicIp { old, new: ip }));
        if old.is_some() {
            self.trace = None;
            self.reconnect_watch = None;
            self.want_probe(now.mono, Why::IpChange);
        }
        self.persist(out);
    }

    /// After the connection came back with the same public address while the
    /// home address is blocked: restarting the router did not help.
    fn check_reconnect(&mut self, now: Now) {
        if self.offline {
            return;
        }
        let Some((v4, v6)) = self.reconnect_watch else {
            return;
        };
        // The family the site is reached over decides; IPv4 where known.
        let same = match v4 {
            Some(a) => Some(a) == self.ip4.confirmed,
            None => v6.is_some() && v6 == self.ip6.confirmed,
        };
        if !same {
            return;
        }
        self.reconnect_watch = None;
        let still_blocked = matches!(&self.phase, Phase::Problem { standing, .. }
            if standing.cause == Cause::PublicIpBlocked);
        if still_blocked {
            self.same_ip_after_reconnect = v4.or(v6);
            self.want_probe(now.mono, Why::Confirm);
        }
    }

    // ------------------------------------------------------------ diagnosis

    fn facts(&self) -> Facts {
        let local = self.local.clone().unwrap_or_default();
        let mut vpn = local.vpn.clone();
        let trace = self.fresh_trace().cloned();
        if trace.as_ref().is_some_and(|t| t.warp_on()) {
            vpn.warp = true;
            if !vpn.active {
                vpn.active = true;
                vpn.vendor = Some("Cloudflare WARP".into());
            }
        }
        let status = self
            .status
            .as_ref()
            .filter(|(t, _)| self.last.mono < *t + STATUS_FRESH)
            .map(|(_, s)| s.clone());
        Facts {
            host: self.s.host.clone(),
            trace,
            echo_v4: self.ip4.confirmed,
            echo_v6: self.ip6.confirmed,
            has_route: self.local.as_ref().map(|l| l.has_route),
            vpn,
            proxy: local.proxy,
            status_asked: self.status_asked_at.is_some(),
            status,
        }
    }

    fn diagnose(&self, verdict: &Verdict) -> Diagnosis {
        let mut d = diagnose(verdict, &self.facts(), self.browser_blocked);
        if d.cause == Cause::PublicIpBlocked {
            if let Some(ip) = self.same_ip_after_reconnect {
                d.fixes.retain(|f| *f != FixId::RestartRouter);
                d.evidence
                    .insert(1, Evidence::AddressUnchangedAfterReconnect { ip });
            }
        }
        d
    }

    fn assess(&self, v: &Verdict, d: &Diagnosis, now: Now) -> Assessment {
        Assessment {
            verdict: v.clone(),
            facts: self.facts(),
            diagnosis: d.clone(),
            checked_at_wall_ms: now.wall_ms,
        }
    }

    fn refresh_assessment(&mut self, now: Now) {
        if let Some(v) = self.verdict.clone() {
            let d = self.diagnose(&v);
            self.assessment = Some(self.assess(&v, &d, now));
        }
    }

    fn snapshot(&self, verdict: &Verdict) -> Snapshot {
        let f = self.facts();
        // A reading not yet confirmed still explains a recovery it coincides with.
        Snapshot {
            vpn: f.vpn,
            v4: self.ip4.candidate.or(self.ip4.confirmed),
            v6: self.ip6.candidate.or(self.ip6.confirmed),
            site_ip: f.trace.map(|t| t.ip),
            proxy: f.proxy,
            route_interface: self
                .local
                .as_ref()
                .and_then(|l| l.vpn.route_interface.clone()),
            outage: f.status.is_some_and(|s| s.reports_outage()),
            rate_limited: verdict.kind == VerdictKind::RateLimited,
        }
    }

    // ------------------------------------------------------------ alerting

    /// Confirmations needed before a problem is believed.
    fn needed(verdict: &Verdict) -> u32 {
        if verdict.kind.is_transport_failure() {
            TRANSPORT_NEEDED
        } else {
            2
        }
    }

    /// Worth a desktop notification. Offline is a quiet state; a refused
    /// probe says nothing about the user.
    fn notifiable(&self, cause: Cause) -> bool {
        match cause {
            Cause::Healthy | Cause::BrowserSide | Cause::ProbeRefused => false,
            Cause::NoConnection => self.echo_ok_gen == Some(self.gen) && !self.offline,
            _ => true,
        }
    }

    fn alert(
        &mut self,
        verdict: &Verdict,
        d: &Diagnosis,
        why: Why,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        let healthy = matches!(d.cause, Cause::Healthy | Cause::BrowserSide);
        let needed = Self::needed(verdict);
        let retry_gap = if verdict.kind.is_transport_failure() {
            TRANSPORT_RETRY
        } else {
            CONFIRM_AFTER
        };
        let interval = self.rng.jitter(self.s.probe_interval, 10);
        let phase = std::mem::replace(&mut self.phase, Phase::Unknown);
        self.phase = match phase {
            Phase::Unknown | Phase::Healthy if healthy => {
                self.recheck = PROBLEM_RECHECK;
                self.want_probe(now.mono + interval, Why::Schedule);
                Phase::Healthy
            }
            Phase::Suspect { .. } if healthy => {
                self.want_probe(now.mono + interval, Why::Schedule);
                Phase::Healthy
            }
            Phase::Problem {
                standing, before, ..
            } if healthy => {
                self.want_probe(now.mono + CONFIRM_AFTER, Why::Confirm);
                Phase::Recovering { standing, before }
            }
            Phase::Recovering { standing, before } if healthy => {
                if standing.notified_wall_ms.is_some() {
                    let fixed_by = before.as_ref().and_then(|b| self.what_fixed(b, verdict));
                    self.notify_resolved(standing.cause, fixed_by, verdict, d, now, out);
                }
                self.same_ip_after_reconnect = None;
                self.same_ip_notified = false;
                self.reconnect_watch = None;
                self.recheck = PROBLEM_RECHECK;
                self.want_probe(now.mono + interval, Why::Schedule);
                Phase::Healthy
            }
            Phase::Unknown | Phase::Healthy => {
                self.want_probe(now.mono + retry_gap, Why::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(1, needed, verdict, d, now, out, |seen| Phase::Suspect {
                    cause,
                    seen,
                })
            }
            Phase::Suspect { cause, seen } => {
                let seen = if cause == d.cause { seen + 1 } else { 1 };
                self.want_probe(now.mono + retry_gap, Why::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(seen, needed, verdict, d, now, out, |seen| Phase::Suspect {
                    cause,
                    seen,
                })
            }
            Phase::Recovering { standing, before }
            | Phase::Problem {
                standing, before, ..
            } if standing.cause == d.cause => {
                self.standing_again(standing, before, verdict, d, why, now, out)
            }
            // Another cause than the standing one: confirmed like a new problem.
            Phase::Problem {
                standing,
                next,
                before,
            } => {
                let seen = match next {
                    Some((c, n)) if c == d.cause => n + 1,
                    _ => 1,
                };
                self.want_probe(now.mono + retry_gap, Why::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(seen, needed, verdict, d, now, out, |seen| Phase::Problem {
                    standing,
                    next: Some((cause, seen)),
                    before,
                })
            }
            Phase::Recovering { standing, before } => {
                self.want_probe(now.mono + retry_gap, Why::Confirm);
                let cause = d.cause;
                self.confirm_or_wait(1, needed, verdict, d, now, out, |seen| Phase::Problem {
                    standing,
                    next: Some((cause, seen)),
                    before,
                })
            }
        };
    }

    /// A problem seen `seen` times in a row: believed (and notified) once
    /// seen `needed` times, otherwise `waiting` says how it stands.
    #[allow(clippy::too_many_arguments)]
    fn confirm_or_wait(
        &mut self,
        seen: u32,
        needed: u32,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
        waiting: impl FnOnce(u32) -> Phase,
    ) -> Phase {
        if seen < needed {
            return waiting(seen);
        }
        let standing = Standing {
            cause: d.cause,
            since_wall_ms: now.wall_ms,
            notified_wall_ms: None,
        };
        self.recheck = PROBLEM_RECHECK;
        self.schedule_recheck(now);
        // The facts when this cause began: what changes them fixes it.
        let before = Some(self.snapshot(verdict));
        let standing = self.notify_problem(standing, verdict, d, now, out);
        Phase::Problem {
            standing,
            next: None,
            before,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn standing_again(
        &mut self,
        mut standing: Standing,
        before: Option<Snapshot>,
        verdict: &Verdict,
        d: &Diagnosis,
        why: Why,
        now: Now,
        out: &mut Vec<Action>,
    ) -> Phase {
        // A problem restored from the last run, now seen again: it stands,
        // and is not notified again. Keep the facts for the resolution.
        let before = before.or_else(|| Some(self.snapshot(verdict)));
        if standing.notified_wall_ms.is_none() && self.notifiable(standing.cause) {
            standing = self.notify_problem(standing, verdict, d, now, out);
        } else if let (Some(reminder), Some(at)) = (self.s.reminder, standing.notified_wall_ms) {
            if now.wall_ms >= at + reminder.as_millis() as u64 {
                standing = self.notify_problem(standing, verdict, d, now, out);
            }
        }
        if self.same_ip_after_reconnect.is_some() && !self.same_ip_notified && why == Why::Confirm {
            self.same_ip_notified = true;
            self.notify_same_ip(verdict, d, now, out);
        }
        // Back off while it stands, so recovery is still seen quickly.
        self.schedule_recheck(now);
        Phase::Problem {
            standing,
            next: None,
            before,
        }
    }

    fn schedule_recheck(&mut self, now: Now) {
        let gap = self.rng.jitter(self.recheck, 10);
        self.recheck = (self.recheck * 2).min(self.s.probe_interval);
        let at = max_opt(self.retry_until, now.mono + gap);
        self.probe_due = Some((at, Why::Schedule));
    }

    fn notify_problem(
        &mut self,
        mut standing: Standing,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) -> Standing {
        if !self.notifiable(d.cause) {
            return standing;
        }
        self.push_notice(Happened::Problem, verdict, d, now, out);
        standing.notified_wall_ms = Some(now.wall_ms);
        standing
    }

    fn notify_same_ip(
        &mut self,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        let Some(ip) = self.same_ip_after_reconnect else {
            return;
        };
        self.push_notice(Happened::AddressUnchanged { ip }, verdict, d, now, out);
    }

    fn notify_resolved(
        &mut self,
        was: Cause,
        fixed_by: Option<FixedBy>,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        self.push_notice(Happened::Resolved { was, fixed_by }, verdict, d, now, out);
    }

    fn push_notice(
        &mut self,
        what: Happened,
        verdict: &Verdict,
        d: &Diagnosis,
        now: Now,
        out: &mut Vec<Action>,
    ) {
        let assessment = self.assess(verdict, d, now);
        out.push(Action::Notify(Box::new(Notice { what, assessment })));
    }

    fn what_fixed(&self, before: &Snapshot, verdict: &Verdict) -> Option<FixedBy> {
        use FixedBy as F;
        let now = self.snapshot(verdict);
        if before.vpn.active && !now.vpn.active {
            return Some(F::VpnDisconnected {
                name: before.vpn.vendor.clone().or(before.vpn.interface.clone()),
            });
        }
        if before.vpn.active
            && now.vpn.active
            && (before.vpn.interface != now.vpn.interface
                || before.site_ip != now.site_ip
                || before.v4 != now.v4)
        {
            return Some(F::VpnSwitched);
        }
        if before.proxy.is_some() && now.proxy.is_none() {
            return Some(F::ProxyOff);
        }
        if let (Some(a), Some(b)) = (before.v4, now.v4) {
            if a != b {
                return Some(F::NewAddress { old: a, new: b });
            }
        }
        if let (Some(a), Some(b)) = (before.v6, now.v6) {
            if a != b {
                return Some(F::NewAddress { old: a, new: b });
            }
        }
        if before.route_interface.is_some() && before.route_interface != now.route_interface {
            return Some(F::OtherNetwork);
        }
        if before.outage && !now.outage {
            return Some(F::OutageOver);
        }
        if before.rate_limited {
            return Some(F::RateLimitOver);
        }
        None
    }

    fn persist(&self, out: &mut Vec<Action>) {
        let standing = match &self.phase {
            Phase::Problem { standing, .. } | Phase::Recovering { standing, .. } => {
                Some(standing.clone())
            }
            _ => None,
        };
        out.retain(|a| !matches!(a, Action::Persist(_)));
        out.push(Action::Persist(Box::new(Persisted {
            standing,
            public_v4: self.ip4.confirmed,
            public_v6: self.ip6.confirmed,
            vpn: self.local.as_ref().map(|l| l.vpn.clone()),
            requests_wall_ms: self
                .requests
                .iter()
                .map(|&m| self.wall_of_mono(m))
                .collect(),
            assessment: self.assessment.clone(),
            paused_until_wall_ms: self.paused_until.map(|m| self.wall_of_mono(m)),
        })));
    }

    // ------------------------------------------------------------ timers

    fn run_timers(&mut self, now: Now, out: &mut Vec<Action>) {
        if self.paused_until.is_some_and(|p| now.mono >= p) {
            self.resume(now, out);
        }
        if self.debounce.is_some_and(|(_, fire)| now.mono >= fire) {
            self.fire_network_change(now, out);
        }
        let may_look_up = !self.ip_in_flight && !self.offline && self.paused_until.is_none();
        if self.ip_due.is_some_and(|t| now.mono >= t) && may_look_up {
            self.ip_due = None;
            self.ip_in_flight = true;
            self.last_ip_at = Some(now.mono);
            out.push(Action::LookupIp { gen: self.gen });
        }
        if self.probe_due.is_none()
            && self.probe_in_flight.is_none()
            && self.local.is_some()
            && !self.offline
            && self.paused_until.is_none()
            && self.probe_after_local.is_none()
        {
            // Never lose the schedule.
            let at = now.mono + self.rng.jitter(self.s.probe_interval, 10);
            self.probe_due = Some((at, Why::Schedule));
        }
        self.try_probe(now, out);
    }

    /// When the driver should wake the machine next (monotonic).
    pub fn next_wake(&self) -> Duration {
        let now = self.last.mono;
        let mut t = now + CLOCK_CHECK;
        let mut consider = |x: Option<Duration>| {
            if let Some(x) = x {
                t = t.min(x.max(now));
            }
        };
        consider(self.paused_until);
        consider(self.debounce.map(|(_, f)| f));
        if self.paused_until.is_none() {
            if !self.ip_in_flight && !self.offline {
                consider(self.ip_due);
            }
            if let Some((at, why)) = self.probe_due {
                // While the network settles, its answer wakes the machine.
                if self.probe_in_flight.is_none() && !self.offline && !self.waiting_for_network() {
                    let gate = self.blocked_until(at.max(now), why);
                    consider(Some(gate.map_or(at, |g| g.max(at))));
                }
            }
        }
        t
    }

    // ------------------------------------------------------------ view

    pub fn view(&self) -> View {
        let cause = self.assessment.as_ref().map(|a| a.diagnosis.cause);
        let checking = self.probe_in_flight.is_some();
        let light = if self.paused_until.is_some() {
            Light::Paused
        } else if self.offline {
            Light::Offline
        } else {
            match cause {
                None => Light::Checking,
                Some(Cause::Healthy | Cause::BrowserSide) => Light::Reachable,
                Some(
                    Cause::VpnExitBlocked
                    | Cause::ProxyBlocked
                    | Cause::PublicIpBlocked
                    | Cause::LocationUnsupported,
                ) => Light::Blocked,
                Some(Cause::NoConnection) => Light::Offline,
                Some(_) => Light::Degraded,
            }
        };
        let facts = self.facts();
        View {
            light,
            assessment: self.assessment.clone(),
            public_v4: self.ip4.confirmed,
            public_v6: self.ip6.confirmed,
            location: facts.trace.as_ref().and_then(|t| t.loc.clone()),
            vpn: facts.vpn,
            last_check_wall_ms: self.last_check_wall_ms,
            problem: matches!(self.phase, Phase::Problem { .. } | Phase::Recovering { .. }),
            paused_until_wall_ms: self.paused_until.map(|m| self.wall_of_mono(m)),
            offline: self.offline,
            checking,
        }
    }
}

/// RFC 3339 (UTC, seconds) of a Unix time in ms.
pub fn rfc3339(wall_ms: u64) -> String {
    let t = std::time::UNIX_EPOCH + Duration::from_millis(wall_ms);
    humantime::format_rfc3339_seconds(t).to_string()
}
