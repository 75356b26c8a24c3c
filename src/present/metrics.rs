//! The metrics file for node_exporter's textfile collector: the monitor's
//! state as Prometheus text, rendered purely from values. The daemon counts
//! with [`Counters`] and writes the text through `adapters::textfile`
//! (`daemon::export`).
//!
//! Every series is written every time (each verdict kind and cause as 0 or 1)
//! so that a query never sees a series vanish. No addresses or ray ids as
//! labels (privacy, and one series per value would grow without bound), and
//! no timestamps on samples: the collector rejects a file that has them.

use crate::core::diagnose::Cause;
use crate::core::monitor::{Action, Event, NoticeKind};
use crate::core::site::verdict::VerdictKind;
use std::fmt::Write;

/// What the daemon counted since it started (Prometheus counters start at
/// zero with the process; `rate()` copes with the reset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    pub probes: u64,
    pub problem_notifications: u64,
    pub resolved_notifications: u64,
    pub public_ip_changes: u64,
}

impl Counters {
    /// Count what an action of the monitor does.
    pub fn observe(&mut self, action: &Action) {
        match action {
            Action::Probe { plan, .. } => self.probes += u64::from(plan.requests()),
            Action::Notify(n) => match n.kind() {
                NoticeKind::Problem => self.problem_notifications += 1,
                NoticeKind::Resolved => self.resolved_notifications += 1,
            },
            // The first address learnt is not a change.
            Action::Emit(Event::PublicIp { old: Some(_), .. }) => self.public_ip_changes += 1,
            _ => {}
        }
    }
}

/// Everything the file says, as values.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot<'a> {
    pub version: &'a str,
    /// False in the last file a stopping daemon writes.
    pub up: bool,
    /// The last check's verdict and cause (`None` before the first).
    pub verdict: Option<VerdictKind>,
    pub cause: Option<Cause>,
    pub vpn_active: bool,
    /// What the router's address says (`network.router.shared_address`):
    /// shared with others, its own, or unknown (not asked, no answer).
    pub shared_address: Option<bool>,
    pub counters: Counters,
    pub last_check_wall_ms: Option<u64>,
    pub budget_remaining: u32,
}

/// A label value in the text format: backslash, quote and newline escaped.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn flag(b: bool) -> u8 {
    u8::from(b)
}

