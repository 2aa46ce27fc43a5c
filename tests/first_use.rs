//! What a new user meets in a first hour with geokg (issue 15, "First use"): each test runs
//! the binary and asserts a measurable property of one rough edge that a trial run found.
//! The harness is `tests/common`. The sentences are the project's.

mod common;

use common::{dump_dom, have, manifest, pre_json, process_in, run_in};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// The names of the files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Articles of the project's own, with a few relations between states.
const ARTICLES: &str = "\
{\"id\": \"a1\", \"date\": \"2024-03-04\", \"text\": \"Norway sent emergency aid to Haiti on Monday. India accused Pakistan of shelling border posts.\"}
{\"id\": \"a2\", \"date\": \"2024-05-06\", \"text\": \"Sweden signed a defence agreement with Turkey. Turkey criticised Greece over the islands.\"}
";

/// A directory with `news.jsonl` (the articles above) built into `news.kb`.
fn built() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("news.jsonl"), ARTICLES).unwrap();
    let r = run_in(tmp.path(), &["build", "news.jsonl", "--kb", "news.kb"]);
    assert_eq!(r.code, 0, "{r:?}");
    tmp
}

// ---------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------

#[test]
fn a_build_with_no_readable_input_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    fs::write(p.join("empty.txt"), "").unwrap();
    // A missing file, a file without text, and empty standard input.
    for args in [
        &["build", "missing.txt", "--kb", "new.kb"][..],
        &["build", "empty.txt", "--kb", "new.kb"],
        &["build", "--kb", "new.kb"],
    ] {
        let out = process_in(p)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("no input was read")
                && err.contains("nothing was built")
                && err.contains("new.kb was not created"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("everything else was built"), "{err}");
        assert_eq!(listing(p), ["empty.txt"], "{args:?}");
    }
    // An existing knowledge base is left byte for byte as it was, with no file beside it.
    fs::write(p.join("news.jsonl"), ARTICLES).unwrap();
    assert_eq!(
        run_in(p, &["build", "news.jsonl", "--kb", "news.kb"]).code,
        0
    );
    let before = fs::read(p.join("news.kb")).unwrap();
    let r = run_in(p, &["build", "missing.txt", "empty.txt", "--kb", "news.kb"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("news.kb was left untouched"), "{r:?}");
    assert_eq!(fs::read(p.join("news.kb")).unwrap(), before);
    assert_eq!(listing(p), ["empty.txt", "news.jsonl", "news.kb"]);
}

