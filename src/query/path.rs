//! How two entities are connected: the cheapest short paths, best first; each hop with its
//! edges (the cheapest with its strongest evidence sentence) and its cost. Paths prefer
//! well-attested, asserted, recent hops and penalise hubs (see [`crate::graph`]).

use super::views::{id_only, rounded, EdgeView, EvidencedEdge};
use super::{QueryResult, Session};
use crate::graph::{Level, PathOptions};
use crate::model::EntityRef;
use serde::Serialize;

/// The longest path asked for, in hops.
pub const MAX_HOPS: usize = 12;

/// The paths between two entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathAnswer {
    /// Where the paths start.
    pub from: EntityRef,
    /// Where they end.
    pub to: EntityRef,
    /// Entities as extracted or rolled up to states.
    pub level: Level,
    /// The longest path searched, in hops.
    pub max_hops: usize,
    /// The paths, best first.
    pub paths: Vec<PathView>,
    /// When there is no path, why.
    #[serde(skip)]
    pub unconnected: Option<String>,
}

/// One path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathView {
    /// 1 for the best.
    pub rank: usize,
    /// Its cost: the sum of its hops'.
    #[serde(serialize_with = "rounded")]
    pub cost: f64,
    /// The entities along it.
    pub nodes: Vec<EntityRef>,
    /// Its hops.
    pub hops: Vec<HopView>,
}

/// One hop of a path: its cheapest edge with the strongest evidence, and the other edges
/// between the same two entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HopView {
    /// The cheapest edge.
    #[serde(flatten)]
    pub best: EvidencedEdge,
    /// The entity the hop leaves.
    #[serde(serialize_with = "id_only")]
    pub from: EntityRef,
    /// The entity it reaches.
    #[serde(serialize_with = "id_only")]
    pub to: EntityRef,
    /// Its cost (its cheapest edge's plus the hub penalties).
    #[serde(serialize_with = "rounded")]
    pub hop_cost: f64,
    /// The other edges, cheapest first.
    pub also: Vec<EdgeView>,
}

impl Session {
    /// The best paths from `from` to `to` (entity ids, as [`Session::resolve`] gives them).
    pub fn paths(
        &self,
        from: &EntityRef,
        to: &EntityRef,
        level: Level,
        opts: PathOptions,
    ) -> QueryResult<PathAnswer> {
        if opts.max_hops == 0 || opts.max_hops > MAX_HOPS || opts.k == 0 {
            return Err(super::QueryError::Usage(format!(
                "--max-hops must be 1 to {MAX_HOPS} and -k at least 1"
            )));
        }
        let g = self.graph(level)?;
        let paths: Vec<PathView> = g
            .paths(&from.id, &to.id, opts)
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut nodes = vec![p.hops[0].from.clone()];
                nodes.extend(p.hops.iter().map(|h| h.to.clone()));
                PathView {
                    rank: i + 1,
                    cost: p.cost,
                    nodes,
                    hops: p
                        .hops
                        .iter()
                        .map(|h| HopView {
                            best: EvidencedEdge::new(self, h.from, &h.edges[0]),
                            from: h.from.clone(),
                            to: h.to.clone(),
                            hop_cost: h.cost,
                            also: h.edges[1..]
                                .iter()
                                .map(|e| EdgeView::new(h.from, e))
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect();
        let unconnected = paths.is_empty().then(|| {
            let why = match (g.node(&from.id), g.node(&to.id)) {
                (None, _) => format!("{} has no relations under these filters", from.name),
                (_, None) => format!("{} has no relations under these filters", to.name),
                _ => format!("no path within {} hops", opts.max_hops),
            };
            format!("{} and {} are not connected: {why}", from.name, to.name)
        });
        Ok(PathAnswer {
            from: from.clone(),
            to: to.clone(),
            level,
            max_hops: opts.max_hops,
            paths,
            unconnected,
        })
    }
}
