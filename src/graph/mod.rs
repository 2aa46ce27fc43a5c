//! Stage 7, graph: the knowledge graph in memory, for queries.
//!
//! Takes triples' evidence (from the [`crate::kb`] through [`KnowledgeGraph::load`], or
//! added one by one); returns answers in entity ids and names: explained paths
//! ([`KnowledgeGraph::paths`]), neighbours, degree, PageRank and betweenness. Inside it is a
//! petgraph `StableDiGraph` with one edge per (subject, relation, object) (one per unordered
//! pair for symmetric relations) accumulating its evidence, plus id → index maps;
//! `NodeIndex` never leaves this module.
//!
//! For path search and centrality the graph is also kept as undirected *links*, one per
//! pair of connected entities, in compressed adjacency arrays (see [`path`]). The cost of a
//! link is that of its best edge plus a hub penalty, so that well-attested, asserted, recent
//! hops win and entities that connect everything are penalised rather than hidden:
//!
//! ```text
//! edge cost = 1                                   one hop
//!           + 1 / (1 + Σ confidence × weight)     weak evidence (weight: asserted 1,
//!                                                   reported 0.8, future 0.6, hedged 0.5,
//!                                                   negated 0)
//!           + (1 − mean weight)                   negated, hedged, future, reported
//!           + 0.3 × min(age / 10 years, 1)        old (age from the newest date in the
//!                                                   graph; 0.15 when undated)
//! link cost = min edge cost + (hub(a) + hub(b)) / 2,   hub(x) = 0.5 × ln(degree(x))
//! ```
//!
//! Summed over a path, the hub terms charge every intermediate entity its full hub penalty
//! (the two ends pay the same in every path).

mod cache;
pub mod centrality;
mod codec;
pub mod path;
pub mod stored;

use crate::kb::{Filter, KbResult, KnowledgeBase, RelationInfo};
use crate::model::{EntityRef, Kind, Modality, ModalityCounts};
use crate::shared::named::named_enum;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use std::collections::HashMap;

pub use path::{Hop, HopEdge, Path, PathOptions};
pub use stored::StoredGraph;

/// An entity in the graph.
pub type Node = EntityRef;

pub use crate::shared::civil::{day_number, day_string};

/// One piece of evidence for an edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EvidenceIn {
    /// The stored triple's id (to fetch its sentence later).
    pub id: i64,
    /// How the text presents it.
    pub modality: Modality,
    /// Extractor confidence.
    pub confidence: f64,
    /// Its date as a day number ([`day_number`]).
    pub day: Option<i32>,
}

/// What an edge knows of its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeData {
    relation: u16,
    /// How many triples support it.
    pub evidence: u32,
    /// Counts by modality.
    pub modalities: ModalityCounts,
    /// Σ confidence × modality weight.
    pub support: f64,
    /// Highest confidence.
    pub max_confidence: f64,
    /// Earliest evidence day.
    pub first: Option<i32>,
    /// Latest evidence day.
    pub last: Option<i32>,
    /// The strongest evidence: (triple id, its strength).
    pub best: Option<(i64, f64)>,
}

impl EdgeData {
    /// Count of evidence with this modality.
    pub fn count(&self, m: Modality) -> u32 {
        self.modalities.get(m)
    }

    /// Mean modality weight of its evidence (1 when all asserted, 0 when all negated).
    pub fn firmness(&self) -> f64 {
        if self.evidence == 0 {
            return 0.0;
        }
        let w: f64 = self
            .modalities
            .iter()
            .map(|(m, n)| m.weight() * n as f64)
            .sum();
        w / self.evidence as f64
    }

    /// The first and last dates as strings.
    pub fn date_range(&self) -> (Option<String>, Option<String>) {
        (self.first.map(day_string), self.last.map(day_string))
    }

