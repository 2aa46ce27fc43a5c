//! `geokg build [INPUT...] [--kb PATH]`: extract articles and merge them into the knowledge
//! base (default `geokg.kb` in the current directory, or `GEOKG_KB`).
//!
//! Incremental and idempotent: articles are keyed by id with a content hash, so building
//! the same input again changes nothing and a corrected article replaces its old triples.
//! Every batch of articles is written in one transaction; a bad input is reported and
//! skipped, the rest is built, and the exit code is 2.

use super::load_lexicon;
use super::query::KbArg;
use crate::Cli;
use geokg::extract::Extractor;
use geokg::ingest::{expand_inputs, IngestOptions};
use geokg::kb::{KnowledgeBase, WriteStats};
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
}

/// Articles written per transaction.
const WRITE_BATCH: usize = 256;

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let mut kb = match KnowledgeBase::create_or_open(&args.kb.kb) {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("geokg: {}: {e}", args.kb.kb.display());
            return 2;
        }
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
    let mut writer = match kb.writer(&lex) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("geokg: {}: {e}", args.kb.kb.display());
            return 2;
        }
    };
    let mut pending: Vec<(Article, Vec<Triple>)> = Vec::with_capacity(WRITE_BATCH);
    let mut written = WriteStats::default();
    let mut write_error: Option<String> = None;
    let mut flush = |pending: &mut Vec<(Article, Vec<Triple>)>, written: &mut WriteStats| -> bool {
        if pending.is_empty() {
            return true;
        }
        match writer.write_batch(pending) {
            Ok(s) => *written += s,
            Err(e) => {
                write_error = Some(e.to_string());
                return false;
            }
        }
        pending.clear();
        if let Some(pb) = &progress {
            pb.set_message(format!("{} triples written", written.triples));
        }
        true
    };
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
    };
    let stats = pipeline::run(
        &sources,
        &opts,
        &ex,
        &mut |a, triples| {
            if let Some(pb) = &progress {
                pb.inc(1);
            }
            pending.push((a.clone(), triples.to_vec()));
            pending.len() < WRITE_BATCH || flush(&mut pending, &mut written)
        },
        &mut |e| {
            if let Some(pb) = &progress {
                pb.suspend(|| eprintln!("geokg: {e}"));
            } else {
                eprintln!("geokg: {e}");
            }
        },
    );
    flush(&mut pending, &mut written);
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    problems += stats.problems;
    if let Some(e) = write_error {
        eprintln!(
            "geokg: {}: {e}; the batch being written was rolled back, earlier batches are kept",
            args.kb.kb.display()
        );
        return 2;
    }
    let secs = started.elapsed().as_secs_f64();
    let totals = kb
        .counts()
        .map(|c| {
            c.iter()
                .map(|(t, n)| format!("{n} {t}"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
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
        eprintln!("geokg: {problems} input problem(s) reported above; those inputs were skipped");
        return 2;
    }
    0
}
