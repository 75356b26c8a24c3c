//! What the way between this computer and the site adds to a diagnosis:
//! the name servers' answers, and IPv4 and IPv6 compared (a block on one
//! family only, an IPv6 leak around a VPN). Apart from `diagnose` because
//! it reads the per-family and DNS facts the rest of the rules never need.

use super::{Diagnosis, Evidence, Facts, FixId};
use crate::core::local::families::Family;
use crate::core::names::dns::DnsFacts;

/// The DNS facts worth showing: what each name got, the public resolver's
/// opinion, and which resolvers were asked.
pub(super) fn dns_evidence(f: &DnsFacts) -> Vec<Evidence> {
    use Evidence as E;
    let mut ev: Vec<E> = f
        .answers
        .iter()
        .map(|a| E::DnsAnswer { answer: a.clone() })
        .collect();
    if let Some(d) = &f.doh {
        ev.push(E::DohAnswer { answer: d.clone() });
    }
    if !f.resolvers.is_empty() {
        ev.push(E::DnsResolvers {
            servers: f
                .resolvers
                .iter()
                .map(|r| match &r.link {
                    Some(l) => format!("{} ({l})", r.addr),
                    None => r.addr.to_string(),
                })
                .collect(),
        });
    }
    ev
}

/// The verdict is IPv6's, and IPv6 goes around the VPN (a leak): the
/// request it answered never went through the tunnel.
pub(super) fn verdict_leaked(facts: &Facts) -> bool {
    facts.vpn.leaks_ipv6 && facts.families.browser_family() == Some(Family::Ipv6)
}

/// What comparing the families adds to a diagnosis: the one-family block
/// and the IPv6 leak as evidence (with the address the site sees over each
/// family, where both traces answered), and `fix_ipv6_leak` first when the
/// leaking family is the refused one (or shows an unsupported location).
pub(super) fn family_adjust(d: &mut Diagnosis, facts: &Facts) {
    let fams = &facts.families;
    let split = fams.split();
    if let Some((refused, works)) = split {
        d.evidence.insert(
            1.min(d.evidence.len()),
            Evidence::FamilySplit { refused, works },
        );
    }
    let leak = facts.vpn.leaks_ipv6;
    if leak {
        let via = |f: Family| fams.get(f).and_then(|r| r.route_interface.clone());
        d.evidence.push(Evidence::Ipv6Leak {
            ipv4_via: via(Family::Ipv4).or_else(|| facts.vpn.interface.clone()),
            ipv6_via: via(Family::Ipv6),
        });
    }
    let sees = |f: Family| fams.get(f).and_then(|r| r.site_sees);
    if let (true, Some(ipv4), Some(ipv6)) = (
        split.is_some() || leak,
        sees(Family::Ipv4),
        sees(Family::Ipv6),
    ) {
        d.evidence.push(Evidence::FamilySees { ipv4, ipv6 });
    }
    let leaking_refused = fams
        .get(Family::Ipv6)
        .is_some_and(|r| r.verdict.kind.is_hard_block());
    if leak && leaking_refused {
        d.fixes.retain(|f| *f != FixId::FixIpv6Leak);
        d.fixes.insert(0, FixId::FixIpv6Leak);
    }
}