#[test]
fn the_build_lock_is_the_knowledge_base_file_itself() {
    let tmp = built();
    let p = tmp.path();
    // After a build, nothing is left beside the knowledge base: no lock file, no WAL.
    assert_eq!(listing(p), ["news.jsonl", "news.kb"]);
    // Whoever holds a lock on the file itself holds off builds.
    let held = fs::File::open(p.join("news.kb")).unwrap();
    held.try_lock().expect("no build holds the knowledge base");
    let r = run_in(p, &["build", "news.jsonl", "--kb", "news.kb", "--no-wait"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains(
            "news.kb: another geokg build is writing this knowledge base; nothing was done"
        ),
        "{r:?}"
    );
    // A build that waits says so, and runs as soon as the lock is released.
    let mut waiting = process_in(p)
        .args(["build", "news.jsonl", "--kb", "news.kb"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(waiting.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(
        first.contains(
            "news.kb: another geokg build is writing this knowledge base; waiting for it to finish"
        ),
        "{first}"
    );
    let released = Instant::now();
    drop(held);
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    assert!(waiting.wait().unwrap().success(), "{rest:?}");
    assert!(released.elapsed() < Duration::from_secs(30));
    // Queries take no lock: they run while a build holds it, and `stats` tells a build
    // that is still running (its lock held) from one that was interrupted.
    rusqlite::Connection::open(p.join("news.kb"))
        .unwrap()
        .execute("UPDATE builds SET finished = NULL", [])
        .unwrap();
    let state = || -> String {
        let r = run_in(p, &["stats", "--kb", "news.kb", "--json"]);
        assert_eq!(r.code, 0, "{r:?}");
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        v["last_build"]["state"].as_str().unwrap().to_string()
    };
    let held = fs::File::open(p.join("news.kb")).unwrap();
    held.lock().unwrap();
    let r = run_in(p, &["neighbors", "India", "--kb", "news.kb"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("Pakistan"), "{r:?}");
    assert_eq!(state(), "running");
    drop(held);
    assert_eq!(state(), "interrupted");
    assert_eq!(listing(p), ["news.jsonl", "news.kb"]);
}

#[test]
fn the_build_summary_counts_the_relation_types_found() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    fs::write(p.join("news.jsonl"), ARTICLES).unwrap();
    let r = run_in(p, &["build", "news.jsonl", "--kb", "news.kb"]);
    assert_eq!(r.code, 0, "{r:?}");
    let conn = rusqlite::Connection::open(p.join("news.kb")).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let used = count("SELECT count(DISTINCT relation) FROM triples");
    let catalogue = count("SELECT count(*) FROM relations");
    assert!(used > 0 && used < catalogue, "{used} of {catalogue}");
    assert!(
        r.stderr.contains(&format!(", {used} relation types")),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains(&format!("{catalogue} relations")),
        "{}",
        r.stderr
    );
}

// ---------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------

#[test]
fn impossible_dates_are_refused_wherever_a_date_is_taken() {
    let tmp = built();
    let p = tmp.path();
    let commands: [&[&str]; 8] = [
        &["path", "Sweden", "Turkey", "--kb", "news.kb", "--since"],
        &["neighbors", "Turkey", "--kb", "news.kb", "--until"],
        &["stats", "--kb", "news.kb", "--since"],
        &["history", "Sweden", "Turkey", "--kb", "news.kb", "--until"],
        &["export", "--kb", "news.kb", "-f", "json", "--since"],
        &["export", "--kb", "news.kb", "-f", "json", "--until"],
        &["explain", "Norway sent aid to Haiti.", "--date"],
        &["lexicon", "lookup", "Moscow", "--date"],
    ];
    for cmd in commands {
        let flag = cmd[cmd.len() - 1];
        for (date, why) in [
            ("2024-13", "there is no month 13"),
            ("2024-02-31", "February 2024 has days 01 to 29"),
            ("2023-02-29", "February 2023 has days 01 to 28"),
            ("2024-04-31", "April 2024 has days 01 to 30"),
            ("2024-00", "there is no month 00"),
            ("2024/02/01", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ] {
            let mut args = cmd.to_vec();
            args.push(date);
            let r = run_in(p, &args);
            assert_eq!(r.code, 2, "{args:?}: {r:?}");
            assert!(
                r.stderr
                    .contains(&format!("'{date}' for '{flag} <DATE>': {why}")),
                "{args:?}: {}",
                r.stderr
            );
            assert!(r.stdout.is_empty(), "{args:?}: {r:?}");
        }
        // A real date, a leap day included, is taken.
        let mut args = cmd.to_vec();
        args.push("2024-02-29");
        let r = run_in(p, &args);
        assert!(r.code == 0 || r.code == 1, "{args:?}: {r:?}");
    }
}

#[test]
fn a_misspelt_name_gets_the_nearest_names_and_path_takes_hops() {
    let tmp = built();
    let p = tmp.path();
    for (typed, meant) in [
        ("Swedn", "Sweden (country:SWE)"),
        ("Tukrey", "Turkey (country:TUR)"),
        ("pakistn", "Pakistan (country:PAK)"),
    ] {
        let r = run_in(p, &["path", typed, "Greece", "--kb", "news.kb"]);
        assert_eq!(r.code, 1, "{r:?}");
        let line = r
            .stderr
            .lines()
            .find(|l| l.contains("unknown entity"))
            .unwrap_or_else(|| panic!("{r:?}"));
        let (_, suggested) = line.split_once("did you mean ").expect(line);
        let names: Vec<&str> = suggested.trim_end_matches('?').split(", or ").collect();
        assert_eq!(names[0], meant, "{line}");
        assert!(names.len() <= 3, "a few suggestions at most: {line}");
    }
    // Nothing near: no suggestion rather than a random one.
    let r = run_in(p, &["neighbors", "Qwertyuiop", "--kb", "news.kb"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("unknown entity") && !r.stderr.contains("did you mean"));
    // On `path`, --hops is --max-hops.
    let hops = run_in(
        p,
        &["path", "Sweden", "Greece", "--kb", "news.kb", "--hops", "1"],
    );
    let max_hops = run_in(
        p,
        &[
            "path",
            "Sweden",
            "Greece",
            "--kb",
            "news.kb",
            "--max-hops",
            "1",
        ],
    );
    assert_eq!(hops.code, 1, "no path in one hop: {hops:?}");
    assert_eq!((hops.code, &hops.stdout), (max_hops.code, &max_hops.stdout));
    let r = run_in(
        p,
        &["path", "Sweden", "Greece", "--kb", "news.kb", "--hops", "2"],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("Sweden — Turkey — Greece"), "{r:?}");
}

/// The sections of a help text: each heading ("Options:") with the option names under it.
fn help_sections(help: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in help.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            out.push((line.to_string(), Vec::new()));
        } else if let (Some(last), Some(opt)) = (
            out.last_mut(),
            line.trim_start()
                .split([' ', ','])
                .find(|w| w.starts_with("--")),
        ) {
            if line.trim_start().starts_with('-') {
                last.1.push(opt.to_string());
            }
        }
    }
    out
}

#[test]
fn global_options_stand_under_their_own_heading_in_every_help() {
    let tmp = tempfile::tempdir().unwrap();
    let top = run_in(tmp.path(), &["--help"]);
    let commands: Vec<String> = top
        .stdout
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 10, "{commands:?}");
    let global = [
        "--lexicon",
        "--lexicon-petrarch",
        "--threads",
        "--max-article-bytes",
    ];
    let mut helps: Vec<Vec<String>> = commands.iter().map(|c| vec![c.clone()]).collect();
    helps.push(vec!["lexicon".into(), "lookup".into()]);
    helps.push(vec!["lexicon".into(), "check".into()]);
    for cmd in helps {
        for flag in ["-h", "--help"] {
            let mut args: Vec<&str> = cmd.iter().map(String::as_str).collect();
            args.push(flag);
            let r = run_in(tmp.path(), &args);
            assert_eq!(r.code, 0, "{args:?}: {r:?}");
            let sections = help_sections(&r.stdout);
            let own = sections
                .iter()
                .find(|(h, _)| h == "Options:")
                .unwrap_or_else(|| panic!("{args:?}: {}", r.stdout));
            for g in global {
                assert!(
                    !own.1.iter().any(|o| o == g),
                    "{args:?}: {g} among its own options"
                );
            }
            let (heading, opts) = sections.last().unwrap();
            assert_eq!(
                heading, "Global options (lexicon and extraction):",
                "{args:?}"
            );
            assert_eq!(opts, &global, "{args:?}");
        }
    }
}

#[test]
fn stats_aligns_its_columns_by_characters() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    fs::write(
        p.join("long.txt"),
        "Long names\n\nThe Democratic Republic of the Congo accused Rwanda of backing the rebels. \
         São Tomé and Príncipe signed a trade agreement with Ghana. Ghana criticised Rwanda \
         over the border. Chad praised Ghana.\n",
    )
    .unwrap();
    assert_eq!(run_in(p, &["build", "long.txt", "--kb", "l.kb"]).code, 0);
    let r = run_in(p, &["stats", "--kb", "l.kb"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r
        .stdout
        .contains("Democratic Republic of the Congo (country:COD)"));
    assert!(r.stdout.contains("São Tomé and Príncipe (country:STP)"));
    // Every ranked line: "  N. NAME (ID)   SCORE"; the scores start in one column, in
    // characters, through the three lists.
    let columns: Vec<usize> = r
        .stdout
        .lines()
        .filter(|l| {
            l.trim_start()
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        })
        .map(|l| {
            let score = l.rfind(' ').unwrap() + 1;
            l[..score].chars().count()
        })
        .collect();
    assert!(columns.len() >= 15, "{}", r.stdout);
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "{columns:?}\n{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------------------
// Drawings
// ---------------------------------------------------------------------------------------

/// Articles of many small components: pairs of states, one relation each, and one pair
/// that is reported three times; long names among them.
fn islands(dir: &Path) -> PathBuf {
    let pairs = [
        ("Norway", "Haiti"),
        ("India", "Nepal"),
        ("Chile", "Peru"),
        ("Japan", "Mongolia"),
        ("Kenya", "Somalia"),
        ("Egypt", "Sudan"),
        ("Brazil", "Argentina"),
        ("Poland", "Lithuania"),
        ("Spain", "Morocco"),
        ("Vietnam", "Laos"),
        ("São Tomé and Príncipe", "Ghana"),
        ("Qatar", "Oman"),
        ("Canada", "Denmark"),
        ("Austria", "Slovenia"),
        ("Fiji", "Tonga"),
        ("Cuba", "Jamaica"),
        ("Finland", "Estonia"),
        ("The Democratic Republic of the Congo", "Rwanda"),
    ];
    let verbs = [
        "signed a trade agreement with",
        "criticised",
        "sent emergency aid to",
        "accused",
        "praised",
    ];
    let mut out = String::new();
    for (i, (a, b)) in pairs.iter().enumerate() {
        let text = format!("{a} {} {b}.", verbs[i % verbs.len()]);
        out.push_str(&format!(
            "{{\"id\": \"i{i}\", \"date\": \"2024-03-{:02}\", \"text\": \"{text}\"}}\n",
            i + 1
        ));
    }
    for k in 0..3 {
        out.push_str(&format!("{{\"id\": \"r{k}\", \"date\": \"2024-04-0{}\", \"text\": \"Finland criticised Estonia again.\"}}\n", k + 1));
    }
    let path = dir.join("islands.jsonl");
    fs::write(&path, out).unwrap();
    path
}

#[test]
fn a_drawing_of_many_components_is_a_page_not_a_strip() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    islands(p);
    assert_eq!(
        run_in(p, &["build", "islands.jsonl", "--kb", "i.kb"]).code,
        0
    );
    if !have("dot") {
        return;
    }
    // SVG: width and height in points, every edge label drawn inside the page.
    let r = run_in(p, &["export", "--kb", "i.kb", "-o", "i.svg"]);
    assert_eq!(r.code, 0, "{r:?}");
    let svg = fs::read_to_string(p.join("i.svg")).unwrap();
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&svg, opts).unwrap();
    let root = doc.root_element();
    let pt = |a: &str| -> f64 {
        root.attribute(a)
            .unwrap()
            .trim_end_matches("pt")
            .parse()
            .unwrap()
    };
    let (w, h) = (pt("width"), pt("height"));
    eprintln!("SVG of 18 components: {w} × {h} pt, aspect {:.2}", w / h);
    assert!((0.5..=2.0).contains(&(w / h)), "{w} × {h}");
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("edge"))
        .collect();
    assert_eq!(edges.len(), 18);
    // The drawing's coordinates: y from -height (top) to 0, after Graphviz's translate.
    let translate = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("graph"))
        .and_then(|g| g.attribute("transform"))
        .and_then(|t| t.split("translate(").nth(1))
        .map(|t| {
            let v: Vec<f64> = t
                .trim_end_matches(')')
                .split(' ')
                .map(|x| x.parse().unwrap())
                .collect();
            (v[0], v[1])
        })
        .unwrap();
    for e in &edges {
        let label = e
            .descendants()
            .find(|n| n.has_tag_name("text"))
            .unwrap_or_else(|| panic!("an edge without its label: {:?}", e.attribute("id")));
        let x: f64 = label.attribute("x").unwrap().parse().unwrap();
        let y: f64 = label.attribute("y").unwrap().parse().unwrap();
        let (x, y) = (x + translate.0, y + translate.1);
        assert!(
            (0.0..=w).contains(&x) && (0.0..=h).contains(&y),
            "{x},{y} in {w} × {h}"
        );
    }
    // PNG: the same page, measured in pixels.
    let r = run_in(p, &["export", "--kb", "i.kb", "-o", "i.png"]);
    assert_eq!(r.code, 0, "{r:?}");
    let png = fs::read(p.join("i.png")).unwrap();
    assert_eq!(&png[12..16], b"IHDR");
    let px = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as f64;
    let (pw, ph) = (px(16), px(20));
    eprintln!("PNG: {pw} × {ph} px, aspect {:.2}", pw / ph);
    assert!((0.5..=2.0).contains(&(pw / ph)), "{pw} × {ph}");
}

