//! Stage 8, export: the knowledge graph as files that analysts' tools open.
//!
//! Takes a [`Subgraph`]: the part of the knowledge base that a [`Selection`] picks (filters,
//! an ego network, the best paths between two entities, the most central entities), read
//! from the knowledge base by one adapter, [`source::read_kb`]. Returns bytes in one of the
//! [`ExportFormat`]s, one module each: [`dot`] (Graphviz, rendered to SVG/PNG/PDF by
//! [`render`]), [`csv`] (spreadsheets), [`json`] (node-link for D3 and networkx),
//! [`graphml`] and [`gexf`] (Gephi, Cytoscape, yEd), [`neo4j`] (`neo4j-admin import`
//! and `LOAD CSV`) and [`html`] (a self-contained interactive page).
//!
//! Every export is deterministic: nodes are sorted by entity id, edges by (source,
//! relation, target), evidence by (date, article, offset), numbers are printed with a fixed
//! number of decimals, and ids (`n0`, `e0`) follow that order. The same knowledge base
//! gives the same bytes.

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod layout;
pub mod neo4j;
pub mod pack;
pub mod render;
mod select;
pub mod source;
mod xml;

pub use render::Engine;
pub use select::{Focus, Selection};
pub use source::{read_kb, KbSnapshot};

use crate::kb::StoredTriple;
use crate::model::{Kind, ModalityCounts, Polarity};
use crate::shared::plover::PloverType;
use std::path::Path;
use std::time::Duration;

/// What can go wrong while exporting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Reading the knowledge base failed.
    #[error(transparent)]
    Kb(#[from] crate::kb::KbError),
    /// An entity named in the selection has no edge under the filters.
    #[error("{0}")]
    NotFound(String),
    /// Writing failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Graphviz is missing, failed, or took too long.
    #[error("{0}")]
    Render(String),
    /// The request cannot be carried out as given (the message says how to fix it).
    #[error("{0}")]
    Usage(String),
}

/// Result of export operations.
pub type ExportResult<T> = Result<T, ExportError>;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    /// Graphviz DOT source.
    Dot,
    /// SVG drawn by Graphviz.
    Svg,
    /// PNG drawn by Graphviz.
    Png,
    /// PDF drawn by Graphviz.
    Pdf,
    /// CSV: nodes.csv, edges.csv, evidence.csv in a directory (edges alone to a .csv file
    /// or to stdout).
    Csv,
    /// JSON node-link graph (D3, networkx `node_link_graph`).
    Json,
    /// GraphML with declared attribute keys (Gephi, Cytoscape, yEd).
    Graphml,
    /// GEXF 1.3 with edge time intervals (Gephi).
    Gexf,
    /// Neo4j `neo4j-admin database import` CSVs and a `LOAD CSV` Cypher script (a directory).
    Neo4j,
    /// A self-contained interactive HTML page.
    Html,
}

impl ExportFormat {
    /// Every format, in the order of the documentation.
    pub const ALL: [ExportFormat; 10] = [
        ExportFormat::Dot,
        ExportFormat::Svg,
        ExportFormat::Png,
        ExportFormat::Pdf,
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::Graphml,
        ExportFormat::Gexf,
        ExportFormat::Neo4j,
        ExportFormat::Html,
    ];

    /// The format a path's extension stands for (`graph.gv` → DOT, `graph.htm` → HTML), or
    /// `None` for an unknown or missing extension.
    pub fn from_extension(path: &Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "dot" | "gv" => ExportFormat::Dot,
            "svg" => ExportFormat::Svg,
            "png" => ExportFormat::Png,
            "pdf" => ExportFormat::Pdf,
            "csv" => ExportFormat::Csv,
            "json" => ExportFormat::Json,
            "graphml" => ExportFormat::Graphml,
            "gexf" => ExportFormat::Gexf,
            "neo4j" => ExportFormat::Neo4j,
            "html" | "htm" => ExportFormat::Html,
            _ => return None,
        })
    }

    /// The lowercase name used by `--format`.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Dot => "dot",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Neo4j => "neo4j",
            ExportFormat::Html => "html",
        }
    }

    /// Whether Graphviz draws it.
    pub fn needs_graphviz(self) -> bool {
        matches!(
            self,
            ExportFormat::Svg | ExportFormat::Png | ExportFormat::Pdf
        )
    }
}

