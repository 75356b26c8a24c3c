//! Every sentence a user reads: problem titles, cause explanations, fix
//! steps, evidence lines, notification texts, menu labels and the CLI report.
//!
//! Kept in one module so the voice can be read and improved as a whole. The
//! core decides *what* to say (causes, fix ids, evidence facts); this module
//! decides *how*. Functions here are pure.

use crate::core::diagnose::{Cause, Evidence, FixId};
use crate::core::status::Indicator;
use crate::core::verdict::{Basis, TlsProblem, VerdictKind};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::net::IpAddr;

pub const APP_NAME: &str = "blockwatch";
pub const STATUS_PAGE_URL: &str = "https://status.openai.com";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Linux,
    MacOs,
    Windows,
}

impl Os {
    pub const fn current() -> Os {
        if cfg!(target_os = "macos") {
            Os::MacOs
        } else if cfg!(windows) {
            Os::Windows
        } else {
            Os::Linux
        }
    }
}

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
}

impl Context {
    fn os(&self) -> Os {
        self.os.unwrap_or(Os::current())
    }

    fn host(&self) -> &str {
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

    fn code_suffix(&self) -> String {
        self.code
            .map(|c| format!(" (error {c})"))
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixText {
    pub id: FixId,
    pub title: String,
    pub steps: Vec<String>,
}

// ---------------------------------------------------------------- verdicts

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
    }
}

// ---------------------------------------------------------------- causes

/// The problem in a few words: notification title, tray status line.
pub fn headline(cause: Cause, ctx: &Context) -> String {
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
    }
}

// ---------------------------------------------------------------- evidence

