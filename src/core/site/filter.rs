//! Web filters and national blocks: who answered when Cloudflare was
//! expected and did not.
//!
//! A company's, school's or country's filter answers with its own page (often
//! a 200 or a 403 without any Cloudflare header), a 451, or a reset during
//! the TLS handshake once it sees the name. Each needs the network's
//! administrator or another network, never "sign in" — so a sign-in page is
//! told apart by what it asks for, and a page nobody recognises is called an
//! unknown device, not a portal. Markers come from the vendors' block pages
//! (shared/notes/filters-and-browsers.md, section 3); they are only read on
//! answers that did not come through Cloudflare.

use crate::core::site::verdict::{Basis, HttpResponse, Verdict, VerdictKind};

/// `verdict.detail` values fixed by issue 9 (a contract, like the kinds).
pub const UNKNOWN_DEVICE: &str = "an unknown device answered instead of ChatGPT";
pub const SNI_RESET: &str = "connection reset when the name was seen";
pub const HTTP_451: &str = "HTTP 451 (unavailable for legal reasons)";
/// A filter page that names no vendor.
pub const GENERIC: &str = "a network filter's block page";

/// Vendor → markers, lower-case, matched against the body and the
/// redirect target. Order matters only where a page could carry two.
const VENDORS: &[(&str, &[&str])] = &[
    (
        "FortiGate",
        &[
            "fortiguard web filtering",
            "web page blocked!",
            "the page you have requested has been blocked",
            "web filter violation",
            "fortigate application control",
            "application blocked!",
            "url.fortinet.net/rate/submit.php",
        ],
    ),
    (
        "Palo Alto Networks",
        &[
            "has been blocked in accordance with company policy",
            "<h1>web page blocked</h1>",
            "application control verification",
        ],
    ),
    (
        "Zscaler",
        &["internet security by zscaler", "reasoncode=category_denied"],
    ),
    (
        "Cisco Umbrella",
        &[
            "blocked because of a cisco umbrella policy",
            "report an incorrect block",
            "block.opendns.com",
            "<title>site blocked</title>",
        ],
    ),
    (
        "SonicWall",
        &["sonicwall - web site blocked", "cfssupport.sonicwall.com"],
    ),
    ("WatchGuard", &["request denied by watchguard http proxy"]),
    (
        "McAfee Web Gateway",
        &["mcafee web gateway - notification - blocked by url filtering"],
    ),
    ("Barracuda", &["barracuda nextgen firewall"]),
    (
        "Cisco WSA",
        &["you are attempting to access a forbidden site."],
    ),
    ("Sophos", &["sophos web appliance", "blocked by sophos"]),
    ("GoGuardian", &["blocked.goguardian.com"]),
    ("Securly", &["securly.com/blocked"]),
    ("Linewize", &[".linewize.net/"]),
    ("BlockSi", &["://block.si/", "://www.block.si/"]),
    ("eero", &["blocked.eero.com"]),
];

/// Wording any filter uses that the site itself would not.
const GENERIC_MARKERS: &[&str] = &[
    "blocked by your organization",
    "blocked by your organisation",
    "blocked by your administrator",
    "blocked by your network administrator",
    "blocked by your it administrator",
    "blocked by the network administrator",
    "blocked by the administrator",
    "blocked by your network policy",
    "blocked by network policy",
    "blocked by the network policy",
    "blocked by your school",
    "blocked according to your organization's policy",
];

