//! DNS filters against a real name server in a network namespace: the
//! client's resolv.conf points at a server that answers like Pi-hole,
//! AdGuard Home, a filtering NXDOMAIN or Cisco Umbrella (needs root).

// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use common::dnsworld::*;
use common::*;

fn evidence(j: &serde_json::Value) -> String {
    j["diagnosis"]["evidence"].to_string()
}

fn assert_dns_blocked(j: &serde_json::Value, detail: &str) {
    assert_eq!(j["verdict"]["kind"], "dns_blocked", "{j}");
    assert_eq!(j["verdict"]["basis"], "dns_answer", "{j}");
    assert_eq!(j["verdict"]["detail"], detail, "{j}");
    assert_eq!(j["diagnosis"]["cause"], "dns_filtered", "{j}");
    assert_eq!(
        j["diagnosis"]["fixes"],
        serde_json::json!(["allow_in_dns_filter", "use_other_network"]),
        "{j}"
    );
    assert!(
        j["diagnosis"]["headline"]
            .as_str()
            .unwrap()
            .contains("DNS filter"),
        "{j}"
    );
}

#[test]
fn sinkholes_and_denials_are_dns_blocks() {
    require_root!();
    let w = dns_world(Reply::Fixture(fixture("reachable_200")));
    let s = Scratch::new();

    // Healthy: the answers are kept, nothing is blamed on DNS.
    let j = w.check(&s, "");
    assert_eq!(j["verdict"]["kind"], "reachable", "{j}");
    let dns = &j["network"]["dns"];
    assert_eq!(dns["resolvers"][0]["addr"], EDGE, "{j}");
    assert_eq!(dns["answers"][0]["name"], "chatgpt.com");
    assert_eq!(dns["answers"][0]["answer"]["addrs"][0], SITE, "{j}");
    assert_eq!(dns["answers"][3]["name"], ECHO_HOST);
    assert_eq!(dns["answers"][3]["role"], "control");

    // Pi-hole's default.
    w.dns.set("chatgpt.com", addrs(&["0.0.0.0", "::"]));
    let j = w.check(&s, "");
    assert_dns_blocked(&j, "chatgpt.com: 0.0.0.0");
    let ev = evidence(&j);
    assert!(
        ev.contains("the name server 10.88.0.1 answers chatgpt.com: 0.0.0.0, ::"),
        "{ev}"
    );
    assert!(
        ev.contains("this computer asks the name servers 10.88.0.1"),
        "{ev}"
    );
    assert_eq!(j["diagnosis"]["steps"][0]["id"], "allow_in_dns_filter");

    // A filtering NXDOMAIN while the control name resolves.
    w.dns.set("chatgpt.com", Rule::NxDomain);
    let j = w.check(&s, "");
    assert_dns_blocked(&j, "chatgpt.com: NXDOMAIN");
    assert!(evidence(&j).contains("(NXDOMAIN)"), "{j}");

    // NODATA and REFUSED (AdGuard Home's other modes).
    w.dns.set("chatgpt.com", Rule::NoData);
    assert_dns_blocked(&w.check(&s, ""), "chatgpt.com: NODATA");
    w.dns.set("chatgpt.com", Rule::Refused);
    assert_dns_blocked(&w.check(&s, ""), "chatgpt.com: REFUSED");

    // Cisco Umbrella's block address.
    w.dns.set(
        "chatgpt.com",
        addrs(&["146.112.61.106", "::ffff:146.112.61.106"]),
    );
    assert_dns_blocked(
        &w.check(&s, ""),
        "chatgpt.com: 146.112.61.106 (Cisco Umbrella)",
    );

    // A national block's private-range answer for a public name.
    w.dns.set("chatgpt.com", addrs(&["10.10.34.35"]));
    assert_dns_blocked(&w.check(&s, ""), "chatgpt.com: 10.10.34.35");

    // Only the asset host sinkholed: the page loads blank.
    w.dns.set("chatgpt.com", addrs(&[SITE]));
    w.dns.set("cdn.oaistatic.com", addrs(&["0.0.0.0"]));
    assert_dns_blocked(&w.check(&s, ""), "cdn.oaistatic.com: 0.0.0.0");
    w.dns.set("cdn.oaistatic.com", addrs(&[SITE]));

    // Everything NXDOMAIN, the control too: a broken resolver, not a filter.
    w.dns.set("chatgpt.com", Rule::NxDomain);
    w.dns.set(ECHO_HOST, Rule::NxDomain);
    let j = w.check(&s, "");
    assert_eq!(j["verdict"]["kind"], "dns_failure", "{j}");
    assert_ne!(j["diagnosis"]["cause"], "dns_filtered", "{j}");
    // The resolvers and answers are still named for a lookup failure.
    assert!(evidence(&j).contains("10.88.0.1"), "{j}");
}