pub fn evidence(e: &Evidence, host: &str) -> String {
    let host = if host.is_empty() { "chatgpt.com" } else { host };
    match e {
        Evidence::Answer { kind, http_status, cloudflare_code, via_cloudflare, basis } => {
            let status = http_status.map(|s| format!("HTTP {s}")).unwrap_or_else(|| "an answer".into());
            let what = match (cloudflare_code, basis) {
                (Some(c), _) => format!(" with Cloudflare error {c} ({})", code_meaning(*c)),
                (None, Basis::ChallengeHeader | Basis::ChallengeMarkers) => " with a Cloudflare browser check (a challenge, not a block)".into(),
                (None, Basis::BlockPage) => " with Cloudflare's \"Sorry, you have been blocked\" page".into(),
                (None, Basis::AccessDeniedTitle) => " with Cloudflare's \"Access denied\" page (no error number readable)".into(),
                (None, Basis::CloudflareHeaders) => " generated by Cloudflare (a custom page without an error number)".into(),
                (None, Basis::OpenAiRegion) => " with OpenAI's \"country, region, or territory not supported\" error".into(),
                (None, Basis::NotCloudflare) => ", but not through Cloudflare: something on the way answered instead".into(),
                _ => String::new(),
            };
            let via = if *via_cloudflare && !matches!(basis, Basis::NotCloudflare) { " via Cloudflare" } else { "" };
            format!("{host} answered {status}{via}{what}: {}", verdict_label(*kind))
        }
        Evidence::TransportError { kind, detail } => format!("{host}: {} ({detail})", verdict_label(*kind)),
        Evidence::Ray { id, colo } => match colo {
            Some(c) => format!("Cloudflare Ray ID {id}, data centre {c}"),
            None => format!("Cloudflare Ray ID {id}"),
        },
        Evidence::RetryAfter { secs } => format!("the site asks to wait {} before trying again", duration_words(*secs)),
        Evidence::PageSawAddress { ip } => format!("the error page names your address as {ip}"),
        Evidence::SiteSees { ip, loc, colo } => {
            let mut s = format!("the site sees you as {ip}");
            if let Some(l) = loc {
                let _ = write!(s, ", {}", if l == "T1" { "Tor" } else { l });
            }
            if let Some(c) = colo {
                let _ = write!(s, ", via Cloudflare {c}");
            }
            s
        }
        Evidence::OthersSee { ip } => format!("other sites see you as {ip}"),
        Evidence::AddressMismatch { site, others } => format!(
            "the site sees you as {site}, but other sites see you as {others}: the way to {host} leaves elsewhere (a proxy or a split-tunnel VPN)"
        ),
        Evidence::RouteVia { interface, vendor, tunnel: true } => match vendor {
            Some(v) => format!("the route to {host} goes through {interface} ({v})"),
            None => format!("the route to {host} goes through {interface}, a VPN tunnel"),
        },
        Evidence::RouteVia { interface, tunnel: false, .. } => format!("the route to {host} goes through {interface}, not through a VPN"),
        Evidence::NoRoute => format!("this computer has no route to {host}: it is not connected"),
        Evidence::Warp => "Cloudflare reports that you use WARP (warp=on)".into(),
        Evidence::UnusedTunnel { interface, vendor } => match vendor {
            Some(v) => format!("{interface} ({v}) is up but does not carry the traffic to {host}"),
            None => format!("the tunnel {interface} is up but does not carry the traffic to {host}"),
        },
        Evidence::VpnSoftware { names } => format!("VPN software running: {}", names.join(", ")),
        Evidence::Proxy { url } => format!("a proxy is set for {host}: {url}"),
        Evidence::Status { summary } => {
            let overall = match summary.indicator {
                Indicator::None => "all systems normal",
                Indicator::Minor => "a minor problem",
                Indicator::Major => "a major outage",
                Indicator::Critical => "a critical outage",
            };
            let mut s = format!("OpenAI's status page reports {overall}");
            if let Some(c) = &summary.component_status {
                let _ = write!(s, "; ChatGPT conversations: {}", c.replace('_', " "));
            }
            if let Some(i) = summary.incidents.first() {
                let _ = write!(s, "; open incident: {i}");
            }
            s
        }
        Evidence::StatusUnknown => "OpenAI's status page could not be read (status unknown)".into(),
        Evidence::Tls { problem } => match problem {
            TlsProblem::WrongName => format!("the certificate presented is for another name than {host}"),
            TlsProblem::Untrusted => format!("the certificate presented for {host} is not from a trusted authority"),
            TlsProblem::NotValidNow => "the certificate is expired or not yet valid: check this computer's date and time".into(),
            TlsProblem::Other => "the secure connection could not be set up".into(),
        },
        Evidence::BrowserReport => "you report that your browser still shows the block".into(),
        Evidence::AddressUnchangedAfterReconnect { ip } => format!(
            "your connection dropped and came back with the same public address ({ip}): restarting the router does not change it"
        ),
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

// ---------------------------------------------------------------- fixes

/// The fix in a few words, for a notification body: "disconnect WireGuard (wg0)".
pub fn fix_short(id: FixId, ctx: &Context) -> String {
    match id {
        FixId::DisconnectVpn if ctx.warp && ctx.vpn_interface.is_none() => {
            "turn off Cloudflare WARP".into()
        }
        FixId::DisconnectVpn => format!("disconnect {}", ctx.vpn_name()),
        FixId::SwitchVpnServer => "connect to another VPN server".into(),
        FixId::DisableProxy => "turn off the proxy".into(),
        FixId::RestartRouter => "restart your router to get a new address".into(),
        FixId::UseOtherNetwork => "try another network, such as your phone's hotspot".into(),
        FixId::ContactIsp => "ask your internet provider for a new address".into(),
        FixId::ClearBrowserData => format!(
            "clear the browser's cookies for {} and openai.com",
            ctx.host()
        ),
        FixId::DisableExtensions => "turn off browser extensions".into(),
        FixId::CheckBrowserPermissions => {
            format!("allow JavaScript and cookies for {}", ctx.host())
        }
        FixId::WaitRateLimit => match ctx.retry_after_secs {
            Some(s) => format!("wait {} before trying again", duration_words(s)),
            None => "wait a few minutes before trying again".into(),
        },
        FixId::WaitOutage => "wait: OpenAI has to fix this".into(),
        FixId::CheckStatusPage => "check status.openai.com".into(),
        FixId::SignInNetwork => "sign in to this network".into(),
        FixId::CheckConnection => "check your internet connection".into(),
        FixId::UpdateBrowser => "update your browser".into(),
    }
}

pub fn fix(id: FixId, ctx: &Context) -> FixText {
    let os = ctx.os();
    let host = ctx.host();
    let (title, steps): (String, Vec<String>) = match id {
        FixId::DisconnectVpn => disconnect_vpn(ctx, os),
        FixId::SwitchVpnServer => (
            "Connect to another VPN server".into(),
            vec![
                "Open your VPN app and pick a different server: another city, or a less crowded one (many apps show the load).".into(),
                "Avoid special servers (P2P, obfuscated, \"double VPN\"): their addresses are blocked more often.".into(),
                "If your VPN offers a dedicated (personal) IP address, use it: it is not shared with strangers.".into(),
                format!("Reload {host}. blockwatch checks again as soon as the connection changes."),
            ],
        ),
        FixId::DisableProxy => (
            "Turn off the proxy".into(),
            {
                let mut s = match os {
                    Os::Linux => vec![
                        "GNOME: Settings → Network → Network Proxy → Off. KDE: System Settings → Network → Proxy → No proxy.".into(),
                        "In a terminal session the proxy comes from the environment: unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy (and remove them from ~/.profile or /etc/environment).".into(),
                    ],
                    Os::MacOs => vec!["System Settings → Network → your connection → Details… → Proxies: switch every proxy off, then OK.".into()],
                    Os::Windows => vec!["Settings → Network & internet → Proxy: turn off \"Use a proxy server\" (and \"Use setup script\" unless your company needs it).".into()],
                };
                if let Some(p) = &ctx.proxy {
                    s.insert(0, format!("The proxy in use is {p}."));
                }
                s.push("Turn off proxy or VPN browser extensions too (they show in the browser's toolbar).".into());
                s.push(format!("Reload {host}. On a company network, ask IT before bypassing its proxy."));
                s
            },
        ),
        FixId::RestartRouter => (
            "Restart your router to get a new address".into(),
            vec![
                "Unplug the router (and the modem, if it is a separate box) from power. A restart from the web page or app often keeps the same address.".into(),
                "Wait at least 5 minutes: many providers only hand out a new address once the old lease has expired. Some need 30 minutes or more.".into(),
                "Plug the modem in first and wait until it is online, then the router.".into(),
                "blockwatch checks again when your connection comes back and tells you whether your public address changed. If it did not, you have a fixed address or share one with other customers (carrier-grade NAT): restarting will not help, use another network or contact your provider.".into(),
            ],
        ),
        FixId::UseOtherNetwork => (
            "Try another network".into(),
            vec![
                "Turn on your phone's hotspot (with Wi-Fi on the phone switched off, so it uses mobile data) and connect this computer to it.".into(),
                format!("Open {host}. If it works there, the block belongs to the address of your usual network, not to this computer."),
                "Keep using the other network while you ask your provider for a new address.".into(),
            ],
        ),
        FixId::ContactIsp => (
            "Ask your internet provider for a new address".into(),
            {
                let mut s = vec![
                    format!(
                        "Tell your provider that websites behind Cloudflare (such as {host}) refuse your public address{}{}.",
                        ctx.public_ip.map(|ip| format!(" {ip}")).unwrap_or_default(),
                        ctx.code.map(|c| format!(" with error {c}")).unwrap_or_default()
                    ),
                    "Ask for a new dynamic address, or to be taken off carrier-grade NAT (a shared address) if you are on it.".into(),
                    "If you pay for a static address, ask for a different one: the old one is on a block list.".into(),
                ];
                if ctx.cause == Some(Cause::LocationUnsupported) {
                    s.push("If the site places you in the wrong country, ask the provider to get the geolocation of its address range corrected.".into());
                }
                s
            },
        ),
        FixId::ClearBrowserData => (
            format!("Clear the browser's data for {host} and openai.com"),
            {
                let mut s = vec![
                    format!("Chrome: Settings → Privacy and security → Third-party cookies → See all site data and permissions; search \"{host}\" and \"openai.com\" and delete both."),
                    "Firefox: Settings → Privacy & Security → Cookies and Site Data → Manage Data…; search \"chatgpt\" and \"openai\", Remove Selected, Save Changes.".into(),
                    "Edge: Settings → Cookies and site permissions → Manage and delete cookies and site data → See all cookies and site data; search and delete both sites.".into(),
                ];
                if os == Os::MacOs {
                    s.push("Safari: Settings → Privacy → Manage Website Data…; search \"chatgpt\" and \"openai\", Remove, Done.".into());
                }
                s.push(format!("Close every {host} tab, then open it again and sign in."));
                s
            },
        ),
        FixId::DisableExtensions => (
            "Turn off browser extensions".into(),
            vec![
                format!("Open {host} in a private window (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox{}): extensions are off there.", if os == Os::MacOs { ", ⌘⇧N in Safari" } else { "" }),
                "If it works there, open the extension list (chrome://extensions, about:addons, edge://extensions) and turn extensions off one at a time.".into(),
                "Suspects first: VPN and proxy extensions, ad and script blockers, user-agent switchers, privacy and anti-fingerprinting tools.".into(),
                format!("Reload {host} after each one; keep off the one that caused the block."),
            ],
        ),
        FixId::CheckBrowserPermissions => (
            format!("Allow JavaScript and cookies for {host}"),
            vec![
                format!("Chrome and Edge: click the icon left of the address on {host} → Site settings; set JavaScript and Cookies to Allow."),
                "Firefox: click the shield left of the address and turn off Enhanced Tracking Protection for this site; \"Strict\" mode can break Cloudflare's checks.".into(),
                "Allow challenges.cloudflare.com too if you block scripts or third-party cookies by default.".into(),
                "Check that this computer's date, time and time zone are right: a wrong clock fails the security checks.".into(),
            ],
        ),
        FixId::WaitRateLimit => (
            match ctx.retry_after_secs {
                Some(s) => format!("Wait {} before trying again", duration_words(s)),
                None => "Wait a few minutes before trying again".into(),
            },
            vec![
                "Stop reloading the page: every reload extends the limit.".into(),
                "Close scripts, extensions or other tabs that send requests to ChatGPT automatically.".into(),
                "blockwatch checks again after the wait and tells you when access is back.".into(),
            ],
        ),
        FixId::WaitOutage => (
            "Wait for OpenAI to fix the outage".into(),
            vec![
                "Nothing on your side needs changing: clearing cookies or switching networks will not help.".into(),
                format!("Follow the progress on {STATUS_PAGE_URL}."),
                "blockwatch keeps checking and tells you when ChatGPT is back.".into(),
            ],
        ),
        FixId::CheckStatusPage => (
            "Check OpenAI's status page".into(),
            vec![
                format!("Open {STATUS_PAGE_URL} and look at \"Conversations\"."),
                "If an incident is open, wait for it to be resolved; blockwatch tells you when ChatGPT answers normally again.".into(),
            ],
        ),
        FixId::SignInNetwork => (
            "Sign in to this network".into(),
            vec![
                "Open http://neverssl.com (a plain http page) in your browser: the network's sign-in page appears instead.".into(),
                "Accept the terms or enter the code you were given (room number, ticket, voucher).".into(),
                match os {
                    Os::Linux => "GNOME and KDE also offer a \"Sign in to network\" notification when they detect such a page.".into(),
                    Os::MacOs => "macOS usually opens the sign-in window by itself; if not, turn Wi-Fi off and on.".into(),
                    Os::Windows => "Windows usually opens the sign-in page by itself; if not, click the network icon and choose \"Open browser and connect\".".into(),
                },
                format!("Reload {host}; blockwatch checks again once the network changes."),
            ],
        ),
        FixId::CheckConnection => (
            "Check your internet connection".into(),
            vec![
                "Check that Wi-Fi is on and connected, or that the cable is plugged in.".into(),
                "Open another website. If nothing loads, restart Wi-Fi on this computer, then the router.".into(),
                match os {
                    Os::Linux => "In a terminal, `ping -c 3 1.1.1.1` tells whether the internet answers at all; `nmcli device` shows the connection state.".into(),
                    Os::MacOs => "In Terminal, `ping -c 3 1.1.1.1` tells whether the internet answers at all.".into(),
                    Os::Windows => "Settings → Network & internet → Network troubleshooter finds the usual problems.".into(),
                },
                "blockwatch stays quiet while you are offline and checks again as soon as the network is back.".into(),
            ],
        ),
        FixId::UpdateBrowser => (
            "Update your browser".into(),
            vec![
                "Chrome: Menu → Help → About Google Chrome; Edge: Settings → About Microsoft Edge; Firefox: Menu → Help → About Firefox. Each updates itself there; then relaunch.".into(),
                "Turn off user-agent switchers and anti-fingerprinting settings: Cloudflare refuses browsers that do not look like what they claim to be.".into(),
                format!("Reload {host}."),
            ],
        ),
    };
    FixText { id, title, steps }
}

fn disconnect_vpn(ctx: &Context, os: Os) -> (String, Vec<String>) {
    let host = ctx.host();
    let name = ctx.vpn_name();
    let iface = ctx.vpn_interface.as_deref();
    let vendor = ctx.vpn_vendor.as_deref().unwrap_or("");
    let title = if ctx.warp && iface.is_none() {
        "Turn off Cloudflare WARP".to_string()
    } else {
        format!("Disconnect {name}")
    };
    let mut steps = Vec::new();
    let cli = match (os, vendor) {
        (_, "Cloudflare WARP") => Some("Click the WARP icon and switch it off, or run `warp-cli disconnect`.".to_string()),
        (_, "Tailscale") => Some("Stop using an exit node: in the Tailscale menu choose Exit Node → None, or run `tailscale set --exit-node=`.".to_string()),
        (Os::Linux, "WireGuard") => Some(format!(
            "Run `sudo wg-quick down {0}`, or `nmcli connection down {0}` if NetworkManager manages it.",
            iface.unwrap_or("wg0")
        )),
        (Os::Linux, "Mullvad") => Some("Click Disconnect in the Mullvad app, or run `mullvad disconnect`.".into()),
        (Os::Linux, "NordVPN") => Some("Run `nordvpn disconnect`, or click Disconnect in the NordVPN app.".into()),
        (Os::Linux, "ExpressVPN") => Some("Run `expressvpn disconnect`, or click the power button in the ExpressVPN app.".into()),
        (Os::Linux, "Cisco AnyConnect") => Some("Click Disconnect in Cisco Secure Client, or run `/opt/cisco/anyconnect/bin/vpn disconnect`.".into()),
        (Os::Linux, "GlobalProtect") => Some("Run `globalprotect disconnect`, or use Disconnect in the GlobalProtect app.".into()),
        (Os::Linux, _) => iface.map(|i| format!(
            "Click Disconnect in your VPN app; for a VPN set up in the system, `nmcli connection down {i}` (or the VPN switch in the network menu)."
        )),
        (Os::MacOs, _) => Some(format!(
            "Click the {} icon in the menu bar and choose Disconnect.",
            if vendor.is_empty() { "VPN app's" } else { vendor }
        )),
        (Os::Windows, "WireGuard") => Some("Open the WireGuard app and click Deactivate.".into()),
        (Os::Windows, _) => Some(format!(
            "Right-click the {} icon in the notification area (bottom right) and choose Disconnect.",
            if vendor.is_empty() { "VPN app's" } else { vendor }
        )),
    };
    steps.extend(cli);
    steps.push(match os {
        Os::Linux => "Or use the system menu: GNOME top-right menu → VPN → off; KDE: the network applet → Disconnect the VPN.".into(),
        Os::MacOs => "Or System Settings → VPN, and switch the VPN off.".into(),
        Os::Windows => "Or Settings → Network & internet → VPN → your VPN → Disconnect.".into(),
    });
    steps.push("If the VPN has a kill switch that blocks the internet while disconnected, turn that off too.".into());
    steps.push(format!(
        "Reload {host}. blockwatch checks again as soon as the network changes and tells you whether that fixed it."
    ));
    (title, steps)
}

// ---------------------------------------------------------------- notifications

/// What changed between a problem and its recovery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixedBy {
    VpnDisconnected { name: Option<String> },
    VpnSwitched,
    ProxyOff,
    NewAddress { old: IpAddr, new: IpAddr },
    OtherNetwork,
    OutageOver,
    RateLimitOver,
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A problem notification's body: the first fix, in one line.
pub fn problem_body(cause: Cause, first: Option<FixId>, ctx: &Context) -> String {
    match first {
        Some(fix) => format!("{}.", capitalize(&fix_short(fix, ctx))),
        None => explanation(cause, ctx),
    }
}

/// Appended where the notification server cannot show buttons.
pub fn no_actions_hint(page: &std::path::Path) -> String {
    format!("Fix steps: run `blockwatch fix` or open {}", page.display())
}

pub fn same_ip_after_restart(ip: IpAddr) -> (String, String) {
    (
        "Your address did not change".into(),
        format!(
            "Still {ip} after the connection came back: a fixed address or a shared one (carrier-grade NAT). \
             Restarting again will not help; use another network or ask your provider for a new address."
        ),
    )
}

pub fn resolved(was: Cause, fixed_by: Option<&FixedBy>) -> (String, String) {
    let title = "ChatGPT works again".to_string();
    let how = match fixed_by {
        Some(FixedBy::VpnDisconnected { name: Some(n) }) => format!("after {n} was disconnected"),
        Some(FixedBy::VpnDisconnected { name: None }) => "after the VPN was disconnected".into(),
        Some(FixedBy::VpnSwitched) => "after switching VPN servers".into(),
        Some(FixedBy::ProxyOff) => "after the proxy was turned off".into(),
        Some(FixedBy::NewAddress { old, new }) => {
            format!("after your address changed from {old} to {new}")
        }
        Some(FixedBy::OtherNetwork) => "after switching networks".into(),
        Some(FixedBy::OutageOver) => "OpenAI fixed the outage".into(),
        Some(FixedBy::RateLimitOver) => "the rate limit has expired".into(),
        None => String::new(),
    };
    let body = match (was, fixed_by) {
        (_, Some(FixedBy::OutageOver | FixedBy::RateLimitOver)) => {
            format!("Access is back: {how}.")
        }
        (_, Some(_)) => format!("Access is back {how}."),
        (Cause::Outage, None) => "Access is back: the outage is over.".into(),
        _ => "Access is back.".into(),
    };
    (title, body)
}

// ---------------------------------------------------------------- fix page

/// The fix page's fixed texts.
#[derive(Clone, Debug)]
pub struct PageText {
    pub title: &'static str,
    pub what_happened: &'static str,
    pub what_to_do: &'static str,
    pub evidence: &'static str,
    pub next: &'static str,
    pub browser_heading: &'static str,
    pub browser_intro: &'static str,
    pub details: &'static str,
    pub checked: &'static str,
    pub footer: &'static str,
}

pub const PAGE: PageText = PageText {
    title: "blockwatch: ChatGPT access",
    what_happened: "What is going on",
    what_to_do: "What to do, in this order",
    evidence: "What blockwatch measured",
    next: "What blockwatch does next",
    browser_heading: "If your browser still shows \u{201c}Access denied\u{201d}",
    browser_intro: "blockwatch reaches ChatGPT from this computer, so the rest lies with the browser. Try these, in order:",
    details: "Technical details",
    checked: "Checked",
    footer: "This page was written by blockwatch on your computer; nothing was sent anywhere. Run `blockwatch fix` to open it again.",
};

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
    }
}

