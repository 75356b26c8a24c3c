//! DNS adapter: which name servers this computer asks, and what they answer
//! for the target, ChatGPT's related names and a control name.
//!
//! A small stub over UDP instead of a resolver crate: blockwatch needs the
//! raw response code (NXDOMAIN vs NODATA vs a failure), the RA flag and the
//! authority, which `getaddrinfo` hides; two questions per name need no
//! cache, search lists or retries; and the same pure codec
//! (`core::names::dnswire`) serves DNS-over-HTTPS over the HTTP client the
//! program already has. A resolver crate would add about thirty crates for
//! that. Every wait is bounded; every failure is an `Answer::Failed`; a
//! reply is believed only as the answer to the question asked (issue 19:
//! an attacker on the path or a broken router must not make a DNS filter),
//! and a stalled source costs only its own answer.

use crate::config::Config;
use crate::core::names::dns::{self, Answer, DnsFacts, NameAnswer, Resolver, Role};
use crate::core::names::dnswire::{self, QType, Reply};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;
use tokio::net::UdpSocket;
use tokio::time::{timeout_at, Instant};

/// One question to one server waits at most this long.
const QUERY_WAIT: Duration = Duration::from_millis(1500);
/// A DNS message is at most 64 KiB (RFC 1035's 16-bit length): a longer
/// DoH body is not one.
const DOH_BODY_CAP: usize = 65_535;

fn query_id() -> u16 {
    super::random_u64() as u16
}

/// The servers in /etc/resolv.conf, and systemd-resolved's per-link
/// servers when the system asks its local stub. Windows has no such file:
/// there the adapters' own server lists are the ones asked.
pub fn resolvers() -> (Vec<IpAddr>, Vec<Resolver>) {
    if cfg!(windows) {
        let named = crate::adapters::net::adapter_dns_servers();
        return (named.iter().map(|r| r.addr).collect(), named);
    }
    let asked = std::fs::read_to_string("/etc/resolv.conf")
        .map(|t| dns::parse_resolv_conf(&t))
        .unwrap_or_default();
    let mut named: Vec<Resolver> = asked
        .iter()
        .map(|&addr| Resolver { addr, link: None })
        .collect();
    if asked.iter().any(|&a| dns::is_resolved_stub(a)) {
        // The stub's upstream servers (global and every link's, networkd's
        // included), from the file systemd-resolved documents for this;
        // then the per-link files, which name the link where they exist.
        let upstream = std::fs::read_to_string("/run/systemd/resolve/resolv.conf")
            .map(|t| dns::parse_resolv_conf(&t))
            .unwrap_or_default();
        let links = resolved_links();
        named.extend(
            upstream
                .into_iter()
                .filter(|a| !links.iter().any(|l| l.addr == *a))
                .map(|addr| Resolver { addr, link: None }),
        );
        named.extend(links);
    }
    (asked, named)
}

#[cfg(target_os = "linux")]
fn resolved_links() -> Vec<Resolver> {
    let Ok(dir) = std::fs::read_dir("/run/systemd/resolve/netif") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in dir.flatten() {
        let index = entry.file_name().to_string_lossy().parse::<u32>().ok();
        let link = index.and_then(interface_name);
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        for addr in dns::parse_resolved_link(&text) {
            out.push(Resolver {
                addr,
                link: link.clone(),
            });
        }
    }
    out
}

#[cfg(not(target_os = "linux"))]
fn resolved_links() -> Vec<Resolver> {
    Vec::new()
}

