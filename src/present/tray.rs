//! The tray's words: menu labels, and the state lines the menu carries
//! (Linux indicators show no tooltip).

use super::safe::{safe_line, safe_opt};
use super::tr::*;
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
}
