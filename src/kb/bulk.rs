//! Bulk loads: a new knowledge base made in one pass from articles and triples extracted
//! elsewhere (`geokg build --triples DIR` when the knowledge base does not exist yet).
//!
//! What it stores is what [`super::Writer`] stores for the same articles and triples in the
//! same order (the same rows, ids, aggregates, aliases, and the same graph kept for
//! queries), made another way:
//! - the file is written next to the knowledge base (`KB.bulk`) with no journal and no
//!   `fsync` until the end, and moved into place by one atomic `rename` once it is whole,
//!   its journal set to write-ahead logging as [`KnowledgeBase`] keeps it (the rows are
//!   sent to the disk while the indexes are made, by an `fsync` of the unfinished file on
//!   another thread, so that the last one has little left to write);
//! - the indexes of `triples` and `edges` are made once, after the rows are in;
//! - entities, aliases and edges are kept in memory (hash maps from their ids) while the
//!   triples stream by, and written at the end, one row each;
//! - the graph for queries is made from the triples as they were written (a few bytes
//!   each, in memory), not read back from the file.
//!
//! A build killed midway leaves the knowledge base as it was: absent, or the empty file its
//! build lock created (which the next build fills, and queries read as an empty knowledge
//! base), beside an unfinished `KB.bulk` that the next build removes. It never leaves a
//! half-written knowledge base, since nothing is at the knowledge base's path until the
//! whole file is.

mod prep;
mod rows;
mod written;

pub use prep::Prep;
pub use rows::{ArticleRows, TripleRows};
pub use written::Written;

use super::cache::GraphRow;
use super::hash::extractor_fingerprint;
use super::lock::{self, Wait};
use super::{KbResult, KnowledgeBase, WriteStats};
use crate::lexicon::Lexicon;
use prep::{Mem, NONE};
use rusqlite::params;
use rustc_hash::{FxHashMap, FxHashSet};
use std::fs::File;
use std::path::{Path, PathBuf};

/// The build lock of a knowledge base that holds nothing yet: a bulk load may make it.
pub struct Fresh {
    /// Holds the build lock (see [`lock`]) until the load ends.
    _file: File,
    target: PathBuf,
    /// Whether this build created the (empty) file it locks.
    created: bool,
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Takes the build lock of the knowledge base at `path` (as [`KnowledgeBase::open_for_build`]
/// does) and returns it when the knowledge base is empty: no file, or the empty file a build
/// lock leaves. `None` (the lock released) when it holds anything.
pub fn lock_fresh(path: &Path, wait: Wait<'_>) -> KbResult<Option<Fresh>> {
    let existed = path.exists();
    let file = lock::lock_for_build(path, wait)?;
    let empty = file.metadata().is_ok_and(|m| m.len() == 0);
    let no_wal = std::fs::metadata(side(path, "-wal")).map_or(true, |m| m.len() == 0);
    if !(empty && no_wal) {
        return Ok(None);
    }
    Ok(Some(Fresh {
        _file: file,
        target: path.to_path_buf(),
        created: !existed,
    }))
}

impl Fresh {
    /// Gives up without having made anything: removes the empty file this build created,
    /// so that the knowledge base is left as it was (absent).
    pub fn abandon(self) {
        let _ = std::fs::remove_file(side(&self.target, ".bulk"));
        if self.created && std::fs::metadata(&self.target).is_ok_and(|m| m.len() == 0) {
            let _ = std::fs::remove_file(&self.target);
        }
    }
}

/// With `GEOKG_BULK_TIMES` set, says on standard error when each phase of a bulk load
/// ends: the seconds since [`Laps::new`] and the processor time of the calling thread so
/// far (where the system tells it), to see where a load spends its time.
pub struct Laps {
    clock: Option<std::time::Instant>,
}

impl Laps {
    /// Starts the clock (when `GEOKG_BULK_TIMES` is set; else the laps say nothing).
    pub fn new() -> Laps {
        Laps {
            clock: std::env::var_os("GEOKG_BULK_TIMES").map(|_| std::time::Instant::now()),
        }
    }

    /// Says that `what` ended (see [`Laps`]).
    pub fn lap(&self, what: &str) {
        let Some(clock) = self.clock else { return };
        // the first field of schedstat: nanoseconds this thread ran
        let cpu = std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
            .map(|ns| format!(", thread CPU {:.2} s", ns / 1e9))
            .unwrap_or_default();
        eprintln!(
            "geokg: bulk: {what} at {:.2} s{cpu}",
            clock.elapsed().as_secs_f64()
        );
    }
}

impl Default for Laps {
    fn default() -> Laps {
        Laps::new()
    }
}

/// What a finished bulk load did.
#[derive(Debug)]
pub struct BulkDone {
    /// Articles added, replaced, unchanged and triples written.
    pub stats: WriteStats,
    /// Row counts of the knowledge base made ([`KnowledgeBase::counts`]).
    pub counts: Vec<(&'static str, i64)>,
    /// How many relation types its triples use.
    pub relation_types: i64,
}

/// A bulk load's file in progress (see the module): [`Bulk::articles`], then
/// [`Bulk::triples`], with the rows a [`Prep`] made, then [`Bulk::finish`].
pub struct Bulk {
    kb: KnowledgeBase,
    fresh: Fresh,
    tmp: PathBuf,
    fingerprint: String,
    run_id: i64,
    indexes: Vec<String>,
    /// The row of each article slot of the [`Prep`].
    rowids: Vec<i64>,
}

/// The statements of the loop, prepared once.
const INSERT_ARTICLE: &str =
    "INSERT OR REPLACE INTO articles(id, hash, extractor, title, date, source, url, bytes,
       triples, date_source)
     VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)";
const INSERT_TRIPLE: &str =
    "INSERT INTO triples(edge, article, sentence, subject, relation, object, plover,
       plover_source, plover_target, cameo, goldstein, polarity, modality, claimed_by,
       confidence, date, start, end, text)
     VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";

