//! The classifier: one HTTP answer (or failure) in, one [`Verdict`] out.
//!
//! Everything blockwatch says rests on this judgement, and the worst thing it
//! can say is a false "you are blocked" (the user drops the VPN or restarts
//! the router for nothing). It follows the signals Cloudflare and OpenAI
//! actually send, in this order of precedence:
//! 1. `cf-mitigated: challenge` means a challenge, whatever the status: a
//!    browser passes it, so it is never a block.
//! 2. A 2xx or 3xx is the site answering and is never scanned for block
//!    markers; without any Cloudflare header (when one is expected) something
//!    in between answered: a web filter, a sign-in page or an unknown device
//!    (`core::filter` tells which). A filter's block page or an HTTP 451
//!    without Cloudflare is judged there too, before any body marker.
//! 3. Data bodies: Cloudflare's problem details (JSON, Markdown), OpenAI's
//!    region refusal.
//! 4. HTML and text bodies are tokenised ([`page`]); block markers count only
//!    where a person would see them, never in script, style, template,
//!    noscript, comments or attribute values. A **visible block marker wins
//!    over challenge machinery**: an error number in the text or in the
//!    legacy `cf-error-code` span, the WAF page's "Sorry, you have been
//!    blocked", the "used Cloudflare to restrict access" title (shared by
//!    1005-1020: a block, but the number is never assumed). Block pages load
//!    Cloudflare's jsd `challenge-platform` script and stay blocks.
//! 5. Otherwise **challenge machinery wins over anything found only in
//!    script text**: the legacy IUAM form, the legacy captcha page, the
//!    `cf_chl_` family, managed challenge and Turnstile markers, the title
//!    "Just a moment...". A challenge's script may contain
//!    `'<span class="cf-error-code">1020</span>'`; it is still a challenge.
//! 6. The one number read from a script: the Tailwind-era block page's inline
//!    feedback script (`var feedback={errorCode:1015,...}`), only on a page
//!    with that page's structure (the `/cdn-cgi/styles/main.css` stylesheet
//!    and `id="cf-wrapper"`), and only after the checks above (fixture
//!    `block_1020_tailwind_script_code`).
//! 7. The title "Attention Required! | Cloudflare" without captcha machinery
//!    is the WAF block page.
//! 8. What is left is judged by the status, keeping origin errors that merely
//!    passed through Cloudflare apart from Cloudflare's own refusals.

mod page;
mod problem;
mod signs;
mod tame;

use super::filter;
use super::verdict::{
    Basis, FailureKind, HttpResponse, ProbeOutcome, TransportFailure, Verdict, VerdictKind,
};
use std::time::SystemTime;

/// Retry times longer than this are treated as this (a day).
const MAX_RETRY_SECS: u64 = 86_400;

pub fn classify(outcome: &ProbeOutcome, expect_cloudflare: bool) -> Verdict {
    match outcome {
        ProbeOutcome::Response(resp) => classify_response(resp, expect_cloudflare),
        ProbeOutcome::Failed(failure) => classify_failure(failure),
    }
}

pub fn classify_failure(failure: &TransportFailure) -> Verdict {
    let kind = match failure.kind {
        FailureKind::Dns => VerdictKind::DnsFailure,
        FailureKind::Refused | FailureKind::Unreachable => VerdictKind::Offline,
        FailureKind::Timeout => VerdictKind::Timeout,
        FailureKind::Tls(_) | FailureKind::Reset => VerdictKind::TlsError,
        // Something answered with bytes that are not HTTP: not the site.
        FailureKind::Protocol | FailureKind::Other => VerdictKind::SiteError,
    };
    let mut v = Verdict::new(kind);
    v.basis = Basis::Transport;
    v.detail = Some(failure.detail.clone());
    if let FailureKind::Tls(problem) = failure.kind {
        v.tls_problem = Some(problem);
    }
    v
}

