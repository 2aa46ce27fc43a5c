//! The graph for `path`, `neighbors` and `stats` kept in the knowledge base so that a query
//! reads only what it needs: the arrays of path search in one stream (the undirected links
//! of every entity with their costs, the order of the ids, the evidence of each link: about
//! 30 bytes a link), each entity's PageRank, and everything else in small records read one
//! at a time — an entity by its number, the ids in sorted order (to find an entity's number
//! by binary search), and the edges of a link with their evidence summaries — fetched only
//! for the paths, neighbours and ranked entities printed. The evidence sentences themselves
//! are fetched by triple id, as before.
//!
//! Made by [`write()`] from the graph [`KnowledgeGraph::scan`] builds, with the same node and
//! link numbers and the same costs, so [`StoredGraph::paths`], [`StoredGraph::neighbors`]
//! and [`StoredGraph::centralities`] answer exactly as [`KnowledgeGraph::paths`],
//! [`KnowledgeGraph::neighbors`] and the centralities of [`KnowledgeGraph`] do. Kept under
//! ten keys of the `graph_cache` table ([`keys`]), written in one transaction and valid for
//! one generation of the triples like the whole graph ([`crate::kb::cache`]); records are
//! grouped [`BLOCK`] to a row.

use super::centrality::{betweenness_values, STATS_PAGERANK};
use super::codec::EDGE_BYTES;
use super::codec::{bad, read_edge, read_relations, write_edge, write_relations, In, Out};
use super::path::{yen, Links, SEARCH_BUDGET};
use super::{
    edge_cost_at, sort_hop_edges, EdgeData, Hop, HopEdge, KnowledgeGraph, Level, Node, Path,
    PathOptions,
};
use crate::kb::{KbError, KbResult, KnowledgeBase, RelationInfo};
use crate::model::{EntityRef, Kind};
use petgraph::stable_graph::NodeIndex;
use std::collections::HashMap;

/// The version of this format, part of its keys.
const VERSION: u32 = 3;

/// The first bytes of the stream of arrays.
const MAGIC: &[u8; 8] = b"geokgQ\x00\x03";

/// The bytes of a part of an array (a multiple of 8, so that no number straddles two).
const PART: usize = 1 << 20;

/// Records to a row.
pub const BLOCK: usize = 64;

/// The keys the graph of `level` is kept under: the head (relations, counts, newest date),
/// the four arrays of path search (each a stream of little-endian numbers), the entities
/// by number, the ids in sorted order, the edges by link, the neighbours by entity, and
/// the PageRank of each entity (an array, for `geokg stats`).
pub fn keys(level: Level) -> [String; 10] {
    let base = format!("{}/q{VERSION}", level.as_str());
    [
        base.clone(),
        format!("{base}/offsets"),
        format!("{base}/adj"),
        format!("{base}/cost"),
        format!("{base}/rank"),
        format!("{base}/node"),
        format!("{base}/ids"),
        format!("{base}/link"),
        format!("{base}/nbr"),
        format!("{base}/pagerank"),
    ]
}

const HEAD: usize = 0;
const OFFSETS: usize = 1;
const ADJ: usize = 2;
const COST: usize = 3;
const RANK: usize = 4;
const NODES: usize = 5;
const RANKS: usize = 6;
const LINKS: usize = 7;
const NEIGHBOURS: usize = 8;
const PAGERANK: usize = 9;

/// The bytes of one neighbour in a neighbour record: the entity, the link, its cost, its
/// evidence, the entity's rank.
const NEIGHBOUR_BYTES: usize = 24;

/// Groups records into rows of [`BLOCK`]: a count, the end of each record, the records.
struct Blocks<'p> {
    key: usize,
    records: Vec<Vec<u8>>,
    next: i64,
    put: &'p mut Put<'p>,
}

/// Stores one part: `(key number, part, bytes)`.
type Put<'p> = dyn FnMut(usize, i64, &[u8]) -> KbResult<()> + 'p;

