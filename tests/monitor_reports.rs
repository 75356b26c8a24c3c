//! What the monitor reports about a check, in simulated time: the time it
//! gives a check, and what it names as the fix when access comes back.

mod common;

use common::sim::*;
use std::time::Duration;

const SEC: Duration = Duration::from_secs(1);

#[test]
fn the_assessment_keeps_the_time_of_its_probe() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    // Run until an address lookup has come back after the last probe.
    let mut guard = 0;
    while sim.ip_lookups.last() <= sim.probes.last() {
        sim.run_for(10 * SEC);
        guard += 1;
        assert!(guard < 100, "no lookup after the last probe");
    }
    sim.run_for(SEC);
    assert!(sim.ip_lookups.last() > sim.probes.last());
    let view = sim.m.view();
    let checked = view.last_check_wall_ms.expect("a check");
    let a = view.assessment.expect("an assessment");
    assert_eq!(a.checked_at_wall_ms, checked);
    assert!(checked < sim.now.wall_ms - 500);
}

#[test]
fn a_quick_change_of_address_is_named_in_the_resolved_notice() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(2 * MIN);
    assert_eq!(sim.notices.len(), 1, "the block is notified");
    // Right after an address lookup, so the next one waits its spacing.
    let lookups = sim.ip_lookups.len();
    let mut guard = 0;
    while sim.ip_lookups.len() == lookups {
        sim.run_for(SEC);
        guard += 1;
        assert!(guard < 1000, "no further lookup");
    }
    sim.run_for(SEC);
    let t_change = sim.now.mono;
    // The router restarts quickly: a new lease on the LAN, a new public
    // address, and no time offline.
    sim.network_change(|w| {
        w.home_ip = ip("203.0.113.99");
        w.lan_ip = ip("192.168.1.21");
    });
    sim.run_for(MIN);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(
        last.body,
        "Access is back after your address changed from 203.0.113.7 to 203.0.113.99."
    );
    // It waited for the lookup, a few seconds at most.
    let (at, _) = sim.notices.last().unwrap();
    assert!(*at - t_change < 15 * SEC, "{:?}", *at - t_change);
}

#[test]
fn a_status_page_not_read_for_this_answer_is_not_called_unreadable() {
    let mut w = World::new();
    w.site_down = true;
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert!(
        !sim.status_checks.is_empty(),
        "an outage asks the status page"
    );
    sim.w.site_down = false;
    sim.run_for(30 * MIN);
    let a = sim.m.view().assessment.expect("an assessment");
    let report =
        blockwatch::present::Report::build(blockwatch::present::Tr::english(), &a, &frame());
    let ev = &report.diagnosis.evidence;
    assert!(
        !ev.iter().any(|e| e.contains("could not be read")),
        "{ev:?}"
    );
    assert!(ev.iter().any(|e| e.contains("not needed")), "{ev:?}");
}
