//! Explained paths: the k cheapest simple paths between two entities with at most
//! `max_hops` hops, by Yen's algorithm.
//!
//! The graph is searched as undirected links (one per connected pair, in compressed
//! adjacency arrays; the cost of a link is documented in [`crate::graph`]). One Dijkstra
//! from the target, stopped after a fixed amount of work, gives the exact distance to the
//! target of the entities near it and a lower bound (the radius reached) for the others;
//! one breadth-first search, bounded the same way, gives hop distances or lower bounds.
//! Every search after that (the first path and each of Yen's spur searches) is an A* over
//! (entity, hops used) states with that heuristic, which is consistent (bans only make
//! paths dearer), so the searches stay exact: in effect a bidirectional search whose cost
//! does not grow with the graph. Hop limits are exact too: a state whose hops plus its hop
//! distance to the target exceed the limit is never expanded.

use super::{EdgeData, KnowledgeGraph, Node};
use crate::kb::RelationInfo;
use petgraph::stable_graph::EdgeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};

/// Options of a path query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathOptions {
    /// How many paths, at most.
    pub k: usize,
    /// Longest path, in hops.
    pub max_hops: usize,
}

impl Default for PathOptions {
    fn default() -> Self {
        PathOptions { k: 3, max_hops: 4 }
    }
}

/// One edge of a hop, as the evidence has it.
#[derive(Debug, Clone)]
pub struct HopEdge<'g> {
    /// The subject (surface direction; the smaller id for symmetric relations).
    pub subject: &'g Node,
    /// The object.
    pub object: &'g Node,
    /// The relation.
    pub relation: &'g RelationInfo,
    /// Its evidence summary.
    pub data: &'g EdgeData,
    /// Its cost in path search.
    pub cost: f64,
}

impl HopEdge<'_> {
    /// `forward` when the edge points from `from` to the other end, `backward` when it
    /// points the other way, `both` for symmetric relations.
    pub fn direction(&self, from: &Node) -> &'static str {
        if self.relation.symmetric {
            "both"
        } else if self.subject.id == from.id {
            "forward"
        } else {
            "backward"
        }
    }
}

/// One hop of a path: every edge between two entities, cheapest first.
#[derive(Debug, Clone)]
pub struct Hop<'g> {
    /// Where the hop starts.
    pub from: &'g Node,
    /// Where it ends.
    pub to: &'g Node,
    /// The link's cost (its best edge plus the hub penalty).
    pub cost: f64,
    /// The edges, cheapest first.
    pub edges: Vec<HopEdge<'g>>,
}

/// One path, with its hops.
#[derive(Debug, Clone)]
pub struct Path<'g> {
    /// Total cost: lower is better.
    pub cost: f64,
    /// The hops in order.
    pub hops: Vec<Hop<'g>>,
}

/// Undirected links in compressed adjacency form.
#[derive(Debug, Clone, Default)]
pub(crate) struct Links {
    pub(super) offsets: Vec<u32>,
    pub(super) adj: Vec<(u32, u32)>,
    pub(super) cost: Vec<f64>,
    pub(super) edges: Vec<EdgeIndex>,
    pub(super) edge_start: Vec<u32>,
    /// Node → position of its id in sorted order, for deterministic tie-breaks.
    pub(super) rank: Vec<u32>,
    /// The newest evidence date in the graph: ages are measured from it.
    pub newest_day: Option<i32>,
}

