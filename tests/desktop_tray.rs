//! The tray build under Xvfb on a private session bus, with a
//! StatusNotifierWatcher owned by the test: the item registers, its menu
//! shows the block a loopback site answers, "Check now" probes again, a
//! click on the notification opens the fix page, and "Quit" ends the
//! process cleanly with the history flushed.
// Linux only: Xvfb, D-Bus and the GTK tray.
#![cfg(target_os = "linux")]

mod common;

use common::desktop::*;
use common::*;
use std::time::Duration;

const SOON: Duration = Duration::from_secs(30);

fn entry<'a>(menu: &'a [MenuEntry], label: &str) -> &'a MenuEntry {
    menu.iter()
        .find(|e| e.label == label)
        .unwrap_or_else(|| panic!("no menu entry {label:?} in {menu:#?}"))
}

#[test]
fn tray_menu_shows_the_block_and_acts() {
    let s = Scratch::new();
    told_already(s.path());
    let mut desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    desk.start_dunst(&picking_dmenu(s.path(), "Show fix steps"));
    let (browser, opened) = recording_browser(s.path());
    let f = fixture("block_1020_plain");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "");

    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "-v", "run"]);
    let mut env: Vec<(&str, String)> = desk.env();
    env.push(("BROWSER", browser.display().to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = Daemon::spawn(c, &env);

    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item registered\n{}", d.stderr()));
    // The menu carries the state.
    let blocked = "ChatGPT blocks your address (error 1020)";
    assert!(
        wait_until(SOON, || desk.menu(&item).iter().any(|e| e.label == blocked)),
        "menu never showed the block: {:#?}\n{}",
        desk.menu(&item),
        d.stderr()
    );
    let menu = desk.menu(&item);
    for label in [
        "Check now",
        "Show fix steps",
        "My browser still shows Access denied",
        "Pause for 1\u{a0}hour",
        "Start at login",
        "Open history",
        "Quit",
    ] {
        entry(&menu, label);
    }
    assert!(
        !entry(&menu, blocked).enabled,
        "the status line is information"
    );
    assert!(
        menu.iter()
            .any(|e| e.label.starts_with("Public IP: 127.0.0.1")),
        "{menu:#?}"
    );
    assert!(menu.iter().any(|e| e.label == "VPN: off"), "{menu:#?}");
    assert!(
        menu.iter().any(|e| e.label.starts_with("Last check: ")),
        "{menu:#?}"
    );
    assert_eq!(entry(&menu, "Start at login").toggle_state, Some(0));
    // The icon is the blocked one (a file the indicator points at).
    let icon = desk.sni_property(&item, "IconName").unwrap();
    assert!(
        icon.as_str().unwrap().contains("tray-icon-blockwatch"),
        "{icon}"
    );

    // "Check now" makes exactly one new probe.
    let before = site.count("/");
    assert!(desk.click(&item, entry(&menu, "Check now").id));
    assert!(
        wait_until(SOON, || site.count("/") > before),
        "no probe after Check now"
    );
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(site.count("/"), before + 1);

    // The notification was shown; a click on it opens the fix page.
    assert!(
        wait_until(SOON, || desk.dunstctl(&["count", "displayed"]).trim()
            == "1"),
        "{}",
        d.stderr()
    );
    desk.dunstctl(&["action", "0"]);
    assert!(
        wait_until(SOON, || std::fs::read_to_string(&opened)
            .is_ok_and(|t| t.contains("fix.html"))),
        "the fix page was not opened\n{}",
        d.stderr()
    );

    // "Start at login" writes the autostart entry and shows the tick.
    assert!(desk.click(&item, entry(&menu, "Start at login").id));
    let autostart = s
        .path()
        .join("config/autostart/io.github.blockwatch.Blockwatch.desktop");
    assert!(
        wait_until(SOON, || autostart.exists()),
        "no autostart entry\n{}",
        d.stderr()
    );
    assert!(wait_until(SOON, || entry(
        &desk.menu(&item),
        "Start at login"
    )
    .toggle_state
        == Some(1)));

    // Quit ends the process cleanly, history flushed.
    assert!(desk.click(&item, entry(&menu, "Quit").id));
    assert_eq!(
        d.wait_exit(Duration::from_secs(15)),
        Some(0),
        "{}",
        d.stderr()
    );
    let h = s.run(&["history", "--json"], &[], Duration::from_secs(10));
    let last: serde_json::Value = serde_json::from_str(h.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(last["event"], "stop", "{}", h.stdout);
}

#[test]
fn without_a_display_it_runs_headless() {
    let s = Scratch::new();
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "run"]);
    // A display that is not there: GTK cannot start; the monitor still runs.
    let mut d = Daemon::spawn(c, &[("DISPLAY", ":9999")]);
    let v = d.expect("verdict event on stdout", SOON, |v| v["event"] == "verdict");
    assert_eq!(v["verdict"]["kind"], "reachable");
    assert!(d.stderr().contains("running headless"), "{}", d.stderr());
}

