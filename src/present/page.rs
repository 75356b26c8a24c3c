//! The fix steps page: one self-contained HTML document for an assessment.
//! Rendered by askama, which escapes every value (ray IDs, addresses and
//! error texts come from the network). Writing and opening it is the
//! `adapters::page` adapter's job.

use super::causes::{cause_label, next_steps, verdict_label, Context};
use super::fixes::{fix, FixText};
use super::report::Report;
use super::tr::*;
use super::{local_time, Frame};
use crate::core::assessment::Assessment;
use crate::core::diagnose::{Cause, Severity, BROWSER_FIXES};
use crate::core::lang::Dir;
use askama::Template;

/// The fix page's fixed texts, in one language.
#[derive(Clone, Debug)]
pub struct PageText {
    pub title: String,
    pub what_happened: String,
    pub what_to_do: String,
    pub evidence: String,
    pub next: String,
    pub browser_heading: String,
    pub browser_intro: String,
    pub works_heading: String,
    pub works_text: String,
    pub details: String,
    pub footer: String,
    pub verdict: String,
    pub cause: String,
    pub http_status: String,
    pub cloudflare_error: String,
    pub ray_id: String,
    pub public_ipv4: String,
    pub public_ipv6: String,
    pub location: String,
}

impl PageText {
    pub fn new(tr: &Tr) -> PageText {
        PageText {
            title: tr.s(PageTitle),
            what_happened: tr.s(PageWhatHappened),
            what_to_do: tr.s(PageWhatToDo),
            evidence: tr.s(PageEvidence),
            next: tr.s(PageNext),
            browser_heading: tr.s(PageBrowserHeading),
            browser_intro: tr.s(PageBrowserIntro),
            works_heading: tr.s(PageWorksHeading),
            works_text: tr.s(PageWorksText),
            details: tr.s(PageDetails),
            footer: tr.s(PageFooter),
            verdict: tr.s(PageDetailVerdict),
            cause: tr.s(PageDetailCause),
            http_status: tr.s(PageDetailHttpStatus),
            cloudflare_error: tr.s(PageDetailCloudflareError),
            ray_id: tr.s(PageDetailRayId),
            public_ipv4: tr.s(PageDetailPublicIpv4),
            public_ipv6: tr.s(PageDetailPublicIpv6),
            location: tr.s(PageDetailLocation),
        }
    }
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r#"<!DOCTYPE html>
<html lang="{{ lang }}" dir="{{ dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{{ headline }} — {{ t.title }}</title>
<style>
:root { color-scheme: light dark; --accent: {{ accent }}; }
body { font: 16px/1.5 {{ fonts|safe }}; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
header { border-inline-start: 6px solid var(--accent); padding-block: .25rem; padding-inline-start: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
ol.fixes > li { margin-bottom: 1rem; }
ol.steps { padding-inline-start: 1.25rem; }
ol.steps li { margin: .25rem 0; }
ul.evidence li { margin: .2rem 0; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .92em; }
.muted { opacity: .75; font-size: .9rem; }
table { border-collapse: collapse; font-size: .9rem; }
td { padding-block: .15rem; padding-inline-end: 1rem; vertical-align: top; }
.ltr { direction: ltr; unicode-bidi: isolate; }
table.mono td:first-child { font-family: {{ fonts|safe }}; font-size: 1.08em; }
</style>
</head>
<body>
<header>
<h1>{{ headline }}</h1>
<p class="muted">{{ checked }} · <span class="ltr">{{ report.target }}</span></p>
</header>

<h2>{{ t.what_happened }}</h2>
<p>{{ explanation }}</p>

{% macro fix_list(list) %}
<ol class="fixes">
{% for f in list %}
<li><h3>{{ f.title }}</h3>
<ol class="steps">{% for s in f.steps %}<li>{{ s }}</li>{% endfor %}</ol>
</li>
{% endfor %}
</ol>
{% endmacro %}

{% if !steps.is_empty() %}
<h2>{{ t.what_to_do }}</h2>
{% call fix_list(steps) %}{% endcall %}
{% endif %}

{% if !browser_steps.is_empty() %}
<h2>{{ t.browser_heading }}</h2>
<p>{{ t.browser_intro }}</p>
{% call fix_list(browser_steps) %}{% endcall %}
{% endif %}

{% if works %}
<h2>{{ t.works_heading }}</h2>
<p>{{ t.works_text }}</p>
{% endif %}

<h2>{{ t.evidence }}</h2>
<ul class="evidence">
{% for e in report.diagnosis.evidence %}<li>{{ e }}</li>
{% endfor %}
</ul>

<h2>{{ t.next }}</h2>
<p>{{ next }}</p>

<h2>{{ t.details }}</h2>
<table class="mono">
<tr><td>{{ t.verdict }}</td><td>{{ verdict }}</td></tr>
<tr><td>{{ t.cause }}</td><td>{{ cause }}</td></tr>
{% if let Some(s) = report.verdict.http_status %}<tr><td>{{ t.http_status }}</td><td>{{ s }}</td></tr>{% endif %}
{% if let Some(c) = report.verdict.cloudflare_code %}<tr><td>{{ t.cloudflare_error }}</td><td>{{ c }}</td></tr>{% endif %}
{% if let Some(r) = report.verdict.ray_id %}<tr><td>{{ t.ray_id }}</td><td class="ltr">{{ r }}</td></tr>{% endif %}
{% if let Some(ip) = report.network.public_ip %}<tr><td>{{ t.public_ipv4 }}</td><td class="ltr">{{ ip }}</td></tr>{% endif %}
{% if let Some(ip) = report.network.public_ipv6 %}<tr><td>{{ t.public_ipv6 }}</td><td class="ltr">{{ ip }}</td></tr>{% endif %}
{% if let Some(l) = report.network.location %}<tr><td>{{ t.location }}</td><td>{{ l }}</td></tr>{% endif %}
</table>

<p class="muted">{{ t.footer }}</p>
</body>
</html>
"#
)]
struct FixPage<'a> {
    t: &'a PageText,
    report: &'a Report,
    headline: &'a str,
    explanation: &'a str,
    steps: &'a [FixText],
    browser_steps: Vec<FixText>,
    next: String,
    /// The verdict's and the cause's labels (the JSON has their ids).
    verdict: String,
    cause: String,
    lang: &'static str,
    dir: &'static str,
    fonts: &'static str,
    accent: &'static str,
    checked: String,
    /// A refusal the user can say their browser does not see.
    works: bool,
}

