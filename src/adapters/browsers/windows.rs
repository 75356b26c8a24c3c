//! Windows (untested): Chromium browsers under `%LOCALAPPDATA%` (Opera
//! under `%APPDATA%`), Firefox under `%APPDATA%\Mozilla\Firefox`.

use super::{ChromiumRoot, Roots};
use crate::core::browsers::Browser;
use std::path::PathBuf;

pub fn roots() -> Roots {
    use Browser::*;
    let local = std::env::var_os("LOCALAPPDATA").map(PathBuf::from);
    let roaming = std::env::var_os("APPDATA").map(PathBuf::from);
    let mut chromium = Vec::new();
    if let Some(local) = &local {
        for (browser, rel) in [
            (Chrome, r"Google\Chrome\User Data"),
            (Chromium, r"Chromium\User Data"),
            (Edge, r"Microsoft\Edge\User Data"),
            (Brave, r"BraveSoftware\Brave-Browser\User Data"),
            (Vivaldi, r"Vivaldi\User Data"),
        ] {
            chromium.push(ChromiumRoot {
                browser,
                dir: local.join(rel),
            });
        }
    }
    let mut firefox = Vec::new();
    if let Some(roaming) = &roaming {
        chromium.push(ChromiumRoot {
            browser: Opera,
            dir: roaming.join(r"Opera Software\Opera Stable"),
        });
        firefox.push(roaming.join(r"Mozilla\Firefox"));
    }
    Roots { chromium, firefox }
}
