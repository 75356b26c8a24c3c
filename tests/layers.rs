//! The dependency rule, checked on the sources: every module imports only
//! its own layer or the layers below it, and no modules import each other
//! in a circle.
//!
//! Layers, bottom to top: `core` (pure) and `config`, neither importing the
//! other; `adapters`; `present`; then the app: `lookups` < `check` < `daemon` < `cli` <
//! the binaries. A failure names the file and line of the offending path.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A source file's module path ("present::causes"; "" for the crate root)
/// and the binaries' (`bin` for everything under src/bin and main.rs).
fn module_of(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts[0] == "bin" || parts == ["main"] {
        return "bin".into();
    }
    let mut parts: Vec<String> = parts
        .into_iter()
        .filter(|p| p != "mod" && p != "lib")
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    parts.retain(|p| !p.is_empty());
    parts.join("::")
}

/// Where a module sits; `None` for the crate root (lib.rs declares all).
fn rank(module: &str) -> Option<u32> {
    let top = module.split("::").next().unwrap_or_default();
    Some(match top {
        "core" | "config" => 0,
        "adapters" => 1,
        "present" => 2,
        "lookups" => 3,
        "check" => 4,
        "daemon" => 5,
        "cli" => 6,
        "bin" => 7,
        _ => return None,
    })
}

fn allowed(from: &str, to: &str) -> bool {
    let top = |m: &str| m.split("::").next().unwrap_or_default().to_string();
    let (f, t) = (top(from), top(to));
    if f == t {
        return true;
    }
    match f.as_str() {
        // The bottom imports nothing outside itself.
        "core" | "config" => false,
        _ => match (rank(from), rank(to)) {
            (Some(a), Some(b)) => b < a,
            _ => true,
        },
    }
}

/// The source without comments and without inline test modules (whose
/// `super` is the file itself).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut skip_depth: Option<i32> = None;
    for (i, line) in lines.iter().enumerate() {
        let code = match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        if let Some(depth) = &mut skip_depth {
            *depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
            if *depth <= 0 && code.contains('}') {
                skip_depth = None;
            }
            continue;
        }
        let test_module = lines
            .get(i + 1)
            .is_some_and(|next| next.trim_start().starts_with("mod "));
        if line.trim_start().starts_with("#[cfg(test)]") && test_module {
            skip_depth = Some(0);
            continue;
        }
        out.push((i + 1, code.to_string()));
    }
    out
}

/// Every crate path in a line: `crate::a::b`, `blockwatch::a`, `super::x`,
/// groups (`crate::{a, b::c}`) expanded to their first segment.
fn paths_in(line: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    for root in ["crate::", "blockwatch::", "super::"] {
        let mut from = 0;
        while let Some(at) = line[from..].find(root) {
            let start = from + at;
            from = start + root.len();
            let boundary = start == 0 || {
                let c = bytes[start - 1] as char;
                !(c.is_alphanumeric() || c == '_' || c == ':')
            };
            if !boundary {
                continue;
            }
            let rest = &line[from..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let path = path.trim_end_matches(':').to_string();
            let after = &rest[path.len()..].trim_start_matches(':');
            let mut segs: Vec<String> = path
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let root = root.trim_end_matches("::").to_string();
            if let Some(inner) = after.strip_prefix('{') {
                let group: String = inner.chars().take_while(|c| *c != '}').collect();
                for item in group.split(',') {
                    let first = item.trim().split("::").next().unwrap_or_default().trim();
                    if !first.is_empty() && first != "self" {
                        let mut s = segs.clone();
                        s.push(first.to_string());
                        found.push((root.clone(), s));
                    }
                }
                if group.split(',').any(|i| i.trim() == "self") || group.is_empty() {
                    found.push((root.clone(), segs.clone()));
                }
            } else {
                found.push((root, std::mem::take(&mut segs)));
            }
        }
    }
    found
}

/// The module a path names: its longest prefix that is a module.
fn resolve(
    current: &str,
    root: &str,
    segs: &[String],
    modules: &BTreeSet<String>,
) -> Option<String> {
    let base: Vec<String> = match root {
        "crate" | "blockwatch" => Vec::new(),
        _ => {
            // `super` is the parent, for mod.rs and file modules alike.
            let mut b: Vec<String> = current.split("::").map(str::to_string).collect();
            b.pop();
            b
        }
    };
    let mut full = base;
    full.extend(segs.iter().cloned());
    for n in (1..=full.len()).rev() {
        let m = full[..n].join("::");
        if modules.contains(&m) {
            return Some(m);
        }
    }
    None
}

struct Source {
    rel: PathBuf,
    module: String,
    text: String,
}

fn sources(dir: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(dir).unwrap().to_path_buf();
                files.push(Source {
                    module: module_of(&rel),
                    text: std::fs::read_to_string(&p).unwrap(),
                    rel,
                });
            }
        }
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    files
}

