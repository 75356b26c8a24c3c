//! A fake Cloudflare-fronted site on loopback (or inside a network
//! namespace the test made): the page, trace, echo and status routes, TLS,
//! and the misbehaviours a real network has (hangs, trickles, garbage).
#![allow(dead_code)]

use super::fixtures::*;
#[cfg(target_os = "linux")]
use super::netns::enter_netns;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Clone, Debug)]
pub struct Request {
    pub path: String,
    pub peer: IpAddr,
    pub headers: Vec<(String, String)>,
    pub at: Instant,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How the fake site answers one request.
#[derive(Clone, Debug)]
pub enum Reply {
    Fixture(Fixture),
    /// `/cdn-cgi/trace` reporting the peer's own address.
    Trace {
        loc: &'static str,
        colo: &'static str,
        warp: &'static str,
    },
    /// An IP echo service: the peer's address.
    Echo,
    Json(String),
    /// Accept, read the request, never answer.
    Hang,
    /// Send the status line one byte at a time, never finishing the headers.
    SlowHeaders,
    /// Full headers of a 403, then a body trickling one byte every 300 ms.
    SlowBody,
    /// A 403 block page whose body never ends.
    Endless,
    /// A 200 page of this many bytes.
    Oversized(usize),
    /// A 403 whose gzip body inflates to this many bytes of zeros.
    GzipBomb(usize),
    /// Bytes that are not HTTP.
    Garbage,
    /// Close the connection without a byte.
    Close,
}

pub type Handler = Arc<dyn Fn(&Request) -> Reply + Send + Sync>;

pub struct FakeSite {
    pub addr: SocketAddr,
    handler: Arc<Mutex<Handler>>,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

/// The common routes of a fake site: trace, echo and status page, and
/// `page` for everything else.
pub fn site_handler(page: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Handler {
    Arc::new(move |req: &Request| match req.path.as_str() {
        "/cdn-cgi/trace" => Reply::Trace {
            loc: "DE",
            colo: "FRA",
            warp: "off",
        },
        "/ip" => Reply::Echo,
        "/summary.json" => Reply::Json(status_json("none", "operational")),
        _ => page(req),
    })
}

/// The common routes, and a 1020 block page for the peers in `refused`
/// (a normal page for everyone else).
pub fn refusing_handler(refused: Arc<Mutex<std::collections::HashSet<IpAddr>>>) -> Handler {
    let blocked = fixture("block_1020_tailwind");
    let ok = fixture("reachable_200");
    site_handler(move |req| {
        if refused.lock().unwrap().contains(&req.peer) {
            Reply::Fixture(blocked.clone())
        } else {
            Reply::Fixture(ok.clone())
        }
    })
}

pub fn status_json(indicator: &str, conversations: &str) -> String {
    format!(
        r#"{{"page":{{"id":"test","name":"OpenAI"}},"status":{{"indicator":"{indicator}","description":"test"}},"components":[{{"name":"APIs","status":"operational"}},{{"name":"Conversations","status":"{conversations}"}}],"incidents":[]}}"#
    )
}

impl FakeSite {
    /// A plain-HTTP site on 127.0.0.1.
    pub fn start(handler: Handler) -> FakeSite {
        Self::spawn(handler, "127.0.0.1:0".parse().unwrap(), None, None)
    }

    /// A site listening on `bind` inside the named network namespace.
    #[cfg(target_os = "linux")]
    pub fn start_in_netns(handler: Handler, netns: &str, bind: SocketAddr) -> FakeSite {
        Self::spawn(handler, bind, Some(netns.to_string()), None)
    }

    pub fn start_tls(handler: Handler, cert: &str) -> FakeSite {
        Self::spawn(
            handler,
            "127.0.0.1:0".parse().unwrap(),
            None,
            Some(cert.to_string()),
        )
    }

    fn spawn(
        handler: Handler,
        bind: SocketAddr,
        netns: Option<String>,
        tls: Option<String>,
    ) -> FakeSite {
        let handler = Arc::new(Mutex::new(handler));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (h, r) = (handler.clone(), requests.clone());
        std::thread::spawn(move || {
            // Only start_in_netns (Linux) passes one.
            #[cfg(target_os = "linux")]
            if let Some(ns) = netns {
                enter_netns(&ns);
            }
            #[cfg(not(target_os = "linux"))]
            drop(netns);
            let listener = std::net::TcpListener::bind(bind).expect("bind fake site");
            listener.set_nonblocking(true).unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let acceptor = tls.map(|name| tls_acceptor(&name));
                let serve = async {
                    loop {
                        let Ok((sock, peer)) = listener.accept().await else {
                            continue;
                        };
                        let (h, r, acc) = (h.clone(), r.clone(), acceptor.clone());
                        tokio::spawn(async move {
                            match acc {
                                Some(acc) => {
                                    if let Ok(tls) = acc.accept(sock).await {
                                        serve_conn(tls, peer, h, r).await;
                                    }
                                }
                                None => serve_conn(sock, peer, h, r).await,
                            }
                        });
                    }
                };
                tokio::select! {
                    _ = serve => {}
                    _ = stop_rx => {}
                }
            });
        });
        let addr = addr_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("fake site started");
        FakeSite {
            addr,
            handler,
            requests,
            stop: Some(stop_tx),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn set_handler(&self, handler: Handler) {
        *self.handler.lock().unwrap() = handler;
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path == path).count()
    }
}

impl Drop for FakeSite {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

fn tls_acceptor(name: &str) -> tokio_rustls::TlsAcceptor {
    tokio_rustls::TlsAcceptor::from(tls_server_config(name))
}

/// The server side of the test CA's certificate `name` (fixtures/tls).
pub fn tls_server_config(name: &str) -> Arc<tokio_rustls::rustls::ServerConfig> {
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let dir = fixtures_dir().join("tls");
    let certs = CertificateDer::pem_file_iter(dir.join(format!("{name}.pem")))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(dir.join(format!("{name}.key"))).unwrap();
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    Arc::new(config)
}

pub async fn serve_conn<S>(
    mut sock: S,
    peer: SocketAddr,
    handler: Arc<Mutex<Handler>>,
    requests: Arc<Mutex<Vec<Request>>>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match tokio::time::timeout(Duration::from_secs(10), sock.read(&mut chunk)).await {
            Ok(Ok(n)) if n > 0 => buf.extend_from_slice(&chunk[..n]),
            _ => return,
        }
        if buf.len() > 64 * 1024 {
            return;
        }
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let mut lines = head.lines();
    let target = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/");
    // A proxy request carries the absolute URL: keep its path.
    let path = match target.strip_prefix("http://") {
        Some(rest) => rest
            .find('/')
            .map(|i| rest[i..].to_string())
            .unwrap_or("/".into()),
        None => target.to_string(),
    };
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let peer_ip = match peer.ip() {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        ip => ip,
    };
    let req = Request {
        path,
        peer: peer_ip,
        headers,
        at: Instant::now(),
    };
    requests.lock().unwrap().push(req.clone());
    let reply = (handler.lock().unwrap().clone())(&req);
    let _ = write_reply(&mut sock, reply, &req).await;
    let _ = sock.shutdown().await;
}

fn simple(status: u16, reason: &str, ctype: &str, body: impl Into<Vec<u8>>) -> Fixture {
    Fixture {
        status,
        reason: reason.into(),
        headers: vec![
            ("Content-Type".into(), ctype.into()),
            ("Server".into(), "cloudflare".into()),
            ("CF-RAY".into(), "8e5a1c2b3d4f5a99-FRA".into()),
        ],
        body: body.into(),
    }
}

async fn write_reply<S: tokio::io::AsyncWrite + Unpin>(
    sock: &mut S,
    reply: Reply,
    req: &Request,
) -> std::io::Result<()> {
    let sleep = |ms| tokio::time::sleep(Duration::from_millis(ms));
    match reply {
        Reply::Fixture(f) => sock.write_all(&f.to_bytes()).await,
        Reply::Trace { loc, colo, warp } => {
            let body = format!(
                "fl=29f1\nh=test\nip={}\nts=1764312000.1\nvisit_scheme=http\nuag=x\ncolo={colo}\nsliver=none\nhttp=http/1.1\nloc={loc}\ntls=off\nsni=off\nwarp={warp}\ngateway=off\nrbi=off\nkex=none\n",
                req.peer
            );
            sock.write_all(&simple(200, "OK", "text/plain", body).to_bytes())
                .await
        }
        Reply::Echo => {
            sock.write_all(&simple(200, "OK", "text/plain", format!("{}\n", req.peer)).to_bytes())
                .await
        }
        Reply::Json(j) => {
            sock.write_all(&simple(200, "OK", "application/json", j).to_bytes())
                .await
        }
        Reply::Hang => {
            sleep(120_000).await;
            Ok(())
        }
        Reply::SlowHeaders => {
            for b in b"HTTP/1.1 403 Forbidden\r\nServer: cloudflare\r\n"
                .iter()
                .cycle()
                .take(10_000)
            {
                sock.write_all(&[*b]).await?;
                sock.flush().await?;
                sleep(300).await;
            }
            Ok(())
        }
        Reply::SlowBody => {
            sock.write_all(b"HTTP/1.1 403 Forbidden\r\nServer: cloudflare\r\nCF-RAY: 8e5a1c2b3d4f5a98-FRA\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nerror code: 1020\n").await?;
            loop {
                sock.write_all(b" ").await?;
                sock.flush().await?;
                sleep(300).await;
            }
        }
        Reply::Endless => {
            sock.write_all(b"HTTP/1.1 403 Forbidden\r\nServer: cloudflare\r\nCF-RAY: 8e5a1c2b3d4f5a97-FRA\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<title>Access denied | x used Cloudflare to restrict access</title><span class=\"cf-error-code\">1020</span>").await?;
            let pad = vec![b'x'; 64 * 1024];
            loop {
                sock.write_all(&pad).await?;
            }
        }
        Reply::Oversized(n) => {
            let mut f = simple(200, "OK", "text/html", Vec::new());
            f.body = vec![b'a'; n];
            sock.write_all(&f.to_bytes()).await
        }
        Reply::GzipBomb(n) => {
            let mut f = simple(403, "Forbidden", "text/plain", gzip_bomb(n));
            f.headers.push(("Content-Encoding".into(), "gzip".into()));
            sock.write_all(&f.to_bytes()).await
        }
        Reply::Garbage => {
            let junk: Vec<u8> = (0..4096u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect();
            sock.write_all(&junk).await
        }
        Reply::Close => Ok(()),
    }
}

/// A port on 127.0.0.1 with nothing listening.
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

pub fn handler_map(map: HashMap<&'static str, Reply>, default: Reply) -> Handler {
    Arc::new(move |req: &Request| {
        map.get(req.path.as_str())
            .cloned()
            .unwrap_or_else(|| default.clone())
    })
}
