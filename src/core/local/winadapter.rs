//! Windows network adapters as `GetAdaptersAddresses` reports them, turned
//! into the interface facts the VPN rules use. Windows names adapters for
//! people ("Ethernet 3", "NordLynx") and describes the driver ("TAP-NordVPN
//! Windows Adapter V9"); the interface type alone is not enough (TAP reports
//! Ethernet) and many VPN adapters exist while their VPN is off, so only an
//! adapter that is up, addressed and carrying the route counts (`vpn::assess`).

use crate::core::local::vpn::{LinkType, NetInterface};
use crate::core::names::dns::Resolver;
use std::net::{IpAddr, Ipv6Addr};

/// One adapter, as read from the OS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdapterRow {
    pub friendly_name: String,
    pub description: String,
    /// IANA ifType (`IfType`).
    pub if_type: u32,
    /// `OperStatus == IfOperStatusUp`: a disconnected TAP adapter reports
    /// "media disconnected", an idle Wintun adapter is down.
    pub oper_up: bool,
    pub addrs: Vec<IpAddr>,
}

/// One adapter's name servers, as read from the OS (`FirstDnsServerAddress`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdapterDns {
    pub friendly_name: String,
    pub if_type: u32,
    pub oper_up: bool,
    pub servers: Vec<IpAddr>,
}

/// The name servers Windows asks: those of the adapters that are up and not
/// loopback, in the OS's adapter order (its preference), each once. The
/// deprecated site-local addresses Windows lists on an adapter without an
/// IPv6 server (`fec0:0:0:ffff::1` to `::3`) are placeholders, not servers.
pub fn resolvers(adapters: &[AdapterDns]) -> Vec<Resolver> {
    let placeholder = |a: &IpAddr| matches!(a, IpAddr::V6(v6) if (1..=3).any(|n| *v6 == Ipv6Addr::new(0xfec0, 0, 0, 0xffff, 0, 0, 0, n)));
    let mut out: Vec<Resolver> = Vec::new();
    for a in adapters {
        if !a.oper_up || a.if_type == IF_TYPE_SOFTWARE_LOOPBACK {
            continue;
        }
        for addr in &a.servers {
            if placeholder(addr) || addr.is_unspecified() || out.iter().any(|r| r.addr == *addr) {
                continue;
            }
            out.push(Resolver {
                addr: *addr,
                link: Some(a.friendly_name.clone()),
            });
        }
    }
    out
}

const IF_TYPE_ETHERNET_CSMACD: u32 = 6;
const IF_TYPE_PPP: u32 = 23;
const IF_TYPE_SOFTWARE_LOOPBACK: u32 = 24;
const IF_TYPE_PROP_VIRTUAL: u32 = 53;
const IF_TYPE_TUNNEL: u32 = 131;

/// Windows' own IPv6 transition tunnels: IfType 131, never a VPN.
const SYSTEM_TUNNELS: [&str; 4] = ["teredo", "6to4", "isatap", "ip-https"];

pub fn link_type(if_type: u32, description: &str) -> LinkType {
    let d = description.to_ascii_lowercase();
    match if_type {
        IF_TYPE_SOFTWARE_LOOPBACK => LinkType::Loopback,
        IF_TYPE_PROP_VIRTUAL | IF_TYPE_TUNNEL if SYSTEM_TUNNELS.iter().any(|s| d.contains(s)) => {
            LinkType::Other
        }
        IF_TYPE_PROP_VIRTUAL | IF_TYPE_TUNNEL => LinkType::Tunnel,
        IF_TYPE_PPP => LinkType::Ppp,
        IF_TYPE_ETHERNET_CSMACD if d.starts_with("tap") || d.contains(" tap") => LinkType::Tap,
        IF_TYPE_ETHERNET_CSMACD => LinkType::Ethernet,
        _ => LinkType::Other,
    }
}

