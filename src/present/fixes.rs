//! The fix catalogue: for every fix id, a title and the steps, per system
//! and per VPN vendor, plus the one-line form for notifications. Data more
//! than logic; kept apart so it can be read (and later translated) whole.

use super::causes::duration_words;
use super::causes::Context;
use super::{between, families, Os, STATUS_PAGE_URL};
use crate::core::diagnose::{Cause, FixId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixText {
    pub id: FixId,
    pub title: String,
    pub steps: Vec<String>,
}

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
        FixId::AllowInDnsFilter | FixId::AskNetworkAdmin => between::fix_short(id, ctx),
        FixId::FixIpv6Leak => families::fix_short(id),
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
        FixId::AllowInDnsFilter | FixId::AskNetworkAdmin => between::fix(id, ctx, os),
        FixId::FixIpv6Leak => families::fix(id, ctx, os),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::headline;

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
}
