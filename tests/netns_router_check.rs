//! `blockwatch check` and the daemon in the router lab (network namespaces,
//! needs root): the contract `network.router` and the fixes for a router
//! holding a public address, one behind carrier-grade NAT or another
//! router, no UPnP at all, a hostile router; and no SSDP or NAT-PMP at
//! all for a target that is not ChatGPT's.

// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use common::fakeigd::{Desc, Igd, Soap};
use common::routerworld::*;
use common::*;
use serde_json::{json, Value};
use std::net::Ipv4Addr;
use std::sync::atomic::Ordering;
use std::time::Duration;

fn fixes(j: &Value) -> Value {
    j["diagnosis"]["fixes"].clone()
}

fn evidence(j: &Value) -> String {
    j["diagnosis"]["evidence"].to_string()
}

#[test]
fn a_public_wan_keeps_the_restart_first() {
    let Some(mut w) = lab(Wan::Public) else {
        return;
    };
    w.start_miniupnpd();
    w.refuse_home();
    let s = Scratch::new();
    let run = w.check(&s, &[]);
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
    assert_eq!(run.code, Some(1));
    let j = run.json();
    assert_eq!(
        j["network"]["router"],
        json!({"found": true, "protocol": "upnp", "wan_address": "81.2.0.2",
               "shared_address": false, "name": "Lab router", "can_reconnect": true}),
        "{j}"
    );
    assert_eq!(j["diagnosis"]["cause"], "public_ip_blocked");
    assert_eq!(
        fixes(&j),
        json!(["restart_router", "use_other_network", "contact_isp"])
    );
    // miniupnpd says its line is cable: the restart step says what to expect.
    let first = j["diagnosis"]["steps"][0]["steps"][0].as_str().unwrap();
    assert!(first.contains("cable line"), "{first}");
    assert!(
        evidence(&j).contains("reports the internet address 81.2.0.2, the one the internet sees")
    );
    // The text report's router line.
    let cfg = w.config(&s);
    let text = s.run_in(
        &w.host,
        &["--config", cfg.to_str().unwrap(), "check"],
        &[],
        Duration::from_secs(30),
    );
    assert!(
        text.stdout
            .contains("Router:   Lab router (UPnP), internet address 81.2.0.2: its own"),
        "{}",
        text.stdout
    );
}

#[test]
fn carrier_grade_nat_and_double_nat_are_shared() {
    for wan in [Wan::Cgnat, Wan::DoubleNat] {
        let Some(mut w) = lab(wan) else {
            return;
        };
        w.start_miniupnpd();
        w.refuse_home();
        let s = Scratch::new();
        let run = w.check(&s, &[]);
        assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
        let j = run.json();
        let r = &j["network"]["router"];
        assert_eq!(r["found"], true, "{wan:?}: {j}");
        assert_eq!(r["shared_address"], true, "{wan:?}: {j}");
        // miniupnpd gives no address on a reserved WAN (and NAT-PMP says 3).
        assert_eq!(r["wan_address"], Value::Null, "{wan:?}");
        assert_eq!(r["protocol"], "upnp");
        assert_eq!(j["network"]["public_ip"], PROVIDER_PUBLIC);
        assert_eq!(
            fixes(&j),
            json!(["use_other_network", "contact_isp"]),
            "{wan:?}"
        );
        let explanation = j["diagnosis"]["explanation"].as_str().unwrap();
        assert!(
            explanation.ends_with(
                "Your provider shares this address with other customers; restarting the router will not change it."
            ),
            "{explanation}"
        );
        let isp = j["diagnosis"]["steps"][1]["steps"].to_string();
        assert!(isp.contains("public IPv4 address of your own"), "{isp}");
        assert!(
            isp.contains("it has no public IPv4 address of its own"),
            "{isp}"
        );
        assert!(evidence(&j).contains("says it has no public IPv4 address"));
    }
}

#[test]
fn a_fritzbox_on_carrier_grade_nat_names_its_address_in_every_language() {
    let Some(w) = lab(Wan::Cgnat) else {
        return;
    };
    let _igd = w.fake_igd(Igd::fritz("100.64.12.34"));
    w.refuse_home();
    let s = Scratch::new();
    let j = w.check(&s, &[]).json();
    assert_eq!(
        j["network"]["router"],
        json!({"found": true, "protocol": "upnp", "wan_address": "100.64.12.34",
               "shared_address": true, "name": "FRITZ!Box 7590", "can_reconnect": true}),
        "{j}"
    );
    assert!(
        evidence(&j).contains("carrier-grade NAT (100.64.0.0/10)"),
        "{j}"
    );
    let isp = j["diagnosis"]["steps"][1]["steps"].to_string();
    assert!(
        isp.contains("its internet-side address is 100.64.12.34"),
        "{isp}"
    );
    // The text report in each language names the router and its address.
    let cfg = w.config(&s);
    for (lang, word) in [
        ("zh-CN", "路由器"),
        ("ru", "Роутер"),
        ("fa", "روتر"),
        ("es", "Router"),
        ("tr", "Modem"),
    ] {
        let run = s.run_in(
            &w.host,
            &["--config", cfg.to_str().unwrap(), "--lang", lang, "check"],
            &[],
            Duration::from_secs(30),
        );
        assert!(
            run.stdout.contains(word) && run.stdout.contains("100.64.12.34"),
            "{lang}: {}",
            run.stdout
        );
    }
}

/// How long a check takes against a target the router is not asked for
/// (the site's address): the baseline the router step adds to.
fn baseline(w: &RouterWorld, s: &Scratch) -> (Duration, i64) {
    measured(w, s, &w.plain_config(s))
}

