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
    let version = crate::version::VERSION;
    format!("# {APP_NAME} {version} configuration, from {source}")
}

/// The end of `--help` and of the man page.
pub const EXIT_STATUS: &str = "Exit status: 0 healthy (or the command succeeded), 1 a problem was found (or the daemon could not start, e.g. already running), 2 usage or configuration error.";

/// The metrics file cannot be written (a log line and a `config` warning).
pub fn textfile_unwritable(path: &Path, e: impl Display) -> String {
    let dir = path.parent().unwrap_or(path);
    format!(
        "cannot write the metrics file {} ({e}): make {} writable for this user (see README, Metrics); blockwatch runs on without it",
        path.display(),
        dir.display()
    )
}

pub fn warning(e: impl Display) -> String {
    failed(format_args!("warning: {e}"))
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
        return match &s.system_hidden {
            Some(sys) => format!(
                "disabled: blockwatch does not start at login (the system-wide entry {sys} is switched off for you)"
            ),
            None => "disabled: blockwatch does not start at login".into(),
        };
    }
    let ways: Vec<String> = s
        .entries
        .iter()
        .map(|(m, path)| {
            let what = match m {
                Method::XdgAutostart => "XDG autostart entry",
                Method::XdgSystem => "system-wide XDG autostart entry",
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
