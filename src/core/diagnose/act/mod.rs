//! Which named fixes blockwatch can carry out itself, how, and what the
//! user must be warned of first (issue 21): the diagnosis and what was
//! measured of the system's VPN control (NetworkManager's active
//! connections and the user's permission, a vendor's command line and its
//! kill switch, the router's reconnect) in, `diagnosis.actions` out.
//!
//! Pure: the shell (`adapters::vpnctl`, `adapters::router`) reads the
//! facts and carries an action out; the outcome comes back as a value.
//! Ids only; `present::act` words them.

pub mod clis;

use crate::core::diagnose::{Diagnosis, Facts, FixId};
use crate::core::local::router::Sharing;
use serde::{Deserialize, Serialize};

/// How an action is carried out (a contract: `actions[].via`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    #[serde(rename = "networkmanager")]
    NetworkManager,
    Mullvad,
    Tailscale,
    Nordvpn,
    Rasdial,
    Scutil,
    Upnp,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::NetworkManager => "networkmanager",
            Via::Mullvad => "mullvad",
            Via::Tailscale => "tailscale",
            Via::Nordvpn => "nordvpn",
            Via::Rasdial => "rasdial",
            Via::Scutil => "scutil",
            Via::Upnp => "upnp",
        }
    }
}

/// What the user must hear before the action (a contract: `actions[].warning`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    /// Disconnecting leaves no internet at all (lockdown mode, a kill switch).
    KillSwitch,
    /// A school's or company's VPN: it may be required.
    MandatoryVpn,
}

/// Why an action cannot be done, or what stands in its way (ids; worded
/// in `present::act`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// No tunnel carries the traffic (a proxy, WARP, a browser's VPN).
    NoTunnel,
    /// The tunnel is nobody's blockwatch can ask (wg-quick, a manual `ip`
    /// setup): it needs root.
    NeedsRoot,
    /// No NetworkManager on the system bus and no vendor program.
    NoController,
    /// NetworkManager has no active connection for the tunnel.
    NotManaged,
    /// polkit would ask for a password (it may still be tried, once).
    AsksPassword,
    /// polkit says no.
    NotPermitted,
    /// `[router] allow_reconnect` is off.
    ReconnectOff,
    /// The router's address is shared (or not known to be its own).
    AddressShared,
    /// The router offers no reconnect (or was not found).
    RouterCannot,
    /// This system has no way blockwatch uses (yet).
    Unsupported,
}

/// One fix and whether (and how) blockwatch can do it (`diagnosis.actions[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixAction {
    pub fix: FixId,
    pub can_do: bool,
    pub via: Option<Via>,
    /// NetworkManager's connection id, the vendor, the RAS entry, the
    /// macOS service, the router's name.
    pub target: Option<String>,
    pub warning: Option<Warning>,
    pub detail: Option<Why>,
    /// How to find it again (NetworkManager: the active connection's and
    /// the settings' object paths); not part of the contract.
    #[serde(default, skip_serializing_if = "Handle::is_empty")]
    pub handle: Handle,
}

/// What the shell needs to act on and to undo.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handle {
    pub active: Option<String>,
    pub settings: Option<String>,
    /// The router's control URL and service type.
    pub control_url: Option<String>,
    pub service_type: Option<String>,
    /// The VPN's name as detected ("WireGuard"), for the words after it is gone.
    pub vendor: Option<String>,
}

impl Handle {
    pub fn is_empty(&self) -> bool {
        *self == Handle::default()
    }
}

/// polkit's answer for `org.freedesktop.NetworkManager.network-control`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    Yes,
    Auth,
    No,
    #[default]
    Unknown,
}

impl Permission {
    pub fn parse(s: &str) -> Permission {
        match s {
            "yes" => Permission::Yes,
            "auth" => Permission::Auth,
            "no" => Permission::No,
            _ => Permission::Unknown,
        }
    }
}

