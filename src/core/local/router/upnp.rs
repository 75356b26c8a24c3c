//! UPnP Internet Gateway Device, as values: the SSDP search and its answer,
//! the device description (the router's name, its WAN connection services),
//! a service's action list, and SOAP requests and answers. Written against
//! the UPnP Forum's IGD:1/IGD:2 specifications, AVM's FRITZ!Box IGD
//! (`igddesc.xml`, `WANIPConn1`) and miniupnpd's `rootDesc.xml`.
//!
//! Everything here comes from a device on the LAN and is outside input:
//! names are cut short, URLs are only followed when they stay on the
//! gateway's own link (`Link::local_url`).

use super::xml::{self, Node};
use std::net::Ipv4Addr;

pub const SSDP_ADDR: (Ipv4Addr, u16) = (Ipv4Addr::new(239, 255, 255, 250), 1900);
/// The device types searched for: IGD:2 routers answer both.
pub const SEARCH_TARGETS: [&str; 2] = [
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:2",
];
/// A name longer than this is cut (a FRITZ!Box's is 14 characters).
pub const NAME_CAP: usize = 64;

/// `M-SEARCH` for one search target; devices answer within `MX` seconds.
pub fn msearch(st: &str) -> String {
    format!(
        "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: {st}\r\n\r\n"
    )
}

/// What a device answered to the search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SsdpReply {
    pub location: String,
    pub st: Option<String>,
    pub server: Option<String>,
}

/// An answer to `M-SEARCH`: `HTTP/1.1 200 OK` with a `LOCATION`.
pub fn parse_ssdp(datagram: &[u8]) -> Option<SsdpReply> {
    let text = std::str::from_utf8(datagram).ok()?;
    let mut lines = text.split("\r\n").flat_map(|l| l.split('\n'));
    let status = lines.next()?.trim();
    let mut words = status.split_whitespace();
    if !words.next()?.eq_ignore_ascii_case("HTTP/1.1") || words.next()? != "200" {
        return None;
    }
    let mut reply = SsdpReply {
        location: String::new(),
        st: None,
        server: None,
    };
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        if v.len() > 512 {
            continue;
        }
        match k.trim().to_ascii_lowercase().as_str() {
            "location" => reply.location = v.to_string(),
            "st" => reply.st = Some(v.to_string()),
            "server" => reply.server = Some(v.to_string()),
            _ => {}
        }
    }
    (!reply.location.is_empty()).then_some(reply)
}

/// The IPv4 link the router sits on: this computer's address on it, its
/// prefix, and the default gateway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub local: Ipv4Addr,
    pub prefix: u8,
    pub gateway: Ipv4Addr,
}

/// A home LAN's kind of address: private (RFC 1918) or link-local.
pub fn is_lan(ip: Ipv4Addr) -> bool {
    ip.is_private() || ip.is_link_local()
}

impl Link {
    fn mask(&self) -> u32 {
        match self.prefix {
            0 => 0,
            p => u32::MAX << (32 - u32::from(p.min(32))),
        }
    }

    /// `ip` is a LAN address on this link.
    pub fn holds(&self, ip: Ipv4Addr) -> bool {
        let m = self.mask();
        is_lan(ip) && u32::from(ip) & m == u32::from(self.local) & m
    }

    /// A router worth asking: a LAN gateway on this computer's own subnet
    /// (a public gateway is the provider's, not the user's router).
    pub fn askable(&self) -> bool {
        self.prefix >= 8 && self.holds(self.gateway) && self.holds(self.local)
    }

    /// `raw` (absolute, or relative to `base`) as a URL that stays on this
    /// link: plain HTTP to an IPv4 address of the same subnet, no user
    /// name. Anything else (a host name, another network, the internet) is
    /// never followed.
    pub fn local_url(&self, base: Option<&url::Url>, raw: &str) -> Option<url::Url> {
        let raw = raw.trim();
        if raw.len() > 512 {
            return None;
        }
        let u = match base {
            Some(b) => b.join(raw).ok()?,
            None => url::Url::parse(raw).ok()?,
        };
        let host_ok = matches!(u.host(), Some(url::Host::Ipv4(ip)) if self.holds(ip));
        let plain = u.scheme() == "http" && u.username().is_empty() && u.password().is_none();
        (host_ok && plain).then_some(u)
    }
}

/// What kind of WAN connection service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceKind {
    /// `WANIPConnection`: an IP link (cable, fibre, DSL behind a modem).
    Ip,
    /// `WANPPPConnection`: a PPP session (PPPoE on DSL).
    Ppp,
    /// `WANCommonInterfaceConfig`: the link's access type (DSL, Cable, ...).
    Common,
}

/// One service of the description, its URLs as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceRef {
    pub kind: ServiceKind,
    pub service_type: String,
    pub control_url: String,
    pub scpd_url: String,
}