    fn add(&mut self, ev: &EvidenceIn) {
        self.evidence += 1;
        self.modalities.add(ev.modality);
        let w = ev.modality.weight();
        self.support += ev.confidence * w;
        self.max_confidence = self.max_confidence.max(ev.confidence);
        if let Some(d) = ev.day {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
        // Strongest: firm and confident first, then recent, then the smaller id.
        let strength = w * 2.0 + ev.confidence + ev.day.map_or(0.0, |d| d as f64 * 1e-7);
        let better = match self.best {
            None => true,
            Some((id, s)) => strength > s || (strength == s && ev.id < id),
        };
        if better {
            self.best = Some((ev.id, strength));
        }
    }
}

named_enum! {
    /// Whether queries see entities as they are or rolled up to their states.
    #[derive(Default)]
    pub enum Level ("level") {
        /// People, bodies, places and states as extracted.
        #[default]
        Entity = "entity",
        /// People, bodies and places replaced by the state in their `country`.
        Country = "country",
    }
}

/// The knowledge graph in memory.
#[derive(Debug, Clone)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, EdgeData>,
    index: HashMap<String, NodeIndex>,
    edge_index: HashMap<(u32, u16, u32), EdgeIndex>,
    relations: Vec<RelationInfo>,
    relation_index: HashMap<String, u16>,
    links: path::Links,
    dirty: bool,
}

/// Builds a graph from triples given one at a time, as [`KnowledgeGraph::scan`] reads them
/// from a knowledge base: the same triples in the same order give the same graph (same
/// node and edge numbers, same sums), so a bulk load can make the graph it keeps from the
/// triples it has just written, without reading them back.
pub struct GraphBuilder<'e> {
    g: KnowledgeGraph,
    entities: &'e HashMap<String, EntityRef>,
    rolled: HashMap<String, EntityRef>,
    level: Level,
    /// The node of each entity by the caller's number ([`GraphBuilder::add_numbered`]).
    numbered: Vec<u32>,
}

impl<'e> GraphBuilder<'e> {
    /// A builder over the relation catalogue and the entities (by id) of a knowledge base.
    pub fn new(
        relations: Vec<RelationInfo>,
        entities: &'e HashMap<String, EntityRef>,
        level: Level,
    ) -> GraphBuilder<'e> {
        GraphBuilder {
            g: KnowledgeGraph::new(relations),
            entities,
            rolled: HashMap::new(),
            level,
            numbered: Vec::new(),
        }
    }

    /// Adds a stored triple (in the order of the ids).
    pub fn add(&mut self, t: crate::kb::TripleRef<'_>) {
        let s = self.node(t.subject);
        let o = self.node(t.object);
        self.add_between(s, o, &t);
    }

    /// As [`GraphBuilder::add`], for a caller that numbers the entities itself (one number
    /// per id, from 0): `subject` and `object` are the numbers of `t.subject` and
    /// `t.object`, which spare looking their ids up again.
    pub fn add_numbered(&mut self, subject: usize, object: usize, t: crate::kb::TripleRef<'_>) {
        let s = self.numbered_node(subject, t.subject);
        let o = self.numbered_node(object, t.object);
        self.add_between(s, o, &t);
    }

    fn numbered_node(&mut self, n: usize, id: &str) -> NodeIndex {
        if let Some(&i) = self.numbered.get(n) {
            if i != u32::MAX {
                return NodeIndex::new(i as usize);
            }
        }
        let i = self.node(id);
        if self.numbered.len() <= n {
            self.numbered.resize(n + 1, u32::MAX);
        }
        self.numbered[n] = i.index() as u32;
        i
    }

    fn node(&mut self, id: &str) -> NodeIndex {
        match self.level {
            Level::Entity => self.g.node_or_insert(id, self.entities),
            Level::Country => {
                let e = roll_up(id, self.entities, &mut self.rolled);
                self.g.add_node(&e)
            }
        }
    }

    fn add_between(&mut self, s: NodeIndex, o: NodeIndex, t: &crate::kb::TripleRef<'_>) {
        let g = &mut self.g;
        if s == o {
            return;
        }
        let ev = EvidenceIn {
            id: t.id,
            modality: t.modality,
            confidence: t.confidence,
            day: t.date.and_then(day_number),
        };
        g.add_evidence_at(s, t.relation, o, &ev);
    }

    /// The graph, ready for queries.
    pub fn finish(mut self) -> KnowledgeGraph {
        self.g.finish();
        self.g
    }
}

