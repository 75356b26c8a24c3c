//! The words for IPv4 and IPv6 taken separately: a block on one family,
//! an IPv6 leak around a VPN and its fix. The other present modules
//! delegate here; the messages are in the Fluent files like the rest.

use super::tr::*;
use super::Context;
use super::Os;
use crate::core::diagnose::{Cause, Evidence, FixId};
use crate::core::local::families::{Families, Family, FamilyResult};

/// "IPv4", "IPv6": protocol names, the same in every language.
pub fn name(f: Family) -> &'static str {
    match f {
        Family::Ipv4 => "IPv4",
        Family::Ipv6 => "IPv6",
    }
}

/// "ChatGPT refuses your IPv6 address; IPv4 works".
pub fn split(tr: &Tr, refused: Family, works: Family) -> String {
    tr.s(FamilySplit {
        refused: name(refused),
        works: name(works),
    })
}

/// The headline when one family is refused and the other works: the
/// block causes say which family; `None` keeps the cause's own headline.
pub fn headline(tr: &Tr, cause: Cause, ctx: &Context) -> Option<String> {
    let (refused, works) = ctx.split?;
    matches!(
        cause,
        Cause::VpnExitBlocked
            | Cause::ProxyBlocked
            | Cause::PublicIpBlocked
            | Cause::LocationUnsupported
    )
    .then(|| split(tr, refused, works))
}

/// "IPv4 reachable (via wg0), IPv6 blocked (via eth0)" for the text
/// report; `None` unless both families were probed.
pub fn text_line(
    tr: &Tr,
    f: &Families,
    label: impl Fn(crate::core::site::verdict::VerdictKind) -> String,
) -> Option<String> {
    let one = |fam: Family, r: &FamilyResult| {
        tr.s(FamilyResultLine {
            family: name(fam),
            kind: label(r.verdict.kind),
            via: r.route_interface.as_deref().map(super::safe::safe_line),
        })
    };
    match (&f.ipv4, &f.ipv6) {
        (Some(a), Some(b)) => Some(tr.s(FamilyResultsLine {
            first: one(Family::Ipv4, a),
            second: one(Family::Ipv6, b),
        })),
        _ => None,
    }
}

pub fn evidence(tr: &Tr, e: &Evidence, host: &str) -> String {
    match e {
        Evidence::FamilySplit { refused, works } => split(tr, *refused, *works),
        Evidence::Ipv6Leak { ipv4_via, ipv6_via } => tr.s(EvidenceIpv6Leak {
            native: ipv6_via.as_deref(),
            tunnel: ipv4_via.as_deref(),
        }),
        Evidence::FamilySees { ipv4, ipv6 } => tr.s(EvidenceFamilySees { host, ipv4, ipv6 }),
        _ => String::new(),
    }
}

pub fn fix_short(tr: &Tr, id: FixId) -> String {
    match id {
        FixId::FixIpv6Leak => tr.s(NotifyFixFixIpv6Leak),
        _ => String::new(),
    }
}

pub fn fix(tr: &Tr, id: FixId, ctx: &Context, os: Os) -> (String, Vec<String>) {
    if id != FixId::FixIpv6Leak {
        return (String::new(), Vec::new());
    }
    let host = ctx.host();
    let off = match os {
        Os::Linux => tr.s(FixIpv6LeakOffLinux),
        Os::MacOs => tr.s(FixIpv6LeakOffMacos),
        Os::Windows => tr.s(FixIpv6LeakOffWindows),
    };
    (
        tr.s(FixIpv6LeakTitle),
        vec![
            tr.s(FixIpv6LeakOpen { host }),
            tr.s(FixIpv6LeakProtection),
            off,
            tr.s(FixIpv6LeakReload { host }),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_families() {
        let tr = Tr::english();
        assert_eq!(
            split(tr, Family::Ipv6, Family::Ipv4),
            "ChatGPT refuses your IPv6 address; IPv4 works"
        );
        let ctx = Context {
            host: "chatgpt.com".into(),
            split: Some((Family::Ipv6, Family::Ipv4)),
            ..Default::default()
        };
        assert_eq!(
            headline(tr, Cause::PublicIpBlocked, &ctx).as_deref(),
            Some("ChatGPT refuses your IPv6 address; IPv4 works")
        );
        assert_eq!(headline(tr, Cause::Outage, &ctx), None);
        for os in [Os::Linux, Os::MacOs, Os::Windows] {
            let (title, steps) = fix(tr, FixId::FixIpv6Leak, &ctx, os);
            assert!(!title.is_empty() && (2..=5).contains(&steps.len()));
        }
        let e = evidence(
            tr,
            &Evidence::Ipv6Leak {
                ipv4_via: Some("wg0".into()),
                ipv6_via: Some("eth0".into()),
            },
            "chatgpt.com",
        );
        assert!(
            e.contains("through wg0") && e.contains("through eth0"),
            "{e}"
        );
        let e = evidence(
            tr,
            &Evidence::FamilySees {
                ipv4: "198.51.100.77".parse().unwrap(),
                ipv6: "2001:db8:7::20".parse().unwrap(),
            },
            "chatgpt.com",
        );
        assert_eq!(
            e,
            "over IPv4 chatgpt.com sees the address 198.51.100.77, over IPv6 2001:db8:7::20"
        );
    }
}