fn measured(w: &RouterWorld, s: &Scratch, cfg: &std::path::Path) -> (Duration, i64) {
    let mut c = s.command("ip");
    c.args(["netns", "exec", &w.host.name, BIN, "--config"])
        .arg(cfg)
        .args(["check", "--json"]);
    let t = std::time::Instant::now();
    let (code, out, err, rss) = run_measured(c, Duration::from_secs(30));
    assert!(matches!(code, Some(0 | 1)), "{code:?}: {out}{err}");
    (t.elapsed(), rss)
}

#[test]
fn no_upnp_and_no_nat_pmp_is_as_today_and_at_most_2_s_slower() {
    let Some(w) = lab(Wan::Public) else {
        return;
    };
    w.refuse_home();
    let s = Scratch::new();
    let j = w.check(&s, &[]).json();
    assert_eq!(
        j["network"]["router"],
        json!({"found": false, "protocol": null, "wan_address": null,
               "shared_address": null, "name": null, "can_reconnect": false}),
        "{j}"
    );
    assert_eq!(
        fixes(&j),
        json!(["restart_router", "use_other_network", "contact_isp"])
    );
    assert!(evidence(&j).contains("the router did not say its internet address"));
    let (plain, _) = baseline(&w, &s);
    let (with_router, _) = measured(&w, &s, &w.config(&s));
    assert!(
        with_router < plain + Duration::from_secs(2),
        "{with_router:?} against {plain:?}"
    );
}

#[test]
fn a_hostile_router_costs_at_most_2_s_and_a_few_mib() {
    let Some(w) = lab(Wan::Public) else {
        return;
    };
    w.refuse_home();
    let s = Scratch::new();
    let (plain, plain_rss) = baseline(&w, &s);
    for (what, igd) in [
        (
            "a 50 MB description",
            Igd {
                desc: Desc::Huge(50 << 20),
                ..Igd::fritz("81.2.0.2")
            },
        ),
        (
            "a SOAP answer that never ends",
            Igd {
                soap: Soap::Endless,
                ..Igd::fritz("81.2.0.2")
            },
        ),
        ("a WAN of 0.0.0.0", Igd::fritz("0.0.0.0")),
    ] {
        let igd = w.fake_igd(igd);
        let (took, rss) = measured(&w, &s, &w.config(&s));
        eprintln!("{what}: {took:?}, peak RSS {rss} KiB (baseline {plain:?}, {plain_rss} KiB)");
        assert!(took < plain + Duration::from_secs(2), "{what}: {took:?}");
        assert!(rss < plain_rss + 4 * 1024, "{what}: {rss} KiB");
        let j = w.check(&s, &[]).json();
        let r = &j["network"]["router"];
        assert_eq!(r["found"], true, "{what}: {j}");
        match what {
            "a WAN of 0.0.0.0" => {
                assert_eq!(r["shared_address"], true, "{j}");
                assert_eq!(r["wan_address"], Value::Null);
            }
            _ => assert_eq!(r["shared_address"], Value::Null, "{what}: {j}"),
        }
        drop(igd);
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[test]
fn a_target_that_is_not_chatgpts_sends_nothing_to_the_router() {
    let Some(w) = lab(Wan::Public) else {
        return;
    };
    let igd = w.fake_igd(Igd {
        pmp: Some((0, Ipv4Addr::new(81, 2, 0, 2))),
        ..Igd::fritz("81.2.0.2")
    });
    let s = Scratch::new();
    let cfg = w.plain_config(&s);
    let run = s.run_in(
        &w.host,
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        Duration::from_secs(30),
    );
    assert_eq!(run.json()["network"]["router"], Value::Null);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(igd.searches.load(Ordering::Relaxed), 0);
    assert_eq!(igd.pmp_asked.load(Ordering::Relaxed), 0);
    assert!(igd.requests.lock().unwrap().is_empty());
}

#[test]
fn the_daemon_tells_a_shared_address_and_exports_it() {
    let Some(w) = lab(Wan::Cgnat) else {
        return;
    };
    let _igd = w.fake_igd(Igd::fritz("100.64.12.34"));
    w.refuse_home();
    let s = Scratch::new();
    let prom = s.path().join("blockwatch.prom");
    let cfg = s.write(
        "config.toml",
        &format!(
            "[target]\nurl = \"http://chatgpt.com:8080/\"\ntimeout = \"3s\"\n\n[public_ip]\necho_urls = [\"http://{ECHO_HOST}:8080/ip\"]\n\n[status_page]\nurl = \"http://{ECHO_HOST}:8080/summary.json\"\n\n[export]\ntextfile = \"{}\"\n",
            prom.display()
        ),
    );
    let mut c = s.command("ip");
    c.args(["netns", "exec", &w.host.name, BIN, "--config"])
        .arg(&cfg)
        .args(["-v", "run", "--headless"]);
    let mut d = Daemon::spawn(c, &[]);
    let n = d.expect("a problem notification", Duration::from_secs(20), |v| {
        is_notification(v, "problem")
    });
    assert_eq!(n["cause"], "public_ip_blocked");
    assert_eq!(
        n["fixes"],
        json!(["use_other_network", "contact_isp"]),
        "{n}"
    );
    assert_eq!(
        n["body"],
        "Your provider shares this address with other customers; restarting the router will not change it. Try another network, such as your phone's hotspot."
    );
    let exported = wait_until(Duration::from_secs(5), || {
        std::fs::read_to_string(&prom)
            .is_ok_and(|t| t.contains("blockwatch_shared_address{state=\"shared\"} 1"))
    });
    assert!(exported, "{:?}", std::fs::read_to_string(&prom));
}
