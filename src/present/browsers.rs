//! The sentences about browser-side findings: evidence lines, and the steps
//! of the fixes that name an extension or setting, its browser and profile.

use super::Os;
use crate::core::browsers::{Browser, Finding, FindingKind, ProfileFindings, ProxyRoute};

/// The name users know the browser by.
pub fn browser_name(b: Browser) -> &'static str {
    match b {
        Browser::Chrome => "Chrome",
        Browser::Chromium => "Chromium",
        Browser::Edge => "Edge",
        Browser::Brave => "Brave",
        Browser::Vivaldi => "Vivaldi",
        Browser::Opera => "Opera",
        Browser::Firefox => "Firefox",
    }
}

/// "Chrome (profile Default)".
pub fn where_found(b: Browser, profile: &str) -> String {
    format!("{} (profile {profile})", browser_name(b))
}

/// One finding as an evidence sentence.
pub fn finding_line(b: Browser, profile: &str, f: &Finding) -> String {
    let at = where_found(b, profile);
    match (f.kind, &f.proxy) {
        (FindingKind::VpnExtension, Some(_)) => {
            format!("{} is enabled in {at} and controls its proxy", f.name)
        }
        (FindingKind::VpnExtension, None) => format!("{} is enabled in {at}", f.name),
        (FindingKind::BuiltinVpn, _) => format!("{}'s built-in VPN is on in {at}", browser_name(b)),
        (FindingKind::Doh, _) => match &f.detail {
            Some(uri) => format!("{at} looks names up over DNS over HTTPS ({uri})"),
            None => format!("{at} looks names up over DNS over HTTPS"),
        },
        (FindingKind::ProxySetting, route) => match route {
            Some(ProxyRoute::Server(s)) => {
                format!("{at} sends web traffic through the proxy {s}")
            }
            Some(ProxyRoute::Pac(Some(url))) => {
                format!("{at} takes its proxy from the script {url}")
            }
            Some(ProxyRoute::Pac(None)) => {
                format!("{at} takes its proxy from a proxy auto-config script")
            }
            Some(ProxyRoute::AutoDetect) | None => {
                format!("{at} looks for a proxy on the network (auto-detect)")
            }
        },
    }
}

/// Every finding in one evidence line, for a check where the probe is
/// healthy and the user has not said the browser is refused.
pub fn findings_line(profiles: &[ProfileFindings]) -> Option<String> {
    let lines: Vec<String> = profiles
        .iter()
        .flat_map(|p| {
            p.findings
                .iter()
                .map(|f| finding_line(p.browser, &p.profile, f))
        })
        .collect();
    (!lines.is_empty()).then(|| {
        format!(
            "found in your browsers (they change the way only that browser reaches the site): {}",
            lines.join("; ")
        )
    })
}

/// Where the browser lists its extensions.
pub fn extensions_page(b: Browser) -> &'static str {
    match b {
        Browser::Chrome | Browser::Chromium => "chrome://extensions",
        Browser::Edge => "edge://extensions",
        Browser::Brave => "brave://extensions",
        Browser::Vivaldi => "vivaldi://extensions",
        Browser::Opera => "opera://extensions",
        Browser::Firefox => "about:addons",
    }
}

/// The title and steps of `disable_browser_extension`.
pub fn disable_extension(
    b: Browser,
    profile: &str,
    f: &Finding,
    host: &str,
) -> (String, Vec<String>) {
    let name = &f.name;
    let browser = browser_name(b);
    let title = format!("Turn off {name} in {browser} (profile {profile})");
    let mut steps = vec![format!(
        "In {browser}, in the profile {profile}, open {} (type it into the address bar).",
        extensions_page(b)
    )];
    if b == Browser::Firefox {
        steps.push(format!(
            "Find {name} and switch it off. To keep it for other sites, open … → Manage → Permissions and remove its access to {host} instead."
        ));
    } else {
        steps.push(format!(
            "Find {name} and switch it off. To keep it for other sites, open Details → Site access → \u{201c}On specific sites\u{201d} and leave {host} out."
        ));
    }
    if f.proxy.is_some() {
        steps.push(format!(
            "{name} sets {browser}'s proxy: pausing it in its own toolbar menu is not enough while it stays in control of the proxy."
        ));
    }
    steps.push(format!(
        "Reload {host}. If it is still refused, run `blockwatch check --browser-blocked` again: it looks for anything else in your browsers."
    ));
    (title, steps)
}

