//! Stage 6, kb: the knowledge base, one SQLite file that articles and their triples are
//! merged into, incrementally and idempotently.
//!
//! Takes articles with their triples (from [`crate::pipeline::run`]); stores articles keyed
//! by id with a 128-bit content hash, entities and their aliases, the relation catalogue,
//! one edge per (subject, relation, object) (one per unordered pair for symmetric
//! relations) and every triple with its evidence, modality, claim source, confidence and
//! date. Each batch of articles is written in one transaction, so a crash or an error never
//! leaves an article half-written. Building the same input twice changes nothing; an article
//! whose content changed (same id) has its old triples replaced; merging is independent of
//! the order of the articles (edge aggregates are recomputed from the triples, entity names
//! are chosen by a fixed preference).
//!
//! The file uses write-ahead logging: queries read a consistent snapshot while a build
//! writes, and a build killed at any moment leaves the last committed batch, whole. Every
//! `geokg build` run is recorded in the `builds` table, so an interrupted one shows. One
//! build at a time: [`KnowledgeBase::open_for_build`] locks the file itself ([`lock`]).
//!
//! The graph for queries is built from it by [`crate::graph`]; [`history`] reads the
//! events of a dyad over time.

pub mod history;
pub mod lock;
mod schema;
pub mod suggest;

pub use schema::SCHEMA_VERSION;
pub use suggest::Suggestion;

use crate::eval::cameo_table;
use crate::lexicon::Lexicon;
use crate::model::{Article, EntityRef, Kind, Triple};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The knowledge base file used when neither `--kb` nor `GEOKG_KB` names one.
pub const DEFAULT_KB: &str = "geokg.kb";

/// What can go wrong with a knowledge base.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KbError {
    /// SQLite refused an operation.
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored value of an unexpected type.
    #[error("SQLite value: {0}")]
    Value(#[from] rusqlite::types::FromSqlError),
    /// The file is not a knowledge base this geokg can read.
    #[error("{0}")]
    Schema(String),
    /// No knowledge base at the path.
    #[error("no knowledge base at {0}; create it with `geokg build INPUT... --kb {0}`")]
    Missing(PathBuf),
    /// Another build holds the build lock of the file.
    #[error("another geokg build is writing this knowledge base")]
    Busy(PathBuf),
    /// The file could not be opened or locked.
    #[error("{0}")]
    Io(String),
}

/// Result of knowledge base operations.
pub type KbResult<T> = Result<T, KbError>;

/// How long a connection waits for another one's write lock before giving up.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Turns SQLite's "file is not a database" into a message that says what to do.
fn not_a_database(e: KbError) -> KbError {
    match &e {
        KbError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
            if f.code == rusqlite::ErrorCode::NotADatabase =>
        {
            KbError::Schema(
                "this file is not a geokg knowledge base (not an SQLite file); it was left \
                 untouched: choose another path with --kb"
                    .into(),
            )
        }
        _ => e,
    }
}

/// One `geokg build` run as the `builds` table records it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BuildRun {
    /// Its number.
    pub id: i64,
    /// The geokg that ran it.
    pub geokg: String,
    /// When it started (UTC, ISO 8601).
    pub started: String,
    /// When it finished, or `None` when it was interrupted (or is still running).
    pub finished: Option<String>,
    /// Articles it read (when finished).
    pub articles: Option<i64>,
    /// Input problems it reported (when finished).
    pub problems: Option<i64>,
}

/// FNV-1a, 128 bits: the content hash of articles (collisions are out of reach at any
/// corpus size, unlike 64 bits over billions of articles).
pub fn fnv1a_128(bytes: &[u8]) -> u128 {
    fnv1a_128_update(FNV_OFFSET, bytes)
}

const FNV_OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;

/// Continues an FNV-1a 128 hash `h` over `bytes`.
fn fnv1a_128_update(mut h: u128, bytes: &[u8]) -> u128 {
    // The prime is 2^88 + 0x13B: multiplying by it (mod 2^128) is a shift and a small
    // product, which costs less than the general 128-bit multiplication.
    for &b in bytes {
        h ^= u128::from(b);
        h = (h << 88).wrapping_add(h.wrapping_mul(0x13B));
    }
    h
}

/// The content hash of an article: every field, separated so that moving text between
/// fields changes it.
pub fn article_hash(a: &Article) -> String {
    // the hash of: each field as 1, its bytes, 0xff, or, when absent, as 0, 0xff (hashed
    // as it goes, without gathering the bytes first)
    let mut h = FNV_OFFSET;
    for field in [
        Some(a.id.as_str()),
        a.title.as_deref(),
        a.date.as_deref(),
        a.source.as_deref(),
        a.url.as_deref(),
        Some(a.text.as_str()),
    ] {
        h = match field {
            Some(s) => fnv1a_128_update(fnv1a_128_update(h, &[1]), s.as_bytes()),
            None => fnv1a_128_update(h, &[0]),
        };
        h = fnv1a_128_update(h, &[0xff]);
    }
    format!("{h:032x}")
}

