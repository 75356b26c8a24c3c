//! The monitor's picture of one check: the facts it holds now (local
//! snapshot, confirmed addresses, fresh trace and status, DNS, families,
//! the browser scan), the assessment they give with a verdict, and the
//! facts that explain a recovery. Built once per input and handed on.

use super::recovery::RecoveryFacts;
use super::{Monitor, Now};
use crate::core::assessment::Assessment;
use crate::core::diagnose::{diagnose_says, Cause, Diagnosis, Evidence, Facts, FixId};
use crate::core::local::families::{Families, Family};
use crate::core::site::verdict::{Verdict, VerdictKind};

impl Monitor {
    pub(super) fn facts(&self) -> Facts {
        let local = self.net.local().cloned().unwrap_or_default();
        let trace = self.fresh_trace().cloned();
        let vpn = local
            .vpn
            .clone()
            .with_warp(trace.as_ref().is_some_and(|t| t.warp_on()));
        let status = self.caches.status(self.last.mono).cloned();
        let (echo_v4, echo_v6) = self.ip.confirmed();
        Facts {
            host: self.s.host.clone(),
            trace,
            echo_v4,
            echo_v6,
            has_route: self.net.local().map(|l| l.has_route),
            vpn,
            proxy: local.proxy,
            status_asked: self.caches.status_asked(self.last.mono),
            status,
            browsers: self.browser.found().to_vec(),
            dns: self.dns.clone(),
            families: self.families(),
            router: self.router.facts.clone(),
        }
    }

    /// Each family's last result, with what the site sees over it where a
    /// trace over that family answered on this network (the daemon's probes
    /// carry no trace of their own).
    fn families(&self) -> Families {
        let mut fams = self.fams.results().clone();
        for f in [Family::Ipv4, Family::Ipv6] {
            if let Some(mut r) = fams.get(f).cloned() {
                if r.site_sees.is_none() {
                    r.site_sees = self.caches.site_sees(self.net.gen(), f);
                    fams.set(f, r);
                }
            }
        }
        fams
    }

    /// The verdict diagnosed with these facts and what the user said, as
    /// one assessment.
    pub(super) fn assessment_of(&self, v: &Verdict, facts: &Facts, now: Now) -> Assessment {
        let mut d = diagnose_says(v, facts, self.browser.says());
        if d.cause == Cause::PublicIpBlocked {
            if let Some(ip) = self.alerts.same_address() {
                d.fixes.retain(|f| *f != FixId::RestartRouter);
                d.evidence
                    .insert(1, Evidence::AddressUnchangedAfterReconnect { ip });
            }
            if let Some((old, new)) = self.alerts.same_range() {
                d.evidence
                    .insert(1, Evidence::AddressSameRangeAfterReconnect { old, new });
            }
        }
        let mut a = self.assessment_with(v, facts.clone(), d, now);
        self.plan_actions(&mut a);
        a
    }

    pub(super) fn assessment_with(
        &self,
        v: &Verdict,
        facts: Facts,
        diagnosis: Diagnosis,
        now: Now,
    ) -> Assessment {
        Assessment {
            verdict: v.clone(),
            facts,
            diagnosis,
            // The time of the probe, however much later the facts refresh.
            checked_at_wall_ms: self.latest.checked_wall_ms().unwrap_or(now.wall_ms),
        }
    }

    /// The latest verdict assessed again with today's facts.
    pub(super) fn refresh_assessment(&mut self, now: Now) {
        if let Some(v) = self.latest.verdict() {
            let a = self.assessment_of(v, &self.facts(), now);
            self.latest.assessed(a);
        }
    }

    pub(super) fn recovery_facts(&self, facts: &Facts, verdict: &Verdict) -> RecoveryFacts {
        // A reading not yet confirmed still explains a recovery it coincides with.
        let (v4, v6) = self.ip.latest();
        RecoveryFacts {
            vpn: facts.vpn.clone(),
            v4,
            v6,
            site_ip: facts.trace.as_ref().map(|t| t.ip),
            proxy: facts.proxy.clone(),
            route_interface: self.net.local().and_then(|l| l.vpn.route_interface.clone()),
            outage: facts.status.as_ref().is_some_and(|s| s.reports_outage()),
            rate_limited: verdict.kind == VerdictKind::RateLimited,
        }
    }
}