impl Links {
    pub(crate) fn build(g: &KnowledgeGraph) -> Links {
        let n = g.graph.node_bound();
        let mut newest_day = None;
        let mut pairs: Vec<(u32, u32, EdgeIndex)> = Vec::with_capacity(g.graph.edge_count());
        for e in g.graph.edge_references() {
            let (a, b) = (e.source().index() as u32, e.target().index() as u32);
            if a == b {
                continue;
            }
            newest_day = newest_day.max(e.weight().last);
            pairs.push((a.min(b), a.max(b), e.id()));
        }
        pairs.sort_unstable_by_key(|&(a, b, e)| (a, b, e.index()));
        let mut links = Links {
            newest_day,
            ..Default::default()
        };
        let mut ends: Vec<(u32, u32)> = Vec::new();
        let mut degree = vec![0u32; n];
        for (i, &(a, b, e)) in pairs.iter().enumerate() {
            if i == 0 || (pairs[i - 1].0, pairs[i - 1].1) != (a, b) {
                links.edge_start.push(links.edges.len() as u32);
                ends.push((a, b));
                degree[a as usize] += 1;
                degree[b as usize] += 1;
            }
            links.edges.push(e);
        }
        links.edge_start.push(links.edges.len() as u32);
        let hub = |x: u32| 0.5 * (degree[x as usize].max(1) as f64).ln();
        links.cost = ends
            .iter()
            .enumerate()
            .map(|(l, &(a, b))| {
                let best = links.edges
                    [links.edge_start[l] as usize..links.edge_start[l + 1] as usize]
                    .iter()
                    .map(|&e| super::edge_cost_at(&g.graph[e], newest_day))
                    .fold(f64::INFINITY, f64::min);
                best + (hub(a) + hub(b)) / 2.0
            })
            .collect();
        links.offsets = vec![0; n + 1];
        for (i, d) in degree.iter().enumerate() {
            links.offsets[i + 1] = links.offsets[i] + d;
        }
        let mut fill = links.offsets.clone();
        links.adj = vec![(0, 0); links.offsets[n] as usize];
        for (l, &(a, b)) in ends.iter().enumerate() {
            links.adj[fill[a as usize] as usize] = (b, l as u32);
            fill[a as usize] += 1;
            links.adj[fill[b as usize] as usize] = (a, l as u32);
            fill[b as usize] += 1;
        }
        let mut order: Vec<u32> = g.graph.node_indices().map(|i| i.index() as u32).collect();
        order.sort_by(|&x, &y| g.node_at(x).id.cmp(&g.node_at(y).id));
        links.rank = vec![0; n];
        for (r, &x) in order.iter().enumerate() {
            links.rank[x as usize] = r as u32;
        }
        links
    }

    pub(crate) fn node_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub(crate) fn degree(&self, v: u32) -> usize {
        (self.offsets[v as usize + 1] - self.offsets[v as usize]) as usize
    }

    pub(crate) fn adjacent(&self, v: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.adj[self.offsets[v as usize] as usize..self.offsets[v as usize + 1] as usize]
            .iter()
            .copied()
    }

    pub(crate) fn neighbours(&self, v: u32) -> &[(u32, u32)] {
        &self.adj[self.offsets[v as usize] as usize..self.offsets[v as usize + 1] as usize]
    }

    pub(crate) fn cost(&self, link: u32) -> f64 {
        self.cost[link as usize]
    }

    pub(crate) fn edges_of(&self, link: u32) -> &[EdgeIndex] {
        &self.edges
            [self.edge_start[link as usize] as usize..self.edge_start[link as usize + 1] as usize]
    }

    pub(crate) fn rank(&self, v: u32) -> u32 {
        self.rank[v as usize]
    }
}

/// A min-heap entry: (priority, tie-break, payload).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry(f64, u32, u64);

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, o: &Self) -> Ordering {
        o.0.total_cmp(&self.0)
            .then(o.1.cmp(&self.1))
            .then(o.2.cmp(&self.2))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// A path in dense node numbers.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Raw {
    pub(super) nodes: Vec<u32>,
    pub(super) links: Vec<u32>,
    pub(super) cost: f64,
}

/// How many adjacency entries the searches from the target may scan before they settle
/// for lower bounds: this keeps a query's set-up cost independent of the graph's size.
pub(super) const SEARCH_BUDGET: usize = 200_000;

struct Search<'a> {
    links: &'a Links,
    target: u32,
    max_hops: usize,
    /// A lower bound of the cost to the target (infinite when unreachable).
    h: Vec<f64>,
    /// A lower bound of the hops to the target (u8::MAX: beyond the limit).
    hops_to: Vec<u8>,
}

