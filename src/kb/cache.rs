//! The graph for queries kept in the knowledge base, so that a query does not read every
//! triple: opaque bytes per level (made and read by [`crate::graph`]), stored in parts of at
//! most [`PART_BYTES`] and valid for one *generation* of the triples.
//!
//! The generation (`meta.generation`) is incremented by every transaction that writes
//! triples, in that transaction; a cached graph records the generation it was made from, and
//! is read only while the generation is still that one. So a query never sees a cached graph
//! older than its snapshot, whatever was killed when: a build killed before it refreshed the
//! cache leaves a stale cache that queries ignore (they read the triples, as before), and
//! the next build refreshes it.

use super::{KbResult, KnowledgeBase};

/// The keys of this table that hold the events kept by pair of states ([`super::dyads`]),
/// not a graph: every one starts with this, and the build replaces them all together.
pub const DYADS_PREFIX: &str = "dyads/";
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use std::io::Read;

/// The largest part of a cached graph, in bytes: a query holds one part at a time.
pub const PART_BYTES: usize = 1 << 20;

/// One row of the graph cache: its key, its part number, its bytes.
pub type GraphRow = (String, i64, Vec<u8>);

/// Increments the generation of the triples, inside the transaction that writes them.
pub(super) fn bump_generation(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO meta(key, value) VALUES('generation', '1')
         ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        [],
    )?;
    Ok(())
}

/// The parts of a cached graph, read one at a time as one stream of bytes.
struct Parts<'s> {
    rows: rusqlite::Rows<'s>,
    part: Vec<u8>,
    at: usize,
    error: Option<rusqlite::Error>,
}

