//! No contract id as a word: every cause with every verdict kind, rendered
//! in every language as a person reads it (the `check` report, the fix
//! page's visible text, the tray's lines, the notification, the history
//! lines), shows labels, never `public_ip_blocked` or `site_down`. The JSON
//! report keeps the ids (checked last).

mod common;

use blockwatch::adapters::files::Logged;
use blockwatch::core::assessment::Assessment;
use blockwatch::core::diagnose::{Cause, FixId};
use blockwatch::core::lang::Lang;
use blockwatch::core::monitor::{FixedBy, Happened, Light, Notice, Record, View};
use blockwatch::core::site::verdict::VerdictKind;
use blockwatch::present::tr::{Isolation, Tr};
use blockwatch::present::{cli, notice, page, text, tray, Report};
use common::assessments::{assessment, frame};

fn ids() -> Vec<String> {
    let mut ids: Vec<String> = Cause::ALL.iter().map(|c| c.as_str().to_string()).collect();
    ids.extend(VerdictKind::ALL.iter().map(|k| k.as_str().to_string()));
    ids.extend(FixId::ALL.iter().map(|f| {
        serde_json::to_value(f)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }));
    ids.sort();
    ids.dedup();
    ids
}

/// An id shown as a word: an id with an underscore anywhere; a one-word id
/// ("blocked", "outage") as a whole ASCII word outside English, where it
/// is not a word of the language.
fn raw_ids(text: &str, lang: Lang) -> Vec<String> {
    ids()
        .into_iter()
        .filter(|id| {
            if id.contains('_') {
                return text.contains(id.as_str());
            }
            lang != Lang::En
                && text.match_indices(id.as_str()).any(|(i, _)| {
                    let before = text[..i].chars().next_back();
                    let after = text[i + id.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
                        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
                })
        })
        .collect()
}

/// The text of an HTML page a person sees: outside tags, `<style>` and `<title>` aside.
fn visible(html: &str) -> String {
    let body = html.split("</style>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every text a person reads about this assessment, in `lang`.
fn everything(a: &Assessment, lang: Lang) -> Vec<(&'static str, String)> {
    let frame = frame(lang);
    let plain = Tr::get(lang, Isolation::Off);
    let gui = Tr::get(lang, Isolation::gui(lang));
    let mut out = vec![
        (
            "report",
            text::text_report(plain, &Report::build(plain, a, &frame), 80),
        ),
        ("page", visible(&page::render(a, &frame))),
    ];
    let view = View {
        light: Light::Degraded,
        assessment: Some(a.clone()),
        public_v4: a.facts.echo_v4,
        public_v6: None,
        location: Some("DE".into()),
        vpn: a.facts.vpn.clone(),
        last_check_wall_ms: Some(a.checked_at_wall_ms),
        problem: true,
        paused_until_wall_ms: None,
        offline: false,
        checking: false,
        reconnect: None,
    };
    for light in [Light::Degraded, Light::Blocked] {
        let view = View {
            light,
            ..view.clone()
        };
        out.push(("tray status", tray::tray_status(gui, &view)));
        out.push(("tray label", tray::tray_label(gui, &view)));
    }
    for what in [
        Happened::Problem,
        Happened::Resolved {
            was: a.diagnosis.cause,
            fixed_by: Some(FixedBy::VpnSwitched),
        },
    ] {
        let n = notice::render(
            &Notice {
                what,
                assessment: a.clone(),
                reconnect: None,
            },
            &frame,
            std::path::Path::new("/tmp/fix.html"),
        );
        out.push((
            "notification",
            format!("{}\n{}", n.shown_title, n.shown_body),
        ));
    }
    for record in [
        Record::Verdict {
            kind: a.verdict.kind,
            cause: a.diagnosis.cause,
            http_status: a.verdict.http_status,
            cloudflare_code: a.verdict.cloudflare_code,
        },
        Record::BrowserWorks {
            cause: Some(a.diagnosis.cause),
            cloudflare_code: Some(1020),
            site_sees: a.facts.echo_v4,
        },
    ] {
        out.push((
            "history",
            cli::history_line(plain, &Logged::Monitor(record)),
        ));
    }
    out
}

#[test]
fn no_contract_id_is_shown_as_a_word_in_any_language() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for (i, cause) in Cause::ALL.into_iter().enumerate() {
            // Every verdict kind with some cause, every cause with some kinds.
            for kind in VerdictKind::ALL
                .into_iter()
                .enumerate()
                .filter(|(j, _)| (i + j) % 3 == 0 || *j == i % VerdictKind::ALL.len())
                .map(|(_, k)| k)
            {
                let a = assessment(kind, cause);
                for (place, text) in everything(&a, lang) {
                    let found = raw_ids(&text, lang);
                    if !found.is_empty() {
                        problems.push(format!(
                            "{}: {cause:?} / {kind:?}, {place}: {found:?} in\n{text}",
                            lang.folder()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} texts show ids:\n{}",
        problems.len(),
        problems[..problems.len().min(5)].join("\n---\n")
    );
}

#[test]
fn the_cause_and_verdict_are_labelled_and_the_json_keeps_the_ids() {
    let a = assessment(VerdictKind::SiteDown, Cause::PublicIpBlocked);
    let en = Tr::english();
    let report = text::text_report(en, &Report::build(en, &a, &frame(Lang::En)), 80);
    assert!(
        report.contains("  Cause:     your internet address is blocked\n"),
        "{report}"
    );
    assert!(
        report.contains("  Verdict:   the site is down, HTTP 403, error 1020"),
        "{report}"
    );
    let page = visible(&page::render(&a, &frame(Lang::Ru)));
    assert!(page.contains("ваш интернет-адрес заблокирован"), "{page}");
    assert!(page.contains("сайт не работает"), "{page}");
    let json = serde_json::to_value(Report::build(en, &a, &frame(Lang::En))).unwrap();
    assert_eq!(json["diagnosis"]["cause"], "public_ip_blocked");
    assert_eq!(json["verdict"]["kind"], "site_down");
}

#[test]
fn the_id_finder_finds_ids() {
    assert_eq!(
        raw_ids("Причина:  public_ip_blocked", Lang::Ru),
        ["public_ip_blocked"]
    );
    assert_eq!(raw_ids("نتیجه: blocked", Lang::Fa), ["blocked"]);
    assert!(raw_ids("blocked by Cloudflare's firewall", Lang::En).is_empty());
    assert!(raw_ids("blockedx", Lang::Es).is_empty());
}
