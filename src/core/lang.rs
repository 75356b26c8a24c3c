//! Which language to speak: the languages there are files for, and the
//! choice among them from `--lang`, the `[ui] language` key or the desktop's
//! locale list (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux, read by
//! sys-locale). Anything that matches no file is English.
//!
//! Pure: the desktop's list is read by the app layer and passed in. Here,
//! below the adapters, because the probe's `Accept-Language` follows the
//! language too.

use unic_langid::LanguageIdentifier;

/// A language blockwatch has messages for. Its folder under `i18n/` is its tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    ZhCn,
    Ru,
    Fa,
    Es,
    Tr,
}

/// Text direction of a language, for the page's `dir`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

struct Info {
    lang: Lang,
    folder: &'static str,
    /// What a browser set to this language sends (Chrome's defaults).
    accept_language: &'static str,
    dir: Dir,
    /// The page's font stack: fonts that have the script, on Linux (Noto),
    /// macOS and Windows, before the generic family.
    fonts: &'static str,
    /// The zero of the digits numbers in prose are written with ('۰' for
    /// Persian); `None` for the Latin digits. Codes, addresses and Ray IDs
    /// keep the Latin digits whatever this says.
    prose_zero: Option<char>,
}

const LATIN_FONTS: &str =
    r#"system-ui, -apple-system, "Segoe UI", Cantarell, "Noto Sans", sans-serif"#;

const TABLE: [Info; 6] = [
    Info {
        lang: Lang::En,
        folder: "en",
        accept_language: "en-US,en;q=0.9",
        dir: Dir::Ltr,
        fonts: LATIN_FONTS,
        prose_zero: None,
    },
    Info {
        lang: Lang::ZhCn,
        folder: "zh-CN",
        accept_language: "zh-CN,zh;q=0.9",
        dir: Dir::Ltr,
        fonts: r#"system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif"#,
        prose_zero: None,
    },
    Info {
        lang: Lang::Ru,
        folder: "ru",
        accept_language: "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
        dir: Dir::Ltr,
        fonts: LATIN_FONTS,
        prose_zero: None,
    },
    Info {
        lang: Lang::Fa,
        folder: "fa",
        accept_language: "fa-IR,fa;q=0.9,en-US;q=0.8,en;q=0.7",
        dir: Dir::Rtl,
        fonts: r#"Vazirmatn, "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, "Segoe UI", "Geeza Pro", sans-serif"#,
        prose_zero: Some('\u{6f0}'),
    },
    Info {
        lang: Lang::Es,
        folder: "es",
        accept_language: "es-ES,es;q=0.9",
        dir: Dir::Ltr,
        fonts: LATIN_FONTS,
        prose_zero: None,
    },
    Info {
        lang: Lang::Tr,
        folder: "tr",
        accept_language: "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
        dir: Dir::Ltr,
        fonts: LATIN_FONTS,
        prose_zero: None,
    },
];

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::ZhCn, Lang::Ru, Lang::Fa, Lang::Es, Lang::Tr];

    fn info(self) -> &'static Info {
        TABLE.iter().find(|i| i.lang == self).unwrap_or(&TABLE[0])
    }

    /// The tag: the folder name, the value of `--lang` and `[ui] language`.
    pub fn folder(self) -> &'static str {
        self.info().folder
    }

    pub fn langid(self) -> LanguageIdentifier {
        self.folder().parse().unwrap_or_default()
    }

    pub fn accept_language(self) -> &'static str {
        self.info().accept_language
    }

    pub fn dir(self) -> Dir {
        self.info().dir
    }

    pub fn fonts(self) -> &'static str {
        self.info().fonts
    }

    /// The zero of the digits for numbers in prose, where they are not Latin.
    pub fn prose_zero(self) -> Option<char> {
        self.info().prose_zero
    }

    /// A configured or requested tag, exactly as written (case aside).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        TABLE
            .iter()
            .find(|i| i.folder.eq_ignore_ascii_case(tag))
            .map(|i| i.lang)
    }

    /// The closest language for one locale name in POSIX (`zh_CN.UTF-8`,
    /// `fa_IR@calendar`) or BCP 47 (`zh-Hans`, `pt-BR`) form; `None` for `C`,
    /// `POSIX` and anything there are no messages for.
    pub fn matching(locale: &str) -> Option<Lang> {
        let base = locale
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        if base.is_empty() || base == "C" || base == "POSIX" {
            return None;
        }
        let id: LanguageIdentifier = base.parse().ok()?;
        let script = id.script.as_ref().map(|s| s.as_str().to_ascii_lowercase());
        let region = id.region.as_ref().map(|r| r.as_str().to_ascii_uppercase());
        match id.language.as_str() {
            "en" => Some(Lang::En),
            // Simplified Chinese: zh, zh-CN, zh-SG, zh-Hans; not Traditional.
            "zh" => match (script.as_deref(), region.as_deref()) {
                (Some("hant"), _) => None,
                (None, Some("TW" | "HK" | "MO")) => None,
                _ => Some(Lang::ZhCn),
            },
            "ru" => Some(Lang::Ru),
            "fa" | "pes" | "prs" => Some(Lang::Fa),
            "es" => Some(Lang::Es),
            "tr" => Some(Lang::Tr),
            _ => None,
        }
    }
}

