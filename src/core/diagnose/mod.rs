//! The diagnosis: a verdict and the measured network facts in; the cause,
//! the fixes in the order to try them, and the evidence out.
//!
//! Every cause rests on a fact blockwatch measured (the route to the site,
//! the address the site sees, the status page), so the fixes are specific
//! instead of the usual blind checklist. Wording lives in `crate::present`.

use crate::core::browsers::{self, Browser, Finding, ProfileFindings};
use crate::core::local::families::{Families, Family};
use crate::core::local::vpn::VpnFacts;
use crate::core::names::dns::{DnsFacts, NameAnswer};
use crate::core::site::status::StatusSummary;
use crate::core::site::trace::Trace;
use crate::core::site::verdict::{Basis, TlsProblem, Verdict, VerdictKind};
pub use evidence::Evidence;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// The closed vocabulary of `diagnosis.cause` (a contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    Healthy,
    VpnExitBlocked,
    ProxyBlocked,
    PublicIpBlocked,
    LocationUnsupported,
    RateLimited,
    ProbeRefused,
    Outage,
    CaptivePortal,
    NoConnection,
    TlsInterception,
    BrowserSide,
    BrowserExtension,
    BrowserProxy,
    /// A DNS filter answers for the site's names.
    DnsFiltered,
    /// A web filter or national block answered or cut the connection.
    NetworkFilter,
    Unknown,
}

impl Cause {
    /// Every cause (the metrics file writes one series each).
    pub const ALL: [Cause; 17] = [
        Self::Healthy,
        Self::VpnExitBlocked,
        Self::ProxyBlocked,
        Self::PublicIpBlocked,
        Self::LocationUnsupported,
        Self::RateLimited,
        Self::ProbeRefused,
        Self::Outage,
        Self::CaptivePortal,
        Self::NoConnection,
        Self::TlsInterception,
        Self::BrowserSide,
        Self::BrowserExtension,
        Self::BrowserProxy,
        Self::DnsFiltered,
        Self::NetworkFilter,
        Self::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Healthy => "healthy",
            Self::VpnExitBlocked => "vpn_exit_blocked",
            Self::ProxyBlocked => "proxy_blocked",
            Self::PublicIpBlocked => "public_ip_blocked",
            Self::LocationUnsupported => "location_unsupported",
            Self::RateLimited => "rate_limited",
            Self::ProbeRefused => "probe_refused",
            Self::Outage => "outage",
            Self::CaptivePortal => "captive_portal",
            Self::NoConnection => "no_connection",
            Self::TlsInterception => "tls_interception",
            Self::BrowserSide => "browser_side",
            Self::BrowserExtension => "browser_extension",
            Self::BrowserProxy => "browser_proxy",
            Self::DnsFiltered => "dns_filtered",
            Self::NetworkFilter => "network_filter",
            Self::Unknown => "unknown",
        }
    }
}

impl Cause {
    /// The probe gets through; what stands is in the user's browser.
    pub fn browser_only(self) -> bool {
        matches!(
            self,
            Self::BrowserSide | Self::BrowserExtension | Self::BrowserProxy
        )
    }
}

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a cause stands for the user: what the tray icon, the page's accent
/// and the notification icon show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// ChatGPT works from here.
    Fine,
    /// ChatGPT refuses this connection.
    Blocked,
    /// Something else is wrong (an outage, a rate limit, the network).
    Degraded,
    /// No connection to ChatGPT at all.
    Offline,
}

impl Cause {
    /// The one mapping from causes to severities.
    pub fn severity(self) -> Severity {
        match self {
            c if c == Cause::Healthy || c.browser_only() => Severity::Fine,
            Cause::VpnExitBlocked
            | Cause::ProxyBlocked
            | Cause::PublicIpBlocked
            | Cause::LocationUnsupported
            | Cause::DnsFiltered
            | Cause::NetworkFilter => Severity::Blocked,
            Cause::NoConnection => Severity::Offline,
            _ => Severity::Degraded,
        }
    }
}

/// What to try when the browser alone still shows a block, in order.
pub const BROWSER_FIXES: [FixId; 3] = [
    FixId::ClearBrowserData,
    FixId::DisableExtensions,
    FixId::CheckBrowserPermissions,
];

