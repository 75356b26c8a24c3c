//! The router's documents and the decision, against a FRITZ!Box's
//! description structure and miniupnpd's own answers (tests/fixtures/router).

use super::natpmp::Answer;
use super::upnp::*;
use super::*;

fn fixture(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/router/");
    std::fs::read_to_string(format!("{path}{name}")).unwrap()
}

fn ip(s: &str) -> Ipv4Addr {
    s.parse().unwrap()
}

const LINK: Link = Link {
    local: Ipv4Addr::new(192, 168, 178, 20),
    prefix: 24,
    gateway: Ipv4Addr::new(192, 168, 178, 1),
};

#[test]
fn ssdp_answers() {
    let reply = b"HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nUSN: uuid:x::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nEXT:\r\nSERVER: Debian/12 UPnP/1.1 MiniUPnPd/2.3.1\r\nLocation: http://192.168.178.1:49000/igddesc.xml\r\n\r\n";
    let r = parse_ssdp(reply).unwrap();
    assert_eq!(r.location, "http://192.168.178.1:49000/igddesc.xml");
    assert_eq!(
        r.st.as_deref(),
        Some("urn:schemas-upnp-org:device:InternetGatewayDevice:1")
    );
    // A search echoed back, a NOTIFY, no location, junk: not answers.
    for junk in [
        &msearch(SEARCH_TARGETS[0]).into_bytes()[..],
        b"NOTIFY * HTTP/1.1\r\nLOCATION: http://192.168.178.1/\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nST: x\r\n\r\n",
        b"HTTP/1.1 404 Not Found\r\nLOCATION: http://192.168.178.1/\r\n\r\n",
        &[0xff, 0xfe, 0],
    ] {
        assert_eq!(parse_ssdp(junk), None);
    }
}

#[test]
fn urls_stay_on_the_gateways_link() {
    let base = LINK
        .local_url(None, "http://192.168.178.1:49000/igddesc.xml")
        .unwrap();
    assert_eq!(
        LINK.local_url(Some(&base), "/igdupnp/control/WANIPConn1")
            .unwrap()
            .as_str(),
        "http://192.168.178.1:49000/igdupnp/control/WANIPConn1"
    );
    assert!(LINK
        .local_url(Some(&base), "http://192.168.178.2:5000/ctl")
        .is_some());
    for off in [
        "http://203.0.113.9/desc.xml",        // the internet
        "http://192.168.1.1/desc.xml",        // another network
        "http://fritz.box:49000/igddesc.xml", // a name: DNS decides where it goes
        "https://192.168.178.1/desc.xml",     // not plain HTTP
        "http://user:pw@192.168.178.1/",      // credentials
        "file:///etc/passwd",
        "//203.0.113.9/x",
        "http://[fe80::1]/desc.xml",
        "http://127.0.0.1:5000/rootDesc.xml",
    ] {
        assert_eq!(LINK.local_url(Some(&base), off), None, "{off}");
    }
    assert!(LINK.askable());
    let public_gw = Link {
        gateway: ip("81.2.0.1"),
        ..LINK
    };
    assert!(!public_gw.askable(), "the provider's gateway is not asked");
    let wide = Link { prefix: 0, ..LINK };
    assert!(!wide.askable());
}

#[test]
fn fritzbox_description() {
    let d = parse_description(&fixture("fritzbox-igddesc.xml")).unwrap();
    assert_eq!(d.name().as_deref(), Some("FRITZ!Box 7590"));
    assert_eq!(d.services.len(), 2, "{:?}", d.services);
    assert_eq!(d.services[0].kind, ServiceKind::Ip);
    assert_eq!(d.services[0].control_url, "/igdupnp/control/WANIPConn1");
    assert_eq!(
        d.services[0].service_type,
        "urn:schemas-upnp-org:service:WANIPConnection:1"
    );
    assert_eq!(d.services[1].kind, ServiceKind::Common);
}

