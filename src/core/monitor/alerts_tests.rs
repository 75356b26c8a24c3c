//! The alert policy on its own: what it tells and when it wants the next
//! probe, for each phase a verdict can meet.

use super::*;
use crate::core::diagnose::FixId;
use crate::core::local::vpn::VpnFacts;
use crate::core::monitor::types::FixedBy;
use crate::core::site::verdict::VerdictKind;

const S: Duration = Duration::from_secs(1);

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

fn facts(vpn: bool, v4: &str) -> RecoveryFacts {
    RecoveryFacts {
        vpn: VpnFacts {
            active: vpn,
            interface: vpn.then(|| "wg0".into()),
            vendor: vpn.then(|| "WireGuard".into()),
            ..VpnFacts::default()
        },
        v4: Some(ip(v4)),
        v6: None,
        site_ip: None,
        proxy: None,
        route_interface: Some(if vpn { "wg0" } else { "wlan0" }.into()),
        outage: false,
        rate_limited: false,
    }
}

/// One verdict, `at` seconds in, with the facts it came with.
struct Probe {
    verdict: Verdict,
    diagnosis: Diagnosis,
    at: u64,
    why: Trigger,
    notifiable: bool,
    recovery: RecoveryFacts,
    address_unread: bool,
    reminder: Option<Duration>,
}

impl Probe {
    fn new(kind: VerdictKind, cause: Cause, at: u64) -> Probe {
        Probe {
            verdict: Verdict::new(kind),
            diagnosis: Diagnosis {
                cause,
                fixes: vec![FixId::DisconnectVpn],
                evidence: vec![],
                actions: vec![],
            },
            at,
            why: Trigger::Schedule,
            notifiable: cause != Cause::Healthy,
            recovery: facts(true, "198.51.100.77"),
            address_unread: false,
            reminder: None,
        }
    }

    fn blocked(at: u64) -> Probe {
        Probe::new(VerdictKind::Blocked, Cause::VpnExitBlocked, at)
    }

    fn healthy(at: u64) -> Probe {
        let mut p = Probe::new(VerdictKind::Reachable, Cause::Healthy, at);
        p.recovery = facts(false, "203.0.113.7");
        p
    }

    fn to(&self, a: &mut Alerts) -> (Vec<Happened>, Next) {
        a.on_verdict(&Seen {
            verdict: &self.verdict,
            diagnosis: &self.diagnosis,
            why: self.why,
            mono: Duration::from_secs(self.at),
            wall_ms: 1_000 * self.at,
            notifiable: self.notifiable,
            recovery: self.recovery.clone(),
            address_unread: self.address_unread,
            reminder: self.reminder,
        })
    }
}

#[test]
fn a_block_is_believed_on_its_second_sight_and_told_once() {
    let mut a = Alerts::new();
    let (told, next) = Probe::blocked(0).to(&mut a);
    assert!(told.is_empty(), "one sight is not enough");
    assert_eq!(next, Next::Confirm(CONFIRM_AFTER));
    assert!(a.standing().is_none() && !a.is_healthy());
    let (told, next) = Probe::blocked(3).to(&mut a);
    assert_eq!(told, vec![Happened::Problem]);
    assert_eq!(
        next,
        Next::Recheck {
            reset_backoff: true
        }
    );
    assert_eq!(a.standing().map(|s| s.notified_wall_ms), Some(Some(3_000)));
    // Seen again: it stands, quietly, backing off.
    let (told, next) = Probe::blocked(33).to(&mut a);
    assert!(told.is_empty());
    assert_eq!(
        next,
        Next::Recheck {
            reset_backoff: false
        }
    );
}

#[test]
fn no_answer_needs_three_in_a_row_and_a_healthy_answer_forgets_a_suspicion() {
    let mut a = Alerts::new();
    let timeout = |at| Probe::new(VerdictKind::Timeout, Cause::NoConnection, at);
    assert_eq!(timeout(0).to(&mut a).1, Next::Confirm(TRANSPORT_RETRY));
    assert_eq!(timeout(10).to(&mut a).1, Next::Confirm(TRANSPORT_RETRY));
    let (told, _) = timeout(20).to(&mut a);
    assert_eq!(told, vec![Happened::Problem]);

    let mut b = Alerts::new();
    timeout(0).to(&mut b);
    let (told, next) = Probe::healthy(10).to(&mut b);
    assert!(told.is_empty());
    assert_eq!(
        next,
        Next::Interval {
            reset_backoff: false
        }
    );
    assert!(b.is_healthy());
}

