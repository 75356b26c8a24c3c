//! The tray's words: menu labels, and the state lines the menu carries
//! (Linux indicators show no tooltip).

use super::safe::{safe_line, safe_opt};
use super::tr::*;
use crate::adapters::trayhost::Remedy;
use crate::core::diagnose::Cause;
use crate::core::monitor::{Light, View};

/// The menu's fixed labels in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Menu {
    pub check_now: String,
    pub show_fix: String,
    pub browser_blocked: String,
    /// Shown while a problem stands: the user vouches that only the probe is refused.
    pub browser_works: String,
    pub pause: String,
    pub resume: String,
    pub autostart: String,
    pub history: String,
    pub quit: String,
    /// The menu's lines before the first view arrives.
    pub status_starting: String,
    pub ip_starting: String,
    pub vpn_starting: String,
    pub last_check_starting: String,
}

impl Menu {
    pub fn new(tr: &Tr) -> Menu {
        Menu {
            check_now: tr.line(tr.s(MenuCheckNow)),
            show_fix: tr.line(tr.s(ActionShowFix)),
            browser_blocked: tr.line(tr.s(MenuBrowserBlocked)),
            browser_works: tr.line(tr.s(ActionBrowserWorks)),
            pause: tr.line(tr.s(MenuPause)),
            resume: tr.line(tr.s(MenuResume)),
            autostart: tr.line(tr.s(MenuAutostart)),
            history: tr.line(tr.s(MenuHistory)),
            quit: tr.line(tr.s(MenuQuit)),
            status_starting: tr.line(tr.s(TrayChecking)),
            ip_starting: tr.line(tr.s(TrayIpUnknown)),
            vpn_starting: tr.line(tr.s(TrayVpnUnknown)),
            last_check_starting: tr.line(tr.s(TrayLastCheckNever)),
        }
    }

    /// The pause item's label for the state: it pauses, or resumes a pause.
    pub fn pause_label(&self, paused: bool) -> &str {
        if paused {
            &self.resume
        } else {
            &self.pause
        }
    }
}

fn clock(wall_ms: u64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(wall_ms);
    chrono::DateTime::<chrono::Local>::from(t)
        .format("%H:%M")
        .to_string()
}

/// The menu's first line: the state in a few words.
pub fn tray_status(tr: &Tr, view: &View) -> String {
    tr.line(tray_status_words(tr, view))
}

fn tray_status_words(tr: &Tr, view: &View) -> String {
    if let Some(until) = view.paused_until_wall_ms {
        return tr.s(TrayPausedUntil {
            time: tr.prose(&clock(until)),
        });
    }
    if view.offline {
        return tr.s(TrayOffline);
    }
    let Some(a) = &view.assessment else {
        return tr.s(TrayChecking);
    };
    let code = a.verdict.cloudflare_code;
    match a.diagnosis.cause {
        Cause::Healthy | Cause::BrowserSide => tr.s(TrayReachable),
        Cause::BrowserExtension | Cause::BrowserProxy => tr.s(TrayBrowserVpnRefused),
        Cause::VpnExitBlocked => tr.s(TrayVpnBlocked { code }),
        Cause::ProxyBlocked => tr.s(TrayProxyBlocked { code }),
        Cause::PublicIpBlocked => match super::router::from_diagnosis(&a.diagnosis) {
            Some(w) if w.sharing.shared() == Some(true) => tr.s(TrayAddressBlockedShared { code }),
            _ => tr.s(TrayAddressBlocked { code }),
        },
        Cause::LocationUnsupported => tr.s(TrayLocationUnsupported {
            location: safe_opt(&a.facts.trace.as_ref().and_then(|t| t.loc.clone())),
        }),
        Cause::RateLimited => tr.s(TrayRateLimited { code }),
        Cause::ProbeRefused => tr.s(TrayProbeRefused { code }),
        Cause::Outage => tr.s(TrayOutage),
        Cause::CaptivePortal => tr.s(TraySignIn),
        Cause::NoConnection => tr.s(TrayUnreachable),
        Cause::TlsInterception => tr.s(TrayIntercepted),
        Cause::Unknown => tr.s(TrayError),
        Cause::DnsFiltered | Cause::NetworkFilter => {
            super::between::tray_status(tr, a.diagnosis.cause, a.verdict.detail.as_deref())
        }
    }
}

/// A short label next to the icon, for states that want attention.
pub fn tray_label(tr: &Tr, view: &View) -> String {
    tr.line(tray_label_words(tr, view))
}

fn tray_label_words(tr: &Tr, view: &View) -> String {
    match view.light {
        Light::Reachable | Light::Checking => String::new(),
        Light::Paused => tr.s(TrayLabelPaused),
        Light::Offline => tr.s(TrayLabelOffline),
        Light::Blocked => tr.s(TrayLabelBlocked),
        Light::Degraded => tray_status_words(tr, view),
    }
}

pub fn tray_ip(tr: &Tr, view: &View) -> String {
    tr.line(tray_ip_words(tr, view))
}

fn tray_ip_words(tr: &Tr, view: &View) -> String {
    let ips: Vec<String> = [view.public_v4, view.public_v6]
        .iter()
        .flatten()
        .map(|i| i.to_string())
        .collect();
    if ips.is_empty() {
        return tr.s(TrayIpUnknown);
    }
    tr.s(TrayIp {
        ips: ips.join(", "),
        location: safe_opt(&view.location),
    })
}

