//! A self-contained interactive HTML page: the graph drawn as SVG with pan and zoom, a
//! search box, filters by relation, polarity and date, hover highlighting, and a panel
//! that shows an edge's evidence sentences with their sources when it is clicked.
//!
//! One file, no network: the styles (`page/page.css`) and the JavaScript (`page/page.js`)
//! are the project's own, embedded at compile time, and a Content-Security-Policy forbids
//! loading anything. Positions come from [`super::layout`], computed here, so the page is
//! deterministic. The data travel as JSON in a `<script type="application/json">` element
//! with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes ([`script_json`]), so
//! that no sentence can close the element or start markup; the script builds the page with
//! `textContent`, never `innerHTML`, and links only `http(s)` URLs.
//!
//! The URL hash `#selftest` (or `#selftest=NAME`) makes the page search for "Iran" (or
//! NAME), hover and click the first matching edge and write what it saw into
//! `<pre id="selftest">` as JSON; the tests read it with headless Chromium's `--dump-dom`.

use super::json::{modalities_value, node_object, round};
use super::xml::replace_chars;
use super::{kind_colour, layout, polarity_colour, Subgraph};
use crate::model::{Kind, Polarity};
use serde_json::{json, Map, Value};

const CSS: &str = include_str!("page/page.css");
const JS: &str = include_str!("page/page.js");

/// JSON text that is safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029
/// become `\u` escapes (they can only occur inside JSON strings, where the escape means the
/// same character).
pub fn script_json(v: &Value) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| "null".into());
    replace_chars(&s, 64, |c| match c {
        '<' => Some("\\u003c"),
        '>' => Some("\\u003e"),
        '&' => Some("\\u0026"),
        '\u{2028}' => Some("\\u2028"),
        '\u{2029}' => Some("\\u2029"),
        _ => None,
    })
}

/// Text escaped for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    replace_chars(s, 0, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    })
}

/// The data the page draws: nodes with positions, edges with their evidence, and the
/// colours of kinds and polarities.
pub fn page_data(sg: &Subgraph, title: &str) -> Value {
    let positions = layout::layout(sg);
    let kinds: Map<String, Value> = [
        Kind::Country,
        Kind::Person,
        Kind::Organization,
        Kind::Group,
        Kind::Location,
        Kind::Media,
        Kind::Other,
    ]
    .iter()
    .map(|&k| (k.as_str().to_string(), json!(kind_colour(k))))
    .collect();
    let polarities: Map<String, Value> = Polarity::ALL
        .iter()
        .map(|&p| (p.as_str().to_string(), json!(polarity_colour(p))))
        .collect();
    let nodes: Vec<Value> = sg
        .nodes
        .iter()
        .zip(&positions)
        .map(|(n, p)| node_object(n, [("x", round(p.x, 1)), ("y", round(p.y, 1))]))
        .collect();
    let edges: Vec<Value> = sg
        .edges
        .iter()
        .map(|e| {
            json!({
                "id": e.key(),
                "s": e.source,
                "t": e.target,
                "relation": e.relation,
                "label": e.label,
                "polarity": e.polarity,
                "symmetric": e.symmetric,
                "plover": e.plover,
                "n": e.count(),
                "modalities": modalities_value(e),
                "first": e.first_date,
                "last": e.last_date,
                "ev": e.evidence.iter().map(|x| json!({
                    "text": x.text,
                    "article": x.article,
                    "title": x.title,
                    "date": x.date,
                    "source": x.source,
                    "url": x.url,
                    "sentence": x.sentence,
                    "start": x.start,
                    "end": x.end,
                    "modality": x.modality,
                    "confidence": round(x.confidence, 3),
                    "claimed_by": x.claimed_by,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "title": title,
        "selection": sg.description,
        "kinds": kinds,
        "polarities": polarities,
        "nodes": nodes,
        "edges": edges,
    })
}

/// The Content-Security-Policy of the exported page: nothing is loaded from anywhere.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// The Content-Security-Policy of the page `geokg serve` serves: as the export's, and it
/// may ask its own server's API (nothing else).
pub const LIVE_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'";

/// The page.
pub fn write(sg: &Subgraph, title: &str) -> String {
    page(&page_data(sg, title), title, &sg.description, false)
}

/// The page `geokg serve` serves at `/`: the same page and script with no graph yet
/// (`"live": true` in its data), and a form to connect two entities; the script asks the
/// server's API for what to draw.
pub fn write_live(title: &str) -> String {
    let mut data = page_data(&Subgraph::default(), title);
    data["live"] = json!(true);
    page(
        &data,
        title,
        "live: search any entity of the knowledge base, or connect two",
        true,
    )
}

fn page(data: &Value, title: &str, selection: &str, live: bool) -> String {
    let data = script_json(data);
    let title = escape_html(title);
    let selection = escape_html(selection);
    let csp = if live { LIVE_CSP } else { CSP };
    let search = if live {
        "Search the knowledge base (e.g. Iran)"
    } else {
        "Search entities (e.g. Iran)"
    };
    let connect = if live {
        "<h2>How are they connected?</h2>\n<div id=\"connect-row\"><input id=\"from\" placeholder=\"from (e.g. Iran)\" aria-label=\"from\"><input id=\"to\" placeholder=\"to (e.g. Ukraine)\" aria-label=\"to\"><button id=\"connect\" type=\"button\">Find paths</button></div>\n"
    } else {
        ""
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="geokg">
<title>{title}</title>
<style>
{CSS}</style>
</head>
<body>
<aside id="side">
<h1>{title}</h1>
<p id="selection">{selection}</p>
<p id="status"></p>
<input id="search" type="search" placeholder="{search}" autocomplete="off" aria-label="Search entities">
<ul id="results"></ul>
{connect}<h2>Polarity</h2>
<div id="polarities" class="checks"></div>
<h2>Dates</h2>
<div class="row"><input id="since" aria-label="since (YYYY, YYYY-MM or YYYY-MM-DD)"><span>to</span><input id="until" aria-label="until (YYYY, YYYY-MM or YYYY-MM-DD)"></div>
<h2>Relations <button id="rel-all" type="button">all</button> <button id="rel-none" type="button">none</button></h2>
<div id="relations" class="checks"></div>
<h2>Entities</h2>
<div id="legend"></div>
<p class="muted">Drag to pan, scroll to zoom. Hover to highlight; click an edge for its evidence, an entity for its relations.</p>
</aside>
<main id="main">
<svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{title}"><g id="viewport"></g></svg>
<div id="zoom"><button id="zoom-in" type="button" title="zoom in">+</button><button id="zoom-out" type="button" title="zoom out">−</button><button id="zoom-fit" type="button" title="fit">fit</button></div>
<section id="details" hidden><button id="details-close" type="button" title="close">×</button><h3 id="details-title"></h3><div id="details-body"></div></section>
<noscript><p>This page needs JavaScript to draw the graph.</p></noscript>
</main>
<script type="application/json" id="geokg-data">{data}</script>
<script>
{JS}</script>
</body>
</html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::select::tests::snapshot;
    use crate::export::Selection;

    #[test]
    fn data_cannot_break_out_of_the_script() {
        let v = json!({"t": "</script><!-- \u{2028} & >"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('\u{2028}'));
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
        let sg = Selection::default().apply(&snapshot()).unwrap();
        let page = write(&sg, "A <b>title</b>");
        // One closing tag per script element: the evidence "</script>" is escaped.
        assert_eq!(page.matches("</script>").count(), 2);
        assert!(page.contains("<title>A &lt;b&gt;title&lt;/b&gt;</title>"));
        assert!(!page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    }
}
