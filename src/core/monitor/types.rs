//! The monitor's vocabulary towards the driver and the front ends: the notices, headless events and history
//! records it emits, what it saves, and the view the tray shows. Ids and
//! facts only; the words are the presentation layer's.

use crate::core::assessment::Assessment;
use crate::core::diagnose::act::{FixAction, Outcome};
use crate::core::diagnose::{Cause, FixId, Severity};
use crate::core::local::vpn::VpnFacts;
use crate::core::probe_only::{Forgotten, ProbeOnlyMark};
use crate::core::site::verdict::{Verdict, VerdictKind};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    Problem,
    Resolved,
}

/// What changed between a problem and its recovery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixedBy {
    VpnDisconnected {
        name: Option<String>,
    },
    VpnSwitched,
    ProxyOff,
    NewAddress {
        old: IpAddr,
        new: IpAddr,
    },
    OtherNetwork,
    OutageOver,
    RateLimitOver,
    /// blockwatch carried out this fix on the user's click.
    Action(Box<FixAction>),
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
    /// It came back with a new address in the same /24 as the refused one,
    /// and that is refused too.
    AddressSameRange { old: IpAddr, new: IpAddr },
    /// The fix the user clicked could not be carried out (refused, failed,
    /// not possible): said plainly.
    ActionNotDone { outcome: Box<Outcome> },
    /// The fix was carried out and the check afterwards still sees the
    /// problem: what is left to try.
    ActionDidNotHelp { action: Box<FixAction> },
}

/// A desktop notification (and its headless event and history record),
/// as ids and facts; the driver renders the words.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub what: Happened,
    pub assessment: Assessment,
    /// The VPN blockwatch disconnected, for a "Reconnect" button.
    pub reconnect: Option<FixAction>,
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

    /// The state it is about: its problem's, or healthy once resolved.
    pub fn light(&self) -> Light {
        match self.what {
            Happened::Resolved { .. } => Light::Reachable,
            _ => Light::of(self.cause()),
        }
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
        /// The address family the verdict was seen over (`null`: unknown).
        family: Option<crate::core::local::families::Family>,
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
    /// A check was asked for but the politeness budget or a rate limit says wait.
    CheckDeferred {
        until_wall_ms: u64,
    },
    Paused {
        until_wall_ms: u64,
    },
    Resumed,
    /// A fix carried out (or not) on the user's click.
    Action(ActionEvent),
}

/// `{"event":"action",...}` on headless stdout and in the history (a
/// contract): the fix, how, on what, and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionEvent {
    pub fix: FixId,
    pub via: Option<crate::core::diagnose::act::Via>,
    pub target: Option<String>,
    pub result: crate::core::diagnose::act::ActResult,
    /// Why it ended so (an id: `not_permitted`, `router_refused`, ...).
    pub detail: Option<String>,
    /// "Reconnect": the VPN brought back rather than disconnected.
    #[serde(default)]
    pub undo: bool,
}

impl ActionEvent {
    pub fn of(o: &Outcome, undo: bool) -> ActionEvent {
        ActionEvent {
            fix: o.fix,
            via: o.via,
            target: o.target.clone(),
            result: o.result,
            detail: o.detail.map(|d| d.id().to_string()),
            undo,
        }
    }
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
    /// The user says the browser still shows the block.
    BrowserBlocked,
    /// The user says ChatGPT works in the browser; the block it vouches
    /// against (none when no refusal stood).
    BrowserWorks {
        cause: Option<Cause>,
        cloudflare_code: Option<u16>,
        site_sees: Option<IpAddr>,
    },
    /// The probe-only mark ended: the address, the VPN or the verdict changed.
    ProbeOnlyForgotten {
        why: Forgotten,
    },
    /// A fix carried out (or not) on the user's click.
    Action(ActionEvent),
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
    #[serde(default)]
    pub probe_only: Option<ProbeOnlyMark>,
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

impl Light {
    pub fn as_str(self) -> &'static str {
        match self {
            Light::Reachable => "reachable",
            Light::Checking => "checking",
            Light::Blocked => "blocked",
            Light::Degraded => "degraded",
            Light::Offline => "offline",
            Light::Paused => "paused",
        }
    }

    /// The state a cause puts the icon in.
    pub fn of(cause: Cause) -> Light {
        match cause.severity() {
            Severity::Fine => Light::Reachable,
            Severity::Blocked => Light::Blocked,
            Severity::Degraded => Light::Degraded,
            Severity::Offline => Light::Offline,
        }
    }
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
    /// The VPN blockwatch disconnected: the tray offers "Reconnect".
    pub reconnect: Option<FixAction>,
}

impl View {
    /// The fix the tray offers to carry out: the current assessment's
    /// first that can be done, while a problem stands and not offline.
    pub fn action(&self) -> Option<&FixAction> {
        if !self.problem || self.offline {
            return None;
        }
        crate::core::diagnose::act::first_doable(&self.assessment.as_ref()?.diagnosis.actions)
    }
}

/// RFC 3339 (UTC, seconds) of a Unix time in ms.
pub fn rfc3339(wall_ms: u64) -> String {
    let t = std::time::UNIX_EPOCH + Duration::from_millis(wall_ms);
    humantime::format_rfc3339_seconds(t).to_string()
}