impl Blocks<'_> {
    fn push(&mut self, record: Vec<u8>) -> KbResult<()> {
        self.records.push(record);
        if self.records.len() == BLOCK {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> KbResult<()> {
        if self.records.is_empty() {
            return Ok(());
        }
        let mut o = Out::default();
        o.u32(self.records.len() as u32);
        let mut end = 0u32;
        for r in &self.records {
            end += r.len() as u32;
            o.u32(end);
        }
        for r in &self.records {
            o.0.extend_from_slice(r);
        }
        (self.put)(self.key, self.next, &o.0)?;
        self.next += 1;
        self.records.clear();
        Ok(())
    }
}

/// Record `i` of a row [`Blocks`] wrote.
fn record(row: &[u8], i: usize) -> Option<&[u8]> {
    let u = |at: usize| -> Option<usize> {
        Some(u32::from_le_bytes(row.get(at..at + 4)?.try_into().ok()?) as usize)
    };
    let n = u(0)?;
    if i >= n {
        return None;
    }
    let head = 4 + 4 * n;
    let start = if i == 0 { 0 } else { u(4 + 4 * (i - 1))? };
    let end = u(4 + 4 * i)?;
    row.get(head + start..head + end)
}

/// Writes the graph `g` of `level`, made from the triples of `generation`, replacing the
/// one kept before.
pub fn write(
    kb: &mut KnowledgeBase,
    g: &KnowledgeGraph,
    level: Level,
    generation: i64,
) -> KbResult<()> {
    kb.write_graph_parts(&keys(level), generation, |put| parts(g, put))
}

/// Makes the parts of the graph `g` kept for queries, handing each to `put` as
/// `(key number in [`keys`], part, bytes)`, in the order they are stored.
pub(super) fn parts<'p>(g: &KnowledgeGraph, put: &'p mut Put<'p>) -> KbResult<()> {
    let links = &g.links;
    {
        let mut o = Out::default();
        o.0.extend_from_slice(MAGIC);
        write_relations(&mut o, &g.relations);
        o.u32(g.graph.node_count() as u32);
        o.u32(links.cost.len() as u32);
        o.opt_i32(links.newest_day);
        o.u32(g.graph.edge_count() as u32);
        put(HEAD, 0, &o.0)?;
        let mut array = |key: usize, bytes: &mut dyn Iterator<Item = [u8; 8]>, width: usize| {
            let mut part = Vec::with_capacity(PART);
            let mut i = 0;
            for b in bytes {
                part.extend_from_slice(&b[..width]);
                if part.len() == PART {
                    put(key, i, &part)?;
                    part.clear();
                    i += 1;
                }
            }
            if !part.is_empty() {
                put(key, i, &part)?;
            }
            KbResult::Ok(())
        };
        let four = |x: u32| {
            let mut b = [0u8; 8];
            b[..4].copy_from_slice(&x.to_le_bytes());
            b
        };
        array(OFFSETS, &mut links.offsets.iter().map(|&x| four(x)), 4)?;
        array(
            ADJ,
            &mut links.adj.iter().map(|&(w, l)| {
                let mut b = [0u8; 8];
                b[..4].copy_from_slice(&w.to_le_bytes());
                b[4..].copy_from_slice(&l.to_le_bytes());
                b
            }),
            8,
        )?;
        array(
            COST,
            &mut links.cost.iter().map(|c| c.to_bits().to_le_bytes()),
            8,
        )?;
        array(RANK, &mut links.rank.iter().map(|&x| four(x)), 4)?;
        let (d, tolerance, iterations) = STATS_PAGERANK;
        array(
            PAGERANK,
            &mut g
                .pagerank_values(d, tolerance, iterations)
                .into_iter()
                .map(|x| x.to_bits().to_le_bytes()),
            8,
        )?;
        let evidence: Vec<u32> = (0..links.cost.len() as u32)
            .map(|l| links.edges_of(l).iter().map(|&e| g.graph[e].evidence).sum())
            .collect();
        let mut neighbours = Blocks {
            key: NEIGHBOURS,
            records: Vec::new(),
            next: 0,
            put,
        };
        for v in 0..links.node_count() as u32 {
            let mut o = Out::default();
            for &(w, l) in links.neighbours(v) {
                o.u32(w);
                o.u32(l);
                o.f64(links.cost(l));
                o.u32(evidence[l as usize]);
                o.u32(links.rank(w));
            }
            neighbours.push(o.0)?;
        }
        neighbours.flush()?;
        let put = neighbours.put;
        let mut nodes = Blocks {
            key: NODES,
            records: Vec::new(),
            next: 0,
            put,
        };
        for i in 0..g.graph.node_count() {
            let n = &g.graph[NodeIndex::new(i)];
            let mut o = Out::default();
            o.str(&n.id);
            o.str(&n.name);
            o.str(n.kind.as_str());
            if let Some(c) = &n.country {
                o.u8(1);
                o.0.extend_from_slice(c.as_bytes());
            }
            nodes.push(o.0)?;
        }
        nodes.flush()?;
        let mut by_rank = vec![0u32; g.graph.node_count()];
        for (v, &r) in links.rank.iter().enumerate() {
            by_rank[r as usize] = v as u32;
        }
        let mut ranks = Blocks {
            key: RANKS,
            records: Vec::new(),
            next: 0,
            put: nodes.put,
        };
        for &v in &by_rank {
            let mut o = Out::default();
            o.u32(v);
            o.0.extend_from_slice(g.graph[NodeIndex::new(v as usize)].id.as_bytes());
            ranks.push(o.0)?;
        }
        ranks.flush()?;
        let mut edges = Blocks {
            key: LINKS,
            records: Vec::new(),
            next: 0,
            put: ranks.put,
        };
        for l in 0..links.cost.len() as u32 {
            let mut o = Out::default();
            for &e in links.edges_of(l) {
                let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
                write_edge(&mut o, s.index() as u32, t.index() as u32, &g.graph[e]);
            }
            edges.push(o.0)?;
        }
        edges.flush()
    }
}