/// The graph kept for queries, at every level, of the triples a bulk load wrote: the rows
/// [`crate::kb::bulk::Bulk::finish`] stores (the same as [`KnowledgeGraph::keep_in`] writes
/// for the graph [`KnowledgeGraph::scan`] would read back from the file).
pub fn bulk_rows(w: &crate::kb::bulk::Written<'_>) -> KbResult<Vec<crate::kb::cache::GraphRow>> {
    let by_id: HashMap<String, EntityRef> = w
        .entities()
        .iter()
        .map(|e| (e.id.clone(), e.clone()))
        .collect();
    let mut rows = Vec::new();
    for &level in Level::ALL {
        let mut b = GraphBuilder::new(w.relations().to_vec(), &by_id, level);
        w.for_each(|s, o, t| b.add_numbered(s, o, t));
        let g = b.finish();
        rows.extend(g.kept_rows(level)?);
    }
    Ok(rows)
}

impl KnowledgeGraph {
    /// An empty graph over a relation catalogue.
    pub fn new(relations: Vec<RelationInfo>) -> KnowledgeGraph {
        let relation_index = relations
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i as u16))
            .collect();
        KnowledgeGraph {
            graph: StableDiGraph::new(),
            index: HashMap::new(),
            edge_index: HashMap::new(),
            relations,
            relation_index,
            links: path::Links::default(),
            dirty: false,
        }
    }

    /// The graph of the evidence in a knowledge base that passes `filter`, at the given
    /// level: without filters, the graph the knowledge base keeps ([`crate::kb::cache`],
    /// made at the end of each build) when it is current, else (and with filters) built from
    /// the triples by [`KnowledgeGraph::scan`]. Both give the same graph.
    pub fn load(kb: &KnowledgeBase, filter: &Filter, level: Level) -> KbResult<KnowledgeGraph> {
        if *filter == Filter::default() {
            if let Some(g) = KnowledgeGraph::cached(kb, level)? {
                return Ok(g);
            }
        }
        KnowledgeGraph::scan(kb, filter, level)
    }

    /// Builds the graph from the evidence in a knowledge base that passes `filter`, at the
    /// given level, reading every such triple.
    pub fn scan(kb: &KnowledgeBase, filter: &Filter, level: Level) -> KbResult<KnowledgeGraph> {
        let entities = kb.entities()?;
        let mut b = GraphBuilder::new(kb.relations()?, &entities, level);
        kb.scan_triples(filter, |t| b.add(t))?;
        Ok(b.finish())
    }

    fn node_or_insert(&mut self, id: &str, entities: &HashMap<String, EntityRef>) -> NodeIndex {
        if let Some(&i) = self.index.get(id) {
            return i;
        }
        let e = entities
            .get(id)
            .cloned()
            .unwrap_or_else(|| EntityRef::from_id(id));
        self.add_node(&e)
    }

    /// Adds an entity (no-op when present); returns its index.
    fn add_node(&mut self, e: &EntityRef) -> NodeIndex {
        if let Some(&i) = self.index.get(&e.id) {
            return i;
        }
        let i = self.graph.add_node(e.clone());
        self.index.insert(e.id.clone(), i);
        self.dirty = true;
        i
    }

    /// Adds one piece of evidence for `subject relation object`, creating the entities and
    /// the edge as needed. Call [`finish`](Self::finish) before querying.
    pub fn add_evidence(
        &mut self,
        subject: &EntityRef,
        relation: &str,
        object: &EntityRef,
        ev: &EvidenceIn,
    ) {
        let s = self.add_node(subject);
        let o = self.add_node(object);
        self.add_evidence_at(s, relation, o, ev);
    }

    fn relation_id(&mut self, relation: &str) -> u16 {
        if let Some(&r) = self.relation_index.get(relation) {
            return r;
        }
        let r = self.relations.len() as u16;
        self.relations.push(RelationInfo::from_id(relation));
        self.relation_index.insert(relation.to_string(), r);
        r
    }

    fn add_evidence_at(&mut self, s: NodeIndex, relation: &str, o: NodeIndex, ev: &EvidenceIn) {
        self.ensure_edge_index();
        let rel = self.relation_id(relation);
        let (s, o) =
            if self.relations[rel as usize].symmetric && self.graph[o].id < self.graph[s].id {
                (o, s)
            } else {
                (s, o)
            };
        let key = (s.index() as u32, rel, o.index() as u32);
        let e = match self.edge_index.get(&key) {
            Some(&e) => e,
            None => {
                let e = self.graph.add_edge(
                    s,
                    o,
                    EdgeData {
                        relation: rel,
                        evidence: 0,
                        modalities: ModalityCounts::default(),
                        support: 0.0,
                        max_confidence: 0.0,
                        first: None,
                        last: None,
                        best: None,
                    },
                );
                self.edge_index.insert(key, e);
                e
            }
        };
        self.graph[e].add(ev);
        self.dirty = true;
    }

    /// Prepares the graph for queries (link costs, degrees): call after adding evidence.
    pub fn finish(&mut self) {
        if self.dirty {
            self.links = path::Links::build(self);
            self.dirty = false;
        }
    }

    /// Number of entities.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges (distinct subject, relation, object).
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The entity with this id, if it has any edge.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    /// The relation catalogue entry of an edge.
    pub fn relation_of(&self, e: &EdgeData) -> &RelationInfo {
        &self.relations[e.relation as usize]
    }

    /// Number of distinct entities an entity is linked to.
    pub fn degree(&self, id: &str) -> usize {
        self.index
            .get(id)
            .map_or(0, |&i| self.links.degree(i.index() as u32))
    }

    /// The cost of one edge in path search (see the module documentation).
    pub fn edge_cost(&self, e: &EdgeData) -> f64 {
        edge_cost_at(e, self.links.newest_day)
    }

    /// Every edge touching an entity, grouped by the neighbour, best-attested first.
    pub fn neighbors(&self, id: &str) -> Vec<Hop<'_>> {
        let Some(&v) = self.index.get(id) else {
            return Vec::new();
        };
        let mut out: Vec<Hop<'_>> = self
            .links
            .adjacent(v.index() as u32)
            .map(|(w, link)| self.hop(v.index() as u32, w, link))
            .collect();
        out.sort_by(|a, b| {
            let ea: u32 = a.edges.iter().map(|e| e.data.evidence).sum();
            let eb: u32 = b.edges.iter().map(|e| e.data.evidence).sum();
            eb.cmp(&ea)
                .then(a.cost.total_cmp(&b.cost))
                .then_with(|| a.to.id.cmp(&b.to.id))
        });
        out
    }

    /// Every entity, in no particular order, with a dense number (0..node_count) used by
    /// the centrality functions.
    fn dense_nodes(&self) -> impl Iterator<Item = (u32, &Node)> {
        self.graph
            .node_indices()
            .map(|i| (i.index() as u32, &self.graph[i]))
    }

    fn node_at(&self, dense: u32) -> &Node {
        &self.graph[NodeIndex::new(dense as usize)]
    }

    fn hop(&self, from: u32, to: u32, link: u32) -> Hop<'_> {
        let mut edges: Vec<HopEdge<'_>> = self
            .links
            .edges_of(link)
            .iter()
            .map(|&e| {
                let (s, o) = self.graph.edge_endpoints(e).expect("edge exists");
                let data = &self.graph[e];
                HopEdge {
                    subject: &self.graph[s],
                    object: &self.graph[o],
                    relation: self.relation_of(data),
                    data,
                    cost: self.edge_cost(data),
                }
            })
            .collect();
        sort_hop_edges(&mut edges);
        Hop {
            from: self.node_at(from),
            to: self.node_at(to),
            cost: self.links.cost(link),
            edges,
        }
    }

    /// Directed edges with their evidence count as weight (symmetric relations both ways),
    /// in dense node numbers.
    fn weighted_arcs(&self) -> Vec<(u32, u32, f64)> {
        let mut arcs = Vec::with_capacity(self.graph.edge_count() * 2);
        for e in self.graph.edge_references() {
            let (s, o) = (e.source().index() as u32, e.target().index() as u32);
            let w = e.weight().evidence.max(1) as f64;
            arcs.push((s, o, w));
            if self.relations[e.weight().relation as usize].symmetric {
                arcs.push((o, s, w));
            }
        }
        arcs
    }
}

