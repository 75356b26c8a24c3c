//! Windows: each adapter's description, interface type and operational
//! state from `GetAdaptersAddresses` (if-addrs gives the friendly names and
//! addresses); `core::winadapter` turns them into interface facts. The
//! same walk, with the name server lists, gives the DNS servers Windows asks.

use crate::core::local::vpn::NetInterface;
use crate::core::local::winadapter::{self, AdapterDns, AdapterRow};
use crate::core::names::dns::Resolver;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use windows_sys::Win32::Foundation::{ERROR_BUFFER_OVERFLOW, ERROR_SUCCESS};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    GetAdaptersAddresses, GAA_FLAG_SKIP_ANYCAST, GAA_FLAG_SKIP_DNS_SERVER, GAA_FLAG_SKIP_MULTICAST,
    GAA_FLAG_SKIP_UNICAST, IP_ADAPTER_ADDRESSES_LH, IP_ADAPTER_DNS_SERVER_ADDRESS_XP,
};
use windows_sys::Win32::NetworkManagement::Ndis::IfOperStatusUp;
use windows_sys::Win32::Networking::WinSock::{
    AF_INET, AF_INET6, AF_UNSPEC, SOCKADDR, SOCKADDR_IN, SOCKADDR_IN6,
};

struct Adapter {
    name: String,
    description: String,
    if_type: u32,
    oper_up: bool,
    /// Empty unless the walk asked for them.
    dns: Vec<IpAddr>,
}

/// A NUL-terminated UTF-16 string from the OS.
///
/// # Safety
/// `p` is null or points to a NUL-terminated UTF-16 string.
unsafe fn wide(p: *const u16) -> String {
    if p.is_null() {
        return String::new();
    }
    let mut len = 0;
    while *p.add(len) != 0 {
        len += 1;
    }
    String::from_utf16_lossy(std::slice::from_raw_parts(p, len))
}

/// An address from a `SOCKADDR` the OS filled.
///
/// # Safety
/// `sa` is null or points to a `SOCKADDR_IN` or `SOCKADDR_IN6` as its
/// family says.
unsafe fn sockaddr_ip(sa: *const SOCKADDR) -> Option<IpAddr> {
    if sa.is_null() {
        return None;
    }
    match (*sa).sa_family {
        AF_INET => {
            let v4 = &*(sa as *const SOCKADDR_IN);
            Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(
                v4.sin_addr.S_un.S_addr,
            ))))
        }
        AF_INET6 => {
            let v6 = &*(sa as *const SOCKADDR_IN6);
            Some(IpAddr::V6(Ipv6Addr::from(v6.sin6_addr.u.Byte)))
        }
        _ => None,
    }
}

/// Every adapter, in the OS's order; with their name servers if `dns`.
fn adapters(dns: bool) -> Vec<Adapter> {
    let mut flags = GAA_FLAG_SKIP_UNICAST | GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST;
    if !dns {
        flags |= GAA_FLAG_SKIP_DNS_SERVER;
    }
    // u64 elements keep the buffer aligned for the structures inside it.
    let mut buf: Vec<u64> = vec![0; 2048];
    let mut result = ERROR_BUFFER_OVERFLOW;
    for _ in 0..3 {
        let mut size = (buf.len() * 8) as u32;
        // SAFETY: the buffer holds `size` writable bytes.
        result = unsafe {
            GetAdaptersAddresses(
                AF_UNSPEC as u32,
                flags,
                std::ptr::null(),
                buf.as_mut_ptr().cast(),
                &mut size,
            )
        };
        if result != ERROR_BUFFER_OVERFLOW {
            break;
        }
        buf = vec![0; (size as usize).div_ceil(8) + 64];
    }
    let mut out = Vec::new();
    if result != ERROR_SUCCESS {
        tracing::debug!("GetAdaptersAddresses failed: {result}");
        return out;
    }
    let mut p = buf.as_ptr() as *const IP_ADAPTER_ADDRESSES_LH;
    while !p.is_null() {
        // SAFETY: the OS filled a linked list of adapters inside `buf`,
        // which lives until the loop ends.
        let a = unsafe { &*p };
        let mut servers = Vec::new();
        let mut d: *const IP_ADAPTER_DNS_SERVER_ADDRESS_XP = a.FirstDnsServerAddress;
        while dns && !d.is_null() {
            // SAFETY: a list inside `buf`, like the adapters'.
            let server = unsafe { &*d };
            servers.extend(unsafe { sockaddr_ip(server.Address.lpSockaddr) });
            d = server.Next;
        }
        out.push(Adapter {
            name: unsafe { wide(a.FriendlyName) },
            description: unsafe { wide(a.Description) },
            if_type: a.IfType,
            oper_up: a.OperStatus == IfOperStatusUp,
            dns: servers,
        });
        p = a.Next;
    }
    out
}

/// Replace each interface by what Windows says about its adapter.
pub fn describe_adapters(list: &mut [NetInterface]) {
    let mut known: HashMap<String, Adapter> = adapters(false)
        .into_iter()
        .map(|a| (a.name.clone(), a))
        .collect();
    for iface in list.iter_mut() {
        let Some(a) = known.remove(&iface.name) else {
            continue;
        };
        *iface = winadapter::interface(AdapterRow {
            friendly_name: std::mem::take(&mut iface.name),
            description: a.description,
            if_type: a.if_type,
            oper_up: a.oper_up,
            addrs: std::mem::take(&mut iface.addrs),
        });
    }
}

/// The DNS servers Windows asks, with the adapter each belongs to.
pub fn dns_servers() -> Vec<Resolver> {
    let rows: Vec<AdapterDns> = adapters(true)
        .into_iter()
        .map(|a| AdapterDns {
            friendly_name: a.name,
            if_type: a.if_type,
            oper_up: a.oper_up,
            servers: a.dns,
        })
        .collect();
    winadapter::resolvers(&rows)
}
