//! A small XML reader for the little a router sends: UPnP device and
//! service descriptions and SOAP answers. Elements and their text only
//! (attributes, namespaces and DTDs are skipped; a prefix is dropped from
//! a name), into a tree bounded in depth and size.
//!
//! Why not a crate: xml-rs and xmltree (what igd-next uses) are two more
//! crates for a few hundred bytes of well-known structure, and they put no
//! bound on what a hostile router sends. The caller caps the document's
//! size; this caps what is built from it.

/// More nesting than any router description has.
pub const MAX_DEPTH: usize = 24;
/// More elements than any router description has (a FRITZ!Box's has ~150).
pub const MAX_NODES: usize = 4096;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// The local name (`s:Envelope` is `Envelope`).
    pub name: String,
    /// The element's own text, entities decoded.
    pub text: String,
    pub children: Vec<Node>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XmlError {
    /// Unclosed, mismatched or cut off.
    Malformed,
    TooDeep,
    TooLarge,
}

impl Node {
    /// The first child of this name (ASCII case ignored: routers vary).
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// A child's text, trimmed; `None` when missing or empty.
    pub fn child_text(&self, name: &str) -> Option<String> {
        let t = self.child(name)?.text.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    /// Every element of this name below this one, in document order.
    pub fn descendants<'a>(&'a self, name: &str, out: &mut Vec<&'a Node>) {
        for c in &self.children {
            if c.name.eq_ignore_ascii_case(name) {
                out.push(c);
            }
            c.descendants(name, out);
        }
    }

    /// The first element of this name anywhere below.
    pub fn find(&self, name: &str) -> Option<&Node> {
        let mut all = Vec::new();
        self.descendants(name, &mut all);
        all.first().copied()
    }
}

/// The document as a tree under a nameless root.
pub fn parse(doc: &str) -> Result<Node, XmlError> {
    let b = doc.as_bytes();
    let mut stack: Vec<Node> = vec![Node::default()];
    let mut nodes = 0usize;
    let mut i = 0usize;
    while i < b.len() {
        if b[i] != b'<' {
            let end = find(b, i, b"<").unwrap_or(b.len());
            if stack.len() > 1 {
                let top = stack.last_mut().expect("the root is never popped");
                decode_into(&doc[i..end], &mut top.text);
            }
            i = end;
            continue;
        }
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").ok_or(XmlError::Malformed)? + 3;
        } else if rest.starts_with(b"<![CDATA[") {
            let end = find(b, i + 9, b"]]>").ok_or(XmlError::Malformed)?;
            if stack.len() > 1 {
                let top = stack.last_mut().expect("the root is never popped");
                top.text.push_str(&doc[i + 9..end]);
            }
            i = end + 3;
        } else if rest.starts_with(b"<?") {
            i = find(b, i + 2, b"?>").ok_or(XmlError::Malformed)? + 2;
        } else if rest.starts_with(b"<!") {
            i = skip_declaration(b, i)?;
        } else if rest.starts_with(b"</") {
            let end = find(b, i, b">").ok_or(XmlError::Malformed)?;
            let name = local(doc[i + 2..end].trim());
            if stack.len() < 2 {
                return Err(XmlError::Malformed);
            }
            let node = stack.pop().expect("checked above");
            if !node.name.eq_ignore_ascii_case(name) {
                return Err(XmlError::Malformed);
            }
            stack
                .last_mut()
                .expect("the root is never popped")
                .children
                .push(node);
            i = end + 1;
        } else {
            let end = tag_end(b, i + 1)?;
            let inner = &doc[i + 1..end];
            let self_closing = inner.ends_with('/');
            let inner = inner.trim_end_matches('/');
            let name_end = inner
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(inner.len());
            let name = local(&inner[..name_end]);
            if name.is_empty() {
                return Err(XmlError::Malformed);
            }
            nodes += 1;
            if nodes > MAX_NODES {
                return Err(XmlError::TooLarge);
            }
            let node = Node {
                name: name.to_string(),
                ..Node::default()
            };
            if self_closing {
                stack
                    .last_mut()
                    .expect("the root is never popped")
                    .children
                    .push(node);
            } else {
                if stack.len() > MAX_DEPTH {
                    return Err(XmlError::TooDeep);
                }
                stack.push(node);
            }
            i = end + 1;
        }
    }
    if stack.len() != 1 {
        return Err(XmlError::Malformed);
    }
    Ok(stack.pop().expect("exactly the root is left"))
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(pat.len())
        .position(|w| w == pat)
        .map(|p| p + from)
}

/// The `>` ending a start tag, past quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> Result<usize, XmlError> {
    let mut quote: Option<u8> = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return Ok(k),
            None if c == b'<' => return Err(XmlError::Malformed),
            None => {}
        }
    }
    Err(XmlError::Malformed)
}

/// Past `<!DOCTYPE ...>`, with an internal subset in brackets.
fn skip_declaration(b: &[u8], from: usize) -> Result<usize, XmlError> {
    let mut depth = 0i32;
    for (k, &c) in b.iter().enumerate().skip(from + 2) {
        match c {
            b'[' => depth += 1,
            b']' => depth -= 1,
            b'>' if depth <= 0 => return Ok(k + 1),
            _ => {}
        }
    }
    Err(XmlError::Malformed)
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// Text with the five named entities and character references decoded; an
/// unknown entity stays as written.
fn decode_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // `;` is ASCII: its byte position is a char boundary.
        let Some(semi) = rest.bytes().take(12).position(|c| c == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_text_and_prefixes() {
        let doc = r#"<?xml version="1.0"?>
<!-- a comment with <tags> -->
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="a>b">
 <s:Body><u:R xmlns:u="x"><NewX>1 &lt; 2 &amp;&#x41;&#66;</NewX><Empty/><C><![CDATA[<raw>]]></C></u:R></s:Body>
</s:Envelope>"#;
        let root = parse(doc).unwrap();
        let r = root.find("R").unwrap();
        assert_eq!(r.child_text("NewX").as_deref(), Some("1 < 2 &AB"));
        assert_eq!(r.child_text("empty"), None);
        assert!(r.child("Empty").is_some());
        assert_eq!(r.child_text("C").as_deref(), Some("<raw>"));
    }

    #[test]
    fn bad_documents_are_errors_not_panics() {
        for doc in [
            "<a><b></a></b>",
            "<a>",
            "</a>",
            "<a",
            "<!-- open",
            "<a x=\"1>",
            "<>",
            "<a><![CDATA[x</a>",
            "<a>&#xFFFFFFFFF;&bogus;&</a>x",
        ] {
            let _ = parse(doc);
        }
        assert_eq!(parse("<a><b></a></b>"), Err(XmlError::Malformed));
        assert_eq!(parse("<a>"), Err(XmlError::Malformed));
        let deep = "<a>".repeat(100) + &"</a>".repeat(100);
        assert_eq!(parse(&deep), Err(XmlError::TooDeep));
        let wide = format!("<a>{}</a>", "<b/>".repeat(MAX_NODES + 1));
        assert_eq!(parse(&wide), Err(XmlError::TooLarge));
    }

    #[test]
    fn doctype_with_internal_subset_is_skipped() {
        let root = parse("<!DOCTYPE x [<!ENTITY e \"v\">]><x>t&e;</x>").unwrap();
        assert_eq!(root.child_text("x").as_deref(), Some("t&e;"));
    }
}
