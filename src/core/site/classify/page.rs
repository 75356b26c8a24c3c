//! What a person would see in a response body, and the challenge machinery
//! it carries, read with a real HTML tokenizer (html5gum).
//!
//! Block markers (error numbers, titles, "Access denied", `cf-error-code`
//! spans) are only ever taken from visible text and elements: never from
//! `<script>`, `<style>`, `<template>`, `<noscript>`, raw-text elements,
//! comments or attribute values. A challenge's obfuscated script may hold
//! `'<span class="cf-error-code">1020</span>'` as a string literal; here it
//! stays script text. Challenge machinery, on the other hand, lives in forms,
//! element ids, script URLs and inline scripts, so it is read from those
//! (never from comments).
//!
//! html5gum is a tokenizer without tree building, so the reader switches the
//! tokenizer into script/raw-text states itself, the way a browser with
//! scripting enabled does, except for `<noscript>`: its markup is tokenised
//! (the managed challenge keeps `id="challenge-error-text"` there) but its
//! text does not count as visible.
//!
//! The sign-in test of `core::site::filter` reads elements too: a `<form>`,
//! a password field a person can use (not `disabled` or `hidden`), a
//! `<meta http-equiv="refresh">` and where it leads (issue 19).
//!
//! The callback emitter hands out borrowed slices of buffers it reuses, so a
//! hostile body costs no allocation per token; everything kept here grows at
//! most linearly with the (already capped) body.

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, State, Tokenizer};

/// The bytes of a body the classifier reads at most (the probe's cap).
pub const MAX_BODY: usize = 256 * 1024;

/// Challenge machinery found in a page; any one of them marks a challenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChallengeSign {
    /// The legacy IUAM form: `id="challenge-form"` with `jschl_vc`,
    /// `jschl_answer`, `pass` or a `/cdn-cgi/l/chk_jschl` action.
    IuamForm,
    /// `class="cf-browser-verification"` or the visible "Checking your
    /// browser before accessing".
    BrowserVerification,
    /// The legacy captcha page: `cf_captcha_kind`, `chk_captcha`, or a
    /// reCAPTCHA/hCaptcha widget in a challenge form or on the captcha title.
    CaptchaForm,
    /// The `cf_chl_` token family in a form action, script URL or inline script.
    ChlToken,
    /// `window._cf_chl_opt` / `_cf_chl_ctx` set by an inline script.
    ChlOpt,
    /// `/cdn-cgi/challenge-platform/h/<x>/orchestrate/...` (not the jsd script
    /// that block pages load).
    Orchestrate,
    /// The managed challenge's elements (`challenge-error-text`,
    /// `challenge-running`, `challenge-stage`, `cf-chl-widget-...`).
    ManagedElements,
    /// A Turnstile widget or its API script.
    Turnstile,
    /// The title "Just a moment...".
    JustAMomentTitle,
}

/// The facts the classifier takes from a body.
#[derive(Debug, Default)]
pub struct Page {
    /// Visible text, title included: lower-case, entities decoded,
    /// whitespace folded, a space at every tag.
    pub text: String,
    /// The first `<title>` outside `<template>`, lower-case, trimmed.
    pub title: String,
    /// The text of the first visible `class="cf-error-code"` element.
    pub error_code_span: Option<String>,
    /// The text of the `id="cf-footer-ip"` element.
    pub footer_ip: Option<String>,
    /// A visible `data-translate="block_headline"` element (the WAF page).
    pub block_headline: bool,
    /// The Tailwind-era error page's structure: the stylesheet
    /// `/cdn-cgi/styles/main.css` and the `id="cf-wrapper"` element.
    pub tailwind_error_page: bool,
    /// The number in the first `errorCode:` of an inline script. Only the
    /// Tailwind-era page's feedback script (`var feedback={errorCode:1015,...}`)
    /// is trusted with it, and only by the judge, never as visible text.
    pub feedback_code: Option<u16>,
    pub challenge: Vec<ChallengeSign>,
    /// A `<form>` element (the sign-in test reads elements, never words
    /// in scripts or attributes).
    pub form: bool,
    /// An `<input type="password">` a person can type into: not
    /// `disabled`, not `hidden` (Pi-hole's block page carries a disabled one).
    pub password_field: bool,
    /// Where a `<meta http-equiv="refresh">` sends the page ("" for itself).
    pub refresh: Option<String>,
}

