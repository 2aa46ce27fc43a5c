//! Graphviz DOT: the subgraph as `dot-structures` values printed by graphviz-rust.
//!
//! graphviz-rust prints identifiers and attribute values exactly as given and escapes
//! nothing (an unescaped quote in a name would silently split a node in three), so every
//! node is named `n42` and every value that comes from the data goes through [`quote`].
//! Nodes are shaped and filled by kind; edges are coloured by polarity (cooperative
//! green, conflictual red, neutral grey), drawn wider with more evidence, labelled
//! "relation (count)", and undirected (`dir=none`) for symmetric relations.

use super::pack::Placement;
use super::{fmt_num, kind_colour, polarity_colour, Subgraph};
use crate::model::Kind;
use dot_structures::{Attribute, Edge, EdgeTy, GraphAttributes, Id, Node, NodeId, Stmt, Vertex};
use graphviz_rust::printer::PrinterContext;

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`
/// (centred lines), carriage returns and other control characters dropped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn attr(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.into()), Id::Escaped(quote(value)))
}

/// The Graphviz shape of a kind of entity.
pub fn shape(k: Kind) -> &'static str {
    match k {
        Kind::Country => "box",
        Kind::Person => "ellipse",
        Kind::Organization => "hexagon",
        Kind::Group => "octagon",
        Kind::Location => "house",
        Kind::Media => "note",
        Kind::Other => "ellipse",
    }
}

/// The width of an edge: 1 for one sentence, growing with the log of the evidence.
pub fn pen_width(count: u32) -> f64 {
    1.0 + 1.5 * (count.max(1) as f64).ln()
}

/// The subgraph as a `dot-structures` graph.
pub fn graph(sg: &Subgraph, title: &str) -> dot_structures::Graph {
    graph_placed(sg, title, None)
}

/// The subgraph as a `dot-structures` graph, with the positions of `placement` when given
/// (for `neato -n2`, which draws them as they are).
pub fn graph_placed(
    sg: &Subgraph,
    title: &str,
    placement: Option<&Placement>,
) -> dot_structures::Graph {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", title),
            attr("labelloc", "t"),
            attr("fontname", "Helvetica"),
            attr("fontsize", "14"),
            attr("overlap", "false"),
            attr("splines", "true"),
            attr("outputorder", "edgesfirst"),
            attr("bgcolor", "white"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "11"),
            attr("style", "filled"),
            attr("color", "#555555"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "9"),
            attr("arrowsize", "0.7"),
        ])),
    ];
    for n in &sg.nodes {
        let mut tooltip = format!("{} ({}", n.name, n.id);
        if let Some(c) = &n.country {
            tooltip.push_str(&format!(", {c}"));
        }
        tooltip.push(')');
        let mut attrs = vec![
            attr("label", &n.name),
            attr("shape", shape(n.kind)),
            attr("fillcolor", kind_colour(n.kind)),
            attr("tooltip", &tooltip),
            attr("id", &n.key()),
        ];
        if n.kind == Kind::Country {
            attrs.push(attr("style", "filled,rounded"));
        }
        if let Some(pos) = placement.and_then(|p| p.nodes.get(&n.key())) {
            attrs.push(attr("pos", pos));
        }
        stmts.push(Stmt::Node(Node::new(
            NodeId(Id::Plain(n.key()), None),
            attrs,
        )));
    }
    for e in &sg.edges {
        let colour = polarity_colour(e.polarity);
        let mut tooltip = format!(
            "{} {} {}: {} evidence",
            sg.node(e.source).name,
            e.label,
            sg.node(e.target).name,
            e.count()
        );
        match (&e.first_date, &e.last_date) {
            (Some(a), Some(b)) if a == b => tooltip.push_str(&format!(", {a}")),
            (Some(a), Some(b)) => tooltip.push_str(&format!(", {a} to {b}")),
            _ => {}
        }
        let mut attrs = vec![
            attr("label", &e.caption()),
            attr("color", colour),
            attr("fontcolor", colour),
            attr("penwidth", &fmt_num(pen_width(e.count()), 2)),
            attr("tooltip", &tooltip),
            attr("id", &e.key()),
        ];
        if e.symmetric {
            attrs.push(attr("dir", "none"));
        }
        if let Some((pos, lp)) = placement.and_then(|p| p.edges.get(&e.key())) {
            attrs.push(attr("pos", pos));
            if let Some(lp) = lp {
                attrs.push(attr("lp", lp));
            }
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(Id::Plain(sg.node(e.source).key()), None)),
                Vertex::N(NodeId(Id::Plain(sg.node(e.target).key()), None)),
            ),
            attributes: attrs,
        }));
    }
    dot_structures::Graph::DiGraph {
        id: Id::Plain("geokg".into()),
        strict: false,
        stmts,
    }
}

/// The subgraph as DOT text.
pub fn write(sg: &Subgraph, title: &str) -> String {
    write_placed(sg, title, None)
}

/// The subgraph as DOT text, with the positions of `placement` when given.
pub fn write_placed(sg: &Subgraph, title: &str, placement: Option<&Placement>) -> String {
    let mut ctx = PrinterContext::default();
    let mut s = graphviz_rust::print(graph_placed(sg, title, placement), &mut ctx);
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::select::tests::snapshot;
    use crate::export::Selection;

    #[test]
    fn quoting_keeps_every_name_whole() {
        assert_eq!(quote(r#"The "G7" \ x"#), r#""The \"G7\" \\ x""#);
        assert_eq!(quote("a\nb\r"), r#""a\nb""#);
        let sg = Selection::default().apply(&snapshot()).unwrap();
        let text = write(&sg, "test \"graph\"");
        // graphviz-rust's own parser reads it back with every node and edge.
        let parsed = graphviz_rust::parse(&text).expect("DOT parses");
        let dot_structures::Graph::DiGraph { stmts, .. } = parsed else {
            panic!("a digraph")
        };
        let nodes = stmts.iter().filter(|s| matches!(s, Stmt::Node(_))).count();
        let edges = stmts.iter().filter(|s| matches!(s, Stmt::Edge(_))).count();
        assert_eq!((nodes, edges), (sg.nodes.len(), sg.edges.len()));
        assert!(
            text.contains(r#"label="The \"G7\" \\ <club> & =SUM(A1)""#),
            "{text}"
        );
    }
}
