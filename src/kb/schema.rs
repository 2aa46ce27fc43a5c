//! The SQLite schema of the knowledge base and its migrations.
//!
//! The `meta` table holds `schema_version`. Opening a file written with an older version runs
//! the migrations in order inside one write transaction (taken before the version is read
//! again, so two processes never migrate the same file twice); a newer version is refused with
//! a message (the file was written by a newer geokg and this one could damage it).
//!
//! Versions: 1, the first; 2 adds the `builds` table, one row per `geokg build` run, so that
//! an interrupted build (killed, crashed) can be told apart from a finished one; 3 adds
//! `articles.date_source`, where the article's publication date came from (`record`,
//! `metadata`, `dateline`, `option`; NULL for the articles of older builds, read as
//! unknown); 4 adds `graph_cache`, the graph for queries in a compact binary form (written
//! by [`crate::graph`] at the end of each build), and the `generation` in `meta`, which every
//! write of triples increments, so that a cached graph of an older generation is never
//! read; 5 adds an index on `entities.country`, so that `history` finds a state's people,
//! bodies and places without reading every entity.

use super::{KbError, KbResult};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

/// The schema version this build of geokg writes.
pub const SCHEMA_VERSION: i64 = 5;

/// Version 1: articles keyed by id with a content hash; entities and their aliases; the
/// relation catalogue; one edge per (subject, relation, object) with its aggregates; every
/// triple with its evidence, pointing at its edge and its article.
const V1: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    hash      TEXT NOT NULL,
    extractor TEXT NOT NULL,
    title     TEXT,
    date      TEXT,
    source    TEXT,
    url       TEXT,
    bytes     INTEGER NOT NULL,
    triples   INTEGER NOT NULL
);
CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT
);
CREATE TABLE aliases (
    entity TEXT NOT NULL,
    alias  TEXT NOT NULL,
    type   TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
);
CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);
CREATE TABLE relations (
    id        TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    symmetric INTEGER NOT NULL,
    plover    TEXT,
    cameo     TEXT,
    goldstein REAL,
    polarity  TEXT NOT NULL
);
CREATE TABLE edges (
    id         INTEGER PRIMARY KEY,
    subject    TEXT NOT NULL,
    relation   TEXT NOT NULL,
    object     TEXT NOT NULL,
    evidence   INTEGER NOT NULL DEFAULT 0,
    first_date TEXT,
    last_date  TEXT,
    confidence REAL NOT NULL DEFAULT 0,
    UNIQUE (subject, relation, object)
);
CREATE INDEX edges_object ON edges(object);
CREATE TABLE triples (
    id            INTEGER PRIMARY KEY,
    edge          INTEGER NOT NULL,
    article       TEXT NOT NULL,
    sentence      INTEGER NOT NULL,
    subject       TEXT NOT NULL,
    relation      TEXT NOT NULL,
    object        TEXT NOT NULL,
    plover        TEXT,
    plover_source TEXT,
    plover_target TEXT,
    cameo         TEXT,
    goldstein     REAL,
    polarity      TEXT NOT NULL,
    modality      TEXT NOT NULL,
    claimed_by    TEXT,
    confidence    REAL NOT NULL,
    date          TEXT,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL
);
CREATE INDEX triples_edge ON triples(edge);
CREATE INDEX triples_article ON triples(article);
CREATE INDEX triples_subject ON triples(subject);
CREATE INDEX triples_object ON triples(object);
"#;

/// Version 2: one row per `geokg build` run. `finished` stays NULL when the run was
/// interrupted; the articles it committed before that are whole, and running the build
/// again completes the knowledge base.
const V2: &str = r#"
CREATE TABLE builds (
    id        INTEGER PRIMARY KEY,
    geokg     TEXT NOT NULL,
    started   TEXT NOT NULL,
    finished  TEXT,
    articles  INTEGER,
    added     INTEGER,
    replaced  INTEGER,
    unchanged INTEGER,
    problems  INTEGER
);
"#;

/// Version 3: where each article's publication date came from
/// ([`crate::model::DateSource`]).
const V3: &str = r#"
ALTER TABLE articles ADD COLUMN date_source TEXT;
"#;

/// Version 4: the graph for queries at each level, as parts of at most
/// [`super::cache::PART_BYTES`] bytes, valid for the generation of triples it was made
/// from; and that generation.
const V4: &str = r#"
CREATE TABLE graph_cache (
    level      TEXT NOT NULL,
    part       INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (level, part)
);
INSERT OR IGNORE INTO meta(key, value) VALUES('generation', '0');
"#;