pub fn tray_vpn(tr: &Tr, view: &View) -> String {
    tr.line(tray_vpn_words(tr, view))
}

fn tray_vpn_words(tr: &Tr, view: &View) -> String {
    let v = &view.vpn;
    if v.active {
        let vpn = match (safe_opt(&v.vendor), safe_opt(&v.interface)) {
            (Some(n), Some(i)) => format!("{n} ({i})"),
            (Some(n), None) => n,
            (None, Some(i)) => i,
            (None, None) => return tr.s(TrayVpnOn),
        };
        return tr.s(TrayVpn { vpn });
    }
    match v.unused_tunnels.first() {
        Some(t) => tr.s(TrayVpnOffUnused {
            interface: safe_line(&t.interface),
        }),
        None => tr.s(TrayVpnOff),
    }
}

pub fn tray_last_check(tr: &Tr, view: &View) -> String {
    tr.line(tray_last_check_words(tr, view))
}

fn tray_last_check_words(tr: &Tr, view: &View) -> String {
    match (view.checking, view.last_check_wall_ms) {
        (true, _) => tr.s(TrayCheckingNow),
        (false, Some(t)) => tr.s(TrayLastCheck {
            time: tr.prose(&clock(t)),
        }),
        (false, None) => tr.s(TrayLastCheckNever),
    }
}

/// The first start's notification (title, body): blockwatch now watches
/// ChatGPT, and what it sees right now (the menu's first line).
pub fn intro(tr: &Tr, view: &View) -> (String, String) {
    let state = tray_status_words(tr, view);
    (
        tr.line(tr.s(IntroTitle)),
        tr.line(tr.s(IntroBody { state })),
    )
}

/// The desktop shows no tray icon: blockwatch keeps working through
/// notifications, and this is how to get the icon.
pub fn no_tray(tr: &Tr, view: &View, remedy: Remedy) -> (String, String) {
    let state = tray_status_words(tr, view);
    let remedy = match remedy {
        Remedy::GnomeEnableExtension => "gnome-enable",
        Remedy::GnomeInstallExtension => "gnome-install",
        Remedy::AddTray => "other",
    };
    (
        tr.line(tr.s(NoTrayTitle)),
        tr.line(tr.s(NoTrayBody { state, remedy })),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::present::safe::{is_terminal_safe, Lines};

    /// A saved state (a file on disk) can carry anything into the view.
    #[test]
    fn tray_texts_are_safe_whatever_the_view_holds() {
        let evil = "x\u{1b}]0;pwned\u{7}\u{202e}y\u{9b}";
        let view = View {
            light: Light::Degraded,
            assessment: None,
            public_v4: None,
            public_v6: Some("2001:db8::1".parse().unwrap()),
            location: Some(evil.repeat(1000)),
            vpn: crate::core::local::vpn::VpnFacts {
                active: true,
                interface: Some(evil.into()),
                vendor: Some(evil.into()),
                ..Default::default()
            },
            last_check_wall_ms: None,
            problem: true,
            paused_until_wall_ms: None,
            offline: false,
            checking: false,
            reconnect: None,
        };
        for tr in [Tr::english(), Tr::get(Lang::Fa, Isolation::On)] {
            for label in [
                tray_ip(tr, &view),
                tray_vpn(tr, &view),
                tray_label(tr, &view),
            ] {
                let shown: String = label
                    .chars()
                    .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200f}'))
                    .collect();
                assert!(is_terminal_safe(&shown, Lines::Join), "{label:?}");
                assert!(label.chars().count() < 700, "{}", label.len());
            }
        }
    }

    #[test]
    fn intro_and_no_tray_say_the_state_and_the_way() {
        let view = View {
            light: Light::Checking,
            assessment: None,
            public_v4: None,
            public_v6: None,
            location: None,
            vpn: Default::default(),
            last_check_wall_ms: None,
            problem: false,
            paused_until_wall_ms: None,
            offline: true,
            checking: false,
            reconnect: None,
        };
        let tr = Tr::english();
        let (title, body) = intro(tr, &view);
        assert_eq!(title, "blockwatch now watches ChatGPT");
        assert!(
            body.starts_with("Right now: No network connection."),
            "{body}"
        );
        let (title, body) = no_tray(tr, &view, Remedy::GnomeInstallExtension);
        assert_eq!(title, "blockwatch runs without a tray icon");
        assert!(
            body.contains("(right now: No network connection)"),
            "{body}"
        );
        assert!(body.contains("sudo apt install gnome-shell-extension-appindicator"));
        let (_, body) = no_tray(tr, &view, Remedy::GnomeEnableExtension);
        assert!(body.contains("gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com"));
        let (_, body) = no_tray(tr, &view, Remedy::AddTray);
        assert!(body.contains("add a system tray"), "{body}");
        // Every language has its own words, with the state in them.
        for lang in [Lang::ZhCn, Lang::Ru, Lang::Fa, Lang::Es, Lang::Tr] {
            let tr = Tr::get(lang, Isolation::Off);
            let (title, body) = no_tray(tr, &view, Remedy::GnomeInstallExtension);
            assert_ne!(title, "blockwatch runs without a tray icon", "{lang:?}");
            assert!(body.contains(&tr.s(TrayOffline)), "{lang:?}: {body}");
            assert!(
                body.contains("gnome-shell-extension-appindicator"),
                "{lang:?}"
            );
            assert_ne!(
                intro(tr, &view).0,
                "blockwatch now watches ChatGPT",
                "{lang:?}"
            );
        }
    }
}
