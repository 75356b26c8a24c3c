//! The evidence vocabulary: each measured fact a diagnosis can point at,
//! as data (`present::evidence` words it). Apart from the rules because it
//! is a long list that only grows.

use super::*;

/// One measured fact, rendered to a sentence by `present::evidence`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum Evidence {
    Answer {
        kind: VerdictKind,
        http_status: Option<u16>,
        cloudflare_code: Option<u16>,
        via_cloudflare: bool,
        basis: Basis,
    },
    TransportError {
        kind: VerdictKind,
        detail: String,
    },
    Ray {
        id: String,
        colo: Option<String>,
    },
    RetryAfter {
        secs: u64,
    },
    PageSawAddress {
        ip: IpAddr,
    },
    /// The error page names another address than the trace or the echo
    /// services see: the request left through a proxy or a split path.
    PageAddressDiffers {
        page: IpAddr,
        others: IpAddr,
    },
    SiteSees {
        ip: IpAddr,
        loc: Option<String>,
        colo: Option<String>,
    },
    OthersSee {
        ip: IpAddr,
    },
    AddressMismatch {
        site: IpAddr,
        others: IpAddr,
    },
    RouteVia {
        interface: String,
        vendor: Option<String>,
        tunnel: bool,
    },
    NoRoute,
    Warp,
    UnusedTunnel {
        interface: String,
        vendor: Option<String>,
    },
    VpnSoftware {
        names: Vec<String>,
    },
    Proxy {
        url: String,
    },
    Status {
        summary: StatusSummary,
    },
    StatusUnknown,
    /// Not read for this answer: it could not change it.
    StatusNotNeeded,
    Tls {
        problem: TlsProblem,
    },
    BrowserReport,
    /// The user says the browser reaches the site: the refusal is the probe's.
    BrowserWorks,
    /// A VPN, proxy or DNS setting found in a browser profile.
    BrowserFinding {
        browser: Browser,
        profile: String,
        finding: Finding,
    },
    /// Every finding, in one line, for a check the browser is not part of.
    BrowserFindings {
        found: Vec<ProfileFindings>,
    },
    /// The connection dropped and came back with the same public address.
    AddressUnchangedAfterReconnect {
        ip: IpAddr,
    },
    /// It came back with a new address in the same /24 as the refused one.
    AddressSameRangeAfterReconnect {
        old: IpAddr,
        new: IpAddr,
    },
    /// What the router says of its WAN address, against the address the
    /// internet sees.
    Router {
        name: Option<String>,
        wan: Option<std::net::Ipv4Addr>,
        /// The IPv4 address the internet sees.
        public: Option<IpAddr>,
        sharing: crate::core::local::router::Sharing,
    },
    /// The router was asked (UPnP, NAT-PMP) and did not say.
    RouterSilent,
    /// What one resolver said for one name.
    DnsAnswer {
        answer: NameAnswer,
    },
    /// The resolvers this computer asks.
    DnsResolvers {
        servers: Vec<String>,
    },
    /// A public resolver over DNS-over-HTTPS, for comparison.
    DohAnswer {
        answer: NameAnswer,
    },
    /// The site refuses one address family and accepts the other.
    FamilySplit {
        refused: Family,
        works: Family,
    },
    /// The VPN carries IPv4 while IPv6 goes out natively.
    Ipv6Leak {
        ipv4_via: Option<String>,
        ipv6_via: Option<String>,
    },
    /// The site saw a different address over each family (each family's
    /// trace): the two take different ways out.
    FamilySees {
        ipv4: IpAddr,
        ipv6: IpAddr,
    },
}
