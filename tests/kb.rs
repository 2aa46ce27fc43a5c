//! The knowledge-base commands end to end: build (idempotent, order-independent,
//! corrections), path, neighbors, stats and history, as text and JSON, with their exit
//! codes. The articles are written here, besides the shared seed article. Bad input is
//! `tests/robust.rs`'s.

mod common;

use common::{dyad_rows, geokg_in, shared, strings_at};
use serde_json::Value;
use std::path::{Path, PathBuf};

const ARTICLE_A: &str = "Andes talks\n\n\
Chile's president met Peru's foreign minister in Lima on Monday. \
Peru accused Bolivia of shelling border posts. \
Bolivia attacked Paraguay on Tuesday.\n";

const ARTICLE_B: &str = "Southern cone\n\n\
Argentina sanctioned Paraguay. \
Brazil's president visited Argentina. \
Uruguay criticized Brazil.\n";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

/// Runs `geokg ARGS...` in `dir` and asserts its exit code.
fn exits(dir: &Path, args: &[&str], code: i32) {
    geokg_in(dir).args(args).assert().code(code);
}

/// Runs `geokg ARGS...` in `dir`, which must succeed; returns its standard output.
fn stdout_of(dir: &Path, args: &[&str]) -> String {
    let out = geokg_in(dir).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "geokg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// What `geokg ARGS...` in `dir`, which must succeed, printed as JSON.
fn json_of(dir: &Path, args: &[&str]) -> Value {
    json(stdout_of(dir, args).as_bytes())
}

fn stats(dir: &Path, kb: &str) -> Value {
    json_of(dir, &["stats", "--json", "--kb", kb])
}

/// A knowledge base built from both articles, in the default place.
fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE_A);
    write(dir.path(), "b.txt", ARTICLE_B);
    exits(dir.path(), &["build", "a.txt", "b.txt"], 0);
    assert!(
        dir.path().join("geokg.kb").exists(),
        "the default knowledge base is ./geokg.kb"
    );
    dir
}

#[test]
fn build_twice_changes_nothing_and_order_does_not_matter() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE_A);
    write(dir.path(), "b.txt", ARTICLE_B);
    exits(dir.path(), &["build", "a.txt", "b.txt", "--kb", "ab.kb"], 0);
    let once = stats(dir.path(), "ab.kb");
    exits(dir.path(), &["build", "a.txt", "b.txt", "--kb", "ab.kb"], 0);
    let twice = stats(dir.path(), "ab.kb");
    assert_eq!(once["tables"], twice["tables"]);
    assert!(once["tables"]["triples"].as_i64().unwrap() > 0);

    exits(dir.path(), &["build", "b.txt", "--kb", "ba.kb"], 0);
    exits(dir.path(), &["build", "a.txt", "--kb", "ba.kb"], 0);
    let ba = stats(dir.path(), "ba.kb");
    assert_eq!(once["tables"], ba["tables"]);
    // Same edges, compared through the library's export.
    let ab = geokg::kb::KnowledgeBase::open(&dir.path().join("ab.kb"))
        .unwrap()
        .export_edges()
        .unwrap();
    let ba = geokg::kb::KnowledgeBase::open(&dir.path().join("ba.kb"))
        .unwrap()
        .export_edges()
        .unwrap();
    assert_eq!(ab, ba);
}

#[test]
fn a_corrected_article_replaces_its_triples() {
    let dir = built();
    let before = stats(dir.path(), "geokg.kb");
    write(
        dir.path(),
        "a.txt",
        "Andes talks\n\nChile's president met Peru's foreign minister in Lima on Monday.\n",
    );
    exits(dir.path(), &["build", "a.txt"], 0);
    let after = stats(dir.path(), "geokg.kb");
    assert_eq!(after["tables"]["articles"], before["tables"]["articles"]);
    assert!(after["tables"]["triples"].as_i64() < before["tables"]["triples"].as_i64());
    // Bolivia no longer accused by Peru: only the B article's facts and the meeting remain.
    exits(dir.path(), &["path", "Peru", "Bolivia"], 1);
}

