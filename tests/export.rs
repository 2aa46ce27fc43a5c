//! `geokg export` end to end. Every format is read back by an independent consumer and its
//! counts compared with the knowledge base's: Graphviz's `dot` parses the DOT (and draws
//! SVG/PNG), roxmltree parses GraphML, GEXF and the SVG, serde_json the node-link JSON, the
//! `csv` crate the CSV files; headless Chromium opens the HTML page, searches for "Iran" and
//! clicks an edge. Golden files (`tests/golden/`) pin every text format for a fixture
//! written here; `GEOKG_BLESS=1 cargo test --test export` rewrites them.
//!
//! Knowledge bases are built from the project's own articles in `data/samples/` (and from
//! the shared seed article in `../shared`). A test that needs `dot`, `chromium` or
//! `../shared` fails under CI when it is missing, and says it did not run elsewhere
//! (`tests/common`).

mod common;

use common::{
    artefact_dir, dump_dom, geokg, have, manifest, path_str, pre_json, run, run_limited, run_ok,
    sample_files, samples_kb, screenshot, shared,
};
use geokg::export::{self, Artefact, ExportFormat, KbSnapshot, Options, Selection};
use geokg::kb::{RelationInfo, StoredTriple};
use geokg::model::{EntityRef, Kind};
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------

/// What the knowledge base holds: entities that have an edge, edges, triples (the
/// triples' sentences, sorted).
struct KbCounts {
    nodes: usize,
    edges: usize,
    triples: usize,
    texts: Vec<String>,
}

/// The samples' knowledge base ([`samples_kb`]) as an argument, and what it holds.
fn samples() -> (String, KbCounts) {
    (path_str(samples_kb()), kb_counts(samples_kb()))
}

fn kb_counts(kb: &Path) -> KbCounts {
    let conn = rusqlite::Connection::open(kb).unwrap();
    let one =
        |sql: &str| -> usize { conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as usize };
    let mut st = conn
        .prepare("SELECT text FROM triples ORDER BY text")
        .unwrap();
    let texts = st
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    KbCounts {
        nodes: one("SELECT count(*) FROM (SELECT subject FROM edges WHERE evidence > 0 UNION SELECT object FROM edges WHERE evidence > 0)"),
        edges: one("SELECT count(*) FROM edges WHERE evidence > 0"),
        triples: one("SELECT count(*) FROM triples"),
        texts,
    }
}

fn xml_counts(text: &str, node_tag: &str, edge_tag: &str) -> (usize, usize) {
    let doc = roxmltree::Document::parse(text).expect("well-formed XML");
    let nodes: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name(node_tag))
        .collect();
    let ids: std::collections::HashSet<&str> =
        nodes.iter().filter_map(|n| n.attribute("id")).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids are unique");
    let edges: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name(edge_tag))
        .collect();
    for e in &edges {
        for end in ["source", "target"] {
            let v = e.attribute(end).expect("edge end");
            assert!(ids.contains(v), "edge {end} {v:?} is a node");
        }
    }
    (nodes.len(), edges.len())
}

/// An SVG drawn by Graphviz (it has a DOCTYPE).
fn svg_doc(text: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(text, opts).expect("SVG is XML")
}

/// The JSON embedded in an exported page.
fn page_data(html: &str) -> Value {
    let start = html
        .find(r#"<script type="application/json" id="geokg-data">"#)
        .expect("data element")
        + r#"<script type="application/json" id="geokg-data">"#.len();
    let end = start + html[start..].find("</script>").expect("end of data");
    serde_json::from_str(&html[start..end]).expect("page data is JSON")
}

/// `geokg export --kb KB -f FORMAT -o OUT`, which must succeed (CSV and Neo4j write a
/// directory).
fn export_to(kb: &str, format: &str, out: &Path) {
    run_ok(&["export", "--kb", kb, "-f", format, "-o", &path_str(out)]);
}

/// Asserts that every `<USE_TAG>` of `doc` names, in its attribute `by`, the id of a
/// declared `<DECL_TAG>` (GraphML's keys, GEXF's attributes).
fn assert_declared(doc: &roxmltree::Document, decl_tag: &str, use_tag: &str, by: &str) {
    let declared: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name(decl_tag))
        .filter_map(|n| n.attribute("id"))
        .collect();
    for u in doc.descendants().filter(|n| n.has_tag_name(use_tag)) {
        assert!(declared.contains(&u.attribute(by).unwrap()));
    }
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|x| {
            x.unwrap()
                .iter()
                .map(|c| geokg::export::csv::restore(c).to_string())
                .collect()
        })
        .collect();
    (headers, rows)
}

