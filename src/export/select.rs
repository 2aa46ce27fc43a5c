//! Which part of the graph to export: [`Selection`] turns a [`KbSnapshot`] (the triples
//! that passed the evidence filters) into a sorted, numbered [`Subgraph`].
//!
//! The steps, in order: roll entities up to their states (`--level country`; a triple whose
//! two ends become the same state is dropped), group the triples into edges (one per
//! subject, relation, object; one per unordered pair for symmetric relations, as the
//! knowledge base stores them), drop edges with less evidence than `min_evidence`, then
//! keep the ego network of an entity, or the union of the best paths between two, and
//! finally the `top` most central entities (PageRank over the filtered graph, weighted by
//! evidence) with the edges among them.

use super::{ExportEdge, ExportError, ExportNode, ExportResult, KbSnapshot, Subgraph};
use crate::graph::{country_entity, day_number, EvidenceIn, KnowledgeGraph, Level, PathOptions};
use crate::kb::StoredTriple;
use crate::model::{EntityRef, Kind, ModalityCounts, Polarity};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// The part of the graph to export, beyond the evidence filters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Selection {
    /// Entities as extracted, or rolled up to their states.
    pub level: Level,
    /// Drop edges with fewer supporting sentences.
    pub min_evidence: u32,
    /// An ego network or paths, or everything.
    pub focus: Focus,
    /// Keep only the N most central entities (and the edges among them).
    pub top: Option<usize>,
}

/// What to centre the export on.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Focus {
    /// The whole (filtered) graph.
    #[default]
    All,
    /// The entities within `hops` links of `center` (an entity id), and the edges among
    /// them.
    Around {
        /// Entity id at the chosen level.
        center: String,
        /// Links to follow.
        hops: usize,
    },
    /// The union of the `k` best paths of at most `max_hops` links between two entities.
    Between {
        /// Entity id at one end.
        from: String,
        /// Entity id at the other end.
        to: String,
        /// Paths at most.
        k: usize,
        /// Links per path at most.
        max_hops: usize,
    },
}

type EdgeKey = (String, String, String);

struct EdgeAcc {
    triples: Vec<usize>,
}

fn entity_of(id: &str, snap: &KbSnapshot, level: Level) -> EntityRef {
    let e = snap
        .entities
        .get(id)
        .cloned()
        .unwrap_or_else(|| EntityRef::from_id(id));
    match (level, e.kind, &e.country) {
        (Level::Country, k, Some(c)) if k != Kind::Country => country_entity(c, &snap.entities),
        _ => e,
    }
}

impl Selection {
    /// The selection in words, for titles and file headers.
    pub fn describe(&self, snap: &KbSnapshot) -> String {
        let name = |id: &str| {
            let e = entity_of(id, snap, self.level);
            format!("{} ({})", e.name, e.id)
        };
        let mut parts = vec![match self.level {
            Level::Entity => "entity level".to_string(),
            Level::Country => "country level".to_string(),
        }];
        match &self.focus {
            Focus::All => {}
            Focus::Around { center, hops } => parts.push(format!(
                "around {}, {hops} hop{}",
                name(center),
                if *hops == 1 { "" } else { "s" }
            )),
            Focus::Between {
                from,
                to,
                k,
                max_hops,
            } => parts.push(format!(
                "best {k} paths between {} and {} (at most {max_hops} hops)",
                name(from),
                name(to)
            )),
        }
        if let Some(n) = self.top {
            parts.push(format!("top {n} by PageRank"));
        }
        if self.min_evidence > 1 {
            parts.push(format!(
                "edges with at least {} evidence",
                self.min_evidence
            ));
        }
        parts.join("; ")
    }

