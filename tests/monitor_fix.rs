//! The fix carried out on the user's click (issue 21), through the
//! monitor's state machine in simulated time: the click, the action, the
//! event and history record, the check at once (in the budget), then the
//! resolved notice or what is left to try, and "Reconnect". Never without
//! a click, never while offline, one try per click.

mod common;

use blockwatch::adapters::notify::Clicked;
use blockwatch::core::diagnose::act::{ActResult, ControlFacts, NmActive, NmFacts, Permission};
use blockwatch::core::diagnose::{Cause, FixId};
use blockwatch::core::monitor::{Event, Input, NoticeKind, Record};
use common::sim::*;
use std::time::Duration;

fn networkmanager() -> ControlFacts {
    ControlFacts {
        nm: Some(NmFacts {
            permission: Permission::Yes,
            active: vec![NmActive {
                id: "wg-home".into(),
                kind: "wireguard".into(),
                vpn: false,
                devices: vec!["wg0".into()],
                path: "/org/freedesktop/NetworkManager/ActiveConnection/1".into(),
                settings: "/org/freedesktop/NetworkManager/Settings/1".into(),
            }],
            connections: vec![],
        }),
        ..Default::default()
    }
}

/// The VPN's exit is refused; the VPN comes up a minute in and the block
/// is notified.
fn blocked_on_vpn() -> Sim {
    let mut w = World::new();
    w.blocked.insert(w.vpn_ip);
    w.control = Some(networkmanager());
    let mut sim = Sim::new(w);
    sim.run_until(MIN);
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(30 * Duration::from_secs(1));
    let n = sim.notices.last().expect("the block is notified");
    assert_eq!(n.1.cause, Cause::VpnExitBlocked);
    sim
}

fn action_events(sim: &Sim) -> Vec<serde_json::Value> {
    sim.events
        .iter()
        .filter(|(_, e)| matches!(e, Event::Action(_)))
        .map(|(_, e)| serde_json::to_value(e).unwrap())
        .collect()
}

#[test]
fn the_problem_notice_offers_the_fix_and_nothing_happens_without_a_click() {
    let mut sim = blocked_on_vpn();
    let shown = sim.notices.last().unwrap().1.shown();
    assert_eq!(
        shown.extra,
        vec![(
            Clicked::Act(FixId::DisconnectVpn),
            "Disconnect WireGuard (wg-home)".to_string()
        )]
    );
    let view = sim.m.view();
    assert_eq!(view.action().unwrap().target.as_deref(), Some("wg-home"));
    sim.run_for(3 * HOUR);
    assert!(sim.carried.is_empty(), "no action without a click");
}

#[test]
fn a_click_disconnects_checks_at_once_and_tells_what_fixed_it() {
    let mut sim = blocked_on_vpn();
    // No link event: only the check after the action can see the change.
    sim.w.act_reports_change = false;
    let probes_before = sim.probes.len();
    let clicked = sim.now.mono;
    sim.handle(Input::Act {
        fix: FixId::DisconnectVpn,
    });
    sim.run_for(30 * Duration::from_secs(1));
    assert_eq!(sim.carried.len(), 1);
    assert!(!sim.carried[0].2, "not the undo");
    assert_eq!(
        action_events(&sim),
        vec![
            serde_json::json!({"event": "action", "fix": "disconnect_vpn",
            "via": "networkmanager", "target": "wg-home", "result": "done",
            "detail": null, "undo": false})
        ]
    );
    assert!(sim
        .records
        .iter()
        .any(|(_, r)| matches!(r, Record::Action(e) if e.result == ActResult::Done)));
    // The check after it went at once, and counted.
    let after: Vec<_> = sim.probes[probes_before..].to_vec();
    assert!(!after.is_empty());
    assert!(
        after[0] - clicked < Duration::from_secs(5),
        "{:?}",
        after[0] - clicked
    );
    assert!(sim.target_requests_in_any_hour() <= 20);
    let n = sim.notices_since(clicked);
    assert_eq!(
        n.len(),
        1,
        "{:?}",
        n.iter().map(|n| &n.body).collect::<Vec<_>>()
    );
    assert_eq!(n[0].kind, NoticeKind::Resolved);
    assert_eq!(
        n[0].body,
        "ChatGPT works since WireGuard (wg-home) was disconnected."
    );
    // "Reconnect" brings it back.
    assert_eq!(
        n[0].shown().extra,
        vec![(Clicked::Reconnect, "Reconnect".to_string())]
    );
    assert!(sim.m.view().reconnect.is_some());
    sim.handle(Input::Reconnect);
    sim.run_for(30 * Duration::from_secs(1));
    assert_eq!(sim.carried.len(), 2);
    assert!(sim.carried[1].2, "the undo");
    assert!(sim.w.vpn_up);
    assert!(sim.m.view().reconnect.is_none());
    assert_eq!(action_events(&sim)[1]["undo"], true);
}