// ---------------------------------------------------------------------------------------
// Every format from the samples' knowledge base, read back
// ---------------------------------------------------------------------------------------

#[test]
fn json_graphml_gexf_counts_equal_the_knowledge_base() {
    let (kb, want) = samples();
    assert!(want.edges > 20, "the samples give a graph");

    let json: Value =
        serde_json::from_slice(&run_ok(&["export", "--kb", &kb, "--format", "json"])).unwrap();
    let nodes = json["nodes"].as_array().unwrap();
    let links = json["links"].as_array().unwrap();
    assert_eq!((nodes.len(), links.len()), (want.nodes, want.edges));
    assert_eq!(json["directed"], true);
    assert_eq!(json["multigraph"], true);
    let sentences: usize = links
        .iter()
        .map(|l| l["sentences"].as_array().unwrap().len())
        .sum();
    assert_eq!(sentences, want.triples);

    let graphml = String::from_utf8(run_ok(&["export", "--kb", &kb, "-f", "graphml"])).unwrap();
    assert_eq!(
        xml_counts(&graphml, "node", "edge"),
        (want.nodes, want.edges)
    );
    // Every <data> uses a declared key.
    let doc = roxmltree::Document::parse(&graphml).unwrap();
    assert_declared(&doc, "key", "data", "key");

    let gexf = String::from_utf8(run_ok(&["export", "--kb", &kb, "-f", "gexf"])).unwrap();
    assert_eq!(xml_counts(&gexf, "node", "edge"), (want.nodes, want.edges));
    let doc = roxmltree::Document::parse(&gexf).unwrap();
    // Every <attvalue> is of a declared attribute.
    assert_declared(&doc, "attribute", "attvalue", "for");
    // Edge time intervals come from the evidence dates.
    let dated = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge") && n.attribute("start").is_some())
        .count();
    assert!(dated > 0, "some edges have time intervals");
    for e in doc.descendants().filter(|n| n.has_tag_name("edge")) {
        if let (Some(a), Some(b)) = (e.attribute("start"), e.attribute("end")) {
            assert!(a <= b && a.len() == 10 && b.len() == 10, "{a} {b}");
        }
    }
}

#[test]
fn csv_directory_round_trips() {
    let (kb, want) = samples();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("csv");
    export_to(&kb, "csv", &out);
    let read = |name: &str| {
        let bytes = fs::read(out.join(name)).unwrap();
        assert!(
            bytes.starts_with(b"\xef\xbb\xbf"),
            "{name} starts with a BOM"
        );
        String::from_utf8(bytes).expect("UTF-8")
    };
    let (h, nodes) = csv_rows(&read("nodes.csv"));
    assert_eq!(h[..3], ["id", "name", "kind"]);
    assert_eq!(nodes.len(), want.nodes);
    let (h, edges) = csv_rows(&read("edges.csv"));
    assert_eq!(h, export::csv::EDGE_COLUMNS);
    assert_eq!(edges.len(), want.edges);
    let (h, evidence) = csv_rows(&read("evidence.csv"));
    assert_eq!(h, export::csv::EVIDENCE_COLUMNS);
    assert_eq!(evidence.len(), want.triples);
    // The sentences come back exactly as the knowledge base holds them.
    let text_col = h.iter().position(|c| c == "text").unwrap();
    let mut texts: Vec<String> = evidence.iter().map(|r| r[text_col].clone()).collect();
    texts.sort();
    assert_eq!(texts, want.texts);
    // Offsets are numbers with start < end; every evidence row names an edge of edges.csv.
    let ids: Vec<&str> = edges.iter().map(|r| r[0].as_str()).collect();
    for r in &evidence {
        let (s, e): (usize, usize) = (r[18].parse().unwrap(), r[19].parse().unwrap());
        assert!(s < e);
        assert!(ids.contains(&r[0].as_str()));
    }
    // Edges alone to stdout: the same rows, without a BOM.
    let stdout = run_ok(&["export", "--kb", &kb, "-f", "csv"]);
    assert!(stdout.starts_with(b"id,source,"));
    let mut file = read("edges.csv");
    file.remove(0);
    assert_eq!(String::from_utf8(stdout).unwrap(), file);
}

