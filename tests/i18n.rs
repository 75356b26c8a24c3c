//! The translations as data: every language file parses, has exactly the
//! English ids with exactly the English variables, and every message renders
//! in every language and in the pseudo-locale with every variable filled and
//! every selector branch taken, without an error, a leftover placeable or a
//! raw id.

use blockwatch::core::lang::Lang;
use blockwatch::present::tr::{sources, Isolation, Tr, MESSAGES};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// id → (variables, selector keys per variable) of one file, by the real parser.
type Parsed = BTreeMap<String, (BTreeSet<String>, BTreeMap<String, BTreeSet<String>>)>;

fn parse(tag: &str, src: &str) -> Parsed {
    let res = fluent_syntax::parser::parse(src)
        .unwrap_or_else(|(_, errs)| panic!("{tag}: syntax errors: {errs:?}"));
    let mut out = Parsed::new();
    for entry in res.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                let mut keys = BTreeMap::new();
                if let Some(p) = &m.value {
                    walk_pattern(p, &mut vars, &mut keys);
                }
                assert!(
                    m.attributes.is_empty(),
                    "{tag}: {} has attributes",
                    m.id.name
                );
                let dup = out.insert(m.id.name.to_string(), (vars, keys));
                assert!(dup.is_none(), "{tag}: {} twice", m.id.name);
            }
            ast::Entry::Term(t) => panic!("{tag}: term -{} (messages only)", t.id.name),
            ast::Entry::Junk { content } => panic!("{tag}: cannot parse {content:?}"),
            _ => {}
        }
    }
    out
}

fn walk_pattern(
    p: &ast::Pattern<&str>,
    vars: &mut BTreeSet<String>,
    keys: &mut BTreeMap<String, BTreeSet<String>>,
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, vars, keys);
        }
    }
}

fn walk_expr(
    e: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    keys: &mut BTreeMap<String, BTreeSet<String>>,
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                vars.insert(id.name.to_string());
                let set = keys.entry(id.name.to_string()).or_default();
                for v in variants {
                    set.insert(match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    });
                }
            } else {
                panic!("selectors select on variables only");
            }
            for v in variants {
                walk_pattern(&v.value, vars, keys);
            }
        }
        ast::Expression::Inline(i) => match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::StringLiteral { .. } => {}
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars, keys),
            other => panic!("only variables and literals in placeables, not {other:?}"),
        },
    }
}

fn english() -> Parsed {
    let src = blockwatch::present::tr::source("en").expect("en");
    parse("en", &src)
}

