//! Doing the fix (issue 21) against a fake NetworkManager (python3-dbusmock
//! on a private bus) and a fake vendor program, with the VPN link and its
//! refused exit in network namespaces: `check --json`'s actions, `fix --do`
//! and every refusal. The mock changes no kernel state: the test takes the
//! link down itself when it sees the call, as NetworkManager would.
// Linux only: network namespaces and D-Bus.
#![cfg(target_os = "linux")]

mod common;

use common::fakenm::{self, FakeNm};
use common::vpnworld::*;
use common::*;
use std::time::Duration;

/// A NetworkManager whose active "wg-home" owns the link `wg0`, answering
/// `permission` for network control.
fn nm_with_wg_home(permission: &str) -> std::sync::Arc<FakeNm> {
    let nm = std::sync::Arc::new(FakeNm::start());
    nm.add_active("wg-home", "wireguard", "wg0");
    nm.permission(permission);
    nm
}

/// The desktop's environment, with no browser to open and the fake
/// NetworkManager's bus as the system bus.
fn desktop_env(desk: &common::desktop::Desktop, nm: &FakeNm) -> Vec<(&'static str, String)> {
    let mut env = desk.env();
    env.push(("BROWSER", "true".into()));
    env.push(("DBUS_SYSTEM_BUS_ADDRESS", nm.address.clone()));
    env
}

fn ready() -> bool {
    if !is_root() {
        eprintln!("skipped: network namespaces need root");
        return false;
    }
    if !fakenm::available() {
        panic!("python3-dbusmock is missing: run .ci/install-deps test");
    }
    true
}

/// The world with the VPN up and its exit refused.
fn blocked_vpn(name: &str) -> World {
    let w = world_with(name);
    w.vpn_up();
    w.refuse(VPN_EXIT);
    w
}

fn config(s: &Scratch) -> std::path::PathBuf {
    s.config(&format!("http://{SITE}"), "timeout = \"2s\"", "")
}

fn run(w: &World, s: &Scratch, args: &[&str], env: &[(&str, &str)]) -> Run {
    let cfg = config(s);
    let mut full = vec!["--config", cfg.to_str().unwrap()];
    full.extend_from_slice(args);
    s.run_in(&w.client, &full, env, Duration::from_secs(60))
}

fn check(w: &World, s: &Scratch, env: &[(&str, &str)]) -> serde_json::Value {
    run(w, s, &["check", "--json"], env).json()
}

/// Takes the VPN link down as NetworkManager would, once the mock saw
/// `DeactivateConnection`.
fn down_on_call(nm_log: impl Fn() -> usize + Send + 'static, ns: String, vpn: String) {
    std::thread::spawn(move || {
        if wait_until(Duration::from_secs(40), || nm_log() > 0) {
            sh(&["ip", "-n", &ns, "link", "set", &vpn, "down"]);
        }
    });
}

