//! macOS and Windows: no sysfs. On macOS names, the point-to-point flag and
//! the VPN services (`macos.rs`) identify tunnels; on Windows the adapter's
//! type and description (`windows.rs`).

use super::LinkKind;
use crate::core::local::vpn::LinkType;

pub fn link_kind(_name: &str) -> LinkKind {
    LinkKind {
        link: LinkType::Unknown,
        wireguard: false,
        admin_up: false,
    }
}