#[cfg(target_os = "linux")]
fn interface_name(index: u32) -> Option<String> {
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    // SAFETY: the buffer is IF_NAMESIZE long, as if_indextoname requires.
    let p = unsafe { libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: on success the buffer holds a NUL-terminated name.
    let name = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
    Some(name.to_string_lossy().into_owned())
}

/// One question to one server over UDP.
async fn ask(server: IpAddr, name: &str, qtype: QType) -> Result<Reply, String> {
    let bind: SocketAddr = match server {
        IpAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        IpAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let sock = UdpSocket::bind(bind).await.map_err(|e| e.to_string())?;
    sock.connect((server, 53))
        .await
        .map_err(|e| e.to_string())?;
    let id = query_id();
    sock.send(&dnswire::query(id, name, qtype))
        .await
        .map_err(|e| e.to_string())?;
    let deadline = Instant::now() + QUERY_WAIT;
    let mut buf = [0u8; 1500];
    loop {
        let n = match timeout_at(deadline, sock.recv(&mut buf)).await {
            Ok(Ok(n)) => n,
            Ok(Err(e)) => return Err(e.to_string()),
            Err(_) => return Err("timeout".into()),
        };
        // A stray datagram (another ID) is skipped; anything else with our
        // ID (the connected socket takes the server's address and port only)
        // that answers another question, echoes the query or breaks the
        // format ends the wait: a failure, never a partial answer.
        match dnswire::parse(&buf[..n], id, name, qtype) {
            Ok(reply) => return Ok(reply),
            Err(e) if e.is_stray() => continue,
            Err(e) => return Err(dns::failure(e)),
        }
    }
}

/// A and AAAA for `name`, from the first server that answers at all.
async fn lookup(servers: &[IpAddr], name: &str, role: Role) -> NameAnswer {
    let mut last = Answer::Failed {
        why: "no name server configured".into(),
    };
    for &server in servers.iter().take(3) {
        let (a, aaaa) = tokio::join!(ask(server, name, QType::A), ask(server, name, QType::Aaaa));
        let answer = Answer::from_replies(a, aaaa);
        if !matches!(answer, Answer::Failed { .. }) {
            return NameAnswer {
                name: name.to_string(),
                role,
                server: Some(server),
                answer,
            };
        }
        last = answer;
    }
    NameAnswer {
        name: name.to_string(),
        role,
        server: servers.first().copied(),
        answer: last,
    }
}

/// The same questions over DNS-over-HTTPS (RFC 8484, POST), answered by
/// `deadline`. The body is read as it comes, without content decoding
/// (no `Accept-Encoding` is sent, and a compressed body is not a DNS
/// message), and refused past 64 KiB: an endless or compressed body costs
/// at most that much.
async fn doh(url: &str, name: &str, deadline: Instant) -> NameAnswer {
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(crate::adapters::tls::client_config())
        .timeout(deadline.saturating_duration_since(Instant::now()))
        .no_proxy()
        .no_gzip()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("blockwatch/", env!("CARGO_PKG_VERSION")))
        .build();
    let ask = |qtype: QType| {
        let client = client.as_ref().map_err(|e| e.to_string()).cloned();
        async move {
            let client = client?;
            let id = 0; // RFC 8484 asks for 0, for caching.
            let sent = client
                .post(url)
                .header("content-type", "application/dns-message")
                .header("accept", "application/dns-message")
                .body(dnswire::query(id, name, qtype))
                .send();
            let resp = match timeout_at(deadline, sent).await {
                // reqwest's own timeout and ours end at the same instant;
                // whichever fires first, the answer is the same.
                Ok(Err(e)) if e.is_timeout() => return Err("timeout".to_string()),
                Ok(r) => r.map_err(|e| e.to_string())?,
                Err(_) => return Err("timeout".to_string()),
            };
            if !resp.status().is_success() {
                return Err(format!("HTTP {}", resp.status().as_u16()));
            }
            let body = doh_body(resp, deadline).await?;
            dnswire::parse(&body, id, name, qtype).map_err(dns::failure)
        }
    };
    let (a, aaaa) = tokio::join!(ask(QType::A), ask(QType::Aaaa));
    NameAnswer {
        name: name.to_string(),
        role: Role::Target,
        server: None,
        answer: Answer::from_replies(a, aaaa),
    }
}

/// A DoH body, chunk by chunk, refused once it grows past a DNS message.
async fn doh_body(mut resp: reqwest::Response, deadline: Instant) -> Result<Vec<u8>, String> {
    if resp
        .content_length()
        .is_some_and(|n| n > DOH_BODY_CAP as u64)
    {
        return Err(dns::MALFORMED.into());
    }
    let mut body = Vec::new();
    loop {
        match timeout_at(deadline, resp.chunk()).await {
            Ok(Ok(Some(chunk))) => {
                if body.len() + chunk.len() > DOH_BODY_CAP {
                    return Err(dns::MALFORMED.into());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(Ok(None)) => return Ok(body),
            Ok(Err(e)) if e.is_timeout() => return Err("timeout".into()),
            Ok(Err(e)) => return Err(e.to_string()),
            Err(_) => return Err("timeout".into()),
        }
    }
}

fn host_name(url: &url::Url) -> Option<String> {
    let h = url.host_str()?.trim_matches(['[', ']']);
    (h.parse::<IpAddr>().is_err() && !h.is_empty()).then(|| h.to_ascii_lowercase())
}

/// Ask the system's name servers about the target, the related names and a
/// control name (`system`, the system's own lookup, is the caller's to add);
/// `None` when the target is not one of ChatGPT's names.
/// Ends within `limit` whatever the servers do.
pub async fn gather(cfg: &Config, limit: Duration) -> Option<DnsFacts> {
    // Only ChatGPT's own names are asked about: a custom target (an
    // address, localhost, a test site) is nobody's filter's business, and
    // asking about ChatGPT then would send traffic nobody asked for.
    let target = host_name(&cfg.target.url.0).filter(|t| dns::is_public_name(t))?;
    let (servers, resolvers) = resolvers();
    let mut names: Vec<(String, Role)> = vec![(target.clone(), Role::Target)];
    for r in dns::RELATED_NAMES {
        if target != r {
            names.push((r.to_string(), Role::Related));
        }
    }
    if let Some(control) = cfg
        .public_ip
        .echo_urls
        .iter()
        .filter_map(|u| host_name(&u.0))
        .find(|h| !dns::is_public_name(h))
    {
        names.push((control, Role::Control));
    }
    // One deadline, kept by each source on its own: a name server or a DoH
    // server that stalls costs its own answer, never the others'.
    let deadline = Instant::now() + limit;
    let timed_out = |name: &str, role: Role, server: Option<IpAddr>| NameAnswer {
        name: name.to_string(),
        role,
        server,
        answer: Answer::Failed {
            why: "timeout".into(),
        },
    };
    let asked = names
        .iter()
        .map(|(n, role)| async {
            timeout_at(deadline, lookup(&servers, n, *role))
                .await
                .unwrap_or_else(|_| timed_out(n, *role, servers.first().copied()))
        })
        .collect::<Vec<_>>();
    let doh_url = cfg.dns.doh_url.as_ref().map(|u| u.as_str().to_string());
    let doh_ask = async {
        let url = doh_url.as_ref()?;
        let asked = timeout_at(deadline, doh(url, &target, deadline)).await;
        Some(asked.unwrap_or_else(|_| timed_out(&target, Role::Target, None)))
    };
    let (answers, doh) = tokio::join!(crate::adapters::join_all(asked), doh_ask);
    Some(DnsFacts {
        resolvers,
        answers,
        system: None,
        doh,
    })
}
