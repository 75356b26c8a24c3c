//! Firefox profiles: `profiles.ini` (which profiles exist and where),
//! each profile's `extensions.json` (add-on ids and `active`) and the
//! `network.proxy.*` and `network.trr.*` lines of `prefs.js`. Every other
//! preference line is skipped without being kept.

use super::catalogue;
use super::chromium::clean;
use super::{Finding, FindingKind, ProxyRoute};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// One profile `profiles.ini` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IniProfile {
    /// `Name=` of a `[Profile…]` section, else the folder's name.
    pub name: String,
    /// The path as written (the adapter resolves and confines it).
    pub path: String,
    pub relative: bool,
}

/// The profiles of a `profiles.ini`: `[Profile…]` entries and the
/// `[Install…]` defaults (the profile each installation uses), once each.
pub fn parse_profiles_ini(text: &str) -> Vec<IniProfile> {
    let mut sections: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push((name.to_string(), BTreeMap::new()));
        } else if let (Some((k, v)), Some(last)) = (line.split_once('='), sections.last_mut()) {
            last.1.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    let mut out: Vec<IniProfile> = Vec::new();
    for (section, keys) in &sections {
        let Some(path) = keys.get(if section.starts_with("Profile") {
            "Path"
        } else if section.starts_with("Install") {
            "Default"
        } else {
            continue;
        }) else {
            continue;
        };
        if path.is_empty() {
            continue;
        }
        let relative = if section.starts_with("Profile") {
            keys.get("IsRelative").map(String::as_str) == Some("1")
        } else {
            // Install sections store relative paths for relative profiles.
            !(path.starts_with('/') || path.starts_with('\\') || path.get(1..2) == Some(":"))
        };
        let folder = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let name = keys
            .get("Name")
            .filter(|_| section.starts_with("Profile"))
            .unwrap_or(&folder.to_string())
            .clone();
        match out
            .iter_mut()
            .find(|p| p.path == *path && p.relative == relative)
        {
            // A [Profile] entry names what an [Install] default points at.
            Some(p) if section.starts_with("Profile") => p.name = clean(&name, 100),
            Some(_) => {}
            None => out.push(IniProfile {
                name: clean(&name, 100),
                path: path.clone(),
                relative,
            }),
        }
    }
    out
}

#[derive(Deserialize)]
struct ExtensionsFile {
    addons: Option<Vec<Value>>,
}

/// Active add-ons of `extensions.json` that are known VPNs or proxies.
pub fn parse_extensions(bytes: &[u8]) -> Result<Vec<Finding>, serde_json::Error> {
    let file: ExtensionsFile = serde_json::from_slice(bytes)?;
    Ok(file
        .addons
        .unwrap_or_default()
        .iter()
        .filter(|a| a.get("active").and_then(Value::as_bool) == Some(true))
        .filter_map(|a| {
            let id = a.get("id")?.as_str()?;
            let name = catalogue::firefox_name(id)?;
            Some(Finding::extension(&clean(id, 100), name.to_string(), None))
        })
        .collect())
}

/// A preference value from `prefs.js`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefValue {
    Int(i64),
    Bool(bool),
    Str(String),
}

/// The `network.proxy.*` and `network.trr.*` preferences of a `prefs.js`.
pub fn parse_prefs_js(text: &str) -> BTreeMap<String, PrefValue> {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("user_pref(\"") else {
            continue;
        };
        let Some((key, rest)) = rest.split_once('"') else {
            continue;
        };
        if !(key.starts_with("network.proxy.") || key.starts_with("network.trr.")) {
            continue;
        }
        let Some(raw) = rest
            .trim_start()
            .strip_prefix(',')
            .and_then(|r| r.trim_end().strip_suffix(");"))
        else {
            continue;
        };
        let raw = raw.trim();
        let value = if let Some(s) = raw.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            PrefValue::Str(clean(&s.replace("\\\"", "\"").replace("\\\\", "\\"), 300))
        } else if let Ok(b) = raw.parse::<bool>() {
            PrefValue::Bool(b)
        } else if let Ok(n) = raw.parse::<i64>() {
            PrefValue::Int(n)
        } else {
            continue;
        };
        out.insert(key.to_string(), value);
    }
    out
}

