//! The metrics file as Debian's prometheus-node-exporter reads it: the real
//! collector on a loopback port, scraped with curl, and the real daemon in
//! the namespace world of `daemon_e2e`, where a VPN coming up makes a block
//! and going down ends it.
// Debian's node_exporter and network namespaces: Linux only.
#![cfg(target_os = "linux")]

mod common;

use common::vpnworld::*;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const EXPORTER: &str = "/usr/bin/prometheus-node-exporter";

/// node_exporter with only the textfile collector, on 127.0.0.1.
struct NodeExporter {
    child: Child,
    url: String,
}

impl NodeExporter {
    fn start(dir: &Path) -> NodeExporter {
        assert!(
            Path::new(EXPORTER).exists(),
            "{EXPORTER} missing: run .ci/install-deps test"
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(EXPORTER)
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .arg("--collector.disable-defaults")
            .arg("--collector.textfile")
            .arg(format!("--collector.textfile.directory={}", dir.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start node_exporter");
        let e = NodeExporter {
            child,
            url: format!("http://127.0.0.1:{port}/metrics"),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while e.try_scrape().is_none() {
            assert!(Instant::now() < deadline, "node_exporter did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        e
    }

    fn try_scrape(&self) -> Option<String> {
        let out = Command::new("curl")
            .args(["-sf", "--max-time", "5", &self.url])
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Scrape until a scrape has every line of `want`; that scrape.
    fn scrape_until(&self, what: &str, want: &[&str]) -> String {
        let deadline = Instant::now() + SOON;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Some(text) = self.try_scrape() {
                if want.iter().all(|w| text.lines().any(|l| l == *w)) {
                    return text;
                }
                last = text;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("no {what} in the scrapes within {SOON:?}; wanted {want:?}; last:\n{last}");
    }
}

impl Drop for NodeExporter {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {series} in\n{text}"))
        .parse()
        .unwrap()
}

fn textfile_dir(s: &Scratch) -> PathBuf {
    let dir = s.path().join("node-exporter");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn node_exporter_follows_a_block_and_its_recovery() {
    require_root!();
    let w = world();
    w.refuse(VPN_EXIT);
    let s = Scratch::new();
    let dir = textfile_dir(&s);
    let file = dir.join("blockwatch.prom");
    let exporter = NodeExporter::start(&dir);
    let mut d = w.daemon_with(
        &s,
        &format!("[export]\ntextfile = \"{}\"\n", file.display()),
        &[],
    );

    d.expect("first verdict", SOON, |v| v["event"] == "verdict");
    let text = exporter.scrape_until(
        "a reachable site",
        &[
            "blockwatch_verdict{kind=\"reachable\"} 1",
            "blockwatch_cause{cause=\"healthy\"} 1",
            "blockwatch_up 1",
            "blockwatch_vpn_active 0",
            "node_textfile_scrape_error 0",
        ],
    );
    // Every series, every time.
    for kind in blockwatch::core::site::verdict::VerdictKind::ALL {
        value(
            &text,
            &format!("blockwatch_verdict{{kind=\"{}\"}}", kind.as_str()),
        );
    }
    for cause in blockwatch::core::diagnose::Cause::ALL {
        value(
            &text,
            &format!("blockwatch_cause{{cause=\"{}\"}}", cause.as_str()),
        );
    }
    assert_eq!(
        value(&text, "blockwatch_notifications_total{kind=\"problem\"}"),
        0.0
    );
    assert!(value(&text, "blockwatch_probes_total") >= 1.0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let last = value(&text, "blockwatch_last_check_timestamp_seconds");
    assert!((now - last).abs() < 60.0, "last check {last}, now {now}");
    let budget = value(&text, "blockwatch_budget_remaining");
    assert!((1.0..20.0).contains(&budget), "budget {budget}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("blockwatch_info{version=\"") && l.ends_with("} 1")),
        "{text}"
    );
    // Neither addresses nor ray ids.
    for secret in [HOME, VPN_EXIT, "7c8d9e0f1a2b3c4d"] {
        assert!(!text.contains(secret), "{secret} in\n{text}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }

    // The VPN comes up and its exit is refused: the next scrapes say so.
    w.vpn_up();
    d.expect("problem notification", SOON, |v| {
        is_notification(v, "problem")
    });
    let text = exporter.scrape_until(
        "the block",
        &[
            "blockwatch_verdict{kind=\"blocked\"} 1",
            "blockwatch_verdict{kind=\"reachable\"} 0",
            "blockwatch_cause{cause=\"vpn_exit_blocked\"} 1",
            "blockwatch_vpn_active 1",
            "blockwatch_notifications_total{kind=\"problem\"} 1",
            "node_textfile_scrape_error 0",
        ],
    );
    assert!(value(&text, "blockwatch_probes_total") >= 3.0, "{text}");

    // And down again: recovered.
    w.vpn_down();
    d.expect("resolved notification", SOON, |v| {
        is_notification(v, "resolved")
    });
    exporter.scrape_until(
        "the recovery",
        &[
            "blockwatch_verdict{kind=\"reachable\"} 1",
            "blockwatch_verdict{kind=\"blocked\"} 0",
            "blockwatch_cause{cause=\"healthy\"} 1",
            "blockwatch_vpn_active 0",
            "blockwatch_notifications_total{kind=\"resolved\"} 1",
            "node_textfile_scrape_error 0",
        ],
    );

    // A clean stop leaves a file that says so.
    d.signal(libc::SIGTERM);
    assert_eq!(
        d.wait_exit(Duration::from_secs(10)),
        Some(0),
        "{}",
        d.stderr()
    );
    exporter.scrape_until(
        "the stop",
        &["blockwatch_up 0", "node_textfile_scrape_error 0"],
    );
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["blockwatch.prom"], "no temporary file left");
}

#[test]
fn an_unwritable_folder_is_a_warning_not_a_crash() {
    let page = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(page.clone())));
    let s = Scratch::new();
    let file = s.path().join("no-such-folder").join("blockwatch.prom");
    let cfg = s.config(
        &format!("http://{}", site.addr),
        "",
        &format!("[export]\ntextfile = \"{}\"\n", file.display()),
    );
    let cfg = cfg.to_str().unwrap();

    let c = s.run(&["--config", cfg, "config"], &[], Duration::from_secs(10));
    assert_eq!(c.code, Some(0), "{}", c.stderr);
    assert!(c.stdout.contains("[export]"), "{}", c.stdout);
    assert!(
        c.stderr.contains("warning: cannot write the metrics file")
            && c.stderr.contains(&file.display().to_string()),
        "{}",
        c.stderr
    );

    let mut d = s.spawn(&["--config", cfg, "run", "--headless"], &[]);
    let v = d.expect("a verdict", SOON, |v| v["event"] == "verdict");
    assert_eq!(v["verdict"]["kind"], "reachable", "{v}");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(d.wait_exit(Duration::ZERO), None, "the daemon must run on");
    let err = d.stderr();
    assert_eq!(
        err.matches("cannot write the metrics file").count(),
        1,
        "one clear line, not one per write:\n{err}"
    );
}