impl Bulk {
    /// Starts a bulk load into the knowledge base `fresh` locks, extracted with `lex`.
    /// Records the build run (its id is [`Bulk::run_id`]).
    pub fn start(fresh: Fresh, lex: &Lexicon) -> KbResult<Bulk> {
        let tmp = side(&fresh.target, ".bulk");
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(side(&tmp, "-journal"));
        let mut conn = rusqlite::Connection::open(&tmp)?;
        // Larger pages than SQLite's 4 KiB: fewer pages to fill and link as the rows stream
        // in, and to read back for the indexes.
        conn.pragma_update(None, "page_size", 16384)?;
        conn.pragma_update(None, "journal_mode", "OFF")?;
        conn.pragma_update(None, "synchronous", "OFF")?;
        conn.pragma_update(None, "cache_size", -131072)?;
        // The indexes are made by reading the table again, and sorted on two threads.
        conn.pragma_update(None, "threads", 2)?;
        super::schema::migrate(&mut conn)?;
        // The indexes that rows would update one at a time: made at the end.
        let indexes: Vec<(String, String)> = {
            let mut st = conn.prepare(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                   AND tbl_name IN ('triples', 'edges', 'aliases', 'entities') ORDER BY rowid",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (name, _) in &indexes {
            conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
        }
        let mut kb = KnowledgeBase {
            conn,
            path: tmp.clone(),
            file: None,
            building: false,
        };
        let run_id = kb.start_build()?;
        kb.conn.execute_batch("BEGIN")?;
        // (as `cache::bump_generation`, in the load's one transaction)
        kb.conn.execute(
            "INSERT INTO meta(key, value) VALUES('generation', '1')
             ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            [],
        )?;
        super::write::write_relations(&kb.conn, lex)?;
        Ok(Bulk {
            kb,
            fresh,
            tmp,
            fingerprint: extractor_fingerprint(lex),
            run_id,
            indexes: indexes.into_iter().map(|(_, sql)| sql).collect(),
            rowids: Vec::new(),
        })
    }

    /// The id of this build's run in the `builds` table.
    pub fn run_id(&self) -> i64 {
        self.run_id
    }

    /// Stores articles (all of them before any triple), as [`Prep::articles`] made them.
    pub fn articles(&mut self, batch: &ArticleRows) -> KbResult<()> {
        let mut st = self.kb.conn.prepare_cached(INSERT_ARTICLE)?;
        for (a, hash, slot) in &batch.0 {
            st.execute(params![
                a.id,
                hash,
                self.fingerprint,
                a.title,
                a.date,
                a.source,
                a.url,
                a.text.len() as i64,
                a.date_source.map(crate::model::DateSource::as_str)
            ])?;
            let rowid = self.kb.conn.last_insert_rowid();
            let slot = *slot as usize;
            if self.rowids.len() <= slot {
                self.rowids.resize(slot + 1, 0);
            }
            self.rowids[slot] = rowid;
        }
        Ok(())
    }

    /// Stores triples (after every article), as [`Prep::triples`] completed them (those it
    /// left out are not stored).
    pub fn triples(&mut self, batch: &TripleRows) -> KbResult<()> {
        let mut st = self.kb.conn.prepare_cached(INSERT_TRIPLE)?;
        for r in batch.rows.iter().filter(|r| r.edge != NONE) {
            let t = |i: usize| batch.get(r.text[i]);
            st.execute(params![
                r.edge as i64 + 1,
                t(0),
                r.sentence,
                t(1),
                t(2),
                t(3),
                t(4),
                t(5),
                t(6),
                t(7),
                r.goldstein,
                r.polarity.as_str(),
                r.modality.as_str(),
                t(8),
                r.confidence,
                t(9),
                r.start,
                r.end,
                t(10)
            ])?;
        }
        Ok(())
    }

    /// Writes what `prep` kept in memory (article triple counts, entities, aliases, edges),
    /// makes the indexes and, on another thread meanwhile, has `graph` make the rows of the
    /// graph for queries from the triples as written (see [`Written`]; the caller passes
    /// the graph's maker, `geokg::graph::bulk_rows`), stores them, records the end of the
    /// run (`articles` read, `problems` met) and moves the whole file into place, saying
    /// when each phase ends on `laps`.
    pub fn finish<G>(
        mut self,
        prep: Prep<'_>,
        articles: usize,
        problems: usize,
        graph: G,
        laps: &Laps,
    ) -> KbResult<BulkDone>
    where
        G: FnOnce(&Written<'_>) -> KbResult<Vec<GraphRow>> + Send,
    {
        let lap = |what: &str| laps.lap(what);
        let Prep {
            mut mem,
            slots,
            stats,
            ..
        } = prep;
        mem.versions = Vec::new();
        mem.alias_seen = FxHashSet::default();
        mem.edge_ix = FxHashMap::default();
        mem.entity_ix = FxHashMap::default();
        let counts: Vec<(i64, u32)> = {
            let mut c: Vec<(i64, u32)> = slots
                .iter()
                .enumerate()
                .filter(|(_, s)| s.count > 0)
                .map(|(i, s)| (self.rowids[i], s.count))
                .collect();
            c.sort_unstable();
            c
        };
        drop(slots);
        let written = Written {
            entities: &mem.entities,
            relation_ids: &mem.relations,
            dates: mem.dates.list(),
            evidence: &mem.evidence,
            goldsteins: (!mem.unknown_kind).then_some(&mem.goldsteins[..]),
            relations: self.kb.relations()?,
            generation: self.kb.generation()?,
        };
        let kb = &mut self.kb;
        let indexes = &self.indexes;
        let tmp = &self.tmp;
        let rows = std::thread::scope(|scope| {
            let maker = scope.spawn(|| {
                let mut rows = graph(&written);
                lap("graph made");
                if let Ok(rows) = &mut rows {
                    if let Some(dyads) = written.dyad_rows() {
                        rows.extend(dyads);
                    }
                    lap("dyads made");
                }
                rows
            });
            let stored = write_rows(kb, &mem, &counts, &lap).and_then(|()| {
                // The rows are in the file (all but the indexes' pages): the system writes
                // them to the disk while the indexes are made, on the processor, so that the
                // `fsync` that ends the load waits for little more than the indexes. (The
                // file is not in place before that `fsync`, whatever this one did.)
                scope.spawn(|| {
                    if File::open(tmp).and_then(|f| f.sync_data()).is_ok() {
                        lap("rows on disk");
                    }
                });
                make_indexes(kb, indexes, &lap)
            });
            let rows = maker
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            stored.and(rows)
        })?;
        let generation = written.generation;
        drop(written);
        drop(mem);
        self.kb.write_graph_rows(generation, &rows)?;
        drop(rows);
        lap("graph kept");
        self.kb
            .finish_build(self.run_id, articles, &stats, problems)?;
        lap("run recorded");
        let counts = self.kb.counts()?;
        let relation_types = self.kb.relation_types_used()?;
        lap("counted");
        // The file as every knowledge base is: write-ahead logging, then into place.
        let mode: String = self
            .kb
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            self.kb.conn.pragma_update(None, "journal_mode", "DELETE")?;
        }
        let Bulk { kb, fresh, tmp, .. } = self;
        drop(kb);
        lap("closed");
        let io = |what: &str, e: std::io::Error| {
            super::KbError::Io(format!("{}: {what}: {e}", tmp.display()))
        };
        File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| io("cannot write", e))?;
        std::fs::rename(&tmp, &fresh.target).map_err(|e| io("cannot move into place", e))?;
        if let Some(dir) = fresh.target.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        drop(fresh);
        lap("in place");
        Ok(BulkDone {
            stats,
            counts,
            relation_types,
        })
    }