#[test]
fn fix_do_yes_disconnects_through_networkmanager_and_the_check_after_is_healthy() {
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = std::sync::Arc::new(FakeNm::start());
    nm.add_active("Wired", "802-3-ethernet", "lan0");
    nm.add_active("wg-home", "wireguard", "wg0");
    nm.permission("yes");
    let s = Scratch::new();
    let env = [nm.env()];

    let j = check(&w, &s, &env);
    assert_eq!(j["diagnosis"]["cause"], "vpn_exit_blocked", "{j}");
    assert_eq!(
        j["diagnosis"]["actions"],
        serde_json::json!([{"fix": "disconnect_vpn", "can_do": true, "via": "networkmanager",
            "target": "wg-home", "warning": null, "detail": null}]),
        "{j}"
    );
    assert_eq!(
        nm.calls("DeactivateConnection"),
        0,
        "a check changes nothing"
    );
    let plain = run(&w, &s, &["check"], &env);
    eprintln!("check took {:?}", plain.elapsed);
    assert!(
        plain
            .stdout
            .contains("blockwatch can do this for you: run `blockwatch fix --do` (wg-home)."),
        "{}",
        plain.stdout
    );

    let watch = nm.clone();
    down_on_call(
        move || watch.calls("DeactivateConnection"),
        w.client.name.clone(),
        w.vpn.clone(),
    );
    let r = run(&w, &s, &["fix", "--do", "--yes", "--json"], &env);
    // The whole of it: the check, the disconnect, the tunnel gone, the check after.
    eprintln!("fix --do --yes took {:?}", r.elapsed);
    let j = r.json();
    assert_eq!(r.code, Some(0), "{j}\n{}", r.stderr);
    assert_eq!(
        j["action"],
        serde_json::json!({"fix": "disconnect_vpn", "via": "networkmanager", "target": "wg-home",
            "result": "done", "detail": null})
    );
    assert_eq!(j["after"]["diagnosis"]["cause"], "healthy", "{j}");
    assert_eq!(j["after"]["network"]["vpn"]["active"], false, "{j}");
    assert_eq!(nm.calls("DeactivateConnection"), 1);
}

#[test]
fn without_a_terminal_or_yes_nothing_is_done() {
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = FakeNm::start();
    nm.add_active("wg-home", "wireguard", "wg0");
    nm.permission("yes");
    let s = Scratch::new();
    let r = run(&w, &s, &["fix", "--do"], &[nm.env()]);
    assert_eq!(r.code, Some(2), "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("Add --yes"), "{}", r.stderr);
    let r = run(&w, &s, &["fix", "--do", "--json"], &[nm.env()]);
    assert_eq!(r.code, Some(2));
    assert_eq!(r.json()["action"]["result"], "refused", "{}", r.stdout);
    assert_eq!(nm.calls("DeactivateConnection"), 0, "the mock saw no call");

    // On a terminal (util-linux's `script` gives it one) it says what will
    // happen and asks; "n" does nothing.
    let cfg = config(&s);
    let line = format!(
        "ip netns exec {} {BIN} --config {} fix --do",
        w.client.name,
        cfg.display()
    );
    let mut c = s.command("script");
    c.args(["-qec", &line, "/dev/null"])
        .env(nm.env().0, nm.env().1)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().expect("script (util-linux)");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        use std::io::Read;
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    // Answer once the question is out.
    let mut seen = Vec::new();
    let deadline = std::time::Instant::now() + SOON;
    while !String::from_utf8_lossy(&seen).contains("[y/N]") {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(chunk) => seen.extend(chunk),
            Err(_) => panic!("no question: {}", String::from_utf8_lossy(&seen)),
        }
    }
    {
        use std::io::Write;
        stdin.write_all(b"n\n").unwrap();
    }
    let status = child.wait().unwrap();
    while let Ok(chunk) = rx.recv_timeout(Duration::from_secs(2)) {
        seen.extend(chunk);
    }
    let text = String::from_utf8_lossy(&seen);
    assert!(
        text.contains(
            "blockwatch will do this: Disconnect WireGuard (wg-home) (through NetworkManager)"
        ) && text.contains("Go ahead? [y/N]")
            && text.contains("Nothing was done."),
        "{text}"
    );
    assert_eq!(status.code(), Some(1), "{text}");
    assert_eq!(nm.calls("DeactivateConnection"), 0, "the mock saw no call");
}