/// The edges of a hop in the order answers list them: cheapest first, then the
/// best-attested, then by relation id.
fn sort_hop_edges(edges: &mut [HopEdge<'_>]) {
    edges.sort_by(|a, b| {
        a.cost
            .total_cmp(&b.cost)
            .then(b.data.evidence.cmp(&a.data.evidence))
            .then_with(|| a.relation.id.cmp(&b.relation.id))
    });
}

/// The cost of an edge when the newest date in the graph is `newest`.
pub(crate) fn edge_cost_at(e: &EdgeData, newest: Option<i32>) -> f64 {
    let weak = 1.0 / (1.0 + e.support);
    let age = match (newest, e.last) {
        (Some(r), Some(l)) => 0.3 * ((r - l).max(0) as f64 / 3652.5).min(1.0),
        _ => 0.15,
    };
    1.0 + weak + (1.0 - e.firmness()) + age
}

/// The entity an id stands for at country level: its state when it has one and is not a
/// state itself.
fn roll_up(
    id: &str,
    entities: &HashMap<String, EntityRef>,
    cache: &mut HashMap<String, EntityRef>,
) -> EntityRef {
    if let Some(e) = cache.get(id) {
        return e.clone();
    }
    let e = entities
        .get(id)
        .cloned()
        .unwrap_or_else(|| EntityRef::from_id(id));
    let out = match (&e.kind, &e.country) {
        (Kind::Country, _) | (_, None) => e,
        (_, Some(c)) => country_entity(c, entities),
    };
    cache.insert(id.to_string(), out.clone());
    out
}

/// The state with ISO code `code`, as the knowledge base names it (or by its code).
pub fn country_entity(code: &str, entities: &HashMap<String, EntityRef>) -> EntityRef {
    let id = format!("country:{code}");
    entities
        .get(&id)
        .cloned()
        .unwrap_or_else(|| EntityRef::new(&id, code, Kind::Country, Some(code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn ent(id: &str) -> EntityRef {
        let code = id.to_uppercase();
        EntityRef::new(id, &code, Kind::Country, Some(&code))
    }

    #[test]
    fn one_edge_accumulates_evidence_and_symmetric_pairs_merge() {
        let rel = |id: &str, symmetric| RelationInfo {
            symmetric,
            ..RelationInfo::from_id(id)
        };
        let mut g = KnowledgeGraph::new(vec![rel("meets", true), rel("attacks", false)]);
        let ev = |id, m| EvidenceIn {
            id,
            modality: m,
            confidence: 0.8,
            day: day_number("2022-01-01"),
        };
        g.add_evidence(&ent("b"), "meets", &ent("a"), &ev(1, Modality::Asserted));
        g.add_evidence(&ent("a"), "meets", &ent("b"), &ev(2, Modality::Hedged));
        g.add_evidence(&ent("a"), "attacks", &ent("b"), &ev(3, Modality::Negated));
        g.finish();
        assert_eq!(g.edge_count(), 2);
        let n = g.neighbors("a");
        assert_eq!(n.len(), 1);
        let meets = n[0]
            .edges
            .iter()
            .find(|e| e.relation.id == "meets")
            .unwrap();
        assert_eq!(meets.data.evidence, 2);
        assert_eq!(
            meets.data.best.unwrap().0,
            1,
            "asserted evidence is the strongest"
        );
        assert_eq!(meets.subject.id, "a");
        let attacks = n[0]
            .edges
            .iter()
            .find(|e| e.relation.id == "attacks")
            .unwrap();
        assert!(attacks.cost > meets.cost, "negated evidence costs more");
    }
}
