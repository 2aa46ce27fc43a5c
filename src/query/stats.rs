//! What a knowledge base holds (articles, entities by kind, triples by relation and
//! modality), its last build, and its most central entities by degree, PageRank and
//! betweenness, under the filters and at a level. Without filters the centralities come
//! from the graph the build kept in pieces (the arrays of path search and the PageRank it
//! computed), not from the whole graph.

use super::{QueryResult, Session};
use crate::graph::centrality::{Score, STATS_PAGERANK};
use crate::graph::{Level, StoredGraph};
use crate::kb::{BuildRun, Filter};
use crate::model::EntityRef;
use serde::{Serialize, Serializer};

/// What a knowledge base holds and its most central entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// The knowledge base file.
    pub kb: String,
    /// The last `geokg build` run, if any.
    pub last_build: Option<LastBuild>,
    /// Rows of each table, in a fixed order.
    #[serde(serialize_with = "as_map")]
    pub tables: Vec<(&'static str, i64)>,
    /// Entities by kind, largest first.
    pub entities_by_kind: Vec<(String, i64)>,
    /// Triples by relation, largest first (every relation type used).
    pub triples_by_relation: Vec<(String, i64)>,
    /// Triples by modality, largest first.
    pub triples_by_modality: Vec<(String, i64)>,
    /// The graph under the filters.
    pub graph: GraphSize,
    /// The most connected entities (distinct neighbours).
    pub degree: Vec<Ranked>,
    /// The highest PageRank (evidence-weighted).
    pub pagerank: Vec<Ranked>,
    /// The highest betweenness.
    pub betweenness: BetweennessTop,
}

/// The last build run and whether it finished.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastBuild {
    /// When it started (UTC, ISO 8601).
    pub started: String,
    /// When it finished.
    pub finished: Option<String>,
    /// `finished`, `running` (a build holds the knowledge base now) or `interrupted`.
    pub state: &'static str,
    /// Articles it read (when finished).
    pub articles: Option<i64>,
    /// Input problems it reported (when finished).
    pub problems: Option<i64>,
}

/// The size of the graph the centralities were computed on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GraphSize {
    /// Entities as extracted or rolled up to states.
    pub level: Level,
    /// Entities with an edge.
    pub nodes: usize,
    /// Edges.
    pub edges: usize,
}

/// An entity with its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// The entity.
    pub entity: EntityRef,
    /// Its score.
    pub score: f64,
}

/// The highest betweenness, and how it was computed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetweennessTop {
    /// Whether every entity was a source.
    pub exact: bool,
    /// Sources used.
    pub sources: usize,
    /// The highest scores.
    pub top: Vec<Ranked>,
}

fn as_map<S: Serializer>(v: &[(&'static str, i64)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(v.iter().map(|(k, n)| (k, n)))
}

fn top(scores: &[Score<'_>], n: usize) -> Vec<Ranked> {
    scores
        .iter()
        .take(n)
        .map(|x| Ranked {
            entity: x.node.clone(),
            score: x.score,
        })
        .collect()
}

/// `finished`, `running` (another process holds the build lock) or `interrupted`.
fn build_state(b: &BuildRun, session: &Session) -> &'static str {
    if b.finished.is_some() {
        return "finished";
    }
    if session.kb.build_running() {
        "running"
    } else {
        "interrupted"
    }
}

impl Session {
    /// The last build run, if any, and whether it finished.
    pub fn last_build(&self) -> QueryResult<Option<LastBuild>> {
        let last = self.kb.last_build().map_err(|e| self.kb_error(e))?;
        Ok(last.map(|b| LastBuild {
            state: build_state(&b, self),
            started: b.started,
            finished: b.finished,
            articles: b.articles,
            problems: b.problems,
        }))
    }

    /// The counts of the knowledge base and, under the filters at `level`, the `n` most
    /// central entities by each measure (betweenness exact up to `betweenness_sources`
    /// entities, estimated from that many sources beyond).
    pub fn stats(&self, level: Level, n: usize, betweenness_sources: usize) -> QueryResult<Stats> {
        let kb = &self.kb;
        let read = || -> Result<_, crate::kb::KbError> {
            Ok((
                kb.counts()?,
                kb.entity_counts_by_kind()?,
                kb.triple_counts_by("relation")?,
                kb.triple_counts_by("modality")?,
            ))
        };
        let (tables, entities_by_kind, triples_by_relation, triples_by_modality) =
            read().map_err(|e| self.kb_error(e))?;
        let last_build = self.last_build()?;
        let (graph, degree, pagerank, betweenness) =
            self.centralities(level, n, betweenness_sources)?;
        Ok(Stats {
            kb: kb.path().display().to_string(),
            last_build,
            tables,
            entities_by_kind,
            triples_by_relation,
            triples_by_modality,
            graph,
            degree,
            pagerank,
            betweenness,
        })
    }

    /// The size of the graph and its `n` most central entities by each measure: from the
    /// graph the build kept in pieces ([`StoredGraph::centralities`]) when there are no
    /// filters and it is current, else from the whole graph.
    fn centralities(
        &self,
        level: Level,
        n: usize,
        betweenness_sources: usize,
    ) -> QueryResult<(GraphSize, Vec<Ranked>, Vec<Ranked>, BetweennessTop)> {
        let stored = if self.filter == Filter::default() {
            StoredGraph::open(&self.kb, level).map_err(|e| self.kb_error(e))?
        } else {
            None
        };
        if let Some(mut g) = stored {
            let read = |g: &mut StoredGraph| -> Result<_, crate::kb::KbError> {
                let c = g.centralities(&self.kb, betweenness_sources)?;
                let top = |scores: &[f64]| -> Result<Vec<Ranked>, crate::kb::KbError> {
                    Ok(g.top(&self.kb, scores, n)?
                        .into_iter()
                        .map(|(entity, score)| Ranked { entity, score })
                        .collect())
                };
                Ok((
                    GraphSize {
                        level,
                        nodes: g.node_count(),
                        edges: g.edge_count(),
                    },
                    top(&c.degree)?,
                    top(&c.pagerank)?,
                    BetweennessTop {
                        exact: c.exact,
                        sources: c.sources,
                        top: top(&c.betweenness)?,
                    },
                ))
            };
            return read(&mut g).map_err(|e| self.kb_error(e));
        }
        let g = self.graph(level)?;
        let betweenness = g.betweenness(betweenness_sources);
        let (d, tolerance, iterations) = STATS_PAGERANK;
        Ok((
            GraphSize {
                level,
                nodes: g.node_count(),
                edges: g.edge_count(),
            },
            top(&g.degree_centrality(), n),
            top(&g.pagerank(d, tolerance, iterations), n),
            BetweennessTop {
                exact: betweenness.exact,
                sources: betweenness.sources,
                top: top(&betweenness.scores, n),
            },
        ))
    }
}
