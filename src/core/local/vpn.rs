//! VPN rules: which interface is a tunnel, whose it is, and whether the
//! traffic to the target actually goes through it.
//!
//! The deciding fact is the route the kernel picks for the target's address;
//! a tunnel that exists but does not carry that route is reported, not
//! counted. Process names and `warp=on` are supporting evidence.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// The link kind as the OS reports it (on Linux, sysfs `type`, `tun_flags`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkType {
    Ethernet,
    Loopback,
    /// No link layer: tun devices, WireGuard (`ARPHRD_NONE`).
    Tunnel,
    Tap,
    Ppp,
    Other,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetInterface {
    pub name: String,
    pub addrs: Vec<IpAddr>,
    pub up: bool,
    pub point_to_point: bool,
    pub link: LinkType,
    /// The kernel driver says WireGuard (Linux `DEVTYPE=wireguard`).
    pub wireguard: bool,
    /// Windows: the adapter's description ("TAP-NordVPN Windows Adapter V9");
    /// `name` is then its friendly name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// macOS: the system VPN service connected through this interface (from
    /// `scutil --nc`), as its vendor when known, else the service's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_service: Option<String>,
}

/// The route the kernel picks for one of the target's addresses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteUse {
    pub target: IpAddr,
    /// The source address chosen for it.
    pub source: IpAddr,
    /// The interface holding that address.
    pub interface: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tunnel {
    pub interface: String,
    pub vendor: Option<String>,
}

/// What is known about VPNs. `active` means the target's traffic goes
/// through one (its route uses a tunnel, or the site reports WARP).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VpnFacts {
    pub active: bool,
    pub interface: Option<String>,
    pub vendor: Option<String>,
    /// The interface carrying the route to the target, tunnel or not.
    pub route_interface: Option<String>,
    pub warp: bool,
    /// Tunnels that are up but do not carry the target's route.
    pub unused_tunnels: Vec<Tunnel>,
    /// VPN software seen running (vendor names).
    pub processes: Vec<String>,
    /// The route to the target's IPv4 address goes through a tunnel while
    /// the IPv6 one goes out natively: the site sees the real address on
    /// IPv6 (an "IPv6 leak").
    #[serde(default)]
    pub leaks_ipv6: bool,
}

impl VpnFacts {
    /// Same VPN situation as far as the user is concerned (for change events).
    pub fn same_state(&self, other: &VpnFacts) -> bool {
        self.active == other.active
            && self.interface == other.interface
            && self.vendor == other.vendor
    }
}

/// A known VPN interface name; `Some(None)` is a tunnel of unknown vendor.
pub fn vendor_by_name(name: &str) -> Option<Option<&'static str>> {
    let n = name.to_ascii_lowercase();
    const EXACT: [(&str, &str); 4] = [
        ("wg0-mullvad", "Mullvad"),
        ("nordlynx", "NordVPN"),
        ("nordtun", "NordVPN"),
        ("cloudflarewarp", "Cloudflare WARP"),
    ];
    // (prefix, vendor, anything may follow); otherwise only a number or a
    // separator may follow, so that "tunl0" (the ipip fallback) is no VPN.
    const PREFIX: [(&str, Option<&str>, bool); 15] = [
        ("proton", Some("Proton VPN"), true),
        ("pvpn", Some("Proton VPN"), true),
        ("tailscale", Some("Tailscale"), true),
        ("cscotun", Some("Cisco AnyConnect"), true),
        ("gpd", Some("GlobalProtect"), false),
        ("wgpia", Some("Private Internet Access"), false),
        ("wg", Some("WireGuard"), false),
        ("ipsec", Some("IPsec"), true),
        ("vti", Some("IPsec"), false),
        ("utun", None, false),
        ("tun", None, false),
        ("tap", None, false),
        ("ppp", None, false),
        ("vpn", None, false),
        ("zt", Some("ZeroTier"), true),
    ];
    // Windows adapters carry descriptive names (friendly name or
    // description). Vendors first: their adapters often also say "TAP",
    // "WireGuard" or "Wintun".
    const CONTAINS: [(&str, &str); 18] = [
        ("mullvad", "Mullvad"),
        ("nordlynx", "NordVPN"),
        ("nordvpn", "NordVPN"),
        ("expressvpn", "ExpressVPN"),
        ("lightway", "ExpressVPN"),
        ("surfshark", "Surfshark"),
        ("protonvpn", "Proton VPN"),
        ("private internet access", "Private Internet Access"),
        ("cloudflare warp", "Cloudflare WARP"),
        ("windscribe", "Windscribe"),
        ("tunnelbear", "TunnelBear"),
        ("tailscale", "Tailscale"),
        ("anyconnect", "Cisco AnyConnect"),
        ("pangp", "GlobalProtect"),
        ("forti", "FortiClient"),
        ("openvpn", "OpenVPN"),
        ("tap-windows", "OpenVPN"),
        ("wireguard", "WireGuard"),
    ];
    if let Some((_, v)) = EXACT.iter().find(|(e, _)| n == *e) {
        return Some(Some(v));
    }
    if let Some((_, v)) = CONTAINS.iter().find(|(c, _)| n.contains(c)) {
        return Some(Some(v));
    }
    PREFIX
        .iter()
        .find(|(p, _, any)| {
            n.strip_prefix(p).is_some_and(|rest| {
                if *p == "zt" {
                    // ZeroTier: "zt" and a 8-10 character network hash.
                    return (8..=10).contains(&rest.len())
                        && rest.chars().all(|c| c.is_ascii_alphanumeric());
                }
                *any || rest.is_empty()
                    || rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '_')
            })
        })
        .map(|(_, v, _)| *v)
}

