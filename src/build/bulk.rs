//! [`super::build`] of triples extracted elsewhere ([`super::Input::Prebuilt`]) into a
//! knowledge base that does not exist yet (or is the empty file a build lock left): a bulk
//! load ([`crate::kb::bulk`]). Articles and triples are read, parsed and made into rows on
//! one thread while the other writes them; the file is moved into place whole at the end,
//! so a build killed midway leaves no knowledge base. The graph for queries is made by
//! [`crate::graph::bulk_rows`], handed to the load.

use super::{BuildError, Options, Progress, Report};
use crate::error::{Error, ErrorKind, Location};
use crate::kb::bulk::{lock_fresh, ArticleRows, Bulk, Laps, Prep, TripleRows};
use crate::kb::{counts_in_words, KbError};
use crate::lexicon::Lexicon;
use crate::model::{Article, Triple, TripleIn};
use crate::pipeline;
use std::path::Path;
use std::time::Instant;

/// Items handed from the reader to the writer at a time.
const CHUNK: usize = 4096;

enum Msg {
    Articles(ArticleRows),
    Triples(TripleRows),
}

/// Runs the bulk load of `dir` when the knowledge base `opts.kb` is empty; `None` when it
/// is not (the caller then builds as usual).
pub(super) fn load(
    dir: &Path,
    lex: &Lexicon,
    opts: &Options,
    progress: &dyn Progress,
) -> Option<Result<Report, BuildError>> {
    let started = Instant::now();
    let laps = &Laps::new();
    let path = opts.kb;
    let fresh = match super::locked(opts, progress, |wait| lock_fresh(path, wait)) {
        Ok(Some(f)) => f,
        Ok(None) => return None,
        Err(e) => return Some(Err(BuildError::Kb(e))),
    };
    // The lines read and parsed on one thread (`Read`), made into rows in the order of the
    // input on another (`Prep`), stored on this one.
    let (read_tx, read_rx) = std::sync::mpsc::sync_channel::<Read>(4);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Msg>(4);
    // Chunks of rows written, sent back to be filled again (their memory reused).
    let (back, spent) = std::sync::mpsc::channel::<TripleRows>();
    let (stats, prep, bulk, error) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let out = std::cell::RefCell::new(Out {
                tx: read_tx,
                articles: Vec::with_capacity(CHUNK),
                triples: TripleRows::default(),
                known_only: opts.known_only,
                progress,
                spent,
            });
            let stats = pipeline::stream_prebuilt_lines(
                dir,
                &opts.ingest,
                &mut |a| out.borrow_mut().article(a),
                &mut |line| {
                    // Borrowed where it can be; a line it refuses is read again as a
                    // `Triple`, for the same message (or the same triple).
                    let mut out = out.borrow_mut();
                    match serde_json::from_slice::<TripleIn>(line) {
                        Ok(t) => Ok(out.triple(&t)),
                        Err(_) => {
                            serde_json::from_slice::<Triple>(line).map(|t| out.triple(&t.as_in()))
                        }
                    }
                },
                &mut |e| progress.problem(e),
            );
            out.borrow_mut().flush();
            laps.lap("input read (reader)");
            stats
        });
        let preparer = scope.spawn(move || {
            let mut prep = Prep::new(lex, opts.write_batch);
            for msg in read_rx.iter() {
                let msg = match msg {
                    Read::Articles(a) => Msg::Articles(prep.articles(a)),
                    Read::Triples(mut t) => {
                        prep.triples(&mut t);
                        Msg::Triples(t)
                    }
                };
                if tx.send(msg).is_err() {
                    break;
                }
            }
            laps.lap("rows made (preparer)");
            prep
        });
        let mut fresh = Some(fresh);
        let mut bulk: Option<Bulk> = None;
        let mut error: Option<KbError> = None;
        let mut written = 0;
        for msg in rx.iter() {
            let b = match (&mut bulk, &msg) {
                (Some(b), _) => b,
                (None, Msg::Articles(_)) => {
                    let f = fresh.take().expect("once");
                    match Bulk::start(f, lex) {
                        Ok(b) => bulk.insert(b),
                        Err(e) => {
                            error = Some(e);
                            break;
                        }
                    }
                }
                // triples without any article: nothing to store them with
                (None, _) => continue,
            };
            let r = match msg {
                Msg::Articles(a) => b.articles(&a),
                Msg::Triples(t) => {
                    written += t.kept();
                    let r = b.triples(&t);
                    progress.written(written);
                    let _ = back.send(t);
                    r
                }
            };
            if let Err(e) = r {
                error = Some(e);
                break;
            }
        }
        drop(rx);
        laps.lap("rows streamed (writer)");
        let stats = reader.join().unwrap_or_default();
        let prep = preparer.join().ok();
        if let Some(f) = fresh {
            f.abandon();
        }
        (stats, prep, bulk, error)
    });
    let mut problems = stats.problems;
    let left = |e: KbError| {
        BuildError::Kb(format!(
            "{}: {e}; nothing was built, and the knowledge base was left as it was",
            path.display()
        ))
    };
    if let Some(e) = error {
        if let Some(b) = bulk {
            b.abandon();
        }
        return Some(Err(left(e)));
    }
    let (Some(bulk), Some(prep)) = (bulk, prep) else {
        return Some(Err(BuildError::NothingRead {
            kb: path.to_path_buf(),
            problems,
            existed: path.exists(),
        }));
    };
    for (article, n) in prep.orphans() {
        problems += 1;
        progress.problem(&orphan_problem(dir, &article, n));
    }
    let done = match bulk.finish(
        prep,
        stats.articles,
        problems,
        crate::graph::bulk_rows,
        laps,
    ) {
        Ok(d) => d,
        Err(e) => return Some(Err(left(e))),
    };
    Some(Ok(Report {
        run: stats,
        written: done.stats,
        problems,
        secs: started.elapsed().as_secs_f64(),
        totals: counts_in_words(&done.counts, done.relation_types as usize),
        bulk: true,
    }))
}