impl Read for Parts<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.part.len() {
            match self.rows.next() {
                Ok(Some(r)) => {
                    self.part.clear();
                    match r.get_ref(0).and_then(|v| Ok(v.as_blob()?)) {
                        Ok(b) => self.part.extend_from_slice(b),
                        Err(e) => {
                            self.error = Some(e);
                            return Err(std::io::Error::other("unreadable graph cache"));
                        }
                    }
                    self.at = 0;
                }
                Ok(None) => return Ok(0),
                Err(e) => {
                    self.error = Some(e);
                    return Err(std::io::Error::other("unreadable graph cache"));
                }
            }
        }
        let n = buf.len().min(self.part.len() - self.at);
        buf[..n].copy_from_slice(&self.part[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

impl KnowledgeBase {
    /// The generation of the triples (0 for a knowledge base that never stored any).
    pub fn generation(&self) -> KbResult<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0))
    }

    /// Whether the cached graph of `level` is of the current generation.
    pub fn graph_cache_is_current(&self, level: &str) -> KbResult<bool> {
        let generation = self.generation()?;
        let fresh: Option<i64> = self
            .conn
            .query_row(
                "SELECT min(generation = ?2) FROM graph_cache WHERE level = ?1",
                params![level, generation],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        Ok(fresh == Some(1))
    }

    /// Reads the cached graph of `level` when it is of the current generation: calls `read`
    /// with its bytes as a stream, and returns what it returns; `None` when there is no
    /// current cache (or `read` found it unreadable and returned `None`).
    pub fn read_graph_cache<T>(
        &self,
        level: &str,
        read: impl FnOnce(&mut dyn Read) -> Option<T>,
    ) -> KbResult<Option<T>> {
        if !self.graph_cache_is_current(level)? {
            return Ok(None);
        }
        let mut st = self
            .conn
            .prepare("SELECT data FROM graph_cache WHERE level = ?1 ORDER BY part")?;
        let mut parts = Parts {
            rows: st.query([level])?,
            part: Vec::new(),
            at: 0,
            error: None,
        };
        let out = read(&mut parts);
        if let Some(e) = parts.error {
            return Err(e.into());
        }
        Ok(out)
    }

    /// Calls `each` with the parts of the cached graph `level` in order, as they are
    /// stored (no copy), until it returns false. The caller checks that the graph is
    /// current.
    pub fn each_graph_part(
        &self,
        level: &str,
        mut each: impl FnMut(&[u8]) -> bool,
    ) -> KbResult<()> {
        let mut st = self
            .conn
            .prepare_cached("SELECT data FROM graph_cache WHERE level = ?1 ORDER BY part")?;
        let mut rows = st.query([level])?;
        while let Some(r) = rows.next()? {
            if !each(r.get_ref(0)?.as_blob()?) {
                break;
            }
        }
        Ok(())
    }

    /// One part of a cached graph (none when there is no such part): for graphs read a
    /// few parts at a time. The caller checks that the graph is current.
    pub fn graph_cache_part(&self, level: &str, part: i64) -> KbResult<Option<Vec<u8>>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT data FROM graph_cache WHERE level = ?1 AND part = ?2")?;
        Ok(st
            .query_row(params![level, part], |r| r.get::<_, Vec<u8>>(0))
            .optional()?)
    }

    /// Replaces the cached graphs under `keys` (all of them) with the parts `fill` gives
    /// (`put(key number, part, bytes)`), made from the triples of `generation`, in one
    /// transaction: a reader sees all the old ones or all the new ones.
    pub fn write_graph_parts(
        &mut self,
        keys: &[String],
        generation: i64,
        fill: impl FnOnce(&mut dyn FnMut(usize, i64, &[u8]) -> KbResult<()>) -> KbResult<()>,
    ) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for k in keys {
            tx.execute("DELETE FROM graph_cache WHERE level = ?1", [k])?;
        }
        {
            let mut st = tx.prepare(
                "INSERT INTO graph_cache(level, part, generation, data) VALUES(?1, ?2, ?3, ?4)",
            )?;
            fill(&mut |k, part, data| {
                st.execute(params![keys[k], part, generation, data])?;
                Ok(())
            })?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Stores rows of the graph cache made beforehand (by a bulk load's graph, made on
    /// another thread while the indexes were): each key's rows replace the ones it had, in
    /// one transaction, in the order given.
    pub fn write_graph_rows(&mut self, generation: i64, rows: &[GraphRow]) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut cleared = std::collections::HashSet::new();
        {
            let mut st = tx.prepare(
                "INSERT INTO graph_cache(level, part, generation, data) VALUES(?1, ?2, ?3, ?4)",
            )?;
            for (key, part, data) in rows {
                if cleared.insert(key.as_str()) {
                    tx.execute("DELETE FROM graph_cache WHERE level = ?1", [key])?;
                }
                st.execute(params![key, part, generation, data])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Removes the cached graphs of every level but `keep` (the dyads of
    /// [`super::dyads`], kept in the same table, stay).
    pub fn retain_graph_cache(&mut self, keep: &[String]) -> KbResult<()> {
        let all: Vec<String> = {
            let mut st = self
                .conn
                .prepare("SELECT DISTINCT level FROM graph_cache")?;
            let rows = st.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for level in all
            .iter()
            .filter(|l| !keep.contains(l) && !l.starts_with(DYADS_PREFIX))
        {
            self.conn
                .execute("DELETE FROM graph_cache WHERE level = ?1", [level])?;
        }
        Ok(())
    }

    /// Replaces the cached graph of `level` with `data`, made from the triples of
    /// `generation`, in one transaction (a reader sees the old cache or the new one).
    pub fn write_graph_cache(&mut self, level: &str, generation: i64, data: &[u8]) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM graph_cache WHERE level = ?1", [level])?;
        {
            let mut st = tx.prepare(
                "INSERT INTO graph_cache(level, part, generation, data) VALUES(?1, ?2, ?3, ?4)",
            )?;
            for (i, part) in data.chunks(PART_BYTES).enumerate() {
                st.execute(params![level, i as i64, generation, part])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
