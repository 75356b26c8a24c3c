//! Text laid out for a terminal: how many columns a character takes, lines
//! wrapped to the terminal's width, and right-to-left lines marked so that
//! they read right in any terminal that applies the Unicode bidi algorithm.
//!
//! Wrapping breaks at ordinary spaces and between wide (CJK) characters,
//! never at a no-break space: the messages put one between a number and
//! its unit ("30 seconds"), so neither is left alone at a line's end.
//!
//! Right to left (Persian): text stays in logical order, as Persian
//! command-line programs print it (gettext catalogues, coreutils), and the
//! terminal lays it out; the terminal-wg BiDi recommendation that VTE
//! (gnome-terminal) implements treats each line as a paragraph whose
//! direction is left to right unless the program or autodetection says
//! otherwise. So every line is marked for both: a RIGHT-TO-LEFT MARK first
//! (autodetection, as in Konsole and mlterm, sees a right-to-left line),
//! then the text in a RIGHT-TO-LEFT ISOLATE (a left-to-right paragraph
//! still shows it as one right-to-left run), with each Latin run and number
//! ("ChatGPT", "HTTP 403", "wg0 (WireGuard)", "1020") in a LEFT-TO-RIGHT
//! ISOLATE, so that brackets and colons next to it stay with the Persian
//! words. Indentation stays outside the marks. A label goes on a line of its
//! own above its value (see `text`), so that a terminal without bidi, which
//! shows every line left to right, still never interleaves the two.

use crate::core::lang::Dir;

/// The narrowest and widest the report is laid out, whatever the terminal:
/// below 40 columns nothing fits; above 100 lines get hard to read.
pub const MIN_WIDTH: usize = 40;
pub const MAX_WIDTH: usize = 100;
/// The width when the output is not a terminal (a pipe, a file).
pub const DEFAULT_WIDTH: usize = 80;

const LRM: char = '\u{200e}';
const RLM: char = '\u{200f}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Columns a character takes in a terminal: CJK ideographs, kana, hangul
/// and full-width forms take two; marks and joiners none.
pub fn columns(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F
        | 0x064B..=0x065F
        | 0x0670
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x206F
        | 0xFE00..=0xFE0F
        | 0xFEFF => 0,
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

/// Columns a text takes.
pub fn width(text: &str) -> usize {
    text.chars().map(columns).sum()
}

/// A space a line may break at: not U+00A0, U+202F or U+2007, which keep a
/// number with its unit.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// Lines of at most `width` columns, broken at spaces, or between two wide
/// characters (Chinese has no spaces between words). A word longer than
/// the line (a URL) gets a line of its own.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
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
/// character, except before closing punctuation or after opening.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in word.char_indices() {
        let no_break_before = matches!(
            c,
            '，' | '。' | '、' | '：' | '；' | '）' | '！' | '？' | '”' | '…' | '》' | '」'
        );
        let after_wide =
            prev.is_some_and(|p| columns(p) == 2 && !matches!(p, '（' | '“' | '《' | '「'));
        if i > start && after_wide && !no_break_before {
            out.push(&word[start..i]);
            start = i;
        }
        prev = Some(c);
    }
    out.push(&word[start..]);
    out
}

/// `text` wrapped to `width` columns after a first-line prefix and with a
/// hanging indent of as many columns: list items and labelled values.
pub fn hanging(first: &str, text: &str, width: usize) -> Vec<String> {
    let indent = " ".repeat(self::width(first));
    let room = width.saturating_sub(indent.len()).max(MIN_WIDTH / 2);
    wrap(text, room)
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{first}{l}")
            } else {
                format!("{indent}{l}")
            }
        })
        .collect()
}

/// One output line in the language's direction: left-to-right lines as
/// they are; a right-to-left line marked (see the module's text), its
/// leading spaces left outside the marks.
pub fn line(dir: Dir, text: &str) -> String {
    if dir == Dir::Ltr || text.trim().is_empty() {
        return text.to_string();
    }
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    format!("{indent}{RLM}{RLI}{}{PDI}", isolate_ltr_runs(body))
}

