//! The one place where export reads the knowledge base: [`read_kb`] takes a
//! [`KnowledgeBase`] and a [`Filter`] and returns a [`KbSnapshot`] (the relation catalogue,
//! the entities, and every triple that passes the filter with its article's metadata).
//! Everything else in [`crate::export`] works on the snapshot, so a change in the knowledge
//! base's API or schema is absorbed here, and tests can build snapshots by hand.

use crate::kb::{Filter, KbResult, KnowledgeBase, RelationInfo, StoredTriple};
use crate::model::EntityRef;
use std::collections::HashMap;

/// What an export needs from a knowledge base.
#[derive(Debug, Clone, Default)]
pub struct KbSnapshot {
    /// The relation catalogue.
    pub relations: Vec<RelationInfo>,
    /// Every entity, by id.
    pub entities: HashMap<String, EntityRef>,
    /// The triples that pass the filter, in a fixed order.
    pub triples: Vec<StoredTriple>,
}

/// Reads the relation catalogue, the entities and the triples passing `filter`.
pub fn read_kb(kb: &KnowledgeBase, filter: &Filter) -> KbResult<KbSnapshot> {
    let relations = kb.relations()?;
    let entities = kb.entities()?;
    let triples = kb.triples(filter)?;
    Ok(KbSnapshot {
        relations,
        entities,
        triples,
    })
}
