//! Orchestration: streams articles from the inputs through the pure stages on all cores
//! and hands the results back in input order.
//!
//! Records are read one at a time and gathered into batches; each batch is parsed (JSON
//! Lines lines are read here but parsed on the workers) and extracted in parallel (rayon),
//! and its results are passed on in order before the next batch is read, so memory stays
//! bounded by the batch size and output is byte-identical whatever the number of threads.
//! Problems are reported in input order too.

use crate::error::{Error, ErrorKind, Location};
use crate::extract::Extractor;
use crate::ingest::{read_records, IngestOptions, Record, Source};
use crate::model::{Article, Triple};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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

/// The folder of articles in a directory of pre-extracted triples ([`run_prebuilt`]).
pub const PREBUILT_ARTICLES: &str = "articles";
/// The folder of triples in a directory of pre-extracted triples ([`run_prebuilt`]).
pub const PREBUILT_TRIPLES: &str = "triples";

/// The data files under `dir`, recursively, in sorted order: every regular file whose name
/// does not start with `_` or `.` (Spark's `_SUCCESS` and `.crc` files).
fn part_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| {
            Error::file(ErrorKind::Io, &d, format!("cannot read the directory: {e}"))
        })?;
        for entry in entries.flatten() {
            let p = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('_') || name.starts_with('.') {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Hands `on_article` every article of `articles_dir` (JSON Lines part files, in the order
/// read, each dated as [`run`] dates it), counting them in `stats`, and `on_problem` each
/// bad line or unreadable file, the rest being read on. Returns whether every article was
/// handed over: `false` when `on_article` said stop or the directory cannot be read.
fn read_prebuilt_articles(
    articles_dir: &Path,
    opts: &IngestOptions,
    stats: &mut RunStats,
    on_problem: &mut dyn FnMut(&Error),
    on_article: &mut dyn FnMut(Article) -> bool,
) -> bool {
    let files = match part_files(articles_dir) {
        Ok(f) => f,
        Err(e) => {
            stats.problems += 1;
            on_problem(&e);
            return false;
        }
    };
    let fallback = opts.default_date.map(crate::shared::civil::day_string);
    let mut stop = false;
    for path in files {
        if stop {
            break;
        }
        let src = Source::File(path, crate::ingest::Format::JsonLines);
        crate::ingest::read_source(&src, opts, &mut |r| match r {
            Err(e) => {
                stats.problems += 1;
                on_problem(&e);
            }
            Ok(_) if stop => {}
            Ok(mut a) => {
                crate::ingest::complete_date(&mut a, fallback.as_deref());
                stats.articles += 1;
                stats.bytes += a.text.len();
                if !on_article(a) {
                    stop = true;
                }
            }
        });
    }
    !stop
}

/// Reads the triples of `dir/triples/` (JSON Lines, one triple per line as `geokg extract`
/// writes it), grouped by article id in the order read.
fn read_prebuilt_triples(
    dir: &Path,
    on_problem: &mut dyn FnMut(&Error),
    problems: &mut usize,
) -> Result<HashMap<String, Vec<Triple>>, Error> {
    let mut by_article: HashMap<String, Vec<Triple>> = HashMap::new();
    for path in part_files(dir)? {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                *problems += 1;
                on_problem(&Error::file(
                    ErrorKind::Io,
                    &path,
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Triple>(line) {
                Ok(t) => by_article.entry(t.article.clone()).or_default().push(t),
                Err(e) => {
                    *problems += 1;
                    on_problem(&Error::new(
                        ErrorKind::Json,
                        Location::file(&path).at_line(i + 1),
                        format!("not a triple of `geokg extract`: {e}"),
                    ));
                }
            }
        }
    }
    Ok(by_article)
}

/// As [`run`], for articles whose triples were extracted elsewhere (by `geokg extract`, or
/// `geokg.extract_many` in Spark): `dir/articles/` holds the articles as JSON Lines and
/// `dir/triples/` their triples as JSON Lines, in files of any name (Spark's part files;
/// names starting with `_` or `.` are left out). Each article is handed over with its
/// triples, in the order the articles are read; an article without triples is handed
/// over with none. Nothing is extracted. Triples of an article that `articles/` does not
/// hold are reported as problems.
pub fn run_prebuilt(
    dir: &Path,
    opts: &IngestOptions,
    on_article: &mut dyn FnMut(Article, Vec<Triple>) -> bool,
    on_problem: &mut dyn FnMut(&Error),
) -> RunStats {
    let mut stats = RunStats::default();
    let articles_dir = dir.join(PREBUILT_ARTICLES);
    let triples_dir = dir.join(PREBUILT_TRIPLES);
    let mut triples = match read_prebuilt_triples(&triples_dir, on_problem, &mut stats.problems) {
        Ok(t) => t,
        Err(e) => {
            stats.problems += 1;
            on_problem(&e);
            return stats;
        }
    };
    let mut n_triples = 0;
    let finished = read_prebuilt_articles(&articles_dir, opts, &mut stats, on_problem, &mut |a| {
        let ts = triples.remove(&a.id).unwrap_or_default();
        n_triples += ts.len();
        on_article(a, ts)
    });
    stats.triples += n_triples;
    if finished {
        let mut orphans: Vec<(String, usize)> =
            triples.into_iter().map(|(a, t)| (a, t.len())).collect();
        orphans.sort();
        for (article, n) in orphans {
            stats.problems += 1;
            on_problem(&Error::file(
                ErrorKind::Json,
                &triples_dir,
                format!(
                    "{n} triple(s) of article {article:?}, which {} does not hold; left out",
                    articles_dir.display()
                ),
            ));
        }
    }
    stats
}

/// As [`run_prebuilt`], streaming, for a bulk load: calls `on_article` with every article of
/// `dir/articles/` (in the order read), then `on_triple` with every triple of
/// `dir/triples/` (in the order read, one line at a time: nothing is gathered), and
/// `on_problem` with each bad line (`FILE:LINE`) or unreadable file, the rest being read on.
/// Either callback returns `false` to stop. Joining triples to their articles (and
/// reporting those of an article that `articles/` does not hold) is the caller's.
pub fn stream_prebuilt(
    dir: &Path,
    opts: &IngestOptions,
    on_article: &mut dyn FnMut(Article) -> bool,
    on_triple: &mut dyn FnMut(Triple) -> bool,
    on_problem: &mut dyn FnMut(&Error),
) -> RunStats {
    stream_prebuilt_lines(
        dir,
        opts,
        on_article,
        &mut |line| serde_json::from_slice::<Triple>(line).map(&mut *on_triple),
        on_problem,
    )
}

/// As [`stream_prebuilt`], handing `on_line` each line of the triples that is not blank, to
/// parse and take: it returns whether to go on, or the error that makes the line no triple
/// (reported as [`stream_prebuilt`] reports it).
pub fn stream_prebuilt_lines(
    dir: &Path,
    opts: &IngestOptions,
    on_article: &mut dyn FnMut(Article) -> bool,
    on_line: &mut dyn FnMut(&[u8]) -> Result<bool, serde_json::Error>,
    on_problem: &mut dyn FnMut(&Error),
) -> RunStats {
    use std::io::BufRead;
    let mut stats = RunStats::default();
    let articles_dir = dir.join(PREBUILT_ARTICLES);
    if !read_prebuilt_articles(&articles_dir, opts, &mut stats, on_problem, on_article) {
        return stats;
    }
    let files = match part_files(&dir.join(PREBUILT_TRIPLES)) {
        Ok(f) => f,
        Err(e) => {
            stats.problems += 1;
            on_problem(&e);
            return stats;
        }
    };
    let mut line = Vec::new();
    for path in files {
        let file = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) => {
                stats.problems += 1;
                on_problem(&Error::file(
                    ErrorKind::Io,
                    &path,
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        let mut r = std::io::BufReader::with_capacity(1 << 20, file);
        let mut n = 0;
        loop {
            line.clear();
            match r.read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    stats.problems += 1;
                    on_problem(&Error::new(
                        ErrorKind::Io,
                        Location::file(&path).at_line(n + 1),
                        format!("cannot read: {e}"),
                    ));
                    break;
                }
            }
            n += 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match on_line(&line) {
                Ok(go_on) => {
                    stats.triples += 1;
                    if !go_on {
                        return stats;
                    }
                }
                Err(e) => {
                    stats.problems += 1;
                    on_problem(&Error::new(
                        ErrorKind::Json,
                        Location::file(&path).at_line(n),
                        format!("not a triple of `geokg extract`: {e}"),
                    ));
                }
            }
        }
    }
    stats
}
