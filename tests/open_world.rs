//! Open world (issue 14): a capitalised name in an actor position that the lexicon does not
//! know is an entity `new:slug`, `"verified": false`, in the JSON and in every export;
//! `--known-only` drops it from extract, build and export; `geokg lexicon suggest` lists
//! such entities with a lexicon row. All sentences are written for these tests.

mod common;

use common::{geokg_in, path_str, run_cmd};
use geokg::extract::Extractor;
use geokg::lexicon::Lexicon;
use geokg::model::{Article, Kind, Triple};
use serde_json::Value;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
}

fn triples(text: &str) -> Vec<Triple> {
    Extractor::new(lex()).extract_article(&Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    })
}

/// The event (with a PLOVER type) whose subject has this id.
fn event_of<'a>(ts: &'a [Triple], subject: &str) -> Option<&'a Triple> {
    ts.iter()
        .find(|t| t.plover.is_some() && t.subject.id == subject)
}

#[test]
fn an_unknown_name_takes_its_role_and_no_known_state_takes_it() {
    // the unknown subject acts; the state of the apposition or of the fronted phrase does not
    for (text, subject, object, other_state) in [
        (
            "Velmora Trading, a firm registered in Cyprus, shipped drone engines to Iran.",
            "new:velmora-trading",
            "country:IRN",
            "CYP",
        ),
        (
            "Kestrel Dynamics, based in Germany, sold radar parts to Pakistan.",
            "new:kestrel-dynamics",
            "country:PAK",
            "DEU",
        ),
    ] {
        let ts = triples(text);
        let t = event_of(&ts, subject).unwrap_or_else(|| panic!("{ts:#?}"));
        assert_eq!(t.object.id, object);
        assert!(!t.subject.verified());
        assert!(
            !ts.iter()
                .any(|t| t.subject.country.as_deref() == Some(other_state)),
            "{ts:#?}"
        );
    }

    let ts = triples("Backed by Russia, the Tarvel Front attacked Georgian positions.");
    let t = event_of(&ts, "new:tarvel-front").unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(t.subject.kind, Kind::Group, "a front is a group");
    assert_eq!(t.object.country.as_deref(), Some("GEO"));
    assert!(
        !ts.iter()
            .any(|t| t.plover.is_some() && t.subject.country.as_deref() == Some("RUS")),
        "{ts:#?}"
    );

    // look-alike: the name of a make before its noun is no actor
    let ts = triples("Iran fired Kestrel missiles at Iraq.");
    assert!(
        ts.iter()
            .all(|t| t.subject.verified() && t.object.verified()),
        "{ts:#?}"
    );
}

#[test]
fn the_same_name_is_one_entity_across_articles() {
    let a = triples("The Ostrava Petrol company cut gas supplies to Hungary.");
    let b = triples("Slovakia criticized Ostrava Petrol for the cuts.");
    let ids = |ts: &[Triple]| -> Vec<String> {
        ts.iter()
            .flat_map(|t| [t.subject.id.clone(), t.object.id.clone()])
            .filter(|id| id.starts_with("new:"))
            .collect()
    };
    assert!(
        ids(&a).contains(&"new:ostrava-petrol".to_string()),
        "{a:#?}"
    );
    assert!(
        ids(&b).contains(&"new:ostrava-petrol".to_string()),
        "{b:#?}"
    );
}

const ARTICLES: &str = "Velmora Trading agreed to supply Iran with drone engines.\n\n\
    Quillet Aerodyne Corp praised France for the contract. Chile criticized Peru.\n";

