//! Browser-side evidence, decided from the contents of profile files.
//!
//! A VPN or proxy inside a browser changes the address chatgpt.com sees for
//! that browser only, so blockwatch's own probe cannot see it; the browser's
//! profile can. The adapter (`adapters::browsers`) reads the few files named
//! here and hands their bytes over; this module parses only the keys it needs
//! (extension state, proxy and DNS-over-HTTPS settings, Opera's VPN switch)
//! and emits findings as facts: ids, names from the catalogue or a manifest,
//! and the proxy in use. Sentences are made in the presentation layer.

pub mod catalogue;
pub mod chromium;
pub mod firefox;

use serde::{Deserialize, Serialize};

/// The browsers scanned (a contract: `check --json` `browsers[].browser`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Browser {
    Chrome,
    Chromium,
    Edge,
    Brave,
    Vivaldi,
    Opera,
    Firefox,
}

impl Browser {
    pub const ALL: [Browser; 7] = [
        Self::Chrome,
        Self::Chromium,
        Self::Edge,
        Self::Brave,
        Self::Vivaldi,
        Self::Opera,
        Self::Firefox,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Chrome => "chrome",
            Self::Chromium => "chromium",
            Self::Edge => "edge",
            Self::Brave => "brave",
            Self::Vivaldi => "vivaldi",
            Self::Opera => "opera",
            Self::Firefox => "firefox",
        }
    }

    /// Chromium's extension store ids are valid in every Chromium browser.
    pub fn is_chromium(self) -> bool {
        self != Self::Firefox
    }
}

/// `browsers[].findings[].kind` (a contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    VpnExtension,
    ProxySetting,
    BuiltinVpn,
    Doh,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VpnExtension => "vpn_extension",
            Self::ProxySetting => "proxy_setting",
            Self::BuiltinVpn => "builtin_vpn",
            Self::Doh => "doh",
        }
    }
}

/// Where a browser sends its web traffic instead of straight to the site.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ProxyRoute {
    /// A fixed server, `host:port` (a scheme prefix for SOCKS).
    Server(String),
    /// A proxy auto-config script, by URL when known.
    Pac(Option<String>),
    /// Proxy auto-detection (WPAD).
    AutoDetect,
}

impl ProxyRoute {
    /// The `detail` field: the server or the script's URL.
    pub fn detail(&self) -> Option<String> {
        match self {
            Self::Server(s) => Some(s.clone()),
            Self::Pac(url) => url.clone(),
            Self::AutoDetect => None,
        }
    }
}

/// One enabled thing in a profile that changes how the browser reaches the
/// site. Only enabled things become findings.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// The extension's id; `null` for settings and built-in features.
    pub id: Option<String>,
    /// The extension's display name, or the setting's name.
    pub name: String,
    /// The proxy server or script, or the DNS-over-HTTPS resolver.
    pub detail: Option<String>,
    /// How traffic is redirected, when it is (the wording needs the form).
    #[serde(skip)]
    pub proxy: Option<ProxyRoute>,
}

impl Finding {
    /// An extension's finding; `proxy` when it currently sets the proxy.
    pub fn extension(id: &str, name: String, proxy: Option<ProxyRoute>) -> Finding {
        Finding {
            kind: FindingKind::VpnExtension,
            id: Some(id.to_string()),
            name,
            detail: proxy.as_ref().and_then(ProxyRoute::detail),
            proxy,
        }
    }
}

/// One profile of one browser, with what was found in it (possibly nothing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFindings {
    pub browser: Browser,
    pub profile: String,
    pub findings: Vec<Finding>,
}

/// The finding that explains a browser being refused while the probe is
/// not, with where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blame<'a> {
    pub browser: Browser,
    pub profile: &'a str,
    pub finding: &'a Finding,
}

/// What to blame, in order of likelihood: an enabled VPN or proxy extension
/// first (one that routes traffic before one that merely is on), then a
/// proxy setting or a built-in VPN. DNS over HTTPS changes no address the
/// site sees, so it is reported but never blamed.
pub fn blame(profiles: &[ProfileFindings]) -> Option<Blame<'_>> {
    let all = || {
        profiles.iter().flat_map(|p| {
            p.findings.iter().map(move |f| Blame {
                browser: p.browser,
                profile: &p.profile,
                finding: f,
            })
        })
    };
    let ext = |routing: bool| {
        all().find(|b| {
            b.finding.kind == FindingKind::VpnExtension && b.finding.proxy.is_some() == routing
        })
    };
    ext(true).or_else(|| ext(false)).or_else(|| {
        all().find(|b| {
            matches!(
                b.finding.kind,
                FindingKind::ProxySetting | FindingKind::BuiltinVpn
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(browser: Browser, findings: Vec<Finding>) -> ProfileFindings {
        ProfileFindings {
            browser,
            profile: "Default".into(),
            findings,
        }
    }

    fn setting(kind: FindingKind) -> Finding {
        Finding {
            kind,
            id: None,
            name: "x".into(),
            detail: None,
            proxy: None,
        }
    }

    #[test]
    fn extensions_come_before_settings_and_doh_is_never_blamed() {
        let proxy = profile(Browser::Firefox, vec![setting(FindingKind::ProxySetting)]);
        let doh = profile(Browser::Firefox, vec![setting(FindingKind::Doh)]);
        let idle = Finding::extension("a", "Hola VPN".into(), None);
        let routing = Finding::extension("b", "Browsec".into(), Some(ProxyRoute::AutoDetect));
        assert_eq!(blame(std::slice::from_ref(&doh)), None);
        let two = [doh.clone(), proxy.clone()];
        assert_eq!(blame(&two).unwrap().finding.kind, FindingKind::ProxySetting);
        let list = [
            proxy,
            profile(Browser::Chrome, vec![idle.clone()]),
            profile(Browser::Brave, vec![routing.clone()]),
        ];
        let b = blame(&list).unwrap();
        assert_eq!((b.browser, b.finding), (Browser::Brave, &routing));
        let b = blame(&list[..2]).unwrap();
        assert_eq!(b.finding, &idle);
    }

    #[test]
    fn json_shape() {
        let p = profile(
            Browser::Chrome,
            vec![Finding::extension(
                "gkojfkhlekighikafcpjkiklfbnlmeio",
                "Hola VPN".into(),
                Some(ProxyRoute::Server("198.51.100.21:3128".into())),
            )],
        );
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            serde_json::json!({"browser": "chrome", "profile": "Default", "findings": [
                {"kind": "vpn_extension", "id": "gkojfkhlekighikafcpjkiklfbnlmeio",
                 "name": "Hola VPN", "detail": "198.51.100.21:3128"}]})
        );
        for b in Browser::ALL {
            assert_eq!(serde_json::to_value(b).unwrap(), b.as_str());
        }
        for k in [
            FindingKind::VpnExtension,
            FindingKind::ProxySetting,
            FindingKind::BuiltinVpn,
            FindingKind::Doh,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }
}
