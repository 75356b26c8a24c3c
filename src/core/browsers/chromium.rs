//! Chromium-family profiles (Chrome, Chromium, Edge, Brave, Vivaldi, Opera):
//! `Preferences` and `Secure Preferences`, of which only
//! `extensions.settings` (Opera: also `extensions.opsettings`) and Opera's
//! `freedom.proxy_switcher.enabled` are read; and an extension's manifest
//! `name` when an unknown extension controls the proxy.
//!
//! Which file holds the extension settings depends on the platform (Linux:
//! `Preferences`; Windows and macOS: `Secure Preferences`), so both are
//! parsed and merged. A malformed value never fails the file: an
//! extension whose state cannot be read is taken as disabled, because a
//! disabled extension must never be blamed.

use super::catalogue;
use super::{Finding, FindingKind, ProxyRoute};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Only the two top-level keys are kept; serde skips the rest of the file
/// (history-like data never becomes a value in memory).
#[derive(Deserialize)]
struct PrefsFile {
    extensions: Option<Value>,
    freedom: Option<Value>,
}

/// One extension's state as far as blockwatch cares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtState {
    pub disabled: bool,
    /// The proxy this extension currently imposes, if any.
    pub proxy: Option<ProxyRoute>,
    /// A plain name from an older build's copy of the manifest.
    pub manifest_name: Option<String>,
}

/// The parts of one profile's preference files that matter, merged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChromiumPrefs {
    pub extensions: BTreeMap<String, ExtState>,
    /// Opera's built-in VPN switch, when present.
    pub opera_vpn: Option<bool>,
}

/// Parse one `Preferences` or `Secure Preferences` file.
pub fn parse_prefs(bytes: &[u8]) -> Result<ChromiumPrefs, serde_json::Error> {
    let file: PrefsFile = serde_json::from_slice(bytes)?;
    let mut prefs = ChromiumPrefs::default();
    for key in ["settings", "opsettings"] {
        let dict = file.extensions.as_ref().and_then(|e| e.get(key));
        for (id, entry) in dict.and_then(Value::as_object).into_iter().flatten() {
            let state = ext_state(entry);
            merge_ext(prefs.extensions.entry(clean(id, 64)).or_default(), state);
        }
    }
    prefs.opera_vpn = file
        .freedom
        .as_ref()
        .and_then(|f| f.pointer("/proxy_switcher/enabled"))
        .and_then(Value::as_bool);
    Ok(prefs)
}

fn ext_state(entry: &Value) -> ExtState {
    let disabled = match entry.get("disable_reasons") {
        None | Some(Value::Null) => false,
        // Current builds: a list of reasons.
        Some(Value::Array(list)) => !list.is_empty(),
        // Older builds: a bitmask (1 = by the user).
        Some(Value::Number(n)) => n.as_u64() != Some(0),
        Some(_) => true,
    };
    let name = entry
        .pointer("/manifest/name")
        .and_then(Value::as_str)
        .filter(|n| !is_message_ref(n))
        .map(|n| clean(n, 100))
        .filter(|n| !n.is_empty());
    ExtState {
        disabled: disabled || !entry.is_object(),
        proxy: entry.pointer("/preferences/proxy").and_then(proxy_route),
        manifest_name: name,
    }
}

/// Chromium's proxy dictionary (`mode`, `server`, `pac_url`) to a route;
/// `direct` and `system` send traffic nowhere else.
fn proxy_route(proxy: &Value) -> Option<ProxyRoute> {
    let field = |k: &str| {
        proxy
            .get(k)
            .and_then(Value::as_str)
            .map(|s| clean(s, 200))
            .filter(|s| !s.is_empty())
    };
    match proxy.get("mode").and_then(Value::as_str)? {
        "fixed_servers" => field("server").map(ProxyRoute::Server),
        // A script given inline becomes a data: URL: not worth showing.
        "pac_script" => Some(ProxyRoute::Pac(
            field("pac_url").filter(|u| !u.starts_with("data:")),
        )),
        "auto_detect" => Some(ProxyRoute::AutoDetect),
        _ => None,
    }
}

fn merge_ext(into: &mut ExtState, from: ExtState) {
    into.disabled |= from.disabled;
    if into.proxy.is_none() {
        into.proxy = from.proxy;
    }
    if into.manifest_name.is_none() {
        into.manifest_name = from.manifest_name;
    }
}

