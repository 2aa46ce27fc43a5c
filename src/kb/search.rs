//! Reads for browsing a knowledge base (`geokg serve`): entities by the start of a name or
//! alias ([`KnowledgeBase::search_entities`]), one page of the triples that pass a filter
//! and touch an entity or a pair ([`KnowledgeBase::triples_page`]), and the triples among a
//! set of entities ([`KnowledgeBase::triples_among`]).

use super::read::{entity_row, stored_triple, STORED_TRIPLE};
use super::{Filter, KbResult, KnowledgeBase, StoredTriple};
use crate::model::EntityRef;
use crate::shared::plover::PloverType;
use rusqlite::types::Value;

/// An entity found by the start of its name, alias or id.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Found {
    /// The entity.
    #[serde(flatten)]
    pub entity: EntityRef,
    /// The name, alias or id that starts with the text asked for.
    pub matched: String,
    /// How many edges it has (as subject or object).
    pub edges: i64,
}

/// Which triples a page holds, beyond the evidence [`Filter`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TripleQuery {
    /// Only triples with this entity id as subject or object.
    pub entity: Option<String>,
    /// With `entity`: only triples between it and this entity id (either direction).
    pub other: Option<String>,
    /// Only triples of this PLOVER type.
    pub plover: Option<PloverType>,
    /// Skip this many.
    pub offset: usize,
    /// At most this many.
    pub limit: usize,
}

/// `text` with LIKE's wildcards escaped (by `\`), followed by `%`: "starts with".
fn like_prefix(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl KnowledgeBase {
    /// At most `limit` entities whose name, alias or id starts with `prefix` (ASCII letters
    /// ignoring case), one per entity: an exact name first, then those with edges before
    /// those without, states first, the most connected first, then by name and id.
    pub fn search_entities(&self, prefix: &str, limit: usize) -> KbResult<Vec<Found>> {
        let prefix = prefix.trim();
        if prefix.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut st = self.conn.prepare(
            "WITH m(id, matched) AS (
                SELECT id, name FROM entities WHERE name LIKE ?1 ESCAPE '\\'
                UNION ALL SELECT entity, alias FROM aliases WHERE alias LIKE ?1 ESCAPE '\\'
                UNION ALL SELECT id, id FROM entities WHERE id LIKE ?1 ESCAPE '\\'
             ),
             best AS (
                SELECT m.id, min(m.matched) AS matched,
                       max(lower(e.name) = lower(?2)) AS exact
                FROM m JOIN entities e ON e.id = m.id
                GROUP BY m.id
             )
             SELECT e.id, e.name, e.kind, e.country, b.matched,
                    (SELECT count(*) FROM edges WHERE subject = e.id)
                  + (SELECT count(*) FROM edges WHERE object = e.id) AS n
             FROM best b JOIN entities e ON e.id = b.id
             ORDER BY b.exact DESC, n > 0 DESC, e.kind = 'country' DESC, n DESC, e.name, e.id
             LIMIT ?3",
        )?;
        let rows = st.query_map(
            rusqlite::params![like_prefix(prefix), prefix, limit as i64],
            |r| {
                Ok(Found {
                    entity: entity_row(r)?,
                    matched: r.get(4)?,
                    edges: r.get(5)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The triples that pass `filter` and `q`, newest first (undated last), then by
    /// article, offset and id; one page of them (`q.offset`, `q.limit`) and how many there
    /// are in all.
    pub fn triples_page(
        &self,
        filter: &Filter,
        q: &TripleQuery,
    ) -> KbResult<(Vec<StoredTriple>, usize)> {
        let (mut cond, mut params) = filter.sql();
        if let Some(e) = &q.entity {
            params.push(Value::Text(e.clone()));
            let n = params.len();
            match &q.other {
                Some(o) => {
                    params.push(Value::Text(o.clone()));
                    let m = params.len();
                    cond.push_str(&format!(
                        " AND ((t.subject = ?{n} AND t.object = ?{m}) OR (t.subject = ?{m} AND t.object = ?{n}))"
                    ));
                }
                None => cond.push_str(&format!(" AND (t.subject = ?{n} OR t.object = ?{n})")),
            }
        }
        if let Some(p) = q.plover {
            params.push(Value::Text(p.as_str().to_string()));
            cond.push_str(&format!(" AND t.plover = ?{}", params.len()));
        }
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM triples t WHERE {cond}"),
            rusqlite::params_from_iter(params.iter()),
            |r| r.get(0),
        )?;
        params.push(Value::Integer(q.limit as i64));
        let l = params.len();
        params.push(Value::Integer(q.offset as i64));
        let o = params.len();
        let mut st = self.conn.prepare(&format!(
            "SELECT {STORED_TRIPLE} WHERE {cond}
             ORDER BY t.date IS NULL, t.date DESC, t.article, t.start, t.id
             LIMIT ?{l} OFFSET ?{o}"
        ))?;
        let rows = st.query_map(rusqlite::params_from_iter(params), stored_triple)?;
        Ok((rows.collect::<Result<_, _>>()?, total as usize))
    }

    /// The triples that pass `filter` whose subject and object are both among `ids` (at
    /// most `max` of them, in the order of [`KnowledgeBase::triples`]), and whether there
    /// were more.
    pub fn triples_among(
        &self,
        filter: &Filter,
        ids: &[String],
        max: usize,
    ) -> KbResult<(Vec<StoredTriple>, bool)> {
        if ids.is_empty() {
            return Ok((Vec::new(), false));
        }
        let (cond, mut params) = filter.sql();
        let json = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        params.push(Value::Text(json));
        let n = params.len();
        params.push(Value::Integer(max as i64 + 1));
        let l = params.len();
        let mut st = self.conn.prepare(&format!(
            "SELECT {STORED_TRIPLE} WHERE {cond}
               AND t.subject IN (SELECT value FROM json_each(?{n}))
               AND t.object IN (SELECT value FROM json_each(?{n}))
             ORDER BY t.subject, t.relation, t.object, t.date, t.article, t.start, t.id
             LIMIT ?{l}"
        ))?;
        let rows = st.query_map(rusqlite::params_from_iter(params), stored_triple)?;
        let mut out: Vec<StoredTriple> = rows.collect::<Result<_, _>>()?;
        let more = out.len() > max;
        out.truncate(max);
        Ok((out, more))
    }
}

#[cfg(test)]
mod tests {
    use super::like_prefix;

    #[test]
    fn wildcards_are_escaped() {
        assert_eq!(like_prefix("Ir"), "Ir%");
        assert_eq!(like_prefix("a_b%c\\"), "a\\_b\\%c\\\\%");
    }
}
