//! Asking the router for its WAN address, in network namespaces: a host
//! behind a router running miniupnpd (UPnP IGD, NAT-PMP, PCP), behind a
//! provider that routes a public address, or puts a carrier-grade NAT or
//! a second router in front; no UPnP at all; and hostile routers (needs
//! root; miniupnpd, upnpc and natpmpc from `.ci/install-deps test`).

// Linux only: network namespaces.
#![cfg(target_os = "linux")]

mod common;

use blockwatch::core::local::router::{Protocol, RouterFacts};
use common::routerworld::*;
use std::net::Ipv4Addr;
use std::time::Duration;

/// The adapter itself, run once from the host's namespace.
fn ask_from(w: &RouterWorld) -> (RouterFacts, Duration) {
    w.ask_router(1).remove(0)
}

#[test]
fn miniupnpd_with_a_public_wan() {
    let Some(mut w) = lab(Wan::Public) else {
        return;
    };
    w.start_miniupnpd();
    // The lab as miniupnpc sees it.
    let upnpc = w.on_host(&["upnpc", "-s"]);
    assert!(upnpc.contains("ExternalIPAddress = 81.2.0.2"), "{upnpc}");
    let (facts, took) = ask_from(&w);
    assert!(took < Duration::from_millis(2200), "{took:?}");
    assert!(facts.found, "{facts:?}");
    assert_eq!(facts.protocol, Some(Protocol::Upnp));
    assert_eq!(facts.wan_address, Some(Ipv4Addr::new(81, 2, 0, 2)));
    assert_eq!(facts.name.as_deref(), Some("Lab router"));
    assert_eq!(facts.status.as_deref(), Some("Connected"));
    let svc = facts.wan_service.clone().expect("the WAN service is kept");
    assert_eq!(svc.control_url, "http://192.168.1.1:5000/ctl/IPConn");
    assert!(svc.service_type.contains("WANIPConnection"), "{svc:?}");
    assert!(
        svc.force_termination,
        "miniupnpd advertises ForceTermination"
    );
    eprintln!("{facts:?} in {took:?}");
}

#[test]
fn miniupnpd_behind_carrier_grade_nat_and_double_nat() {
    for wan in [Wan::Cgnat, Wan::DoubleNat] {
        let Some(mut w) = lab(wan) else {
            return;
        };
        w.start_miniupnpd();
        // What miniupnpd says of a reserved WAN address, checked with its
        // own tools: NAT-PMP result 3, and an empty external address.
        let natpmpc = w.on_host(&["natpmpc", "-g", ROUTER_LAN]);
        assert!(natpmpc.contains("returned -52"), "{natpmpc}");
        let (facts, took) = ask_from(&w);
        assert!(took < Duration::from_millis(2200), "{wan:?}: {took:?}");
        assert!(facts.found, "{wan:?}: {facts:?}");
        assert_eq!(facts.wan_address, None, "{wan:?}: {facts:?}");
        assert!(facts.no_public, "{wan:?}: {facts:?}");
        assert_eq!(facts.name.as_deref(), Some("Lab router"));
    }
}

#[test]
fn pcp_map_against_miniupnpd() {
    use blockwatch::core::local::router::natpmp::Answer;
    let pcp = |w: &RouterWorld| {
        w.in_host(|rt| {
            let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
            rt.block_on(blockwatch::adapters::router::natpmp::pcp(
                host_link(),
                deadline,
            ))
        })
    };
    let Some(mut w) = lab(Wan::Public) else {
        return;
    };
    w.start_miniupnpd();
    assert_eq!(
        pcp(&w),
        Some(Answer::Address(Ipv4Addr::new(81, 2, 0, 2))),
        "{}",
        w.miniupnpd_log()
    );
    // The mapping was deleted again, before the answer came back.
    let log = w.miniupnpd_log();
    assert!(
        log.contains("PCP: UDP port") && log.contains("mapping removed"),
        "{log}"
    );
    drop(w);
    let mut w = router_world(Wan::Cgnat);
    w.start_miniupnpd();
    // No address: miniupnpd 2.3.1 answers NO_RESOURCES (8) here, where
    // other servers say NETWORK_FAILURE (7).
    let answer = pcp(&w);
    assert!(
        matches!(answer, Some(Answer::NoPublic | Answer::Refused(8))),
        "{answer:?}: {}",
        w.miniupnpd_log()
    );
}

