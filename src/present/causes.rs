//! Causes in words: the verdict's label, the problem's headline, its
//! explanation, what blockwatch does next about it; and the small units
//! the other texts share (durations, Cloudflare's error numbers).

use super::{between, families, Os};
use crate::core::diagnose::Cause;
use crate::core::verdict::VerdictKind;
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
    pub split: Option<(crate::core::families::Family, crate::core::families::Family)>,
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
    pub fn vpn_name(&self) -> String {
        match (&self.vpn_vendor, &self.vpn_interface) {
            (Some(v), Some(i)) => format!("{v} ({i})"),
            (Some(v), None) => v.clone(),
            (None, Some(i)) => format!("the VPN ({i})"),
            (None, None) => "your VPN".to_string(),
        }
    }

    pub(crate) fn code_suffix(&self) -> String {
        self.code
            .map(|c| format!(" (error {c})"))
            .unwrap_or_default()
    }
}

pub fn verdict_label(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::Reachable => "reachable",
        VerdictKind::Challenge => {
            "reachable (Cloudflare shows a browser check, which browsers pass)"
        }
        VerdictKind::Blocked => "blocked by Cloudflare's firewall",
        VerdictKind::IpBanned => "your address is banned",
        VerdictKind::CountryBanned => "your country or region is banned",
        VerdictKind::BrowserBanned => "the browser signature was refused",
        VerdictKind::RateLimited => "rate limited",
        VerdictKind::RegionUnsupported => "not available in your region",
        VerdictKind::SiteDown => "the site is down",
        VerdictKind::SiteError => "the site answered with an error",
        VerdictKind::CaptivePortal => "something on your network answered instead of the site",
        VerdictKind::Offline => "no connection",
        VerdictKind::DnsFailure => "the name could not be looked up",
        VerdictKind::Timeout => "no answer in time",
        VerdictKind::TlsError => "the secure connection failed",
        VerdictKind::DnsBlocked | VerdictKind::Filtered => between::verdict_label(kind),
    }
}

/// The problem in a few words: notification title, tray status line.
pub fn headline(cause: Cause, ctx: &Context) -> String {
    if let Some(h) = families::headline(cause, ctx) {
        return h;
    }
    let code = ctx.code_suffix();
    match cause {
        Cause::Healthy => "ChatGPT is reachable".into(),
        Cause::VpnExitBlocked if ctx.warp && ctx.vpn_interface.is_none() => {
            format!("ChatGPT refuses Cloudflare WARP's address{code}")
        }
        Cause::VpnExitBlocked => format!("ChatGPT refuses your VPN's address{code}"),
        Cause::ProxyBlocked => format!("ChatGPT refuses your proxy's address{code}"),
        Cause::PublicIpBlocked => format!("ChatGPT refuses your internet address{code}"),
        Cause::LocationUnsupported => match &ctx.location {
            Some(loc) => format!("ChatGPT is not available from your location ({loc})"),
            None => "ChatGPT is not available from your location".into(),
        },
        Cause::RateLimited => format!("ChatGPT is rate limiting your address{code}"),
        Cause::ProbeRefused => format!("Cloudflare refused blockwatch's check{code}"),
        Cause::Outage => "ChatGPT is down".into(),
        Cause::CaptivePortal => "This network wants you to sign in first".into(),
        Cause::NoConnection => "No connection to ChatGPT".into(),
        Cause::TlsInterception => "Something on your network intercepts ChatGPT".into(),
        Cause::BrowserSide => "ChatGPT answers: the block is in your browser".into(),
        Cause::Unknown => "ChatGPT answered with an unexpected error".into(),
        Cause::DnsFiltered | Cause::NetworkFilter => between::headline(cause, ctx),
    }
}

