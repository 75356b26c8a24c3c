//! Every fixture response through the classifier, with what it must yield.
//! Run with `--nocapture` to see the table.

mod common;

use blockwatch::core::site::classify::classify_response;
use blockwatch::core::site::verdict::{HttpResponse, VerdictKind as K};

struct Want {
    name: &'static str,
    kind: K,
    code: Option<u16>,
    ray: Option<&'static str>,
    visitor_ip: Option<&'static str>,
    retry: Option<u64>,
}

const fn w(name: &'static str, kind: K, code: Option<u16>) -> Want {
    Want {
        name,
        kind,
        code,
        ray: None,
        visitor_ip: None,
        retry: None,
    }
}

fn table() -> Vec<Want> {
    vec![
        w("reachable_200", K::Reachable, None),
        // A 2xx is never scanned, whatever it mentions.
        w("trap_200_mentions_1020", K::Reachable, None),
        w("challenge_managed_403", K::Challenge, None),
        // cf-mitigated wins even over a number in the page.
        w("challenge_chatgpt_notitle", K::Challenge, None),
        // A 429 that is a challenge.
        w("challenge_429_header", K::Challenge, None),
        w("challenge_legacy_503", K::Challenge, None),
        Want {
            ray: Some("6211a2b3c4d5e6f7"),
            visitor_ip: Some("203.0.113.7"),
            ..w("block_1020_legacy", K::Blocked, Some(1020))
        },
        Want {
            ray: Some("7c8d9e0f1a2b3c4d"),
            visitor_ip: Some("198.51.100.44"),
            ..w("block_1020_tailwind", K::Blocked, Some(1020))
        },
        Want {
            ray: Some("7d1e2f3a4b5c6d7e"),
            visitor_ip: Some("2001:db8:5::7"),
            ..w("block_1020_chatgpt_layout", K::Blocked, Some(1020))
        },
        w("block_1020_plain", K::Blocked, Some(1020)),
        Want {
            ray: Some("8e5a1c2b3d4f5a71"),
            ..w("block_1020_problem_json", K::Blocked, Some(1020))
        },
        w("block_1020_markdown", K::Blocked, Some(1020)),
        w("block_waf_nonumber", K::Blocked, None),
        // Loads /cdn-cgi/challenge-platform/scripts/jsd/main.js: still a block.
        w("block_jsd_script", K::Blocked, Some(1020)),
        // The shared title alone never means 1020.
        w("title_only_access_denied", K::Blocked, None),
        Want {
            visitor_ip: Some("203.0.113.7"),
            ..w("ip_banned_1006", K::IpBanned, Some(1006))
        },
        Want {
            visitor_ip: Some("192.0.2.99"),
            ..w("ip_banned_1005_tailwind", K::IpBanned, Some(1005))
        },
        w("country_banned_1009", K::CountryBanned, Some(1009)),
        w("browser_banned_1010", K::BrowserBanned, Some(1010)),
        Want {
            retry: Some(30),
            ..w("rate_limited_1015", K::RateLimited, Some(1015))
        },
        Want {
            retry: Some(45),
            ..w("rate_limited_problem_json", K::RateLimited, Some(1015))
        },
        w("region_openai_json", K::RegionUnsupported, None),
        w("site_down_522", K::SiteDown, Some(522)),
        w("site_down_1033", K::SiteDown, Some(1033)),
        w("site_down_origin_502", K::SiteDown, None),
        // Origin errors that merely pass through Cloudflare are not blocks.
        w("site_error_origin_401", K::SiteError, None),
        w("site_error_origin_404", K::SiteError, None),
        w("captive_portal_200", K::CaptivePortal, None),
        w("captive_portal_302", K::CaptivePortal, None),
        // A proxy's own denial: a network filter (Squid), not a sign-in page.
        w("proxy_block_403", K::Filtered, None),
        w("filter_fortiguard_200", K::Filtered, None),
        w("filter_national_451", K::Filtered, None),
        // Issue 14: every challenge generation, each with 1020 decoys in a
        // script string, a comment, an attribute and a template.
        w("challenge_iuam_2015_503", K::Challenge, None),
        // The obfuscated script holds '<span class="cf-error-code">1020</span>'.
        w("challenge_iuam_2020_503", K::Challenge, None),
        w("challenge_iuam_2021_503", K::Challenge, None),
        Want {
            visitor_ip: Some("203.0.113.58"),
            ..w("challenge_captcha_2019_403", K::Challenge, None)
        },
        Want {
            visitor_ip: Some("198.51.100.23"),
            ..w("challenge_captcha_2021_403", K::Challenge, None)
        },
        w("challenge_managed_2022_503", K::Challenge, None),
        w("challenge_turnstile_2023_403", K::Challenge, None),
        w("challenge_current_403", K::Challenge, None),
        // The reverse: block pages whose scripts mention challenge machinery.
        Want {
            ray: Some("8e6b7c8d9e0f1a2c"),
            visitor_ip: Some("203.0.113.91"),
            ..w(
                "block_1020_scripts_mention_challenge",
                K::Blocked,
                Some(1020),
            )
        },
        w("block_waf_scripts_mention_challenge", K::Blocked, None),
        // The number only in the Tailwind page's feedback script; 1006 decoys.
        Want {
            visitor_ip: Some("198.51.100.62"),
            ..w("block_1020_tailwind_script_code", K::Blocked, Some(1020))
        },
    ]
}