impl ChromiumPrefs {
    /// Merge another file of the same profile into this one.
    pub fn merge(mut self, other: ChromiumPrefs) -> ChromiumPrefs {
        for (id, state) in other.extensions {
            merge_ext(self.extensions.entry(id).or_default(), state);
        }
        self.opera_vpn = self.opera_vpn.or(other.opera_vpn);
        self
    }

    /// Enabled extensions outside the catalogue that control the proxy and
    /// whose name only their manifest can tell.
    pub fn needs_name(&self) -> Vec<&str> {
        self.extensions
            .iter()
            .filter(|(id, s)| {
                !s.disabled
                    && s.proxy.is_some()
                    && s.manifest_name.is_none()
                    && catalogue::chromium_name(id).is_none()
            })
            .map(|(id, _)| id.as_str())
            .collect()
    }

    /// The findings of this profile; `names` holds manifest names the
    /// adapter read for the ids `needs_name` asked for.
    pub fn findings(&self, names: &BTreeMap<String, String>) -> Vec<Finding> {
        let mut out: Vec<Finding> = self
            .extensions
            .iter()
            .filter(|(_, s)| !s.disabled)
            .filter_map(|(id, s)| {
                let name = match catalogue::chromium_name(id) {
                    Some(n) => n.to_string(),
                    None if s.proxy.is_some() => s
                        .manifest_name
                        .clone()
                        .or_else(|| names.get(id).cloned())
                        .unwrap_or_else(|| id.clone()),
                    None => return None,
                };
                Some(Finding::extension(id, name, s.proxy.clone()))
            })
            .collect();
        if self.opera_vpn == Some(true) {
            out.push(Finding {
                kind: FindingKind::BuiltinVpn,
                id: None,
                name: "Opera VPN".into(),
                detail: None,
                proxy: None,
            });
        }
        out
    }
}

/// A manifest's `name`: a plain name, or a reference to a localised string
/// (`__MSG_appName__`) with the manifest's default locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManifestName {
    Plain(String),
    Message { key: String, locale: Option<String> },
}

#[derive(Deserialize)]
struct Manifest {
    name: Option<Value>,
    default_locale: Option<Value>,
}

pub fn manifest_name(bytes: &[u8]) -> Option<ManifestName> {
    let m: Manifest = serde_json::from_slice(bytes).ok()?;
    let name = m.name.as_ref()?.as_str()?.trim();
    if is_message_ref(name) {
        let key = name[6..name.len() - 2].to_string();
        let locale = m
            .default_locale
            .as_ref()
            .and_then(Value::as_str)
            .filter(|l| is_locale(l))
            .map(str::to_string);
        return Some(ManifestName::Message { key, locale });
    }
    Some(ManifestName::Plain(clean(name, 100))).filter(|n| n != &ManifestName::Plain(String::new()))
}