#[test]
fn miniupnpd_description_and_actions() {
    let d = parse_description(&fixture("miniupnpd-rootdesc.xml")).unwrap();
    assert_eq!(d.name().as_deref(), Some("Lab router"));
    assert_eq!(d.model_name.as_deref(), Some("Lab IGD"));
    let conn = &d.services[0];
    assert_eq!(
        (conn.kind, conn.control_url.as_str(), conn.scpd_url.as_str()),
        (ServiceKind::Ip, "/ctl/IPConn", "/WANIPCn.xml")
    );
    let actions = parse_actions(&fixture("miniupnpd-wanipcn-scpd.xml")).unwrap();
    assert!(actions.iter().any(|a| a == "ForceTermination"));
    assert!(actions.iter().any(|a| a == "GetExternalIPAddress"));
    assert!(
        !actions.iter().any(|a| a == "NewConnectionType"),
        "arguments are not actions"
    );
}

#[test]
fn hostile_descriptions() {
    let evil = "<root><device><friendlyName>\u{1b}]0;x\u{7}Box</friendlyName><serviceList><service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1\r\nX: y</serviceType><controlURL>/c</controlURL></service></serviceList></device></root>";
    let d = parse_description(evil).unwrap();
    assert_eq!(d.name().as_deref(), Some("]0;xBox"));
    assert!(
        d.services.is_empty(),
        "a service type that would break a header"
    );
    let long = format!(
        "<root><device><friendlyName>{}</friendlyName></device></root>",
        "x".repeat(10_000)
    );
    assert_eq!(
        parse_description(&long).unwrap().name().unwrap().len(),
        NAME_CAP
    );
    assert!(parse_description("<html><body>router login</body></html>").is_err());
}

#[test]
fn soap_answers_and_faults() {
    let args = parse_soap(&fixture("soap-external-ip.xml"), "GetExternalIPAddress").unwrap();
    assert_eq!(arg(&args, "NewExternalIPAddress"), Some("203.0.113.2"));
    let status = parse_soap(&fixture("miniupnpd-status.xml"), "GetStatusInfo").unwrap();
    assert_eq!(arg(&status, "NewConnectionStatus"), Some("Connected"));
    let link = parse_soap(&fixture("miniupnpd-link.xml"), "GetCommonLinkProperties").unwrap();
    assert_eq!(arg(&link, "NewWANAccessType"), Some("Cable"));
    assert_eq!(
        parse_soap(&fixture("soap-fault-606.xml"), "ForceTermination"),
        Err(SoapError::Fault {
            code: Some(606),
            description: Some("Action not authorized".into())
        })
    );
    // The answer to another action is not this one's.
    assert_eq!(
        parse_soap(&fixture("soap-external-ip.xml"), "GetStatusInfo"),
        Err(SoapError::Malformed)
    );
    let body = soap_body(
        "urn:schemas-upnp-org:service:WANIPConnection:1",
        "GetStatusInfo",
    );
    assert!(body
        .contains("<u:GetStatusInfo xmlns:u=\"urn:schemas-upnp-org:service:WANIPConnection:1\">"));
    assert_eq!(
        soap_action(
            "urn:schemas-upnp-org:service:WANIPConnection:1",
            "GetStatusInfo"
        ),
        "\"urn:schemas-upnp-org:service:WANIPConnection:1#GetStatusInfo\""
    );
}

fn upnp(external: &str) -> UpnpAnswer {
    UpnpAnswer {
        name: Some("FRITZ!Box 7590".into()),
        external: Some(external.into()),
        status: Some("Connected".into()),
        ..UpnpAnswer::default()
    }
}