/// A fingerprint of what extraction depends on (geokg's version and every lexicon file):
/// an article extracted by another version or lexicon is extracted again by `build`.
pub fn extractor_fingerprint(lex: &Lexicon) -> String {
    let mut buf = Vec::new();
    buf.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    for f in &lex.files {
        buf.push(0xff);
        buf.extend_from_slice(f.name.as_bytes());
        buf.push(0xfe);
        buf.extend_from_slice(f.text.as_bytes());
    }
    format!("{:032x}", fnv1a_128(&buf))
}

/// Weight of a modality as evidence that the relation holds.
pub fn modality_weight(m: &str) -> f64 {
    match m {
        "asserted" => 1.0,
        "reported" => 0.8,
        "future" => 0.6,
        "hedged" => 0.5,
        _ => 0.0,
    }
}

/// Which evidence a query counts. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only these relations.
    pub relations: Vec<String>,
    /// Only this polarity (`cooperative`, `conflictual`, `neutral`).
    pub polarity: Option<String>,
    /// Only evidence dated on or after (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only evidence dated on or before (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub until: Option<String>,
    /// Only evidence with at least this confidence.
    pub min_confidence: Option<f64>,
}

impl Filter {
    /// The SQL condition over a triples table aliased `t`, and its parameters.
    pub fn sql(&self) -> (String, Vec<Value>) {
        let mut cond = vec!["1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        if !self.relations.is_empty() {
            let marks: Vec<String> = self
                .relations
                .iter()
                .map(|r| {
                    params.push(Value::Text(r.clone()));
                    format!("?{}", params.len())
                })
                .collect();
            cond.push(format!("t.relation IN ({})", marks.join(",")));
        }
        if let Some(p) = &self.polarity {
            params.push(Value::Text(p.clone()));
            cond.push(format!("t.polarity = ?{}", params.len()));
        }
        if let Some(s) = &self.since {
            params.push(Value::Text(s.clone()));
            cond.push(format!("t.date >= ?{}", params.len()));
        }
        if let Some(u) = &self.until {
            params.push(Value::Text(u.clone()));
            let n = params.len();
            cond.push(format!("substr(t.date, 1, length(?{n})) <= ?{n}"));
        }
        if let Some(c) = self.min_confidence {
            params.push(Value::Real(c));
            cond.push(format!("t.confidence >= ?{}", params.len()));
        }
        (cond.join(" AND "), params)
    }
}

/// A relation of the catalogue as the knowledge base stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationInfo {
    /// snake_case id.
    pub id: String,
    /// Human label.
    pub label: String,
    /// Whether A r B implies B r A (stored once per unordered pair).
    pub symmetric: bool,
    /// PLOVER type.
    pub plover: Option<String>,
    /// Goldstein-scale value of its default CAMEO code.
    pub goldstein: Option<f64>,
    /// cooperative, conflictual or neutral.
    pub polarity: String,
}

/// One stored triple's evidence, for showing why an edge exists.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EvidenceRow {
    /// Article id.
    pub article: String,
    /// The article's title.
    pub title: Option<String>,
    /// The article's source.
    pub source: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// 0-based sentence index.
    pub sentence: usize,
    /// The sentence as it stands in the article.
    pub text: String,
    /// Byte offset of the sentence in the article text.
    pub start: usize,
    /// Byte end offset.
    pub end: usize,
    /// The triple's subject id (surface direction).
    pub subject: String,
    /// The triple's relation.
    pub relation: String,
    /// The triple's object id.
    pub object: String,
    /// asserted, negated, hedged, future or reported.
    pub modality: String,
    /// Extractor confidence.
    pub confidence: f64,
    /// Event date.
    pub date: Option<String>,
    /// Who says so.
    pub claimed_by: Option<String>,
}

/// One exported edge, the unit of comparison between knowledge bases.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EdgeRow {
    /// Subject id (the smaller id for symmetric relations).
    pub subject: String,
    /// Relation id.
    pub relation: String,
    /// Object id.
    pub object: String,
    /// How many triples support it.
    pub evidence: i64,
    /// Earliest evidence date.
    pub first_date: Option<String>,
    /// Latest evidence date.
    pub last_date: Option<String>,
    /// Highest evidence confidence.
    pub confidence: f64,
}

/// What one call to [`Writer::write_batch`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Articles not seen before.
    pub added: usize,
    /// Articles whose content (or extractor) changed: old triples replaced.
    pub replaced: usize,
    /// Articles already stored with the same content: nothing written.
    pub unchanged: usize,
    /// Triples written.
    pub triples: usize,
}

impl std::ops::AddAssign for WriteStats {
    fn add_assign(&mut self, o: WriteStats) {
        self.added += o.added;
        self.replaced += o.replaced;
        self.unchanged += o.unchanged;
        self.triples += o.triples;
    }
}

