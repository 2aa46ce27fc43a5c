//! Orchestration: streams articles from the inputs through the pure stages on all cores
//! and hands the results back in input order.
//!
//! Articles are read one at a time and gathered into batches; each batch is extracted in
//! parallel (rayon) and its results are passed on in order before the next batch is read,
//! so memory stays bounded by the batch size and output is byte-identical whatever the
//! number of threads.

use crate::error::Error;
use crate::extract::Extractor;
use crate::ingest::{read_source, IngestOptions, Source};
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
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut stop = false;
    let flush = |batch: &mut Vec<Article>,
                 stats: &mut RunStats,
                 stop: &mut bool,
                 on_article: &mut dyn FnMut(Article, T) -> bool| {
        if *stop {
            batch.clear();
            return;
        }
        let results: Vec<(usize, T)> = batch
            .par_iter()
            .map(|a| {
                let triples = ex.extract_article(a);
                (triples.len(), finish(a, triples))
            })
            .collect();
        for (a, (n, done)) in batch.drain(..).zip(results) {
            stats.articles += 1;
            stats.bytes += a.text.len();
            stats.triples += n;
            if !on_article(a, done) {
                *stop = true;
                break;
            }
        }
        batch.clear();
    };
    for src in sources {
        if stop {
            break;
        }
        read_source(src, opts, &mut |r| match r {
            Ok(a) => {
                batch.push(a);
                if batch.len() >= BATCH {
                    flush(&mut batch, &mut stats, &mut stop, on_article);
                }
            }
            Err(e) => {
                stats.problems += 1;
                on_problem(&e);
            }
        });
    }
    flush(&mut batch, &mut stats, &mut stop, on_article);
    stats
}
