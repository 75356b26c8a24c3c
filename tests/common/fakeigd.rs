//! A fake UPnP router written for the tests, inside a namespace the test
//! made: it answers the SSDP search, serves a FRITZ!Box-like description
//! and SOAP, and can misbehave (a 50 MB description, a SOAP answer that
//! never ends, a location off the LAN, a WAN of 0.0.0.0). NAT-PMP answers
//! on request. Real routers behave; this one is for what a bad one does.
#![allow(dead_code)]

use super::netns::enter_netns;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const IGD_PORT: u16 = 5000;

#[derive(Clone, Debug)]
pub enum Desc {
    /// A FRITZ!Box's description with this friendly name.
    Fritz(String),
    /// A description of this many bytes that is all padding, its length
    /// not said (read until the connection closes).
    Huge(usize),
}

#[derive(Clone, Debug)]
pub enum Soap {
    /// `GetExternalIPAddress` answers this (empty, 0.0.0.0, an address).
    Wan(String),
    /// Headers, then a body that never ends.
    Endless,
}

#[derive(Clone, Debug)]
pub struct Igd {
    pub desc: Desc,
    pub soap: Soap,
    /// The search answer's LOCATION (default: this router's description).
    pub location: Option<String>,
    /// NAT-PMP answers with this result code and address (`None`: the port is closed).
    pub pmp: Option<(u16, Ipv4Addr)>,
    /// `NewWANAccessType`.
    pub access: &'static str,
    /// `ForceTermination`: accepted (`None`, as a FRITZ!Box with UPnP
    /// status on does) or refused with this UPnP error (606, as miniupnpd).
    pub force_termination_error: Option<u16>,
}

impl Igd {
    pub fn fritz(wan: &str) -> Igd {
        Igd {
            desc: Desc::Fritz("FRITZ!Box 7590".into()),
            soap: Soap::Wan(wan.into()),
            location: None,
            pmp: None,
            access: "DSL",
            force_termination_error: None,
        }
    }
}

pub struct FakeIgd {
    stop: Arc<AtomicBool>,
    /// "GET /path" or "POST /path action", in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    /// Bytes of description and SOAP bodies written.
    pub sent: Arc<Mutex<u64>>,
    /// SSDP searches and NAT-PMP/PCP datagrams received.
    pub searches: Arc<AtomicUsize>,
    pub pmp_asked: Arc<AtomicUsize>,
}

impl Drop for FakeIgd {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// One of the router fixtures the core's unit tests read.
fn fixture(name: &str) -> String {
    std::fs::read_to_string(super::fixtures_dir().join("router").join(name)).unwrap()
}

fn soap_ok(action: &str, args: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:{action}Response xmlns:u=\"urn:schemas-upnp-org:service:WANIPConnection:1\">{args}</u:{action}Response></s:Body></s:Envelope>\r\n"
    )
}

fn respond(mut s: TcpStream, igd: &Igd, log: &Mutex<Vec<String>>, sent: &Mutex<u64>) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let mut r = BufReader::new(s.try_clone().unwrap());
    let mut line = String::new();
    if r.read_line(&mut line).is_err() {
        return;
    }
    let mut words = line.split_whitespace();
    let (method, path) = (
        words.next().unwrap_or("").to_string(),
        words.next().unwrap_or("").to_string(),
    );
    let (mut len, mut action) = (0usize, String::new());
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).is_err() || h.trim().is_empty() {
            break;
        }
        let lower = h.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            len = v.trim().parse().unwrap_or(0);
        }
        if lower.starts_with("soapaction:") {
            action = h
                .rsplit('#')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches('"')
                .to_string();
        }
    }
    let mut body = vec![0u8; len.min(65536)];
    let _ = r.read_exact(&mut body);
    log.lock()
        .unwrap()
        .push(format!("{method} {path} {action}").trim().to_string());
    let ok = |ctype: &str, body: &str| {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let reply = match (method.as_str(), path.as_str(), &igd.desc) {
        ("GET", "/igddesc.xml", Desc::Fritz(name)) => {
            let d = fixture("fritzbox-igddesc.xml").replace(
                "<friendlyName>FRITZ!Box 7590</friendlyName>",
                &format!("<friendlyName>{name}</friendlyName>"),
            );
            ok("text/xml", &d)
        }
        ("GET", "/igddesc.xml", Desc::Huge(n)) => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n<?xml version=\"1.0\"?><root><device><friendlyName>";
            if s.write_all(head.as_bytes()).is_err() {
                return;
            }
            let pad = vec![b'A'; 64 * 1024];
            let mut left = *n;
            while left > 0 {
                let k = left.min(pad.len());
                if s.write_all(&pad[..k]).is_err() {
                    return;
                }
                *sent.lock().unwrap() += k as u64;
                left -= k;
            }
            return;
        }
        ("GET", "/igdconnSCPD.xml", _) => ok("text/xml", &fixture("miniupnpd-wanipcn-scpd.xml")),
        ("POST", "/igdupnp/control/WANIPConn1", _) => match (action.as_str(), &igd.soap) {
            ("GetExternalIPAddress", Soap::Endless) => {
                let head = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n<?xml version=\"1.0\"?><s:Envelope><s:Body>";
                if s.write_all(head.as_bytes()).is_err() {
                    return;
                }
                let pad = vec![b' '; 16 * 1024];
                while s.write_all(&pad).is_ok() {
                    *sent.lock().unwrap() += pad.len() as u64;
                }
                return;
            }
            ("GetExternalIPAddress", Soap::Wan(w)) => ok(
                "text/xml",
                &soap_ok(action.as_str(), &format!("<NewExternalIPAddress>{w}</NewExternalIPAddress>")),
            ),
            ("GetStatusInfo", _) => ok(
                "text/xml",
                &soap_ok("GetStatusInfo", "<NewConnectionStatus>Connected</NewConnectionStatus><NewLastConnectionError>ERROR_NONE</NewLastConnectionError><NewUptime>100</NewUptime>"),
            ),
            ("ForceTermination", _) => match igd.force_termination_error {
                None => ok("text/xml", &soap_ok("ForceTermination", "")),
                Some(code) => {
                    let fault = fixture("soap-fault-606.xml")
                        .replace("<errorCode>606</errorCode>", &format!("<errorCode>{code}</errorCode>"));
                    format!(
                        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{fault}",
                        fault.len()
                    )
                }
            },
            ("GetConnectionTypeInfo", _) => ok(
                "text/xml",
                &soap_ok("GetConnectionTypeInfo", "<NewConnectionType>IP_Routed</NewConnectionType><NewPossibleConnectionTypes>IP_Routed</NewPossibleConnectionTypes>"),
            ),
            _ => "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n".to_string(),
        },
        ("POST", "/igdupnp/control/WANCommonIFC1", _) => ok(
            "text/xml",
            &soap_ok(
                "GetCommonLinkProperties",
                &format!("<NewWANAccessType>{}</NewWANAccessType>", igd.access),
            ),
        ),
        _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_string(),
    };
    let _ = s.write_all(reply.as_bytes());
}

