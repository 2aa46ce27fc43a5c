//! Bulk loads: a new knowledge base made in one pass from articles and triples extracted
//! elsewhere (`geokg build --triples DIR` when the knowledge base does not exist yet).
//!
//! What it stores is what [`super::Writer`] stores for the same articles and triples in the
//! same order (the same rows, ids, aggregates, aliases, and the same graph kept for
//! queries), made another way:
//! - the file is written next to the knowledge base (`KB.bulk`) with no journal and no
//!   `fsync` until the end, and moved into place by one atomic `rename` once it is whole,
//!   its journal set to write-ahead logging as [`KnowledgeBase`] keeps it;
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

use super::cache::GraphRow;
use super::dyads::DyadMaker;
use super::hash::{article_hash, extractor_fingerprint};
use super::lock::{self, Wait};
use super::write::{prefer, Goldstein};
use super::{KbResult, KnowledgeBase, WriteStats};
use super::{RelationInfo, TripleRef};
use crate::lexicon::Lexicon;
use crate::model::{Article, EntityIn, EntityRef, Kind, Modality, Polarity, TripleIn};
use crate::shared::plover::PloverType;
use rusqlite::params;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
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

/// One triple's evidence for the graph, as the graph reads it from the file, and what
/// `history` counts of it (for the dyads of [`super::dyads`]).
struct Ev {
    subject: u32,
    object: u32,
    confidence: f64,
    date: u32,
    relation: u16,
    modality: Modality,
    /// Its PLOVER type's number in [`PloverType::ALL`], or [`NO_KIND`].
    kind: u8,
    polarity: Polarity,
    /// Whether its PLOVER source is its subject.
    source_is_subject: bool,
    /// Its Goldstein value's number in [`Mem::goldsteins`], or [`NO_GOLDSTEIN`].
    goldstein: u16,
}

/// [`Ev::kind`] of a triple without a PLOVER type.
const NO_KIND: u8 = u8::MAX;

/// [`Ev::goldstein`] of a triple without a Goldstein value.
const NO_GOLDSTEIN: u16 = u16::MAX;

/// An edge's summary (as [`super::Writer`] keeps it in the `edges` row).
struct EdgeAgg {
    subject: u32,
    object: u32,
    relation: u16,
    evidence: u32,
    first: u32,
    last: u32,
    confidence: f64,
}

const NONE: u32 = u32::MAX;

