//! Reading the knowledge base: the relation catalogue, entities, edges, stored triples with
//! their evidence, counts and build runs, as typed rows. Every query of the knowledge base
//! that other stages make goes through here ([`crate::graph`] and [`crate::export`] hold no
//! connection).

use super::{Filter, KbError, KbResult, KnowledgeBase};
use crate::model::{DateSource, EntityRef, Kind, Modality, Polarity};
use crate::shared::plover::PloverType;
use rusqlite::types::Type;
use rusqlite::OptionalExtension;
use std::collections::HashMap;
use std::str::FromStr;

/// Row counts ([`KnowledgeBase::counts`]) in words for a summary ("562 articles, 741
/// entities, …"): the relation catalogue (every relation the lexicon knows, found or not)
/// gives way to `relation_types`, the relation types the triples use.
pub fn counts_in_words(counts: &[(&str, i64)], relation_types: usize) -> String {
    let mut parts: Vec<String> = counts
        .iter()
        .filter(|(t, _)| *t != "relations")
        .map(|(t, n)| format!("{n} {t}"))
        .collect();
    parts.push(format!("{relation_types} relation types"));
    parts.join(", ")
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
    pub plover: Option<PloverType>,
    /// Goldstein-scale value of its default CAMEO code.
    pub goldstein: Option<f64>,
    /// Cooperation, conflict or neither.
    pub polarity: Polarity,
}

impl RelationInfo {
    /// A relation known only by its id (one the catalogue lacks): labelled by its id with
    /// spaces for underscores (`leader_of`: "leader of"), one-way, neutral, with no PLOVER
    /// type or Goldstein value.
    pub fn from_id(id: &str) -> Self {
        RelationInfo {
            id: id.to_string(),
            label: id.replace('_', " "),
            symmetric: false,
            plover: None,
            goldstein: None,
            polarity: Polarity::Neutral,
        }
    }
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

/// One stored triple with its evidence and its article's metadata: the triple as the
/// knowledge base hands it to queries and exports.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoredTriple {
    /// Its row id in the knowledge base.
    pub id: i64,
    /// Article id.
    pub article: String,
    /// 0-based sentence index.
    pub sentence: usize,
    /// Subject entity id (surface direction).
    pub subject: String,
    /// Relation id.
    pub relation: String,
    /// Object entity id.
    pub object: String,
    /// PLOVER type.
    pub plover: Option<PloverType>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Cooperation, conflict or neither.
    pub polarity: Polarity,
    /// How the text presents it.
    pub modality: Modality,
    /// Display name of who says so.
    pub claimed_by: Option<String>,
    /// Extractor confidence.
    pub confidence: f64,
    /// Event date.
    pub date: Option<String>,
    /// Byte offset of the sentence in the article text.
    pub start: usize,
    /// Byte end offset.
    pub end: usize,
    /// The sentence as it stands in the article.
    pub text: String,
    /// The article's title.
    pub title: Option<String>,
    /// The article's publication date.
    pub published: Option<String>,
    /// The article's source.
    pub source: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
}

/// The columns of [`StoredTriple`], over `triples t JOIN articles a` and `entities c` (who
/// claims it), in the order [`stored_triple`] reads them.
pub(super) const STORED_TRIPLE: &str =
    "t.id, t.article, t.sentence, t.subject, t.relation, t.object,
    t.plover, t.cameo, t.polarity, t.modality, coalesce(c.name, t.claimed_by), t.confidence,
    t.date, t.start, t.end, t.text, a.title, a.date, a.source, a.url
    FROM triples t JOIN articles a ON a.id = t.article
    LEFT JOIN entities c ON c.id = t.claimed_by";

