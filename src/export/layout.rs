//! A deterministic force-directed layout (Fruchterman–Reingold with gravity, per connected
//! component, components packed in rows) for the HTML page and GEXF positions: the same
//! subgraph always gets the same coordinates.
//!
//! Start positions come from an integer hash of each node's index (hubs are placed first,
//! nearer the centre), and the simulation uses only `+ − × ÷` and `sqrt`, which IEEE 754
//! rounds exactly, so the coordinates do not depend on the platform's maths library. Up to
//! [`EXACT_LIMIT`] nodes every pair repels; beyond, only nodes in neighbouring grid cells
//! do, which keeps a step linear in the graph's size. Coordinates are rounded to 0.1.

use super::Subgraph;

/// The ideal distance between linked nodes, in output units (pixels in the HTML page).
pub const EDGE_LENGTH: f64 = 70.0;

/// Above this many nodes, repulsion is cut off beyond neighbouring grid cells.
pub const EXACT_LIMIT: usize = 600;

/// A position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal, growing to the right.
    pub x: f64,
    /// Vertical, growing downwards.
    pub y: f64,
}

/// SplitMix64: a fixed, portable stream of pseudo-random bits.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A number in [-1, 1) from a seed.
fn unit(seed: u64) -> f64 {
    (mix(seed) >> 11) as f64 / (1u64 << 52) as f64 - 1.0
}

/// Positions for every node of `sg`, in node order, centred on (0, 0). Each connected
/// component is laid out on its own; the components are then packed in rows, largest
/// first, like Graphviz's `pack`.
pub fn layout(sg: &Subgraph) -> Vec<Point> {
    let n = sg.nodes.len();
    if n == 0 {
        return Vec::new();
    }
    // Distinct linked pairs, each once.
    let mut pairs: Vec<(usize, usize)> = sg
        .edges
        .iter()
        .map(|e| (e.source.min(e.target), e.source.max(e.target)))
        .filter(|(a, b)| a != b)
        .collect();
    pairs.sort_unstable();
    pairs.dedup();

    // Connected components (union-find), each listed by node index.
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b) in &pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut members: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = find(&mut parent, i);
        members.entry(r).or_default().push(i);
    }
    let mut components: Vec<Vec<usize>> = members.into_values().collect();
    components.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));

    // Lay out each, then pack the boxes in rows.
    let mut local_index = vec![0usize; n];
    let mut comp_of = vec![0usize; n];
    for (c, comp) in components.iter().enumerate() {
        for (li, &g) in comp.iter().enumerate() {
            local_index[g] = li;
            comp_of[g] = c;
        }
    }
    let mut comp_pairs: Vec<Vec<(usize, usize)>> = vec![Vec::new(); components.len()];
    for &(a, b) in &pairs {
        comp_pairs[comp_of[a]].push((local_index[a], local_index[b]));
    }
    let mut placed: Vec<(Vec<usize>, Vec<Point>, f64, f64)> = Vec::new();
    for (comp, local_pairs) in components.iter().zip(&comp_pairs) {
        let degree: Vec<usize> = comp.iter().map(|&g| sg.nodes[g].degree).collect();
        let pos = force(comp, local_pairs, &degree);
        let (x0, x1, y0, y1) = bounds(&pos);
        let pos: Vec<Point> = pos
            .iter()
            .map(|p| Point {
                x: p.x - x0,
                y: p.y - y0,
            })
            .collect();
        placed.push((comp.clone(), pos, x1 - x0, y1 - y0));
    }
    let margin = EDGE_LENGTH;
    let area: f64 = placed
        .iter()
        .map(|(_, _, w, h)| (w + margin) * (h + margin))
        .sum();
    let widest = placed
        .iter()
        .map(|(_, _, w, _)| w + margin)
        .fold(0.0, f64::max);
    let row_width = widest.max(area.sqrt() * 1.4);
    let mut out = vec![Point { x: 0.0, y: 0.0 }; n];
    let (mut x, mut y, mut row_h) = (0.0, 0.0, 0.0f64);
    for (comp, pos, w, h) in &placed {
        if x > 0.0 && x + w > row_width {
            x = 0.0;
            y += row_h + margin;
            row_h = 0.0;
        }
        for (&g, p) in comp.iter().zip(pos) {
            out[g] = Point {
                x: x + p.x,
                y: y + p.y,
            };
        }
        x += w + margin;
        row_h = row_h.max(*h);
    }

    // Centre on the bounding box and round.
    let (x0, x1, y0, y1) = bounds(&out);
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    out.iter()
        .map(|p| Point {
            x: ((p.x - cx) * 10.0).round() / 10.0 + 0.0,
            y: ((p.y - cy) * 10.0).round() / 10.0 + 0.0,
        })
        .collect()
}

