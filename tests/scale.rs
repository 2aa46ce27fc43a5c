//! The knowledge base at scale: the synthetic knowledge base generator (`geokg gen-kb`) is
//! reproducible and skewed, and queries answer from it.

mod common;

use common::run_in;
use serde_json::Value;

fn gen(dir: &std::path::Path, name: &str, triples: &str, seed: &str) {
    let r = run_in(
        dir,
        &["gen-kb", "--triples", triples, "--seed", seed, "-o", name],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

fn export_json(dir: &std::path::Path, kb: &str) -> String {
    let r = run_in(dir, &["export", "--kb", kb, "-f", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
}

#[test]
fn gen_kb_is_reproducible_skewed_and_refuses_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    gen(d, "a.kb", "3000", "7");
    gen(d, "b.kb", "3000", "7");
    gen(d, "c.kb", "3000", "8");
    assert_eq!(export_json(d, "a.kb"), export_json(d, "b.kb"));
    assert_ne!(export_json(d, "a.kb"), export_json(d, "c.kb"));

    let r = run_in(d, &["stats", "--json", "--kb", "a.kb"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(s["tables"]["triples"], 3000);
    // Facts repeat (several reports of one event) and a few hubs hold much of the graph.
    let edges = s["graph"]["edges"].as_u64().unwrap();
    assert!(
        edges < 1500 && edges > 500,
        "{edges} edges for 3000 triples"
    );
    let top = &s["degree"][0];
    let degree = top["score"].as_f64().unwrap();
    assert!(
        degree > 30.0,
        "the biggest hub has {degree} neighbours: {top}"
    );

    let again = run_in(d, &["gen-kb", "--triples", "10", "-o", "a.kb"]);
    assert_eq!(again.code, 2);
    again.says(&["a.kb", "exists"]);
}
