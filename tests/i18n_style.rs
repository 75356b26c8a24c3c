//! The style rules of TRANSLATING.md as tests over every message file:
//! the terminology tables (a rejected variant in a message fails; a word to
//! use must be in the file), a no-break space between a number and its
//! unit, and Persian messages written with Latin digits (the program turns
//! prose numbers into Persian digits, see `present::digits`).

use blockwatch::present::tr::sources;
use std::collections::BTreeMap;

/// Each message's source text after `=`, its lines joined (comments out).
fn messages(src: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            if line.starts_with('#') {
                current = None;
            }
            continue;
        }
        if let Some((id, rest)) = line
            .split_once(" = ")
            .filter(|(id, _)| !id.starts_with(' ') && !id.is_empty())
        {
            current = Some(id.to_string());
            out.insert(id.to_string(), rest.to_string());
        } else if let Some(id) = &current {
            let text = out.entry(id.clone()).or_default();
            text.push('\n');
            text.push_str(line);
        }
    }
    out
}

struct Row {
    concept: String,
    use_: Vec<String>,
    not: Vec<String>,
}

/// The terminology tables: language tag → rows.
fn terminology() -> BTreeMap<String, Vec<Row>> {
    let doc = include_str!("../TRANSLATING.md");
    let section = doc
        .split("\n## Terminology\n")
        .nth(1)
        .expect("a Terminology section in TRANSLATING.md");
    let section = section.split("\n## ").next().unwrap_or(section);
    let ticks = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let mut out: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let mut lang = String::new();
    for line in section.lines() {
        if let Some(tag) = line.strip_prefix("### ") {
            lang = tag.trim().to_string();
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() != 5 || !cells[2].contains('`') {
            continue;
        }
        out.entry(lang.clone()).or_default().push(Row {
            concept: cells[1].to_string(),
            use_: ticks(cells[2]),
            not: ticks(cells[3]),
        });
    }
    out
}

/// `word` in `text`, case aside, not as the tail of a longer word (in
/// scripts that put spaces between words; Chinese does not).
fn uses(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    let word = word.to_lowercase();
    text.match_indices(&word).any(|(i, _)| {
        !word.starts_with(|c: char| c.is_alphabetic() && c < '\u{2e80}')
            || !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

fn source(tag: &str) -> String {
    blockwatch::present::tr::source(tag).unwrap_or_else(|| panic!("no i18n/{tag}"))
}

#[test]
fn messages_use_the_terms_of_their_language() {
    let table = terminology();
    for (tag, _) in &sources() {
        assert!(table.contains_key(*tag), "no terminology table for {tag}");
    }
    let mut problems = Vec::new();
    for (tag, rows) in &table {
        let msgs = messages(&source(tag));
        for row in rows {
            for not in &row.not {
                for (id, text) in &msgs {
                    if uses(text, not) {
                        problems.push(format!(
                            "{tag} {id}: {not:?} for {}; use {:?}",
                            row.concept, row.use_
                        ));
                    }
                }
            }
            for word in &row.use_ {
                if !msgs.values().any(|t| uses(t, word)) {
                    problems.push(format!(
                        "{tag}: {word:?} ({}) is in no message",
                        row.concept
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_terminology_test_flags_a_rejected_variant() {
    let table = terminology();
    let ru = &table["ru"];
    let firewall = ru.iter().find(|r| r.concept == "firewall").unwrap();
    assert!(firewall
        .not
        .iter()
        .any(|n| uses("корпоративный межсетевой экран", n)));
    assert!(!firewall.not.iter().any(|n| uses("файрвол Cloudflare", n)));
    assert!(!uses("untrusted", "usted"));
}

/// Units a number may stand before, per language.
fn units(tag: &str) -> &'static [&'static str] {
    match tag {
        "en" => &["second", "minute", "hour", "s)", "MiB"],
        "ru" => &["секунд", "минут", "час", "МиБ"],
        "es" => &["segundo", "minuto", "hora", "s)", "MiB"],
        "tr" => &["saniye", "dakika", "saat", "MiB"],
        "zh-CN" => &["秒", "分钟", "小时", "MiB"],
        "fa" => &["ثانیه", "دقیقه", "ساعت", "مبی"],
        _ => &[],
    }
}

#[test]
fn a_number_and_its_unit_are_joined_by_a_no_break_space() {
    let mut problems = Vec::new();
    for (tag, src) in &sources() {
        for (id, text) in messages(src) {
            for unit in units(tag) {
                for number in ["{ $count }".to_string()]
                    .into_iter()
                    .chain((0..=9).map(|d| d.to_string()))
                {
                    if text.contains(&format!("{number} {unit}")) {
                        problems.push(format!("{tag} {id}: \"{number} {unit}\""));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn persian_messages_write_latin_digits() {
    for (id, text) in messages(&source("fa")) {
        assert!(
            !text.chars().any(|c| ('\u{6f0}'..='\u{6f9}').contains(&c)),
            "fa {id}: Persian digits in the message (the program writes them): {text}"
        );
    }
}
