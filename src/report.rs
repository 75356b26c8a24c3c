//! The result of one check as one value: what `check --json` prints, what the
//! daemon's `verdict` events carry, and what the fix page and the text
//! report are rendered from. Field names are a contract.

use crate::core::diagnose::{Cause, Diagnosis, Facts, FixId};
use crate::core::status::Indicator;
use crate::core::verdict::Verdict;
use crate::core::vpn::VpnFacts;
use crate::wording::{self, Context, FixText, Os};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub verdict: Verdict,
    pub diagnosis: DiagnosisReport,
    pub network: NetworkReport,
    pub status_page: StatusReport,
    pub target: String,
    /// RFC 3339, UTC.
    pub checked_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiagnosisReport {
    pub cause: Cause,
    pub fixes: Vec<FixId>,
    pub evidence: Vec<String>,
    pub headline: String,
    pub explanation: String,
    pub steps: Vec<FixText>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkReport {
    pub public_ip: Option<IpAddr>,
    pub public_ipv6: Option<IpAddr>,
    /// The address the site itself sees (its `/cdn-cgi/trace`).
    pub site_sees: Option<IpAddr>,
    pub location: Option<String>,
    pub colo: Option<String>,
    pub proxy: Option<String>,
    pub vpn: VpnFacts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusReport {
    /// `null` when the page could not be read (or was not asked).
    pub indicator: Option<Indicator>,
    pub description: Option<String>,
    pub component: String,
    pub component_status: Option<String>,
    pub incidents: Vec<String>,
}

/// The wording context of a check.
pub fn context(verdict: &Verdict, facts: &Facts, os: Os) -> Context {
    Context {
        host: facts.host.clone(),
        code: verdict.cloudflare_code,
        vpn_interface: facts.vpn.interface.clone(),
        vpn_vendor: facts.vpn.vendor.clone(),
        warp: facts.vpn.warp,
        retry_after_secs: verdict.retry_after_secs,
        proxy: facts.proxy.clone(),
        location: facts.trace.as_ref().and_then(|t| t.loc.clone()),
        public_ip: public_ip(facts, true).or_else(|| public_ip(facts, false)),
        os: Some(os),
        cause: None,
    }
}

fn public_ip(facts: &Facts, v4: bool) -> Option<IpAddr> {
    let echo = if v4 { facts.echo_v4 } else { facts.echo_v6 };
    echo.or_else(|| {
        facts
            .trace
            .as_ref()
            .map(|t| t.ip)
            .filter(|ip| ip.is_ipv4() == v4)
    })
}

pub struct Inputs<'a> {
    pub verdict: &'a Verdict,
    pub facts: &'a Facts,
    pub diagnosis: &'a Diagnosis,
    pub component: &'a str,
    pub target: &'a str,
    pub checked_at: String,
    pub os: Os,
}

impl Report {
    pub fn build(i: Inputs<'_>) -> Report {
        let d = i.diagnosis;
        let ctx = Context {
            cause: Some(d.cause),
            ..context(i.verdict, i.facts, i.os)
        };
        let status = i.facts.status.as_ref();
        Report {
            verdict: i.verdict.clone(),
            diagnosis: DiagnosisReport {
                cause: d.cause,
                fixes: d.fixes.clone(),
                evidence: d
                    .evidence
                    .iter()
                    .map(|e| wording::evidence(e, &i.facts.host))
                    .collect(),
                headline: wording::headline(d.cause, &ctx),
                explanation: wording::explanation(d.cause, &ctx),
                steps: d.fixes.iter().map(|f| wording::fix(*f, &ctx)).collect(),
            },
            network: NetworkReport {
                public_ip: public_ip(i.facts, true),
                public_ipv6: public_ip(i.facts, false),
                site_sees: i.facts.trace.as_ref().map(|t| t.ip),
                location: ctx.location.clone(),
                colo: i.facts.trace.as_ref().and_then(|t| t.colo.clone()),
                proxy: i.facts.proxy.clone(),
                vpn: i.facts.vpn.clone(),
            },
            status_page: StatusReport {
                indicator: status.map(|s| s.indicator),
                description: status.and_then(|s| s.description.clone()),
                component: i.component.to_string(),
                component_status: status.and_then(|s| s.component_status.clone()),
                incidents: status.map(|s| s.incidents.clone()).unwrap_or_default(),
            },
            target: i.target.to_string(),
            checked_at: i.checked_at,
        }
    }

    pub fn is_healthy(&self) -> bool {
        self.diagnosis.cause == Cause::Healthy
    }
}