/// The graph of one level as the knowledge base keeps it: the arrays of path search in
/// memory, the rest read on demand.
pub struct StoredGraph {
    keys: [String; 10],
    relations: Vec<RelationInfo>,
    nodes: usize,
    /// How many links.
    count: usize,
    /// How many edges (distinct subject, relation, object).
    edges: usize,
    /// Empty until [`StoredGraph::paths`] reads the arrays, but for the newest date.
    links: Links,
}

fn corrupt(what: &str) -> KbError {
    KbError::Schema(format!("the graph kept in the knowledge base is unreadable ({what}); run `geokg build` to make it again"))
}

impl StoredGraph {
    /// The graph of `level` kept in `kb`, when it is current (`None` when there is none or
    /// it is of older triples).
    pub fn open(kb: &KnowledgeBase, level: Level) -> KbResult<Option<StoredGraph>> {
        let keys = keys(level);
        let head = kb.read_graph_cache(&keys[HEAD], |r| {
            let mut r = In::new(r);
            type Head = (Vec<RelationInfo>, usize, usize, Option<i32>, usize);
            let mut read = || -> std::io::Result<Head> {
                let mut magic = [0u8; 8];
                for b in &mut magic {
                    *b = r.u8()?;
                }
                if &magic != MAGIC {
                    return Err(bad("not a graph of this version"));
                }
                let relations = read_relations(&mut r)?;
                let nodes = r.u32()? as usize;
                let links = r.u32()? as usize;
                let newest = r.opt_i32()?;
                let edges = r.u32()? as usize;
                Ok((relations, nodes, links, newest, edges))
            };
            Some(read())
        })?;
        let Some(head) = head else {
            return Ok(None);
        };
        let (relations, nodes, count, newest_day, edges) =
            head.map_err(|e| corrupt(&e.to_string()))?;
        Ok(Some(StoredGraph {
            keys,
            relations,
            nodes,
            links: Links {
                newest_day,
                ..Links::default()
            },
            count,
            edges,
        }))
    }

    /// Reads the arrays of path search (tens of megabytes at a few million triples):
    /// [`StoredGraph::paths`] calls it.
    fn read_arrays(&mut self, kb: &KnowledgeBase) -> KbResult<()> {
        kb.map_pages(true)?;
        let read = self.read_arrays_mapped(kb);
        kb.map_pages(false)?;
        read
    }