#[test]
fn env_var_names_the_knowledge_base() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE_A);
    geokg_in(dir.path())
        .env("GEOKG_KB", "env.kb")
        .args(["build", "a.txt"])
        .assert()
        .success();
    assert!(dir.path().join("env.kb").exists());
    geokg_in(dir.path())
        .env("GEOKG_KB", "env.kb")
        .args(["neighbors", "Peru"])
        .assert()
        .success();
}

#[test]
fn path_text_and_json_agree() {
    let dir = built();
    // Peru – Bolivia – Paraguay – Argentina, through the two articles.
    let text = stdout_of(dir.path(), &["path", "Lima", "Buenos Aires"]);
    assert!(
        text.contains("Peru") && text.contains("Bolivia") && text.contains("Paraguay"),
        "{text}"
    );
    assert!(
        text.contains("Peru accused Bolivia of shelling border posts."),
        "{text}"
    );

    let v = json_of(dir.path(), &["path", "Lima", "Buenos Aires", "--json"]);
    assert_eq!(v["from"]["id"], "country:PER");
    assert_eq!(v["to"]["id"], "country:ARG");
    let first = &v["paths"][0];
    let names = strings_at(&first["nodes"], "/name");
    assert_eq!(names, ["Peru", "Bolivia", "Paraguay", "Argentina"]);
    for hop in first["hops"].as_array().unwrap() {
        let ev = &hop["evidence"];
        let sentence = ev["text"].as_str().unwrap();
        assert!(
            ARTICLE_A.contains(sentence) || ARTICLE_B.contains(sentence),
            "{sentence}"
        );
        assert!(
            text.contains(sentence),
            "the text output cites the same sentence: {sentence}"
        );
        assert!(hop["evidence_count"].as_u64().unwrap() >= 1);
        assert!(["forward", "backward", "both"].contains(&hop["direction"].as_str().unwrap()));
    }
    // Filters: only conflict leaves Peru–Bolivia–Paraguay–Argentina, but not with a hop limit of 2.
    for (filter, code) in [
        (["--polarity", "conflictual"], 0),
        (["--max-hops", "2"], 1),
        (["--relation", "meets"], 1),
        (["--until", "1990"], 1),
    ] {
        let args = [["path", "Peru", "Argentina"].as_slice(), &filter].concat();
        exits(dir.path(), &args, code);
    }
}

#[test]
fn unknown_names_bad_options_and_missing_kb() {
    let dir = built();
    exits(dir.path(), &["path", "Atlantis", "Peru"], 1);
    // Known to the lexicon but not in the knowledge base.
    let out = geokg_in(dir.path())
        .args(["neighbors", "Norway"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not in the knowledge base"));
    for args in [
        ["path", "Peru", "Chile", "--relation", "hugs"].as_slice(),
        &["path", "Peru", "Chile", "--since", "last week"],
        &["stats", "--kb", "nowhere.kb"],
    ] {
        exits(dir.path(), args, 2);
    }
    assert!(
        !dir.path().join("nowhere.kb").exists(),
        "queries never create a knowledge base"
    );
}

#[test]
fn neighbors_stats_and_history() {
    let dir = built();
    let text = stdout_of(dir.path(), &["neighbors", "Paraguay"]);
    assert!(
        text.contains("Bolivia") && text.contains("Argentina"),
        "{text}"
    );
    let v = json_of(dir.path(), &["neighbors", "Paraguay", "--json"]);
    let ids = strings_at(&v["neighbors"], "/entity/id");
    assert!(
        ids.contains(&"country:BOL") && ids.contains(&"country:ARG"),
        "{ids:?}"
    );

    let text = stdout_of(dir.path(), &["stats"]);
    assert!(
        text.contains("PageRank") && text.contains("betweenness"),
        "{text}"
    );
    let v = stats(dir.path(), "geokg.kb");
    let pr: f64 = v["pagerank"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["score"].as_f64().unwrap())
        .sum();
    assert!(pr > 0.0 && pr <= 1.0 + 1e-9);
    assert!(v["betweenness"]["exact"].as_bool().unwrap());

    let text = stdout_of(dir.path(), &["history", "Peru", "Bolivia"]);
    assert!(text.contains("ACCUSE"), "{text}");
    let v = json_of(dir.path(), &["history", "Peru", "Bolivia", "--json"]);
    let total = &v["total"];
    assert!(
        total["events"].as_u64().unwrap() + v["undated"].as_u64().unwrap() >= 1,
        "{v}"
    );
    exits(dir.path(), &["history", "Chile", "Uruguay"], 1);
}

#[test]
fn dated_history_has_months_and_a_score() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id":"m1","date":"2023-01-15","text":"Peru accused Bolivia of shelling border posts."}"#,
        r#"{"id":"m2","date":"2023-03-02","text":"Peru's president met Bolivia's president in La Paz."}"#,
    ];
    write(dir.path(), "m.jsonl", &lines.join("\n"));
    exits(dir.path(), &["build", "m.jsonl"], 0);
    let v = json_of(dir.path(), &["history", "Peru", "Bolivia", "--json"]);
    let months = strings_at(&v["months"], "/month");
    assert_eq!(months, ["2023-01", "2023-03"], "{v}");
    assert!(v["months"][0]["goldstein"].as_f64().unwrap() < 0.0);
    assert!(v["months"][1]["goldstein"].as_f64().unwrap() > 0.0);
    // The presidents meet: at entity level Peru and Bolivia are not adjacent after
    // February; at country level the presidents roll up to their states.
    let since = ["--since", "2023-02", "--max-hops", "1"];
    geokg_in(dir.path())
        .args(["path", "Peru", "Bolivia"])
        .args(since)
        .assert()
        .code(1);
    geokg_in(dir.path())
        .args(["path", "Peru", "Bolivia", "--level", "country"])
        .args(since)
        .assert()
        .success();
}

