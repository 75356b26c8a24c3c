//! Taming a hostile page before it is tokenised: too many attributes in one
//! tag overflow html5gum's attribute states (see `tame_attributes`).

/// Attributes one tag may carry before the rest of the tag is dropped.
const MAX_ATTRIBUTES: usize = 64;

/// html5gum moves between its attribute states by calling the next state
/// directly (`reconsume_in_inline!`, `inline_next_state`), a cycle that a
/// debug build does not turn into a loop: mutated pages overflowed a 2 MiB
/// thread stack inside one tag (`tests/fuzz_parsers.rs`, fuzz seeds 2 and 5). No page blockwatch reads needs
/// more than a handful per tag, so attributes past `MAX_ATTRIBUTES` in one
/// tag are dropped before tokenising; the tag itself and its `>` stay.
pub(super) fn tame_attributes(body: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    let (mut in_tag, mut quote, mut count, mut gap) = (false, 0u8, 0usize, false);
    for (i, &b) in body.iter().enumerate() {
        let mut keep = true;
        if !in_tag {
            if b == b'<' && body.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                (in_tag, quote, count, gap) = (true, 0, 0, false);
            }
        } else if quote != 0 {
            if b == quote {
                // `a="x"b="y"`: an attribute may follow a value directly.
                (quote, gap) = (0, true);
            }
            keep = count <= MAX_ATTRIBUTES;
        } else {
            match b {
                b'>' => in_tag = false,
                b'"' | b'\'' => {
                    quote = b;
                    keep = count <= MAX_ATTRIBUTES;
                }
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' => gap = true,
                _ => {
                    if gap {
                        count += 1;
                        gap = false;
                    }
                    keep = count <= MAX_ATTRIBUTES;
                }
            }
        }
        match (&mut out, keep) {
            (Some(v), true) => v.push(b),
            (None, false) => out = Some(body[..i].to_vec()),
            _ => {}
        }
    }
    match out {
        Some(v) => std::borrow::Cow::Owned(v),
        None => std::borrow::Cow::Borrowed(body),
    }
}
