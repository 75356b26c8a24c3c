//! The browser part of the alerts: what the browser scan found (for the
//! diagnosis), the user's two statements about their browser, and the
//! probe-only mark ("ChatGPT works in my browser") with everything that
//! ends it. Its state lives in `Alerts`; here is what changes it. While the
//! mark holds, the block it names is shown as healthy and never notified.

use super::{Action, Monitor, Now, Record};
use crate::core::browsers::ProfileFindings;
use crate::core::diagnose::{diagnose_says, is_refusal, Cause, UserSays};
use crate::core::local::vpn::VpnFacts;
use crate::core::probe_only::{BlockKey, Forgotten, ProbeOnlyMark};
use crate::core::site::verdict::Verdict;
use std::net::IpAddr;

impl Monitor {
    /// A fresh browser scan from the driver.
    pub(super) fn on_browsers(&mut self, found: Vec<ProfileFindings>, now: Now) {
        if self.alerts.browsers != found {
            self.alerts.browsers = found;
            self.refresh_assessment(now);
        }
    }

    /// The user says ChatGPT works in their browser: the standing block is
    /// the probe's alone. Marked, recorded, and shown as healthy from now.
    pub(super) fn on_browser_works(&mut self, now: Now, out: &mut Vec<Action>) {
        let standing = self.alerts.standing().is_some();
        let key = self
            .alerts
            .verdict
            .clone()
            .filter(|v| standing && is_refusal(v.kind))
            .map(|v| self.block_key(&v))
            .filter(|k| is_problem(k.cause));
        out.push(Action::Record(Record::BrowserWorks {
            cause: key.as_ref().map(|k| k.cause),
            cloudflare_code: key.as_ref().and_then(|k| k.cloudflare_code),
            site_sees: key.as_ref().and_then(|k| k.site_sees),
        }));
        if let Some(block) = key {
            self.alerts.probe_only = Some(ProbeOnlyMark {
                block,
                since_wall_ms: now.wall_ms,
            });
            self.refresh_assessment(now);
        }
        self.persist(out);
    }

    /// The block this verdict stands for, diagnosed without the mark.
    fn block_key(&self, verdict: &Verdict) -> BlockKey {
        let facts = self.facts();
        let raw = diagnose_says(verdict, &facts, UserSays::Nothing);
        BlockKey::new(
            raw.cause,
            verdict,
            facts.trace.as_ref().map(|t| t.ip),
            &facts.vpn,
        )
    }

    /// A believed verdict: the mark holds only for the very block it names.
    pub(super) fn probe_only_on_verdict(&mut self, verdict: &Verdict, out: &mut Vec<Action>) {
        let Some(mark) = &self.alerts.probe_only else {
            return;
        };
        // No answer says nothing about the refusal the user vouched against.
        if verdict.kind.is_transport_failure() {
            return;
        }
        let key = self.block_key(verdict);
        let why = match mark.on_verdict_kind(verdict.kind) {
            Some(why) => Some(why),
            None => mark.check(&key),
        };
        self.forget_probe_only(why, out);
    }

    pub(super) fn probe_only_on_vpn(&mut self, vpn: &VpnFacts, out: &mut Vec<Action>) {
        let why = self.alerts.probe_only.as_ref().and_then(|m| m.on_vpn(vpn));
        self.forget_probe_only(why, out);
    }

    pub(super) fn probe_only_on_address(&mut self, ip: IpAddr, out: &mut Vec<Action>) {
        let why = self
            .alerts
            .probe_only
            .as_ref()
            .and_then(|m| m.on_address(ip));
        self.forget_probe_only(why, out);
    }

    fn forget_probe_only(&mut self, why: Option<Forgotten>, out: &mut Vec<Action>) {
        if let (Some(why), Some(_)) = (why, &self.alerts.probe_only) {
            self.alerts.probe_only = None;
            out.push(Action::Record(Record::ProbeOnlyForgotten { why }));
            self.refresh_assessment(self.last);
            self.persist(out);
        }
    }

    /// The user's statement that applies to the current diagnosis.
    pub(super) fn user_says(&self) -> UserSays {
        if self.alerts.browser_report {
            UserSays::BrowserBlocked
        } else if self.alerts.probe_only.is_some() {
            UserSays::BrowserWorks
        } else {
            UserSays::Nothing
        }
    }
}

/// A cause the user can vouch against: a refusal, not a healthy probe.
fn is_problem(cause: Cause) -> bool {
    cause != Cause::Healthy && !cause.browser_only()
}
