//! A small internet in network namespaces: a client with a home link
//! (lan0) and a "VPN" link (wg0), and a server namespace holding a fake
//! Cloudflare-fronted site that refuses chosen source addresses.
#![allow(dead_code)]

use super::*;
use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const SITE: &str = "198.51.100.10";
pub const HOME: &str = "10.1.0.2";
pub const VPN_EXIT: &str = "10.2.0.2";
/// Generous: debounce, a probe, a confirmation a few seconds later.
pub const SOON: Duration = Duration::from_secs(20);

pub struct World {
    pub client: Netns,
    /// The VPN link's name ("wg0").
    pub vpn: String,
    _server: Netns,
    _site: FakeSite,
    pub refused: Arc<Mutex<HashSet<IpAddr>>>,
}

pub fn world() -> World {
    world_with("wg0")
}

/// The world with the VPN link named `vpn` ("wg0-mullvad").
pub fn world_with(vpn: &str) -> World {
    let client = Netns::new("dc");
    let server = Netns::new("ds");
    veth(
        &client,
        "lan0",
        &format!("{HOME}/24"),
        &server,
        "lan-s",
        "10.1.0.1/24",
    );
    veth(
        &client,
        vpn,
        &format!("{VPN_EXIT}/24"),
        &server,
        "vpn-s",
        "10.2.0.1/24",
    );
    client.ip(&["link", "set", vpn, "down"]);
    client.ip(&["route", "add", "default", "via", "10.1.0.1"]);
    server.ip(&["addr", "add", &format!("{SITE}/32"), "dev", "lo"]);
    let refused: Arc<Mutex<HashSet<IpAddr>>> = Arc::default();
    let site = FakeSite::start_in_netns(
        refusing_handler(refused.clone()),
        &server.name,
        "0.0.0.0:80".parse().unwrap(),
    );
    World {
        client,
        vpn: vpn.to_string(),
        _server: server,
        _site: site,
        refused,
    }
}

impl World {
    pub fn vpn_up(&self) {
        let vpn = self.vpn.as_str();
        self.client.ip(&["link", "set", vpn, "up"]);
        self.client
            .ip(&["route", "add", "0.0.0.0/1", "via", "10.2.0.1", "dev", vpn]);
        self.client
            .ip(&["route", "add", "128.0.0.0/1", "via", "10.2.0.1", "dev", vpn]);
    }

    pub fn vpn_down(&self) {
        self.client.ip(&["route", "del", "0.0.0.0/1"]);
        self.client.ip(&["route", "del", "128.0.0.0/1"]);
        self.client.ip(&["link", "set", &self.vpn, "down"]);
    }

    pub fn refuse(&self, addr: &str) {
        self.refused.lock().unwrap().insert(addr.parse().unwrap());
    }

    /// The home link gets another address (a reconnect that brought a new
    /// public address): the old one goes, the default route comes back.
    pub fn readdress_home(&self, to: &str) {
        self.client.ip(&["addr", "flush", "dev", "lan0"]);
        self.client
            .ip(&["addr", "add", &format!("{to}/24"), "dev", "lan0"]);
        self.client
            .ip(&["route", "replace", "default", "via", "10.1.0.1"]);
    }

    pub fn daemon(&self, s: &Scratch, extra_env: &[(&str, &str)]) -> Daemon {
        self.daemon_with(s, "", extra_env)
    }

    /// With more configuration sections (`extra`).
    pub fn daemon_with(&self, s: &Scratch, extra: &str, extra_env: &[(&str, &str)]) -> Daemon {
        let cfg = s.config(&format!("http://{SITE}"), "timeout = \"2s\"", extra);
        let c = s.headless_in(&self.client, &cfg);
        Daemon::spawn(c, extra_env)
    }
}
