//! Network facts from the operating system: interfaces, and which of them
//! the kernel routes a given address through. One facade; the per-OS detail
//! lives in the files behind it: a link's kind from sysfs (Linux), the
//! adapter's description and type (Windows), the VPN service owning a utun
//! (macOS).

use crate::core::local::vpn::{LinkType, NetInterface, RouteUse};
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux as os;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(not(target_os = "linux"))]
mod other;
#[cfg(not(target_os = "linux"))]
use other as os;
#[cfg(windows)]
mod windows;

/// Interfaces with their addresses and link kinds.
pub fn interfaces() -> Vec<NetInterface> {
    #[allow(unused_mut)]
    let mut list = from_if_addrs();
    #[cfg(windows)]
    windows::describe_adapters(&mut list);
    #[cfg(target_os = "macos")]
    macos::name_vpn_services(&mut list);
    list
}

/// The DNS servers the OS lists per adapter (Windows); elsewhere none, as
/// the name servers are read from `/etc/resolv.conf` (`adapters::dns`).
pub fn adapter_dns_servers() -> Vec<crate::core::names::dns::Resolver> {
    #[cfg(windows)]
    return windows::dns_servers();
    #[cfg(not(windows))]
    Vec::new()
}

fn from_if_addrs() -> Vec<NetInterface> {
    let Ok(list) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    let mut by_name: BTreeMap<String, NetInterface> = BTreeMap::new();
    for a in list {
        let entry = by_name.entry(a.name.clone()).or_insert_with(|| {
            let kind = os::link_kind(&a.name);
            NetInterface {
                name: a.name.clone(),
                addrs: Vec::new(),
                // Tunnels often report "unknown" while carrying traffic, and
                // one whose client died is still switched on.
                up: kind.admin_up
                    || matches!(
                        a.oper_status,
                        if_addrs::IfOperStatus::Up | if_addrs::IfOperStatus::Unknown
                    ),
                point_to_point: a.is_p2p(),
                link: if a.is_loopback() {
                    LinkType::Loopback
                } else {
                    kind.link
                },
                wireguard: kind.wireguard,
                description: None,
                vpn_service: None,
            }
        });
        entry.addrs.push(a.ip());
    }
    by_name.into_values().collect()
}

/// The source address the kernel picks to reach `target`. Connecting a UDP
/// socket sends nothing; it only runs the routing decision (policy rules
/// included, as wg-quick and VPN apps use them).
pub fn route_source(target: IpAddr) -> std::io::Result<IpAddr> {
    let bind: SocketAddr = match target {
        IpAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        IpAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let sock = UdpSocket::bind(bind)?;
    sock.connect((target, 443))?;
    Ok(sock.local_addr()?.ip())
}

/// The routes to each target; targets without a route are left out.
pub fn routes(targets: &[IpAddr], ifaces: &[NetInterface]) -> Vec<RouteUse> {
    targets
        .iter()
        .filter_map(|&target| {
            let source = route_source(target).ok()?;
            let interface = ifaces
                .iter()
                .find(|i| i.addrs.contains(&source))
                .map(|i| i.name.clone());
            Some(RouteUse {
                target,
                source,
                interface,
            })
        })
        .collect()
}

/// Whether this computer has a route to the internet at all (to a public
/// anycast address; nothing is sent).
pub fn has_internet_route() -> bool {
    [
        IpAddr::V4(Ipv4Addr::new(1, 1, 1, 1)),
        IpAddr::V6(Ipv6Addr::new(0x2606, 0x4700, 0x4700, 0, 0, 0, 0, 0x1111)),
    ]
    .into_iter()
    .any(|a| route_source(a).is_ok())
}

pub struct LinkKind {
    pub link: LinkType,
    pub wireguard: bool,
    /// Switched on (IFF_UP), whatever the carrier says.
    pub admin_up: bool,
}
