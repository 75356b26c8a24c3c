//! The families' part of the diagnosis: the leak fix and the evidence.

use crate::core::diagnose::{diagnose, Cause, Evidence, Facts, FixId};
use crate::core::local::families::tests::fams;
use crate::core::local::families::Family;
use crate::core::site::verdict::VerdictKind;

fn leak_facts(v6: VerdictKind) -> Facts {
    let mut f = Facts {
        host: "chatgpt.com".into(),
        families: fams(Some(VerdictKind::Reachable), Some(v6)),
        ..Default::default()
    };
    f.vpn.active = true;
    f.vpn.interface = Some("wg0".into());
    f.vpn.route_interface = Some("wg0".into());
    f.vpn.leaks_ipv6 = true;
    f
}

#[test]
fn the_leak_fix_comes_first_when_the_leaking_family_is_refused() {
    for kind in [
        VerdictKind::Blocked,
        VerdictKind::CountryBanned,
        VerdictKind::RegionUnsupported,
    ] {
        let f = leak_facts(kind);
        let v = f.families.ipv6.as_ref().unwrap().verdict.clone();
        let d = diagnose(&v, &f, false);
        assert_eq!(d.fixes[0], FixId::FixIpv6Leak, "{kind:?}");
        assert_eq!(
            d.fixes.iter().filter(|x| **x == FixId::FixIpv6Leak).count(),
            1
        );
        assert!(d.evidence.contains(&Evidence::FamilySplit {
            refused: Family::Ipv6,
            works: Family::Ipv4
        }));
        assert!(d.evidence.contains(&Evidence::Ipv6Leak {
            ipv4_via: Some("wg0".into()),
            ipv6_via: Some("eth0".into())
        }));
    }
    // A leak while all works: evidence, no fix.
    let f = leak_facts(VerdictKind::Reachable);
    let d = diagnose(
        &f.families.ipv6.as_ref().unwrap().verdict.clone(),
        &f,
        false,
    );
    assert_eq!(d.cause, Cause::Healthy);
    assert!(d.fixes.is_empty());
    assert!(d
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::Ipv6Leak { .. })));
}
