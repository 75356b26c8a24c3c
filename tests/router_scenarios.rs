//! The router in the monitor, in simulated time: when the router is asked
//! (start, network change, a home-address block; never on a timer while all
//! is well), what a shared address does to the notification, and the
//! reconnect watch (the same address, or a new one in the same /24).

mod common;

use blockwatch::core::diagnose::FixId;
use blockwatch::core::local::router::{Protocol, RouterFacts};
use blockwatch::core::monitor::Input;
use common::sim::*;
use std::time::Duration;

fn cgnat_router() -> RouterFacts {
    RouterFacts {
        found: true,
        protocol: Some(Protocol::Upnp),
        wan_address: Some("100.64.12.34".parse().unwrap()),
        name: Some("FRITZ!Box 7590".into()),
        status: Some("Connected".into()),
        gateway: Some("192.168.178.1".parse().unwrap()),
        ..RouterFacts::default()
    }
}

fn asks_between(sim: &Sim, a: Duration, b: Duration) -> usize {
    sim.router_asks.iter().filter(|&&t| t >= a && t < b).count()
}

#[test]
fn the_router_is_asked_at_start_on_a_network_change_and_on_a_home_block_only() {
    let mut w = World::new();
    w.router = Some(cgnat_router());
    let mut sim = Sim::new(w);
    sim.run_until(3 * HOUR);
    // Once at start, never on a timer while all is well.
    assert_eq!(sim.router_asks.len(), 1, "{:?}", sim.router_asks);
    assert!(sim.router_asks[0] < Duration::from_secs(1));
    let probes = sim.probes.len();
    // A network change asks again (once the route is back).
    sim.network_change(|w| w.lan_ip = ip("192.168.1.21"));
    sim.run_for(MIN);
    assert_eq!(asks_between(&sim, 3 * HOUR, 3 * HOUR + MIN), 1);
    // A block of the home address asks once, while it stands; a block
    // seen right after a start or a network change is answered by the ask
    // those made (the router_restart tests below start blocked: one ask).
    let t = sim.now.mono;
    let home = sim.w.home_ip;
    sim.w.blocked.insert(home);
    sim.run_for(HOUR);
    assert_eq!(asks_between(&sim, t, t + HOUR), 1, "{:?}", sim.router_asks);
    // Offline: nothing; back: asked again.
    let t = sim.now.mono;
    sim.network_change(|w| w.online = false);
    sim.run_for(10 * MIN);
    assert_eq!(asks_between(&sim, t, t + 10 * MIN), 0);
    sim.network_change(|w| w.online = true);
    sim.run_for(MIN);
    assert!(asks_between(&sim, t + 10 * MIN, t + 11 * MIN) >= 1);
    // Asking the router is not a request to the site.
    assert!(sim.probes.len() > probes);
    assert!(sim.target_requests_in_any_hour() <= 20);
}

#[test]
fn a_shared_address_is_told_in_the_notification_without_a_restart() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    w.router = Some(cgnat_router());
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    let n = &sim.notices[0].1;
    assert_eq!(n.fixes, vec![FixId::UseOtherNetwork, FixId::ContactIsp]);
    assert_eq!(
        n.body,
        "Your provider shares this address with other customers; restarting the router will not change it. Try another network, such as your phone's hotspot."
    );
    let r = n.report.network.router.as_ref().expect("network.router");
    assert_eq!(r.shared_address, Some(true));
    assert!(n
        .report
        .diagnosis
        .evidence
        .iter()
        .any(|e| e.contains("100.64.12.34") && e.contains("carrier-grade NAT")));
}

#[test]
fn a_router_holding_the_address_keeps_the_restart_first() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut r = cgnat_router();
    r.wan_address = Some("203.0.113.7".parse().unwrap());
    r.line = Some(blockwatch::core::local::router::Line::Ppp);
    w.router = Some(r);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    let n = &sim.notices[0].1;
    assert_eq!(n.fixes[0], FixId::RestartRouter);
    assert_eq!(n.body, "Restart your router to get a new address.");
    let steps = &n.report.diagnosis.steps[0].steps;
    assert!(steps[0].contains("DSL"), "{steps:?}");
    assert_eq!(
        n.report.network.router.as_ref().unwrap().shared_address,
        Some(false)
    );
}

#[test]
fn an_answer_from_the_last_network_is_dropped() {
    let mut w = World::new();
    w.router = Some(cgnat_router());
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    let gen_then = sim.last_probe_gen;
    sim.network_change(|w| w.lan_ip = ip("10.0.0.5"));
    sim.run_for(MIN);
    let mut stale = cgnat_router();
    stale.name = Some("old network's router".into());
    sim.handle(Input::Router {
        gen: gen_then,
        router: Box::new(Some(stale)),
    });
    let a = sim.m.view().assessment.unwrap();
    assert_eq!(
        a.facts.router.and_then(|r| r.name).as_deref(),
        Some("FRITZ!Box 7590")
    );
}

#[test]
fn router_restart_with_a_new_address_in_the_same_range_says_so() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    // Cloudflare refuses the whole /24.
    w.blocked.insert(ip("203.0.113.99"));
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    sim.network_change(|w| w.online = false);
    sim.run_for(5 * MIN);
    sim.network_change(|w| {
        w.online = true;
        w.home_ip = ip("203.0.113.99");
    });
    sim.run_for(MIN);
    let titles: Vec<_> = sim.notices.iter().map(|n| n.1.title.clone()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    let n = &sim.notices[1].1;
    assert_eq!(n.title, "Your new address is in the same range");
    assert!(
        n.body.contains("203.0.113.99") && n.body.contains("203.0.113.7"),
        "{}",
        n.body
    );
    assert!(
        n.report
            .diagnosis
            .evidence
            .iter()
            .any(|e| e.contains("same /24")),
        "{:?}",
        n.report.diagnosis.evidence
    );
    // Said once.
    sim.run_for(2 * HOUR);
    assert_eq!(sim.notices.len(), 2);
}

#[test]
fn a_new_address_in_another_range_is_not_a_same_range_notice() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    w.blocked.insert(ip("198.51.100.5"));
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    sim.network_change(|w| w.online = false);
    sim.run_for(5 * MIN);
    sim.network_change(|w| {
        w.online = true;
        w.home_ip = ip("198.51.100.5");
    });
    sim.run_for(MIN);
    assert!(
        !sim.notices
            .iter()
            .any(|n| n.1.title.contains("same range") || n.1.title.contains("did not change")),
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
}

#[test]
fn a_block_seen_at_start_needs_no_second_question() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    w.router = Some(cgnat_router());
    let mut sim = Sim::new(w);
    sim.run_for(HOUR);
    assert_eq!(sim.router_asks.len(), 1, "{:?}", sim.router_asks);
}
