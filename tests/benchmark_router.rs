//! The router step's numbers, in the router lab (network namespaces, needs
//! root): the whole step (SSDP, description, SOAP, NAT-PMP) against
//! miniupnpd and against the FRITZ!Box-like fake, the step when nothing
//! answers, and a check with and without it. Asserts nothing about speed;
//! run on a release build and read the lines:
//!
//!     cargo test --release --test benchmark_router -- --ignored --nocapture --test-threads 1
// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use common::routerworld::*;
use common::*;
use std::time::Duration;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The router step from the host's namespace, `n` times.
fn steps(w: &RouterWorld, n: usize) -> Vec<Duration> {
    w.ask_router(n).into_iter().map(|(_, took)| took).collect()
}

fn line(what: &str, v: Vec<Duration>) {
    let (min, max) = (*v.iter().min().unwrap(), *v.iter().max().unwrap());
    println!(
        "{what:<44} median {:>7.1} ms  (min {:.1}, max {:.1}, {} runs)",
        median(v.clone()).as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
        v.len()
    );
}

#[test]
#[ignore]
fn router_step() {
    if !is_root() {
        eprintln!("skipped: network namespaces need root");
        return;
    }
    for wan in [Wan::Public, Wan::Cgnat] {
        let mut w = router_world(wan);
        w.start_miniupnpd();
        line(
            &format!("router step, miniupnpd, {wan:?} WAN"),
            steps(&w, 10),
        );
    }
    let w = router_world(Wan::Cgnat);
    let igd = w.fake_igd(common::fakeigd::Igd::fritz("100.64.12.34"));
    line("router step, FRITZ!Box-like fake IGD", steps(&w, 10));
    drop(igd);
    let w = router_world(Wan::Public);
    line("router step, no UPnP and no NAT-PMP", steps(&w, 10));

    // A whole check with the router step, and with a target it is not asked for.
    let mut w = router_world(Wan::Public);
    w.start_miniupnpd();
    w.refuse_home();
    let s = Scratch::new();
    let with: Vec<Duration> = (0..10).map(|_| w.check(&s, &[]).elapsed).collect();
    line("check --json, router asked (miniupnpd)", with);
    let cfg = w.plain_config(&s);
    let without: Vec<Duration> = (0..10)
        .map(|_| {
            s.run_in(
                &w.host,
                &["--config", cfg.to_str().unwrap(), "check", "--json"],
                &[],
                Duration::from_secs(30),
            )
            .elapsed
        })
        .collect();
    line("check --json, router not asked", without);
}
