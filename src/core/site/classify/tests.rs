//! Unit tests of the classifier.

use super::*;
use VerdictKind as K;

const CF: [(&str, &str); 2] = [("server", "cloudflare"), ("cf-ray", "8d1f2e3a4b5c6d7e-FRA")];

fn cf(status: u16, body: &str) -> Verdict {
    classify_response(&HttpResponse::new(status, &CF, body), true)
}

#[test]
fn challenge_header_wins_over_any_status() {
    for status in [403, 429, 503, 200] {
        let mut h = CF.to_vec();
        h.push(("cf-mitigated", " Challenge "));
        let v = classify_response(&HttpResponse::new(status, &h, "error code: 1020"), true);
        assert_eq!(v.kind, K::Challenge, "status {status}");
    }
}

#[test]
fn two_xx_is_never_scanned() {
    let v = cf(
        200,
        "<title>Access denied | x used Cloudflare to restrict access</title> error code: 1020",
    );
    assert_eq!(v.kind, K::Reachable);
    assert_eq!(v.cloudflare_code, None);
}

#[test]
fn two_xx_without_cloudflare_is_something_in_between() {
    let v = classify_response(
        &HttpResponse::new(200, &[], "<h1>Welcome to Hotel WiFi</h1>"),
        true,
    );
    assert_eq!(v.kind, K::CaptivePortal);
    let v = classify_response(&HttpResponse::new(200, &[], "hello"), false);
    assert_eq!(v.kind, K::Reachable);
}

#[test]
fn codes_map_to_kinds() {
    let cases = [
        (1020, 403, K::Blocked),
        (1005, 403, K::IpBanned),
        (1006, 403, K::IpBanned),
        (1106, 403, K::IpBanned),
        (1009, 403, K::CountryBanned),
        (1010, 403, K::BrowserBanned),
        (1015, 429, K::RateLimited),
        (1016, 530, K::SiteDown),
        (1033, 530, K::SiteDown),
        (1200, 503, K::SiteDown),
        (522, 522, K::SiteDown),
        (1039, 451, K::RegionUnsupported),
        (1099, 403, K::Blocked),
    ];
    for (code, status, kind) in cases {
        let v = cf(status, &format!("error code: {code}"));
        assert_eq!((v.kind, v.cloudflare_code), (kind, Some(code)), "{code}");
    }
}

#[test]
fn title_alone_is_a_block_without_a_number() {
    let v = cf(403, "<html><head><title>Access denied | chatgpt.com used Cloudflare to restrict access</title></head><body>nothing else</body></html>");
    assert_eq!(v.kind, K::Blocked);
    assert_eq!(v.cloudflare_code, None);
    assert_eq!(v.basis, Basis::AccessDeniedTitle);
}

#[test]
fn jsd_script_is_not_a_challenge() {
    let body = r#"<title>Attention Required! | Cloudflare</title><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>"#;
    assert_eq!(cf(403, body).kind, K::Blocked);
    let ch =
        r#"<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=1"></script>"#;
    assert_eq!(cf(403, ch).kind, K::Challenge);
    assert_eq!(
        cf(503, "<script>window._cf_chl_opt={}</script>").kind,
        K::Challenge
    );
}

#[test]
fn origin_errors_through_cloudflare_are_not_blocks() {
    assert_eq!(cf(401, "<h1>Unauthorized</h1>").kind, K::SiteError);
    assert_eq!(cf(403, "<h1>Forbidden</h1>").kind, K::SiteError);
    assert_eq!(cf(404, "Error 404").kind, K::SiteError);
    assert_eq!(cf(500, "Error 500").kind, K::SiteDown);
}

#[test]
fn cloudflare_generated_403_without_markers_is_a_block() {
    let mut h = CF.to_vec();
    h.push(("expires", "Thu, 01 Jan 1970 00:00:01 GMT"));
    h.push(("cache-control", "private, max-age=0, no-store, no-cache"));
    let v = classify_response(&HttpResponse::new(403, &h, "<p>Custom page</p>"), true);
    assert_eq!((v.kind, v.basis), (K::Blocked, Basis::CloudflareHeaders));
}

