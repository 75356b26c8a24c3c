//! Causes in words: the verdict's label, the problem's headline, its
//! explanation, what blockwatch does next about it; and the small units
//! the other texts share (durations, Cloudflare's error numbers).

use super::browsers as bw;
use super::tr::*;
use super::{between, families, Os};
use crate::core::diagnose::Cause;
use crate::core::site::verdict::VerdictKind;
use std::net::IpAddr;

/// What the wording may mention besides the cause itself.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub host: String,
    pub code: Option<u16>,
    pub vpn_interface: Option<String>,
    pub vpn_vendor: Option<String>,
    pub warp: bool,
    pub retry_after_secs: Option<u64>,
    pub proxy: Option<String>,
    pub location: Option<String>,
    pub public_ip: Option<IpAddr>,
    pub os: Option<Os>,
    /// The cause the fixes are for (some steps only fit one cause).
    pub cause: Option<Cause>,
    /// The verdict's detail (the filter's answer or vendor).
    pub detail: Option<String>,
    /// One address family refused, the other working: (refused, works).
    pub split: Option<(
        crate::core::local::families::Family,
        crate::core::local::families::Family,
    )>,
    /// The browser finding to blame, for the browser fixes.
    pub browser: Option<BrowserBlame>,
}

/// An owned `core::browsers::Blame`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowserBlame {
    pub browser: crate::core::browsers::Browser,
    pub profile: String,
    pub finding: crate::core::browsers::Finding,
}

impl Context {
    pub(crate) fn os(&self) -> Os {
        self.os.unwrap_or(Os::current())
    }

    pub(crate) fn host(&self) -> &str {
        if self.host.is_empty() {
            "chatgpt.com"
        } else {
            &self.host
        }
    }

    /// "WireGuard (wg0)", "Cloudflare WARP", "the VPN (tun0)", "your VPN".
    pub fn vpn_name(&self, tr: &Tr) -> String {
        let kind = match (&self.vpn_vendor, &self.vpn_interface) {
            (Some(_), Some(_)) => "vendor-interface",
            (Some(_), None) => "vendor",
            (None, Some(_)) => "interface",
            (None, None) => "unknown",
        };
        tr.s(VpnName {
            interface: &self.vpn_interface,
            kind,
            vendor: &self.vpn_vendor,
        })
    }

    fn warp_only(&self) -> bool {
        self.warp && self.vpn_interface.is_none()
    }
}

pub fn verdict_label(tr: &Tr, kind: VerdictKind) -> String {
    match kind {
        VerdictKind::Reachable => tr.s(VerdictReachable),
        VerdictKind::Challenge => tr.s(VerdictChallenge),
        VerdictKind::Blocked => tr.s(VerdictBlocked),
        VerdictKind::IpBanned => tr.s(VerdictIpBanned),
        VerdictKind::CountryBanned => tr.s(VerdictCountryBanned),
        VerdictKind::BrowserBanned => tr.s(VerdictBrowserBanned),
        VerdictKind::RateLimited => tr.s(VerdictRateLimited),
        VerdictKind::RegionUnsupported => tr.s(VerdictRegionUnsupported),
        VerdictKind::SiteDown => tr.s(VerdictSiteDown),
        VerdictKind::SiteError => tr.s(VerdictSiteError),
        VerdictKind::CaptivePortal => tr.s(VerdictCaptivePortal),
        VerdictKind::Offline => tr.s(VerdictOffline),
        VerdictKind::DnsFailure => tr.s(VerdictDnsFailure),
        VerdictKind::Timeout => tr.s(VerdictTimeout),
        VerdictKind::TlsError => tr.s(VerdictTlsError),
        VerdictKind::DnsBlocked | VerdictKind::Filtered => between::verdict_label(tr, kind),
    }
}

/// What the diagnosis blames, in a few words: the report's "Cause:", the
/// fix page's technical details, the history (the JSON keeps the id).
pub fn cause_label(tr: &Tr, cause: Cause) -> String {
    match cause {
        Cause::Healthy => tr.s(CauseHealthy),
        Cause::VpnExitBlocked => tr.s(CauseVpnExitBlocked),
        Cause::ProxyBlocked => tr.s(CauseProxyBlocked),
        Cause::PublicIpBlocked => tr.s(CausePublicIpBlocked),
        Cause::LocationUnsupported => tr.s(CauseLocationUnsupported),
        Cause::RateLimited => tr.s(CauseRateLimited),
        Cause::ProbeRefused => tr.s(CauseProbeRefused),
        Cause::Outage => tr.s(CauseOutage),
        Cause::CaptivePortal => tr.s(CauseCaptivePortal),
        Cause::NoConnection => tr.s(CauseNoConnection),
        Cause::TlsInterception => tr.s(CauseTlsInterception),
        Cause::BrowserSide => tr.s(CauseBrowserSide),
        Cause::BrowserExtension => tr.s(CauseBrowserExtension),
        Cause::BrowserProxy => tr.s(CauseBrowserProxy),
        Cause::DnsFiltered => tr.s(CauseDnsFiltered),
        Cause::NetworkFilter => tr.s(CauseNetworkFilter),
        Cause::Unknown => tr.s(CauseUnknown),
    }
}

