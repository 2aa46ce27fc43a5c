//! The `geokg` binary: parses arguments, wires the library's stages, prints, and picks
//! the exit code (0 success, 1 a query found nothing, 2 any error).

mod cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: extraction makes many small, short-lived
/// allocations (mentions, entity names, triples), and glibc's malloc and free took about
/// a sixth of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The help heading of the options every subcommand takes (the lexicon and extraction
/// options), so that they stand apart from each subcommand's own.
const GLOBAL: &str = "Global options (lexicon and extraction)";

/// The version line, with the licences: the code's, and the syntax model's, which was
/// trained on a treebank under CC BY-SA 4.0.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\ncode: MIT OR Apache-2.0\n",
    "syntax model (data/syntax): CC BY-SA 4.0, trained on Universal Dependencies ",
    "English Web Treebank (UD_English-EWT); see data/syntax/README.md"
);

/// Reads news articles and builds a knowledge graph of geopolitical relationships.
#[derive(Debug, Parser)]
#[command(name = "geokg", version = VERSION, about, long_about = None)]
pub struct Cli {
    /// A directory of lexicon files that add to or override the built-in ones (repeatable;
    /// also read from GEOKG_LEXICON, several separated by ':').
    #[arg(long = "lexicon", global = true, value_name = "DIR", help_heading = GLOBAL)]
    pub lexicon: Vec<PathBuf>,

    /// A PETRARCH/Phoenix actor dictionary to import (repeatable): its actors, synonyms
    /// and dated codes join the lexicon.
    #[arg(long = "lexicon-petrarch", global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub lexicon_petrarch: Vec<PathBuf>,

    /// Worker threads of extraction, in extract, build, eval and bench (default: all cores).
    #[arg(long, global = true, value_name = "N", help_heading = GLOBAL)]
    pub threads: Option<usize>,

    /// In extract, build, bench and parse: articles (or JSON Lines lines) larger than this are
    /// skipped with a warning.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = 16 * 1024 * 1024, help_heading = GLOBAL)]
    pub max_article_bytes: usize,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Articles in, triples out (JSON Lines on stdout). Pure: keeps no state.
    Extract(cmd::extract::Args),
    /// Precision and recall of extraction against a gold file.
    Eval(cmd::eval::Args),
    /// Measure the throughput of each stage on a corpus of a chosen size.
    Bench(cmd::bench::Args),
    /// Write a reproducible synthetic knowledge base of N triples, for scale tests.
    GenKb(cmd::gen_kb::Args),
    /// One phase of `geokg bench`, run in a child process.
    #[command(hide = true)]
    BenchPhase(cmd::bench::PhaseArgs),
    /// Show how geokg reads a text: sentences, mentions, triples.
    Explain(cmd::explain::Args),
    /// Extract articles and merge them into the knowledge base (default: geokg.kb).
    Build(cmd::build::Args),
    /// How two entities are connected: the best paths, each hop with its evidence.
    Path(cmd::path::Args),
    /// The entities directly related to one, with the evidence.
    Neighbors(cmd::neighbors::Args),
    /// What the knowledge base holds, and its most central entities.
    Stats(cmd::stats::Args),
    /// The events between two entities month by month, with a cooperation–conflict score.
    History(cmd::history::Args),
    /// Serve the knowledge base over HTTP, read-only: a JSON API and the interactive page,
    /// live.
    Serve(cmd::serve::Args),
    /// Write the graph, or part of it, as DOT, SVG, PNG, CSV, JSON, GraphML, GEXF, Neo4j or
    /// an interactive HTML page.
    Export(cmd::export::Args),
    /// Show how geokg reads a text as CoNLL-U: tags, lemmas and dependency trees.
    Parse(cmd::parse::Args),
    /// Train and score the tagger, lemmatizer and parser.
    #[command(subcommand)]
    Syntax(cmd::syntax::SyntaxCommand),
    /// Inspect and validate the dictionaries, built-in and the user's.
    #[command(subcommand)]
    Lexicon(cmd::lexicon::LexiconCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.threads {
        if n == 0 {
            eprintln!("geokg: --threads must be at least 1");
            return ExitCode::from(2);
        }
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let code = match &cli.command {
        Command::Extract(a) => cmd::extract::run(&cli, a),
        Command::Eval(a) => cmd::eval::run(&cli, a),
        Command::Bench(a) => cmd::bench::run(&cli, a),
        Command::BenchPhase(a) => cmd::bench::run_phase(&cli, a),
        Command::GenKb(a) => cmd::gen_kb::run(&cli, a),
        Command::Explain(a) => cmd::explain::run(&cli, a),
        Command::Lexicon(c) => cmd::lexicon::run(&cli, c),
        Command::Parse(a) => cmd::parse::run(&cli, a),
        Command::Syntax(c) => cmd::syntax::run(&cli, c),
        Command::Build(a) => cmd::build::run(&cli, a),
        Command::Path(a) => cmd::path::run(&cli, a),
        Command::Neighbors(a) => cmd::neighbors::run(&cli, a),
        Command::Stats(a) => cmd::stats::run(&cli, a),
        Command::History(a) => cmd::history::run(&cli, a),
        Command::Export(a) => cmd::export::run(&cli, a),
        Command::Serve(a) => cmd::serve::run(&cli, a),
    };
    ExitCode::from(code)
}