/// Version 5: entities by state, for the roll-up of `history`.
const V5: &str = r#"
CREATE INDEX IF NOT EXISTS entities_country ON entities(country);
"#;

/// Migrations: `MIGRATIONS[i]` takes a file from version `i` to version `i + 1`.
const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5];

/// Brings the schema of `conn` to [`SCHEMA_VERSION`], or refuses a file it cannot read.
pub fn migrate(conn: &mut Connection) -> KbResult<()> {
    let version = current_version(conn)?;
    refuse_newer(version)?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    // Take the write lock first, then read the version again: another process may have
    // migrated the file in between.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version = current_version(&tx)?;
    refuse_newer(version)?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    for (from, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql).map_err(|e| {
            KbError::Schema(format!(
                "cannot migrate the knowledge base from schema version {from}: {e}"
            ))
        })?;
    }
    tx.execute(
        "INSERT INTO meta(key, value) VALUES('schema_version', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SCHEMA_VERSION.to_string()],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO meta(key, value) VALUES('created_by', ?1)",
        [concat!("geokg ", env!("CARGO_PKG_VERSION"))],
    )?;
    tx.commit()?;
    Ok(())
}

/// Reads the schema version and refuses a file this geokg must not touch (not a geokg
/// knowledge base, or a newer schema), without writing anything.
pub fn check(conn: &Connection) -> KbResult<i64> {
    let version = current_version(conn)?;
    refuse_newer(version)?;
    Ok(version)
}

fn refuse_newer(version: i64) -> KbResult<()> {
    if version > SCHEMA_VERSION {
        return Err(KbError::Schema(format!(
            "the knowledge base has schema version {version}, newer than this geokg's \
             ({SCHEMA_VERSION}): it was written by a newer geokg and is left untouched; \
             upgrade geokg, or build a new knowledge base with --kb"
        )));
    }
    if version < 0 {
        return Err(KbError::Schema(format!(
            "the knowledge base has an impossible schema version {version}"
        )));
    }
    Ok(())
}

/// The schema version of an open file: 0 for an empty file.
pub fn current_version(conn: &Connection) -> KbResult<i64> {
    let has_meta: bool = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
            [],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false);
    if !has_meta {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        if tables > 0 {
            return Err(KbError::Schema(
                "this SQLite file is not a geokg knowledge base (it has no meta table); \
                 choose another path with --kb"
                    .into(),
            ));
        }
        return Ok(0);
    }
    let v: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    match v {
        None => Ok(0),
        Some(s) => s.parse().map_err(|_| {
            KbError::Schema(format!(
                "the knowledge base has an unreadable schema_version {s:?}"
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_an_empty_file_and_refuses_a_newer_one() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c).unwrap();
        assert_eq!(current_version(&c).unwrap(), SCHEMA_VERSION);
        migrate(&mut c).unwrap();
        c.execute(
            "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
            [],
        )
        .unwrap();
        let e = migrate(&mut c).unwrap_err();
        assert!(e.to_string().contains("newer"), "{e}");
    }

    #[test]
    fn a_version_2_file_keeps_its_articles_with_no_date_source() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch(V1).unwrap();
        c.execute_batch(V2).unwrap();
        c.execute(
            "INSERT INTO meta(key, value) VALUES('schema_version', '2')",
            [],
        )
        .unwrap();
        c.execute(
            "INSERT INTO articles(id, hash, extractor, date, bytes, triples)
             VALUES('old', 'h', 'x', '2020-01-02', 10, 0)",
            [],
        )
        .unwrap();
        migrate(&mut c).unwrap();
        assert_eq!(current_version(&c).unwrap(), SCHEMA_VERSION);
        let row: (String, Option<String>) = c
            .query_row(
                "SELECT date, date_source FROM articles WHERE id = 'old'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(row, ("2020-01-02".to_string(), None));
    }

    #[test]
    fn migrates_version_1_to_the_current_version() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch(V1).unwrap();
        c.execute(
            "INSERT INTO meta(key, value) VALUES('schema_version', '1')",
            [],
        )
        .unwrap();
        assert_eq!(current_version(&c).unwrap(), 1);
        migrate(&mut c).unwrap();
        assert_eq!(current_version(&c).unwrap(), SCHEMA_VERSION);
        let n: i64 = c
            .query_row("SELECT count(*) FROM builds", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn refuses_a_foreign_sqlite_file() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t(x)").unwrap();
        assert!(migrate(&mut c)
            .unwrap_err()
            .to_string()
            .contains("not a geokg"));
    }
}
