//! The real binary's `check` against loopback servers: every verdict kind and
//! cause, hostile servers (hanging, slow, endless, oversized, garbage), TLS
//! failures, the JSON contract, exit codes and configuration errors.

mod common;

use common::*;
use std::collections::HashMap;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn check_with(
    site: &FakeSite,
    env: &[(&str, &str)],
    extra_args: &[&str],
) -> (Run, serde_json::Value) {
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let mut args = vec!["--config", cfg.to_str().unwrap(), "check", "--json"];
    args.extend_from_slice(extra_args);
    let run = s.run(&args, env, LIMIT);
    let json = run.json();
    (run, json)
}

fn serve(fixture_name: &str) -> FakeSite {
    let f = fixture(fixture_name);
    FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())))
}

#[test]
fn every_answer_kind_gets_its_cause_and_exit_code() {
    // (fixture, verdict kind, cause, first fix, exit code)
    let cases = [
        ("reachable_200", "reachable", "healthy", None, 0),
        ("challenge_managed_403", "challenge", "healthy", None, 0),
        ("challenge_429_header", "challenge", "healthy", None, 0),
        (
            "block_1020_tailwind",
            "blocked",
            "public_ip_blocked",
            Some("restart_router"),
            1,
        ),
        (
            "block_waf_nonumber",
            "blocked",
            "public_ip_blocked",
            Some("restart_router"),
            1,
        ),
        (
            "ip_banned_1006",
            "ip_banned",
            "public_ip_blocked",
            Some("restart_router"),
            1,
        ),
        (
            "country_banned_1009",
            "country_banned",
            "location_unsupported",
            Some("use_other_network"),
            1,
        ),
        (
            "region_openai_json",
            "region_unsupported",
            "location_unsupported",
            Some("use_other_network"),
            1,
        ),
        (
            "browser_banned_1010",
            "browser_banned",
            "probe_refused",
            None,
            1,
        ),
        (
            "rate_limited_1015",
            "rate_limited",
            "rate_limited",
            Some("wait_rate_limit"),
            1,
        ),
        (
            "site_down_522",
            "site_down",
            "outage",
            Some("wait_outage"),
            1,
        ),
        (
            "site_error_origin_401",
            "site_error",
            "unknown",
            Some("check_status_page"),
            1,
        ),
        (
            "captive_portal_200",
            "captive_portal",
            "captive_portal",
            Some("sign_in_network"),
            1,
        ),
        (
            "captive_portal_302",
            "captive_portal",
            "captive_portal",
            Some("sign_in_network"),
            1,
        ),
    ];
    for (name, kind, cause, fix, code) in cases {
        let site = serve(name);
        let (run, j) = check_with(&site, &[], &[]);
        assert_eq!(j["verdict"]["kind"], kind, "{name}: {}", run.stdout);
        assert_eq!(j["diagnosis"]["cause"], cause, "{name}");
        assert_eq!(j["diagnosis"]["fixes"][0].as_str(), fix, "{name}");
        assert_eq!(run.code, Some(code), "{name}");
        // Fast on loopback.
        assert!(
            run.elapsed < Duration::from_secs(5),
            "{name} took {:?}",
            run.elapsed
        );
        // No challenge is ever answered: one GET of the page, one of the trace.
        assert_eq!(site.count("/"), 1, "{name}");
    }
}

#[test]
fn json_contract() {
    let site = serve("block_1020_tailwind");
    let (_, j) = check_with(&site, &[], &[]);
    let v = &j["verdict"];
    assert_eq!(v["kind"], "blocked");
    assert_eq!(v["cloudflare_code"], 1020);
    assert_eq!(v["http_status"], 403);
    assert_eq!(v["ray_id"], "7c8d9e0f1a2b3c4d");
    let d = &j["diagnosis"];
    assert_eq!(d["cause"], "public_ip_blocked");
    assert_eq!(
        d["fixes"],
        serde_json::json!(["restart_router", "use_other_network", "contact_isp"])
    );
    let evidence: Vec<&str> = d["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    assert!(
        evidence.iter().any(|e| e.contains("error 1020")),
        "{evidence:?}"
    );
    assert!(
        evidence
            .iter()
            .any(|e| e.contains("the site sees you as 127.0.0.1, DE, via Cloudflare FRA")),
        "{evidence:?}"
    );
    let n = &j["network"];
    assert_eq!(n["public_ip"], "127.0.0.1");
    assert!(n["public_ipv6"].is_null());
    assert_eq!(n["location"], "DE");
    assert_eq!(n["vpn"]["active"], false);
    assert!(n["vpn"]["interface"].is_null());
    assert!(n["vpn"]["vendor"].is_null());
    assert_eq!(j["status_page"]["indicator"], "none");
    // Steps for every fix, 2-5 each.
    for step in d["steps"].as_array().unwrap() {
        let n = step["steps"].as_array().unwrap().len();
        assert!((2..=5).contains(&n), "{step}");
    }
}

