//! Centrality for sparse graphs: degree, PageRank by power iteration over the edge list
//! (O(iterations × edges), where petgraph's `page_rank` is O(V²)), and betweenness by
//! Brandes' algorithm (O(V × E) unweighted; sampled sources beyond a size limit).
//!
//! Takes a finished [`KnowledgeGraph`]; returns entities with their scores, best first
//! (ties by id), so output is deterministic.

use super::{KnowledgeGraph, Node};
use std::collections::VecDeque;

/// The damping, tolerance and most iterations of the PageRank `geokg stats` shows; the
/// build keeps its scores with the graph read in pieces ([`super::stored`]).
pub const STATS_PAGERANK: (f64, f64, usize) = (0.85, 1e-10, 100);

/// One entity's score.
#[derive(Debug, Clone, PartialEq)]
pub struct Score<'g> {
    /// The entity.
    pub node: &'g Node,
    /// Its score.
    pub score: f64,
}

/// Betweenness with how it was computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Betweenness<'g> {
    /// Scores normalised to 0..1 (the share of shortest paths between other pairs).
    pub scores: Vec<Score<'g>>,
    /// Sources used: all entities (exact) or a sample (estimate).
    pub sources: usize,
    /// Whether every entity was a source.
    pub exact: bool,
}

impl KnowledgeGraph {
    fn ranked(&self, values: Vec<f64>) -> Vec<Score<'_>> {
        let mut out: Vec<Score<'_>> = self
            .dense_nodes()
            .map(|(i, node)| Score {
                node,
                score: values[i as usize],
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.node.id.cmp(&b.node.id))
        });
        out
    }

    /// Entities by number of distinct neighbours.
    pub fn degree_centrality(&self) -> Vec<Score<'_>> {
        let v = (0..self.links.node_count())
            .map(|i| self.links.degree(i as u32) as f64)
            .collect();
        self.ranked(v)
    }

    /// PageRank with damping `d` over directed edges weighted by their evidence count
    /// (symmetric relations both ways); dangling mass is spread evenly. Scores sum to 1.
    pub fn pagerank(&self, d: f64, tolerance: f64, max_iterations: usize) -> Vec<Score<'_>> {
        self.ranked(self.pagerank_values(d, tolerance, max_iterations))
    }

    /// The scores of [`KnowledgeGraph::pagerank`] by node number (empty for no node).
    pub(crate) fn pagerank_values(
        &self,
        d: f64,
        tolerance: f64,
        max_iterations: usize,
    ) -> Vec<f64> {
        let n = self.links.node_count();
        if n == 0 {
            return Vec::new();
        }
        let arcs = self.weighted_arcs();
        let mut out_w = vec![0.0; n];
        for &(s, _, w) in &arcs {
            out_w[s as usize] += w;
        }
        let mut pr = vec![1.0 / n as f64; n];
        let mut next = vec![0.0; n];
        for _ in 0..max_iterations {
            let dangling: f64 = (0..n).filter(|&i| out_w[i] == 0.0).map(|i| pr[i]).sum();
            let base = (1.0 - d) / n as f64 + d * dangling / n as f64;
            next.iter_mut().for_each(|x| *x = base);
            for &(s, o, w) in &arcs {
                next[o as usize] += d * pr[s as usize] * w / out_w[s as usize];
            }
            let delta: f64 = pr.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
            std::mem::swap(&mut pr, &mut next);
            if delta < tolerance {
                break;
            }
        }
        pr
    }

    /// Betweenness centrality of the undirected, unweighted links, by Brandes' algorithm.
    /// With more than `max_sources` entities, that many evenly spread sources (by id order)
    /// are used and the result scaled: an estimate.
    pub fn betweenness(&self, max_sources: usize) -> Betweenness<'_> {
        let (values, sources, exact) = betweenness_values(&self.links, max_sources);
        Betweenness {
            scores: self.ranked(values),
            sources,
            exact,
        }
    }
}

/// The scores of [`KnowledgeGraph::betweenness`] by node number, how many sources, and
/// whether every entity was one.
pub(crate) fn betweenness_values(
    links: &super::path::Links,
    max_sources: usize,
) -> (Vec<f64>, usize, bool) {
    let n = links.node_count();
    let exact = n <= max_sources;
    let sources: Vec<u32> = if exact {
        (0..n as u32).collect()
    } else {
        let mut by_rank: Vec<u32> = (0..n as u32).collect();
        by_rank.sort_by_key(|&v| links.rank(v));
        let k = max_sources.max(1);
        (0..k).map(|i| by_rank[i * n / k]).collect()
    };
    let cb = brandes(links, &sources);
    let scale = if exact || sources.is_empty() {
        1.0
    } else {
        n as f64 / sources.len() as f64
    };
    let pairs = if n > 2 {
        ((n - 1) * (n - 2)) as f64 / 2.0
    } else {
        1.0
    };
    let values = cb.into_iter().map(|x| x / 2.0 * scale / pairs).collect();
    (values, sources.len(), exact)
}

