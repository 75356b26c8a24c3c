//! Windows: each adapter's description, interface type and operational
//! state from `GetAdaptersAddresses` (if-addrs gives the friendly names and
//! addresses); `core::winadapter` turns them into interface facts.

use crate::core::vpn::NetInterface;
use crate::core::winadapter::{self, AdapterRow};
use std::collections::HashMap;
use windows_sys::Win32::Foundation::{ERROR_BUFFER_OVERFLOW, ERROR_SUCCESS};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    GetAdaptersAddresses, GAA_FLAG_SKIP_ANYCAST, GAA_FLAG_SKIP_DNS_SERVER, GAA_FLAG_SKIP_MULTICAST,
    GAA_FLAG_SKIP_UNICAST, IP_ADAPTER_ADDRESSES_LH,
};
use windows_sys::Win32::NetworkManagement::Ndis::IfOperStatusUp;
use windows_sys::Win32::Networking::WinSock::AF_UNSPEC;

struct Adapter {
    description: String,
    if_type: u32,
    oper_up: bool,
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

/// Adapters by friendly name.
fn adapters() -> HashMap<String, Adapter> {
    let flags = GAA_FLAG_SKIP_UNICAST
        | GAA_FLAG_SKIP_ANYCAST
        | GAA_FLAG_SKIP_MULTICAST
        | GAA_FLAG_SKIP_DNS_SERVER;
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
    let mut out = HashMap::new();
    if result != ERROR_SUCCESS {
        tracing::debug!("GetAdaptersAddresses failed: {result}");
        return out;
    }
    let mut p = buf.as_ptr() as *const IP_ADAPTER_ADDRESSES_LH;
    while !p.is_null() {
        // SAFETY: the OS filled a linked list of adapters inside `buf`,
        // which lives until the loop ends.
        let a = unsafe { &*p };
        let name = unsafe { wide(a.FriendlyName) };
        out.insert(
            name,
            Adapter {
                description: unsafe { wide(a.Description) },
                if_type: a.IfType,
                oper_up: a.OperStatus == IfOperStatusUp,
            },
        );
        p = a.Next;
    }
    out
}

/// Replace each interface by what Windows says about its adapter.
pub fn describe_adapters(list: &mut [NetInterface]) {
    let mut known = adapters();
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
