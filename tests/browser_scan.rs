//! The browser scan against fixture profiles in a temporary HOME: every
//! browser and file format it reads, and hostile files it must skip
//! without failing or hanging.
// Profiles laid out where the Linux browsers keep them (and a FIFO).
#![cfg(target_os = "linux")]

mod common;

use blockwatch::adapters::browsers::{roots_in, scan_roots};
use blockwatch::core::browsers::{Browser, FindingKind, ProfileFindings};
use common::browsers::*;
use serde_json::json;
use std::time::{Duration, Instant};

fn scan(h: &BrowserHome) -> Vec<ProfileFindings> {
    scan_roots(
        &roots_in(&h.home, &h.config),
        "chatgpt.com",
        Duration::from_secs(10),
    )
}

fn profile<'a>(all: &'a [ProfileFindings], b: Browser, name: &str) -> &'a ProfileFindings {
    all.iter()
        .find(|p| p.browser == b && p.profile == name)
        .unwrap_or_else(|| panic!("{b:?}/{name} not listed in {all:#?}"))
}

fn names(p: &ProfileFindings) -> Vec<(FindingKind, &str)> {
    p.findings
        .iter()
        .map(|f| (f.kind, f.name.as_str()))
        .collect()
}

#[test]
fn every_browser_and_format() {
    let tmp = tempfile::tempdir().unwrap();
    let h = BrowserHome::new(tmp.path());
    // Chrome: list disable_reasons; a proxying VPN, a disabled one.
    h.chromium(
        "google-chrome",
        "Default",
        Some(chromium_prefs(
            json!({HOLA: ext(json!([]), Some("198.51.100.21:3128")),
                   BROWSEC: ext(json!([1]), Some("198.51.100.22:443"))}),
            false,
        )),
        Some(json!({"protection": {"macs": {}}})),
    );
    h.chromium(
        "google-chrome",
        "Profile 1",
        Some(chromium_prefs(json!({}), false)),
        None,
    );
    // Chromium from the snap, integer bitmask (0: enabled).
    h.chromium(
        "~/snap/chromium/common/chromium",
        "Default",
        Some(chromium_prefs(json!({NORD: ext(json!(0), None)}), false)),
        None,
    );
    // Edge: the settings only in Secure Preferences (as on Windows and macOS).
    h.chromium(
        "microsoft-edge",
        "Profile 2",
        Some(json!({"browser": {}})),
        Some(json!({"extensions": {"settings": {URBAN: ext(json!([]), None)}}})),
    );
    // Brave: an unknown extension that sets the proxy, named by __MSG_…__.
    let brave = h.chromium(
        "BraveSoftware/Brave-Browser",
        "Default",
        Some(chromium_prefs(
            json!({UNKNOWN_PROXY: ext(json!([]), Some("socks5://203.0.113.9:1080"))}),
            false,
        )),
        None,
    );
    BrowserHome::extension(
        &brave,
        UNKNOWN_PROXY,
        json!({"name": "__MSG_extName__", "default_locale": "en", "manifest_version": 3}),
        Some(json!({"extName": {"message": "Quick Proxy Switch"}})),
    );
    // Vivaldi: bitmask 1 = disabled by the user: never blamed.
    h.chromium(
        "vivaldi",
        "Default",
        Some(chromium_prefs(json!({HOLA: ext(json!(1), None)}), false)),
        None,
    );
    // Opera: the root is the profile; opsettings and the built-in VPN.
    let mut opera = chromium_prefs(json!({BROWSEC: ext(json!([]), None)}), true);
    opera["freedom"] = json!({"proxy_switcher": {"enabled": true, "bypass_for_search": true}});
    h.chromium("opera", "", Some(opera), None);
    // Firefox: a locked install default (relative), an absolute path inside
    // the folder, add-ons, a manual proxy and DNS over HTTPS.
    let ff = h.firefox_dir();
    let abs = ff.join("Profiles/abs.work");
    h.profiles_ini(&format!(
        "[Install4F96D1932A9F858E]\nDefault=Profiles/rel.default-release\nLocked=1\n\n\
         [Profile1]\nName=work\nIsRelative=0\nPath={}\n\n\
         [Profile0]\nName=default-release\nIsRelative=1\nPath=Profiles/rel.default-release\nDefault=1\n\n\
         [General]\nStartWithLastProfile=1\nVersion=2\n",
        abs.display()
    ));
    BrowserHome::firefox_profile(
        &ff.join("Profiles/rel.default-release"),
        Some(addons(&[
            ("foxyproxy@eric.h.jung", true),
            ("browsec@browsec.com", false),
            ("uBlock0@raymondhill.net", true),
        ])),
        Some(
            "user_pref(\"network.proxy.type\", 1);\nuser_pref(\"network.proxy.ssl\", \"198.51.100.21\");\n\
             user_pref(\"network.proxy.ssl_port\", 3128);\nuser_pref(\"network.trr.mode\", 2);\n\
             user_pref(\"network.trr.uri\", \"https://dns.example/dns-query\");",
        ),
    );
    BrowserHome::firefox_profile(&abs, Some(addons(&[])), Some(""));

    let all = scan(&h);
    let chrome = profile(&all, Browser::Chrome, "Default");
    assert_eq!(names(chrome), [(FindingKind::VpnExtension, "Hola VPN")]);
    assert_eq!(chrome.findings[0].id.as_deref(), Some(HOLA));
    assert_eq!(
        chrome.findings[0].detail.as_deref(),
        Some("198.51.100.21:3128")
    );
    assert!(profile(&all, Browser::Chrome, "Profile 1")
        .findings
        .is_empty());
    assert_eq!(
        names(profile(&all, Browser::Chromium, "Default")),
        [(FindingKind::VpnExtension, "NordVPN")]
    );
    assert_eq!(
        names(profile(&all, Browser::Edge, "Profile 2")),
        [(FindingKind::VpnExtension, "Urban VPN")]
    );
    let b = profile(&all, Browser::Brave, "Default");
    assert_eq!(
        names(b),
        [(FindingKind::VpnExtension, "Quick Proxy Switch")]
    );
    assert_eq!(
        b.findings[0].detail.as_deref(),
        Some("socks5://203.0.113.9:1080")
    );
    assert!(profile(&all, Browser::Vivaldi, "Default")
        .findings
        .is_empty());
    assert_eq!(
        names(profile(&all, Browser::Opera, "Default")),
        [
            (FindingKind::VpnExtension, "Browsec"),
            (FindingKind::BuiltinVpn, "Opera VPN")
        ]
    );
    let ff = profile(&all, Browser::Firefox, "default-release");
    assert_eq!(
        names(ff),
        [
            (FindingKind::VpnExtension, "FoxyProxy"),
            (FindingKind::ProxySetting, "network.proxy.type"),
            (FindingKind::Doh, "network.trr.mode")
        ]
    );
    assert_eq!(ff.findings[1].detail.as_deref(), Some("198.51.100.21:3128"));
    assert!(profile(&all, Browser::Firefox, "work").findings.is_empty());
    assert_eq!(all.len(), 9, "{all:#?}");
    let json = serde_json::to_value(&all).unwrap();
    assert_eq!(json[0]["browser"], "chrome");
    assert_eq!(json[0]["findings"][0]["kind"], "vpn_extension");
}

