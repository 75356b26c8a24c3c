//! Windows: notifications as toasts, under blockwatch's own application id
//! (registered for the current user, so Windows shows the name and icon and
//! routes clicks back). A problem carries the two buttons; a click on the
//! toast or on "Show fix steps" opens the fix page, "Check again" probes.
//! Clicks reach this process while it runs (no COM activator: a toast
//! clicked in the Action Centre after blockwatch quit does nothing).

use super::{Clicked, Shown};
use std::io;
use std::path::Path;
use tauri_winrt_notification::{Duration, IconCrop, Toast};
use tokio::sync::mpsc::UnboundedSender;
use windows_sys::Win32::System::Registry::{RegSetKeyValueW, HKEY_CURRENT_USER, REG_SZ};

/// The AppUserModelID the toasts are sent under: the Start menu shortcut's
/// (pkg/windows/blockwatch.wxs), so Windows shows them as the installed app's.
use crate::version::APP_ID;

const SHOW_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

fn set_value(key: &str, name: &str, value: &str) -> io::Result<()> {
    let (key, name, value) = (wide(key), wide(name), wide(value));
    // SAFETY: NUL-terminated UTF-16 strings; the size is in bytes.
    let result = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            name.as_ptr(),
            REG_SZ,
            value.as_ptr().cast(),
            (value.len() * 2) as u32,
        )
    };
    match result {
        0 => Ok(()),
        e => Err(io::Error::from_raw_os_error(e as i32)),
    }
}

/// `HKCU\Software\Classes\AppUserModelId\<APP_ID>`: how Windows names an
/// unpackaged application's toasts.
pub fn register_app_id(app_name: &str, icon: &str) -> io::Result<()> {
    let key = format!(r"Software\Classes\AppUserModelId\{APP_ID}");
    set_value(&key, "DisplayName", app_name)?;
    if Path::new(icon).is_file() {
        set_value(&key, "IconUri", icon)?;
    }
    Ok(())
}

pub async fn show(s: &Shown, app_name: &str, icon: &str, clicks: &UnboundedSender<Clicked>) {
    if let Err(e) = register_app_id(app_name, icon) {
        tracing::info!("application id not registered: {e}");
    }
    let (s, clicks) = (s.clone(), clicks.clone());
    // WinRT calls block (and sleep); keep them off the runtime's threads.
    let shown = tokio::task::spawn_blocking(move || {
        let mut toast = Toast::new(APP_ID).title(&s.title).text1(&s.body);
        // The icon of the state it is about, beside the text.
        if let Some(icon) = s.icon.as_deref().filter(|i| Path::new(i).is_file()) {
            toast = toast.icon(Path::new(icon), IconCrop::Square, "");
        }
        if s.problem {
            toast = toast
                .duration(Duration::Long)
                .add_button(&s.show_fix, "show-fix")
                .add_button(&s.check_again, "check-again")
                .on_activated(move |action| {
                    let clicked = match action.as_deref() {
                        Some("check-again") => Clicked::CheckAgain,
                        // The toast's body, or "Show fix steps".
                        _ => Clicked::ShowFix,
                    };
                    let _ = clicks.send(clicked);
                    Ok(())
                });
        }
        toast.show()
    });
    match tokio::time::timeout(SHOW_TIMEOUT, shown).await {
        Ok(Ok(Ok(()))) => {}
        Ok(Ok(Err(e))) => tracing::info!("no desktop notifications: {e}"),
        Ok(Err(e)) => tracing::info!("no desktop notifications: {e}"),
        Err(_) => tracing::info!("no desktop notifications: the toast did not return"),
    }
}
