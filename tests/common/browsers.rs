//! Browser profiles built in a temporary HOME, in the formats real browsers
//! write: Chromium `Preferences` / `Secure Preferences` with extension
//! settings, extension folders with manifests and locales, Firefox
//! `profiles.ini`, `extensions.json` and `prefs.js`.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

pub const HOLA: &str = "gkojfkhlekighikafcpjkiklfbnlmeio";
pub const BROWSEC: &str = "omghfjlpggmjjaagoclmmobgdodcjboh";
pub const URBAN: &str = "eppiocemhmnlbhjplcgkofciiegomcon";
pub const NORD: &str = "fjoaledfpmneenckfbpdfhkmimnjocfa";
pub const UNKNOWN_PROXY: &str = "kpbgbhfkdlhkbdgmhdnfmhonhglnlgcb";

/// A HOME and its XDG config directory (as `Scratch` sets them).
pub struct BrowserHome {
    pub home: PathBuf,
    pub config: PathBuf,
}

/// An extension entry as Chromium writes it; `disable_reasons` as given
/// (`json!([])`, `json!([1])`, `json!(0)`, …), a proxy when `Some`.
pub fn ext(disable_reasons: Value, proxy_server: Option<&str>) -> Value {
    let mut e = json!({
        "active_permissions": {"api": ["proxy", "storage", "webRequest"]},
        "creation_flags": 9,
        "first_install_time": "13345678901234567",
        "from_webstore": true,
        "location": 1,
        "was_installed_by_default": false,
        "disable_reasons": disable_reasons,
    });
    if let Some(server) = proxy_server {
        e["preferences"] = json!({"proxy": {"mode": "fixed_servers", "server": server}});
        e["regular_only_preferences"] = json!({});
    }
    e
}

/// A realistic `Preferences` body: the keys that are not read, some bulk,
/// and `extensions.settings` (under `opsettings` too when `opera`).
pub fn chromium_prefs(settings: Value, opera: bool) -> Value {
    let mut p = json!({
        "browser": {"window_placement": {"bottom": 1000, "left": 10}, "has_seen_welcome_page": true},
        "profile": {"name": "Person 1", "exit_type": "Normal", "content_settings": {"exceptions": {}}},
        "download": {"directory_upgrade": true},
        "protection": {"macs": {"browser": {"show_home_button": "0123456789ABCDEF"}}},
        "extensions": {"settings": settings.clone(), "last_chrome_version": "131.0.6778.85"},
    });
    if opera {
        p["extensions"] = json!({"opsettings": settings});
    }
    p
}

impl BrowserHome {
    pub fn new(home: &Path) -> BrowserHome {
        BrowserHome {
            home: home.to_path_buf(),
            config: home.join("config"),
        }
    }

    fn write(path: &Path, bytes: &[u8]) -> PathBuf {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        path.to_path_buf()
    }

    /// A Chromium profile folder under `root` (relative to the config dir,
    /// or to HOME when it starts with `~/`); files only for `Some` values.
    pub fn chromium(
        &self,
        root: &str,
        profile: &str,
        prefs: Option<Value>,
        secure: Option<Value>,
    ) -> PathBuf {
        let base = match root.strip_prefix("~/") {
            Some(rel) => self.home.join(rel),
            None => self.config.join(root),
        };
        let dir = if profile.is_empty() {
            base
        } else {
            base.join(profile)
        };
        std::fs::create_dir_all(&dir).unwrap();
        if let Some(p) = prefs {
            Self::write(&dir.join("Preferences"), p.to_string().as_bytes());
        }
        if let Some(s) = secure {
            Self::write(&dir.join("Secure Preferences"), s.to_string().as_bytes());
        }
        dir
    }

    /// An installed extension: `Extensions/<id>/<version>/manifest.json`
    /// and, when given, `_locales/en/messages.json`.
    pub fn extension(profile: &Path, id: &str, manifest: Value, messages: Option<Value>) {
        let dir = profile.join("Extensions").join(id).join("1.2.3_0");
        Self::write(&dir.join("manifest.json"), manifest.to_string().as_bytes());
        if let Some(m) = messages {
            Self::write(
                &dir.join("_locales/en/messages.json"),
                m.to_string().as_bytes(),
            );
        }
    }

    pub fn firefox_dir(&self) -> PathBuf {
        self.home.join(".mozilla/firefox")
    }

    pub fn profiles_ini(&self, text: &str) {
        Self::write(&self.firefox_dir().join("profiles.ini"), text.as_bytes());
    }

    /// A Firefox profile folder at `dir` with the given files.
    pub fn firefox_profile(dir: &Path, extensions: Option<Value>, prefs_js: Option<&str>) {
        std::fs::create_dir_all(dir).unwrap();
        if let Some(e) = extensions {
            Self::write(&dir.join("extensions.json"), e.to_string().as_bytes());
        }
        if let Some(p) = prefs_js {
            let text = format!(
                "// Mozilla User Preferences\n\nuser_pref(\"browser.startup.homepage\", \"https://example.org/\");\n{p}\n"
            );
            Self::write(&dir.join("prefs.js"), text.as_bytes());
        }
    }
}

/// `extensions.json` with the given `(id, active)` add-ons.
pub fn addons(list: &[(&str, bool)]) -> Value {
    let addons: Vec<Value> = list
        .iter()
        .map(|(id, active)| {
            json!({"id": id, "type": "extension", "active": active, "userDisabled": !active,
                   "location": "app-profile", "defaultLocale": {"name": id}})
        })
        .collect();
    json!({"schemaVersion": 36, "addons": addons})
}
