//! The monitor's state machine in simulated time: hours of flapping links,
//! offline laptops, sleep, blocks that come and go, and rate limits, in
//! milliseconds.

mod common;

use blockwatch::core::diagnose::{Cause, FixId};
use blockwatch::core::monitor::{Event, Input, NoticeKind};
use blockwatch::core::site::verdict::VerdictKind;
use common::sim::*;
use std::collections::HashSet;
use std::time::Duration;

#[test]
fn steady_state_probes_about_twelve_times_an_hour_and_stays_quiet() {
    let started = std::time::Instant::now();
    let mut sim = Sim::new(World::new());
    sim.run_until(24 * HOUR);
    for h in 1..24 {
        let n = sim.probes_between(h * HOUR, (h + 1) * HOUR);
        assert!((10..=13).contains(&n), "hour {h}: {n} probes");
    }
    assert!(sim.notices.is_empty());
    assert!(sim.traces.is_empty(), "a healthy site needs no trace");
    assert!(sim.status_checks.is_empty());
    // Public IP looked up about every 5 minutes.
    let lookups = sim
        .ip_lookups
        .iter()
        .filter(|&&t| t >= HOUR && t < 2 * HOUR)
        .count();
    assert!((10..=14).contains(&lookups), "{lookups} IP lookups");
    // A day of simulated time costs milliseconds.
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn jitter_spreads_the_probes() {
    let mut sim = Sim::new(World::new());
    sim.run_until(3 * HOUR);
    let gaps: HashSet<u64> = sim
        .probes
        .windows(2)
        .map(|w| (w[1] - w[0]).as_secs())
        .collect();
    assert!(gaps.len() > 5, "gaps {gaps:?}");
    assert!(gaps.iter().all(|&g| (270..=330).contains(&g)), "{gaps:?}");
}

#[test]
fn vpn_block_notified_once_then_resolved_when_the_vpn_goes() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    let mut sim = Sim::new(w);
    sim.run_until(10 * MIN);
    assert!(sim.notices.is_empty());

    let t_up = sim.now.mono;
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(30 * Duration::from_secs(1));
    let n = sim.notices_since(t_up);
    assert_eq!(
        n.len(),
        1,
        "{:?}",
        n.iter().map(|n| &n.title).collect::<Vec<_>>()
    );
    assert_eq!(n[0].kind, NoticeKind::Problem);
    assert_eq!(n[0].cause, Cause::VpnExitBlocked);
    assert_eq!(
        n[0].fixes,
        vec![FixId::DisconnectVpn, FixId::SwitchVpnServer]
    );
    assert_eq!(
        n[0].title,
        "ChatGPT refuses your VPN's address (error 1020)"
    );
    assert_eq!(n[0].body, "Disconnect WireGuard (wg0).");
    let notified_at = sim.notices.last().unwrap().0;
    // Debounce + probe + confirmation a few seconds later.
    assert!(
        notified_at - t_up < Duration::from_secs(6),
        "{:?}",
        notified_at - t_up
    );
    // The first verdict after the change came within a second.
    let (seen, kind) = sim.first_verdict_after(t_up).unwrap();
    assert_eq!(kind, VerdictKind::Blocked);
    assert!(seen - t_up < Duration::from_secs(1), "{:?}", seen - t_up);

    // Standing for two hours: not repeated.
    sim.run_for(2 * HOUR);
    assert_eq!(sim.notices_since(t_up).len(), 1);
    // While blocked it backs off: far fewer than 20 probes an hour.
    let last_hour = sim.probes_between(sim.now.mono - HOUR, sim.now.mono);
    assert!(last_hour <= 13, "{last_hour}");

    let t_down = sim.now.mono;
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(MIN);
    let n = sim.notices_since(t_down);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].kind, NoticeKind::Resolved);
    assert_eq!(n[0].title, "ChatGPT works again");
    assert_eq!(
        n[0].body,
        "Access is back after WireGuard was disconnected."
    );
    let (seen, kind) = sim.first_verdict_after(t_down).unwrap();
    assert_eq!(kind, VerdictKind::Reachable);
    assert!(
        seen - t_down < Duration::from_secs(2),
        "recovery seen after {:?}",
        seen - t_down
    );
    assert!(sim.target_requests_in_any_hour() <= 20);
}

