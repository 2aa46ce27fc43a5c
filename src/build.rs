//! Building the knowledge base: what `geokg build` does, for the binary and for any other
//! caller (the Python package's `KB.build`), in one function, [`build`].
//!
//! The inputs are expanded and read, their articles extracted on all cores in input order
//! ([`crate::pipeline::run`]), or loaded with triples extracted elsewhere
//! ([`crate::pipeline::run_prebuilt`]), and written in batches of whole articles, one
//! transaction a batch, by a writer thread while the next batch is extracted. Nothing is
//! created until an article has been read. The writer takes the knowledge base's lock
//! (see [`crate::kb::lock`]): it waits for another build, or fails at once when told not
//! to wait. The run is recorded (`start_build`/`finish_build`) and the graph for queries
//! refreshed. Input problems are reported as they are met and counted: the rest is built.
//!
//! What the caller shows is its own: [`Progress`] is told of each article, each written
//! batch, each problem, a wait for another build and a warning; [`Report`] and
//! [`BuildError`] carry the figures and the messages.

mod bulk;

use crate::error::Error;
use crate::extract::Extractor;
use crate::graph::KnowledgeGraph;
use crate::ingest::{expand_inputs, IngestOptions};
use crate::kb::lock::Wait;
use crate::kb::{counts_in_words, KbError, KnowledgeBase, WriteStats};
use crate::model::{Article, Triple};
use crate::pipeline::{self, RunStats};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Articles written per transaction, by default.
pub const WRITE_BATCH: usize = 2048;

/// What a build reads.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// Files or directories (read recursively), extracted; none, or `-`, for standard input.
    Articles(&'a [PathBuf]),
    /// A directory of articles and their triples extracted elsewhere
    /// ([`pipeline::run_prebuilt`]): loaded without extracting.
    Prebuilt(&'a Path),
}

/// How a build runs.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The knowledge base file.
    pub kb: &'a Path,
    /// How articles are read (size limit, publication date of undated ones).
    pub ingest: IngestOptions,
    /// Wait for another build that writes the knowledge base (else fail at once).
    pub wait: bool,
    /// Leave out the triples of open-world (`new:`) entities.
    pub known_only: bool,
    /// Articles written per transaction (at least 1).
    pub write_batch: usize,
}

impl<'a> Options<'a> {
    /// The defaults of `geokg build --kb KB`.
    pub fn new(kb: &'a Path) -> Options<'a> {
        Options {
            kb,
            ingest: IngestOptions::default(),
            wait: true,
            known_only: false,
            write_batch: WRITE_BATCH,
        }
    }
}

/// What a build tells its caller as it goes; every method does nothing by default. The
/// methods are called from the calling thread and from the writer thread.
pub trait Progress: Sync {
    /// An article was read (and extracted).
    fn article(&self) {}
    /// A batch was committed; `triples` written so far.
    fn written(&self, _triples: usize) {}
    /// An input problem: the input (or record) is skipped, the rest is built.
    fn problem(&self, _error: &Error) {}
    /// Another build writes the knowledge base: this one waits (the message says so).
    fn waiting(&self, _message: &str) {}
    /// Something went wrong that does not stop the build (the message says what).
    fn warning(&self, _message: &str) {}
}

/// A [`Progress`] that shows nothing.
pub struct Silent;

impl Progress for Silent {}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Articles read, their bytes, and the triples they gave.
    pub run: RunStats,
    /// What was written.
    pub written: WriteStats,
    /// Input problems reported (inputs that could not be expanded, skipped records).
    pub problems: usize,
    /// Seconds taken.
    pub secs: f64,
    /// What the knowledge base holds afterwards: its row counts (relation types in the
    /// place of the relation catalogue).
    pub totals: String,
    /// Whether it was a bulk load into a new knowledge base ([`crate::kb::bulk`]).
    pub bulk: bool,
}

