//! Tests of `core::diagnose::act`: which fix can be done, how, with which warning.

use super::*;
use crate::core::diagnose::{diagnose, Cause};
use crate::core::local::router::{RouterFacts, WanService};
use crate::core::local::vpn::VpnFacts;
use crate::core::site::verdict::{Verdict, VerdictKind};

fn blocked() -> Verdict {
    let mut v = Verdict::new(VerdictKind::Blocked);
    v.http_status = Some(403);
    v
}

fn on_vpn(iface: &str, vendor: &str) -> Facts {
    Facts {
        host: "chatgpt.com".into(),
        vpn: VpnFacts {
            active: true,
            interface: Some(iface.into()),
            vendor: Some(vendor.into()),
            route_interface: Some(iface.into()),
            ..Default::default()
        },
        has_route: Some(true),
        ..Default::default()
    }
}

fn nm(permission: Permission, active: Vec<NmActive>) -> ControlFacts {
    ControlFacts {
        nm: Some(NmFacts {
            permission,
            active,
            connections: vec![],
        }),
        ..Default::default()
    }
}

fn conn(id: &str, kind: &str, vpn: bool, devices: &[&str]) -> NmActive {
    NmActive {
        id: id.into(),
        kind: kind.into(),
        vpn,
        devices: devices.iter().map(|d| d.to_string()).collect(),
        path: format!("/org/freedesktop/NetworkManager/ActiveConnection/{id}"),
        settings: format!("/org/freedesktop/NetworkManager/Settings/{id}"),
    }
}

fn actions(facts: &Facts, control: &ControlFacts, allow: Allow) -> Vec<FixAction> {
    let d = diagnose(&blocked(), facts, false);
    plan(&d, facts, control, allow)
}

#[test]
fn networkmanager_owns_the_wireguard_device() {
    let f = on_vpn("wg0", "WireGuard");
    let c = nm(
        Permission::Yes,
        vec![
            conn("Wired", "802-3-ethernet", false, &["eth0"]),
            conn("wg-home", "wireguard", false, &["wg0"]),
        ],
    );
    let a = actions(&f, &c, Allow::default());
    assert_eq!(a.len(), 1, "switch_vpn_server is not an action: {a:?}");
    let a = &a[0];
    assert_eq!(a.fix, FixId::DisconnectVpn);
    assert!(a.can_do);
    assert_eq!(a.via, Some(Via::NetworkManager));
    assert_eq!(a.target.as_deref(), Some("wg-home"));
    assert_eq!(a.warning, None);
    assert_eq!(a.detail, None);
    assert_eq!(
        a.handle.settings.as_deref(),
        Some("/org/freedesktop/NetworkManager/Settings/wg-home")
    );
    assert_eq!(first_doable(std::slice::from_ref(a)), Some(a));
}

#[test]
fn a_plugin_vpn_is_found_by_its_type_and_the_permission_decides() {
    // OpenVPN through NetworkManager: Devices is the base link, the tunnel tun0.
    let f = on_vpn("tun0", "OpenVPN");
    let active = vec![
        conn("Wired", "802-3-ethernet", false, &["eth0"]),
        conn("work", "vpn", true, &["eth0"]),
    ];
    let a = &actions(&f, &nm(Permission::Auth, active.clone()), Allow::default())[0];
    assert!(a.can_do, "auth: the user may type a password: {a:?}");
    assert_eq!(a.detail, Some(Why::AsksPassword));
    assert_eq!(a.target.as_deref(), Some("work"));
    let a = &actions(&f, &nm(Permission::No, active), Allow::default())[0];
    assert!(!a.can_do);
    assert_eq!(a.via, Some(Via::NetworkManager));
    assert_eq!(a.detail, Some(Why::NotPermitted));
    assert_eq!(Outcome::impossible(a).result, ActResult::Refused);
}