pub(super) fn stored_triple(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredTriple> {
    Ok(StoredTriple {
        id: r.get(0)?,
        article: r.get(1)?,
        sentence: r.get::<_, i64>(2)? as usize,
        subject: r.get(3)?,
        relation: r.get(4)?,
        object: r.get(5)?,
        plover: named_or_null(r, 6)?,
        cameo: r.get(7)?,
        polarity: named(r, 8)?,
        modality: named(r, 9)?,
        claimed_by: r.get(10)?,
        confidence: r.get(11)?,
        date: r.get(12)?,
        start: r.get::<_, i64>(13)? as usize,
        end: r.get::<_, i64>(14)? as usize,
        text: r.get(15)?,
        title: r.get(16)?,
        published: r.get(17)?,
        source: r.get(18)?,
        url: r.get(19)?,
    })
}

/// A column that holds the name of an enum value ([`Modality`], [`Polarity`],
/// [`PloverType`]): strings stay in SQL.
pub(super) fn named<T: FromStr<Err = String>>(
    r: &rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<T> {
    let s = r.get_ref(i)?.as_str()?;
    s.parse()
        .map_err(|e: String| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, e.into()))
}

/// As [`named`], for a column that may be NULL.
pub(super) fn named_or_null<T: FromStr<Err = String>>(
    r: &rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<Option<T>> {
    match r.get_ref(i)?.as_str_or_null()? {
        None => Ok(None),
        Some(_) => named(r, i).map(Some),
    }
}

/// What the graph for queries reads of a stored triple, borrowed from the row being read
/// ([`KnowledgeBase::scan_triples`]): a million of them are read without copying a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TripleRef<'a> {
    /// The stored triple's id (to fetch its evidence later with [`KnowledgeBase::evidence`]).
    pub id: i64,
    /// Subject entity id.
    pub subject: &'a str,
    /// Relation id.
    pub relation: &'a str,
    /// Object entity id.
    pub object: &'a str,
    /// How the text presents it.
    pub modality: Modality,
    /// Extractor confidence.
    pub confidence: f64,
    /// Event date.
    pub date: Option<&'a str>,
}

/// An article's publication date as the knowledge base holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleDate {
    /// `YYYY-MM-DD`, or `None` for an undated article.
    pub date: Option<String>,
    /// Where it came from.
    pub source: Option<DateSource>,
}

impl KnowledgeBase {
    /// Every stored triple that passes `filter`, with its article's metadata, sorted by
    /// subject, relation, object, date, article and offset.
    pub fn triples(&self, filter: &Filter) -> KbResult<Vec<StoredTriple>> {
        let (cond, params) = filter.sql();
        let mut st = self.conn.prepare(&format!(
            "SELECT {STORED_TRIPLE} WHERE {cond}
             ORDER BY t.subject, t.relation, t.object, t.date, t.article, t.start, t.id"
        ))?;
        let rows = st.query_map(rusqlite::params_from_iter(params), stored_triple)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Calls `each` with every stored triple that passes `filter`, in storage order.
    pub fn scan_triples(
        &self,
        filter: &Filter,
        mut each: impl FnMut(TripleRef<'_>),
    ) -> KbResult<()> {
        let (cond, params) = filter.sql();
        let mut st = self.conn.prepare(&format!(
            "SELECT t.id, t.subject, t.relation, t.object, t.modality, t.confidence, t.date
             FROM triples t WHERE {cond}"
        ))?;
        let mut rows = st.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            each(TripleRef {
                id: r.get(0)?,
                subject: r.get_ref(1)?.as_str()?,
                relation: r.get_ref(2)?.as_str()?,
                object: r.get_ref(3)?.as_str()?,
                modality: named(r, 4)?,
                confidence: r.get(5)?,
                date: r.get_ref(6)?.as_str_or_null()?,
            });
        }
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
                plover: named_or_null(r, 3)?,
                goldstein: r.get(4)?,
                polarity: named(r, 5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// An article's publication date and where it came from (`None` when the knowledge base
    /// holds no such article; the date source is `None` for articles of builds before schema
    /// version 3).
    pub fn article_date(&self, id: &str) -> KbResult<Option<ArticleDate>> {
        Ok(self
            .conn
            .query_row(
                "SELECT date, date_source FROM articles WHERE id = ?1",
                [id],
                |r| {
                    let source: Option<String> = r.get(1)?;
                    Ok(ArticleDate {
                        date: r.get(0)?,
                        source: source.as_deref().and_then(DateSource::parse),
                    })
                },
            )
            .optional()?)
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

    /// One stored triple, with its evidence.
    pub fn evidence(&self, triple: i64) -> KbResult<Option<StoredTriple>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {STORED_TRIPLE} WHERE t.id = ?1"),
                [triple],
                stored_triple,
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

/// An entity from a row whose first four columns are id, name, kind and country.
pub(super) fn entity_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EntityRef> {
    let kind: String = r.get(2)?;
    Ok(EntityRef {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Other),
        country: r.get(3)?,
    })
}
