//! The languages through the real binary: the `check` report in Russian and
//! Chinese, the choice of language (`LANG`, `LANGUAGE`, `--lang`, the
//! `[ui] language` key, `C` and unknown locales giving today's English), the
//! probe's `Accept-Language`, translated `--help`, and the contracts that
//! stay English whatever the language.
// The desktop language from LANG/LANGUAGE, as Linux reads it.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn blocked_site() -> FakeSite {
    let f = fixture("block_1020_plain");
    FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())))
}

fn check(site: &FakeSite, env: &[(&str, &str)], extra: &[&str], ui: &str) -> Run {
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", ui);
    let mut args = vec!["--config", cfg.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.push("check");
    s.run(&args, env, LIMIT)
}

/// Terminal columns: CJK characters take two.
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| match c as u32 {
            0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn the_check_report_in_russian() {
    let site = blocked_site();
    let run = check(&site, &[("LANG", "ru_RU.UTF-8")], &[], "");
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.starts_with("ChatGPT не пускает с вашего интернет-адреса (ошибка 1020)\n"),
        "{out}"
    );
    assert!(
        out.contains("  Вердикт:  заблокирован файрволом Cloudflare, HTTP 403, ошибка 1020\n"),
        "{out}"
    );
    assert!(
        out.contains("  Причина:  ваш интернет-адрес заблокирован\n"),
        "{out}"
    );
    assert!(
        out.contains("\nЧто делать\n  1. Перезагрузите роутер, чтобы получить новый адрес\n"),
        "{out}"
    );
    assert!(out.contains("     1.1 Выньте вилку роутера"), "{out}");
    assert!(out.contains("\nФакты\n  - "), "{out}");
    // Terminal text carries no isolation marks, and nothing is left English.
    assert!(
        !out.contains('\u{2068}') && !out.contains('\u{2069}'),
        "{out:?}"
    );
    for english in ["What to do", "Evidence", "Verdict", "Restart your router"] {
        assert!(!out.contains(english), "{english} in {out}");
    }
}

#[test]
fn the_check_report_in_chinese_wraps_by_width() {
    let site = blocked_site();
    let run = check(&site, &[("LANG", "zh_CN.UTF-8")], &[], "");
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.starts_with("ChatGPT 拒绝了你的公网地址（错误 1020）\n"),
        "{out}"
    );
    assert!(
        out.contains("  判定：  被 Cloudflare 防火墙拦截，HTTP 403，错误 1020\n"),
        "{out}"
    );
    assert!(
        out.contains("\n怎么办\n  1. 重启路由器以获得新地址\n"),
        "{out}"
    );
    assert!(out.contains("\n检测依据\n  - "), "{out}");
    // Chinese has no spaces: long sentences are broken between characters,
    // and no line is wider than the English report's 80 columns.
    let widest = out.lines().map(columns).max().unwrap_or(0);
    assert!(widest <= 80, "a line of {widest} columns:\n{out}");
    assert!(out.lines().count() > 12, "{out}");
}

#[test]
fn c_and_unknown_locales_give_todays_english_byte_for_byte() {
    let site = blocked_site();
    let plain = check(&site, &[], &[], "");
    assert!(
        plain
            .stdout
            .starts_with("ChatGPT refuses your internet address (error 1020)\n"),
        "{}",
        plain.stdout
    );
    for env in [
        vec![("LANG", "C")],
        vec![("LANG", "C.UTF-8")],
        vec![("LANG", "xx_YY.UTF-8")],
        vec![("LC_ALL", "POSIX")],
        vec![("LANG", "pt_BR.UTF-8")],
    ] {
        let run = check(&site, &env, &[], "");
        assert_eq!(run.stdout, plain.stdout, "{env:?}");
    }
}

#[test]
fn the_desktop_order_and_the_overrides() {
    let site = blocked_site();
    let first = |run: &Run| run.stdout.lines().next().unwrap_or("").to_string();
    // LANGUAGE lists preferences in order and comes first.
    let fa = check(
        &site,
        &[("LANGUAGE", "fa:en"), ("LANG", "en_US.UTF-8")],
        &[],
        "",
    );
    // A right-to-left line: marked, its Latin runs and numbers isolated.
    assert_eq!(
        first(&fa),
        "\u{200f}\u{2067}\u{2066}ChatGPT\u{2069} نشانی اینترنتی شما را نمی\u{200c}پذیرد (خطای \u{2066}1020\u{2069})\u{2069}"
    );
    let fa_ir = check(&site, &[("LANG", "fa_IR.UTF-8")], &[], "");
    assert_eq!(first(&fa_ir), first(&fa));
    // A language without files is skipped for the next one.
    let es = check(&site, &[("LANGUAGE", "pt_BR:es")], &[], "");
    assert_eq!(
        first(&es),
        "ChatGPT rechaza tu dirección de internet (error 1020)"
    );
    // The configuration beats the desktop; --lang beats both.
    let tr = check(
        &site,
        &[("LANG", "ru_RU.UTF-8")],
        &[],
        "[ui]\nlanguage = \"tr\"\n",
    );
    assert_eq!(
        first(&tr),
        "ChatGPT, internet adresinizi reddediyor (hata 1020)"
    );
    let es = check(
        &site,
        &[("LANG", "ru_RU.UTF-8")],
        &["--lang", "es"],
        "[ui]\nlanguage = \"tr\"\n",
    );
    assert_eq!(
        first(&es),
        "ChatGPT rechaza tu dirección de internet (error 1020)"
    );
    let en = check(&site, &[("LANG", "ru_RU.UTF-8")], &["--lang=en"], "");
    assert_eq!(
        first(&en),
        "ChatGPT refuses your internet address (error 1020)"
    );
}