impl Report {
    /// The line `geokg build` ends with (after `geokg: `).
    pub fn summary(&self, kb: &Path) -> String {
        format!(
            "{} article(s) in {:.1}s ({:.1} MB/s): {} new, {} replaced, {} unchanged; {} triple(s) written{}. {}: {}",
            self.run.articles,
            self.secs,
            self.run.bytes as f64 / 1e6 / self.secs.max(1e-9),
            self.written.added,
            self.written.replaced,
            self.written.unchanged,
            self.written.triples,
            if self.bulk {
                format!(
                    " ({:.0} triples/s, bulk load of a new knowledge base)",
                    self.written.triples as f64 / self.secs.max(1e-9)
                )
            } else {
                String::new()
            },
            kb.display(),
            self.totals,
        )
    }

    /// The line that follows when there were input problems (after `geokg: `).
    pub fn problems_line(&self) -> Option<String> {
        (self.problems > 0).then(|| {
            format!(
                "{} input problem(s) reported above; everything else was built",
                self.problems
            )
        })
    }
}

/// Why a build built nothing, or stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildError {
    /// No article was read: nothing was created or changed.
    NothingRead {
        /// The knowledge base file.
        kb: PathBuf,
        /// Input problems reported.
        problems: usize,
        /// Whether the file exists (and was left untouched).
        existed: bool,
    },
    /// The knowledge base could not be opened or written (the message names it); batches
    /// committed before are kept.
    Kb(String),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::NothingRead {
                kb,
                problems,
                existed,
            } => write!(
                f,
                "no input was read{}; nothing was built, and {} {}",
                match problems {
                    0 => String::new(),
                    1 => " (the problem is reported above)".to_string(),
                    n => format!(" ({n} problems reported above)"),
                },
                kb.display(),
                if *existed {
                    "was left untouched"
                } else {
                    "was not created"
                }
            ),
            BuildError::Kb(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for BuildError {}

/// What the writer thread did.
struct Written {
    /// The knowledge base and the id of this build's run, once an article came to write.
    kb: Option<(KnowledgeBase, i64)>,
    stats: WriteStats,
    /// What stopped it: the knowledge base could not be opened, or a batch not written.
    error: Option<String>,
}

/// Calls `lock` with how the build waits for another build of the same knowledge base to
/// end (as `opts.wait` says, saying so on `progress`), and makes its error a message.
fn locked<T>(
    opts: &Options,
    progress: &dyn Progress,
    lock: impl FnOnce(Wait<'_>) -> Result<T, KbError>,
) -> Result<T, String> {
    let path = opts.kb;
    let mut say_waiting = || {
        progress.waiting(&format!(
            "{}: another geokg build is writing this knowledge base; waiting for it to finish",
            path.display()
        ))
    };
    let wait = if opts.wait {
        Wait::Yes(&mut say_waiting)
    } else {
        Wait::No
    };
    lock(wait).map_err(|e| match e {
        KbError::Busy(_) => format!(
            "{}: {e}; nothing was done: try again when it has finished, or leave out \
             --no-wait to wait",
            path.display()
        ),
        e => format!("{}: {e}", path.display()),
    })
}

/// Opens the knowledge base for the build (taking its lock) and records the run.
fn open(opts: &Options, progress: &dyn Progress) -> Result<(KnowledgeBase, i64), String> {
    let path = opts.kb;
    let mut kb = locked(opts, progress, |wait| {
        KnowledgeBase::open_for_build(path, wait)
    })?;
    let run_id = kb
        .start_build()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((kb, run_id))
}

/// Builds: reads `input`, extracts it with `ex` (unless it is [`Input::Prebuilt`]) and
/// merges the articles and their triples into the knowledge base `opts.kb`, incrementally
/// and idempotently (articles are keyed by id with a content hash). Extraction runs on
/// rayon's current pool. Returns what was done, problems included; an error when nothing
/// was read or the knowledge base could not be opened or written.
pub fn build(
    input: Input,
    ex: &Extractor,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Report, BuildError> {
    // Into a new knowledge base, triples extracted elsewhere are bulk-loaded.
    if let Input::Prebuilt(dir) = input {
        if let Some(done) = bulk::load(dir, ex.lexicon(), opts, progress) {
            return done;
        }
    }
    let started = Instant::now();
    let mut problems = 0;
    let sources = match input {
        Input::Articles(paths) => {
            let (sources, errors) = expand_inputs(paths);
            problems += errors.len();
            for e in &errors {
                progress.problem(e);
            }
            sources
        }
        Input::Prebuilt(_) => Vec::new(),
    };
    let batch_size = opts.write_batch.max(1);
    let lex = ex.lexicon();
    // Extraction and writing overlap: batches of extracted articles go to a writer thread
    // (at most two waiting), which commits each in one transaction while the next batch is
    // extracted. The first message, sent with the first article read, is an empty batch
    // that has the writer open (and lock) the knowledge base: nothing is created before an
    // article is read. An error stops the writer; the pipeline then stops at its next batch.
    let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<(Article, Vec<Triple>)>>(2);
    let (stats, written) = std::thread::scope(|scope| {
        let writer_thread = scope.spawn(move || {
            let mut done = Written {
                kb: None,
                stats: WriteStats::default(),
                error: None,
            };
            let Ok(first) = batches.recv() else {
                return done;
            };
            let (mut kb, run_id) = match open(opts, progress) {
                Ok(x) => x,
                Err(e) => {
                    done.error = Some(e);
                    return done;
                }
            };
            done.error = (|| {
                let mut writer = kb
                    .writer(lex)
                    .map_err(|e| format!("{}: {e}", opts.kb.display()))?;
                for batch in std::iter::once(first).chain(batches) {
                    if batch.is_empty() {
                        continue;
                    }
                    done.stats += writer.write_batch(&batch).map_err(|e| {
                        format!(
                            "{}: {e}; the batch being written was rolled back, earlier batches are kept",
                            opts.kb.display()
                        )
                    })?;
                    progress.written(done.stats.triples);
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
            if opts.known_only {
                crate::recognize::open::drop_unverified(&mut triples);
            }
            progress.article();
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
        let mut on_problem = |e: &Error| progress.problem(e);
        let stats = match input {
            Input::Prebuilt(dir) => {
                pipeline::run_prebuilt(dir, &opts.ingest, &mut on_article, &mut on_problem)
            }
            Input::Articles(_) => {
                pipeline::run(&sources, &opts.ingest, ex, &mut on_article, &mut on_problem)
            }
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
    problems += stats.problems;
    if let Some(e) = written.error {
        return Err(BuildError::Kb(e));
    }
    let Some((mut kb, run_id)) = written.kb else {
        return Err(BuildError::NothingRead {
            kb: opts.kb.to_path_buf(),
            problems,
            existed: opts.kb.exists(),
        });
    };
    let written = written.stats;
    // The graph for queries, kept in the knowledge base so that queries need not read every
    // triple. Without it queries still answer (from the triples), so a failure only warns.
    if let Err(e) = KnowledgeGraph::refresh_cache(&mut kb) {
        progress.warning(&format!(
            "{}: the graph for queries was not saved ({e}); queries read the \
             triples instead, and the next build tries again",
            opts.kb.display()
        ));
    }
    // The events of each pair of states, for `history`; likewise only a warning.
    if let Err(e) = kb.refresh_dyads() {
        progress.warning(&format!(
            "{}: the events by pair of states were not saved ({e}); `history` reads the \
             triples instead, and the next build tries again",
            opts.kb.display()
        ));
    }
    kb.finish_build(run_id, stats.articles, &written, problems)
        .map_err(|e| BuildError::Kb(format!("{}: {e}", opts.kb.display())))?;
    Ok(Report {
        run: stats,
        written,
        problems,
        secs: started.elapsed().as_secs_f64(),
        totals: totals(&kb).unwrap_or_default(),
        bulk: false,
    })
}

/// What the knowledge base holds, for the summary ([`counts_in_words`]).
pub fn totals(kb: &KnowledgeBase) -> Result<String, KbError> {
    Ok(counts_in_words(
        &kb.counts()?,
        kb.relation_types_used()? as usize,
    ))
}
