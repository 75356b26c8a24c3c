//! Symbolic icons: one-colour shapes that GNOME, KDE and GTK recolour to
//! match the panel (named `…-symbolic`), beside the coloured state icons.
//! Named after the application id, as the icon theme spec asks of an app's
//! icons. The Debian package installs them in hicolor (written by
//! `examples/package-assets`); the tray writes them into the folder its
//! indicator points the panel at (`IconThemePath`), so they are found
//! without the package too. macOS gets the same shapes as template images
//! (`icons/png/*-template-36.png`, embedded by the tray).

use crate::core::monitor::Light;
use crate::version::APP_ID;
use std::io;
use std::path::Path;

/// Every state the tray shows.
pub const LIGHTS: [Light; 6] = [
    Light::Reachable,
    Light::Checking,
    Light::Blocked,
    Light::Degraded,
    Light::Offline,
    Light::Paused,
];

fn svg(light: Light) -> &'static str {
    match light {
        Light::Reachable => include_str!("../../icons/symbolic/reachable-symbolic.svg"),
        Light::Checking => include_str!("../../icons/symbolic/checking-symbolic.svg"),
        Light::Blocked => include_str!("../../icons/symbolic/blocked-symbolic.svg"),
        Light::Degraded => include_str!("../../icons/symbolic/degraded-symbolic.svg"),
        Light::Offline => include_str!("../../icons/symbolic/offline-symbolic.svg"),
        Light::Paused => include_str!("../../icons/symbolic/paused-symbolic.svg"),
    }
}

/// The application's own symbolic icon (a shield with a tick).
pub const APP_SYMBOLIC_SVG: &str = include_str!("../../icons/symbolic/blockwatch-symbolic.svg");

/// The theme name of a state's symbolic icon,
/// `io.github.blockwatch.Blockwatch-blocked-symbolic`.
pub fn symbolic_name(light: Light) -> String {
    format!("{APP_ID}-{}-symbolic", light.as_str())
}

/// The application's symbolic icon's theme name.
pub fn app_symbolic_name() -> String {
    format!("{APP_ID}-symbolic")
}

/// Every symbolic icon: its theme name and its SVG text.
pub fn symbolic_icons() -> Vec<(String, &'static str)> {
    let mut all: Vec<(String, &'static str)> =
        LIGHTS.iter().map(|&l| (symbolic_name(l), svg(l))).collect();
    all.push((app_symbolic_name(), APP_SYMBOLIC_SVG));
    all
}

/// Write every symbolic icon into `dir` as `<name>.svg` (unchanged files
/// are left alone).
pub fn write_symbolic(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, text) in symbolic_icons() {
        let path = dir.join(format!("{name}.svg"));
        if std::fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
            std::fs::write(&path, text)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_colour_svgs_named_by_the_id() {
        let all = symbolic_icons();
        assert_eq!(all.len(), 7);
        for (name, text) in &all {
            assert!(
                name.starts_with(APP_ID) && name.ends_with("-symbolic"),
                "{name}"
            );
            assert!(text.starts_with("<svg") && text.contains("viewBox=\"0 0 16 16\""));
            // One colour, so the panel can recolour it; no strokes (GTK
            // recolours fills).
            let colours: std::collections::BTreeSet<&str> = text
                .match_indices('#')
                .map(|(i, _)| &text[i..i + 7])
                .collect();
            assert_eq!(colours.len(), 1, "{name}: {colours:?}");
            assert!(!text.contains("stroke"), "{name}");
        }
        let dir = tempfile::tempdir().unwrap();
        write_symbolic(dir.path()).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 7);
        assert!(dir
            .path()
            .join("io.github.blockwatch.Blockwatch-blocked-symbolic.svg")
            .is_file());
    }
}
