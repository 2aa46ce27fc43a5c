//! The knowledge base at scale: the synthetic knowledge base generator (`geokg gen-kb`) is
//! reproducible and skewed, and queries answer from it.

mod common;

use common::{run_in, sql_value};
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

// ---------------------------------------------------------------------------------------
// The graph kept in the knowledge base answers exactly as the triples do
// ---------------------------------------------------------------------------------------

fn sql(kb: &std::path::Path, statements: &str) {
    rusqlite::Connection::open(kb)
        .unwrap()
        .execute_batch(statements)
        .unwrap();
}

/// Every query of `queries` on `kb`, as it prints (JSON and text), one after the other.
fn answers(dir: &std::path::Path, kb: &str, queries: &[Vec<String>]) -> Vec<String> {
    let mut out = Vec::new();
    for q in queries {
        for json in [true, false] {
            let mut args: Vec<&str> = q.iter().map(String::as_str).collect();
            args.extend(["--kb", kb]);
            if json {
                args.push("--json");
            }
            let r = run_in(dir, &args);
            // answered, or found nothing: never an error
            assert_ne!(r.code, 2, "{args:?}: {}", r.stderr);
            // the file's name aside (stats prints it)
            let text = format!("{args:?} exit {}\n{}{}", r.code, r.stdout, r.stderr);
            out.push(text.replace(kb, "KB"));
        }
    }
    out
}

/// Queries over the sample knowledge base: paths and neighbours between its best-connected
/// entities at both levels, history, stats.
fn sample_queries(dir: &std::path::Path, kb: &str) -> Vec<Vec<String>> {
    let r = run_in(dir, &["stats", "--json", "--kb", kb]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s: Value = serde_json::from_str(&r.stdout).unwrap();
    let ids: Vec<String> = s["degree"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["entity"]["id"].as_str().unwrap().to_string())
        .take(6)
        .collect();
    assert!(ids.len() >= 6, "{ids:?}");
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let mut qs = vec![v(&["stats"]), v(&["stats", "--level", "country"])];
    for (i, a) in ids.iter().enumerate() {
        qs.push(v(&["neighbors", a]));
        qs.push(v(&["neighbors", a, "--level", "country", "--limit", "3"]));
        for b in &ids[i + 1..] {
            qs.push(v(&["path", a, b, "-k", "4"]));
            qs.push(v(&["path", b, a, "--level", "country"]));
            qs.push(v(&["history", a, b]));
        }
    }
    // history without the roll-up on either side or on one, with filters (each number of
    // SQL parameters)
    qs.push(v(&["history", &ids[0], &ids[1], "--level", "entity"]));
    qs.push(v(&[
        "history",
        &ids[0],
        &ids[1],
        "--level",
        "entity",
        "--relation",
        "meets,visits",
        "--since",
        "2001",
    ]));
    qs.push(v(&[
        "history",
        &ids[0],
        &ids[1],
        "--polarity",
        "cooperative",
    ]));
    // Filters read the triples, with or without the kept graph.
    qs.push(v(&["path", &ids[0], &ids[1], "--polarity", "conflictual"]));
    qs.push(v(&["neighbors", &ids[0], "--since", "2020"]));
    qs
}

fn same(got: &[String], want: &[String]) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        if g != w {
            let diff: Vec<String> = g
                .lines()
                .zip(w.lines())
                .filter(|(a, b)| a != b)
                .take(5)
                .map(|(a, b)| format!("got  {a}\nwant {b}"))
                .collect();
            panic!(
                "{}: answers differ:\n{}",
                w.lines().next().unwrap_or(""),
                diff.join("\n")
            );
        }
    }
}

