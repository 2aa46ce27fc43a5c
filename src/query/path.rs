//! How two entities are connected: the cheapest short paths, best first; each hop with its
//! edges (the cheapest with its strongest evidence sentence) and its cost. Paths prefer
//! well-attested, asserted, recent hops and penalise hubs (see [`crate::graph`]).

use super::views::{id_only, rounded, EdgeView, EvidencedEdge};
use super::{QueryResult, Session};
use crate::graph::{Level, Path, PathOptions, StoredGraph};
use crate::kb::Filter;
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

/// Checks the options of a path query (`--max-hops` 1 to [`MAX_HOPS`], `-k` at least 1),
/// before anything is opened.
pub fn check_options(opts: PathOptions) -> QueryResult<()> {
    if opts.max_hops == 0 || opts.max_hops > MAX_HOPS || opts.k == 0 {
        return Err(super::QueryError::Usage(format!(
            "--max-hops must be 1 to {MAX_HOPS} and -k at least 1"
        )));
    }
    Ok(())
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
        check_options(opts)?;
        let (paths, has_from, has_to) = if self.filter == Filter::default() {
            match StoredGraph::open(&self.kb, level).map_err(|e| self.kb_error(e))? {
                Some(mut g) => {
                    let (found, has_from, has_to) = g
                        .paths(&self.kb, &from.id, &to.id, opts)
                        .map_err(|e| self.kb_error(e))?;
                    (self.path_views(&found.paths()), has_from, has_to)
                }
                None => self.graph_paths(from, to, level, opts)?,
            }
        } else {
            self.graph_paths(from, to, level, opts)?
        };
        let unconnected = paths.is_empty().then(|| {
            let why = match (has_from, has_to) {
                (false, _) => format!("{} has no relations under these filters", from.name),
                (_, false) => format!("{} has no relations under these filters", to.name),
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

    /// The paths from the whole graph (read from the triples when filters are given), and
    /// whether each end is in it.
    fn graph_paths(
        &self,
        from: &EntityRef,
        to: &EntityRef,
        level: Level,
        opts: PathOptions,
    ) -> QueryResult<(Vec<PathView>, bool, bool)> {
        let g = self.graph(level)?;
        let views = self.path_views(&g.paths(&from.id, &to.id, opts));
        Ok((views, g.node(&from.id).is_some(), g.node(&to.id).is_some()))
    }

    fn path_views(&self, paths: &[Path<'_>]) -> Vec<PathView> {
        paths
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
            .collect()
    }
}
