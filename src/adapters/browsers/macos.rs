//! macOS (untested): `~/Library/Application Support/<vendor folder>`.

use super::{ChromiumRoot, Roots};
use crate::core::browsers::Browser;

pub fn roots() -> Roots {
    use Browser::*;
    let Some(home) = dirs::home_dir() else {
        return Roots::default();
    };
    let support = home.join("Library/Application Support");
    let chromium = [
        (Chrome, "Google/Chrome"),
        (Chrome, "Google/Chrome Beta"),
        (Chromium, "Chromium"),
        (Edge, "Microsoft Edge"),
        (Brave, "BraveSoftware/Brave-Browser"),
        (Vivaldi, "Vivaldi"),
        (Opera, "com.operasoftware.Opera"),
    ]
    .into_iter()
    .map(|(browser, rel)| ChromiumRoot {
        browser,
        dir: support.join(rel),
    })
    .collect();
    Roots {
        chromium,
        firefox: vec![support.join("Firefox")],
    }
}