/// What the reader hands to the preparer: articles as read, or the rows of triples as read.
enum Read {
    Articles(Vec<Article>),
    Triples(TripleRows),
}

/// The reader's side: gathers articles and the rows of triples into chunks and sends them
/// on to be made into rows ([`Prep`]), the last articles before the first triple.
struct Out<'p> {
    tx: std::sync::mpsc::SyncSender<Read>,
    articles: Vec<Article>,
    triples: TripleRows,
    known_only: bool,
    progress: &'p dyn Progress,
    spent: std::sync::mpsc::Receiver<TripleRows>,
}

impl Out<'_> {
    fn article(&mut self, a: Article) -> bool {
        self.progress.article();
        self.articles.push(a);
        self.articles.len() < CHUNK || self.send_articles()
    }

    fn send_articles(&mut self) -> bool {
        if self.articles.is_empty() {
            return true;
        }
        let full = std::mem::replace(&mut self.articles, Vec::with_capacity(CHUNK));
        self.tx.send(Read::Articles(full)).is_ok()
    }

    fn triple(&mut self, t: &TripleIn<'_>) -> bool {
        if !self.send_articles() {
            return false;
        }
        self.triples.push(t, self.known_only);
        self.triples.len() < CHUNK || self.send_triples()
    }

    fn send_triples(&mut self) -> bool {
        if self.triples.is_empty() {
            return true;
        }
        let mut next = self.spent.try_recv().unwrap_or_default();
        next.clear();
        let rows = std::mem::replace(&mut self.triples, next);
        self.tx.send(Read::Triples(rows)).is_ok()
    }

    fn flush(&mut self) {
        let _ = self.send_articles() && self.send_triples();
    }
}

/// Reports the triples of articles the input does not hold, as `run_prebuilt` does.
fn orphan_problem(dir: &Path, article: &str, n: usize) -> Error {
    let articles_dir = dir.join(pipeline::PREBUILT_ARTICLES);
    Error::new(
        ErrorKind::Json,
        Location::file(dir.join(pipeline::PREBUILT_TRIPLES)),
        format!(
            "{n} triple(s) of article {article:?}, which {} does not hold; left out",
            articles_dir.display()
        ),
    )
}
