//! A tiny XML writer for GraphML and GEXF: escaping that is safe in text and in attribute
//! values alike, and characters XML 1.0 cannot carry at all replaced.

/// Escapes `& < > " '` as entities, tabs and line breaks as character references (so that
/// attribute values keep them), and replaces the characters XML 1.0 forbids (other C0
/// controls, U+FFFE, U+FFFF) with U+FFFD.
pub fn escape(s: &str) -> String {
    replace_chars(s, 8, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&apos;"),
        '\t' => Some("&#9;"),
        '\n' => Some("&#10;"),
        '\r' => Some("&#13;"),
        '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => Some("\u{fffd}"),
        _ => None,
    })
}

/// `s` with every character for which `replacement` gives a text replaced by that text;
/// `room`: the bytes to reserve beyond `s`'s length.
pub fn replace_chars(
    s: &str,
    room: usize,
    replacement: impl Fn(char) -> Option<&'static str>,
) -> String {
    let mut out = String::with_capacity(s.len() + room);
    for c in s.chars() {
        match replacement(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_quotes_and_controls() {
        assert_eq!(
            escape("a<b>&\"c'\n\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&apos;&#10;\u{fffd}"
        );
        assert_eq!(escape("Zürich"), "Zürich");
    }
}