/// Measures the page after its first fit, from outside the page's own code: every label
/// shown, its box in the window, and which edges carry theirs (a script for [`in_chromium`]).
const FIT_CHECK: &str = r#"
  var view = document.getElementById('graph').getBoundingClientRect();
  var out = { view: [view.left, view.top, view.right, view.bottom], labels: 0, outside: [],
              edge_labels: [], unlabelled_edges: [] };
  document.querySelectorAll('#labels .nlabel, #edges .elabel').forEach(function (t) {
    var edge = t.classList.contains('elabel');
    var n = edge ? Number(/\((\d+)\)$/.exec(t.textContent)[1]) : 0;
    if (getComputedStyle(t).display === 'none' || t.closest('.hidden')) {
      if (edge) out.unlabelled_edges.push(n);
      return;
    }
    var b = t.getBoundingClientRect();
    out.labels++;
    if (edge) out.edge_labels.push(n);
    if (b.width === 0 || b.left < view.left || b.top < view.top || b.right > view.right || b.bottom > view.bottom)
      out.outside.push(t.textContent + ' at ' + [b.left, b.top, b.right, b.bottom].map(Math.round).join(','));
  });
"#;

/// Tries dates in the page's date filters: which it flags as impossible (a script for
/// [`in_chromium`]).
const DATE_CHECK: &str = r#"
  var out = {};
  ['2024-13', '2024-02-31', '2023-02-29', '2024-04-31', '2024-00',
   '2024-02-29', '2024-12', '2024', '2024-04-30'].forEach(function (d) {
    ['since', 'until'].forEach(function (id) {
      var box = document.getElementById(id);
      box.value = d;
      box.dispatchEvent(new Event('input'));
      out[id + ' ' + d] = box.style.borderColor !== '';
      box.value = '';
      box.dispatchEvent(new Event('input'));
    });
  });
