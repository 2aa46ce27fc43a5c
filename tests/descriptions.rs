//! Definite descriptions through `geokg extract` (issue 14): "both sides", "the two
//! countries" give a triple for each of the two parties the article named; "the island",
//! "the emirate" give the one it named; a description that fits no one named gives none.
//! All sentences are written for these tests.

mod common;

use common::{geokg_in, run_cmd};
use serde_json::Value;

/// The triples `geokg extract` prints for one text file holding `text`.
fn extract(text: &str) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let out = run_cmd(geokg_in(dir.path()).args(["extract", "a.txt"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// (subject id, relation, object id) of the triples of sentence `sentence`.
fn of_sentence(ts: &[Value], sentence: u64) -> Vec<(String, String, String)> {
    ts.iter()
        .filter(|t| t["sentence"] == sentence)
        .map(|t| {
            (
                t["subject"]["id"].as_str().unwrap().to_string(),
                t["relation"].as_str().unwrap().to_string(),
                t["object"]["id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn both_sides_as_object_gives_a_triple_for_each_party() {
    let ts = extract(
        "Israel and Hamas exchanged fire overnight. Egypt urged both sides to respect the truce.\n",
    );
    let second = of_sentence(&ts, 1);
    for party in ["country:ISR", "group:hamas"] {
        assert!(
            second
                .iter()
                .any(|(s, _, o)| s == "country:EGY" && o == party),
            "no triple from Egypt to {party}: {second:?}"
        );
    }
    // the two triples say the same of each
    let relations: Vec<&String> = second.iter().map(|(_, r, _)| r).collect();
    assert!(relations.windows(2).all(|w| w[0] == w[1]), "{second:?}");
}

#[test]
fn the_two_countries_as_object_gives_a_triple_for_each_country() {
    let ts = extract("Armenia and Azerbaijan fought a six-week war. Russia accused the two countries of breaking the ceasefire.\n");
    let second = of_sentence(&ts, 1);
    for party in ["country:ARM", "country:AZE"] {
        assert!(
            second
                .iter()
                .any(|(s, r, o)| s == "country:RUS" && r == "accuses" && o == party),
            "{second:?}"
        );
    }
}

#[test]
fn a_description_of_one_gives_the_one_the_article_named() {
    let ts = extract("China sent warships toward Taiwan on Monday. Beijing threatened the island with sanctions.\n");
    assert!(
        of_sentence(&ts, 1)
            .iter()
            .any(|(s, r, o)| s == "country:CHN" && r == "threatens" && o == "country:TWN"),
        "{ts:?}"
    );
    // a kingdom where only republics were named: no object
    let ts =
        extract("France and Italy met on Monday. Germany threatened the kingdom with sanctions.\n");
    assert!(of_sentence(&ts, 1).is_empty(), "{ts:?}");
}