/// Every run of Latin letters and digits, with the neutral characters
/// between them ("HTTP 403", "wg0 (WireGuard)", "`sudo wg-quick down wg0`"),
/// in a LEFT-TO-RIGHT ISOLATE. Marks already in the text are dropped first:
/// the isolates replace them.
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !matches!(*c, LRM | RLM | LRI | RLI | FSI | PDI))
        .collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if !starts_ltr(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run goes on over neutrals as long as another Latin letter or
        // digit comes before the next right-to-left letter.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() && !ends_ltr(chars[j]) {
            if starts_ltr(chars[j]) {
                end = j + 1;
            }
            j += 1;
        }
        // A closing bracket or quote that belongs to the run goes in with it.
        while end < chars.len() && closes(&chars[i..end], chars[end]) {
            end += 1;
        }
        // A quote just before it that it closes goes in too.
        let quote = out.chars().last().filter(|c| matches!(c, '`' | '"'));
        let mut open = None;
        if let Some(q) = quote {
            let inside = chars[i..end].iter().filter(|c| **c == q).count();
            if chars.get(end) == Some(&q) && inside % 2 == 0 {
                out.pop();
                open = Some(q);
                end += 1;
            }
        }
        out.push(LRI);
        out.extend(open);
        out.extend(&chars[i..end]);
        out.push(PDI);
        i = end;
    }
    out
}

/// Whether `c` closes a bracket or quote left open in `run`.
fn closes(run: &[char], c: char) -> bool {
    let count = |x: char| run.iter().filter(|r| **r == x).count();
    match c {
        ')' => count('(') > count(')'),
        ']' => count('[') > count(']'),
        '`' | '"' => count(c) % 2 == 1,
        _ => false,
    }
}

/// A Latin letter or an ASCII digit: the start of a left-to-right run.
/// (Persian digits read right in right-to-left text as they are.)
fn starts_ltr(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c.is_alphabetic() && (c as u32) < 0x0590)
}

/// What a left-to-right run does not reach over: a right-to-left letter,
/// the punctuation of its script ("،", "؛"), Persian quotes and digits,
/// and the leftward arrow between the steps of a right-to-left menu path.
fn ends_ltr(c: char) -> bool {
    is_rtl(c) || ('\u{600}'..='\u{6ff}').contains(&c) || matches!(c, '«' | '»' | '←')
}

/// A letter of a right-to-left script (Hebrew, Arabic and their forms).
pub fn is_rtl(c: char) -> bool {
    let u = c as u32;
    c.is_alphabetic()
        && ((0x0590..=0x08FF).contains(&u)
            || (0xFB1D..=0xFDFF).contains(&u)
            || (0xFE70..=0xFEFF).contains(&u))
        && !('\u{6f0}'..='\u{6f9}').contains(&c)
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
    fn wrap_never_breaks_at_a_no_break_space() {
        let w = wrap("wait for 30\u{a0}minutes now", 12);
        assert_eq!(w, vec!["wait for", "30\u{a0}minutes", "now"]);
    }

    #[test]
    fn wrap_breaks_between_wide_characters() {
        let w = wrap("你到 chatgpt.com 的连接经过 WireGuard，防火墙拒绝了。", 16);
        for l in &w {
            assert!(width(l) <= 16, "{w:?}");
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
    fn hanging_indents_the_lines_after_the_first() {
        let h = hanging("  - ", "aaaa bbbb cccc dddd eeee ffff gggg hhhh", 24);
        assert_eq!(
            h,
            vec!["  - aaaa bbbb cccc dddd", "    eeee ffff gggg hhhh"]
        );
    }

    #[test]
    fn latin_runs_are_isolated_with_their_brackets() {
        assert_eq!(
            isolate_ltr_runs("اجرا کنید `sudo wg-quick down wg0` یا"),
            "اجرا کنید \u{2066}`sudo wg-quick down wg0`\u{2069} یا"
        );
        assert_eq!(
            isolate_ltr_runs("از راه wg0 (WireGuard)، سپس"),
            "از راه \u{2066}wg0 (WireGuard)\u{2069}، سپس"
        );
        assert_eq!(
            isolate_ltr_runs("(خطای 1020)"),
            "(خطای \u{2066}1020\u{2069})"
        );
    }

    #[test]
    fn only_right_to_left_lines_are_marked() {
        assert_eq!(line(Dir::Ltr, "  Verdict:"), "  Verdict:");
        assert_eq!(
            line(Dir::Rtl, "  نتیجه:"),
            "  \u{200f}\u{2067}نتیجه:\u{2069}"
        );
        assert_eq!(line(Dir::Rtl, ""), "");
    }
}