/// Browser actions in the tray and in notifications.
pub const ACTION_SHOW_FIX: &str = "Show fix steps";
pub const ACTION_CHECK_AGAIN: &str = "Check again";

// ---------------------------------------------------------------- command line

pub fn already_running(pid: Option<u32>) -> String {
    match pid {
        Some(p) => format!(
            "blockwatch is already running (pid {p}); it keeps watching, nothing more to start."
        ),
        None => "blockwatch is already running; it keeps watching, nothing more to start.".into(),
    }
}

pub fn history_empty(path: &std::path::Path) -> String {
    format!(
        "No history yet ({} is empty): `blockwatch run` records what it sees there.",
        path.display()
    )
}

pub fn autostart_status(s: &crate::adapters::autostart::Status) -> String {
    use crate::adapters::autostart::Method;
    if !s.enabled() {
        return "disabled: blockwatch does not start at login".into();
    }
    let ways: Vec<String> = s
        .entries
        .iter()
        .map(|(m, path)| {
            let what = match m {
                Method::XdgAutostart => "XDG autostart entry",
                Method::SystemdUser => "systemd user unit",
                Method::LaunchAgent => "LaunchAgent",
                Method::RunKey => "Run key",
            };
            format!("{what} {path}")
        })
        .collect();
    format!("enabled: {}", ways.join("; "))
}

