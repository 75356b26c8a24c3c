//! The sentences about browser-side findings: evidence lines, and the steps
//! of the fixes that name an extension or setting, its browser and profile.
//! Browser names and their internal pages (`chrome://extensions`) are the
//! same in every language; the sentences are in `i18n/`.

use super::safe::{safe_line, safe_opt};
use super::tr::*;
use super::Os;
use crate::core::browsers::{Browser, Finding, FindingKind, ProfileFindings, ProxyRoute};

/// The name users know the browser by (a product name: not translated).
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

/// Names, profiles and proxies come from files any program (or extension)
/// can write: made safe for a terminal or a notification like network text.
fn safe_finding(f: &Finding) -> Finding {
    let proxy = f.proxy.as_ref().map(|p| match p {
        ProxyRoute::Server(s) => ProxyRoute::Server(safe_line(s)),
        ProxyRoute::Pac(url) => ProxyRoute::Pac(safe_opt(url)),
        ProxyRoute::AutoDetect => ProxyRoute::AutoDetect,
    });
    Finding {
        kind: f.kind,
        id: safe_opt(&f.id),
        name: safe_line(&f.name),
        detail: safe_opt(&f.detail),
        proxy,
    }
}

/// One finding as an evidence sentence.
pub fn finding_line(tr: &Tr, b: Browser, profile: &str, f: &Finding) -> String {
    let (profile, f) = (&safe_line(profile), &safe_finding(f));
    let browser = browser_name(b);
    let name = &f.name;
    match (f.kind, &f.proxy) {
        (FindingKind::VpnExtension, Some(ProxyRoute::Pac(Some(url)))) => {
            tr.s(EvidenceBrowserExtensionPac {
                browser,
                name,
                profile,
                url,
            })
        }
        (FindingKind::VpnExtension, Some(route)) => tr.s(EvidenceBrowserExtensionProxy {
            browser,
            name,
            profile,
            proxy: match route {
                ProxyRoute::Server(server) => Some(server.as_str()),
                _ => None,
            },
        }),
        (FindingKind::VpnExtension, None) => tr.s(EvidenceBrowserExtension {
            browser,
            name,
            profile,
        }),
        (FindingKind::BuiltinVpn, _) => tr.s(EvidenceBrowserBuiltinVpn { browser, profile }),
        (FindingKind::Doh, _) => tr.s(EvidenceBrowserDoh {
            browser,
            profile,
            uri: &f.detail,
        }),
        (FindingKind::ProxySetting, route) => match route {
            Some(ProxyRoute::Server(proxy)) => tr.s(EvidenceBrowserProxyServer {
                browser,
                profile,
                proxy,
            }),
            Some(ProxyRoute::Pac(url)) => tr.s(EvidenceBrowserProxyPac {
                browser,
                profile,
                url,
            }),
            Some(ProxyRoute::AutoDetect) | None => {
                tr.s(EvidenceBrowserProxyAutoDetect { browser, profile })
            }
        },
    }
}

/// Every finding in one evidence line, for a check where the probe is
/// healthy and the user has not said the browser is refused.
pub fn findings_line(tr: &Tr, profiles: &[ProfileFindings]) -> Option<String> {
    let findings = profiles
        .iter()
        .flat_map(|p| {
            p.findings
                .iter()
                .map(|f| finding_line(tr, p.browser, &p.profile, f))
        })
        .reduce(|list, item| tr.s(ListJoin { item, list }))?;
    Some(tr.s(EvidenceBrowserFindings { findings }))
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
    tr: &Tr,
    b: Browser,
    profile: &str,
    f: &Finding,
    host: &str,
) -> (String, Vec<String>) {
    let (profile, f) = (&safe_line(profile), &safe_finding(f));
    let name = &f.name;
    let browser = browser_name(b);
    let title = tr.s(FixDisableBrowserExtensionTitle {
        browser,
        name,
        profile,
    });
    let mut steps = vec![tr.s(FixDisableBrowserExtensionOpen {
        browser,
        page: extensions_page(b),
        profile,
    })];
    if b == Browser::Firefox {
        steps.push(tr.s(FixDisableBrowserExtensionSwitchFirefox { host, name }));
    } else {
        steps.push(tr.s(FixDisableBrowserExtensionSwitch { host, name }));
    }
    if f.proxy.is_some() {
        steps.push(tr.s(FixDisableBrowserExtensionProxy { browser, name }));
    }
    steps.push(tr.s(FixDisableBrowserExtensionReload { host }));
    (title, steps)
}

/// The title and steps of `disable_browser_proxy`.
pub fn disable_proxy(
    tr: &Tr,
    b: Browser,
    profile: &str,
    f: &Finding,
    host: &str,
    os: Os,
) -> (String, Vec<String>) {
    let (profile, f) = (&safe_line(profile), &safe_finding(f));
    let browser = browser_name(b);
    if f.kind == FindingKind::BuiltinVpn {
        let shortcut = if os == Os::MacOs { "⌘," } else { "Alt+P" };
        return (
            tr.s(FixDisableBrowserVpnTitle { browser, profile }),
            vec![
                tr.s(FixDisableBrowserVpnBadge { browser }),
                tr.s(FixDisableBrowserVpnSettings { shortcut }),
                tr.s(FixDisableBrowserVpnReload { host }),
            ],
        );
    }
    let mut steps = match b {
        Browser::Firefox => vec![
            tr.s(FixDisableBrowserProxyFirefox { profile }),
            tr.s(FixDisableBrowserProxyFirefoxChoose),
        ],
        _ => vec![
            tr.s(FixDisableBrowserProxyChromium { browser, profile }),
            tr.s(FixDisableBrowserProxyFlag { browser }),
        ],
    };
    if let Some(proxy) = &f.detail {
        steps.insert(0, tr.s(FixDisableBrowserProxyInUse { proxy }));
    }
    steps.push(tr.s(FixDisableBrowserProxyReload { host }));
    (
        tr.s(FixDisableBrowserProxyTitle { browser, profile }),
        steps,
    )
}