/// The device description's part blockwatch uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description {
    pub friendly_name: Option<String>,
    pub model_name: Option<String>,
    pub url_base: Option<String>,
    /// WAN connection services first, then the common interface config.
    pub services: Vec<ServiceRef>,
}

impl Description {
    /// The name to show: the friendly name, else the model.
    pub fn name(&self) -> Option<String> {
        self.friendly_name.clone().or(self.model_name.clone())
    }
}

fn kind_of(service_type: &str) -> Option<ServiceKind> {
    let t = service_type.to_ascii_lowercase();
    if t.contains(":service:wanipconnection:") {
        Some(ServiceKind::Ip)
    } else if t.contains(":service:wanpppconnection:") {
        Some(ServiceKind::Ppp)
    } else if t.contains(":service:wancommoninterfaceconfig:") {
        Some(ServiceKind::Common)
    } else {
        None
    }
}

/// A service type safe to put in a header and an XML attribute.
pub fn is_clean_service_type(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 128
        && t.bytes()
            .all(|c| c.is_ascii_alphanumeric() || b":.-_".contains(&c))
}

/// A display name: control characters out, at most `NAME_CAP` characters.
pub fn clean_name(raw: &str) -> Option<String> {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_control())
        .take(NAME_CAP)
        .collect();
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// The root device's names and every WAN service of its tree.
pub fn parse_description(doc: &str) -> Result<Description, xml::XmlError> {
    let tree = xml::parse(doc)?;
    let root = tree.child("root").ok_or(xml::XmlError::Malformed)?;
    let device = root.child("device").ok_or(xml::XmlError::Malformed)?;
    let mut services = Vec::new();
    let mut all = Vec::new();
    device.descendants("service", &mut all);
    for s in all {
        let Some(service_type) = s.child_text("serviceType") else {
            continue;
        };
        let Some(kind) = kind_of(&service_type).filter(|_| is_clean_service_type(&service_type))
        else {
            continue;
        };
        let (Some(control_url), scpd_url) = (s.child_text("controlURL"), s.child_text("SCPDURL"))
        else {
            continue;
        };
        services.push(ServiceRef {
            kind,
            service_type,
            control_url,
            scpd_url: scpd_url.unwrap_or_default(),
        });
    }
    services.sort_by_key(|s| s.kind == ServiceKind::Common);
    Ok(Description {
        friendly_name: device
            .child_text("friendlyName")
            .and_then(|n| clean_name(&n)),
        model_name: device.child_text("modelName").and_then(|n| clean_name(&n)),
        url_base: root.child_text("URLBase"),
        services,
    })
}

/// The actions a service description (SCPD) lists.
pub fn parse_actions(doc: &str) -> Result<Vec<String>, xml::XmlError> {
    let tree = xml::parse(doc)?;
    let mut all = Vec::new();
    tree.descendants("action", &mut all);
    Ok(all
        .into_iter()
        .filter_map(|a| a.child_text("name"))
        .take(256)
        .collect())
}

/// The SOAP envelope asking `action` (no arguments) of a service.
pub fn soap_body(service_type: &str, action: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:{action} xmlns:u=\"{service_type}\"></u:{action}></s:Body></s:Envelope>\r\n"
    )
}

/// The `SOAPAction` header's value.
pub fn soap_action(service_type: &str, action: &str) -> String {
    format!("\"{service_type}#{action}\"")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SoapError {
    /// The device refused: UPnP error code (606 "Action not authorized",
    /// 401 "Invalid action", ...) and its description.
    Fault {
        code: Option<u16>,
        description: Option<String>,
    },
    /// Not a SOAP answer to this action.
    Malformed,
}

/// The output arguments of `<u:{action}Response>` (name, text), or the fault.
pub fn parse_soap(doc: &str, action: &str) -> Result<Vec<(String, String)>, SoapError> {
    let tree = xml::parse(doc).map_err(|_| SoapError::Malformed)?;
    let body = tree
        .child("Envelope")
        .and_then(|e| e.child("Body"))
        .ok_or(SoapError::Malformed)?;
    if let Some(fault) = body.child("Fault") {
        let err = fault.find("UPnPError");
        return Err(SoapError::Fault {
            code: err
                .and_then(|e| e.child_text("errorCode"))
                .and_then(|c| c.parse().ok()),
            description: err
                .and_then(|e| e.child_text("errorDescription"))
                .or_else(|| fault.child_text("faultstring"))
                .and_then(|d| clean_name(&d)),
        });
    }
    let want = format!("{action}Response");
    let resp: &Node = body
        .children
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(&want))
        .ok_or(SoapError::Malformed)?;
    Ok(resp
        .children
        .iter()
        .map(|c| (c.name.clone(), c.text.trim().to_string()))
        .collect())
}

/// One output argument's value.
pub fn arg<'a>(args: &'a [(String, String)], name: &str) -> Option<&'a str> {
    args.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