#[test]
fn i18n_files_are_complete() {
    let en = english();
    // build.rs reads the same file with a simpler scan: both views agree.
    let generated: BTreeMap<&str, BTreeSet<String>> = MESSAGES
        .iter()
        .map(|(id, args)| (*id, args.iter().map(|a| a.to_string()).collect()))
        .collect();
    assert_eq!(generated.len(), en.len());
    for (id, (vars, _)) in &en {
        assert_eq!(generated.get(id.as_str()), Some(vars), "{id}");
    }
    let all = sources();
    for l in Lang::ALL {
        assert!(
            all.iter().any(|(t, _)| *t == l.folder()),
            "no i18n/{}/",
            l.folder()
        );
    }
    let mut problems = Vec::new();
    for (tag, src) in &all {
        assert!(
            Lang::from_tag(tag).is_some(),
            "{tag} has a folder but is not in the language table"
        );
        let parsed = parse(tag, src);
        for (id, (vars, _)) in &en {
            match parsed.get(id) {
                None => problems.push(format!("{tag}: {id} missing")),
                Some((v, _)) if v != vars => {
                    problems.push(format!("{tag}: {id} uses {v:?}, English {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in parsed.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_is_unused() {
    // Every id is asked for by name (as its generated type) somewhere in src/.
    let mut code = String::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                code.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let unused: Vec<&str> = MESSAGES
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !mentions(&code, &camel(id)))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

fn mentions(code: &str, name: &str) -> bool {
    code.match_indices(name).any(|(i, _)| {
        let after = code[i + name.len()..].chars().next();
        let before = code[..i].chars().next_back();
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Every combination of values that takes each selector branch of the
/// message, with plain sample values for the other variables.
fn argument_sets(
    vars: &BTreeSet<String>,
    keys: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<FluentArgs<'static>> {
    let mut sets: Vec<Vec<(String, FluentValue<'static>)>> = vec![vec![]];
    for v in vars {
        let mut values: Vec<FluentValue<'static>> = Vec::new();
        if v == "count" {
            values.extend([1u64, 2, 3, 5, 21, 22, 101].map(FluentValue::from));
        } else if let Some(k) = keys.get(v) {
            values.extend(k.iter().map(|k| FluentValue::from(k.clone())));
            values.push(FluentValue::from(format!("{v}-sample")));
        } else {
            values.push(FluentValue::from(format!("{v}-sample")));
        }
        sets = sets
            .into_iter()
            .flat_map(|s| {
                values.iter().map(move |val| {
                    let mut s = s.clone();
                    s.push((v.clone(), val.clone()));
                    s
                })
            })
            .collect();
    }
    sets.into_iter()
        .map(|s| {
            let mut a = FluentArgs::new();
            for (k, v) in s {
                a.set(k, v);
            }
            a
        })
        .collect()
}

/// The sample values a text shows.
fn shown(text: &str, vars: &BTreeSet<String>) -> BTreeSet<String> {
    vars.iter()
        .filter(|v| text.contains(&format!("{v}-sample")))
        .cloned()
        .collect()
}

fn check_renders(tr: &Tr, label: &str, en: &Parsed, problems: &mut Vec<String>) {
    let english = Tr::alone(Lang::En, Isolation::Off);
    for (id, (vars, keys)) in en {
        for args in argument_sets(vars, keys) {
            let args = (!vars.is_empty()).then_some(&args);
            let at = format!("{label}: {id} {args:?}");
            match tr.try_render(id, args) {
                None => problems.push(format!("{at}: no such message")),
                Some((text, errors)) => {
                    if !errors.is_empty() {
                        problems.push(format!("{at}: {errors:?}"));
                    }
                    if text.trim().is_empty() || text == *id {
                        problems.push(format!("{at}: renders as {text:?}"));
                    }
                    if text.contains('{') || text.contains('}') || text.contains('$') {
                        problems.push(format!("{at}: leftover placeable in {text:?}"));
                    }
                    // The same values as English shows in this branch, no fewer.
                    let want = shown(&english.render(id, args), vars);
                    let got = shown(&text, vars);
                    if got != want {
                        problems.push(format!("{at}: shows {got:?}, English {want:?}: {text:?}"));
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_renders_in_every_language() {
    let en = english();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        check_renders(
            &Tr::alone(lang, Isolation::Off),
            lang.folder(),
            &en,
            &mut problems,
        );
        check_renders(
            &Tr::alone(lang, Isolation::On),
            lang.folder(),
            &en,
            &mut problems,
        );
    }
    check_renders(&Tr::pseudo(), "pseudo", &en, &mut problems);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_pseudo_locale_marks_every_text() {
    let tr = Tr::pseudo();
    for (id, args) in MESSAGES.iter().filter(|(_, a)| a.is_empty()) {
        let text = tr.render(id, None);
        assert!(text.starts_with('[') && text.ends_with(']'), "{id}: {text}");
        assert_ne!(text, Tr::english().render(id, None), "{id}");
        assert!(args.is_empty());
    }
}

#[test]
fn isolation_marks_only_where_asked() {
    let mut args = FluentArgs::new();
    args.set("ip", "203.0.113.7");
    let id = "notify-same-ip-body";
    let plain = Tr::new(Lang::Fa, Isolation::Off).render(id, Some(&args));
    let isolated = Tr::new(Lang::Fa, Isolation::On).render(id, Some(&args));
    assert!(
        !plain.contains('\u{2068}') && plain.contains("203.0.113.7"),
        "{plain}"
    );
    assert!(
        isolated.contains("\u{2068}203.0.113.7\u{2069}"),
        "{isolated}"
    );
    assert!(!Tr::english().render(id, Some(&args)).contains('\u{2068}'));
}

#[test]
fn desktop_lines_in_persian_start_right_to_left() {
    // "ChatGPT …" would make a notification server lay a Persian line out
    // left to right; the desktop's lines lead with a RIGHT-TO-LEFT MARK.
    let title = Tr::new(Lang::Fa, Isolation::On).render("headline-outage", None);
    assert!(title.starts_with("ChatGPT"), "{title}");
    let line = Tr::new(Lang::Fa, Isolation::On).line(title.clone());
    assert_eq!(line, format!("\u{200f}{title}"));
    assert_eq!(Tr::new(Lang::Fa, Isolation::Off).line(title.clone()), title);
    assert_eq!(Tr::new(Lang::En, Isolation::On).line("Quit".into()), "Quit");
    assert_eq!(Tr::new(Lang::Fa, Isolation::On).line(String::new()), "");
}