#[test]
fn the_probe_asks_in_the_users_language() {
    for (env, want) in [
        (vec![], "en-US,en;q=0.9"),
        (
            vec![("LANG", "ru_RU.UTF-8")],
            "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
        ),
        (vec![("LANG", "zh_CN.UTF-8")], "zh-CN,zh;q=0.9"),
        (
            vec![("LANGUAGE", "fa:en")],
            "fa-IR,fa;q=0.9,en-US;q=0.8,en;q=0.7",
        ),
    ] {
        let site = blocked_site();
        check(&site, &env, &[], "");
        let probes: Vec<Request> = site
            .requests()
            .into_iter()
            .filter(|r| r.path == "/")
            .collect();
        assert!(!probes.is_empty());
        for r in probes {
            assert_eq!(r.header("accept-language"), Some(want), "{env:?}");
        }
    }
}

#[test]
fn json_events_and_configuration_keys_stay_english() {
    let site = blocked_site();
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "check", "--json"],
        &[("LANG", "ru_RU.UTF-8")],
        LIMIT,
    );
    let j = run.json();
    assert_eq!(j["diagnosis"]["cause"], "public_ip_blocked");
    assert_eq!(
        j["diagnosis"]["headline"],
        "ChatGPT refuses your internet address (error 1020)"
    );
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "config"],
        &[("LANG", "ru_RU.UTF-8")],
        LIMIT,
    );
    assert!(
        run.stdout.contains("[ui]\nlanguage = \"auto\""),
        "{}",
        run.stdout
    );
}

#[test]
fn a_bad_language_is_a_configuration_error() {
    let site = blocked_site();
    let run = check(&site, &[], &[], "[ui]\nlanguage = \"klingon\"\n");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("key `ui.language`"), "{}", run.stderr);
    assert!(run.stderr.contains("zh-CN"), "{}", run.stderr);
    // In the user's language around the file's own English details.
    let run = check(
        &site,
        &[("LANG", "ru_RU.UTF-8")],
        &[],
        "[ui]\nlanguage = \"xx\"\n",
    );
    assert!(
        run.stderr.starts_with("blockwatch: ошибка в настройках: "),
        "{}",
        run.stderr
    );
    let s = Scratch::new();
    let run = s.run(&["--lang", "xx", "check"], &[], LIMIT);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
}

#[test]
fn help_summaries_are_translated() {
    let s = Scratch::new();
    let en = s.run(&["--help"], &[], LIMIT);
    assert!(
        en.stdout
            .starts_with("Tells you why ChatGPT says \"Access denied\" and what fixes it\n"),
        "{}",
        en.stdout
    );
    assert!(
        en.stdout
            .contains("Check once: is ChatGPT blocked, why, and what fixes it\n"),
        "{}",
        en.stdout
    );
    let ru = s.run(&["--help"], &[("LANG", "ru_RU.UTF-8")], LIMIT);
    assert!(
        ru.stdout
            .contains("Проверить один раз: заблокирован ли ChatGPT, почему и что поможет\n"),
        "{}",
        ru.stdout
    );
    let zh = s.run(&["--lang", "zh-CN", "check", "--help"], &[], LIMIT);
    assert!(
        zh.stdout
            .starts_with("检测一次：ChatGPT 是否被封禁、原因以及解决办法\n"),
        "{}",
        zh.stdout
    );
    assert!(
        zh.stdout.contains("输出一个 JSON 对象，而不是报告"),
        "{}",
        zh.stdout
    );
}

/// clap's own English, as it would show without the translated template,
/// flags, `help` command and placeholders.
const CLAP_WORDS: &[&str] = &[
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "Print this message",
    "see more with",
    "see a summary",
    "subcommand",
    "OPTIONS",
    "COMMAND",
    "<FILE>",
    "<LANG>",
    " FILE ",
];

#[test]
fn help_has_no_english_clap_words_in_any_translation() {
    let s = Scratch::new();
    let commands: &[&[&str]] = &[
        &["--help"],
        &["-h"],
        &["help"],
        &["help", "help"],
        &["help", "autostart"],
        &["run", "--help"],
        &["check", "--help"],
        &["config", "--help"],
        &["fix", "--help"],
        &["autostart", "--help"],
        &["autostart", "enable", "--help"],
        &["autostart", "help"],
        &["history", "-h"],
    ];
    for lang in ["ru", "zh-CN", "fa", "es", "tr"] {
        for args in commands {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let run = s.run(&all, &[], LIMIT);
            assert_eq!(run.code, Some(0), "{all:?}: {}", run.stderr);
            let out = &run.stdout;
            assert!(out.lines().count() > 2, "{all:?}: {out}");
            for word in CLAP_WORDS {
                assert!(!out.contains(word), "{lang} {all:?}: {word:?} in\n{out}");
            }
        }
    }
    // The placeholder after an option is the one its text names.
    let ru = s.run(&["--lang", "ru", "--help"], &[], LIMIT).stdout;
    assert!(ru.contains("--config <ФАЙЛ>"), "{ru}");
    assert!(ru.contains("Читать настройки из ФАЙЛА"), "{ru}");
    assert!(
        ru.contains("Использование: blockwatch [ПАРАМЕТРЫ] [КОМАНДА]"),
        "{ru}"
    );
    // English keeps clap's words.
    let en = s.run(&["--help"], &[], LIMIT).stdout;
    for word in [
        "Usage: blockwatch [OPTIONS] [COMMAND]",
        "Options:",
        "Commands:",
        "Print help",
    ] {
        assert!(en.contains(word), "{word:?} in\n{en}");
    }
}