impl<'a> Search<'a> {
    fn new(links: &'a Links, target: u32, max_hops: usize, budget: usize) -> Search<'a> {
        let n = links.node_count();
        // Exact distances to the target for the nodes settled within the budget; every
        // other node is at least `radius` away (the smallest key left in the heap), so
        // min(distance, radius) is an admissible and consistent heuristic.
        let mut h = vec![f64::INFINITY; n];
        let mut settled = vec![false; n];
        let mut heap = BinaryHeap::new();
        h[target as usize] = 0.0;
        heap.push(Entry(0.0, 0, target as u64));
        let mut scanned = 0usize;
        let mut radius = f64::INFINITY;
        while let Some(Entry(d, _, v)) = heap.pop() {
            let v = v as u32;
            if settled[v as usize] || d > h[v as usize] {
                continue;
            }
            if scanned >= budget {
                radius = d;
                break;
            }
            settled[v as usize] = true;
            for &(w, l) in links.neighbours(v) {
                scanned += 1;
                let nd = d + links.cost(l);
                if nd < h[w as usize] {
                    h[w as usize] = nd;
                    heap.push(Entry(nd, 0, w as u64));
                }
            }
        }
        for (x, done) in h.iter_mut().zip(&settled) {
            if !done {
                *x = radius;
            }
        }
        // Hop distances to the target, breadth first, within the same kind of budget:
        // nodes not reached are at least one level beyond the last level expanded (or out
        // of reach when the search finished).
        let mut hops_to = vec![u8::MAX; n];
        hops_to[target as usize] = 0;
        let mut frontier = vec![target];
        let mut level = 0usize;
        let mut scanned = 0usize;
        let mut beyond = u8::MAX;
        'bfs: while level < max_hops && !frontier.is_empty() {
            let mut next = Vec::new();
            for &v in &frontier {
                for &(w, _) in links.neighbours(v) {
                    scanned += 1;
                    if hops_to[w as usize] == u8::MAX {
                        hops_to[w as usize] = level as u8 + 1;
                        next.push(w);
                    }
                }
                if scanned >= budget {
                    beyond = level as u8 + 1;
                    break 'bfs;
                }
            }
            frontier = next;
            level += 1;
        }
        if beyond != u8::MAX {
            for x in hops_to.iter_mut().filter(|x| **x == u8::MAX) {
                *x = beyond;
            }
        }
        Search {
            links,
            target,
            max_hops,
            h,
            hops_to,
        }
    }

    /// The cheapest path from `src`, which is reached after `used` hops, to the target,
    /// avoiding banned nodes and links.
    fn astar(
        &self,
        src: u32,
        used: usize,
        banned_nodes: &HashSet<u32>,
        banned_links: &HashSet<u32>,
    ) -> Option<Raw> {
        let width = (self.max_hops + 1) as u64;
        let feasible = |v: u32, k: usize| {
            let d = self.hops_to[v as usize];
            d != u8::MAX && k + d as usize <= self.max_hops && self.h[v as usize].is_finite()
        };
        if !feasible(src, used) {
            return None;
        }
        // state = node × width + hops; label = (cost so far, parent state, link from parent)
        let mut labels: HashMap<u64, (f64, u64, u32)> = HashMap::new();
        let mut heap = BinaryHeap::new();
        let s0 = src as u64 * width + used as u64;
        labels.insert(s0, (0.0, u64::MAX, u32::MAX));
        heap.push(Entry(self.h[src as usize], self.links.rank(src), s0));
        while let Some(Entry(f, _, state)) = heap.pop() {
            let (v, k) = ((state / width) as u32, (state % width) as usize);
            let g = labels[&state].0;
            if f > g + self.h[v as usize] {
                continue; // a cheaper label for this state was pushed after this entry
            }
            if v == self.target {
                let mut nodes = vec![v];
                let mut links = Vec::new();
                let mut s = state;
                while let Some(&(_, p, l)) = labels.get(&s) {
                    if p == u64::MAX {
                        break;
                    }
                    links.push(l);
                    nodes.push((p / width) as u32);
                    s = p;
                }
                nodes.reverse();
                links.reverse();
                return Some(Raw {
                    nodes,
                    links,
                    cost: g,
                });
            }
            for &(w, l) in self.links.neighbours(v) {
                if banned_links.contains(&l) || banned_nodes.contains(&w) || !feasible(w, k + 1) {
                    continue;
                }
                let ng = g + self.links.cost(l);
                // Dominated by a label of `w` with no more hops and no more cost?
                let dominated = (0..=k + 1).any(|j| {
                    labels
                        .get(&(w as u64 * width + j as u64))
                        .is_some_and(|x| x.0 <= ng)
                });
                if dominated {
                    continue;
                }
                let ws = w as u64 * width + (k + 1) as u64;
                labels.insert(ws, (ng, state, l));
                heap.push(Entry(ng + self.h[w as usize], self.links.rank(w), ws));
            }
        }
        None
    }
}

