//! Notifications read back from a real notification server (dunst) on a
//! private session bus under Xvfb, the "Show fix steps" click opening the
//! page through a recording `$BROWSER`, "Check again" probing again, and a
//! server without buttons getting the steps' location in the body.
// Linux only: Xvfb, D-Bus and dunst.
#![cfg(target_os = "linux")]

mod common;

use common::desktop::*;
use common::*;
use std::time::Duration;

const SOON: Duration = Duration::from_secs(30);

fn blocked_site() -> FakeSite {
    let f = fixture("block_1020_plain");
    FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())))
}

fn start_daemon(s: &Scratch, site: &FakeSite, env: &[(&str, String)]) -> Daemon {
    let cfg = s.config(&site.url(""), "", "");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "-v", "run", "--headless"]);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Daemon::spawn(c, &env)
}

fn have(program: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

#[test]
fn click_on_the_notification_opens_the_fix_page() {
    assert!(have("Xvfb") && have("dunst"), "run .ci/install-deps test");
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    desk.start_dunst(&picking_dmenu(s.path(), "Show fix steps"));
    let (browser, opened) = recording_browser(s.path());
    let site = blocked_site();
    let mut env = desk.env();
    env.push(("BROWSER", browser.display().to_string()));
    let mut d = start_daemon(&s, &site, &env);

    let n = d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert!(
        wait_until(SOON, || desk.dunstctl(&["count", "displayed"]).trim()
            == "1"),
        "dunst shows nothing\n{}",
        d.stderr()
    );
    // A click on the notification (its default action).
    desk.dunstctl(&["action", "0"]);
    assert!(
        wait_until(SOON, || std::fs::read_to_string(&opened)
            .is_ok_and(|t| t.contains("fix.html"))),
        "the browser was not asked to open the page\n{}",
        d.stderr()
    );
    let page_path = std::fs::read_to_string(&opened)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert!(
        page.contains("ChatGPT refuses your internet address (error 1020)"),
        "{page}"
    );
    assert!(page.contains("Restart your router to get a new address"));
    assert!(page.contains("What blockwatch does next"));

    // What the server showed, read back from its history.
    desk.dunstctl(&["close-all"]);
    let history = desk.dunstctl(&["history"]);
    let h: serde_json::Value = serde_json::from_str(&history).unwrap();
    let shown = &h["data"][0][0];
    assert_eq!(shown["summary"]["data"], n["title"], "{history}");
    assert_eq!(shown["body"]["data"], n["body"]);
    assert_eq!(shown["appname"]["data"], "blockwatch");
    // This server has buttons: the body is the fix alone.
    assert!(!shown["body"]["data"]
        .as_str()
        .unwrap()
        .contains("blockwatch fix"));
}

#[test]
fn check_again_from_the_notification_probes_once_more() {
    assert!(have("Xvfb") && have("dunst"), "run .ci/install-deps test");
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    desk.start_dunst(&picking_dmenu(s.path(), "Check again"));
    let site = blocked_site();
    let mut d = start_daemon(&s, &site, &desk.env());
    d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert!(wait_until(SOON, || desk
        .dunstctl(&["count", "displayed"])
        .trim()
        == "1"));
    let before = site.count("/");
    // The context menu lists the actions; the fake dmenu picks "Check again".
    desk.dunstctl(&["context"]);
    assert!(
        wait_until(SOON, || site.count("/") > before),
        "no new probe after Check again\n{}",
        d.stderr()
    );
    // Exactly one more probe, and the unchanged problem is not notified again.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(site.count("/"), before + 1);
    assert_eq!(d.events("notification").len(), 1);
}

#[test]
fn a_server_without_buttons_gets_told_where_the_steps_are() {
    assert!(have("dbus-daemon"), "run .ci/install-deps test");
    let s = Scratch::new();
    let desk = Desktop::start(s.path());
    let server = FakeNotifications::start(&desk.bus, &["body"]);
    let site = blocked_site();
    let mut d = start_daemon(&s, &site, &[("DBUS_SESSION_BUS_ADDRESS", desk.bus.clone())]);
    d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    let call = server.wait_for_call(SOON).expect("a Notify call");
    assert_eq!(
        call.summary,
        "ChatGPT refuses your internet address (error 1020)"
    );
    assert!(call.actions.is_empty(), "{:?}", call.actions);
    // The icon of its state, not the application's.
    assert!(call.icon.ends_with("/blocked.png"), "{}", call.icon);
    assert!(
        call.body
            .starts_with("Restart your router to get a new address."),
        "{}",
        call.body
    );
    assert!(
        call.body
            .contains("Fix steps: run `blockwatch fix` or open "),
        "{}",
        call.body
    );
    assert!(call.body.contains("fix.html"), "{}", call.body);
}

#[test]
fn no_session_bus_is_not_an_error() {
    let s = Scratch::new();
    let site = blocked_site();
    let mut d = start_daemon(
        &s,
        &site,
        &[(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/bus".into(),
        )],
    );
    let n = d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(n["cause"], "public_ip_blocked");
    assert!(d.child.try_wait().unwrap().is_none(), "still running");
    // The fix page is there for `blockwatch fix` all the same.
    let (browser, opened) = recording_browser(s.path());
    let b = browser.display().to_string();
    let run = s.run(
        &["fix"],
        &[("BROWSER", b.as_str())],
        Duration::from_secs(20),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // The browser is started detached: it may write a moment after `fix` ends.
    assert!(wait_until(SOON, || std::fs::read_to_string(&opened)
        .is_ok_and(|t| t.contains("fix.html"))));
}

#[test]
fn a_chinese_desktop_gets_a_chinese_notification() {
    assert!(have("Xvfb") && have("dunst"), "run .ci/install-deps test");
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    desk.start_dunst(&picking_dmenu(s.path(), "查看解决步骤"));
    let site = blocked_site();
    let mut env = desk.env();
    env.push(("LANG", "zh_CN.UTF-8".into()));
    env.push(("BROWSER", "true".into()));
    let mut d = start_daemon(&s, &site, &env);

    // The headless event is a contract: English.
    let n = d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(
        n["title"],
        "ChatGPT refuses your internet address (error 1020)"
    );
    assert!(
        wait_until(SOON, || desk.dunstctl(&["count", "displayed"]).trim()
            == "1"),
        "dunst shows nothing\n{}",
        d.stderr()
    );
    desk.dunstctl(&["close-all"]);
    let history = desk.dunstctl(&["history"]);
    let h: serde_json::Value = serde_json::from_str(&history).unwrap();
    let shown = &h["data"][0][0];
    // Isolation marks keep numbers and addresses in order inside
    // right-to-left text; they are invisible, so compare without them.
    let plain = |v: &serde_json::Value| {
        v.as_str()
            .unwrap_or_default()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(
        plain(&shown["summary"]["data"]),
        "ChatGPT 拒绝了你的公网地址（错误 1020）",
        "{history}"
    );
    assert_eq!(
        plain(&shown["body"]["data"]),
        "重启路由器以获得新地址。",
        "{history}"
    );
    assert_eq!(shown["appname"]["data"], "blockwatch");
    // The fix page it wrote is Chinese too.
    let page = std::fs::read_to_string(s.path().join("state/blockwatch/fix.html")).unwrap();
    assert!(page.contains("<html lang=\"zh-CN\" dir=\"ltr\">"), "{page}");
    assert!(page.contains("Noto Sans CJK SC"), "{page}");
    assert!(page.contains("怎么办（按顺序尝试）"), "{page}");
}