/// How to write an export.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The title of the drawing or page.
    pub title: String,
    /// The Graphviz program for SVG, PNG and PDF.
    pub engine: Engine,
    /// Graphviz is stopped after this long.
    pub render_limit: Duration,
    /// CSV written alone (edges) starts with a UTF-8 byte-order mark (for a file, not for
    /// stdout).
    pub csv_bom: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            title: "geokg".into(),
            engine: Engine::Auto,
            render_limit: Duration::from_secs(300),
            csv_bom: true,
        }
    }
}

/// The title of an export for which none is given (`--title`): what it holds.
pub fn default_title(sg: &Subgraph) -> String {
    format!(
        "geokg: {} entities, {} relations ({})",
        sg.nodes.len(),
        sg.edges.len(),
        sg.description
    )
}

/// What an export produces: the bytes of one file, or the files of a directory.
#[derive(Debug, Clone, PartialEq)]
pub enum Artefact {
    /// One file's content.
    File(Vec<u8>),
    /// (file name, content) of each file of a directory.
    Directory(Vec<(&'static str, Vec<u8>)>),
}

/// Whether a format writes a directory (`neo4j` always; `csv` unless it is written alone
/// to a `.csv` file or to stdout).
pub fn writes_directory(format: ExportFormat, alone: bool) -> bool {
    match format {
        ExportFormat::Neo4j => true,
        ExportFormat::Csv => !alone,
        _ => false,
    }
}

/// Exports a subgraph. `alone` asks CSV for the edges alone instead of a directory.
pub fn export(
    sg: &Subgraph,
    format: ExportFormat,
    alone: bool,
    opts: &Options,
) -> ExportResult<Artefact> {
    let title = opts.title.as_str();
    let text = |s: String| Ok(Artefact::File(s.into_bytes()));
    match format {
        ExportFormat::Dot => text(dot::write(sg, title)),
        ExportFormat::Svg | ExportFormat::Png | ExportFormat::Pdf => {
            let program = opts.engine.program(sg);
            let bytes = render::render_subgraph(sg, title, format, program, opts.render_limit)?;
            Ok(Artefact::File(bytes))
        }
        ExportFormat::Csv if alone => text(csv::edges(sg, opts.csv_bom)?),
        ExportFormat::Csv => Ok(Artefact::Directory(vec![
            (csv::FILES[0], csv::nodes(sg, true)?.into_bytes()),
            (csv::FILES[1], csv::edges(sg, true)?.into_bytes()),
            (csv::FILES[2], csv::evidence(sg, true)?.into_bytes()),
        ])),
        ExportFormat::Json => text(json::write(sg, title)),
        ExportFormat::Graphml => text(graphml::write(sg, title)),
        ExportFormat::Gexf => text(gexf::write(sg, title)),
        ExportFormat::Neo4j => Ok(Artefact::Directory(vec![
            (neo4j::FILES[0], neo4j::nodes(sg)?.into_bytes()),
            (neo4j::FILES[1], neo4j::relationships(sg)?.into_bytes()),
            (neo4j::FILES[2], neo4j::import_script().into_bytes()),
            (neo4j::FILES[3], neo4j::load_cypher(sg).into_bytes()),
        ])),
        ExportFormat::Html => text(html::write(sg, title)),
    }
}

/// One exported entity.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportNode {
    /// Position in the export (`n0`, `n1`, ...).
    pub index: usize,
    /// Canonical entity id (`country:IRN`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind of entity.
    pub kind: Kind,
    /// ISO 3166-1 alpha-3 code of its state.
    pub country: Option<String>,
    /// Distinct neighbours in the export.
    pub degree: usize,
    /// Evidence sentences of its exported edges.
    pub evidence: u32,
    /// PageRank in the filtered graph the selection was made from (evidence-weighted).
    pub pagerank: f64,
}

impl ExportNode {
    /// The DOT/XML id: `n42`.
    pub fn key(&self) -> String {
        format!("n{}", self.index)
    }

