//! Test support: a fake Cloudflare-fronted site on loopback (or inside a
//! network namespace the test made), fixtures, network namespaces that clean
//! up after themselves, and a runner for the real binary.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub mod desktop;
pub mod sim;
pub mod vpnworld;

pub const BIN: &str = env!("CARGO_BIN_EXE_blockwatch");

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A raw HTTP response file: status line, headers, blank line, body.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

pub fn fixture(name: &str) -> Fixture {
    let path = fixtures_dir()
        .join("responses")
        .join(format!("{name}.http"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_fixture(&text)
}

pub fn parse_fixture(text: &str) -> Fixture {
    let text = text.replace("\r\n", "\n");
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let _version = parts.next();
    let status = parts.next().and_then(|s| s.parse().ok()).expect("status");
    let reason = parts.next().unwrap_or("").to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Fixture {
        status,
        reason,
        headers,
        body: body.as_bytes().to_vec(),
    }
}

impl Fixture {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason).into_bytes();
        for (k, v) in &self.headers {
            if k.eq_ignore_ascii_case("content-length") || k.eq_ignore_ascii_case("connection") {
                continue;
            }
            out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "Content-Length: {}\r\nConnection: close\r\n\r\n",
                self.body.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&self.body);
        out
    }
}

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
            if let Some(ns) = netns {
                enter_netns(&ns);
            }
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
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

async fn serve_conn<S>(
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

/// "error code: 1020" and then `n` bytes of zeros, gzip-compressed (made
/// once per size: compressing is slow in a debug build).
pub fn gzip_bomb(n: usize) -> Vec<u8> {
    static CACHE: Mutex<Vec<(usize, Vec<u8>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap();
    if let Some((_, b)) = cache.iter().find(|(size, _)| *size == n) {
        return b.clone();
    }
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(b"error code: 1020\n").unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..(n >> 20) {
        enc.write_all(&zeros).unwrap();
    }
    let bomb = enc.finish().unwrap();
    cache.push((n, bomb.clone()));
    bomb
}

/// Move this thread into a network namespace made with `ip netns add`.
/// Sockets it creates afterwards live there, whichever thread uses them.
pub fn enter_netns(name: &str) {
    use std::os::fd::AsRawFd;
    let f = std::fs::File::open(format!("/var/run/netns/{name}")).expect("netns exists");
    let rc = unsafe { libc::setns(f.as_raw_fd(), libc::CLONE_NEWNET) };
    assert_eq!(rc, 0, "setns {name}: {}", std::io::Error::last_os_error());
}

pub fn is_root() -> bool {
    unsafe { libc::geteuid() == 0 }
}

/// Run a command, panicking with its output if it fails.
pub fn sh(args: &[&str]) {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .expect(args[0]);
    assert!(
        out.status.success(),
        "{:?} failed: {}{}",
        args,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A network namespace that is deleted when dropped (also on panic).
pub struct Netns {
    pub name: String,
}

impl Netns {
    pub fn new(tag: &str) -> Netns {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("bw{}-{n}{tag}", std::process::id());
        let _ = Command::new("ip").args(["netns", "del", &name]).output();
        sh(&["ip", "netns", "add", &name]);
        let ns = Netns { name };
        ns.ip(&["link", "set", "lo", "up"]);
        ns
    }

    /// `ip -n NAME ...`
    pub fn ip(&self, args: &[&str]) {
        let mut full = vec!["ip", "-n", self.name.as_str()];
        full.extend_from_slice(args);
        sh(&full);
    }

    /// `ip netns exec NAME ...`
    pub fn exec(&self, args: &[&str]) {
        let mut full = vec!["ip", "netns", "exec", self.name.as_str()];
        full.extend_from_slice(args);
        sh(&full);
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .output();
    }
}

/// A veth pair between two namespaces, each end with an address (CIDR).
pub fn veth(a: &Netns, a_name: &str, a_addr: &str, b: &Netns, b_name: &str, b_addr: &str) {
    sh(&[
        "ip", "link", "add", a_name, "netns", &a.name, "type", "veth", "peer", "name", b_name,
        "netns", &b.name,
    ]);
    a.ip(&["addr", "add", a_addr, "dev", a_name]);
    b.ip(&["addr", "add", b_addr, "dev", b_name]);
    a.ip(&["link", "set", a_name, "up"]);
    b.ip(&["link", "set", b_name, "up"]);
}

pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!("not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr)
        })
    }
}

/// A scratch directory that acts as HOME, with a config file.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// A config whose every URL points at the fake site at `base`
    /// ("http://127.0.0.1:PORT"); `extra` is appended (more sections).
    /// The target's timeout is 3 s unless `target_extra` sets one.
    pub fn config(&self, base: &str, target_extra: &str, extra: &str) -> PathBuf {
        let timeout = if target_extra.contains("timeout") {
            ""
        } else {
            "timeout = \"3s\"\n"
        };
        self.write(
            "config.toml",
            &format!(
                "[target]\nurl = \"{base}/\"\ntrace_url = \"{base}/cdn-cgi/trace\"\n{timeout}{target_extra}\n\n[public_ip]\necho_urls = [\"{base}/ip\"]\n\n[status_page]\nurl = \"{base}/summary.json\"\n\n{extra}\n"
            ),
        )
    }

    /// Environment for the binary: HOME and XDG dirs inside the scratch dir,
    /// no proxies, no desktop.
    pub fn command(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_RUNTIME_DIR", self.path().join("run"))
            .env("RUST_BACKTRACE", "1");
        std::fs::create_dir_all(self.path().join("run")).unwrap();
        c
    }

    /// Run the binary to completion (killed after `limit`).
    pub fn run(&self, args: &[&str], env: &[(&str, &str)], limit: Duration) -> Run {
        let mut c = self.command(BIN);
        c.args(args);
        run_command(c, env, limit)
    }

    /// Start the binary as a long-running process (a daemon).
    pub fn spawn(&self, args: &[&str], env: &[(&str, &str)]) -> Daemon {
        let mut c = self.command(BIN);
        c.args(args);
        Daemon::spawn(c, env)
    }

    /// Run the binary inside a network namespace.
    pub fn run_in(&self, ns: &Netns, args: &[&str], env: &[(&str, &str)], limit: Duration) -> Run {
        let mut c = self.command("ip");
        c.args(["netns", "exec", &ns.name, BIN]).args(args);
        run_command(c, env, limit)
    }
}