/// The proxy and DNS-over-HTTPS findings of a profile's preferences, for
/// requests to `host` (an https site).
pub fn pref_findings(prefs: &BTreeMap<String, PrefValue>, host: &str) -> Vec<Finding> {
    let int = |k: &str| match prefs.get(k) {
        Some(PrefValue::Int(n)) => Some(*n),
        _ => None,
    };
    let text = |k: &str| match prefs.get(k) {
        Some(PrefValue::Str(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    };
    let mut out = Vec::new();
    let route = match int("network.proxy.type") {
        Some(1) => manual_proxy(prefs, &int, &text, host),
        Some(2) => Some(ProxyRoute::Pac(text("network.proxy.autoconfig_url"))),
        Some(4) => Some(ProxyRoute::AutoDetect),
        // 0 none; 5 or absent: the system's proxy, which the probe uses too.
        _ => None,
    };
    if let Some(route) = route {
        out.push(Finding {
            kind: FindingKind::ProxySetting,
            id: None,
            name: "network.proxy.type".into(),
            detail: route.detail(),
            proxy: Some(route),
        });
    }
    if matches!(int("network.trr.mode"), Some(2 | 3)) {
        out.push(Finding {
            kind: FindingKind::Doh,
            id: None,
            name: "network.trr.mode".into(),
            detail: text("network.trr.uri"),
            proxy: None,
        });
    }
    out
}

/// The manual proxy an https request uses: the SSL proxy, the HTTP proxy
/// when it is shared for all protocols, else SOCKS; none when the host is
/// excluded.
fn manual_proxy(
    prefs: &BTreeMap<String, PrefValue>,
    int: &dyn Fn(&str) -> Option<i64>,
    text: &dyn Fn(&str) -> Option<String>,
    host: &str,
) -> Option<ProxyRoute> {
    let excluded = text("network.proxy.no_proxies_on")
        .unwrap_or_default()
        .split([',', ' '])
        .map(|e| e.trim().trim_start_matches('*').trim_start_matches('.'))
        .any(|e| !e.is_empty() && (host == e || host.ends_with(&format!(".{e}"))));
    if excluded {
        return None;
    }
    let server = |proto: &str| {
        let h = text(&format!("network.proxy.{proto}"))?;
        Some(match int(&format!("network.proxy.{proto}_port")) {
            Some(p) if p > 0 => format!("{h}:{p}"),
            _ => h,
        })
    };
    let shared = matches!(
        prefs.get("network.proxy.share_proxy_settings"),
        Some(PrefValue::Bool(true))
    );
    server("ssl")
        .or_else(|| server("http").filter(|_| shared))
        .or_else(|| server("socks").map(|s| format!("socks://{s}")))
        .map(ProxyRoute::Server)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_ini_install_default_and_profiles() {
        let ini = "[Install4F96D1932A9F858E]\nDefault=Profiles/abc.default-release\nLocked=1\n\n\
                   [Profile1]\nName=default\nIsRelative=1\nPath=Profiles/xyz.default\nDefault=1\n\n\
                   [Profile0]\nName=default-release\nIsRelative=1\nPath=Profiles/abc.default-release\n\n\
                   [Profile2]\nName=work\nIsRelative=0\nPath=/home/u/ff-work\n\n\
                   [General]\nStartWithLastProfile=1\nVersion=2\n";
        let p = parse_profiles_ini(ini);
        let got: Vec<_> = p
            .iter()
            .map(|p| (p.name.as_str(), p.path.as_str(), p.relative))
            .collect();
        assert_eq!(
            got,
            [
                ("default-release", "Profiles/abc.default-release", true),
                ("default", "Profiles/xyz.default", true),
                ("work", "/home/u/ff-work", false),
            ]
        );
        assert!(parse_profiles_ini("\u{0}\u{1}garbage=\n[").is_empty());
        let only_install = parse_profiles_ini("[InstallX]\nDefault=/etc\n");
        assert_eq!(only_install[0].name, "etc");
        assert!(!only_install[0].relative);
    }

    #[test]
    fn prefs_js_keeps_only_network_keys() {
        let js = r#"// Mozilla User Preferences
user_pref("browser.history.secret", "https://example.org/");
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "198.51.100.21");
user_pref("network.proxy.http_port", 3128);
user_pref("network.proxy.share_proxy_settings", true);
user_pref("network.trr.mode", 3);
user_pref("network.trr.uri", "https://dns.example/dns-query");
user_pref("network.proxy.broken", );
"#;
        let p = parse_prefs_js(js);
        assert_eq!(p.len(), 6);
        assert!(!p.keys().any(|k| k.starts_with("browser.")));
        let f = pref_findings(&p, "chatgpt.com");
        assert_eq!(f[0].kind, FindingKind::ProxySetting);
        assert_eq!(f[0].detail.as_deref(), Some("198.51.100.21:3128"));
        assert_eq!(f[1].kind, FindingKind::Doh);
        assert_eq!(
            f[1].detail.as_deref(),
            Some("https://dns.example/dns-query")
        );
    }

    #[test]
    fn proxy_types() {
        let f = |js: &str| pref_findings(&parse_prefs_js(js), "chatgpt.com");
        assert!(f("").is_empty(), "absent: the system proxy");
        assert!(f(r#"user_pref("network.proxy.type", 5);"#).is_empty());
        assert!(f(r#"user_pref("network.proxy.type", 0);"#).is_empty());
        let pac = f(r#"user_pref("network.proxy.type", 2);
user_pref("network.proxy.autoconfig_url", "http://wpad.corp/proxy.pac");"#);
        assert_eq!(
            pac[0].proxy,
            Some(ProxyRoute::Pac(Some("http://wpad.corp/proxy.pac".into())))
        );
        assert_eq!(
            f(r#"user_pref("network.proxy.type", 4);"#)[0].proxy,
            Some(ProxyRoute::AutoDetect)
        );
        let http_only = r#"user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "10.0.0.1");"#;
        assert!(f(http_only).is_empty(), "https requests go direct");
        let socks = format!("{http_only}\nuser_pref(\"network.proxy.socks\", \"10.0.0.2\");\nuser_pref(\"network.proxy.socks_port\", 1080);");
        assert_eq!(
            f(&socks)[0].detail.as_deref(),
            Some("socks://10.0.0.2:1080")
        );
        let excluded = format!(
            "{socks}\nuser_pref(\"network.proxy.no_proxies_on\", \"localhost, .chatgpt.com\");"
        );
        assert!(f(&excluded).is_empty());
        assert!(f(r#"user_pref("network.trr.mode", 5);"#).is_empty());
    }

    #[test]
    fn extensions_json_active_catalogued_only() {
        let json = br#"{"schemaVersion": 36, "addons": [
            {"id": "foxyproxy@eric.h.jung", "active": true, "defaultLocale": {"name": "FoxyProxy Standard"}},
            {"id": "browsec@browsec.com", "active": false, "userDisabled": true},
            {"id": "uBlock0@raymondhill.net", "active": true},
            {"id": 7, "active": true}
        ]}"#;
        let f = parse_extensions(json).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].name, "FoxyProxy");
        assert_eq!(f[0].id.as_deref(), Some("foxyproxy@eric.h.jung"));
        assert!(parse_extensions(b"\x00\x01").is_err());
        assert!(parse_extensions(br#"{"addons": 3}"#).is_err());
        assert!(parse_extensions(br#"{}"#).unwrap().is_empty());
    }
}
