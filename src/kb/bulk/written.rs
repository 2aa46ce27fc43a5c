//! The triples a bulk load wrote, handed to the makers of the graph and the dyads kept for
//! queries.

use super::prep::{Ev, NONE, NO_GOLDSTEIN, NO_KIND};
use crate::kb::cache::GraphRow;
use crate::kb::dyads::DyadMaker;
use crate::kb::{RelationInfo, TripleRef};
use crate::model::EntityRef;
use crate::shared::plover::PloverType;

/// The triples a bulk load wrote, numbered, for the graph kept for queries (made by the
/// caller of [`super::Bulk::finish`]): the entities by number, each triple in the order of its id.
pub struct Written<'a> {
    pub(super) entities: &'a [EntityRef],
    pub(super) relation_ids: &'a [(String, bool)],
    pub(super) dates: &'a [String],
    pub(super) evidence: &'a [Ev],
    /// `None` when no dyads are kept (see [`super::prep::Mem::unknown_kind`]).
    pub(super) goldsteins: Option<&'a [f64]>,
    pub(super) relations: Vec<RelationInfo>,
    pub(super) generation: i64,
}

impl Written<'_> {
    /// The entities, by number (the stored version of each).
    pub fn entities(&self) -> &[EntityRef] {
        self.entities
    }

    /// The relation catalogue of the knowledge base ([`crate::kb::KnowledgeBase::relations`]).
    pub fn relations(&self) -> &[RelationInfo] {
        &self.relations
    }

    /// The generation of the triples written, which the graph's rows are valid for.
    pub fn generation(&self) -> i64 {
        self.generation
    }

    /// The rows of the dyads kept for `history` ([`crate::kb::dyads`]), made from the triples
    /// as written and the entities' states as stored, as
    /// [`crate::kb::KnowledgeBase::refresh_dyads`] makes them from the file; `None` when a triple
    /// had a PLOVER type this geokg does not know (then `history` reads the triples, as
    /// it does when the regular build cannot make them).
    pub(super) fn dyad_rows(&self) -> Option<Vec<GraphRow>> {
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