    fn read_arrays_mapped(&mut self, kb: &KnowledgeBase) -> KbResult<()> {
        let (n, count) = (self.nodes, self.count);
        let offsets: Vec<u32> = self.array(kb, OFFSETS, n + 1, 4, |b| {
            u32::from_le_bytes(b.try_into().expect("4"))
        })?;
        let adj_len = offsets.last().copied().unwrap_or(0) as usize;
        let adj = self.array(kb, ADJ, adj_len, 8, |b| {
            (
                u32::from_le_bytes(b[..4].try_into().expect("4")),
                u32::from_le_bytes(b[4..].try_into().expect("4")),
            )
        })?;
        let cost = self.array(kb, COST, count, 8, |b| {
            f64::from_bits(u64::from_le_bytes(b.try_into().expect("8")))
        })?;
        let rank = self.array(kb, RANK, n, 4, |b| {
            u32::from_le_bytes(b.try_into().expect("4"))
        })?;
        let sound = offsets.windows(2).all(|w| w[0] <= w[1])
            && adj
                .iter()
                .all(|&(w, l)| (w as usize) < n && (l as usize) < count)
            && rank.iter().all(|&r| (r as usize) < n);
        if !sound {
            return Err(corrupt("adjacency arrays"));
        }
        self.links.offsets = offsets;
        self.links.adj = adj;
        self.links.cost = cost;
        self.links.rank = rank;
        Ok(())
    }

    /// The `len` numbers of `width` bytes of the array under `key`.
    fn array<T>(
        &self,
        kb: &KnowledgeBase,
        key: usize,
        len: usize,
        width: usize,
        decode: impl Fn(&[u8]) -> T,
    ) -> KbResult<Vec<T>> {
        let mut out = Vec::with_capacity(len);
        let mut sound = true;
        kb.each_graph_part(&self.keys[key], |part| {
            if part.len() % width != 0 || out.len() + part.len() / width > len {
                sound = false;
                return false;
            }
            out.extend(part.chunks_exact(width).map(&decode));
            true
        })?;
        if !sound || out.len() != len {
            return Err(corrupt("array"));
        }
        Ok(out)
    }

    fn row(&self, kb: &KnowledgeBase, key: usize, block: usize) -> KbResult<Vec<u8>> {
        kb.graph_cache_part(&self.keys[key], block as i64)?
            .ok_or_else(|| corrupt("a record is missing"))
    }