/// An article as loaded: its content's hash, how many triples it has, its place in the input.
struct ArticleSlot {
    hash: String,
    count: u32,
    /// Its number in the input (for the batches of [`super::Writer`], whose entity versions
    /// it reproduces).
    ordinal: u32,
    /// A later article of the same id replaced it: its triples are left out.
    dropped: bool,
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

/// The side of a bulk load that holds no file, run on a thread of its own between the one
/// that reads the input and the one that writes the file: it decides what each article and triple becomes ([`Prep::articles`], [`Prep::triples`])
/// and keeps what is written at the end (entities, aliases, edges, the evidence for the
/// graph), so that the thread writing the file ([`Bulk`]) only stores rows.
pub struct Prep<'l> {
    batch_size: u32,
    goldstein: Goldstein,
    articles: FxHashMap<String, u32>,
    slots: Vec<ArticleSlot>,
    read: u32,
    orphans: FxHashMap<String, usize>,
    stats: WriteStats,
    mem: Mem<'l>,
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

/// What a bulk load keeps in memory until its end: entities (their preferred versions),
/// aliases, relations, dates and edges by number, and the evidence of every triple.
struct Mem<'l> {
    lex: &'l Lexicon,
    aliases_of: FxHashMap<usize, Vec<usize>>,
    entity_ix: FxHashMap<String, u32>,
    entities: Vec<EntityRef>,
    entity_batch: Vec<u32>,
    /// The versions (name, kind, state) of each entity met so far, by number.
    versions: Vec<Vec<(String, Kind, Option<String>)>>,
    aliases: Vec<(u32, String, &'static str)>,
    alias_seen: FxHashSet<(u32, String)>,
    relation_ix: FxHashMap<String, u16>,
    relations: Vec<(String, bool)>,
    date_ix: FxHashMap<String, u32>,
    dates: Vec<String>,
    edge_ix: FxHashMap<(u32, u16, u32), u32>,
    edges: Vec<EdgeAgg>,
    evidence: Vec<Ev>,
    /// The Goldstein values met (few: one per CAMEO code and relation), by number.
    goldsteins: Vec<f64>,
    goldstein_ix: FxHashMap<u64, u16>,
    /// A triple had a PLOVER type this geokg does not know: no dyads are kept.
    unknown_kind: bool,
}

/// Articles to store, as [`Prep::articles`] decided: each with its hash and its slot.
pub struct ArticleRows(Vec<(Article, String, u32)>);

/// A piece of [`TripleRows::text`]: start and length, or [`Span::NULL`].
#[derive(Clone, Copy)]
struct Span(u32, u32);

impl Span {
    const NULL: Span = Span(u32::MAX, 0);
}

/// An entity of a row as [`TripleRows::push`] read it: its id is among the row's texts.
#[derive(Clone, Copy)]
struct EntitySpan {
    name: Span,
    kind: Kind,
    country: Span,
}

/// One row of `triples`: what [`TripleRows::push`] read from a line, its strings in
/// [`TripleRows::text`], then completed by [`Prep::triples`] (its edge, its Goldstein
/// value) or marked as left out.
struct Row {
    /// The number of its edge; [`NONE`] when the row is left out (until [`Prep::triples`]
    /// has seen it, and after, for a triple it leaves out).
    edge: u32,
    sentence: i64,
    start: i64,
    end: i64,
    confidence: f64,
    goldstein: Option<f64>,
    polarity: Polarity,
    modality: Modality,
    /// Article, subject, relation, object, PLOVER type, source and target, CAMEO code,
    /// claimed by, date, evidence text.
    text: [Span; 11],
    subject: EntitySpan,
    object: EntitySpan,
    /// The speaker's name and the rest (its id is the text "claimed by").
    claimed_by: EntitySpan,
}

/// Rows of `triples` to store, their strings end to end in one buffer: filled from the
/// lines of the input ([`TripleRows::push`], on any thread), completed in the order of the
/// input by [`Prep::triples`], then stored by [`Bulk::triples`].
#[derive(Default)]
pub struct TripleRows {
    text: String,
    rows: Vec<Row>,
    /// How many rows [`Prep::triples`] kept.
    kept: usize,
}

impl TripleRows {
    fn span(&mut self, s: Option<&str>) -> Span {
        match s {
            None => Span::NULL,
            Some(s) => {
                let at = self.text.len() as u32;
                self.text.push_str(s);
                Span(at, s.len() as u32)
            }
        }
    }

    fn entity(&mut self, e: Option<&EntityIn<'_>>) -> EntitySpan {
        EntitySpan {
            name: self.span(e.map(|e| e.name.as_ref())),
            kind: e.map_or(Kind::Country, |e| e.kind),
            country: self.span(e.and_then(|e| e.country.as_deref())),
        }
    }

    fn get(&self, s: Span) -> Option<&str> {
        get(&self.text, s)
    }