"#;

/// The end of every check script: its `out` written as JSON into `<pre id="fitcheck">`.
const WRITE_OUT: &str = "  var pre = document.createElement('pre');
  pre.id = 'fitcheck';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
";

/// Opens the page in headless Chromium with `script` run after the page's own, and returns
/// the JSON of what the script left in its variable `out`.
fn in_chromium(page: &Path, script: &str, width: u32, height: u32) -> serde_json::Value {
    let html = fs::read_to_string(page).unwrap();
    let at = html.rfind("</body>").unwrap();
    let checked = page.with_extension("check.html");
    let script = format!("<script>\n(function () {{{script}{WRITE_OUT}}})();\n</script>\n");
    fs::write(&checked, format!("{}{script}{}", &html[..at], &html[at..])).unwrap();
    let url = format!("file://{}", checked.display());
    pre_json(&dump_dom(&url, 5000, (width, height)), "fitcheck")
}

#[test]
fn the_html_page_fits_every_label_and_labels_its_strongest_edges() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    islands(p);
    let samples = manifest().join("data/samples");
    let samples = samples.to_str().unwrap();
    assert_eq!(
        run_in(p, &["build", "islands.jsonl", "--kb", "i.kb"]).code,
        0
    );
    assert_eq!(run_in(p, &["build", samples, "--kb", "s.kb"]).code, 0);
    // A star whose spokes have long names: before labels counted, a narrow window cut them.
    let mut star = String::new();
    for (i, name) in [
        "The Democratic Republic of the Congo",
        "São Tomé and Príncipe",
        "Bosnia and Herzegovina",
        "Saint Vincent and the Grenadines",
        "Trinidad and Tobago",
        "Antigua and Barbuda",
        "Papua New Guinea",
        "Norway",
        "Chad",
        "Peru",
        "the United Arab Emirates",
    ]
    .iter()
    .enumerate()
    {
        star.push_str(&format!(
            "{{\"id\": \"s{i}\", \"date\": \"2024-01-02\", \"text\": \"Brazil accused {name} of breaking the treaty.\"}}\n"
        ));
    }
    fs::write(p.join("star.jsonl"), star).unwrap();
    assert_eq!(run_in(p, &["build", "star.jsonl", "--kb", "t.kb"]).code, 0);
    for kb in ["i.kb", "s.kb", "t.kb"] {
        let page = p.join(kb).with_extension("html");
        let r = run_in(p, &["export", "--kb", kb, "-o", page.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{r:?}");
    }
    if !have("chromium") {
        return;
    }
    for kb in ["i.kb", "s.kb", "t.kb"] {
        let page = p.join(kb).with_extension("html");
        for (w, h) in [(1280, 800), (900, 1000)] {
            let v = in_chromium(&page, FIT_CHECK, w, h);
            eprintln!(
                "{kb} at {w}×{h}: {} labels shown, {} edge labels",
                v["labels"],
                v["edge_labels"].as_array().unwrap().len()
            );
            assert!(v["labels"].as_u64().unwrap() > 10, "{v}");
            assert_eq!(v["outside"], serde_json::json!([]), "{kb} at {w}×{h}: {v}");
            // The strongest edges carry their label: some do, and none without one has
            // more evidence than one with.
            let numbers = |key: &str| -> Vec<u64> {
                let list = v[key].as_array().unwrap();
                list.iter().map(|x| x.as_u64().unwrap()).collect()
            };
            let (shown, hidden) = (numbers("edge_labels"), numbers("unlabelled_edges"));
            assert!(shown.len() >= 15.min(shown.len() + hidden.len()), "{v}");
            assert!(
                shown.contains(&4) || kb != "i.kb",
                "the edge with four sentences: {v}"
            );
            let weakest_shown = shown.iter().min().copied().unwrap_or(0);
            assert!(hidden.iter().all(|&n| n <= weakest_shown), "{v}");
        }
    }
    // The page's date filters flag impossible dates, as the command line refuses them.
    let v = in_chromium(&p.join("t.html"), DATE_CHECK, 1280, 800);
    assert_eq!(v.as_object().unwrap().len(), 18, "{v}");
    for (key, flagged) in v.as_object().unwrap() {
        let date = key.split(' ').nth(1).unwrap();
        let impossible = [
            "2024-13",
            "2024-02-31",
            "2023-02-29",
            "2024-04-31",
            "2024-00",
        ]
        .contains(&date);
        assert_eq!(flagged.as_bool(), Some(impossible), "{key}: {v}");
    }
}

// ---------------------------------------------------------------------------------------
// The README
// ---------------------------------------------------------------------------------------

#[test]
fn the_readme_says_what_the_first_commands_cost_and_what_shared_is() {
    let readme = fs::read_to_string(manifest().join("README.md")).unwrap();
    let quick =
        &readme[readme.find("## Quick start").unwrap()..readme.find("## Commands").unwrap()];
    // The two commands of a fresh clone, and that the first compiles for minutes.
    let block = quick
        .split("```sh\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let commands: Vec<&str> = block
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .collect();
    assert_eq!(
        commands,
        ["cargo run --release -- extract data/samples/", "cargo test"]
    );
    assert!(manifest().join("data/samples").is_dir());
    let after = quick.split("```").nth(2).unwrap();
    assert!(
        after.contains("compiles") && after.contains("few") && after.contains("minutes"),
        "{after}"
    );
    // `../shared` is explained where it is first named: only for the project's development.
    let first = readme.find("../shared").unwrap();
    let paragraph_start = readme[..first].rfind("\n\n").unwrap();
    let paragraph_end = first + readme[first..].find("\n\n").unwrap();
    let paragraph = &readme[paragraph_start..paragraph_end];
    assert!(
        paragraph.contains("only for the project's own development")
            && paragraph.contains("does not need it"),
        "{paragraph}"
    );
    // Outside the Quality section (the project's own measurements), no command needs it.
    let quality = readme.find("## Quality").unwrap();
    let speed = readme.find("## Speed").unwrap();
    for (at, line) in readme.lines().scan(0, |pos, l| {
        let at = *pos;
        *pos += l.len() + 1;
        Some((at, l))
    }) {
        let command = line.starts_with("geokg ") || line.starts_with("cargo ");
        if command && !(quality..speed).contains(&at) {
            assert!(!line.contains("../shared"), "{line}");
        }
    }
}
