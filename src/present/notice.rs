//! Notifications in words: the monitor says what happened (a problem, its
//! resolution and what fixed it, an address unchanged after a reconnect or
//! changed within the same /24);
//! this turns it into a title and a body. The headless event and the
//! history record carry them in English (contracts); the desktop
//! notification and the fix page speak the user's language.

use super::causes::{explanation, headline, Context};
use super::fixes::fix_short;
use super::report::{context_of, Report};
use super::tr::*;
use super::Frame;
use crate::adapters::files::NotificationRecord;
use crate::adapters::notify::{Clicked, Shown};
use crate::core::diagnose::{Cause, FixId};
use crate::core::monitor::{FixedBy, Happened, Light, Notice, NoticeKind};
use serde::Serialize;
use std::net::IpAddr;

/// A notice in words, with the report it leads to.
#[derive(Clone, Debug, PartialEq)]
pub struct NoticeText {
    pub kind: NoticeKind,
    /// The state it is about (for its icon).
    pub light: Light,
    pub cause: Cause,
    pub fixes: Vec<FixId>,
    /// English: the headless event's and the history record's.
    pub title: String,
    pub body: String,
    /// The user's language, isolated for the desktop.
    pub shown_title: String,
    pub shown_body: String,
    show_fix: String,
    check_again: String,
    browser_works: String,
    no_actions_hint: String,
    /// The fix's button and "Reconnect", in the user's language.
    extra: Vec<(Clicked, String)>,
    /// In the user's language, for the fix page.
    pub report: Report,
}

fn words(tr: &Tr, n: &Notice, frame: &Frame) -> (String, String) {
    let a = &n.assessment;
    let d = &a.diagnosis;
    match &n.what {
        Happened::Problem => {
            let ctx = context_of(a, frame.os);
            (
                headline(tr, d.cause, &ctx),
                problem_body(tr, d.cause, d.fixes.first().copied(), &ctx),
            )
        }
        Happened::AddressUnchanged { ip } => same_ip_after_restart(tr, *ip),
        Happened::AddressSameRange { old, new } => (
            tr.s(NotifySameRangeTitle),
            tr.s(NotifySameRangeBody { new, old }),
        ),
        Happened::Resolved { was, fixed_by } => resolved(tr, *was, fixed_by.as_ref()),
        Happened::ActionNotDone { outcome } => {
            (tr.s(ActFailedTitle), super::act::outcome(tr, outcome, ""))
        }
        Happened::ActionDidNotHelp { action } => {
            let ctx = context_of(a, frame.os);
            let next = d
                .fixes
                .iter()
                .find(|f| **f != action.fix)
                .map(|f| fix_short(tr, *f, &ctx))
                .unwrap_or_else(|| explanation(tr, d.cause, &ctx));
            (
                tr.s(ActStillTitle),
                tr.s(ActStillBody {
                    what: super::act::button(tr, action),
                    fix: next,
                }),
            )
        }
    }
}

/// The notification's own buttons: the fix blockwatch can carry out (on a
/// problem, or what is left after one that did not help), "Reconnect".
fn buttons(tr: &Tr, n: &Notice) -> Vec<(Clicked, String)> {
    let mut out = Vec::new();
    let done = match &n.what {
        Happened::Problem => None,
        Happened::ActionDidNotHelp { action } => Some(action.fix),
        _ => return reconnect_button(tr, n).into_iter().collect(),
    };
    let offer = n
        .assessment
        .diagnosis
        .actions
        .iter()
        .find(|a| a.can_do && Some(a.fix) != done);
    if let Some(a) = offer {
        out.push((Clicked::Act(a.fix), tr.line(super::act::button(tr, a))));
    }
    out.extend(reconnect_button(tr, n));
    out
}

fn reconnect_button(tr: &Tr, n: &Notice) -> Option<(Clicked, String)> {
    n.reconnect.as_ref().map(|_| {
        (
            Clicked::Reconnect,
            tr.line(super::act::reconnect_button(tr)),
        )
    })
}

