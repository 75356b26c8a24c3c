//! The readable `blockwatch check` report, rendered from the JSON report
//! and laid out for a terminal of a given width (see `term`): labelled
//! values line up after the longest label, or, right to left, go on the
//! line below their label; every line is wrapped with a hanging indent.

use super::causes::{cause_label, verdict_label};
use super::report::Report;
use super::safe::safe_line;
use super::term::{self, hanging};
use super::tr::*;
use crate::core::lang::Dir;

/// The readable `blockwatch check` report, `width` columns wide (clamped
/// to `term::MIN_WIDTH..=term::MAX_WIDTH`).
pub fn text_report(tr: &Tr, r: &Report, width: usize) -> String {
    let width = width.clamp(term::MIN_WIDTH, term::MAX_WIDTH);
    let dir = tr.lang().dir();
    let mut lines: Vec<String> = Vec::new();
    let d = &r.diagnosis;
    // The texts carry network strings, made safe where they were put in;
    // again here, with the length cap, since this goes straight to a terminal.
    lines.extend(term::wrap(&safe_line(&d.headline), width));
    lines.push(String::new());
    let v = &r.verdict;
    // A device in between that failed is not a filter (issue 19).
    let what = if v.detail.as_deref() == Some(crate::core::site::filter::GATEWAY) {
        tr.s(VerdictFilteredGateway)
    } else {
        verdict_label(tr, v.kind)
    };
    let verdict = tr.s(ReportVerdict {
        code: v.cloudflare_code,
        status: v.http_status,
        what,
    });
    let verdict = match &v.detail {
        Some(detail) => tr.s(ReportVerdictDetail {
            detail: super::between::detail_words(tr, detail),
            line: verdict,
        }),
        None => verdict,
    };
    let mut labelled = vec![(tr.s(ReportLabelVerdict), verdict)];
    if let Some(line) = super::families::text_line(tr, &r.families, |k| verdict_label(tr, k)) {
        labelled.push((tr.s(ReportLabelFamilies), line));
    }
    labelled.push((tr.s(ReportLabelCause), cause_label(tr, d.cause)));
    if let Some(line) = super::router::text_line(tr, r.network.router.as_ref()) {
        labelled.push((tr.s(ReportLabelRouter), line));
    }
    let label_width = labelled
        .iter()
        .map(|(l, _)| term::width(l))
        .max()
        .unwrap_or(0);
    for (label, value) in &labelled {
        match dir {
            Dir::Ltr => {
                let pad = " ".repeat(label_width + 2 - term::width(label));
                lines.extend(hanging(&format!("  {label}{pad}"), value, width));
            }
            Dir::Rtl => {
                lines.push(format!("  {label}"));
                lines.extend(hanging("    ", value, width));
            }
        }
    }
    lines.push(String::new());
    lines.extend(hanging("  ", &safe_line(&d.explanation), width));
    if !d.steps.is_empty() {
        lines.push(String::new());
        lines.push(tr.s(ReportWhatToDo));
        for (i, f) in d.steps.iter().enumerate() {
            let n = tr.prose(&(i + 1).to_string());
            lines.extend(hanging(&format!("  {n}. "), &safe_line(&f.title), width));
            for (j, step) in f.steps.iter().enumerate() {
                let m = tr.prose(&format!("{}.{}", i + 1, j + 1));
                let first = format!("     {m} ");
                let first = format!("{first:<9}");
                lines.extend(hanging(&first, &safe_line(step), width));
            }
        }
        if let Some(a) = d.actions.iter().find(|a| a.can_do) {
            lines.push(String::new());
            let target = safe_line(a.target.as_deref().unwrap_or_default());
            lines.extend(hanging("  ", &tr.s(ReportCanDo { target }), width));
        }
    }
    lines.push(String::new());
    lines.push(tr.s(ReportEvidence));
    for e in &d.evidence {
        lines.extend(hanging("  - ", &safe_line(e), width));
    }
    let mut s = String::new();
    for l in lines {
        s.push_str(&term::line(dir, &l));
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_line_says_each_thing_once() {
        use crate::core::assessment::Assessment;
        use crate::core::diagnose::{diagnose, Facts};
        use crate::core::site::verdict::{Verdict, VerdictKind};
        use crate::present::{Frame, Os};
        let line = |kind: VerdictKind, status: u16, code: Option<u16>| {
            let mut v = Verdict::new(kind);
            v.http_status = Some(status);
            v.cloudflare_code = code;
            let facts = Facts {
                host: "chatgpt.com".into(),
                ..Facts::default()
            };
            let diagnosis = diagnose(&v, &facts, false);
            let a = Assessment {
                verdict: v,
                facts,
                diagnosis,
                checked_at_wall_ms: 0,
            };
            let frame = Frame {
                target: "https://chatgpt.com/".into(),
                component: "Conversations".into(),
                os: Os::Linux,
                lang: crate::core::lang::Lang::En,
            };
            let tr = Tr::english();
            let text = text_report(tr, &Report::build(tr, &a, &frame), 80);
            text.lines()
                .find(|l| l.contains("Verdict:"))
                .unwrap()
                .to_string()
        };
        assert_eq!(
            line(VerdictKind::Reachable, 200, None),
            "  Verdict:  reachable, HTTP 200"
        );
        assert_eq!(
            line(VerdictKind::Blocked, 403, Some(1020)),
            "  Verdict:  blocked by Cloudflare's firewall, HTTP 403, error 1020"
        );
        assert_eq!(
            line(VerdictKind::RateLimited, 429, Some(1015)),
            "  Verdict:  rate limited, HTTP 429, error 1015"
        );
        assert_eq!(
            line(VerdictKind::SiteDown, 522, Some(522)),
            "  Verdict:  the site is down, HTTP 522, error 522"
        );
    }
}