/// A locale directory name that is safe to join to a path (`en`, `pt_BR`).
pub fn is_locale(l: &str) -> bool {
    !l.is_empty()
        && l.len() <= 12
        && l.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The message `key` in a `_locales/<lang>/messages.json` (keys are
/// case-insensitive there).
pub fn message(bytes: &[u8], key: &str) -> Option<String> {
    let all: BTreeMap<String, Value> = serde_json::from_slice(bytes).ok()?;
    let (_, entry) = all.iter().find(|(k, _)| k.eq_ignore_ascii_case(key))?;
    let text = clean(entry.get("message")?.as_str()?, 100);
    Some(text).filter(|t| !t.is_empty() && !is_message_ref(t))
}

fn is_message_ref(name: &str) -> bool {
    name.len() > 8 && name.starts_with("__MSG_") && name.ends_with("__")
}

/// A string from a file as something safe to show: no control characters,
/// bounded length.
pub fn clean(s: &str, max_chars: usize) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .take(max_chars)
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const HOLA: &str = "gkojfkhlekighikafcpjkiklfbnlmeio";
    const UNKNOWN: &str = "abcdefghijklmnopabcdefghijklmnop";

    fn parse(v: Value) -> ChromiumPrefs {
        parse_prefs(v.to_string().as_bytes()).unwrap()
    }

    #[test]
    fn disable_reasons_as_list_or_bitmask() {
        for (reasons, enabled) in [
            (json!(null), true),
            (json!([]), true),
            (json!([1]), false),
            (json!(0), true),
            (json!(1), false),
            (json!(8192), false),
            (json!("junk"), false),
        ] {
            let mut entry = json!({"disable_reasons": reasons});
            if reasons.is_null() {
                entry = json!({});
            }
            let p = parse(json!({"extensions": {"settings": {HOLA: entry}}}));
            let f = p.findings(&BTreeMap::new());
            assert_eq!(f.len(), enabled as usize, "{reasons}");
        }
    }

    #[test]
    fn unknown_extensions_count_only_when_they_route_traffic() {
        let p = parse(json!({"extensions": {"settings": {
            UNKNOWN: {"preferences": {"proxy": {"mode": "fixed_servers", "server": "198.51.100.21:3128"}}},
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": {"preferences": {"proxy": {"mode": "system"}}},
            "cccccccccccccccccccccccccccccccc": {},
        }}}));
        assert_eq!(p.needs_name(), vec![UNKNOWN]);
        let f = p.findings(&BTreeMap::new());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].name, UNKNOWN, "falls back to the id");
        assert_eq!(f[0].detail.as_deref(), Some("198.51.100.21:3128"));
        let names = BTreeMap::from([(UNKNOWN.to_string(), "My Proxy".to_string())]);
        assert_eq!(p.findings(&names)[0].name, "My Proxy");
    }

    #[test]
    fn secure_preferences_merge_and_disabled_anywhere_wins() {
        let a = parse(
            json!({"extensions": {"settings": {HOLA: {"preferences": {"proxy": {"mode": "pac_script", "pac_url": "data:application/x-ns-proxy-autoconfig;base64,AAAA"}}}}}}),
        );
        let b = parse(json!({"extensions": {"settings": {HOLA: {"disable_reasons": []}}}}));
        let merged = b.clone().merge(a.clone());
        let f = merged.findings(&BTreeMap::new());
        assert_eq!(f[0].name, "Hola VPN");
        assert_eq!(f[0].proxy, Some(ProxyRoute::Pac(None)));
        let off = parse(json!({"extensions": {"settings": {HOLA: {"disable_reasons": [1]}}}}));
        assert!(a.merge(off).findings(&BTreeMap::new()).is_empty());
    }

    #[test]
    fn opera_opsettings_and_builtin_vpn() {
        let p = parse(json!({
            "extensions": {"opsettings": {HOLA: {"disable_reasons": []}}},
            "freedom": {"proxy_switcher": {"enabled": true}}
        }));
        let kinds: Vec<_> = p
            .findings(&BTreeMap::new())
            .iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(kinds, [FindingKind::VpnExtension, FindingKind::BuiltinVpn]);
        let off = parse(json!({"freedom": {"proxy_switcher": {"enabled": false}}}));
        assert!(off.findings(&BTreeMap::new()).is_empty());
    }

    #[test]
    fn hostile_shapes_never_fail_the_file() {
        for v in [
            json!({}),
            json!({"extensions": 5}),
            json!({"extensions": {"settings": []}}),
            json!({"extensions": {"settings": {HOLA: "x"}}}),
            json!({"extensions": {"settings": {UNKNOWN: {"preferences": {"proxy": {"mode": 3}}}}}}),
            json!({"freedom": {"proxy_switcher": {"enabled": "yes"}}}),
        ] {
            let p = parse(v.clone());
            assert!(p.findings(&BTreeMap::new()).is_empty(), "{v}");
        }
        assert!(parse_prefs(b"{not json").is_err());
        assert!(parse_prefs(b"\"text\"").is_err());
        assert!(parse_prefs(&[0xff, 0x00, 0x13]).is_err());
    }

    #[test]
    fn manifest_names_and_localised_strings() {
        assert_eq!(
            manifest_name(br#"{"name": "Proxy Helper\u0007", "version": "1"}"#),
            Some(ManifestName::Plain("Proxy Helper".into()))
        );
        assert_eq!(
            manifest_name(br#"{"name": "__MSG_appName__", "default_locale": "en"}"#),
            Some(ManifestName::Message {
                key: "appName".into(),
                locale: Some("en".into())
            })
        );
        let bad = manifest_name(br#"{"name": "__MSG_x__", "default_locale": "../../etc"}"#);
        assert_eq!(
            bad,
            Some(ManifestName::Message {
                key: "x".into(),
                locale: None
            })
        );
        assert_eq!(manifest_name(br#"{"name": 3}"#), None);
        assert_eq!(manifest_name(br#"{"name": "  "}"#), None);
        let messages =
            br#"{"APPNAME": {"message": "Secure Proxy"}, "other": {"message": "__MSG_x__"}}"#;
        assert_eq!(
            message(messages, "appName").as_deref(),
            Some("Secure Proxy")
        );
        assert_eq!(message(messages, "other"), None);
        assert_eq!(message(b"junk", "appName"), None);
    }
}
