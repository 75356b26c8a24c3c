//! What the command line prints: messages, the history in words, the
//! autostart status.

use super::causes::verdict_label;
use super::APP_NAME;
use crate::adapters::autostart::{Method, Status};
use crate::core::monitor::{NoticeKind, Record};
use std::fmt::{Display, Write as _};
use std::path::Path;

/// Any failure, prefixed with the program's name.
pub fn failed(e: impl Display) -> String {
    format!("{APP_NAME}: {e}")
}

pub fn config_error(e: impl Display) -> String {
    failed(format_args!("configuration error: {e}"))
}

pub fn config_header(source: impl Display) -> String {
    format!("# {APP_NAME} configuration, from {source}")
}

pub fn cannot_create(path: &Path, e: impl Display) -> String {
    failed(format_args!("cannot create {}: {e}", path.display()))
}

pub fn cannot_lock(path: &Path, e: impl Display) -> String {
    failed(format_args!("cannot take the lock {}: {e}", path.display()))
}

pub fn cannot_write(path: &Path, e: impl Display) -> String {
    failed(format_args!("cannot write {}: {e}", path.display()))
}

pub fn cannot_open_browser(e: impl Display) -> String {
    failed(format_args!(
        "cannot open a browser ({e}); open the file above"
    ))
}

pub fn cannot_set_up_http(e: impl Display) -> String {
    failed(format_args!("cannot set up HTTP: {e}"))
}

pub fn cannot_start_monitor(e: impl Display) -> String {
    failed(format_args!("cannot start the monitor: {e}"))
}

pub fn already_running(pid: Option<u32>) -> String {
    match pid {
        Some(p) => format!(
            "blockwatch is already running (pid {p}); it keeps watching, nothing more to start."
        ),
        None => "blockwatch is already running; it keeps watching, nothing more to start.".into(),
    }
}

pub fn history_empty(path: &Path) -> String {
    format!(
        "No history yet ({} is empty): `blockwatch run` records what it sees there.",
        path.display()
    )
}

pub fn autostart_status(s: &Status) -> String {
    if !s.enabled() {
        return "disabled: blockwatch does not start at login".into();
    }
    let ways: Vec<String> = s
        .entries
        .iter()
        .map(|(m, path)| {
            let what = match m {
                Method::XdgAutostart => "XDG autostart entry",
                Method::SystemdUser => "systemd user unit",
                Method::LaunchAgent => "LaunchAgent",
                Method::RunKey => "Run key",
            };
            format!("{what} {path}")
        })
        .collect();
    format!("enabled: {}", ways.join("; "))
}

pub fn history_line(r: &Record) -> String {
    use Record as R;
    match r {
        R::Start => "blockwatch started".into(),
        R::Stop => "blockwatch stopped".into(),
        R::Verdict {
            kind,
            cause,
            http_status,
            cloudflare_code,
        } => {
            let mut s = format!("check: {} ({})", verdict_label(*kind), cause);
            if let Some(st) = http_status {
                let _ = write!(s, ", HTTP {st}");
            }
            if let Some(c) = cloudflare_code {
                let _ = write!(s, ", error {c}");
            }
            s
        }
        R::PublicIp { old: Some(o), new } => format!("public address changed: {o} \u{2192} {new}"),
        R::PublicIp { old: None, new } => format!("public address: {new}"),
        R::BrowserBlocked => "you said: my browser still shows Access denied".into(),
        R::BrowserWorks { cause: Some(c), cloudflare_code, site_sees } => format!(
            "you said: ChatGPT works in my browser; this block ({c}{}{}) is taken as blockwatch's own and not notified again",
            cloudflare_code.map(|c| format!(", error {c}")).unwrap_or_default(),
            site_sees.map(|ip| format!(", address {ip}")).unwrap_or_default()
        ),
        R::BrowserWorks { cause: None, .. } => {
            "you said: ChatGPT works in my browser (no block stood then)".into()
        }
        R::ProbeOnlyForgotten { why } => format!(
            "\"works in my browser\" no longer applies: {}",
            match why {
                crate::core::probe_only::Forgotten::Address => "the address the site sees changed",
                crate::core::probe_only::Forgotten::Vpn => "the VPN changed",
                crate::core::probe_only::Forgotten::Verdict => "the answer changed",
            }
        ),
        R::Vpn {
            active: true,
            interface,
            vendor,
        } => format!(
            "VPN on: {}",
            match (vendor, interface) {
                (Some(v), Some(i)) => format!("{v} ({i})"),
                (Some(v), None) => v.clone(),
                (None, Some(i)) => i.clone(),
                (None, None) => "unknown".into(),
            }
        ),
        R::Vpn { active: false, .. } => "VPN off (traffic to ChatGPT goes directly)".into(),
        R::Notification {
            kind: NoticeKind::Problem,
            title,
            body,
            ..
        } => format!("notified: {title} \u{2014} {body}"),
        R::Notification {
            kind: NoticeKind::Resolved,
            title,
            body,
            ..
        } => format!("notified: {title} \u{2014} {body}"),
        R::Offline => "network lost".into(),
        R::Online => "network back".into(),
        R::Paused { .. } => "paused by the user".into(),
        R::Resumed => "resumed".into(),
        R::ConfigReload { ok: true, .. } => "configuration reloaded".into(),
        R::ConfigReload { ok: false, error } => format!(
            "configuration not reloaded, old settings kept: {}",
            error.as_deref().unwrap_or("error")
        ),
    }
}
