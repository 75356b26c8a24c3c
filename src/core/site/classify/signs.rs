//! Numbers and addresses in a page's visible text.

use std::net::IpAddr;

pub(super) fn is_cloudflare_code(n: u32) -> bool {
    (1000..=1999).contains(&n) || (520..=530).contains(&n)
}

/// At most `n` bytes of `s`, cut at a character boundary.
pub(super) fn prefix(s: &str, n: usize) -> &str {
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
    let digits = prefix(&rest[skip..], 5);
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    if !(3..=4).contains(&len) {
        return None;
    }
    digits[..len].parse().ok()
}

/// The first Cloudflare error number after an occurrence of `needle`.
pub(super) fn first_code_after(s: &str, needle: &str) -> Option<u16> {
    s.match_indices(needle)
        .filter_map(|(i, _)| number_at(s, i + needle.len()))
        .find(|&n| is_cloudflare_code(n))
        .map(|n| n as u16)
}

/// The Cloudflare error number a person sees, the most specific form first:
/// the legacy `cf-error-code` span, then the wordings of the other layouts
/// ("Error reference number: 1020", "Error code 1020", "Error 1020", the 5xx
/// title "chatgpt.com | 522: Connection timed out").
/// Takes the page's parts, not the page: the page's reader uses the helpers
/// here, and modules must not import each other in a circle.
pub(super) fn visible_code(error_code_span: Option<&str>, text: &str) -> Option<u16> {
    const TEXT: [&str; 4] = ["error reference number", "error code", "error ", " | "];
    error_code_span
        .and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|&n| is_cloudflare_code(n))
        .map(|n| n as u16)
        .or_else(|| TEXT.iter().find_map(|n| first_code_after(text, n)))
}

fn first_ip(s: &str) -> Option<IpAddr> {
    s.split(|c: char| c.is_whitespace() || c == '<' || c == ',' || c == '"')
        .take(8)
        .map(|t| t.trim_matches(|c: char| !(c.is_ascii_hexdigit() || c == ':' || c == '.')))
        .find_map(|t| t.parse::<IpAddr>().ok())
}

/// The visitor's address as the page shows it: the Tailwind footer's
/// `id="cf-footer-ip"` element, or "Your IP: ..." in the text.
pub(super) fn visitor_ip(footer_ip: Option<&str>, plain: &str) -> Option<IpAddr> {
    if let Some(ip) = footer_ip.and_then(first_ip) {
        return Some(ip);
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

pub(super) fn ray_from_text(plain: &str) -> Option<String> {
    plain.match_indices("ray id").find_map(|(i, n)| {
        let rest = plain[i + n.len()..].trim_start_matches([':', ' ']);
        let token: String = rest
            .chars()
            .take(40)
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        super::parse_cf_ray(&token)
            .filter(|(id, _)| id.len() >= 16)
            .map(|(id, _)| id)
    })
}
