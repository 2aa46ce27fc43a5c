//! `geokg build [INPUT...] [--kb PATH]`: extract articles and merge them into the knowledge
//! base (default `geokg.kb` in the current directory, or `GEOKG_KB`).
//!
//! Incremental and idempotent: articles are keyed by id with a content hash, so building
//! the same input again changes nothing and a corrected article replaces its old triples.
//! Every batch of articles is written in one transaction; a bad input is reported and
//! skipped, the rest is built, and the exit code is 2.
//!
//! Nothing is created until an article has been read: a build whose inputs hold no
//! readable article says so, exits 2, and leaves the knowledge base as it was (or absent).
//!
//! One build at a time: a build holds an exclusive lock on the knowledge-base file itself
//! (see `geokg::kb::lock`) for as long as it runs. A second build waits for the first to
//! finish (saying so on stderr), or with `--no-wait` fails at once with a message. Queries
//! take no lock and run while a build writes.
//!
//! The work is `geokg::build::build`'s; this module holds the arguments, the progress bar
//! and the messages.

use super::load_lexicon;
use super::query::KbArg;
use crate::Cli;
use geokg::build::{Input, Options, Progress};
use geokg::extract::Extractor;
use geokg::ingest::IngestOptions;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Arguments of `geokg build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (read recursively); `-` or nothing for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    #[command(flatten)]
    pub kb: KbArg,

    /// Publication date of the articles that give none (no date field, page metadata or
    /// dateline): their events are dated against it ("last week", "on Monday").
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_day_arg)]
    pub date: Option<String>,

    /// Load articles and their triples extracted elsewhere, without extracting: DIR/articles/
    /// holds the articles and DIR/triples/ their triples, both as JSON Lines in files of any
    /// name (as the Spark job of docs/spark.md writes them). Articles without triples are
    /// stored too.
    #[arg(long, value_name = "DIR", conflicts_with = "inputs")]
    pub triples: Option<PathBuf>,

    /// Fail at once, instead of waiting, when another build is writing the knowledge base.
    #[arg(long)]
    pub no_wait: bool,

    /// Only entities the lexicon knows: leave out the triples of open-world (`new:`)
    /// entities, which are kept by default.
    #[arg(long)]
    pub known_only: bool,

    /// Articles written per transaction: a build killed midway keeps every batch it
    /// committed, and a re-run completes the rest.
    #[arg(long, value_name = "N", default_value_t = WRITE_BATCH, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub write_batch: usize,
}

/// Articles written per transaction, by default.
pub const WRITE_BATCH: usize = geokg::build::WRITE_BATCH;

/// The progress bar on a terminal (articles read, their rate, triples written), and the
/// build's messages on stderr above it.
struct Bar(Option<ProgressBar>);

impl Bar {
    fn new() -> Bar {
        if !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template(
                "{spinner} {human_pos} articles ({per_sec}), {msg} [{elapsed}]",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(200));
        Bar(Some(pb))
    }

    fn say(&self, msg: &str) {
        match &self.0 {
            Some(pb) => pb.suspend(|| eprintln!("geokg: {msg}")),
            None => eprintln!("geokg: {msg}"),
        }
    }
}

impl Progress for Bar {
    fn article(&self) {
        if let Some(pb) = &self.0 {
            pb.inc(1);
        }
    }
    fn written(&self, triples: usize) {
        if let Some(pb) = &self.0 {
            pb.set_message(format!("{triples} triples written"));
        }
    }
    fn problem(&self, error: &geokg::error::Error) {
        self.say(&error.to_string());
    }
    fn waiting(&self, message: &str) {
        self.say(message);
    }
    fn warning(&self, message: &str) {
        self.say(&format!("warning: {message}"));
    }
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let ex = Extractor::new(&lex);
    let opts = Options {
        kb: &args.kb.kb,
        ingest: IngestOptions {
            max_article_bytes: cli.max_article_bytes,
            default_date: args
                .date
                .as_deref()
                .and_then(geokg::shared::civil::day_number),
        },
        wait: !args.no_wait,
        known_only: args.known_only,
        write_batch: args.write_batch,
    };
    let input = match &args.triples {
        Some(dir) => Input::Prebuilt(dir),
        None => Input::Articles(&args.inputs),
    };
    let bar = Bar::new();
    let report = geokg::build::build(input, &ex, &opts, &bar);
    if let Some(pb) = &bar.0 {
        pb.finish_and_clear();
    }
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    eprintln!("geokg: {}", report.summary(&args.kb.kb));
    if let Some(line) = report.problems_line() {
        eprintln!("geokg: {line}");
        return 2;
    }
    0
}