pub fn classify_response(resp: &HttpResponse, expect_cloudflare: bool) -> Verdict {
    let mut v = Verdict::new(VerdictKind::SiteError);
    v.http_status = Some(resp.status);
    v.via_cloudflare = resp.header("cf-ray").is_some()
        || resp
            .header("server")
            .is_some_and(|s| s.trim().eq_ignore_ascii_case("cloudflare"));
    if let Some((ray, colo)) = resp.header("cf-ray").and_then(parse_cf_ray) {
        v.ray_id = Some(ray);
        v.colo = colo;
    }
    v.retry_after_secs = resp
        .header("retry-after")
        .and_then(|r| parse_retry_after(r, resp.header("date")));

    let (kind, basis) = judge(resp, expect_cloudflare, &mut v);
    v.kind = kind;
    v.basis = basis;
    v
}

fn judge(resp: &HttpResponse, expect_cloudflare: bool, v: &mut Verdict) -> (VerdictKind, Basis) {
    use VerdictKind as K;
    let status = resp.status;

    if resp
        .header("cf-mitigated")
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("challenge"))
    {
        return (K::Challenge, Basis::ChallengeHeader);
    }
    let foreign = expect_cloudflare && !v.via_cloudflare;
    if (200..400).contains(&status) {
        // A redirect the probe did not follow (off-site, or too many) is still
        // the site answering; without Cloudflare it is the portal's redirect.
        return if foreign {
            foreign_answer(resp, v, &page::read(&resp.body))
        } else {
            (K::Reachable, Basis::Status)
        };
    }
    if status == 511 {
        return (K::CaptivePortal, Basis::Status);
    }
    // page::read caps the body itself; the text below is read to the same cap.
    let body = &resp.body[..resp.body.len().min(page::MAX_BODY)];
    let page = page::read(body);
    // A filter's page or a 451 never comes through Cloudflare.
    if !v.via_cloudflare && (status == 451 || filter::recognise(resp, &seen(&page)).is_some()) {
        return foreign_answer(resp, v, &page);
    }

    let text = String::from_utf8_lossy(body);
    if let Some(p) = problem::problem_details(&text) {
        v.cloudflare_code = Some(p.code);
        if p.ray_id.is_some() && v.ray_id.is_none() {
            v.ray_id = p.ray_id;
        }
        if v.retry_after_secs.is_none() {
            v.retry_after_secs = p.retry_after.map(|s| s.min(MAX_RETRY_SECS));
        }
        return (kind_for_code(p.code, status), Basis::ProblemDetails);
    }
    if problem::is_openai_region_refusal(&text) {
        return (K::RegionUnsupported, Basis::OpenAiRegion);
    }

    if v.ray_id.is_none() {
        v.ray_id = signs::ray_from_text(&page.text);
    }
    v.visitor_ip = signs::visitor_ip(page.footer_ip.as_deref(), &page.text);

    // 1. A block marker a person sees decides, challenge machinery or not.
    if let Some(code) = signs::visible_code(page.error_code_span.as_deref(), &page.text) {
        v.cloudflare_code = Some(code);
        return (kind_for_code(code, status), Basis::ErrorCode);
    }
    if page.block_headline || page.text.contains("sorry, you have been blocked") {
        return (K::Blocked, Basis::BlockPage);
    }
    // The Tailwind page's number, from its feedback script (see `Page`).
    let feedback_code = page.feedback_code.filter(|_| page.tailwind_error_page);
    if page.title.contains("used cloudflare to restrict access") {
        // Shared by 1005-1020: a block, but never assume which.
        if let Some(code) = feedback_code {
            v.cloudflare_code = Some(code);
            return (kind_for_code(code, status), Basis::ErrorCode);
        }
        return (K::Blocked, Basis::AccessDeniedTitle);
    }
    // 2. Challenge machinery wins over anything found only in script text.
    if page.is_challenge() {
        return (K::Challenge, Basis::ChallengeMarkers);
    }
    if let Some(code) = feedback_code {
        v.cloudflare_code = Some(code);
        return (kind_for_code(code, status), Basis::ErrorCode);
    }
    // Shared by the WAF block page and the legacy captcha (caught above).
    if page.title.starts_with("attention required! | cloudflare") {
        return (K::Blocked, Basis::BlockPage);
    }

    if foreign {
        return match status {
            429 => (K::RateLimited, Basis::Status),
            // Cloudflare's own error page (its ray id shown) passed on by
            // something that dropped the headers: the site's outage after
            // all. Any other 5xx is the device in between (`filter`).
            500..=599 if v.ray_id.is_some() => (K::SiteDown, Basis::Status),
            _ => foreign_answer(resp, v, &page),
        };
    }
    match status {
        429 => (K::RateLimited, Basis::Status),
        403 if cloudflare_generated(resp) => (K::Blocked, Basis::CloudflareHeaders),
        500..=599 => (K::SiteDown, Basis::Status),
        // An origin's own 4xx passed through Cloudflare: the site answered.
        _ => (K::SiteError, Basis::Status),
    }
}