pub fn run_command(mut c: Command, env: &[(&str, &str)], limit: Duration) -> Run {
    for (k, v) in env {
        c.env(k, v);
    }
    c.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    let start = Instant::now();
    let child = c.spawn().expect("spawn blockwatch");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let killer = std::thread::spawn(move || {
        if rx.recv_timeout(limit).is_err() {
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
        }
    });
    let out: Output = child.wait_with_output().expect("wait");
    let _ = tx.send(());
    let _ = killer.join();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

/// Poll `f` until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
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

/// A long-running blockwatch whose stdout lines are collected.
pub struct Daemon {
    pub child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
    pub seen: Vec<String>,
    taken: Vec<bool>,
    stderr: Arc<Mutex<String>>,
}

impl Daemon {
    pub fn spawn(mut c: Command, env: &[(&str, &str)]) -> Daemon {
        use std::io::BufRead;
        for (k, v) in env {
            c.env(k, v);
        }
        c.stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        let mut child = c.spawn().expect("spawn daemon");
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let e2 = stderr.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                let mut s = e2.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        Daemon {
            child,
            lines: rx,
            seen: Vec::new(),
            taken: Vec::new(),
            stderr,
        }
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// The first event matching `pred` that no earlier wait took, whether it
    /// already arrived or arrives within `limit`.
    pub fn wait_for(
        &mut self,
        limit: Duration,
        pred: impl Fn(&serde_json::Value) -> bool,
    ) -> Option<serde_json::Value> {
        let matches = |line: &str| {
            serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .filter(|v| pred(v))
        };
        for i in 0..self.seen.len() {
            if !self.taken[i] {
                if let Some(v) = matches(&self.seen[i]) {
                    self.taken[i] = true;
                    return Some(v);
                }
            }
        }
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let line = self.lines.recv_timeout(left).ok()?;
            self.seen.push(line.clone());
            let v = matches(&line);
            self.taken.push(v.is_some());
            if v.is_some() {
                return v;
            }
        }
    }

    /// Count everything received so far as taken: later waits only see
    /// what comes after this point.
    pub fn forget(&mut self) {
        while let Ok(line) = self.lines.try_recv() {
            self.seen.push(line);
            self.taken.push(true);
        }
        self.taken.iter_mut().for_each(|t| *t = true);
    }

    /// Like `wait_for`, panicking with everything seen when it does not come.
    pub fn expect(
        &mut self,
        what: &str,
        limit: Duration,
        pred: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        match self.wait_for(limit, pred) {
            Some(v) => v,
            None => panic!(
                "no {what} within {limit:?}\nstdout:\n{}\nstderr:\n{}",
                self.seen.join("\n"),
                self.stderr()
            ),
        }
    }

    /// Events seen so far of this kind.
    pub fn events(&self, kind: &str) -> Vec<serde_json::Value> {
        self.seen
            .iter()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["event"] == kind)
            .collect()
    }

    pub fn signal(&self, sig: i32) {
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }

    /// Wait for the process to end; its exit code.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<i32> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(st)) = self.child.try_wait() {
                return st.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn is_notification(v: &serde_json::Value, kind: &str) -> bool {
    v["event"] == "notification" && v["kind"] == kind
}
