//! The fix catalogue: for every fix id, a title and the steps, per system
//! and per VPN vendor, plus the one-sentence form for notifications. Data
//! more than logic; the sentences themselves are in `i18n/`.

use super::browsers as bw;
use super::causes::duration_words;
use super::causes::Context;
use super::tr::*;
use super::{between, families, Os, STATUS_PAGE_URL};
use crate::core::diagnose::{Cause, FixId};
use crate::core::local::proxy::carries_requests;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixText {
    pub id: FixId,
    pub title: String,
    pub steps: Vec<String>,
}

/// The fix as one sentence, for a notification body: "Disconnect WireGuard (wg0)."
pub fn fix_short(tr: &Tr, id: FixId, ctx: &Context) -> String {
    let host = ctx.host();
    match id {
        FixId::DisconnectVpn if ctx.warp && ctx.vpn_interface.is_none() => {
            tr.s(NotifyFixDisconnectVpnWarp)
        }
        FixId::DisconnectVpn => tr.s(NotifyFixDisconnectVpn {
            vpn: ctx.vpn_name(tr),
        }),
        FixId::SwitchVpnServer => tr.s(NotifyFixSwitchVpnServer),
        FixId::DisableProxy => tr.s(NotifyFixDisableProxy),
        FixId::RestartRouter => tr.s(NotifyFixRestartRouter),
        FixId::UseOtherNetwork => tr.s(NotifyFixUseOtherNetwork),
        FixId::ContactIsp => tr.s(NotifyFixContactIsp),
        FixId::ClearBrowserData => tr.s(NotifyFixClearBrowserData { host }),
        FixId::DisableExtensions => tr.s(NotifyFixDisableExtensions),
        FixId::CheckBrowserPermissions => tr.s(NotifyFixCheckBrowserPermissions { host }),
        FixId::WaitRateLimit => tr.s(NotifyFixWaitRateLimit {
            duration: ctx.retry_after_secs.map(|s| duration_words(tr, s)),
        }),
        FixId::WaitOutage => tr.s(NotifyFixWaitOutage),
        FixId::CheckStatusPage => tr.s(NotifyFixCheckStatusPage),
        FixId::SignInNetwork => tr.s(NotifyFixSignInNetwork),
        FixId::CheckConnection => tr.s(NotifyFixCheckConnection),
        FixId::UpdateBrowser => tr.s(NotifyFixUpdateBrowser),
        FixId::DisableBrowserExtension => {
            let b = ctx.browser.as_ref();
            tr.s(NotifyFixDisableBrowserExtension {
                browser: b.map(|b| bw::browser_name(b.browser)),
                name: b.map(|b| &b.finding.name),
                profile: b.map(|b| &b.profile),
            })
        }
        FixId::DisableBrowserProxy => {
            let b = ctx.browser.as_ref();
            tr.s(NotifyFixDisableBrowserProxy {
                browser: b.map(|b| bw::browser_name(b.browser)),
                profile: b.map(|b| &b.profile),
            })
        }
        FixId::AllowInDnsFilter | FixId::AskNetworkAdmin => between::fix_short(tr, id, ctx),
        FixId::FixIpv6Leak => families::fix_short(tr, id),
    }
}

