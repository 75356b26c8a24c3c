//! Web filters and national blocks through the real binary: every vendor's
//! block page from a server without Cloudflare, HTTP 451, an unknown device,
//! and a TLS server that resets the handshake when it sees one name.

mod common;

use common::*;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn check(site: &FakeSite) -> serde_json::Value {
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[],
        LIMIT,
    );
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    run.json()
}

fn page(status: u16, headers: &str, body: &str) -> Reply {
    Reply::Fixture(parse_fixture(&format!(
        "HTTP/1.1 {status} X\nContent-Type: text/html\n{headers}\n{body}"
    )))
}

fn assert_filtered(j: &serde_json::Value, detail: &str) {
    assert_eq!(j["verdict"]["kind"], "filtered", "{j}");
    assert_eq!(j["verdict"]["detail"], detail, "{j}");
    assert_eq!(j["diagnosis"]["cause"], "network_filter", "{j}");
    assert_eq!(
        j["diagnosis"]["fixes"],
        serde_json::json!(["ask_network_admin", "use_other_network"]),
        "{j}"
    );
    let text = j["diagnosis"].to_string();
    assert!(!text.contains("Sign in to this network"), "{text}");
}

#[test]
fn every_vendor_block_page_is_a_network_filter() {
    let text = std::fs::read_to_string(fixtures_dir().join("filters/vendor_pages.tsv")).unwrap();
    let pages: Vec<(String, String)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(v, b)| (v.to_string(), b.to_string()))
        .collect();
    assert_eq!(pages.len(), 54);
    let current: Arc<Mutex<Reply>> = Arc::new(Mutex::new(page(200, "", "")));
    let c = current.clone();
    let site = FakeSite::start(site_handler(move |_| c.lock().unwrap().clone()));
    for (i, (vendor, body)) in pages.iter().enumerate() {
        // Filters answer 200 or 403 alike; the status is not reliable.
        let status = if i % 2 == 0 { 200 } else { 403 };
        *current.lock().unwrap() = page(status, "Server: nginx\n", body);
        let j = check(&site);
        assert_filtered(&j, vendor);
        assert_eq!(j["verdict"]["basis"], "filter_page", "{j}");
        assert!(
            j["diagnosis"]["headline"]
                .as_str()
                .unwrap()
                .contains(vendor.as_str()),
            "{j}"
        );
    }
    // Header-only markers.
    *current.lock().unwrap() = page(403, "Server: Barracuda/NGFirewall\n", "denied");
    assert_filtered(&check(&site), "Barracuda");
    // A proxy's redirect to its block page.
    *current.lock().unwrap() = page(
        302,
        "Location: https://gateway.zscaler.net/policy?reasoncode=CATEGORY_DENIED&cat=AI\n",
        "",
    );
    assert_filtered(&check(&site), "Zscaler");
    // Generic wording.
    *current.lock().unwrap() = page(
        403,
        "",
        "<h1>Access blocked</h1><p>This site is blocked by your organization.</p>",
    );
    assert_filtered(&check(&site), "a network filter's block page");
}

#[test]
fn national_block_451_and_unknown_device() {
    let site = FakeSite::start(site_handler(|_| {
        page(
            451,
            "",
            "<h1>Unavailable For Legal Reasons</h1><p>By order of the court.</p>",
        )
    }));
    let j = check(&site);
    assert_filtered(&j, "HTTP 451 (unavailable for legal reasons)");
    assert_eq!(j["verdict"]["http_status"], 451);

    let site = FakeSite::start(site_handler(|_| {
        page(
            200,
            "Server: lighttpd\n",
            "<html><body>It works!</body></html>",
        )
    }));
    assert_filtered(
        &check(&site),
        "an unknown device answered instead of ChatGPT",
    );

    // A sign-in page stays a captive portal.
    let f = fixture("captive_portal_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let j = check(&site);
    assert_eq!(j["verdict"]["kind"], "captive_portal", "{j}");
    assert_eq!(j["diagnosis"]["fixes"][0], "sign_in_network");
}

/// A TLS server on loopback that resets the connection after the
/// ClientHello when it names `reset_name`, and serves the site otherwise.
/// (Unix only: the reset is an SO_LINGER of zero through libc.)
#[cfg(unix)]
fn sni_filter(reset_name: Option<&'static str>) -> std::net::SocketAddr {
    use std::os::fd::AsRawFd;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            let config = tls_server_config("localhost");
            let ok = fixture("reachable_200");
            let handler: Handler = site_handler(move |_| Reply::Fixture(ok.clone()));
            let handler = Arc::new(Mutex::new(handler));
            loop {
                let Ok((sock, peer)) = listener.accept().await else {
                    continue;
                };
                // Closing with linger 0 sends a reset, as a filter does.
                let linger = libc::linger {
                    l_onoff: 1,
                    l_linger: 0,
                };
                unsafe {
                    libc::setsockopt(
                        sock.as_raw_fd(),
                        libc::SOL_SOCKET,
                        libc::SO_LINGER,
                        &linger as *const _ as *const libc::c_void,
                        std::mem::size_of::<libc::linger>() as libc::socklen_t,
                    );
                }
                let (config, handler) = (config.clone(), handler.clone());
                tokio::spawn(async move {
                    let acceptor = tokio_rustls::LazyConfigAcceptor::new(
                        tokio_rustls::rustls::server::Acceptor::default(),
                        sock,
                    );
                    let Ok(start) = acceptor.await else { return };
                    let name = start.client_hello().server_name().map(str::to_string);
                    if reset_name.is_none() || name.as_deref() == reset_name {
                        return; // dropped: RST
                    }
                    if let Ok(tls) = start.into_stream(config).await {
                        serve_conn(tls, peer, handler, Arc::default()).await;
                    }
                });
            }
        });
    });
    addr
}

