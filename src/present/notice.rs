//! Notifications in words: the monitor says what happened (a problem, its
//! resolution and what fixed it, an address unchanged after a reconnect);
//! this turns it into the title and body that the headless event, the
//! history record and the desktop notification all carry.

use super::causes::{explanation, headline, Context};
use super::fixes::fix_short;
use super::report::{context, Report};
use super::Frame;
use crate::adapters::notify::Shown;
use crate::core::diagnose::{Cause, FixId};
use crate::core::monitor::{FixedBy, Happened, Light, Notice, NoticeKind};
use std::net::IpAddr;

/// A notice in words, with the report it leads to.
#[derive(Clone, Debug, PartialEq)]
pub struct NoticeText {
    pub kind: NoticeKind,
    /// The state it is about (for its icon).
    pub light: Light,
    pub cause: Cause,
    pub fixes: Vec<FixId>,
    pub title: String,
    pub body: String,
    pub report: Report,
}

/// The one place a notice becomes words.
pub fn render(n: &Notice, frame: &Frame) -> NoticeText {
    let a = &n.assessment;
    let d = &a.diagnosis;
    let (title, body) = match &n.what {
        Happened::Problem => {
            let ctx = context(&a.verdict, &a.facts, frame.os);
            (
                headline(d.cause, &ctx),
                problem_body(d.cause, d.fixes.first().copied(), &ctx),
            )
        }
        Happened::AddressUnchanged { ip } => same_ip_after_restart(*ip),
        Happened::Resolved { was, fixed_by } => resolved(*was, fixed_by.as_ref()),
    };
    NoticeText {
        kind: n.kind(),
        light: n.light(),
        cause: n.cause(),
        fixes: n.fixes(),
        title,
        body,
        report: Report::build(a, frame),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A problem notification's body: the first fix, in one line.
pub fn problem_body(cause: Cause, first: Option<FixId>, ctx: &Context) -> String {
    match first {
        Some(fix) => format!("{}.", capitalize(&fix_short(fix, ctx))),
        None => explanation(cause, ctx),
    }
}

/// Appended where the notification server cannot show buttons.
pub fn no_actions_hint(page: &std::path::Path) -> String {
    format!("Fix steps: run `blockwatch fix` or open {}", page.display())
}

pub fn same_ip_after_restart(ip: IpAddr) -> (String, String) {
    (
        "Your address did not change".into(),
        format!(
            "Still {ip} after the connection came back: a fixed address or a shared one (carrier-grade NAT). \
             Restarting again will not help; use another network or ask your provider for a new address."
        ),
    )
}

pub fn resolved(was: Cause, fixed_by: Option<&FixedBy>) -> (String, String) {
    let title = "ChatGPT works again".to_string();
    let how = match fixed_by {
        Some(FixedBy::VpnDisconnected { name: Some(n) }) => format!("after {n} was disconnected"),
        Some(FixedBy::VpnDisconnected { name: None }) => "after the VPN was disconnected".into(),
        Some(FixedBy::VpnSwitched) => "after switching VPN servers".into(),
        Some(FixedBy::ProxyOff) => "after the proxy was turned off".into(),
        Some(FixedBy::NewAddress { old, new }) => {
            format!("after your address changed from {old} to {new}")
        }
        Some(FixedBy::OtherNetwork) => "after switching networks".into(),
        Some(FixedBy::OutageOver) => "OpenAI fixed the outage".into(),
        Some(FixedBy::RateLimitOver) => "the rate limit has expired".into(),
        None => String::new(),
    };
    let body = match (was, fixed_by) {
        (_, Some(FixedBy::OutageOver | FixedBy::RateLimitOver)) => {
            format!("Access is back: {how}.")
        }
        (_, Some(_)) => format!("Access is back {how}."),
        (Cause::Outage, None) => "Access is back: the outage is over.".into(),
        _ => "Access is back.".into(),
    };
    (title, body)
}

/// Browser actions in the tray and in notifications.
pub const ACTION_SHOW_FIX: &str = "Show fix steps";
pub const ACTION_CHECK_AGAIN: &str = "Check again";
pub const ACTION_BROWSER_WORKS: &str = "ChatGPT works in my browser";

impl NoticeText {
    pub fn shown(&self, page: &std::path::Path) -> Shown {
        let problem = self.kind == NoticeKind::Problem;
        Shown {
            problem,
            title: self.title.clone(),
            body: self.body.clone(),
            body_without_actions: if problem {
                format!("{}\n{}", self.body, no_actions_hint(page))
            } else {
                self.body.clone()
            },
            show_fix: ACTION_SHOW_FIX.into(),
            check_again: ACTION_CHECK_AGAIN.into(),
            browser_works: ACTION_BROWSER_WORKS.into(),
            icon: None,
        }
    }
}