/// Imports that break the rule ("file:line: a -> b"), and the module graph.
fn check(files: &[Source]) -> (Vec<String>, BTreeMap<String, BTreeSet<String>>) {
    let modules: BTreeSet<String> = files
        .iter()
        .filter(|f| f.module != "bin")
        .map(|f| f.module.clone())
        .collect();
    let mut bad = Vec::new();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files {
        for (n, line) in code_lines(&f.text) {
            for (root, segs) in paths_in(&line) {
                // In a binary, `crate` and `super` are the binary itself.
                if (f.module == "bin") != (root == "blockwatch") {
                    continue;
                }
                let Some(to) = resolve(&f.module, &root, &segs, &modules) else {
                    continue;
                };
                if !allowed(&f.module, &to) {
                    bad.push(format!(
                        "src/{}:{n}: {} must not import {to}: `{}`",
                        f.rel.display(),
                        f.module,
                        line.trim()
                    ));
                }
                // A module declaring or re-exporting its children is structure.
                let child = to.starts_with(&format!("{}::", f.module)) || f.module.is_empty();
                if to != f.module && !child {
                    graph.entry(f.module.clone()).or_default().insert(to);
                }
            }
        }
    }
    bad.sort();
    (bad, graph)
}

/// A circle in the graph, if any, as the modules along it.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut c = path[i..].to_vec();
            c.push(m.to_string());
            return Some(c);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(c) = visit(m, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn every_import_points_down_and_no_modules_form_a_circle() {
    let files = sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(files.len() > 30, "sources not found");
    let (bad, graph) = check(&files);
    assert!(
        bad.is_empty(),
        "imports against the layer rule:\n{}",
        bad.join("\n")
    );
    assert!(graph.contains_key("present::report") && graph.contains_key("daemon"));
    if let Some(c) = circle(&graph) {
        panic!("modules import each other in a circle: {}", c.join(" -> "));
    }
}

fn source(rel: &str, text: &str) -> Source {
    let rel = PathBuf::from(rel);
    Source {
        module: module_of(&rel),
        text: text.into(),
        rel,
    }
}

#[test]
fn the_checker_names_a_reverse_import_and_a_circle() {
    let files = vec![
        source("core/mod.rs", "pub mod monitor;\n"),
        source(
            "core/monitor.rs",
            "use super::vpn::X;\n// use crate::present::y; (a comment)\nfn f() { crate::present::words::hello(); }\n",
        ),
        source("core/vpn.rs", "use crate::core::monitor::Y;\n"),
        source("present/mod.rs", "pub mod words;\n"),
        source("present/words.rs", "use crate::{core::vpn, adapters::net};\n"),
        source("adapters/mod.rs", "pub mod net;\n"),
        source("adapters/net.rs", "use crate::config::Config;\n"),
        source("config.rs", "use crate::core::vpn::Z;\n"),
        source("daemon.rs", "use crate::cli;\n"),
        source("cli.rs", "use crate::daemon::run;\n"),
    ];
    let (bad, graph) = check(&files);
    assert_eq!(
        bad,
        vec![
            "src/config.rs:1: config must not import core::vpn: `use crate::core::vpn::Z;`",
            "src/core/monitor.rs:3: core::monitor must not import present::words: `fn f() { crate::present::words::hello(); }`",
            "src/daemon.rs:1: daemon must not import cli: `use crate::cli;`",
        ]
    );
    let c = circle(&graph).expect("a circle");
    assert!(c.contains(&"core::monitor".to_string()), "{c:?}");
    assert!(c.contains(&"core::vpn".to_string()), "{c:?}");
}
