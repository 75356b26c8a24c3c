//! Rendering Fluent messages. `Tr` holds the chosen language's bundle with
//! English behind it; the message types are generated from the English file
//! by `build.rs`, so a message is asked for as a value with named fields:
//!
//! ```text
//! tr.s(HeadlineVpnExitBlocked { code: verdict.cloudflare_code })
//! ```
//!
//! A wrong id, a missing or an unknown argument does not compile. Optional
//! values are passed as `Option`s and arrive in Fluent as the word `none`,
//! which the messages select on; `bool`s arrive as `yes`/`no`.

use crate::core::lang::{Dir, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One message with its arguments (generated for every English message).
pub trait Message {
    const ID: &'static str;
    fn args(&self) -> Option<FluentArgs<'_>>;
}

/// A value a message can take.
pub trait Arg {
    fn value(&self) -> FluentValue<'_>;
}

impl Arg for str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}
impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'_> {
        (**self).value()
    }
}
impl<T: Arg> Arg for Option<T> {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Some(v) => v.value(),
            None => FluentValue::from("none"),
        }
    }
}
impl Arg for bool {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(if *self { "yes" } else { "no" })
    }
}
impl Arg for std::net::IpAddr {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.to_string())
    }
}

/// Codes, statuses and ports are ids, not quantities: passed as text so that
/// no locale groups their digits.
macro_rules! code_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(self.to_string())
            }
        }
    )*};
}
code_args!(u16, u32);

/// A count that selects plural forms (`$count`).
#[derive(Clone, Copy, Debug)]
pub struct Count(pub u64);

impl Arg for Count {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.0)
    }
}

/// Whether placeables are wrapped in Unicode isolation marks (FSI … PDI).
/// On where right-to-left text mixes with addresses in the GUI and the page;
/// off for the terminal, JSON and comparisons in tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Isolation {
    On,
    Off,
}

impl Isolation {
    /// For the desktop and the page: on for right-to-left languages, where
    /// an address or `wg0 (WireGuard)` would otherwise be reordered; off for
    /// the others, which keeps their text byte for byte.
    pub fn gui(lang: Lang) -> Isolation {
        match lang.dir() {
            Dir::Rtl => Isolation::On,
            Dir::Ltr => Isolation::Off,
        }
    }
}

pub struct Tr {
    lang: Lang,
    isolation: Isolation,
    bundle: FluentBundle<FluentResource>,
    /// English, for a message a translation lacks (the tests keep this empty).
    fallback: Option<FluentBundle<FluentResource>>,
}

/// The Fluent source of a language folder (`en`, `zh-CN`, ...), inflated
/// from the binary.
pub fn source(tag: &str) -> Option<String> {
    let (_, packed) = SOURCES_DEFLATED.iter().find(|(t, _)| *t == tag)?;
    let text = miniz_oxide::inflate::decompress_to_vec(packed).ok()?;
    String::from_utf8(text).ok()
}

/// Every language folder with its Fluent source.
pub fn sources() -> Vec<(&'static str, String)> {
    SOURCES_DEFLATED
        .iter()
        .filter_map(|(tag, _)| Some((*tag, source(tag)?)))
        .collect()
}

fn bundle(lang: Lang, isolation: Isolation) -> FluentBundle<FluentResource> {
    let source = source(lang.folder()).unwrap_or_default();
    // A syntax error drops only the entry it is in; the tests reject any.
    let res = FluentResource::try_new(source).unwrap_or_else(|(res, _)| res);
    let mut b = FluentBundle::new_concurrent(vec![lang.langid()]);
    b.set_use_isolating(isolation == Isolation::On);
    // The digit rule (see `digits`): the message's own prose and its counts.
    if lang.prose_zero() == Some('\u{6f0}') {
        b.set_transform(Some(super::digits::persian_text));
        b.set_formatter(Some(persian_number));
    }
    let _ = b.add_resource(res);
    b
}