fn bounds(pos: &[Point]) -> (f64, f64, f64, f64) {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for p in pos {
        x0 = x0.min(p.x);
        x1 = x1.max(p.x);
        y0 = y0.min(p.y);
        y1 = y1.max(p.y);
    }
    if pos.is_empty() {
        (0.0, 0.0, 0.0, 0.0)
    } else {
        (x0, x1, y0, y1)
    }
}

/// Fruchterman–Reingold with gravity over one connected component: `ids` are the nodes'
/// indices in the subgraph (they seed the start positions), `pairs` and `degree` are in
/// local indices.
fn force(ids: &[usize], pairs: &[(usize, usize)], degree: &[usize]) -> Vec<Point> {
    let n = ids.len();
    let k = EDGE_LENGTH;
    if n == 1 {
        return vec![Point { x: 0.0, y: 0.0 }];
    }
    // Start: hubs first, in a square that grows with the rank.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| degree[b].cmp(&degree[a]).then(a.cmp(&b)));
    let mut pos = vec![Point { x: 0.0, y: 0.0 }; n];
    for (rank, &i) in order.iter().enumerate() {
        let r = k * 0.5 * ((rank + 1) as f64).sqrt();
        let seed = 2 * ids[i] as u64;
        pos[i] = Point {
            x: r * unit(seed),
            y: r * unit(seed + 1),
        };
    }
    let iterations = if n <= 300 {
        300
    } else if n <= 2000 {
        200
    } else {
        100
    };
    let mut temperature = k * (n as f64).sqrt() * 0.5;
    let cooling = temperature / iterations as f64;
    // Gravity keeps a component together. Without a cut-off, repulsion grows with the
    // number of nodes, so gravity does too; with the grid cut-off it must not, or it would
    // crush large components into a few crowded cells.
    let gravity = if n <= EXACT_LIMIT {
        0.02 * (n as f64).sqrt()
    } else {
        0.03
    };
    let cell = 3.0 * k;
    let mut disp = vec![Point { x: 0.0, y: 0.0 }; n];
    for _ in 0..iterations {
        disp.iter_mut().for_each(|d| *d = Point { x: 0.0, y: 0.0 });
        let repel = |i: usize, j: usize, pos: &[Point], disp: &mut [Point]| {
            let (dx, dy) = (pos[i].x - pos[j].x, pos[i].y - pos[j].y);
            let mut d2 = dx * dx + dy * dy;
            let (dx, dy) = if d2 < 1e-6 {
                // Coincident: push apart along a fixed direction.
                d2 = 1e-2;
                (0.1 * unit(i as u64 * 31 + j as u64), 0.1)
            } else {
                (dx, dy)
            };
            let f = k * k / d2;
            disp[i].x += dx * f;
            disp[i].y += dy * f;
            disp[j].x -= dx * f;
            disp[j].y -= dy * f;
        };
        if n <= EXACT_LIMIT {
            for i in 0..n {
                for j in i + 1..n {
                    repel(i, j, &pos, &mut disp);
                }
            }
        } else {
            let key = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
            let mut grid: std::collections::BTreeMap<(i64, i64), Vec<usize>> =
                std::collections::BTreeMap::new();
            for (i, &p) in pos.iter().enumerate() {
                grid.entry(key(p)).or_default().push(i);
            }
            for i in 0..n {
                let (cx, cy) = key(pos[i]);
                for gx in cx - 1..=cx + 1 {
                    for gy in cy - 1..=cy + 1 {
                        if let Some(members) = grid.get(&(gx, gy)) {
                            for &j in members {
                                if j > i {
                                    repel(i, j, &pos, &mut disp);
                                }
                            }
                        }
                    }
                }
            }
        }
        for &(a, b) in pairs {
            let (dx, dy) = (pos[a].x - pos[b].x, pos[a].y - pos[b].y);
            let d = (dx * dx + dy * dy).sqrt();
            let f = d / k;
            disp[a].x -= dx * f;
            disp[a].y -= dy * f;
            disp[b].x += dx * f;
            disp[b].y += dy * f;
        }
        for (p, d) in pos.iter_mut().zip(disp.iter_mut()) {
            d.x -= gravity * p.x;
            d.y -= gravity * p.y;
            let len = (d.x * d.x + d.y * d.y).sqrt();
            if len > 0.0 {
                let step = len.min(temperature);
                p.x += d.x / len * step;
                p.y += d.y / len * step;
            }
        }
        temperature = (temperature - cooling).max(k * 0.01);
    }

    pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::select::tests::snapshot;
    use crate::export::Selection;

    #[test]
    fn layout_is_deterministic_and_spread() {
        let sg = Selection::default().apply(&snapshot()).unwrap();
        let a = layout(&sg);
        assert_eq!(a, layout(&sg));
        assert_eq!(a.len(), sg.nodes.len());
        for (i, p) in a.iter().enumerate() {
            assert!(p.x.is_finite() && p.y.is_finite());
            for q in &a[i + 1..] {
                let d = ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt();
                assert!(d > EDGE_LENGTH * 0.2, "nodes too close: {p:?} {q:?}");
            }
        }
    }
}

