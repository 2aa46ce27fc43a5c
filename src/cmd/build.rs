//! `geokg build [INPUT...] [--kb PATH]`: extract articles and merge them into the knowledge
//! base (default `geokg.kb` in the current directory, or `GEOKG_KB`).
//!
//! Incremental and idempotent: articles are keyed by id with a content hash, so building
//! the same input again changes nothing and a corrected article replaces its old triples.
//! Every batch of articles is written in one transaction; a bad input is reported and
//! skipped, the rest is built, and the exit code is 2.
//!
//! One build at a time: a build holds an exclusive lock on `PATH.lock` beside the knowledge
//! base for as long as it runs. A second build waits for the first to finish (saying so on
//! stderr), or with `--no-wait` fails at once with a message. Queries take no lock and run
//! while a build writes.

use super::load_lexicon;
use super::query::KbArg;
use crate::Cli;
use geokg::extract::Extractor;
use geokg::ingest::{expand_inputs, IngestOptions};
use geokg::kb::{KnowledgeBase, WriteStats};
use geokg::model::{Article, Triple};
use geokg::pipeline;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `geokg build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (read recursively); `-` or nothing for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    #[command(flatten)]
    pub kb: KbArg,

    /// Fail at once, instead of waiting, when another build is writing the knowledge base.
    #[arg(long)]
    pub no_wait: bool,

    /// Articles written per transaction: a build killed midway keeps every batch it
    /// committed, and a re-run completes the rest.
    #[arg(long, value_name = "N", default_value_t = WRITE_BATCH, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub write_batch: usize,
}

/// The lock file of a knowledge base: its path with `.lock` appended.
pub fn lock_path(kb: &Path) -> PathBuf {
    let mut p = kb.as_os_str().to_owned();
    p.push(".lock");
    PathBuf::from(p)
}

/// Takes the build lock of the knowledge base at `kb`, waiting for another build to finish
/// unless `no_wait`. The lock lasts as long as the returned file is open; the operating
/// system releases it when the process ends, however it ends.
fn lock_kb(kb: &Path, no_wait: bool) -> Result<File, String> {
    let path = lock_path(kb);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| format!("{}: cannot create the build lock: {e}", path.display()))?;
    match file.try_lock() {
        Ok(()) => return Ok(file),
        Err(TryLockError::WouldBlock) => {}
        Err(TryLockError::Error(e)) => {
            return Err(format!(
                "{}: cannot take the build lock: {e}",
                path.display()
            ))
        }
    }
    if no_wait {
        return Err(format!(
            "{}: another geokg build is writing this knowledge base (it holds {}); \
             nothing was done: try again when it has finished, or leave out --no-wait to wait",
            kb.display(),
            path.display()
        ));
    }
    eprintln!(
        "geokg: {}: another geokg build is writing this knowledge base; waiting for it to finish",
        kb.display()
    );
    file.lock()
        .map_err(|e| format!("{}: cannot take the build lock: {e}", path.display()))?;
    Ok(file)
}

/// Articles written per transaction, by default.
pub const WRITE_BATCH: usize = 2048;

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let _lock = match lock_kb(&args.kb.kb, args.no_wait) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let mut kb = match KnowledgeBase::create_or_open(&args.kb.kb) {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("geokg: {}: {e}", args.kb.kb.display());
            return 2;
        }
    };
    let run_id = match kb.start_build() {
        Ok(id) => id,
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
    let batch_size = args.write_batch;
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
    };
    // Extraction and writing overlap: batches of extracted articles go to a writer thread
    // (at most two waiting), which commits each in one transaction while the next batch is
    // extracted. A write error stops the writer; the pipeline then stops at its next batch.
    let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<(Article, Vec<Triple>)>>(2);
    let (stats, written, write_error) = std::thread::scope(|scope| {
        let progress = &progress;
        let writer_thread = scope.spawn(move || {
            let mut written = WriteStats::default();
            for batch in batches {
                match writer.write_batch(&batch) {
                    Ok(s) => written += s,
                    Err(e) => return (written, Some(e.to_string())),
                }
                if let Some(pb) = progress {
                    pb.set_message(format!("{} triples written", written.triples));
                }
            }
            (written, None)
        });
        let mut pending: Vec<(Article, Vec<Triple>)> = Vec::with_capacity(batch_size.min(4096));
        let stats = pipeline::run(
            &sources,
            &opts,
            &ex,
            &mut |a, triples| {
                if let Some(pb) = progress {
                    pb.inc(1);
                }
                pending.push((a, triples));
                if pending.len() < batch_size {
                    return true;
                }
                let full =
                    std::mem::replace(&mut pending, Vec::with_capacity(batch_size.min(4096)));
                to_writer.send(full).is_ok()
            },
            &mut |e| {
                if let Some(pb) = progress {
                    pb.suspend(|| eprintln!("geokg: {e}"));
                } else {
                    eprintln!("geokg: {e}");
                }
            },
        );
        if !pending.is_empty() {
            // fails only when the writer already stopped on an error, reported below
            let _ = to_writer.send(pending);
        }
        drop(to_writer);
        let (written, write_error) = writer_thread.join().unwrap_or_else(|_| {
            (
                WriteStats::default(),
                Some("the writer thread stopped unexpectedly".to_string()),
            )
        });
        (stats, written, write_error)
    });
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
    if let Err(e) = kb.finish_build(run_id, stats.articles, &written, problems) {
        eprintln!("geokg: {}: {e}", args.kb.kb.display());
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
        eprintln!("geokg: {problems} input problem(s) reported above; everything else was built");
        return 2;
    }
    0
}
