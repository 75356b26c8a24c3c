//! IPv4 and IPv6 probed apart, against real kernel routing in network
//! namespaces: dual stack, a "VPN" link that carries IPv4 only (an IPv6
//! leak), a block on one family, and no IPv6 at all (needs root).

// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SITE4: &str = "198.51.100.10";
const SITE6: &str = "2001:db8:5::10";
const HOME4: &str = "10.1.0.2";
const HOME6: &str = "2001:db8:1::2";
const VPN4: &str = "10.2.0.2";

struct World {
    client: Netns,
    _server: Netns,
    _sites: (FakeSite, FakeSite),
    refused: Arc<Mutex<HashSet<IpAddr>>>,
    _hosts: HostsFile,
}

/// `/etc/netns/NAME/hosts`, removed when dropped.
struct HostsFile(std::path::PathBuf);

impl Drop for HostsFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn world() -> World {
    let client = Netns::new("fc");
    let server = Netns::new("fs");
    veth(
        &client,
        "lan0",
        &format!("{HOME4}/24"),
        &server,
        "lan-s",
        "10.1.0.1/24",
    );
    client.ip(&[
        "-6",
        "addr",
        "add",
        &format!("{HOME6}/64"),
        "dev",
        "lan0",
        "nodad",
    ]);
    server.ip(&[
        "-6",
        "addr",
        "add",
        "2001:db8:1::1/64",
        "dev",
        "lan-s",
        "nodad",
    ]);
    veth(
        &client,
        "wg0",
        &format!("{VPN4}/24"),
        &server,
        "vpn-s",
        "10.2.0.1/24",
    );
    client.ip(&["route", "add", "default", "via", "10.1.0.1"]);
    client.ip(&[
        "-6",
        "route",
        "add",
        "default",
        "via",
        "2001:db8:1::1",
        "dev",
        "lan0",
    ]);
    server.ip(&["addr", "add", &format!("{SITE4}/32"), "dev", "lo"]);
    server.ip(&[
        "-6",
        "addr",
        "add",
        &format!("{SITE6}/128"),
        "dev",
        "lo",
        "nodad",
    ]);
    let dir = std::path::PathBuf::from("/etc/netns").join(&client.name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("hosts"),
        format!("127.0.0.1 localhost\n{SITE4} site.test\n{SITE6} site.test\n"),
    )
    .unwrap();
    let refused: Arc<Mutex<HashSet<IpAddr>>> = Arc::default();
    let site = |bind: &str| {
        let r = refused.clone();
        let blocked = fixture("block_1020_tailwind");
        let ok = fixture("reachable_200");
        FakeSite::start_in_netns(
            site_handler(move |req| {
                if r.lock().unwrap().contains(&req.peer) {
                    Reply::Fixture(blocked.clone())
                } else {
                    Reply::Fixture(ok.clone())
                }
            }),
            &server.name,
            bind.parse().unwrap(),
        )
    };
    let sites = (site("0.0.0.0:80"), site(&format!("[{SITE6}]:80")));
    World {
        client,
        _server: server,
        _sites: sites,
        refused,
        _hosts: HostsFile(dir),
    }
}

impl World {
    fn check(&self, s: &Scratch) -> serde_json::Value {
        let cfg = s.config("http://site.test", "timeout = \"2s\"", "");
        let run = s.run_in(
            &self.client,
            &["--config", cfg.to_str().unwrap(), "check", "--json"],
            &[],
            Duration::from_secs(30),
        );
        assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
        run.json()
    }

    fn refuse(&self, addr: &str) {
        self.refused.lock().unwrap().insert(addr.parse().unwrap());
    }

    fn vpn_for_ipv4(&self) {
        self.client.ip(&["route", "add", "0.0.0.0/1", "dev", "wg0"]);
        self.client
            .ip(&["route", "add", "128.0.0.0/1", "dev", "wg0"]);
    }
}

