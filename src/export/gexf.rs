//! GEXF 1.3 for Gephi: declared node and edge attributes, colours, sizes and positions
//! (`viz:`), and each edge's time interval from its evidence dates, so that Gephi's
//! timeline can replay the graph.
//!
//! The graph is `mode="dynamic"` with `timeformat="date"`: an edge with dated evidence has
//! `start` (its first date) and `end` (its last); a partial date is widened (`2022-11` starts
//! on the 1st and ends on the 30th); an edge without dated evidence has no interval and is
//! always present. Node ids are entity ids; an edge's `kind` is its relation (several
//! relations may join the same pair) and its `weight` the number of supporting sentences.
//! Every edge is directed (in the relation's surface direction; symmetric relations such as
//! `meets` say so in their `symmetric` attribute, since networkx refuses mixed graphs).
//! Positions come from the same deterministic
//! layout as the HTML page.

use super::{fmt_num, kind_colour, layout, polarity_colour, xml::escape, Subgraph};
use crate::shared::civil::days_in_month;
use std::fmt::Write;

/// (id, class, type) of every declared attribute.
pub const ATTRIBUTES: [(&str, &str, &str); 16] = [
    ("kind", "node", "string"),
    ("country", "node", "string"),
    ("verified", "node", "boolean"),
    ("degree", "node", "integer"),
    ("evidence", "node", "integer"),
    ("pagerank", "node", "double"),
    ("relation", "edge", "string"),
    ("polarity", "edge", "string"),
    ("symmetric", "edge", "boolean"),
    ("plover", "edge", "string"),
    ("asserted", "edge", "integer"),
    ("reported", "edge", "integer"),
    ("future", "edge", "integer"),
    ("hedged", "edge", "integer"),
    ("negated", "edge", "integer"),
    ("max_confidence", "edge", "double"),
];

/// A date widened to a full `YYYY-MM-DD`: the first day it covers (`end = false`) or the
/// last (`end = true`). `None` if it is not a date.
pub fn full_date(d: &str, end: bool) -> Option<String> {
    let parts: Vec<&str> = d.get(..10.min(d.len()))?.split('-').collect();
    let y: u32 = parts.first()?.parse().ok()?;
    let m: u32 = match parts.get(1) {
        Some(m) => m.parse().ok()?,
        None => {
            return Some(if end {
                format!("{y:04}-12-31")
            } else {
                format!("{y:04}-01-01")
            })
        }
    };
    if !(1..=12).contains(&m) {
        return None;
    }
    let last = days_in_month(y, m);
    let day: u32 = match parts.get(2) {
        Some(s) => s.parse().ok()?,
        None if end => last,
        None => 1,
    };
    if !(1..=last).contains(&day) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{day:02}"))
}

fn rgb(hex: &str) -> (u8, u8, u8) {
    let c = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128);
    (c(1), c(3), c(5))
}

/// A node's or an edge's attribute values, then its colour (`#rrggbb`).
fn attvalues_and_colour(out: &mut String, values: &[(&str, String)], colour: &str) {
    out.push_str("        <attvalues>\n");
    for (k, v) in values {
        let _ = writeln!(
            out,
            "          <attvalue for=\"{k}\" value=\"{}\"/>",
            escape(v)
        );
    }
    out.push_str("        </attvalues>\n");
    let (r, g, b) = rgb(colour);
    let _ = writeln!(out, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>");
}

/// The subgraph as a GEXF 1.3 document.
pub fn write(sg: &Subgraph, title: &str) -> String {
    let positions = layout::layout(sg);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" \
         version=\"1.3\">\n",
    );
    let _ = writeln!(
        out,
        "  <meta>\n    <creator>geokg</creator>\n    <title>{}</title>\n    <description>{}</description>\n  </meta>",
        escape(title),
        escape(&sg.description)
    );
    out.push_str(
        "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" \
         timerepresentation=\"interval\">\n",
    );
    for class in ["node", "edge"] {
        let _ = writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">");
        for (id, c, ty) in ATTRIBUTES {
            if c == class {
                let _ = writeln!(
                    out,
                    "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
                );
            }
        }
        out.push_str("    </attributes>\n");
    }
    out.push_str("    <nodes>\n");
    for (n, p) in sg.nodes.iter().zip(&positions) {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&n.id),
            escape(&n.name)
        );
        let mut values = vec![("kind", n.kind.as_str().to_string())];
        if let Some(c) = &n.country {
            values.push(("country", c.clone()));
        }
        values.push(("verified", n.verified().to_string()));
        values.push(("degree", n.degree.to_string()));
        values.push(("evidence", n.evidence.to_string()));
        values.push(("pagerank", fmt_num(n.pagerank, 6)));
        attvalues_and_colour(&mut out, &values, kind_colour(n.kind));
        let _ = writeln!(
            out,
            "        <viz:position x=\"{}\" y=\"{}\" z=\"0\"/>",
            fmt_num(p.x, 1),
            // GEXF's y axis points up.
            fmt_num(-p.y, 1)
        );
        let size = 4.0 + 2.0 * (n.degree as f64).sqrt();
        let _ = writeln!(out, "        <viz:size value=\"{}\"/>", fmt_num(size, 2));
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for e in &sg.edges {
        let mut head = format!(
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\" kind=\"{}\" weight=\"{}\"",
            e.key(),
            escape(&sg.node(e.source).id),
            escape(&sg.node(e.target).id),
            escape(&e.caption()),
            escape(&e.relation),
            e.count()
        );
        if let Some(start) = e.first_date.as_deref().and_then(|d| full_date(d, false)) {
            let _ = write!(head, " start=\"{start}\"");
        }
        if let Some(end) = e.last_date.as_deref().and_then(|d| full_date(d, true)) {
            let _ = write!(head, " end=\"{end}\"");
        }
        out.push_str(&head);
        out.push_str(">\n");
        let mut values = vec![
            ("relation", e.relation.clone()),
            ("polarity", e.polarity.as_str().to_string()),
            ("symmetric", e.symmetric.to_string()),
        ];
        if let Some(p) = &e.plover {
            values.push(("plover", p.as_str().to_string()));
        }
        for (m, c) in e.modalities.pairs() {
            values.push((m, c.to_string()));
        }
        values.push(("max_confidence", fmt_num(e.max_confidence, 3)));
        attvalues_and_colour(&mut out, &values, polarity_colour(e.polarity));
        let _ = writeln!(
            out,
            "        <viz:thickness value=\"{}\"/>",
            fmt_num(super::dot::pen_width(e.count()), 2)
        );
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::full_date;

    #[test]
    fn partial_dates_widen() {
        assert_eq!(
            full_date("2022-11-09", false).as_deref(),
            Some("2022-11-09")
        );
        assert_eq!(full_date("2022-11", true).as_deref(), Some("2022-11-30"));
        assert_eq!(full_date("2024-02", true).as_deref(), Some("2024-02-29"));
        assert_eq!(full_date("1938", false).as_deref(), Some("1938-01-01"));
        assert_eq!(full_date("1938", true).as_deref(), Some("1938-12-31"));
        assert_eq!(full_date("soon", true), None);
        assert_eq!(full_date("2022-13-01", true), None);
    }
}
