//! The router in words: what it says of its internet address, the one
//! sentence on why a restart will not help when the address is shared, the
//! steps that change with it (restart, contact the provider), the report's
//! router line, and `network.router` of `check --json`.

use super::safe::safe_opt;
use super::tr::*;
use super::Context;
use crate::core::diagnose::{Diagnosis, Evidence, Facts};
use crate::core::local::router::{self, Protocol, RestartChance, SharedWhy, Sharing};
use serde::{Deserialize, Serialize};
use std::net::Ipv4Addr;

/// `network.router` (a contract: names and values as issue 20 fixed them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouterReport {
    pub found: bool,
    pub protocol: Option<Protocol>,
    pub wan_address: Option<Ipv4Addr>,
    pub shared_address: Option<bool>,
    pub name: Option<String>,
    /// The router offers a reconnect blockwatch could ask for.
    pub can_reconnect: bool,
}

/// `null` when the router was not asked.
pub fn report(facts: &Facts) -> Option<RouterReport> {
    let r = facts.router.as_ref()?;
    Some(RouterReport {
        found: r.found,
        protocol: r.protocol,
        wan_address: r.wan_address,
        shared_address: crate::core::diagnose::sharing(facts).shared(),
        name: r.name.clone(),
        can_reconnect: router::can_reconnect(r),
    })
}

/// What the wording needs of the router: the diagnosis's decision (there
/// only when the router decides something for this cause).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouterWords {
    pub sharing: Sharing,
    pub wan: Option<Ipv4Addr>,
}

pub fn from_diagnosis(d: &Diagnosis) -> Option<RouterWords> {
    d.evidence.iter().find_map(|e| match e {
        Evidence::Router { wan, sharing, .. } => Some(RouterWords {
            sharing: *sharing,
            wan: *wan,
        }),
        _ => None,
    })
}

fn why_id(why: SharedWhy) -> &'static str {
    match why {
        SharedWhy::Cgnat => "cgnat",
        SharedWhy::DsLite => "ds-lite",
        SharedWhy::Private => "private",
        SharedWhy::NoPublic => "no-public",
        SharedWhy::Different => "different",
    }
}

/// The protocol as its users write it.
pub fn protocol_name(p: Option<Protocol>) -> &'static str {
    match p {
        Some(Protocol::Upnp) => "UPnP",
        Some(Protocol::NatPmp) => "NAT-PMP",
        Some(Protocol::Pcp) => "PCP",
        None => "?",
    }
}

/// Why the address is shared, when it is.
pub fn shared_why(ctx: &Context) -> Option<SharedWhy> {
    match ctx.router?.sharing {
        Sharing::Shared { why } => Some(why),
        _ => None,
    }
}

/// The sentence that says why a restart will not help (shared only).
pub fn shared_sentence(tr: &Tr, ctx: &Context) -> Option<String> {
    let why = shared_why(ctx)?;
    Some(tr.s(ExplainSharedAddress { why: why_id(why) }))
}

/// The router facts in one evidence sentence.
pub fn evidence(tr: &Tr, e: &Evidence) -> String {
    match e {
        Evidence::Router {
            name,
            wan,
            public,
            sharing,
        } => {
            let router = tr.s(RouterCalled {
                name: safe_opt(name),
            });
            let wan = wan.map(|w| w.to_string());
            match sharing {
                Sharing::Own { chance } => tr.s(EvidenceRouterOwn {
                    chance: match chance {
                        RestartChance::Likely => "likely",
                        RestartChance::Unlikely => "unlikely",
                        RestartChance::Unknown => "unknown",
                    },
                    router,
                    wan,
                }),
                Sharing::Shared { why } => tr.s(EvidenceRouterShared {
                    public: public.map(|p| p.to_string()),
                    router,
                    wan,
                    why: why_id(*why),
                }),
                Sharing::Unknown => tr.s(EvidenceRouterUnknown { router, wan }),
            }
        }
        Evidence::AddressSameRangeAfterReconnect { old, new } => {
            tr.s(EvidenceSameRange { new, old })
        }
        _ => tr.s(EvidenceRouterSilent),
    }
}

/// The first step of `restart_router` when the router holds the address.
pub fn restart_step(tr: &Tr, ctx: &Context) -> Option<String> {
    match ctx.router?.sharing {
        Sharing::Own { chance } => Some(match chance {
            RestartChance::Likely => tr.s(FixRestartRouterLikely),
            RestartChance::Unlikely => tr.s(FixRestartRouterUnlikely),
            RestartChance::Unknown => tr.s(FixRestartRouterOwn),
        }),
        _ => None,
    }
}

/// `contact_isp` for a shared address: what to ask for, and the router's
/// own word to quote.
pub fn contact_isp(tr: &Tr, ctx: &Context, tell: String) -> Option<(String, Vec<String>)> {
    let why = shared_why(ctx)?;
    let wan = ctx.router.and_then(|r| r.wan).map(|w| w.to_string());
    let mut steps = vec![
        tell,
        tr.s(FixContactIspAskPublic),
        tr.s(FixContactIspRouterSays { wan }),
    ];
    if matches!(why, SharedWhy::Private | SharedWhy::Different) {
        steps.push(tr.s(FixContactIspDoubleNat));
    }
    Some((tr.s(FixContactIspTitleShared), steps))
}