#[test]
fn both_families_a_leak_and_a_block_on_one_family() {
    require_root!();
    let w = world();
    let s = Scratch::new();

    // Dual stack, all well: both reported, no leak.
    let j = w.check(&s);
    let f = &j["families"];
    assert_eq!(f["ipv4"]["verdict"]["kind"], "reachable", "{j}");
    assert_eq!(f["ipv6"]["verdict"]["kind"], "reachable", "{j}");
    assert_eq!(f["ipv4"]["site_sees"], HOME4, "{j}");
    assert_eq!(f["ipv6"]["site_sees"], HOME6, "{j}");
    assert_eq!(f["ipv4"]["route_interface"], "lan0");
    assert_eq!(f["ipv6"]["route_interface"], "lan0");
    assert_eq!(j["verdict"]["kind"], "reachable");
    assert_eq!(j["network"]["vpn"]["leaks_ipv6"], false);
    // The browser's family (IPv6) is the one the site sees at the top.
    assert_eq!(j["network"]["site_sees"], HOME6, "{j}");

    // A block on IPv4 only: the browser (IPv6) gets through; said so.
    w.refuse(HOME4);
    let j = w.check(&s);
    assert_eq!(j["families"]["ipv4"]["verdict"]["kind"], "blocked", "{j}");
    assert_eq!(j["verdict"]["kind"], "reachable", "{j}");
    assert!(
        j["diagnosis"]["evidence"]
            .to_string()
            .contains("ChatGPT refuses your IPv4 address; IPv6 works"),
        "{j}"
    );

    // A VPN that carries IPv4 only, the real IPv6 address refused: a leak,
    // and its fix comes first.
    w.refused.lock().unwrap().clear();
    w.refuse(HOME6);
    w.vpn_for_ipv4();
    let j = w.check(&s);
    let f = &j["families"];
    assert_eq!(f["ipv4"]["route_interface"], "wg0", "{j}");
    assert_eq!(f["ipv4"]["site_sees"], VPN4, "{j}");
    assert_eq!(f["ipv4"]["verdict"]["kind"], "reachable", "{j}");
    assert_eq!(f["ipv6"]["route_interface"], "lan0", "{j}");
    assert_eq!(f["ipv6"]["verdict"]["kind"], "blocked", "{j}");
    assert_eq!(j["verdict"]["kind"], "blocked", "{j}");
    assert_eq!(j["network"]["vpn"]["leaks_ipv6"], true, "{j}");
    assert_eq!(j["diagnosis"]["fixes"][0], "fix_ipv6_leak", "{j}");
    // The refused address is the user's own IPv6, not the VPN's.
    assert_eq!(j["diagnosis"]["cause"], "public_ip_blocked", "{j}");
    let fixes = j["diagnosis"]["fixes"].to_string();
    assert!(!fixes.contains("switch_vpn_server"), "{fixes}");
    assert_eq!(
        j["diagnosis"]["headline"], "ChatGPT refuses your IPv6 address; IPv4 works",
        "{j}"
    );
    let ev = j["diagnosis"]["evidence"].to_string();
    assert!(ev.contains("IPv6 goes out natively (through lan0)"), "{ev}");
    // Each family's trace: the VPN's address over IPv4, the real one over IPv6.
    let sees = format!("sees the address {VPN4}, over IPv6 {HOME6}");
    assert!(ev.contains(&sees), "{ev}");
}

#[test]
fn no_ipv6_at_all_changes_nothing_else() {
    require_root!();
    let w = world();
    w.client.ip(&["-6", "route", "del", "default"]);
    w.client
        .ip(&["-6", "addr", "del", &format!("{HOME6}/64"), "dev", "lan0"]);
    let s = Scratch::new();
    let j = w.check(&s);
    assert!(j["families"]["ipv6"].is_null(), "{j}");
    assert_eq!(j["families"]["ipv4"]["verdict"]["kind"], "reachable", "{j}");
    assert_eq!(j["verdict"]["kind"], "reachable");
    assert_eq!(j["network"]["site_sees"], HOME4);
    assert_eq!(j["network"]["vpn"]["leaks_ipv6"], false);
    w.refuse(HOME4);
    let j = w.check(&s);
    assert_eq!(j["verdict"]["kind"], "blocked", "{j}");
    assert_eq!(j["diagnosis"]["cause"], "public_ip_blocked", "{j}");
    assert!(j["families"]["ipv6"].is_null(), "{j}");
}

#[test]
fn the_daemon_probes_both_families_and_names_the_family() {
    require_root!();
    let w = world();
    w.refuse(HOME6);
    w.vpn_for_ipv4();
    let s = Scratch::new();
    let cfg = s.config("http://site.test", "timeout = \"2s\"", "");
    let c = s.headless_in(&w.client, &cfg);
    let mut d = Daemon::spawn(c, &[]);
    let soon = Duration::from_secs(25);
    let v = d.expect("first verdict", soon, |v| v["event"] == "verdict");
    // Both families were asked at start-up; the browser's (IPv6) decides.
    assert_eq!(v["family"], "ipv6", "{v}");
    assert_eq!(v["verdict"]["kind"], "blocked", "{v}");
    let n = d.expect("problem notification", soon, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(n["fixes"][0], "fix_ipv6_leak", "{n}");
    assert_eq!(
        n["title"], "ChatGPT refuses your IPv6 address; IPv4 works",
        "{n}"
    );
    // Each family's request reached the site (the VPN's IPv4 and the real IPv6).
    let peers: Vec<String> = w
        ._sites
        .0
        .requests()
        .iter()
        .chain(w._sites.1.requests().iter())
        .filter(|r| r.path == "/")
        .map(|r| r.peer.to_string())
        .collect();
    assert!(peers.contains(&VPN4.to_string()), "{peers:?}");
    assert!(peers.contains(&HOME6.to_string()), "{peers:?}");
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(10)), Some(0));
}
