//! HTTP adapter: the probe of the target and the small lookups (trace, IP
//! echo, status page). Every outcome, including every way the network can
//! fail, comes back as a value; nothing waits without bound and no body is
//! read past a cap.

use crate::config::{Config, HttpUrl};
use crate::core::site::status::{self, StatusSummary};
use crate::core::site::trace::{self, Trace};
use crate::core::site::verdict::{
    FailureKind, HttpResponse, ProbeOutcome, TlsProblem, TransportFailure,
};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::redirect::Policy;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Once, OnceLock};
use std::time::Duration;
use tokio::time::{timeout_at, Instant};

/// The probe reads at most this much of a page (decompressed).
pub const PROBE_BODY_CAP: usize = 256 * 1024;
const SMALL_BODY_CAP: usize = 16 * 1024;
const STATUS_BODY_CAP: usize = 512 * 1024;
const MAX_REDIRECTS: usize = 5;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(4);

/// A redirect chain on the site that did not end.
#[derive(Debug)]
struct TooManyRedirects;

impl std::fmt::Display for TooManyRedirects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "too many redirects: more than {MAX_REDIRECTS} without a final answer"
        )
    }
}

impl std::error::Error for TooManyRedirects {}

use crate::core::local::families::Family;

pub struct Http {
    browser: reqwest::Client,
    /// The same, held to one address family (IPv4 and IPv6 probed apart);
    /// built on first use, so a single-stack machine never holds them.
    browser_v4: OnceLock<reqwest::Client>,
    browser_v6: OnceLock<reqwest::Client>,
    user_agent: String,
    /// The user's language, for the family-bound clients built later.
    accept_language: &'static str,
    plain: reqwest::Client,
    echo_v4: reqwest::Client,
    echo_v6: reqwest::Client,
    timeout: Duration,
}

fn install_crypto() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// Two hosts belong to the same site: equal, or sharing the last two labels.
fn same_site(a: &url::Url, b: &url::Url) -> bool {
    let (Some(ha), Some(hb)) = (a.host_str(), b.host_str()) else {
        return false;
    };
    if ha == hb {
        return true;
    }
    let base = |h: &str| -> Option<String> {
        if h.parse::<IpAddr>().is_ok() || h.starts_with('[') {
            return None;
        }
        let labels: Vec<&str> = h.trim_end_matches('.').rsplitn(3, '.').collect();
        (labels.len() >= 2).then(|| format!("{}.{}", labels[1], labels[0]))
    };
    base(ha).is_some_and(|x| Some(x) == base(hb))
}

/// What a browser sends; `accept_language` as a browser in the user's
/// language sends it.
fn browser_headers(accept_language: &'static str) -> HeaderMap {
    let mut h = HeaderMap::new();
    let mut set = |k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(
        "accept",
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    );
    set("accept-language", accept_language);
    set("upgrade-insecure-requests", "1");
    set("sec-fetch-dest", "document");
    set("sec-fetch-mode", "navigate");
    set("sec-fetch-site", "none");
    set("sec-fetch-user", "?1");
    h
}

/// An error with its causes: reqwest's own message ("builder error") says little.
/// The HTTP client could not be built (the library's reasons, joined).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupError(pub String);

fn explain(e: reqwest::Error) -> SetupError {
    SetupError(
        chain(&e)
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(": "),
    )
}

fn base(timeout: Duration) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .tls_backend_preconfigured(crate::adapters::tls::client_config())
        .connect_timeout(CONNECT_TIMEOUT.min(timeout))
        .timeout(timeout)
        .pool_max_idle_per_host(0)
        // The proxy the user's system sets, asked per connection, so that
        // the report and the requests agree (see adapters::proxy).
        .proxy(reqwest::Proxy::custom(crate::adapters::proxy::for_request))
}

