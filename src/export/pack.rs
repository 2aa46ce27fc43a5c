//! Packing the connected components of a `dot` drawing into a page.
//!
//! `dot` lays the components of a graph side by side in one row, so a graph of many small
//! components is drawn as one long strip (eighteen two-state components: 1670 × 149 pt).
//! Graphviz's own `pack` attribute loses or misplaces `dot`'s edge labels (Graphviz 2.43),
//! so geokg packs the components itself: `dot` lays the whole graph out once (`-Tjson`),
//! [`pack`] measures each component's box (its nodes, edge splines and edge labels, as
//! Graphviz measured them) and places the boxes in rows, tallest first, in a page about
//! [`ASPECT`] times as wide as it is high; the shifted positions go back into the DOT
//! ([`super::dot::write_placed`]) and `neato -n2` draws it without moving anything.
//!
//! The result is deterministic: `dot` is, and so is the order of the boxes.

use serde_json::Value;
use std::collections::HashMap;

/// The width-to-height ratio the packed page aims at.
pub const ASPECT: f64 = 1.4;

/// Space between two components, in points.
pub const GAP: f64 = 18.0;

/// Where Graphviz should draw each node and edge: DOT `pos` (and `lp` for edge labels)
/// values in points, keyed by the `id` attribute of the node (`n3`) or edge (`e7`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Placement {
    /// Node id → `pos`.
    pub nodes: HashMap<String, String>,
    /// Edge id → (`pos`, `lp` when it has a label).
    pub edges: HashMap<String, (String, Option<String>)>,
}

/// The points of a DOT `pos` value: `x,y`, or splines `e,x,y s,x,y x,y ...` separated by
/// `;`.
fn points(pos: &str) -> Vec<(f64, f64)> {
    pos.split([' ', ';', '\n', '\\'])
        .filter_map(|t| {
            let t = t
                .strip_prefix("e,")
                .or_else(|| t.strip_prefix("s,"))
                .unwrap_or(t);
            let (x, y) = t.split_once(',')?;
            Some((x.parse().ok()?, y.trim_end_matches('!').parse().ok()?))
        })
        .collect()
}

