//! macOS and Windows (untested): no sysfs; names and the point-to-point flag
//! (which if-addrs reports on both) identify tunnels.

use super::LinkKind;
use crate::core::vpn::LinkType;

pub fn link_kind(_name: &str) -> LinkKind {
    LinkKind {
        link: LinkType::Unknown,
        wireguard: false,
        admin_up: false,
    }
}
