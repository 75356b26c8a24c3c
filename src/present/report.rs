//! The result of one check in words, as one value: what `check --json`
//! prints, and what the fix page and the text report are rendered from.
//! Built from an `Assessment`; field names are a contract.

use super::causes::{explanation, headline, BrowserBlame, Context};
use super::evidence::evidence;
use super::fixes::{fix, FixText};
use super::tr::Tr;
use super::{Frame, Os};
use crate::core::assessment::Assessment;
use crate::core::browsers::ProfileFindings;
use crate::core::diagnose::{Cause, Facts, FixId};
use crate::core::local::families::Families;
use crate::core::local::vpn::VpnFacts;
use crate::core::monitor::rfc3339;
use crate::core::names::dns::DnsFacts;
use crate::core::site::status::Indicator;
use crate::core::site::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub verdict: Verdict,
    /// Each address family's own result (`null` without a route).
    pub families: Families,
    pub diagnosis: DiagnosisReport,
    pub network: NetworkReport,
    pub status_page: StatusReport,
    /// Every browser profile scanned, with what was found in it.
    #[serde(default)]
    pub browsers: Vec<ProfileFindings>,
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
    /// The fixes blockwatch can carry out itself (`blockwatch fix --do`).
    #[serde(default)]
    pub actions: Vec<super::act::ActionItem>,
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
    /// What the name servers answered (`null`: not asked).
    pub dns: Option<DnsFacts>,
    /// What the router said of its internet address (`null`: not asked).
    pub router: Option<super::router::RouterReport>,
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
/// The words' context; strings from outside are made safe here.
pub fn context(verdict: &Verdict, facts: &Facts, os: Os) -> Context {
    use super::safe::safe_opt;
    Context {
        host: facts.host.clone(),
        code: verdict.cloudflare_code,
        vpn_interface: safe_opt(&facts.vpn.interface),
        vpn_vendor: safe_opt(&facts.vpn.vendor),
        warp: facts.vpn.warp,
        retry_after_secs: verdict.retry_after_secs,
        proxy: safe_opt(&facts.proxy),
        location: safe_opt(&facts.trace.as_ref().and_then(|t| t.loc.clone())),
        public_ip: public_ip(facts, true).or_else(|| public_ip(facts, false)),
        os: Some(os),
        cause: None,
        browser: crate::core::browsers::blame(&facts.browsers).map(|b| BrowserBlame {
            browser: b.browser,
            profile: b.profile.to_string(),
            finding: b.finding.clone(),
        }),
        // Words may quote it (a transport error's text comes from outside).
        detail: super::safe::safe_opt(&verdict.detail),
        split: facts.families.split(),
        router: None,
    }
}

/// The wording context of an assessment: the facts', with the cause and
/// what the diagnosis decided of the router.
pub fn context_of(a: &Assessment, os: Os) -> Context {
    Context {
        cause: Some(a.diagnosis.cause),
        router: super::router::from_diagnosis(&a.diagnosis),
        ..context(&a.verdict, &a.facts, os)
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

impl Report {
    /// The report in `tr`'s language (`check --json` asks for English).
    pub fn build(tr: &Tr, a: &Assessment, frame: &Frame) -> Report {
        let d = &a.diagnosis;
        let ctx = context_of(a, frame.os);
        let status = a.facts.status.as_ref();
        Report {
            verdict: a.verdict.clone(),
            families: a.facts.families.clone(),
            diagnosis: DiagnosisReport {
                cause: d.cause,
                fixes: d.fixes.clone(),
                evidence: d
                    .evidence
                    .iter()
                    .map(|e| evidence(tr, e, &a.facts.host))
                    .collect(),
                headline: headline(tr, d.cause, &ctx),
                explanation: explanation(tr, d.cause, &ctx),
                steps: d.fixes.iter().map(|f| fix(tr, *f, &ctx)).collect(),
                actions: super::act::items(tr, &d.actions),
            },
            network: NetworkReport {
                public_ip: public_ip(&a.facts, true),
                public_ipv6: public_ip(&a.facts, false),
                site_sees: a.facts.trace.as_ref().map(|t| t.ip),
                location: ctx.location.clone(),
                colo: a.facts.trace.as_ref().and_then(|t| t.colo.clone()),
                proxy: a.facts.proxy.clone(),
                vpn: a.facts.vpn.clone(),
                dns: a.facts.dns.clone(),
                router: super::router::report(&a.facts),
            },
            status_page: StatusReport {
                indicator: status.map(|s| s.indicator),
                description: status.and_then(|s| s.description.clone()),
                component: frame.component.clone(),
                component_status: status.and_then(|s| s.component_status.clone()),
                incidents: status.map(|s| s.incidents.clone()).unwrap_or_default(),
            },
            browsers: a.facts.browsers.clone(),
            target: frame.target.clone(),
            checked_at: rfc3339(a.checked_at_wall_ms),
        }
    }

    pub fn is_healthy(&self) -> bool {
        self.diagnosis.cause == Cause::Healthy
    }
}