/// A `pos` value moved by (dx, dy), its structure (end points, splines) kept.
fn shifted(pos: &str, dx: f64, dy: f64) -> String {
    let point = |t: &str| -> String {
        let (prefix, t) = match t.get(..2) {
            Some(p @ ("e," | "s,")) => (p, &t[2..]),
            _ => ("", t),
        };
        match t.split_once(',') {
            Some((x, y)) => match (x.parse::<f64>(), y.parse::<f64>()) {
                (Ok(x), Ok(y)) => format!("{prefix}{},{}", num(x + dx), num(y + dy)),
                _ => format!("{prefix}{t}"),
            },
            None => format!("{prefix}{t}"),
        }
    };
    pos.split(';')
        .map(|spline| {
            spline
                .split_whitespace()
                .map(point)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// A coordinate with at most two decimals, as Graphviz writes them.
fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    let s = format!("{r:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A box: x0, y0, x1, y1 (Graphviz's y grows upwards).
type Box4 = [f64; 4];

fn grow(b: &mut Box4, x0: f64, y0: f64, x1: f64, y1: f64) {
    b[0] = b[0].min(x0);
    b[1] = b[1].min(y0);
    b[2] = b[2].max(x1);
    b[3] = b[3].max(y1);
}

/// The box of the text drawn by an xdot `_ldraw_` list: its `T` operations, with the
/// font size of the last `F` before each.
fn text_box(ops: &Value, b: &mut Box4) {
    let mut size = 14.0;
    for op in ops.as_array().into_iter().flatten() {
        match op["op"].as_str() {
            Some("F") => size = number(&op["size"]).unwrap_or(size),
            Some("T") => {
                let (Some(x), Some(y), Some(w)) = (
                    number(&op["pt"][0]),
                    number(&op["pt"][1]),
                    number(&op["width"]),
                ) else {
                    continue;
                };
                let (x0, x1) = match op["align"].as_str() {
                    Some("l") => (x, x + w),
                    Some("r") => (x - w, x),
                    _ => (x - w / 2.0, x + w / 2.0),
                };
                // the baseline is at y: descenders below, the cap height above
                grow(b, x0, y - 0.3 * size, x1, y + size);
            }
            _ => {}
        }
    }
}

/// Packs the components of a `dot -Tjson` layout. `None` when there is nothing to pack
/// (one component or none) or the layout cannot be read.
pub fn pack(layout: &Value) -> Option<Placement> {
    let objects = layout["objects"].as_array()?;
    let edges = layout["edges"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let n = objects.len();
    // connected components, by union-find over the edges' ends (indices into objects)
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for e in edges {
        let (t, h) = (e["tail"].as_u64()? as usize, e["head"].as_u64()? as usize);
        if t >= n || h >= n {
            return None;
        }
        let (a, b) = (find(&mut parent, t), find(&mut parent, h));
        parent[a.max(b)] = a.min(b);
    }
    let roots: Vec<usize> = (0..n).map(|i| find(&mut parent, i)).collect();
    let mut boxes: HashMap<usize, Box4> = HashMap::new();
    let empty = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for (i, o) in objects.iter().enumerate() {
        let &(x, y) = points(o["pos"].as_str()?).first()?;
        let w = number(&o["width"]).unwrap_or(0.0) * 36.0;
        let h = number(&o["height"]).unwrap_or(0.0) * 36.0;
        let b = boxes.entry(roots[i]).or_insert(empty);
        grow(b, x - w, y - h, x + w, y + h);
        text_box(&o["_ldraw_"], b);
    }
    for e in edges {
        let b = boxes
            .entry(roots[e["tail"].as_u64()? as usize])
            .or_insert(empty);
        for (x, y) in points(e["pos"].as_str().unwrap_or("")) {
            grow(b, x, y, x, y);
        }
        text_box(&e["_ldraw_"], b);
    }
    if boxes.len() < 2 {
        return None;
    }
    // tallest first, then as dot placed them (left to right)
    let mut order: Vec<(usize, Box4)> = boxes.into_iter().collect();
    order.sort_by(|(_, a), (_, b)| {
        (b[3] - b[1])
            .total_cmp(&(a[3] - a[1]))
            .then(a[0].total_cmp(&b[0]))
    });
    let area: f64 = order
        .iter()
        .map(|(_, b)| (b[2] - b[0] + GAP) * (b[3] - b[1] + GAP))
        .sum();
    let widest = order.iter().map(|(_, b)| b[2] - b[0]).fold(0.0, f64::max);
    let page_width = widest.max((area * ASPECT).sqrt());
    // rows from the top down: each box's top-left corner goes to (x, y)
    let mut shift: HashMap<usize, (f64, f64)> = HashMap::new();
    let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0f64);
    for (root, b) in &order {
        let (w, h) = (b[2] - b[0], b[3] - b[1]);
        if x > 0.0 && x + w > page_width {
            x = 0.0;
            y -= row_height + GAP;
            row_height = 0.0;
        }
        shift.insert(*root, (x - b[0], y - b[3]));
        x += w + GAP;
        row_height = row_height.max(h);
    }
    let mut out = Placement::default();
    for (i, o) in objects.iter().enumerate() {
        let (dx, dy) = shift[&roots[i]];
        let id = o["id"].as_str().or(o["name"].as_str())?;
        out.nodes
            .insert(id.to_string(), shifted(o["pos"].as_str()?, dx, dy));
    }
    for e in edges {
        let (dx, dy) = shift[&roots[e["tail"].as_u64()? as usize]];
        let id = e["id"].as_str()?;
        let pos = shifted(e["pos"].as_str()?, dx, dy);
        let lp = e["lp"].as_str().map(|lp| shifted(lp, dx, dy));
        out.edges.insert(id.to_string(), (pos, lp));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A layout as `dot -Tjson` gives it: `n` components of two nodes one above the
    /// other, side by side, each with a labelled edge.
    fn strip(n: usize) -> Value {
        let mut objects = Vec::new();
        let mut edges = Vec::new();
        for c in 0..n {
            let x = 40.0 + 90.0 * c as f64;
            for (k, y) in [(0, 100.0), (1, 18.0)] {
                objects.push(
                    json!({"name": format!("n{}", 2 * c + k), "id": format!("n{}", 2 * c + k),
                    "pos": format!("{x},{y}"), "width": "1", "height": "0.5"}),
                );
            }
            edges.push(json!({"tail": 2 * c, "head": 2 * c + 1, "id": format!("e{c}"),
                "pos": format!("e,{x},36 {x},82 {x},70 {x},55 {x},43"), "lp": format!("{},59", x + 20.0),
                "_ldraw_": [{"op": "F", "size": 9.0, "face": "Helvetica"},
                            {"op": "T", "pt": [x + 20.0, 56.8], "align": "c", "width": 40.0, "text": "aids (1)"}]}));
        }
        json!({"objects": objects, "edges": edges})
    }

    fn extent(p: &Placement) -> (f64, f64) {
        let all: Vec<(f64, f64)> = p
            .nodes
            .values()
            .chain(p.edges.values().map(|(pos, _)| pos))
            .flat_map(|s| points(s))
            .collect();
        let w = all.iter().map(|p| p.0).fold(f64::MIN, f64::max)
            - all.iter().map(|p| p.0).fold(f64::MAX, f64::min);
        let h = all.iter().map(|p| p.1).fold(f64::MIN, f64::max)
            - all.iter().map(|p| p.1).fold(f64::MAX, f64::min);
        (w, h)
    }

    #[test]
    fn a_strip_of_components_becomes_a_page() {
        let p = pack(&strip(18)).unwrap();
        assert_eq!((p.nodes.len(), p.edges.len()), (36, 18));
        let (w, h) = extent(&p);
        assert!((0.6..2.5).contains(&(w / h)), "{w} × {h}");
        // each component moved as a whole: an edge still joins its two nodes
        for c in 0..18 {
            let a = points(&p.nodes[&format!("n{}", 2 * c)])[0];
            let b = points(&p.nodes[&format!("n{}", 2 * c + 1)])[0];
            let (pos, lp) = &p.edges[&format!("e{c}")];
            let e = points(pos);
            assert_eq!((a.0 - b.0, a.1 - b.1), (0.0, 82.0));
            assert_eq!(e[0], (b.0, b.1 + 18.0), "the arrow ends at its node");
            assert_eq!(points(lp.as_deref().unwrap())[0], (a.0 + 20.0, a.1 - 41.0));
        }
        // no two nodes overlap (each is 72 × 36 points)
        let all: Vec<(f64, f64)> = p.nodes.values().map(|s| points(s)[0]).collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(
                    (a.0 - b.0).abs() >= 72.0 || (a.1 - b.1).abs() >= 36.0,
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn one_component_is_left_to_dot() {
        assert_eq!(pack(&strip(1)), None);
        assert_eq!(pack(&json!({"objects": []})), None);
    }

    #[test]
    fn positions_keep_their_structure() {
        assert_eq!(shifted("e,1,2 3.5,4 5,6", 10.0, -1.0), "e,11,1 13.5,3 15,5");
        assert_eq!(
            shifted("s,0,0 1,1;e,2,2 3,3", 1.0, 1.0),
            "s,1,1 2,2;e,3,3 4,4"
        );
        assert_eq!(points("e,1,2 3,4"), [(1.0, 2.0), (3.0, 4.0)]);
    }
}