/// Whose block page this is: `Some(Some(vendor))`, `Some(None)` for a
/// generic filter page, `None` when it is not a filter page.
pub fn recognise(resp: &HttpResponse) -> Option<Option<&'static str>> {
    let server = resp
        .header("server")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if server.contains("barracuda") {
        return Some(Some("Barracuda"));
    }
    if resp
        .header("x-squid-error")
        .is_some_and(|e| e.starts_with("ERR_ACCESS_DENIED"))
    {
        return Some(Some("Squid"));
    }
    let body = String::from_utf8_lossy(&resp.body).to_ascii_lowercase();
    let location = resp
        .header("location")
        .unwrap_or_default()
        .to_ascii_lowercase();
    // Markup and line breaks split phrases; compare with spaces collapsed.
    let flat = collapse(&body);
    if let Some((vendor, _)) = VENDORS.iter().find(|(_, needles)| {
        needles
            .iter()
            .any(|n| flat.contains(n) || body.contains(n) || location.contains(n))
    }) {
        return Some(Some(vendor));
    }
    // ChatGPT's own pages speak of workspace admins blocking things too;
    // generic wording on them is the site talking, not a filter.
    if openai_page(&flat) {
        return None;
    }
    let text = collapse(&strip_tags(&body));
    GENERIC_MARKERS
        .iter()
        .any(|m| text.contains(m))
        .then_some(None)
}

/// A page of ChatGPT's or OpenAI's own (lower-cased, spaces collapsed).
fn openai_page(flat: &str) -> bool {
    flat.contains("<title>chatgpt")
        || flat.contains("<title>openai")
        || flat.contains("cdn.oaistatic.com")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// A page that asks the user to sign in to the network (a captive portal),
/// or a redirect the probe did not follow (it follows the site's own, so
/// this one leads to another host).
pub fn is_sign_in(resp: &HttpResponse) -> bool {
    if resp.status == 511 {
        return true;
    }
    if (300..400).contains(&resp.status) {
        return resp
            .header("location")
            .is_some_and(|l| !l.trim().is_empty());
    }
    let body = String::from_utf8_lossy(&resp.body).to_ascii_lowercase();
    let text = collapse(&strip_tags(&body));
    let has_form = body.contains("<form") || body.contains("<input");
    // Words of a sign-in page anywhere, or next to a form.
    const PORTAL: &[&str] = &[
        "wifi",
        "wi-fi",
        "hotspot",
        "captive portal",
        "guest network",
    ];
    const WITH_FORM: &[&str] = &[
        "sign in",
        "sign-in",
        "log in",
        "login",
        "guest",
        "accept the terms",
        "terms of use",
        "terms and conditions",
        "voucher",
        "room number",
        "access code",
    ];
    let refresh_away =
        body.contains("http-equiv=\"refresh\"") || body.contains("http-equiv=refresh");
    PORTAL.iter().any(|w| text.contains(w))
        || (has_form && WITH_FORM.iter().any(|w| text.contains(w)))
        || body.contains("type=\"password\"")
        || refresh_away
}

/// The judgement on an answer that did not come through Cloudflare when
/// Cloudflare was expected (or that carries a filter's marks anyway).
pub fn foreign(resp: &HttpResponse) -> (VerdictKind, Basis, Option<String>) {
    if let Some(vendor) = recognise(resp) {
        let detail = vendor.unwrap_or(GENERIC);
        return (
            VerdictKind::Filtered,
            Basis::FilterPage,
            Some(detail.into()),
        );
    }
    if resp.status == 451 {
        return (
            VerdictKind::Filtered,
            Basis::FilterPage,
            Some(HTTP_451.into()),
        );
    }
    if is_sign_in(resp) {
        return (VerdictKind::CaptivePortal, Basis::NotCloudflare, None);
    }
    (
        VerdictKind::Filtered,
        Basis::NotCloudflare,
        Some(UNKNOWN_DEVICE.into()),
    )
}

/// A reset or close during the TLS handshake to the target while another
/// name's HTTPS works: something cut the connection when it saw the name.
pub fn refine_reset(v: Verdict, reset_in_handshake: bool, control_https_ok: bool) -> Verdict {
    if !(reset_in_handshake && control_https_ok) {
        return v;
    }
    let mut out = Verdict::new(VerdictKind::Filtered);
    out.basis = Basis::HandshakeReset;
    out.detail = Some(SNI_RESET.into());
    out
}

#[cfg(test)]
#[path = "filter_tests.rs"]
mod tests;