/// The client that asks like a browser navigation, from `local` if set.
fn browser_client(
    timeout: Duration,
    user_agent: &str,
    accept_language: &'static str,
    local: Option<IpAddr>,
) -> Result<reqwest::Client, SetupError> {
    base(timeout)
        .local_address(local)
        .user_agent(user_agent)
        .default_headers(browser_headers(accept_language))
        .redirect(Policy::custom(|attempt| {
            let first = attempt.previous().first().cloned();
            let on_site = first.as_ref().is_some_and(|f| {
                same_site(f, attempt.url())
                    && !(f.scheme() == "https" && attempt.url().scheme() == "http")
            });
            if !on_site {
                // Leaving the site: that redirect is the answer (a portal's,
                // or the site's own to a login elsewhere).
                attempt.stop()
            } else if attempt.previous().len() > MAX_REDIRECTS {
                // Still on the site after this many: a loop, which a
                // browser shows as "too many redirects". Never an answer.
                attempt.error(TooManyRedirects)
            } else {
                attempt.follow()
            }
        }))
        .build()
        .map_err(explain)
}

impl Http {
    pub fn new(cfg: &Config, accept_language: &'static str) -> Result<Http, SetupError> {
        install_crypto();
        let timeout = cfg.target.timeout.0;
        let own_agent = concat!("blockwatch/", env!("CARGO_PKG_VERSION"));
        let plain = || {
            base(timeout)
                .user_agent(own_agent)
                .redirect(Policy::limited(3))
        };
        let user_agent = cfg.target.user_agent.clone();
        Ok(Http {
            browser: browser_client(timeout, &user_agent, accept_language, None)?,
            browser_v4: OnceLock::new(),
            browser_v6: OnceLock::new(),
            user_agent,
            accept_language,
            plain: plain().build().map_err(explain)?,
            echo_v4: plain()
                .local_address(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
                .build()
                .map_err(explain)?,
            echo_v6: plain()
                .local_address(IpAddr::V6(Ipv6Addr::UNSPECIFIED))
                .build()
                .map_err(explain)?,
            timeout,
        })
    }

    fn browser(&self, family: Option<Family>) -> &reqwest::Client {
        let (cell, local) = match family {
            None => return &self.browser,
            Some(Family::Ipv4) => (&self.browser_v4, IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
            Some(Family::Ipv6) => (&self.browser_v6, IpAddr::V6(Ipv6Addr::UNSPECIFIED)),
        };
        cell.get_or_init(|| {
            // The same settings built fine in `new`; only the address differs.
            browser_client(
                self.timeout,
                &self.user_agent,
                self.accept_language,
                Some(local),
            )
            .unwrap_or_else(|_| self.browser.clone())
        })
    }

    /// One GET of the target, as a browser navigation would send it, over
    /// one address family (`None`: the one the OS picks). Also returns the
    /// address actually connected to (for the route check).
    pub async fn probe_via(
        &self,
        url: &str,
        family: Option<Family>,
    ) -> (ProbeOutcome, Option<SocketAddr>) {
        match get(self.browser(family), url, PROBE_BODY_CAP, self.timeout).await {
            Ok((resp, addr)) => (ProbeOutcome::Response(resp), addr),
            Err(f) => (ProbeOutcome::Failed(f), None),
        }
    }

    /// What the site sees of us over one address family (`None`: the one
    /// the OS picks); `None` when inconclusive.
    pub async fn trace_via(&self, url: &str, family: Option<Family>) -> Option<Trace> {
        let (resp, _) = get(self.browser(family), url, SMALL_BODY_CAP, self.timeout)
            .await
            .ok()?;
        (resp.status == 200)
            .then(|| trace::parse_trace(&String::from_utf8_lossy(&resp.body)))
            .flatten()
    }

    /// Our public address in one family, from the first echo service that
    /// answers with one.
    pub async fn echo(&self, urls: &[HttpUrl], family: Family) -> Option<IpAddr> {
        let client = match family {
            Family::Ipv4 => &self.echo_v4,
            Family::Ipv6 => &self.echo_v6,
        };
        for url in urls {
            let Ok((resp, _)) = get(client, url.as_str(), SMALL_BODY_CAP, self.timeout).await
            else {
                continue;
            };
            if resp.status != 200 {
                continue;
            }
            let text = String::from_utf8_lossy(&resp.body);
            let ip = text
                .split(|c: char| c.is_whitespace() || c == '"' || c == ',' || c == '}' || c == '=')
                .find_map(|t| t.parse::<IpAddr>().ok());
            match ip {
                Some(ip) if (family == Family::Ipv4) == ip.is_ipv4() => return Some(ip),
                _ => continue,
            }
        }
        None
    }

    /// `None` when the page cannot be read: status unknown, never outage.
    pub async fn status(&self, url: &str, component: &str) -> Option<StatusSummary> {
        let (resp, _) = get(&self.plain, url, STATUS_BODY_CAP, self.timeout)
            .await
            .ok()?;
        (resp.status == 200)
            .then(|| status::parse_summary(&String::from_utf8_lossy(&resp.body), component))
            .flatten()
    }
}

async fn get(
    client: &reqwest::Client,
    url: &str,
    cap: usize,
    limit: Duration,
) -> Result<(HttpResponse, Option<SocketAddr>), TransportFailure> {
    let deadline = Instant::now() + limit;
    let mut resp = match timeout_at(deadline, client.get(url).send()).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return Err(failure(&e)),
        Err(_) => {
            return Err(TransportFailure {
                kind: FailureKind::Timeout,
                detail: format!("no answer within {}s", limit.as_secs()),
            })
        }
    };
    let addr = resp.remote_addr();
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let mut body = Vec::new();
    let mut truncated = false;
    loop {
        match timeout_at(deadline, resp.chunk()).await {
            Ok(Ok(Some(chunk))) => {
                let room = cap - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                if chunk.len() > room {
                    truncated = true;
                    break;
                }
            }
            Ok(Ok(None)) => break,
            // A body cut off or arriving too slowly: judge what came.
            Ok(Err(_)) | Err(_) => {
                truncated = true;
                break;
            }
        }
    }
    Ok((
        HttpResponse {
            status,
            headers,
            body,
            body_truncated: truncated,
        },
        addr,
    ))
}

/// Every error in the chain, outermost first. An `io::Error` hides the
/// error it wraps from `source()`, so wrapped errors are visited explicitly.
fn chain(e: &reqwest::Error) -> Vec<&(dyn std::error::Error + 'static)> {
    fn walk<'a>(
        e: &'a (dyn std::error::Error + 'static),
        out: &mut Vec<&'a (dyn std::error::Error + 'static)>,
    ) {
        if out.len() > 16 {
            return;
        }
        out.push(e);
        if let Some(inner) = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            walk(inner, out);
        } else if let Some(s) = e.source() {
            walk(s, out);
        }
    }
    let mut out = Vec::new();
    walk(e, &mut out);
    out
}

