//! Visible text from HTML: tags dropped, `script`/`style` and comments skipped, block
//! elements turned into line breaks, character references decoded. Tolerates broken markup.

/// Returns the page title (from `<title>` or the first `<h1>`) and the visible text.
pub fn html_to_text(html: &str) -> (Option<String>, String) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    let mut capture: Option<(String, String)> = None; // (tag, text) for title/h1
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // flush text before the tag
        push_text(&html[text_start..i], &mut out, &mut capture);
        if html[i..].starts_with("<!--") {
            i = html[i + 4..]
                .find("-->")
                .map(|k| i + 4 + k + 3)
                .unwrap_or(b.len());
            text_start = i;
            continue;
        }
        let close = match html[i..].find('>') {
            Some(k) => i + k,
            None => {
                // broken markup: the rest is text
                text_start = i;
                push_text(&html[text_start..], &mut out, &mut capture);
                text_start = b.len();
                break;
            }
        };
        let inner = &html[i + 1..close];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        i = close + 1;
        text_start = i;
        if !closing
            && matches!(
                name.as_str(),
                "script" | "style" | "noscript" | "template" | "svg"
            )
        {
            let end_tag = format!("</{name}");
            let lower_rest = html[i..].to_ascii_lowercase();
            i = match lower_rest.find(&end_tag) {
                Some(k) => {
                    let after = i + k;
                    html[after..]
                        .find('>')
                        .map(|g| after + g + 1)
                        .unwrap_or(b.len())
                }
                None => b.len(),
            };
            text_start = i;
            continue;
        }
        if matches!(name.as_str(), "title" | "h1") {
            if closing {
                if let Some((tag, t)) = capture.take() {
                    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                    if tag == "title" && title.is_none() && !t.is_empty() {
                        title = Some(t.clone());
                    }
                    if tag == "h1" && h1.is_none() && !t.is_empty() {
                        h1 = Some(t);
                    }
                }
            } else {
                capture = Some((name.clone(), String::new()));
            }
        }
        if name == "title" {
            // the title is not body text: skip until </title>
            if !closing {
                let lower_rest = html[i..].to_ascii_lowercase();
                let end = lower_rest.find("</title").map(|k| i + k).unwrap_or(b.len());
                if let Some((_, t)) = capture.as_mut() {
                    t.push_str(&decode_entities(&html[i..end]));
                }
                i = end;
                text_start = i;
            }
            continue;
        }
        if is_block(&name) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    if text_start < b.len() {
        push_text(&html[text_start..], &mut out, &mut capture);
    }
    // tidy: trim each line, drop empty runs
    let mut tidy = String::with_capacity(out.len());
    for line in out.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !l.is_empty() {
            tidy.push_str(&l);
            tidy.push('\n');
        }
    }
    (title.or(h1), tidy)
}

fn push_text(raw: &str, out: &mut String, capture: &mut Option<(String, String)>) {
    if raw.is_empty() {
        return;
    }
    let t = decode_entities(raw);
    if let Some((_, c)) = capture.as_mut() {
        c.push_str(&t);
    }
    // whitespace inside text runs is folded to single spaces (newlines come from blocks)
    let mut last_space = out.ends_with([' ', '\n']) || out.is_empty();
    for ch in t.chars() {
        if ch.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(ch);
            last_space = false;
        }
    }
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "hr"
            | "main"
            | "nav"
            | "aside"
            | "figure"
            | "figcaption"
            | "pre"
            | "dd"
            | "dt"
            | "dl"
            | "body"
            | "html"
            | "form"
    )
}

/// Decodes the character references news pages use: named ones and `&#N;`/`&#xH;`.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let semi = after.find(';').filter(|&k| k <= 10);
        let decoded = semi.and_then(|k| {
            let ent = &after[..k];
            let c = if let Some(num) = ent.strip_prefix('#') {
                let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
                    u32::from_str_radix(h, 16).ok()
                } else {
                    num.parse().ok()
                };
                v.and_then(char::from_u32)
            } else {
                named(ent)
            };
            c.map(|c| (c, k))
        });
        match decoded {
            Some((c, k)) => {
                out.push(c);
                rest = &after[k + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn named(e: &str) -> Option<char> {
    Some(match e {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "iacute" => 'í',
        "uacute" => 'ú',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "copy" => '©',
        "laquo" => '«',
        "raquo" => '»',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_only() {
        let (title, text) = html_to_text(
            "<html><head><title>Talks &amp; more</title><style>p{}</style></head><body><script>var x='<p>';</script>\
             <h1>Chile hosts Peru</h1><p>Chile&rsquo;s president met   Peru&#39;s.</p><!-- c --><p>Second</p></body></html>",
        );
        assert_eq!(title.as_deref(), Some("Talks & more"));
        assert_eq!(
            text,
            "Chile hosts Peru\nChile’s president met Peru's.\nSecond\n"
        );
    }

    #[test]
    fn broken_markup_keeps_text() {
        let (_, text) = html_to_text("<p>Chile met Peru <b unclosed");
        assert!(text.contains("Chile met Peru"));
    }
}
