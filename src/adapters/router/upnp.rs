//! The UPnP IGD side: an SSDP search out of the default route's interface,
//! the device description, then at once, per WAN connection service,
//! `GetExternalIPAddress`, `GetStatusInfo`, `GetConnectionTypeInfo` and its
//! action list (does it offer `ForceTermination`), and the line's access
//! type (`WANCommonInterfaceConfig`). Plain HTTP on the gateway's subnet
//! only, no proxy, no redirects, capped bodies, one deadline.

use crate::core::local::router::upnp::{
    self as igd, Description, Link, ServiceKind, ServiceRef, SSDP_ADDR,
};
use crate::core::local::router::{UpnpAnswer, WanService};
use std::net::{IpAddr, SocketAddr, SocketAddrV4};
use std::time::Duration;
use tokio::net::UdpSocket;
use tokio::time::{timeout_at, Instant};

/// Descriptions and action lists (a FRITZ!Box's largest is ~12 KiB).
const DOC_CAP: usize = 128 * 1024;
/// SOAP answers are a few hundred bytes.
const SOAP_CAP: usize = 16 * 1024;
/// Devices answer the search within MX (1 s); the rest of the step is for HTTP.
const SEARCH_WAIT: Duration = Duration::from_millis(1100);
/// A router with more WAN connections than this is asked about the first ones.
const MAX_SERVICES: usize = 3;

pub async fn ask(link: Link, deadline: Instant) -> Option<UpnpAnswer> {
    let location = search(link, deadline.min(Instant::now() + SEARCH_WAIT)).await?;
    // It answered the search: a UPnP router is there, whatever follows.
    let mut answer = UpnpAnswer::default();
    let Some(client) = client(link) else {
        return Some(answer);
    };
    let Some(doc) = get(&client, location.as_str(), deadline).await else {
        tracing::debug!("router description at {location}: unreadable or too large");
        return Some(answer);
    };
    let desc: Description = match igd::parse_description(&doc) {
        Ok(d) => d,
        Err(e) => {
            tracing::debug!("router description at {location}: {e:?}");
            return Some(answer);
        }
    };
    answer.name = desc.name();
    let base = desc
        .url_base
        .as_deref()
        .and_then(|b| link.local_url(None, b))
        .unwrap_or(location);
    let resolve = |raw: &str| link.local_url(Some(&base), raw);
    let conns: Vec<_> = desc
        .services
        .iter()
        .filter(|s| s.kind != ServiceKind::Common)
        .filter_map(|s| Some((s, resolve(&s.control_url)?, resolve(&s.scpd_url))))
        .take(MAX_SERVICES)
        .collect();
    let common = desc
        .services
        .iter()
        .find(|s| s.kind == ServiceKind::Common)
        .and_then(|s| Some((s, resolve(&s.control_url)?)));
    let asked = conns
        .iter()
        .map(|(s, control, scpd)| connection(&client, s, control, scpd.as_ref(), deadline));
    let access = async {
        let (s, control) = common?;
        let args = soap(&client, s, &control, "GetCommonLinkProperties", deadline).await?;
        igd::arg(&args, "NewWANAccessType").map(str::to_string)
    };
    let (answers, access) = tokio::join!(crate::adapters::join_all(asked.collect()), access);
    answer.access_type = access;
    // The connection that is up with an address, else one with an address.
    let best = answers.into_iter().max_by_key(|c| {
        let has = c.external.as_deref().is_some_and(|e| !e.trim().is_empty());
        let up = c.status.as_deref() == Some("Connected");
        (has && up, has, c.external.is_some())
    });
    if let Some(c) = best {
        answer.external = c.external;
        answer.status = c.status;
        answer.connection_type = c.connection_type;
        answer.ppp = c.ppp;
        answer.service = Some(c.service);
    }
    Some(answer)
}

/// The first answer from the gateway itself (or, when the wait ends,
/// another device on its subnet) whose location stays on the link.
async fn search(link: Link, until: Instant) -> Option<url::Url> {
    let sock = ssdp_socket(link)
        .map_err(|e| tracing::debug!("SSDP socket on {}: {e}", link.local))
        .ok()?;
    for st in igd::SEARCH_TARGETS {
        let _ = sock.send_to(igd::msearch(st).as_bytes(), SSDP_ADDR).await;
    }
    let mut resent = false;
    let resend_at = Instant::now() + Duration::from_millis(300);
    let mut other: Option<url::Url> = None;
    let mut buf = [0u8; 2048];
    loop {
        let wake = if resent { until } else { resend_at.min(until) };
        match timeout_at(wake, sock.recv_from(&mut buf)).await {
            Ok(Ok((n, from))) => {
                let SocketAddr::V4(from) = from else { continue };
                if !link.holds(*from.ip()) {
                    continue;
                }
                let Some(reply) = igd::parse_ssdp(&buf[..n]) else {
                    continue;
                };
                let Some(url) = link.local_url(None, &reply.location) else {
                    tracing::debug!("SSDP answer from {from} names an off-link location");
                    continue;
                };
                if *from.ip() == link.gateway {
                    return Some(url);
                }
                other.get_or_insert(url);
            }
            Ok(Err(_)) => return other,
            Err(_) if !resent && wake < until => {
                // A lost datagram on Wi-Fi: ask once more.
                resent = true;
                let _ = sock
                    .send_to(igd::msearch(igd::SEARCH_TARGETS[0]).as_bytes(), SSDP_ADDR)
                    .await;
            }
            Err(_) => return other,
        }
    }
}

