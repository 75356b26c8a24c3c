//! What one probe of the target can come back with, as plain values.
//!
//! The HTTP adapter turns every outcome, including every way the network can
//! fail, into a [`ProbeOutcome`]; the classifier turns that into a [`Verdict`].

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// The closed vocabulary of `verdict.kind` (a contract: JSON, history, tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    Reachable,
    Challenge,
    Blocked,
    IpBanned,
    CountryBanned,
    BrowserBanned,
    RateLimited,
    RegionUnsupported,
    SiteDown,
    SiteError,
    CaptivePortal,
    Offline,
    DnsFailure,
    Timeout,
    TlsError,
    /// A DNS filter answered for the site (sinkhole, or "no such name").
    DnsBlocked,
    /// A web filter or national block answered or cut the connection.
    Filtered,
}

impl VerdictKind {
    pub const ALL: [VerdictKind; 17] = [
        Self::Reachable,
        Self::Challenge,
        Self::Blocked,
        Self::IpBanned,
        Self::CountryBanned,
        Self::BrowserBanned,
        Self::RateLimited,
        Self::RegionUnsupported,
        Self::SiteDown,
        Self::SiteError,
        Self::CaptivePortal,
        Self::Offline,
        Self::DnsFailure,
        Self::Timeout,
        Self::TlsError,
        Self::DnsBlocked,
        Self::Filtered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reachable => "reachable",
            Self::Challenge => "challenge",
            Self::Blocked => "blocked",
            Self::IpBanned => "ip_banned",
            Self::CountryBanned => "country_banned",
            Self::BrowserBanned => "browser_banned",
            Self::RateLimited => "rate_limited",
            Self::RegionUnsupported => "region_unsupported",
            Self::SiteDown => "site_down",
            Self::SiteError => "site_error",
            Self::CaptivePortal => "captive_portal",
            Self::Offline => "offline",
            Self::DnsFailure => "dns_failure",
            Self::Timeout => "timeout",
            Self::TlsError => "tls_error",
            Self::DnsBlocked => "dns_blocked",
            Self::Filtered => "filtered",
        }
    }

    /// The site answered in a way a browser gets through (a challenge is
    /// solved by any real browser).
    pub fn is_ok(self) -> bool {
        matches!(self, Self::Reachable | Self::Challenge)
    }

    /// A definite refusal by the site's edge, tied to who or where the client is.
    pub fn is_hard_block(self) -> bool {
        matches!(
            self,
            Self::Blocked
                | Self::IpBanned
                | Self::CountryBanned
                | Self::RegionUnsupported
                | Self::BrowserBanned
        )
    }

    /// No HTTP answer at all: the network (or something on it) failed.
    pub fn is_transport_failure(self) -> bool {
        matches!(
            self,
            Self::Offline | Self::DnsFailure | Self::Timeout | Self::TlsError
        )
    }
}

impl std::fmt::Display for VerdictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a TLS handshake failed, in the terms the diagnosis needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsProblem {
    /// A certificate for another name: something else answered for the site.
    WrongName,
    /// A certificate no trusted authority vouches for.
    Untrusted,
    /// Expired or not yet valid: often this computer's clock.
    NotValidNow,
    Other,
}

/// How a request failed before any HTTP answer arrived.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    Dns,
    Refused,
    Unreachable,
    Timeout,
    Tls(TlsProblem),
    /// Reset or closed during the connection set-up (the TLS handshake).
    Reset,
    /// Bytes came back that are not HTTP.
    Protocol,
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransportFailure {
    pub kind: FailureKind,
    /// The underlying error, for the evidence and the logs.
    pub detail: String,
}

/// An HTTP answer as the probe saw it. Header names are lower-case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The body was longer than the probe reads (or arrived too slowly).
    pub body_truncated: bool,
}

impl HttpResponse {
    pub fn new(status: u16, headers: &[(&str, &str)], body: impl Into<Vec<u8>>) -> Self {
        HttpResponse {
            status,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), (*v).to_string()))
                .collect(),
            body: body.into(),
            body_truncated: false,
        }
    }

    /// The first value of a header; `name` must be lower-case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProbeOutcome {
    Response(HttpResponse),
    Failed(TransportFailure),
}

/// The judgement on one probe. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub http_status: Option<u16>,
    /// The Cloudflare error number from the page (1020, 1015, 522, ...).
    pub cloudflare_code: Option<u16>,
    pub ray_id: Option<String>,
    /// The Cloudflare data centre that answered (from the Ray ID).
    pub colo: Option<String>,
    /// The address the block page says it saw.
    pub visitor_ip: Option<IpAddr>,
    pub retry_after_secs: Option<u64>,
    /// The answer passed through Cloudflare (server or cf-ray header).
    pub via_cloudflare: bool,
    pub tls_problem: Option<TlsProblem>,
    /// What the judgement rests on.
    pub basis: Basis,
    /// The error behind a transport failure.
    pub detail: Option<String>,
}

/// Which signal decided the verdict (shown in reports; useful when a verdict
/// looks wrong).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// `cf-mitigated: challenge`.
    ChallengeHeader,
    /// Challenge scripts or form in the page (pages older than the header).
    ChallengeMarkers,
    /// RFC 9457 problem details (JSON or Markdown front matter) from Cloudflare.
    ProblemDetails,
    /// A Cloudflare error number in the page.
    ErrorCode,
    /// Cloudflare's WAF block page, which carries no number.
    BlockPage,
    /// The "used Cloudflare to restrict access" title without a readable number.
    AccessDeniedTitle,
    /// OpenAI's own JSON refusal for unsupported countries.
    OpenAiRegion,
    /// A Cloudflare-generated answer (its cache headers) with no page markers.
    CloudflareHeaders,
    /// No Cloudflare header where one was expected: something else answered.
    NotCloudflare,
    /// Only the HTTP status says anything.
    Status,
    /// The request failed before an HTTP answer.
    Transport,
    /// What the resolvers answered for the site's names (`core::dns`).
    DnsAnswer,
    /// A web filter's block page (vendor or generic markers, HTTP 451).
    FilterPage,
    /// The TLS handshake to the site was cut while another name's worked.
    HandshakeReset,
    /// A 5xx without Cloudflare's signs: a device in between (a proxy, a
    /// firewall, a router) failed to reach the site.
    Gateway,
}

impl Verdict {
    pub fn new(kind: VerdictKind) -> Self {
        Verdict {
            kind,
            http_status: None,
            cloudflare_code: None,
            ray_id: None,
            colo: None,
            visitor_ip: None,
            retry_after_secs: None,
            via_cloudflare: false,
            tls_problem: None,
            basis: Basis::Status,
            detail: None,
        }
    }
}