#[test]
fn a_refused_permission_is_said_and_nothing_is_tried_twice() {
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = FakeNm::start();
    nm.add_active("wg-home", "wireguard", "wg0");
    let s = Scratch::new();

    // polkit says no: no button, no call.
    nm.permission("no");
    let j = check(&w, &s, &[nm.env()]);
    let a = &j["diagnosis"]["actions"][0];
    assert_eq!(a["can_do"], false, "{j}");
    assert_eq!(a["via"], "networkmanager");
    assert!(
        a["detail"]
            .as_str()
            .unwrap()
            .contains("does not allow this user"),
        "{a}"
    );
    let r = run(&w, &s, &["fix", "--do", "--yes", "--json"], &[nm.env()]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.json()["action"]["result"], "refused", "{}", r.stdout);
    assert!(r.json()["after"].is_null());
    assert_eq!(nm.calls("DeactivateConnection"), 0);

    // polkit would ask for a password; the user declines it: one try.
    nm.permission("auth");
    nm.refuse_deactivation();
    let j = check(&w, &s, &[nm.env()]);
    let a = &j["diagnosis"]["actions"][0];
    assert_eq!(a["can_do"], true, "{j}");
    assert!(
        a["detail"]
            .as_str()
            .unwrap()
            .contains("ask for your password"),
        "{a}"
    );
    let r = run(&w, &s, &["fix", "--do", "--yes"], &[nm.env()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stdout.contains("The system will ask for your password")
            && r.stdout.contains("password prompt was declined or failed"),
        "{}",
        r.stdout
    );
    assert_eq!(
        nm.calls("DeactivateConnection"),
        1,
        "tried once, never looped"
    );
}

#[test]
fn without_networkmanager_a_wireguard_tunnel_gets_steps_not_a_button() {
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let bus = FakeNm::bus_only();
    let s = Scratch::new();
    let j = check(&w, &s, &[bus.env()]);
    let a = &j["diagnosis"]["actions"][0];
    assert_eq!(a["can_do"], false, "{j}");
    assert!(a["via"].is_null());
    assert!(
        a["detail"]
            .as_str()
            .unwrap()
            .contains("Only an administrator"),
        "{a}"
    );
    assert!(!j["diagnosis"]["steps"].as_array().unwrap().is_empty());
    let r = run(&w, &s, &["fix", "--do", "--yes", "--json"], &[bus.env()]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.json()["action"]["result"], "not_possible", "{}", r.stdout);
}

#[test]
fn a_kill_switch_connection_is_warned_of_before_acting() {
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = FakeNm::start();
    nm.add_active("ProtonVPN NL#12", "wireguard", "wg0");
    nm.add_saved("pvpn-killswitch", "dummy");
    nm.permission("yes");
    let s = Scratch::new();
    let j = check(&w, &s, &[nm.env()]);
    let a = &j["diagnosis"]["actions"][0];
    assert_eq!(a["warning"], "kill_switch", "{j}");
    assert_eq!(a["target"], "ProtonVPN NL#12");
    let r = run(&w, &s, &["fix", "--do"], &[nm.env()]);
    assert_eq!(r.code, Some(2));
    assert_eq!(nm.calls("DeactivateConnection"), 0);
    // With --yes the warning is still said, before acting.
    let r = run(&w, &s, &["fix", "--do", "--yes"], &[nm.env()]);
    let warned = r
        .stdout
        .find("After disconnecting, this computer has no internet at all");
    let done = r
        .stdout
        .find("Done: Disconnect WireGuard (ProtonVPN NL#12)");
    assert!(warned.is_some() && warned < done, "{}", r.stdout);
    assert_eq!(nm.calls("DeactivateConnection"), 1);
}

#[test]
fn a_vendor_program_in_lockdown_is_used_and_warned_of() {
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0-mullvad");
    let bus = FakeNm::bus_only();
    let s = Scratch::new();
    let bin = s.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let calls = s.path().join("mullvad-calls");
    // The fake `mullvad`: connected, lockdown mode on; `disconnect` takes
    // the tunnel down the way the real daemon would.
    let script = format!(
        "#!/bin/sh\necho \"$*\" >> {calls}\ncase \"$*\" in\n\
         status) echo 'Connected to se-got-wg-001 in Gothenburg, Sweden';;\n\
         'lockdown-mode get') echo 'Block traffic when the VPN is disconnected: on';;\n\
         'disconnect --wait') ip link set wg0-mullvad down;;\n\
         *) exit 1;;\nesac\n",
        calls = calls.display()
    );
    let path = bin.join("mullvad");
    std::fs::write(&path, script).unwrap();
    sh(&["chmod", "+x", path.to_str().unwrap()]);
    let search = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let env = [bus.env(), ("PATH", search.as_str())];

    let j = check(&w, &s, &env);
    let a = &j["diagnosis"]["actions"][0];
    assert_eq!(
        *a,
        serde_json::json!({"fix": "disconnect_vpn", "can_do": true, "via": "mullvad",
            "target": "Mullvad", "warning": "kill_switch", "detail": null}),
        "{j}"
    );
    let r = run(&w, &s, &["fix", "--do", "--yes"], &env);
    assert_eq!(r.code, Some(0), "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("kill switch of Mullvad is on"),
        "the warning comes first: {}",
        r.stdout
    );
    assert!(r.stdout.contains("ChatGPT works now"), "{}", r.stdout);
    let seen = std::fs::read_to_string(&calls).unwrap();
    assert_eq!(
        seen.lines().filter(|l| *l == "disconnect --wait").count(),
        1,
        "{seen}"
    );
}

#[test]
fn the_daemon_offers_the_fix_on_its_notification_and_reports_it_resolved() {
    use common::desktop::{picking_dmenu, Desktop};
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = nm_with_wg_home("yes");
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    desk.start_dunst(&picking_dmenu(s.path(), "Disconnect WireGuard (wg-home)"));
    let env = desktop_env(&desk, &nm);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = w.daemon(&s, &env);

    let problem = d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(problem["cause"], "vpn_exit_blocked");
    assert!(
        wait_until(SOON, || desk.dunstctl(&["count", "displayed"]).trim()
            == "1"),
        "dunst shows nothing\n{}",
        d.stderr()
    );
    // Nothing without a click.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(nm.calls("DeactivateConnection"), 0);

    let watch = nm.clone();
    down_on_call(
        move || watch.calls("DeactivateConnection"),
        w.client.name.clone(),
        w.vpn.clone(),
    );
    // The fake dmenu picks the fix's button from the notification's actions.
    desk.dunstctl(&["context"]);
    let action = d.expect("action event", SOON, |v| v["event"] == "action");
    assert_eq!(
        action,
        serde_json::json!({"event": "action", "fix": "disconnect_vpn", "via": "networkmanager",
            "target": "wg-home", "result": "done", "detail": null, "undo": false})
    );
    let resolved = d.expect("resolved notification", SOON, |v| {
        is_notification(v, "resolved")
    });
    assert_eq!(
        resolved["body"],
        "ChatGPT works since WireGuard (wg-home) was disconnected."
    );
    assert_eq!(nm.calls("DeactivateConnection"), 1);
    // What the server showed, read back: the resolved notification, with
    // the "Reconnect" button.
    assert!(wait_until(SOON, || desk
        .dunstctl(&["history"])
        .contains("was disconnected")
        || desk.dunstctl(&["count", "displayed"]).trim() == "1"));
    desk.dunstctl(&["close-all"]);
    let h: serde_json::Value = serde_json::from_str(&desk.dunstctl(&["history"])).unwrap();
    let shown = &h["data"][0][0];
    assert_eq!(shown["summary"]["data"], "ChatGPT works again", "{h}");
    assert_eq!(
        shown["body"]["data"],
        "ChatGPT works since WireGuard (wg-home) was disconnected."
    );
    // The history has the action.
    let hist = s.run(&["history", "--json"], &[], Duration::from_secs(20));
    assert!(
        hist.stdout.contains("\"event\":\"action\""),
        "{}",
        hist.stdout
    );
}

#[test]
fn the_tray_offers_the_fix_and_reconnect() {
    use common::desktop::{told_already, Desktop, FakeWatcher};
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = nm_with_wg_home("yes");
    let s = Scratch::new();
    told_already(s.path());
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let cfg = config(&s);
    let c = s.command_in(&w.client, &["--config", cfg.to_str().unwrap(), "-v", "run"]);
    let env = desktop_env(&desk, &nm);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let d = Daemon::spawn(c, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item registered\n{}", d.stderr()));
    let label = "Disconnect WireGuard (wg-home)";
    let find = |label: &str| desk.menu(&item).into_iter().find(|e| e.label == label);
    assert!(
        wait_until(SOON, || find(label).is_some()),
        "no {label:?} in {:#?}\n{}",
        desk.menu(&item),
        d.stderr()
    );
    let watch = nm.clone();
    down_on_call(
        move || watch.calls("DeactivateConnection"),
        w.client.name.clone(),
        w.vpn.clone(),
    );
    assert!(desk.click(&item, find(label).unwrap().id));
    assert!(
        wait_until(SOON, || find("Reconnect").is_some()
            && find(label).is_none()),
        "{:#?}\n{}",
        desk.menu(&item),
        d.stderr()
    );
    assert_eq!(nm.calls("DeactivateConnection"), 1);
    assert!(
        wait_until(SOON, || desk
            .menu(&item)
            .iter()
            .any(|e| e.label == "ChatGPT reachable")),
        "{:#?}",
        desk.menu(&item)
    );
    assert!(desk.click(&item, find("Reconnect").unwrap().id));
    assert!(
        wait_until(SOON, || nm.calls("ActivateConnection") == 1),
        "{}",
        d.stderr()
    );
}

#[test]
fn the_daemon_asks_again_before_a_disconnect_that_leaves_no_internet() {
    use common::desktop::Desktop;
    if !ready() {
        return;
    }
    let w = blocked_vpn("wg0");
    let nm = std::sync::Arc::new(FakeNm::start());
    nm.add_active("ProtonVPN NL#12", "wireguard", "wg0");
    nm.add_saved("pvpn-killswitch", "dummy");
    nm.permission("yes");
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    // dunst's context menu lists "#<label> (<summary>) [<id>,<key>]".
    let dmenu = s.write(
        "dmenu.sh",
        "#!/bin/sh\ngrep -m1 -E '^#(Disconnect WireGuard|Go ahead)'\n",
    );
    sh(&["chmod", "+x", dmenu.to_str().unwrap()]);
    desk.start_dunst(&dmenu);
    let env = desktop_env(&desk, &nm);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = w.daemon(&s, &env);
    d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert!(wait_until(SOON, || desk
        .dunstctl(&["count", "displayed"])
        .trim()
        == "1"));
    let watch = nm.clone();
    down_on_call(
        move || watch.calls("DeactivateConnection"),
        w.client.name.clone(),
        w.vpn.clone(),
    );
    // The fix's button: a confirmation comes first, nothing is done yet.
    desk.dunstctl(&["context"]);
    assert!(
        wait_until(SOON, || desk.dunstctl(&["count", "displayed"]).trim()
            == "1"),
        "no confirmation\n{}",
        d.stderr()
    );
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(nm.calls("DeactivateConnection"), 0, "not before Go ahead");
    // "Go ahead".
    desk.dunstctl(&["context"]);
    d.expect("action event", SOON, |v| {
        v["event"] == "action" && v["result"] == "done"
    });
    assert_eq!(nm.calls("DeactivateConnection"), 1);
    desk.dunstctl(&["close-all"]);
    let h: serde_json::Value = serde_json::from_str(&desk.dunstctl(&["history"])).unwrap();
    let confirmation = h["data"][0]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["summary"]["data"] == "Disconnect WireGuard (ProtonVPN NL#12)?")
        .unwrap_or_else(|| panic!("no confirmation in {h}"));
    let body = confirmation["body"]["data"].as_str().unwrap();
    assert!(
        body.contains("After disconnecting, this computer has no internet at all"),
        "{body}"
    );
}