/// An open knowledge base.
pub struct KnowledgeBase {
    conn: Connection,
    path: PathBuf,
    /// The file, opened before the connection and, being declared after it, closed after
    /// it (see [`lock`] for why): for a build it holds the build lock; for a query it asks
    /// whether a build holds it. `None` in memory.
    file: Option<std::fs::File>,
    /// Whether `file` holds the build lock.
    building: bool,
}

impl std::fmt::Debug for KnowledgeBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KnowledgeBase")
            .field("path", &self.path)
            .finish()
    }
}

impl KnowledgeBase {
    /// Opens the knowledge base at `path` for writing, creating it (and migrating an older
    /// schema) as needed, without the build lock (tests, benchmarks): `geokg build` uses
    /// [`KnowledgeBase::open_for_build`].
    pub fn create_or_open(path: &Path) -> KbResult<KnowledgeBase> {
        let conn = Connection::open(path)?;
        Self::setup(None, conn, path.to_path_buf(), false)
    }

    /// Opens the knowledge base at `path` for a build: takes its build lock (an exclusive
    /// lock on the file itself, see [`lock`]), waiting for another build to finish or
    /// failing with [`KbError::Busy`] as `wait` says, then opens it, creating it (and
    /// migrating an older schema) as needed. The lock lasts as long as the knowledge base
    /// is open.
    pub fn open_for_build(path: &Path, wait: lock::Wait<'_>) -> KbResult<KnowledgeBase> {
        let file = lock::lock_for_build(path, wait)?;
        let conn = Connection::open(path)?;
        Self::setup(Some(file), conn, path.to_path_buf(), true)
    }

    /// Opens an existing knowledge base for queries; a missing file is [`KbError::Missing`].
    pub fn open(path: &Path) -> KbResult<KnowledgeBase> {
        if !path.exists() {
            return Err(KbError::Missing(path.to_path_buf()));
        }
        // Opened before the connection, so that it can be closed after it.
        let file = std::fs::File::open(path).ok();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::setup(file, conn, path.to_path_buf(), false)
    }

    /// A knowledge base in memory (tests, benchmarks).
    pub fn in_memory() -> KbResult<KnowledgeBase> {
        Self::setup(
            None,
            Connection::open_in_memory()?,
            PathBuf::from(":memory:"),
            false,
        )
    }

    /// Whether a build is writing this knowledge base: this one, opened for a build, or
    /// another process that holds its build lock.
    pub fn build_running(&self) -> bool {
        self.building || self.file.as_ref().is_some_and(lock::held_elsewhere)
    }

    // `file` comes first: on an error, parameters are dropped in reverse order, so the
    // connection is closed before the file (see `lock`).
    fn setup(
        file: Option<std::fs::File>,
        conn: Connection,
        path: PathBuf,
        building: bool,
    ) -> KbResult<KnowledgeBase> {
        Self::setup_inner(file, conn, path, building).map_err(not_a_database)
    }

