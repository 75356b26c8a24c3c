//! Hostile files on disk: a configuration, a state and a history that are
//! huge, endless or junk. Every read is capped, so each command answers with
//! a clear message in bounded memory. The memory bound asserted here is loose
//! (a debug build, and it only has to catch a whole file being read); the
//! release numbers are printed by `tests/benchmark.rs`.
// Peak memory from wait4 (KiB on Linux) and Unix signals.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);
/// Far below the 100 MB and more the files below would cost if read whole.
const LOOSE_RSS_KIB: i64 = 48 * 1024;

fn sparse(path: &Path, len: u64) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::File::create(path).unwrap().set_len(len).unwrap();
}

fn append(path: &Path, text: &str) {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
        .unwrap();
    f.write_all(text.as_bytes()).unwrap();
}

fn history_line(i: usize) -> String {
    format!(
        "{{\"ts\":\"2026-11-28T07:00:{:02}Z\",\"event\":\"online\"}}\n",
        i % 60
    )
}

fn blockwatch(s: &Scratch, args: &[&str]) -> Command {
    let mut c = s.command(BIN);
    c.args(args);
    c
}

#[test]
fn config_from_dev_zero_or_huge_is_a_clear_error() {
    let s = Scratch::new();
    let huge = s.path().join("huge.toml");
    sparse(&huge, 300 * 1024 * 1024);
    for path in [Path::new("/dev/zero"), huge.as_path()] {
        let p = path.to_str().unwrap();
        for cmd in ["config", "check"] {
            let (code, _, err, rss) = run_measured(blockwatch(&s, &["--config", p, cmd]), LIMIT);
            assert_eq!(code, Some(2), "{p} {cmd}: {err}");
            assert!(
                err.contains(p) && err.contains("larger than 1\u{a0}MiB"),
                "{err}"
            );
            assert!(rss < LOOSE_RSS_KIB, "{p} {cmd}: peak RSS {rss} KiB");
        }
    }
}

#[test]
fn junk_history_of_any_size_says_it_could_not_be_read() {
    let s = Scratch::new();
    let h = s.path().join("state/blockwatch/history.jsonl");
    // 100 MB without a line break, then 100 MB of junk lines.
    sparse(&h, 100 * 1024 * 1024);
    for i in 0..2 {
        let (code, out, err, rss) = run_measured(blockwatch(&s, &["history"]), LIMIT);
        assert!(!out.contains("No history yet"), "{out}");
        assert!(err.contains("could not be read"), "{err}");
        assert!(err.contains(&h.display().to_string()), "{err}");
        assert_eq!(code, Some(1));
        assert!(rss < LOOSE_RSS_KIB, "peak RSS {rss} KiB");
        if i == 0 {
            let junk = "not json at all, just noise ".repeat(40) + "\n";
            let block = junk.repeat(1024 * 1024 / junk.len());
            for _ in 0..100 {
                append(&h, &block);
            }
        }
    }
}

#[test]
fn history_last_n_reads_from_the_end_of_any_file_and_the_rotated_one() {
    let s = Scratch::new();
    let dir = s.path().join("state/blockwatch");
    let h = dir.join("history.jsonl");
    let old = dir.join("history.1.jsonl");
    sparse(&h, 100 * 1024 * 1024);
    let mut tail = String::new();
    for i in 0..10 {
        tail.push_str(&history_line(i));
    }
    append(&h, &tail);
    let (code, out, err, rss) =
        run_measured(blockwatch(&s, &["history", "--json", "-n", "3"]), LIMIT);
    assert_eq!(code, Some(0), "{err}");
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), 3, "{out}");
    assert!(got[2].contains("07:00:09Z"), "{out}");
    assert!(got[0].contains("07:00:07Z"), "{out}");
    assert!(rss < LOOSE_RSS_KIB, "peak RSS {rss} KiB");

    // Only three lines in the current file: the rest comes from the rotated one,
    // which is hostile in its own way (huge, a torn start, a line that never ends).
    std::fs::write(&h, history_line(50) + &history_line(51) + &history_line(52)).unwrap();
    sparse(&old, 50 * 1024 * 1024);
    append(&old, &"x".repeat(3 * 1024 * 1024));
    append(&old, &format!("\n{}{}", history_line(40), history_line(41)));
    let (code, out, err, rss) =
        run_measured(blockwatch(&s, &["history", "--json", "-n", "5"]), LIMIT);
    assert_eq!(code, Some(0), "{err}");
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), 5, "{out}");
    assert!(
        got[0].contains("07:00:40Z") && got[4].contains("07:00:52Z"),
        "{out}"
    );
    assert!(rss < LOOSE_RSS_KIB, "peak RSS {rss} KiB");
    let (code, out, _, rss) = run_measured(blockwatch(&s, &["history"]), LIMIT);
    assert_eq!(code, Some(0));
    assert_eq!(out.lines().count(), 5, "{out}");
    assert!(rss < LOOSE_RSS_KIB, "peak RSS {rss} KiB");
}

#[test]
fn daemon_replaces_a_huge_state_and_says_so() {
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let state = s.path().join("state/blockwatch/state.json");
    sparse(&state, 100 * 1024 * 1024);
    let mut d = s.spawn(
        &["--config", cfg.to_str().unwrap(), "run", "--headless"],
        &[],
    );
    let pid = d.child.id();
    d.expect("first verdict", LIMIT, |v| v["event"] == "verdict");
    let peak = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:").map(|v| v.trim().to_string()))
        .unwrap();
    let peak: i64 = peak.trim_end_matches(" kB").trim().parse().unwrap();
    assert!(peak < LOOSE_RSS_KIB, "daemon peak RSS {peak} KiB");
    assert!(d.stderr().contains("state"), "{}", d.stderr());
    assert!(d.stderr().contains("starting afresh"), "{}", d.stderr());
    let len = std::fs::metadata(&state).unwrap().len();
    assert!(len < 64 * 1024, "state not replaced: {len} bytes");
    d.signal(libc::SIGINT);
    assert_eq!(d.wait_exit(LIMIT), Some(0));
}

#[test]
fn history_text_shows_escapes_as_text() {
    let s = Scratch::new();
    let h = s.path().join("state/blockwatch/history.jsonl");
    std::fs::create_dir_all(h.parent().unwrap()).unwrap();
    let record = serde_json::json!({
        "ts": "2026-11-28T07:00:00Z", "event": "notification", "kind": "problem",
        "cause": "outage", "title": "Down\u{1b}]0;pwned\u{7}", "body": "\u{202e}gnp.exe\u{1b}[2J"
    });
    std::fs::write(&h, format!("{record}\n")).unwrap();
    let (code, out, _, _) = run_measured(blockwatch(&s, &["history"]), LIMIT);
    assert_eq!(code, Some(0));
    assert!(out.contains("Down"), "{out}");
    assert!(!out.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{out:?}");
}