    /// The number of the entity with id `id`, if it has an edge.
    pub fn find(&self, kb: &KnowledgeBase, id: &str) -> KbResult<Option<u32>> {
        // the first rank whose id is not below `id`
        let (mut lo, mut hi) = (0usize, self.nodes);
        let mut rows: HashMap<usize, Vec<u8>> = HashMap::new();
        let mut at = |rank: usize| -> KbResult<(u32, String)> {
            let block = rank / BLOCK;
            if let std::collections::hash_map::Entry::Vacant(e) = rows.entry(block) {
                e.insert(self.row(kb, RANKS, block)?);
            }
            let rec = record(&rows[&block], rank % BLOCK)
                .filter(|r| r.len() >= 4)
                .ok_or_else(|| corrupt("ids"))?;
            let v = u32::from_le_bytes(rec[..4].try_into().expect("4"));
            let id = std::str::from_utf8(&rec[4..]).map_err(|_| corrupt("ids"))?;
            Ok((v, id.to_string()))
        };
        while lo < hi {
            let mid = (lo + hi) / 2;
            if at(mid)?.1.as_str() < id {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo < self.nodes {
            let (v, found) = at(lo)?;
            if found == id && (v as usize) < self.nodes {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    fn node(&self, kb: &KnowledgeBase, v: u32) -> KbResult<Node> {
        node_in(&self.row(kb, NODES, v as usize / BLOCK)?, v)
    }

    /// The entities numbered `vs`, each row of entities read once.
    fn nodes_of(&self, kb: &KnowledgeBase, vs: &[u32]) -> KbResult<Vec<Node>> {
        let mut rows: HashMap<usize, Vec<u8>> = HashMap::new();
        let mut out = Vec::with_capacity(vs.len());
        for &v in vs {
            let block = v as usize / BLOCK;
            if let std::collections::hash_map::Entry::Vacant(e) = rows.entry(block) {
                e.insert(self.row(kb, NODES, block)?);
            }
            out.push(node_in(&rows[&block], v)?);
        }
        Ok(out)
    }

    fn link_edges(&self, kb: &KnowledgeBase, l: u32) -> KbResult<Vec<(u32, u32, EdgeData)>> {
        let row = self.row(kb, LINKS, l as usize / BLOCK)?;
        let rec = record(&row, l as usize % BLOCK).ok_or_else(|| corrupt("link"))?;
        if rec.len() % EDGE_BYTES != 0 {
            return Err(corrupt("link"));
        }
        let mut out = Vec::with_capacity(rec.len() / EDGE_BYTES);
        for e in rec.chunks_exact(EDGE_BYTES) {
            let (s, o, d) = read_edge(e);
            if s as usize >= self.nodes
                || o as usize >= self.nodes
                || d.relation as usize >= self.relations.len()
            {
                return Err(corrupt("edge"));
            }
            out.push((s, o, d));
        }
        Ok(out)
    }

    /// Reads the entities and links of `hops` ((from, to, link) each).
    fn fetch<'g>(&'g self, kb: &KnowledgeBase, hops: &[(u32, u32, u32)]) -> KbResult<Fetched<'g>> {
        let mut f = Fetched {
            g: self,
            nodes: HashMap::new(),
            links: HashMap::new(),
            costs: HashMap::new(),
        };
        for &(a, b, l) in hops {
            if !f.links.contains_key(&l) {
                let edges = self.link_edges(kb, l)?;
                for &(s, o, _) in &edges {
                    for v in [s, o] {
                        if let std::collections::hash_map::Entry::Vacant(e) = f.nodes.entry(v) {
                            e.insert(self.node(kb, v)?);
                        }
                    }
                }
                f.links.insert(l, edges);
            }
            for v in [a, b] {
                if let std::collections::hash_map::Entry::Vacant(e) = f.nodes.entry(v) {
                    e.insert(self.node(kb, v)?);
                }
            }
        }
        Ok(f)
    }

    /// The paths [`KnowledgeGraph::paths`] gives on the same graph, with what they need
    /// read from `kb`; and whether each end has an edge at all.
    pub fn paths<'g>(
        &'g mut self,
        kb: &KnowledgeBase,
        from: &str,
        to: &str,
        opts: PathOptions,
    ) -> KbResult<(Paths<'g>, bool, bool)> {
        let (s, t) = (self.find(kb, from)?, self.find(kb, to)?);
        let raws = match (s, t) {
            (Some(s), Some(t)) if s != t => {
                self.read_arrays(kb)?;
                yen(&self.links, s, t, opts, SEARCH_BUDGET)
            }
            _ => Vec::new(),
        };
        let this: &'g StoredGraph = self;
        let hops: Vec<Vec<(u32, u32, u32)>> = raws
            .iter()
            .map(|r| {
                r.links
                    .iter()
                    .enumerate()
                    .map(|(i, &l)| (r.nodes[i], r.nodes[i + 1], l))
                    .collect()
            })
            .collect();
        let all: Vec<(u32, u32, u32)> = hops.iter().flatten().copied().collect();
        let fetched = this.fetch(kb, &all)?;
        let costs = raws.iter().map(|r| r.cost).collect();
        Ok((
            Paths {
                fetched,
                hops,
                costs,
            },
            s.is_some(),
            t.is_some(),
        ))
    }

    /// The first `limit` of the neighbours [`KnowledgeGraph::neighbors`] gives on the same
    /// graph, with what they need read from `kb`; and how many there are in all.
    pub fn neighbors<'g>(
        &'g self,
        kb: &KnowledgeBase,
        id: &str,
        limit: usize,
    ) -> KbResult<(Neighbours<'g>, usize)> {
        // (entity, link, cost, evidence, rank)
        let mut list: Vec<(u32, u32, f64, u32, u32)> = Vec::new();
        let mut v = 0;
        if let Some(x) = self.find(kb, id)? {
            v = x;
            let row = self.row(kb, NEIGHBOURS, v as usize / BLOCK)?;
            let rec = record(&row, v as usize % BLOCK)
                .filter(|r| r.len() % NEIGHBOUR_BYTES == 0)
                .ok_or_else(|| corrupt("neighbours"))?;
            let u = |b: &[u8], at: usize| u32::from_le_bytes(b[at..at + 4].try_into().expect("4"));
            for b in rec.chunks_exact(NEIGHBOUR_BYTES) {
                let cost = f64::from_bits(u64::from_le_bytes(b[8..16].try_into().expect("8")));
                let (w, l) = (u(b, 0), u(b, 4));
                if w as usize >= self.nodes || l as usize >= self.count {
                    return Err(corrupt("neighbours"));
                }
                list.push((w, l, cost, u(b, 16), u(b, 20)));
            }
        }
        let total = list.len();
        // as KnowledgeGraph::neighbors orders them (the rank is the order of the ids)
        list.sort_by(|a, b| b.3.cmp(&a.3).then(a.2.total_cmp(&b.2)).then(a.4.cmp(&b.4)));
        list.truncate(limit);
        let costs: HashMap<u32, f64> = list.iter().map(|x| (x.1, x.2)).collect();
        let hops: Vec<(u32, u32, u32)> = list.iter().map(|x| (v, x.0, x.1)).collect();
        let mut fetched = self.fetch(kb, &hops)?;
        fetched.costs = costs;
        Ok((Neighbours { fetched, hops }, total))
    }

    /// Entities with an edge, as [`KnowledgeGraph::node_count`] counts them.
    pub fn node_count(&self) -> usize {
        self.nodes
    }

    /// Edges (distinct subject, relation, object), as [`KnowledgeGraph::edge_count`]
    /// counts them.
    pub fn edge_count(&self) -> usize {
        self.edges
    }

    /// Every entity's centralities, as [`KnowledgeGraph::degree_centrality`],
    /// [`KnowledgeGraph::pagerank`] (with [`STATS_PAGERANK`]) and
    /// [`KnowledgeGraph::betweenness`] give them on the same graph: the degrees and the
    /// betweenness from the arrays of path search, the PageRank as the build kept it.
    pub fn centralities(
        &mut self,
        kb: &KnowledgeBase,
        betweenness_sources: usize,
    ) -> KbResult<Centralities> {
        self.read_arrays(kb)?;
        let n = self.nodes;
        kb.map_pages(true)?;
        let pagerank = self.array(kb, PAGERANK, n, 8, |b| {
            f64::from_bits(u64::from_le_bytes(b.try_into().expect("8")))
        });
        kb.map_pages(false)?;
        let pagerank = pagerank?;
        let degree = (0..n as u32).map(|v| self.links.degree(v) as f64).collect();
        let (betweenness, sources, exact) = betweenness_values(&self.links, betweenness_sources);
        Ok(Centralities {
            degree,
            pagerank,
            betweenness,
            sources,
            exact,
        })
    }

    /// The `n` highest of `scores` (one per entity, by number), best first and ties by id
    /// as the whole graph ranks them, with their entities. [`StoredGraph::centralities`]
    /// reads the order of the ids it needs.
    pub fn top(
        &self,
        kb: &KnowledgeBase,
        scores: &[f64],
        n: usize,
    ) -> KbResult<Vec<(EntityRef, f64)>> {
        let rank = &self.links.rank;
        if scores.len() != self.nodes || rank.len() != self.nodes {
            return Err(corrupt("scores"));
        }
        let order = |a: &u32, b: &u32| {
            scores[*b as usize]
                .total_cmp(&scores[*a as usize])
                .then(rank[*a as usize].cmp(&rank[*b as usize]))
        };
        let mut best: Vec<u32> = (0..self.nodes as u32).collect();
        if n < best.len() {
            if n > 0 {
                best.select_nth_unstable_by(n - 1, order);
            }
            best.truncate(n);
        }
        best.sort_unstable_by(order);
        let nodes = self.nodes_of(kb, &best)?;
        Ok(nodes
            .into_iter()
            .zip(&best)
            .map(|(e, &v)| (e, scores[v as usize]))
            .collect())
    }
}

/// Entity `v` of its row of entities.
fn node_in(row: &[u8], v: u32) -> KbResult<Node> {
    let rec = record(row, v as usize % BLOCK).ok_or_else(|| corrupt("entity"))?;
    let mut at = 0usize;
    let mut str = |rec: &[u8]| -> Option<String> {
        let n = u32::from_le_bytes(rec.get(at..at + 4)?.try_into().ok()?) as usize;
        let s = std::str::from_utf8(rec.get(at + 4..at + 4 + n)?).ok()?;
        at += 4 + n;
        Some(s.to_string())
    };
    let (id, name, kind) = match (str(rec), str(rec), str(rec)) {
        (Some(a), Some(b), Some(c)) => (a, b, c),
        _ => return Err(corrupt("entity")),
    };
    let country = match rec.get(at) {
        None => None,
        Some(_) => Some(
            std::str::from_utf8(&rec[at + 1..])
                .map_err(|_| corrupt("entity"))?
                .to_string(),
        ),
    };
    Ok(EntityRef {
        id,
        name,
        kind: Kind::parse(&kind).ok_or_else(|| corrupt("kind"))?,
        country,
    })
}

/// Every entity's centralities, by number ([`StoredGraph::centralities`]).
#[derive(Debug, Clone)]
pub struct Centralities {
    /// Distinct neighbours.
    pub degree: Vec<f64>,
    /// PageRank (evidence-weighted).
    pub pagerank: Vec<f64>,
    /// Betweenness, normalised.
    pub betweenness: Vec<f64>,
    /// Sources the betweenness was computed from.
    pub sources: usize,
    /// Whether every entity was a source.
    pub exact: bool,
}

/// Entities and links read for an answer.
struct Fetched<'g> {
    g: &'g StoredGraph,
    nodes: HashMap<u32, Node>,
    links: HashMap<u32, Vec<(u32, u32, EdgeData)>>,
    /// The costs of the links when the arrays were not read.
    costs: HashMap<u32, f64>,
}

