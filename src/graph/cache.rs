//! The graph for queries as bytes, kept in the knowledge base ([`crate::kb::cache`]) so that
//! a query without filters reads it instead of every triple: the relation catalogue, the
//! entities, every edge with its evidence summary (not the evidence itself: a query fetches
//! the sentences it prints by triple id), and the compressed adjacency arrays of path search,
//! in a little-endian format of this module's own. Reading it gives back the very graph that
//! [`KnowledgeGraph::load`] builds from the triples (same node and edge numbers, same
//! costs), so answers are the same to the bit.

use super::codec::{
    bad, read_edge, read_relations, write_edge, write_relations, In, Out, EDGE_BYTES,
};
use super::path::Links;
use super::{KnowledgeGraph, Level};
use crate::kb::cache::{GraphRow, PART_BYTES};
use crate::kb::{Filter, KbResult, KnowledgeBase};
use crate::model::{EntityRef, Kind};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use std::io::{self, Read};

/// The first bytes of the format (its version is the last one).
const MAGIC: &[u8; 8] = b"geokgG\x00\x02";

/// The name a graph of `level` is kept under: the level and the format's version, so that
/// a geokg with another format neither reads it nor takes it for current.
fn cache_key(level: Level) -> String {
    format!("{}/{}", level.as_str(), MAGIC[7])
}

impl KnowledgeGraph {
    /// The graph as bytes, for [`KnowledgeGraph::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut o = Out::default();
        o.0.extend_from_slice(MAGIC);
        write_relations(&mut o, &self.relations);
        // Nodes and edges are numbered densely (nothing is ever removed), in order.
        o.u32(self.graph.node_count() as u32);
        for i in self.graph.node_indices() {
            let n = &self.graph[i];
            o.str(&n.id);
            o.str(&n.name);
            o.str(n.kind.as_str());
            o.opt_str(n.country.as_deref());
        }
        o.u32(self.graph.edge_count() as u32);
        for e in self.graph.edge_references() {
            write_edge(
                &mut o,
                e.source().index() as u32,
                e.target().index() as u32,
                e.weight(),
            );
        }
        self.links.write(&mut o);
        o.0
    }

    /// The graph [`KnowledgeGraph::to_bytes`] wrote; an error when the bytes are not one.
    pub fn from_bytes(r: &mut dyn Read) -> io::Result<KnowledgeGraph> {
        let mut r = In::new(r);
        if &r.bytes::<8>()? != MAGIC {
            return Err(bad("not a graph of this version"));
        }
        let mut g = KnowledgeGraph::new(read_relations(&mut r)?);
        let nodes = r.u32()? as usize;
        g.graph.reserve_nodes(nodes);
        g.index.reserve(nodes);
        for _ in 0..nodes {
            let e = EntityRef {
                id: r.str()?,
                name: r.str()?,
                kind: Kind::parse(&r.str()?).ok_or_else(|| bad("kind"))?,
                country: r.opt_str()?,
            };
            let id = e.id.clone();
            let i = g.graph.add_node(e);
            g.index.insert(id, i);
        }
        let edges = r.u32()? as usize;
        g.graph.reserve_edges(edges);
        // Edges are fixed-size records, read a block at a time.
        let mut block = vec![0u8; EDGE_BYTES * 4096];
        let mut left = edges;
        while left > 0 {
            let n = left.min(4096);
            let bytes = &mut block[..n * EDGE_BYTES];
            r.0.read_exact(bytes)?;
            for rec in bytes.chunks_exact(EDGE_BYTES) {
                let (s, o, data) = read_edge(rec);
                if s as usize >= nodes
                    || o as usize >= nodes
                    || data.relation as usize >= g.relations.len()
                {
                    return Err(bad("edge"));
                }
                g.graph
                    .add_edge(NodeIndex::new(s as usize), NodeIndex::new(o as usize), data);
            }
            left -= n;
        }
        g.links = Links::read(&mut r, nodes, edges)?;
        if !r.at_end()? {
            return Err(bad("trailing bytes"));
        }
        // `edge_index` is made again only if evidence is added to this graph.
        g.dirty = false;
        Ok(g)
    }

    /// Makes the cached graphs of a knowledge base current (at each level, without
    /// filters), when they are not: `geokg build` calls it at its end. Returns whether it
    /// wrote anything.
    pub fn refresh_cache(kb: &mut KnowledgeBase) -> KbResult<bool> {
        let mut wrote = false;
        let keys: Vec<String> = Level::ALL.iter().map(|&l| cache_key(l)).collect();
        // graphs of another format of this module's (an older geokg's) go
        let mut all = keys.clone();
        for &level in Level::ALL {
            all.extend(super::stored::keys(level));
        }
        kb.retain_graph_cache(&all)?;
        for (&level, key) in Level::ALL.iter().zip(&keys) {
            let whole = kb.graph_cache_is_current(key)?;
            let stored = kb.graph_cache_is_current(&super::stored::keys(level)[0])?;
            if whole && stored {
                continue;
            }
            let generation = kb.generation()?;
            let g = KnowledgeGraph::scan(kb, &Filter::default(), level)?;
            if !whole {
                kb.write_graph_cache(key, generation, &g.to_bytes())?;
            }
            if !stored {
                super::stored::write(kb, &g, level, generation)?;
            }
            wrote = true;
        }
        Ok(wrote)
    }

    /// Keeps this graph, made from the current triples of `kb` at `level` without filters,
    /// in the knowledge base (the whole graph and the pieces of [`super::stored`]), as
    /// [`KnowledgeGraph::refresh_cache`] does with the graph it scans: for a bulk load,
    /// which makes the graph from the triples it writes.
    pub fn keep_in(&self, kb: &mut KnowledgeBase, level: Level) -> KbResult<()> {
        let generation = kb.generation()?;
        kb.write_graph_cache(&cache_key(level), generation, &self.to_bytes())?;
        super::stored::write(kb, self, level, generation)
    }

    /// The rows [`KnowledgeGraph::keep_in`] writes for this graph of `level`, without
    /// writing them: for [`KnowledgeBase::write_graph_rows`].
    pub fn kept_rows(&self, level: Level) -> KbResult<Vec<GraphRow>> {
        let key = cache_key(level);
        let mut rows: Vec<GraphRow> = self
            .to_bytes()
            .chunks(PART_BYTES)
            .enumerate()
            .map(|(i, part)| (key.clone(), i as i64, part.to_vec()))
            .collect();
        let keys = super::stored::keys(level);
        super::stored::parts(self, &mut |k, part, data| {
            rows.push((keys[k].clone(), part, data.to_vec()));
            Ok(())
        })?;
        Ok(rows)
    }

    /// The graph kept in the knowledge base for `level`, when it is current.
    pub(super) fn cached(kb: &KnowledgeBase, level: Level) -> KbResult<Option<KnowledgeGraph>> {
        kb.read_graph_cache(&cache_key(level), |r| KnowledgeGraph::from_bytes(r).ok())
    }

    /// Makes `edge_index` again (a graph read from bytes has none) before evidence is added.
    pub(super) fn ensure_edge_index(&mut self) {
        if self.edge_index.len() == self.graph.edge_count() {
            return;
        }
        self.edge_index.clear();
        for e in self.graph.edge_references() {
            let key = (
                e.source().index() as u32,
                e.weight().relation,
                e.target().index() as u32,
            );
            self.edge_index.insert(key, EdgeIndex::new(e.id().index()));
        }
    }
}