/// The problem in a few words: notification title, tray status line.
pub fn headline(tr: &Tr, cause: Cause, ctx: &Context) -> String {
    if let Some(h) = families::headline(tr, cause, ctx) {
        return h;
    }
    let code = ctx.code;
    match cause {
        Cause::Healthy => tr.s(HeadlineHealthy),
        Cause::VpnExitBlocked if ctx.warp_only() => tr.s(HeadlineVpnExitBlockedWarp { code }),
        Cause::VpnExitBlocked => tr.s(HeadlineVpnExitBlocked { code }),
        Cause::ProxyBlocked => tr.s(HeadlineProxyBlocked { code }),
        Cause::PublicIpBlocked => tr.s(HeadlinePublicIpBlocked { code }),
        Cause::LocationUnsupported => tr.s(HeadlineLocationUnsupported {
            location: &ctx.location,
        }),
        Cause::RateLimited => tr.s(HeadlineRateLimited { code }),
        Cause::ProbeRefused => tr.s(HeadlineProbeRefused { code }),
        Cause::Outage => tr.s(HeadlineOutage),
        Cause::CaptivePortal => tr.s(HeadlineCaptivePortal),
        Cause::NoConnection => tr.s(HeadlineNoConnection),
        Cause::TlsInterception => tr.s(HeadlineTlsInterception),
        Cause::BrowserSide => tr.s(HeadlineBrowserSide),
        Cause::BrowserExtension => {
            let b = ctx.browser.as_ref();
            tr.s(HeadlineBrowserExtension {
                browser: b.map(|b| bw::browser_name(b.browser)),
                name: b.map(|b| &b.finding.name),
            })
        }
        Cause::BrowserProxy => tr.s(HeadlineBrowserProxy {
            browser: ctx.browser.as_ref().map(|b| bw::browser_name(b.browser)),
        }),
        Cause::Unknown => tr.s(HeadlineUnknown),
        Cause::DnsFiltered | Cause::NetworkFilter => between::headline(tr, cause, ctx),
    }
}

/// The cause in plain words, for the report and the fix page.
pub fn explanation(tr: &Tr, cause: Cause, ctx: &Context) -> String {
    let host = ctx.host();
    match cause {
        Cause::Healthy => tr.s(ExplainHealthy { host }),
        Cause::VpnExitBlocked => tr.s(ExplainVpnExitBlocked {
            host,
            vpn: ctx.vpn_name(tr),
        }),
        Cause::ProxyBlocked => tr.s(ExplainProxyBlocked { host }),
        Cause::PublicIpBlocked => tr.s(ExplainPublicIpBlocked { ip: ctx.public_ip }),
        Cause::LocationUnsupported => tr.s(ExplainLocationUnsupported {
            location: &ctx.location,
        }),
        Cause::RateLimited => tr.s(ExplainRateLimited {
            duration: ctx.retry_after_secs.map(|s| duration_words(tr, s)),
            host,
        }),
        Cause::ProbeRefused => tr.s(ExplainProbeRefused),
        Cause::Outage => tr.s(ExplainOutage { host }),
        Cause::CaptivePortal => tr.s(ExplainCaptivePortal { host }),
        Cause::NoConnection => tr.s(ExplainNoConnection { host }),
        Cause::TlsInterception => tr.s(ExplainTlsInterception { host }),
        Cause::BrowserSide => tr.s(ExplainBrowserSide { host }),
        Cause::BrowserExtension | Cause::BrowserProxy => tr.s(ExplainBrowserVpn {
            finding: ctx
                .browser
                .as_ref()
                .map(|b| bw::finding_line(tr, b.browser, &b.profile, &b.finding)),
            host,
        }),
        Cause::Unknown => tr.s(ExplainUnknown { host }),
        Cause::DnsFiltered | Cause::NetworkFilter => between::explanation(tr, cause, ctx),
    }
}

/// What the daemon will do about this cause.
pub fn next_steps(tr: &Tr, cause: Cause) -> String {
    match cause {
        Cause::Healthy => tr.s(NextHealthy),
        Cause::VpnExitBlocked | Cause::ProxyBlocked => tr.s(NextVpnOrProxy),
        Cause::PublicIpBlocked => tr.s(NextPublicIpBlocked),
        Cause::LocationUnsupported => tr.s(NextLocationUnsupported),
        Cause::RateLimited => tr.s(NextRateLimited),
        Cause::Outage => tr.s(NextOutage),
        Cause::CaptivePortal | Cause::TlsInterception => tr.s(NextSignIn),
        Cause::NoConnection => tr.s(NextNoConnection),
        Cause::ProbeRefused | Cause::Unknown => tr.s(NextOther),
        Cause::BrowserSide | Cause::BrowserExtension | Cause::BrowserProxy => tr.s(NextBrowserSide),
        Cause::DnsFiltered | Cause::NetworkFilter => between::next_steps(tr, cause),
    }
}

pub fn code_meaning(tr: &Tr, code: u16) -> String {
    match code {
        1020 => tr.s(Code1020),
        1005 => tr.s(Code1005),
        1006..=1008 | 1106 => tr.s(CodeIpBanned),
        1012 => tr.s(Code1012),
        1009 => tr.s(Code1009),
        1010 => tr.s(Code1010),
        1015 => tr.s(Code1015),
        1016 | 1033 => tr.s(CodeDnsTunnel),
        1018 | 1023 => tr.s(CodeHostNotFound),
        1026 | 1039 => tr.s(CodeLegal),
        1200 => tr.s(Code1200),
        520..=527 | 530 => tr.s(CodeOriginUnreachable),
        _ => tr.s(CodeOther),
    }
}

/// "a moment", "30 seconds", "5 minutes", "2 hours", rounded up.
pub fn duration_words(tr: &Tr, secs: u64) -> String {
    let (unit, count) = match secs {
        0..=1 => ("moment", 0),
        2..=89 => ("seconds", secs),
        90..=5399 => ("minutes", secs.div_ceil(60)),
        _ => ("hours", secs.div_ceil(3600)),
    };
    tr.s(Duration {
        count: Count(count),
        unit,
    })
}