#[test]
fn the_kept_graph_answers_as_the_triples_do_and_a_stale_one_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let samples = common::manifest().join("data/samples");
    let files: Vec<std::path::PathBuf> = {
        let mut f: Vec<_> = std::fs::read_dir(&samples)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        f.sort();
        f
    };
    let build = |kb: &str, inputs: &[std::path::PathBuf]| {
        let mut args = vec!["build".to_string(), "--kb".into(), kb.into()];
        args.extend(inputs.iter().map(|p| p.display().to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = run_in(d, &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
    };
    // The first half, then the rest: the graph kept after the first build is an older
    // graph of the same file.
    build("kept.kb", &files[..files.len() / 2]);
    std::fs::copy(d.join("kept.kb"), d.join("half.kb")).unwrap();
    build("kept.kb", &files);
    std::fs::copy(d.join("kept.kb"), d.join("plain.kb")).unwrap();
    sql(&d.join("plain.kb"), "DELETE FROM graph_cache");

    // The build kept a current graph at each level.
    let c = rusqlite::Connection::open(d.join("kept.kb")).unwrap();
    let (levels, stale): (i64, i64) = c
        .query_row(
            "SELECT count(DISTINCT level), sum(generation != (SELECT CAST(value AS INTEGER)
               FROM meta WHERE key = 'generation'))
             FROM graph_cache WHERE level NOT LIKE 'dyads/%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    // at each level the whole graph (one key) and the graph read in pieces (ten keys)
    assert_eq!((levels, stale), (22, 0), "a current graph at each level");
    drop(c);

    let queries = sample_queries(d, "kept.kb");
    let plain = answers(d, "plain.kb", &queries);
    same(&answers(d, "kept.kb", &queries), &plain);

    // A graph of older triples (as a build killed before it refreshed the graph leaves it)
    // is ignored.
    let stale = d.join("stale.kb");
    std::fs::copy(d.join("kept.kb"), &stale).unwrap();
    sql(
        &stale,
        &format!(
            "ATTACH '{}' AS half; DELETE FROM graph_cache;
             INSERT INTO graph_cache SELECT * FROM half.graph_cache;",
            d.join("half.kb").display()
        ),
    );
    same(&answers(d, "stale.kb", &queries), &plain);

    // ... and it is the kept graph that answers when it is current: the older graph given
    // the current generation answers differently.
    sql(
        &stale,
        "UPDATE graph_cache SET generation =
           (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation')",
    );
    assert_ne!(answers(d, "stale.kb", &queries), plain);
}

/// On a generated knowledge base (hubs, many small entities, repeated facts), the graph
/// read in pieces (`src/graph/stored.rs`: path search over the stored arrays, neighbours
/// from their records) answers `path` and `neighbors` exactly as the whole graph built
/// from the triples does.
#[test]
fn the_graph_read_in_pieces_answers_as_the_whole_graph_on_a_generated_kb() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    gen(d, "gen.kb", "40000", "3");
    std::fs::copy(d.join("gen.kb"), d.join("plain.kb")).unwrap();
    sql(&d.join("plain.kb"), "DELETE FROM graph_cache");
    let c = rusqlite::Connection::open(d.join("gen.kb")).unwrap();
    let pieces: i64 = sql_value(
        &c,
        "SELECT count(*) FROM graph_cache WHERE level LIKE 'entity/q%/nbr'",
    );
    assert!(pieces > 10, "{pieces} rows of neighbour records");
    drop(c);
    let mut queries = sample_queries(d, "gen.kb");
    // a few more distant pairs, with longer paths and more of them
    queries.push(vec![
        "path".into(),
        "country:USA".into(),
        "org:synth-0000123".into(),
        "-k".into(),
        "6".into(),
        "--max-hops".into(),
        "5".into(),
    ]);
    queries.push(vec!["neighbors".into(), "person:synth-0000001".into()]);
    let plain = answers(d, "plain.kb", &queries);
    assert!(
        plain
            .iter()
            .filter(|a| a.contains("path(s), best first"))
            .count()
            > 10,
        "paths were found"
    );
    same(&answers(d, "gen.kb", &queries), &plain);
}

/// On a generated knowledge base, `stats` answers from the graph read in pieces (degrees
/// and betweenness from the arrays of path search, the PageRank the build kept) exactly as
/// from the whole graph, kept or built from the triples: every option that changes the
/// centralities, text and JSON.
#[test]
fn stats_from_the_graph_in_pieces_answers_as_the_whole_graph_on_a_generated_kb() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    gen(d, "gen.kb", "40000", "5");
    // the whole graph built from the triples
    std::fs::copy(d.join("gen.kb"), d.join("plain.kb")).unwrap();
    sql(&d.join("plain.kb"), "DELETE FROM graph_cache");
    // the whole graph as the build kept it, without the pieces
    std::fs::copy(d.join("gen.kb"), d.join("whole.kb")).unwrap();
    sql(
        &d.join("whole.kb"),
        "DELETE FROM graph_cache WHERE level LIKE '%/q%'",
    );
    let c = rusqlite::Connection::open(d.join("gen.kb")).unwrap();
    let pagerank: i64 = sql_value(
        &c,
        "SELECT count(*) FROM graph_cache WHERE level LIKE '%/q%/pagerank'",
    );
    assert_eq!(pagerank, 2, "the PageRank kept at each level");
    drop(c);
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let queries = vec![
        v(&["stats"]),
        v(&["stats", "--level", "country"]),
        v(&["stats", "--top", "60"]),
        v(&["stats", "--top", "0"]),
        v(&["stats", "--top", "1000000", "--level", "country"]),
        // estimated from a few sources, and exact
        v(&["stats", "--betweenness-sources", "7", "--top", "15"]),
        v(&["stats", "--betweenness-sources", "1000000", "--top", "15"]),
        // filters read the triples
        v(&["stats", "--polarity", "conflictual"]),
    ];
    let plain = answers(d, "plain.kb", &queries);
    assert!(
        plain.iter().any(|a| a.contains("estimated from 7 sources"))
            && plain.iter().any(|a| a.contains("betweenness (exact")),
        "both kinds of betweenness"
    );
    same(&answers(d, "whole.kb", &queries), &plain);
    same(&answers(d, "gen.kb", &queries), &plain);
}