// ---------------------------------------------------------------- tray

pub const MENU_CHECK_NOW: &str = "Check now";
pub const MENU_SHOW_FIX: &str = ACTION_SHOW_FIX;
pub const MENU_BROWSER_BLOCKED: &str = "My browser still shows Access denied";
pub const MENU_PAUSE: &str = "Pause for 1 hour";
pub const MENU_RESUME: &str = "Resume";
pub const MENU_AUTOSTART: &str = "Start at login";
pub const MENU_HISTORY: &str = "Open history";
pub const MENU_QUIT: &str = "Quit";

/// Local time of an RFC 3339 timestamp, for people.
pub fn local_time(ts: &str) -> String {
    match humantime::parse_rfc3339(ts) {
        Ok(t) => chrono::DateTime::<chrono::Local>::from(t)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string(),
        Err(_) => ts.to_string(),
    }
}

fn clock(wall_ms: u64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(wall_ms);
    chrono::DateTime::<chrono::Local>::from(t)
        .format("%H:%M")
        .to_string()
}

/// The menu's first line: the state in a few words.
pub fn tray_status(view: &crate::core::monitor::View) -> String {
    if let Some(until) = view.paused_until_wall_ms {
        return format!("Paused until {}", clock(until));
    }
    if view.offline {
        return "No network connection".into();
    }
    let Some(r) = &view.report else {
        return "Checking ChatGPT\u{2026}".into();
    };
    let code = r
        .verdict
        .cloudflare_code
        .map(|c| format!(" (error {c})"))
        .unwrap_or_default();
    match r.diagnosis.cause {
        Cause::Healthy | Cause::BrowserSide => "ChatGPT reachable".into(),
        Cause::VpnExitBlocked => format!("ChatGPT blocks your VPN{code}"),
        Cause::ProxyBlocked => format!("ChatGPT blocks your proxy{code}"),
        Cause::PublicIpBlocked => format!("ChatGPT blocks your address{code}"),
        Cause::LocationUnsupported => match &r.network.location {
            Some(l) => format!("ChatGPT not available from {l}"),
            None => "ChatGPT not available from here".into(),
        },
        Cause::RateLimited => format!("ChatGPT rate limit{code}"),
        Cause::ProbeRefused => format!("Check refused by Cloudflare{code}"),
        Cause::Outage => "ChatGPT is down".into(),
        Cause::CaptivePortal => "Sign in to this network".into(),
        Cause::NoConnection => "ChatGPT unreachable".into(),
        Cause::TlsInterception => "Connection to ChatGPT intercepted".into(),
        Cause::Unknown => "ChatGPT answered with an error".into(),
    }
}

