//! The real daemon, headless, in network namespaces this test builds: a fake
//! Cloudflare-fronted site that refuses chosen source addresses, and a "VPN"
//! link (named wg0) whose routes send the site's traffic through it.
// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use common::vpnworld::*;
use common::*;
use std::time::Duration;

fn is(v: &serde_json::Value, event: &str) -> bool {
    v["event"] == event
}

#[test]
fn vpn_block_then_home_block_then_new_address() {
    require_root!();
    let w = world();
    w.refuse(VPN_EXIT);
    let s = Scratch::new();
    let mut d = w.daemon(&s, &[]);

    let v = d.expect("first verdict", SOON, |v| is(v, "verdict"));
    assert_eq!(v["verdict"]["kind"], "reachable", "{v}");
    d.expect("public ip", SOON, |v| {
        is(v, "public_ip") && v["new"] == HOME
    });

    // VPN up: a problem notification naming the VPN and the fix.
    w.vpn_up();
    let vpn = d.expect("vpn event", SOON, |v| is(v, "vpn") && v["active"] == true);
    assert_eq!(vpn["interface"], "wg0");
    assert_eq!(vpn["vendor"], "WireGuard");
    let n = d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(n["cause"], "vpn_exit_blocked", "{n}");
    assert_eq!(n["fixes"][0], "disconnect_vpn");
    assert_eq!(
        n["title"],
        "ChatGPT refuses your VPN's address (error 1020)"
    );
    assert_eq!(n["body"], "Disconnect WireGuard (wg0).");
    // Confirmed by a second probe before it was said.
    let blocked_verdicts = d
        .events("verdict")
        .iter()
        .filter(|v| v["verdict"]["kind"] == "blocked")
        .count();
    assert!(blocked_verdicts >= 2, "{blocked_verdicts}");

    // VPN down: resolved, and it says what fixed it.
    w.vpn_down();
    let n = d.expect("resolved notification", SOON, |v| {
        is_notification(v, "resolved")
    });
    assert_eq!(
        n["body"], "Access is back after WireGuard was disconnected.",
        "{n}"
    );

    // The home address refused: a router restart (the link goes down and up).
    w.refuse(HOME);
    w.client.ip(&["link", "set", "lan0", "down"]);
    std::thread::sleep(Duration::from_millis(500));
    w.client.ip(&["link", "set", "lan0", "up"]);
    w.client.ip(&[
        "route", "replace", "default", "via", "10.1.0.1", "dev", "lan0", "onlink",
    ]);
    let n = d.expect("home block notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(n["cause"], "public_ip_blocked", "{n}");
    assert_eq!(n["fixes"][0], "restart_router");

    // A new address from the provider, a little later (IP lookups are at
    // most one per 10 s): resolved, naming the new address.
    std::thread::sleep(Duration::from_secs(10));
    w.client
        .ip(&["addr", "del", &format!("{HOME}/24"), "dev", "lan0"]);
    w.client.ip(&["addr", "add", "10.1.0.3/24", "dev", "lan0"]);
    w.client.ip(&[
        "route", "replace", "default", "via", "10.1.0.1", "dev", "lan0", "onlink",
    ]);
    let n = d.expect("resolved after new address", SOON, |v| {
        is_notification(v, "resolved")
    });
    assert!(
        n["body"].as_str().unwrap().contains("10.1.0.3"),
        "{n}\n{}\n{}",
        d.seen.join("\n"),
        d.stderr()
    );
    d.expect("public ip change", SOON, |v| {
        is(v, "public_ip") && v["old"] == HOME && v["new"] == "10.1.0.3"
    });

    // No notification was repeated.
    let notes = d.events("notification");
    assert_eq!(notes.len(), 4, "{notes:?}");

    // SIGTERM ends it cleanly with the history flushed.
    d.signal(libc::SIGTERM);
    assert_eq!(
        d.wait_exit(Duration::from_secs(10)),
        Some(0),
        "{}",
        d.stderr()
    );
    let h = s.run(&["history", "--json"], &[], Duration::from_secs(10));
    let last: serde_json::Value = serde_json::from_str(h.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(last["event"], "stop");
    let text = s.run(&["history"], &[], Duration::from_secs(10)).stdout;
    assert!(text.contains("VPN on: WireGuard (wg0)"), "{text}");
    assert!(
        text.contains("public address changed: 10.1.0.2 \u{2192} 10.1.0.3"),
        "{text}"
    );
}

#[test]
fn restart_after_kill_does_not_repeat_the_notification() {
    require_root!();
    let w = world();
    w.refuse(HOME);
    let s = Scratch::new();
    let mut d = w.daemon(&s, &[]);
    let n = d.expect("problem", SOON, |v| is_notification(v, "problem"));
    assert_eq!(n["cause"], "public_ip_blocked");
    // A second instance does not start while the first runs: it asks the
    // first to show itself and ends (tests/activation.rs has the rest).
    let cfg = s.path().join("config.toml");
    let second = s.run_in(
        &w.client,
        &["--config", cfg.to_str().unwrap(), "run", "--headless"],
        &[],
        Duration::from_secs(10),
    );
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    d.expect("activated", SOON, |v| is(v, "activated"));

    d.signal(libc::SIGKILL);
    d.wait_exit(Duration::from_secs(5));
    drop(d);
    let mut again = w.daemon(&s, &[]);
    again.expect("verdict after restart", SOON, |v| {
        is(v, "verdict") && v["verdict"]["kind"] == "blocked"
    });
    // Well past the confirmation: still no notification.
    assert!(
        again
            .wait_for(Duration::from_secs(8), |v| is(v, "notification"))
            .is_none(),
        "{:?}",
        again.seen
    );
    // The history survived kill -9 and reads back.
    let h = s.run(&["history", "--json"], &[], Duration::from_secs(10));
    assert!(h.stdout.lines().count() >= 4, "{}", h.stdout);
}

#[test]
fn sighup_reloads_and_a_bad_file_keeps_the_old_settings() {
    require_root!();
    let w = world();
    let s = Scratch::new();
    let mut d = w.daemon(&s, &[]);
    d.expect("first verdict", SOON, |v| is(v, "verdict"));
    let cfg = s.path().join("config.toml");
    let good = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, "[target]\ninterval = \"never\"\n").unwrap();
    d.signal(libc::SIGHUP);
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        d.stderr().contains("keeping the old settings"),
        "{}",
        d.stderr()
    );
    assert!(d.stderr().contains("target.interval"), "{}", d.stderr());
    // A value that would become a broken header is refused at its line too.
    let bad_agent = good.replace("[target]\n", "[target]\nuser_agent = \"a\\u0000b\"\n");
    assert_ne!(bad_agent, good);
    std::fs::write(&cfg, bad_agent).unwrap();
    d.signal(libc::SIGHUP);
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        d.stderr().contains("key `target.user_agent`"),
        "{}",
        d.stderr()
    );
    std::fs::write(&cfg, good).unwrap();
    d.signal(libc::SIGHUP);
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        d.stderr().contains("configuration reloaded"),
        "{}",
        d.stderr()
    );
    assert!(d.child.try_wait().unwrap().is_none(), "still running");
    d.signal(libc::SIGINT);
    assert_eq!(d.wait_exit(Duration::from_secs(10)), Some(0));
}