impl Fetched<'_> {
    fn hop(&self, from: u32, to: u32, link: u32) -> Hop<'_> {
        let mut edges: Vec<HopEdge<'_>> = self.links[&link]
            .iter()
            .map(|(s, o, data)| HopEdge {
                subject: &self.nodes[s],
                object: &self.nodes[o],
                relation: &self.g.relations[data.relation as usize],
                data,
                cost: edge_cost_at(data, self.g.links.newest_day),
            })
            .collect();
        sort_hop_edges(&mut edges);
        Hop {
            from: &self.nodes[&from],
            to: &self.nodes[&to],
            cost: match self.costs.get(&link) {
                Some(&c) => c,
                None => self.g.links.cost(link),
            },
            edges,
        }
    }
}

/// The paths of [`StoredGraph::paths`].
pub struct Paths<'g> {
    fetched: Fetched<'g>,
    hops: Vec<Vec<(u32, u32, u32)>>,
    costs: Vec<f64>,
}

impl Paths<'_> {
    /// The paths, best first, as [`KnowledgeGraph::paths`] gives them.
    pub fn paths(&self) -> Vec<Path<'_>> {
        self.hops
            .iter()
            .zip(&self.costs)
            .map(|(hops, &cost)| Path {
                cost,
                hops: hops
                    .iter()
                    .map(|&(a, b, l)| self.fetched.hop(a, b, l))
                    .collect(),
            })
            .collect()
    }
}

/// The neighbours of [`StoredGraph::neighbors`].
pub struct Neighbours<'g> {
    fetched: Fetched<'g>,
    hops: Vec<(u32, u32, u32)>,
}

impl Neighbours<'_> {
    /// The neighbours shown, as [`KnowledgeGraph::neighbors`] gives them.
    pub fn hops(&self) -> Vec<Hop<'_>> {
        self.hops
            .iter()
            .map(|&(a, b, l)| self.fetched.hop(a, b, l))
            .collect()
    }
}