impl Page {
    pub fn is_challenge(&self) -> bool {
        !self.challenge.is_empty()
    }

    fn sign(&mut self, s: ChallengeSign) {
        if !self.challenge.contains(&s) {
            self.challenge.push(s);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Attr {
    Id,
    Class,
    Name,
    Translate,
    Url,
    Type,
    HttpEquiv,
    Content,
    Other,
}

/// Where the text being read goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    Visible,
    Title,
    /// An inline script, read for challenge machinery only.
    Script,
    /// Style, iframe fallback, xmp and the like: dropped.
    Raw,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    ErrorCode,
    FooterIp,
}

/// The start tag being read: its interesting attributes (first one wins,
/// as in HTML).
#[derive(Default)]
struct Tag {
    name: Vec<u8>,
    attr: Option<Attr>,
    id: Vec<u8>,
    class: Vec<u8>,
    name_attr: Vec<u8>,
    translate: Vec<u8>,
    url: Vec<u8>,
    kind: Vec<u8>,
    http_equiv: Vec<u8>,
    content: Vec<u8>,
    /// `disabled` or `hidden` present (boolean attributes).
    inert: bool,
    seen: [bool; 8],
}

impl Tag {
    fn clear(&mut self) {
        for b in [
            &mut self.name,
            &mut self.id,
            &mut self.class,
            &mut self.name_attr,
            &mut self.translate,
            &mut self.url,
            &mut self.kind,
            &mut self.http_equiv,
            &mut self.content,
        ] {
            b.clear();
        }
        self.attr = None;
        self.inert = false;
        self.seen = [false; 8];
    }

    fn value_mut(&mut self) -> Option<&mut Vec<u8>> {
        let (slot, buf) = match self.attr? {
            Attr::Id => (0, &mut self.id),
            Attr::Class => (1, &mut self.class),
            Attr::Name => (2, &mut self.name_attr),
            Attr::Translate => (3, &mut self.translate),
            Attr::Url => (4, &mut self.url),
            Attr::Type => (5, &mut self.kind),
            Attr::HttpEquiv => (6, &mut self.http_equiv),
            Attr::Content => (7, &mut self.content),
            Attr::Other => return None,
        };
        (!self.seen[slot]).then_some(buf)
    }

    fn has_class(&self, class: &str) -> bool {
        self.class
            .split(|b| b.is_ascii_whitespace())
            .any(|c| c.eq_ignore_ascii_case(class.as_bytes()))
    }

    fn id_is(&self, id: &str) -> bool {
        self.id.eq_ignore_ascii_case(id.as_bytes())
    }
}

/// The reader's state between tokenizer events.
#[derive(Default)]
struct Reader {
    page: Page,
    tag: Tag,
    sink: Option<Sink>,
    template_depth: u32,
    noscript_depth: u32,
    capture: Option<(Capture, String)>,
    title_done: bool,
    script: Vec<u8>,
    challenge_form: bool,
    iuam_fields: bool,
    captcha_widget: bool,
    main_css: bool,
    cf_wrapper: bool,
    space: bool,
}

/// What the reader asks the tokenizer to do after a start tag.
struct Switch(State);

/// The callback emitter without parse-error checks: the reader has no use
/// for them, and validating every character for them costs a sixth of the time.
struct Quiet<E>(E);

impl<E: Emitter<Token = Switch>> ForwardingEmitter for Quiet<E> {
    type Token = Switch;

    fn inner(&mut self) -> &mut impl Emitter<Token = Switch> {
        &mut self.0
    }

    fn should_emit_errors(&mut self) -> bool {
        false
    }
}

pub fn read(body: &[u8]) -> Page {
    let body = super::tame::tame_attributes(&body[..body.len().min(MAX_BODY)]);
    let mut r = Reader::default();
    {
        let emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| r.event(event));
        let mut tokenizer = Tokenizer::new_with_emitter(&body[..], Quiet(emitter));
        while let Some(Ok(Switch(state))) = tokenizer.next() {
            tokenizer.set_state(state);
        }
    }
    r.finish()
}

impl Reader {
    fn event(&mut self, event: CallbackEvent<'_>) -> Option<Switch> {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.boundary();
                self.tag.clear();
                self.tag.name.extend_from_slice(name);
            }
            CallbackEvent::AttributeName { name } => {
                self.tag.attr = Some(match name {
                    b"id" => Attr::Id,
                    b"class" => Attr::Class,
                    b"name" => Attr::Name,
                    b"data-translate" => Attr::Translate,
                    b"href" | b"src" | b"action" => Attr::Url,
                    b"type" => Attr::Type,
                    b"http-equiv" => Attr::HttpEquiv,
                    b"content" => Attr::Content,
                    b"disabled" | b"hidden" => {
                        self.tag.inert = true;
                        Attr::Other
                    }
                    _ => Attr::Other,
                });
            }
            CallbackEvent::AttributeValue { value } => {
                if let Some(buf) = self.tag.value_mut() {
                    buf.extend_from_slice(value);
                }
                match self.tag.attr {
                    Some(Attr::Other) | None => {}
                    // Discriminants are the slots of `Tag::seen`.
                    Some(a) => self.tag.seen[a as usize] = true,
                }
            }
            CallbackEvent::CloseStartTag { .. } => return self.start_tag(),
            CallbackEvent::EndTag { name } => self.end_tag(name),
            CallbackEvent::String { value } => self.string(value),
            // Comments, doctypes and parse errors say nothing a person sees.
            CallbackEvent::Comment { .. } | CallbackEvent::Doctype { .. } => {}
            CallbackEvent::Error(_) => {}
        }
        None
    }

    fn boundary(&mut self) {
        self.space = true;
        if let Some((kind, text)) = self.capture.take() {
            let text = text.trim().to_string();
            match kind {
                Capture::ErrorCode if self.page.error_code_span.is_none() => {
                    self.page.error_code_span = Some(text)
                }
                Capture::FooterIp if self.page.footer_ip.is_none() => {
                    self.page.footer_ip = Some(text)
                }
                _ => {}
            }
        }
    }

    fn start_tag(&mut self) -> Option<Switch> {
        let name = std::mem::take(&mut self.tag.name);
        let switch = self.start_tag_named(&name);
        self.tag.name = name;
        switch
    }

    fn start_tag_named(&mut self, name: &[u8]) -> Option<Switch> {
        use ChallengeSign as C;
        if self.template_depth > 0 {
            // A template's content is inert: never shown, never run.
            if name == b"template" {
                self.template_depth += 1;
            }
            return None;
        }
        self.controls(name);
        let visible = self.noscript_depth == 0;
        let t = &self.tag;
        let url = if t.url.is_empty() {
            String::new()
        } else {
            String::from_utf8_lossy(&t.url).to_ascii_lowercase()
        };
        let mut signs = Vec::new();
        if t.id_is("challenge-form") {
            self.challenge_form = true;
        }
        if ["jschl_vc", "jschl_answer", "pass"]
            .iter()
            .any(|n| t.name_attr.eq_ignore_ascii_case(n.as_bytes()))
            || t.id_is("jschl-answer")
            || t.id_is("jschl-vc")
        {
            self.iuam_fields = true;
        }
        if t.name_attr.eq_ignore_ascii_case(b"jschl_vc")
            || t.name_attr.eq_ignore_ascii_case(b"jschl_answer")
        {
            signs.push(C::IuamForm);
        }
        if url.contains("/cdn-cgi/l/chk_jschl") {
            signs.push(C::IuamForm);
        }
        if t.has_class("cf-browser-verification")
            || t.translate.eq_ignore_ascii_case(b"checking_browser")
        {
            signs.push(C::BrowserVerification);
        }
        if t.name_attr.eq_ignore_ascii_case(b"cf_captcha_kind")
            || url.contains("/cdn-cgi/l/chk_captcha")
        {
            signs.push(C::CaptchaForm);
        }
        if t.has_class("g-recaptcha")
            || t.has_class("h-captcha")
            || t.id_is("cf-hcaptcha-container")
            || t.translate.eq_ignore_ascii_case(b"challenge_headline")
        {
            self.captcha_widget = true;
        }
        if url.contains("cf_chl_") {
            signs.push(C::ChlToken);
        }
        if is_orchestrate(&url) {
            signs.push(C::Orchestrate);
        }
        if [
            "challenge-error-text",
            "challenge-running",
            "challenge-stage",
            "challenge-body-text",
            "challenge-success-text",
        ]
        .iter()
        .any(|id| t.id_is(id))
            || t.id.to_ascii_lowercase().starts_with(b"cf-chl-widget")
        {
            signs.push(C::ManagedElements);
        }
        if t.has_class("cf-turnstile")
            || t.id_is("turnstile-wrapper")
            || url.contains("challenges.cloudflare.com/turnstile")
        {
            signs.push(C::Turnstile);
        }
        if name == b"link" && url.ends_with("/cdn-cgi/styles/main.css") {
            self.main_css = true;
        }
        if t.id_is("cf-wrapper") {
            self.cf_wrapper = true;
        }
        let inline = t.url.is_empty();
        if visible {
            if t.translate.eq_ignore_ascii_case(b"block_headline") {
                self.page.block_headline = true;
            }
            if t.has_class("cf-error-code") {
                self.capture = Some((Capture::ErrorCode, String::new()));
            }
        }
        if t.id_is("cf-footer-ip") {
            self.capture = Some((Capture::FooterIp, String::new()));
        }
        for s in signs {
            self.page.sign(s);
        }
        let (sink, state) = match name {
            b"template" => {
                self.template_depth = 1;
                return None;
            }
            b"noscript" => {
                self.noscript_depth += 1;
                return None;
            }
            b"script" => {
                self.script.clear();
                (
                    if inline { Sink::Script } else { Sink::Raw },
                    State::ScriptData,
                )
            }
            b"style" | b"iframe" | b"xmp" | b"noembed" | b"noframes" => (Sink::Raw, State::RawText),
            b"title" if !self.title_done && visible => (Sink::Title, State::RcData),
            b"title" => (Sink::Raw, State::RcData),
            b"textarea" => (Sink::Visible, State::RcData),
            b"plaintext" => (Sink::Visible, State::PlainText),
            _ => return None,
        };
        self.sink = Some(sink);
        Some(Switch(state))
    }

    /// Forms, password fields a person can use, a refresh elsewhere.
    fn controls(&mut self, name: &[u8]) {
        let t = &self.tag;
        match name {
            b"form" => self.page.form = true,
            b"input" if t.kind.eq_ignore_ascii_case(b"password") && !t.inert => {
                self.page.password_field = true
            }
            b"meta"
                if t.http_equiv.eq_ignore_ascii_case(b"refresh") && self.page.refresh.is_none() =>
            {
                self.page.refresh = Some(refresh_target(&t.content));
            }
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        self.boundary();
        if self.template_depth > 0 {
            if name == b"template" {
                self.template_depth -= 1;
            }
            return;
        }
        match self.sink.take() {
            Some(Sink::Script) => self.scan_script(),
            Some(Sink::Title) => self.title_done = true,
            _ => {}
        }
        if name == b"noscript" {
            self.noscript_depth = self.noscript_depth.saturating_sub(1);
        }
    }

    fn string(&mut self, value: &[u8]) {
        if self.template_depth > 0 {
            return;
        }
        match self.sink {
            Some(Sink::Script) => self.script.extend_from_slice(value),
            Some(Sink::Raw) => {}
            Some(Sink::Title) => {
                let text = String::from_utf8_lossy(value);
                self.page.title.push_str(&text.to_lowercase());
                self.push_visible(&text);
            }
            Some(Sink::Visible) | None if self.noscript_depth == 0 => {
                let text = String::from_utf8_lossy(value);
                if let Some((_, buf)) = &mut self.capture {
                    buf.push_str(&text);
                }
                self.push_visible(&text);
            }
            Some(Sink::Visible) | None => {}
        }
    }

    fn push_visible(&mut self, text: &str) {
        let out = &mut self.page.text;
        for ch in text.chars() {
            if ch.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !out.is_empty() {
                out.push(' ');
            }
            self.space = false;
            if ch.is_ascii() {
                out.push(ch.to_ascii_lowercase());
            } else {
                out.extend(ch.to_lowercase());
            }
        }
    }

    fn scan_script(&mut self) {
        self.script.make_ascii_lowercase();
        let text = String::from_utf8_lossy(&self.script);
        let mut signs = Vec::new();
        if text.contains("_cf_chl_opt") || text.contains("_cf_chl_ctx") {
            signs.push(ChallengeSign::ChlOpt);
        }
        if text.contains("cf_chl_") {
            signs.push(ChallengeSign::ChlToken);
        }
        if is_orchestrate(&text) {
            signs.push(ChallengeSign::Orchestrate);
        }
        if self.page.feedback_code.is_none() {
            self.page.feedback_code = super::signs::first_code_after(&text, "errorcode:");
        }
        for s in signs {
            self.page.sign(s);
        }
    }

    fn finish(mut self) -> Page {
        self.boundary();
        if self.sink == Some(Sink::Script) {
            // An unterminated inline script is still script.
            self.scan_script();
        }
        let mut page = self.page;
        page.title = page.title.trim().to_string();
        if self.challenge_form && self.iuam_fields {
            page.sign(ChallengeSign::IuamForm);
        }
        let captcha_title = page.title.starts_with("attention required! | cloudflare");
        if self.captcha_widget && (self.challenge_form || captcha_title) {
            page.sign(ChallengeSign::CaptchaForm);
        }
        if page.text.contains("checking your browser before accessing") {
            page.sign(ChallengeSign::BrowserVerification);
        }
        if page.title == "just a moment..." {
            page.sign(ChallengeSign::JustAMomentTitle);
        }
        page.tailwind_error_page = self.main_css && self.cf_wrapper;
        page
    }
}

/// The URL of a refresh's `content` ("0; url=http://10.0.0.1/portal"),
/// "" when it reloads the page itself.
fn refresh_target(content: &[u8]) -> String {
    let text = String::from_utf8_lossy(content);
    let lower = text.to_ascii_lowercase();
    lower.find("url=").map_or_else(String::new, |i| {
        text[i + 4..]
            .trim()
            .trim_matches(['\'', '"'])
            .chars()
            .take(2048)
            .collect()
    })
}

/// `/cdn-cgi/challenge-platform/h/<x>/orchestrate/...` or
/// `/cdn-cgi/challenge-platform/orchestrate/...`; the bare path is not one:
/// block pages load `/cdn-cgi/challenge-platform/scripts/jsd/main.js`.
fn is_orchestrate(s: &str) -> bool {
    s.match_indices("/cdn-cgi/challenge-platform/")
        .any(|(i, n)| {
            let window = super::signs::prefix(&s[i + n.len()..], 48);
            (window.starts_with("h/") || window.starts_with("orchestrate/"))
                && window.contains("orchestrate/")
        })
}
