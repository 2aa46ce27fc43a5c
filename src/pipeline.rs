//! Orchestration: streams articles from the inputs through the pure stages on all cores
//! and hands the results back in input order.
//!
//! Records are read one at a time and gathered into batches; each batch is parsed (JSON
//! Lines lines are read here but parsed on the workers) and extracted in parallel (rayon),
//! and its results are passed on in order before the next batch is read, so memory stays
//! bounded by the batch size and output is byte-identical whatever the number of threads.
//! Problems are reported in input order too.

use crate::error::Error;
use crate::extract::Extractor;
use crate::ingest::{read_records, IngestOptions, Record, Source};
use crate::model::{Article, Triple};
use rayon::prelude::*;

/// How many articles are extracted together.
pub const BATCH: usize = 256;

/// What a run saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Articles read and extracted.
    pub articles: usize,
    /// Bytes of article text.
    pub bytes: usize,
    /// Triples produced.
    pub triples: usize,
    /// Problems reported (skipped inputs, lossy decodes).
    pub problems: usize,
}

/// Reads every source, extracts every article, and calls `on_article` with each article
/// and its triples in input order (handing both over, so that a caller that keeps them
/// need not copy them), `on_problem` with each input problem as it is met.
/// `on_article` returns `false` to stop early (a closed pipe, say).
pub fn run(
    sources: &[Source],
    opts: &IngestOptions,
    ex: &Extractor,
    on_article: &mut dyn FnMut(Article, Vec<Triple>) -> bool,
    on_problem: &mut dyn FnMut(&Error),
) -> RunStats {
    run_with(
        sources,
        opts,
        ex,
        &|_, triples| triples,
        on_article,
        on_problem,
    )
}

/// What a record gives: an article with its number of triples and what `finish` made of
/// them, or a problem.
type Outcome<T> = Result<(Article, usize, T), Error>;

/// As [`run`], with a `finish` step that turns each article's triples into what
/// `on_article` receives (their serialised lines, say). `finish` runs on the worker
/// threads with the extraction, so that only what must be serial (reading the input,
/// writing the output in order) is left to the calling thread.
pub fn run_with<T: Send>(
    sources: &[Source],
    opts: &IngestOptions,
    ex: &Extractor,
    finish: &(dyn Fn(&Article, Vec<Triple>) -> T + Sync),
    on_article: &mut dyn FnMut(Article, T) -> bool,
    on_problem: &mut dyn FnMut(&Error),
) -> RunStats {
    let mut stats = RunStats::default();
    let mut batch: Vec<Record> = Vec::with_capacity(BATCH);
    let mut stop = false;
    let mut flush = |batch: &mut Vec<Record>, stats: &mut RunStats, stop: &mut bool| {
        let records = std::mem::replace(batch, Vec::with_capacity(BATCH));
        if *stop {
            // stopped: the rest is still read, and its problems reported, as before
            for r in records {
                r.parse(&mut |r| {
                    if let Err(e) = r {
                        stats.problems += 1;
                        on_problem(&e);
                    }
                });
            }
            return;
        }
        // Parsing (of JSON Lines) and extraction on the workers, results in input order.
        let results: Vec<Vec<Outcome<T>>> = records
            .into_par_iter()
            .map(|r| {
                let mut out = Vec::new();
                r.parse(&mut |r| {
                    out.push(r.map(|mut a| {
                        let fallback = opts.default_date.map(crate::shared::civil::day_string);
                        crate::ingest::complete_date(&mut a, fallback.as_deref());
                        let triples = ex.extract_article(&a);
                        let n = triples.len();
                        let done = finish(&a, triples);
                        (a, n, done)
                    }))
                });
                out
            })
            .collect();
        for item in results.into_iter().flatten() {
            match item {
                Err(e) => {
                    stats.problems += 1;
                    on_problem(&e);
                }
                Ok(_) if *stop => {}
                Ok((a, n, done)) => {
                    stats.articles += 1;
                    stats.bytes += a.text.len();
                    stats.triples += n;
                    if !on_article(a, done) {
                        *stop = true;
                    }
                }
            }
        }
    };
    for src in sources {
        if stop {
            break;
        }
        read_records(src, opts, &mut |r| {
            batch.push(r);
            if batch.len() >= BATCH {
                flush(&mut batch, &mut stats, &mut stop);
            }
        });
    }
    flush(&mut batch, &mut stats, &mut stop);
    stats
}