#[test]
fn an_unnamed_manifest_falls_back_to_the_id() {
    let tmp = tempfile::tempdir().unwrap();
    let h = BrowserHome::new(tmp.path());
    let dir = h.chromium(
        "chromium",
        "Default",
        Some(chromium_prefs(
            json!({UNKNOWN_PROXY: ext(json!([]), Some("203.0.113.9:8080"))}),
            false,
        )),
        None,
    );
    // A message key with no locale file is not a name.
    BrowserHome::extension(
        &dir,
        UNKNOWN_PROXY,
        json!({"name": "__MSG_appName__"}),
        None,
    );
    let all = scan(&h);
    assert_eq!(all[0].findings[0].name, UNKNOWN_PROXY);
}

#[cfg(unix)]
#[test]
fn hostile_files_are_skipped_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    let h = BrowserHome::new(tmp.path());
    let good = chromium_prefs(json!({HOLA: ext(json!([]), None)}), false);
    // Invalid JSON in one file: the other still counts.
    let p = h.chromium("google-chrome", "Default", Some(good.clone()), None);
    std::fs::write(p.join("Secure Preferences"), b"{\"extensions\": {").unwrap();
    // Invalid JSON only, binary junk, a 20 MB file: the profile is not listed.
    let p = h.chromium("google-chrome", "Profile 1", None, None);
    std::fs::write(p.join("Preferences"), b"{\"extensions\": ").unwrap();
    let p = h.chromium("google-chrome", "Profile 2", None, None);
    std::fs::write(p.join("Preferences"), [0u8, 0xff, 0xfe, 7, 0x80, 0x1b]).unwrap();
    let p = h.chromium("google-chrome", "Profile 3", None, None);
    let mut big = good.to_string().into_bytes();
    big.pop();
    big.extend(format!(", \"pad\": \"{}\"}}", "x".repeat(20_000_000)).bytes());
    std::fs::write(p.join("Preferences"), &big).unwrap();
    // A symlink loop, a FIFO, a directory where a file should be.
    let p = h.chromium("google-chrome", "Profile 4", None, None);
    std::os::unix::fs::symlink(p.join("Preferences"), p.join("Preferences")).unwrap();
    std::os::unix::fs::symlink(".", p.join("Extensions")).unwrap();
    let p = h.chromium("google-chrome", "Profile 5", None, None);
    let fifo = std::ffi::CString::new(p.join("Preferences").to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    let p = h.chromium("google-chrome", "Profile 6", None, None);
    std::fs::create_dir(p.join("Preferences")).unwrap();
    // A profile folder that loops onto itself.
    std::os::unix::fs::symlink(
        h.config.join("google-chrome/Profile 7"),
        h.config.join("google-chrome/Profile 7"),
    )
    .unwrap();
    // profiles.ini pointing to /etc (absolute and relative), binary junk in
    // extensions.json and prefs.js.
    let ff = h.firefox_dir();
    h.profiles_ini(
        "[Install1]\nDefault=/etc\n\n[Profile0]\nName=etc\nIsRelative=0\nPath=/etc\n\n\
         [Profile1]\nName=up\nIsRelative=1\nPath=../../../../../../etc\n\n\
         [Profile2]\nName=junk\nIsRelative=1\nPath=Profiles/junk\n",
    );
    std::fs::create_dir_all(ff.join("Profiles/junk")).unwrap();
    std::fs::write(ff.join("Profiles/junk/extensions.json"), [0xffu8; 64]).unwrap();
    std::fs::write(
        ff.join("Profiles/junk/prefs.js"),
        [0x00u8, 0xc3, 0x28, 10, 13],
    )
    .unwrap();

    let start = Instant::now();
    let all = scan(&h);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "the FIFO blocked the scan"
    );
    let listed: Vec<_> = all
        .iter()
        .map(|p| (p.browser, p.profile.as_str()))
        .collect();
    assert_eq!(
        listed,
        [(Browser::Chrome, "Default"), (Browser::Firefox, "junk")]
    );
    assert_eq!(all[0].findings[0].name, "Hola VPN");
    assert!(all[1].findings.is_empty());
}

#[test]
fn nothing_installed_is_an_empty_list() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(scan(&BrowserHome::new(tmp.path())).is_empty());
}

#[test]
fn the_scan_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let h = BrowserHome::new(tmp.path());
    h.chromium(
        "google-chrome",
        "Default",
        Some(chromium_prefs(json!({HOLA: ext(json!([]), None)}), false)),
        None,
    );
    h.profiles_ini("[Profile0]\nName=a\nIsRelative=1\nPath=a\n");
    BrowserHome::firefox_profile(&h.firefox_dir().join("a"), Some(addons(&[])), Some(""));
    let before = snapshot(tmp.path());
    scan(&h);
    assert_eq!(snapshot(tmp.path()), before);
}

fn snapshot(dir: &std::path::Path) -> Vec<(std::path::PathBuf, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let m = e.metadata().unwrap();
            if m.is_dir() {
                stack.push(e.path());
            }
            out.push((e.path(), m.len(), m.modified().unwrap()));
        }
    }
    out.sort();
    out
}
