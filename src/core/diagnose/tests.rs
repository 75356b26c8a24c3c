//! Tests of `core::diagnose`, kept apart to keep the module short.

use super::*;
use crate::core::local::vpn::Tunnel;
use crate::core::site::status::Indicator;

fn verdict(kind: VerdictKind) -> Verdict {
    let mut v = Verdict::new(kind);
    v.http_status = Some(403);
    v
}

fn facts() -> Facts {
    Facts {
        host: "chatgpt.com".into(),
        vpn: VpnFacts {
            route_interface: Some("eth0".into()),
            ..Default::default()
        },
        has_route: Some(true),
        ..Default::default()
    }
}

fn on_vpn() -> Facts {
    let mut f = facts();
    f.vpn.active = true;
    f.vpn.interface = Some("wg0".into());
    f.vpn.vendor = Some("WireGuard".into());
    f.vpn.route_interface = Some("wg0".into());
    f
}

fn trace(ip: &str) -> Trace {
    Trace {
        ip: ip.parse().unwrap(),
        loc: Some("DE".into()),
        colo: Some("FRA".into()),
        warp: None,
    }
}

#[test]
fn block_through_vpn() {
    let d = diagnose(&verdict(VerdictKind::Blocked), &on_vpn(), false);
    assert_eq!(d.cause, Cause::VpnExitBlocked);
    assert_eq!(d.fixes, vec![FixId::DisconnectVpn, FixId::SwitchVpnServer]);
    assert!(d.evidence.contains(&Evidence::RouteVia {
        interface: "wg0".into(),
        vendor: Some("WireGuard".into()),
        tunnel: true
    }));
}

#[test]
fn block_through_warp() {
    let mut f = facts();
    f.vpn.active = true;
    f.vpn.warp = true;
    assert_eq!(
        diagnose(&verdict(VerdictKind::IpBanned), &f, false).cause,
        Cause::VpnExitBlocked
    );
}

#[test]
fn block_through_proxy() {
    let mut f = facts();
    f.proxy = Some("http://proxy.corp:3128".into());
    let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
    assert_eq!(d.cause, Cause::ProxyBlocked);
    assert_eq!(d.fixes[0], FixId::DisableProxy);
}

#[test]
fn block_of_home_address() {
    let mut f = facts();
    f.trace = Some(trace("203.0.113.7"));
    f.echo_v4 = Some("203.0.113.7".parse().unwrap());
    let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
    assert_eq!(d.cause, Cause::PublicIpBlocked);
    assert_eq!(
        d.fixes,
        vec![
            FixId::RestartRouter,
            FixId::UseOtherNetwork,
            FixId::ContactIsp
        ]
    );
}

#[test]
fn mismatch_means_the_way_to_the_site_is_different() {
    let mut f = facts();
    f.trace = Some(trace("198.51.100.9"));
    f.echo_v4 = Some("203.0.113.7".parse().unwrap());
    let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
    assert_eq!(d.cause, Cause::ProxyBlocked);
    assert!(d
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::AddressMismatch { .. })));
    // A v6 trace is not compared with a v4 echo.
    f.trace = Some(trace("2001:db8::1"));
    assert_eq!(
        diagnose(&verdict(VerdictKind::Blocked), &f, false).cause,
        Cause::PublicIpBlocked
    );
}

#[test]
fn location() {
    let d = diagnose(&verdict(VerdictKind::CountryBanned), &on_vpn(), false);
    assert_eq!(
        (d.cause, d.fixes[0]),
        (Cause::LocationUnsupported, FixId::DisconnectVpn)
    );
    let d = diagnose(&verdict(VerdictKind::RegionUnsupported), &facts(), false);
    assert_eq!(d.cause, Cause::LocationUnsupported);
    assert!(!d.fixes.contains(&FixId::DisconnectVpn));
}

#[test]
fn rate_limit_and_probe_refused() {
    let mut v = verdict(VerdictKind::RateLimited);
    v.retry_after_secs = Some(30);
    let d = diagnose(&v, &facts(), false);
    assert_eq!(
        (d.cause, d.fixes.clone()),
        (Cause::RateLimited, vec![FixId::WaitRateLimit])
    );
    assert!(d.evidence.contains(&Evidence::RetryAfter { secs: 30 }));
    let d = diagnose(&verdict(VerdictKind::BrowserBanned), &facts(), false);
    assert_eq!(d.cause, Cause::ProbeRefused);
}