#[test]
fn seed_article_connects_iran_and_ukraine_through_russia() {
    let Some(seed) = shared("seed/000_0d9eee9be94274ac.txt") else {
        return;
    };
    let article = std::fs::read_to_string(&seed).unwrap();
    let dir = tempfile::tempdir().unwrap();
    geokg_in(dir.path())
        .arg("build")
        .arg(&seed)
        .assert()
        .success();
    let v = json_of(dir.path(), &["path", "Iran", "Ukraine", "--json"]);
    let first = &v["paths"][0];
    let ids = strings_at(&first["nodes"], "/id");
    assert_eq!(ids, ["country:IRN", "country:RUS", "country:UKR"]);
    let text = stdout_of(dir.path(), &["path", "Iran", "Ukraine"]);
    for hop in first["hops"].as_array().unwrap() {
        let ev = &hop["evidence"];
        let (s, e) = (
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        let sentence = ev["text"].as_str().unwrap();
        assert!(article.contains(sentence), "{sentence}");
        assert!(s < e && e - s == sentence.len());
        assert!(
            text.contains(&sentence.split_whitespace().collect::<Vec<_>>().join(" ")),
            "{text}"
        );
    }
    exits(dir.path(), &["path", "Tehran", "Ukraine"], 0);
}

/// `geokg build --triples DIR` stores articles and triples extracted elsewhere (as the
/// Spark job writes them: part files, `_SUCCESS`) without extracting, articles without
/// triples included: the knowledge base has the same statistics as `geokg build` on the
/// same articles, apart from its path and the time of its build.
#[test]
fn build_from_prebuilt_triples_equals_build() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let samples = common::manifest().join("data/samples/wire_briefs.jsonl");
    let mut articles = std::fs::read_to_string(samples).unwrap();
    articles.push_str(
        "{\"id\":\"quiet\",\"date\":\"2024-01-02\",\"text\":\"The weather was mild in the capital.\"}\n",
    );
    articles.push_str(&format!(
        "{{\"text\":{:?}}}\n",
        "LIMA, May 3, 2021 - Peru accused Bolivia of shelling border posts."
    ));
    write(d, "articles.jsonl", &articles);
    let lines = stdout_of(d, &["extract", "articles.jsonl"]);
    assert!(!lines.is_empty());
    for sub in ["pre/articles/x=1", "pre/triples"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    write(d, "pre/articles/x=1/part-00000.json", &articles);
    write(d, "pre/articles/_SUCCESS", "");
    let (first, rest) = lines.split_at(lines.find('\n').unwrap() + 1);
    write(d, "pre/triples/part-00000.txt", first);
    write(d, "pre/triples/part-00001.txt", rest);
    write(d, "pre/triples/.part-00001.txt.crc", "not a triple");

    exits(d, &["build", "articles.jsonl", "--kb", "a.kb"], 0);
    let run = common::run_in(d, &["build", "--triples", "pre", "--kb", "b.kb"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let strip = |mut v: Value| {
        let o = v.as_object_mut().unwrap();
        assert!(o.remove("kb").is_some() && o.remove("last_build").is_some());
        v
    };
    let (a, b) = (strip(stats(d, "a.kb")), strip(stats(d, "b.kb")));
    assert_eq!(a, b);
    assert!(a.to_string().contains("\"articles\":5"), "{a}");
    // b.kb was new: a bulk load, moved into place whole, nothing left beside it
    assert!(!d.join("b.kb.bulk").exists());
    // it answers queries as the regular build does (both levels, from the kept graph)
    let t: Value = serde_json::from_str(first.trim()).unwrap();
    let (s, o) = (
        t["subject"]["name"].as_str().unwrap(),
        t["object"]["name"].as_str().unwrap(),
    );
    for q in [
        vec!["path", s, o, "--json"],
        vec!["path", s, o, "--level", "country"],
        vec!["neighbors", s, "--json"],
        vec!["neighbors", o, "--level", "country"],
        vec!["history", s, o, "--json"],
        vec!["stats", "--top", "0"],
    ] {
        let answer = |kb: &str| {
            let mut args = q.clone();
            args.extend(["--kb", kb]);
            let r = common::run_in(d, &args);
            (r.code, r.stdout.replace(kb, "KB"))
        };
        assert_eq!(answer("a.kb"), answer("b.kb"), "{q:?}");
    }
    // the events by pair of states kept for `history`: the same rows, made from the
    // triples as written (bulk) and read back (regular build)
    let kept = dyad_rows(&d.join("a.kb"));
    assert!(kept.len() >= 2, "a head and at least one pair: {kept:?}");
    assert_eq!(dyad_rows(&d.join("b.kb")), kept);
    // into a knowledge base that holds articles, the incremental build: nothing changes
    let again = common::run_in(d, &["build", "--triples", "pre", "--kb", "a.kb"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    again.says(&["0 new", "5 unchanged"]);
    assert_eq!(strip(stats(d, "a.kb")), a);
    // the empty file and the unfinished file a killed bulk load leaves: loaded anew
    write(d, "k.kb", "");
    write(d, "k.kb.bulk", "an unfinished bulk load");
    // queries take the empty file for no knowledge base, and write nothing into it
    let q = common::run_in(d, &["stats", "--kb", "k.kb"]);
    assert_ne!(q.code, 0, "{}", q.stderr);
    q.says(&["no knowledge base at"]);
    assert_eq!(std::fs::metadata(d.join("k.kb")).unwrap().len(), 0);
    assert!(!d.join("k.kb-wal").exists());
    let run = common::run_in(d, &["build", "--triples", "pre", "--kb", "k.kb"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(strip(stats(d, "k.kb")), a);
    assert!(!d.join("k.kb.bulk").exists());

    // a bad line and a triple of an unknown article are reported, the rest is built
    write(d, "pre/triples/part-00002.txt", "{\"article\": 3}\n");
    let orphan =
        rest.lines()
            .next()
            .unwrap()
            .replacen("\"article\":\"", "\"article\":\"elsewhere-", 1);
    write(d, "pre/triples/part-00003.txt", &format!("{orphan}\n"));
    let run = common::run_in(d, &["build", "--triples", "pre", "--kb", "c.kb"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.says(&["part-00002.txt:1", "not a triple of `geokg extract`"]);
    run.says(&["triple(s) of article \"elsewhere-", "does not hold"]);
    assert_eq!(
        strip(stats(d, "c.kb"))["triples"],
        strip(stats(d, "a.kb"))["triples"]
    );
}