    fn setup_inner(
        file: Option<std::fs::File>,
        mut conn: Connection,
        path: PathBuf,
        building: bool,
    ) -> KbResult<KnowledgeBase> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Refuse a foreign or newer file before anything (even the journal mode) is written.
        schema::check(&conn)?;
        // Write-ahead logging: a reader never waits for a writer (queries run while a build
        // writes), and a process killed at any moment leaves the last committed state.
        // `synchronous = NORMAL` is safe against a killed process with WAL; after a power
        // failure the last transactions may be lost, but the file stays consistent. An
        // in-memory database has no WAL and keeps its own journal mode.
        if path != Path::new(":memory:") {
            let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                // A file system without shared memory (some network mounts): the rollback
                // journal is just as safe against crashes, readers only wait more.
                conn.pragma_update(None, "journal_mode", "DELETE")?;
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "cache_size", -65536)?;
        schema::migrate(&mut conn)?;
        Ok(KnowledgeBase {
            conn,
            path,
            file,
            building,
        })
    }

    /// Starts a read transaction that lasts as long as this connection: every later query
    /// sees the same committed state, even while a build commits new batches (with WAL the
    /// build does not wait for it). For read-only commands; writing afterwards fails.
    pub fn begin_snapshot(&self) -> KbResult<()> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        // The snapshot is taken at the first read.
        self.conn
            .query_row("SELECT count(*) FROM meta", [], |r| r.get::<_, i64>(0))?;
        Ok(())
    }

    /// Records the start of a `geokg build` run (committed at once) and returns its id,
    /// for [`KnowledgeBase::finish_build`]. A run that never finishes (killed) keeps
    /// `finished` empty, which [`KnowledgeBase::last_build`] reports.
    pub fn start_build(&mut self) -> KbResult<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO builds(geokg, started) VALUES(?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            [concat!("geokg ", env!("CARGO_PKG_VERSION"))],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Records the end of a build run with what it did.
    pub fn finish_build(
        &mut self,
        id: i64,
        articles: usize,
        written: &WriteStats,
        problems: usize,
    ) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE builds SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), articles = ?2,
               added = ?3, replaced = ?4, unchanged = ?5, problems = ?6
             WHERE id = ?1",
            params![
                id,
                articles as i64,
                written.added as i64,
                written.replaced as i64,
                written.unchanged as i64,
                problems as i64
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The most recent build run, if any.
    pub fn last_build(&self) -> KbResult<Option<BuildRun>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, geokg, started, finished, articles, problems FROM builds
                 ORDER BY id DESC LIMIT 1",
                [],
                |r| {
                    Ok(BuildRun {
                        id: r.get(0)?,
                        geokg: r.get(1)?,
                        started: r.get(2)?,
                        finished: r.get(3)?,
                        articles: r.get(4)?,
                        problems: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    /// The file it was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SQLite connection, for read queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A writer that extracts nothing itself: it stores what [`crate::pipeline::run`]
    /// produced with `lex`.
    pub fn writer<'a>(&'a mut self, lex: &'a Lexicon) -> KbResult<Writer<'a>> {
        Writer::new(self, lex)
    }

    /// Row counts of every table, by name, in a fixed order.
    pub fn counts(&self) -> KbResult<Vec<(&'static str, i64)>> {
        let mut out = Vec::new();
        for t in [
            "articles",
            "entities",
            "aliases",
            "relations",
            "edges",
            "triples",
        ] {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
            out.push((t, n));
        }
        Ok(out)
    }

    /// How many relation types the stored triples use (the catalogue in the `relations`
    /// table holds every relation the lexicon knows, found or not).
    pub fn relation_types_used(&self) -> KbResult<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(DISTINCT relation) FROM edges", [], |r| {
                r.get(0)
            })?)
    }

    /// Every edge with its aggregates, sorted: two knowledge bases with the same facts
    /// export the same rows whatever the order they were built in.
    pub fn export_edges(&self) -> KbResult<Vec<EdgeRow>> {
        let mut st = self.conn.prepare(
            "SELECT subject, relation, object, evidence, first_date, last_date, confidence
             FROM edges ORDER BY subject, relation, object",
        )?;
        let rows = st.query_map([], |r| {
            Ok(EdgeRow {
                subject: r.get(0)?,
                relation: r.get(1)?,
                object: r.get(2)?,
                evidence: r.get(3)?,
                first_date: r.get(4)?,
                last_date: r.get(5)?,
                confidence: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The relation catalogue stored with the knowledge base.
    pub fn relations(&self) -> KbResult<Vec<RelationInfo>> {
        let mut st = self.conn.prepare(
            "SELECT id, label, symmetric, plover, goldstein, polarity FROM relations ORDER BY id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(RelationInfo {
                id: r.get(0)?,
                label: r.get(1)?,
                symmetric: r.get(2)?,
                plover: r.get(3)?,
                goldstein: r.get(4)?,
                polarity: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> KbResult<Option<EntityRef>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, kind, country FROM entities WHERE id = ?1",
                [id],
                entity_row,
            )
            .optional()?)
    }

    /// Every entity, by id.
    pub fn entities(&self) -> KbResult<HashMap<String, EntityRef>> {
        let mut st = self
            .conn
            .prepare("SELECT id, name, kind, country FROM entities")?;
        let rows = st.query_map([], entity_row)?;
        let mut out = HashMap::new();
        for e in rows {
            let e = e?;
            out.insert(e.id.clone(), e);
        }
        Ok(out)
    }

    /// Entities whose stored name or alias is `name` (case-insensitive), sorted by id.
    pub fn find_by_name(&self, name: &str) -> KbResult<Vec<EntityRef>> {
        let mut st = self.conn.prepare(
            "SELECT id, name, kind, country FROM entities WHERE name = ?1 COLLATE NOCASE
             UNION
             SELECT e.id, e.name, e.kind, e.country FROM aliases a JOIN entities e ON e.id = a.entity
             WHERE a.alias = ?1 COLLATE NOCASE
             ORDER BY 1",
        )?;
        let rows = st.query_map([name.trim()], entity_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The evidence of one stored triple.
    pub fn evidence(&self, triple: i64) -> KbResult<Option<EvidenceRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT t.article, a.title, a.source, a.url, t.sentence, t.text, t.start, t.end,
                        t.subject, t.relation, t.object, t.modality, t.confidence, t.date,
                        c.name
                 FROM triples t JOIN articles a ON a.id = t.article
                 LEFT JOIN entities c ON c.id = t.claimed_by
                 WHERE t.id = ?1",
                [triple],
                |r| {
                    Ok(EvidenceRow {
                        article: r.get(0)?,
                        title: r.get(1)?,
                        source: r.get(2)?,
                        url: r.get(3)?,
                        sentence: r.get::<_, i64>(4)? as usize,
                        text: r.get(5)?,
                        start: r.get::<_, i64>(6)? as usize,
                        end: r.get::<_, i64>(7)? as usize,
                        subject: r.get(8)?,
                        relation: r.get(9)?,
                        object: r.get(10)?,
                        modality: r.get(11)?,
                        confidence: r.get(12)?,
                        date: r.get(13)?,
                        claimed_by: r.get(14)?,
                    })
                },
            )
            .optional()?)
    }

    /// Triple counts grouped by one column of the triples table (`relation`, `modality`,
    /// `polarity`, `plover`), largest first.
    pub fn triple_counts_by(&self, column: &str) -> KbResult<Vec<(String, i64)>> {
        let col = match column {
            "relation" | "modality" | "polarity" | "plover" => column,
            _ => return Err(KbError::Schema(format!("cannot group triples by {column}"))),
        };
        let mut st = self.conn.prepare(&format!(
            "SELECT coalesce({col}, '-'), count(*) FROM triples GROUP BY 1 ORDER BY 2 DESC, 1"
        ))?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Entity counts by kind, largest first.
    pub fn entity_counts_by_kind(&self) -> KbResult<Vec<(String, i64)>> {
        let mut st = self
            .conn
            .prepare("SELECT kind, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC, 1")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn entity_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EntityRef> {
    let kind: String = r.get(2)?;
    Ok(EntityRef {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Other),
        country: r.get(3)?,
    })
}

/// Writes batches of extracted articles into a knowledge base.
pub struct Writer<'a> {
    kb: &'a mut KnowledgeBase,
    lex: &'a Lexicon,
    fingerprint: String,
    symmetric: FxHashSet<String>,
    goldstein_by_cameo: FxHashMap<String, f64>,
    goldstein_by_relation: FxHashMap<String, f64>,
    aliases_of: FxHashMap<usize, Vec<usize>>,
    relations_written: bool,
    /// What this writer's committed batches stored, so that later batches skip the
    /// statements that would change nothing: the entity versions upserted (upserting one
    /// again, with its aliases, is a no-op) and the ids of the edges (keyed by subject,
    /// relation and object, NUL-separated). Cleared when a batch replaces articles, since
    /// that can delete entities and edges.
    stored_entities: FxHashSet<EntityRef>,
    edge_ids: FxHashMap<String, i64>,
}

impl<'a> Writer<'a> {
    fn new(kb: &'a mut KnowledgeBase, lex: &'a Lexicon) -> KbResult<Writer<'a>> {
        let mut aliases_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, a) in lex.aliases.iter().enumerate() {
            aliases_of.entry(a.entity).or_default().push(i);
        }
        Ok(Writer {
            kb,
            lex,
            fingerprint: extractor_fingerprint(lex),
            symmetric: lex
                .relations
                .iter()
                .filter(|r| r.symmetric)
                .map(|r| r.id.clone())
                .collect(),
            goldstein_by_cameo: cameo_table()
                .into_iter()
                .filter_map(|(k, (_, g, _))| g.map(|g| (k, g)))
                .collect(),
            goldstein_by_relation: lex
                .relations
                .iter()
                .filter_map(|r| r.goldstein.map(|g| (r.id.clone(), g)))
                .collect(),
            aliases_of,
            relations_written: false,
            stored_entities: FxHashSet::default(),
            edge_ids: FxHashMap::default(),
        })
    }

    /// Whether the article is stored with this very content and extractor (so that
    /// extracting it again can be skipped).
    pub fn is_current(&self, article: &Article) -> KbResult<bool> {
        let row: Option<(String, String)> = self
            .kb
            .conn
            .query_row(
                "SELECT hash, extractor FROM articles WHERE id = ?1",
                [&article.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.is_some_and(|(h, x)| h == article_hash(article) && x == self.fingerprint))
    }

    /// Writes a batch of articles with their triples in one transaction: all of it or, on
    /// error, none of it.
    pub fn write_batch(&mut self, batch: &[(Article, Vec<Triple>)]) -> KbResult<WriteStats> {
        let mut stats = WriteStats::default();
        // Take the write lock at the start: a deferred transaction that reads first could
        // not upgrade its lock while another process writes, and would fail at once.
        let tx = self
            .kb
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if !self.relations_written {
            let mut st = tx.prepare_cached(
                "INSERT INTO relations(id, label, symmetric, plover, cameo, goldstein, polarity)
                 VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT(id) DO UPDATE SET label = excluded.label, symmetric = excluded.symmetric,
                   plover = excluded.plover, cameo = excluded.cameo, goldstein = excluded.goldstein,
                   polarity = excluded.polarity",
            )?;
            for r in &self.lex.relations {
                st.execute(params![
                    r.id,
                    r.label,
                    r.symmetric,
                    r.plover,
                    r.cameo,
                    r.goldstein,
                    r.polarity
                ])?;
            }
        }
        // edges that lost triples (replaced articles): their summary is recomputed
        let mut touched: BTreeSet<i64> = BTreeSet::new();
        // edges that only gained triples: their summary is updated from the new ones alone,
        // so a batch costs the same whatever the size of the knowledge base
        let mut gained: BTreeMap<i64, EdgeSummary> = BTreeMap::new();
        let mut seen_entities: FxHashSet<String> = FxHashSet::default();
        // what this batch stores, for `stored_entities` and `edge_ids` once it is committed
        let mut new_entities: Vec<EntityRef> = Vec::new();
        let mut new_edges: FxHashMap<String, i64> = FxHashMap::default();
        let mut any_replaced = false;
        // the statements of every article and triple, prepared (found in the cache) once
        let mut select_article =
            tx.prepare_cached("SELECT hash, extractor FROM articles WHERE id = ?1")?;
        let mut insert_article = tx.prepare_cached(
            "INSERT OR REPLACE INTO articles(id, hash, extractor, title, date, source, url, bytes, triples)
             VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        let mut insert_triple = tx.prepare_cached(
            "INSERT INTO triples(edge, article, sentence, subject, relation, object, plover,
               plover_source, plover_target, cameo, goldstein, polarity, modality, claimed_by,
               confidence, date, start, end, text)
             VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )?;
        for (article, triples) in batch {
            let hash = article_hash(article);
            let old: Option<(String, String)> = select_article
                .query_row([&article.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((h, x)) = &old {
                if *h == hash && *x == self.fingerprint {
                    stats.unchanged += 1;
                    continue;
                }
                let mut st =
                    tx.prepare_cached("SELECT DISTINCT edge FROM triples WHERE article = ?1")?;
                for e in st.query_map([&article.id], |r| r.get::<_, i64>(0))? {
                    touched.insert(e?);
                }
                tx.prepare_cached("DELETE FROM triples WHERE article = ?1")?
                    .execute([&article.id])?;
                stats.replaced += 1;
                any_replaced = true;
            } else {
                stats.added += 1;
            }
            insert_article.execute(params![
                article.id,
                hash,
                self.fingerprint,
                article.title,
                article.date,
                article.source,
                article.url,
                article.text.len() as i64,
                triples.len() as i64
            ])?;
            for t in triples {
                for e in [Some(&t.subject), Some(&t.object), t.claimed_by.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    // (the id is copied only the first time it is seen)
                    if seen_entities.contains(&e.id) {
                        continue;
                    }
                    seen_entities.insert(e.id.clone());
                    if !self.stored_entities.contains(e) {
                        upsert_entity(&tx, self.lex, &self.aliases_of, e)?;
                        new_entities.push(e.clone());
                    }
                }
                let (s, o) = if self.symmetric.contains(&t.relation) && t.object.id < t.subject.id {
                    (&t.object.id, &t.subject.id)
                } else {
                    (&t.subject.id, &t.object.id)
                };
                let key = format!("{s}\0{}\0{o}", t.relation);
                let known = self.edge_ids.get(&key).or_else(|| new_edges.get(&key));
                let edge: i64 = match known {
                    Some(&id) => id,
                    None => {
                        tx.prepare_cached(
                            "INSERT OR IGNORE INTO edges(subject, relation, object) VALUES(?1, ?2, ?3)",
                        )?
                        .execute(params![s, t.relation, o])?;
                        let id = tx
                            .prepare_cached(
                                "SELECT id FROM edges WHERE subject = ?1 AND relation = ?2 AND object = ?3",
                            )?
                            .query_row(params![s, t.relation, o], |r| r.get(0))?;
                        new_edges.insert(key, id);
                        id
                    }
                };
                gained.entry(edge).or_default().add(
                    1,
                    t.date.as_deref(),
                    t.date.as_deref(),
                    t.confidence,
                );
                let goldstein = t
                    .cameo
                    .as_ref()
                    .and_then(|c| self.goldstein_by_cameo.get(c))
                    .or_else(|| self.goldstein_by_relation.get(&t.relation))
                    .copied();
                insert_triple.execute(params![
                    edge,
                    t.article,
                    t.sentence as i64,
                    t.subject.id,
                    t.relation,
                    t.object.id,
                    t.plover.as_ref().map(|p| &p.kind),
                    t.plover.as_ref().map(|p| &p.source),
                    t.plover.as_ref().map(|p| &p.target),
                    t.cameo,
                    goldstein,
                    t.polarity,
                    t.modality.as_str(),
                    t.claimed_by.as_ref().map(|c| &c.id),
                    t.confidence,
                    t.date,
                    t.evidence.start as i64,
                    t.evidence.end as i64,
                    t.evidence.text
                ])?;
                stats.triples += 1;
            }
        }
        drop((select_article, insert_article, insert_triple));
        for (edge, new) in &gained {
            if touched.contains(edge) {
                continue;
            }
            let mut sum: EdgeSummary = tx
                .prepare_cached(
                    "SELECT evidence, first_date, last_date, confidence FROM edges WHERE id = ?1",
                )?
                .query_row([edge], |r| {
                    Ok(EdgeSummary {
                        evidence: r.get(0)?,
                        first: r.get(1)?,
                        last: r.get(2)?,
                        confidence: r.get(3)?,
                    })
                })?;
            sum.add(
                new.evidence,
                new.first.as_deref(),
                new.last.as_deref(),
                new.confidence,
            );
            tx.prepare_cached(
                "UPDATE edges SET evidence = ?2, first_date = ?3, last_date = ?4, confidence = ?5
                 WHERE id = ?1",
            )?
            .execute(params![
                edge,
                sum.evidence,
                sum.first,
                sum.last,
                sum.confidence
            ])?;
        }
        for edge in &touched {
            // one aggregate read, then a plain keyed update (a statement with correlated
            // subqueries was re-prepared by SQLite on every new binding)
            let (n, first, last, confidence): (i64, Option<String>, Option<String>, f64) = tx
                .prepare_cached(
                    "SELECT count(*), min(date), max(date), coalesce(max(confidence), 0)
                     FROM triples WHERE edge = ?1",
                )?
                .query_row([edge], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            tx.prepare_cached(
                "UPDATE edges SET evidence = ?2, first_date = ?3, last_date = ?4, confidence = ?5
                 WHERE id = ?1",
            )?
            .execute(params![edge, n, first, last, confidence])?;
            if n == 0 {
                tx.prepare_cached("DELETE FROM edges WHERE id = ?1")?
                    .execute([edge])?;
            }
        }
        if any_replaced {
            // Entities that only the replaced triples mentioned go with them.
            tx.execute_batch(
                "DELETE FROM entities WHERE id NOT IN (
                   SELECT subject FROM triples UNION SELECT object FROM triples
                   UNION SELECT claimed_by FROM triples WHERE claimed_by IS NOT NULL);
                 DELETE FROM aliases WHERE entity NOT IN (SELECT id FROM entities);",
            )?;
        }
        tx.commit()?;
        self.relations_written = true;
        if any_replaced {
            self.stored_entities.clear();
            self.edge_ids.clear();
        } else {
            self.stored_entities.extend(new_entities);
            self.edge_ids.extend(new_edges);
        }
        Ok(stats)
    }
}

/// The summary an edge row keeps of its triples: their number, the first and last of their
/// dates, the highest of their confidences.
#[derive(Debug, Default)]
struct EdgeSummary {
    evidence: i64,
    first: Option<String>,
    last: Option<String>,
    confidence: f64,
}

impl EdgeSummary {
    /// Adds `n` triples dated from `first` to `last` (undated ones leave the dates as they
    /// are, as SQL's `min` and `max` skip NULLs) with highest confidence `confidence`.
    fn add(&mut self, n: i64, first: Option<&str>, last: Option<&str>, confidence: f64) {
        self.evidence += n;
        if let Some(f) = first {
            if self.first.as_deref().is_none_or(|x| f < x) {
                self.first = Some(f.to_string());
            }
        }
        if let Some(l) = last {
            if self.last.as_deref().is_none_or(|x| l > x) {
                self.last = Some(l.to_string());
            }
        }
        if confidence > self.confidence {
            self.confidence = confidence;
        }
    }
}

/// Inserts an entity or keeps the preferred of two versions of it (with a country, then the
/// longer name, then the smaller name), so that the result does not depend on the order
/// articles arrive in; adds its name and its lexicon aliases.
fn upsert_entity(
    tx: &rusqlite::Transaction<'_>,
    lex: &Lexicon,
    aliases_of: &FxHashMap<usize, Vec<usize>>,
    e: &EntityRef,
) -> KbResult<()> {
    tx.prepare_cached(
            "INSERT INTO entities(id, name, kind, country) VALUES(?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country
             WHERE (excluded.country IS NOT NULL, length(excluded.name))
                   > (entities.country IS NOT NULL, length(entities.name))
                OR ((excluded.country IS NOT NULL, length(excluded.name))
                   = (entities.country IS NOT NULL, length(entities.name))
                   AND (excluded.name, excluded.kind, coalesce(excluded.country, ''))
                     < (entities.name, entities.kind, coalesce(entities.country, '')))",
        )?
        .execute(params![e.id, e.name, e.kind.as_str(), e.country])?;
    let mut st =
        tx.prepare_cached("INSERT OR IGNORE INTO aliases(entity, alias, type) VALUES(?1, ?2, ?3)")?;
    st.execute(params![e.id, e.name, "name"])?;
    if let Some(&idx) = lex.by_id.get(&e.id) {
        st.execute(params![e.id, lex.entities[idx].name, "name"])?;
        for &ai in aliases_of.get(&idx).map(Vec::as_slice).unwrap_or(&[]) {
            let a = &lex.aliases[ai];
            st.execute(params![e.id, a.text, a.ty.as_str()])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    /// The hash as first written: FNV-1a with a general 128-bit multiplication, over the
    /// fields gathered into one buffer. Stored hashes must not change.
    fn article_hash_reference(a: &Article) -> String {
        let mut buf = Vec::new();
        for field in [
            Some(a.id.as_str()),
            a.title.as_deref(),
            a.date.as_deref(),
            a.source.as_deref(),
            a.url.as_deref(),
            Some(a.text.as_str()),
        ] {
            match field {
                Some(s) => {
                    buf.push(1);
                    buf.extend_from_slice(s.as_bytes());
                }
                None => buf.push(0),
            }
            buf.push(0xff);
        }
        let mut h = FNV_OFFSET;
        for &b in &buf {
            h ^= b as u128;
            h = h.wrapping_mul(0x0000000001000000000000000000013B);
        }
        format!("{h:032x}")
    }

    #[test]
    fn article_hash_is_unchanged() {
        let mut a = Article {
            id: "a1".into(),
            text: "Chile signed a pact with Peru. \u{2019}\u{e9}".into(),
            ..Article::default()
        };
        assert_eq!(article_hash(&a), article_hash_reference(&a));
        a.title = Some(String::new());
        a.date = Some("2022-11-11".into());
        a.url = Some("https://example.org/\u{ff}".into());
        assert_eq!(article_hash(&a), article_hash_reference(&a));
        // a hash stored by earlier versions
        assert_eq!(fnv1a_128(b""), FNV_OFFSET);
        assert_eq!(
            format!("{:032x}", fnv1a_128(b"a")),
            "d228cb696f1a8caf78912b704e4a8964"
        );
    }

    fn lex() -> Lexicon {
        Lexicon::builtin().expect("lexicon")
    }

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            date: Some("2023-03-06".into()),
            text: text.into(),
            ..Default::default()
        }
    }

    const A: &str = "Chile's president met Peru's foreign minister in Lima on Monday. \
                     Peru accused Bolivia of shelling border posts.";
    const B: &str = "Bolivia's army attacked Paraguay on Tuesday. Argentina sanctioned Paraguay.";

    fn build(lex: &Lexicon, arts: &[Article]) -> KnowledgeBase {
        let ex = Extractor::new(lex);
        let mut kb = KnowledgeBase::in_memory().unwrap();
        let mut w = kb.writer(lex).unwrap();
        for a in arts {
            w.write_batch(&[(a.clone(), ex.extract_article(a))])
                .unwrap();
        }
        kb
    }

    #[test]
    fn building_twice_changes_nothing() {
        let lex = lex();
        let arts = [article("a", A), article("b", B)];
        let mut kb = build(&lex, &arts);
        let before = kb.counts().unwrap();
        assert!(
            before.iter().any(|(t, n)| *t == "triples" && *n > 0),
            "{before:?}"
        );
        let ex = Extractor::new(&lex);
        let mut w = kb.writer(&lex).unwrap();
        let batch: Vec<_> = arts
            .iter()
            .map(|a| (a.clone(), ex.extract_article(a)))
            .collect();
        let s = w.write_batch(&batch).unwrap();
        assert_eq!(s.unchanged, 2);
        assert_eq!(kb.counts().unwrap(), before);
    }

    #[test]
    fn order_does_not_matter() {
        let lex = lex();
        let ab = build(&lex, &[article("a", A), article("b", B)]);
        let ba = build(&lex, &[article("b", B), article("a", A)]);
        assert_eq!(ab.export_edges().unwrap(), ba.export_edges().unwrap());
        assert_eq!(ab.counts().unwrap(), ba.counts().unwrap());
    }

    #[test]
    fn a_corrected_article_replaces_its_triples() {
        let lex = lex();
        let mut kb = build(&lex, &[article("a", A)]);
        let ex = Extractor::new(&lex);
        let fixed = article("a", "Argentina sanctioned Paraguay.");
        let s = kb
            .writer(&lex)
            .unwrap()
            .write_batch(&[(fixed.clone(), ex.extract_article(&fixed))])
            .unwrap();
        assert_eq!(s.replaced, 1);
        let direct = build(&lex, &[fixed]);
        assert_eq!(kb.export_edges().unwrap(), direct.export_edges().unwrap());
        assert_eq!(kb.counts().unwrap(), direct.counts().unwrap());
    }

    #[test]
    fn symmetric_relations_are_stored_once_per_pair() {
        let lex = lex();
        let kb = build(
            &lex,
            &[article(
                "a",
                "Chile's president met Peru's president. Peru's president met Chile's president.",
            )],
        );
        let meets: Vec<_> = kb
            .export_edges()
            .unwrap()
            .into_iter()
            .filter(|e| e.relation == "meets")
            .collect();
        assert_eq!(meets.len(), 1, "{meets:?}");
        assert!(meets[0].subject < meets[0].object);
    }

    #[test]
    fn filters_make_sql() {
        let f = Filter {
            relations: vec!["meets".into()],
            until: Some("2022-11".into()),
            ..Default::default()
        };
        let (sql, p) = f.sql();
        assert!(
            sql.contains("t.relation IN (?1)") && sql.contains("length(?2)"),
            "{sql}"
        );
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn hash_is_128_bits_and_field_sensitive() {
        let mut a = article("x", "text");
        let h1 = article_hash(&a);
        a.title = Some("text".into());
        assert_ne!(h1, article_hash(&a));
        assert_eq!(h1.len(), 32);
    }
}