/// The check report's router line (`None`: not asked).
pub fn text_line(tr: &Tr, r: Option<&RouterReport>) -> Option<String> {
    let r = r?;
    if !r.found {
        return Some(tr.s(ReportRouterSilent));
    }
    Some(tr.s(ReportRouter {
        name: safe_opt(&r.name).unwrap_or_else(|| tr.s(ReportRouterUnnamed)),
        protocol: protocol_name(r.protocol),
        state: match r.shared_address {
            Some(true) => "shared",
            Some(false) => "own",
            None => "unknown",
        },
        wan: r.wan_address.map(|w| w.to_string()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::Assessment;
    use crate::core::diagnose::diagnose;
    use crate::core::lang::Lang;
    use crate::core::local::router::RouterFacts;
    use crate::core::monitor::{Light, View};
    use crate::core::site::verdict::{Verdict, VerdictKind};
    use crate::present::{page, text, tray, Frame, Os, Report};

    /// A home-address block behind a FRITZ!Box on carrier-grade NAT.
    fn shared() -> Assessment {
        let mut v = Verdict::new(VerdictKind::Blocked);
        v.http_status = Some(403);
        v.cloudflare_code = Some(1020);
        let facts = Facts {
            host: "chatgpt.com".into(),
            echo_v4: Some("81.3.0.2".parse().unwrap()),
            has_route: Some(true),
            router: Some(RouterFacts {
                found: true,
                protocol: Some(Protocol::Upnp),
                wan_address: Some("100.64.12.34".parse().unwrap()),
                name: Some("FRITZ!Box <b>7590</b>".into()),
                ..RouterFacts::default()
            }),
            ..Facts::default()
        };
        let diagnosis = diagnose(&v, &facts, false);
        Assessment {
            verdict: v,
            facts,
            diagnosis,
            checked_at_wall_ms: 1_795_849_200_000,
        }
    }

    fn frame(lang: Lang) -> Frame {
        Frame {
            target: "https://chatgpt.com/".into(),
            component: "Conversations".into(),
            os: Os::Linux,
            lang,
        }
    }

    #[test]
    fn the_contract_keeps_its_names() {
        let a = shared();
        let r = Report::build(Tr::english(), &a, &frame(Lang::En));
        let j = serde_json::to_string(&r.network.router).unwrap();
        assert_eq!(
            j,
            r#"{"found":true,"protocol":"upnp","wan_address":"100.64.12.34","shared_address":true,"name":"FRITZ!Box <b>7590</b>","can_reconnect":false}"#
        );
        let mut silent = a.facts.clone();
        silent.router = Some(RouterFacts::default());
        assert_eq!(
            serde_json::to_value(report(&silent)).unwrap(),
            serde_json::json!({"found": false, "protocol": null, "wan_address": null,
                               "shared_address": null, "name": null, "can_reconnect": false})
        );
        silent.router = None;
        assert_eq!(report(&silent), None);
    }

    #[test]
    fn every_surface_says_it_in_every_language() {
        let a = shared();
        for lang in Lang::ALL {
            let tr = Tr::get(lang, Isolation::Off);
            let r = Report::build(tr, &a, &frame(lang));
            let english = lang == Lang::En;
            // The explanation ends with the one sentence, in the language.
            let why =
                shared_sentence(tr, &crate::present::report::context_of(&a, Os::Linux)).unwrap();
            assert!(r.diagnosis.explanation.ends_with(&why), "{lang:?}");
            assert_eq!(
                english,
                why.contains("shares this address"),
                "{lang:?}: {why}"
            );
            // The report's line, the evidence and the fix page name the address.
            let t = text::text_report(tr, &r, 100);
            assert!(
                t.contains("100.64.12.34") && t.contains("FRITZ!Box"),
                "{lang:?}: {t}"
            );
            assert!(r
                .diagnosis
                .evidence
                .iter()
                .any(|e| e.contains("100.64.12.34")));
            let html = page::render_report(tr, &r);
            assert!(html.contains("100.64.12.34"), "{lang:?}");
            assert!(!html.contains("<b>7590"), "escaped: {lang:?}");
            // The tray's state line differs from an address of its own.
            let view = View {
                light: Light::Blocked,
                assessment: Some(a.clone()),
                public_v4: a.facts.echo_v4,
                public_v6: None,
                location: None,
                vpn: Default::default(),
                last_check_wall_ms: None,
                problem: true,
                paused_until_wall_ms: None,
                offline: false,
                checking: false,
                reconnect: None,
            };
            let line = tray::tray_status(tr, &view);
            let plain = tr.s(TrayAddressBlocked {
                code: Some(1020u16),
            });
            assert_ne!(line, plain, "{lang:?}");
            if english {
                assert_eq!(line, "ChatGPT blocks your shared address (error 1020)");
            }
        }
    }
}