/// One of NetworkManager's active connections.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NmActive {
    /// `Id`, the name the user gave it ("wg-home").
    pub id: String,
    /// `Type`: "vpn", "wireguard", "tun", "802-3-ethernet", ...
    pub kind: String,
    pub vpn: bool,
    /// The interfaces of its `Devices`.
    pub devices: Vec<String>,
    /// The active connection's object path.
    pub path: String,
    /// The settings' object path (`Connection`), to activate it again.
    pub settings: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NmFacts {
    pub permission: Permission,
    pub active: Vec<NmActive>,
    /// Settings connection ids (Proton's kill-switch connections show here).
    pub connections: Vec<String>,
}

/// A vendor's own command line, found on PATH, and what it said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VendorCli {
    pub via: Via,
    /// It reports a connection (Tailscale: an exit node in use).
    pub connected: bool,
    pub kill_switch: bool,
}

/// What the system offers to turn the VPN off (`adapters::vpnctl::read`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlFacts {
    /// `None`: no NetworkManager on the system bus (or not Linux).
    pub nm: Option<NmFacts>,
    pub vendors: Vec<VendorCli>,
    /// Windows: connected RAS entries (`rasdial`).
    pub ras: Vec<String>,
    /// macOS: connected services of `scutil --nc list` (their names).
    pub scutil: Vec<String>,
}

/// What the user allows in the configuration.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Allow {
    /// `[router] allow_reconnect`.
    pub reconnect: bool,
}

/// Proton VPN's connections that keep blocking after a disconnect.
const PROTON_KILL_SWITCH: [&str; 2] = ["pvpn-killswitch", "pvpn-ipv6leak-protection"];

/// Vendors of school and company VPNs: they may be required.
const CORPORATE: [&str; 4] = ["Cisco AnyConnect", "GlobalProtect", "FortiClient", "IPsec"];

/// NetworkManager VPN plugins of corporate gateways (the connection's type
/// is `vpn`; the plugin shows in its id only when the user kept the default
/// name, so this is a hint).
const CORPORATE_NM: [&str; 4] = ["openconnect", "anyconnect", "fortisslvpn", "vpnc"];

/// Every fix of the diagnosis that blockwatch could carry out, in the
/// diagnosis' order, with whether it can now.
pub fn plan(d: &Diagnosis, facts: &Facts, control: &ControlFacts, allow: Allow) -> Vec<FixAction> {
    d.fixes
        .iter()
        .filter_map(|f| match f {
            FixId::DisconnectVpn => {
                let mut a = disconnect(facts, control);
                a.handle.vendor = facts.vpn.vendor.clone();
                Some(a)
            }
            FixId::RestartRouter => Some(reconnect(facts, allow)),
            _ => None,
        })
        .collect()
}

/// The first action that can be done now.
pub fn first_doable(actions: &[FixAction]) -> Option<&FixAction> {
    actions.iter().find(|a| a.can_do)
}

fn cannot(fix: FixId, why: Why) -> FixAction {
    FixAction {
        fix,
        can_do: false,
        via: None,
        target: None,
        warning: None,
        detail: Some(why),
        handle: Handle::default(),
    }
}

fn disconnect(facts: &Facts, control: &ControlFacts) -> FixAction {
    let fix = FixId::DisconnectVpn;
    let Some(iface) = facts.vpn.interface.as_deref() else {
        return cannot(fix, Why::NoTunnel);
    };
    let vendor = facts.vpn.vendor.as_deref();
    let corporate = vendor.is_some_and(|v| CORPORATE.contains(&v));
    if let Some(a) = by_vendor(vendor, control) {
        return a;
    }
    if let Some(nm) = &control.nm {
        if let Some(a) = by_networkmanager(iface, nm, corporate) {
            return a;
        }
    }
    if let Some(name) = control.ras.iter().find(|n| n.eq_ignore_ascii_case(iface)) {
        return doable(fix, Via::Rasdial, name, corporate, false);
    }
    if let Some(name) = one_service(&control.scutil, vendor) {
        return doable(fix, Via::Scutil, name, corporate, false);
    }
    let why = if !control.ras.is_empty() || !control.scutil.is_empty() {
        Why::NotManaged
    } else if control.nm.is_some() || facts.vpn.vendor.as_deref() == Some("WireGuard") {
        // NetworkManager runs but does not own this tunnel, or nothing
        // manages a WireGuard one: wg-quick or a manual setup, which needs
        // root.
        Why::NeedsRoot
    } else {
        Why::NoController
    };
    let mut a = cannot(fix, why);
    a.warning = corporate.then_some(Warning::MandatoryVpn);
    a
}