#[cfg(unix)]
fn sni_check(reset_name: Option<&'static str>) -> serde_json::Value {
    let addr = sni_filter(reset_name);
    let s = Scratch::new();
    // The target by name (SNI "localhost"); the echo service by address
    // (no SNI), the control whose HTTPS must work.
    let base = format!("https://localhost:{}", addr.port());
    let cfg = s.write(
        "config.toml",
        &format!(
            "[target]\nurl = \"{base}/\"\ntimeout = \"3s\"\n\n[public_ip]\necho_urls = [\"https://127.0.0.1:{}/ip\"]\n\n[status_page]\nurl = \"{base}/summary.json\"\n",
            addr.port()
        ),
    );
    let ca = fixtures_dir().join("tls/ca.pem");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[("SSL_CERT_FILE", ca.to_str().unwrap())],
        LIMIT,
    );
    run.json()
}

#[cfg(unix)]
#[test]
fn a_reset_when_the_name_is_seen_is_a_filter() {
    let j = sni_check(Some("localhost"));
    assert_filtered(&j, "connection reset when the name was seen");
    assert_eq!(j["verdict"]["basis"], "handshake_reset", "{j}");
    assert_eq!(j["network"]["public_ip"], "127.0.0.1", "{j}");
    // Every handshake reset, the control's too: not evidence of a filter.
    let j = sni_check(None);
    assert_eq!(j["verdict"]["kind"], "tls_error", "{j}");
    assert_ne!(j["diagnosis"]["cause"], "network_filter", "{j}");
    // Nothing reset: the site answers.
    let j = sni_check(Some("other.example"));
    assert_eq!(j["verdict"]["kind"], "reachable", "{j}");
}

/// Issue 19's look-alikes through the binary: each served by a server
/// without Cloudflare, judged as `tests/fixtures/filters/lookalikes.tsv`
/// says; the 5xx of a device in between is never "ChatGPT is down", in any
/// language.
#[test]
fn the_last_look_alikes_through_the_binary() {
    let dir = fixtures_dir().join("filters");
    let manifest = std::fs::read_to_string(dir.join("lookalikes.tsv")).unwrap();
    let current: Arc<Mutex<Reply>> = Arc::new(Mutex::new(page(200, "", "")));
    let c = current.clone();
    let site = FakeSite::start(site_handler(move |_| c.lock().unwrap().clone()));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let check = |lang: &str| {
        let run = s.run(
            &[
                "--config",
                cfg.to_str().unwrap(),
                "--lang",
                lang,
                "check",
                "--json",
            ],
            &[],
            LIMIT,
        );
        assert_eq!(run.code, Some(1), "{}", run.stdout);
        run.json()
    };
    let mut n = 0;
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let text = std::fs::read_to_string(dir.join("lookalikes").join(f[0])).unwrap();
        *current.lock().unwrap() = Reply::Fixture(parse_fixture(&text));
        let j = check("en");
        let v = &j["verdict"];
        assert_eq!(v["kind"], f[1], "{}: {j}", f[0]);
        assert_eq!(v["basis"], f[3], "{}: {j}", f[0]);
        let cause = j["diagnosis"]["cause"].as_str().unwrap();
        if f[1] == "filtered" {
            assert_eq!(v["detail"], f[2], "{}: {j}", f[0]);
            assert_eq!(cause, "network_filter", "{}: {j}", f[0]);
        } else {
            assert_eq!(cause, "captive_portal", "{}: {j}", f[0]);
        }
        let headline = j["diagnosis"]["headline"].as_str().unwrap();
        assert!(!headline.contains("down"), "{}: {headline}", f[0]);
        n += 1;
    }
    assert_eq!(n, 27);
    // A device in between, in every language: its own headline, the
    // status of the answer in the evidence, nothing to "allow".
    let gateway = std::fs::read_to_string(dir.join("lookalikes/gateway_502_plain.http")).unwrap();
    *current.lock().unwrap() = Reply::Fixture(parse_fixture(&gateway));
    let j = check("en");
    assert_eq!(
        j["diagnosis"]["headline"], "A device on this network cannot reach 127.0.0.1",
        "{j}"
    );
    let ev = j["diagnosis"]["evidence"][0].as_str().unwrap();
    assert!(
        ev.contains("502") && ev.contains("could not reach the site itself"),
        "{ev}"
    );
    // The JSON stays English; the text report speaks the language.
    let mut headlines = std::collections::BTreeSet::new();
    for lang in ["en", "zh-CN", "ru", "fa", "es", "tr"] {
        let run = s.run(
            &["--config", cfg.to_str().unwrap(), "--lang", lang, "check"],
            &[],
            LIMIT,
        );
        let first = run.stdout.lines().next().unwrap_or_default().to_string();
        assert!(first.contains("127.0.0.1"), "{lang}: {}", run.stdout);
        assert!(
            lang == "en" || !run.stdout.contains("A device on this network"),
            "{lang}: {}",
            run.stdout
        );
        assert!(
            lang != "en"
                || run
                    .stdout
                    .contains("something on the way answered instead of the site"),
            "{}",
            run.stdout
        );
        headlines.insert(first);
    }
    assert_eq!(headlines.len(), 6, "{headlines:?}");
}