/// The title and steps when no finding names the browser.
pub fn disable_unknown(tr: &Tr, host: &str) -> (String, Vec<String>) {
    (
        tr.s(FixBrowserVpnTitle),
        vec![
            tr.s(FixBrowserVpnExtensions),
            tr.s(FixBrowserVpnProxy),
            tr.s(FixBrowserVpnReload { host }),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Tr {
        Tr::english()
    }

    fn finding(kind: FindingKind, name: &str, proxy: Option<ProxyRoute>) -> Finding {
        Finding {
            kind,
            id: None,
            name: name.into(),
            detail: proxy.as_ref().and_then(ProxyRoute::detail),
            proxy,
        }
    }

    /// A profile name or an extension's manifest name is written by any
    /// program: escapes and bidi overrides never reach a terminal.
    #[test]
    fn names_from_profiles_are_made_safe() {
        use crate::present::safe::{is_terminal_safe, Lines};
        let evil = Finding::extension(
            "abcdefghijklmnopabcdefghijklmnop",
            "Free\u{1b}]0;owned\u{7} VPN\u{202e}".into(),
            Some(ProxyRoute::Server("198.51.100.21:3128\u{1b}[2J".into())),
        );
        let profile = "work\u{2066}\u{9b}";
        let line = finding_line(en(), Browser::Chrome, profile, &evil);
        assert!(is_terminal_safe(&line, Lines::Join), "{line:?}");
        let (title, steps) =
            disable_extension(en(), Browser::Chrome, profile, &evil, "chatgpt.com");
        for t in std::iter::once(&title).chain(&steps) {
            assert!(is_terminal_safe(t, Lines::Join), "{t:?}");
        }
        let (title, steps) = disable_proxy(
            en(),
            Browser::Firefox,
            profile,
            &evil,
            "chatgpt.com",
            Os::Linux,
        );
        for t in std::iter::once(&title).chain(&steps) {
            assert!(is_terminal_safe(t, Lines::Join), "{t:?}");
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
            finding_line(en(), Browser::Chrome, "Default", &hola),
            "Hola VPN is enabled in Chrome (profile Default) and controls its proxy (198.51.100.21:3128)"
        );
        // Issue 19: the server, or the script, is named in every language.
        let pac = |url: Option<&str>| {
            let route = ProxyRoute::Pac(url.map(str::to_string));
            Finding::extension("x", "SwitchyOmega".into(), Some(route))
        };
        assert_eq!(
            finding_line(en(), Browser::Chrome, "Default", &pac(Some("http://wpad.example/p.pac"))),
            "SwitchyOmega is enabled in Chrome (profile Default) and controls its proxy (script http://wpad.example/p.pac)"
        );
        for route in [
            pac(None),
            Finding::extension("x", "X".into(), Some(ProxyRoute::AutoDetect)),
        ] {
            let line = finding_line(en(), Browser::Chrome, "Default", &route);
            assert!(line.ends_with("and controls its proxy"), "{line}");
        }
        for lang in crate::core::lang::Lang::ALL {
            let tr = Tr::get(lang, crate::present::tr::Isolation::Off);
            let line = finding_line(tr, Browser::Chrome, "Default", &hola);
            assert!(line.contains("198.51.100.21:3128"), "{lang:?}: {line}");
            let line = finding_line(tr, Browser::Chrome, "Default", &pac(Some("http://w/p.pac")));
            assert!(line.contains("http://w/p.pac"), "{lang:?}: {line}");
        }
        let proxy = finding(
            FindingKind::ProxySetting,
            "network.proxy.type",
            Some(ProxyRoute::Server("198.51.100.21:3128".into())),
        );
        assert_eq!(
            finding_line(en(), Browser::Firefox, "default-release", &proxy),
            "Firefox (profile default-release) sends web traffic through the proxy 198.51.100.21:3128"
        );
        let opera = finding(FindingKind::BuiltinVpn, "Opera VPN", None);
        assert_eq!(
            finding_line(en(), Browser::Opera, "Default", &opera),
            "Opera's built-in VPN is on in Opera (profile Default)"
        );
        let p = ProfileFindings {
            browser: Browser::Chrome,
            profile: "Default".into(),
            findings: vec![hola.clone(), opera],
        };
        let line = findings_line(en(), std::slice::from_ref(&p)).unwrap();
        assert!(
            line.contains("Hola VPN is enabled") && line.contains("; "),
            "{line}"
        );
        assert_eq!(findings_line(en(), &[]), None);
    }

    #[test]
    fn fix_steps_name_the_extension_browser_and_profile() {
        let hola = Finding::extension("x", "Hola VPN".into(), Some(ProxyRoute::AutoDetect));
        for b in Browser::ALL {
            let (title, steps) = disable_extension(en(), b, "Profile 2", &hola, "chatgpt.com");
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
                let (title, steps) = disable_proxy(en(), b, "Default", &f, "chatgpt.com", os);
                assert!(title.contains(browser_name(b)));
                assert!((2..=5).contains(&steps.len()));
                assert!(steps[0].contains("10.0.0.1:3128"));
            }
        }
        let (title, steps) = disable_proxy(
            en(),
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