#[test]
fn text_report_has_verdict_cause_numbered_steps_and_evidence() {
    let site = serve("block_1020_plain");
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(&["--config", cfg.to_str().unwrap(), "check"], &[], LIMIT);
    assert_eq!(run.code, Some(1));
    let out = &run.stdout;
    assert!(
        out.starts_with("ChatGPT refuses your internet address (error 1020)"),
        "{out}"
    );
    assert!(out.contains("Verdict:  blocked"), "{out}");
    assert!(
        out.contains("Cause:    your internet address is blocked"),
        "{out}"
    );
    assert!(
        out.contains("  1. Restart your router to get a new address"),
        "{out}"
    );
    assert!(out.contains("     1.1 Unplug the router"), "{out}");
    assert!(out.contains("Evidence\n  - "), "{out}");
}

#[test]
fn browser_still_blocked_while_probe_is_healthy() {
    let site = serve("reachable_200");
    let (run, j) = check_with(&site, &[], &["--browser-blocked"]);
    assert_eq!(j["diagnosis"]["cause"], "browser_side");
    assert_eq!(
        j["diagnosis"]["fixes"],
        serde_json::json!([
            "clear_browser_data",
            "disable_extensions",
            "check_browser_permissions"
        ])
    );
    assert_eq!(run.code, Some(1));
}

#[test]
fn status_page_outage_explains_an_error() {
    let f = fixture("site_error_origin_401");
    let site = FakeSite::start(handler_map(
        HashMap::from([
            (
                "/summary.json",
                Reply::Json(status_json("major", "major_outage")),
            ),
            (
                "/cdn-cgi/trace",
                Reply::Trace {
                    loc: "DE",
                    colo: "FRA",
                    warp: "off",
                },
            ),
            ("/ip", Reply::Echo),
        ]),
        Reply::Fixture(f),
    ));
    let (_, j) = check_with(&site, &[], &[]);
    assert_eq!(j["diagnosis"]["cause"], "outage");
    assert_eq!(j["status_page"]["indicator"], "major");
    assert_eq!(j["status_page"]["component_status"], "major_outage");
}

#[test]
fn unreadable_status_page_is_unknown_not_outage() {
    let f = fixture("reachable_200");
    let site = FakeSite::start(handler_map(
        HashMap::from([("/summary.json", Reply::Garbage), ("/ip", Reply::Echo)]),
        Reply::Fixture(f),
    ));
    let (_, j) = check_with(&site, &[], &[]);
    assert!(j["status_page"]["indicator"].is_null());
    assert_eq!(j["diagnosis"]["cause"], "healthy");
}

#[test]
fn warp_on_makes_a_block_a_vpn_exit_block() {
    let f = fixture("block_1020_plain");
    let site = FakeSite::start(handler_map(
        HashMap::from([
            (
                "/cdn-cgi/trace",
                Reply::Trace {
                    loc: "NL",
                    colo: "AMS",
                    warp: "on",
                },
            ),
            ("/ip", Reply::Echo),
        ]),
        Reply::Fixture(f),
    ));
    let (_, j) = check_with(&site, &[], &[]);
    assert_eq!(j["diagnosis"]["cause"], "vpn_exit_blocked");
    assert_eq!(j["network"]["vpn"]["active"], true);
    assert_eq!(j["network"]["vpn"]["vendor"], "Cloudflare WARP");
    assert_eq!(j["diagnosis"]["fixes"][0], "disconnect_vpn");
}

#[test]
fn block_through_a_proxy() {
    // The fake site doubles as the proxy (it serves absolute-form requests).
    let site = serve("block_1020_plain");
    let proxy = site.url("");
    let (_, j) = check_with(&site, &[("http_proxy", &proxy)], &[]);
    assert_eq!(j["diagnosis"]["cause"], "proxy_blocked", "{j}");
    assert_eq!(j["diagnosis"]["fixes"][0], "disable_proxy");
    assert_eq!(j["network"]["proxy"], proxy.trim_end_matches('/'));
}

