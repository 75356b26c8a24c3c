//! The user's word about their browser, wired: "ChatGPT works in my
//! browser" sets the probe-only mark on the standing block; a verdict, a
//! VPN change or a new address that is not that block ends it.

use super::{Action, Monitor, Now, Record};
use crate::core::diagnose::{diagnose_says, is_refusal, Cause, Facts, UserSays};
use crate::core::local::vpn::VpnFacts;
use crate::core::probe_only::{BlockKey, Forgotten, ProbeOnlyMark};
use crate::core::site::verdict::Verdict;
use std::net::IpAddr;

impl Monitor {
    /// The user says ChatGPT works in their browser: the standing block is
    /// the probe's alone. Marked, recorded, and shown as healthy from now.
    pub(super) fn on_browser_works(&mut self, now: Now, out: &mut Vec<Action>) {
        let standing = self.alerts.standing().is_some();
        let facts = self.facts();
        let key = self
            .latest
            .verdict()
            .filter(|v| standing && is_refusal(v.kind))
            .map(|v| block_key(v, &facts))
            .filter(|k| is_problem(k.cause));
        out.push(Action::Record(Record::BrowserWorks {
            cause: key.as_ref().map(|k| k.cause),
            cloudflare_code: key.as_ref().and_then(|k| k.cloudflare_code),
            site_sees: key.as_ref().and_then(|k| k.site_sees),
        }));
        if let Some(block) = key {
            self.browser.set_mark(Some(ProbeOnlyMark {
                block,
                since_wall_ms: now.wall_ms,
            }));
            self.refresh_assessment(now);
        }
        self.persist(out);
    }

    /// A believed verdict: the mark holds only for the very block it
    /// names. True when the mark ended (the caller assesses and saves).
    pub(super) fn probe_only_on_verdict(
        &mut self,
        verdict: &Verdict,
        facts: &Facts,
        out: &mut Vec<Action>,
    ) -> bool {
        let Some(mark) = self.browser.mark() else {
            return false;
        };
        // No answer says nothing about the refusal the user vouched against.
        if verdict.kind.is_transport_failure() {
            return false;
        }
        let why = mark
            .on_verdict_kind(verdict.kind)
            .or_else(|| mark.check(&block_key(verdict, facts)));
        self.forget_probe_only(why, out)
    }

    pub(super) fn probe_only_on_vpn(&mut self, vpn: &VpnFacts, out: &mut Vec<Action>) {
        let why = self.browser.mark().and_then(|m| m.on_vpn(vpn));
        if self.forget_probe_only(why, out) {
            self.refresh_assessment(self.last);
            self.persist(out);
        }
    }

    pub(super) fn probe_only_on_address(&mut self, ip: IpAddr, out: &mut Vec<Action>) {
        let why = self.browser.mark().and_then(|m| m.on_address(ip));
        if self.forget_probe_only(why, out) {
            self.refresh_assessment(self.last);
            self.persist(out);
        }
    }

    /// True when a mark ended for `why`.
    fn forget_probe_only(&mut self, why: Option<Forgotten>, out: &mut Vec<Action>) -> bool {
        let Some(why) = why else { return false };
        if !self.browser.forget_mark() {
            return false;
        }
        out.push(Action::Record(Record::ProbeOnlyForgotten { why }));
        true
    }
}

/// The block this verdict stands for, diagnosed without the user's word.
fn block_key(verdict: &Verdict, facts: &Facts) -> BlockKey {
    let raw = diagnose_says(verdict, facts, UserSays::Nothing);
    BlockKey::new(
        raw.cause,
        verdict,
        facts.trace.as_ref().map(|t| t.ip),
        &facts.vpn,
    )
}

/// A cause the user can vouch against: a refusal, not a healthy probe.
fn is_problem(cause: Cause) -> bool {
    cause != Cause::Healthy && !cause.browser_only()
}
