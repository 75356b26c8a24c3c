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
//! answers that did not come through Cloudflare. Issue 19 added the last
//! look-alikes: block pages with a form or login words in a script, a
//! redirect to a block page, a 5xx from a device in between, the national
//! stub pages OONI's fingerprints list (`words`, `markers`).

mod markers;
mod words;

use crate::core::site::verdict::{Basis, HttpResponse, Verdict, VerdictKind};
use markers::{GENERIC_MARKERS, NATIONAL, VENDORS};

/// `verdict.detail` values fixed by issue 9 (a contract, like the kinds).
pub const UNKNOWN_DEVICE: &str = "an unknown device answered instead of ChatGPT";
pub const SNI_RESET: &str = "connection reset when the name was seen";
pub const HTTP_451: &str = "HTTP 451 (unavailable for legal reasons)";
/// A filter page that names no vendor.
pub const GENERIC: &str = "a network filter's block page";
/// Issue 19: a national block's stub page (a law's or an order's).
pub const NATIONAL_PAGE: &str = "a national block page";
/// Issue 19: a 5xx without Cloudflare's signs, from a proxy, a firewall or
/// a router that could not reach the site itself.
pub const GATEWAY: &str = "a device in between could not reach the site";

/// What a person sees of an answer, read by the classifier's tokenizer:
/// the visible text (title included; never script, style or attribute
/// values) and the controls a sign-in needs.
#[derive(Clone, Copy, Debug, Default)]
pub struct Seen<'a> {
    /// Lower-case, whitespace folded.
    pub text: &'a str,
    /// A `<form>` element.
    pub form: bool,
    /// A password field a person can type into (not disabled or hidden).
    pub password_field: bool,
    /// Where a `<meta http-equiv="refresh">` sends the page ("" for itself).
    pub refresh: Option<&'a str>,
}

/// Whose block page this is: the vendor, [`NATIONAL_PAGE`] or [`GENERIC`];
/// `None` when it is not a filter's or a national block's page.
pub fn recognise(resp: &HttpResponse, seen: &Seen) -> Option<&'static str> {
    let server = resp
        .header("server")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if server.contains("barracuda") {
        return Some("Barracuda");
    }
    if resp
        .header("x-squid-error")
        .is_some_and(|e| e.starts_with("ERR_ACCESS_DENIED"))
    {
        return Some("Squid");
    }
    if resp.header("x-pi-hole").is_some() {
        return Some("Pi-hole");
    }
    // Lower-cased beyond ASCII: the national pages are Cyrillic, Persian...
    let body = String::from_utf8_lossy(&resp.body).to_lowercase();
    let location = resp.header("location").unwrap_or_default().to_lowercase();
    // Markup and line breaks split phrases; compare with spaces collapsed.
    let flat = collapse(&body);
    let has = |n: &str| flat.contains(n) || body.contains(n) || location.contains(n);
    if let Some((vendor, _)) = VENDORS
        .iter()
        .find(|(_, needles)| needles.iter().any(|n| has(n)))
    {
        return Some(vendor);
    }
    if NATIONAL.iter().any(|n| has(n)) {
        return Some(NATIONAL_PAGE);
    }
    // ChatGPT's own pages speak of workspace admins blocking things too;
    // generic wording on them is the site talking, not a filter.
    if openai_page(&flat) {
        return None;
    }
    let generic = GENERIC_MARKERS.iter().any(|m| seen.text.contains(m));
    (generic || words::says_blocked(seen.text)).then_some(GENERIC)
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

/// Where the answer sends the browser: a redirect the probe did not follow
/// (it follows the site's own), or a refresh.
fn sends_to<'a>(resp: &'a HttpResponse, seen: &Seen<'a>) -> Option<&'a str> {
    let location = resp
        .header("location")
        .filter(|l| (300..400).contains(&resp.status) && !l.trim().is_empty());
    location.or(seen.refresh)
}

/// A page that asks the user to sign in to the network (a captive portal):
/// told from what a person sees and the controls offered, never from words
/// in a script; or a redirect elsewhere that is not to a block page.
pub fn is_sign_in(resp: &HttpResponse, seen: &Seen) -> bool {
    resp.status == 511
        || sends_to(resp, seen).is_some()
        || words::portal_words(seen.text)
        || (seen.form && words::sign_in_words(seen.text))
        || seen.password_field
}

/// The judgement on an answer that did not come through Cloudflare when
/// Cloudflare was expected (or that carries a filter's marks anyway). A
/// page that says it blocked the site is a filter's, form or not; a
/// redirect to a block page too; a 5xx is a device in between that could
/// not reach the site (never "ChatGPT is down": the site answers through
/// Cloudflare); a sign-in page is a portal; anything else, an unknown device.
pub fn foreign(resp: &HttpResponse, seen: &Seen) -> (VerdictKind, Basis, Option<String>) {
    let filtered = |basis, detail: &str| (VerdictKind::Filtered, basis, Some(detail.into()));
    if let Some(detail) = recognise(resp, seen) {
        return filtered(Basis::FilterPage, detail);
    }
    if resp.status == 451 {
        return filtered(Basis::FilterPage, HTTP_451);
    }
    if sends_to(resp, seen).is_some_and(words::url_says_blocked) {
        return filtered(Basis::FilterPage, GENERIC);
    }
    if (500..600).contains(&resp.status) {
        return filtered(Basis::Gateway, GATEWAY);
    }
    if is_sign_in(resp, seen) {
        return (VerdictKind::CaptivePortal, Basis::NotCloudflare, None);
    }
    filtered(Basis::NotCloudflare, UNKNOWN_DEVICE)
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
mod tests;