/// On a generated knowledge base, `history` between two states read from the events by
/// pair of states that the build keeps (`src/kb/dyads.rs`) is the same as read from the
/// triples, for every pair of its busiest states in both orders; with the triples changed
/// since (a newer generation) it reads the triples, and a knowledge base without them (an
/// older geokg's) answers as well.
#[test]
fn history_from_the_kept_dyads_answers_as_the_triples_do_on_a_generated_kb() {
    use geokg::kb::history::{history, history_from_triples, Sides};
    use geokg::kb::{dyads, Filter, KnowledgeBase};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    gen(d, "gen.kb", "20000", "5");
    let kb = KnowledgeBase::open(&d.join("gen.kb")).unwrap();
    let states: Vec<String> = {
        let c = rusqlite::Connection::open(d.join("gen.kb")).unwrap();
        let mut st = c
            .prepare(
                "SELECT e.id FROM entities e JOIN triples t ON t.subject = e.id
                 WHERE e.kind = 'country' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 8",
            )
            .unwrap();
        let rows = st.query_map([], |r| r.get(0));
        rows.unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(states.len(), 8, "{states:?}");
    let f = Filter::default();
    let mut events = 0;
    for a in &states {
        for b in &states {
            let (a, b) = (
                kb.entity(a).unwrap().unwrap(),
                kb.entity(b).unwrap().unwrap(),
            );
            let sides = Sides {
                a: &a,
                b: &b,
                roll_up: true,
            };
            let want = history_from_triples(&kb, sides, &f).unwrap();
            if a.id != b.id {
                let (ca, cb) = (a.country.as_deref().unwrap(), b.country.as_deref().unwrap());
                let kept = dyads::read(&kb, ca, cb).unwrap().expect("current dyads");
                assert_eq!(
                    kept.events.len(),
                    want.total.events + want.total.negated,
                    "{} {}",
                    a.id,
                    b.id
                );
                events += kept.events.len();
            }
            assert_eq!(history(&kb, sides, &f).unwrap(), want, "{} {}", a.id, b.id);
        }
    }
    assert!(events > 200, "{events} events between the states");
    drop(kb);

    // the answers as printed, from the dyads, after the triples changed (stale dyads), and
    // without any (a knowledge base of an older geokg)
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let queries: Vec<Vec<String>> = states[..4]
        .iter()
        .flat_map(|a| {
            states[..4]
                .iter()
                .filter(move |b| *b != a)
                .map(move |b| v(&["history", a, b]))
        })
        .collect();
    let kept = answers(d, "gen.kb", &queries);
    for (name, change) in [
        (
            "none.kb",
            "DELETE FROM graph_cache WHERE level LIKE 'dyads/%'",
        ),
        (
            "stale.kb",
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'",
        ),
    ] {
        std::fs::copy(d.join("gen.kb"), d.join(name)).unwrap();
        sql(&d.join(name), change);
        same(&answers(d, name, &queries), &kept);
        let kb = KnowledgeBase::open(&d.join(name)).unwrap();
        assert!(dyads::read(&kb, "AAA", "BBB").unwrap().is_none(), "{name}");
    }
    // and it is the dyads that answer when they are current: a changed event changes the
    // answer
    std::fs::copy(d.join("gen.kb"), d.join("changed.kb")).unwrap();
    let (ca, cb) = {
        let kb = KnowledgeBase::open(&d.join("gen.kb")).unwrap();
        let c = |id: &str| kb.entity(id).unwrap().unwrap().country.unwrap();
        (c(&states[0]), c(&states[1]))
    };
    let (lo, hi) = if ca < cb { (ca, cb) } else { (cb, ca) };
    let c = rusqlite::Connection::open(d.join("changed.kb")).unwrap();
    let key = dyads::key(&lo, &hi);
    let mut data: Vec<u8> = c
        .query_row(
            "SELECT data FROM graph_cache WHERE level = ?1 AND part = 0",
            [&key],
            |r| r.get(0),
        )
        .unwrap();
    // every event's 'subject is of the first state' flag (after the months, each event
    // is its month, type, flags, polarity and modality, and its Goldstein value if any)
    let u = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().unwrap()) as usize;
    let mut at = 4;
    for _ in 0..u(0) {
        at += 1 + data[at] as usize;
    }
    let n = u(at);
    at += 4;
    assert!(n > 5 && data.len() < 1 << 20, "{n} events in one part");
    for _ in 0..n {
        data[at + 5] ^= 1;
        at += 8 + if data[at + 5] & 4 != 0 { 8 } else { 0 };
    }
    assert_eq!(at, data.len());
    c.execute(
        "UPDATE graph_cache SET data = ?2 WHERE level = ?1 AND part = 0",
        rusqlite::params![key, data],
    )
    .unwrap();
    drop(c);
    assert_ne!(answers(d, "changed.kb", &queries), kept);
}
