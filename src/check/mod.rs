//! `blockwatch check`: one complete check, every lookup at once and the
//! whole bounded in time, judged and diagnosed by the core.

use crate::adapters::http::Http;
use crate::adapters::{dns, net};
use crate::config::Config;
use crate::core::assessment::Assessment;
use crate::core::diagnose::{diagnose_says, UserSays};
use crate::core::local::proxy::carries_requests;
use crate::core::probe::{self, RawProbe};
use crate::lookups;
use std::net::IpAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::time::timeout;

pub mod act;

/// The whole check, every lookup concurrent. Ends within the configured
/// timeout plus a little, whatever the network does.
pub async fn run(cfg: &Config, http: &Http, says: UserSays) -> Assessment {
    let limit = cfg.target.timeout.0;
    let bounded = limit + Duration::from_millis(500);
    // The whole check keeps to one deadline, however slow the name lookup
    // before the probes is.
    let deadline = tokio::time::Instant::now() + bounded;
    let probing = async {
        let resolved = lookups::resolve_target(cfg, limit / 2).await;
        let interfaces = net::interfaces();
        let targets: Vec<IpAddr> = resolved.clone().unwrap_or_default();
        let routes = net::routes(&targets, &interfaces);
        let plan = probe::check_plan(&routes);
        let answers = lookups::probe_families(cfg, http, plan, true, deadline).await;
        (resolved, interfaces, answers)
    };
    let ((resolved, interfaces, answers), processes, (v4, v6), status, found, dns, router) = tokio::join!(
        probing,
        lookups::process_names(limit),
        lookups::echo_both(cfg, http, bounded),
        timeout(
            bounded,
            http.status(cfg.status_page.url.as_str(), &cfg.status_page.component)
        ),
        lookups::browsers(cfg, limit),
        dns::gather(cfg, limit),
        lookups::router(cfg),
    );
    let local = lookups::assemble(cfg, interfaces, resolved, processes);
    let result = probe::judge(RawProbe {
        answers,
        dns,
        system: local.resolved.clone(),
        routes: local.routes.clone(),
        proxy: (local.proxy.as_deref()).is_some_and(carries_requests),
        control_https_ok: lookups::control_https_ok(cfg, v4.is_some() || v6.is_some()),
        expect_cloudflare: cfg.target.expect_cloudflare,
    });
    let mut facts = local.facts(
        cfg,
        result.connected,
        result.trace,
        (v4, v6),
        Some(status.ok().flatten()),
    );
    facts.dns = result.dns;
    facts.families = result.families;
    facts.browsers = found;
    facts.router = router;
    let diagnosis = diagnose_says(&result.verdict, &facts, says);
    let mut assessment = Assessment {
        verdict: result.verdict,
        facts,
        diagnosis,
        checked_at_wall_ms: wall_ms(),
    };
    act::plan(cfg, &mut assessment).await;
    assessment
}

fn wall_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}
