//! The monitor's picture of one check: the facts it holds now (local
//! snapshot, confirmed addresses, fresh trace and status), the diagnosis
//! they give with the last verdict, and the facts that explain a recovery.

use super::alerts::RecoveryFacts;
use super::{Monitor, Now};
use crate::core::assessment::Assessment;
use crate::core::diagnose::{diagnose_says, Cause, Diagnosis, Evidence, Facts, FixId};
use crate::core::local::families::{Families, Family};
use crate::core::site::verdict::{Verdict, VerdictKind};

impl Monitor {
    pub(super) fn facts(&self) -> Facts {
        let local = self.net.local.clone().unwrap_or_default();
        let trace = self.fresh_trace().cloned();
        let vpn = local
            .vpn
            .clone()
            .with_warp(trace.as_ref().is_some_and(|t| t.warp_on()));
        let status = self.caches.status(self.last.mono).cloned();
        Facts {
            host: self.s.host.clone(),
            trace,
            echo_v4: self.ip.v4.confirmed,
            echo_v6: self.ip.v6.confirmed,
            has_route: self.net.local.as_ref().map(|l| l.has_route),
            vpn,
            proxy: local.proxy,
            status_asked: self.caches.status_asked(self.last.mono),
            status,
            browsers: self.alerts.browsers.clone(),
            dns: self.dns.clone(),
            families: self.families(),
            router: self.router.facts.clone(),
        }
    }

    /// Each family's last result, with what the site sees over it where a
    /// trace over that family answered on this network (the daemon's probes
    /// carry no trace of their own).
    fn families(&self) -> Families {
        let mut fams = self.fams.results.clone();
        for f in [Family::Ipv4, Family::Ipv6] {
            if let Some(mut r) = fams.get(f).cloned() {
                if r.site_sees.is_none() {
                    r.site_sees = self.caches.site_sees(self.net.gen, f);
                    fams.set(f, r);
                }
            }
        }
        fams
    }

    pub(super) fn diagnose(&self, verdict: &Verdict) -> Diagnosis {
        let mut d = diagnose_says(verdict, &self.facts(), self.user_says());
        if d.cause == Cause::PublicIpBlocked {
            if let Some(ip) = self.alerts.router.same_address() {
                d.fixes.retain(|f| *f != FixId::RestartRouter);
                d.evidence
                    .insert(1, Evidence::AddressUnchangedAfterReconnect { ip });
            }
            if let Some((old, new)) = self.alerts.router.same_range() {
                d.evidence
                    .insert(1, Evidence::AddressSameRangeAfterReconnect { old, new });
            }
        }
        d
    }

    pub(super) fn assess(&self, v: &Verdict, d: &Diagnosis, now: Now) -> Assessment {
        Assessment {
            verdict: v.clone(),
            facts: self.facts(),
            diagnosis: d.clone(),
            // The time of the probe, however much later the facts refresh.
            checked_at_wall_ms: self.alerts.last_check_wall_ms.unwrap_or(now.wall_ms),
        }
    }

    pub(super) fn refresh_assessment(&mut self, now: Now) {
        if let Some(v) = self.alerts.verdict.clone() {
            let d = self.diagnose(&v);
            self.alerts.assessment = Some(self.assess(&v, &d, now));
        }
    }

    pub(super) fn recovery_facts(&self, verdict: &Verdict) -> RecoveryFacts {
        let f = self.facts();
        // A reading not yet confirmed still explains a recovery it coincides with.
        RecoveryFacts {
            vpn: f.vpn,
            v4: self.ip.v4.candidate.or(self.ip.v4.confirmed),
            v6: self.ip.v6.candidate.or(self.ip.v6.confirmed),
            site_ip: f.trace.map(|t| t.ip),
            proxy: f.proxy,
            route_interface: self
                .net
                .local
                .as_ref()
                .and_then(|l| l.vpn.route_interface.clone()),
            outage: f.status.is_some_and(|s| s.reports_outage()),
            rate_limited: verdict.kind == VerdictKind::RateLimited,
        }
    }
}