/// Every refused certificate means "not a chain I trust for this name"; only
/// the name and the validity period say more. The rest of TLS (alerts,
/// protocol mismatches) is not about trust and stays `Other`.
fn tls_problem(e: &rustls::Error) -> TlsProblem {
    use rustls::CertificateError as C;
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            C::NotValidForName | C::NotValidForNameContext { .. } => TlsProblem::WrongName,
            C::Expired
            | C::ExpiredContext { .. }
            | C::NotValidYet
            | C::NotValidYetContext { .. } => TlsProblem::NotValidNow,
            // UnknownIssuer, BadSignature, UnsupportedSignatureAlgorithm*,
            // BadEncoding, Revoked, InvalidPurpose, and webpki's errors that
            // rustls passes on as `Other` (CaUsedAsEndEntity for a
            // self-signed CA:TRUE certificate, EndEntityUsedAsCa,
            // PathLenConstraintViolated, NameConstraintViolation, ...).
            _ => TlsProblem::Untrusted,
        },
        rustls::Error::NoCertificatesPresented => TlsProblem::Untrusted,
        _ => TlsProblem::Other,
    }
}

/// Reset or closed before any HTTP answer on HTTPS: the handshake was cut
/// (reqwest does not always flag it as connecting, and wraps the socket's
/// error in others), which is what SNI filters do.
fn cut_on_https(e: &reqwest::Error, links: &[&(dyn std::error::Error + 'static)]) -> bool {
    use std::io::ErrorKind as K;
    let https = e.is_connect() || e.url().is_some_and(|u| u.scheme() == "https");
    https
        && links.iter().any(|l| {
            l.downcast_ref::<std::io::Error>().is_some_and(|io| {
                matches!(
                    io.kind(),
                    K::ConnectionReset | K::UnexpectedEof | K::ConnectionAborted
                )
            })
        })
}

pub fn failure(e: &reqwest::Error) -> TransportFailure {
    let links = chain(e);
    let detail = links
        .iter()
        .skip(1)
        .map(|l| l.to_string())
        .next_back()
        .unwrap_or_else(|| e.to_string());
    let text = links
        .iter()
        .map(|l| l.to_string().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" | ");
    let kind = if let Some(t) = links.iter().find_map(|l| l.downcast_ref::<rustls::Error>()) {
        FailureKind::Tls(tls_problem(t))
    } else if e.is_timeout() {
        FailureKind::Timeout
    } else if text.contains("dns error") || text.contains("failed to lookup address") {
        FailureKind::Dns
    } else if cut_on_https(e, &links) {
        FailureKind::Reset
    } else if let Some(io) = links
        .iter()
        .find_map(|l| l.downcast_ref::<std::io::Error>())
    {
        use std::io::ErrorKind as K;
        match io.kind() {
            K::ConnectionRefused => FailureKind::Refused,
            K::NetworkUnreachable | K::HostUnreachable | K::AddrNotAvailable | K::NetworkDown => {
                FailureKind::Unreachable
            }
            K::TimedOut => FailureKind::Timeout,
            _ if e.is_connect() => FailureKind::Other,
            _ => FailureKind::Protocol,
        }
    } else if e.is_connect() {
        FailureKind::Other
    } else {
        FailureKind::Protocol
    };
    TransportFailure { kind, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_certificates_map_to_a_trust_problem() {
        use rustls::CertificateError as C;
        use rustls::{Error as E, OtherError};
        let cert = |c: C| tls_problem(&E::InvalidCertificate(c));
        let webpki_other = |what: &str| {
            C::Other(OtherError(std::sync::Arc::new(std::io::Error::other(
                what.to_string(),
            ))))
        };
        for c in [
            C::UnknownIssuer,
            C::BadSignature,
            C::BadEncoding,
            C::UnsupportedSignatureAlgorithmContext {
                signature_algorithm_id: vec![],
                supported_algorithms: vec![],
            },
            C::Revoked,
            C::UnhandledCriticalExtension,
            C::InvalidPurpose,
            C::UnknownRevocationStatus,
            C::ApplicationVerificationFailure,
            webpki_other("CaUsedAsEndEntity"),
            webpki_other("EndEntityUsedAsCa"),
            webpki_other("PathLenConstraintViolated"),
        ] {
            assert_eq!(cert(c.clone()), TlsProblem::Untrusted, "{c:?}");
        }
        assert_eq!(cert(C::NotValidForName), TlsProblem::WrongName);
        assert_eq!(cert(C::Expired), TlsProblem::NotValidNow);
        assert_eq!(cert(C::NotValidYet), TlsProblem::NotValidNow);
        assert_eq!(
            tls_problem(&E::NoCertificatesPresented),
            TlsProblem::Untrusted
        );
        // Not about certificates: the handshake itself failed.
        assert_eq!(
            tls_problem(&E::AlertReceived(
                rustls::AlertDescription::HandshakeFailure
            )),
            TlsProblem::Other
        );
        assert_eq!(
            tls_problem(&E::PeerIncompatible(
                rustls::PeerIncompatible::Tls12NotOffered
            )),
            TlsProblem::Other
        );
    }

    #[test]
    fn same_site_rules() {
        let u = |s: &str| url::Url::parse(s).unwrap();
        assert!(same_site(
            &u("https://chatgpt.com/"),
            &u("https://www.chatgpt.com/x")
        ));
        assert!(same_site(
            &u("https://chatgpt.com/"),
            &u("https://chatgpt.com/auth")
        ));
        assert!(!same_site(
            &u("https://chatgpt.com/"),
            &u("https://portal.hotel.example/")
        ));
        assert!(!same_site(
            &u("http://127.0.0.1:1/"),
            &u("http://127.0.0.2:1/")
        ));
        assert!(same_site(
            &u("http://127.0.0.1:1/"),
            &u("http://127.0.0.1:2/")
        ));
    }
}
