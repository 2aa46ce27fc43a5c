//! Visible text from HTML: tags dropped, `script`/`style` and comments skipped, block
//! elements turned into line breaks, character references decoded. Tolerates broken markup,
//! and says where broken markup may have cost text ([`read_html`]).

/// Returns the page title (from `<title>` or the first `<h1>`) and the visible text.
pub fn html_to_text(html: &str) -> (Option<String>, String) {
    let page = read_html(html);
    (page.title, page.text)
}

/// What [`read_html`] makes of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlPage {
    /// From `<title>`, else the first `<h1>`.
    pub title: Option<String>,
    /// The visible text, one line per block.
    pub text: String,
    /// Broken markup that may have cost text: the 1-based line where it starts and what
    /// happened. Markup that loses nothing (a stray `</div>`, unclosed `<p>`) is not reported.
    pub broken: Option<(usize, String)>,
    /// The publication date the page's metadata gives (`YYYY-MM-DD`): `<meta
    /// property="article:published_time">` and its kin, JSON-LD `datePublished`, else the
    /// first `<time datetime>`.
    pub published: Option<String>,
}

/// Reads a page like [`html_to_text`] and also says where broken markup may have cost text
/// (an unclosed comment, `<script>` or `<title>` that swallows the rest of the page, a tag
/// that never ends).
pub fn read_html(html: &str) -> HtmlPage {
    let mut broken: Option<(usize, String)> = None;
    let mut note = |at: usize, what: &str| {
        if broken.is_none() {
            let line = html.as_bytes()[..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            broken = Some((line, what.to_string()));
        }
    };
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
            i = match html[i + 4..].find("-->") {
                Some(k) => i + 4 + k + 3,
                None => {
                    note(
                        i,
                        "a comment `<!--` is never closed; the rest of the page was skipped",
                    );
                    b.len()
                }
            };
            text_start = i;
            continue;
        }
        let close = match html[i..].find('>') {
            Some(k) => i + k,
            None => {
                // broken markup: the rest is text
                note(i, "a tag `<` is never closed; the rest was read as text");
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
            i = match find_ignore_case(&html[i..], &end_tag) {
                Some(k) => {
                    let after = i + k;
                    html[after..]
                        .find('>')
                        .map(|g| after + g + 1)
                        .unwrap_or(b.len())
                }
                None => {
                    note(
                        close,
                        &format!("`<{name}>` is never closed; the rest of the page was skipped"),
                    );
                    b.len()
                }
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
                let end = match find_ignore_case(&html[i..], "</title") {
                    Some(k) => i + k,
                    None => {
                        note(
                            close,
                            "`<title>` is never closed; the rest of the page was skipped",
                        );
                        b.len()
                    }
                };
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
    HtmlPage {
        title: title.or(h1),
        text: tidy,
        broken,
        published: published_date(html),
    }
}

/// Metadata names that carry the publication date, in `<meta property|name|itemprop>`.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
];

/// The publication date of a page's metadata (see [`HtmlPage::published`]).
pub fn published_date(html: &str) -> Option<String> {
    let mut time = None;
    let mut at = 0;
    while let Some(k) = html[at..].find('<') {
        let start = at + k + 1;
        let Some(len) = html[start..].find('>') else {
            break;
        };
        let tag = &html[start..start + len];
        at = start + len;
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "meta" => {
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|a| attribute(tag, a))
                    .map(|k| k.to_ascii_lowercase());
                if key.is_some_and(|k| PUBLISHED_META.contains(&k.as_str())) {
                    if let Some(d) = attribute(tag, "content")
                        .and_then(|c| super::dateline::written_date(c, false))
                    {
                        return Some(d);
                    }
                }
            }
            "time" if time.is_none() => {
                time = attribute(tag, "datetime")
                    .and_then(|c| super::dateline::written_date(c, false));
            }
            _ => {}
        }
    }
    // JSON-LD: "datePublished": "2021-05-03T10:00:00Z"
    let mut from = 0;
    while let Some(k) = html[from..].find("\"datePublished\"") {
        let rest = &html[from + k + 15..];
        from += k + 15;
        let rest = rest.trim_start().strip_prefix(':').map(str::trim_start);
        if let Some(v) = rest.and_then(|r| r.strip_prefix('"')) {
            if let Some(d) = v
                .split('"')
                .next()
                .and_then(|v| super::dateline::written_date(v, false))
            {
                return Some(d);
            }
        }
    }
    time
}

/// The value of attribute `name` in the inside of a tag (`meta property="x" content="y"`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = tag.len() - rest.len() + 1;
        let v = tag[vstart..].trim_start();
        let q = v.chars().next()?;
        return if q == '"' || q == '\'' {
            v[1..].split(q).next()
        } else {
            v.split(|c: char| c.is_whitespace() || c == '/').next()
        };
    }
    None
}

/// The byte offset of the first match of an ASCII `needle`, ignoring ASCII case, without
/// copying the haystack (a page of many `<script>` tags stays linear).
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
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
        // Only the next few bytes can end a reference: a page of `&` without `;` stays linear.
        let semi = after.bytes().take(11).position(|b| b == b';');
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
    fn publication_dates_of_metadata() {
        let og = r#"<html><head><meta property="article:published_time" content="2019-06-14T08:00:00Z"></head><body><time datetime="2001-01-01">x</time></body></html>"#;
        assert_eq!(read_html(og).published.as_deref(), Some("2019-06-14"));
        let ld = r#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-02-02T10:00:00+01:00"}</script><p>Text.</p>"#;
        assert_eq!(read_html(ld).published.as_deref(), Some("2020-02-02"));
        let time = r#"<p>By a reporter, <time class='t' datetime='2018-03-07'>7 March</time></p>"#;
        assert_eq!(read_html(time).published.as_deref(), Some("2018-03-07"));
        let named = r#"<meta name="pubdate" content="Wed, 07 Mar 2018 09:00:00 GMT">"#;
        assert_eq!(read_html(named).published.as_deref(), Some("2018-03-07"));
        assert_eq!(read_html("<p>No date.</p>").published, None);
    }

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
    fn many_scripts_stay_fast_and_case_is_ignored() {
        let html = "<SCRIPT>x</Script><p>Chile met Peru.</p>".repeat(20_000);
        let started = std::time::Instant::now();
        let (_, text) = html_to_text(&html);
        assert!(started.elapsed().as_secs() < 5, "quadratic");
        assert_eq!(text.lines().count(), 20_000);
        assert!(!text.contains('x'));
    }

    #[test]
    fn broken_markup_keeps_text() {
        let (_, text) = html_to_text("<p>Chile met Peru <b unclosed");
        assert!(text.contains("Chile met Peru"));
        let page = read_html("<p>Chile met Peru.</p>\n<div></span><p>Peru\n<!-- lost <p>x</p>");
        assert!(page.text.contains("Chile met Peru."), "{page:?}");
        let (line, what) = page.broken.unwrap();
        assert_eq!(line, 3);
        assert!(what.contains("comment"), "{what}");
        assert_eq!(read_html("<p>fine</div></span>").broken, None);
    }
}