/// The no-break spaces of a message's text as plain ones.
fn plain_spaces(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\u{a0}', '\u{202f}']) {
        std::borrow::Cow::Owned(s.replace(['\u{a0}', '\u{202f}'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// A Fluent number (`$count`) in Persian digits; other values as they are.
fn persian_number<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(super::digits::native('\u{6f0}', &n.as_string())),
        _ => None,
    }
}

impl Tr {
    pub fn new(lang: Lang, isolation: Isolation) -> Tr {
        Tr {
            lang,
            isolation,
            bundle: bundle(lang, isolation),
            fallback: (lang != Lang::En).then(|| bundle(Lang::En, isolation)),
        }
    }

    /// The shared, lazily built instance for a language and an isolation.
    pub fn get(lang: Lang, isolation: Isolation) -> &'static Tr {
        use std::sync::OnceLock;
        static CACHE: [[OnceLock<Tr>; 2]; Lang::ALL.len()] =
            [const { [const { OnceLock::new() }, const { OnceLock::new() }] }; Lang::ALL.len()];
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let j = usize::from(isolation == Isolation::On);
        CACHE[i][j].get_or_init(|| Tr::new(lang, isolation))
    }

    /// This language alone, without English behind it: for the tests that
    /// prove each translation complete.
    pub fn alone(lang: Lang, isolation: Isolation) -> Tr {
        Tr {
            lang,
            isolation,
            bundle: bundle(lang, isolation),
            fallback: None,
        }
    }

    /// English without isolation marks, as a person reads it.
    pub fn english() -> &'static Tr {
        Tr::get(Lang::En, Isolation::Off)
    }

    /// English for programs: the contracts (`check --json`, the headless
    /// events, the history records), with plain spaces where the messages
    /// keep a number and its unit together for a reader.
    pub fn contract() -> &'static Tr {
        use std::sync::OnceLock;
        static CONTRACT: OnceLock<Tr> = OnceLock::new();
        CONTRACT.get_or_init(|| {
            let mut tr = Tr::new(Lang::En, Isolation::Off);
            tr.bundle.set_transform(Some(plain_spaces));
            tr
        })
    }

    /// English with every text stretched and bracketed, so that anything not
    /// going through Fluent stands out; for tests.
    pub fn pseudo() -> Tr {
        let mut tr = Tr::new(Lang::En, Isolation::Off);
        tr.bundle.set_transform(Some(pseudo));
        tr
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A line for the desktop (a notification, a menu label). Notification
    /// servers and menus guess a paragraph's direction from its first strong
    /// letter, and a Persian sentence may start with "ChatGPT": for an
    /// isolating right-to-left `Tr` it leads with a RIGHT-TO-LEFT MARK.
    pub fn line(&self, text: String) -> String {
        if !text.is_empty() && self.isolation == Isolation::On && self.lang.dir() == Dir::Rtl {
            format!("\u{200f}{text}")
        } else {
            text
        }
    }

    /// A number or time that code puts into prose ("14:05", a list number),
    /// in the language's prose digits (see `digits`).
    pub fn prose(&self, text: &str) -> String {
        match self.lang.prose_zero() {
            Some(zero) => super::digits::native(zero, text),
            None => text.to_string(),
        }
    }

    /// The message in this language (English where it has none).
    pub fn s<M: Message>(&self, m: M) -> String {
        self.render(M::ID, m.args().as_ref())
    }

    /// By id, for the tests that walk every message.
    pub fn render(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.try_render(id, args)
            .map(|(s, _)| s)
            .unwrap_or_else(|| id.to_string())
    }

    /// The text and Fluent's complaints (a missing variable, a bad reference),
    /// or `None` when no bundle has the message.
    pub fn try_render(
        &self,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<(String, Vec<String>)> {
        [Some(&self.bundle), self.fallback.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|b| {
                let pattern = b.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = b.format_pattern(pattern, args, &mut errors).into_owned();
                Some((text, errors.iter().map(|e| e.to_string()).collect()))
            })
    }
}

/// "Check now" → "[Çĥéçķ ñöŵ~~~]": accented, a third longer, bracketed.
fn pseudo(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    let mut letters = 0;
    for c in s.chars() {
        let m = match c {
            'a' => 'á',
            'c' => 'ç',
            'e' => 'é',
            'g' => 'ĝ',
            'h' => 'ĥ',
            'i' => 'í',
            'k' => 'ķ',
            'n' => 'ñ',
            'o' => 'ö',
            's' => 'š',
            'u' => 'ü',
            'w' => 'ŵ',
            'y' => 'ý',
            'z' => 'ž',
            'A' => 'Å',
            'C' => 'Ç',
            'E' => 'É',
            'O' => 'Ö',
            'U' => 'Ü',
            other => other,
        };
        if c.is_alphabetic() {
            letters += 1;
        }
        out.push(m);
    }
    if s.trim().is_empty() {
        return Cow::Owned(out);
    }
    Cow::Owned(format!("[{out}{}]", "~".repeat(letters / 3)))
}