    /// Gives up: removes the unfinished file (and the empty one this build created).
    pub fn abandon(self) {
        let Bulk { kb, fresh, .. } = self;
        drop(kb);
        fresh.abandon();
    }
}

/// Writes the rows kept in memory and commits them (the part of [`Bulk::finish`] on the
/// load's connection while the graph is made, before [`make_indexes`]).
fn write_rows(
    kb: &mut KnowledgeBase,
    mem: &Mem<'_>,
    counts: &[(i64, u32)],
    lap: &dyn Fn(&str),
) -> KbResult<()> {
    let conn = &kb.conn;
    {
        let mut st = conn.prepare("UPDATE articles SET triples = ?2 WHERE rowid = ?1")?;
        for &(rowid, n) in counts {
            st.execute(params![rowid, n])?;
        }
        lap("articles counted");
        let mut st =
            conn.prepare("INSERT INTO entities(id, name, kind, country) VALUES(?1, ?2, ?3, ?4)")?;
        for e in &mem.entities {
            st.execute(params![e.id, e.name, e.kind.as_str(), e.country])?;
        }
        lap("entities written");
        let mut st = conn.prepare("INSERT INTO aliases(entity, alias, type) VALUES(?1, ?2, ?3)")?;
        for (ix, alias, ty) in &mem.aliases {
            st.execute(params![mem.entities[*ix as usize].id, alias, ty])?;
        }
        lap("aliases written");
        let mut st = conn.prepare(
            "INSERT INTO edges(id, subject, relation, object, evidence, first_date, last_date,
               confidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let date = |d: u32| (d != NONE).then(|| mem.dates.get(d));
        for (i, e) in mem.edges.iter().enumerate() {
            st.execute(params![
                i as i64 + 1,
                mem.entities[e.subject as usize].id,
                mem.relations[e.relation as usize].0,
                mem.entities[e.object as usize].id,
                e.evidence,
                date(e.first),
                date(e.last),
                e.confidence
            ])?;
        }
    }
    lap("edges written");
    conn.execute_batch("COMMIT")?;
    lap("rows written");
    Ok(())
}

/// Makes the indexes `write_rows` left out, once the rows are in.
fn make_indexes(kb: &mut KnowledgeBase, indexes: &[String], lap: &dyn Fn(&str)) -> KbResult<()> {
    let conn = &kb.conn;
    // Each index's entries are sorted in pieces of 2 MiB (the page cache's size), each
    // written to a temporary file and then merged, not all at once in memory: SQLite sorts
    // that way on more than one thread (not with temporary files in memory), and in about
    // half the processor time (`CREATE INDEX triples_subject` of the 1M corpus: 0.4-0.6 s
    // of user time against 1.1-1.3 s). Pieces of 2 MiB take a tenth less processor time
    // than pieces of 8 MiB (0.47 s of user time against 0.53 s for `triples_subject`,
    // 0.33 s against 0.37 s for `triples_edge`; 0.5 and 1 MiB no less than 2).
    conn.pragma_update(None, "cache_size", -2048)?;
    conn.pragma_update(None, "temp_store", "FILE")?;
    for sql in indexes {
        conn.execute_batch(sql)?;
        lap(sql.trim());
    }
    Ok(())
}