#[test]
fn extract_marks_unknown_entities_and_known_only_drops_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLES).unwrap();
    let out = run_cmd(geokg_in(dir.path()).args(["extract", "a.txt"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let new: Vec<&Value> = lines
        .iter()
        .filter(|t| t["subject"]["id"].as_str().unwrap().starts_with("new:"))
        .collect();
    assert!(new.len() >= 2, "{}", out.stdout);
    for t in &new {
        assert_eq!(t["subject"]["verified"], Value::Bool(false));
    }
    // lexicon entities omit the field
    assert!(lines
        .iter()
        .any(|t| t["subject"]["id"] == "country:CHL" && t["subject"].get("verified").is_none()));

    let known = run_cmd(geokg_in(dir.path()).args(["extract", "--known-only", "a.txt"]));
    assert_eq!(known.code, 0, "{}", known.stderr);
    assert!(!known.stdout.contains("new:"), "{}", known.stdout);
    assert!(known.stdout.contains("country:CHL"), "{}", known.stdout);
}

#[test]
fn suggest_gives_rows_that_make_the_names_known() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLES).unwrap();
    let out = run_cmd(geokg_in(dir.path()).args(["lexicon", "suggest", "a.txt"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows: Vec<Vec<&str>> = out
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    let corp = rows
        .iter()
        .find(|r| r[1] == "new:quillet-aerodyne-corp")
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert_eq!(corp[0], "1");
    assert_eq!(corp[2], "organization");
    assert_eq!(
        corp[4],
        "org:quillet-aerodyne-corp,organization,Quillet Aerodyne Corp,,,"
    );
    // the rows, as a user lexicon, make the entities known
    let ulex = dir.path().join("ulex");
    std::fs::create_dir(&ulex).unwrap();
    let mut orgs = String::from("id,kind,name,country,valid_from,valid_to\n");
    let mut aliases = String::from("entity,alias,type\n");
    let mut sorted = rows.clone();
    sorted.sort_by(|a, b| a[4].cmp(b[4]));
    for r in &sorted {
        orgs.push_str(r[4]);
        orgs.push('\n');
        aliases.push_str(r[5]);
        aliases.push('\n');
    }
    std::fs::write(ulex.join("organizations.csv"), orgs).unwrap();
    std::fs::write(ulex.join("organization_aliases.csv"), aliases).unwrap();
    let known =
        run_cmd(geokg_in(dir.path()).args(["--lexicon", &path_str(&ulex), "extract", "a.txt"]));
    assert_eq!(known.code, 0, "{}", known.stderr);
    assert!(!known.stdout.contains("new:"), "{}", known.stdout);
    assert!(
        known.stdout.contains("org:quillet-aerodyne-corp"),
        "{}",
        known.stdout
    );
}

#[test]
fn exports_say_which_entities_are_unverified_and_known_only_drops_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLES).unwrap();
    let ok = |args: &[&str]| {
        let r = run_cmd(geokg_in(dir.path()).args(args));
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.stdout
    };
    ok(&["build", "a.txt", "--kb", "a.kb"]);
    ok(&["export", "--kb", "a.kb", "-f", "csv", "-o", "csv"]);
    let csv = std::fs::read_to_string(dir.path().join("csv/nodes.csv")).unwrap();
    // (after the byte order mark that spreadsheets want)
    let csv = csv.trim_start_matches('\u{feff}');
    assert!(csv.starts_with("id,name,kind,country,verified,"), "{csv}");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("new:velmora-trading,") && l.contains(",false,")),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("country:IRN,") && l.contains(",true,")),
        "{csv}"
    );
    let graphml = ok(&["export", "--kb", "a.kb", "-f", "graphml"]);
    assert!(
        graphml.contains("<data key=\"verified\">false</data>"),
        "{graphml}"
    );
    let gexf = ok(&["export", "--kb", "a.kb", "-f", "gexf"]);
    assert!(gexf.contains("for=\"verified\" value=\"false\""), "{gexf}");
    let html = ok(&["export", "--kb", "a.kb", "-f", "html"]);
    assert!(
        html.contains("\"verified\":false"),
        "the page's data says so"
    );
    ok(&["export", "--kb", "a.kb", "-f", "neo4j", "-o", "neo"]);
    let neo = std::fs::read_to_string(dir.path().join("neo/nodes.csv")).unwrap();
    assert!(
        neo.starts_with("id:ID,name,kind,country,verified:boolean,"),
        "{neo}"
    );

    // --known-only at export time, and at build time
    let known = ok(&["export", "--kb", "a.kb", "-f", "json", "--known-only"]);
    assert!(!known.contains("new:"), "{known}");
    assert!(known.contains("country:CHL"), "{known}");
    ok(&["build", "a.txt", "--kb", "b.kb", "--known-only"]);
    let all = ok(&["export", "--kb", "b.kb", "-f", "json"]);
    assert!(!all.contains("new:"), "{all}");
    assert!(all.contains("country:CHL"), "{all}");
}
