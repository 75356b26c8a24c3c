//! "ChatGPT works in my browser" in the monitor, in simulated time: the
//! block the user vouched against is shown as healthy and never notified
//! again (reminders included), until the address, the VPN or the answer
//! changes; both user statements reach the history; the mark survives a
//! restart.

mod common;

use blockwatch::core::diagnose::Cause;
use blockwatch::core::monitor::{Input, Light, NoticeKind, Record};
use blockwatch::core::probe_only::Forgotten;
use common::sim::*;

fn blocked_home() -> Sim {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut s = settings();
    // Reminders every 6 h would repeat the notification without the mark.
    s.reminder = Some(6 * HOUR);
    Sim::with(w, s, None)
}

fn problems_since(sim: &Sim, t: std::time::Duration) -> usize {
    sim.notices_since(t)
        .iter()
        .filter(|n| n.kind == NoticeKind::Problem)
        .count()
}

fn works(sim: &mut Sim) -> std::time::Duration {
    let t = sim.now.mono;
    sim.handle(Input::BrowserWorks);
    t
}

#[test]
fn the_mark_silences_that_block_for_a_day() {
    let mut sim = blocked_home();
    sim.run_for(MIN);
    assert_eq!(problems_since(&sim, std::time::Duration::ZERO), 1);
    assert!(sim.m.view().problem);
    assert_eq!(sim.m.view().light, Light::Blocked);

    let t = works(&mut sim);
    let said = sim
        .records
        .iter()
        .find_map(|(_, r)| match r {
            Record::BrowserWorks {
                cause,
                cloudflare_code,
                site_sees,
            } => Some((*cause, *cloudflare_code, *site_sees)),
            _ => None,
        })
        .expect("the statement is in the history");
    assert_eq!(
        said,
        (
            Some(Cause::PublicIpBlocked),
            Some(1020),
            Some(ip("203.0.113.7"))
        )
    );
    let v = sim.m.view();
    assert_eq!(v.light, Light::Reachable);
    assert!(!v.problem, "no \"works in my browser\" item once said");

    sim.run_for(24 * HOUR);
    assert_eq!(problems_since(&sim, t), 0, "re-notified despite the mark");
    assert_eq!(sim.m.view().light, Light::Reachable);
    // The block is still watched (backing off to the interval), not ignored.
    let probes = sim.probes_between(t + HOUR, t + 2 * HOUR);
    assert!((10..=13).contains(&probes), "{probes} probes an hour");
    let cause = sim.m.view().assessment.unwrap().diagnosis.cause;
    assert_eq!(cause, Cause::ProbeRefused);

    // Control: without the mark the reminders come.
    let mut control = blocked_home();
    control.run_for(24 * HOUR + MIN);
    assert!(problems_since(&control, std::time::Duration::ZERO) >= 4);
}

#[test]
fn a_new_address_clears_it() {
    let mut sim = blocked_home();
    sim.run_for(MIN);
    works(&mut sim);
    sim.run_for(2 * HOUR);
    // The provider hands out a new address, refused as well.
    let t = sim.now.mono;
    sim.w.home_ip = ip("203.0.113.50");
    sim.w.blocked.insert(ip("203.0.113.50"));
    sim.run_for(15 * MIN);
    assert!(
        sim.records.iter().any(|(at, r)| *at >= t
            && *r
                == Record::ProbeOnlyForgotten {
                    why: Forgotten::Address
                }),
        "{:?}",
        sim.records
    );
    assert_eq!(sim.m.view().light, Light::Blocked);
    assert!(sim.m.view().problem);
    let n = sim.notices_since(t);
    assert_eq!(
        n.len(),
        1,
        "{:?}",
        n.iter().map(|n| &n.title).collect::<Vec<_>>()
    );
    assert_eq!(n[0].cause, Cause::PublicIpBlocked);
}

#[test]
fn a_vpn_change_or_another_answer_clears_it() {
    let mut sim = blocked_home();
    sim.run_for(MIN);
    works(&mut sim);
    sim.run_for(HOUR);
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(MIN);
    assert!(sim.records.iter().any(|(_, r)| *r
        == Record::ProbeOnlyForgotten {
            why: Forgotten::Vpn
        }));

    // Unblocked: the verdict kind changes.
    let mut sim = blocked_home();
    sim.run_for(MIN);
    works(&mut sim);
    sim.run_for(HOUR);
    sim.w.blocked.clear();
    sim.run_for(HOUR);
    assert!(sim.records.iter().any(|(_, r)| *r
        == Record::ProbeOnlyForgotten {
            why: Forgotten::Verdict
        }));
    assert_eq!(sim.m.view().light, Light::Reachable);
    // Blocked again later: a new problem, notified.
    let t = sim.now.mono;
    let home = sim.w.home_ip;
    sim.w.blocked.insert(home);
    sim.run_for(HOUR);
    assert_eq!(problems_since(&sim, t), 1);
}

#[test]
fn the_mark_survives_a_restart() {
    let mut sim = blocked_home();
    sim.run_for(MIN);
    works(&mut sim);
    sim.run_for(MIN);
    let saved = sim.persisted.clone().unwrap();
    assert!(saved.probe_only.is_some());
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut again = Sim::with(w, settings(), Some(saved));
    again.run_for(6 * HOUR);
    assert_eq!(problems_since(&again, std::time::Duration::ZERO), 0);
    assert_eq!(again.m.view().light, Light::Reachable);
}

#[test]
fn statements_without_a_problem_are_recorded_and_change_nothing() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    works(&mut sim);
    sim.handle(Input::CheckNow {
        browser_blocked: true,
    });
    sim.run_for(MIN);
    assert!(sim.records.iter().any(|(_, r)| *r
        == Record::BrowserWorks {
            cause: None,
            cloudflare_code: None,
            site_sees: None
        }));
    assert!(sim
        .records
        .iter()
        .any(|(_, r)| *r == Record::BrowserBlocked));
    assert!(sim.persisted.as_ref().unwrap().probe_only.is_none());
    // A block after that is notified as usual.
    let t = sim.now.mono;
    let home = sim.w.home_ip;
    sim.w.blocked.insert(home);
    sim.run_for(HOUR);
    assert_eq!(problems_since(&sim, t), 1);
}
