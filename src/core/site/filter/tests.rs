use super::*;
use crate::core::site::classify::{classify_response, filter_page as recognise};

fn page(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
    HttpResponse::new(status, headers, body)
}

/// Every vendor marker from the note, each in a page of its own (shared
/// with the integration test that serves them).
const VENDOR_PAGES: &str = include_str!("../../../../tests/fixtures/filters/vendor_pages.tsv");

fn vendor_pages() -> impl Iterator<Item = (&'static str, &'static str)> {
    VENDOR_PAGES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
}

#[test]
fn every_vendor_marker() {
    assert_eq!(vendor_pages().count(), 54);
    for (vendor, body) in vendor_pages() {
        for status in [200, 403] {
            let r = page(status, &[("server", "nginx")], body);
            assert_eq!(recognise(&r), Some(vendor), "{body}");
            let v = classify_response(&r, true);
            assert_eq!(
                (v.kind, v.basis, v.detail.as_deref()),
                (VerdictKind::Filtered, Basis::FilterPage, Some(vendor)),
                "{status} {body}"
            );
        }
    }
}

/// Issue 19: each national stub page marker from OONI's fingerprints.
#[test]
fn every_national_marker() {
    let pages = include_str!("../../../../tests/fixtures/filters/national_pages.tsv");
    let pages: Vec<&str> = pages
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    assert_eq!(pages.len(), markers::NATIONAL.len());
    for body in pages {
        let v = classify_response(&page(403, &[], body), true);
        assert_eq!(
            (v.kind, v.basis, v.detail.as_deref()),
            (
                VerdictKind::Filtered,
                Basis::FilterPage,
                Some(NATIONAL_PAGE)
            ),
            "{body}"
        );
    }
}

#[test]
fn markers_in_headers_and_redirects() {
    let barracuda = page(403, &[("server", "Barracuda/NGFirewall")], "denied");
    assert_eq!(recognise(&barracuda), Some("Barracuda"));
    let squid = page(403, &[("x-squid-error", "ERR_ACCESS_DENIED 0")], "");
    assert_eq!(recognise(&squid), Some("Squid"));
    let pihole = page(
        200,
        &[("x-pi-hole", "A black hole for Internet advertisements.")],
        "",
    );
    assert_eq!(recognise(&pihole), Some("Pi-hole"));
    let zscaler = page(
        302,
        &[(
            "location",
            "https://gateway.zscaler.net/why?reasoncode=CATEGORY_DENIED&cat=AI",
        )],
        "",
    );
    let v = classify_response(&zscaler, true);
    assert_eq!(
        (v.kind, v.detail.as_deref()),
        (VerdictKind::Filtered, Some("Zscaler"))
    );
    let goguardian = page(302, &[("location", "https://blocked.goguardian.com/x")], "");
    assert_eq!(
        classify_response(&goguardian, true).kind,
        VerdictKind::Filtered
    );
}

#[test]
fn generic_filter_wording_and_451() {
    for body in [
        "<p>This site has been <b>blocked by your organization</b>.</p>",
        "Access to chatgpt.com was blocked by your network administrator.",
        "<h1>Blocked</h1><p>This website is blocked by your\n   network policy.</p>",
        "Blocked by your administrator",
        "This page is blocked by your school.",
    ] {
        let r = page(200, &[], body);
        assert_eq!(recognise(&r), Some(GENERIC), "{body}");
        let v = classify_response(&r, true);
        assert_eq!(
            (v.kind, v.detail.as_deref()),
            (VerdictKind::Filtered, Some(GENERIC)),
            "{body}"
        );
    }
    let v = classify_response(
        &page(451, &[], "<h1>Unavailable For Legal Reasons</h1>"),
        true,
    );
    assert_eq!(
        (v.kind, v.basis, v.detail.as_deref()),
        (VerdictKind::Filtered, Basis::FilterPage, Some(HTTP_451))
    );
    // Even where Cloudflare is not expected.
    assert_eq!(
        classify_response(&page(451, &[], ""), false).kind,
        VerdictKind::Filtered
    );
}

#[test]
fn sign_in_pages_stay_captive_portals() {
    for r in [
        page(200, &[], "<title>Guest WiFi</title>"),
        page(
            200,
            &[],
            "<form action=/login><input name=room> Room number</form>",
        ),
        page(200, &[], "<form><input type=\"password\" name=p></form>"),
        page(
            200,
            &[],
            "<meta http-equiv=\"refresh\" content=\"0;url=http://10.0.0.1/portal\">",
        ),
        page(
            302,
            &[("location", "http://login.airport-wifi.example/portal")],
            "",
        ),
        page(511, &[], ""),
    ] {
        assert_eq!(
            classify_response(&r, true).kind,
            VerdictKind::CaptivePortal,
            "{r:?}"
        );
    }
}