#[test]
fn no_upnp_and_no_nat_pmp() {
    let Some(w) = lab(Wan::Public) else {
        return;
    };
    let (facts, took) = ask_from(&w);
    assert!(!facts.found, "{facts:?}");
    assert_eq!(facts.protocol, None);
    // The search waits its second for answers; NAT-PMP's port is closed.
    assert!(took < Duration::from_millis(1500), "{took:?}");
}

mod hostile {
    use super::*;
    use common::fakeigd::{Desc, Igd, Soap};

    #[test]
    fn a_fritzbox_behind_carrier_grade_nat_names_its_address() {
        let Some(w) = lab(Wan::Cgnat) else {
            return;
        };
        let _igd = w.fake_igd(Igd::fritz("100.64.12.34"));
        let (facts, took) = ask_from(&w);
        assert!(took < Duration::from_millis(2200), "{took:?}");
        assert_eq!(
            facts.wan_address,
            Some(Ipv4Addr::new(100, 64, 12, 34)),
            "{facts:?}"
        );
        assert_eq!(facts.name.as_deref(), Some("FRITZ!Box 7590"));
        assert_eq!(facts.line, Some(blockwatch::core::local::router::Line::Dsl));
        let svc = facts.wan_service.unwrap();
        assert_eq!(
            svc.control_url,
            "http://192.168.1.1:5000/igdupnp/control/WANIPConn1"
        );
    }

    #[test]
    fn a_50_mb_description_is_not_read() {
        let Some(w) = lab(Wan::Public) else {
            return;
        };
        let igd = w.fake_igd(Igd {
            desc: Desc::Huge(50 << 20),
            pmp: Some((0, Ipv4Addr::new(81, 2, 0, 2))),
            ..Igd::fritz("81.2.0.2")
        });
        let (facts, took) = ask_from(&w);
        assert!(took < Duration::from_millis(2200), "{took:?}");
        // The search was answered; the address came over NAT-PMP.
        assert!(facts.found);
        assert_eq!(facts.name, None);
        assert_eq!(facts.protocol, Some(Protocol::NatPmp));
        assert_eq!(facts.wan_address, Some(Ipv4Addr::new(81, 2, 0, 2)));
        assert_eq!(*igd.requests.lock().unwrap(), vec!["GET /igddesc.xml"]);
    }

    #[test]
    fn a_soap_answer_that_never_ends() {
        let Some(w) = lab(Wan::Public) else {
            return;
        };
        let igd = w.fake_igd(Igd {
            soap: Soap::Endless,
            ..Igd::fritz("")
        });
        let (facts, took) = ask_from(&w);
        assert!(took < Duration::from_millis(2300), "{took:?}");
        assert!(facts.found);
        assert_eq!(facts.name.as_deref(), Some("FRITZ!Box 7590"));
        assert_eq!(facts.wan_address, None);
        assert!(!facts.no_public, "an unread answer says nothing: {facts:?}");
        // Read to the cap, then dropped: it did not go on for the 2 s.
        let sent = *igd.sent.lock().unwrap();
        assert!(sent < 64 << 20, "{sent}");
    }

    #[test]
    fn a_wan_of_0_0_0_0_is_no_public_address() {
        let Some(w) = lab(Wan::Public) else {
            return;
        };
        let _igd = w.fake_igd(Igd::fritz("0.0.0.0"));
        let (facts, _) = ask_from(&w);
        assert!(
            facts.found && facts.no_public && facts.wan_address.is_none(),
            "{facts:?}"
        );
    }

    #[test]
    fn a_location_off_the_lan_is_never_followed() {
        let Some(w) = lab(Wan::Public) else {
            return;
        };
        let igd = w.fake_igd(Igd {
            location: Some(format!("http://{SITE}:8080/igddesc.xml")),
            ..Igd::fritz("81.2.0.2")
        });
        let (facts, took) = ask_from(&w);
        assert!(!facts.found, "{facts:?}");
        assert!(took < Duration::from_millis(1500), "{took:?}");
        assert_eq!(w.site.count("/igddesc.xml"), 0);
        assert!(igd.requests.lock().unwrap().is_empty());
    }
}
