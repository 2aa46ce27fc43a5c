//! GraphML with declared attribute keys, for Gephi, Cytoscape, yEd and networkx's
//! `read_graphml`.
//!
//! Node ids are entity ids (`country:IRN`); every value is XML-escaped. Nodes
//! carry `label` (the name), `kind`, `country`, `verified` (false for entities the lexicon
//! does not know), `degree`, `evidence` and `pagerank`; edges
//! carry `label` ("relation (count)"), `relation`, `polarity`, `symmetric`, `plover`,
//! `weight` and `evidence` (the number of supporting sentences), the counts by modality,
//! `first_date`, `last_date` and `max_confidence`. An absent value (no country, no date)
//! has no `<data>` element. Edges are directed in the surface direction of the relation;
//! symmetric relations (`meets`) say `symmetric` = true.

use super::{fmt_num, xml::escape, Subgraph};
use std::fmt::Write;

/// (key id, for, name, type) of every declared attribute.
pub const KEYS: [(&str, &str, &str, &str); 22] = [
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("country", "node", "country", "string"),
    ("verified", "node", "verified", "boolean"),
    ("degree", "node", "degree", "int"),
    ("node_evidence", "node", "evidence", "int"),
    ("pagerank", "node", "pagerank", "double"),
    ("edge_label", "edge", "label", "string"),
    ("relation", "edge", "relation", "string"),
    ("polarity", "edge", "polarity", "string"),
    ("symmetric", "edge", "symmetric", "boolean"),
    ("plover", "edge", "plover", "string"),
    ("weight", "edge", "weight", "double"),
    ("evidence", "edge", "evidence", "int"),
    ("asserted", "edge", "asserted", "int"),
    ("reported", "edge", "reported", "int"),
    ("future", "edge", "future", "int"),
    ("hedged", "edge", "hedged", "int"),
    ("negated", "edge", "negated", "int"),
    ("first_date", "edge", "first_date", "string"),
    ("last_date", "edge", "last_date", "string"),
    ("max_confidence", "edge", "max_confidence", "double"),
];

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
}

/// The subgraph as a GraphML document.
pub fn write(sg: &Subgraph, title: &str) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    out.push_str("  <key id=\"title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n");
    out.push_str(
        "  <key id=\"selection\" for=\"graph\" attr.name=\"selection\" attr.type=\"string\"/>\n",
    );
    for (id, for_, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"geokg\" edgedefault=\"directed\">\n");
    let _ = writeln!(out, "    <data key=\"title\">{}</data>", escape(title));
    let _ = writeln!(
        out,
        "    <data key=\"selection\">{}</data>",
        escape(&sg.description)
    );
    for n in &sg.nodes {
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&n.id));
        data(&mut out, "label", &n.name);
        data(&mut out, "kind", n.kind.as_str());
        if let Some(c) = &n.country {
            data(&mut out, "country", c);
        }
        data(&mut out, "verified", &n.verified().to_string());
        data(&mut out, "degree", &n.degree.to_string());
        data(&mut out, "node_evidence", &n.evidence.to_string());
        data(&mut out, "pagerank", &fmt_num(n.pagerank, 6));
        out.push_str("    </node>\n");
    }
    for e in &sg.edges {
        let _ = writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            e.key(),
            escape(&sg.node(e.source).id),
            escape(&sg.node(e.target).id)
        );
        data(&mut out, "edge_label", &e.caption());
        data(&mut out, "relation", &e.relation);
        data(&mut out, "polarity", e.polarity.as_str());
        data(
            &mut out,
            "symmetric",
            if e.symmetric { "true" } else { "false" },
        );
        if let Some(p) = e.plover {
            data(&mut out, "plover", p.as_str());
        }
        data(&mut out, "weight", &e.count().to_string());
        data(&mut out, "evidence", &e.count().to_string());
        for (m, c) in e.modalities.pairs() {
            data(&mut out, m, &c.to_string());
        }
        if let Some(d) = &e.first_date {
            data(&mut out, "first_date", d);
        }
        if let Some(d) = &e.last_date {
            data(&mut out, "last_date", d);
        }
        data(&mut out, "max_confidence", &fmt_num(e.max_confidence, 3));
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
