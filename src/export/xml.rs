//! A tiny XML writer for GraphML and GEXF: escaping that is safe in text and in attribute
//! values alike, and characters XML 1.0 cannot carry at all replaced.

/// Escapes `& < > " '` as entities, tabs and line breaks as character references (so that
/// attribute values keep them), and replaces the characters XML 1.0 forbids (other C0
/// controls, U+FFFE, U+FFFF) with U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
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