fn doable(fix: FixId, via: Via, target: &str, corporate: bool, kill: bool) -> FixAction {
    FixAction {
        fix,
        can_do: true,
        via: Some(via),
        target: Some(target.to_string()),
        warning: warning(kill, corporate),
        detail: None,
        handle: Handle::default(),
    }
}

/// A kill switch matters most: the user is left with nothing.
fn warning(kill: bool, corporate: bool) -> Option<Warning> {
    if kill {
        Some(Warning::KillSwitch)
    } else if corporate {
        Some(Warning::MandatoryVpn)
    } else {
        None
    }
}

/// The vendor's own program, where it owns the tunnel and is on PATH.
fn by_vendor(vendor: Option<&str>, control: &ControlFacts) -> Option<FixAction> {
    let via = match vendor? {
        "Mullvad" => Via::Mullvad,
        "Tailscale" => Via::Tailscale,
        "NordVPN" => Via::Nordvpn,
        _ => return None,
    };
    let cli = control.vendors.iter().find(|c| c.via == via)?;
    // Tailscale changes the public address only through an exit node.
    if !cli.connected {
        return None;
    }
    Some(doable(
        FixId::DisconnectVpn,
        via,
        vendor?,
        false,
        cli.kill_switch,
    ))
}

fn by_networkmanager(iface: &str, nm: &NmFacts, corporate: bool) -> Option<FixAction> {
    let tunnel = |c: &&NmActive| {
        (c.vpn || matches!(c.kind.as_str(), "vpn" | "wireguard" | "tun")) && !is_kill_switch(&c.id)
    };
    let owner = nm
        .active
        .iter()
        .filter(tunnel)
        .find(|c| c.devices.iter().any(|d| d == iface))
        .or_else(|| {
            // A plugin VPN's Devices is the base link; its tunnel is the
            // one active VPN connection.
            let mut vpns = nm.active.iter().filter(|c| c.vpn).filter(tunnel);
            let one = vpns.next()?;
            vpns.next().is_none().then_some(one)
        })?;
    let kill = nm
        .active
        .iter()
        .map(|c| c.id.as_str())
        .chain(nm.connections.iter().map(String::as_str))
        .any(is_kill_switch);
    let id = owner.id.to_ascii_lowercase();
    let corporate = corporate || CORPORATE_NM.iter().any(|p| id.contains(p));
    let mut a = doable(
        FixId::DisconnectVpn,
        Via::NetworkManager,
        &owner.id,
        corporate,
        kill,
    );
    a.handle.active = Some(owner.path.clone());
    a.handle.settings = Some(owner.settings.clone());
    match nm.permission {
        Permission::Yes => {}
        Permission::Auth => a.detail = Some(Why::AsksPassword),
        Permission::No | Permission::Unknown => {
            a.can_do = false;
            a.detail = Some(Why::NotPermitted);
        }
    }
    Some(a)
}

fn is_kill_switch(id: &str) -> bool {
    PROTON_KILL_SWITCH.contains(&id)
}

/// The connected macOS service: the vendor's, else the only one.
fn one_service<'a>(services: &'a [String], vendor: Option<&str>) -> Option<&'a str> {
    if let Some(v) = vendor {
        let lower = v.to_ascii_lowercase();
        if let Some(s) = services
            .iter()
            .find(|s| s.to_ascii_lowercase().contains(&lower))
        {
            return Some(s);
        }
    }
    match services {
        [one] => Some(one),
        _ => None,
    }
}

