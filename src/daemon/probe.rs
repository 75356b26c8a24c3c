//! One probe as the daemon sends it: each family the plan names, the name
//! servers beside it (they cost the site nothing), the browser scan when it
//! is due, judged by the core and handed to the machine as one input.

use crate::adapters::dns;
use crate::adapters::http::Http;
use crate::adapters::net;
use crate::config::Config;
use crate::core::local::family_plan::ProbePlan;
use crate::core::local::proxy::carries_requests;
use crate::core::monitor::Input;
use crate::core::probe::{self, is_handshake_reset, RawProbe};
use crate::lookups::{self, LocalReader};
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::Mutex;
use tokio::time::Instant;

pub(super) async fn probe(
    cfg: &Config,
    http: &Http,
    local: &Mutex<LocalReader>,
    tx: &UnboundedSender<Input>,
    gen: u64,
    plan: ProbePlan,
    scan: bool,
) {
    let limit = cfg.target.timeout.0;
    let browsers = async {
        if scan {
            Some(lookups::browsers(cfg, limit).await)
        } else {
            None
        }
    };
    let deadline = Instant::now() + limit + Duration::from_millis(500);
    // The name servers are asked with every probe (they cost the site
    // nothing), so a new filter is seen at once.
    let (answers, (dns, system, routes), found) = tokio::join!(
        lookups::probe_families(cfg, http, plan, false, deadline),
        async {
            let system = lookups::resolve_target(cfg, limit).await;
            let targets = system.clone().unwrap_or_default();
            let routes = net::routes(&targets, &net::interfaces());
            (dns::gather(cfg, limit).await, system, routes)
        },
        browsers
    );
    // A cut handshake: does another name's HTTPS work? (An echo service,
    // not the site: it costs the budget nothing.)
    let control = answers.iter().any(|a| is_handshake_reset(&a.outcome)) && {
        let (v4, v6) = lookups::echo_both(cfg, http, limit).await;
        lookups::control_https_ok(cfg, v4.is_some() || v6.is_some())
    };
    let proxy = lookups::proxy(cfg);
    let mut result = probe::judge(RawProbe {
        answers,
        dns,
        system,
        routes,
        proxy: (proxy.as_deref()).is_some_and(carries_requests),
        control_https_ok: control,
        expect_cloudflare: cfg.target.expect_cloudflare,
    });
    // Connected elsewhere than the route was read for, or the system's proxy
    // changed (no network event says so): the facts must be about the way
    // the probe really went.
    let connected = result.connected.map(|a| a.ip());
    result.local = local.lock().await.read_for(cfg, connected, &proxy).await;
    result.browsers = found;
    tracing::info!(kind = %result.verdict.kind, status = ?result.verdict.http_status, "probe");
    let _ = tx.send(Input::Probe {
        gen,
        result: Box::new(result),
    });
}
