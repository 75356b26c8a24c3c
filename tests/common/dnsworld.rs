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
                if matches!(rule, Rule::Drop) {
                    continue;
                }
                let _ = sock.send_to(&respond(q, &rule, qtype, end), peer);
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

/// A DNS-over-HTTPS endpoint (RFC 8484 POST, plain HTTP for the test) on
/// `bind` inside `netns`, answering from `zone`.
pub fn start_doh(netns: &str, bind: &str, zone: Zone) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
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
                let Ok((mut sock, _)) = listener.accept().await else {
                    continue;
                };
                let zone = zone.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 2048];
                    let body = loop {
                        let Ok(n) = sock.read(&mut chunk).await else { return };
                        if n == 0 {
                            return;
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
                            break buf[end + 4..end + 4 + len].to_vec();
                        }
                    };
                    let Some((name, qtype, end)) = question(&body) else { return };
                    let rule = zone.lock().unwrap().get(&name).cloned().unwrap_or(Rule::NxDomain);
                    let answer = respond(&body, &rule, qtype, end);
                    let mut out = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/dns-message\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                        answer.len()
                    )
                    .into_bytes();
                    out.extend_from_slice(&answer);
                    let _ = sock.write_all(&out).await;
                });
            }
        });
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("DoH started");
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
        s.write(
            "config.toml",
            &format!(
                "[target]\nurl = \"http://chatgpt.com:8080/\"\ntimeout = \"2s\"\n\n[public_ip]\necho_urls = [\"http://{ECHO_HOST}:8080/ip\"]\n\n[status_page]\nurl = \"http://{ECHO_HOST}:8080/summary.json\"\n\n{extra}\n"
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
