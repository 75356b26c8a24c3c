//! Text from the network (and from files on disk) made safe for a
//! terminal, a notification or a tray label. An incident name, an error page field or a trace value can carry
//! `ESC ] 0 ; … BEL` (a new window title), `ESC [ 2 J` (a cleared screen),
//! colours, or bidi overrides that make text read backwards. Every renderer
//! that is not HTML passes such strings through [`safe_text`] before it puts
//! them into its words (the HTML page escapes instead). The direction marks
//! the presentation adds itself (RLM, LRM, isolates around Fluent
//! arguments) go in after, so they are not touched.

use crate::core::diagnose::Evidence;
use crate::core::names::dns::{Answer, NameAnswer};

/// Longest string from the network shown as it is.
pub const MAX_CHARS: usize = 300;

/// Whether line breaks survive: only where the layout puts text on lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    Keep,
    Join,
}

/// `s` with every control character made visible and bidi controls removed,
/// cut to `max_chars` characters (an ellipsis marks the cut).
///
/// - C0 controls and DEL become their Unicode control pictures (`␛`, `␇`,
///   `␡`), so an escape sequence shows as text instead of acting; a tab is a
///   space; a newline stays with [`Lines::Keep`], else it is a space.
/// - C1 controls (U+0080–U+009F; U+009B is a one-byte CSI) become `�`.
/// - Bidi embeddings, overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069) are removed; line and paragraph separators become spaces.
pub fn safe_text(s: &str, lines: Lines, max_chars: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max_chars * 4));
    let mut n = 0;
    for c in s.chars() {
        let shown = match c {
            '\n' if lines == Lines::Keep => Some('\n'),
            '\n' | '\t' | '\u{2028}' | '\u{2029}' => Some(' '),
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
            '\u{7f}' => Some('\u{2421}'),
            '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        };
        let Some(shown) = shown else { continue };
        if n == max_chars {
            out.push('…');
            break;
        }
        out.push(shown);
        n += 1;
    }
    out
}

/// [`safe_text`] on one line with the usual cap.
pub fn safe_line(s: &str) -> String {
    safe_text(s, Lines::Join, MAX_CHARS)
}

/// [`safe_line`] on an optional string.
pub fn safe_opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(safe_line)
}

/// The evidence with every string that came from outside made safe.
pub fn evidence(e: &Evidence) -> Evidence {
    use Evidence as E;
    match e.clone() {
        E::TransportError { kind, detail } => E::TransportError {
            kind,
            detail: safe_line(&detail),
        },
        E::Ray { id, colo } => E::Ray {
            id: safe_line(&id),
            colo: safe_opt(&colo),
        },
        E::SiteSees { ip, loc, colo } => E::SiteSees {
            ip,
            loc: safe_opt(&loc),
            colo: safe_opt(&colo),
        },
        E::RouteVia {
            interface,
            vendor,
            tunnel,
        } => E::RouteVia {
            interface: safe_line(&interface),
            vendor: safe_opt(&vendor),
            tunnel,
        },
        E::UnusedTunnel { interface, vendor } => E::UnusedTunnel {
            interface: safe_line(&interface),
            vendor: safe_opt(&vendor),
        },
        E::VpnSoftware { names } => E::VpnSoftware {
            names: names.iter().take(16).map(|n| safe_line(n)).collect(),
        },
        E::Proxy { url } => E::Proxy {
            url: safe_line(&url),
        },
        E::Status { mut summary } => {
            summary.description = safe_opt(&summary.description);
            summary.component_status = safe_opt(&summary.component_status);
            summary.incidents = summary
                .incidents
                .iter()
                .take(8)
                .map(|i| safe_line(i))
                .collect();
            E::Status { summary }
        }
        E::DnsAnswer { answer } => E::DnsAnswer {
            answer: name_answer(answer),
        },
        E::DohAnswer { answer } => E::DohAnswer {
            answer: name_answer(answer),
        },
        E::DnsResolvers { servers } => E::DnsResolvers {
            servers: servers.iter().take(16).map(|n| safe_line(n)).collect(),
        },
        E::Ipv6Leak { ipv4_via, ipv6_via } => E::Ipv6Leak {
            ipv4_via: safe_opt(&ipv4_via),
            ipv6_via: safe_opt(&ipv6_via),
        },
        other => other,
    }
}