/// The cause in plain words, for the report and the fix page.
pub fn explanation(cause: Cause, ctx: &Context) -> String {
    let host = ctx.host();
    match cause {
        Cause::Healthy => format!("{host} answers normally. If a Cloudflare check appears in your browser, it passes on its own."),
        Cause::VpnExitBlocked => format!(
            "Your connection to {host} goes through {}, and ChatGPT's firewall refuses the address of that VPN server. \
             VPN servers are shared by many people, so sites often block them. Your own internet connection is fine.",
            ctx.vpn_name()
        ),
        Cause::ProxyBlocked => format!(
            "Your connection to {host} does not leave from your own internet address but through a proxy or a split-tunnel VPN, \
             and ChatGPT's firewall refuses the address it leaves from."
        ),
        Cause::PublicIpBlocked => format!(
            "ChatGPT's firewall refuses the public address of your internet connection{}. No VPN or proxy is involved, \
             so the fix is a different address: a new one from your provider, or another network.",
            ctx.public_ip.map(|ip| format!(" ({ip})")).unwrap_or_default()
        ),
        Cause::LocationUnsupported => format!(
            "ChatGPT refuses connections from the country or region it places your address in{}. \
             If you are somewhere ChatGPT is offered, the location comes from your VPN or from a wrong geolocation of your address.",
            ctx.location.as_ref().map(|l| format!(" ({l})")).unwrap_or_default()
        ),
        Cause::RateLimited => format!(
            "Too many requests came from your address, so {host} asks it to slow down{}. This passes by itself.",
            ctx.retry_after_secs.map(|s| format!(" for {}", duration_words(s))).unwrap_or_default()
        ),
        Cause::ProbeRefused => "Cloudflare refused the way blockwatch's check identifies itself. That says nothing about your own browser, \
             which is checked differently. If your browser shows the same error, the steps below apply to it."
            .into(),
        Cause::Outage => format!("{host} itself is failing: the problem is on OpenAI's side, not yours."),
        Cause::CaptivePortal => format!(
            "Something on this network answered instead of {host}: usually the sign-in page of a hotel, airport, café or company network."
        ),
        Cause::NoConnection => format!("blockwatch could not reach {host} at all, so nothing can be said about a block yet."),
        Cause::TlsInterception => format!(
            "The secure connection to {host} was answered with a certificate that is not {host}'s. \
             A sign-in page, a company proxy or security software is in between."
        ),
        Cause::BrowserSide => format!(
            "From this computer {host} answers normally, so your address is not blocked. What your browser still shows comes \
             from the browser: stored cookies, an extension, or its settings."
        ),
        Cause::Unknown => format!("{host} answered in a way that does not match a known block, outage or network problem."),
        Cause::DnsFiltered | Cause::NetworkFilter => between::explanation(cause, ctx),
    }
}

/// What the daemon will do about this cause.
pub fn next_steps(cause: Cause) -> &'static str {
    match cause {
        Cause::Healthy => "blockwatch keeps checking every few minutes and as soon as your network changes, and tells you if ChatGPT becomes blocked.",
        Cause::VpnExitBlocked | Cause::ProxyBlocked => "blockwatch checks again as soon as your network changes, so you learn within seconds whether disconnecting or switching worked.",
        Cause::PublicIpBlocked => "blockwatch checks again as soon as your network changes and looks up your public address: you learn whether a router restart brought a new address, and whether that fixed it.",
        Cause::LocationUnsupported => "blockwatch checks again when your network changes and tells you when ChatGPT accepts your connection.",
        Cause::RateLimited => "blockwatch waits as long as the site asks, then checks again and tells you when access is back.",
        Cause::Outage => "blockwatch keeps checking every few minutes and tells you when ChatGPT is back.",
        Cause::CaptivePortal | Cause::TlsInterception => "blockwatch checks again as soon as your network changes, for example after you sign in.",
        Cause::NoConnection => "blockwatch stays quiet while you are offline and checks again as soon as your network is back.",
        Cause::ProbeRefused | Cause::Unknown => "blockwatch checks again in a few minutes and as soon as your network changes.",
        Cause::BrowserSide => "blockwatch keeps watching the connection; the browser steps above are yours to try.",
        Cause::DnsFiltered | Cause::NetworkFilter => between::next_steps(cause),
    }
}

pub fn code_meaning(code: u16) -> &'static str {
    match code {
        1020 => "Access denied by the site's firewall rules",
        1005 => "the network your address belongs to is banned",
        1006..=1008 | 1106 => "your address is banned",
        1012 => "access denied for activity from your network",
        1009 => "your country or region is banned",
        1010 => "the browser signature is banned",
        1015 => "you are being rate limited",
        1016 | 1033 => "the site's DNS or tunnel is failing",
        1018 | 1023 => "the site's host could not be found",
        1026 | 1039 => "legal restriction",
        1200 => "Cloudflare is overloaded",
        520..=527 | 530 => "Cloudflare cannot reach the site's servers",
        _ => "Cloudflare error",
    }
}

pub fn duration_words(secs: u64) -> String {
    match secs {
        0..=1 => "a moment".into(),
        2..=89 => format!("{secs} seconds"),
        90..=5399 => format!("{} minutes", secs.div_ceil(60)),
        _ => format!("{} hours", secs.div_ceil(3600)),
    }
}
