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

/// The AppUserModelID the toasts are sent under: the Start menu shortcut's
/// (pkg/windows/blockwatch.wxs), so Windows shows them as the installed app's.
use crate::version::APP_ID;

const SHOW_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// `HKCU\Software\Classes\AppUserModelId\<APP_ID>`: how Windows names an
/// unpackaged application's toasts.
pub fn register_app_id(app_name: &str, icon: &str) -> io::Result<()> {
    let key = format!(r"Software\Classes\AppUserModelId\{APP_ID}");
    crate::adapters::registry::set_string(&key, "DisplayName", app_name)?;
    if Path::new(icon).is_file() {
        crate::adapters::registry::set_string(&key, "IconUri", icon)?;
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
        // A toast holds five buttons; "ChatGPT works in my browser" stays
        // in the tray's menu.
        let buttons: Vec<_> = s
            .buttons()
            .into_iter()
            .filter(|(_, c, _)| *c != Clicked::BrowserWorks)
            .take(5)
            .collect();
        if s.problem || !buttons.is_empty() {
            if s.problem {
                toast = toast.duration(Duration::Long);
            }
            for (key, _, label) in &buttons {
                toast = toast.add_button(label, key);
            }
            toast = toast.on_activated(move |action| {
                let clicked = action
                    .as_deref()
                    .and_then(|a| buttons.iter().find(|(key, _, _)| key == a))
                    .map(|(_, c, _)| *c)
                    // The toast's body, or "Show fix steps".
                    .unwrap_or(Clicked::ShowFix);
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