/// The fix catalogue's ids (a contract); titles and steps are in `present::fixes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FixId {
    DisconnectVpn,
    SwitchVpnServer,
    DisableProxy,
    RestartRouter,
    UseOtherNetwork,
    ContactIsp,
    ClearBrowserData,
    DisableExtensions,
    CheckBrowserPermissions,
    WaitRateLimit,
    WaitOutage,
    CheckStatusPage,
    SignInNetwork,
    CheckConnection,
    UpdateBrowser,
    DisableBrowserExtension,
    DisableBrowserProxy,
    AllowInDnsFilter,
    AskNetworkAdmin,
    FixIpv6Leak,
}

impl FixId {
    pub const ALL: [FixId; 20] = [
        Self::DisconnectVpn,
        Self::SwitchVpnServer,
        Self::DisableProxy,
        Self::RestartRouter,
        Self::UseOtherNetwork,
        Self::ContactIsp,
        Self::ClearBrowserData,
        Self::DisableExtensions,
        Self::CheckBrowserPermissions,
        Self::WaitRateLimit,
        Self::WaitOutage,
        Self::CheckStatusPage,
        Self::SignInNetwork,
        Self::CheckConnection,
        Self::UpdateBrowser,
        Self::DisableBrowserExtension,
        Self::DisableBrowserProxy,
        Self::AllowInDnsFilter,
        Self::AskNetworkAdmin,
        Self::FixIpv6Leak,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::DisconnectVpn => "disconnect_vpn",
            Self::SwitchVpnServer => "switch_vpn_server",
            Self::DisableProxy => "disable_proxy",
            Self::RestartRouter => "restart_router",
            Self::UseOtherNetwork => "use_other_network",
            Self::ContactIsp => "contact_isp",
            Self::ClearBrowserData => "clear_browser_data",
            Self::DisableExtensions => "disable_extensions",
            Self::CheckBrowserPermissions => "check_browser_permissions",
            Self::WaitRateLimit => "wait_rate_limit",
            Self::WaitOutage => "wait_outage",
            Self::CheckStatusPage => "check_status_page",
            Self::SignInNetwork => "sign_in_network",
            Self::CheckConnection => "check_connection",
            Self::UpdateBrowser => "update_browser",
            Self::DisableBrowserExtension => "disable_browser_extension",
            Self::DisableBrowserProxy => "disable_browser_proxy",
            Self::AllowInDnsFilter => "allow_in_dns_filter",
            Self::AskNetworkAdmin => "ask_network_admin",
            Self::FixIpv6Leak => "fix_ipv6_leak",
        }
    }
}

/// What blockwatch measured besides the probe itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The target's host name, for the wording ("the route to chatgpt.com").
    pub host: String,
    /// What the site's `/cdn-cgi/trace` says it sees.
    pub trace: Option<Trace>,
    /// The public addresses IP echo services report.
    pub echo_v4: Option<IpAddr>,
    pub echo_v6: Option<IpAddr>,
    /// The kernel had a route to at least one of the target's addresses;
    /// `None` when the name did not resolve, so the route is not known.
    pub has_route: Option<bool>,
    pub vpn: VpnFacts,
    /// The proxy the environment or the system sets for the target,
    /// credentials removed; a script's address after `pac+` (see core::local::proxy).
    pub proxy: Option<String>,
    /// `None`: not read or unreadable, which means "unknown", never outage.
    pub status: Option<StatusSummary>,
    /// It was read for this answer (so `None` means unreadable).
    pub status_asked: bool,
    /// What the browser scan found, profile by profile.
    #[serde(default)]
    pub browsers: Vec<ProfileFindings>,
    /// What the resolvers answered (`None`: not asked).
    #[serde(default)]
    pub dns: Option<DnsFacts>,
    /// Each address family's own probe, where both were probed.
    #[serde(default)]
    pub families: Families,
    /// What the router said of its WAN address (`None`: not asked).
    #[serde(default)]
    pub router: Option<crate::core::local::router::RouterFacts>,
}