    /// Builds the subgraph. An entity of the focus that has no edge under the filters is
    /// [`ExportError::NotFound`].
    pub fn apply(&self, snap: &KbSnapshot) -> ExportResult<Subgraph> {
        let relations: HashMap<&str, &crate::kb::RelationInfo> =
            snap.relations.iter().map(|r| (r.id.as_str(), r)).collect();
        // Entities at the chosen level, and triples grouped into edges.
        let mut nodes: BTreeMap<String, EntityRef> = BTreeMap::new();
        let mut edges: BTreeMap<EdgeKey, EdgeAcc> = BTreeMap::new();
        for (i, t) in snap.triples.iter().enumerate() {
            let s = entity_of(&t.subject, snap, self.level);
            let o = entity_of(&t.object, snap, self.level);
            if s.id == o.id {
                continue;
            }
            let symmetric = relations
                .get(t.relation.as_str())
                .is_some_and(|r| r.symmetric);
            let (s, o) = if symmetric && o.id < s.id {
                (o, s)
            } else {
                (s, o)
            };
            let key = (s.id.clone(), t.relation.clone(), o.id.clone());
            nodes.entry(s.id.clone()).or_insert(s);
            nodes.entry(o.id.clone()).or_insert(o);
            edges
                .entry(key)
                .or_insert_with(|| EdgeAcc {
                    triples: Vec::new(),
                })
                .triples
                .push(i);
        }
        edges.retain(|_, acc| acc.triples.len() as u32 >= self.min_evidence.max(1));

        // The graph for paths and PageRank, over exactly these edges.
        let mut g = KnowledgeGraph::new(snap.relations.clone());
        for ((s, r, o), acc) in &edges {
            for &i in &acc.triples {
                let t = &snap.triples[i];
                g.add_evidence(
                    &nodes[s],
                    r,
                    &nodes[o],
                    &EvidenceIn {
                        id: i as i64,
                        modality: t.modality,
                        confidence: t.confidence,
                        day: t.date.as_deref().and_then(day_number),
                    },
                );
            }
        }
        g.finish();
        let pagerank: HashMap<String, f64> = g
            .pagerank(0.85, 1e-12, 200)
            .into_iter()
            .map(|s| (s.node.id.clone(), s.score))
            .collect();

        // The focus.
        let present = |id: &str, what: &str| -> ExportResult<()> {
            if pagerank.contains_key(id) {
                Ok(())
            } else {
                let e = entity_of(id, snap, self.level);
                Err(ExportError::NotFound(format!(
                    "{what} {} ({}) has no edge under the filters",
                    e.name, e.id
                )))
            }
        };
        let mut keep_nodes: BTreeSet<String>;
        let mut keep_edges: BTreeSet<EdgeKey>;
        let mut pinned: Vec<String> = Vec::new();
        match &self.focus {
            Focus::All => {
                keep_edges = edges.keys().cloned().collect();
                keep_nodes = keep_edges
                    .iter()
                    .flat_map(|(s, _, o)| [s.clone(), o.clone()])
                    .collect();
            }
            Focus::Around { center, hops } => {
                present(center, "--around")?;
                let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
                for (s, _, o) in edges.keys() {
                    adj.entry(s).or_default().push(o);
                    adj.entry(o).or_default().push(s);
                }
                let mut dist: HashMap<&str, usize> = HashMap::from([(center.as_str(), 0)]);
                let mut queue = VecDeque::from([center.as_str()]);
                while let Some(v) = queue.pop_front() {
                    let d = dist[v];
                    if d >= *hops {
                        continue;
                    }
                    for &w in adj.get(v).map(Vec::as_slice).unwrap_or(&[]) {
                        if !dist.contains_key(w) {
                            dist.insert(w, d + 1);
                            queue.push_back(w);
                        }
                    }
                }
                keep_nodes = dist.keys().map(|s| s.to_string()).collect();
                keep_edges = edges
                    .keys()
                    .filter(|(s, _, o)| keep_nodes.contains(s) && keep_nodes.contains(o))
                    .cloned()
                    .collect();
                pinned.push(center.clone());
            }
            Focus::Between {
                from,
                to,
                k,
                max_hops,
            } => {
                present(from, "--between")?;
                present(to, "--between")?;
                if from == to {
                    return Err(ExportError::Usage(
                        "--between needs two different entities".into(),
                    ));
                }
                let paths = g.paths(
                    from,
                    to,
                    PathOptions {
                        k: *k,
                        max_hops: *max_hops,
                    },
                );
                if paths.is_empty() {
                    let (a, b) = (
                        entity_of(from, snap, self.level),
                        entity_of(to, snap, self.level),
                    );
                    return Err(ExportError::NotFound(format!(
                        "no path of at most {max_hops} hops between {} and {} under the filters",
                        a.name, b.name
                    )));
                }
                keep_nodes = BTreeSet::new();
                keep_edges = BTreeSet::new();
                for p in &paths {
                    for h in &p.hops {
                        keep_nodes.insert(h.from.id.clone());
                        keep_nodes.insert(h.to.id.clone());
                        for e in &h.edges {
                            keep_edges.insert((
                                e.subject.id.clone(),
                                e.relation.id.clone(),
                                e.object.id.clone(),
                            ));
                        }
                    }
                }
                pinned.push(from.clone());
                pinned.push(to.clone());
            }
        }
        if let Some(n) = self.top {
            let mut ranked: Vec<&String> = keep_nodes.iter().collect();
            ranked.sort_by(|a, b| {
                let pa = pinned.contains(a);
                let pb = pinned.contains(b);
                pb.cmp(&pa)
                    .then(pagerank[*b].total_cmp(&pagerank[*a]))
                    .then_with(|| a.cmp(b))
            });
            let top: BTreeSet<String> = ranked.into_iter().take(n).cloned().collect();
            keep_edges.retain(|(s, _, o)| top.contains(s) && top.contains(o));
            keep_nodes = top;
        }

        // Number and fill in.
        let index: HashMap<&str, usize> = keep_nodes
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        let mut out_nodes: Vec<ExportNode> = keep_nodes
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let e = &nodes[id];
                ExportNode {
                    index: i,
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    country: e.country.clone(),
                    degree: 0,
                    evidence: 0,
                    pagerank: pagerank.get(id).copied().unwrap_or(0.0),
                }
            })
            .collect();
        let mut out_edges = Vec::with_capacity(keep_edges.len());
        let mut neighbours: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); out_nodes.len()];
        for (i, key) in keep_edges.iter().enumerate() {
            let (s, r, o) = key;
            let acc = &edges[key];
            let rel = relations.get(r.as_str());
            let mut evidence: Vec<StoredTriple> = acc
                .triples
                .iter()
                .map(|&t| snap.triples[t].clone())
                .collect();
            evidence.sort_by(|a, b| {
                (
                    &a.date, &a.article, a.start, a.sentence, &a.subject, &a.object,
                )
                    .cmp(&(
                        &b.date, &b.article, b.start, b.sentence, &b.subject, &b.object,
                    ))
            });
            let mut modalities = ModalityCounts::default();
            for e in &evidence {
                modalities.add(e.modality);
            }
            let dates = evidence.iter().filter_map(|e| e.date.clone());
            let first_date = dates.clone().min();
            let last_date = dates.max();
            let max_confidence = evidence.iter().map(|e| e.confidence).fold(0.0, f64::max);
            let (si, oi) = (index[s.as_str()], index[o.as_str()]);
            neighbours[si].insert(oi);
            neighbours[oi].insert(si);
            out_nodes[si].evidence += evidence.len() as u32;
            out_nodes[oi].evidence += evidence.len() as u32;
            out_edges.push(ExportEdge {
                index: i,
                source: si,
                target: oi,
                relation: r.clone(),
                label: rel.map_or_else(|| r.replace('_', " "), |x| x.label.clone()),
                polarity: rel.map_or(Polarity::Neutral, |x| x.polarity),
                symmetric: rel.is_some_and(|x| x.symmetric),
                plover: rel.and_then(|x| x.plover),
                modalities,
                first_date,
                last_date,
                max_confidence,
                evidence,
            });
        }
        for (n, nb) in out_nodes.iter_mut().zip(&neighbours) {
            n.degree = nb.len();
        }
        Ok(Subgraph {
            nodes: out_nodes,
            edges: out_edges,
            description: self.describe(snap),
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::kb::RelationInfo;

    fn rel(id: &str, symmetric: bool, polarity: &str) -> RelationInfo {
        RelationInfo {
            symmetric,
            polarity: polarity.parse().unwrap(),
            ..RelationInfo::from_id(id)
        }
    }

    fn ent(id: &str, name: &str, kind: Kind, country: Option<&str>) -> (String, EntityRef) {
        (id.to_string(), EntityRef::new(id, name, kind, country))
    }

    fn triple(s: &str, r: &str, o: &str, date: &str, text: &str) -> StoredTriple {
        StoredTriple {
            subject: s.into(),
            relation: r.into(),
            object: o.into(),
            modality: crate::model::Modality::Asserted,
            confidence: 0.8,
            date: Some(date.into()),
            article: "a1".into(),
            text: text.into(),
            end: text.len(),
            ..Default::default()
        }
    }

    /// A small snapshot with awkward names: quotes, backslashes, markup, formulas.
    pub(crate) fn snapshot() -> KbSnapshot {
        KbSnapshot {
            relations: vec![
                rel("meets", true, "cooperative"),
                rel("attacks", false, "conflictual"),
                rel("leader_of", false, "neutral"),
            ],
            entities: HashMap::from([
                ent("country:AAA", "Avalon", Kind::Country, Some("AAA")),
                ent("country:BBB", "Borduria", Kind::Country, Some("BBB")),
                ent("country:CCC", "Carpania", Kind::Country, Some("CCC")),
                ent(
                    "org:g7",
                    "The \"G7\" \\ <club> & =SUM(A1)",
                    Kind::Organization,
                    None,
                ),
                ent("person:ann", "Ann O'Neil", Kind::Person, Some("AAA")),
            ]),
            triples: vec![
                triple(
                    "country:BBB",
                    "meets",
                    "country:AAA",
                    "2022-01-02",
                    "B met A.",
                ),
                triple(
                    "country:AAA",
                    "meets",
                    "country:BBB",
                    "2022-01-05",
                    "A met B.",
                ),
                triple(
                    "country:BBB",
                    "attacks",
                    "country:CCC",
                    "2022-02-01",
                    "B attacked C </script><!-- \u{2028}.",
                ),
                triple(
                    "person:ann",
                    "leader_of",
                    "country:AAA",
                    "2021-05-01",
                    "Ann leads A.",
                ),
                triple(
                    "person:ann",
                    "meets",
                    "org:g7",
                    "2022-03-01",
                    "Ann met the \"G7\".",
                ),
                triple(
                    "person:ann",
                    "attacks",
                    "country:BBB",
                    "2022-03-02",
                    "-Ann hit B.",
                ),
            ],
        }
    }

    #[test]
    fn groups_evidence_and_orders_symmetric_pairs() {
        let sg = Selection::default().apply(&snapshot()).unwrap();
        assert_eq!(sg.nodes.len(), 5);
        assert_eq!(sg.edges.len(), 5);
        let meets = &sg.edges[0];
        assert_eq!(
            (
                sg.node(meets.source).id.as_str(),
                meets.relation.as_str(),
                sg.node(meets.target).id.as_str()
            ),
            ("country:AAA", "meets", "country:BBB")
        );
        assert_eq!(meets.count(), 2);
        assert_eq!(meets.first_date.as_deref(), Some("2022-01-02"));
        assert_eq!(meets.evidence[0].text, "B met A.");
        let ids: Vec<&str> = sg.nodes.iter().map(|n| n.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn country_level_rolls_up_and_drops_self_loops() {
        let sel = Selection {
            level: Level::Country,
            ..Default::default()
        };
        let sg = sel.apply(&snapshot()).unwrap();
        // Ann rolls up to Avalon: "Ann leader_of Avalon" becomes a self-loop and goes.
        assert!(sg.nodes.iter().all(|n| n.id != "person:ann"));
        assert!(sg.edges.iter().all(|e| e.relation != "leader_of"));
        let attacks: Vec<_> = sg
            .edges
            .iter()
            .filter(|e| e.relation == "attacks")
            .collect();
        assert_eq!(attacks.len(), 2);
    }

    #[test]
    fn ego_network_paths_and_top() {
        let snap = snapshot();
        let around = Selection {
            focus: Focus::Around {
                center: "country:CCC".into(),
                hops: 1,
            },
            ..Default::default()
        }
        .apply(&snap)
        .unwrap();
        let ids: Vec<&str> = around.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["country:BBB", "country:CCC"]);
        let between = Selection {
            focus: Focus::Between {
                from: "country:CCC".into(),
                to: "org:g7".into(),
                k: 3,
                max_hops: 4,
            },
            ..Default::default()
        }
        .apply(&snap)
        .unwrap();
        assert!(between.nodes.iter().any(|n| n.id == "person:ann"));
        assert!(between.nodes.len() >= 4);
        let top = Selection {
            top: Some(2),
            ..Default::default()
        }
        .apply(&snap)
        .unwrap();
        assert_eq!(top.nodes.len(), 2);
        let missing = Selection {
            focus: Focus::Around {
                center: "country:ZZZ".into(),
                hops: 1,
            },
            ..Default::default()
        }
        .apply(&snap);
        assert!(matches!(missing, Err(ExportError::NotFound(_))));
    }

    #[test]
    fn min_evidence_drops_weak_edges() {
        let sg = Selection {
            min_evidence: 2,
            ..Default::default()
        }
        .apply(&snapshot())
        .unwrap();
        assert_eq!(sg.edges.len(), 1);
        assert_eq!(sg.nodes.len(), 2);
    }
}