/// A UDP socket on the link's address whose multicast leaves through the
/// link's interface (not whatever the routing table picks, e.g. a VPN).
fn ssdp_socket(link: Link) -> std::io::Result<UdpSocket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    s.bind(&SocketAddr::V4(SocketAddrV4::new(link.local, 0)).into())?;
    s.set_multicast_if_v4(&link.local)?;
    s.set_multicast_ttl_v4(2)?;
    s.set_multicast_loop_v4(false)?;
    s.set_nonblocking(true)?;
    UdpSocket::from_std(s.into())
}

fn client(link: Link) -> Option<reqwest::Client> {
    // Plain HTTP only, but the client is built with the shared TLS
    // configuration so that building it reads no certificate store.
    reqwest::Client::builder()
        .tls_backend_preconfigured(crate::adapters::tls::client_config())
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(IpAddr::V4(link.local))
        .pool_max_idle_per_host(0)
        .user_agent(concat!(
            "blockwatch/",
            env!("CARGO_PKG_VERSION"),
            " UPnP/1.1"
        ))
        .build()
        .map_err(|e| tracing::debug!("router client: {e}"))
        .ok()
}

/// A body read to the cap, by the deadline; `None` when larger, slower, or
/// not there. A SOAP fault comes with status 500, so any status is read.
async fn body(req: reqwest::RequestBuilder, cap: usize, deadline: Instant) -> Option<String> {
    let mut resp = timeout_at(deadline, req.send()).await.ok()?.ok()?;
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return None;
    }
    let mut out = Vec::new();
    loop {
        match timeout_at(deadline, resp.chunk()).await {
            Ok(Ok(Some(chunk))) => {
                if out.len() + chunk.len() > cap {
                    return None;
                }
                out.extend_from_slice(&chunk);
            }
            Ok(Ok(None)) => break,
            Ok(Err(_)) | Err(_) => return None,
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

async fn get(client: &reqwest::Client, url: &str, deadline: Instant) -> Option<String> {
    body(client.get(url), DOC_CAP, deadline).await
}

/// One SOAP action without arguments; its output arguments.
async fn soap(
    client: &reqwest::Client,
    s: &ServiceRef,
    control: &url::Url,
    action: &str,
    deadline: Instant,
) -> Option<Vec<(String, String)>> {
    let req = client
        .post(control.as_str())
        .header("content-type", "text/xml; charset=\"utf-8\"")
        .header("soapaction", igd::soap_action(&s.service_type, action))
        .body(igd::soap_body(&s.service_type, action));
    let text = body(req, SOAP_CAP, deadline).await?;
    match igd::parse_soap(&text, action) {
        Ok(args) => Some(args),
        Err(e) => {
            tracing::debug!("router {action}: {e:?}");
            None
        }
    }
}

struct Connection {
    external: Option<String>,
    status: Option<String>,
    connection_type: Option<String>,
    ppp: bool,
    service: WanService,
}

async fn connection(
    client: &reqwest::Client,
    s: &ServiceRef,
    control: &url::Url,
    scpd: Option<&url::Url>,
    deadline: Instant,
) -> Connection {
    let (external, status, kind, actions) = tokio::join!(
        soap(client, s, control, "GetExternalIPAddress", deadline),
        soap(client, s, control, "GetStatusInfo", deadline),
        soap(client, s, control, "GetConnectionTypeInfo", deadline),
        async {
            let doc = get(client, scpd?.as_str(), deadline).await?;
            igd::parse_actions(&doc).ok()
        },
    );
    let value = |args: Option<Vec<(String, String)>>, name: &str| {
        args.and_then(|a| igd::arg(&a, name).map(str::to_string))
    };
    Connection {
        external: value(external, "NewExternalIPAddress"),
        status: value(status, "NewConnectionStatus"),
        connection_type: value(kind, "NewConnectionType"),
        ppp: s.kind == ServiceKind::Ppp,
        service: WanService {
            service_type: s.service_type.clone(),
            control_url: control.to_string(),
            force_termination: actions.is_some_and(|a| a.iter().any(|n| n == "ForceTermination")),
        },
    }
}

/// How the router answered `ForceTermination`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Terminated {
    /// It accepted: the WAN connection drops and comes back.
    Accepted,
    /// A SOAP fault (miniupnpd: 606 "Action not authorized").
    Refused(Option<u16>),
    /// No answer, an off-link URL, or not a SOAP answer.
    Failed,
}

/// `ForceTermination` to the WAN connection service's control URL, which
/// must stay on the gateway's link (the same rule as every other request
/// to the router). A router that drops the connection before answering
/// counts as accepted only when it answered at all.
pub async fn force_termination(
    link: Link,
    control_url: &str,
    service_type: &str,
    deadline: Instant,
) -> Terminated {
    let Some(control) = link.local_url(None, control_url) else {
        tracing::info!("reconnect: control URL {control_url} is not on the gateway's link");
        return Terminated::Failed;
    };
    let Some(client) = client(link) else {
        return Terminated::Failed;
    };
    const ACTION: &str = "ForceTermination";
    let req = client
        .post(control.as_str())
        .header("content-type", "text/xml; charset=\"utf-8\"")
        .header("soapaction", igd::soap_action(service_type, ACTION))
        .body(igd::soap_body(service_type, ACTION));
    let Some(text) = body(req, SOAP_CAP, deadline).await else {
        return Terminated::Failed;
    };
    match igd::parse_soap(&text, ACTION) {
        Ok(_) => Terminated::Accepted,
        Err(igd::SoapError::Fault { code, .. }) => Terminated::Refused(code),
        Err(igd::SoapError::Malformed) => Terminated::Failed,
    }
}