#[test]
fn a_recovery_is_confirmed_and_told_with_what_fixed_it() {
    let mut a = Alerts::new();
    Probe::blocked(0).to(&mut a);
    Probe::blocked(3).to(&mut a);
    let (told, next) = Probe::healthy(30).to(&mut a);
    assert!(told.is_empty(), "once healthy is not yet a recovery");
    assert_eq!(next, Next::Confirm(CONFIRM_AFTER));
    let (told, next) = Probe::healthy(33).to(&mut a);
    assert_eq!(
        told,
        vec![Happened::Resolved {
            was: Cause::VpnExitBlocked,
            fixed_by: Some(FixedBy::VpnDisconnected {
                name: Some("WireGuard".into())
            }),
        }]
    );
    assert_eq!(
        next,
        Next::Interval {
            reset_backoff: true
        }
    );
    assert!(a.is_healthy() && a.standing().is_none());
}

#[test]
fn a_resolution_the_address_could_explain_waits_for_the_lookup() {
    let mut a = Alerts::new();
    let home = |at| {
        let mut p = Probe::new(VerdictKind::Blocked, Cause::PublicIpBlocked, at);
        p.recovery = facts(false, "203.0.113.7");
        p
    };
    home(0).to(&mut a);
    home(3).to(&mut a);
    Probe::healthy(30).to(&mut a);
    let mut back = Probe::healthy(33);
    back.address_unread = true;
    let (told, _) = back.to(&mut a);
    assert!(told.is_empty(), "waits for the address");
    assert_eq!(a.poll_timeout(), Some(33 * S + RESOLVED_WAIT));
    assert!(a.take_resolved(false, false, 34 * S).is_none());
    let p = a.take_resolved(false, true, 35 * S).expect("read now");
    let after = facts(false, "198.51.100.9");
    assert_eq!(
        p.happened(&after),
        Happened::Resolved {
            was: Cause::PublicIpBlocked,
            fixed_by: Some(FixedBy::NewAddress {
                old: ip("203.0.113.7"),
                new: ip("198.51.100.9")
            }),
        }
    );
    assert_eq!(a.poll_timeout(), None);
}

#[test]
fn a_quiet_problem_is_not_told_until_it_may_be_and_a_reminder_repeats_it() {
    let mut a = Alerts::new();
    let mut quiet = Probe::blocked(0);
    quiet.notifiable = false;
    quiet.to(&mut a);
    let mut quiet = Probe::blocked(3);
    quiet.notifiable = false;
    assert!(quiet.to(&mut a).0.is_empty());
    assert_eq!(a.standing().map(|s| s.notified_wall_ms), Some(None));
    // Now it may be told: the standing problem is told once.
    assert_eq!(Probe::blocked(40).to(&mut a).0, vec![Happened::Problem]);
    let mut again = Probe::blocked(100);
    again.reminder = Some(600 * S);
    assert!(again.to(&mut a).0.is_empty(), "not yet");
    let mut later = Probe::blocked(700);
    later.reminder = Some(600 * S);
    assert_eq!(later.to(&mut a).0, vec![Happened::Problem]);
}

#[test]
fn back_with_the_same_blocked_home_address_is_told_on_the_confirming_probe() {
    let mut a = Alerts::new();
    let home = |at, why| {
        let mut p = Probe::new(VerdictKind::Blocked, Cause::PublicIpBlocked, at);
        p.recovery = facts(false, "203.0.113.7");
        p.why = why;
        p
    };
    home(0, Trigger::Start).to(&mut a);
    home(3, Trigger::Confirm).to(&mut a);
    assert!(a.home_blocked());
    let addr = Some(ip("203.0.113.7"));
    a.connection_lost(addr, None);
    assert!(a.reconnected(addr, None), "same address: worth a probe");
    assert_eq!(a.same_address(), addr);
    let (told, _) = home(60, Trigger::Confirm).to(&mut a);
    assert_eq!(
        told,
        vec![Happened::AddressUnchanged {
            ip: ip("203.0.113.7")
        }]
    );
    assert!(
        home(90, Trigger::Confirm).to(&mut a).0.is_empty(),
        "told once"
    );
}

#[test]
fn another_cause_is_confirmed_like_a_new_problem_and_a_restored_one_stands() {
    let mut a = Alerts::new();
    a.restore(Standing {
        cause: Cause::VpnExitBlocked,
        since_wall_ms: 0,
        notified_wall_ms: Some(0),
    });
    assert!(a.standing().is_some());
    // The restored problem seen again: not told twice.
    assert!(Probe::blocked(10).to(&mut a).0.is_empty());
    let home = |at| Probe::new(VerdictKind::Blocked, Cause::PublicIpBlocked, at);
    let (told, next) = home(20).to(&mut a);
    assert!(told.is_empty());
    assert_eq!(next, Next::Confirm(CONFIRM_AFTER));
    assert_eq!(a.standing().map(|s| s.cause), Some(Cause::VpnExitBlocked));
    assert_eq!(home(23).to(&mut a).0, vec![Happened::Problem]);
    assert_eq!(a.standing().map(|s| s.cause), Some(Cause::PublicIpBlocked));
}