    /// Whether the lexicon knows the entity (`false` for open-world `new:` ids).
    pub fn verified(&self) -> bool {
        !self.id.starts_with(crate::model::UNVERIFIED_PREFIX)
    }
}

/// One exported edge: a (subject, relation, object) with all its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportEdge {
    /// Position in the export (`e0`, `e1`, ...).
    pub index: usize,
    /// Index of the subject node.
    pub source: usize,
    /// Index of the object node.
    pub target: usize,
    /// Relation id (`supplies`).
    pub relation: String,
    /// The catalogue's label (`supplies`, `speaks by telephone with`).
    pub label: String,
    /// Cooperation, conflict or neither.
    pub polarity: Polarity,
    /// Whether the relation goes both ways (`meets`): then source < target by id.
    pub symmetric: bool,
    /// PLOVER event type of the relation.
    pub plover: Option<PloverType>,
    /// Evidence by modality.
    pub modalities: ModalityCounts,
    /// Earliest evidence date.
    pub first_date: Option<String>,
    /// Latest evidence date.
    pub last_date: Option<String>,
    /// Highest evidence confidence.
    pub max_confidence: f64,
    /// The supporting triples with their sentences, by date, article and offset.
    pub evidence: Vec<StoredTriple>,
}

impl ExportEdge {
    /// The DOT/XML id: `e42`.
    pub fn key(&self) -> String {
        format!("e{}", self.index)
    }

    /// Number of supporting sentences.
    pub fn count(&self) -> u32 {
        self.evidence.len() as u32
    }

    /// "supplies (4)": the relation with spaces, and the evidence count.
    pub fn caption(&self) -> String {
        format!("{} ({})", self.relation.replace('_', " "), self.count())
    }
}

/// The part of the knowledge graph to export, sorted and numbered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Subgraph {
    /// Entities, sorted by id.
    pub nodes: Vec<ExportNode>,
    /// Edges, sorted by (source id, relation, target id).
    pub edges: Vec<ExportEdge>,
    /// What was selected, in words (`entity level; around Iran (country:IRN), 1 hop`).
    pub description: String,
}

impl Subgraph {
    /// Whether there is nothing to export.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node at an index.
    pub fn node(&self, i: usize) -> &ExportNode {
        &self.nodes[i]
    }
}

/// Formats a number with at most `decimals` decimals, without trailing zeros ("0.5",
/// "1"), so that exports are byte-stable and short.
pub fn fmt_num(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "0".into();
    }
    let s = format!("{x:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// The colour of a polarity, shared by every visual format.
pub fn polarity_colour(p: Polarity) -> &'static str {
    match p {
        Polarity::Cooperative => "#1a9850",
        Polarity::Conflictual => "#d73027",
        Polarity::Neutral => "#7f7f7f",
    }
}

/// The fill colour of a kind of entity, shared by every visual format.
pub fn kind_colour(k: Kind) -> &'static str {
    match k {
        Kind::Country => "#a6cee3",
        Kind::Person => "#fdbf6f",
        Kind::Organization => "#cab2d6",
        Kind::Group => "#fb9a99",
        Kind::Location => "#b2df8a",
        Kind::Media => "#ffff99",
        Kind::Other => "#d9d9d9",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions() {
        let f = |p: &str| ExportFormat::from_extension(Path::new(p));
        assert_eq!(f("a/graph.GV"), Some(ExportFormat::Dot));
        assert_eq!(f("graph.htm"), Some(ExportFormat::Html));
        assert_eq!(f("x.graphml"), Some(ExportFormat::Graphml));
        assert_eq!(f("x.gexf"), Some(ExportFormat::Gexf));
        assert_eq!(f("x.svg"), Some(ExportFormat::Svg));
        assert_eq!(f("out"), None);
        assert_eq!(f("x.txt"), None);
        for fmt in ExportFormat::ALL {
            assert_eq!(f(&format!("x.{}", fmt.name())), Some(fmt));
        }
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(fmt_num(0.5, 3), "0.5");
        assert_eq!(fmt_num(1.0, 3), "1");
        assert_eq!(fmt_num(0.123456, 4), "0.1235");
        assert_eq!(fmt_num(-0.00001, 3), "0");
        assert_eq!(fmt_num(f64::NAN, 3), "0");
    }
}
