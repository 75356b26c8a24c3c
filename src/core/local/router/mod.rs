//! The router's own word on its internet-side (WAN) address, and what it
//! means for the advice "restart the router to get a new address".
//!
//! A provider that shares one public IPv4 address among many customers
//! (carrier-grade NAT: mobile networks, many fibre and cable lines, DS-Lite)
//! or a router behind another router (double NAT) gives the same refused
//! address after any restart. The router knows: its WAN address is then
//! shared (100.64/10), private, empty or not the one the internet sees.
//! The shell asks over UPnP IGD and NAT-PMP/PCP (`adapters::router`); the
//! packets and documents are parsed here, and `sharing` decides.

pub mod gateway;
pub mod natpmp;
pub mod upnp;
pub mod xml;

use serde::{Deserialize, Serialize};
use std::net::Ipv4Addr;

/// Which protocol gave the answer (a contract: `network.router.protocol`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Protocol {
    #[serde(rename = "upnp")]
    Upnp,
    #[serde(rename = "nat-pmp")]
    NatPmp,
    #[serde(rename = "pcp")]
    Pcp,
}

/// The kind of internet line, where the router says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// A PPP session (PPPoE, most DSL): a reconnect usually brings a new address.
    Ppp,
    Dsl,
    /// Cable: the lease is bound to the modem, the address usually stays.
    Cable,
    Ethernet,
}

/// The UPnP WAN connection service that answered: what a reconnect
/// (`ForceTermination`, issue 21) would be sent to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WanService {
    /// `urn:schemas-upnp-org:service:WANIPConnection:1`, `...WANPPPConnection:1`.
    pub service_type: String,
    /// Absolute, and on the gateway's own link.
    pub control_url: String,
    /// Its service description lists `ForceTermination`.
    pub force_termination: bool,
}

/// What the router said, kept with the network's other facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouterFacts {
    /// A router answered over UPnP, NAT-PMP or PCP.
    pub found: bool,
    pub protocol: Option<Protocol>,
    /// The WAN address the router reports (never 0.0.0.0: that is `no_public`).
    pub wan_address: Option<Ipv4Addr>,
    /// It says it has none: an empty UPnP address, 0.0.0.0, NAT-PMP result 3.
    pub no_public: bool,
    pub name: Option<String>,
    /// UPnP `NewConnectionStatus` ("Connected", ...).
    pub status: Option<String>,
    pub line: Option<Line>,
    pub wan_service: Option<WanService>,
    pub gateway: Option<Ipv4Addr>,
}

/// What the UPnP side learnt; any part may be missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpnpAnswer {
    pub name: Option<String>,
    /// `NewExternalIPAddress` as sent (empty on a reserved WAN).
    pub external: Option<String>,
    pub status: Option<String>,
    /// `NewConnectionType` of the connection service.
    pub connection_type: Option<String>,
    /// `NewWANAccessType` of `WANCommonInterfaceConfig`.
    pub access_type: Option<String>,
    pub ppp: bool,
    pub service: Option<WanService>,
}

/// A WAN address as the router says it: `Ok(None)` for "none".
fn wan_of(text: &str) -> Option<Option<Ipv4Addr>> {
    let t = text.trim();
    if t.is_empty() {
        return Some(None);
    }
    let ip: Ipv4Addr = t.parse().ok()?;
    Some((!ip.is_unspecified()).then_some(ip))
}

/// The two protocols' answers as one set of facts: an address from UPnP
/// first, then from NAT-PMP/PCP; "no public address" only when neither gave
/// one and one said so.
pub fn merge(
    gateway: Ipv4Addr,
    upnp: Option<UpnpAnswer>,
    pmp: Option<(Protocol, natpmp::Answer)>,
) -> RouterFacts {
    let upnp_wan = upnp
        .as_ref()
        .and_then(|u| u.external.as_deref().and_then(wan_of));
    let pmp_wan = match pmp {
        Some((p, natpmp::Answer::Address(ip))) if !ip.is_unspecified() => Some((p, Some(ip))),
        Some((p, natpmp::Answer::Address(_) | natpmp::Answer::NoPublic)) => Some((p, None)),
        _ => None,
    };
    let (protocol, wan_address, no_public) = match (upnp_wan, pmp_wan) {
        (Some(Some(ip)), _) => (Some(Protocol::Upnp), Some(ip), false),
        (_, Some((p, Some(ip)))) => (Some(p), Some(ip), false),
        (Some(None), _) => (Some(Protocol::Upnp), None, true),
        (None, Some((p, None))) => (Some(p), None, true),
        (None, None) => match (&upnp, pmp) {
            (Some(_), _) => (Some(Protocol::Upnp), None, false),
            (None, Some((p, _))) => (Some(p), None, false),
            (None, None) => (None, None, false),
        },
    };
    let upnp = upnp.unwrap_or_default();
    let access = upnp.access_type.as_deref().map(str::to_ascii_lowercase);
    let conn = upnp.connection_type.as_deref().map(str::to_ascii_lowercase);
    let line = if upnp.ppp || conn.as_deref().is_some_and(|c| c.contains("ppp")) {
        Some(Line::Ppp)
    } else {
        match access.as_deref() {
            Some("dsl") | Some("pots") => Some(Line::Dsl),
            Some("cable") => Some(Line::Cable),
            Some("ethernet") => Some(Line::Ethernet),
            _ => None,
        }
    };
    RouterFacts {
        found: protocol.is_some(),
        protocol,
        wan_address,
        no_public,
        name: upnp.name,
        status: upnp.status.and_then(|s| upnp::clean_name(&s)),
        line,
        wan_service: upnp.service,
        gateway: Some(gateway),
    }
}