/// A short label next to the icon, for states that want attention.
pub fn tray_label(view: &crate::core::monitor::View) -> String {
    use crate::core::monitor::Light;
    match view.light {
        Light::Reachable | Light::Checking => String::new(),
        Light::Paused => "Paused".into(),
        Light::Offline => "Offline".into(),
        Light::Blocked => "ChatGPT blocked".into(),
        Light::Degraded => tray_status(view),
    }
}

pub fn tray_ip(view: &crate::core::monitor::View) -> String {
    let ips: Vec<String> = [view.public_v4, view.public_v6]
        .iter()
        .flatten()
        .map(|i| i.to_string())
        .collect();
    if ips.is_empty() {
        return "Public IP: unknown".into();
    }
    let loc = view
        .location
        .as_ref()
        .map(|l| format!(" ({l})"))
        .unwrap_or_default();
    format!("Public IP: {}{loc}", ips.join(", "))
}

pub fn tray_vpn(view: &crate::core::monitor::View) -> String {
    let v = &view.vpn;
    if v.active {
        return match (&v.vendor, &v.interface) {
            (Some(n), Some(i)) => format!("VPN: {n} ({i})"),
            (Some(n), None) => format!("VPN: {n}"),
            (None, Some(i)) => format!("VPN: {i}"),
            (None, None) => "VPN: on".into(),
        };
    }
    match v.unused_tunnels.first() {
        Some(t) => format!("VPN: off ({} up, not used for ChatGPT)", t.interface),
        None => "VPN: off".into(),
    }
}

