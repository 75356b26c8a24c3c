//! How soon a change is told, in simulated time: a block after a network
//! change is confirmed at once on a new connection (the probe already
//! waited for the routes to settle), a new public address is read at once
//! after the change that brought it, and the false-alarm guarantees hold.

mod common;

use blockwatch::core::monitor::NoticeKind;
use blockwatch::core::site::verdict::VerdictKind;
use common::sim::*;
use std::time::Duration;

/// When the first notice of `kind` came after `t`, as time since `t`.
fn told_after(sim: &Sim, t: Duration, kind: NoticeKind) -> Option<Duration> {
    sim.notices
        .iter()
        .find(|(at, n)| *at >= t && n.kind == kind)
        .map(|(at, _)| *at - t)
}

#[test]
fn a_block_after_a_network_change_is_told_within_a_second() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    let mut sim = Sim::new(w);
    sim.run_until(10 * MIN);
    let t = sim.now.mono;
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(MIN);
    let after = told_after(&sim, t, NoticeKind::Problem).expect("a problem notice");
    assert!(after < Duration::from_secs(1), "{after:?}");
    // Two requests told it: the probe and its confirmation.
    assert_eq!(sim.probes_between(t, t + Duration::from_secs(2)), 2);

    let t = sim.now.mono;
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(MIN);
    let after = told_after(&sim, t, NoticeKind::Resolved).expect("a resolved notice");
    assert!(after < Duration::from_secs(1), "{after:?}");
}

/// The address lookup after the change answers before the probe does: the
/// new address asks for a probe of its own (spaced after network events),
/// which must not hold back the confirmation the probe asks for.
#[test]
fn a_fast_address_lookup_does_not_delay_the_confirmation() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.echo_latency = Duration::from_millis(20);
    let mut sim = Sim::new(w);
    sim.run_until(10 * MIN);
    let t = sim.now.mono;
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(MIN);
    let after = told_after(&sim, t, NoticeKind::Problem).expect("a problem notice");
    assert!(after < Duration::from_secs(1), "{after:?}");
}

#[test]
fn a_new_address_is_named_in_the_resolved_notice_within_two_seconds() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_until(10 * MIN);
    assert_eq!(sim.notices.len(), 1);
    let t = sim.now.mono;
    sim.network_change(|w| w.home_ip = ip("203.0.113.80"));
    sim.run_for(MIN);
    let after = told_after(&sim, t, NoticeKind::Resolved).expect("a resolved notice");
    assert!(after < Duration::from_secs(2), "{after:?}");
    let (_, n) = sim.notices.last().unwrap();
    assert!(n.body.contains("203.0.113.80"), "{}", n.body);
}

#[test]
fn one_bad_answer_after_a_change_is_still_not_told() {
    use blockwatch::core::site::verdict::{HttpResponse, ProbeOutcome};
    let mut sim = Sim::new(World::new());
    sim.run_until(10 * MIN);
    let t = sim.now.mono;
    // The first answer after the VPN comes up is a 1020 from a bad edge;
    // the confirming request, on a new connection, is not refused.
    let refusal = HttpResponse::new(403, &[("server", "cloudflare")], "error code: 1020");
    sim.network_change(|w| {
        w.vpn_up = true;
        w.glitches.push(ProbeOutcome::Response(refusal));
    });
    sim.run_for(HOUR);
    assert_eq!(
        sim.first_verdict_after(t).map(|v| v.1),
        Some(VerdictKind::Blocked)
    );
    assert!(sim.notices.is_empty(), "{}", sim.notices.len());
}

#[test]
fn a_flapping_link_does_not_make_the_address_lookups_a_loop() {
    let mut sim = Sim::new(World::new());
    sim.flap_for_three_hours();
    // A change every 10 s: at most one lookup per change and its
    // confirmation, never one a second.
    let per_hour = sim.ip_lookups.len() as f64 / 3.0;
    assert!(per_hour <= 2.0 * 360.0 + 60.0, "{per_hour} lookups an hour");
}

/// The VPN goes, and comes back a few seconds later. The new address read
/// after the first change was already seen by that change's probe: no
/// second probe for it may hold back the probe of the next change (it
/// did, by the 5 s spacing of network-triggered probes: 4 s late).
#[test]
fn a_change_soon_after_another_is_told_at_once() {
    for echo in [0, 20, 200] {
        let mut w = World::new();
        w.blocked.insert(w.vpn_ip);
        w.echo_latency = Duration::from_millis(echo);
        let mut sim = Sim::new(w);
        sim.run_until(10 * MIN);
        sim.network_change(|w| w.vpn_up = true);
        sim.run_for(MIN);
        sim.network_change(|w| w.vpn_up = false);
        sim.run_for(Duration::from_secs(6));
        let t = sim.now.mono;
        sim.network_change(|w| w.vpn_up = true);
        sim.run_for(MIN);
        let after = told_after(&sim, t, NoticeKind::Problem).expect("a problem notice");
        assert!(after < Duration::from_secs(1), "echo {echo} ms: {after:?}");
    }
}