impl Facts {
    /// The site sees another address than the rest of the internet does
    /// (same address family only): a proxy or a split tunnel.
    pub fn address_mismatch(&self) -> Option<(IpAddr, IpAddr)> {
        let site = self.trace.as_ref()?.ip;
        let others = if site.is_ipv4() {
            self.echo_v4?
        } else {
            self.echo_v6?
        };
        (site != others).then_some((site, others))
    }

    /// A proxy carries the requests (a proxy script is not followed: with
    /// one, the requests went direct).
    pub fn proxied(&self) -> bool {
        (self.proxy.as_deref()).is_some_and(crate::core::local::proxy::carries_requests)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnosis {
    pub cause: Cause,
    pub fixes: Vec<FixId>,
    pub evidence: Vec<Evidence>,
    /// The fixes blockwatch could carry out itself (`core::diagnose::act::plan`,
    /// filled in by the shell once it has read the system's VPN control).
    #[serde(default)]
    pub actions: Vec<act::FixAction>,
}

/// What the user said about their browser, if anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UserSays {
    #[default]
    Nothing,
    /// The probe is fine but the browser still shows the block.
    BrowserBlocked,
    /// The probe is refused but the browser works.
    BrowserWorks,
}

pub fn diagnose(verdict: &Verdict, facts: &Facts, browser_blocked: bool) -> Diagnosis {
    let says = if browser_blocked {
        UserSays::BrowserBlocked
    } else {
        UserSays::Nothing
    };
    diagnose_says(verdict, facts, says)
}

/// A refusal of the request itself (not a failure to get an answer): the
/// user's browser working proves it is the probe that is refused.
pub fn is_refusal(kind: VerdictKind) -> bool {
    use VerdictKind as K;
    matches!(
        kind,
        K::Blocked
            | K::IpBanned
            | K::CountryBanned
            | K::RegionUnsupported
            | K::BrowserBanned
            | K::RateLimited
    )
}

/// The browser is refused while the probe is not: what the browser scan
/// found decides between a named extension, a browser proxy and the blind
/// browser checklist.
fn browser_side(found: &[ProfileFindings]) -> (Cause, Vec<FixId>) {
    let (cause, first) = match browsers::blame(found).map(|b| b.finding.kind) {
        Some(browsers::FindingKind::VpnExtension) => {
            (Cause::BrowserExtension, FixId::DisableBrowserExtension)
        }
        Some(_) => (Cause::BrowserProxy, FixId::DisableBrowserProxy),
        None => return (Cause::BrowserSide, BROWSER_FIXES.to_vec()),
    };
    (
        cause,
        vec![
            first,
            FixId::ClearBrowserData,
            FixId::CheckBrowserPermissions,
        ],
    )
}

pub fn diagnose_says(verdict: &Verdict, facts: &Facts, says: UserSays) -> Diagnosis {
    let browser_blocked = says == UserSays::BrowserBlocked;
    use Cause as C;
    use FixId as F;
    use VerdictKind as K;

    // Around an IPv6 leak the browser's (IPv6) request leaves natively: a
    // refusal of it is of the user's own address, not of the VPN's.
    let on_vpn = facts.vpn.active && !network::verdict_leaked(facts);
    let proxy = facts.proxied();
    let outage = facts.status.as_ref().is_some_and(|s| s.reports_outage());

    let (cause, fixes): (Cause, Vec<FixId>) = match verdict.kind {
        K::Reachable | K::Challenge if browser_blocked => browser_side(&facts.browsers),
        // The user's browser gets through: only the probe is refused, and
        // nothing about the user's network needs fixing.
        k if says == UserSays::BrowserWorks && is_refusal(k) => (C::ProbeRefused, vec![]),
        K::Reachable | K::Challenge => (C::Healthy, vec![]),
        K::DnsBlocked => (
            C::DnsFiltered,
            vec![F::AllowInDnsFilter, F::UseOtherNetwork],
        ),
        K::Filtered => (
            C::NetworkFilter,
            vec![F::AskNetworkAdmin, F::UseOtherNetwork],
        ),
        K::Blocked | K::IpBanned if on_vpn => (
            C::VpnExitBlocked,
            vec![F::DisconnectVpn, F::SwitchVpnServer],
        ),
        K::Blocked | K::IpBanned if proxy => {
            (C::ProxyBlocked, vec![F::DisableProxy, F::UseOtherNetwork])
        }
        // The site sees another address than the rest of the internet: the
        // way to it leaves through something else than the home connection.
        K::Blocked | K::IpBanned if facts.address_mismatch().is_some() => (
            C::ProxyBlocked,
            vec![F::DisableProxy, F::DisconnectVpn, F::UseOtherNetwork],
        ),
        K::Blocked | K::IpBanned => (
            C::PublicIpBlocked,
            vec![F::RestartRouter, F::UseOtherNetwork, F::ContactIsp],
        ),
        K::CountryBanned | K::RegionUnsupported if on_vpn => (
            C::LocationUnsupported,
            vec![F::DisconnectVpn, F::SwitchVpnServer],
        ),
        K::CountryBanned | K::RegionUnsupported => (
            C::LocationUnsupported,
            vec![F::UseOtherNetwork, F::ContactIsp],
        ),
        // A shared VPN exit collects other people's requests too.
        K::RateLimited if on_vpn => (C::RateLimited, vec![F::WaitRateLimit, F::SwitchVpnServer]),
        K::RateLimited => (C::RateLimited, vec![F::WaitRateLimit]),
        // Cloudflare refused the probe's signature; that says nothing about
        // the user's browser unless the user says it is refused too.
        K::BrowserBanned if browser_blocked => (
            C::ProbeRefused,
            vec![F::UpdateBrowser, F::DisableExtensions, F::ClearBrowserData],
        ),
        K::BrowserBanned => (C::ProbeRefused, vec![]),
        K::SiteDown => (C::Outage, vec![F::WaitOutage, F::CheckStatusPage]),
        K::SiteError if outage => (C::Outage, vec![F::WaitOutage, F::CheckStatusPage]),
        K::SiteError => (C::Unknown, vec![F::CheckStatusPage]),
        K::CaptivePortal if proxy => (C::ProxyBlocked, vec![F::DisableProxy, F::UseOtherNetwork]),
        K::CaptivePortal => (C::CaptivePortal, vec![F::SignInNetwork, F::UseOtherNetwork]),
        K::TlsError => match verdict.tls_problem {
            Some(TlsProblem::WrongName | TlsProblem::Untrusted) => {
                let mut f = vec![F::SignInNetwork];
                if proxy {
                    f.insert(0, F::DisableProxy);
                }
                f.push(F::UseOtherNetwork);
                (C::TlsInterception, f)
            }
            _ => (C::Unknown, vec![F::CheckConnection, F::UseOtherNetwork]),
        },
        K::Offline | K::DnsFailure | K::Timeout if outage => {
            (C::Outage, vec![F::WaitOutage, F::CheckStatusPage])
        }
        K::Offline | K::DnsFailure | K::Timeout => {
            let internet_works = facts.echo_v4.is_some() || facts.echo_v6.is_some();
            let mut f = Vec::new();
            if on_vpn {
                f.push(F::DisconnectVpn);
            }
            f.push(F::CheckConnection);
            if internet_works {
                f.extend([F::UseOtherNetwork, F::CheckStatusPage]);
            }
            (C::NoConnection, f)
        }
    };

    let mut d = Diagnosis {
        cause,
        fixes,
        evidence: evidence(verdict, facts, says),
        actions: Vec::new(),
    };
    network::family_adjust(&mut d, facts);
    router::router_adjust(&mut d, facts);
    d
}

/// The facts worth showing, most telling first.
fn evidence(v: &Verdict, facts: &Facts, says: UserSays) -> Vec<Evidence> {
    let mut ev = Vec::new();
    match says {
        UserSays::BrowserBlocked => {
            ev.push(Evidence::BrowserReport);
            for p in &facts.browsers {
                for f in &p.findings {
                    ev.push(Evidence::BrowserFinding {
                        browser: p.browser,
                        profile: p.profile.clone(),
                        finding: f.clone(),
                    });
                }
            }
        }
        UserSays::BrowserWorks if is_refusal(v.kind) => ev.push(Evidence::BrowserWorks),
        _ => {}
    }
    match (&v.detail, v.http_status) {
        (Some(detail), None) => ev.push(Evidence::TransportError {
            kind: v.kind,
            detail: detail.clone(),
        }),
        _ => ev.push(Evidence::Answer {
            kind: v.kind,
            http_status: v.http_status,
            cloudflare_code: v.cloudflare_code,
            via_cloudflare: v.via_cloudflare,
            basis: v.basis,
        }),
    }
    if matches!(v.kind, VerdictKind::DnsBlocked | VerdictKind::DnsFailure) {
        if let Some(dns) = &facts.dns {
            ev.extend(network::dns_evidence(dns));
        }
    }
    if let Some(problem) = v.tls_problem {
        ev.push(Evidence::Tls { problem });
    }
    if let Some(secs) = v.retry_after_secs {
        ev.push(Evidence::RetryAfter { secs });
    }
    let vpn = &facts.vpn;
    match (&vpn.interface, &vpn.route_interface) {
        (Some(iface), _) => ev.push(Evidence::RouteVia {
            interface: iface.clone(),
            vendor: vpn.vendor.clone(),
            tunnel: true,
        }),
        (None, Some(iface)) => ev.push(Evidence::RouteVia {
            interface: iface.clone(),
            vendor: None,
            tunnel: false,
        }),
        (None, None) if facts.has_route == Some(false) => ev.push(Evidence::NoRoute),
        _ => {}
    }
    if vpn.warp {
        ev.push(Evidence::Warp);
    }
    if let Some(t) = &facts.trace {
        ev.push(Evidence::SiteSees {
            ip: t.ip,
            loc: t.loc.clone(),
            colo: t.colo.clone(),
        });
    }
    if let Some(ip) = v.visitor_ip {
        let trace_ip = facts.trace.as_ref().map(|t| t.ip);
        let echo = if ip.is_ipv4() {
            facts.echo_v4
        } else {
            facts.echo_v6
        };
        // What the site's trace and the echo services see, same family.
        let differs = [trace_ip, echo]
            .into_iter()
            .flatten()
            .find(|o| o.is_ipv4() == ip.is_ipv4() && *o != ip);
        match differs {
            Some(others) => ev.push(Evidence::PageAddressDiffers { page: ip, others }),
            None if trace_ip != Some(ip) && echo != Some(ip) => {
                ev.push(Evidence::PageSawAddress { ip })
            }
            None => {}
        }
    }
    if let Some((site, others)) = facts.address_mismatch() {
        ev.push(Evidence::AddressMismatch { site, others });
    } else {
        for ip in [facts.echo_v4, facts.echo_v6].into_iter().flatten() {
            if facts.trace.as_ref().map(|t| t.ip) != Some(ip) {
                ev.push(Evidence::OthersSee { ip });
            }
        }
    }
    if let Some(ray) = &v.ray_id {
        ev.push(Evidence::Ray {
            id: ray.clone(),
            colo: v.colo.clone(),
        });
    }
    for t in &vpn.unused_tunnels {
        ev.push(Evidence::UnusedTunnel {
            interface: t.interface.clone(),
            vendor: t.vendor.clone(),
        });
    }
    if !vpn.processes.is_empty() {
        ev.push(Evidence::VpnSoftware {
            names: vpn.processes.clone(),
        });
    }
    if let Some(url) = &facts.proxy {
        ev.push(Evidence::Proxy { url: url.clone() });
    }
    match &facts.status {
        Some(summary) => ev.push(Evidence::Status {
            summary: summary.clone(),
        }),
        None if facts.status_asked => ev.push(Evidence::StatusUnknown),
        None => ev.push(Evidence::StatusNotNeeded),
    }
    let found: Vec<ProfileFindings> = facts
        .browsers
        .iter()
        .filter(|p| !p.findings.is_empty())
        .cloned()
        .collect();
    if says != UserSays::BrowserBlocked && !found.is_empty() {
        ev.push(Evidence::BrowserFindings { found });
    }
    ev
}

pub mod act;
mod evidence;
mod network;
mod router;
pub use router::sharing;
#[cfg(test)]
mod tests;