#[cfg(test)]
mod scale {
    use super::*;
    use crate::export::{ExportEdge, ExportNode};
    use crate::model::Kind;

    /// A random hub-heavy graph of `n` nodes.
    pub(super) fn synthetic(n: usize) -> Subgraph {
        let nodes = (0..n)
            .map(|i| ExportNode {
                index: i,
                id: format!("x:{i:06}"),
                name: format!("X{i}"),
                kind: Kind::Other,
                country: None,
                degree: 0,
                evidence: 1,
                pagerank: 0.0,
            })
            .collect::<Vec<_>>();
        let mut edges = Vec::new();
        for i in 1..n {
            // Preferential-looking attachment: low indices are hubs.
            let j = (mix(i as u64) % (i as u64)) as usize;
            let j = j * j / i.max(1);
            edges.push(ExportEdge {
                index: edges.len(),
                source: i,
                target: j,
                relation: "r".into(),
                label: "r".into(),
                polarity: crate::model::Polarity::Neutral,
                symmetric: false,
                plover: None,
                modalities: Default::default(),
                first_date: None,
                last_date: None,
                max_confidence: 0.5,
                evidence: Vec::new(),
            });
        }
        let mut sg = Subgraph {
            nodes,
            edges,
            description: String::new(),
        };
        for e in sg.edges.clone() {
            sg.nodes[e.source].degree += 1;
            sg.nodes[e.target].degree += 1;
        }
        sg
    }

    #[test]
    #[ignore = "timing: cargo test --release --lib layout -- --ignored --nocapture"]
    fn large_graphs_lay_out_in_reasonable_time() {
        for n in [500, 2_000, 20_000] {
            let sg = synthetic(n);
            let t = std::time::Instant::now();
            let pos = layout(&sg);
            let (x0, x1, y0, y1) = bounds(&pos);
            eprintln!(
                "{n} nodes: {:.2} s, {:.0} x {:.0}",
                t.elapsed().as_secs_f64(),
                x1 - x0,
                y1 - y0
            );
        }
    }
}