#[test]
fn anything_else_is_an_unknown_device() {
    for r in [
        page(
            200,
            &[("server", "lighttpd")],
            "<html><body>It works!</body></html>",
        ),
        page(403, &[], "Forbidden"),
        page(404, &[], ""),
        page(302, &[], ""),
    ] {
        let v = classify_response(&r, true);
        assert_eq!(
            (v.kind, v.detail.as_deref()),
            (VerdictKind::Filtered, Some(UNKNOWN_DEVICE)),
            "{r:?}"
        );
        assert_ne!(v.kind, VerdictKind::CaptivePortal);
    }
}

fn fixture(text: &str) -> HttpResponse {
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    HttpResponse {
        status,
        headers,
        body: body.as_bytes().to_vec(),
        body_truncated: false,
    }
}

#[test]
fn look_alikes_are_not_filters() {
    // ChatGPT's own page that mentions being blocked, through Cloudflare or not.
    let chatgpt = "<html><head><title>ChatGPT</title></head><body><p>Your account was blocked by your organization's workspace admin? Ask them.</p><p>Pop-ups blocked</p></body></html>";
    let r = page(
        200,
        &[("server", "cloudflare"), ("cf-ray", "8e5a1c2b3d4f5a6b-FRA")],
        chatgpt,
    );
    assert_eq!(classify_response(&r, true).kind, VerdictKind::Reachable);
    // The same page without Cloudflare, refused (403): not a filter's page.
    assert_eq!(recognise(&page(403, &[], chatgpt)), None);
    let v = classify_response(&page(403, &[], chatgpt), false);
    assert_ne!(v.kind, VerdictKind::Filtered, "{v:?}");
    assert_eq!(
        recognise(&page(200, &[], "<p>Pop-ups blocked. Blocked content.</p>")),
        None
    );
    // Cloudflare's own block pages: never a filter, whatever they say.
    for text in [
        include_str!("../../../../tests/fixtures/responses/block_1020_tailwind.http"),
        include_str!("../../../../tests/fixtures/responses/block_1020_legacy.http"),
        include_str!("../../../../tests/fixtures/responses/block_1020_chatgpt_layout.http"),
        include_str!("../../../../tests/fixtures/responses/block_waf_nonumber.http"),
        include_str!("../../../../tests/fixtures/responses/title_only_access_denied.http"),
        include_str!("../../../../tests/fixtures/responses/country_banned_1009.http"),
    ] {
        let r = fixture(text);
        assert_eq!(recognise(&r), None, "{text}");
        let v = classify_response(&r, true);
        assert_ne!(v.kind, VerdictKind::Filtered, "{text}");
    }
    // Near misses of vendor markers. (A page that says "Web page blocked"
    // is a filter's since issue 19, but not Palo Alto's.)
    let near = recognise(&page(200, &[], "<h1>Web Page</h1> blocked"));
    assert_eq!(near, Some(GENERIC));
    for body in [
        "fortinet makes firewalls",
        "zscaler is a company",
        "opendns.com is a resolver",
        "block.size = 4",
        "sonicwall",
    ] {
        assert_eq!(recognise(&page(200, &[], body)), None, "{body}");
    }
}

#[test]
fn reset_rule() {
    let tls = Verdict::new(VerdictKind::TlsError);
    let v = refine_reset(tls.clone(), true, true);
    assert_eq!(
        (v.kind, v.basis, v.detail.as_deref()),
        (
            VerdictKind::Filtered,
            Basis::HandshakeReset,
            Some(SNI_RESET)
        )
    );
    // Without a working control it may be the whole connection.
    assert_eq!(refine_reset(tls.clone(), true, false), tls);
    assert_eq!(refine_reset(tls.clone(), false, true), tls);
}

/// Issue 19's look-alikes (tests/fixtures/filters/lookalikes.tsv): block
/// pages with a form or login words in script, redirects to block pages and
/// to sign-in pages, 5xx without Cloudflare, national stub pages.
#[test]
fn the_last_look_alikes() {
    let manifest = include_str!("../../../../tests/fixtures/filters/lookalikes.tsv");
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/filters/lookalikes");
    let mut wrong = Vec::new();
    let mut n = 0;
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let text = std::fs::read_to_string(dir.join(f[0])).unwrap();
        let v = classify_response(&fixture(&text), true);
        let want = (f[1], (f[2] != "-").then_some(f[2]), f[3]);
        let kind = serde_json::to_value(v.kind).unwrap();
        let basis = serde_json::to_value(v.basis).unwrap();
        let have = (
            kind.as_str().unwrap(),
            v.detail.as_deref(),
            basis.as_str().unwrap(),
        );
        if have != want {
            wrong.push(format!("{}: {have:?}, want {want:?}", f[0]));
        }
        n += 1;
    }
    assert_eq!(n, 27);
    assert!(
        wrong.is_empty(),
        "{} of {n} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
