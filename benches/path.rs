//! Path queries and graph loading on a synthetic knowledge graph of a million edges.
//!
//! Run: `cargo bench --bench path` (all), `cargo bench --bench path -- query` (path
//! queries alone), `cargo bench --bench path -- load` (loading). The graph is generated
//! deterministically: 100,000 entities, 1,000,000 distinct (subject, relation, object)
//! edges whose endpoints are skewed towards low numbers, so that a few hubs link to much of
//! the graph as states and IGOs do in news, with modalities, confidences and dates spread
//! over ten years. `load/sqlite` writes the same graph to a knowledge base file first
//! (not timed) and times `KnowledgeGraph::load` from it.

use criterion::{criterion_group, criterion_main, Criterion};
use geokg::graph::{day_number, EvidenceIn, KnowledgeGraph, Level, PathOptions};
use geokg::kb::{Filter, KnowledgeBase, RelationInfo, StoredTriple};
use geokg::model::{EntityRef, Kind, Modality, Polarity};
use geokg::shared::rng::SplitMix64;
use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

const NODES: u64 = 100_000;
const EDGES: usize = 1_000_000;
const RELATIONS: [(&str, bool); 6] = [
    ("meets", true),
    ("attacks", false),
    ("supplies", false),
    ("criticizes", false),
    ("visits", false),
    ("cooperates_with", true),
];

struct Fact {
    s: u64,
    rel: usize,
    o: u64,
    modality: Modality,
    confidence: f64,
    day: i32,
}

fn relations() -> Vec<RelationInfo> {
    RELATIONS
        .iter()
        .map(|&(id, symmetric)| RelationInfo {
            id: id.into(),
            label: id.replace('_', " "),
            symmetric,
            plover: None,
            goldstein: None,
            polarity: Polarity::Cooperative,
        })
        .collect()
}

fn entity(i: u64) -> EntityRef {
    EntityRef {
        id: format!("e:{i:06}"),
        name: format!("Entity {i}"),
        kind: Kind::Organization,
        country: None,
    }
}

/// `EDGES` distinct facts, deterministic.
fn facts() -> Vec<Fact> {
    let mut rng = SplitMix64::new(42);
    let mut seen = HashSet::with_capacity(EDGES);
    let mut out = Vec::with_capacity(EDGES);
    let base = day_number("2015-01-01").unwrap();
    while out.len() < EDGES {
        // One end skewed towards hubs (u³), the other milder (u^1.5).
        let s = (NODES as f64 * rng.unit().powi(3)) as u64;
        let o = (NODES as f64 * rng.unit().powf(1.5)) as u64;
        let rel = (rng.next_u64() % RELATIONS.len() as u64) as usize;
        if s == o || !seen.insert((s.min(o), rel, s.max(o))) {
            continue;
        }
        let modality = match rng.next_u64() % 10 {
            0 => Modality::Hedged,
            1 => Modality::Reported,
            2 => Modality::Negated,
            _ => Modality::Asserted,
        };
        out.push(Fact {
            s,
            rel,
            o,
            modality,
            confidence: 0.5 + rng.unit() * 0.45,
            day: base + (rng.next_u64() % 3650) as i32,
        });
    }
    out
}

fn graph_from(facts: &[Fact]) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new(relations());
    let ents: Vec<EntityRef> = (0..NODES).map(entity).collect();
    for (i, f) in facts.iter().enumerate() {
        let ev = EvidenceIn {
            id: i as i64 + 1,
            modality: f.modality,
            confidence: f.confidence,
            day: Some(f.day),
        };
        g.add_evidence(
            &ents[f.s as usize],
            RELATIONS[f.rel].0,
            &ents[f.o as usize],
            &ev,
        );
    }
    g.finish();
    g
}

/// Query pairs: hub–hub, hub–leaf and leaf–leaf, deterministic.
fn pairs() -> Vec<(String, String)> {
    let mut rng = SplitMix64::new(7);
    (0..30)
        .map(|i| {
            let pick = |rng: &mut SplitMix64, hub: bool| {
                if hub {
                    rng.next_u64() % 100
                } else {
                    NODES / 2 + rng.next_u64() % (NODES / 2)
                }
            };
            let a = pick(&mut rng, i % 3 == 0);
            let b = pick(&mut rng, i % 3 != 2);
            (entity(a).id, entity(b).id)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let facts = facts();
    let mut load = c.benchmark_group("load");
    load.sample_size(10)
        .measurement_time(Duration::from_secs(20));
    load.bench_function("graph_from_1m_evidence", |b| {
        b.iter(|| black_box(graph_from(&facts)).edge_count())
    });
    let dir = tempfile::tempdir().unwrap();
    let kb_path = dir.path().join("bench.kb");
    write_kb(&kb_path, &facts);
    load.bench_function("sqlite_1m_triples", |b| {
        b.iter(|| {
            let kb = KnowledgeBase::open(&kb_path).unwrap();
            let g = KnowledgeGraph::load(&kb, &Filter::default(), Level::Entity).unwrap();
            assert_eq!(g.edge_count(), EDGES);
            g.node_count()
        })
    });
    load.finish();

    let g = graph_from(&facts);
    assert_eq!(g.edge_count(), EDGES);
    let pairs = pairs();
    let opts = PathOptions { k: 3, max_hops: 4 };
    let found = pairs
        .iter()
        .filter(|(a, b)| !g.paths(a, b, opts).is_empty())
        .count();
    assert!(
        found >= pairs.len() * 9 / 10,
        "only {found} of {} pairs connected",
        pairs.len()
    );
    let mut q = c.benchmark_group("query");
    q.bench_function("path_k3_4hops_1m_edges", |b| {
        let mut i = 0;
        b.iter(|| {
            let (a, z) = &pairs[i % pairs.len()];
            i += 1;
            black_box(g.paths(a, z, opts).len())
        })
    });
    q.bench_function("neighbors_hub_1m_edges", |b| {
        b.iter(|| black_box(g.neighbors("e:000001").len()))
    });
    q.finish();
}

/// Writes the facts as a knowledge base file, as rows (the extractor is not what is
/// measured here).
fn write_kb(path: &std::path::Path, facts: &[Fact]) {
    let mut kb = KnowledgeBase::create_or_open(path).unwrap();
    let entities: Vec<EntityRef> = (0..NODES).map(entity).collect();
    let triples = facts.iter().map(|f| StoredTriple {
        article: "synthetic".into(),
        subject: entity(f.s).id,
        relation: RELATIONS[f.rel].0.into(),
        object: entity(f.o).id,
        polarity: Polarity::Cooperative,
        modality: f.modality,
        confidence: f.confidence,
        date: Some(geokg::graph::day_string(f.day)),
        ..StoredTriple::default()
    });
    kb.write_rows(&relations(), &entities, triples).unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