#[test]
fn merging_the_protocols() {
    let gw = ip("192.168.178.1");
    let r = merge(gw, Some(upnp("203.0.113.2")), None);
    assert_eq!(
        (r.found, r.protocol, r.wan_address, r.no_public),
        (true, Some(Protocol::Upnp), Some(ip("203.0.113.2")), false)
    );
    // miniupnpd on a reserved WAN: an empty address and NAT-PMP result 3.
    let r = merge(
        gw,
        Some(upnp("")),
        Some((Protocol::NatPmp, Answer::NoPublic)),
    );
    assert_eq!(
        (r.protocol, r.wan_address, r.no_public),
        (Some(Protocol::Upnp), None, true)
    );
    let r = merge(
        gw,
        None,
        Some((Protocol::NatPmp, Answer::Address(ip("100.64.5.6")))),
    );
    assert_eq!(
        (r.protocol, r.wan_address),
        (Some(Protocol::NatPmp), Some(ip("100.64.5.6")))
    );
    // UPnP says nothing useful, PCP has the address.
    let r = merge(
        gw,
        Some(upnp("garbage")),
        Some((Protocol::Pcp, Answer::Address(ip("81.2.0.2")))),
    );
    assert_eq!(
        (r.protocol, r.wan_address),
        (Some(Protocol::Pcp), Some(ip("81.2.0.2")))
    );
    assert_eq!(r.name.as_deref(), Some("FRITZ!Box 7590"));
    let r = merge(gw, Some(upnp("0.0.0.0")), None);
    assert!(r.no_public && r.wan_address.is_none());
    let r = merge(gw, None, Some((Protocol::NatPmp, Answer::Refused(2))));
    assert_eq!(
        (r.found, r.protocol, r.no_public),
        (true, Some(Protocol::NatPmp), false)
    );
    let r = merge(gw, None, None);
    assert!(!r.found && r.protocol.is_none());
}

#[test]
fn the_decision() {
    let gw = ip("192.168.178.1");
    let public = Some(ip("203.0.113.2"));
    let with = |ext: &str| merge(gw, Some(upnp(ext)), None);
    assert_eq!(
        sharing(&with("203.0.113.2"), public, false),
        Sharing::Own {
            chance: RestartChance::Unknown
        }
    );
    let why = |ext: &str| match sharing(&with(ext), public, false) {
        Sharing::Shared { why } => Some(why),
        _ => None,
    };
    assert_eq!(why("100.64.5.6"), Some(SharedWhy::Cgnat));
    assert_eq!(why("100.127.255.1"), Some(SharedWhy::Cgnat));
    assert_eq!(why("100.128.0.1"), Some(SharedWhy::Different));
    assert_eq!(why("192.0.0.2"), Some(SharedWhy::DsLite));
    assert_eq!(why("192.168.0.5"), Some(SharedWhy::Private));
    assert_eq!(why("10.1.2.3"), Some(SharedWhy::Private));
    assert_eq!(why("172.20.0.1"), Some(SharedWhy::Private));
    assert_eq!(why(""), Some(SharedWhy::NoPublic));
    assert_eq!(why("0.0.0.0"), Some(SharedWhy::NoPublic));
    assert_eq!(why("198.51.100.7"), Some(SharedWhy::Different));
    // A shared WAN is shared whatever else is known; a public one needs
    // the address the internet sees, and a VPN makes "different" mean nothing.
    assert_eq!(
        sharing(&with("100.64.5.6"), None, true).shared(),
        Some(true)
    );
    assert_eq!(
        sharing(&with("198.51.100.7"), None, false),
        Sharing::Unknown
    );
    assert_eq!(
        sharing(&with("198.51.100.7"), public, true),
        Sharing::Unknown
    );
    assert_eq!(
        sharing(&merge(gw, None, None), public, false),
        Sharing::Unknown
    );
    assert_eq!(sharing(&with("garbage"), public, false), Sharing::Unknown);

    let line = |ppp: bool, access: &str| {
        let mut u = upnp("203.0.113.2");
        u.ppp = ppp;
        u.access_type = Some(access.into());
        sharing(&merge(gw, Some(u), None), public, false)
    };
    let own = |chance| Sharing::Own { chance };
    assert_eq!(line(true, "Cable"), own(RestartChance::Likely));
    assert_eq!(line(false, "DSL"), own(RestartChance::Likely));
    assert_eq!(line(false, "Cable"), own(RestartChance::Unlikely));
    assert_eq!(line(false, "Ethernet"), own(RestartChance::Unknown));
}

#[test]
fn same_range() {
    let a = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
    assert!(same_24(a("81.2.0.2"), a("81.2.0.77")));
    assert!(!same_24(a("81.2.0.2"), a("81.2.1.2")));
    assert!(!same_24(a("2001:db8::1"), a("2001:db8::2")));
}