/// A resolver's answer: the authority's name is raw bytes off the wire,
/// and a failure's words may quote them.
fn name_answer(mut a: NameAnswer) -> NameAnswer {
    a.answer = match a.answer {
        Answer::Nxdomain {
            authority,
            recursion_available,
        } => Answer::Nxdomain {
            authority: safe_opt(&authority),
            recursion_available,
        },
        Answer::Failed { why } => Answer::Failed {
            why: safe_line(&why),
        },
        other => other,
    };
    a
}

/// No character [`safe_text`] would have changed: for tests of renderers.
pub fn is_terminal_safe(s: &str, lines: Lines) -> bool {
    s.chars().all(|c| {
        !(c.is_control() && !(c == '\n' && lines == Lines::Keep))
            && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible_text() {
        let title = "Outage\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mred\u{1b}[0m";
        let s = safe_line(title);
        assert_eq!(s, "Outage␛]0;pwned␇␛[2J␛[31mred␛[0m");
        assert!(is_terminal_safe(&s, Lines::Join));
        assert!(!is_terminal_safe(title, Lines::Join));
    }

    #[test]
    fn c1_del_and_bidi() {
        let s = safe_line("a\u{9b}2Jb\u{7f}c\u{202e}evil\u{202c}d\u{2067}x\u{2069}");
        assert_eq!(s, "a\u{fffd}2Jb\u{2421}cevildx");
        assert!(is_terminal_safe(&s, Lines::Join));
    }

    #[test]
    fn newlines_only_where_the_layout_wants_them() {
        assert_eq!(safe_text("a\nb\tc\r\n", Lines::Keep, 10), "a\nb c␍\n");
        assert_eq!(safe_text("a\nb\u{2028}c", Lines::Join, 10), "a b c");
    }

    #[test]
    fn length_is_capped_on_a_character_boundary() {
        let long = "é".repeat(10_000);
        let s = safe_text(&long, Lines::Join, 300);
        assert_eq!(s.chars().count(), 301);
        assert!(s.ends_with('…'));
        assert_eq!(safe_text("abc", Lines::Join, 3), "abc");
        assert_eq!(safe_text("", Lines::Join, 3), "");
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        let t = "ChatGPT refuses your VPN's address (error 1020) — Zürich, 東京";
        assert_eq!(safe_line(t), t);
    }

    /// A DNS reply's authority name is raw label bytes; interface names may
    /// hold any byte but '/', ':' and white space.
    #[test]
    fn dns_and_interface_names_are_made_safe() {
        let answer = NameAnswer {
            name: "chatgpt.com".into(),
            role: crate::core::names::dns::Role::Target,
            server: None,
            answer: Answer::Nxdomain {
                authority: Some("rpz\u{1b}]0;x\u{7}.example".into()),
                recursion_available: true,
            },
        };
        let all = [
            Evidence::DnsAnswer {
                answer: answer.clone(),
            },
            Evidence::DohAnswer { answer },
            Evidence::DnsResolvers {
                servers: vec!["10.0.0.1 (wl\u{1b}[2Jan)".into()],
            },
            Evidence::Ipv6Leak {
                ipv4_via: Some("wg\u{202e}0".into()),
                ipv6_via: Some("eth\u{9b}0".into()),
            },
        ];
        for e in all {
            let shown = format!("{:?}", evidence(&e));
            assert!(
                !shown.contains("\\u{1b}") && !shown.contains("\\u{202e}"),
                "{shown}"
            );
            assert!(!shown.contains("\\u{9b}"), "{shown}");
            assert_ne!(evidence(&e), e, "{e:?} unchanged");
        }
    }
}