/// Yen's k shortest simple paths.
pub(super) fn yen(links: &Links, s: u32, t: u32, opts: PathOptions, budget: usize) -> Vec<Raw> {
    if s == t || opts.k == 0 || opts.max_hops == 0 {
        return Vec::new();
    }
    let search = Search::new(links, t, opts.max_hops.min(u8::MAX as usize - 1), budget);
    let none = HashSet::new();
    let Some(first) = search.astar(s, 0, &none, &none) else {
        return Vec::new();
    };
    let mut accepted: Vec<Raw> = vec![first];
    let mut seen: HashSet<Vec<u32>> = HashSet::from([accepted[0].nodes.clone()]);
    let mut candidates: Vec<Raw> = Vec::new();
    while accepted.len() < opts.k {
        let prev = accepted.last().expect("one path").clone();
        for i in 0..prev.links.len() {
            let root = &prev.nodes[..=i];
            let root_cost: f64 = prev.links[..i].iter().map(|&l| links.cost(l)).sum();
            let banned_links: HashSet<u32> = accepted
                .iter()
                .filter(|p| p.nodes.len() > i + 1 && p.nodes[..=i] == *root)
                .map(|p| p.links[i])
                .collect();
            let banned_nodes: HashSet<u32> = root[..i].iter().copied().collect();
            if let Some(spur) = search.astar(prev.nodes[i], i, &banned_nodes, &banned_links) {
                let mut nodes = root[..i].to_vec();
                nodes.extend_from_slice(&spur.nodes);
                if seen.insert(nodes.clone()) {
                    let mut l = prev.links[..i].to_vec();
                    l.extend_from_slice(&spur.links);
                    candidates.push(Raw {
                        nodes,
                        links: l,
                        cost: root_cost + spur.cost,
                    });
                }
            }
        }
        if candidates.is_empty() {
            break;
        }
        let best = (0..candidates.len())
            .min_by(|&x, &y| {
                let (a, b) = (&candidates[x], &candidates[y]);
                a.cost
                    .total_cmp(&b.cost)
                    .then(a.nodes.len().cmp(&b.nodes.len()))
                    .then_with(|| {
                        let ra: Vec<u32> = a.nodes.iter().map(|&v| links.rank(v)).collect();
                        let rb: Vec<u32> = b.nodes.iter().map(|&v| links.rank(v)).collect();
                        ra.cmp(&rb)
                    })
            })
            .expect("candidates");
        accepted.push(candidates.swap_remove(best));
    }
    accepted
}

impl KnowledgeGraph {
    /// The cheapest simple paths from one entity to another, best first; empty when either
    /// is unknown or they are not connected within `max_hops`.
    pub fn paths(&self, from: &str, to: &str, opts: PathOptions) -> Vec<Path<'_>> {
        let (Some(&s), Some(&t)) = (self.index.get(from), self.index.get(to)) else {
            return Vec::new();
        };
        yen(
            &self.links,
            s.index() as u32,
            t.index() as u32,
            opts,
            SEARCH_BUDGET,
        )
        .into_iter()
        .map(|raw| Path {
            cost: raw.cost,
            hops: raw
                .links
                .iter()
                .enumerate()
                .map(|(i, &l)| self.hop(raw.nodes[i], raw.nodes[i + 1], l))
                .collect(),
        })
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{tests::ent, EvidenceIn};
    use crate::model::Modality;

