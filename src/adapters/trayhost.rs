//! Is there anything to show a tray icon? On Linux the icon is a
//! StatusNotifierItem, shown only when a host (a panel) has registered with
//! the session bus's `org.kde.StatusNotifierWatcher`; without a watcher,
//! the indicator library falls back to a classic XEmbed icon, shown only
//! when some program owns the X selection `_NET_SYSTEM_TRAY_S<screen>`.
//! Stock GNOME has neither, so the icon is invisible and blockwatch looks
//! as if it were not running. Read here: those two facts and whether the
//! GNOME extension that adds a host is installed (a folder's existence).
//! macOS and Windows always have a place for the icon.

/// What the desktop offers for a tray icon; `None` where it cannot be told.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presence {
    /// A StatusNotifierItem host is registered with the watcher.
    pub sni_host: Option<bool>,
    /// An XEmbed system tray owns its selection on this display.
    pub xembed: Option<bool>,
}

impl Presence {
    /// The icon can be seen, or nothing says it cannot.
    pub fn visible(&self) -> bool {
        matches!(
            (self.sni_host, self.xembed),
            (Some(true), _) | (_, Some(true)) | (None, None)
        )
    }

    /// Both ways were asked about and neither shows the icon.
    pub fn known_invisible(&self) -> bool {
        !self.visible()
    }
}

/// Where a missing tray can be added, for the words of the notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remedy {
    /// GNOME with the AppIndicator extension installed: turn it on.
    GnomeEnableExtension,
    /// GNOME without it: install it, then turn it on.
    GnomeInstallExtension,
    /// Any other desktop: add a tray to the panel.
    AddTray,
}

/// The extension's uuid (Debian's gnome-shell-extension-appindicator).
pub const APPINDICATOR_EXTENSION: &str = "appindicatorsupport@rgcjonas.gmail.com";

/// The remedy for this desktop (`XDG_CURRENT_DESKTOP`).
pub fn remedy() -> Remedy {
    let desktop = std::env::var("XDG_CURRENT_DESKTOP").unwrap_or_default();
    if !desktop.to_ascii_lowercase().contains("gnome") {
        return Remedy::AddTray;
    }
    // Where GNOME Shell looks for extensions: the user's data folder and
    // every $XDG_DATA_DIRS entry.
    let system = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    let installed = dirs::data_dir()
        .into_iter()
        .chain(system.split(':').map(std::path::PathBuf::from))
        .any(|d| {
            d.join("gnome-shell/extensions")
                .join(APPINDICATOR_EXTENSION)
                .is_dir()
        });
    if installed {
        Remedy::GnomeEnableExtension
    } else {
        Remedy::GnomeInstallExtension
    }
}

/// Ask the session bus and the X server (each with its own bound).
#[cfg(target_os = "linux")]
pub async fn presence() -> Presence {
    let limit = std::time::Duration::from_secs(3);
    let sni_host = tokio::time::timeout(limit, sni_host()).await.ok().flatten();
    let xembed = tokio::task::spawn_blocking(xembed_tray)
        .await
        .ok()
        .flatten();
    Presence { sni_host, xembed }
}

#[cfg(not(target_os = "linux"))]
pub async fn presence() -> Presence {
    Presence {
        sni_host: Some(true),
        xembed: None,
    }
}

/// `None` without a session bus; `Some(false)` without a watcher or with
/// a watcher that has no host.
#[cfg(target_os = "linux")]
async fn sni_host() -> Option<bool> {
    const WATCHER: &str = "org.kde.StatusNotifierWatcher";
    let conn = zbus::Connection::session().await.ok()?;
    let owned = conn
        .call_method(
            Some("org.freedesktop.DBus"),
            "/org/freedesktop/DBus",
            Some("org.freedesktop.DBus"),
            "NameHasOwner",
            &(WATCHER,),
        )
        .await
        .ok()?
        .body()
        .deserialize::<bool>()
        .ok()?;
    if !owned {
        return Some(false);
    }
    let reply = conn
        .call_method(
            Some(WATCHER),
            "/StatusNotifierWatcher",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(WATCHER, "IsStatusNotifierHostRegistered"),
        )
        .await
        .ok()?;
    let value: zbus::OwnedVariant = reply.body().deserialize().ok()?;
    bool::try_from(value).ok()
}

/// `None` without an X display (or without libX11, or in the headless build).
#[cfg(all(target_os = "linux", feature = "tray"))]
fn xembed_tray() -> Option<bool> {
    use std::ffi::CString;
    let xlib = x11_dl::xlib::Xlib::open().ok()?;
    // SAFETY: plain Xlib calls on a display opened and closed here; the
    // atom name is a NUL-terminated string that outlives the call.
    unsafe {
        let display = (xlib.XOpenDisplay)(std::ptr::null());
        if display.is_null() {
            return None;
        }
        let screen = (xlib.XDefaultScreen)(display);
        let name = CString::new(format!("_NET_SYSTEM_TRAY_S{screen}")).ok();
        let owner = name.map(|n| {
            let atom = (xlib.XInternAtom)(display, n.as_ptr(), x11_dl::xlib::False);
            (xlib.XGetSelectionOwner)(display, atom)
        });
        (xlib.XCloseDisplay)(display);
        owner.map(|o| o != 0)
    }
}

#[cfg(all(target_os = "linux", not(feature = "tray")))]
fn xembed_tray() -> Option<bool> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_unless_both_ways_say_no() {
        let p = |sni_host, xembed| Presence { sni_host, xembed };
        assert!(p(Some(true), None).visible());
        assert!(p(Some(false), Some(true)).visible());
        assert!(p(None, None).visible(), "nothing known: no alarm");
        assert!(p(Some(false), Some(false)).known_invisible());
        assert!(p(Some(false), None).known_invisible(), "no host, no X");
        assert!(p(None, Some(false)).known_invisible(), "no bus, no X tray");
    }
}
