//! A fix blockwatch carries out itself, in words: the button ("Disconnect
//! WireGuard (wg-home)"), what is said before acting (and the kill-switch
//! or mandatory-VPN warning), why it cannot be done, the outcome; and the
//! JSON shapes of `diagnosis.actions` and `fix --do --json`.

use super::safe::{safe_line, safe_opt};
use super::tr::*;
use crate::core::diagnose::act::{ActResult, FixAction, Outcome, OutcomeWhy, Via, Warning, Why};
use crate::core::diagnose::FixId;
use serde::{Deserialize, Serialize};

/// The program's own name (not translated).
pub fn via_name(via: Via) -> &'static str {
    match via {
        Via::NetworkManager => "NetworkManager",
        Via::Mullvad => "Mullvad",
        Via::Tailscale => "Tailscale",
        Via::Nordvpn => "NordVPN",
        Via::Rasdial => "rasdial",
        Via::Scutil => "scutil",
        Via::Upnp => "UPnP",
    }
}

/// The VPN's name where it adds to the target ("WireGuard" beside
/// "wg-home"; nothing beside "Mullvad").
fn vendor(a: &FixAction, target: &str) -> Option<String> {
    safe_opt(&a.handle.vendor).filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case(target))
}

fn target(a: &FixAction) -> String {
    safe_line(a.target.as_deref().unwrap_or_default())
}

/// The button and menu label of an action.
pub fn button(tr: &Tr, a: &FixAction) -> String {
    let t = target(a);
    match a.fix {
        FixId::RestartRouter => tr.s(ActButtonReconnectRouter { router: t }),
        _ => tr.s(ActButtonDisconnect {
            vpn: vendor(a, &t),
            target: t,
        }),
    }
}

/// The VPN as the resolved notification names it ("WireGuard (wg-home)").
pub fn vpn_label(a: &FixAction) -> String {
    let t = target(a);
    match vendor(a, &t) {
        Some(v) => format!("{v} ({t})"),
        None => t,
    }
}

/// "Reconnect" (the VPN back).
pub fn reconnect_button(tr: &Tr) -> String {
    tr.s(ActButtonReconnect)
}

pub fn confirm_button(tr: &Tr) -> String {
    tr.s(ActButtonConfirm)
}

pub fn confirm_title(tr: &Tr, a: &FixAction) -> String {
    tr.s(ActConfirmTitle {
        what: button(tr, a),
    })
}

/// The warning to say before acting, if any.
pub fn warning(tr: &Tr, a: &FixAction) -> Option<String> {
    match a.warning? {
        Warning::KillSwitch => Some(tr.s(ActWarningKillSwitch {
            vpn: vendor(a, "").or_else(|| a.target.as_deref().map(safe_line)),
        })),
        Warning::MandatoryVpn => Some(tr.s(ActWarningMandatoryVpn)),
    }
}

/// What is said before acting: what will happen, the warning, the password.
pub fn before(tr: &Tr, a: &FixAction) -> Vec<String> {
    let mut lines = vec![tr.s(ActWill {
        what: button(tr, a),
        via: a.via.map_or("", via_name),
    })];
    if a.fix == FixId::RestartRouter {
        lines.push(tr.s(ActWillRouter));
    }
    lines.extend(warning(tr, a));
    if a.detail == Some(Why::AsksPassword) {
        lines.push(tr.s(ActWhyAsksPassword));
    }
    lines
}

pub fn why(tr: &Tr, w: Why) -> String {
    match w {
        Why::NoTunnel => tr.s(ActWhyNoTunnel),
        Why::NeedsRoot => tr.s(ActWhyNeedsRoot),
        Why::NoController => tr.s(ActWhyNoController),
        Why::NotManaged => tr.s(ActWhyNotManaged),
        Why::AsksPassword => tr.s(ActWhyAsksPassword),
        Why::NotPermitted => tr.s(ActWhyNotPermitted),
        Why::ReconnectOff => tr.s(ActWhyReconnectOff),
        Why::AddressShared => tr.s(ActWhyAddressShared),
        Why::RouterCannot => tr.s(ActWhyRouterCannot),
        Why::Unsupported => tr.s(ActWhyUnsupported),
    }
}

