//! The entities directly related to one, best-attested first, each with its edges and their
//! strongest evidence.

use super::views::EvidencedEdge;
use super::{QueryResult, Session};
use crate::graph::{Hop, Level, StoredGraph};
use crate::kb::Filter;
use crate::model::EntityRef;
use serde::Serialize;

/// An entity's neighbours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeighborsAnswer {
    /// The entity.
    pub entity: EntityRef,
    /// Entities as extracted or rolled up to states.
    pub level: Level,
    /// How many neighbours it has under the filters.
    pub total: usize,
    /// The neighbours shown (at most the limit asked for), best-attested first.
    pub neighbors: Vec<Neighbor>,
}

/// One neighbour.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbor {
    /// The neighbour.
    pub entity: EntityRef,
    /// Evidence of all its edges with the entity.
    pub evidence_count: u32,
    /// Its edges with the entity, cheapest first, each with its strongest evidence.
    pub edges: Vec<EvidencedEdge>,
    /// The entity, as the graph has it (the edges are seen from it).
    #[serde(skip)]
    pub from: EntityRef,
}

impl Session {
    /// At most `limit` neighbours of `entity`, best-attested first.
    pub fn neighbors(
        &self,
        entity: &EntityRef,
        level: Level,
        limit: usize,
    ) -> QueryResult<NeighborsAnswer> {
        let view = |h: &Hop<'_>| Neighbor {
            entity: h.to.clone(),
            evidence_count: h.edges.iter().map(|e| e.data.evidence).sum(),
            edges: h
                .edges
                .iter()
                .map(|e| EvidencedEdge::new(self, h.from, e))
                .collect(),
            from: h.from.clone(),
        };
        let stored = if self.filter == Filter::default() {
            StoredGraph::open(&self.kb, level).map_err(|e| self.kb_error(e))?
        } else {
            None
        };
        let (neighbors, total) = match stored {
            Some(g) => {
                let (found, total) = g
                    .neighbors(&self.kb, &entity.id, limit)
                    .map_err(|e| self.kb_error(e))?;
                (found.hops().iter().map(view).collect(), total)
            }
            None => {
                let g = self.graph(level)?;
                let all = g.neighbors(&entity.id);
                (all.iter().take(limit).map(view).collect(), all.len())
            }
        };
        Ok(NeighborsAnswer {
            entity: entity.clone(),
            level,
            total,
            neighbors,
        })
    }
}
