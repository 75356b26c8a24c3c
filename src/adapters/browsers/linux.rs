//! Linux (and other XDG systems): the browsers' folders under the config
//! directory, plus the snap and Flatpak copies.

use super::{ChromiumRoot, Roots};
use crate::core::browsers::Browser;
use std::path::Path;

pub fn roots() -> Roots {
    match dirs::home_dir() {
        Some(home) => {
            let config = dirs::config_dir().unwrap_or_else(|| home.join(".config"));
            roots_in(&home, &config)
        }
        None => Roots::default(),
    }
}

/// `home` and the XDG config directory (`~/.config`).
pub fn roots_in(home: &Path, config: &Path) -> Roots {
    use Browser::*;
    let cfg = |rel: &str| config.join(rel);
    let flatpak = |app: &str, rel: &str| home.join(".var/app").join(app).join("config").join(rel);
    let chromium = [
        (Chrome, cfg("google-chrome")),
        (Chrome, cfg("google-chrome-beta")),
        (Chrome, cfg("google-chrome-unstable")),
        (Chrome, flatpak("com.google.Chrome", "google-chrome")),
        (Chromium, cfg("chromium")),
        (Chromium, home.join("snap/chromium/common/chromium")),
        (Chromium, flatpak("org.chromium.Chromium", "chromium")),
        (Edge, cfg("microsoft-edge")),
        (Edge, cfg("microsoft-edge-beta")),
        (Edge, cfg("microsoft-edge-dev")),
        (Brave, cfg("BraveSoftware/Brave-Browser")),
        (
            Brave,
            home.join("snap/brave/current/.config/BraveSoftware/Brave-Browser"),
        ),
        (
            Brave,
            flatpak("com.brave.Browser", "BraveSoftware/Brave-Browser"),
        ),
        (Vivaldi, cfg("vivaldi")),
        (Vivaldi, cfg("vivaldi-snapshot")),
        (Opera, cfg("opera")),
        (Opera, cfg("opera-beta")),
        (Opera, cfg("opera-developer")),
    ]
    .into_iter()
    .map(|(browser, dir)| ChromiumRoot { browser, dir })
    .collect();
    Roots {
        chromium,
        firefox: vec![
            home.join(".mozilla/firefox"),
            home.join("snap/firefox/common/.mozilla/firefox"),
            home.join(".var/app/org.mozilla.firefox/.mozilla/firefox"),
        ],
    }
}