/// A language blockwatch has no messages for (what was given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

/// The `[ui] language` setting or `--lang`: a tag, or `auto` (the desktop's).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    #[default]
    Auto,
    Tag(Lang),
}

impl Choice {
    /// `auto` or one of the tags.
    pub fn parse(s: &str) -> Result<Choice, UnknownLanguage> {
        if s.eq_ignore_ascii_case("auto") {
            return Ok(Choice::Auto);
        }
        Lang::from_tag(s)
            .map(Choice::Tag)
            .ok_or_else(|| UnknownLanguage(s.to_string()))
    }

    /// Everything `parse` accepts, `auto` first.
    pub fn accepted() -> Vec<&'static str> {
        let mut all = vec!["auto"];
        all.extend(Lang::ALL.iter().map(|l| l.folder()));
        all
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Choice::Auto => "auto",
            Choice::Tag(l) => l.folder(),
        }
    }
}

/// The language to speak: `--lang` over `[ui] language` over the desktop's
/// list (first match wins, in the desktop's order), else English.
pub fn negotiate(flag: Option<&Choice>, config: &Choice, desktop: &[String]) -> Lang {
    for choice in [flag, Some(config)].into_iter().flatten() {
        if let Choice::Tag(l) = choice {
            return *l;
        }
    }
    desktop
        .iter()
        .find_map(|l| Lang::matching(l))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desk(list: &[&str]) -> Lang {
        negotiate(
            None,
            &Choice::Auto,
            &list.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn locale_names_map_to_their_files() {
        for (locale, want) in [
            ("zh_CN.UTF-8", Some(Lang::ZhCn)),
            ("zh-Hans", Some(Lang::ZhCn)),
            ("zh-Hans-CN", Some(Lang::ZhCn)),
            ("zh", Some(Lang::ZhCn)),
            ("zh_TW.UTF-8", None),
            ("zh-Hant", None),
            ("fa_IR", Some(Lang::Fa)),
            ("fa_IR.UTF-8@calendar", Some(Lang::Fa)),
            ("ru_RU.KOI8-R", Some(Lang::Ru)),
            ("es-419", Some(Lang::Es)),
            ("tr_TR.utf8", Some(Lang::Tr)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("pt_BR", None),
            ("pt-BR", None),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("xx_YY", None),
            ("", None),
            ("!!", None),
        ] {
            assert_eq!(Lang::matching(locale), want, "{locale}");
        }
    }

    #[test]
    fn the_desktop_order_decides_and_unknown_falls_back_to_english() {
        assert_eq!(desk(&["fa", "en"]), Lang::Fa);
        assert_eq!(desk(&["pt-BR", "ru-RU"]), Lang::Ru);
        assert_eq!(desk(&["C"]), Lang::En);
        assert_eq!(desk(&["xx-YY"]), Lang::En);
        assert_eq!(desk(&[]), Lang::En);
    }

    #[test]
    fn flag_over_config_over_desktop() {
        let ru = vec!["ru-RU".to_string()];
        let es = Choice::Tag(Lang::Es);
        let tr = Choice::Tag(Lang::Tr);
        assert_eq!(negotiate(Some(&tr), &es, &ru), Lang::Tr);
        assert_eq!(negotiate(None, &es, &ru), Lang::Es);
        assert_eq!(negotiate(Some(&Choice::Auto), &es, &ru), Lang::Es);
        assert_eq!(negotiate(Some(&Choice::Auto), &Choice::Auto, &ru), Lang::Ru);
    }

    #[test]
    fn choices_parse_and_print_back() {
        assert_eq!(Choice::parse("auto"), Ok(Choice::Auto));
        assert_eq!(Choice::parse("zh-cn"), Ok(Choice::Tag(Lang::ZhCn)));
        for l in Lang::ALL {
            assert_eq!(Choice::parse(l.folder()), Ok(Choice::Tag(l)));
            assert_eq!(Lang::from_tag(Choice::Tag(l).as_str()), Some(l));
        }
        let err = Choice::parse("klingon").unwrap_err();
        assert_eq!(err, UnknownLanguage("klingon".into()));
        let accepted = Choice::accepted();
        assert!(accepted.contains(&"zh-CN") && accepted.contains(&"auto"));
    }

    #[test]
    fn the_configuration_accepts_exactly_these_tags() {
        let mut tags: Vec<&str> = Lang::ALL.iter().map(|l| l.folder()).collect();
        tags.insert(0, "auto");
        assert_eq!(tags, crate::config::LANGUAGES);
    }

    #[test]
    fn every_language_has_a_browser_header_and_a_direction() {
        for l in Lang::ALL {
            assert!(l.accept_language().starts_with(l.folder()), "{l:?}");
        }
        assert_eq!(Lang::Fa.dir(), Dir::Rtl);
        assert_eq!(Lang::Ru.dir(), Dir::Ltr);
    }
}