pub fn interface(row: AdapterRow) -> NetInterface {
    NetInterface {
        link: link_type(row.if_type, &row.description),
        name: row.friendly_name,
        addrs: row.addrs,
        up: row.oper_up,
        point_to_point: false,
        wireguard: false,
        description: Some(row.description).filter(|d| !d.is_empty()),
        vpn_service: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::local::vpn::{assess, RouteUse};

    /// Adapters as `Get-NetAdapter` / `GetAdaptersAddresses` name them
    /// (friendly name, description, ifType), per VPN client.
    const ADAPTERS: &[(&str, &str, u32, &str)] = &[
        ("NordLynx", "NordLynx Tunnel", 53, "NordVPN"),
        ("Ethernet 3", "TAP-NordVPN Windows Adapter V9", 6, "NordVPN"),
        ("Ethernet 4", "TAP-Windows Adapter V9", 6, "OpenVPN"),
        ("OpenVPN Wintun", "Wintun Userspace Tunnel", 53, "OpenVPN"),
        (
            "OpenVPN Data Channel Offload",
            "OpenVPN Data Channel Offload",
            53,
            "OpenVPN",
        ),
        ("wg-home", "WireGuard Tunnel", 53, "WireGuard"),
        (
            "CloudflareWARP",
            "Cloudflare WARP Interface Tunnel",
            53,
            "Cloudflare WARP",
        ),
        (
            "Ethernet 5",
            "Private Internet Access Network Adapter",
            6,
            "Private Internet Access",
        ),
        ("wgpia0", "WireGuard Tunnel", 53, "Private Internet Access"),
        (
            "WindscribeWireguard",
            "Windscribe Windtun420",
            53,
            "Windscribe",
        ),
        ("Windscribe VPN", "Windscribe VPN", 53, "Windscribe"),
        ("Windscribe IKEv2", "Windscribe IKEv2", 131, "Windscribe"),
        ("Ethernet 6", "TunnelBear Adapter V9", 6, "TunnelBear"),
        ("ProtonVPN TUN", "ProtonVPN Tunnel", 53, "Proton VPN"),
        (
            "Ethernet 7",
            "TAP-ProtonVPN Windows Adapter V9",
            6,
            "Proton VPN",
        ),
        ("Mullvad", "Mullvad Tunnel", 53, "Mullvad"),
        (
            "Ethernet 8",
            "TAP-Surfshark Windows Adapter V9",
            6,
            "Surfshark",
        ),
        (
            "Surfshark WireGuard",
            "Wintun Userspace Tunnel",
            53,
            "Surfshark",
        ),
        ("Ethernet 9", "ExpressVPN TAP Adapter", 6, "ExpressVPN"),
        (
            "Local Area Connection",
            "ExpressVPN TUN Driver",
            53,
            "ExpressVPN",
        ),
        ("Lightway", "ExpressVPN Lightway", 53, "ExpressVPN"),
        ("Tailscale", "Tailscale Tunnel", 53, "Tailscale"),
    ];

    /// Adapters every Windows machine may have, none of them a VPN.
    const PLAIN: &[(&str, &str, u32)] = &[
        ("Ethernet", "Intel(R) Ethernet Connection (7) I219-V", 6),
        ("Wi-Fi", "Intel(R) Wi-Fi 6 AX201 160MHz", 71),
        ("vEthernet (WSL)", "Hyper-V Virtual Ethernet Adapter", 6),
        (
            "Loopback Pseudo-Interface 1",
            "Software Loopback Interface 1",
            24,
        ),
        (
            "Teredo Tunneling Pseudo-Interface",
            "Microsoft Teredo Tunneling Adapter",
            131,
        ),
        (
            "Bluetooth Network Connection",
            "Bluetooth Device (Personal Area Network)",
            6,
        ),
    ];

    fn row(name: &str, desc: &str, if_type: u32, up: bool, addr: &str) -> AdapterRow {
        AdapterRow {
            friendly_name: name.into(),
            description: desc.into(),
            if_type,
            oper_up: up,
            addrs: vec![addr.parse().unwrap()],
        }
    }

    fn route(via: &str, source: &str) -> RouteUse {
        RouteUse {
            target: "104.18.32.47".parse().unwrap(),
            source: source.parse().unwrap(),
            interface: Some(via.into()),
        }
    }

    fn lan() -> NetInterface {
        interface(row(
            "Wi-Fi",
            "Intel(R) Wi-Fi 6 AX201 160MHz",
            71,
            true,
            "192.168.1.20",
        ))
    }

    #[test]
    fn every_listed_adapter_counts_when_it_carries_the_route() {
        for &(name, desc, if_type, vendor) in ADAPTERS {
            let vpn = interface(row(name, desc, if_type, true, "10.5.0.2"));
            let f = assess(&[route(name, "10.5.0.2")], &[lan(), vpn], &[], false);
            assert!(f.active, "{name} / {desc}");
            assert_eq!(f.interface.as_deref(), Some(name));
            assert_eq!(f.vendor.as_deref(), Some(vendor), "{name} / {desc}");
        }
    }

    #[test]
    fn a_vpn_adapter_present_while_the_vpn_is_off_does_not_count() {
        for &(name, desc, if_type, _) in ADAPTERS {
            // Off: down (TAP "media disconnected", Wintun idle), still listed.
            let off = interface(row(name, desc, if_type, false, "169.254.12.7"));
            let f = assess(&[route("Wi-Fi", "192.168.1.20")], &[lan(), off], &[], false);
            assert!(!f.active, "{name}");
            assert!(f.unused_tunnels.is_empty(), "{name}");
            // Up and addressed but the route goes elsewhere (split tunnel):
            // reported, not counted.
            let idle = interface(row(name, desc, if_type, true, "10.5.0.2"));
            let f = assess(
                &[route("Wi-Fi", "192.168.1.20")],
                &[lan(), idle],
                &[],
                false,
            );
            assert!(!f.active, "{name}");
            assert_eq!(f.unused_tunnels.len(), 1, "{name}");
        }
    }

    #[test]
    fn ordinary_adapters_are_not_tunnels() {
        for &(name, desc, if_type) in PLAIN {
            let i = interface(row(name, desc, if_type, true, "192.168.1.20"));
            let f = assess(&[route(name, "192.168.1.20")], &[i], &[], false);
            assert!(!f.active, "{name} / {desc}");
            assert!(f.unused_tunnels.is_empty(), "{name}");
        }
    }

    #[test]
    fn link_types_from_if_type_and_driver() {
        assert_eq!(link_type(6, "TAP-Windows Adapter V9"), LinkType::Tap);
        assert_eq!(
            link_type(6, "Realtek PCIe GbE Family Controller"),
            LinkType::Ethernet
        );
        assert_eq!(
            link_type(53, "Cloudflare WARP Interface Tunnel"),
            LinkType::Tunnel
        );
        assert_eq!(
            link_type(131, "Microsoft IP-HTTPS Platform Adapter"),
            LinkType::Other
        );
        assert_eq!(link_type(23, "WAN Miniport (PPTP)"), LinkType::Ppp);
        assert_eq!(
            link_type(24, "Software Loopback Interface 1"),
            LinkType::Loopback
        );
    }

    #[test]
    fn an_unknown_tunnel_is_named_by_the_one_client_running() {
        let t = interface(row(
            "Ethernet 2",
            "Wintun Userspace Tunnel",
            53,
            true,
            "10.8.0.6",
        ));
        let f = assess(
            &[route("Ethernet 2", "10.8.0.6")],
            &[lan(), t],
            &["SurfsharkService.exe".into(), "surfshark.exe".into()],
            false,
        );
        assert!(f.active);
        assert_eq!(f.vendor.as_deref(), Some("Surfshark"));
    }

    #[test]
    fn name_servers_of_adapters_that_are_up() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let row = |name: &str, if_type, up, servers: &[&str]| AdapterDns {
            friendly_name: name.into(),
            if_type,
            oper_up: up,
            servers: servers.iter().map(|s| ip(s)).collect(),
        };
        let found = resolvers(&[
            row(
                "Wi-Fi",
                71,
                true,
                &[
                    "192.168.1.2",
                    "fec0:0:0:ffff::1",
                    "fec0:0:0:ffff::2",
                    "fec0:0:0:ffff::3",
                ],
            ),
            // A disconnected VPN adapter keeps its servers: not asked.
            row("NordLynx", 53, false, &["103.86.96.100"]),
            row("Loopback Pseudo-Interface 1", 24, true, &["::1"]),
            row(
                "Ethernet",
                6,
                true,
                &["192.168.1.2", "2001:db8::53", "0.0.0.0"],
            ),
        ]);
        let got: Vec<(String, Option<String>)> = found
            .iter()
            .map(|r| (r.addr.to_string(), r.link.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("192.168.1.2".to_string(), Some("Wi-Fi".to_string())),
                ("2001:db8::53".to_string(), Some("Ethernet".to_string())),
            ]
        );
        // A site-local address that is not one of the three placeholders is a server.
        let other = resolvers(&[row("Ethernet", 6, true, &["fec0:0:0:ffff::4"])]);
        assert_eq!(other.len(), 1);
    }
}
