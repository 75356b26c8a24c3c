//! The `check` report as a terminal shows it: the Persian report laid out
//! by the Unicode bidi algorithm (the `unicode-bidi` crate, the algorithm
//! VTE's fribidi and Konsole's Qt implement) reads right to left in the
//! order written, whether the terminal takes each line as a left-to-right
//! paragraph (VTE's default) or detects its direction (Konsole, mlterm);
//! every report wraps at the width it is given without separating a number
//! from its unit; Persian prose numbers are Persian, codes and addresses Latin.

mod common;

use blockwatch::core::diagnose::Cause;
use blockwatch::core::lang::Lang;
use blockwatch::core::site::verdict::VerdictKind;
use blockwatch::present::term;
use blockwatch::present::tr::{Isolation, Tr};
use blockwatch::present::{text, Report};
use common::assessments::{assessment, frame};
use unicode_bidi::{bidi_class, BidiClass, BidiInfo, Level};

fn report(lang: Lang, kind: VerdictKind, cause: Cause, width: usize) -> String {
    let tr = Tr::get(lang, Isolation::Off);
    let a = assessment(kind, cause);
    text::text_report(tr, &Report::build(tr, &a, &frame(lang)), width)
}

fn cases() -> Vec<(VerdictKind, Cause)> {
    vec![
        (VerdictKind::Blocked, Cause::PublicIpBlocked),
        (VerdictKind::Blocked, Cause::VpnExitBlocked),
        (VerdictKind::RateLimited, Cause::RateLimited),
        (VerdictKind::SiteDown, Cause::Outage),
        (VerdictKind::DnsBlocked, Cause::DnsFiltered),
        (VerdictKind::Reachable, Cause::Healthy),
    ]
}

/// How a line reads under the bidi algorithm with the paragraph level
/// given (`None`: detected from the text): the runs of one direction in
/// visual order, left to right, as (logical start, level).
fn visual_runs(line: &str, para: Option<Level>) -> Vec<(usize, Level)> {
    let info = BidiInfo::new(line, para);
    let Some(p) = info.paragraphs.first() else {
        return Vec::new();
    };
    let (levels, runs) = info.visual_runs(p, p.range.clone());
    runs.into_iter()
        .filter(|r| {
            line[r.clone()]
                .chars()
                .any(|c| !c.is_whitespace() && !is_mark(c))
        })
        .map(|r| (r.start, levels[r.start]))
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}')
}