/// A Windows adapter description that says VPN: a known vendor, or a driver
/// many clients share (`Some(None)`: a tunnel of unknown vendor).
pub fn vendor_by_description(description: &str) -> Option<Option<&'static str>> {
    const SHARED_DRIVERS: [&str; 5] = ["wintun", "tap-", "tap adapter", "tun driver", "vpn"];
    let d = description.to_ascii_lowercase();
    match vendor_by_name(description) {
        Some(Some(v)) => Some(Some(v)),
        _ if SHARED_DRIVERS.iter().any(|s| d.contains(s)) => Some(None),
        _ => None,
    }
}

/// A VPN client by process name (Linux truncates names to 15 bytes; the
/// `.exe` of Windows is ignored).
pub fn vendor_by_process(name: &str) -> Option<&'static str> {
    const PROCS: [(&str, &str); 36] = [
        ("openvpn", "OpenVPN"),
        ("openvpnserv", "OpenVPN"),
        ("openvpn-gui", "OpenVPN"),
        ("wireguard", "WireGuard"),
        ("wireguard-go", "WireGuard"),
        ("nordvpnd", "NordVPN"),
        ("nordvpn", "NordVPN"),
        ("nordvpn-service", "NordVPN"),
        ("mullvad-daemon", "Mullvad"),
        ("mullvad-vpn", "Mullvad"),
        ("warp-svc", "Cloudflare WARP"),
        ("expressvpnd", "ExpressVPN"),
        ("expressvpn", "ExpressVPN"),
        ("expressvpn-daemon", "ExpressVPN"),
        ("expressvpnservice", "ExpressVPN"),
        ("protonvpn", "Proton VPN"),
        ("protonvpn-app", "Proton VPN"),
        ("protonvpnservice", "Proton VPN"),
        ("protonvpn.wireguardservice", "Proton VPN"),
        ("vpnagentd", "Cisco AnyConnect"),
        ("vpnagent", "Cisco AnyConnect"),
        ("pangps", "GlobalProtect"),
        ("pangpa", "GlobalProtect"),
        ("openconnect", "OpenConnect"),
        ("tailscaled", "Tailscale"),
        ("surfshark", "Surfshark"),
        ("surfsharkd", "Surfshark"),
        ("pia-daemon", "Private Internet Access"),
        ("pia-service", "Private Internet Access"),
        ("windscribe", "Windscribe"),
        ("windscribeservice", "Windscribe"),
        ("charon", "strongSwan"),
        ("charon-systemd", "strongSwan"),
        ("zerotier-one", "ZeroTier"),
        ("openfortivpn", "FortiClient"),
        ("ivpn-service", "IVPN"),
    ];
    let lower = name.to_ascii_lowercase();
    let n = lower.strip_suffix(".exe").unwrap_or(&lower);
    PROCS
        .iter()
        .find(|(p, _)| *p == n || (n.len() == 15 && p.starts_with(n)))
        .map(|(_, v)| *v)
}

/// The interface is a tunnel by its kind or by a known VPN name.
pub fn is_tunnel(iface: &NetInterface) -> bool {
    matches!(iface.link, LinkType::Tunnel | LinkType::Tap | LinkType::Ppp)
        || iface.point_to_point
        || iface.wireguard
        || iface.vpn_service.is_some()
        || vendor_by_name(&iface.name).is_some()
        || iface
            .description
            .as_deref()
            .is_some_and(|d| vendor_by_description(d).is_some())
}

