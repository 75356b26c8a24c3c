//! The tray's icons, one per state: the coloured ones (sources in
//! icons/*.svg), or the symbolic shapes panels that want them tint to match
//! themselves: a themed name on Linux (the SVGs written where the indicator
//! points the panel, `adapters::icons`), a template image in the macOS menu
//! bar. Windows' taskbar has no such icons: coloured there.

use blockwatch::config::TrayIcons;
use blockwatch::core::monitor::Light;
use tray_icon::{TrayIcon, TrayIconBuilder};

/// How the icon looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Colour,
    Symbolic,
}

/// Desktops whose panels show symbolic status icons (`XDG_CURRENT_DESKTOP`
/// names, compared without case).
const SYMBOLIC_DESKTOPS: [&str; 5] = ["gnome", "kde", "unity", "budgie", "pantheon"];

/// The look for the setting, on this OS, on this desktop
/// (`XDG_CURRENT_DESKTOP`, a colon-separated list; empty elsewhere).
pub fn look(setting: TrayIcons, desktop: &str) -> Look {
    if cfg!(windows) {
        return Look::Colour;
    }
    match setting {
        TrayIcons::Colour => Look::Colour,
        TrayIcons::Symbolic => Look::Symbolic,
        TrayIcons::Auto if cfg!(target_os = "macos") => Look::Symbolic,
        TrayIcons::Auto => {
            let wants = desktop.split(':').any(|d| {
                SYMBOLIC_DESKTOPS
                    .iter()
                    .any(|s| d.to_ascii_lowercase().contains(s))
            });
            if wants {
                Look::Symbolic
            } else {
                Look::Colour
            }
        }
    }
}

fn png(light: Light) -> &'static [u8] {
    match light {
        Light::Reachable => include_bytes!("../../../icons/png/reachable-64.png"),
        Light::Checking => include_bytes!("../../../icons/png/checking-64.png"),
        Light::Blocked => include_bytes!("../../../icons/png/blocked-64.png"),
        Light::Degraded => include_bytes!("../../../icons/png/degraded-64.png"),
        Light::Offline => include_bytes!("../../../icons/png/offline-64.png"),
        Light::Paused => include_bytes!("../../../icons/png/paused-64.png"),
    }
}

/// The macOS menu bar's template images (black; the alpha is the shape).
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
fn template_png(light: Light) -> &'static [u8] {
    match light {
        Light::Reachable => include_bytes!("../../../icons/png/reachable-template-36.png"),
        Light::Checking => include_bytes!("../../../icons/png/checking-template-36.png"),
        Light::Blocked => include_bytes!("../../../icons/png/blocked-template-36.png"),
        Light::Degraded => include_bytes!("../../../icons/png/degraded-template-36.png"),
        Light::Offline => include_bytes!("../../../icons/png/offline-template-36.png"),
        Light::Paused => include_bytes!("../../../icons/png/paused-template-36.png"),
    }
}

fn decode(bytes: &[u8]) -> tray_icon::Icon {
    let decode = || -> Option<tray_icon::Icon> {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
        let mut reader = decoder.read_info().ok()?;
        let mut buf = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut buf).ok()?;
        buf.truncate(info.buffer_size());
        tray_icon::Icon::from_rgba(buf, info.width, info.height).ok()
    };
    // The icons are ours and checked by a test; a plain square if not.
    decode().unwrap_or_else(|| {
        tray_icon::Icon::from_rgba(vec![128; 16 * 16 * 4], 16, 16).expect("16x16 RGBA")
    })
}

/// The builder with the state's icon.
pub fn build(builder: TrayIconBuilder, light: Light, look: Look) -> TrayIconBuilder {
    match look {
        Look::Colour => builder.with_icon(decode(png(light))),
        #[cfg(target_os = "macos")]
        Look::Symbolic => builder.with_icon_templated(decode(template_png(light))),
        #[cfg(all(unix, not(target_os = "macos")))]
        Look::Symbolic => builder.with_native_icon(themed(light)),
        // Never chosen there (see `look`).
        #[cfg(windows)]
        Look::Symbolic => builder.with_icon(decode(png(light))),
    }
}

/// Show the state's icon.
pub fn set(tray: &TrayIcon, light: Light, look: Look) -> tray_icon::Result<()> {
    match look {
        Look::Colour => tray.set_icon(Some(decode(png(light)))),
        #[cfg(target_os = "macos")]
        Look::Symbolic => tray.set_icon_templated(Some(decode(template_png(light)))),
        #[cfg(all(unix, not(target_os = "macos")))]
        Look::Symbolic => tray.set_native_icon(Some(themed(light))),
        #[cfg(windows)]
        Look::Symbolic => tray.set_icon(Some(decode(png(light)))),
    }
}

/// The state's symbolic icon by its theme name; the panel finds the SVG in
/// the folder the indicator names (`IconThemePath`) or in hicolor.
#[cfg(all(unix, not(target_os = "macos")))]
fn themed(light: Light) -> tray_icon::NativeIcon {
    tray_icon::NativeIcon::from_name(blockwatch::adapters::icons::symbolic_name(light))
}

#[cfg(test)]
mod tests {
    use super::*;
    use blockwatch::adapters::icons::{symbolic_name, LIGHTS};

    #[test]
    fn every_icon_decodes() {
        for light in LIGHTS {
            for (bytes, size) in [(png(light), 64), (template_png(light), 36)] {
                let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
                decoder.set_transformations(
                    png::Transformations::EXPAND | png::Transformations::ALPHA,
                );
                let reader = decoder.read_info().unwrap();
                assert_eq!(reader.info().width, size, "{light:?}");
            }
        }
        assert!(symbolic_name(Light::Blocked).ends_with("-blocked-symbolic"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn symbolic_where_the_panel_wants_it() {
        let auto = TrayIcons::Auto;
        for desktop in [
            "GNOME",
            "ubuntu:GNOME",
            "KDE",
            "Budgie:GNOME",
            "Unity",
            "Pantheon",
        ] {
            assert_eq!(look(auto, desktop), Look::Symbolic, "{desktop}");
        }
        for desktop in ["XFCE", "LXQt", "MATE", "X-Cinnamon", ""] {
            assert_eq!(look(auto, desktop), Look::Colour, "{desktop}");
        }
        assert_eq!(look(TrayIcons::Colour, "GNOME"), Look::Colour);
        assert_eq!(look(TrayIcons::Symbolic, "XFCE"), Look::Symbolic);
    }
}