#[test]
fn outage_from_site_or_status_page() {
    assert_eq!(
        diagnose(&verdict(VerdictKind::SiteDown), &facts(), false).cause,
        Cause::Outage
    );
    let mut f = facts();
    f.status_asked = true;
    f.status = Some(StatusSummary {
        indicator: Indicator::Major,
        description: None,
        component_status: Some("major_outage".into()),
        incidents: vec![],
    });
    assert_eq!(
        diagnose(&verdict(VerdictKind::Timeout), &f, false).cause,
        Cause::Outage
    );
    assert_eq!(
        diagnose(&verdict(VerdictKind::SiteError), &f, false).cause,
        Cause::Outage
    );
    // A real block stays a block during an incident.
    assert_eq!(
        diagnose(&verdict(VerdictKind::Blocked), &f, false).cause,
        Cause::PublicIpBlocked
    );
}

#[test]
fn unknown_status_is_never_outage() {
    let mut f = facts();
    f.status_asked = true;
    let d = diagnose(&verdict(VerdictKind::Timeout), &f, false);
    assert_eq!(d.cause, Cause::NoConnection);
    assert!(d.evidence.contains(&Evidence::StatusUnknown));
}

#[test]
fn captive_portal_tls_and_offline() {
    assert_eq!(
        diagnose(&verdict(VerdictKind::CaptivePortal), &facts(), false).fixes[0],
        FixId::SignInNetwork
    );
    let mut v = Verdict::new(VerdictKind::TlsError);
    v.tls_problem = Some(TlsProblem::WrongName);
    assert_eq!(diagnose(&v, &facts(), false).cause, Cause::TlsInterception);
    v.tls_problem = Some(TlsProblem::NotValidNow);
    assert_eq!(diagnose(&v, &facts(), false).cause, Cause::Unknown);
    let mut f = facts();
    f.has_route = Some(false);
    f.vpn.route_interface = None;
    let d = diagnose(&Verdict::new(VerdictKind::Offline), &f, false);
    assert_eq!(
        (d.cause, d.fixes.clone()),
        (Cause::NoConnection, vec![FixId::CheckConnection])
    );
    assert!(d.evidence.contains(&Evidence::NoRoute));
}

#[test]
fn healthy_and_browser_side() {
    for k in [VerdictKind::Reachable, VerdictKind::Challenge] {
        let d = diagnose(&verdict(k), &facts(), false);
        assert_eq!((d.cause, d.fixes.len()), (Cause::Healthy, 0));
        let d = diagnose(&verdict(k), &facts(), true);
        assert_eq!(d.cause, Cause::BrowserSide);
        assert_eq!(
            d.fixes,
            vec![
                FixId::ClearBrowserData,
                FixId::DisableExtensions,
                FixId::CheckBrowserPermissions
            ]
        );
    }
}

#[test]
fn unused_tunnel_is_evidence_not_cause() {
    let mut f = facts();
    f.vpn.unused_tunnels = vec![Tunnel {
        interface: "wg1".into(),
        vendor: Some("WireGuard".into()),
    }];
    let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
    assert_eq!(d.cause, Cause::PublicIpBlocked);
    assert!(d
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::UnusedTunnel { .. })));
}

#[test]
fn every_verdict_kind_has_a_cause() {
    for kind in VerdictKind::ALL {
        let d = diagnose(&verdict(kind), &facts(), false);
        assert!(!d.evidence.is_empty());
        if d.cause != Cause::Healthy && d.cause != Cause::ProbeRefused {
            assert!(!d.fixes.is_empty(), "{kind:?}");
        }
    }
}

fn profile(browser: Browser, findings: Vec<Finding>) -> ProfileFindings {
    ProfileFindings {
        browser,
        profile: "Default".into(),
        findings,
    }
}

fn setting(kind: browsers::FindingKind) -> Finding {
    Finding {
        kind,
        id: None,
        name: "x".into(),
        detail: None,
        proxy: None,
    }
}

#[test]
fn the_browser_cause_follows_what_the_scan_found() {
    let ext = profile(
        Browser::Chrome,
        vec![Finding::extension("a", "Hola VPN".into(), None)],
    );
    let proxy = profile(
        Browser::Firefox,
        vec![setting(browsers::FindingKind::ProxySetting)],
    );
    let opera = profile(
        Browser::Opera,
        vec![setting(browsers::FindingKind::BuiltinVpn)],
    );
    let doh = profile(Browser::Firefox, vec![setting(browsers::FindingKind::Doh)]);
    let empty = profile(Browser::Chrome, vec![]);
    let rest = [FixId::ClearBrowserData, FixId::CheckBrowserPermissions];
    let (c, f) = browser_side(&[proxy.clone(), ext]);
    assert_eq!(c, Cause::BrowserExtension);
    assert_eq!(f, [&[FixId::DisableBrowserExtension][..], &rest].concat());
    for found in [vec![proxy], vec![opera, doh.clone()]] {
        let (c, f) = browser_side(&found);
        assert_eq!(c, Cause::BrowserProxy);
        assert_eq!(f, [&[FixId::DisableBrowserProxy][..], &rest].concat());
    }
    for found in [vec![], vec![empty], vec![doh]] {
        assert_eq!(browser_side(&found).0, Cause::BrowserSide);
        assert_eq!(browser_side(&found).1[1], FixId::DisableExtensions);
    }
}

