//! The classifier: one HTTP answer (or failure) in, one [`Verdict`] out.
//!
//! Everything blockwatch says rests on this judgement, so it follows the
//! signals Cloudflare and OpenAI actually send, in this order:
//! 1. `cf-mitigated: challenge` means a challenge, whatever the status: a
//!    browser passes it, so it is never a block.
//! 2. A 2xx is the page itself and is never scanned for block markers; without
//!    any Cloudflare header (when one is expected) something in between
//!    answered (a captive portal).
//! 3. Non-2xx bodies are read in every form Cloudflare has used: problem
//!    details (JSON, Markdown), error numbers in HTML and plain text, old
//!    challenge scripts, the WAF block page. The number decides, never the
//!    shared "Access denied" title.
//! 4. What is left is judged by the status, keeping origin errors that merely
//!    passed through Cloudflare apart from Cloudflare's own refusals.

use super::verdict::{
    Basis, FailureKind, HttpResponse, ProbeOutcome, TransportFailure, Verdict, VerdictKind,
};
use std::net::IpAddr;
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
            foreign_answer(resp, v)
        } else {
            (K::Reachable, Basis::Status)
        };
    }
    if status == 511 {
        return (K::CaptivePortal, Basis::Status);
    }
    // A filter's page or a 451 never comes through Cloudflare.
    if !v.via_cloudflare && (status == 451 || super::filter::recognise(resp).is_some()) {
        return foreign_answer(resp, v);
    }

    let text = String::from_utf8_lossy(&resp.body);
    let raw = text.to_ascii_lowercase();

    if let Some(p) = problem_details(&text) {
        v.cloudflare_code = Some(p.code);
        if p.ray_id.is_some() && v.ray_id.is_none() {
            v.ray_id = p.ray_id;
        }
        if v.retry_after_secs.is_none() {
            v.retry_after_secs = p.retry_after.map(|s| s.min(MAX_RETRY_SECS));
        }
        return (kind_for_code(p.code, status), Basis::ProblemDetails);
    }
    if is_openai_region_refusal(&text) {
        return (K::RegionUnsupported, Basis::OpenAiRegion);
    }

    let plain = html_text(&raw);
    if v.ray_id.is_none() {
        v.ray_id = ray_from_text(&plain);
    }
    v.visitor_ip = visitor_ip(&raw, &plain);

    if let Some(code) = error_code(&raw, &plain) {
        v.cloudflare_code = Some(code);
        return (kind_for_code(code, status), Basis::ErrorCode);
    }
    if has_challenge_markers(&raw) {
        return (K::Challenge, Basis::ChallengeMarkers);
    }
    let title = title(&raw);
    if title.contains("attention required! | cloudflare")
        || raw.contains("data-translate=\"block_headline\"")
        || plain.contains("sorry, you have been blocked")
    {
        return (K::Blocked, Basis::BlockPage);
    }
    if title.contains("used cloudflare to restrict access") {
        // Shared by 1005-1020: a block, but never assume which.
        return (K::Blocked, Basis::AccessDeniedTitle);
    }

    if foreign {
        return match status {
            429 => (K::RateLimited, Basis::Status),
            500..=599 => (K::SiteDown, Basis::Status),
            _ => foreign_answer(resp, v),
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

/// Something else than the site answered: a filter, a sign-in page, or an
/// unknown device (`core::filter`).
fn foreign_answer(resp: &HttpResponse, v: &mut Verdict) -> (VerdictKind, Basis) {
    let (kind, basis, detail) = super::filter::foreign(resp);
    v.detail = detail;
    (kind, basis)
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

fn is_cloudflare_code(n: u32) -> bool {
    (1000..=1999).contains(&n) || (520..=530).contains(&n)
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

struct Problem {
    code: u16,
    ray_id: Option<String>,
    retry_after: Option<u64>,
}

/// RFC 9457 problem details from Cloudflare, as JSON or as Markdown front
/// matter. Trusted only with `cloudflare_error: true` and an integer code.
fn problem_details(text: &str) -> Option<Problem> {
    let t = text.trim_start_matches('\u{feff}').trim();
    if t.starts_with('{') {
        let json: serde_json::Value = serde_json::from_str(t).ok()?;
        let obj = json.as_object()?;
        if obj.get("cloudflare_error")?.as_bool() != Some(true) {
            return None;
        }
        let code = u16::try_from(obj.get("error_code")?.as_u64()?).ok()?;
        return Some(Problem {
            code,
            ray_id: obj
                .get("ray_id")
                .and_then(|r| r.as_str())
                .and_then(|r| parse_cf_ray(r).map(|(id, _)| id)),
            retry_after: obj.get("retry_after").and_then(|r| r.as_u64()),
        });
    }
    let rest = t.strip_prefix("---")?;
    let end = rest.find("\n---")?;
    let mut cloudflare_error = false;
    let (mut code, mut ray_id, mut retry_after) = (None, None, None);
    for line in rest[..end].lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
        match k.trim() {
            "cloudflare_error" => cloudflare_error = v == "true",
            "error_code" => code = v.parse::<u16>().ok(),
            "ray_id" => ray_id = parse_cf_ray(v).map(|(id, _)| id),
            "retry_after" => retry_after = v.parse::<u64>().ok(),
            _ => {}
        }
    }
    (cloudflare_error && code.is_some()).then(|| Problem {
        code: code.unwrap_or_default(),
        ray_id,
        retry_after,
    })
}

fn is_openai_region_refusal(text: &str) -> bool {
    let t = text.trim();
    if !t.starts_with('{') {
        return false;
    }
    let Ok(json) = serde_json::from_str::<serde_json::Value>(t) else {
        return false;
    };
    json.pointer("/error/code")
        .and_then(|c| c.as_str())
        .is_some_and(|c| c.starts_with("unsupported_country"))
}

/// The page's text without tags, entities decoded, whitespace folded,
/// lower-case (its input is already lower-case). Script and style contents
/// stay: the tailwind page keeps its error number in an inline script.
fn html_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() / 2);
    let mut in_tag = false;
    for ch in raw.chars() {
        match ch {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            _ => out.push(ch),
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&#58;", ":")
        .replace("&#x3a;", ":")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"");
    let mut folded = String::with_capacity(decoded.len());
    let mut space = false;
    for ch in decoded.chars() {
        if ch.is_whitespace() {
            space = true;
        } else {
            if space && !folded.is_empty() {
                folded.push(' ');
            }
            space = false;
            folded.push(ch);
        }
    }
    folded
}

fn title(raw: &str) -> &str {
    let Some(start) = raw.find("<title") else {
        return "";
    };
    let after = &raw[start..];
    let Some(open_end) = after.find('>') else {
        return "";
    };
    let body = &after[open_end + 1..];
    match body.find("</title") {
        Some(end) => body[..end].trim(),
        None => prefix(body, 300).trim(),
    }
}

/// At most `n` bytes of `s`, cut at a character boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A number of 3-4 digits right after `at`, skipping a few separators.
fn number_at(s: &str, at: usize) -> Option<u32> {
    let rest = &s[at..];
    let skip = rest
        .char_indices()
        .take_while(|(i, c)| *i < 4 && matches!(c, ' ' | ':' | '"' | '\'' | '='))
        .count();
    let digits: String = rest[skip..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if !(3..=4).contains(&digits.len()) {
        return None;
    }
    digits.parse().ok()
}

fn first_code_after(s: &str, needle: &str) -> Option<u16> {
    s.match_indices(needle)
        .filter_map(|(i, _)| number_at(s, i + needle.len()))
        .find(|&n| is_cloudflare_code(n))
        .map(|n| n as u16)
}

/// The Cloudflare error number, in the order of how specific each form is.
fn error_code(raw: &str, plain: &str) -> Option<u16> {
    const RAW: [&str; 3] = [
        "class=\"cf-error-code\">",
        "errorcode",
        "cf-error-details cf-error-",
    ];
    const TEXT: [&str; 4] = [
        "error reference number",
        "error code",
        "error ",
        " | ", // the 5xx title "chatgpt.com | 522: Connection timed out"
    ];
    RAW.iter()
        .find_map(|n| first_code_after(raw, n))
        .or_else(|| TEXT.iter().find_map(|n| first_code_after(plain, n)))
}

fn has_id(raw: &str, id: &str) -> bool {
    raw.contains(&format!("id=\"{id}\"")) || raw.contains(&format!("id='{id}'"))
}

/// Challenge markers of the pages without `cf-mitigated`. The bare
/// `challenge-platform` is not one: block pages load its jsd script.
fn has_challenge_markers(raw: &str) -> bool {
    let orchestrate = raw
        .match_indices("/cdn-cgi/challenge-platform/")
        .any(|(i, n)| {
            let rest = &raw[i + n.len()..];
            let window = prefix(rest, 48);
            (window.starts_with("h/") || window.starts_with("orchestrate/"))
                && window.contains("orchestrate/")
        });
    orchestrate
        || raw.contains("window._cf_chl_opt")
        || raw.contains("window._cf_chl_ctx")
        || has_id(raw, "challenge-error-text")
        || (has_id(raw, "challenge-form") && raw.contains("__cf_chl_"))
        || title(raw) == "just a moment..."
}

/// Cloudflare's own error answers carry these cache headers.
fn cloudflare_generated(resp: &HttpResponse) -> bool {
    resp.header("expires")
        .is_some_and(|e| e.contains("01 Jan 1970"))
        && resp
            .header("cache-control")
            .is_some_and(|c| c.contains("no-store"))
}

fn first_ip(s: &str) -> Option<IpAddr> {
    s.split(|c: char| c.is_whitespace() || c == '<' || c == ',' || c == '"')
        .take(8)
        .map(|t| t.trim_matches(|c: char| !(c.is_ascii_hexdigit() || c == ':' || c == '.')))
        .find_map(|t| t.parse::<IpAddr>().ok())
}

fn visitor_ip(raw: &str, plain: &str) -> Option<IpAddr> {
    if let Some(i) = raw.find("id=\"cf-footer-ip\"") {
        let rest = &raw[i..];
        if let Some(gt) = rest.find('>') {
            if let Some(ip) = first_ip(&rest[gt + 1..]) {
                return Some(ip);
            }
        }
    }
    ["your ip address:", "your ip:", "your ip address", "your ip"]
        .iter()
        .find_map(|n| {
            plain.match_indices(n).find_map(|(i, _)| {
                let rest = &plain[i + n.len()..];
                let rest = rest.trim_start_matches([':', ' ']);
                // "Your IP: Click to reveal 203.0.113.7"
                let rest = rest.strip_prefix("click to reveal").unwrap_or(rest);
                first_ip(rest)
            })
        })
}

fn ray_from_text(plain: &str) -> Option<String> {
    plain.match_indices("ray id").find_map(|(i, n)| {
        let rest = plain[i + n.len()..].trim_start_matches([':', ' ']);
        let token: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        parse_cf_ray(&token)
            .filter(|(id, _)| id.len() >= 16)
            .map(|(id, _)| id)
    })
}

#[cfg(test)]
mod tests;