/// Start the fake router on `lan` (its LAN address) inside `ns`.
pub fn start(ns: &str, lan: Ipv4Addr, igd: Igd) -> FakeIgd {
    let stop = Arc::new(AtomicBool::new(false));
    let requests: Arc<Mutex<Vec<String>>> = Arc::default();
    let sent: Arc<Mutex<u64>> = Arc::default();
    let searches: Arc<AtomicUsize> = Arc::default();
    let pmp_asked: Arc<AtomicUsize> = Arc::default();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    // HTTP.
    {
        let (ns, igd, stop, log, sent, tx) = (
            ns.to_string(),
            igd.clone(),
            stop.clone(),
            requests.clone(),
            sent.clone(),
            ready_tx.clone(),
        );
        std::thread::spawn(move || {
            enter_netns(&ns);
            let l = TcpListener::bind((lan, IGD_PORT)).expect("bind fake IGD");
            l.set_nonblocking(true).unwrap();
            tx.send(()).unwrap();
            while !stop.load(Ordering::Relaxed) {
                match l.accept() {
                    Ok((s, _)) => {
                        let _ = s.set_nonblocking(false);
                        let (igd, log, sent) = (igd.clone(), log.clone(), sent.clone());
                        std::thread::spawn(move || respond(s, &igd, &log, &sent));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        });
    }
    // SSDP.
    {
        let (ns, stop, tx, seen) = (
            ns.to_string(),
            stop.clone(),
            ready_tx.clone(),
            searches.clone(),
        );
        let location = igd
            .location
            .clone()
            .unwrap_or(format!("http://{lan}:{IGD_PORT}/igddesc.xml"));
        std::thread::spawn(move || {
            enter_netns(&ns);
            let u = UdpSocket::bind("0.0.0.0:1900").expect("bind SSDP");
            u.join_multicast_v4(&Ipv4Addr::new(239, 255, 255, 250), &lan)
                .expect("join SSDP group");
            u.set_read_timeout(Some(Duration::from_millis(100)))
                .unwrap();
            tx.send(()).unwrap();
            let mut buf = [0u8; 1500];
            while !stop.load(Ordering::Relaxed) {
                let Ok((n, peer)) = u.recv_from(&mut buf) else {
                    continue;
                };
                if !String::from_utf8_lossy(&buf[..n]).starts_with("M-SEARCH") {
                    continue;
                }
                seen.fetch_add(1, Ordering::Relaxed);
                let reply = format!(
                    "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nUSN: uuid:fake::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nEXT:\r\nSERVER: FRITZ!Box UPnP/1.0 AVM FRITZ!Box 7590\r\nLOCATION: {location}\r\n\r\n"
                );
                let _ = u.send_to(reply.as_bytes(), peer);
            }
        });
    }
    // NAT-PMP (its port stays closed without an answer to give); every
    // datagram that arrives is counted.
    if let Some((result, addr)) = igd.pmp {
        let (ns, stop, tx, asked) = (
            ns.to_string(),
            stop.clone(),
            ready_tx.clone(),
            pmp_asked.clone(),
        );
        std::thread::spawn(move || {
            enter_netns(&ns);
            let u = UdpSocket::bind((lan, 5351)).expect("bind NAT-PMP");
            u.set_read_timeout(Some(Duration::from_millis(100)))
                .unwrap();
            tx.send(()).unwrap();
            let mut buf = [0u8; 64];
            while !stop.load(Ordering::Relaxed) {
                let Ok((n, peer)) = u.recv_from(&mut buf) else {
                    continue;
                };
                asked.fetch_add(1, Ordering::Relaxed);
                if buf[..n] != [0, 0] {
                    continue;
                }
                let mut p = vec![0, 128];
                p.extend_from_slice(&result.to_be_bytes());
                p.extend_from_slice(&1000u32.to_be_bytes());
                p.extend_from_slice(&addr.octets());
                let _ = u.send_to(&p, peer);
            }
        });
    }
    let parts = 2 + usize::from(igd.pmp.is_some());
    for _ in 0..parts {
        ready_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("fake IGD started");
    }
    FakeIgd {
        stop,
        requests,
        sent,
        searches,
        pmp_asked,
    }
}