/// How likely a restart brings a new address, where the line says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestartChance {
    /// PPP or DSL: a new session usually gets a new address.
    Likely,
    /// Cable: the address usually stays (and a new one is often in the same /24).
    Unlikely,
    Unknown,
}

/// Why the address is shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedWhy {
    /// The WAN is in 100.64.0.0/10: the provider's carrier-grade NAT.
    Cgnat,
    /// 192.0.0.0/24 (DS-Lite's B4 address): IPv4 is tunnelled to a shared NAT.
    DsLite,
    /// A private (RFC 1918) WAN: another router sits in front (double NAT).
    Private,
    /// The router has no public address at all (empty, 0.0.0.0, "no public address").
    NoPublic,
    /// A public WAN, but not the address the internet sees.
    Different,
}

/// The router's address against the one the internet sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "sharing")]
pub enum Sharing {
    /// The router holds the address the internet sees.
    Own {
        chance: RestartChance,
    },
    Shared {
        why: SharedWhy,
    },
    /// The router did not say, or there is nothing to compare with.
    Unknown,
}

impl Sharing {
    /// `network.router.shared_address`.
    pub fn shared(self) -> Option<bool> {
        match self {
            Sharing::Own { .. } => Some(false),
            Sharing::Shared { .. } => Some(true),
            Sharing::Unknown => None,
        }
    }
}

/// Not an address a provider hands a customer's router as its own.
fn shared_range(ip: Ipv4Addr) -> Option<SharedWhy> {
    let o = ip.octets();
    if o[0] == 100 && (64..128).contains(&o[1]) {
        Some(SharedWhy::Cgnat)
    } else if o[..3] == [192, 0, 0] {
        Some(SharedWhy::DsLite)
    } else if ip.is_private() {
        Some(SharedWhy::Private)
    } else if ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || o[0] >= 240
        || o[0] == 0
    {
        Some(SharedWhy::NoPublic)
    } else {
        None
    }
}

/// The decision. `public` is the IPv4 address the internet sees (echo
/// services, the site's trace); `tunnelled`: traffic leaves through a VPN
/// or proxy, so a different public address says nothing about the router.
pub fn sharing(r: &RouterFacts, public: Option<Ipv4Addr>, tunnelled: bool) -> Sharing {
    if !r.found {
        return Sharing::Unknown;
    }
    let wan = match (r.wan_address, r.no_public) {
        (Some(wan), _) => wan,
        (None, true) => {
            return Sharing::Shared {
                why: SharedWhy::NoPublic,
            }
        }
        (None, false) => return Sharing::Unknown,
    };
    if let Some(why) = shared_range(wan) {
        return Sharing::Shared { why };
    }
    match public {
        Some(p) if p == wan => Sharing::Own {
            chance: match r.line {
                Some(Line::Ppp | Line::Dsl) => RestartChance::Likely,
                Some(Line::Cable) => RestartChance::Unlikely,
                _ => RestartChance::Unknown,
            },
        },
        Some(_) if !tunnelled => Sharing::Shared {
            why: SharedWhy::Different,
        },
        _ => Sharing::Unknown,
    }
}

/// `network.router.can_reconnect`: the router offers a reconnect
/// blockwatch could ask for.
pub fn can_reconnect(r: &RouterFacts) -> bool {
    reconnect_service(r).is_some()
}

/// The WAN service that offers `ForceTermination`, where the reconnect
/// would be sent.
pub fn reconnect_service(r: &RouterFacts) -> Option<&WanService> {
    r.wan_service.as_ref().filter(|s| s.force_termination)
}

/// Two IPv4 addresses in the same /24 (a range Cloudflare rules can block
/// as a whole).
pub fn same_24(a: std::net::IpAddr, b: std::net::IpAddr) -> bool {
    match (a, b) {
        (std::net::IpAddr::V4(a), std::net::IpAddr::V4(b)) => a.octets()[..3] == b.octets()[..3],
        _ => false,
    }
}

#[cfg(test)]
mod tests;
