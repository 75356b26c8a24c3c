//! The sentences for what sits between the user and ChatGPT: DNS filters
//! (and, with them, the resolvers this computer asks), web filters and
//! national blocks. Kept apart so the other present modules' match arms
//! only delegate here; the voice is the same.

use super::Context;
use super::Os;
use crate::core::diagnose::{Cause, Evidence, FixId};
use crate::core::dns::{Answer, NameAnswer, Role};
use crate::core::filter;
use crate::core::verdict::VerdictKind;

pub fn verdict_label(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::DnsBlocked => "a DNS filter answered for the site",
        VerdictKind::Filtered => "a network filter answered instead of the site",
        _ => "",
    }
}

pub fn headline(cause: Cause, ctx: &Context) -> String {
    match cause {
        Cause::DnsFiltered => format!("A DNS filter blocks {}", ctx.host()),
        Cause::NetworkFilter => match ctx.detail.as_deref().and_then(vendor) {
            Some(v) => format!("{v} blocks {} on this network", ctx.host()),
            None => format!("This network blocks {}", ctx.host()),
        },
        _ => String::new(),
    }
}

pub fn explanation(cause: Cause, ctx: &Context) -> String {
    let host = ctx.host();
    match cause {
        Cause::DnsFiltered => {
            let what = ctx
                .detail
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            format!(
                "The name server this computer asks gave a blocking answer{what} instead of ChatGPT's addresses, \
                 so the browser never reaches {host}. A filter on your network does this: Pi-hole, AdGuard Home, NextDNS, \
                 a router's parental controls, or a company or school block list. It is not Cloudflare and not your address."
            )
        }
        Cause::NetworkFilter => {
            let what = match ctx.detail.as_deref() {
                Some(filter::SNI_RESET) => format!(
                    "The connection to {host} was cut the moment its name was sent, while other secure sites work. \
                     That is a filter reading the name: a company or school firewall, or a national block."
                ),
                Some(filter::HTTP_451) => format!(
                    "The answer was \"451 Unavailable For Legal Reasons\" from a server that is not {host}'s: \
                     access is blocked by law or by order on this network or in this country."
                ),
                Some(filter::UNKNOWN_DEVICE) | None => format!(
                    "Something on your network answered instead of {host} (not Cloudflare, and not a sign-in page): \
                     a firewall, a proxy or a filtering router."
                ),
                Some(d) => format!(
                    "{} answered with its block page instead of {host}: this network's owner filters it.",
                    vendor(d).unwrap_or("A web filter")
                ),
            };
            format!("{what} It is not Cloudflare and not your address; signing in or clearing cookies will not help.")
        }
        _ => String::new(),
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

pub fn tray_status(cause: Cause) -> String {
    match cause {
        Cause::DnsFiltered => "ChatGPT blocked by a DNS filter".into(),
        Cause::NetworkFilter => "ChatGPT blocked by this network".into(),
        _ => String::new(),
    }
}

pub fn next_steps(cause: Cause) -> &'static str {
    match cause {
        Cause::DnsFiltered => "blockwatch asks the name servers again at every check and as soon as your network changes, and tells you when ChatGPT's names resolve again.",
        Cause::NetworkFilter => "blockwatch checks again as soon as your network changes, so you learn at once whether another network gets through.",
        _ => "",
    }
}

fn answer_words(a: &Answer) -> String {
    match a {
        Answer::Addresses { addrs } => addrs
            .iter()
            .map(|ip| ip.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Nxdomain {
            authority: Some(zone),
            ..
        } => format!("\"no such name\" (NXDOMAIN, from the policy zone {zone})"),
        Answer::Nxdomain {
            recursion_available: false,
            ..
        } => "\"no such name\" (NXDOMAIN, marked as a filtered answer)".into(),
        Answer::Nxdomain { .. } => "\"no such name\" (NXDOMAIN)".into(),
        Answer::Nodata => "no address (NODATA)".into(),
        Answer::Refused => "a refusal (REFUSED)".into(),
        Answer::Failed { why } => format!("no answer ({why})"),
    }
}

fn name_answer(a: &NameAnswer) -> String {
    let from = a
        .server
        .map(|s| format!("the name server {s}"))
        .unwrap_or_else(|| "this computer's lookup".into());
    let role = match a.role {
        Role::Control => " (a name unrelated to ChatGPT, for comparison)",
        _ => "",
    };
    format!(
        "{from} answers {}{role}: {}",
        a.name,
        answer_words(&a.answer)
    )
}

pub fn evidence(e: &Evidence) -> String {
    match e {
        Evidence::DnsAnswer { answer } => name_answer(answer),
        Evidence::DohAnswer { answer } => format!(
            "a public resolver over DNS-over-HTTPS answers {}: {}",
            answer.name,
            answer_words(&answer.answer)
        ),
        Evidence::DnsResolvers { servers } => {
            format!("this computer asks the name servers {}", servers.join(", "))
        }
        _ => String::new(),
    }
}

pub fn fix_short(id: FixId, ctx: &Context) -> String {
    match id {
        FixId::AllowInDnsFilter => {
            format!("allow {} and openai.com in your DNS filter", ctx.host())
        }
        FixId::AskNetworkAdmin => {
            format!("ask the network's administrator to allow {}", ctx.host())
        }
        _ => String::new(),
    }
}

pub fn fix(id: FixId, ctx: &Context, os: Os) -> (String, Vec<String>) {
    let host = ctx.host();
    match id {
        FixId::AllowInDnsFilter => (
            format!("Allow {host} in your DNS filter"),
            vec![
                match os {
                    Os::Linux => "See which name server this computer asks: `resolvectl status` (systemd-resolved) or `cat /etc/resolv.conf`; `nmcli device show | grep DNS` on NetworkManager.".into(),
                    Os::MacOs => "See which name server this computer asks: `scutil --dns | grep nameserver`, or System Settings → Network → your connection → Details… → DNS.".into(),
                    Os::Windows => "See which name server this computer asks: `ipconfig /all` (\"DNS Servers\"), or Settings → Network & internet → your connection → DNS server assignment.".into(),
                },
                format!("Pi-hole: open its admin page → Domains (Whitelist in older versions) → add {host}, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com and oaiusercontent.com as allowed; or Query Log → Allow next to each blocked entry."),
                "AdGuard Home: Filters → Custom filtering rules → add `@@||chatgpt.com^`, `@@||openai.com^`, `@@||oaistatic.com^` and `@@||oaiusercontent.com^`, then Apply; Query Log shows which list blocked it.".into(),
                format!("NextDNS: my.nextdns.io → your configuration → Allowlist → add {host}, openai.com, oaistatic.com and oaiusercontent.com; also check Parental Control → Websites, Apps & Games."),
                "Router parental controls (Fritz!Box, eero, Netgear Armor, TP-Link HomeShield, …): open the router's app or web page → Parental controls / Filters → the profile of this device → remove the \"AI\" or \"Chat\" category or add chatgpt.com as allowed. At school or work, ask the administrator instead.".into(),
            ],
        ),
        FixId::AskNetworkAdmin => (
            "Ask the network's administrator".into(),
            vec![
                format!("This network (your company's, school's, a library's or a café's) blocks {host} on purpose; only whoever runs it can allow it."),
                format!(
                    "Tell them what blockwatch saw{}: the page or cut connection came from the network's filter, not from {host}.",
                    ctx.detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default()
                ),
                format!("Ask for {host}, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com and oaiusercontent.com to be allowed, or whether the organisation offers ChatGPT another way (a company workspace)."),
                "Do not try to get around a company's or school's filter without permission: it may break its rules.".into(),
            ],
        ),
        _ => (String::new(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_new_id_has_words() {
        let ctx = Context {
            host: "chatgpt.com".into(),
            detail: Some("chatgpt.com: 0.0.0.0".into()),
            ..Default::default()
        };
        assert!(!verdict_label(VerdictKind::DnsBlocked).is_empty());
        assert!(headline(Cause::DnsFiltered, &ctx).contains("DNS filter"));
        assert!(explanation(Cause::DnsFiltered, &ctx).contains("chatgpt.com: 0.0.0.0"));
        assert!(!tray_status(Cause::DnsFiltered).is_empty());
        assert!(!next_steps(Cause::DnsFiltered).is_empty());
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
            let h = headline(Cause::NetworkFilter, &ctx);
            assert_eq!(h.contains("FortiGate"), detail == "FortiGate", "{h}");
            let e = explanation(Cause::NetworkFilter, &ctx);
            assert!(
                !e.contains("sign in to") && e.contains("not Cloudflare"),
                "{e}"
            );
            let (title, steps) = fix(FixId::AskNetworkAdmin, &ctx, Os::Linux);
            assert!(!title.is_empty() && (2..=5).contains(&steps.len()));
        }
        for os in [Os::Linux, Os::MacOs, Os::Windows] {
            let (title, steps) = fix(FixId::AllowInDnsFilter, &ctx, os);
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
