//! Linux: a link's kind from sysfs (`type`, `tun_flags`, `uevent` DEVTYPE).

use super::LinkKind;
use crate::core::local::vpn::LinkType;
use std::path::Path;

const ARPHRD_ETHER: u32 = 1;
const ARPHRD_PPP: u32 = 512;
const ARPHRD_LOOPBACK: u32 = 772;
const ARPHRD_NONE: u32 = 65534;

pub fn link_kind(name: &str) -> LinkKind {
    // Interface names never contain '/', but do not trust them with a path.
    if name.contains('/') || name.contains("..") {
        return LinkKind {
            link: LinkType::Unknown,
            wireguard: false,
            admin_up: false,
        };
    }
    let dir = Path::new("/sys/class/net").join(name);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    let tun = dir.join("tun_flags").exists();
    let uevent = read("uevent");
    let wireguard = uevent.lines().any(|l| l.trim() == "DEVTYPE=wireguard");
    let link = match read("type").trim().parse::<u32>() {
        Ok(ARPHRD_ETHER) if tun => LinkType::Tap,
        Ok(ARPHRD_ETHER) => LinkType::Ethernet,
        Ok(ARPHRD_NONE) => LinkType::Tunnel,
        Ok(ARPHRD_PPP) => LinkType::Ppp,
        Ok(ARPHRD_LOOPBACK) => LinkType::Loopback,
        Ok(_) if tun => LinkType::Tunnel,
        Ok(_) => LinkType::Other,
        Err(_) => LinkType::Unknown,
    };
    const IFF_UP: u32 = 0x1;
    let flags = u32::from_str_radix(read("flags").trim().trim_start_matches("0x"), 16).unwrap_or(0);
    LinkKind {
        link,
        wireguard,
        admin_up: flags & IFF_UP != 0,
    }
}