    /// Adds the row of a triple, as read. With `known_only`, a triple of an open-world
    /// subject or object is left out, and an open-world speaker is dropped, as
    /// [`crate::recognize::open::drop_unverified`] does.
    pub fn push(&mut self, t: &TripleIn<'_>, known_only: bool) {
        if known_only && !(t.subject.verified() && t.object.verified()) {
            return;
        }
        let claimed_by = t
            .claimed_by
            .as_ref()
            .filter(|c| !known_only || c.verified());
        let plover = t.plover.as_ref();
        let text = [
            self.span(Some(&t.article)),
            self.span(Some(&t.subject.id)),
            self.span(Some(&t.relation)),
            self.span(Some(&t.object.id)),
            self.span(plover.map(|p| p.kind.as_ref())),
            self.span(plover.map(|p| p.source.as_ref())),
            self.span(plover.map(|p| p.target.as_ref())),
            self.span(t.cameo.as_deref()),
            self.span(claimed_by.map(|c| c.id.as_ref())),
            self.span(t.date.as_deref()),
            self.span(Some(&t.evidence.text)),
        ];
        let subject = self.entity(Some(&t.subject));
        let object = self.entity(Some(&t.object));
        let claimed_by = self.entity(claimed_by);
        self.rows.push(Row {
            edge: NONE,
            sentence: t.sentence as i64,
            start: t.evidence.start as i64,
            end: t.evidence.end as i64,
            confidence: t.confidence,
            goldstein: None,
            polarity: t.polarity,
            modality: t.modality,
            text,
            subject,
            object,
            claimed_by,
        });
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// How many rows [`Prep::triples`] kept (to be stored).
    pub fn kept(&self) -> usize {
        self.kept
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Empties it, keeping its memory for the next rows.
    pub fn clear(&mut self) {
        self.text.clear();
        self.rows.clear();
        self.kept = 0;
    }
}

fn get(text: &str, s: Span) -> Option<&str> {
    (s.0 != u32::MAX).then(|| &text[s.0 as usize..(s.0 + s.1) as usize])
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

impl<'l> Prep<'l> {
    /// The memory side of a bulk load of triples extracted with `lex`, taking entity
    /// versions as a [`super::Writer`] fed `batch_size` articles a transaction would.
    pub fn new(lex: &'l Lexicon, batch_size: usize) -> Prep<'l> {
        let mut aliases_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, a) in lex.aliases.iter().enumerate() {
            aliases_of.entry(a.entity).or_default().push(i);
        }
        let mut relation_ix = FxHashMap::default();
        let mut relations = Vec::new();
        for r in &lex.relations {
            if !relation_ix.contains_key(&r.id) {
                relation_ix.insert(r.id.clone(), relations.len() as u16);
                relations.push((r.id.clone(), r.symmetric));
            }
        }
        Prep {
            batch_size: batch_size.clamp(1, u32::MAX as usize) as u32,
            goldstein: Goldstein::new(lex),
            articles: FxHashMap::default(),
            slots: Vec::new(),
            read: 0,
            orphans: FxHashMap::default(),
            stats: WriteStats::default(),
            mem: Mem {
                lex,
                aliases_of,
                entity_ix: FxHashMap::default(),
                entities: Vec::new(),
                entity_batch: Vec::new(),
                versions: Vec::new(),
                aliases: Vec::new(),
                alias_seen: FxHashSet::default(),
                relation_ix,
                relations,
                date_ix: FxHashMap::default(),
                dates: Vec::new(),
                edge_ix: FxHashMap::default(),
                edges: Vec::new(),
                evidence: Vec::new(),
                goldsteins: Vec::new(),
                goldstein_ix: FxHashMap::default(),
                unknown_kind: false,
            },
        }
    }

    /// Decides which articles (all of them before any triple) are stored: an article of an
    /// id met before in this load with the same content changes nothing; with another
    /// content it replaces the first, and the triples (all given to the first, as
    /// `run_prebuilt` gives them) go with the old one.
    pub fn articles(&mut self, batch: Vec<Article>) -> ArticleRows {
        let mut out = Vec::with_capacity(batch.len());
        for a in batch {
            let ordinal = self.read;
            self.read += 1;
            let hash = article_hash(&a);
            let slot = match self.articles.get(&a.id) {
                Some(&slot) => {
                    let s = &mut self.slots[slot as usize];
                    if s.hash == hash {
                        self.stats.unchanged += 1;
                        continue;
                    }
                    s.dropped = true;
                    s.hash = hash.clone();
                    self.stats.replaced += 1;
                    slot
                }
                None => {
                    let slot = self.slots.len() as u32;
                    self.stats.added += 1;
                    self.articles.insert(a.id.clone(), slot);
                    self.slots.push(ArticleSlot {
                        hash: hash.clone(),
                        count: 0,
                        ordinal,
                        dropped: false,
                    });
                    slot
                }
            };
            out.push((a, hash, slot));
        }
        ArticleRows(out)
    }

    /// Completes the rows of triples (after every article), in the order of the input:
    /// a triple of an article the articles do not hold is left out and counted
    /// ([`Prep::orphans`]), as is the triple of an article a later one replaced.
    pub fn triples(&mut self, rows: &mut TripleRows) {
        let m = &mut self.mem;
        let TripleRows { text, rows, kept } = rows;
        let text = text.as_str();
        let s = |sp: Span| get(text, sp);
        let entity = |id: Span, e: &EntitySpan| -> Option<EntityIn<'_>> {
            Some(EntityIn {
                id: Cow::Borrowed(s(id)?),
                name: Cow::Borrowed(s(e.name).unwrap_or_default()),
                kind: e.kind,
                country: s(e.country).map(Cow::Borrowed),
            })
        };
        for r in rows.iter_mut() {
            let article = s(r.text[0]).unwrap_or_default();
            let Some(&slot) = self.articles.get(article) else {
                *self.orphans.entry(article.to_string()).or_default() += 1;
                continue;
            };
            let a = &mut self.slots[slot as usize];
            if a.dropped {
                continue;
            }
            a.count += 1;
            let b = a.ordinal / self.batch_size;
            let subject = entity(r.text[1], &r.subject).expect("a subject");
            let object = entity(r.text[3], &r.object).expect("an object");
            let sid = m.entity(&subject, b);
            let oid = m.entity(&object, b);
            if let Some(c) = entity(r.text[8], &r.claimed_by) {
                m.entity(&c, b);
            }
            let relation = s(r.text[2]).unwrap_or_default();
            let rel = m.relation(relation);
            let (es, eo) = if m.relations[rel as usize].1 && object.id < subject.id {
                (oid, sid)
            } else {
                (sid, oid)
            };
            let date = m.date(s(r.text[9]));
            let next = m.edges.len() as u32;
            let edge = *m.edge_ix.entry((es, rel, eo)).or_insert(next);
            if edge == next {
                m.edges.push(EdgeAgg {
                    subject: es,
                    object: eo,
                    relation: rel,
                    evidence: 0,
                    first: NONE,
                    last: NONE,
                    confidence: 0.0,
                });
            }
            let agg = &mut m.edges[edge as usize];
            agg.evidence += 1;
            if date != NONE {
                let d = m.dates[date as usize].as_str();
                if agg.first == NONE || d < m.dates[agg.first as usize].as_str() {
                    agg.first = date;
                }
                if agg.last == NONE || d > m.dates[agg.last as usize].as_str() {
                    agg.last = date;
                }
            }
            if r.confidence > agg.confidence {
                agg.confidence = r.confidence;
            }
            let goldstein = self.goldstein.of(s(r.text[7]), relation);
            let kind = match s(r.text[4]) {
                None => NO_KIND,
                Some(p) => match PloverType::parse(p) {
                    Some(k) => k as u8,
                    None => {
                        m.unknown_kind = true;
                        NO_KIND
                    }
                },
            };
            let goldstein_ix = m.goldstein(goldstein);
            m.evidence.push(Ev {
                subject: sid,
                object: oid,
                confidence: r.confidence,
                date,
                relation: rel,
                modality: r.modality,
                kind,
                polarity: r.polarity,
                source_is_subject: s(r.text[5]).is_none_or(|p| p == subject.id),
                goldstein: goldstein_ix,
            });
            r.edge = edge;
            r.goldstein = goldstein;
            *kept += 1;
            self.stats.triples += 1;
        }
    }

    /// The articles the triples named that the articles did not hold, with their triple
    /// counts, sorted: those triples were left out.
    pub fn orphans(&self) -> Vec<(String, usize)> {
        let mut v: Vec<(String, usize)> =
            self.orphans.iter().map(|(a, &n)| (a.clone(), n)).collect();
        v.sort();
        v
    }
}

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
        mem.date_ix = FxHashMap::default();
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
            dates: &mem.dates,
            evidence: &mem.evidence,
            goldsteins: (!mem.unknown_kind).then_some(&mem.goldsteins[..]),
            relations: self.kb.relations()?,
            generation: self.kb.generation()?,
        };
        let kb = &mut self.kb;
        let indexes = &self.indexes;
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
            let stored = write_rows(kb, &mem, &counts, indexes, &lap);
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

/// Writes the rows kept in memory and makes the indexes (the part of [`Bulk::finish`] on
/// the load's connection while the graph is made).
fn write_rows(
    kb: &mut KnowledgeBase,
    mem: &Mem<'_>,
    counts: &[(i64, u32)],
    indexes: &[String],
    lap: &dyn Fn(&str),
) -> KbResult<()> {
    let conn = &kb.conn;
    {
        let mut st = conn.prepare("UPDATE articles SET triples = ?2 WHERE rowid = ?1")?;
        for &(rowid, n) in counts {
            st.execute(params![rowid, n])?;
        }
        let mut st =
            conn.prepare("INSERT INTO entities(id, name, kind, country) VALUES(?1, ?2, ?3, ?4)")?;
        for e in &mem.entities {
            st.execute(params![e.id, e.name, e.kind.as_str(), e.country])?;
        }
        let mut st = conn.prepare("INSERT INTO aliases(entity, alias, type) VALUES(?1, ?2, ?3)")?;
        for (ix, alias, ty) in &mem.aliases {
            st.execute(params![mem.entities[*ix as usize].id, alias, ty])?;
        }
        let mut st = conn.prepare(
            "INSERT INTO edges(id, subject, relation, object, evidence, first_date, last_date,
               confidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let date = |d: u32| (d != NONE).then(|| mem.dates[d as usize].as_str());
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
    conn.execute_batch("COMMIT")?;
    lap("rows written");
    // Each index's entries are sorted in pieces of 8 MiB (the page cache's size), each
    // written to a temporary file and then merged, not all at once in memory: SQLite sorts
    // that way on more than one thread (not with temporary files in memory), and in about
    // half the processor time (`CREATE INDEX triples_subject` of the 1M corpus: 0.4-0.6 s
    // of user time against 1.1-1.3 s).
    conn.pragma_update(None, "cache_size", -8192)?;
    conn.pragma_update(None, "temp_store", "FILE")?;
    for sql in indexes {
        conn.execute_batch(sql)?;
        lap(sql.trim());
    }
    Ok(())
}

/// The triples a bulk load wrote, numbered, for the graph kept for queries (made by the
/// caller of [`Bulk::finish`]): the entities by number, each triple in the order of its id.
pub struct Written<'a> {
    entities: &'a [EntityRef],
    relation_ids: &'a [(String, bool)],
    dates: &'a [String],
    evidence: &'a [Ev],
    /// `None` when no dyads are kept (see [`Mem::unknown_kind`]).
    goldsteins: Option<&'a [f64]>,
    relations: Vec<RelationInfo>,
    generation: i64,
}

impl Written<'_> {
    /// The entities, by number (the stored version of each).
    pub fn entities(&self) -> &[EntityRef] {
        self.entities
    }

    /// The relation catalogue of the knowledge base ([`KnowledgeBase::relations`]).
    pub fn relations(&self) -> &[RelationInfo] {
        &self.relations
    }

    /// The generation of the triples written, which the graph's rows are valid for.
    pub fn generation(&self) -> i64 {
        self.generation
    }

    /// The rows of the dyads kept for `history` ([`super::dyads`]), made from the triples
    /// as written and the entities' states as stored, as
    /// [`KnowledgeBase::refresh_dyads`] makes them from the file; `None` when a triple
    /// had a PLOVER type this geokg does not know (then `history` reads the triples, as
    /// it does when the regular build cannot make them).
    fn dyad_rows(&self) -> Option<Vec<GraphRow>> {
        let goldsteins = self.goldsteins?;
        let mut maker = DyadMaker::default();
        let states: Vec<u32> = self
            .entities
            .iter()
            .map(|e| e.country.as_deref().map_or(NONE, |c| maker.code(c)))
            .collect();
        for ev in self.evidence {
            let (s, o) = (states[ev.subject as usize], states[ev.object as usize]);
            if ev.kind == NO_KIND || s == NONE || o == NONE {
                continue;
            }
            maker.push(
                s,
                o,
                (ev.date != NONE).then(|| self.dates[ev.date as usize].as_str()),
                PloverType::ALL[ev.kind as usize],
                ev.source_is_subject,
                (ev.goldstein != NO_GOLDSTEIN).then(|| goldsteins[ev.goldstein as usize]),
                ev.polarity,
                ev.modality,
            );
        }
        Some(maker.rows())
    }

    /// Calls `f` with the numbers of the subject and object of each triple and the triple
    /// as the file holds it, in the order of the ids.
    pub fn for_each(&self, mut f: impl FnMut(usize, usize, TripleRef<'_>)) {
        for (i, ev) in self.evidence.iter().enumerate() {
            f(
                ev.subject as usize,
                ev.object as usize,
                TripleRef {
                    id: i as i64 + 1,
                    subject: &self.entities[ev.subject as usize].id,
                    relation: &self.relation_ids[ev.relation as usize].0,
                    object: &self.entities[ev.object as usize].id,
                    modality: ev.modality,
                    confidence: ev.confidence,
                    date: (ev.date != NONE).then(|| self.dates[ev.date as usize].as_str()),
                },
            );
        }
    }
}

impl Mem<'_> {
    fn entity(&mut self, e: &EntityIn<'_>, batch: u32) -> u32 {
        let ix = match self.entity_ix.get(e.id.as_ref()) {
            Some(&i) => i,
            None => {
                let i = self.entities.len() as u32;
                self.entity_ix.insert(e.id.to_string(), i);
                self.entities.push(e.to_entity());
                self.entity_batch.push(NONE);
                self.versions.push(Vec::new());
                i
            }
        };
        // As the writer: the first version of an entity in each batch, if not stored before.
        if self.entity_batch[ix as usize] == batch {
            return ix;
        }
        self.entity_batch[ix as usize] = batch;
        let known = &mut self.versions[ix as usize];
        if known.iter().any(|(name, kind, country)| {
            name == e.name.as_ref() && *kind == e.kind && country.as_deref() == e.country.as_deref()
        }) {
            return ix;
        }
        known.push((
            e.name.to_string(),
            e.kind,
            e.country.as_deref().map(str::to_string),
        ));
        let e = e.to_entity();
        let old = &mut self.entities[ix as usize];
        if prefer((&e).into(), (&*old).into()) {
            *old = e.clone();
        }
        self.alias(ix, &e.name, "name");
        if let Some(&idx) = self.lex.by_id.get(&e.id) {
            let lex = self.lex;
            self.alias(ix, &lex.entities[idx].name, "name");
            if let Some(list) = self.aliases_of.get(&idx) {
                for &ai in list {
                    let a = &lex.aliases[ai];
                    if self.alias_seen.insert((ix, a.text.clone())) {
                        self.aliases.push((ix, a.text.clone(), a.ty.as_str()));
                    }
                }
            }
        }
        ix
    }

    fn alias(&mut self, ix: u32, text: &str, ty: &'static str) {
        if self.alias_seen.insert((ix, text.to_string())) {
            self.aliases.push((ix, text.to_string(), ty));
        }
    }

    fn goldstein(&mut self, g: Option<f64>) -> u16 {
        let Some(g) = g else { return NO_GOLDSTEIN };
        if let Some(&i) = self.goldstein_ix.get(&g.to_bits()) {
            return i;
        }
        if self.goldsteins.len() >= NO_GOLDSTEIN as usize {
            // (more distinct values than the numbers hold: none of the lexicon's; the
            // dyads are then not kept)
            self.unknown_kind = true;
            return NO_GOLDSTEIN;
        }
        let i = self.goldsteins.len() as u16;
        self.goldstein_ix.insert(g.to_bits(), i);
        self.goldsteins.push(g);
        i
    }

    fn date(&mut self, d: Option<&str>) -> u32 {
        let Some(d) = d else { return NONE };
        if let Some(&i) = self.date_ix.get(d) {
            return i;
        }
        let i = self.dates.len() as u32;
        self.date_ix.insert(d.to_string(), i);
        self.dates.push(d.to_string());
        i
    }

    fn relation(&mut self, r: &str) -> u16 {
        if let Some(&i) = self.relation_ix.get(r) {
            return i;
        }
        let i = self.relations.len() as u16;
        self.relation_ix.insert(r.to_string(), i);
        self.relations.push((r.to_string(), false));
        i
    }
}