/// The path index's arrays as the cache stores them.
impl Links {
    /// Writes the arrays (see this module).
    pub(crate) fn write(&self, o: &mut Out) {
        o.u32s(&self.offsets);
        o.u32(self.adj.len() as u32);
        for &(w, l) in &self.adj {
            o.u32(w);
            o.u32(l);
        }
        o.u32(self.cost.len() as u32);
        for &c in &self.cost {
            o.f64(c);
        }
        let edges: Vec<u32> = self.edges.iter().map(|e| e.index() as u32).collect();
        o.u32s(&edges);
        o.u32s(&self.edge_start);
        o.u32s(&self.rank);
        o.opt_i32(self.newest_day);
    }

    /// Reads what [`Links::write`] wrote, for a graph of `nodes` nodes and `edges` edges.
    pub(crate) fn read(r: &mut In<'_>, nodes: usize, edges: usize) -> std::io::Result<Links> {
        let bad = |w: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, w.to_string());
        let offsets = r.u32s()?;
        let n = r.u32()? as usize;
        let flat = r.u32_block(2 * n)?;
        let adj: Vec<(u32, u32)> = flat.chunks_exact(2).map(|p| (p[0], p[1])).collect();
        drop(flat);
        let n = r.u32()? as usize;
        let halves = r.u32_block(2 * n)?;
        let cost: Vec<f64> = halves
            .chunks_exact(2)
            .map(|h| f64::from_bits(h[0] as u64 | (h[1] as u64) << 32))
            .collect();
        drop(halves);
        let edge_ids = r.u32s()?;
        let edge_start = r.u32s()?;
        let rank = r.u32s()?;
        let newest_day = r.opt_i32()?;
        let links = cost.len();
        let sound = (offsets.is_empty() || offsets.len() == nodes + 1)
            && offsets.last().is_none_or(|&o| o as usize == adj.len())
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && adj
                .iter()
                .all(|&(w, l)| (w as usize) < nodes && (l as usize) < links)
            && edge_ids.iter().all(|&e| (e as usize) < edges)
            && (edge_start.is_empty() || edge_start.len() == links + 1)
            && edge_start.windows(2).all(|w| w[0] <= w[1])
            && edge_start
                .last()
                .is_none_or(|&e| e as usize == edge_ids.len())
            && (rank.is_empty() || rank.len() == nodes);
        if !sound {
            return Err(bad("adjacency arrays"));
        }
        Ok(Links {
            offsets,
            adj,
            cost,
            edges: edge_ids
                .into_iter()
                .map(|e| EdgeIndex::new(e as usize))
                .collect(),
            edge_start,
            rank,
            newest_day,
        })
    }
}
