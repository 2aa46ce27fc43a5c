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
//! One file per job: [`schema`] (the tables and their migrations), [`write`](mod@write)
//! (batches of articles and triples, build runs), [`read`] (typed rows: the catalogue,
//! entities, edges, stored triples, counts), [`filter`] (which evidence a query counts, as
//! SQL), [`hash`] (what identifies a stored article), [`lock`] (one build at a time),
//! [`history`] (the events of a dyad over time), [`dyads`] (the events of every pair of
//! states, kept by each build for [`history`]), [`suggest`] (names near a misspelt one) and
//! [`cache`] (the graph for queries, kept between queries).
//! This module opens the file. All of geokg's SQL is here: the graph for queries
//! ([`crate::graph`]) and the exports ([`crate::export`]) read through [`read`].

pub mod bulk;
pub mod cache;
pub mod dyads;
pub mod filter;
pub mod hash;
pub mod history;
pub mod lock;
pub mod read;
pub mod schema;
pub mod search;
pub mod suggest;
pub mod write;

pub use filter::Filter;
pub use hash::{article_hash, extractor_fingerprint, fnv1a_128};
pub use read::{
    counts_in_words, ArticleDate, BuildRun, EdgeRow, RelationInfo, StoredTriple, TripleRef,
};
pub use schema::SCHEMA_VERSION;
pub use suggest::Suggestion;
pub use write::{WriteStats, Writer};

use rusqlite::{Connection, OpenFlags};
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

/// An existing knowledge base's file and a connection to it with `flags` (the file opened
/// first, so that it can be closed after the connection); a missing file, or a bulk load's
/// placeholder, is [`KbError::Missing`].
fn open_existing(path: &Path, flags: OpenFlags) -> KbResult<(Option<std::fs::File>, Connection)> {
    if !path.exists() || is_placeholder(path) {
        return Err(KbError::Missing(path.to_path_buf()));
    }
    let file = std::fs::File::open(path).ok();
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    Ok((file, conn))
}

/// Whether `path` is an empty file with no write-ahead log: the file a build's lock creates
/// before anything is written (a bulk load, [`bulk`], fills it by renaming the whole
/// knowledge base onto it). Queries take it for no knowledge base, and write nothing into it:
/// a log they made there would belong to another file once the load's file takes its place.
fn is_placeholder(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
        && std::fs::metadata(wal).map_or(true, |m| m.len() == 0)
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
        let (file, conn) = open_existing(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        Self::setup(file, conn, path.to_path_buf(), false)
    }

    /// Opens an existing knowledge base read-only (`geokg serve`): SQLite refuses every
    /// write on this connection, and nothing of the file is changed, not even its journal
    /// mode. A file of an older schema version is refused with a message (any command that
    /// writes, or `geokg build`, migrates it first). With write-ahead logging, reading never
    /// waits for a build that writes the same file.
    pub fn open_read_only(path: &Path) -> KbResult<KnowledgeBase> {
        let (file, conn) = open_existing(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let setup = || -> KbResult<()> {
            conn.busy_timeout(BUSY_TIMEOUT)?;
            let version = schema::check(&conn)?;
            if version != SCHEMA_VERSION {
                return Err(KbError::Schema(format!(
                    "the knowledge base has schema version {version}, older than this \
                     geokg's ({SCHEMA_VERSION}); a read-only server does not migrate it: run \
                     `geokg stats --kb {}` once to migrate it",
                    path.display()
                )));
            }
            conn.pragma_update(None, "cache_size", -65536)?;
            Ok(())
        };
        setup().map_err(not_a_database)?;
        Ok(KnowledgeBase {
            conn,
            path: path.to_path_buf(),
            file,
            building: false,
        })
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

    /// Ends the snapshot of [`begin_snapshot`](Self::begin_snapshot) and starts a new one:
    /// later queries see what has been committed since (a server between two requests).
    pub fn renew_snapshot(&self) -> KbResult<()> {
        self.end_snapshot()?;
        self.begin_snapshot()
    }

    /// Ends the snapshot of [`begin_snapshot`](Self::begin_snapshot), if one is open, so
    /// that an idle reader does not hold back the write-ahead log.
    pub fn end_snapshot(&self) -> KbResult<()> {
        if !self.conn.is_autocommit() {
            self.conn.execute_batch("COMMIT")?;
        }
        Ok(())
    }

    /// Whether reads go straight to the file's pages, mapped (no copy into the page cache
    /// and no system call a page): for the arrays of path search, tens of megabytes at a
    /// few million triples. Off for other reads, whose mapped pages would all count as
    /// the process's memory. SQLite caps the mapping (2 GB by default) and reads the rest
    /// as usual.
    pub fn map_pages(&self, on: bool) -> KbResult<()> {
        let size: i64 = if on { 1 << 40 } else { 0 };
        self.conn.pragma_update(None, "mmap_size", size)?;
        Ok(())
    }

    /// The file it was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
