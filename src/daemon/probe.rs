//! One probe as the daemon sends it: each family the plan names, the name
//! servers beside it (they cost the site nothing), the browser scan when it
//! is due, and the results handed to the machine in the order it expects
//! (local facts, DNS, families, then the verdict). And the traces, one per
//! family the plan names.

use super::LocalReader;
use crate::adapters::http::{Family, Http};
use crate::check;
use crate::config::Config;
use crate::core::family_plan::ProbePlan;
use crate::core::monitor::Input;
use crate::core::trace::Trace;
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
            Some(check::browsers(cfg, limit).await)
        } else {
            None
        }
    };
    // The name servers are asked with every probe (they cost the site
    // nothing), so a new filter is seen at once.
    let (probed, (dns, routes), found) = tokio::join!(
        check::probe_families(
            cfg,
            http,
            plan,
            false,
            Instant::now() + limit + Duration::from_millis(500)
        ),
        async {
            let resolved = check::resolve_target(cfg, limit).await;
            let targets = resolved.clone().unwrap_or_default();
            let routes =
                crate::adapters::net::routes(&targets, &crate::adapters::net::interfaces());
            (check::dns_facts(cfg, limit, resolved).await, routes)
        },
        browsers
    );
    if let Some(found) = found {
        let _ = tx.send(Input::Browsers(found));
    }
    let proxy_now = crate::adapters::proxy::for_target(&cfg.target.url.0).map(|p| p.shown());
    let proxy = (proxy_now.as_deref()).is_some_and(crate::core::proxy::carries_requests);
    // A cut handshake: does another name's HTTPS work? (An echo service,
    // not the site: it costs the budget nothing.)
    let control = probed.iter().any(|p| check::is_handshake_reset(&p.outcome)) && {
        let urls = &cfg.public_ip.echo_urls;
        let (v4, v6) = tokio::join!(http.echo(urls, Family::V4), http.echo(urls, Family::V6));
        check::control_https_ok(cfg, v4.is_some() || v6.is_some())
    };
    let (verdict, chosen, families) =
        check::judge_families(cfg, &probed, &routes, dns.as_ref(), proxy, control);
    // Connected elsewhere than the route was read for, or the system's proxy
    // changed (no network event says so): the facts must be about the way
    // the probe really went.
    let connected = probed[chosen].connected_to.map(|a| a.ip());
    let mut reader = local.lock().await;
    let moved = connected.is_some() && connected != reader.connected;
    if moved || proxy_now != reader.proxy {
        reader.connected = connected.or(reader.connected);
        let snapshot = reader.read(cfg).await;
        let _ = tx.send(Input::Local { gen, snapshot });
    }
    drop(reader);
    if let Some(dns) = dns {
        let _ = tx.send(Input::Dns {
            gen,
            dns: Box::new(dns),
        });
    }
    let _ = tx.send(Input::Families {
        gen,
        families: Box::new(families),
        family: probed[chosen].family,
    });
    tracing::info!(kind = %verdict.kind, status = ?verdict.http_status, "probe");
    let _ = tx.send(Input::Probe { gen, verdict });
}

/// The trace over each family the plan names (those that answered).
pub(super) async fn traces(cfg: &Config, http: &Http, plan: ProbePlan) -> Vec<Trace> {
    let url = cfg.target.trace_url.as_str();
    let traces = match plan {
        ProbePlan::Both => {
            let (v4, v6) = tokio::join!(
                http.trace_via(url, Some(Family::V4)),
                http.trace_via(url, Some(Family::V6))
            );
            vec![v4, v6]
        }
        ProbePlan::One(f) => vec![http.trace_via(url, Some(f.into())).await],
        ProbePlan::Only(_) | ProbePlan::Os => vec![http.trace(url).await],
    };
    traces.into_iter().flatten().collect()
}