/// The outcome in one sentence.
pub fn outcome(tr: &Tr, o: &Outcome, what: &str) -> String {
    let target = safe_line(o.target.as_deref().unwrap_or_default());
    let via = o.via.map_or("", via_name);
    match (o.result, o.detail) {
        (_, Some(OutcomeWhy::Cannot(w))) => why(tr, w),
        (_, Some(OutcomeWhy::NotPermitted)) => tr.s(ActResultNotPermitted { target }),
        (_, Some(OutcomeWhy::AuthFailed)) => tr.s(ActResultAuthFailed),
        (_, Some(OutcomeWhy::UserDeclined)) => tr.s(ActDeclined),
        (_, Some(OutcomeWhy::NotConfirmed)) => tr.s(ActNotConfirmed),
        (_, Some(OutcomeWhy::NothingToDo)) => tr.s(ActNothing),
        (_, Some(OutcomeWhy::RouterRefused)) => tr.s(ActResultRouterRefused { target }),
        (_, Some(OutcomeWhy::NoLinkBack)) => tr.s(ActResultNoLinkBack),
        (_, Some(OutcomeWhy::Offline)) => tr.s(ActResultOffline),
        (_, Some(OutcomeWhy::SameAddress)) => tr.s(ActResultSameAddress {
            ip: o.address.map(|a| a.to_string()).unwrap_or_default(),
        }),
        (ActResult::Done, _) => tr.s(ActResultDone { what }),
        (ActResult::NotPossible, None) => tr.s(ActWhyUnsupported),
        (_, Some(OutcomeWhy::Error) | None) => tr.s(ActResultFailed { via }),
    }
}

/// `diagnosis.actions[]` of `check --json` (a contract: these names).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    pub fix: FixId,
    pub can_do: bool,
    pub via: Option<Via>,
    pub target: Option<String>,
    pub warning: Option<Warning>,
    /// Why it cannot be done, or what stands in its way, in words.
    pub detail: Option<String>,
}

pub fn items(tr: &Tr, actions: &[FixAction]) -> Vec<ActionItem> {
    actions
        .iter()
        .map(|a| ActionItem {
            fix: a.fix,
            can_do: a.can_do,
            via: a.via,
            target: a.target.clone(),
            warning: a.warning,
            detail: a.detail.map(|w| why(tr, w)),
        })
        .collect()
}

/// `fix --do --json`'s `action` (a contract).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeItem {
    pub fix: FixId,
    pub via: Option<Via>,
    pub target: Option<String>,
    pub result: ActResult,
    pub detail: Option<String>,
}

pub fn outcome_item(tr: &Tr, o: &Outcome, what: &str) -> OutcomeItem {
    OutcomeItem {
        fix: o.fix,
        via: o.via,
        target: o.target.clone(),
        result: o.result,
        detail: (o.result != ActResult::Done || o.detail.is_some()).then(|| outcome(tr, o, what)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnose::act::Handle;
    use crate::core::lang::Lang;

    fn action(target: &str, vendor: &str, warning: Option<Warning>) -> FixAction {
        FixAction {
            fix: FixId::DisconnectVpn,
            can_do: true,
            via: Some(Via::NetworkManager),
            target: Some(target.into()),
            warning,
            detail: None,
            handle: Handle {
                vendor: Some(vendor.into()),
                ..Handle::default()
            },
        }
    }

    #[test]
    fn the_button_names_the_vpn_and_the_connection() {
        let tr = Tr::contract();
        let a = action("wg-home", "WireGuard", None);
        assert_eq!(button(tr, &a), "Disconnect WireGuard (wg-home)");
        assert_eq!(
            button(tr, &action("Mullvad", "Mullvad", None)),
            "Disconnect Mullvad"
        );
        let before = before(
            tr,
            &action("wg-home", "WireGuard", Some(Warning::KillSwitch)),
        );
        assert!(before[0].contains("through NetworkManager"), "{before:?}");
        assert!(
            before[1].contains("kill switch of WireGuard is on"),
            "{before:?}"
        );
        let ru = Tr::get(Lang::Ru, Isolation::Off);
        assert_eq!(button(ru, &a), "Отключить WireGuard (wg-home)");
    }

    #[test]
    fn outcomes_in_words_and_the_json_shape() {
        let tr = Tr::contract();
        let a = action("wg-home", "WireGuard", None);
        let done = Outcome::of(&a, ActResult::Done, None);
        let item = outcome_item(tr, &done, "Disconnect WireGuard (wg-home)");
        assert_eq!(
            serde_json::to_value(&item).unwrap(),
            serde_json::json!({"fix":"disconnect_vpn","via":"networkmanager","target":"wg-home",
                "result":"done","detail":null})
        );
        let no = Outcome::of(&a, ActResult::Refused, Some(OutcomeWhy::NotPermitted));
        assert!(outcome(tr, &no, "").contains("does not let this user disconnect wg-home"));
    }
}