#[test]
fn transport_failures() {
    let s = Scratch::new();
    // Refused.
    let base = format!("http://127.0.0.1:{}", closed_port());
    let cfg = s.config(&base, "", "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        LIMIT,
    );
    let j = run.json();
    assert_eq!(j["verdict"]["kind"], "offline");
    assert_eq!(j["diagnosis"]["cause"], "no_connection");
    assert_eq!(j["diagnosis"]["fixes"][0], "check_connection");
    assert!(j["status_page"]["indicator"].is_null());
    assert_eq!(run.code, Some(1));
    // Name that does not resolve.
    let cfg = s.config("http://blockwatch-test.invalid", "", "");
    let j = s
        .run(
            &["--config", cfg.to_str().unwrap(), "check", "--json"],
            &[],
            LIMIT,
        )
        .json();
    assert_eq!(j["verdict"]["kind"], "dns_failure");
    assert_eq!(j["diagnosis"]["cause"], "no_connection");
}

fn hostile(reply: Reply, timeout: &str) -> (Run, serde_json::Value) {
    let site = FakeSite::start(handler_map(
        HashMap::from([
            ("/ip", Reply::Echo),
            (
                "/summary.json",
                Reply::Json(status_json("none", "operational")),
            ),
        ]),
        reply,
    ));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), &format!("timeout = \"{timeout}\""), "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        LIMIT,
    );
    let j = run.json();
    (run, j)
}

#[test]
fn hanging_server_times_out_in_bounded_time() {
    let (run, j) = hostile(Reply::Hang, "2s");
    assert_eq!(j["verdict"]["kind"], "timeout");
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
    let (run, j) = hostile(Reply::SlowHeaders, "2s");
    assert_eq!(j["verdict"]["kind"], "timeout");
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
}

#[test]
fn every_endpoint_hanging_with_defaults_ends_within_ten_seconds() {
    let site = FakeSite::start(handler_map(HashMap::new(), Reply::Hang));
    let s = Scratch::new();
    let base = site.url("");
    let cfg = s.write(
        "config.toml",
        &format!("[target]\nurl = \"{base}/\"\n[public_ip]\necho_urls = [\"{base}/ip\", \"{base}/ip2\"]\n[status_page]\nurl = \"{base}/s.json\"\n"),
    );
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        LIMIT,
    );
    assert_eq!(run.json()["verdict"]["kind"], "timeout");
    assert!(run.elapsed <= Duration::from_secs(10), "{:?}", run.elapsed);
}

#[test]
fn slow_body_is_judged_on_what_arrived() {
    let (run, j) = hostile(Reply::SlowBody, "2s");
    assert_eq!(j["verdict"]["kind"], "blocked");
    assert_eq!(j["verdict"]["cloudflare_code"], 1020);
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
}

#[test]
fn endless_and_oversized_bodies_are_capped() {
    let (run, j) = hostile(Reply::Endless, "3s");
    assert_eq!(j["verdict"]["kind"], "blocked");
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
    let (run, j) = hostile(Reply::Oversized(64 << 20), "3s");
    assert_eq!(j["verdict"]["kind"], "reachable");
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
}

#[test]
fn gzip_bomb_is_not_inflated_past_the_cap() {
    // 256 MiB of zeros, about 1 MB compressed; made before the check runs.
    let size = 256 << 20;
    let started = std::time::Instant::now();
    let compressed = gzip_bomb(size).len();
    eprintln!(
        "bomb: {compressed} bytes compressed in {:?}",
        started.elapsed()
    );
    let (run, j) = hostile(Reply::GzipBomb(size), "5s");
    assert_eq!(j["verdict"]["kind"], "blocked");
    assert_eq!(j["verdict"]["cloudflare_code"], 1020);
    assert!(run.elapsed < Duration::from_secs(6), "{:?}", run.elapsed);
}

#[test]
fn garbage_and_closed_connections_are_site_errors() {
    for reply in [Reply::Garbage, Reply::Close] {
        let (run, j) = hostile(reply.clone(), "3s");
        assert_eq!(
            j["verdict"]["kind"], "site_error",
            "{reply:?}: {}",
            run.stdout
        );
        assert_eq!(run.code, Some(1));
    }
}

/// `trust`: a PEM file from tests/fixtures/tls that replaces the system's
/// store; `None` keeps the system's store, which holds none of the test certificates.
fn tls_check(cert: &str, trust: Option<&str>) -> serde_json::Value {
    let f = fixture("reachable_200");
    let site = FakeSite::start_tls(site_handler(move |_| Reply::Fixture(f.clone())), cert);
    let s = Scratch::new();
    let base = format!("https://localhost:{}", site.addr.port());
    let cfg = s.config(&base, "", "");
    let ca = trust.map(|f| fixtures_dir().join("tls").join(f));
    let ca_s = ca.map(|p| p.to_string_lossy().into_owned());
    let mut env = vec![];
    if let Some(ca) = &ca_s {
        env.push(("SSL_CERT_FILE", ca.as_str()));
    }
    s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &env,
        LIMIT,
    )
    .json()
}