pub fn tray_last_check(view: &crate::core::monitor::View) -> String {
    match (view.checking, view.last_check_wall_ms) {
        (true, _) => "Checking now\u{2026}".into(),
        (false, Some(t)) => format!("Last check: {}", clock(t)),
        (false, None) => "Last check: not yet".into(),
    }
}

// ---------------------------------------------------------------- history

pub fn history_line(r: &crate::core::monitor::Record) -> String {
    use crate::core::monitor::{NoticeKind, Record as R};
    match r {
        R::Start => "blockwatch started".into(),
        R::Stop => "blockwatch stopped".into(),
        R::Verdict {
            kind,
            cause,
            http_status,
            cloudflare_code,
        } => {
            let mut s = format!("check: {} ({})", verdict_label(*kind), cause);
            if let Some(st) = http_status {
                let _ = write!(s, ", HTTP {st}");
            }
            if let Some(c) = cloudflare_code {
                let _ = write!(s, ", error {c}");
            }
            s
        }
        R::PublicIp { old: Some(o), new } => format!("public address changed: {o} \u{2192} {new}"),
        R::PublicIp { old: None, new } => format!("public address: {new}"),
        R::Vpn {
            active: true,
            interface,
            vendor,
        } => format!(
            "VPN on: {}",
            match (vendor, interface) {
                (Some(v), Some(i)) => format!("{v} ({i})"),
                (Some(v), None) => v.clone(),
                (None, Some(i)) => i.clone(),
                (None, None) => "unknown".into(),
            }
        ),
        R::Vpn { active: false, .. } => "VPN off (traffic to ChatGPT goes directly)".into(),
        R::Notification {
            kind: NoticeKind::Problem,
            title,
            body,
            ..
        } => format!("notified: {title} \u{2014} {body}"),
        R::Notification {
            kind: NoticeKind::Resolved,
            title,
            body,
            ..
        } => format!("notified: {title} \u{2014} {body}"),
        R::Offline => "network lost".into(),
        R::Online => "network back".into(),
        R::Paused { .. } => "paused by the user".into(),
        R::Resumed => "resumed".into(),
        R::ConfigReload { ok: true, .. } => "configuration reloaded".into(),
        R::ConfigReload { ok: false, error } => format!(
            "configuration not reloaded, old settings kept: {}",
            error.as_deref().unwrap_or("error")
        ),
    }
}

