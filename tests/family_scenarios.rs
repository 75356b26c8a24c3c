//! IPv4 and IPv6 in the monitor, in simulated time: both families at
//! start-up, after a network change and while a problem stands; one at a
//! time, alternating, when all is well; the budget holds either way.

mod common;

use blockwatch::core::diagnose::Evidence;
use blockwatch::core::local::families::Family;
use blockwatch::core::local::family_plan::ProbePlan;
use blockwatch::core::monitor::Action;
use blockwatch::core::site::verdict::VerdictKind;
use common::sim::*;

fn dual() -> World {
    World::dual_stack()
}

#[test]
fn both_at_start_then_alternating_when_healthy() {
    let mut sim = Sim::new(dual());
    sim.run_until(2 * HOUR);
    let plans: Vec<ProbePlan> = sim.plans.iter().map(|(_, p)| *p).collect();
    assert_eq!(plans[0], ProbePlan::Both, "{plans:?}");
    let singles: Vec<ProbePlan> = plans[1..6].to_vec();
    assert_eq!(
        singles,
        vec![
            ProbePlan::One(Family::Ipv6),
            ProbePlan::One(Family::Ipv4),
            ProbePlan::One(Family::Ipv6),
            ProbePlan::One(Family::Ipv4),
            ProbePlan::One(Family::Ipv6)
        ]
    );
    // The steady rate does not double.
    let last_hour = sim.probes_between(HOUR, 2 * HOUR);
    assert!(last_hour <= 13, "{last_hour}");
}

#[test]
fn both_after_a_network_change_and_while_a_problem_stands() {
    let mut sim = Sim::new(dual());
    sim.run_until(HOUR);
    let before = sim.plans.len();
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(MIN);
    assert_eq!(
        sim.plans[before].1,
        ProbePlan::Both,
        "{:?}",
        &sim.plans[before..]
    );

    // A standing block: the re-checks ask over both families as long as
    // the budget has room for two requests, one family when it has not;
    // the budget is never exceeded.
    let t = sim.now.mono;
    let (home, home6, vpn) = (sim.w.home_ip, sim.w.home_ip6, sim.w.vpn_ip);
    sim.w.blocked.extend([home, home6, vpn]);
    sim.run_for(3 * HOUR);
    let during: Vec<ProbePlan> = sim
        .plans
        .iter()
        .filter(|(at, _)| *at > t)
        .map(|(_, p)| *p)
        .collect();
    assert!(during.contains(&ProbePlan::Both), "{during:?}");
    assert!(sim.target_requests_in_any_hour() <= 20);

    // With room in the budget, every re-check of the problem is over both.
    let mut s = settings();
    s.budget_per_hour = 60;
    let mut sim = Sim::with(dual(), s, None);
    sim.run_until(HOUR);
    let t = sim.now.mono;
    let (home, home6) = (sim.w.home_ip, sim.w.home_ip6);
    sim.w.blocked.extend([home, home6]);
    sim.run_for(HOUR);
    let during: Vec<ProbePlan> = sim
        .plans
        .iter()
        .filter(|(at, _)| *at > t)
        .map(|(_, p)| *p)
        .skip(1) // the scheduled probe that found it
        .collect();
    assert!(during.len() >= 3, "{during:?}");
    assert!(during.iter().all(|p| *p == ProbePlan::Both), "{during:?}");
}

#[test]
fn the_budget_holds_with_both_families_on_a_flapping_link() {
    let mut sim = Sim::new(dual());
    sim.flap_for_three_hours();
    let most = sim.target_requests_in_any_hour();
    assert!(most <= 20, "{most}");
}

#[test]
fn a_single_family_network_probes_once() {
    let mut sim = Sim::new(World::new());
    sim.run_until(HOUR);
    assert!(sim
        .plans
        .iter()
        .all(|(_, p)| *p == ProbePlan::Only(Family::Ipv4)));
}

