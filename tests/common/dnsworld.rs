//! A filtering name server in a network namespace, and a small world around
//! it: a client whose resolv.conf (`/etc/netns/NAME/resolv.conf`, which
//! `ip netns exec` mounts over /etc/resolv.conf) points at an "edge"
//! namespace holding the name server and a fake Cloudflare-fronted site.
#![allow(dead_code)]

use super::*;
use std::collections::HashMap;
use std::net::{IpAddr, UdpSocket};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The site's address: public-looking, so a private answer stands out.
pub const SITE: &str = "198.51.100.10";
pub const EDGE: &str = "10.88.0.1";
pub const CLIENT: &str = "10.88.0.2";
/// The control name (the IP echo service's host).
pub const ECHO_HOST: &str = "echo.test";

#[derive(Clone, Debug)]
pub enum Rule {
    Addrs(Vec<IpAddr>),
    NxDomain,
    NoData,
    Refused,
    /// Never answer.
    Drop,
    /// Answer with a case of `dnsmsg::hostile` (by its name).
    Forge(&'static str),
    /// A sinkhole answer, right in every field, but sent from another port.
    OtherPort,
}

pub fn addrs(list: &[&str]) -> Rule {
    Rule::Addrs(list.iter().map(|s| s.parse().unwrap()).collect())
}

pub type Zone = Arc<Mutex<HashMap<String, Rule>>>;

pub struct DnsServer {
    pub zone: Zone,
    pub queries: Arc<Mutex<Vec<(String, u16)>>>,
    stop: Arc<AtomicBool>,
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// (name, qtype, end of the question) of a query without compression.
fn question(q: &[u8]) -> Option<(String, u16, usize)> {
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = *q.get(at)? as usize;
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(q.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let qtype = u16::from_be_bytes([*q.get(at)?, *q.get(at + 1)?]);
    Some((labels.join("."), qtype, at + 4))
}

fn respond(q: &[u8], rule: &Rule, qtype: u16, end: usize) -> Vec<u8> {
    let mut m = q[..end].to_vec();
    let rcode = match rule {
        Rule::NxDomain => 3,
        Rule::Refused => 5,
        _ => 0,
    };
    m[2] = 0x81; // QR, RD
    m[3] = 0x80 | rcode; // RA
    m[6..12].copy_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut count = 0u16;
    if let Rule::Addrs(list) = rule {
        for ip in list {
            match (ip, qtype) {
                (IpAddr::V4(v4), 1) => {
                    m.extend_from_slice(&[0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 30, 0, 4]);
                    m.extend_from_slice(&v4.octets());
                    count += 1;
                }
                (IpAddr::V6(v6), 28) => {
                    m.extend_from_slice(&[0xC0, 12, 0, 28, 0, 1, 0, 0, 0, 30, 0, 16]);
                    m.extend_from_slice(&v6.octets());
                    count += 1;
                }
                _ => {}
            }
        }
    }
    m[6..8].copy_from_slice(&count.to_be_bytes());
    m
}

/// The datagrams of the hostile case `case` for this query.
pub fn forged(name: &str, id: u16, qtype: u16, case: &str) -> Vec<Vec<u8>> {
    super::dnsmsg::hostile(name, id, qtype)
        .into_iter()
        .find(|(c, _)| *c == case)
        .unwrap_or_else(|| panic!("no hostile case {case}"))
        .1
}

impl DnsServer {
    /// Serve `zone` on UDP `bind` inside `netns`; unknown names get NXDOMAIN.
    pub fn start(netns: &str, bind: &str, zone: Zone) -> DnsServer {
        let stop = Arc::new(AtomicBool::new(false));
        let queries: Arc<Mutex<Vec<(String, u16)>>> = Arc::default();
        let (tx, rx) = std::sync::mpsc::channel();
        let (z, s, log, ns, bind) = (
            zone.clone(),
            stop.clone(),
            queries.clone(),
            netns.to_string(),
            bind.to_string(),
        );
        std::thread::spawn(move || {
            enter_netns(&ns);
            let sock = UdpSocket::bind(&bind).expect("bind name server");
            sock.set_read_timeout(Some(Duration::from_millis(100)))
                .unwrap();
            tx.send(()).unwrap();
            let other = UdpSocket::bind(format!("{}:0", bind.rsplit_once(':').unwrap().0))
                .expect("bind the other port");
            let mut buf = [0u8; 512];
            while !s.load(Ordering::Relaxed) {
                let Ok((n, peer)) = sock.recv_from(&mut buf) else {
                    continue;
                };
                let q = &buf[..n];
                let Some((name, qtype, end)) = question(q) else {
                    continue;
                };
                log.lock().unwrap().push((name.clone(), qtype));
                let rule = z.lock().unwrap().get(&name).cloned();
                let rule = rule.unwrap_or(Rule::NxDomain);
                let id = u16::from_be_bytes([q[0], q[1]]);
                match rule {
                    Rule::Drop => {}
                    Rule::Forge(case) => {
                        for d in forged(&name, id, qtype, case) {
                            let _ = sock.send_to(&d, peer);
                        }
                    }
                    Rule::OtherPort => {
                        let sink = addrs(&["0.0.0.0", "::"]);
                        let _ = other.send_to(&respond(q, &sink, qtype, end), peer);
                    }
                    rule => {
                        let _ = sock.send_to(&respond(q, &rule, qtype, end), peer);
                    }
                }
            }
        });
        rx.recv_timeout(Duration::from_secs(10))
            .expect("name server started");
        DnsServer {
            zone,
            queries,
            stop,
        }
    }

    pub fn set(&self, name: &str, rule: Rule) {
        self.zone.lock().unwrap().insert(name.to_string(), rule);
    }
}

/// How a DNS-over-HTTPS server answers.
#[derive(Clone)]
pub enum Doh {
    /// From a zone, honestly.
    Zone(Zone),
    /// Reads the request, then says nothing, holding the connection.
    Stall,
    /// A gzip body that never ends (a small stream that inflates without
    /// bound), announced as a DNS message.
    EndlessGzip,
    /// A body of zeros that never ends, no length announced.
    Endless,
    /// A well-formed answer, then padding to 100 KiB (past any DNS message).
    Oversized,
    /// Headers, then one byte of an honest answer every 100 ms.
    Trickle,
    /// The first datagram of a case of `dnsmsg::hostile`, as the body.
    Forge(&'static str),
}

/// A DNS-over-HTTPS endpoint (RFC 8484 POST, plain HTTP for the test) on
/// `bind` inside `netns`, answering from `zone`.
pub fn start_doh(netns: &str, bind: &str, zone: Zone) {
    start_doh_server(netns, bind, Doh::Zone(zone));
}

/// A DNS-over-HTTPS endpoint answering as `how` says.
pub fn start_doh_server(netns: &str, bind: &str, how: Doh) {
    let (tx, rx) = std::sync::mpsc::channel();
    let (ns, bind) = (netns.to_string(), bind.to_string());
    std::thread::spawn(move || {
        enter_netns(&ns);
        let listener = std::net::TcpListener::bind(&bind).expect("bind DoH");
        listener.set_nonblocking(true).unwrap();
        tx.send(()).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    continue;
                };
                tokio::spawn(doh_answer(sock, how.clone()));
            }
        });
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("DoH started");
}

/// The body of one HTTP request on `sock` (by its content-length).
async fn read_request(sock: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 2048];
    loop {
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
        let len: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        if buf.len() >= end + 4 + len {
            return Some(buf[end + 4..end + 4 + len].to_vec());
        }
    }
}

/// A raw deflate stream's middle: 1 MiB of zeros, flushed so that the
/// block can be repeated for ever.
fn deflate_block() -> Vec<u8> {
    let mut c = flate2::Compress::new(flate2::Compression::best(), false);
    let zeros = vec![0u8; 1 << 20];
    let mut out = Vec::with_capacity(4096);
    c.compress_vec(&zeros, &mut out, flate2::FlushCompress::Full)
        .unwrap();
    out
}

async fn doh_answer(mut sock: tokio::net::TcpStream, how: Doh) {
    use tokio::io::AsyncWriteExt;
    let Some(body) = read_request(&mut sock).await else {
        return;
    };
    let Some((name, qtype, end)) = question(&body) else {
        return;
    };
    let head = |extra: &str| {
        format!("HTTP/1.1 200 OK\r\ncontent-type: application/dns-message\r\n{extra}connection: close\r\n\r\n")
            .into_bytes()
    };
    let honest = || {
        respond(
            &body,
            &addrs(&["104.18.32.47", "2606:4700::6812:202f"]),
            qtype,
            end,
        )
    };
    let id = u16::from_be_bytes([body[0], body[1]]);
    let fixed = |answer: Vec<u8>| {
        let mut out = head(&format!("content-length: {}\r\n", answer.len()));
        out.extend_from_slice(&answer);
        out
    };
    match how {
        Doh::Zone(zone) => {
            let rule = zone
                .lock()
                .unwrap()
                .get(&name)
                .cloned()
                .unwrap_or(Rule::NxDomain);
            let _ = sock
                .write_all(&fixed(respond(&body, &rule, qtype, end)))
                .await;
        }
        Doh::Stall => {
            tokio::time::sleep(Duration::from_secs(600)).await;
        }
        Doh::EndlessGzip => {
            if sock
                .write_all(&head("content-encoding: gzip\r\n"))
                .await
                .is_err()
            {
                return;
            }
            let block = deflate_block();
            let _ = sock
                .write_all(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
                .await;
            while sock.write_all(&block).await.is_ok() {}
        }
        Doh::Endless => {
            if sock.write_all(&head("")).await.is_err() {
                return;
            }
            let zeros = vec![0u8; 64 * 1024];
            while sock.write_all(&zeros).await.is_ok() {}
        }
        Doh::Oversized => {
            let mut answer = honest();
            answer.resize(100 * 1024, 0);
            let _ = sock.write_all(&fixed(answer)).await;
        }
        Doh::Trickle => {
            let answer = honest();
            let _ = sock
                .write_all(&head(&format!("content-length: {}\r\n", answer.len())))
                .await;
            for b in answer {
                tokio::time::sleep(Duration::from_millis(100)).await;
                if sock.write_all(&[b]).await.is_err() {
                    return;
                }
            }
        }
        Doh::Forge(case) => {
            let answer = forged(&name, id, qtype, case).swap_remove(0);
            let _ = sock.write_all(&fixed(answer)).await;
        }
    }
}

/// `/etc/netns/NAME/resolv.conf`, removed when dropped.
pub struct NetnsResolvConf {
    dir: PathBuf,
}

impl NetnsResolvConf {
    pub fn new(ns: &Netns, text: &str) -> NetnsResolvConf {
        let dir = PathBuf::from("/etc/netns").join(&ns.name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("resolv.conf"), text).unwrap();
        NetnsResolvConf { dir }
    }
}

impl Drop for NetnsResolvConf {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub struct DnsWorld {
    pub client: Netns,
    pub edge: Netns,
    pub dns: DnsServer,
    pub site: FakeSite,
    _resolv: NetnsResolvConf,
}

/// The client asks the edge's name server; chatgpt.com, openai.com and
/// cdn.oaistatic.com resolve to the site, echo.test to the edge. The site
/// serves `page` for the target and the usual trace, echo and status.
pub fn dns_world(page: Reply) -> DnsWorld {
    let client = Netns::new("nc");
    let edge = Netns::new("ne");
    veth(
        &client,
        "lan0",
        &format!("{CLIENT}/24"),
        &edge,
        "edge0",
        &format!("{EDGE}/24"),
    );
    client.ip(&["route", "add", "default", "via", EDGE]);
    edge.ip(&["addr", "add", &format!("{SITE}/32"), "dev", "lo"]);
    let zone: Zone = Arc::default();
    let dns = DnsServer::start(&edge.name, &format!("{EDGE}:53"), zone);
    for name in ["chatgpt.com", "openai.com", "cdn.oaistatic.com"] {
        dns.set(name, addrs(&[SITE]));
    }
    dns.set(ECHO_HOST, addrs(&[EDGE]));
    let site = FakeSite::start_in_netns(
        site_handler(move |_| page.clone()),
        &edge.name,
        "0.0.0.0:8080".parse().unwrap(),
    );
    let resolv = NetnsResolvConf::new(&client, &format!("nameserver {EDGE}\n"));
    DnsWorld {
        client,
        edge,
        dns,
        site,
        _resolv: resolv,
    }
}

impl DnsWorld {
    /// A config for `http://chatgpt.com:8080/`, with echo and status page
    /// on the control name; `extra` adds sections.
    pub fn config(&self, s: &Scratch, extra: &str) -> PathBuf {
        self.config_with(s, "2s", extra)
    }

    /// The same with the probe's `timeout`.
    pub fn config_with(&self, s: &Scratch, timeout: &str, extra: &str) -> PathBuf {
        s.write(
            "config.toml",
            &format!(
                "[target]\nurl = \"http://chatgpt.com:8080/\"\ntimeout = \"{timeout}\"\n\n[public_ip]\necho_urls = [\"http://{ECHO_HOST}:8080/ip\"]\n\n[status_page]\nurl = \"http://{ECHO_HOST}:8080/summary.json\"\n\n{extra}\n"
            ),
        )
    }

    pub fn check(&self, s: &Scratch, extra: &str) -> serde_json::Value {
        let cfg = self.config(s, extra);
        let run = s.run_in(
            &self.client,
            &["--config", cfg.to_str().unwrap(), "check", "--json"],
            &[],
            Duration::from_secs(30),
        );
        assert!(run.elapsed < Duration::from_secs(12), "{:?}", run.elapsed);
        run.json()
    }
}