#[test]
fn a_new_notification_when_the_cause_changes() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.blocked.insert(w.home_ip);
    w.vpn_up = true;
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    let causes: Vec<Cause> = sim.notices.iter().map(|(_, n)| n.cause).collect();
    assert_eq!(causes, vec![Cause::VpnExitBlocked]);
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(MIN);
    let causes: Vec<Cause> = sim.notices.iter().map(|(_, n)| n.cause).collect();
    assert_eq!(causes, vec![Cause::VpnExitBlocked, Cause::PublicIpBlocked]);
    assert_eq!(sim.notices[1].1.fixes[0], FixId::RestartRouter);
    sim.run_for(3 * HOUR);
    assert_eq!(sim.notices.len(), 2);
    // Resolved by a new home address: the explanation is about that, not
    // about the VPN that went away before this cause began.
    sim.network_change(|w| w.home_ip = ip("203.0.113.80"));
    sim.run_for(MIN);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    assert!(last.body.contains("your address changed"), "{}", last.body);
}

#[test]
fn a_block_seen_once_is_not_notified() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    // The first probe sees the block; the world heals before the confirmation.
    sim.run_for(Duration::from_millis(400));
    assert_eq!(sim.verdicts.last().map(|v| v.1), Some(VerdictKind::Blocked));
    sim.w.blocked.clear();
    sim.run_for(HOUR);
    assert!(sim.notices.is_empty());
}

#[test]
fn offline_is_one_quiet_state_and_never_blocked() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    assert_eq!(sim.notices[0].1.cause, Cause::PublicIpBlocked);

    // The laptop loses its network for three hours, with the link flapping.
    let t_off = sim.now.mono;
    sim.network_change(|w| w.online = false);
    for _ in 0..50 {
        sim.run_for(3 * MIN);
        sim.network_change(|_| {});
    }
    assert_eq!(sim.notices.len(), 1, "no notifications while offline");
    assert_eq!(
        sim.probes_between(t_off + Duration::from_secs(1), sim.now.mono),
        0,
        "no probes without a route"
    );
    assert!(sim.m.view().offline);
    // Never a "blocked" verdict while the network was down.
    assert!(sim
        .verdicts
        .iter()
        .all(|(_, k, _, off)| !(*off && k.is_hard_block())));

    // A route but no internet (the router is up, its uplink is not).
    sim.network_change(|w| {
        w.online = true;
        w.internet = false;
    });
    sim.run_for(2 * HOUR);
    assert_eq!(
        sim.notices.len(),
        1,
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
    assert!(sim
        .verdicts
        .iter()
        .all(|(_, k, _, off)| !(*off && k.is_hard_block())));
    assert!(sim.target_requests_in_any_hour() <= 20);
}

#[test]
fn flapping_link_stays_within_the_budget() {
    let mut sim = Sim::new(World::new());
    sim.flap_for_three_hours();
    let worst = sim.target_requests_in_any_hour();
    assert!(worst <= 20, "{worst} requests in an hour");
    for h in 0..3 {
        let n = sim.probes_between(MIN + h * HOUR, MIN + (h + 1) * HOUR);
        assert!(n <= 20, "hour {h}: {n}");
    }
    assert!(sim.notices.is_empty());
}

#[test]
fn flapping_vpn_that_is_blocked_does_not_storm() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    for i in 0..(2 * 120) {
        sim.network_change(|w| w.vpn_up = i % 2 == 0);
        sim.run_for(Duration::from_secs(30));
    }
    assert!(sim.target_requests_in_any_hour() <= 20);
    // Each notification needs a confirmed change, and the budget bounds those.
    assert!(
        sim.notices.len() <= 24,
        "{} notifications",
        sim.notices.len()
    );
}