/// Brandes' accumulation from the given sources; undirected pairs are counted twice.
fn brandes(links: &super::path::Links, sources: &[u32]) -> Vec<f64> {
    let n = links.node_count();
    let mut cb = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![-1i32; n];
    let mut delta = vec![0.0f64; n];
    let mut stack: Vec<u32> = Vec::with_capacity(n);
    let mut queue: VecDeque<u32> = VecDeque::new();
    for &s in sources {
        for &v in &stack {
            sigma[v as usize] = 0.0;
            dist[v as usize] = -1;
            delta[v as usize] = 0.0;
        }
        stack.clear();
        sigma[s as usize] = 1.0;
        dist[s as usize] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            let dv = dist[v as usize];
            for &(w, _) in links.neighbours(v) {
                if dist[w as usize] < 0 {
                    dist[w as usize] = dv + 1;
                    queue.push_back(w);
                }
                if dist[w as usize] == dv + 1 {
                    sigma[w as usize] += sigma[v as usize];
                }
            }
        }
        for &w in stack.iter().rev() {
            let dw = dist[w as usize];
            for &(v, _) in links.neighbours(w) {
                if dist[v as usize] == dw - 1 {
                    delta[v as usize] +=
                        sigma[v as usize] / sigma[w as usize] * (1.0 + delta[w as usize]);
                }
            }
            if w != s {
                cb[w as usize] += delta[w as usize];
            }
        }
    }
    cb
}

#[cfg(test)]
mod tests {
    use crate::graph::{tests::ent, EvidenceIn, KnowledgeGraph};
    use crate::model::Modality;

    fn graph(edges: &[(&str, &str)]) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new(Vec::new());
        for (i, &(a, b)) in edges.iter().enumerate() {
            let ev = EvidenceIn {
                id: i as i64,
                modality: Modality::Asserted,
                confidence: 1.0,
                day: None,
            };
            g.add_evidence(&ent(a), "supports", &ent(b), &ev);
        }
        g.finish();
        g
    }

    fn score(scores: &[super::Score<'_>], id: &str) -> f64 {
        scores.iter().find(|s| s.node.id == id).unwrap().score
    }

    #[test]
    fn brandes_on_a_path_and_a_star() {
        // Path a-b-c-d-e: raw betweenness b=3, c=4, d=3; normalised by (n-1)(n-2)/2 = 6.
        let g = graph(&[("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]);
        let b = g.betweenness(100);
        assert!(b.exact);
        assert!((score(&b.scores, "a") - 0.0).abs() < 1e-12);
        assert!((score(&b.scores, "b") - 3.0 / 6.0).abs() < 1e-12);
        assert!((score(&b.scores, "c") - 4.0 / 6.0).abs() < 1e-12);
        assert_eq!(b.scores[0].node.id, "c");
        // Star: the centre lies on every one of the C(4,2) = 6 leaf pairs' paths.
        let g = graph(&[("o", "a"), ("o", "b"), ("c", "o"), ("d", "o")]);
        let b = g.betweenness(100);
        assert!((score(&b.scores, "o") - 1.0).abs() < 1e-12);
        assert!(score(&b.scores, "a").abs() < 1e-12);
        // Sampling every source gives the exact answer; sampling fewer is scaled.
        let s = g.betweenness(2);
        assert!(!s.exact && s.sources == 2);
    }

    #[test]
    fn brandes_splits_between_equal_paths() {
        // Square a-b-d, a-c-d: b and c each carry half of the a–d paths.
        let g = graph(&[("a", "b"), ("b", "d"), ("a", "c"), ("c", "d")]);
        let b = g.betweenness(100);
        // Raw 0.5 each; normalised by 3.
        assert!((score(&b.scores, "b") - 0.5 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn pagerank_sums_to_one_and_favours_the_pointed_at() {
        let g = graph(&[("a", "c"), ("b", "c"), ("d", "c"), ("c", "a"), ("e", "f")]);
        let pr = g.pagerank(0.85, 1e-12, 200);
        let sum: f64 = pr.iter().map(|s| s.score).sum();
        assert!((sum - 1.0).abs() < 1e-9, "{sum}");
        assert_eq!(pr[0].node.id, "c");
        assert!(score(&pr, "f") > score(&pr, "e"));
    }

    #[test]
    fn degree_counts_distinct_neighbours() {
        let g = graph(&[("a", "b"), ("b", "a"), ("a", "c")]);
        let d = g.degree_centrality();
        assert_eq!(d[0].node.id, "a");
        assert_eq!(d[0].score, 2.0);
    }
}