/// The daemon's probes carry no trace: the trace that follows a block asks
/// over both families when both were probed, so each family's `site_sees`
/// is known (and counted in the budget, two requests).
#[test]
fn a_block_on_one_family_traces_each_family() {
    let mut sim = Sim::new(dual());
    sim.run_for(MIN);
    assert!(sim.trace_plans.is_empty(), "{:?}", sim.trace_plans);
    // The VPN carries IPv4; IPv6 leaves from home, and home's IPv6 is refused.
    sim.network_change(|w| w.vpn_up = true);
    let home6 = sim.w.home_ip6;
    sim.w.blocked.insert(home6);
    sim.run_for(5 * MIN);
    assert_eq!(
        sim.trace_plans.first().map(|(_, p)| *p),
        Some(ProbePlan::Both),
        "{:?}",
        sim.trace_plans
    );
    let view = sim.m.view();
    let a = view.assessment.expect("an assessment");
    let fams = &a.facts.families;
    let v4 = fams.ipv4.as_ref().expect("ipv4 probed");
    let v6 = fams.ipv6.as_ref().expect("ipv6 probed");
    assert_eq!(v4.site_sees, Some(sim.w.vpn_ip));
    assert_eq!(v6.site_sees, Some(home6));
    assert_eq!(v6.verdict.kind, VerdictKind::Blocked);
    assert_eq!(v4.verdict.kind, VerdictKind::Reachable);
    assert_eq!(a.facts.families.split(), Some((Family::Ipv6, Family::Ipv4)));
    assert!(
        a.diagnosis.evidence.contains(&Evidence::FamilySees {
            ipv4: sim.w.vpn_ip,
            ipv6: home6
        }),
        "{:?}",
        a.diagnosis.evidence
    );
    // Both traces count: the hour never holds more than the budget.
    assert!(sim.target_requests_in_any_hour() <= 20);

    // Another network: what the site saw over each family is forgotten.
    let traces_before = sim.trace_plans.len();
    sim.network_change(|w| {
        w.vpn_up = false;
        w.blocked.clear();
    });
    sim.run_for(MIN);
    let a = sim.m.view().assessment.expect("an assessment");
    assert!(
        [&a.facts.families.ipv4, &a.facts.families.ipv6]
            .into_iter()
            .flatten()
            .all(|r| r.site_sees.is_none()),
        "{:?}",
        a.facts.families
    );
    assert_eq!(
        sim.trace_plans.len(),
        traces_before,
        "no trace when healthy"
    );
}

/// A block on the family the browser does not use, seen again at every
/// other scheduled probe, is no news: the browser's family's standing
/// result stays the verdict, so the steady rate and the verdict hold.
#[test]
fn a_known_block_on_the_other_family_keeps_the_steady_rate() {
    let mut w = dual();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_until(3 * HOUR);
    let last = sim.probes_between(2 * HOUR, 3 * HOUR);
    assert!(last <= 13, "{last} requests in the third hour");
    let kinds: Vec<VerdictKind> = sim
        .verdicts
        .iter()
        .filter(|(at, ..)| *at > HOUR)
        .map(|(_, k, ..)| *k)
        .collect();
    assert!(
        kinds.iter().all(|k| *k == VerdictKind::Reachable),
        "{kinds:?}"
    );
    assert!(sim.notices.is_empty());
    // The split is still known and shown.
    let a = sim.m.view().assessment.expect("an assessment");
    assert_eq!(a.facts.families.split(), Some((Family::Ipv4, Family::Ipv6)));
    // Each scheduled probe still asks one family, in turn.
    let singles = sim
        .plans
        .iter()
        .filter(|(at, _)| *at > HOUR)
        .filter(|(_, p)| matches!(p, ProbePlan::One(_)))
        .count();
    assert!(singles >= 20, "{:?}", sim.plans);
}

/// Name server answers from the network before a change are not facts
/// about the next one, however late they arrive.
#[test]
fn dns_answers_from_an_old_network_are_dropped() {
    use blockwatch::core::monitor::Input;
    use blockwatch::core::names::dns::DnsFacts;
    let mut sim = Sim::new(dual());
    sim.run_for(MIN);
    let old = sim.last_probe_gen;
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(MIN);
    let now = sim.now;
    let late = Input::Probe {
        gen: old,
        result: Box::new(sim.answer_with_dns(DnsFacts::default())),
    };
    let actions = sim.m.handle(late, now);
    assert!(actions.iter().all(|a| !matches!(a, Action::Notify(_))));
    sim.run_for(10 * MIN);
    let a = sim.m.view().assessment.expect("an assessment");
    assert_eq!(a.facts.dns, None);
    // This network's answers are kept.
    let current = sim.last_probe_gen;
    let now = sim.now;
    sim.m.handle(
        Input::Probe {
            gen: current,
            result: Box::new(sim.answer_with_dns(DnsFacts::default())),
        },
        now,
    );
    sim.run_for(10 * MIN);
    let a = sim.m.view().assessment.expect("an assessment");
    assert_eq!(a.facts.dns, Some(DnsFacts::default()));
}
