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

use super::load_lexicon;
use super::query::KbArg;
use crate::Cli;
use geokg::extract::Extractor;
use geokg::graph::KnowledgeGraph;
use geokg::ingest::{expand_inputs, IngestOptions};
use geokg::kb::lock::Wait;
use geokg::kb::{KbError, KnowledgeBase, WriteStats};
use geokg::model::{Article, Triple};
use geokg::pipeline;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

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
pub const WRITE_BATCH: usize = 2048;

/// What the writer thread did.
struct Written {
    /// The knowledge base and the id of this build's run, once an article came to write.
    kb: Option<(KnowledgeBase, i64)>,
    stats: WriteStats,
    /// What stopped it: the knowledge base could not be opened, or a batch not written.
    error: Option<String>,
}

/// Opens the knowledge base for the build (taking its lock) and records the run.
fn open(args: &Args, say_waiting: &mut dyn FnMut()) -> Result<(KnowledgeBase, i64), String> {
    let path = &args.kb.kb;
    let wait = if args.no_wait {
        Wait::No
    } else {
        Wait::Yes(say_waiting)
    };
    let mut kb = KnowledgeBase::open_for_build(path, wait).map_err(|e| match e {
        KbError::Busy(_) => format!(
            "{}: {e}; nothing was done: try again when it has finished, or leave out \
             --no-wait to wait",
            path.display()
        ),
        e => format!("{}: {e}", path.display()),
    })?;
    let run_id = kb
        .start_build()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((kb, run_id))
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let ex = Extractor::new(&lex);
    let (sources, errors) = expand_inputs(&args.inputs);
    let mut problems = errors.len();
    for e in &errors {
        eprintln!("geokg: {e}");
    }
    let progress = if std::io::stderr().is_terminal() {
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template(
                "{spinner} {human_pos} articles ({per_sec}), {msg} [{elapsed}]",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(200));
        Some(pb)
    } else {
        None
    };
    let started = Instant::now();
    let batch_size = args.write_batch;
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
        default_date: args
            .date
            .as_deref()
            .and_then(geokg::shared::civil::day_number),
    };
    // Into a new knowledge base, prebuilt triples are bulk-loaded (see `super::bulk`).
    if let Some(dir) = &args.triples {
        if let Some(code) = super::bulk::run(args, dir, &lex, &opts) {
            return code;
        }
    }
    // Extraction and writing overlap: batches of extracted articles go to a writer thread
    // (at most two waiting), which commits each in one transaction while the next batch is
    // extracted. The first message, sent with the first article read, is an empty batch
    // that has the writer open (and lock) the knowledge base: nothing is created before an
    // article is read. An error stops the writer; the pipeline then stops at its next batch.
    let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<(Article, Vec<Triple>)>>(2);
    let (stats, written) = std::thread::scope(|scope| {
        let progress = &progress;
        let lex = &lex;
        let writer_thread = scope.spawn(move || {
            let mut done = Written {
                kb: None,
                stats: WriteStats::default(),
                error: None,
            };
            let Ok(first) = batches.recv() else {
                return done;
            };
            let mut say_waiting = || {
                let msg = format!(
                    "geokg: {}: another geokg build is writing this knowledge base; waiting for it to finish",
                    args.kb.kb.display()
                );
                match progress {
                    Some(pb) => pb.suspend(|| eprintln!("{msg}")),
                    None => eprintln!("{msg}"),
                }
            };
            let (mut kb, run_id) = match open(args, &mut say_waiting) {
                Ok(x) => x,
                Err(e) => {
                    done.error = Some(e);
                    return done;
                }
            };
            done.error = (|| {
                let mut writer = kb
                    .writer(lex)
                    .map_err(|e| format!("{}: {e}", args.kb.kb.display()))?;
                for batch in std::iter::once(first).chain(batches) {
                    if batch.is_empty() {
                        continue;
                    }
                    done.stats += writer.write_batch(&batch).map_err(|e| {
                        format!(
                            "{}: {e}; the batch being written was rolled back, earlier batches are kept",
                            args.kb.kb.display()
                        )
                    })?;
                    if let Some(pb) = progress {
                        pb.set_message(format!("{} triples written", done.stats.triples));
                    }
                }
                Ok::<(), String>(())
            })()
            .err();
            done.kb = Some((kb, run_id));
            done
        });
        let mut pending: Vec<(Article, Vec<Triple>)> = Vec::new();
        let mut opened = false;
        let mut on_article = |a: Article, mut triples: Vec<Triple>| {
            if args.known_only {
                geokg::recognize::open::drop_unverified(&mut triples);
            }
            if let Some(pb) = progress {
                pb.inc(1);
            }
            if !opened {
                opened = true;
                if to_writer.send(Vec::new()).is_err() {
                    return false;
                }
                pending.reserve(batch_size.min(4096));
            }
            pending.push((a, triples));
            if pending.len() < batch_size {
                return true;
            }
            let full = std::mem::replace(&mut pending, Vec::with_capacity(batch_size.min(4096)));
            to_writer.send(full).is_ok()
        };
        let mut on_problem = |e: &geokg::error::Error| {
            if let Some(pb) = progress {
                pb.suspend(|| eprintln!("geokg: {e}"));
            } else {
                eprintln!("geokg: {e}");
            }
        };
        let stats = match &args.triples {
            Some(dir) => pipeline::run_prebuilt(dir, &opts, &mut on_article, &mut on_problem),
            None => pipeline::run(&sources, &opts, &ex, &mut on_article, &mut on_problem),
        };
        if !pending.is_empty() {
            // fails only when the writer already stopped on an error, reported below
            let _ = to_writer.send(pending);
        }
        drop(to_writer);
        let written = writer_thread.join().unwrap_or_else(|_| Written {
            kb: None,
            stats: WriteStats::default(),
            error: Some("the writer thread stopped unexpectedly".to_string()),
        });
        (stats, written)
    });
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    problems += stats.problems;
    if let Some(e) = written.error {
        eprintln!("geokg: {e}");
        return 2;
    }
    let Some((mut kb, run_id)) = written.kb else {
        let kb = &args.kb.kb;
        eprintln!(
            "geokg: no input was read{}; nothing was built, and {} {}",
            match problems {
                0 => String::new(),
                1 => " (the problem is reported above)".to_string(),
                n => format!(" ({n} problems reported above)"),
            },
            kb.display(),
            if kb.exists() {
                "was left untouched"
            } else {
                "was not created"
            }
        );
        return 2;
    };
    let written = written.stats;
    // The graph for queries, kept in the knowledge base so that queries need not read every
    // triple. Without it queries still answer (from the triples), so a failure only warns.
    if let Err(e) = KnowledgeGraph::refresh_cache(&mut kb) {
        eprintln!(
            "geokg: warning: {}: the graph for queries was not saved ({e}); queries read the \
             triples instead, and the next build tries again",
            args.kb.kb.display()
        );
    }
    if let Err(e) = kb.finish_build(run_id, stats.articles, &written, problems) {
        eprintln!("geokg: {}: {e}", args.kb.kb.display());
        return 2;
    }
    let secs = started.elapsed().as_secs_f64();
    let totals = summary(&kb).unwrap_or_default();
    eprintln!(
        "geokg: {} article(s) in {secs:.1}s ({:.1} MB/s): {} new, {} replaced, {} unchanged; {} triple(s) written. {}: {totals}",
        stats.articles,
        stats.bytes as f64 / 1e6 / secs.max(1e-9),
        written.added,
        written.replaced,
        written.unchanged,
        written.triples,
        args.kb.kb.display(),
    );
    if problems > 0 {
        eprintln!("geokg: {problems} input problem(s) reported above; everything else was built");
        return 2;
    }
    0
}

/// What the knowledge base holds, for the summary: its row counts, except the relation
/// catalogue (every relation the lexicon knows), in whose place come the relation types
/// its triples use.
fn summary(kb: &KnowledgeBase) -> Result<String, KbError> {
    let mut parts: Vec<String> = kb
        .counts()?
        .into_iter()
        .filter(|(t, _)| *t != "relations")
        .map(|(t, n)| format!("{n} {t}"))
        .collect();
    parts.push(format!("{} relation types", kb.relation_types_used()?));
    Ok(parts.join(", "))
}
