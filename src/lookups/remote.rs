//! What the network says: the probe over each family the plan names (with
//! its trace where asked), the daemon's traces, the echo services over both
//! families, and the browser profiles read beside them. Each is bounded in
//! time; a failure is a value.

use crate::adapters::browsers as scan;
use crate::adapters::http::Http;
use crate::config::Config;
use crate::core::browsers::ProfileFindings;
use crate::core::local::families::Family;
use crate::core::local::family_plan::ProbePlan;
use crate::core::probe::{self, Answer};
use crate::core::site::trace::Trace;
use crate::core::site::verdict::{FailureKind, ProbeOutcome, TransportFailure};
use std::net::IpAddr;
use std::time::Duration;
use tokio::time::{timeout, timeout_at, Instant};

/// Probe (and trace) over the families the plan names: each family apart
/// when both have a route (they can take different paths).
/// `traces`: also ask each family's trace (a request more each; the daemon
/// asks the trace apart, only when it can change the answer).
pub async fn probe_families(
    cfg: &Config,
    http: &Http,
    plan: ProbePlan,
    traces: bool,
    deadline: Instant,
) -> Vec<Answer> {
    let held = plan.holds_family();
    let one = |family: Option<Family>| async move {
        let via = family.filter(|_| held);
        let trace = async {
            if traces {
                timeout_at(deadline, http.trace_via(cfg.target.trace_url.as_str(), via))
                    .await
                    .ok()
                    .flatten()
            } else {
                None
            }
        };
        let (probe, trace) = tokio::join!(
            timeout_at(deadline, http.probe_via(cfg.target.url.as_str(), via)),
            trace,
        );
        let (outcome, connected_to) = probe.unwrap_or_else(|_| {
            let detail = format!("no answer within {}s", cfg.target.timeout.0.as_secs());
            let kind = FailureKind::Timeout;
            (
                ProbeOutcome::Failed(TransportFailure { kind, detail }),
                None,
            )
        });
        Answer {
            family: family.or(connected_to.map(|a| Family::of(a.ip()))),
            outcome,
            connected_to,
            trace,
        }
    };
    over_families(plan, one).await
}

/// `one` for each family of the plan: two families side by side.
async fn over_families<T, F>(plan: ProbePlan, one: impl Fn(Option<Family>) -> F) -> Vec<T>
where
    F: std::future::Future<Output = T>,
{
    match plan.families().as_slice() {
        [a, b] => {
            let (a, b) = tokio::join!(one(*a), one(*b));
            vec![a, b]
        }
        families => {
            let mut out = Vec::new();
            for f in families {
                out.push(one(*f).await);
            }
            out
        }
    }
}

/// The trace over each family the plan names (those that answered).
pub async fn traces(cfg: &Config, http: &Http, plan: ProbePlan) -> Vec<Trace> {
    let url = cfg.target.trace_url.as_str();
    let held = plan.holds_family();
    let one = |f: Option<Family>| http.trace_via(url, f.filter(|_| held));
    let found = over_families(plan, one).await;
    found.into_iter().flatten().collect()
}

/// The public address over each family, from the echo services, each
/// within `limit` (one family's silence does not cost the other's answer).
pub async fn echo_both(
    cfg: &Config,
    http: &Http,
    limit: Duration,
) -> (Option<IpAddr>, Option<IpAddr>) {
    let urls = &cfg.public_ip.echo_urls;
    let (v4, v6) = tokio::join!(
        timeout(limit, http.echo(urls, Family::Ipv4)),
        timeout(limit, http.echo(urls, Family::Ipv6)),
    );
    (v4.ok().flatten(), v6.ok().flatten())
}

/// Another name's HTTPS works: an echo service answered, and one of them
/// is asked over https.
pub fn control_https_ok(cfg: &Config, echoed: bool) -> bool {
    let https = cfg
        .public_ip
        .echo_urls
        .iter()
        .any(|u| u.0.scheme() == "https");
    probe::control_https_ok(https, echoed)
}

/// The browser scan on a blocking thread; nothing (logged) if it fails or
/// takes longer than `limit`. It never fails the check.
pub async fn browsers(cfg: &Config, limit: Duration) -> Vec<ProfileFindings> {
    let host = cfg.target.url.host().to_string();
    match timeout(
        limit,
        tokio::task::spawn_blocking(move || scan::scan(&host)),
    )
    .await
    {
        Ok(Ok(found)) => found,
        Ok(Err(e)) => {
            tracing::debug!("browser scan failed: {e}");
            Vec::new()
        }
        Err(_) => {
            tracing::debug!("browser scan took too long");
            Vec::new()
        }
    }
}
