//! `geokg export --format F -o PATH`: the knowledge graph, or a part of it, as a file that
//! analysts' tools open: DOT, SVG, PNG, PDF, CSV, JSON node-link, GraphML, GEXF, Neo4j
//! import files or an interactive HTML page.
//!
//! The format comes from `--format`, else from the extension of `-o` (`graph.svg`,
//! `graph.gexf`); writing to stdout (no `-o`, or `-o -`) needs `--format`. `csv` writes
//! `nodes.csv`, `edges.csv` and `evidence.csv` into a directory, or the edges alone to a
//! `.csv` file or stdout; `neo4j` always writes a directory. The selection (`--around`,
//! `--between`, `--top`, the evidence filters, `--min-evidence`, `--level`) is the same for
//! every format. Exit 1 when the selection is empty or names an entity without edges.

use super::choice;
use super::query::{finish_output, report, resolve, session, FilterArgs, KbArg, LEVELS};
use crate::Cli;
use geokg::export::{
    self, read_kb, Artefact, Engine, ExportError, ExportFormat, Focus, Options, Selection,
};
use geokg::graph::Level;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Arguments of `geokg export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format (default: from the extension of -o).
    #[arg(long, short = 'f', value_parser = choice(FORMATS, ExportFormat::name))]
    pub format: Option<ExportFormat>,
    /// Output file, or directory for `csv` and `neo4j`; `-` or absent for stdout.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Only the entities within --hops links of ENTITY (a name or an id), and the edges
    /// among them.
    #[arg(long, value_name = "ENTITY", conflicts_with = "between")]
    pub around: Option<String>,
    /// Links to follow from --around.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub hops: usize,
    /// Only the union of the best paths between two entities.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub between: Vec<String>,
    /// Paths to take for --between.
    #[arg(short = 'k', long = "paths", default_value_t = 3, value_name = "K")]
    pub k: usize,
    /// Longest path for --between, in hops.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub max_hops: usize,
    /// Only the N most central entities (PageRank weighted by evidence; the --around or
    /// --between entities are always kept) and the edges among them.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Only edges with at least N supporting sentences.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub min_evidence: u32,
    /// `country` rolls people, bodies and places up to their states.
    #[arg(long, value_parser = choice(LEVELS, Level::as_str), default_value = "entity")]
    pub level: Level,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Title of the drawing or page (default: the counts and the selection).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Graphviz program for svg, png and pdf (auto: `dot`, or `sfdp` above 150 entities or
    /// 300 edges).
    #[arg(long, value_parser = choice(ENGINES, Engine::as_str), default_value = "auto")]
    pub engine: Engine,
    /// Stop Graphviz after this many seconds.
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub render_timeout: u64,
    #[command(flatten)]
    pub kb: KbArg,
}

/// The output formats, as `--format` takes them, with their help.
const FORMATS: &[(ExportFormat, &str)] = &[
    (ExportFormat::Dot, "Graphviz DOT source"),
    (ExportFormat::Svg, "SVG drawn by Graphviz"),
    (ExportFormat::Png, "PNG drawn by Graphviz"),
    (ExportFormat::Pdf, "PDF drawn by Graphviz"),
    (
        ExportFormat::Csv,
        "CSV: nodes.csv, edges.csv, evidence.csv in a directory (edges alone to a .csv file or to stdout)",
    ),
    (ExportFormat::Json, "JSON node-link graph (D3, networkx `node_link_graph`)"),
    (
        ExportFormat::Graphml,
        "GraphML with declared attribute keys (Gephi, Cytoscape, yEd)",
    ),
    (ExportFormat::Gexf, "GEXF 1.3 with edge time intervals (Gephi)"),
    (
        ExportFormat::Neo4j,
        "Neo4j `neo4j-admin database import` CSVs and a `LOAD CSV` Cypher script (a directory)",
    ),
    (ExportFormat::Html, "A self-contained interactive HTML page"),
];

/// The Graphviz layout programs, as `--engine` takes them, with their help.
const ENGINES: &[(Engine, &str)] = &[
    (
        Engine::Auto,
        "`dot` for small graphs, `sfdp` for large ones",
    ),
    (Engine::Dot, "Layered drawing (hierarchies, directed flows)"),
    (Engine::Sfdp, "Scalable force-directed drawing"),
    (Engine::Neato, "Spring model"),
    (Engine::Fdp, "Force-directed"),
    (Engine::Circo, "Circular"),
];

/// Where the export goes.
enum Target {
    Stdout,
    File(PathBuf),
    Directory(PathBuf),
}

/// Checks the arguments that need no knowledge base: the format and the target.
fn plan(args: &Args) -> Result<(ExportFormat, Target), String> {
    let path = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let format = match (args.format, path) {
        (Some(f), _) => f,
        (None, Some(p)) => ExportFormat::from_extension(p).ok_or_else(|| {
            format!(
                "cannot tell the format of {:?} from its extension; give --format ({})",
                p.display().to_string(),
                ExportFormat::ALL.map(|f| f.name()).join(", ")
            )
        })?,
        (None, None) => {
            return Err(
                "writing to stdout needs --format (or give -o PATH with an extension)".into(),
            )
        }
    };
    let target = match path {
        None if format == ExportFormat::Neo4j => {
            return Err("--format neo4j writes a directory: give -o DIR".into())
        }
        None => Target::Stdout,
        Some(p) => {
            let alone = format == ExportFormat::Csv
                && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let name = format.name();
            let (target, clash, problem) = if export::writes_directory(format, alone) {
                let problem = format!("--format {name} writes a directory, and this is a file");
                (Target::Directory(p.clone()), p.is_file(), problem)
            } else {
                let problem = format!("is a directory; --format {name} writes a file");
                (Target::File(p.clone()), p.is_dir(), problem)
            };
            if clash {
                return Err(format!("{}: {problem}", p.display()));
            }
            target
        }
    };
    if args.hops == 0 && args.around.is_some() {
        return Err("--hops must be at least 1".into());
    }
    if !args.between.is_empty() && (args.max_hops == 0 || args.max_hops > 12 || args.k == 0) {
        return Err("--max-hops must be 1 to 12 and -k at least 1".into());
    }
    if args.top == Some(0) {
        return Err("--top must be at least 1".into());
    }
    Ok((format, target))
}

fn write_artefact(artefact: &Artefact, target: &Target) -> std::io::Result<()> {
    match (artefact, target) {
        (Artefact::File(bytes), Target::Stdout) => {
            let out = std::io::stdout();
            let mut out = out.lock();
            out.write_all(bytes)?;
            out.flush()
        }
        (Artefact::File(bytes), Target::File(p)) => write_atomically(p, bytes),
        (Artefact::Directory(files), Target::Directory(dir)) => {
            std::fs::create_dir_all(dir)?;
            for (name, bytes) in files {
                write_atomically(&dir.join(name), bytes)?;
            }
            Ok(())
        }
        (Artefact::Directory(_), _) | (Artefact::File(_), Target::Directory(_)) => Err(
            std::io::Error::other("internal error: a directory export without a directory"),
        ),
    }
}

/// Writes through a temporary file in the same directory and renames it, so that a failed
/// export never leaves half a file where a good one was.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().map_or_else(
        || "export".to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let tmp = dir.join(format!(".{name}.geokg-tmp"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let started = Instant::now();
    let (format, target) = match plan(args) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let level = args.level;
    let Some(session) = session(cli, &args.kb, &args.filters) else {
        return 2;
    };
    let focus = if let Some(name) = &args.around {
        match resolve(&session, name, level) {
            Ok(e) => Focus::Around {
                center: e.id,
                hops: args.hops,
            },
            Err(code) => return code,
        }
    } else if let [a, b] = args.between.as_slice() {
        let from = match resolve(&session, a, level) {
            Ok(e) => e,
            Err(code) => return code,
        };
        let to = match resolve(&session, b, level) {
            Ok(e) => e,
            Err(code) => return code,
        };
        if from.id == to.id {
            eprintln!(
                "geokg: {a:?} and {b:?} are the same entity ({}); --between needs two",
                from.id
            );
            return 2;
        }
        Focus::Between {
            from: from.id,
            to: to.id,
            k: args.k,
            max_hops: args.max_hops,
        }
    } else {
        Focus::All
    };
    let selection = Selection {
        level,
        min_evidence: args.min_evidence,
        focus,
        top: args.top,
    };
    let snapshot = match read_kb(&session.kb, &session.filter) {
        Ok(s) => s,
        Err(e) => return report(&session.kb_error(e)),
    };
    let sg = match selection.apply(&snapshot) {
        Ok(sg) => sg,
        Err(ExportError::NotFound(msg)) => {
            eprintln!("geokg: {msg}");
            return 1;
        }
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    if sg.is_empty() {
        eprintln!("geokg: nothing to export: no edge passes the selection and the filters");
        return 1;
    }
    let options = Options {
        title: args
            .title
            .clone()
            .unwrap_or_else(|| export::default_title(&sg)),
        engine: args.engine,
        render_limit: Duration::from_secs(args.render_timeout.max(1)),
        csv_bom: !matches!(target, Target::Stdout),
    };
    let alone = !matches!(target, Target::Directory(_));
    let artefact = match export::export(&sg, format, alone, &options) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let code = match write_artefact(&artefact, &target) {
        Ok(()) => 0,
        Err(e) => match &target {
            Target::Stdout => finish_output(Err(e)),
            Target::File(p) | Target::Directory(p) => {
                eprintln!("geokg: cannot write {}: {e}", p.display());
                2
            }
        },
    };
    if code == 0 {
        let whereto = match &target {
            Target::Stdout => "stdout".to_string(),
            Target::File(p) => p.display().to_string(),
            Target::Directory(p) => format!("{}/", p.display()),
        };
        let evidence: usize = sg.edges.iter().map(|e| e.evidence.len()).sum();
        eprintln!(
            "geokg: {} entities, {} edges, {} evidence as {} to {} in {:.2} s",
            sg.nodes.len(),
            sg.edges.len(),
            evidence,
            format.name(),
            whereto,
            started.elapsed().as_secs_f64()
        );
    }
    code
}
