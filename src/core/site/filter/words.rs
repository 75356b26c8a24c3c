//! What a page says in words a person reads, and what a redirect's address
//! says: the two look-alikes of issue 19. A block page may carry a form
//! (Pi-hole's allow-list password, Untangle's unblock password) or login
//! words in a script (iboss), and a filter may redirect to its block page;
//! a sign-in page asks for a sign-in. Words are taken from the visible text
//! only (never scripts, styles or attribute values) and from a redirect's
//! host and path (never its query, which often carries the blocked URL).

/// Words of a sign-in page anywhere in the visible text.
const PORTAL: &[&str] = &[
    "wifi",
    "wi-fi",
    "hotspot",
    "captive portal",
    "guest network",
];

/// Words of a sign-in page beside a form.
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

pub(super) fn portal_words(text: &str) -> bool {
    PORTAL.iter().any(|w| text.contains(w))
}

pub(super) fn sign_in_words(text: &str) -> bool {
    WITH_FORM.iter().any(|w| text.contains(w))
}

/// What was blocked: a page, a site, its address.
const SUBJECTS: &[&str] = &["site", "website", "page", "webpage", "url", "domain"];
/// Said of it.
const VERBS: &[&str] = &["blocked", "restricted", "denied", "prohibited"];
/// Between the two ("has been", "is currently").
const FILLER: &[&str] = &[
    "has",
    "have",
    "had",
    "been",
    "is",
    "was",
    "are",
    "were",
    "being",
    "currently",
    "temporarily",
    "permanently",
    "now",
];
/// "Access to the internet is restricted" is a portal's sentence.
const NOT_SITES: &[&str] = &["internet", "network", "wifi", "wi-fi", "web"];

/// The visible text (lower-case) says the site or page was blocked or
/// restricted: "this website has been blocked", "Website Blocked", "blocked
/// site", "access to chatgpt.com has been restricted". Never Cloudflare's
/// "you have been blocked" or "why have I been blocked?" (a person, not a
/// site), nor "access to the internet is restricted" (a portal).
pub(super) fn says_blocked(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let at = |i: usize| words.get(i).copied().unwrap_or_default();
    (0..words.len()).any(|i| {
        if !VERBS.contains(&at(i)) {
            return false;
        }
        if i + 1 < words.len() && at(i) == "blocked" && SUBJECTS.contains(&at(i + 1)) {
            return true;
        }
        let mut j = i;
        while j > 0 && FILLER.contains(&at(j - 1)) {
            j -= 1;
        }
        // j - 1 is what the verb is said of.
        let Some(said_of) = j.checked_sub(1) else {
            return false;
        };
        if SUBJECTS.contains(&at(said_of)) {
            return true;
        }
        // "access to chatgpt.com", "access to this site".
        let object = at(said_of);
        let to_at = match said_of.checked_sub(1).map(at) {
            Some("to") => said_of.checked_sub(1),
            Some("the" | "this" | "that") if said_of >= 2 && at(said_of - 2) == "to" => {
                Some(said_of - 2)
            }
            _ => None,
        };
        to_at.is_some_and(|t| t >= 1 && at(t - 1) == "access") && !NOT_SITES.contains(&object)
    })
}

/// Words of a filter's block page in an address.
const URL_WORDS: &[&str] = &[
    "block",
    "blocked",
    "blocking",
    "blockpage",
    "blockpages",
    "warning",
    "warn",
    "denied",
    "deny",
    "accessdenied",
    "restricted",
    "restrict",
    "restriction",
    "filter",
    "filtered",
    "filtering",
    "webfilter",
    "urlfilter",
    "contentfilter",
    "blacklist",
    "blacklisted",
    "forbidden",
];

/// A redirect target whose host or path says block, blocked, warning,
/// denied, restricted or filter: a filter's block page. The query and the
/// fragment are not read (a portal's `?redirect=…/blocked` is still a portal).
pub(super) fn url_says_blocked(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    rest.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| URL_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_block_page_says() {
        for t in [
            "this website has been blocked",
            "website blocked",
            "web page blocked",
            "blocked site: chatgpt.com",
            "site restricted",
            "this page is currently restricted.",
            "access to chatgpt.com has been blocked by the web filter",
            "access to this site is restricted",
            "access to the site was denied",
            "this url is prohibited on this network",
        ] {
            assert!(says_blocked(t), "{t}");
        }
        for t in [
            "sorry, you have been blocked",
            "why have i been blocked?",
            "you can email the site owner to let them know you were blocked.",
            "access to the internet is restricted until you sign in",
            "internet access is restricted. please log in",
            "access denied",
            "pop-ups blocked. blocked content.",
            "your account has been blocked",
            "blocked",
        ] {
            assert!(!says_blocked(t), "{t}");
        }
    }

    #[test]
    fn what_a_redirect_says() {
        for u in [
            "http://10.0.0.1/cgi/blocked?clientaddr=1",
            "https://warning.schoolnet.example/page",
            "/access_denied.html",
            "http://webfilter.corp.example:8080/notify",
            "http://gw/blockPage.cgi",
            "https://filter.example/",
        ] {
            assert!(url_says_blocked(u), "{u}");
        }
        for u in [
            "https://login.guest-wifi.example/portal?redirect=https://chatgpt.com/blocked",
            "http://192.168.88.1/login?dst=x",
            "https://blockchain.example/",
            "https://chatgpt.com/#blocked",
            "",
        ] {
            assert!(!url_says_blocked(u), "{u}");
        }
    }
}