pub fn fix(tr: &Tr, id: FixId, ctx: &Context) -> FixText {
    let os = ctx.os();
    let host = ctx.host();
    let url = STATUS_PAGE_URL;
    let (title, steps): (String, Vec<String>) = match id {
        FixId::DisconnectVpn => disconnect_vpn(tr, ctx, os),
        FixId::SwitchVpnServer => (
            tr.s(FixSwitchVpnServerTitle),
            vec![
                tr.s(FixSwitchVpnServerPick),
                tr.s(FixSwitchVpnServerAvoid),
                tr.s(FixSwitchVpnServerDedicated),
                tr.s(FixSwitchVpnServerReload { host }),
            ],
        ),
        FixId::DisableProxy => (tr.s(FixDisableProxyTitle), {
            let mut s = match os {
                Os::Linux => vec![tr.s(FixDisableProxyLinux), tr.s(FixDisableProxyLinuxEnv)],
                Os::MacOs => vec![tr.s(FixDisableProxyMacos)],
                Os::Windows => vec![tr.s(FixDisableProxyWindows)],
            };
            let carried = ctx.proxy.as_ref().filter(|p| carries_requests(p));
            if let Some(proxy) = carried {
                s.insert(0, tr.s(FixDisableProxyInUse { proxy }));
            }
            s.push(tr.s(FixDisableProxyExtensions));
            s.push(tr.s(FixDisableProxyReload { host }));
            s
        }),
        FixId::RestartRouter => (
            tr.s(FixRestartRouterTitle),
            vec![
                tr.s(FixRestartRouterUnplug),
                tr.s(FixRestartRouterWait),
                tr.s(FixRestartRouterOrder),
                tr.s(FixRestartRouterCheck),
            ],
        ),
        // The address is to blame only for these; for a filter, a portal or
        // a proxy a new address from the provider would change nothing.
        FixId::UseOtherNetwork => (tr.s(FixUseOtherNetworkTitle), {
            let address = matches!(
                ctx.cause,
                None | Some(Cause::PublicIpBlocked | Cause::LocationUnsupported)
            );
            if address {
                vec![
                    tr.s(FixUseOtherNetworkHotspot),
                    tr.s(FixUseOtherNetworkOpen { host }),
                    tr.s(FixUseOtherNetworkKeep),
                ]
            } else {
                vec![
                    tr.s(FixUseOtherNetworkHotspot),
                    tr.s(FixUseOtherNetworkOpenNetwork { host }),
                    tr.s(FixUseOtherNetworkKeepNetwork { host }),
                ]
            }
        }),
        FixId::ContactIsp => (tr.s(FixContactIspTitle), {
            let mut s = vec![
                tr.s(FixContactIspTell {
                    code: ctx.code,
                    host,
                    ip: ctx.public_ip,
                }),
                tr.s(FixContactIspAsk),
                tr.s(FixContactIspStatic),
            ];
            if ctx.cause == Some(Cause::LocationUnsupported) {
                s.push(tr.s(FixContactIspGeolocation));
            }
            s
        }),
        FixId::ClearBrowserData => (tr.s(FixClearBrowserDataTitle { host }), {
            let mut s = vec![
                tr.s(FixClearBrowserDataChrome { host }),
                tr.s(FixClearBrowserDataFirefox),
                tr.s(FixClearBrowserDataEdge),
            ];
            if os == Os::MacOs {
                s.push(tr.s(FixClearBrowserDataSafari));
            }
            s.push(tr.s(FixClearBrowserDataReopen { host }));
            s
        }),
        FixId::DisableExtensions => (
            tr.s(FixDisableExtensionsTitle),
            vec![
                tr.s(FixDisableExtensionsPrivate {
                    host,
                    safari: os == Os::MacOs,
                }),
                tr.s(FixDisableExtensionsList),
                tr.s(FixDisableExtensionsSuspects),
                tr.s(FixDisableExtensionsReload { host }),
            ],
        ),
        FixId::CheckBrowserPermissions => (
            tr.s(FixCheckBrowserPermissionsTitle { host }),
            vec![
                tr.s(FixCheckBrowserPermissionsChrome { host }),
                tr.s(FixCheckBrowserPermissionsFirefox),
                tr.s(FixCheckBrowserPermissionsChallenges),
                tr.s(FixCheckBrowserPermissionsClock),
            ],
        ),
        FixId::WaitRateLimit => (
            tr.s(FixWaitRateLimitTitle {
                duration: ctx.retry_after_secs.map(|s| duration_words(tr, s)),
            }),
            vec![
                tr.s(FixWaitRateLimitStop),
                tr.s(FixWaitRateLimitScripts),
                tr.s(FixWaitRateLimitCheck),
            ],
        ),
        FixId::WaitOutage => (
            tr.s(FixWaitOutageTitle),
            vec![
                tr.s(FixWaitOutageNothing),
                tr.s(FixWaitOutageFollow { url }),
                tr.s(FixWaitOutageCheck),
            ],
        ),
        FixId::CheckStatusPage => (
            tr.s(FixCheckStatusPageTitle),
            vec![
                tr.s(FixCheckStatusPageOpen { url }),
                tr.s(FixCheckStatusPageIncident),
            ],
        ),
        FixId::SignInNetwork => (
            tr.s(FixSignInNetworkTitle),
            vec![
                tr.s(FixSignInNetworkNeverssl),
                tr.s(FixSignInNetworkTerms),
                match os {
                    Os::Linux => tr.s(FixSignInNetworkLinux),
                    Os::MacOs => tr.s(FixSignInNetworkMacos),
                    Os::Windows => tr.s(FixSignInNetworkWindows),
                },
                tr.s(FixSignInNetworkReload { host }),
            ],
        ),
        FixId::CheckConnection => (
            tr.s(FixCheckConnectionTitle),
            vec![
                tr.s(FixCheckConnectionWifi),
                tr.s(FixCheckConnectionOtherSite),
                match os {
                    Os::Linux => tr.s(FixCheckConnectionLinux),
                    Os::MacOs => tr.s(FixCheckConnectionMacos),
                    Os::Windows => tr.s(FixCheckConnectionWindows),
                },
                tr.s(FixCheckConnectionOffline),
            ],
        ),
        FixId::DisableBrowserExtension | FixId::DisableBrowserProxy => browser_fix(tr, id, ctx, os),
        FixId::UpdateBrowser => (
            tr.s(FixUpdateBrowserTitle),
            vec![
                tr.s(FixUpdateBrowserAbout),
                tr.s(FixUpdateBrowserSwitchers),
                tr.s(FixUpdateBrowserReload { host }),
            ],
        ),
        FixId::AllowInDnsFilter | FixId::AskNetworkAdmin => between::fix(tr, id, ctx, os),
        FixId::FixIpv6Leak => families::fix(tr, id, ctx, os),
    };
    FixText { id, title, steps }
}

