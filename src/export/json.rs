//! JSON node-link: `{"directed", "multigraph", "graph", "nodes": [...], "links": [...]}`,
//! the layout D3's force simulation and networkx's `node_link_graph` (with its default
//! `links` key, or `edges="links"` in networkx ≥ 3.4) read.
//!
//! Nodes carry their entity id as `id`; links name their ends by those ids (`source`,
//! `target`), carry the relation as `key` (several relations may join the same pair, so the
//! graph is a multigraph), their evidence count and modalities, dates, and `sentences`: every
//! supporting sentence with its article, date, source, URL and byte offsets.

use super::{fmt_num, ExportEdge, ExportNode, Subgraph};
use crate::kb::StoredTriple;
use serde_json::{json, Map, Value};

/// `x` as a JSON number with at most `decimals` decimals (as [`fmt_num`] writes it).
pub(super) fn round(x: f64, decimals: usize) -> Value {
    let s = fmt_num(x, decimals);
    serde_json::from_str(&s).unwrap_or(Value::Null)
}

/// An edge's evidence counts by modality as a JSON object (`{"asserted": 3, …}`).
pub(super) fn modalities_value(e: &ExportEdge) -> Value {
    let modalities: Map<String, Value> = e
        .modalities
        .pairs()
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    Value::Object(modalities)
}

/// A node as a JSON object.
pub fn node_value(n: &ExportNode) -> Value {
    node_object(
        n,
        [("key", json!(n.key())), ("pagerank", round(n.pagerank, 6))],
    )
}

/// A node as a JSON object: what every format that writes one says of it, and the format's
/// own `more` keys (the keys sort, so where they are added does not matter).
pub(super) fn node_object<const N: usize>(n: &ExportNode, more: [(&str, Value); N]) -> Value {
    let mut object = json!({
        "id": n.id,
        "name": n.name,
        "kind": n.kind.as_str(),
        "country": n.country,
        "verified": n.verified(),
        "degree": n.degree,
        "evidence": n.evidence,
    });
    if let Value::Object(o) = &mut object {
        o.extend(more.map(|(k, v)| (k.to_string(), v)));
    }
    object
}

/// A piece of evidence as a JSON object.
pub fn evidence_value(ev: &StoredTriple) -> Value {
    json!({
        "text": ev.text,
        "article": ev.article,
        "title": ev.title,
        "date": ev.date,
        "published": ev.published,
        "source": ev.source,
        "url": ev.url,
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
        "subject": ev.subject,
        "object": ev.object,
        "modality": ev.modality,
        "confidence": round(ev.confidence, 3),
        "claimed_by": ev.claimed_by,
        "plover": ev.plover,
        "cameo": ev.cameo,
    })
}

/// An edge as a JSON link (ends named by entity id), with its sentences.
pub fn link_value(sg: &Subgraph, e: &ExportEdge) -> Value {
    json!({
        "source": sg.node(e.source).id,
        "target": sg.node(e.target).id,
        "key": e.relation,
        "id": e.key(),
        "relation": e.relation,
        "label": e.label,
        "polarity": e.polarity,
        "symmetric": e.symmetric,
        "plover": e.plover,
        "evidence": e.count(),
        "modalities": modalities_value(e),
        "first_date": e.first_date,
        "last_date": e.last_date,
        "max_confidence": round(e.max_confidence, 3),
        "sentences": e.evidence.iter().map(evidence_value).collect::<Vec<_>>(),
    })
}

/// The whole subgraph as a node-link JSON value.
pub fn value(sg: &Subgraph, title: &str) -> Value {
    json!({
        "directed": true,
        "multigraph": true,
        "graph": {"name": title, "selection": sg.description},
        "nodes": sg.nodes.iter().map(node_value).collect::<Vec<_>>(),
        "links": sg.edges.iter().map(|e| link_value(sg, e)).collect::<Vec<_>>(),
    })
}

/// The subgraph as pretty-printed node-link JSON, ending with a newline.
pub fn write(sg: &Subgraph, title: &str) -> String {
    let mut s = serde_json::to_string_pretty(&value(sg, title)).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::select::tests::snapshot;
    use crate::export::Selection;

    #[test]
    fn node_link_counts_and_references() {
        let sg = Selection::default().apply(&snapshot()).unwrap();
        let v: Value = serde_json::from_str(&write(&sg, "t")).unwrap();
        let nodes = v["nodes"].as_array().unwrap();
        let links = v["links"].as_array().unwrap();
        assert_eq!((nodes.len(), links.len()), (sg.nodes.len(), sg.edges.len()));
        let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
        for l in links {
            assert!(ids.contains(&l["source"].as_str().unwrap()));
            assert!(ids.contains(&l["target"].as_str().unwrap()));
            assert_eq!(
                l["sentences"].as_array().unwrap().len() as u64,
                l["evidence"].as_u64().unwrap()
            );
        }
    }
}