#[test]
fn tls_verified_and_its_failures() {
    let ok = tls_check("localhost", Some("ca.pem"));
    assert_eq!(ok["verdict"]["kind"], "reachable", "{ok}");
    let wrong = tls_check("wrong.example", Some("ca.pem"));
    assert_eq!(wrong["verdict"]["kind"], "tls_error", "{wrong}");
    assert_eq!(wrong["verdict"]["tls_problem"], "wrong_name");
    assert_eq!(wrong["diagnosis"]["cause"], "tls_interception");
    let untrusted = tls_check("localhost", None);
    assert_eq!(untrusted["verdict"]["kind"], "tls_error");
    assert_eq!(untrusted["verdict"]["tls_problem"], "untrusted");
}

/// `openssl req -x509` marks a self-signed certificate as a CA; webpki then
/// refuses it as an end entity (CaUsedAsEndEntity), trusted or not. Either
/// way it is not a chain anyone vouches for this name: interception.
#[test]
fn self_signed_ca_certificate_is_untrusted_interception() {
    for trust in [None, Some("selfsigned-ca.pem")] {
        let j = tls_check("selfsigned-ca", trust);
        assert_eq!(j["verdict"]["kind"], "tls_error", "{trust:?}: {j}");
        assert_eq!(j["verdict"]["tls_problem"], "untrusted", "{trust:?}: {j}");
        assert_eq!(
            j["diagnosis"]["cause"], "tls_interception",
            "{trust:?}: {j}"
        );
        assert_ne!(j["verdict"]["detail"], serde_json::Value::Null);
    }
}

#[test]
fn configuration_errors_exit_2_naming_file_line_and_key() {
    let s = Scratch::new();
    let cases = [
        (
            "[target]\ninterval = \"soon\"\n",
            "line 2, key `target.interval`",
        ),
        (
            "[target]\nurl = \"gopher://x/\"\n",
            "line 2, key `target.url`",
        ),
        (
            "[target]\nexpect_cloudflare = 1\n",
            "line 2, key `target.expect_cloudflare`",
        ),
        ("[public_ip]\nechos = []\n", "line 2, key `public_ip.echos`"),
        ("[target\n", "line 1"),
        // Values that become headers are checked when the file is read.
        (
            "[target]\nuser_agent = \"Mozilla\\r\\nX-Evil: 1\"\n",
            "line 2, key `target.user_agent`",
        ),
        (
            "[monitor]\nreminder = \"0s\"\n",
            "line 2, key `monitor.reminder`",
        ),
    ];
    for (text, want) in cases {
        let p = s.write("bad.toml", text);
        let run = s.run(&["--config", p.to_str().unwrap(), "config"], &[], LIMIT);
        assert_eq!(run.code, Some(2), "{text}");
        assert!(run.stderr.contains(want), "{text}: {}", run.stderr);
        let run = s.run(&["--config", p.to_str().unwrap(), "check"], &[], LIMIT);
        assert_eq!(run.code, Some(2), "{text}");
        assert!(
            run.stderr.contains(&p.display().to_string()),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(want), "{text}: {}", run.stderr);
    }
    let run = s.run(&["--config", "/nonexistent/x.toml", "config"], &[], LIMIT);
    assert_eq!(run.code, Some(2));
    let run = s.run(&["check", "--no-such-flag"], &[], LIMIT);
    assert_eq!(run.code, Some(2));
}

#[test]
fn config_command_shows_source_and_effective_values() {
    let s = Scratch::new();
    let run = s.run(&["config"], &[], LIMIT);
    assert_eq!(run.code, Some(0));
    assert!(run.stdout.contains("built-in defaults"), "{}", run.stdout);
    assert!(run.stdout.contains("url = \"https://chatgpt.com/\""));
    let p = s.write("c.toml", "[target]\ninterval = \"7m\"\n");
    let run = s.run(&["--config", p.to_str().unwrap(), "config"], &[], LIMIT);
    assert!(run.stdout.contains(&p.display().to_string()));
    assert!(run.stdout.contains("interval = \"7m\""), "{}", run.stdout);
    // The default location is used when no --config is given.
    std::fs::create_dir_all(s.path().join("config/blockwatch")).unwrap();
    std::fs::write(
        s.path().join("config/blockwatch/config.toml"),
        "[target]\ninterval = \"9m\"\n",
    )
    .unwrap();
    let run = s.run(&["config"], &[], LIMIT);
    assert!(run.stdout.contains("interval = \"9m\""), "{}", run.stdout);
}