#[test]
fn waking_from_sleep_checks_at_once() {
    let mut sim = Sim::new(World::new());
    sim.run_for(HOUR);
    let before = sim.probes.len();
    // Suspended for two hours: the monotonic clock stood still.
    sim.now.wall_ms += 2 * 3600 * 1000;
    let woke = sim.now.mono;
    sim.handle(Input::Tick);
    sim.run_for(Duration::from_secs(2));
    assert!(sim.probes.len() > before);
    assert!(sim.probes[before] - woke < Duration::from_secs(1));
}

#[test]
fn sleep_is_noticed_even_without_network_events() {
    let mut sim = Sim::new(World::new());
    sim.run_for(HOUR);
    // The machine wakes itself at least once a minute to compare clocks.
    let t = sim.now.mono;
    sim.run_for(Duration::from_secs(1));
    assert!(sim.m.next_wake() <= t + Duration::from_secs(61));
}

#[test]
fn rate_limit_is_waited_out_and_retry_after_honoured() {
    let mut w = World::new();
    w.rate_limit = Some(120);
    let mut sim = Sim::new(w);
    sim.run_for(Duration::from_secs(1));
    let first = sim.probes[0];
    sim.run_for(Duration::from_secs(100));
    // Nothing goes to the site before Retry-After has passed.
    assert_eq!(sim.probes.len(), 1, "{:?}", sim.probes);
    sim.run_for(Duration::from_secs(40));
    assert!(sim.probes.len() >= 2);
    assert!(sim.probes[1] - first >= Duration::from_secs(120));
    // Confirmed by that second probe: one notification with the wait.
    let n = sim.notices_since(Duration::ZERO);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].cause, Cause::RateLimited);
    assert_eq!(n[0].body, "Wait 2 minutes before trying again.");
    sim.w.rate_limit = None;
    sim.run_for(HOUR);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    assert_eq!(last.body, "Access is back: the rate limit has expired.");
}

#[test]
fn a_challenge_is_never_notified() {
    let mut w = World::new();
    w.challenge = true;
    let mut sim = Sim::new(w);
    sim.run_for(12 * HOUR);
    assert!(sim.notices.is_empty());
    assert!(sim.verdicts.iter().all(|v| v.2 == Cause::Healthy));
    assert!(sim.probes_between(HOUR, 2 * HOUR) <= 13);
}

#[test]
fn check_now_spam_stays_within_the_budget() {
    let mut sim = Sim::new(World::new());
    sim.run_for(Duration::from_secs(1));
    for _ in 0..200 {
        sim.handle(Input::CheckNow {
            browser_blocked: false,
        });
        sim.run_for(Duration::from_secs(1));
    }
    sim.run_for(HOUR);
    assert!(
        sim.target_requests_in_any_hour() <= 20,
        "{}",
        sim.target_requests_in_any_hour()
    );
    assert!(sim
        .events
        .iter()
        .any(|(_, e)| matches!(e, Event::CheckDeferred { .. })));
}

#[test]
fn router_restart_that_keeps_the_address_says_so() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    // The router is off for three minutes and comes back with the same address.
    sim.network_change(|w| w.online = false);
    sim.run_for(3 * MIN);
    sim.network_change(|w| w.online = true);
    sim.run_for(MIN);
    assert_eq!(
        sim.notices.len(),
        2,
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
    let n = &sim.notices[1].1;
    assert_eq!(n.title, "Your address did not change");
    assert!(n.body.contains("203.0.113.7"), "{}", n.body);
    assert!(!n.fixes.contains(&FixId::RestartRouter), "{:?}", n.fixes);
    assert!(n
        .report
        .diagnosis
        .evidence
        .iter()
        .any(|e| e.contains("same public address")));
    sim.run_for(2 * HOUR);
    assert_eq!(sim.notices.len(), 2);
}

