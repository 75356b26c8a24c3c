//! `check` with browser profiles in a temporary HOME, through the real
//! binary against a fake site on loopback: the browser causes, the
//! `browsers` contract, and "it works in my browser".
// Profiles laid out where the Linux browsers keep them.
#![cfg(target_os = "linux")]

mod common;

use common::browsers::*;
use common::*;
use serde_json::{json, Value};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(20);

fn check(site: &FakeSite, s: &Scratch, extra: &[&str]) -> (Run, Value) {
    let cfg = s.config(&site.url(""), "", "");
    let mut args = vec!["--config", cfg.to_str().unwrap(), "check", "--json"];
    args.extend_from_slice(extra);
    let run = s.run(&args, &[], LIMIT);
    let j = run.json();
    (run, j)
}

fn serve(name: &str) -> FakeSite {
    let f = fixture(name);
    FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())))
}

fn evidence(j: &Value) -> Vec<String> {
    j["diagnosis"]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().to_string())
        .collect()
}

fn fixes(j: &Value) -> Vec<&str> {
    j["diagnosis"]["fixes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect()
}

/// Chrome with Hola VPN on (and proxying) in Default, a disabled Browsec
/// in Profile 1.
fn chrome_with_hola(s: &Scratch) {
    let h = BrowserHome::new(s.path());
    h.chromium(
        "google-chrome",
        "Default",
        Some(chromium_prefs(
            json!({HOLA: ext(json!([]), Some("198.51.100.21:3128"))}),
            false,
        )),
        None,
    );
    h.chromium(
        "google-chrome",
        "Profile 1",
        Some(chromium_prefs(
            json!({BROWSEC: ext(json!([1]), None)}),
            false,
        )),
        None,
    );
}

fn firefox_with_proxy(s: &Scratch) {
    let h = BrowserHome::new(s.path());
    h.profiles_ini(
        "[Install4F96D1932A9F858E]\nDefault=Profiles/abc.default-release\nLocked=1\n\n\
         [Profile0]\nName=default-release\nIsRelative=1\nPath=Profiles/abc.default-release\n",
    );
    BrowserHome::firefox_profile(
        &h.firefox_dir().join("Profiles/abc.default-release"),
        Some(addons(&[])),
        Some(
            "user_pref(\"network.proxy.type\", 1);\nuser_pref(\"network.proxy.http\", \"198.51.100.21\");\n\
             user_pref(\"network.proxy.http_port\", 3128);\nuser_pref(\"network.proxy.share_proxy_settings\", true);",
        ),
    );
}

#[test]
fn an_enabled_vpn_extension_is_named_with_browser_and_profile() {
    let site = serve("reachable_200");
    let s = Scratch::new();
    chrome_with_hola(&s);
    let (run, j) = check(&site, &s, &["--browser-blocked"]);
    assert_eq!(
        j["diagnosis"]["cause"], "browser_extension",
        "{}",
        run.stdout
    );
    assert_eq!(
        fixes(&j),
        [
            "disable_browser_extension",
            "clear_browser_data",
            "check_browser_permissions"
        ]
    );
    let ev = evidence(&j);
    assert!(
        ev.contains(
            &"Hola VPN is enabled in Chrome (profile Default) and controls its proxy (198.51.100.21:3128)"
                .into()
        ),
        "{ev:?}"
    );
    assert!(
        !ev.iter().any(|e| e.contains("Browsec")),
        "disabled: {ev:?}"
    );
    let step = &j["diagnosis"]["steps"][0];
    let title = step["title"].as_str().unwrap();
    assert!(title.contains("Hola VPN") && title.contains("Chrome") && title.contains("Default"));
    assert!(step["steps"][0]
        .as_str()
        .unwrap()
        .contains("chrome://extensions"));
    assert_eq!(run.code, Some(1));
    // The text report says it too.
    let cfg = s.path().join("config.toml");
    let text = s.run(
        &[
            "--config",
            cfg.to_str().unwrap(),
            "check",
            "--browser-blocked",
        ],
        &[],
        LIMIT,
    );
    assert!(
        text.stdout
            .contains("Cause:    an extension in your browser"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("Turn off Hola VPN in Chrome"),
        "{}",
        text.stdout
    );
}

#[test]
fn a_browser_proxy_setting_and_operas_vpn() {
    let site = serve("reachable_200");
    let s = Scratch::new();
    firefox_with_proxy(&s);
    let (_, j) = check(&site, &s, &["--browser-blocked"]);
    assert_eq!(j["diagnosis"]["cause"], "browser_proxy");
    assert_eq!(fixes(&j)[0], "disable_browser_proxy");
    assert!(evidence(&j).contains(
        &"Firefox (profile default-release) sends web traffic through the proxy 198.51.100.21:3128"
            .into()
    ));
    let steps = j["diagnosis"]["steps"][0]["steps"].to_string();
    assert!(steps.contains("Network Settings"), "{steps}");

    let s = Scratch::new();
    let mut prefs = chromium_prefs(json!({}), true);
    prefs["freedom"] = json!({"proxy_switcher": {"enabled": true}});
    BrowserHome::new(s.path()).chromium("opera", "", Some(prefs), None);
    let (_, j) = check(&site, &s, &["--browser-blocked"]);
    assert_eq!(j["diagnosis"]["cause"], "browser_proxy");
    assert!(evidence(&j).contains(&"Opera's built-in VPN is on in Opera (profile Default)".into()));
    assert!(j["diagnosis"]["steps"][0]["title"]
        .as_str()
        .unwrap()
        .contains("Opera's VPN"));
}

#[test]
fn a_clean_or_disabled_profile_still_gives_browser_side() {
    let site = serve("reachable_200");
    let s = Scratch::new();
    BrowserHome::new(s.path()).chromium(
        "google-chrome",
        "Default",
        Some(chromium_prefs(
            json!({HOLA: ext(json!(1), Some("198.51.100.21:3128"))}),
            false,
        )),
        None,
    );
    let (_, j) = check(&site, &s, &["--browser-blocked"]);
    assert_eq!(j["diagnosis"]["cause"], "browser_side");
    assert_eq!(
        j["browsers"],
        json!([{"browser": "chrome", "profile": "Default", "findings": []}])
    );
}

#[test]
fn findings_with_a_healthy_probe_are_one_evidence_line() {
    let site = serve("reachable_200");
    let s = Scratch::new();
    chrome_with_hola(&s);
    firefox_with_proxy(&s);
    let (run, j) = check(&site, &s, &[]);
    assert_eq!(j["diagnosis"]["cause"], "healthy");
    assert_eq!(run.code, Some(0));
    let lines: Vec<String> = evidence(&j)
        .into_iter()
        .filter(|e| e.contains("Hola VPN") || e.contains("198.51.100.21"))
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("Hola VPN") && lines[0].contains("Firefox (profile default-release)")
    );
    // The contract, exactly.
    assert_eq!(
        j["browsers"],
        json!([
            {"browser": "chrome", "profile": "Default", "findings": [
                {"kind": "vpn_extension", "id": HOLA, "name": "Hola VPN", "detail": "198.51.100.21:3128"}]},
            {"browser": "chrome", "profile": "Profile 1", "findings": []},
            {"browser": "firefox", "profile": "default-release", "findings": [
                {"kind": "proxy_setting", "id": null, "name": "network.proxy.type", "detail": "198.51.100.21:3128"}]}
        ])
    );
}

#[test]
fn it_works_in_my_browser() {
    let site = serve("block_1020_tailwind");
    let s = Scratch::new();
    let (run, j) = check(&site, &s, &["--browser-works"]);
    assert_eq!(j["diagnosis"]["cause"], "probe_refused", "{}", run.stdout);
    assert_eq!(j["diagnosis"]["fixes"], json!([]));
    assert_eq!(j["verdict"]["kind"], "blocked");
    assert!(
        evidence(&j)
            .iter()
            .any(|e| e.contains("the refusal is of blockwatch's own request")),
        "{:?}",
        evidence(&j)
    );
    assert_eq!(j["browsers"], json!([]));
    // Both statements at once make no sense.
    let cfg = s.path().join("config.toml");
    let both = s.run(
        &[
            "--config",
            cfg.to_str().unwrap(),
            "check",
            "--browser-works",
            "--browser-blocked",
        ],
        &[],
        LIMIT,
    );
    assert_eq!(both.code, Some(2));
}

#[test]
fn hostile_profiles_never_fail_the_check() {
    let site = serve("reachable_200");
    let s = Scratch::new();
    let h = BrowserHome::new(s.path());
    let p = h.chromium("google-chrome", "Default", None, None);
    std::fs::write(p.join("Preferences"), [0xffu8, 0, 1, 2]).unwrap();
    h.profiles_ini("[Profile0]\nName=etc\nIsRelative=0\nPath=/etc\n");
    let (run, j) = check(&site, &s, &["--browser-blocked"]);
    assert_eq!(j["diagnosis"]["cause"], "browser_side", "{}", run.stderr);
    assert_eq!(j["browsers"], json!([]));
}
