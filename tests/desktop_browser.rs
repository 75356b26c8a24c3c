//! "ChatGPT works in my browser" on a real desktop: the tray item (read
//! and clicked over D-Bus, under Xvfb with a test-owned watcher) appears
//! only while a problem stands and turns the tray healthy; the problem
//! notification (dunst) carries the same action; both land in the history.
//! Also the browser scan inside the daemon: a report names the extension.
// Xvfb, a session bus and dunst: Linux only.
#![cfg(target_os = "linux")]

mod common;

use common::browsers::*;
use common::desktop::*;
use common::*;
use serde_json::json;
use std::time::Duration;

const SOON: Duration = Duration::from_secs(30);
const WORKS: &str = "ChatGPT works in my browser";

fn blocked_site() -> FakeSite {
    let f = fixture("block_1020_plain");
    FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())))
}

fn history(s: &Scratch) -> Vec<serde_json::Value> {
    std::fs::read_to_string(s.path().join("state/blockwatch/history.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn said_works(s: &Scratch) -> Option<serde_json::Value> {
    history(s)
        .into_iter()
        .find(|r| r["event"] == "browser_works")
}

#[test]
fn the_tray_item_stands_with_the_problem_and_marks_it() {
    let s = Scratch::new();
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let site = blocked_site();
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "-v", "run"]);
    let env: Vec<(&str, String)> = desk.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = Daemon::spawn(c, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item\n{}", d.stderr()));
    let has = |label: &str| desk.menu(&item).iter().any(|e| e.label == label);
    assert!(
        wait_until(SOON, || has(WORKS)),
        "the item never appeared: {:#?}\n{}",
        desk.menu(&item),
        d.stderr()
    );
    // Right below "My browser still shows Access denied".
    let menu = desk.menu(&item);
    let at = |l: &str| menu.iter().position(|e| e.label == l).unwrap();
    assert_eq!(at(WORKS), at("My browser still shows Access denied") + 1);
    let blocked_icon = desk.sni_property(&item, "IconName").unwrap();
    let id = menu.iter().find(|e| e.label == WORKS).unwrap().id;
    assert!(desk.click(&item, id));
    assert!(
        wait_until(SOON, || !has(WORKS)),
        "the item stayed after it was used: {:#?}",
        desk.menu(&item)
    );
    assert!(
        wait_until(SOON, || has("Check refused by Cloudflare (error 1020)")),
        "{:#?}",
        desk.menu(&item)
    );
    // The icon leaves the blocked state.
    assert!(
        wait_until(SOON, || desk.sni_property(&item, "IconName")
            != Some(blocked_icon.clone())),
        "the icon stayed the blocked one"
    );
    assert!(wait_until(SOON, || said_works(&s).is_some()));
    let r = said_works(&s).unwrap();
    assert_eq!(r["cause"], "public_ip_blocked");
    assert_eq!(r["cloudflare_code"], 1020);
    let quit = desk
        .menu(&item)
        .iter()
        .find(|e| e.label == "Quit")
        .unwrap()
        .id;
    assert!(desk.click(&item, quit));
    assert_eq!(
        d.wait_exit(Duration::from_secs(15)),
        Some(0),
        "{}",
        d.stderr()
    );
}

#[test]
fn the_notification_offers_the_same_action() {
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    desk.start_dunst(&picking_dmenu(s.path(), WORKS));
    let site = blocked_site();
    let cfg = s.config(&site.url(""), "", "");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "-v", "run", "--headless"]);
    let env: Vec<(&str, String)> = desk.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = Daemon::spawn(c, &env);
    d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert!(wait_until(SOON, || desk
        .dunstctl(&["count", "displayed"])
        .trim()
        == "1"));
    desk.dunstctl(&["context"]);
    assert!(
        wait_until(SOON, || said_works(&s).is_some()),
        "no statement recorded\n{}",
        d.stderr()
    );
    assert_eq!(said_works(&s).unwrap()["cause"], "public_ip_blocked");
}

#[test]
fn the_daemon_reports_what_the_browsers_hold() {
    let s = Scratch::new();
    BrowserHome::new(s.path()).chromium(
        "google-chrome",
        "Default",
        Some(chromium_prefs(
            json!({HOLA: ext(json!([]), Some("198.51.100.21:3128"))}),
            false,
        )),
        None,
    );
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let mut d = s.spawn(
        &["--config", cfg.to_str().unwrap(), "run", "--headless"],
        &[],
    );
    d.expect("verdict", SOON, |v| v["event"] == "verdict");
    // The saved assessment carries the scan, as check --json does.
    let state = s.path().join("state/blockwatch/state.json");
    assert!(
        wait_until(SOON, || std::fs::read_to_string(&state)
            .is_ok_and(|t| t.contains("Hola VPN"))),
        "{}",
        d.stderr()
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let a = &saved["assessment"];
    assert_eq!(a["diagnosis"]["cause"], "healthy");
    assert_eq!(a["facts"]["browsers"][0]["findings"][0]["name"], "Hola VPN");
    assert!(
        a["diagnosis"]["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["fact"] == "browser_findings"),
        "{a}"
    );
}