fn reconnect(facts: &Facts, allow: Allow) -> FixAction {
    let fix = FixId::RestartRouter;
    let Some(r) = facts.router.as_ref().filter(|r| r.found) else {
        return cannot(fix, Why::RouterCannot);
    };
    let Some(service) = crate::core::local::router::reconnect_service(r) else {
        return cannot(fix, Why::RouterCannot);
    };
    if !allow.reconnect {
        return cannot(fix, Why::ReconnectOff);
    }
    if !matches!(crate::core::diagnose::sharing(facts), Sharing::Own { .. }) {
        return cannot(fix, Why::AddressShared);
    }
    let target = r
        .name
        .clone()
        .or_else(|| r.gateway.map(|g| g.to_string()))
        .unwrap_or_default();
    FixAction {
        fix,
        can_do: true,
        via: Some(Via::Upnp),
        target: Some(target),
        warning: None,
        detail: None,
        handle: Handle {
            control_url: Some(service.control_url.clone()),
            service_type: Some(service.service_type.clone()),
            ..Handle::default()
        },
    }
}

/// The result of carrying an action out (a contract: `action.result`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActResult {
    Done,
    /// The system (polkit, the vendor's program) or the user said no.
    Refused,
    Failed,
    /// The fix cannot be carried out here (nothing can, or the router
    /// refuses the action itself: miniupnpd's 606).
    NotPossible,
}

/// Why an action ended as it did (ids; worded in `present::act`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeWhy {
    /// Nothing in the diagnosis that blockwatch can do.
    NothingToDo,
    /// The user answered no at the prompt.
    UserDeclined,
    /// Not asked: no terminal and no `--yes`.
    NotConfirmed,
    NotPermitted,
    /// The password prompt was declined or failed.
    AuthFailed,
    /// The program or the bus answered with an error.
    Error,
    /// The router refused the reconnect (UPnP error 606 and the like).
    RouterRefused,
    /// The router came back with the same address.
    SameAddress,
    /// The link did not come back in time.
    NoLinkBack,
    /// Offline: nothing is done.
    Offline,
    /// The cannot-do reason of the planned action.
    Cannot(Why),
}

impl Why {
    pub fn id(self) -> &'static str {
        match self {
            Why::NoTunnel => "no_tunnel",
            Why::NeedsRoot => "needs_root",
            Why::NoController => "no_controller",
            Why::NotManaged => "not_managed",
            Why::AsksPassword => "asks_password",
            Why::NotPermitted => "not_permitted",
            Why::ReconnectOff => "reconnect_off",
            Why::AddressShared => "address_shared",
            Why::RouterCannot => "router_cannot",
            Why::Unsupported => "unsupported",
        }
    }
}

impl OutcomeWhy {
    /// The id in events and the history.
    pub fn id(self) -> &'static str {
        match self {
            OutcomeWhy::NothingToDo => "nothing_to_do",
            OutcomeWhy::UserDeclined => "user_declined",
            OutcomeWhy::NotConfirmed => "not_confirmed",
            OutcomeWhy::NotPermitted => "not_permitted",
            OutcomeWhy::AuthFailed => "auth_failed",
            OutcomeWhy::Error => "error",
            OutcomeWhy::RouterRefused => "router_refused",
            OutcomeWhy::SameAddress => "same_address",
            OutcomeWhy::NoLinkBack => "no_link_back",
            OutcomeWhy::Offline => "offline",
            OutcomeWhy::Cannot(w) => w.id(),
        }
    }
}

/// What happened to one action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub fix: FixId,
    pub via: Option<Via>,
    pub target: Option<String>,
    pub result: ActResult,
    pub detail: Option<OutcomeWhy>,
    /// After a router's reconnect: the public IPv4 address it came back with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<std::net::IpAddr>,
}

impl Outcome {
    pub fn of(a: &FixAction, result: ActResult, detail: Option<OutcomeWhy>) -> Outcome {
        Outcome {
            fix: a.fix,
            via: a.via,
            target: a.target.clone(),
            result,
            detail,
            address: None,
        }
    }

    /// An action that cannot be done, as its outcome.
    pub fn impossible(a: &FixAction) -> Outcome {
        let detail = a.detail.map(OutcomeWhy::Cannot);
        let result = match a.detail {
            Some(Why::NotPermitted) => ActResult::Refused,
            _ => ActResult::NotPossible,
        };
        Outcome::of(a, result, detail)
    }
}

#[cfg(test)]
mod tests;
