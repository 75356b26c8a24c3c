//! VPN detection against real kernel routing, in network namespaces this
//! test creates and deletes (needs root; CI runs as root).
// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use std::time::Duration;

const SITE: &str = "198.51.100.10";

fn check(s: &Scratch, client: &Netns) -> serde_json::Value {
    let cfg = s.config(&format!("http://{SITE}:8080"), "timeout = \"2s\"", "");
    let run = s.run_in(
        client,
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        Duration::from_secs(30),
    );
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
    run.json()
}

#[test]
fn route_through_a_tunnel_counts_and_an_unused_tunnel_does_not() {
    require_root!();
    let client = Netns::new("vc");
    let server = Netns::new("vs");
    veth(
        &client,
        "lan0",
        "10.77.0.2/24",
        &server,
        "up0",
        "10.77.0.1/24",
    );
    client.ip(&["route", "add", "default", "via", "10.77.0.1"]);
    server.ip(&["addr", "add", &format!("{SITE}/32"), "dev", "lo"]);
    let f = fixture("reachable_200");
    let _site = FakeSite::start_in_netns(
        site_handler(move |_| Reply::Fixture(f.clone())),
        &server.name,
        "0.0.0.0:8080".parse().unwrap(),
    );
    // A real tun device named like WireGuard's, switched on, with an address.
    client.ip(&["tuntap", "add", "dev", "wg0", "mode", "tun"]);
    client.ip(&["addr", "add", "10.66.0.2/32", "dev", "wg0"]);
    client.ip(&["link", "set", "wg0", "up"]);
    let s = Scratch::new();

    // Present but not carrying the route: reported, not counted.
    let j = check(&s, &client);
    assert_eq!(j["verdict"]["kind"], "reachable", "{j}");
    let vpn = &j["network"]["vpn"];
    assert_eq!(vpn["active"], false, "{j}");
    assert_eq!(vpn["route_interface"], "lan0");
    assert_eq!(vpn["unused_tunnels"][0]["interface"], "wg0", "{j}");
    assert_eq!(vpn["unused_tunnels"][0]["vendor"], "WireGuard");
    let evidence = j["diagnosis"]["evidence"].to_string();
    assert!(
        evidence.contains("wg0 (WireGuard) is up but does not carry the traffic"),
        "{evidence}"
    );

    // The way wg-quick and OpenVPN do it: two /1 routes through the tunnel.
    client.ip(&["route", "add", "0.0.0.0/1", "dev", "wg0"]);
    client.ip(&["route", "add", "128.0.0.0/1", "dev", "wg0"]);
    let j = check(&s, &client);
    let vpn = &j["network"]["vpn"];
    assert_eq!(vpn["active"], true, "{j}");
    assert_eq!(vpn["interface"], "wg0");
    assert_eq!(vpn["vendor"], "WireGuard");
    assert!(vpn["unused_tunnels"].as_array().unwrap().is_empty());
    let evidence = j["diagnosis"]["evidence"].to_string();
    assert!(
        evidence.contains("the route to 198.51.100.10 goes through wg0 (WireGuard)"),
        "{evidence}"
    );

    // A tunnel known only by its kind (sysfs type "none"), not its name.
    client.ip(&["route", "del", "0.0.0.0/1", "dev", "wg0"]);
    client.ip(&["route", "del", "128.0.0.0/1", "dev", "wg0"]);
    client.ip(&["tuntap", "add", "dev", "corp0", "mode", "tun"]);
    client.ip(&["addr", "add", "10.67.0.2/32", "dev", "corp0"]);
    client.ip(&["link", "set", "corp0", "up"]);
    client.ip(&["route", "add", &format!("{SITE}/32"), "dev", "corp0"]);
    let j = check(&s, &client);
    let vpn = &j["network"]["vpn"];
    assert_eq!(vpn["active"], true, "{j}");
    assert_eq!(vpn["interface"], "corp0");
    assert!(vpn["vendor"].is_null(), "{j}");
    assert_eq!(vpn["unused_tunnels"][0]["interface"], "wg0", "{j}");
}
