//! The tray's words: menu labels, and the state lines the menu carries
//! (Linux indicators show no tooltip).

use super::notice::ACTION_SHOW_FIX;
use crate::core::diagnose::Cause;
use crate::core::monitor::{Light, View};

pub const MENU_CHECK_NOW: &str = "Check now";
pub const MENU_SHOW_FIX: &str = ACTION_SHOW_FIX;
pub const MENU_BROWSER_BLOCKED: &str = "My browser still shows Access denied";
pub const MENU_PAUSE: &str = "Pause for 1 hour";
pub const MENU_RESUME: &str = "Resume";
pub const MENU_AUTOSTART: &str = "Start at login";
pub const MENU_HISTORY: &str = "Open history";
pub const MENU_QUIT: &str = "Quit";

/// The menu's lines before the first view arrives.
pub const STATUS_STARTING: &str = "Checking ChatGPT\u{2026}";
pub const IP_STARTING: &str = "Public IP: unknown";
pub const VPN_STARTING: &str = "VPN: unknown";
pub const LAST_CHECK_STARTING: &str = "Last check: not yet";

/// The pause item's label for the state: it pauses, or resumes a pause.
pub fn pause_label(paused: bool) -> &'static str {
    if paused {
        MENU_RESUME
    } else {
        MENU_PAUSE
    }
}

fn clock(wall_ms: u64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(wall_ms);
    chrono::DateTime::<chrono::Local>::from(t)
        .format("%H:%M")
        .to_string()
}

/// The menu's first line: the state in a few words.
pub fn tray_status(view: &View) -> String {
    if let Some(until) = view.paused_until_wall_ms {
        return format!("Paused until {}", clock(until));
    }
    if view.offline {
        return "No network connection".into();
    }
    let Some(a) = &view.assessment else {
        return STATUS_STARTING.into();
    };
    let code = a
        .verdict
        .cloudflare_code
        .map(|c| format!(" (error {c})"))
        .unwrap_or_default();
    match a.diagnosis.cause {
        Cause::Healthy | Cause::BrowserSide => "ChatGPT reachable".into(),
        Cause::VpnExitBlocked => format!("ChatGPT blocks your VPN{code}"),
        Cause::ProxyBlocked => format!("ChatGPT blocks your proxy{code}"),
        Cause::PublicIpBlocked => format!("ChatGPT blocks your address{code}"),
        Cause::LocationUnsupported => match a.facts.trace.as_ref().and_then(|t| t.loc.as_ref()) {
            Some(l) => format!("ChatGPT not available from {l}"),
            None => "ChatGPT not available from here".into(),
        },
        Cause::RateLimited => format!("ChatGPT rate limit{code}"),
        Cause::ProbeRefused => format!("Check refused by Cloudflare{code}"),
        Cause::Outage => "ChatGPT is down".into(),
        Cause::CaptivePortal => "Sign in to this network".into(),
        Cause::NoConnection => "ChatGPT unreachable".into(),
        Cause::TlsInterception => "Connection to ChatGPT intercepted".into(),
        Cause::Unknown => "ChatGPT answered with an error".into(),
        Cause::DnsFiltered | Cause::NetworkFilter => super::between::tray_status(a.diagnosis.cause),
    }
}

/// A short label next to the icon, for states that want attention.
pub fn tray_label(view: &View) -> String {
    match view.light {
        Light::Reachable | Light::Checking => String::new(),
        Light::Paused => "Paused".into(),
        Light::Offline => "Offline".into(),
        Light::Blocked => "ChatGPT blocked".into(),
        Light::Degraded => tray_status(view),
    }
}

pub fn tray_ip(view: &View) -> String {
    let ips: Vec<String> = [view.public_v4, view.public_v6]
        .iter()
        .flatten()
        .map(|i| i.to_string())
        .collect();
    if ips.is_empty() {
        return IP_STARTING.into();
    }
    let loc = view
        .location
        .as_ref()
        .map(|l| format!(" ({l})"))
        .unwrap_or_default();
    format!("Public IP: {}{loc}", ips.join(", "))
}

pub fn tray_vpn(view: &View) -> String {
    let v = &view.vpn;
    if v.active {
        return match (&v.vendor, &v.interface) {
            (Some(n), Some(i)) => format!("VPN: {n} ({i})"),
            (Some(n), None) => format!("VPN: {n}"),
            (None, Some(i)) => format!("VPN: {i}"),
            (None, None) => "VPN: on".into(),
        };
    }
    match v.unused_tunnels.first() {
        Some(t) => format!("VPN: off ({} up, not used for ChatGPT)", t.interface),
        None => "VPN: off".into(),
    }
}

pub fn tray_last_check(view: &View) -> String {
    match (view.checking, view.last_check_wall_ms) {
        (true, _) => "Checking now\u{2026}".into(),
        (false, Some(t)) => format!("Last check: {}", clock(t)),
        (false, None) => LAST_CHECK_STARTING.into(),
    }
}
