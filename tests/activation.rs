//! A second start while blockwatch runs: from the launcher (no terminal) it
//! asks the running copy to show itself over the socket beside the
//! single-instance lock and exits 0; the headless copy logs
//! `{"event":"activated"}`, the tray build opens the fix page. In a
//! terminal it says where the running one is (exit 1), and started at login
//! (`--at-login`) it leaves the running one alone (exit 0).
// Linux only: Xvfb, D-Bus and the GTK tray for the tray build; `script`
// for a terminal.
#![cfg(target_os = "linux")]

mod common;

use common::desktop::*;
use common::*;
use std::time::Duration;

const SOON: Duration = Duration::from_secs(30);

#[test]
fn a_second_headless_start_activates_the_first() {
    let s = Scratch::new();
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let cfg = cfg.to_str().unwrap();
    let mut first = s.spawn(&["--config", cfg, "run", "--headless"], &[]);
    first.expect("first verdict", SOON, |v| v["event"] == "verdict");
    let socket = s.path().join("run/blockwatch/blockwatch.sock");
    assert!(socket.exists(), "no socket beside the lock");

    let second = s.run(&["--config", cfg, "-v", "run", "--headless"], &[], SOON);
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    assert!(
        second.stderr.contains("asked the running blockwatch (pid"),
        "{}",
        second.stderr
    );
    assert!(
        second.elapsed < Duration::from_secs(5),
        "{:?}",
        second.elapsed
    );
    first.expect("activated event", SOON, |v| v["event"] == "activated");
    assert_eq!(
        first
            .seen
            .iter()
            .filter(|l| l.contains("activated"))
            .count(),
        1
    );
    // The event is the whole line.
    assert!(first.seen.iter().any(|l| l == r#"{"event":"activated"}"#));

    // Started at login while it runs: left alone, nothing asked.
    let login = s.run(
        &["--config", cfg, "run", "--headless", "--at-login"],
        &[],
        SOON,
    );
    assert_eq!(login.code, Some(0), "{}", login.stderr);
    assert!(login.stderr.is_empty(), "{}", login.stderr);

    // In a terminal: where the running one is, exit 1, no activation.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok()
    {
        let cmd = format!(
            "{} --config {cfg} run --headless; echo \"exit=$?\"",
            common::BIN
        );
        let mut c = s.command("script");
        c.args(["-qec", &cmd, "/dev/null"]);
        let tty = run_command(c, &[], SOON);
        let pid = first.child.id();
        assert!(
            tty.stdout
                .contains(&format!("blockwatch is already running (pid {pid})")),
            "{}{}",
            tty.stdout,
            tty.stderr
        );
        assert!(tty.stdout.contains("exit=1"), "{}", tty.stdout);
    } else {
        eprintln!("no `script`: the terminal case is not run");
    }
    std::thread::sleep(Duration::from_millis(500));
    first.forget();
    // Neither the start at login nor the terminal's asked it: still the
    // one activation of the second start (forget() keeps what it drains).
    assert_eq!(
        first.events("activated").len(),
        1,
        "activated again: {:?}",
        first.seen
    );
    assert!(
        first
            .wait_for(Duration::from_millis(300), |v| v["event"] == "activated")
            .is_none(),
        "activated again"
    );

    first.signal(libc::SIGTERM);
    assert_eq!(first.wait_exit(SOON), Some(0), "{}", first.stderr());
    assert!(!socket.exists(), "the socket outlived the daemon");
}

#[test]
fn a_second_start_of_the_tray_build_opens_the_fix_page() {
    let s = Scratch::new();
    let desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    let (browser, opened) = recording_browser(s.path());
    let f = fixture("block_1020_plain");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let cfg = cfg.to_str().unwrap();
    let mut env: Vec<(&str, String)> = desk.env();
    env.push(("BROWSER", browser.display().to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut c = s.command(BIN);
    c.args(["--config", cfg, "run"]);
    let mut first = Daemon::spawn(c, &env);
    let item = watcher
        .wait_for_item(SOON)
        .unwrap_or_else(|| panic!("no tray item registered\n{}", first.stderr()));
    let blocked = "ChatGPT blocks your address (error 1020)";
    assert!(
        wait_until(SOON, || desk.menu(&item).iter().any(|e| e.label == blocked)),
        "{}",
        first.stderr()
    );
    assert!(!opened.exists(), "nothing opened before it was asked");

    // The launcher's `blockwatch run`, on the same desktop.
    let second = s.run(&["--config", cfg, "run"], &env, SOON);
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    assert!(
        wait_until(SOON, || std::fs::read_to_string(&opened)
            .is_ok_and(|t| t.contains("fix.html"))),
        "the fix page was not opened\n{}",
        first.stderr()
    );
    let page = std::fs::read_to_string(s.path().join("state/blockwatch/fix.html")).unwrap();
    assert!(page.contains("1020"), "the page of the current state");
    // The tray build prints no events.
    assert!(first.events("activated").is_empty());

    first.signal(libc::SIGTERM);
    assert_eq!(first.wait_exit(SOON), Some(0), "{}", first.stderr());
}