#[test]
fn a_silent_name_server_costs_bounded_time() {
    require_root!();
    let w = dns_world(Reply::Fixture(fixture("reachable_200")));
    for name in ["chatgpt.com", "openai.com", "cdn.oaistatic.com", ECHO_HOST] {
        w.dns.set(name, Rule::Drop);
    }
    let s = Scratch::new();
    // Within the probe's timeout (2 s) and a little, although the lookup
    // before the probe and the probe's own lookup both hang.
    let cfg = w.config(&s, "");
    let run = s.run_in(
        &w.client,
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        std::time::Duration::from_secs(30),
    );
    assert!(
        run.elapsed < std::time::Duration::from_millis(3500),
        "{:?}",
        run.elapsed
    );
    let j = run.json();
    assert_ne!(j["verdict"]["kind"], "dns_blocked", "{j}");
    assert_eq!(
        j["network"]["dns"]["answers"][0]["answer"]["result"], "failed",
        "{j}"
    );
}

#[test]
fn the_daemon_notifies_a_dns_filter_and_its_end() {
    require_root!();
    let w = dns_world(Reply::Fixture(fixture("reachable_200")));
    let s = Scratch::new();
    let cfg = w.config(&s, "");
    let c = s.headless_in(&w.client, &cfg);
    let mut d = Daemon::spawn(c, &[]);
    let soon = std::time::Duration::from_secs(25);
    let v = d.expect("first verdict", soon, |v| v["event"] == "verdict");
    assert_eq!(v["verdict"]["kind"], "reachable", "{v}");

    w.dns.set("chatgpt.com", addrs(&["0.0.0.0"]));
    // A network change (a new address) makes it look again at once.
    let renumber = |from: &str, to: &str| {
        w.client
            .ip(&["addr", "del", &format!("{from}/24"), "dev", "lan0"]);
        w.client
            .ip(&["addr", "add", &format!("{to}/24"), "dev", "lan0"]);
        w.client.ip(&[
            "route", "replace", "default", "via", EDGE, "dev", "lan0", "onlink",
        ]);
    };
    renumber(CLIENT, "10.88.0.3");
    let n = d.expect("problem notification", soon, |v| {
        is_notification(v, "problem")
    });
    assert_eq!(n["cause"], "dns_filtered", "{n}");
    assert_eq!(n["fixes"][0], "allow_in_dns_filter");
    assert_eq!(n["title"], "A DNS filter blocks chatgpt.com", "{n}");
    let verdicts = d.events("verdict");
    assert!(
        verdicts
            .iter()
            .any(|v| v["verdict"]["kind"] == "dns_blocked" && v["cause"] == "dns_filtered"),
        "{verdicts:?}"
    );

    w.dns.set("chatgpt.com", addrs(&[SITE]));
    renumber("10.88.0.3", CLIENT);
    d.expect("resolved notification", soon, |v| {
        is_notification(v, "resolved")
    });
    assert_eq!(
        d.events("notification").len(),
        2,
        "{:?}",
        d.events("notification")
    );
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(std::time::Duration::from_secs(10)), Some(0));
}

#[test]
fn a_public_resolver_over_https_is_the_second_opinion() {
    require_root!();
    let w = dns_world(Reply::Fixture(fixture("reachable_200")));
    let public: Zone = Default::default();
    public.lock().unwrap().insert(
        "chatgpt.com".into(),
        addrs(&["104.18.32.47", "2606:4700::6812:202f"]),
    );
    start_doh(&w.edge.name, &format!("{EDGE}:8053"), public);
    // The local resolver denies the name and says nothing about the
    // control: only the public resolver can tell a filter from a failure.
    w.dns.set("chatgpt.com", Rule::NxDomain);
    w.dns.set(ECHO_HOST, Rule::Drop);
    let s = Scratch::new();
    let j = w.check(&s, "");
    assert_ne!(j["verdict"]["kind"], "dns_blocked", "without DoH: {j}");
    assert!(j["network"]["dns"]["doh"].is_null(), "{j}");

    let doh = format!("[dns]\ndoh_url = \"http://{EDGE}:8053/dns-query\"\n");
    let j = w.check(&s, &doh);
    assert_dns_blocked(&j, "chatgpt.com: NXDOMAIN");
    assert_eq!(
        j["network"]["dns"]["doh"]["answer"]["addrs"][0], "104.18.32.47",
        "{j}"
    );
    let ev = evidence(&j);
    assert!(
        ev.contains("a public resolver over DNS-over-HTTPS answers chatgpt.com: 104.18.32.47"),
        "{ev}"
    );
}
