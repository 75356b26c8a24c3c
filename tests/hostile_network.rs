//! Hostile answers from the network that the older tests do not cover:
//! redirect chains that never end.

mod common;

use common::*;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn check(site: &FakeSite) -> (Run, serde_json::Value) {
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        LIMIT,
    );
    let json = run.json();
    (run, json)
}

fn redirect(to: &str) -> Reply {
    Reply::Fixture(parse_fixture(&format!(
        "HTTP/1.1 302 Found\nServer: cloudflare\nCF-RAY: 8e5a1c2b3d4f5a77-FRA\nLocation: {to}\nContent-Length: 0\n\n"
    )))
}

/// A browser shows "too many redirects"; blockwatch must not say healthy.
#[test]
fn redirect_loop_behind_cloudflare_is_not_reachable() {
    let to_itself = FakeSite::start(site_handler(|_| redirect("/")));
    let endless = FakeSite::start(site_handler(|req| {
        redirect(&format!("/next{}", req.path.len()))
    }));
    for site in [&to_itself, &endless] {
        let (run, j) = check(site);
        assert_eq!(j["verdict"]["kind"], "site_error", "{j}");
        let detail = j["verdict"]["detail"].as_str().unwrap_or_default();
        assert!(detail.contains("redirects"), "{j}");
        assert_ne!(j["diagnosis"]["cause"], "healthy", "{j}");
        assert_eq!(run.code, Some(1));
    }
}

#[test]
fn a_redirect_that_ends_is_still_followed() {
    let ok = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |req| match req.path.as_str() {
        "/" => redirect("/a"),
        "/a" => redirect("/b"),
        _ => Reply::Fixture(ok.clone()),
    }));
    let (run, j) = check(&site);
    assert_eq!(j["verdict"]["kind"], "reachable", "{j}");
    assert_eq!(run.code, Some(0));
    // Off-site: not followed, and the site's own redirect (say, to a login
    // on another domain) is the site answering.
    let site = FakeSite::start(site_handler(|_| redirect("https://login.example/")));
    let (_, j) = check(&site);
    assert_eq!(j["verdict"]["kind"], "reachable", "{j}");
}

/// Log lines on stderr carry no ANSI colours when stderr is not a terminal.
#[test]
fn logs_are_plain_text_when_stderr_is_not_a_terminal() {
    let site = FakeSite::start(site_handler(|_| redirect("/")));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check"],
        &[("RUST_LOG", "debug")],
        LIMIT,
    );
    assert!(run.stderr.lines().count() > 1, "{}", run.stderr);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
}

/// Control and bidi characters from the network, and their length, never
/// reach the terminal through the text report.
#[test]
fn escapes_from_the_status_page_do_not_reach_the_terminal() {
    let evil = "Outage \u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mred\u{9b}1m\u{202e}txt.exe\u{2066}";
    let long = "x".repeat(100_000);
    let summary = serde_json::json!({
        "page": {"id": "t", "name": "OpenAI"},
        "status": {"indicator": "major", "description": format!("{evil} {long}")},
        "components": [{"name": "Conversations", "status": format!("major_outage{evil}")}],
        "incidents": [{"name": format!("{evil}{long}"), "status": "investigating"}]
    })
    .to_string();
    let down = fixture("site_down_522");
    let site = FakeSite::start(std::sync::Arc::new(move |req: &Request| {
        match req.path.as_str() {
            "/summary.json" => Reply::Json(summary.clone()),
            "/ip" => Reply::Echo,
            _ => Reply::Fixture(down.clone()),
        }
    }));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(&["--config", cfg.to_str().unwrap(), "check"], &[], LIMIT);
    assert!(run.stdout.contains("Outage"), "{}", run.stdout);
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}'] {
        assert!(!run.stdout.contains(bad), "{bad:?} in {:?}", run.stdout);
    }
    assert!(run.stdout.contains('\u{241b}'), "escapes shown as text");
    let longest = run.stdout.lines().map(|l| l.chars().count()).max();
    assert!(longest < Some(400), "a line of {longest:?} characters");
}
