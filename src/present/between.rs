//! The words for what sits between the user and ChatGPT: DNS filters
//! (and, with them, the resolvers this computer asks), web filters and
//! national blocks. Kept apart so the other present modules' match arms
//! only delegate here; the messages are in the Fluent files like the rest.

use super::tr::*;
use super::Context;
use super::Os;
use crate::core::diagnose::{Cause, Evidence, FixId};
use crate::core::names::dns::{Answer, NameAnswer, Role};
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
        Cause::NetworkFilter => tr.s(HeadlineNetworkFilter {
            host,
            vendor: ctx.detail.as_deref().and_then(vendor),
        }),
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
    ];
    (!generic.contains(&detail)).then_some(detail)
}

pub fn tray_status(tr: &Tr, cause: Cause) -> String {
    match cause {
        Cause::DnsFiltered => tr.s(TrayDnsFiltered),
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
        Answer::Failed { why } => tr.s(DnsFailed { why }),
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

pub fn fix_short(tr: &Tr, id: FixId, ctx: &Context) -> String {
    let host = ctx.host();
    match id {
        FixId::AllowInDnsFilter => tr.s(NotifyFixAllowInDnsFilter { host }),
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
            ] {
                let w = detail_words(tr, d);
                assert!(!w.is_empty() && w != d, "{lang:?}: {d}");
                assert_eq!(detail_words(en, d), d);
            }
            assert_eq!(detail_words(tr, "FortiGate"), "FortiGate");
        }
        assert_eq!(detail_words(en, "x\u{1b}[2J"), "x␛[2J");
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
        assert!(!tray_status(tr, Cause::DnsFiltered).is_empty());
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