/// The whole file.
pub fn render(s: &Snapshot) -> String {
    let mut out = String::new();
    header(
        &mut out,
        "blockwatch_info",
        "gauge",
        "The running blockwatch's version.",
    );
    let _ = writeln!(out, "blockwatch_info{{version=\"{}\"}} 1", label(s.version));

    header(
        &mut out,
        "blockwatch_up",
        "gauge",
        "1 while the monitor runs; 0 written as it stops.",
    );
    let _ = writeln!(out, "blockwatch_up {}", flag(s.up));

    header(
        &mut out,
        "blockwatch_verdict",
        "gauge",
        "1 for the last check's verdict kind, 0 for every other kind.",
    );
    for k in VerdictKind::ALL {
        let on = s.verdict == Some(k);
        let _ = writeln!(
            out,
            "blockwatch_verdict{{kind=\"{}\"}} {}",
            k.as_str(),
            flag(on)
        );
    }

    header(
        &mut out,
        "blockwatch_cause",
        "gauge",
        "1 for the last check's diagnosed cause, 0 for every other cause.",
    );
    for c in Cause::ALL {
        let on = s.cause == Some(c);
        let _ = writeln!(
            out,
            "blockwatch_cause{{cause=\"{}\"}} {}",
            c.as_str(),
            flag(on)
        );
    }

    header(
        &mut out,
        "blockwatch_vpn_active",
        "gauge",
        "1 when a VPN tunnel is up.",
    );
    let _ = writeln!(out, "blockwatch_vpn_active {}", flag(s.vpn_active));

    header(
        &mut out,
        "blockwatch_shared_address",
        "gauge",
        "1 for what the router says of the public IPv4 address: shared with other customers (a router restart will not change it), the router's own, or unknown.",
    );
    for (state, on) in [
        ("shared", s.shared_address == Some(true)),
        ("own", s.shared_address == Some(false)),
        ("unknown", s.shared_address.is_none()),
    ] {
        let _ = writeln!(
            out,
            "blockwatch_shared_address{{state=\"{state}\"}} {}",
            flag(on)
        );
    }

    header(
        &mut out,
        "blockwatch_probes_total",
        "counter",
        "Probe requests to the target since the daemon started (one per address family probed).",
    );
    let _ = writeln!(out, "blockwatch_probes_total {}", s.counters.probes);

    header(
        &mut out,
        "blockwatch_notifications_total",
        "counter",
        "Notifications raised (shown or not) since the daemon started, by kind.",
    );
    let _ = writeln!(
        out,
        "blockwatch_notifications_total{{kind=\"problem\"}} {}",
        s.counters.problem_notifications
    );
    let _ = writeln!(
        out,
        "blockwatch_notifications_total{{kind=\"resolved\"}} {}",
        s.counters.resolved_notifications
    );

    header(
        &mut out,
        "blockwatch_public_ip_changes_total",
        "counter",
        "Confirmed changes of the public address since the daemon started.",
    );
    let _ = writeln!(
        out,
        "blockwatch_public_ip_changes_total {}",
        s.counters.public_ip_changes
    );

    header(
        &mut out,
        "blockwatch_last_check_timestamp_seconds",
        "gauge",
        "Unix time of the last finished check (0 before the first).",
    );
    let ms = s.last_check_wall_ms.unwrap_or(0);
    let _ = writeln!(
        out,
        "blockwatch_last_check_timestamp_seconds {}.{:03}",
        ms / 1000,
        ms % 1000
    );

    header(
        &mut out,
        "blockwatch_budget_remaining",
        "gauge",
        "Requests to the target's site still allowed in the rolling hour.",
    );
    let _ = writeln!(out, "blockwatch_budget_remaining {}", s.budget_remaining);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::local::families::Family;
    use crate::core::local::family_plan::ProbePlan;
    use crate::core::monitor::{Happened, Notice};

    fn snapshot() -> Snapshot<'static> {
        Snapshot {
            version: "0.1.0 (git v0.1.0-2-g\"x\\y)",
            up: true,
            verdict: Some(VerdictKind::Blocked),
            cause: Some(Cause::VpnExitBlocked),
            vpn_active: true,
            shared_address: Some(true),
            counters: Counters {
                probes: 7,
                problem_notifications: 2,
                resolved_notifications: 1,
                public_ip_changes: 3,
            },
            last_check_wall_ms: Some(1_795_000_000_123),
            budget_remaining: 13,
        }
    }

    fn samples(text: &str) -> Vec<(&str, &str)> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.rsplit_once(' ').expect("name value"))
            .collect()
    }

    #[test]
    fn every_series_once_without_timestamps() {
        let text = render(&snapshot());
        let s = samples(&text);
        // info, up, kinds, causes, vpn, 3 shared-address states, probes,
        // 2 notification kinds, ip, last, budget
        let want = 2 + VerdictKind::ALL.len() + Cause::ALL.len() + 1 + 3 + 1 + 2 + 1 + 1 + 1;
        assert_eq!(s.len(), want, "{text}");
        let mut names: Vec<&str> = s.iter().map(|(n, _)| *n).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), want, "a series twice:\n{text}");
        for (name, value) in &s {
            // One value after the series: a timestamp would be a third field.
            assert!(value.parse::<f64>().is_ok(), "{name} {value}");
            assert!(!value.contains(' '));
        }
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn one_hot_kinds_and_causes() {
        let text = render(&snapshot());
        let s = samples(&text);
        let ones: Vec<&str> = s
            .iter()
            .filter(|(n, v)| {
                (n.starts_with("blockwatch_verdict{") || n.starts_with("blockwatch_cause{"))
                    && *v == "1"
            })
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(
            ones,
            [
                "blockwatch_verdict{kind=\"blocked\"}",
                "blockwatch_cause{cause=\"vpn_exit_blocked\"}"
            ]
        );
        for k in VerdictKind::ALL {
            assert!(text.contains(&format!("blockwatch_verdict{{kind=\"{}\"}} ", k.as_str())));
        }
        for c in Cause::ALL {
            assert!(text.contains(&format!("blockwatch_cause{{cause=\"{}\"}} ", c.as_str())));
        }
        // The router's word: one of three states, every state written.
        let shared: Vec<_> = s
            .iter()
            .filter(|(n, _)| n.starts_with("blockwatch_shared_address{"))
            .collect();
        assert_eq!(
            shared,
            [
                &("blockwatch_shared_address{state=\"shared\"}", "1"),
                &("blockwatch_shared_address{state=\"own\"}", "0"),
                &("blockwatch_shared_address{state=\"unknown\"}", "0"),
            ]
        );

        let before = render(&Snapshot {
            verdict: None,
            cause: None,
            last_check_wall_ms: None,
            ..snapshot()
        });
        assert!(samples(&before)
            .iter()
            .filter(
                |(n, _)| n.starts_with("blockwatch_verdict") || n.starts_with("blockwatch_cause")
            )
            .all(|(_, v)| *v == "0"));
        assert!(before.contains("\nblockwatch_last_check_timestamp_seconds 0.000\n"));
    }

    #[test]
    fn values_and_escaping() {
        let text = render(&snapshot());
        for line in [
            "blockwatch_info{version=\"0.1.0 (git v0.1.0-2-g\\\"x\\\\y)\"} 1",
            "blockwatch_up 1",
            "blockwatch_vpn_active 1",
            "blockwatch_probes_total 7",
            "blockwatch_notifications_total{kind=\"problem\"} 2",
            "blockwatch_notifications_total{kind=\"resolved\"} 1",
            "blockwatch_public_ip_changes_total 3",
            "blockwatch_last_check_timestamp_seconds 1795000000.123",
            "blockwatch_budget_remaining 13",
        ] {
            assert!(text.lines().any(|l| l == line), "no {line} in\n{text}");
        }
        let down = render(&Snapshot {
            up: false,
            ..snapshot()
        });
        assert!(down.lines().any(|l| l == "blockwatch_up 0"));
    }

    /// A cause added to the enum must be added to `Cause::ALL` (the match
    /// stops compiling), or its series would be missing from the file.
    #[test]
    fn all_causes_are_listed() {
        for (i, c) in Cause::ALL.into_iter().enumerate() {
            let at = match c {
                Cause::Healthy => 0,
                Cause::VpnExitBlocked => 1,
                Cause::ProxyBlocked => 2,
                Cause::PublicIpBlocked => 3,
                Cause::LocationUnsupported => 4,
                Cause::RateLimited => 5,
                Cause::ProbeRefused => 6,
                Cause::Outage => 7,
                Cause::CaptivePortal => 8,
                Cause::NoConnection => 9,
                Cause::TlsInterception => 10,
                Cause::BrowserSide => 11,
                Cause::BrowserExtension => 12,
                Cause::BrowserProxy => 13,
                Cause::DnsFiltered => 14,
                Cause::NetworkFilter => 15,
                Cause::Unknown => 16,
            };
            assert_eq!(at, i, "{c}");
        }
    }

    #[test]
    fn counters_follow_actions() {
        let mut c = Counters::default();
        let ip = |old: Option<&str>| {
            Action::Emit(Event::PublicIp {
                old: old.map(|o| o.parse().unwrap()),
                new: "198.51.100.9".parse().unwrap(),
            })
        };
        c.observe(&Action::Probe {
            gen: 1,
            plan: ProbePlan::Both,
        });
        c.observe(&Action::Probe {
            gen: 2,
            plan: ProbePlan::One(Family::Ipv4),
        });
        c.observe(&Action::Trace {
            gen: 2,
            plan: ProbePlan::Both,
        });
        c.observe(&ip(None));
        c.observe(&ip(Some("203.0.113.7")));
        let verdict = crate::core::site::verdict::Verdict::new(VerdictKind::Blocked);
        let facts = crate::core::diagnose::Facts::default();
        let assessment = crate::core::assessment::Assessment {
            diagnosis: crate::core::diagnose::diagnose(&verdict, &facts, false),
            verdict,
            facts,
            checked_at_wall_ms: 0,
        };
        let resolved = Happened::Resolved {
            was: Cause::PublicIpBlocked,
            fixed_by: None,
        };
        for what in [Happened::Problem, Happened::Problem, resolved] {
            c.observe(&Action::Notify(Box::new(Notice {
                what,
                assessment: assessment.clone(),
                reconnect: None,
            })));
        }
        assert_eq!(
            c,
            Counters {
                probes: 3,
                problem_notifications: 2,
                resolved_notifications: 1,
                public_ip_changes: 1,
            }
        );
    }
}