#[test]
fn neo4j_import_files() {
    let (kb, want) = samples();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("neo4j");
    export_to(&kb, "neo4j", &out);
    let (h, nodes) = csv_rows(&fs::read_to_string(out.join("nodes.csv")).unwrap());
    assert_eq!(h[0], "id:ID");
    assert!(h.contains(&":LABEL".to_string()));
    assert_eq!(nodes.len(), want.nodes);
    let (h, rels) = csv_rows(&fs::read_to_string(out.join("relationships.csv")).unwrap());
    assert_eq!(h[..3], [":START_ID", ":END_ID", ":TYPE"]);
    assert_eq!(rels.len(), want.edges);
    let ids: Vec<&str> = nodes.iter().map(|r| r[0].as_str()).collect();
    for r in &rels {
        assert!(ids.contains(&r[0].as_str()) && ids.contains(&r[1].as_str()));
        assert!(r[2]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
    }
    let cypher = fs::read_to_string(out.join("load.cypher")).unwrap();
    assert!(cypher.contains("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'"));
    let script = fs::read_to_string(out.join("import.sh")).unwrap();
    assert!(script.contains("neo4j-admin database import full"));
    // Neo4j needs a directory.
    assert_eq!(run(&["export", "--kb", &kb, "-f", "neo4j"]).code, 2);
}

#[test]
fn dot_is_parsed_and_drawn_by_graphviz() {
    let (kb, want) = samples();
    let dot = String::from_utf8(run_ok(&["export", "--kb", &kb, "-f", "dot"])).unwrap();
    // graphviz-rust's parser reads it with every node and edge.
    let g = graphviz_rust::parse(&dot).expect("DOT parses");
    let dot_structures::Graph::DiGraph { stmts, .. } = g else {
        panic!("a digraph")
    };
    let count = |f: fn(&dot_structures::Stmt) -> bool| stmts.iter().filter(|s| f(s)).count();
    assert_eq!(
        count(|s| matches!(s, dot_structures::Stmt::Node(_))),
        want.nodes
    );
    assert_eq!(
        count(|s| matches!(s, dot_structures::Stmt::Edge(_))),
        want.edges
    );
    if !have("dot") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let svg_path = dir.path().join("g.svg");
    let png_path = artefact_dir("export-artefacts").join("samples.png");
    run_ok(&["export", "--kb", &kb, "-o", &path_str(&svg_path)]);
    run_ok(&["export", "--kb", &kb, "-o", &path_str(&png_path)]);
    let svg = fs::read_to_string(&svg_path).unwrap();
    let doc = svg_doc(&svg);
    let class = |c: &str| {
        doc.descendants()
            .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some(c))
            .count()
    };
    assert_eq!((class("node"), class("edge")), (want.nodes, want.edges));
    assert!(fs::read(&png_path)
        .unwrap()
        .starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn rendering_without_graphviz_says_how_to_install_it() {
    let kb = path_str(samples_kb());
    let empty = tempfile::tempdir().unwrap();
    let out = empty.path().join("g.svg");
    let r = geokg()
        .env("PATH", empty.path())
        .args(["export", "--kb", &kb, "-o", &path_str(&out)])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("not installed") && err.contains("graphviz"),
        "{err}"
    );
    assert!(!out.exists(), "no half-written file");
}

// ---------------------------------------------------------------------------------------
// Selection, options and errors
// ---------------------------------------------------------------------------------------

fn export_json(extra: &[&str]) -> (i32, Value, String) {
    let kb = path_str(samples_kb());
    let mut args = vec!["export", "--kb", &kb, "-f", "json"];
    args.extend_from_slice(extra);
    let r = run(&args);
    let v = if r.code == 0 {
        serde_json::from_slice(&r.stdout_bytes).unwrap()
    } else {
        Value::Null
    };
    (r.code, v, r.stderr)
}

fn ids(v: &Value) -> Vec<String> {
    v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn selections() {
    let (_, all, _) = export_json(&[]);
    let total = all["links"].as_array().unwrap().len();

    // Ego network: Iran and its direct neighbours; every link touches the neighbourhood.
    let (code, around, _) = export_json(&["--around", "Tehran", "--hops", "1"]);
    assert_eq!(code, 0);
    let nodes = ids(&around);
    assert!(nodes.contains(&"country:IRN".to_string()));
    assert!(nodes.len() > 2 && nodes.len() < ids(&all).len());
    for l in around["links"].as_array().unwrap() {
        assert!(nodes.contains(&l["source"].as_str().unwrap().to_string()));
    }
    let (_, two, _) = export_json(&["--around", "Iran", "--hops", "2"]);
    assert!(ids(&two).len() >= nodes.len());

    // Best paths between two entities: both ends and a connected chain.
    let (code, between, err) = export_json(&["--between", "Iran", "Ukraine"]);
    assert_eq!(code, 0, "{err}");
    let b = ids(&between);
    assert!(b.contains(&"country:IRN".to_string()) && b.contains(&"country:UKR".to_string()));
    assert!(between["graph"]["selection"]
        .as_str()
        .unwrap()
        .contains("paths between"));

    // Most central entities.
    let (_, top, _) = export_json(&["--top", "5"]);
    assert_eq!(ids(&top).len(), 5);

    // Filters.
    let (_, conflict, _) = export_json(&["--polarity", "conflictual"]);
    let links = conflict["links"].as_array().unwrap();
    assert!(!links.is_empty() && links.len() < total);
    assert!(links.iter().all(|l| l["polarity"] == "conflictual"));
    let (_, rel, _) = export_json(&["--relation", "supplies,attacks"]);
    assert!(rel["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["relation"] == "supplies" || l["relation"] == "attacks"));
    let (_, recent, _) = export_json(&["--since", "2023", "--until", "2024-12"]);
    for l in recent["links"].as_array().unwrap() {
        for s in l["sentences"].as_array().unwrap() {
            let d = s["date"].as_str().unwrap();
            assert!(("2023".."2025").contains(&d), "{d}");
        }
    }
    let (_, strong, _) = export_json(&["--min-evidence", "2"]);
    assert!(strong["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["evidence"].as_u64().unwrap() >= 2));
    let (_, confident, _) = export_json(&["--min-confidence", "0.8"]);
    assert!(confident["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["confidence"].as_f64().unwrap() >= 0.8)));

    // Country level: only states (and entities without a state).
    let (_, country, _) = export_json(&["--level", "country"]);
    for n in country["nodes"].as_array().unwrap() {
        assert!(n["kind"] == "country" || n["country"].is_null(), "{n}");
    }
}

#[test]
fn errors_and_exit_codes() {
    let kb = path_str(samples_kb());
    let dir = tempfile::tempdir().unwrap();
    // stdout needs --format; an unknown extension needs --format.
    let r = run(&["export", "--kb", &kb]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--format"), "{}", r.stderr);
    let odd = path_str(&dir.path().join("graph.xyz"));
    assert_eq!(run(&["export", "--kb", &kb, "-o", &odd]).code, 2);
    // An unknown entity, or a selection that finds nothing: 1.
    assert_eq!(
        run(&["export", "--kb", &kb, "-f", "json", "--around", "Atlantis"]).code,
        1
    );
    assert_eq!(
        run(&["export", "--kb", &kb, "-f", "json", "--since", "2090"]).code,
        1
    );
    // Bad options: 2.
    assert_eq!(
        run(&["export", "--kb", &kb, "-f", "json", "--since", "soon"]).code,
        2
    );
    assert_eq!(
        run(&["export", "--kb", &kb, "-f", "json", "--relation", "hugs"]).code,
        2
    );
    let missing = path_str(&dir.path().join("none.kb"));
    assert_eq!(run(&["export", "--kb", &missing, "-f", "json"]).code, 2);
    // The format comes from the extension; -o - is stdout.
    let p = dir.path().join("g.graphml");
    run_ok(&["export", "--kb", &kb, "-o", &path_str(&p)]);
    assert!(fs::read_to_string(&p).unwrap().contains("<graphml"));
    let out = run_ok(&["export", "--kb", &kb, "-o", "-", "-f", "gexf"]);
    assert!(String::from_utf8(out).unwrap().contains("<gexf"));
}

#[test]
fn exports_are_deterministic_and_independent_of_build_order() {
    let kb = path_str(samples_kb());
    // The same knowledge base built the other way round, one article file at a time.
    let dir = tempfile::tempdir().unwrap();
    let other = path_str(&dir.path().join("reverse.kb"));
    for f in sample_files().iter().rev() {
        run_ok(&["build", "--kb", &other, &path_str(f)]);
    }
    for f in ["dot", "json", "graphml", "gexf", "html", "csv"] {
        let a = run_ok(&["export", "--kb", &kb, "-f", f]);
        let b = run_ok(&["export", "--kb", &kb, "-f", f]);
        assert!(a == b, "{f}: two exports differ");
        let c = run_ok(&["export", "--kb", &other, "-f", f]);
        assert!(a == c, "{f}: the export depends on the order of the build");
    }
}

// ---------------------------------------------------------------------------------------
// The HTML page in headless Chromium
// ---------------------------------------------------------------------------------------

#[test]
fn html_page_renders_searches_and_shows_evidence_in_chromium() {
    let (kb, want) = samples();
    let page = artefact_dir("export-artefacts").join("samples.html");
    run_ok(&["export", "--kb", &kb, "-o", &path_str(&page)]);
    let html = fs::read_to_string(&page).unwrap();
    // Self-contained: no external resource, data and script inline.
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    let data = page_data(&html);
    assert_eq!(data["nodes"].as_array().unwrap().len(), want.nodes);
    assert_eq!(data["edges"].as_array().unwrap().len(), want.edges);

    if !have("chromium") {
        return;
    }
    let url = format!("file://{}#selftest", page.display());
    let report = pre_json(&dump_dom(&url, 5000, (1280, 800)), "selftest");
    assert_eq!(report["nodes_rendered"], want.nodes, "{report}");
    assert_eq!(report["edges_rendered"], want.edges, "{report}");
    assert_eq!(report["query"], "Iran");
    assert!(report["matches"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m == "Iran"));
    assert_eq!(report["details_visible"], true);
    assert!(report["details_title"].as_str().unwrap().contains("Iran"));
    assert!(report["evidence_shown"].as_u64().unwrap() > 0, "{report}");
    assert_eq!(report["evidence_shown"], report["evidence_expected"]);
    let first = report["first_evidence"].as_str().unwrap();
    assert!(want.texts.iter().any(|t| t == first), "{first}");
    assert!(report["highlighted"].as_u64().unwrap() >= 2);
    assert!(report["filtered_edges"].as_u64().unwrap() < want.edges as u64);
    assert_eq!(report["restored_edges"], want.edges);
    assert_eq!(report["ok"], true);

    // Hostile text in the data stays text: the fixture's sentence with "</script><b>" is
    // shown as written, and the page still works.
    let fixture_page = artefact_dir("export-artefacts").join("fixture.html");
    let sg = Selection::default().apply(&fixture()).unwrap();
    fs::write(
        &fixture_page,
        export::html::write(&sg, "fixture <b>title</b>"),
    )
    .unwrap();
    let dom = dump_dom(
        &format!("file://{}#selftest=blue%20club", fixture_page.display()),
        5000,
        (1280, 800),
    );
    let report = pre_json(&dom, "selftest");
    assert_eq!(report["ok"], true, "{report}");
    assert_eq!(report["matches"][0], "The \"Blue\" Club \\ <B&C>");
    assert_eq!(
        report["first_evidence"],
        "=Chile may have criticised the </script><b>club</b>\nafter the vote."
    );
    assert!(!dom.contains("<b>club</b>"), "no markup from the data");

    // A screenshot of the same state, kept in target/export-artefacts/.
    let shot = artefact_dir("export-artefacts").join("samples-html.png");
    screenshot(&url, 5000, &shot);
}

// ---------------------------------------------------------------------------------------
// The seed article (when ../shared is present)
// ---------------------------------------------------------------------------------------

#[test]
fn seed_exports_to_every_format() {
    let Some(seed) = shared("seed/000_0d9eee9be94274ac.txt") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("seed.kb");
    run_ok(&["build", "--kb", &path_str(&kb), &path_str(&seed)]);
    let want = kb_counts(&kb);
    let kb = path_str(&kb);
    let json: Value =
        serde_json::from_slice(&run_ok(&["export", "--kb", &kb, "-f", "json"])).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), want.nodes);
    assert_eq!(json["links"].as_array().unwrap().len(), want.edges);
    let graphml = String::from_utf8(run_ok(&["export", "--kb", &kb, "-f", "graphml"])).unwrap();
    assert_eq!(
        xml_counts(&graphml, "node", "edge"),
        (want.nodes, want.edges)
    );
    let gexf = String::from_utf8(run_ok(&["export", "--kb", &kb, "-f", "gexf"])).unwrap();
    assert_eq!(xml_counts(&gexf, "node", "edge"), (want.nodes, want.edges));
    let html = String::from_utf8(run_ok(&["export", "--kb", &kb, "-f", "html"])).unwrap();
    assert_eq!(
        page_data(&html)["edges"].as_array().unwrap().len(),
        want.edges
    );
    let csv = dir.path().join("csv");
    export_to(&kb, "csv", &csv);
    let (_, ev) = csv_rows(&fs::read_to_string(csv.join("evidence.csv")).unwrap());
    assert_eq!(ev.len(), want.triples);
    export_to(&kb, "neo4j", &dir.path().join("neo"));
    if have("dot") {
        let svg = dir.path().join("seed.svg");
        run_ok(&["export", "--kb", &kb, "-o", &path_str(&svg)]);
        let text = fs::read_to_string(&svg).unwrap();
        let doc = svg_doc(&text);
        let nodes = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("node"))
            .count();
        assert_eq!(nodes, want.nodes);
    }
}

// ---------------------------------------------------------------------------------------
// Golden files: a fixture written here, every text format pinned
// ---------------------------------------------------------------------------------------

fn rel(id: &str, symmetric: bool, polarity: &str, plover: Option<&str>) -> RelationInfo {
    RelationInfo {
        symmetric,
        plover: plover.map(|p| p.parse().unwrap()),
        polarity: polarity.parse().unwrap(),
        ..RelationInfo::from_id(id)
    }
}

fn ent(id: &str, name: &str, kind: Kind, country: Option<&str>) -> (String, EntityRef) {
    (id.to_string(), EntityRef::new(id, name, kind, country))
}

struct T<'a> {
    s: &'a str,
    r: &'a str,
    o: &'a str,
    date: Option<&'a str>,
    modality: &'a str,
    article: &'a str,
    start: usize,
    text: &'a str,
}

/// A small world with awkward names and sentences (quotes, backslashes, markup, a formula,
/// a line break, accents, U+2028), written for these tests.
fn fixture() -> KbSnapshot {
    let articles: HashMap<&str, (&str, &str, &str, &str)> = HashMap::from([
        (
            "fx-1",
            (
                "Talks in Zürich & after",
                "2023-05-02",
                "Fixture Wire",
                "https://example.org/fx-1?a=1&b=<2>",
            ),
        ),
        (
            "fx-2",
            (
                "\"Quoted\" headline",
                "2023-06-10",
                "=HYPERLINK(\"x\")",
                "javascript:alert(1)",
            ),
        ),
    ]);
    let ts = [
        T {
            s: "country:NOR",
            r: "meets",
            o: "country:CHL",
            date: Some("2023-05-01"),
            modality: "asserted",
            article: "fx-1",
            start: 0,
            text: "Norway's envoy met Chilean officials in Zürich on Monday.",
        },
        T {
            s: "country:CHL",
            r: "meets",
            o: "country:NOR",
            date: Some("2023-05-02"),
            modality: "reported",
            article: "fx-1",
            start: 58,
            text: "Chile met \"Norway\" again, officials said \\ later.",
        },
        T {
            s: "country:CHL",
            r: "criticizes",
            o: "org:blue-club",
            date: Some("2023-05"),
            modality: "hedged",
            article: "fx-1",
            start: 110,
            text: "=Chile may have criticised the </script><b>club</b>\nafter the vote.",
        },
        T {
            s: "person:ada-quill",
            r: "leader_of",
            o: "country:NOR",
            date: None,
            modality: "asserted",
            article: "fx-2",
            start: 0,
            text: "-Ada Quill, who leads Norway, spoke first.",
        },
        T {
            s: "person:ada-quill",
            r: "supplies",
            o: "country:CHL",
            date: Some("2023-06-10"),
            modality: "future",
            article: "fx-2",
            start: 43,
            text: "Quill said Norway will send grain to Chile\u{2028}next month.",
        },
        T {
            s: "org:blue-club",
            r: "attacks",
            o: "country:CHL",
            date: Some("2023-06-09"),
            modality: "negated",
            article: "fx-2",
            start: 98,
            text: "@The club did not attack Chile.",
        },
        T {
            s: "country:NOR",
            r: "supplies",
            o: "country:CHL",
            date: Some("2023-06-11"),
            modality: "asserted",
            article: "fx-2",
            start: 130,
            text: "Norway shipped grain to Chile.",
        },
    ];
    KbSnapshot {
        relations: vec![
            rel("meets", true, "cooperative", Some("CONSULT")),
            rel("criticizes", false, "conflictual", Some("ACCUSE")),
            rel("leader_of", false, "neutral", None),
            rel("supplies", false, "cooperative", Some("AID")),
            rel("attacks", false, "conflictual", Some("ASSAULT")),
        ],
        entities: HashMap::from([
            ent("country:NOR", "Norway", Kind::Country, Some("NOR")),
            ent("country:CHL", "Chile", Kind::Country, Some("CHL")),
            ent(
                "org:blue-club",
                "The \"Blue\" Club \\ <B&C>",
                Kind::Organization,
                None,
            ),
            ent("person:ada-quill", "Ada Quill", Kind::Person, Some("NOR")),
        ]),
        triples: ts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (title, published, source, url) = articles[t.article];
                StoredTriple {
                    subject: t.s.into(),
                    relation: t.r.into(),
                    object: t.o.into(),
                    id: i as i64,
                    modality: t.modality.parse().unwrap(),
                    confidence: 0.85 - 0.05 * i as f64,
                    date: t.date.map(str::to_string),
                    plover: None,
                    cameo: None,
                    polarity: Default::default(),
                    claimed_by: (t.modality == "reported").then(|| "Fixture Wire".to_string()),
                    article: t.article.into(),
                    sentence: i,
                    start: t.start,
                    end: t.start + t.text.len(),
                    text: t.text.into(),
                    title: Some(title.into()),
                    published: Some(published.into()),
                    source: Some(source.into()),
                    url: Some(url.into()),
                }
            })
            .collect(),
    }
}

fn golden(name: &str, actual: &[u8]) {
    let path = manifest().join("tests/golden").join(name);
    if std::env::var_os("GEOKG_BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run GEOKG_BLESS=1 cargo test --test export",
            path.display()
        )
    });
    if expected != actual {
        let fresh = artefact_dir("export-artefacts").join(format!("golden-actual-{name}"));
        fs::write(&fresh, actual).unwrap();
        panic!(
            "{name} differs from tests/golden/{name} (actual output in {}); if the change is \
             intended, run GEOKG_BLESS=1 cargo test --test export",
            fresh.display()
        );
    }
}

#[test]
fn golden_files() {
    let snap = fixture();
    let sg = Selection::default().apply(&snap).unwrap();
    assert_eq!((sg.nodes.len(), sg.edges.len()), (4, 6));
    let opts = Options {
        title: "fixture: \"quoted\" <title>".into(),
        ..Options::default()
    };
    for (format, name) in [
        (ExportFormat::Dot, "fixture.dot"),
        (ExportFormat::Json, "fixture.json"),
        (ExportFormat::Graphml, "fixture.graphml"),
        (ExportFormat::Gexf, "fixture.gexf"),
        (ExportFormat::Html, "fixture.html"),
    ] {
        let Artefact::File(bytes) = export::export(&sg, format, true, &opts).unwrap() else {
            panic!("{name} is one file")
        };
        golden(name, &bytes);
    }
    for (format, prefix) in [(ExportFormat::Csv, "csv"), (ExportFormat::Neo4j, "neo4j")] {
        let Artefact::Directory(files) = export::export(&sg, format, false, &opts).unwrap() else {
            panic!("{prefix} is a directory")
        };
        for (file, bytes) in files {
            golden(&format!("fixture-{prefix}/{file}"), &bytes);
        }
    }
    // Country level: Ada Quill rolls up to Norway, and her leader_of becomes a self-loop.
    let country = Selection {
        level: geokg::graph::Level::Country,
        ..Selection::default()
    }
    .apply(&snap)
    .unwrap();
    golden(
        "fixture-country.json",
        export::json::write(&country, "country").as_bytes(),
    );
}

#[test]
fn golden_dot_is_read_whole_by_graphviz() {
    let sg = Selection::default().apply(&fixture()).unwrap();
    let dot = export::dot::write(&sg, "a \"quoted\" \\ title");
    if !have("dot") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("f.dot");
    fs::write(&p, &dot).unwrap();
    let (ok, out, err) = run_limited(
        std::process::Command::new("dot").arg("-Tsvg").arg(&p),
        Duration::from_secs(60),
    );
    assert!(ok, "{err}");
    let svg = String::from_utf8(out).unwrap();
    let doc = svg_doc(&svg);
    let titles: Vec<String> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .filter_map(|n| n.descendants().find(|c| c.has_tag_name("text")))
        .filter_map(|t| t.text().map(str::to_string))
        .collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert!(
        titles.contains(&"The \"Blue\" Club \\ <B&C>".to_string()),
        "{titles:?}"
    );
}

#[test]
fn fixture_csv_neutralises_formulas() {
    let sg = Selection::default().apply(&fixture()).unwrap();
    let ev = export::csv::evidence(&sg, false).unwrap();
    assert!(ev.contains("'=Chile may") && ev.contains("'-Ada Quill") && ev.contains("'@The club"));
    assert!(ev.contains("'=HYPERLINK"));
    // No cell starts with a formula character.
    let mut r = csv::Reader::from_reader(ev.as_bytes());
    for rec in r.records() {
        for cell in rec.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// exports/: every format of the sample articles' graph, committed for people to open
// ---------------------------------------------------------------------------------------

/// `exports/` holds the sample articles' graph in every format, so that a reader can open
/// the files without building anything. This test writes them afresh and compares: the text
/// formats must be byte-identical (the SVG drawing depends on the Graphviz version and is
/// only rewritten). `GEOKG_BLESS=1 cargo test --test export` rewrites them all.
#[test]
fn committed_sample_exports_are_current() {
    let kb = path_str(samples_kb());
    let fresh = tempfile::tempdir().unwrap();
    let at = |name: &str| path_str(&fresh.path().join(name));
    for ext in ["dot", "json", "graphml", "gexf", "html"] {
        run_ok(&["export", "--kb", &kb, "-o", &at(&format!("samples.{ext}"))]);
    }
    export_to(&kb, "csv", &fresh.path().join("samples-csv"));
    export_to(&kb, "neo4j", &fresh.path().join("samples-neo4j"));
    let committed = manifest().join("exports");
    let mut files: Vec<PathBuf> = Vec::new();
    for e in fs::read_dir(fresh.path()).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files.extend(fs::read_dir(&p).unwrap().map(|f| f.unwrap().path()));
        } else {
            files.push(p);
        }
    }
    files.sort();
    let bless = std::env::var_os("GEOKG_BLESS").is_some();
    for p in &files {
        let rel = p.strip_prefix(fresh.path()).unwrap();
        let target = committed.join(rel);
        let bytes = fs::read(p).unwrap();
        if bless {
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(&target, &bytes).unwrap();
            continue;
        }
        let old = fs::read(&target).unwrap_or_else(|_| {
            panic!(
                "exports/{} is missing: run GEOKG_BLESS=1 cargo test --test export",
                rel.display()
            )
        });
        assert!(
            old == bytes,
            "exports/{} is out of date (the samples or the extractor changed): run \
             GEOKG_BLESS=1 cargo test --test export",
            rel.display()
        );
    }
    if bless && have("dot") {
        run_ok(&[
            "export",
            "--kb",
            &kb,
            "--engine",
            "fdp",
            "-o",
            &path_str(&committed.join("samples.svg")),
        ]);
    }
}
