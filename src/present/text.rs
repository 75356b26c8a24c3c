//! The readable `blockwatch check` report, rendered from the JSON report.

use super::causes::verdict_label;
use super::report::Report;
use super::safe::safe_line;
use super::tr::*;
use std::fmt::Write as _;

/// The readable `blockwatch check` report.
pub fn text_report(tr: &Tr, r: &Report) -> String {
    let mut s = String::new();
    let d = &r.diagnosis;
    // The texts carry network strings, made safe where they were put in;
    // again here, with the length cap, since this goes straight to a terminal.
    let _ = writeln!(s, "{}", safe_line(&d.headline));
    let _ = writeln!(s);
    let v = &r.verdict;
    // The kind's id only where the label does not already say it (decided
    // on the English label, so every language shows the same things).
    let english = verdict_label(Tr::english(), v.kind);
    let id_words = v.kind.as_str().replace('_', " ");
    let label = verdict_label(tr, v.kind);
    let what = if english == id_words || english.starts_with(&format!("{id_words} ")) {
        label
    } else {
        tr.s(ReportVerdictWithId {
            kind: v.kind.as_str(),
            label,
        })
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
    let _ = writeln!(s, "  {verdict}");
    if let Some(line) = super::families::text_line(tr, &r.families) {
        let _ = writeln!(s, "  {}", tr.s(ReportFamilies { line }));
    }
    let _ = writeln!(
        s,
        "  {}",
        tr.s(ReportCause {
            cause: d.cause.to_string()
        })
    );
    let _ = writeln!(s);
    for line in wrap(&safe_line(&d.explanation), 76) {
        let _ = writeln!(s, "  {line}");
    }
    if !d.steps.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr.s(ReportWhatToDo));
        for (i, f) in d.steps.iter().enumerate() {
            let _ = writeln!(s, "  {}. {}", i + 1, safe_line(&f.title));
            for (j, step) in f.steps.iter().enumerate() {
                let mut lines = wrap(&safe_line(step), 68).into_iter();
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
    let _ = writeln!(s, "{}", tr.s(ReportEvidence));
    for e in &d.evidence {
        let mut lines = wrap(&safe_line(e), 74).into_iter();
        if let Some(first) = lines.next() {
            let _ = writeln!(s, "  - {first}");
        }
        for l in lines {
            let _ = writeln!(s, "    {l}");
        }
    }
    s
}

/// Columns a character takes in a terminal: CJK ideographs, kana, hangul
/// and full-width forms take two.
fn columns(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 => 2,
        _ => 1,
    }
}

/// Lines of at most `width` columns, broken at spaces, or between two wide
/// characters (Chinese has no spaces between words).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        for (k, piece) in pieces(word).into_iter().enumerate() {
            let w: usize = piece.chars().map(columns).sum();
            let mut gap = usize::from(!line.is_empty() && k == 0);
            if !line.is_empty() && used + gap + w > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
                gap = 0;
            }
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(piece);
            used += gap + w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word split where a line may break inside it: after each wide
/// character, except before closing punctuation.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_wide = false;
    for (i, c) in word.char_indices() {
        let no_break_before = matches!(
            c,
            '，' | '。' | '、' | '：' | '；' | '）' | '！' | '？' | '”' | '…'
        );
        if i > start && prev_wide && !no_break_before {
            out.push(&word[start..i]);
            start = i;
        }
        prev_wide = columns(c) == 2;
    }
    out.push(&word[start..]);
    out
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
    fn wrap_breaks_between_wide_characters() {
        let w = wrap("你到 chatgpt.com 的连接经过 WireGuard，防火墙拒绝了。", 16);
        for l in &w {
            assert!(l.chars().map(columns).sum::<usize>() <= 16, "{w:?}");
        }
        assert_eq!(
            w.concat().replace(' ', ""),
            "你到chatgpt.com的连接经过WireGuard，防火墙拒绝了。"
        );
        assert!(
            !w.iter().any(|l| l.starts_with('，') || l.starts_with('。')),
            "{w:?}"
        );
    }

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
            let text = text_report(tr, &Report::build(tr, &a, &frame));
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
