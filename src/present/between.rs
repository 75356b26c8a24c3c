//! The words for what sits between the user and ChatGPT: DNS filters
//! (and, with them, the resolvers this computer asks), web filters and
//! national blocks. Kept apart so the other present modules' match arms
//! only delegate here; the messages are in the Fluent files like the rest.

use super::tr::*;
use super::Context;
use super::Os;
use crate::core::diagnose::{Cause, Evidence, FixId};
use crate::core::names::dns::{self, Answer, NameAnswer, Role};
use crate::core::site::filter;
use crate::core::site::verdict::VerdictKind;

pub fn verdict_label(tr: &Tr, kind: VerdictKind) -> String {
    match kind {
        VerdictKind::DnsBlocked => tr.s(VerdictDnsBlocked),
        VerdictKind::Filtered => tr.s(VerdictFiltered),
        _ => String::new(),
    }
}

pub fn headline(tr: &Tr, cause: Cause, ctx: &Context) -> String {
    let host = ctx.host();
    match cause {
        Cause::DnsFiltered => tr.s(HeadlineDnsFiltered { host }),
        Cause::NetworkFilter => match ctx.detail.as_deref() {
            Some(filter::GATEWAY) => tr.s(HeadlineNetworkGateway { host }),
            Some(filter::NATIONAL_PAGE) => tr.s(HeadlineNetworkNational { host }),
            detail => tr.s(HeadlineNetworkFilter {
                host,
                vendor: detail.and_then(vendor),
            }),
        },
        _ => String::new(),
    }
}

pub fn explanation(tr: &Tr, cause: Cause, ctx: &Context) -> String {
    let host = ctx.host();
    let detail = ctx.detail.as_deref();
    match cause {
        Cause::DnsFiltered => tr.s(ExplainDnsFiltered { detail, host }),
        Cause::NetworkFilter => match detail {
            Some(filter::SNI_RESET) => tr.s(ExplainNetworkFilterReset { host }),
            Some(filter::HTTP_451) => tr.s(ExplainNetworkFilterLegal { host }),
            Some(filter::GATEWAY) => tr.s(ExplainNetworkFilterGateway { host }),
            Some(filter::NATIONAL_PAGE) => tr.s(ExplainNetworkFilterNational { host }),
            Some(filter::UNKNOWN_DEVICE) | None => tr.s(ExplainNetworkFilterDevice { host }),
            Some(d) => tr.s(ExplainNetworkFilterVendor {
                host,
                vendor: vendor(d),
            }),
        },
        _ => String::new(),
    }
}

/// A verdict's detail as the user reads it: the contract values of
/// `core::filter` in the user's language, anything else (a vendor, a DNS
/// fact, a transport error) made terminal-safe.
pub fn detail_words(tr: &Tr, detail: &str) -> String {
    match detail {
        filter::UNKNOWN_DEVICE => tr.s(DetailUnknownDevice),
        filter::SNI_RESET => tr.s(DetailSniReset),
        filter::HTTP_451 => tr.s(DetailHttp451),
        filter::GENERIC => tr.s(DetailFilterPage),
        filter::GATEWAY => tr.s(DetailGateway),
        filter::NATIONAL_PAGE => tr.s(DetailNationalPage),
        other => super::safe::safe_line(other),
    }
}

/// The vendor named in a `filtered` verdict's detail, if it is one.
fn vendor(detail: &str) -> Option<&str> {
    let generic = [
        filter::SNI_RESET,
        filter::HTTP_451,
        filter::UNKNOWN_DEVICE,
        filter::GENERIC,
        filter::GATEWAY,
        filter::NATIONAL_PAGE,
    ];
    (!generic.contains(&detail)).then_some(detail)
}