    /// A graph where every edge has `n` asserted pieces of evidence.
    fn graph(edges: &[(&str, &str, u32)]) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new(Vec::new());
        let mut id = 0;
        for &(a, b, n) in edges {
            for _ in 0..n {
                id += 1;
                let ev = EvidenceIn {
                    id,
                    modality: Modality::Asserted,
                    confidence: 0.9,
                    day: Some(19000),
                };
                g.add_evidence(&ent(a), "meets", &ent(b), &ev);
            }
        }
        g.finish();
        g
    }

    fn ids(p: &Path<'_>) -> Vec<String> {
        let mut v = vec![p.hops[0].from.id.clone()];
        v.extend(p.hops.iter().map(|h| h.to.id.clone()));
        v
    }

    #[test]
    fn yen_finds_distinct_paths_best_first() {
        // a-b-d is cheapest (strong evidence), a-c-d second, a-e-f-d third (longer).
        let g = graph(&[
            ("a", "b", 5),
            ("b", "d", 5),
            ("a", "c", 1),
            ("c", "d", 1),
            ("a", "e", 5),
            ("e", "f", 5),
            ("f", "d", 5),
        ]);
        let ps = g.paths("a", "d", PathOptions { k: 5, max_hops: 4 });
        let got: Vec<Vec<String>> = ps.iter().map(ids).collect();
        assert_eq!(
            got,
            vec![
                vec!["a", "b", "d"],
                vec!["a", "c", "d"],
                vec!["a", "e", "f", "d"]
            ]
        );
        assert!(ps.windows(2).all(|w| w[0].cost <= w[1].cost));
        // The hop limit is exact.
        let short = g.paths("a", "d", PathOptions { k: 5, max_hops: 2 });
        assert_eq!(short.len(), 2);
        assert!(g
            .paths("a", "d", PathOptions { k: 5, max_hops: 1 })
            .is_empty());
    }

    #[test]
    fn hop_limit_finds_a_dearer_shorter_path() {
        // The cheapest route to x is long; within 2 hops only the weak direct route works.
        let g = graph(&[
            ("s", "p", 9),
            ("p", "q", 9),
            ("q", "x", 9),
            ("s", "x", 1),
            ("x", "t", 9),
        ]);
        let ps = g.paths("s", "t", PathOptions { k: 3, max_hops: 2 });
        assert_eq!(ps.len(), 1);
        assert_eq!(ids(&ps[0]), vec!["s", "x", "t"]);
    }

    #[test]
    fn hubs_are_penalised_not_hidden() {
        // h links everything; a-h-b is as short as a-c-b but h is a hub.
        let mut edges = vec![("a", "h", 1), ("h", "b", 1), ("a", "c", 1), ("c", "b", 1)];
        let leaves: Vec<String> = (0..50).map(|i| format!("z{i}")).collect();
        for l in &leaves {
            edges.push(("h", l.as_str(), 1));
        }
        let g = graph(&edges);
        let ps = g.paths("a", "b", PathOptions { k: 3, max_hops: 3 });
        assert_eq!(ids(&ps[0]), vec!["a", "c", "b"]);
        assert_eq!(ids(&ps[1]), vec!["a", "h", "b"]);
    }

    #[test]
    fn bounded_set_up_gives_the_same_paths() {
        // A random graph; the searches from the target stopped after 3 steps must find the
        // same paths at the same costs as unbounded ones.
        let mut x: u64 = 12345;
        let mut next = |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) % m
        };
        let names: Vec<String> = (0..60).map(|i| format!("n{i}")).collect();
        let mut edges = Vec::new();
        for _ in 0..180 {
            let (a, b) = (next(60) as usize, next(60) as usize);
            if a != b {
                edges.push((names[a].as_str(), names[b].as_str(), 1 + next(4) as u32));
            }
        }
        let g = graph(&edges);
        let opts = PathOptions { k: 4, max_hops: 4 };
        let mut compared = 0;
        for (s, t) in [(0, 1), (2, 3), (5, 40), (7, 59), (10, 20)] {
            let (s, t) = (
                g.index[&names[s]].index() as u32,
                g.index[&names[t]].index() as u32,
            );
            let full = yen(&g.links, s, t, opts, usize::MAX);
            let bounded = yen(&g.links, s, t, opts, 3);
            assert_eq!(full.len(), bounded.len());
            for (a, b) in full.iter().zip(&bounded) {
                assert!((a.cost - b.cost).abs() < 1e-9, "{a:?} {b:?}");
            }
            compared += full.len();
        }
        assert!(compared > 5);
    }

    #[test]
    fn unknown_or_unconnected_gives_nothing() {
        let g = graph(&[("a", "b", 1), ("c", "d", 1)]);
        assert!(g.paths("a", "d", PathOptions::default()).is_empty());
        assert!(g.paths("a", "zz", PathOptions::default()).is_empty());
        assert!(g.paths("a", "a", PathOptions::default()).is_empty());
    }
}
