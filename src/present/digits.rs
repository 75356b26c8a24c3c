//! One rule for digits, applied here rather than message by message: a
//! number in prose (a count, a duration, a time, a list number, "at least
//! 5 minutes" in a message's own text) is written with the language's
//! prose digits (Persian: ۰۱۲۳۴۵۶۷۸۹); codes, HTTP statuses, addresses,
//! Ray IDs, ports, versions, commands and anything next to a Latin word
//! ("HTTP 403", "1 MiB", "IPv6", "`ping -c 3 1.1.1.1`") keep Latin digits,
//! because the reader compares or types them as they are.
//!
//! Three doors, one rule: `Tr` formats Fluent numbers (`$count`) with
//! [`native`], runs each message's literal text through [`persian_text`]
//! (placeables are not touched: they are codes and addresses, or already
//! words), and `Tr::prose` converts the numbers code puts into prose.

use std::borrow::Cow;

/// `text` with every ASCII digit written in the digits starting at `zero`.
pub fn native(zero: char, text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

const PERSIAN_ZERO: char = '\u{6f0}';

/// A message's own text in Persian: digits in prose become Persian digits;
/// digits in backticks, in a Latin token ("10s", "IPv6", "1.1.1.1") or
/// next to a Latin word ("HTTP 451", "1 MiB") stay Latin.
pub fn persian_text(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
        }
        if !c.is_ascii_digit() {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        if !in_code && prose_number(&chars, start, i) {
            out.push_str(&native(PERSIAN_ZERO, &run));
        } else {
            out.push_str(&run);
        }
    }
    Cow::Owned(out)
}

/// Whether the digits at `chars[start..end]` stand alone in prose.
fn prose_number(chars: &[char], start: usize, end: usize) -> bool {
    let glued = |c: Option<&char>| {
        c.is_some_and(|c| c.is_ascii_alphanumeric() || ".,:/-+_=@#%'\"".contains(*c))
    };
    if glued(start.checked_sub(1).and_then(|i| chars.get(i))) || glued(chars.get(end)) {
        return false;
    }
    let before = chars[..start].iter().rev().find(|c| !c.is_whitespace());
    let after = chars[end..].iter().find(|c| !c.is_whitespace());
    !before.is_some_and(char::is_ascii_alphabetic) && !after.is_some_and(char::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_digits_are_persian_and_codes_stay_latin() {
        assert_eq!(persian_text("حداقل 5 دقیقه"), "حداقل ۵ دقیقه");
        assert_eq!(
            persian_text("30\u{a0}دقیقه یا بیشتر"),
            "۳۰\u{a0}دقیقه یا بیشتر"
        );
        for code in [
            "`ping -c 3 1.1.1.1`",
            "پاسخ HTTP 451 بود",
            "بیش از 1 MiB",
            "مثل «5m»، «90s»",
            "IPv6 و IPv4",
            "Ctrl+Shift+N",
            "`::/0`",
        ] {
            assert_eq!(persian_text(code), code);
        }
    }

    #[test]
    fn native_maps_ascii_digits_only() {
        assert_eq!(
            native(PERSIAN_ZERO, "14:05, 2026-11-28"),
            "۱۴:۰۵, ۲۰۲۶-۱۱-۲۸"
        );
        assert_eq!(native(PERSIAN_ZERO, "abc ۳"), "abc ۳");
    }
}
