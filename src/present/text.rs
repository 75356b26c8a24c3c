//! The readable `blockwatch check` report, rendered from the JSON report.

use super::causes::verdict_label;
use super::report::Report;
use std::fmt::Write as _;

/// The readable `blockwatch check` report.
pub fn text_report(r: &Report) -> String {
    let mut s = String::new();
    let d = &r.diagnosis;
    let _ = writeln!(s, "{}", d.headline);
    let _ = writeln!(s);
    let v = &r.verdict;
    // The kind's id only where the label does not already say it.
    let label = verdict_label(v.kind);
    let id_words = v.kind.as_str().replace('_', " ");
    let mut verdict = if label == id_words || label.starts_with(&format!("{id_words} ")) {
        label.to_string()
    } else {
        format!("{} \u{2014} {label}", v.kind)
    };
    if let Some(st) = v.http_status {
        let _ = write!(verdict, ", HTTP {st}");
    }
    if let Some(c) = v.cloudflare_code {
        let _ = write!(verdict, ", error {c}");
    }
    if let Some(d) = &v.detail {
        let _ = write!(verdict, " ({d})");
    }
    let _ = writeln!(s, "  Verdict:  {verdict}");
    if let Some(line) = super::families::text_line(&r.families) {
        let _ = writeln!(s, "  Families: {line}");
    }
    let _ = writeln!(s, "  Cause:    {}", d.cause);
    let _ = writeln!(s);
    for line in wrap(&d.explanation, 76) {
        let _ = writeln!(s, "  {line}");
    }
    if !d.steps.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "What to do");
        for (i, f) in d.steps.iter().enumerate() {
            let _ = writeln!(s, "  {}. {}", i + 1, f.title);
            for (j, step) in f.steps.iter().enumerate() {
                let mut lines = wrap(step, 68).into_iter();
                if let Some(first) = lines.next() {
                    let _ = writeln!(s, "     {}.{} {first}", i + 1, j + 1);
                }
                for l in lines {
                    let _ = writeln!(s, "         {l}");
                }
            }
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "Evidence");
    for e in &d.evidence {
        let mut lines = wrap(e, 74).into_iter();
        if let Some(first) = lines.next() {
            let _ = writeln!(s, "  - {first}");
        }
        for l in lines {
            let _ = writeln!(s, "    {l}");
        }
    }
    s
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words() {
        let w = wrap("one two three four five six", 9);
        assert_eq!(w, vec!["one two", "three", "four five", "six"]);
    }

    #[test]
    fn the_verdict_line_says_each_thing_once() {
        use crate::core::assessment::Assessment;
        use crate::core::diagnose::{diagnose, Facts};
        use crate::core::verdict::{Verdict, VerdictKind};
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
            };
            let text = text_report(&Report::build(&a, &frame));
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
            "  Verdict:  site_down \u{2014} the site is down, HTTP 522, error 522"
        );
    }
}
