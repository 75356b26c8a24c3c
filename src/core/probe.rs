//! The judgement of one probe, pure: the raw answers of one probe (each
//! address family's HTTP answer or failure, the name servers' answers, the
//! control name, the routes) become one [`ProbeResult`]. `check`, the
//! daemon and the simulated world in the tests all judge through
//! [`judge`], so what the tests simulate is what the program decides.

use crate::core::browsers::ProfileFindings;
use crate::core::local::families::{Families, Family, FamilyResult};
use crate::core::local::family_plan::{FamilyScheduler, ProbePlan, Routable};
use crate::core::local::snapshot::LocalSnapshot;
use crate::core::local::vpn::RouteUse;
use crate::core::names::dns::{self, DnsFacts};
use crate::core::site::classify::classify;
use crate::core::site::filter;
use crate::core::site::trace::Trace;
use crate::core::site::verdict::{FailureKind, ProbeOutcome, Verdict, VerdictKind};
use std::net::{IpAddr, SocketAddr};

/// One request of a probe as it came back.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The family it was sent over (`None`: the OS chose and the probe
    /// did not connect, so nobody knows).
    pub family: Option<Family>,
    pub outcome: ProbeOutcome,
    /// The address it connected to.
    pub connected_to: Option<SocketAddr>,
    /// Its family's `/cdn-cgi/trace`, when it was asked with it.
    pub trace: Option<Trace>,
}

/// Everything one probe brought back, unjudged.
#[derive(Clone, Debug, PartialEq)]
pub struct RawProbe {
    /// One per family the plan asked over.
    pub answers: Vec<Answer>,
    /// What the name servers said (`None`: not asked, e.g. a custom target).
    pub dns: Option<DnsFacts>,
    /// The target's addresses from the system's own lookup (`None`: failed).
    pub system: Option<Vec<IpAddr>>,
    /// The routes to the target's addresses (one per family).
    pub routes: Vec<RouteUse>,
    /// The probe went through a proxy: what answered is the proxy's way.
    pub proxy: bool,
    /// Another name's HTTPS worked meanwhile (an echo service over https).
    pub control_https_ok: bool,
    /// `[target] expect_cloudflare`.
    pub expect_cloudflare: bool,
}

/// One probe, judged.
#[derive(Clone, Debug, PartialEq)]
pub struct ProbeResult {
    /// The verdict a browser most likely gets: its family's.
    pub verdict: Verdict,
    /// The family of `verdict` (`None`: unknown).
    pub family: Option<Family>,
    /// Each family's own result.
    pub families: Families,
    /// The name servers' answers, with the system's lookup of the target.
    pub dns: Option<DnsFacts>,
    /// The address the verdict's request connected to: its route decides.
    pub connected: Option<SocketAddr>,
    /// The site's trace over the verdict's family, when it was asked.
    pub trace: Option<Trace>,
    /// The local facts read again for `connected`, when the shell found
    /// them to differ from its last read (the monitor takes them first).
    pub local: Option<LocalSnapshot>,
    /// The browser scan run beside the probe, when it was due.
    pub browsers: Option<Vec<ProfileFindings>>,
}

/// The probe's answers judged: each family's verdict with what sits
/// between the user and the site taken into account (a DNS filter, a reset
/// when the name was seen), and the verdict of the browser's family.
pub fn judge(raw: RawProbe) -> ProbeResult {
    let dns = with_system(raw.dns, raw.system);
    let block = dns.as_ref().and_then(dns::judge);
    let verdict_of = |outcome: &ProbeOutcome| {
        let v = classify(outcome, raw.expect_cloudflare);
        let v = filter::refine_reset(v, is_handshake_reset(outcome), raw.control_https_ok);
        dns::refine(v, block.as_ref(), raw.proxy)
    };
    let mut families = Families::default();
    let mut verdicts = Vec::new();
    for a in &raw.answers {
        let verdict = verdict_of(&a.outcome);
        if let Some(f) = a.family {
            let route_interface = raw
                .routes
                .iter()
                .find(|r| Family::of(r.target) == f)
                .and_then(|r| r.interface.clone());
            families.set(
                f,
                FamilyResult {
                    verdict: verdict.clone(),
                    site_sees: a.trace.as_ref().map(|t| t.ip),
                    route_interface,
                },
            );
        }
        verdicts.push(verdict);
    }
    let chosen = match families.browser_family() {
        Some(f) if raw.answers.len() > 1 => raw.answers.iter().position(|a| a.family == Some(f)),
        _ => None,
    }
    .unwrap_or(0);
    let answer = raw.answers.into_iter().nth(chosen);
    // A plan always asks at least once; nothing asked is nothing heard.
    let verdict = if verdicts.is_empty() {
        Verdict::new(VerdictKind::Timeout)
    } else {
        verdicts.swap_remove(chosen)
    };
    ProbeResult {
        verdict,
        family: answer.as_ref().and_then(|a| a.family),
        families,
        dns,
        connected: answer.as_ref().and_then(|a| a.connected_to),
        trace: answer.and_then(|a| a.trace),
        local: None,
        browsers: None,
    }
}

/// The connection was reset or closed during the TLS handshake.
pub fn is_handshake_reset(outcome: &ProbeOutcome) -> bool {
    matches!(outcome, ProbeOutcome::Failed(f) if f.kind == FailureKind::Reset)
}

/// Another name's HTTPS works: an echo service answered, and one of them
/// is asked over https (a plain-http echo says nothing about TLS).
pub fn control_https_ok(any_https_echo: bool, echoed: bool) -> bool {
    any_https_echo && echoed
}

/// The families with a route, from the routes to the target's addresses.
pub fn routable(routes: &[RouteUse]) -> Routable {
    let has = |v4: bool| routes.iter().any(|r| r.target.is_ipv4() == v4);
    Routable {
        ipv4: has(true),
        ipv6: has(false),
    }
}

/// The name servers' answers with the system's own lookup of the target.
pub fn with_system(dns: Option<DnsFacts>, system: Option<Vec<IpAddr>>) -> Option<DnsFacts> {
    dns.map(|d| DnsFacts { system, ..d })
}

/// The plan for a one-off check: both families when both have a route.
pub fn check_plan(routes: &[RouteUse]) -> ProbePlan {
    FamilyScheduler::default().plan(routable(routes), true, 2)
}