/// Something else than the site answered: a filter, a sign-in page, a
/// device in between, or an unknown device (`core::site::filter`).
fn foreign_answer(resp: &HttpResponse, v: &mut Verdict, page: &page::Page) -> (VerdictKind, Basis) {
    let (kind, basis, detail) = filter::foreign(resp, &seen(page));
    v.detail = detail;
    (kind, basis)
}

/// What the filter rules may read of a page: what a person sees.
fn seen(page: &page::Page) -> filter::Seen<'_> {
    filter::Seen {
        text: &page.text,
        form: page.form,
        password_field: page.password_field,
        refresh: page.refresh.as_deref(),
    }
}

/// Whose block page an answer is, its page read as the classifier reads it.
#[cfg(test)]
pub(crate) fn filter_page(resp: &HttpResponse) -> Option<&'static str> {
    filter::recognise(resp, &seen(&page::read(&resp.body)))
}

/// The verdict a Cloudflare error number stands for.
pub fn kind_for_code(code: u16, status: u16) -> VerdictKind {
    use VerdictKind as K;
    match code {
        1020 => K::Blocked,
        1005 | 1006 | 1007 | 1008 | 1012 | 1106 => K::IpBanned,
        1009 => K::CountryBanned,
        1010 => K::BrowserBanned,
        1015 => K::RateLimited,
        1026 | 1039 => K::RegionUnsupported,
        1000..=1004 | 1014 | 1016 | 1018 | 1019 | 1023 | 1033 | 1200 => K::SiteDown,
        520..=530 => K::SiteDown,
        _ => match status {
            403 => K::Blocked,
            429 => K::RateLimited,
            451 => K::RegionUnsupported,
            500..=599 => K::SiteDown,
            _ => K::SiteError,
        },
    }
}

/// `cf-ray: 8d1f2e3a4b5c6d7e-FRA` → ("8d1f2e3a4b5c6d7e", Some("FRA")).
pub fn parse_cf_ray(value: &str) -> Option<(String, Option<String>)> {
    let value = value.trim();
    let (ray, colo) = match value.rsplit_once('-') {
        Some((r, c)) if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()) => {
            (r, Some(c.to_ascii_uppercase()))
        }
        _ => (value, None),
    };
    (!ray.is_empty() && ray.len() <= 32 && ray.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| (ray.to_ascii_lowercase(), colo))
}

/// Seconds from a Retry-After value: delay-seconds, or an HTTP date measured
/// against the response's own Date header (the core never reads the clock).
pub fn parse_retry_after(value: &str, date: Option<&str>) -> Option<u64> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(secs.min(MAX_RETRY_SECS));
    }
    let at: SystemTime = httpdate::parse_http_date(value).ok()?;
    let now: SystemTime = httpdate::parse_http_date(date?.trim()).ok()?;
    let secs = at.duration_since(now).map(|d| d.as_secs()).unwrap_or(0);
    Some(secs.min(MAX_RETRY_SECS))
}

/// Cloudflare's own error answers carry these cache headers.
fn cloudflare_generated(resp: &HttpResponse) -> bool {
    resp.header("expires")
        .is_some_and(|e| e.contains("01 Jan 1970"))
        && resp
            .header("cache-control")
            .is_some_and(|c| c.contains("no-store"))
}

#[cfg(test)]
mod tests;
