//! `geokg build --triples DIR` into a knowledge base that does not exist yet (or is the
//! empty file a build lock left): a bulk load ([`geokg::kb::bulk`]). Articles and triples
//! are read and parsed on one thread while the other writes them; the file is moved into
//! place whole at the end, so a build killed midway leaves no knowledge base.

use geokg::error::{Error, ErrorKind, Location};
use geokg::ingest::IngestOptions;
use geokg::kb::bulk::{lock_fresh, ArticleRows, Bulk, Prep, TripleRows};
use geokg::kb::lock::Wait;
use geokg::kb::KbError;
use geokg::lexicon::Lexicon;
use geokg::model::{Article, Triple, TripleIn};
use geokg::pipeline;
use std::path::Path;
use std::time::Instant;

/// Items handed from the reader to the writer at a time.
const CHUNK: usize = 4096;

enum Msg {
    Articles(ArticleRows),
    Triples(TripleRows),
}

/// What the bulk load is asked to do: the knowledge base, whether to wait for another build,
/// whether to keep only known entities, and the articles of a batch (for the entity versions,
/// as the regular build writes them).
pub struct Request<'a> {
    /// The knowledge base.
    pub kb: &'a Path,
    /// Fail at once, instead of waiting, when another build writes it.
    pub no_wait: bool,
    /// Leave out the triples of open-world entities.
    pub known_only: bool,
    /// Articles a batch of the regular build holds.
    pub write_batch: usize,
}

/// Runs the bulk load when the knowledge base is empty; `None` when it is not (the caller
/// then builds as usual), else the exit code.
pub fn run(args: &Request, dir: &Path, lex: &Lexicon, opts: &IngestOptions) -> Option<u8> {
    let path = args.kb;
    let mut say = || {
        eprintln!(
            "geokg: {}: another geokg build is writing this knowledge base; waiting for it to finish",
            path.display()
        )
    };
    let wait = if args.no_wait {
        Wait::No
    } else {
        Wait::Yes(&mut say)
    };
    let fresh = match lock_fresh(path, wait) {
        Ok(Some(f)) => f,
        Ok(None) => return None,
        Err(e @ KbError::Busy(_)) => {
            eprintln!(
                "geokg: {}: {e}; nothing was done: try again when it has finished, or leave out \
                 --no-wait to wait",
                path.display()
            );
            return Some(2);
        }
        Err(e) => {
            eprintln!("geokg: {}: {e}", path.display());
            return Some(2);
        }
    };
    let started = Instant::now();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Msg>(4);
    let (stats, prep, bulk, error) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let out = std::cell::RefCell::new(Out {
                tx,
                prep: Prep::new(lex, args.write_batch),
                articles: Vec::with_capacity(CHUNK),
                triples: TripleRows::default(),
                known_only: args.known_only,
            });
            let stats = pipeline::stream_prebuilt_lines(
                dir,
                opts,
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
                &mut |e| eprintln!("geokg: {e}"),
            );
            out.borrow_mut().flush();
            (stats, out.into_inner().prep)
        });
        let mut fresh = Some(fresh);
        let mut bulk: Option<Bulk> = None;
        let mut error: Option<KbError> = None;
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
            let r = match &msg {
                Msg::Articles(a) => b.articles(a),
                Msg::Triples(t) => b.triples(t),
            };
            if let Err(e) = r {
                error = Some(e);
                break;
            }
        }
        drop(rx);
        let (stats, prep) = match reader.join() {
            Ok((s, p)) => (s, Some(p)),
            Err(_) => Default::default(),
        };
        if let Some(f) = fresh {
            f.abandon();
        }
        (stats, prep, bulk, error)
    });
    let mut problems = stats.problems;
    if let Some(e) = error {
        if let Some(b) = bulk {
            b.abandon();
        }
        eprintln!(
            "geokg: {}: {e}; nothing was built, and the knowledge base was left as it was",
            path.display()
        );
        return Some(2);
    }
    let (Some(bulk), Some(prep)) = (bulk, prep) else {
        eprintln!(
            "geokg: no input was read{}; nothing was built, and {} {}",
            match problems {
                0 => String::new(),
                1 => " (the problem is reported above)".to_string(),
                n => format!(" ({n} problems reported above)"),
            },
            path.display(),
            if path.exists() {
                "was left untouched"
            } else {
                "was not created"
            }
        );
        return Some(2);
    };
    for (article, n) in prep.orphans() {
        problems += 1;
        eprintln!("geokg: {}", orphan_problem(dir, &article, n));
    }
    let done = match bulk.finish(prep, stats.articles, problems, geokg::graph::bulk_rows) {
        Ok(d) => d,
        Err(e) => {
            eprintln!(
                "geokg: {}: {e}; nothing was built, and the knowledge base was left as it was",
                path.display()
            );
            return Some(2);
        }
    };
    let secs = started.elapsed().as_secs_f64();
    let mut totals: Vec<String> = done
        .counts
        .iter()
        .filter(|(t, _)| *t != "relations")
        .map(|(t, n)| format!("{n} {t}"))
        .collect();
    totals.push(format!("{} relation types", done.relation_types));
    let w = done.stats;
    eprintln!(
        "geokg: {} article(s) in {secs:.1}s ({:.1} MB/s): {} new, {} replaced, {} unchanged; {} triple(s) written ({:.0} triples/s, bulk load of a new knowledge base). {}: {}",
        stats.articles,
        stats.bytes as f64 / 1e6 / secs.max(1e-9),
        w.added,
        w.replaced,
        w.unchanged,
        w.triples,
        w.triples as f64 / secs.max(1e-9),
        path.display(),
        totals.join(", ")
    );
    if problems > 0 {
        eprintln!("geokg: {problems} input problem(s) reported above; everything else was built");
        return Some(2);
    }
    Some(0)
}

/// The reader's side: gathers articles and triples into chunks, has the [`Prep`] make
/// their rows and sends those to the writer, the last articles before the first triple.
struct Out<'l> {
    tx: std::sync::mpsc::SyncSender<Msg>,
    prep: Prep<'l>,
    articles: Vec<Article>,
    triples: TripleRows,
    known_only: bool,
}

impl Out<'_> {
    fn article(&mut self, a: Article) -> bool {
        self.articles.push(a);
        self.articles.len() < CHUNK || self.send_articles()
    }

    fn send_articles(&mut self) -> bool {
        if self.articles.is_empty() {
            return true;
        }
        let full = std::mem::replace(&mut self.articles, Vec::with_capacity(CHUNK));
        let rows = self.prep.articles(full);
        self.tx.send(Msg::Articles(rows)).is_ok()
    }

    fn triple(&mut self, t: &TripleIn<'_>) -> bool {
        if !self.send_articles() {
            return false;
        }
        self.prep.triple(t, self.known_only, &mut self.triples);
        self.triples.len() < CHUNK || self.send_triples()
    }

    fn send_triples(&mut self) -> bool {
        if self.triples.is_empty() {
            return true;
        }
        let rows = std::mem::take(&mut self.triples);
        self.tx.send(Msg::Triples(rows)).is_ok()
    }

    fn flush(&mut self) {
        let _ = self.send_articles() && self.send_triples();
    }
}

/// Reports the triples of articles the input does not hold, as `run_prebuilt` does.
pub fn orphan_problem(dir: &Path, article: &str, n: usize) -> Error {
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