/// The page for an assessment, in the frame's language.
pub fn render(a: &Assessment, frame: &Frame) -> String {
    let tr = frame.tr_gui();
    render_report(tr, &Report::build(tr, a, frame))
}

/// The page for a report already built in `tr`'s language.
pub fn render_report(tr: &Tr, report: &Report) -> String {
    let cause = report.diagnosis.cause;
    // A healthy probe says nothing about the browser: its steps come along.
    let browser_steps = if cause == Cause::Healthy {
        let ctx = Context {
            host: url::Url::parse(&report.target)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default(),
            ..Context::default()
        };
        BROWSER_FIXES.iter().map(|f| fix(tr, *f, &ctx)).collect()
    } else {
        Vec::new()
    };
    let accent = match cause.severity() {
        Severity::Fine => "#2e7d32",
        Severity::Blocked => "#c62828",
        Severity::Degraded | Severity::Offline => "#ef6c00",
    };
    let lang = tr.lang();
    FixPage {
        t: &PageText::new(tr),
        report,
        headline: &report.diagnosis.headline,
        explanation: &report.diagnosis.explanation,
        steps: &report.diagnosis.steps,
        browser_steps,
        next: next_steps(tr, cause),
        verdict: verdict_label(tr, report.verdict.kind),
        cause: cause_label(tr, cause),
        lang: lang.folder(),
        dir: match lang.dir() {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        },
        fonts: lang.fonts(),
        accent,
        checked: tr.s(PageChecked {
            time: tr.prose(&local_time(&report.checked_at)),
        }),
        works: crate::core::diagnose::is_refusal(report.verdict.kind)
            && cause != Cause::ProbeRefused
            && !cause.browser_only(),
    }
    .render()
    .unwrap_or_else(|e| format!("<!DOCTYPE html><title>blockwatch</title><p>page error: {e}</p>"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnose::{diagnose, Facts};
    use crate::core::site::verdict::{Verdict, VerdictKind};
    use crate::present::Os;

    fn report(kind: VerdictKind, detail: &str) -> Report {
        let mut v = Verdict::new(kind);
        v.http_status = Some(403);
        v.cloudflare_code = Some(1020);
        v.ray_id = Some("<b>ray</b>".into());
        v.detail = Some(detail.into());
        let facts = Facts {
            host: "chatgpt.com".into(),
            ..Facts::default()
        };
        let diagnosis = diagnose(&v, &facts, false);
        let a = Assessment {
            verdict: v,
            facts,
            diagnosis,
            checked_at_wall_ms: 1_795_849_200_000,
        };
        Report::build(
            Tr::english(),
            &a,
            &Frame {
                target: "https://chatgpt.com/".into(),
                component: "Conversations".into(),
                os: Os::Linux,
                lang: crate::core::lang::Lang::En,
            },
        )
    }

    #[test]
    fn everything_from_the_network_is_escaped() {
        let html = render_report(Tr::english(), &report(VerdictKind::Blocked, "x"));
        assert!(!html.contains("<b>ray"), "{html}");
        assert!(
            html.contains("&#60;b&#62;ray") || html.contains("&lt;b&gt;ray"),
            "{html}"
        );
        assert!(html.contains("Restart your router to get a new address"));
        assert!(html.contains("What blockwatch does next"));
        // Nothing outside the page is loaded.
        assert!(!html.contains("src=") && !html.contains("href=\"http"));
    }

    #[test]
    fn a_healthy_page_carries_the_browser_steps() {
        let html = render_report(Tr::english(), &report(VerdictKind::Reachable, "x"));
        assert!(html.contains("If your browser still shows"));
        assert!(html.contains("Clear the browser&#39;s data"), "{html}");
    }
}