#[test]
fn router_restart_with_a_new_address_resolves() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    sim.network_change(|w| w.online = false);
    sim.run_for(5 * MIN);
    sim.network_change(|w| {
        w.online = true;
        w.home_ip = ip("203.0.113.99");
    });
    sim.run_for(MIN);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    assert_eq!(
        last.body,
        "Access is back after your address changed from 203.0.113.7 to 203.0.113.99."
    );
    assert!(sim
        .events
        .iter()
        .any(|(_, e)| matches!(e, Event::PublicIp { old: Some(_), .. })));
}

#[test]
fn a_new_address_without_any_network_event_is_noticed_and_confirmed() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut sim = Sim::new(w);
    sim.run_for(MIN);
    // The provider hands out a new address overnight: no local change at all.
    sim.w.home_ip = ip("203.0.113.50");
    sim.run_for(15 * MIN);
    let changes: Vec<_> = sim
        .events
        .iter()
        .filter_map(|(_, e)| match e {
            Event::PublicIp { old, new } => Some((*old, *new)),
            _ => None,
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            (None, ip("203.0.113.7")),
            (Some(ip("203.0.113.7")), ip("203.0.113.50"))
        ]
    );
    assert_eq!(sim.notices.last().unwrap().1.kind, NoticeKind::Resolved);
}

#[test]
fn restart_does_not_notify_an_unchanged_problem_again() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.vpn_up = true;
    let mut sim = Sim::new(w.clone());
    sim.run_for(MIN);
    assert_eq!(sim.notices.len(), 1);
    let saved = sim.persisted.clone().unwrap();
    assert!(saved.standing.is_some());
    // A new process, the same problem.
    let mut again = Sim::with(w.clone(), settings(), Some(saved.clone()));
    again.run_for(HOUR);
    assert!(again.notices.is_empty());
    // And when it is fixed meanwhile, the user hears so.
    let mut fixed = w;
    fixed.vpn_up = false;
    let mut third = Sim::with(fixed, settings(), Some(saved));
    third.run_for(MIN);
    assert_eq!(third.notices.len(), 1);
    assert_eq!(third.notices[0].1.kind, NoticeKind::Resolved);
}

#[test]
fn the_budget_survives_a_restart() {
    let mut sim = Sim::new(World::new());
    for _ in 0..30 {
        sim.handle(Input::CheckNow {
            browser_blocked: false,
        });
        sim.run_for(Duration::from_secs(2));
    }
    let saved = sim.persisted.clone().unwrap();
    assert!(saved.requests_wall_ms.len() >= 19);
    let mut again = Sim::starting_at(World::new(), settings(), Some(saved), sim.now.wall_ms);
    for _ in 0..30 {
        again.handle(Input::CheckNow {
            browser_blocked: false,
        });
        again.run_for(Duration::from_secs(2));
    }
    assert!(
        again.probes.len() <= 1,
        "{} probes right after a restart",
        again.probes.len()
    );
}

#[test]
fn reminder_repeats_a_standing_problem_when_configured() {
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut s = settings();
    s.reminder = Some(4 * HOUR);
    let mut sim = Sim::with(w, s, None);
    sim.run_for(9 * HOUR);
    assert_eq!(sim.notices.len(), 3, "at 0 h, 4 h and 8 h");
}

#[test]
fn chatgpt_unreachable_while_internet_works_needs_three_failures() {
    let mut w = World::new();
    w.site_unreachable = true;
    let mut sim = Sim::new(w);
    sim.run_for(15 * Duration::from_secs(1));
    assert!(sim.notices.is_empty(), "not after one or two");
    sim.run_for(2 * MIN);
    assert_eq!(sim.notices.len(), 1);
    assert_eq!(sim.notices[0].1.cause, Cause::NoConnection);
    assert!(sim.probes.len() >= 3);
    // The status page was asked, once.
    assert_eq!(sim.status_checks.len(), 1);
}