#[test]
fn proton_kill_switch_connection_warns() {
    let f = on_vpn("proton0", "Proton VPN");
    let c = nm(
        Permission::Yes,
        vec![
            conn("pvpn-killswitch", "dummy", false, &["pvpnksintrf0"]),
            conn("ProtonVPN NL#1", "wireguard", false, &["proton0"]),
        ],
    );
    let a = &actions(&f, &c, Allow::default())[0];
    assert!(a.can_do);
    assert_eq!(a.target.as_deref(), Some("ProtonVPN NL#1"));
    assert_eq!(a.warning, Some(Warning::KillSwitch));
    // Listed in the settings but not active yet: still a warning.
    let mut c = nm(
        Permission::Yes,
        vec![conn("ProtonVPN NL#1", "wireguard", false, &["proton0"])],
    );
    c.nm.as_mut().unwrap().connections = vec!["pvpn-ipv6leak-protection".into()];
    assert_eq!(
        actions(&f, &c, Allow::default())[0].warning,
        Some(Warning::KillSwitch)
    );
}

#[test]
fn wg_quick_and_no_controller_get_no_button() {
    let f = on_vpn("wg0", "WireGuard");
    let c = nm(
        Permission::Yes,
        vec![conn("Wired", "802-3-ethernet", false, &["eth0"])],
    );
    let a = &actions(&f, &c, Allow::default())[0];
    assert!(!a.can_do);
    assert_eq!(a.via, None);
    assert_eq!(a.detail, Some(Why::NeedsRoot));
    let a = &actions(&f, &ControlFacts::default(), Allow::default())[0];
    assert_eq!(a.detail, Some(Why::NeedsRoot));
    let a = &actions(
        &on_vpn("tun0", "OpenVPN"),
        &ControlFacts::default(),
        Allow::default(),
    )[0];
    assert_eq!(a.detail, Some(Why::NoController));
    assert_eq!(Outcome::impossible(a).result, ActResult::NotPossible);
}

#[test]
fn the_vendor_program_comes_first_and_reports_its_kill_switch() {
    let f = on_vpn("wg0-mullvad", "Mullvad");
    let mut c = nm(
        Permission::Yes,
        vec![conn("wg0-mullvad", "wireguard", false, &["wg0-mullvad"])],
    );
    c.vendors = vec![VendorCli {
        via: Via::Mullvad,
        connected: true,
        kill_switch: true,
    }];
    let a = &actions(&f, &c, Allow::default())[0];
    assert_eq!(a.via, Some(Via::Mullvad));
    assert_eq!(a.target.as_deref(), Some("Mullvad"));
    assert_eq!(a.warning, Some(Warning::KillSwitch));
    // Tailscale without an exit node: its program cannot change the address.
    let f = on_vpn("tailscale0", "Tailscale");
    let c = ControlFacts {
        vendors: vec![VendorCli {
            via: Via::Tailscale,
            connected: false,
            kill_switch: false,
        }],
        ..Default::default()
    };
    assert!(!actions(&f, &c, Allow::default())[0].can_do);
}

#[test]
fn corporate_vpns_warn_that_they_may_be_required() {
    let f = on_vpn("cscotun0", "Cisco AnyConnect");
    let c = nm(
        Permission::Yes,
        vec![conn("Company", "vpn", true, &["eth0"])],
    );
    let a = &actions(&f, &c, Allow::default())[0];
    assert!(a.can_do);
    assert_eq!(a.warning, Some(Warning::MandatoryVpn));
}

#[test]
fn windows_and_macos_built_in_vpns() {
    let f = on_vpn("Office VPN", "");
    let c = ControlFacts {
        ras: vec!["Office VPN".into()],
        ..Default::default()
    };
    let a = &actions(&f, &c, Allow::default())[0];
    assert_eq!((a.can_do, a.via), (true, Some(Via::Rasdial)));
    assert_eq!(a.target.as_deref(), Some("Office VPN"));
    let f = on_vpn("utun4", "WireGuard");
    let c = ControlFacts {
        scutil: vec!["Home (WireGuard)".into(), "Other".into()],
        ..Default::default()
    };
    let a = &actions(&f, &c, Allow::default())[0];
    assert_eq!((a.can_do, a.via), (true, Some(Via::Scutil)));
    assert_eq!(a.target.as_deref(), Some("Home (WireGuard)"));
}

