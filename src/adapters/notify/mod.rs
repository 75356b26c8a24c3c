//! Desktop notifications (notify-rust over the session bus). One
//! blockwatch notification is on screen at a time: each new one replaces the
//! last. Buttons where the server has them; otherwise the body says where
//! the steps are. No server, or no bus, is not an error. On Windows the
//! notifications are toasts (`notify/windows.rs`); macOS's notification centre (through
//! notify-rust) shows no buttons and gives no ids to replace: the bus parts
//! here are unused there.
#![cfg_attr(
    not(all(unix, not(target_os = "macos"))),
    allow(dead_code, unused_imports)
)]

use notify_rust::{Notification, Timeout};
#[cfg(windows)]
mod windows;
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;
use tokio::task::JoinHandle;

/// The server's capabilities ("actions", "body", ...). notify-rust only
/// offers a blocking call for this, which must not run inside tokio.
#[cfg(all(unix, not(target_os = "macos")))]
async fn capabilities() -> Result<Vec<String>, String> {
    let conn = zbus::Connection::session()
        .await
        .map_err(|e| e.to_string())?;
    let reply = conn
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "GetCapabilities",
            &(),
        )
        .await
        .map_err(|e| e.to_string())?;
    reply
        .body()
        .deserialize::<Vec<String>>()
        .map_err(|e| e.to_string())
}

/// macOS and Windows notification centres show no custom buttons here.
#[cfg(not(all(unix, not(target_os = "macos"))))]
async fn capabilities() -> Result<Vec<String>, String> {
    Ok(vec!["body".into()])
}

/// macOS: notifications carry Blockwatch.app's identity (its name and
/// icon), found by the bundle identifier; without a registered bundle (a
/// loose binary) the system shows them as Finder's. Once per process.
#[cfg(target_os = "macos")]
fn identify() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Err(e) = notify_rust::set_application(crate::version::APP_ID) {
            tracing::info!(
                "notifications not under blockwatch's own name ({e}): is Blockwatch.app installed?"
            );
        }
    });
}

/// What the user asked for from a notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clicked {
    ShowFix,
    CheckAgain,
    /// "ChatGPT works in my browser".
    BrowserWorks,
    /// The fix's own button ("Disconnect WireGuard (wg-home)").
    Act(crate::core::diagnose::FixId),
    /// "Go ahead" on the confirmation that warned first.
    Confirmed(crate::core::diagnose::FixId),
    /// "Reconnect": the VPN back.
    Reconnect,
}

/// A notification as the user sees it; the words come from the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// A problem stays until dismissed and offers buttons; good news may fade.
    pub problem: bool,
    pub title: String,
    pub body: String,
    /// The body where the server cannot show buttons.
    pub body_without_actions: String,
    pub show_fix: String,
    pub check_again: String,
    pub browser_works: String,
    /// The icon of the state it is about (a file path); the application
    /// icon when `None`.
    pub icon: Option<String>,
    /// Buttons of its own (the fix, "Reconnect", "Go ahead"), after the
    /// problem's usual ones.
    pub extra: Vec<(Clicked, String)>,
    /// A confirmation: its own buttons only.
    pub confirmation: bool,
}

impl Shown {
    /// The buttons it shows, with their keys: the problem's three unless a
    /// confirmation, then its own.
    pub fn buttons(&self) -> Vec<(String, Clicked, String)> {
        let mut out = Vec::new();
        if self.problem && !self.confirmation {
            out.push(("show-fix".into(), Clicked::ShowFix, self.show_fix.clone()));
            out.push((
                "check-again".into(),
                Clicked::CheckAgain,
                self.check_again.clone(),
            ));
            out.push((
                "browser-works".into(),
                Clicked::BrowserWorks,
                self.browser_works.clone(),
            ));
        }
        for (i, (c, label)) in self.extra.iter().enumerate() {
            out.push((format!("x{i}"), *c, label.clone()));
        }
        out
    }
}

pub struct Notifier {
    clicks: UnboundedSender<Clicked>,
    app_name: String,
    icon: String,
    last_id: Option<u32>,
    waiter: Option<JoinHandle<()>>,
    has_actions: Option<bool>,
}

const BUS_TIMEOUT: Duration = Duration::from_secs(3);

