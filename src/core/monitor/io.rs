//! The machine's interface with its driver: the time it is told (`Now`),
//! its settings, the observations it is fed (`Input`) and what it asks the
//! driver to do (`Action`). Ids and facts only.

use super::types::{Event, Notice, Persisted, Record};
use crate::core::assessment::Assessment;
use crate::core::local::snapshot::LocalSnapshot;
use crate::core::probe::ProbeResult;
use crate::core::site::status::StatusSummary;
use crate::core::site::trace::Trace;
use std::net::IpAddr;
use std::time::Duration;

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
    /// `[router] allow_reconnect`: the router's reconnect may be offered.
    pub allow_reconnect: bool,
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
    /// One probe, judged, with what the shell read beside it: everything a
    /// probe brings arrives at once, in no order that could matter.
    Probe {
        gen: u64,
        result: Box<ProbeResult>,
    },
    /// The traces of one `Action::Trace` that answered (none, one, or one
    /// per family).
    Trace {
        gen: u64,
        traces: Vec<Trace>,
    },
    PublicIp {
        gen: u64,
        v4: Option<IpAddr>,
        v6: Option<IpAddr>,
    },
    Status(Option<StatusSummary>),
    /// What the router said of its WAN address (`None`: not asked, e.g. a
    /// target that is not ChatGPT's). Not a request to the site.
    Router {
        gen: u64,
        router: Box<Option<crate::core::local::router::RouterFacts>>,
    },
    /// "Check now" / "Check again"; with `browser_blocked`, the user says the
    /// browser still shows the block.
    CheckNow {
        browser_blocked: bool,
    },
    /// The user says ChatGPT works in their browser while a problem stands.
    BrowserWorks,
    Pause(Duration),
    Resume,
    Reconfigure(Settings),
    /// The user clicked the fix's button (confirmed where it warns).
    Act {
        fix: crate::core::diagnose::FixId,
    },
    /// The user clicked "Reconnect": the VPN blockwatch disconnected, back.
    Reconnect,
    /// What became of `Action::Carry` or `Action::Undo`.
    Acted(Box<crate::core::diagnose::act::Outcome>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ReadLocal {
        gen: u64,
    },
    Probe {
        gen: u64,
        /// Over which address families (each costs a request).
        plan: crate::core::local::family_plan::ProbePlan,
    },
    Trace {
        gen: u64,
        /// Over which address families (each costs a request).
        plan: crate::core::local::family_plan::ProbePlan,
    },
    LookupIp {
        gen: u64,
    },
    /// Ask the router for its WAN address (the local router only: not
    /// counted in the site's budget).
    AskRouter {
        gen: u64,
    },
    CheckStatus,
    /// Tell the user (desktop notification, headless event, history).
    Notify(Box<Notice>),
    Emit(Event),
    Record(Record),
    Persist(Box<Persisted>),
    /// Open the fix steps for this assessment (the user asked).
    OpenPage(Box<Assessment>),
    /// Carry out this fix (the user clicked it); answered by `Input::Acted`.
    Carry(Box<crate::core::diagnose::act::FixAction>),
    /// Undo it: bring the VPN back; answered by `Input::Acted`.
    Undo(Box<crate::core::diagnose::act::FixAction>),
}