/// A right-to-left letter by the Unicode data itself, not by the code
/// under test (`term::is_rtl`), so that a miss there cannot empty the test.
fn rtl(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Read right to left, the runs come in the order they were written: the
/// line is one right-to-left sequence with left-to-right islands, whose
/// brackets and colons stayed with the Persian words around them.
fn reads_right_to_left(line: &str, para: Option<Level>) -> Result<(), String> {
    let runs = visual_runs(line, para);
    let starts: Vec<usize> = runs.iter().map(|r| r.0).collect();
    let mut sorted = starts.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    if starts != sorted {
        return Err(format!("runs out of order {runs:?}"));
    }
    // Every Persian letter sits at a right-to-left (odd) level, every
    // bracket with a Persian word inside as well.
    let info = BidiInfo::new(line, para);
    for (i, c) in line.char_indices() {
        if rtl(c) && !info.levels[i].is_rtl() {
            return Err(format!("{c:?} at {i} is left to right"));
        }
        if matches!(c, '(' | ')') {
            let inside = if c == '(' {
                line[i + 1..].split(')').next().unwrap_or("")
            } else {
                line[..i].rsplit('(').next().unwrap_or("")
            };
            if inside.chars().any(rtl) && !info.levels[i].is_rtl() {
                return Err(format!("bracket at {i} is left to right"));
            }
        }
    }
    Ok(())
}

#[test]
fn the_persian_report_reads_right_to_left_under_the_bidi_algorithm() {
    let mut problems = Vec::new();
    for (kind, cause) in cases() {
        let out = report(Lang::Fa, kind, cause, 80);
        let persian: Vec<&str> = out.lines().filter(|l| l.chars().any(rtl)).collect();
        assert!(
            persian.len() > 3,
            "{cause:?}: hardly any Persian lines\n{out}"
        );
        for line in persian {
            // VTE: each line a left-to-right paragraph; Konsole, mlterm: detected.
            for para in [Some(Level::ltr()), None] {
                if let Err(e) = reads_right_to_left(line, para) {
                    problems.push(format!("{para:?}: {e}: {line:?}"));
                }
            }
            // Detected, the line is a right-to-left paragraph.
            let info = BidiInfo::new(line, None);
            if !info.paragraphs[0].level.is_rtl() {
                problems.push(format!("detected left to right: {line:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn unmarked_persian_breaks_under_the_bidi_algorithm() {
    // What the report printed before: the headline in logical order, no
    // marks. A left-to-right paragraph puts "ChatGPT" first, on the left:
    // the runs are not in right-to-left order. This is what the marks fix.
    let plain = "ChatGPT نشانی اینترنتی شما را نمی\u{200c}پذیرد (خطای 1020)";
    assert!(reads_right_to_left(plain, Some(Level::ltr())).is_err());
    assert!(reads_right_to_left(
        &term::line(blockwatch::core::lang::Dir::Rtl, plain),
        Some(Level::ltr())
    )
    .is_ok());
}

#[test]
fn labels_stand_on_their_own_line_right_to_left() {
    let out = report(Lang::Fa, VerdictKind::Blocked, Cause::PublicIpBlocked, 80);
    let lines: Vec<&str> = out.lines().collect();
    let label = lines
        .iter()
        .position(|l| l.contains("نتیجه:"))
        .expect("the verdict's label");
    let bare = |l: &str| l.chars().filter(|c| !is_mark(*c)).collect::<String>();
    assert_eq!(bare(lines[label]).trim(), "نتیجه:");
    assert!(bare(lines[label + 1]).starts_with("    "), "{out}");
    assert!(lines[label + 1].contains("Cloudflare"), "{out}");
}

/// Columns of a line as a terminal counts them.
fn columns(line: &str) -> usize {
    term::width(line)
}

#[test]
fn every_report_wraps_at_the_width_and_keeps_numbers_with_units() {
    for lang in Lang::ALL {
        for width in [40, 60, 80, 100] {
            for (kind, cause) in cases() {
                let out = report(lang, kind, cause, width);
                for line in out.lines() {
                    // A word longer than the line (a URL, a command) is
                    // the only thing allowed past the edge.
                    if columns(line) > width {
                        let longest = line.split(' ').map(columns).max().unwrap_or(0);
                        assert!(
                            longest + 9 > width,
                            "{}: {width}: a line of {} columns: {line:?}",
                            lang.folder(),
                            columns(line)
                        );
                    }
                }
                // The wait of a rate limit is "30 minutes" in the words of
                // each language: its number and unit are never apart.
                if cause == Cause::RateLimited {
                    assert!(
                        !out.lines().any(|l| {
                            let l = l.trim_end_matches('\u{2069}');
                            l.ends_with("30") || l.ends_with("۳۰")
                        }),
                        "{}: {width}:\n{out}",
                        lang.folder()
                    );
                }
            }
        }
    }
}

#[test]
fn persian_prose_numbers_are_persian_and_codes_latin() {
    let out = report(Lang::Fa, VerdictKind::RateLimited, Cause::RateLimited, 80);
    // The wait (1800 s) in prose; the error code and HTTP status as codes.
    assert!(out.contains("۳۰\u{a0}دقیقه"), "{out}");
    assert!(out.contains("1020") && out.contains("403"), "{out}");
    assert!(!out.contains("۱۰۲۰") && !out.contains("۴۰۳"), "{out}");
    // The address and the Ray ID keep their Latin digits.
    assert!(out.contains("203.0.113.7"), "{out}");
    // List numbers are prose.
    let bare: String = (out.chars())
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}'))
        .collect();
    assert!(bare.contains("  ۱. ") && !bare.contains("  1. "), "{out}");
    // Other languages keep Latin digits.
    let ru = report(Lang::Ru, VerdictKind::RateLimited, Cause::RateLimited, 80);
    assert!(ru.contains("30\u{a0}минут"), "{ru}");
}
