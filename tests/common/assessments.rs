//! Assessments made by hand for the tests of words: any cause with any
//! verdict kind, with the facts that the wordings mention (a VPN, both
//! address families, a trace, a Ray ID, a wait), and the frame to render
//! them in.

use blockwatch::core::assessment::Assessment;
use blockwatch::core::diagnose::{diagnose, Cause, Diagnosis, Facts, FixId};
use blockwatch::core::lang::Lang;
use blockwatch::core::local::families::{Families, FamilyResult};
use blockwatch::core::local::vpn::VpnFacts;
use blockwatch::core::site::trace::Trace;
use blockwatch::core::site::verdict::{Verdict, VerdictKind};
use blockwatch::present::{Frame, Os};

/// `kind` judged, `cause` blamed, every fix listed.
pub fn assessment(kind: VerdictKind, cause: Cause) -> Assessment {
    let mut v = Verdict::new(kind);
    v.http_status = Some(403);
    v.cloudflare_code = Some(1020);
    v.ray_id = Some("8f1e2d3c4b5a6978-FRA".into());
    v.retry_after_secs = Some(1800);
    let mut families = Families::default();
    for (slot, k) in [
        (&mut families.ipv4, VerdictKind::Reachable),
        (&mut families.ipv6, kind),
    ] {
        *slot = Some(FamilyResult {
            verdict: Verdict::new(k),
            route_interface: Some("wg0".into()),
            site_sees: None,
        });
    }
    let facts = Facts {
        host: "chatgpt.com".into(),
        trace: Some(Trace {
            ip: "203.0.113.7".parse().unwrap(),
            loc: Some("DE".into()),
            colo: Some("FRA".into()),
            warp: None,
        }),
        echo_v4: Some("203.0.113.7".parse().unwrap()),
        vpn: VpnFacts {
            active: true,
            interface: Some("wg0".into()),
            vendor: Some("WireGuard".into()),
            route_interface: Some("wg0".into()),
            ..VpnFacts::default()
        },
        families,
        ..Facts::default()
    };
    let d = diagnose(&v, &facts, false);
    Assessment {
        verdict: v,
        facts,
        diagnosis: Diagnosis {
            cause,
            fixes: FixId::ALL.to_vec(),
            evidence: d.evidence,
            actions: vec![],
        },
        checked_at_wall_ms: 1_795_849_200_000,
    }
}

pub fn frame(lang: Lang) -> Frame {
    Frame {
        target: "https://chatgpt.com/".into(),
        component: "Conversations".into(),
        os: Os::Linux,
        lang,
    }
}