/// The title and steps of `disable_browser_proxy`.
pub fn disable_proxy(
    b: Browser,
    profile: &str,
    f: &Finding,
    host: &str,
    os: Os,
) -> (String, Vec<String>) {
    let browser = browser_name(b);
    if f.kind == FindingKind::BuiltinVpn {
        let settings = if os == Os::MacOs { "⌘," } else { "Alt+P" };
        return (
            format!("Turn off {browser}'s VPN (profile {profile})"),
            vec![
                format!("Click the VPN badge left of the address bar in {browser} and switch the VPN off."),
                format!("Or open Settings ({settings}) → Privacy & security → VPN and turn off \u{201c}Enable VPN\u{201d}."),
                format!("Reload {host}: it now sees your own address instead of the VPN's."),
            ],
        );
    }
    let mut steps = match b {
        Browser::Firefox => vec![
            format!("In Firefox, profile {profile}: Settings → General → Network Settings → Settings…"),
            "Choose \u{201c}Use system proxy settings\u{201d} (or \u{201c}No proxy\u{201d}) and click OK.".to_string(),
        ],
        _ => vec![
            format!("In {browser}, profile {profile}: Settings → System → Open your computer's proxy settings, and turn the proxy off there."),
            format!("If {browser} was started with a proxy option (--proxy-server), start it without."),
        ],
    };
    if let Some(d) = &f.detail {
        steps.insert(0, format!("The proxy in use is {d}."));
    }
    steps.push(format!(
        "Reload {host}. On a company network, ask IT before bypassing its proxy."
    ));
    (
        format!("Turn off the proxy in {browser} (profile {profile})"),
        steps,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(kind: FindingKind, name: &str, proxy: Option<ProxyRoute>) -> Finding {
        Finding {
            kind,
            id: None,
            name: name.into(),
            detail: proxy.as_ref().and_then(ProxyRoute::detail),
            proxy,
        }
    }

    #[test]
    fn evidence_as_the_issue_words_it() {
        let hola = Finding::extension(
            "gkojfkhlekighikafcpjkiklfbnlmeio",
            "Hola VPN".into(),
            Some(ProxyRoute::Server("198.51.100.21:3128".into())),
        );
        assert_eq!(
            finding_line(Browser::Chrome, "Default", &hola),
            "Hola VPN is enabled in Chrome (profile Default) and controls its proxy"
        );
        let proxy = finding(
            FindingKind::ProxySetting,
            "network.proxy.type",
            Some(ProxyRoute::Server("198.51.100.21:3128".into())),
        );
        assert_eq!(
            finding_line(Browser::Firefox, "default-release", &proxy),
            "Firefox (profile default-release) sends web traffic through the proxy 198.51.100.21:3128"
        );
        let opera = finding(FindingKind::BuiltinVpn, "Opera VPN", None);
        assert_eq!(
            finding_line(Browser::Opera, "Default", &opera),
            "Opera's built-in VPN is on in Opera (profile Default)"
        );
        let p = ProfileFindings {
            browser: Browser::Chrome,
            profile: "Default".into(),
            findings: vec![hola.clone(), opera],
        };
        let line = findings_line(std::slice::from_ref(&p)).unwrap();
        assert!(
            line.contains("Hola VPN is enabled") && line.contains("; "),
            "{line}"
        );
        assert_eq!(findings_line(&[]), None);
    }

    #[test]
    fn fix_steps_name_the_extension_browser_and_profile() {
        let hola = Finding::extension("x", "Hola VPN".into(), Some(ProxyRoute::AutoDetect));
        for b in Browser::ALL {
            let (title, steps) = disable_extension(b, "Profile 2", &hola, "chatgpt.com");
            assert!(
                title.contains("Hola VPN")
                    && title.contains(browser_name(b))
                    && title.contains("Profile 2")
            );
            assert!(steps[0].contains(extensions_page(b)));
            assert!((2..=5).contains(&steps.len()));
            assert!(steps.iter().any(|s| s.contains("chatgpt.com")));
            for os in [Os::Linux, Os::MacOs, Os::Windows] {
                let f = finding(
                    FindingKind::ProxySetting,
                    "p",
                    Some(ProxyRoute::Server("10.0.0.1:3128".into())),
                );
                let (title, steps) = disable_proxy(b, "Default", &f, "chatgpt.com", os);
                assert!(title.contains(browser_name(b)));
                assert!((2..=5).contains(&steps.len()));
                assert!(steps[0].contains("10.0.0.1:3128"));
            }
        }
        let (title, steps) = disable_proxy(
            Browser::Opera,
            "Default",
            &finding(FindingKind::BuiltinVpn, "Opera VPN", None),
            "chatgpt.com",
            Os::Windows,
        );
        assert!(title.contains("VPN"));
        assert!(steps.iter().any(|s| s.contains("Enable VPN")));
    }
}