#[test]
fn problem_json_trusted_only_when_flagged() {
    let good = r#"{"type":"https://developers.cloudflare.com/x","title":"Error 1015: You are being rate limited","status":429,"error_code":1015,"error_name":"rate_limited","ray_id":"8d1f2e3a4b5c6d70","retryable":true,"retry_after":30,"cloudflare_error":true}"#;
    let v = classify_response(
        &HttpResponse::new(429, &[("server", "cloudflare")], good),
        true,
    );
    assert_eq!(v.kind, K::RateLimited);
    assert_eq!(v.retry_after_secs, Some(30));
    assert_eq!(v.ray_id.as_deref(), Some("8d1f2e3a4b5c6d70"));
    let untrusted = r#"{"error_code":1020,"cloudflare_error":false}"#;
    assert_eq!(cf(403, untrusted).cloudflare_code, None);
    let string_code = r#"{"error_code":"1020","cloudflare_error":true}"#;
    assert_eq!(cf(403, string_code).basis, Basis::Status);
}

#[test]
fn markdown_front_matter() {
    let md = "---\ntitle: \"Error 1020: Access denied\"\nstatus: 403\nerror_code: 1020\nerror_name: firewall_rule_blocked\nray_id: 8d1f2e3a4b5c6d7e\ncloudflare_error: true\n---\n\n# Access denied\n";
    let v = cf(403, md);
    assert_eq!(
        (v.kind, v.cloudflare_code, v.basis),
        (K::Blocked, Some(1020), Basis::ProblemDetails)
    );
}

#[test]
fn openai_region_json() {
    let body = r#"{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}"#;
    assert_eq!(cf(403, body).kind, K::RegionUnsupported);
}

#[test]
fn retry_after_forms() {
    assert_eq!(parse_retry_after("30", None), Some(30));
    assert_eq!(
        parse_retry_after(
            "Wed, 21 Oct 2026 07:28:30 GMT",
            Some("Wed, 21 Oct 2026 07:28:00 GMT")
        ),
        Some(30)
    );
    assert_eq!(
        parse_retry_after("Wed, 21 Oct 2026 07:28:30 GMT", None),
        None
    );
    assert_eq!(parse_retry_after("soon", None), None);
    assert_eq!(parse_retry_after("999999999", None), Some(MAX_RETRY_SECS));
}

#[test]
fn ray_header() {
    assert_eq!(
        parse_cf_ray("8D1F2E3A4B5C6D7E-fra"),
        Some(("8d1f2e3a4b5c6d7e".into(), Some("FRA".into())))
    );
    assert_eq!(parse_cf_ray("not a ray"), None);
}

#[test]
fn transport_failures() {
    let f = |kind| {
        classify_failure(&TransportFailure {
            kind,
            detail: "x".into(),
        })
        .kind
    };
    assert_eq!(f(FailureKind::Dns), K::DnsFailure);
    assert_eq!(f(FailureKind::Refused), K::Offline);
    assert_eq!(f(FailureKind::Timeout), K::Timeout);
    assert_eq!(
        f(FailureKind::Tls(
            crate::core::site::verdict::TlsProblem::WrongName
        )),
        K::TlsError
    );
    assert_eq!(f(FailureKind::Protocol), K::SiteError);
}

#[test]
fn foreign_error_answers() {
    // Something answered that is neither the site nor a sign-in page.
    let v = classify_response(
        &HttpResponse::new(403, &[("server", "squid")], "Access Denied by policy"),
        true,
    );
    assert_eq!(v.kind, K::Filtered);
    assert_eq!(
        v.detail.as_deref(),
        Some(crate::core::site::filter::UNKNOWN_DEVICE)
    );
    let v = classify_response(
        &HttpResponse::new(302, &[("location", "http://portal/")], ""),
        true,
    );
    assert_eq!(v.kind, K::CaptivePortal);
    let v = classify_response(&HttpResponse::new(511, &[], ""), true);
    assert_eq!(v.kind, K::CaptivePortal);
}

#[test]
fn garbage_never_panics() {
    for body in [
        "<title",
        "<title>",
        "error code",
        "error code: ",
        "---",
        "---\n---",
        "{",
        "Your IP:",
        "\u{0}\u{ffff}<<>>",
        "ray id: ",
        "/cdn-cgi/challenge-platform/",
    ] {
        let _ = cf(403, body);
        let _ = cf(503, body);
    }
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let _ = classify_response(
        &HttpResponse {
            status: 403,
            headers: vec![],
            body: bytes,
            body_truncated: true,
        },
        true,
    );
}