#[test]
fn without_the_tray_helper_it_runs_headless_and_says_why() {
    let s = Scratch::new();
    // blockwatch alone, without blockwatch-tray beside it.
    let lonely = s.path().join("blockwatch");
    std::fs::copy(BIN, &lonely).unwrap();
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "");
    let mut c = s.command(lonely.to_str().unwrap());
    c.args(["--config", cfg.to_str().unwrap(), "run"]);
    let mut d = Daemon::spawn(c, &[("DISPLAY", ":9999")]);
    let v = d.expect("verdict event on stdout", SOON, |v| v["event"] == "verdict");
    assert_eq!(v["verdict"]["kind"], "reachable");
    assert!(
        d.stderr().contains("is not installed); running headless"),
        "{}",
        d.stderr()
    );
}

#[test]
fn a_russian_desktop_gets_a_russian_menu() {
    let s = Scratch::new();
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let f = fixture("block_1020_plain");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "run"]);
    let mut env: Vec<(&str, String)> = desk.env();
    env.push(("LANG", "ru_RU.UTF-8".into()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = Daemon::spawn(c, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item registered\n{}", d.stderr()));
    let blocked = "ChatGPT блокирует ваш адрес (ошибка 1020)";
    assert!(
        wait_until(SOON, || desk.menu(&item).iter().any(|e| e.label == blocked)),
        "menu never showed the block: {:#?}\n{}",
        desk.menu(&item),
        d.stderr()
    );
    let menu = desk.menu(&item);
    for label in [
        "Проверить сейчас",
        "Как исправить",
        "Браузер всё ещё показывает Access denied",
        "Пауза на 1\u{a0}час",
        "Запускать при входе в систему",
        "Открыть историю",
        "Выход",
        "VPN: выключен",
    ] {
        entry(&menu, label);
    }
    assert!(
        menu.iter()
            .any(|e| e.label.starts_with("Публичный IP: 127.0.0.1")),
        "{menu:#?}"
    );
    assert!(
        menu.iter()
            .any(|e| e.label.starts_with("Последняя проверка: ")),
        "{menu:#?}"
    );
    assert!(desk.click(&item, entry(&menu, "Выход").id));
    assert_eq!(
        d.wait_exit(Duration::from_secs(15)),
        Some(0),
        "{}",
        d.stderr()
    );
}

/// With the package's system-wide autostart entry, "Start at login" starts
/// ticked; unticking hides that entry for this user, ticking brings it back.
#[test]
fn start_at_login_follows_the_system_wide_entry() {
    use blockwatch::adapters::autostart::{desktop_exec_arg, fill, DESKTOP_TEMPLATE};
    let s = Scratch::new();
    let sys_dir = s.path().join("etc-xdg/autostart");
    std::fs::create_dir_all(&sys_dir).unwrap();
    std::fs::write(
        sys_dir.join("io.github.blockwatch.Blockwatch.desktop"),
        fill(DESKTOP_TEMPLATE, &desktop_exec_arg(BIN), "blockwatch"),
    )
    .unwrap();
    let user_entry = s
        .path()
        .join("config/autostart/io.github.blockwatch.Blockwatch.desktop");
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "run"]);
    let env: Vec<(&str, String)> = desk.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut d = Daemon::spawn(c, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item registered\n{}", d.stderr()));
    let toggle = |desk: &Desktop| entry(&desk.menu(&item), "Start at login").toggle_state;
    assert_eq!(toggle(&desk), Some(1), "the system-wide entry starts it");

    assert!(desk.click(&item, entry(&desk.menu(&item), "Start at login").id));
    assert!(
        wait_until(SOON, || std::fs::read_to_string(&user_entry)
            .is_ok_and(|t| t.lines().any(|l| l == "Hidden=true"))),
        "no hiding entry\n{}",
        d.stderr()
    );
    assert!(wait_until(SOON, || toggle(&desk) == Some(0)));

    assert!(desk.click(&item, entry(&desk.menu(&item), "Start at login").id));
    assert!(
        wait_until(SOON, || !user_entry.exists()),
        "the hide stayed\n{}",
        d.stderr()
    );
    assert!(wait_until(SOON, || toggle(&desk) == Some(1)));

    assert!(desk.click(&item, entry(&desk.menu(&item), "Quit").id));
    assert_eq!(d.wait_exit(SOON), Some(0), "{}", d.stderr());
}