#[test]
fn reconnect_is_gone_once_the_vpn_is_back_by_other_means() {
    let mut sim = blocked_on_vpn();
    sim.handle(Input::Act {
        fix: FixId::DisconnectVpn,
    });
    sim.run_for(30 * Duration::from_secs(1));
    assert!(sim.m.view().reconnect.is_some());
    sim.network_change(|w| w.vpn_up = true);
    sim.run_for(30 * Duration::from_secs(1));
    assert!(sim.m.view().reconnect.is_none());
}

#[test]
fn when_it_does_not_help_the_problem_is_told_with_what_is_left() {
    let mut sim = blocked_on_vpn();
    // The home address is refused too.
    let home = sim.w.home_ip;
    sim.w.blocked.insert(home);
    let clicked = sim.now.mono;
    sim.handle(Input::Act {
        fix: FixId::DisconnectVpn,
    });
    sim.run_for(30 * Duration::from_secs(1));
    let n = sim.notices_since(clicked);
    let still = n
        .iter()
        .find(|n| n.title == "ChatGPT still refuses")
        .unwrap_or_else(|| panic!("{:?}", n.iter().map(|n| &n.title).collect::<Vec<_>>()));
    assert!(
        still
            .body
            .starts_with("Disconnect WireGuard (wg-home) did not help. Next: "),
        "{}",
        still.body
    );
    assert!(still
        .shown()
        .extra
        .contains(&(Clicked::Reconnect, "Reconnect".to_string())));
}

#[test]
fn a_refusal_is_said_once_and_nothing_is_retried() {
    let mut sim = blocked_on_vpn();
    sim.w.act_fails = Some(ActResult::Refused);
    let clicked = sim.now.mono;
    let probes_before = sim.probes.len();
    sim.handle(Input::Act {
        fix: FixId::DisconnectVpn,
    });
    sim.run_for(10 * MIN);
    assert_eq!(sim.carried.len(), 1, "one try per click");
    let n = sim.notices_since(clicked);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].title, "The fix was not done");
    assert!(n[0].body.starts_with("Not allowed"), "{}", n[0].body);
    assert_eq!(action_events(&sim)[0]["result"], "refused");
    // No check was forced by a refusal (a forced one goes at once).
    assert!(sim.probes[probes_before..]
        .iter()
        .all(|t| *t - clicked > Duration::from_secs(5)));
}

#[test]
fn nothing_is_done_while_offline() {
    let mut sim = blocked_on_vpn();
    sim.network_change(|w| w.online = false);
    sim.run_for(MIN);
    sim.handle(Input::Act {
        fix: FixId::DisconnectVpn,
    });
    sim.run_for(MIN);
    assert!(sim.carried.is_empty());
    let e = &action_events(&sim)[0];
    assert_eq!(e["result"], "not_possible");
    assert_eq!(e["detail"], "offline");
}