#[test]
fn outage_from_the_status_page() {
    let mut w = World::new();
    w.site_unreachable = true;
    w.status_outage = true;
    let mut sim = Sim::new(w);
    sim.run_for(3 * MIN);
    assert_eq!(sim.notices.len(), 1);
    assert_eq!(sim.notices[0].1.cause, Cause::Outage);
    sim.w.site_unreachable = false;
    sim.w.status_outage = false;
    sim.run_for(HOUR);
    let last = &sim.notices.last().unwrap().1;
    assert_eq!(last.kind, NoticeKind::Resolved);
    // Status page at most every five minutes.
    let gaps_ok = sim.status_checks.windows(2).all(|w| w[1] - w[0] >= 5 * MIN);
    assert!(gaps_ok, "{:?}", sim.status_checks);
}

#[test]
fn a_probe_that_straddles_a_network_change_is_not_believed() {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.vpn_up = true;
    let mut sim = Sim::new(w);
    // The VPN goes away while the first probe is on its way.
    sim.run_for(Duration::from_millis(60));
    assert_eq!(sim.probes.len(), 1);
    sim.network_change(|w| w.vpn_up = false);
    sim.run_for(HOUR);
    assert!(
        sim.notices.is_empty(),
        "{:?}",
        sim.notices.iter().map(|n| &n.1.title).collect::<Vec<_>>()
    );
}

#[test]
fn pause_stops_probing_and_resumes_by_itself() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    let n = sim.probes.len();
    sim.handle(Input::Pause(HOUR));
    sim.run_for(HOUR - Duration::from_secs(1));
    assert_eq!(sim.probes.len(), n);
    assert!(sim.m.view().paused_until_wall_ms.is_some());
    sim.run_for(Duration::from_secs(5));
    assert_eq!(sim.probes.len(), n + 1);
    assert!(sim.events.iter().any(|(_, e)| matches!(e, Event::Resumed)));
}

#[test]
fn browser_still_blocked_opens_the_browser_side_steps() {
    let mut sim = Sim::new(World::new());
    sim.run_for(MIN);
    sim.handle(Input::CheckNow {
        browser_blocked: true,
    });
    sim.run_for(Duration::from_secs(2));
    assert_eq!(sim.opened, 1);
    let report = sim.m.view().assessment.unwrap();
    // The page opened was the browser-side one; the standing view stays healthy.
    assert_eq!(report.diagnosis.cause, Cause::Healthy);
    assert!(sim.notices.is_empty());
}

#[test]
fn browser_still_blocked_when_the_budget_is_spent_answers_from_what_is_known() {
    let mut sim = Sim::new(World::new());
    sim.run_for(Duration::from_secs(1));
    for _ in 0..40 {
        sim.handle(Input::CheckNow {
            browser_blocked: false,
        });
        sim.run_for(Duration::from_secs(1));
    }
    let probes = sim.probes.len();
    sim.handle(Input::CheckNow {
        browser_blocked: true,
    });
    sim.run_for(Duration::from_secs(1));
    assert_eq!(sim.probes.len(), probes, "no probe beyond the budget");
    assert_eq!(sim.opened, 1, "the browser-side page opens at once");
    // The user's word applied to that page only.
    sim.run_for(10 * MIN);
    assert_eq!(
        sim.m.view().assessment.unwrap().diagnosis.cause,
        Cause::Healthy
    );
}

#[test]
fn a_short_interval_is_not_slowed_by_the_back_off_floor() {
    // The back-off of a standing problem starts at 30 s and doubles up to the
    // interval; an interval below 30 s is the cap from the first re-check.
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let mut s = settings();
    s.probe_interval = Duration::from_secs(10);
    s.budget_per_hour = 1000;
    let mut sim = Sim::with(w, s, None);
    sim.run_for(10 * MIN);
    assert_eq!(sim.notices.len(), 1);
    let gaps: Vec<u64> = sim
        .probes
        .windows(2)
        .map(|w| (w[1] - w[0]).as_secs())
        .collect();
    // The confirming probe 3 s after the first, then the re-checks.
    assert_eq!(gaps[0], 3, "{gaps:?}");
    assert!(gaps.len() > 20, "{gaps:?}");
    assert!(gaps[1..].iter().all(|&g| g <= 11), "{gaps:?}");
}