pub fn tray_status(tr: &Tr, cause: Cause, detail: Option<&str>) -> String {
    match cause {
        Cause::DnsFiltered => tr.s(TrayDnsFiltered),
        Cause::NetworkFilter if detail == Some(filter::GATEWAY) => tr.s(TrayNetworkGateway),
        Cause::NetworkFilter => tr.s(TrayNetworkFilter),
        _ => String::new(),
    }
}

pub fn next_steps(tr: &Tr, cause: Cause) -> String {
    match cause {
        Cause::DnsFiltered => tr.s(NextDnsFiltered),
        Cause::NetworkFilter => tr.s(NextNetworkFilter),
        _ => String::new(),
    }
}

fn answer_words(tr: &Tr, a: &Answer) -> String {
    match a {
        // Addresses are shown as they are, in every language.
        Answer::Addresses { addrs } => addrs
            .iter()
            .map(|ip| ip.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Nxdomain {
            authority: Some(zone),
            ..
        } => tr.s(DnsNxdomainZone { zone }),
        Answer::Nxdomain {
            recursion_available: false,
            ..
        } => tr.s(DnsNxdomainFiltered),
        Answer::Nxdomain { .. } => tr.s(DnsNxdomain),
        Answer::Nodata => tr.s(DnsNodata),
        Answer::Refused => tr.s(DnsRefused),
        Answer::Failed { why } => match why.as_str() {
            dns::MALFORMED => tr.s(DnsMalformed),
            dns::NOT_OURS => tr.s(DnsNotOurs),
            dns::TRUNCATED => tr.s(DnsTruncated),
            why => tr.s(DnsFailed { why }),
        },
    }
}

fn name_answer(tr: &Tr, a: &NameAnswer) -> String {
    let server = a.server.map(|s| s.to_string());
    let answer = answer_words(tr, &a.answer);
    let name = a.name.as_str();
    match a.role {
        Role::Control => tr.s(EvidenceDnsAnswerControl {
            answer,
            name,
            server,
        }),
        _ => tr.s(EvidenceDnsAnswer {
            answer,
            name,
            server,
        }),
    }
}

pub fn evidence(tr: &Tr, e: &Evidence) -> String {
    match e {
        Evidence::DnsAnswer { answer } => name_answer(tr, answer),
        Evidence::DohAnswer { answer } => tr.s(EvidenceDohAnswer {
            answer: answer_words(tr, &answer.answer),
            name: answer.name.as_str(),
        }),
        Evidence::DnsResolvers { servers } => tr.s(EvidenceDnsResolvers {
            servers: servers.join(", "),
        }),
        _ => String::new(),
    }
}

/// A device in between failed to reach the site (issue 19).
fn gateway(ctx: &Context) -> bool {
    ctx.detail.as_deref() == Some(filter::GATEWAY)
}

pub fn fix_short(tr: &Tr, id: FixId, ctx: &Context) -> String {
    let host = ctx.host();
    match id {
        FixId::AllowInDnsFilter => tr.s(NotifyFixAllowInDnsFilter { host }),
        FixId::AskNetworkAdmin if gateway(ctx) => tr.s(NotifyFixAskNetworkAdminGateway { host }),
        FixId::AskNetworkAdmin => tr.s(NotifyFixAskNetworkAdmin { host }),
        _ => String::new(),
    }
}

pub fn fix(tr: &Tr, id: FixId, ctx: &Context, os: Os) -> (String, Vec<String>) {
    let host = ctx.host();
    match id {
        FixId::AllowInDnsFilter => (
            tr.s(FixAllowInDnsFilterTitle { host }),
            vec![
                match os {
                    Os::Linux => tr.s(FixAllowInDnsFilterServerLinux),
                    Os::MacOs => tr.s(FixAllowInDnsFilterServerMacos),
                    Os::Windows => tr.s(FixAllowInDnsFilterServerWindows),
                },
                tr.s(FixAllowInDnsFilterPihole { host }),
                tr.s(FixAllowInDnsFilterAdguard),
                tr.s(FixAllowInDnsFilterNextdns { host }),
                tr.s(FixAllowInDnsFilterRouter),
            ],
        ),
        // A device that failed is not a filter: nothing to allow.
        FixId::AskNetworkAdmin if gateway(ctx) => (
            tr.s(FixAskNetworkAdminTitle),
            vec![
                tr.s(FixAskNetworkAdminGateway { host }),
                tr.s(FixAskNetworkAdminGatewayAsk { host }),
            ],
        ),
        FixId::AskNetworkAdmin => (
            tr.s(FixAskNetworkAdminTitle),
            vec![
                tr.s(FixAskNetworkAdminOnPurpose { host }),
                tr.s(FixAskNetworkAdminTell {
                    detail: ctx.detail.as_deref().map(|d| detail_words(tr, d)),
                    host,
                }),
                tr.s(FixAskNetworkAdminAsk { host }),
                tr.s(FixAskNetworkAdminPermission),
            ],
        ),
        _ => (String::new(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract values stay English in the JSON, never in the words.
    #[test]
    fn detail_contract_values_are_translated() {
        use crate::core::lang::Lang;
        use crate::present::tr::Isolation;
        let en = Tr::english();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let tr = Tr::get(lang, Isolation::Off);
            for d in [
                filter::UNKNOWN_DEVICE,
                filter::SNI_RESET,
                filter::HTTP_451,
                filter::GENERIC,
                filter::GATEWAY,
                filter::NATIONAL_PAGE,
            ] {
                let w = detail_words(tr, d);
                assert!(!w.is_empty() && w != d, "{lang:?}: {d}");
                assert_eq!(detail_words(en, d), d);
            }
            assert_eq!(detail_words(tr, "FortiGate"), "FortiGate");
        }
        assert_eq!(detail_words(en, "x\u{1b}[2J"), "x␛[2J");
    }

    /// Issue 19: a 5xx without Cloudflare is a device in between that
    /// failed to reach the site, said so in every language: never "this
    /// network blocks", never an outage; a national stub page is named so.
    #[test]
    fn a_device_in_between_is_not_a_block_or_an_outage() {
        use crate::core::lang::Lang;
        use crate::present::tr::Isolation;
        let ctx = |detail: &str| Context {
            host: "chatgpt.com".into(),
            detail: Some(detail.into()),
            ..Default::default()
        };
        let (gw, nat, generic) = (
            ctx(filter::GATEWAY),
            ctx(filter::NATIONAL_PAGE),
            ctx(filter::GENERIC),
        );
        let en = Tr::english();
        let cause = Cause::NetworkFilter;
        assert_eq!(
            headline(en, cause, &gw),
            "A device on this network cannot reach chatgpt.com"
        );
        let e = explanation(en, cause, &gw);
        assert!(
            e.contains("could not reach") && e.contains("not down"),
            "{e}"
        );
        assert_eq!(
            tray_status(en, cause, Some(filter::GATEWAY)),
            "ChatGPT unreachable through this network"
        );
        let (_, steps) = fix(en, FixId::AskNetworkAdmin, &gw, Os::Linux);
        assert!(!steps.join(" ").contains("on purpose"), "{steps:?}");
        assert!(fix_short(en, FixId::AskNetworkAdmin, &gw).contains("cannot reach"));
        assert!(
            headline(en, cause, &nat).contains("national"),
            "{}",
            headline(en, cause, &nat)
        );
        for lang in Lang::ALL {
            let tr = Tr::get(lang, Isolation::Off);
            let h = headline(tr, cause, &gw);
            assert!(
                h != headline(tr, cause, &generic) && !h.contains(filter::GATEWAY),
                "{lang:?}: {h}"
            );
            // Words of their own, not the generic filter's.
            for c in [&gw, &nat] {
                let (h, e) = (headline(tr, cause, c), explanation(tr, cause, c));
                assert_ne!(h, headline(tr, cause, &generic), "{lang:?}");
                assert_ne!(e, explanation(tr, cause, &generic), "{lang:?}");
            }
            assert_ne!(
                tray_status(tr, cause, Some(filter::GATEWAY)),
                tray_status(tr, cause, None),
                "{lang:?}"
            );
            let (gs, ds) = (
                fix(tr, FixId::AskNetworkAdmin, &gw, Os::Linux),
                fix(tr, FixId::AskNetworkAdmin, &generic, Os::Linux),
            );
            assert_ne!(gs.1[0], ds.1[0], "{lang:?}");
            assert_ne!(
                fix_short(tr, FixId::AskNetworkAdmin, &gw),
                fix_short(tr, FixId::AskNetworkAdmin, &generic)
            );
        }
    }

    /// Issue 19: a reply that was not believed says why, in every language;
    /// the JSON keeps the English reason.
    #[test]
    fn unbelieved_dns_replies_have_words() {
        use crate::core::lang::Lang;
        use crate::present::tr::Isolation;
        let en = Tr::english();
        let words = |tr: &Tr, why: &str| answer_words(tr, &Answer::Failed { why: why.into() });
        assert_eq!(
            words(en, dns::MALFORMED),
            "a malformed answer (not believed)"
        );
        assert_eq!(
            words(en, dns::NOT_OURS),
            "an answer to another question (not believed)"
        );
        assert_eq!(words(en, dns::TRUNCATED), "an answer cut short (truncated)");
        assert_eq!(words(en, "timeout"), "no answer (timeout)");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let tr = Tr::get(lang, Isolation::Off);
            for why in [dns::MALFORMED, dns::NOT_OURS, dns::TRUNCATED] {
                let w = words(tr, why);
                assert!(!w.contains(why) && w != words(en, why), "{lang:?}: {w}");
            }
        }
    }

    #[test]
    fn every_new_id_has_words() {
        let tr = Tr::english();
        let ctx = Context {
            host: "chatgpt.com".into(),
            detail: Some("chatgpt.com: 0.0.0.0".into()),
            ..Default::default()
        };
        assert!(!verdict_label(tr, VerdictKind::DnsBlocked).is_empty());
        assert!(headline(tr, Cause::DnsFiltered, &ctx).contains("DNS filter"));
        assert!(explanation(tr, Cause::DnsFiltered, &ctx).contains("chatgpt.com: 0.0.0.0"));
        assert!(!tray_status(tr, Cause::DnsFiltered, None).is_empty());
        assert!(!next_steps(tr, Cause::DnsFiltered).is_empty());
        for detail in [
            filter::SNI_RESET,
            filter::HTTP_451,
            filter::UNKNOWN_DEVICE,
            "FortiGate",
        ] {
            let ctx = Context {
                detail: Some(detail.into()),
                ..ctx.clone()
            };
            let h = headline(tr, Cause::NetworkFilter, &ctx);
            assert_eq!(h.contains("FortiGate"), detail == "FortiGate", "{h}");
            let e = explanation(tr, Cause::NetworkFilter, &ctx);
            assert!(
                !e.contains("sign in to") && e.contains("not Cloudflare"),
                "{e}"
            );
            let (title, steps) = fix(tr, FixId::AskNetworkAdmin, &ctx, Os::Linux);
            assert!(!title.is_empty() && (2..=5).contains(&steps.len()));
        }
        for os in [Os::Linux, Os::MacOs, Os::Windows] {
            let (title, steps) = fix(tr, FixId::AllowInDnsFilter, &ctx, os);
            assert!(
                !title.is_empty() && (2..=5).contains(&steps.len()),
                "{os:?}"
            );
            let all = steps.join(" ");
            for vendor in ["Pi-hole", "AdGuard Home", "NextDNS", "parental controls"] {
                assert!(all.contains(vendor), "{vendor}");
            }
        }
    }
}
