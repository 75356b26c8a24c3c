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
    let mut verdict = format!("{} — {}", v.kind, verdict_label(v.kind));
    if let Some(st) = v.http_status {
        let _ = write!(verdict, ", HTTP {st}");
    }
    if let Some(c) = v.cloudflare_code {
        let _ = write!(verdict, ", error {c}");
    }
    let _ = writeln!(s, "  Verdict:  {verdict}");
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
}
