//! macOS: the system VPN service behind each connected `utunN`, from
//! `scutil --nc list` and `scutil --nc status` (`core::scutil` parses them).
//! Tunnels outside the VPN framework are not listed; for them the route's
//! interface alone decides (`core::vpn::assess`).

use crate::core::local::scutil::{parse_nc_list, parse_nc_status, service_vendor};
use crate::core::local::vpn::NetInterface;
use std::process::Command;

fn scutil(args: &[&str]) -> Option<String> {
    let out = Command::new("/usr/sbin/scutil").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn name_vpn_services(list: &mut [NetInterface]) {
    // Only worth two processes when a utun carries an address.
    if !list
        .iter()
        .any(|i| i.name.starts_with("utun") && i.up && !i.addrs.is_empty())
    {
        return;
    }
    let Some(text) = scutil(&["--nc", "list"]) else {
        return;
    };
    for service in parse_nc_list(&text).into_iter().filter(|s| s.connected) {
        let Some(status) = scutil(&["--nc", "status", &service.id]) else {
            continue;
        };
        let status = parse_nc_status(&status);
        let Some(name) = status.interface.filter(|_| status.connected) else {
            continue;
        };
        if let Some(iface) = list.iter_mut().find(|i| i.name == name) {
            iface.vpn_service = Some(service_vendor(&service));
        }
    }
}