mod router {
    use super::*;
    use crate::core::local::families::FamilyResult;
    use crate::core::local::router::{RestartChance, RouterFacts, SharedWhy, Sharing};

    fn home(wan: Option<&str>) -> Facts {
        let mut f = facts();
        f.trace = Some(trace("203.0.113.7"));
        f.echo_v4 = Some("203.0.113.7".parse().unwrap());
        f.router = Some(RouterFacts {
            found: true,
            wan_address: wan.map(|w| w.parse().unwrap()),
            no_public: wan.is_none(),
            ..RouterFacts::default()
        });
        f
    }

    fn router_evidence(d: &Diagnosis) -> Option<&Evidence> {
        d.evidence
            .iter()
            .find(|e| matches!(e, Evidence::Router { .. } | Evidence::RouterSilent))
    }

    #[test]
    fn a_shared_address_drops_the_restart() {
        for (wan, why) in [
            (Some("100.64.12.34"), SharedWhy::Cgnat),
            (Some("192.168.0.2"), SharedWhy::Private),
            (None, SharedWhy::NoPublic),
            (Some("198.51.100.4"), SharedWhy::Different),
        ] {
            let d = diagnose(&verdict(VerdictKind::Blocked), &home(wan), false);
            assert_eq!(d.cause, Cause::PublicIpBlocked);
            assert_eq!(
                d.fixes,
                vec![FixId::UseOtherNetwork, FixId::ContactIsp],
                "{wan:?}"
            );
            assert!(
                matches!(router_evidence(&d), Some(Evidence::Router { sharing: Sharing::Shared { why: w }, .. }) if *w == why),
                "{wan:?}: {:?}",
                d.evidence
            );
        }
    }

    #[test]
    fn a_proxy_script_is_not_a_tunnel_for_the_router() {
        use crate::core::diagnose::router::sharing;
        use crate::core::local::proxy::SCRIPT_PREFIX;
        // The script is not followed: the echo saw the line's own address,
        // which the router does not hold. A proxy that carries the
        // requests explains the difference instead.
        let mut f = home(Some("198.51.100.4"));
        f.proxy = Some(format!("{SCRIPT_PREFIX}http://wpad.lan/proxy.pac"));
        assert!(matches!(
            sharing(&f),
            Sharing::Shared {
                why: SharedWhy::Different
            }
        ));
        f.proxy = Some("http://proxy.corp:3128".into());
        assert!(
            !matches!(sharing(&f), Sharing::Shared { .. }),
            "{:?}",
            sharing(&f)
        );
    }

    #[test]
    fn the_routers_own_address_keeps_the_restart_first() {
        let d = diagnose(
            &verdict(VerdictKind::Blocked),
            &home(Some("203.0.113.7")),
            false,
        );
        assert_eq!(d.fixes[0], FixId::RestartRouter);
        assert!(matches!(
            router_evidence(&d),
            Some(Evidence::Router {
                sharing: Sharing::Own {
                    chance: RestartChance::Unknown
                },
                ..
            })
        ));
    }

    #[test]
    fn a_silent_router_is_said_and_changes_nothing() {
        let mut f = home(None);
        f.router = Some(RouterFacts::default());
        let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
        assert_eq!(d.fixes[0], FixId::RestartRouter);
        assert_eq!(router_evidence(&d), Some(&Evidence::RouterSilent));
        // Not asked: nothing said.
        f.router = None;
        let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
        assert_eq!(router_evidence(&d), None);
    }

    #[test]
    fn only_a_refused_ipv4_address_is_about_the_router() {
        // IPv6 refused, IPv4 fine: the router's IPv4 WAN says nothing.
        let mut f = home(Some("100.64.12.34"));
        let mut ok = verdict(VerdictKind::Reachable);
        ok.http_status = Some(200);
        f.families.set(
            Family::Ipv4,
            FamilyResult {
                verdict: ok,
                site_sees: None,
                route_interface: None,
            },
        );
        f.families.set(
            Family::Ipv6,
            FamilyResult {
                verdict: verdict(VerdictKind::Blocked),
                site_sees: None,
                route_interface: None,
            },
        );
        let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
        assert_eq!(d.cause, Cause::PublicIpBlocked);
        assert!(d.fixes.contains(&FixId::RestartRouter), "{:?}", d.fixes);
        assert_eq!(router_evidence(&d), None);
        // Other causes are not the router's business either.
        let mut f = home(Some("100.64.12.34"));
        f.vpn = on_vpn().vpn;
        let d = diagnose(&verdict(VerdictKind::Blocked), &f, false);
        assert_eq!(d.cause, Cause::VpnExitBlocked);
        assert_eq!(router_evidence(&d), None);
    }
}