fn browser_fix(tr: &Tr, id: FixId, ctx: &Context, os: Os) -> (String, Vec<String>) {
    let host = ctx.host();
    match (&ctx.browser, id) {
        (Some(b), FixId::DisableBrowserExtension) => {
            bw::disable_extension(tr, b.browser, &b.profile, &b.finding, host)
        }
        (Some(b), _) => bw::disable_proxy(tr, b.browser, &b.profile, &b.finding, host, os),
        (None, _) => bw::disable_unknown(tr, host),
    }
}

fn disconnect_vpn(tr: &Tr, ctx: &Context, os: Os) -> (String, Vec<String>) {
    let host = ctx.host();
    let iface = ctx.vpn_interface.as_deref();
    let vendor = ctx.vpn_vendor.as_deref().filter(|v| !v.is_empty());
    let title = if ctx.warp && iface.is_none() {
        tr.s(FixDisconnectVpnWarpTitle)
    } else {
        tr.s(FixDisconnectVpnTitle {
            vpn: ctx.vpn_name(tr),
        })
    };
    let mut steps = Vec::new();
    let app = match (os, vendor.unwrap_or("")) {
        (_, "Cloudflare WARP") => Some(tr.s(FixDisconnectVpnWarp)),
        (_, "Tailscale") => Some(tr.s(FixDisconnectVpnTailscale)),
        (Os::Linux, "WireGuard") => Some(tr.s(FixDisconnectVpnWireguardLinux {
            interface: iface.unwrap_or("wg0"),
        })),
        (Os::Linux, "Mullvad") => Some(tr.s(FixDisconnectVpnMullvadLinux)),
        (Os::Linux, "NordVPN") => Some(tr.s(FixDisconnectVpnNordvpnLinux)),
        (Os::Linux, "ExpressVPN") => Some(tr.s(FixDisconnectVpnExpressvpnLinux)),
        (Os::Linux, "Cisco AnyConnect") => Some(tr.s(FixDisconnectVpnAnyconnectLinux)),
        (Os::Linux, "GlobalProtect") => Some(tr.s(FixDisconnectVpnGlobalprotectLinux)),
        (Os::Linux, _) => iface.map(|interface| tr.s(FixDisconnectVpnOtherLinux { interface })),
        (Os::MacOs, _) => Some(tr.s(FixDisconnectVpnMacos { vendor })),
        (Os::Windows, "WireGuard") => Some(tr.s(FixDisconnectVpnWireguardWindows)),
        (Os::Windows, _) => Some(tr.s(FixDisconnectVpnWindows { vendor })),
    };
    steps.extend(app);
    steps.push(match os {
        Os::Linux => tr.s(FixDisconnectVpnSystemLinux),
        Os::MacOs => tr.s(FixDisconnectVpnSystemMacos),
        Os::Windows => tr.s(FixDisconnectVpnSystemWindows),
    });
    steps.push(tr.s(FixDisconnectVpnKillSwitch));
    steps.push(tr.s(FixDisconnectVpnReload { host }));
    (title, steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::headline;
    use crate::present::tr::Tr;

    #[test]
    fn every_fix_has_a_title_and_two_to_five_steps_on_every_os() {
        let tr = Tr::english();
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
                    let f = fix(tr, id, &ctx);
                    assert!(!f.title.is_empty());
                    assert!(
                        (2..=5).contains(&f.steps.len()),
                        "{id:?} on {os:?}: {}",
                        f.steps.len()
                    );
                    assert!(!fix_short(tr, id, &ctx).is_empty());
                }
            }
        }
    }

    /// "Ask your provider for a new address" only where the address is the
    /// problem; a filter or a portal on the usual network is not.
    #[test]
    fn another_network_is_worded_for_the_cause() {
        let tr = Tr::english();
        let steps = |cause| {
            let ctx = Context {
                host: "chatgpt.com".into(),
                cause,
                ..Default::default()
            };
            fix(tr, FixId::UseOtherNetwork, &ctx).steps.join(" ")
        };
        for c in [Cause::PublicIpBlocked, Cause::LocationUnsupported] {
            assert!(steps(Some(c)).contains("new address"), "{c:?}");
        }
        for c in [
            Cause::DnsFiltered,
            Cause::NetworkFilter,
            Cause::CaptivePortal,
            Cause::TlsInterception,
            Cause::ProxyBlocked,
        ] {
            let s = steps(Some(c));
            assert!(!s.contains("address"), "{c:?}: {s}");
            assert!(s.contains("on your usual network"), "{c:?}: {s}");
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
        let tr = Tr::english();
        assert_eq!(
            headline(tr, Cause::VpnExitBlocked, &ctx),
            "ChatGPT refuses your VPN's address (error 1020)"
        );
        assert_eq!(
            fix_short(tr, FixId::DisconnectVpn, &ctx),
            "Disconnect WireGuard (wg0)."
        );
        assert!(fix(tr, FixId::DisconnectVpn, &ctx).steps[0].contains("wg-quick down wg0"));
    }
}