fn vendor_of(iface: &NetInterface, process_vendors: &[String]) -> Option<String> {
    let described = iface.description.as_deref().and_then(vendor_by_description);
    if let Some(Some(v)) = vendor_by_name(&iface.name).or(described) {
        return Some(v.to_string());
    }
    if let Some(Some(v)) = described {
        return Some(v.to_string());
    }
    if let Some(service) = &iface.vpn_service {
        return Some(service.clone());
    }
    if iface.wireguard {
        return Some("WireGuard".to_string());
    }
    // One VPN client running names an anonymous tunnel (tun0 and OpenVPN).
    match process_vendors {
        [only] => Some(only.clone()),
        _ => None,
    }
}

impl VpnFacts {
    /// The site reports `warp=on`: Cloudflare WARP carries the traffic, with
    /// or without a tunnel route of its own. The one place this rule lives
    /// (`check` and the monitor both apply it).
    pub fn with_warp(mut self, warp: bool) -> VpnFacts {
        if warp {
            self.warp = true;
            if !self.active {
                self.active = true;
                self.vendor = Some("Cloudflare WARP".to_string());
            }
        }
        self
    }
}

pub fn assess(
    routes: &[RouteUse],
    interfaces: &[NetInterface],
    process_names: &[String],
    warp: bool,
) -> VpnFacts {
    let mut processes: Vec<String> = Vec::new();
    for v in process_names.iter().filter_map(|p| vendor_by_process(p)) {
        if !processes.iter().any(|p| p == v) {
            processes.push(v.to_string());
        }
    }
    let find = |name: &str| interfaces.iter().find(|i| i.name == name);
    let route_ifaces: Vec<&NetInterface> = routes
        .iter()
        .filter_map(|r| r.interface.as_deref().and_then(find))
        .collect();
    let route_interface = route_ifaces
        .first()
        .map(|i| i.name.clone())
        .or_else(|| routes.iter().find_map(|r| r.interface.clone()));
    let tunnel = route_ifaces.iter().copied().find(|i| is_tunnel(i));
    let via = |v4: bool| {
        routes
            .iter()
            .find(|r| r.target.is_ipv4() == v4)
            .and_then(|r| r.interface.as_deref())
            .and_then(find)
    };
    let leaks_ipv6 =
        matches!((via(true), via(false)), (Some(a), Some(b)) if is_tunnel(a) && !is_tunnel(b));

    let mut facts = VpnFacts {
        route_interface,
        processes,
        leaks_ipv6,
        ..VpnFacts::default()
    };
    if let Some(t) = tunnel {
        facts.active = true;
        facts.interface = Some(t.name.clone());
        facts.vendor = vendor_of(t, &facts.processes);
    }
    facts = facts.with_warp(warp);
    facts.unused_tunnels = interfaces
        .iter()
        .filter(|i| i.up && !i.addrs.is_empty() && is_tunnel(i))
        .filter(|i| !route_ifaces.iter().any(|r| r.name == i.name))
        .map(|i| Tunnel {
            interface: i.name.clone(),
            vendor: vendor_of(i, &facts.processes),
        })
        .collect();
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iface(name: &str, link: LinkType, addr: &str) -> NetInterface {
        NetInterface {
            name: name.into(),
            addrs: vec![addr.parse().unwrap()],
            up: true,
            point_to_point: false,
            link,
            wireguard: false,
            description: None,
            vpn_service: None,
        }
    }

    fn route(via: &str, source: &str) -> RouteUse {
        RouteUse {
            target: "104.18.32.47".parse().unwrap(),
            source: source.parse().unwrap(),
            interface: Some(via.into()),
        }
    }

    #[test]
    fn names_label_vendors() {
        assert_eq!(vendor_by_name("wg0"), Some(Some("WireGuard")));
        assert_eq!(vendor_by_name("wg0-mullvad"), Some(Some("Mullvad")));
        assert_eq!(vendor_by_name("nordlynx"), Some(Some("NordVPN")));
        assert_eq!(
            vendor_by_name("CloudflareWARP"),
            Some(Some("Cloudflare WARP"))
        );
        assert_eq!(vendor_by_name("tailscale0"), Some(Some("Tailscale")));
        assert_eq!(vendor_by_name("ztabcdef12"), Some(Some("ZeroTier")));
        assert_eq!(vendor_by_name("tun0"), Some(None));
        assert_eq!(vendor_by_name("utun3"), Some(None));
        assert_eq!(
            vendor_by_name("OpenVPN TAP-Windows6"),
            Some(Some("OpenVPN"))
        );
        for plain in [
            "eth0", "enp3s0", "wlan0", "wlp2s0", "docker0", "br-1a2b", "veth12", "lo", "tunl0",
            "virbr0",
        ] {
            assert_eq!(vendor_by_name(plain), None, "{plain}");
        }
    }

    #[test]
    fn processes_label_vendors() {
        assert_eq!(vendor_by_process("openvpn"), Some("OpenVPN"));
        assert_eq!(vendor_by_process("PanGPS.exe"), Some("GlobalProtect"));
        assert_eq!(vendor_by_process("expressvpn-daem"), Some("ExpressVPN"));
        assert_eq!(vendor_by_process("firefox"), None);
        assert_eq!(vendor_by_process("open"), None);
    }

    #[test]
    fn route_through_tunnel_counts() {
        let ifs = [
            iface("eth0", LinkType::Ethernet, "192.168.1.20"),
            iface("wg0", LinkType::Tunnel, "10.66.0.2"),
        ];
        let f = assess(&[route("wg0", "10.66.0.2")], &ifs, &[], false);
        assert!(f.active);
        assert_eq!(f.interface.as_deref(), Some("wg0"));
        assert_eq!(f.vendor.as_deref(), Some("WireGuard"));
        assert!(f.unused_tunnels.is_empty());
    }

    #[test]
    fn ipv6_leak_is_a_tunnel_for_ipv4_only() {
        let ifs = [
            iface("eth0", LinkType::Ethernet, "2001:db8::20"),
            iface("wg0", LinkType::Tunnel, "10.66.0.2"),
        ];
        let v6 = |via: &str, source: &str| RouteUse {
            target: "2606:4700::6812:202f".parse().unwrap(),
            source: source.parse().unwrap(),
            interface: Some(via.into()),
        };
        let leak = [route("wg0", "10.66.0.2"), v6("eth0", "2001:db8::20")];
        let f = assess(&leak, &ifs, &[], false);
        assert!(f.active && f.leaks_ipv6);
        // Both through the tunnel, IPv4 only, or no VPN at all: no leak.
        let ifs6 = [iface("wg0", LinkType::Tunnel, "fd00::2"), ifs[0].clone()];
        assert!(
            !assess(
                &[route("wg0", "10.66.0.2"), v6("wg0", "fd00::2")],
                &ifs6,
                &[],
                false
            )
            .leaks_ipv6
        );
        assert!(!assess(&[route("wg0", "10.66.0.2")], &ifs, &[], false).leaks_ipv6);
        assert!(
            !assess(
                &[route("eth0", "192.168.1.20"), v6("eth0", "2001:db8::20")],
                &ifs,
                &[],
                false
            )
            .leaks_ipv6
        );
    }

    #[test]
    fn present_but_unused_tunnel_is_reported_not_counted() {
        let ifs = [
            iface("eth0", LinkType::Ethernet, "192.168.1.20"),
            iface("wg0", LinkType::Tunnel, "10.66.0.2"),
        ];
        let f = assess(
            &[route("eth0", "192.168.1.20")],
            &ifs,
            &["wireguard".into()],
            false,
        );
        assert!(!f.active);
        assert_eq!(f.route_interface.as_deref(), Some("eth0"));
        assert_eq!(f.unused_tunnels.len(), 1);
        assert_eq!(f.unused_tunnels[0].interface, "wg0");
        assert_eq!(f.processes, vec!["WireGuard".to_string()]);
    }

    #[test]
    fn tunnel_by_kind_named_by_the_one_client_running() {
        let mut t = iface("corp0", LinkType::Tunnel, "10.8.0.6");
        t.point_to_point = true;
        let f = assess(
            &[route("corp0", "10.8.0.6")],
            &[t],
            &["openvpn".into(), "bash".into()],
            false,
        );
        assert!(f.active);
        assert_eq!(f.vendor.as_deref(), Some("OpenVPN"));
    }

    #[test]
    fn warp_counts_without_a_tunnel_route() {
        let ifs = [iface("eth0", LinkType::Ethernet, "192.168.1.20")];
        let f = assess(&[route("eth0", "192.168.1.20")], &ifs, &[], true);
        assert!(f.active);
        assert_eq!(f.interface, None);
        assert_eq!(f.vendor.as_deref(), Some("Cloudflare WARP"));
    }

    #[test]
    fn down_or_addressless_tunnels_are_not_listed() {
        let mut down = iface("wg1", LinkType::Tunnel, "10.1.0.2");
        down.up = false;
        let mut bare = iface("tun1", LinkType::Tunnel, "10.2.0.2");
        bare.addrs.clear();
        let f = assess(&[], &[down, bare], &[], false);
        assert!(f.unused_tunnels.is_empty());
        assert!(!f.active);
    }
}