fn home_blocked(wan: &str, public: &str) -> Facts {
    Facts {
        host: "chatgpt.com".into(),
        echo_v4: Some(public.parse().unwrap()),
        has_route: Some(true),
        router: Some(RouterFacts {
            found: true,
            wan_address: Some(wan.parse().unwrap()),
            name: Some("FRITZ!Box 7590".into()),
            wan_service: Some(WanService {
                service_type: "urn:schemas-upnp-org:service:WANIPConnection:1".into(),
                control_url: "http://192.168.178.1:49000/igdupnp/control/WANIPConn1".into(),
                force_termination: true,
            }),
            gateway: Some("192.168.178.1".parse().unwrap()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[test]
fn router_reconnect_only_when_allowed_and_the_address_is_its_own() {
    let on = Allow { reconnect: true };
    let f = home_blocked("93.184.1.2", "93.184.1.2");
    assert_eq!(
        diagnose(&blocked(), &f, false).cause,
        Cause::PublicIpBlocked
    );
    let a = &actions(&f, &ControlFacts::default(), on)[0];
    assert_eq!(a.fix, FixId::RestartRouter);
    assert!(a.can_do);
    assert_eq!(a.via, Some(Via::Upnp));
    assert_eq!(a.target.as_deref(), Some("FRITZ!Box 7590"));
    assert!(a
        .handle
        .control_url
        .as_deref()
        .unwrap()
        .ends_with("WANIPConn1"));

    let off = &actions(&f, &ControlFacts::default(), Allow::default())[0];
    assert!(!off.can_do);
    assert_eq!(off.detail, Some(Why::ReconnectOff));

    // Carrier-grade NAT: the diagnosis drops the restart, so nothing is offered.
    let shared = home_blocked("100.64.5.6", "93.184.1.2");
    assert!(actions(&shared, &ControlFacts::default(), on)
        .iter()
        .all(|a| a.fix != FixId::RestartRouter || !a.can_do));

    let mut no_ft = f.clone();
    no_ft
        .router
        .as_mut()
        .unwrap()
        .wan_service
        .as_mut()
        .unwrap()
        .force_termination = false;
    let a = &actions(&no_ft, &ControlFacts::default(), on)[0];
    assert_eq!((a.can_do, a.detail), (false, Some(Why::RouterCannot)));

    // Unknown sharing (nothing to compare with) is not "its own".
    let mut unknown = f.clone();
    unknown.echo_v4 = None;
    let a = &actions(&unknown, &ControlFacts::default(), on)[0];
    assert_eq!((a.can_do, a.detail), (false, Some(Why::AddressShared)));
}

#[test]
fn the_contract_names() {
    let a = FixAction {
        fix: FixId::DisconnectVpn,
        can_do: true,
        via: Some(Via::NetworkManager),
        target: Some("wg-home".into()),
        warning: Some(Warning::KillSwitch),
        detail: None,
        handle: Handle::default(),
    };
    assert_eq!(
        serde_json::to_value(&a).unwrap(),
        serde_json::json!({"fix":"disconnect_vpn","can_do":true,"via":"networkmanager",
            "target":"wg-home","warning":"kill_switch","detail":null})
    );
    for v in [
        Via::NetworkManager,
        Via::Mullvad,
        Via::Tailscale,
        Via::Nordvpn,
        Via::Rasdial,
        Via::Scutil,
        Via::Upnp,
    ] {
        assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
    }
    assert_eq!(
        serde_json::to_value(Warning::MandatoryVpn).unwrap(),
        "mandatory_vpn"
    );
    assert_eq!(
        serde_json::to_value(ActResult::NotPossible).unwrap(),
        "not_possible"
    );
}
