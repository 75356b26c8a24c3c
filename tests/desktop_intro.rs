//! The tray build's own notices, on a desktop of the test's (Xvfb, a private
//! session bus, a notification server that records every call): the first
//! start says once that blockwatch now watches ChatGPT and what it sees;
//! a desktop without a tray (no StatusNotifierItem host, no XEmbed tray)
//! is told once how to get the icon while blockwatch keeps working; and
//! panels that want symbolic icons get them by name.
// Linux only: Xvfb, D-Bus and the GTK tray.
#![cfg(target_os = "linux")]

mod common;

use common::desktop::*;
use common::*;
use std::time::Duration;

const SOON: Duration = Duration::from_secs(30);
/// The tray waits this long (intro::GRACE) for a panel before it says so.
const GRACE: Duration = Duration::from_secs(15);

fn env_of(desk: &Desktop, extra: &[(&'static str, String)]) -> Vec<(&'static str, String)> {
    let mut env = desk.env();
    env.extend(extra.iter().cloned());
    env
}

fn spawn(s: &Scratch, cfg: &std::path::Path, env: &[(&'static str, String)]) -> Daemon {
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "run"]);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Daemon::spawn(c, &env)
}

#[test]
fn without_a_tray_it_says_so_once_and_keeps_working() {
    let s = Scratch::new();
    let desk = Desktop::start(s.path());
    let server = FakeNotifications::start(&desk.bus, &["body"]);
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "");
    // GNOME, with the system's data folders (GTK needs them) and one of
    // the test's.
    let data = s.path().join("usr-share");
    std::fs::create_dir_all(&data).unwrap();
    let env = env_of(
        &desk,
        &[
            ("XDG_CURRENT_DESKTOP", "GNOME".into()),
            ("XDG_DATA_DIRS", format!("{}:/usr/share", data.display())),
        ],
    );
    let installed = std::path::Path::new(
        "/usr/share/gnome-shell/extensions/appindicatorsupport@rgcjonas.gmail.com",
    )
    .is_dir();
    let mut d = spawn(&s, &cfg, &env);

    let n = server
        .wait_for_call(GRACE + SOON)
        .unwrap_or_else(|| panic!("no notification\n{}", d.stderr()));
    assert_eq!(n.summary, "blockwatch runs without a tray icon", "{n:?}");
    assert!(
        n.body.contains("(right now: ChatGPT reachable)"),
        "{}",
        n.body
    );
    let remedy = if installed {
        "`gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com`"
    } else {
        "`sudo apt install gnome-shell-extension-appindicator`"
    };
    assert!(n.body.contains(remedy), "{}", n.body);
    assert!(n.actions.is_empty(), "{n:?}");
    assert!(
        d.stderr().contains("no tray icon can be seen"),
        "{}",
        d.stderr()
    );
    // One notification: the first start's words are in it.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(server.calls.lock().unwrap().len(), 1);
    // Still watching: "Check now" is not reachable without a tray, but the
    // process runs and checks (the history has its verdicts).
    assert!(d.child.try_wait().unwrap().is_none(), "it stopped");
    let h = s.run(&["history", "--json"], &[], SOON);
    assert!(h.stdout.contains(r#""event":"verdict""#), "{}", h.stdout);
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(SOON), Some(0), "{}", d.stderr());

    // The second start on the same desktop: nothing said again.
    let mut again = spawn(&s, &cfg, &env);
    assert!(
        wait_until(GRACE + SOON, || again
            .stderr()
            .contains("no tray icon can be seen")),
        "{}",
        again.stderr()
    );
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        server.calls.lock().unwrap().len(),
        1,
        "{:?}",
        server.calls.lock().unwrap()
    );
    again.signal(libc::SIGTERM);
    assert_eq!(again.wait_exit(SOON), Some(0), "{}", again.stderr());
}

#[test]
fn the_first_start_is_greeted_once() {
    let s = Scratch::new();
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let server = FakeNotifications::start(&desk.bus, &["body", "actions"]);
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "");
    let env = env_of(&desk, &[]);
    let mut d = spawn(&s, &cfg, &env);
    let n = server
        .wait_for_call(SOON)
        .unwrap_or_else(|| panic!("no notification\n{}", d.stderr()));
    assert_eq!(n.summary, "blockwatch now watches ChatGPT", "{n:?}");
    assert!(
        n.body.starts_with("Right now: ChatGPT reachable."),
        "{}",
        n.body
    );
    assert!(
        n.icon.ends_with("blockwatch.png"),
        "the application's icon: {n:?}"
    );
    assert_eq!(
        n.desktop_entry.as_deref(),
        Some(blockwatch::version::APP_ID),
        "the launcher it belongs to"
    );
    assert!(watcher.wait_for_item(SOON).is_some());
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(SOON), Some(0), "{}", d.stderr());
    server.calls.lock().unwrap().clear();
    watcher.items.lock().unwrap().clear();

    let mut again = spawn(&s, &cfg, &env);
    let item = watcher.wait_for_item(SOON).unwrap();
    assert!(
        wait_until(SOON, || desk
            .menu(&item)
            .iter()
            .any(|e| e.label == "ChatGPT reachable")),
        "{}",
        again.stderr()
    );
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        server.calls.lock().unwrap().is_empty(),
        "greeted twice: {:?}",
        server.calls.lock().unwrap()
    );
    again.signal(libc::SIGTERM);
    assert_eq!(again.wait_exit(SOON), Some(0), "{}", again.stderr());
}

#[test]
fn gnome_and_kde_get_symbolic_icons_by_name() {
    let s = Scratch::new();
    told_already(s.path());
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let f = fixture("block_1020_plain");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let env = env_of(&desk, &[("XDG_CURRENT_DESKTOP", "ubuntu:GNOME".into())]);
    let mut d = spawn(&s, &cfg, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item\n{}", d.stderr()));
    let name = "io.github.blockwatch.Blockwatch-blocked-symbolic";
    assert!(
        wait_until(SOON, || desk
            .sni_property(&item, "IconName")
            .is_some_and(|v| v == name)),
        "{:?}\n{}",
        desk.sni_property(&item, "IconName"),
        d.stderr()
    );
    // The panel finds it in the folder the item names.
    let path = desk.sni_property(&item, "IconThemePath").unwrap();
    let svg = std::path::Path::new(path.as_str().unwrap()).join(format!("{name}.svg"));
    let text = std::fs::read_to_string(&svg).unwrap_or_else(|e| panic!("{}: {e}", svg.display()));
    assert!(text.contains("<svg"), "{text}");
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(SOON), Some(0), "{}", d.stderr());

    // Asked for colour, the same desktop gets the coloured picture.
    let cfg = s.config(
        &site.url(""),
        "",
        "[monitor]\nnotifications = false\n\n[ui]\ntray_icons = \"colour\"\n",
    );
    watcher.items.lock().unwrap().clear();
    let mut d = spawn(&s, &cfg, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item\n{}", d.stderr()));
    assert!(
        wait_until(SOON, || desk
            .sni_property(&item, "IconName")
            .and_then(|v| v.as_str().map(str::to_string))
            .is_some_and(|v| v.contains("tray-icon-blockwatch"))),
        "{:?}",
        desk.sni_property(&item, "IconName")
    );
    // Running (signals handled) once the menu shows the verdict.
    let blocked = "ChatGPT blocks your address (error 1020)";
    assert!(wait_until(SOON, || desk
        .menu(&item)
        .iter()
        .any(|e| e.label == blocked)));
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(SOON), Some(0), "{}", d.stderr());
}
