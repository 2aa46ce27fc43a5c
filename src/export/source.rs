//! The one place where export reads the knowledge base: [`read_kb`] takes a
//! [`KnowledgeBase`] and a [`Filter`] and returns a [`KbSnapshot`] (the relation catalogue,
//! the entities, and every triple that passes the filter with its article's metadata).
//! Everything else in [`crate::export`] works on the snapshot, so a change in the knowledge
//! base's API or schema is absorbed here, and tests can build snapshots by hand.

use crate::kb::{Filter, KbResult, KnowledgeBase, RelationInfo};
use crate::model::EntityRef;
use std::collections::HashMap;

/// One stored triple with its evidence and its article's metadata.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TripleRecord {
    /// Subject entity id (surface direction).
    pub subject: String,
    /// Relation id.
    pub relation: String,
    /// Object entity id.
    pub object: String,
    /// asserted, negated, hedged, future or reported.
    pub modality: String,
    /// Extractor confidence.
    pub confidence: f64,
    /// Event date.
    pub date: Option<String>,
    /// PLOVER type.
    pub plover: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Display name of who says so.
    pub claimed_by: Option<String>,
    /// Article id.
    pub article: String,
    /// 0-based sentence index.
    pub sentence: usize,
    /// Byte offsets of the sentence in the article text.
    pub start: usize,
    /// Byte end offset.
    pub end: usize,
    /// The sentence.
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

/// What an export needs from a knowledge base.
#[derive(Debug, Clone, Default)]
pub struct KbSnapshot {
    /// The relation catalogue.
    pub relations: Vec<RelationInfo>,
    /// Every entity, by id.
    pub entities: HashMap<String, EntityRef>,
    /// The triples that pass the filter, in a fixed order.
    pub triples: Vec<TripleRecord>,
}

/// Reads the relation catalogue, the entities and the triples passing `filter`.
pub fn read_kb(kb: &KnowledgeBase, filter: &Filter) -> KbResult<KbSnapshot> {
    let relations = kb.relations()?;
    let entities = kb.entities()?;
    let (cond, params) = filter.sql();
    let mut st = kb.conn().prepare(&format!(
        "SELECT t.subject, t.relation, t.object, t.modality, t.confidence, t.date, t.plover,
                t.cameo, coalesce(c.name, t.claimed_by), t.article, t.sentence, t.start, t.end,
                t.text, a.title, a.date, a.source, a.url
         FROM triples t JOIN articles a ON a.id = t.article
         LEFT JOIN entities c ON c.id = t.claimed_by
         WHERE {cond}
         ORDER BY t.subject, t.relation, t.object, t.date, t.article, t.start, t.id"
    ))?;
    let rows = st.query_map(rusqlite::params_from_iter(params), |r| {
        Ok(TripleRecord {
            subject: r.get(0)?,
            relation: r.get(1)?,
            object: r.get(2)?,
            modality: r.get(3)?,
            confidence: r.get(4)?,
            date: r.get(5)?,
            plover: r.get(6)?,
            cameo: r.get(7)?,
            claimed_by: r.get(8)?,
            article: r.get(9)?,
            sentence: r.get::<_, i64>(10)? as usize,
            start: r.get::<_, i64>(11)? as usize,
            end: r.get::<_, i64>(12)? as usize,
            text: r.get(13)?,
            title: r.get(14)?,
            published: r.get(15)?,
            source: r.get(16)?,
            url: r.get(17)?,
        })
    })?;
    let triples = rows.collect::<Result<Vec<_>, _>>()?;
    Ok(KbSnapshot {
        relations,
        entities,
        triples,
    })
}