impl Notifier {
    pub fn new(clicks: UnboundedSender<Clicked>, app_name: String, icon: String) -> Notifier {
        #[cfg(target_os = "macos")]
        identify();
        Notifier {
            clicks,
            app_name,
            icon,
            last_id: None,
            waiter: None,
            has_actions: None,
        }
    }

    async fn actions_supported(&mut self) -> Option<bool> {
        if let Some(a) = self.has_actions {
            return Some(a);
        }
        match tokio::time::timeout(BUS_TIMEOUT, capabilities()).await {
            Ok(Ok(caps)) => {
                let a = caps.iter().any(|c| c == "actions");
                self.has_actions = Some(a);
                Some(a)
            }
            Ok(Err(e)) => {
                tracing::info!("no desktop notifications: {e}");
                None
            }
            Err(_) => {
                tracing::info!("no desktop notifications: the notification server does not answer");
                None
            }
        }
    }

    /// Show a notification, replacing the last one.
    pub async fn show(&mut self, s: &Shown) {
        #[cfg(windows)]
        windows::show(s, &self.app_name, &self.icon, &self.clicks).await;
        #[cfg(not(windows))]
        self.show_desktop(s).await;
    }

    #[cfg(not(windows))]
    async fn show_desktop(&mut self, s: &Shown) {
        let Some(actions) = self.actions_supported().await else {
            return;
        };
        let mut n = Notification::new();
        n.appname(&self.app_name)
            .summary(&s.title)
            .icon(s.icon.as_deref().unwrap_or(&self.icon));
        // The launcher's name: the server shows and groups them as the app's.
        #[cfg(all(unix, not(target_os = "macos")))]
        n.hint(notify_rust::Hint::DesktopEntry(
            crate::version::APP_ID.into(),
        ));
        let problem = s.problem;
        let buttons = s.buttons();
        let with_actions = actions && !buttons.is_empty();
        if with_actions {
            n.body(&s.body);
            // A click on the body opens the steps; a confirmation has only "Go ahead".
            if !s.confirmation {
                n.action("default", &s.show_fix);
            }
            for (key, _, label) in &buttons {
                n.action(key, label);
            }
        } else {
            n.body(&s.body_without_actions);
        }
        // A problem stays until dismissed; good news may fade.
        n.timeout(if problem {
            Timeout::Never
        } else {
            Timeout::Default
        });
        self.deliver(n, with_actions.then_some(buttons)).await;
    }

    /// macOS: `show` blocks until the notification centre has it.
    #[cfg(target_os = "macos")]
    async fn deliver(&mut self, n: Notification, _buttons: Option<Vec<(String, Clicked, String)>>) {
        let shown = tokio::task::spawn_blocking(move || n.show().map(drop));
        match tokio::time::timeout(BUS_TIMEOUT, shown).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => tracing::info!("notification not shown: {e}"),
            Ok(Err(e)) => tracing::info!("notification not shown: {e}"),
            Err(_) => tracing::info!("notification not shown: no answer"),
        }
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    async fn deliver(
        &mut self,
        mut n: Notification,
        buttons: Option<Vec<(String, Clicked, String)>>,
    ) {
        if let Some(id) = self.last_id {
            n.id(id);
        }
        let handle = match tokio::time::timeout(BUS_TIMEOUT, n.show_async()).await {
            Ok(Ok(h)) => h,
            Ok(Err(e)) => {
                tracing::info!("notification not shown: {e}");
                self.has_actions = None;
                return;
            }
            Err(_) => {
                tracing::info!("notification not shown: the server does not answer");
                self.has_actions = None;
                return;
            }
        };
        self.last_id = Some(handle.id());
        if let Some(w) = self.waiter.take() {
            w.abort();
        }
        if let Some(buttons) = buttons {
            let clicks = self.clicks.clone();
            self.waiter = Some(tokio::spawn(async move {
                handle
                    .wait_for_action_async(|r| {
                        use notify_rust::NotificationResponse as R;
                        let clicked = match r {
                            R::Default => Some(Clicked::ShowFix),
                            R::Action(a) if a == "default" => Some(Clicked::ShowFix),
                            R::Action(a) => buttons
                                .iter()
                                .find(|(key, _, _)| key == a)
                                .map(|(_, c, _)| *c),
                            _ => None,
                        };
                        if let Some(c) = clicked {
                            let _ = clicks.send(c);
                        }
                    })
                    .await;
            }));
        }
    }
}