// ---------------------------------------------------------------- report

/// The readable `blockwatch check` report.
pub fn text_report(r: &crate::report::Report) -> String {
    let mut s = String::new();
    let d = &r.diagnosis;
    let _ = writeln!(s, "{}", d.headline);
    let _ = writeln!(s);
    let v = &r.verdict;
    let mut verdict = format!("{} — {}", v.kind, verdict_label(v.kind));
    if let Some(st) = v.http_status {
        let _ = write!(verdict, ", HTTP {st}");
    }
    if let Some(c) = v.cloudflare_code {
        let _ = write!(verdict, ", error {c}");
    }
    let _ = writeln!(s, "  Verdict:  {verdict}");
    let _ = writeln!(s, "  Cause:    {}", d.cause);
    let _ = writeln!(s);
    for line in wrap(&d.explanation, 76) {
        let _ = writeln!(s, "  {line}");
    }
    if !d.steps.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "What to do");
        for (i, f) in d.steps.iter().enumerate() {
            let _ = writeln!(s, "  {}. {}", i + 1, f.title);
            for (j, step) in f.steps.iter().enumerate() {
                let mut lines = wrap(step, 68).into_iter();
                if let Some(first) = lines.next() {
                    let _ = writeln!(s, "     {}.{} {first}", i + 1, j + 1);
                }
                for l in lines {
                    let _ = writeln!(s, "         {l}");
                }
            }
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "Evidence");
    for e in &d.evidence {
        let mut lines = wrap(e, 74).into_iter();
        if let Some(first) = lines.next() {
            let _ = writeln!(s, "  - {first}");
        }
        for l in lines {
            let _ = writeln!(s, "    {l}");
        }
    }
    s
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fix_has_a_title_and_two_to_five_steps_on_every_os() {
        for os in [Os::Linux, Os::MacOs, Os::Windows] {
            for vendor in [
                None,
                Some("WireGuard"),
                Some("Cloudflare WARP"),
                Some("NordVPN"),
            ] {
                let ctx = Context {
                    host: "chatgpt.com".into(),
                    vpn_vendor: vendor.map(str::to_string),
                    vpn_interface: Some("wg0".into()),
                    os: Some(os),
                    ..Default::default()
                };
                for id in FixId::ALL {
                    let f = fix(id, &ctx);
                    assert!(!f.title.is_empty());
                    assert!(
                        (2..=5).contains(&f.steps.len()),
                        "{id:?} on {os:?}: {}",
                        f.steps.len()
                    );
                    assert!(!fix_short(id, &ctx).is_empty());
                }
            }
        }
    }

    #[test]
    fn vpn_specific_wording() {
        let ctx = Context {
            host: "chatgpt.com".into(),
            code: Some(1020),
            vpn_vendor: Some("WireGuard".into()),
            vpn_interface: Some("wg0".into()),
            os: Some(Os::Linux),
            ..Default::default()
        };
        assert_eq!(
            headline(Cause::VpnExitBlocked, &ctx),
            "ChatGPT refuses your VPN's address (error 1020)"
        );
        assert_eq!(
            fix_short(FixId::DisconnectVpn, &ctx),
            "disconnect WireGuard (wg0)"
        );
        assert!(fix(FixId::DisconnectVpn, &ctx).steps[0].contains("wg-quick down wg0"));
    }

    #[test]
    fn evidence_sentences() {
        let e = Evidence::RouteVia {
            interface: "wg0".into(),
            vendor: Some("WireGuard".into()),
            tunnel: true,
        };
        assert_eq!(
            evidence(&e, "chatgpt.com"),
            "the route to chatgpt.com goes through wg0 (WireGuard)"
        );
        let e = Evidence::SiteSees {
            ip: "203.0.113.7".parse().unwrap(),
            loc: Some("DE".into()),
            colo: Some("FRA".into()),
        };
        assert_eq!(
            evidence(&e, "chatgpt.com"),
            "the site sees you as 203.0.113.7, DE, via Cloudflare FRA"
        );
    }

    #[test]
    fn wrap_keeps_words() {
        let w = wrap("one two three four five six", 9);
        assert_eq!(w, vec!["one two", "three", "four five", "six"]);
    }
}
