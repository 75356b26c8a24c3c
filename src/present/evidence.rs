//! Evidence in words: one sentence per measured fact.

use super::causes::{code_meaning, duration_words, verdict_label};
use super::tr::*;
use super::{between, families};
use crate::core::diagnose::Evidence;
use crate::core::site::status::Indicator;
use crate::core::site::verdict::{Basis, TlsProblem};

pub fn evidence(tr: &Tr, e: &Evidence, host: &str) -> String {
    let cleaned = super::safe::evidence(e);
    let e = &cleaned;
    let host = if host.is_empty() { "chatgpt.com" } else { host };
    match e {
        Evidence::Answer {
            kind,
            http_status,
            cloudflare_code,
            via_cloudflare,
            basis,
        } => {
            let via = *via_cloudflare && !matches!(basis, Basis::NotCloudflare | Basis::Gateway);
            let answer = &tr.s(EvidenceAnswerStatus {
                status: http_status,
                via,
            });
            let label = &verdict_label(tr, *kind);
            match (cloudflare_code, basis) {
                (Some(code), _) => tr.s(EvidenceAnswerCode {
                    answer,
                    code,
                    host,
                    label,
                    meaning: code_meaning(tr, *code),
                }),
                (None, Basis::ChallengeHeader | Basis::ChallengeMarkers) => {
                    tr.s(EvidenceAnswerChallenge {
                        answer,
                        host,
                        label,
                    })
                }
                (None, Basis::BlockPage) => tr.s(EvidenceAnswerBlockPage {
                    answer,
                    host,
                    label,
                }),
                (None, Basis::AccessDeniedTitle) => tr.s(EvidenceAnswerAccessDenied {
                    answer,
                    host,
                    label,
                }),
                (None, Basis::CloudflareHeaders) => tr.s(EvidenceAnswerCloudflarePage {
                    answer,
                    host,
                    label,
                }),
                (None, Basis::OpenAiRegion) => tr.s(EvidenceAnswerOpenaiRegion {
                    answer,
                    host,
                    label,
                }),
                (None, Basis::NotCloudflare) => tr.s(EvidenceAnswerNotCloudflare {
                    answer,
                    host,
                    label,
                }),
                (None, Basis::Gateway) => tr.s(EvidenceAnswerGateway { answer, host }),
                _ => tr.s(EvidenceAnswerPlain {
                    answer,
                    host,
                    label,
                }),
            }
        }
        Evidence::TransportError { kind, detail } => tr.s(EvidenceTransportError {
            detail,
            host,
            label: verdict_label(tr, *kind),
        }),
        Evidence::Ray { id, colo } => tr.s(EvidenceRay { colo, id }),
        Evidence::RetryAfter { secs } => tr.s(EvidenceRetryAfter {
            duration: duration_words(tr, *secs),
        }),
        Evidence::PageSawAddress { ip } => tr.s(EvidencePageSawAddress { ip }),
        Evidence::PageAddressDiffers { page, others } => {
            tr.s(EvidencePageAddressDiffers { others, page })
        }
        Evidence::SiteSees { ip, loc, colo } => tr.s(EvidenceSiteSees {
            colo,
            ip,
            location: loc.as_deref().map(|l| if l == "T1" { "Tor" } else { l }),
        }),
        Evidence::OthersSee { ip } => tr.s(EvidenceOthersSee { ip }),
        Evidence::AddressMismatch { site, others } => {
            tr.s(EvidenceAddressMismatch { host, others, site })
        }
        Evidence::RouteVia {
            interface,
            vendor,
            tunnel: true,
        } => tr.s(EvidenceRouteTunnel {
            host,
            interface,
            vendor,
        }),
        Evidence::RouteVia {
            interface,
            tunnel: false,
            ..
        } => tr.s(EvidenceRouteDirect { host, interface }),
        Evidence::NoRoute => tr.s(EvidenceNoRoute { host }),
        Evidence::Warp => tr.s(EvidenceWarp),
        Evidence::UnusedTunnel { interface, vendor } => tr.s(EvidenceUnusedTunnel {
            host,
            interface,
            vendor,
        }),
        Evidence::VpnSoftware { names } => tr.s(EvidenceVpnSoftware {
            names: names.join(", "),
        }),
        Evidence::Proxy { url } => match crate::core::local::proxy::script_url(url) {
            Some(url) => tr.s(EvidenceProxyScript { host, url }),
            None => tr.s(EvidenceProxy { host, url }),
        },
        Evidence::Status { summary } => {
            let overall = match summary.indicator {
                Indicator::None => tr.s(StatusOverallNone),
                Indicator::Minor => tr.s(StatusOverallMinor),
                Indicator::Major => tr.s(StatusOverallMajor),
                Indicator::Critical => tr.s(StatusOverallCritical),
            };
            let component = summary.component_status.as_ref().map(|c| {
                tr.s(ComponentStatus {
                    raw: c.replace('_', " "),
                    state: c,
                })
            });
            tr.s(EvidenceStatus {
                component,
                incident: summary.incidents.first(),
                overall,
            })
        }
        Evidence::StatusUnknown => tr.s(EvidenceStatusUnknown),
        Evidence::StatusNotNeeded => tr.s(EvidenceStatusNotNeeded),
        Evidence::Tls { problem } => match problem {
            TlsProblem::WrongName => tr.s(EvidenceTlsWrongName { host }),
            TlsProblem::Untrusted => tr.s(EvidenceTlsUntrusted { host }),
            TlsProblem::NotValidNow => tr.s(EvidenceTlsNotValidNow),
            TlsProblem::Other => tr.s(EvidenceTlsOther),
        },
        Evidence::BrowserReport => tr.s(EvidenceBrowserReport),
        Evidence::BrowserWorks => tr.s(EvidenceBrowserWorks { host }),
        Evidence::BrowserFinding {
            browser,
            profile,
            finding,
        } => super::browsers::finding_line(tr, *browser, profile, finding),
        Evidence::BrowserFindings { found } => {
            super::browsers::findings_line(tr, found).unwrap_or_default()
        }
        Evidence::AddressUnchangedAfterReconnect { ip } => tr.s(EvidenceSameAddress { ip }),
        Evidence::DnsAnswer { .. } | Evidence::DohAnswer { .. } | Evidence::DnsResolvers { .. } => {
            between::evidence(tr, e)
        }
        Evidence::FamilySplit { .. } | Evidence::Ipv6Leak { .. } | Evidence::FamilySees { .. } => {
            families::evidence(tr, e, host)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnose::{diagnose, Facts};
    use crate::core::site::verdict::{Verdict, VerdictKind};
    use crate::present::tr::Tr;

    #[test]
    fn evidence_sentences() {
        let e = Evidence::RouteVia {
            interface: "wg0".into(),
            vendor: Some("WireGuard".into()),
            tunnel: true,
        };
        assert_eq!(
            evidence(Tr::english(), &e, "chatgpt.com"),
            "the route to chatgpt.com goes through wg0 (WireGuard)"
        );
        let e = Evidence::SiteSees {
            ip: "203.0.113.7".parse().unwrap(),
            loc: Some("DE".into()),
            colo: Some("FRA".into()),
        };
        assert_eq!(
            evidence(Tr::english(), &e, "chatgpt.com"),
            "the site sees you as 203.0.113.7, DE, via Cloudflare FRA"
        );
    }

    #[test]
    fn an_error_page_naming_another_address_says_so() {
        let mut v = Verdict::new(VerdictKind::Blocked);
        v.http_status = Some(403);
        v.cloudflare_code = Some(1020);
        v.visitor_ip = Some("198.51.100.9".parse().unwrap());
        let mut f = Facts {
            host: "chatgpt.com".into(),
            has_route: Some(true),
            ..Facts::default()
        };
        f.echo_v4 = Some("203.0.113.7".parse().unwrap());
        let d = diagnose(&v, &f, false);
        let words: Vec<String> = d
            .evidence
            .iter()
            .map(|e| evidence(Tr::english(), e, "chatgpt.com"))
            .collect();
        assert!(
            words
                .iter()
                .any(|w| w.contains("198.51.100.9") && w.contains("203.0.113.7")),
            "{words:?}"
        );
        // The same address as the others see is no news.
        v.visitor_ip = f.echo_v4;
        let d = diagnose(&v, &f, false);
        assert!(
            !d.evidence
                .iter()
                .any(|e| matches!(e, Evidence::PageSawAddress { .. })),
            "{:?}",
            d.evidence
        );
    }
}