fn response(name: &str) -> HttpResponse {
    let f = common::fixture(name);
    HttpResponse {
        status: f.status,
        headers: f
            .headers
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
            .collect(),
        body: f.body,
        body_truncated: false,
    }
}

#[test]
fn every_fixture_classifies_as_expected() {
    let mut failures = Vec::new();
    println!(
        "{:<28} {:>6} {:<19} {:>5} {:<18} {:<15} basis",
        "fixture", "status", "kind", "code", "ray", "visitor"
    );
    for want in table() {
        let resp = response(want.name);
        let v = classify_response(&resp, true);
        println!(
            "{:<28} {:>6} {:<19} {:>5} {:<18} {:<15} {:?}",
            want.name,
            resp.status,
            v.kind.as_str(),
            v.cloudflare_code
                .map(|c| c.to_string())
                .unwrap_or("-".into()),
            v.ray_id.clone().unwrap_or("-".into()),
            v.visitor_ip.map(|i| i.to_string()).unwrap_or("-".into()),
            v.basis
        );
        let mut check = |what: &str, ok: bool| {
            if !ok {
                failures.push(format!("{}: {what} (got {v:?})", want.name));
            }
        };
        check("kind", v.kind == want.kind);
        check("code", v.cloudflare_code == want.code);
        if let Some(ray) = want.ray {
            check("ray", v.ray_id.as_deref() == Some(ray));
        }
        if let Some(ip) = want.visitor_ip {
            check("visitor ip", v.visitor_ip == Some(ip.parse().unwrap()));
        }
        if let Some(r) = want.retry {
            check("retry", v.retry_after_secs == Some(r));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_file_is_in_the_table() {
    let names: Vec<&str> = table().iter().map(|w| w.name).collect();
    for entry in std::fs::read_dir(common::fixtures_dir().join("responses")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            names.contains(&stem.as_str()),
            "fixture {stem} has no expectation"
        );
    }
    // Every verdict kind an HTTP answer can produce has a fixture
    // (dns_blocked comes from the name servers' answers: tests/netns_dns.rs).
    for kind in K::ALL
        .iter()
        .filter(|k| !k.is_transport_failure() && **k != K::DnsBlocked)
    {
        assert!(
            table().iter().any(|w| w.kind == *kind),
            "no fixture for {kind}"
        );
    }
}

#[test]
fn fixtures_with_flipped_bytes_never_panic() {
    for want in table() {
        let resp = response(want.name);
        for step in [7usize, 13, 31] {
            let mut r = resp.clone();
            for i in (0..r.body.len()).step_by(step) {
                r.body[i] = r.body[i].wrapping_add(0x80);
            }
            let _ = classify_response(&r, true);
            r.body.truncate(r.body.len() / 2);
            let _ = classify_response(&r, true);
        }
    }
}