/// The one place a notice becomes words; `page` is where its fix page goes.
pub fn render(n: &Notice, frame: &Frame, page: &std::path::Path) -> NoticeText {
    let (title, body) = words(Tr::contract(), n, frame);
    let local = frame.tr_gui();
    let (shown_title, shown_body) = words(local, n, frame);
    let (shown_title, shown_body) = (local.line(shown_title), local.line(shown_body));
    NoticeText {
        kind: n.kind(),
        light: n.light(),
        cause: n.cause(),
        fixes: n.fixes(),
        title,
        body,
        shown_title,
        shown_body,
        show_fix: local.line(local.s(ActionShowFix)),
        check_again: local.line(local.s(ActionCheckAgain)),
        browser_works: local.line(local.s(ActionBrowserWorks)),
        no_actions_hint: local.s(NotifyNoActionsHint {
            page: page.display().to_string(),
        }),
        extra: buttons(local, n),
        report: Report::build(local, &n.assessment, frame),
    }
}

/// A problem notification's body: the first fix, in one sentence; for a
/// shared address, first why a restart will not help.
pub fn problem_body(tr: &Tr, cause: Cause, first: Option<FixId>, ctx: &Context) -> String {
    let fix = match first {
        Some(fix) => fix_short(tr, fix, ctx),
        None => return explanation(tr, cause, ctx),
    };
    match super::router::shared_sentence(tr, ctx).filter(|_| cause == Cause::PublicIpBlocked) {
        Some(why) => tr.s(NotifyProblemShared { fix, why }),
        None => fix,
    }
}

pub fn same_ip_after_restart(tr: &Tr, ip: IpAddr) -> (String, String) {
    (tr.s(NotifySameIpTitle), tr.s(NotifySameIpBody { ip }))
}

pub fn resolved(tr: &Tr, was: Cause, fixed_by: Option<&FixedBy>) -> (String, String) {
    let body = match (was, fixed_by) {
        (_, Some(FixedBy::VpnDisconnected { name })) => {
            tr.s(NotifyResolvedVpnDisconnected { vpn: name })
        }
        (_, Some(FixedBy::VpnSwitched)) => tr.s(NotifyResolvedVpnSwitched),
        (_, Some(FixedBy::ProxyOff)) => tr.s(NotifyResolvedProxyOff),
        (_, Some(FixedBy::NewAddress { old, new })) => tr.s(NotifyResolvedNewAddress { new, old }),
        (_, Some(FixedBy::OtherNetwork)) => tr.s(NotifyResolvedOtherNetwork),
        (_, Some(FixedBy::OutageOver)) => tr.s(NotifyResolvedOutageOver),
        (_, Some(FixedBy::RateLimitOver)) => tr.s(NotifyResolvedRateLimitOver),
        (_, Some(FixedBy::Action(a))) if a.fix == FixId::RestartRouter => tr.s(ActResolvedRouter),
        (_, Some(FixedBy::Action(a))) => tr.s(ActResolvedVpn {
            vpn: super::act::vpn_label(a),
        }),
        (Cause::Outage, None) => tr.s(NotifyResolvedOutage),
        _ => tr.s(NotifyResolved),
    };
    (tr.s(NotifyResolvedTitle), body)
}

/// The headless `notification` event (a contract: English words).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "event", rename = "notification")]
pub struct NotificationEvent<'a> {
    pub kind: NoticeKind,
    pub cause: Cause,
    pub fixes: &'a [FixId],
    pub title: &'a str,
    pub body: &'a str,
}

impl NoticeText {
    /// Its headless event.
    pub fn event(&self) -> NotificationEvent<'_> {
        NotificationEvent {
            kind: self.kind,
            cause: self.cause,
            fixes: &self.fixes,
            title: &self.title,
            body: &self.body,
        }
    }

    /// Its history record.
    pub fn record(&self) -> NotificationRecord {
        NotificationRecord {
            kind: self.kind,
            cause: self.cause,
            title: self.title.clone(),
            body: self.body.clone(),
        }
    }

    pub fn shown(&self) -> Shown {
        let problem = self.kind == NoticeKind::Problem;
        Shown {
            problem,
            title: self.shown_title.clone(),
            body: self.shown_body.clone(),
            body_without_actions: if problem {
                format!("{}\n{}", self.shown_body, self.no_actions_hint)
            } else {
                self.shown_body.clone()
            },
            show_fix: self.show_fix.clone(),
            check_again: self.check_again.clone(),
            browser_works: self.browser_works.clone(),
            icon: None,
            extra: self.extra.clone(),
            confirmation: false,
        }
    }
}
