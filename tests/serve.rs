//! `geokg serve` over real HTTP: the binary is started on a free port over a knowledge base
//! of the sample articles and asked with plain HTTP/1.0 requests. Every endpoint is checked
//! against the commands (`path`, `neighbors`, `history --json` give the same JSON) or
//! against SQL over the same file; bad parameters get 400s with their messages, unknown
//! entities and routes 404s; a `geokg build` writing the same file while requests are
//! answered; and headless Chromium drives the live page (search, expand, paths). A test
//! that needs Chromium fails under CI when it is missing (see `tests/common`).

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------

/// A running `geokg serve`, stopped when dropped.
struct Served {
    child: Child,
    port: u16,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `geokg serve --kb KB --port 0` and reads the port it printed.
fn serve(kb: &Path) -> Served {
    let mut child = process_in(kb.parent().unwrap())
        .args(["serve", "--kb", &path_str(kb), "--port", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("geokg serve starts");
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let mut seen = String::new();
    let port = loop {
        line.clear();
        if err.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("geokg serve ended before listening: {seen}");
        }
        seen.push_str(&line);
        if let Some(at) = line.find("http://127.0.0.1:") {
            let rest = &line[at + "http://127.0.0.1:".len()..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            break digits.parse::<u16>().unwrap();
        }
    };
    // keep draining stderr so that the server never blocks on it
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = err.read_to_end(&mut sink);
    });
    Served { child, port }
}

/// One HTTP answer.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }
}

/// Sends a raw request (HTTP/1.0, so that the answer is not chunked) and reads the answer.
fn request(port: u16, method: &str, path: &str, host: &str) -> Answer {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(s, "{method} {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete answer");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    Answer {
        status,
        headers: head,
        body: raw[split + 4..].to_vec(),
    }
}

fn get(port: u16, path: &str) -> Answer {
    request(port, "GET", path, &format!("127.0.0.1:{port}"))
}

/// GET that must answer 200 with JSON.
fn get_json(port: u16, path: &str) -> Value {
    let a = get(port, path);
    assert_eq!(
        a.status,
        200,
        "{path}: {}",
        String::from_utf8_lossy(&a.body)
    );
    assert_eq!(
        a.header("Content-Type").as_deref(),
        Some("application/json")
    );
    a.json()
}

/// The JSON a command prints with `--json`.
fn cli_json(args: &[&str]) -> Value {
    let r = run(args);
    assert!(r.code == 0 || r.code == 1, "geokg {args:?}: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

fn sql_count(kb: &Path, sql: &str, params: &[&str]) -> i64 {
    let conn =
        rusqlite::Connection::open_with_flags(kb, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.query_row(sql, rusqlite::params_from_iter(params.iter()), |r| r.get(0))
        .unwrap()
}

fn ids_of(v: &Value, key: &str) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------
// The endpoints
// ---------------------------------------------------------------------------------------

#[test]
fn path_neighbors_and_history_answer_as_the_commands() {
    let kb = samples_kb();
    let k = path_str(kb);
    let s = serve(kb);
    for (api, cli) in [
        (
            "/api/path?from=Iran&to=Ukraine",
            vec!["path", "Iran", "Ukraine"],
        ),
        (
            "/api/path?from=country%3AIRN&to=Ukraine&k=2&max_hops=3&since=2022",
            vec![
                "path",
                "country:IRN",
                "Ukraine",
                "-k",
                "2",
                "--max-hops",
                "3",
                "--since",
                "2022",
            ],
        ),
        (
            "/api/path?from=Iran&to=Ukraine&k=2&max_hops=3",
            vec!["path", "Iran", "Ukraine", "-k", "2", "--max-hops", "3"],
        ),
        (
            "/api/path?from=Tehran&to=Russia&level=country",
            vec!["path", "Tehran", "Russia", "--level", "country"],
        ),
        (
            "/api/neighbors?entity=Iran&limit=5",
            vec!["neighbors", "Iran", "--limit", "5"],
        ),
        (
            "/api/neighbors?entity=Russia&polarity=conflictual",
            vec!["neighbors", "Russia", "--polarity", "conflictual"],
        ),
        (
            "/api/history?a=Iran&b=Russia",
            vec!["history", "Iran", "Russia"],
        ),
        (
            "/api/history?a=Iran&b=Russia&level=entity&relation=aids,acquires_from",
            vec![
                "history",
                "Iran",
                "Russia",
                "--level",
                "entity",
                "--relation",
                "aids,acquires_from",
            ],
        ),
    ] {
        let mut args = cli.clone();
        args.extend(["--json", "--kb", &k]);
        let want = cli_json(&args);
        let mut got = get_json(s.port, api);
        // without a path, the API says why in `message` (the command, on stderr)
        if got.get("paths").is_some_and(|p| p == &Value::Array(vec![])) {
            let why = got.as_object_mut().unwrap().remove("message").unwrap();
            assert!(why.as_str().unwrap().contains("not connected"), "{why}");
        }
        assert_eq!(got, want, "{api} differs from geokg {cli:?} --json");
    }
    // The path answer carries every hop's sentence, dates, claim and modality.
    let p = get_json(s.port, "/api/path?from=Iran&to=Ukraine");
    assert!(!p["paths"].as_array().unwrap().is_empty());
    for hop in p["paths"][0]["hops"].as_array().unwrap() {
        let ev = &hop["evidence"];
        assert!(!ev["text"].as_str().unwrap().is_empty(), "{hop}");
        for key in ["date", "claimed_by", "modality", "article", "start", "end"] {
            assert!(ev.get(key).is_some(), "{key} missing in {ev}");
        }
    }
}

#[test]
fn search_triples_graph_and_info() {
    let kb = samples_kb();
    let s = serve(kb);
    let port = s.port;

    // info: the counts of the file
    let info = get_json(port, "/api/info");
    let triples = sql_count(kb, "SELECT count(*) FROM triples", &[]);
    assert_eq!(info["counts"]["triples"], triples);
    assert_eq!(info["build_running"], false);
    let rel_triples: i64 = info["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["triples"].as_i64().unwrap())
        .sum();
    assert_eq!(rel_triples, triples);

    // search: by the start of a name, alias or id, any case, with ids and kinds
    let found = get_json(port, "/api/search?q=ir");
    let ents = found["entities"].as_array().unwrap();
    assert_eq!(ents[0]["id"], "country:IRN", "{found}");
    for e in ents {
        let m = e["matched"].as_str().unwrap().to_lowercase();
        assert!(m.starts_with("ir"), "{e}");
        assert!(e["kind"].is_string() && e["edges"].is_i64(), "{e}");
    }
    let n = sql_count(
        kb,
        "SELECT count(DISTINCT id) FROM (SELECT id FROM entities WHERE name LIKE 'ir%'
         UNION ALL SELECT entity FROM aliases WHERE alias LIKE 'ir%'
         UNION ALL SELECT id FROM entities WHERE id LIKE 'ir%')",
        &[],
    );
    assert_eq!(ents.len() as i64, n.min(20));
    let by_alias = get_json(port, "/api/search?q=Tehr&limit=3");
    assert!(
        ids_of(&by_alias["entities"], "id").contains("country:IRN"),
        "{by_alias}"
    );
    assert_eq!(
        get_json(port, "/api/search?q=zzqx")["entities"],
        Value::Array(vec![])
    );

    // triples: of an entity, paged, newest first
    let all = get_json(port, "/api/triples?entity=Iran&limit=1000");
    let total = sql_count(
        kb,
        "SELECT count(*) FROM triples WHERE subject = 'country:IRN' OR object = 'country:IRN'",
        &[],
    );
    assert_eq!(all["total"], total);
    let rows = all["triples"].as_array().unwrap();
    assert_eq!(rows.len() as i64, total);
    for t in rows {
        assert!(
            t["subject"]["id"] == "country:IRN" || t["object"]["id"] == "country:IRN",
            "{t}"
        );
        assert!(!t["evidence"]["text"].as_str().unwrap().is_empty());
        assert!(t.get("modality").is_some() && t.get("claimed_by").is_some());
    }
    let dates: Vec<&str> = rows.iter().filter_map(|t| t["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let page = get_json(port, "/api/triples?entity=Iran&limit=2&offset=1");
    assert_eq!(page["triples"][0]["id"], rows[1]["id"]);
    assert_eq!(page["triples"][1]["id"], rows[2]["id"]);
    assert_eq!(page["total"], total);

    // triples: filters, each checked against SQL
    for (q, sql) in [
        ("plover=accuse", "SELECT count(*) FROM triples WHERE plover = 'ACCUSE'"),
        (
            "polarity=cooperative",
            "SELECT count(*) FROM triples WHERE polarity = 'cooperative'",
        ),
        (
            "relation=supplies,aids",
            "SELECT count(*) FROM triples WHERE relation IN ('supplies','aids')",
        ),
        (
            "since=2022-10&until=2022-11",
            "SELECT count(*) FROM triples WHERE date >= '2022-10' AND substr(date,1,7) <= '2022-11'",
        ),
        (
            "entity=Iran&other=Russia",
            "SELECT count(*) FROM triples WHERE (subject='country:IRN' AND object='country:RUS') OR (subject='country:RUS' AND object='country:IRN')",
        ),
    ] {
        let v = get_json(port, &format!("/api/triples?{q}&limit=1000"));
        let want = sql_count(kb, sql, &[]);
        assert!(want > 0, "{q}: the samples have such triples");
        assert_eq!(v["total"], want, "{q}");
        assert_eq!(v["triples"].as_array().unwrap().len() as i64, want, "{q}");
    }

    // graph: the part among some entities, laid out, with all its evidence
    let ids = ["country:IRN", "country:RUS", "country:UKR", "country:USA"];
    let g = get_json(port, &format!("/api/graph?ids={}", ids.join(",")));
    let nodes = ids_of(&g["nodes"], "id");
    assert!(nodes.iter().all(|n| ids.contains(&n.as_str())), "{nodes:?}");
    let list = "('country:IRN','country:RUS','country:UKR','country:USA')";
    let edges = sql_count(
        kb,
        &format!(
            "SELECT count(*) FROM edges WHERE evidence > 0 AND subject IN {list} AND object IN {list}"
        ),
        &[],
    );
    assert_eq!(g["edges"].as_array().unwrap().len() as i64, edges);
    let sentences: i64 = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["ev"].as_array().unwrap().len() as i64)
        .sum();
    let triples_among = sql_count(
        kb,
        &format!("SELECT count(*) FROM triples WHERE subject IN {list} AND object IN {list}"),
        &[],
    );
    assert_eq!(sentences, triples_among);
    assert!(g["nodes"][0]["x"].is_number() && g["truncated"] == false);

    // the page: the export's page, live, with nothing from elsewhere
    let page = get(port, "/");
    assert_eq!(page.status, 200);
    assert!(page
        .header("Content-Type")
        .unwrap()
        .starts_with("text/html"));
    assert!(page
        .header("Content-Security-Policy")
        .unwrap()
        .contains("connect-src 'self'"));
    let html = String::from_utf8(page.body).unwrap();
    assert!(html.contains("\"live\":true") && html.contains("id=\"connect\""));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
}

#[test]
fn bad_requests_get_400_unknown_entities_and_routes_404() {
    let kb = samples_kb();
    let s = serve(kb);
    for (path, status, needle) in [
        ("/api/path?from=Iran", 400, "\"to\" is required"),
        ("/api/path?from=Iran&to=Ukraine&k=0", 400, "k=\"0\""),
        ("/api/path?from=Iran&to=Ukraine&k=abc", 400, "whole number"),
        (
            "/api/path?from=Iran&to=Ukraine&max_hops=99",
            400,
            "max_hops",
        ),
        ("/api/path?from=Iran&to=Tehran", 400, "the same entity"),
        ("/api/path?from=Iran&to=Ukraine&level=planet", 400, "level="),
        (
            "/api/path?from=Iran&to=Ukraine&hops=2",
            400,
            "unknown parameter \"hops\"",
        ),
        ("/api/neighbors", 400, "\"entity\" is required"),
        ("/api/neighbors?entity=Iran&limit=-1", 400, "limit="),
        ("/api/neighbors?entity=Iran&since=2022-02-30", 400, "since="),
        ("/api/neighbors?entity=Iran&until=yesterday", 400, "until="),
        (
            "/api/neighbors?entity=Iran&polarity=friendly",
            400,
            "polarity=",
        ),
        (
            "/api/neighbors?entity=Iran&min_confidence=2",
            400,
            "min_confidence=",
        ),
        (
            "/api/triples?relation=befriends",
            400,
            "relation=\"befriends\"",
        ),
        ("/api/triples?plover=HUG", 400, "not a PLOVER type"),
        ("/api/triples?other=Iran", 400, "needs \"entity\""),
        ("/api/triples?offset=x", 400, "offset="),
        ("/api/search", 400, "\"q\" is required"),
        ("/api/search?q=%zz", 400, "percent escape"),
        ("/api/graph", 400, "\"ids\" is required"),
        ("/api/history?a=Iran", 400, "\"b\" is required"),
        ("/api/path?from=Iram&to=Ukraine", 404, "did you mean Iran"),
        (
            "/api/neighbors?entity=Qwertyuiopland",
            404,
            "unknown entity",
        ),
        (
            "/api/triples?entity=Atlantis%20Republic",
            404,
            "unknown entity",
        ),
        ("/api/graph?ids=country:IRN,country:XXX", 404, "country:XXX"),
        ("/api/nothing", 404, "no such page"),
        ("/favicon.ico", 404, "no such page"),
    ] {
        let a = get(s.port, path);
        let v = a.json();
        assert_eq!(a.status, status, "{path}: {v}");
        assert_eq!(v["status"], status, "{path}");
        let msg = v["error"].as_str().unwrap();
        assert!(msg.contains(needle), "{path}: {msg:?} lacks {needle:?}");
    }
    let many: Vec<String> = (0..301).map(|i| format!("x:{i}")).collect();
    let a = get(s.port, &format!("/api/graph?ids={}", many.join(",")));
    assert_eq!(a.status, 400, "{}", String::from_utf8_lossy(&a.body));
    // read-only, and for this machine only
    let a = request(
        s.port,
        "POST",
        "/api/info",
        &format!("127.0.0.1:{}", s.port),
    );
    assert_eq!(a.status, 405);
    let a = request(s.port, "GET", "/api/info", "attacker.example");
    assert_eq!(a.status, 403);
    assert!(a.json()["error"].as_str().unwrap().contains("localhost"));
    let a = request(s.port, "GET", "/api/info", &format!("localhost:{}", s.port));
    assert_eq!(a.status, 200);
    // after all these, it still answers
    assert_eq!(get_json(s.port, "/api/info")["build_running"], false);
}

#[test]
fn a_missing_knowledge_base_stops_the_server_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(dir.path(), &["serve", "--kb", "absent.kb", "--port", "0"]);
    assert_eq!(r.code, 2);
    r.says(&["no knowledge base at absent.kb", "geokg build"]);
    assert!(!dir.path().join("absent.kb").exists(), "nothing created");
}

// ---------------------------------------------------------------------------------------
// A build writing the same file
// ---------------------------------------------------------------------------------------

/// Articles of our own words: `n` short news items between states the lexicon knows.
fn synthetic_articles(n: usize) -> String {
    let states = [
        "Norway", "Chile", "Kenya", "Japan", "Brazil", "Canada", "Egypt", "Peru", "Ghana", "Nepal",
        "Poland", "Spain",
    ];
    let verbs = [
        "sent emergency aid to",
        "signed a trade agreement with",
        "accused",
        "imposed sanctions on",
        "hosted talks with",
    ];
    let mut out = String::new();
    for i in 0..n {
        let a = states[i % states.len()];
        let b = states[(i * 7 + 3) % states.len()];
        let b = if a == b { "Mexico" } else { b };
        let v = verbs[(i / 3) % verbs.len()];
        let day = 1 + i % 28;
        let text = format!(
            "{a} {v} {b} on Monday, officials said. The ministry in {a} confirmed the step in a \
             short statement. Observers in {b} said the move had been expected for weeks."
        );
        out.push_str(
            &serde_json::json!({
                "id": format!("syn-{i}"),
                "date": format!("2023-03-{day:02}"),
                "text": text,
            })
            .to_string(),
        );
        out.push('\n');
    }
    out
}

#[test]
fn it_keeps_answering_while_a_build_writes_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("growing.kb");
    build_samples(&kb);
    let before = sql_count(&kb, "SELECT count(*) FROM triples", &[]);
    let input = dir.path().join("more.jsonl");
    std::fs::write(&input, synthetic_articles(4000)).unwrap();
    let s = serve(&kb);

    let mut builder = process_in(dir.path())
        .args(["build", "--kb", &path_str(&kb), &path_str(&input)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut during = 0;
    let mut saw_running = false;
    let mut counts: Vec<i64> = Vec::new();
    let status = loop {
        if let Some(st) = builder.try_wait().unwrap() {
            break st;
        }
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "the build hangs"
        );
        let info = get_json(s.port, "/api/info");
        saw_running |= info["build_running"] == true;
        counts.push(info["counts"]["triples"].as_i64().unwrap());
        // several clients at once, each request on one of the workers
        let port = s.port;
        let clients: Vec<_> = (0..6)
            .map(|i| {
                std::thread::spawn(move || match i % 3 {
                    0 => {
                        let p = get_json(port, "/api/path?from=Iran&to=Ukraine&k=1");
                        assert_eq!(p["paths"].as_array().unwrap().len(), 1);
                    }
                    1 => {
                        get_json(port, "/api/search?q=Nor");
                    }
                    _ => {
                        get_json(port, "/api/triples?entity=Norway&limit=5");
                    }
                })
            })
            .collect();
        for c in clients {
            c.join().expect("every answer is a 200");
        }
        during += 1;
    };
    let mut err = String::new();
    builder
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(
        status.success(),
        "the build failed beside the server: {err}"
    );
    assert!(
        during >= 3,
        "only {during} rounds of requests while the build ran: the build was too short to \
         test anything"
    );
    assert!(saw_running, "info never said a build was running");
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    // Each request starts on the latest committed state: after the build, the server sees
    // everything it wrote.
    let after = sql_count(&kb, "SELECT count(*) FROM triples", &[]);
    assert!(after > before);
    assert_eq!(get_json(s.port, "/api/info")["counts"]["triples"], after);
    let norway = get_json(s.port, "/api/triples?entity=Norway&limit=1");
    assert_eq!(
        norway["total"],
        sql_count(
            &kb,
            "SELECT count(*) FROM triples WHERE subject='country:NOR' OR object='country:NOR'",
            &[]
        )
    );
    eprintln!(
        "{during} rounds of requests during the build; triples seen: {} … {}",
        counts.first().unwrap(),
        counts.last().unwrap()
    );
}

// ---------------------------------------------------------------------------------------
// The live page in headless Chromium
// ---------------------------------------------------------------------------------------

/// The entity and its neighbours as the page asks for them (15 at most).
fn neighbourhood(port: u16, id: &str) -> BTreeSet<String> {
    let a = get_json(port, &format!("/api/neighbors?entity={id}&limit=15"));
    let mut s: BTreeSet<String> = a["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["entity"]["id"].as_str().unwrap().to_string())
        .collect();
    s.insert(a["entity"]["id"].as_str().unwrap().to_string());
    s
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn live_page_searches_expands_and_connects_in_chromium() {
    let kb = samples_kb();
    let s = serve(kb);
    let port = s.port;
    // What the page should show, from the API.
    let explored = neighbourhood(port, "country:IRN");
    let expand = explored
        .iter()
        .filter(|id| id.as_str() != "country:IRN")
        .find(|id| !neighbourhood(port, id).is_subset(&explored))
        .expect("a neighbour of Iran with neighbours of its own")
        .clone();
    let mut expanded = explored.clone();
    expanded.extend(neighbourhood(port, &expand));
    let paths = get_json(port, "/api/path?from=Iran&to=Ukraine&k=3&max_hops=4");
    let paths = paths["paths"].as_array().unwrap().clone();
    assert!(!paths.is_empty());

    if !have("chromium") {
        return;
    }
    let url = format!("http://127.0.0.1:{port}/#selftest-live=Iran|Ukraine|{expand}");
    let report = pre_json(&dump_dom(&url, 15000, (1280, 800)), "selftest");
    assert!(report.get("error").is_none(), "{report}");
    // search: the server's entities, Iran first
    assert_eq!(report["found"][0], "country:IRN", "{report}");
    assert!(strings(&report["search_results"])[0].starts_with("Iran"));
    // a click on it draws it with its neighbours, and shows it
    let drawn: BTreeSet<String> = strings(&report["explored"]).into_iter().collect();
    assert_eq!(drawn, explored, "{report}");
    assert_eq!(report["explored_rendered"], explored.len());
    assert_eq!(report["details_title"], "Iran");
    // expand: the neighbour's own neighbours join the view
    assert_eq!(report["expanded"], expand.as_str());
    let after: BTreeSet<String> = strings(&report["after_expand"]).into_iter().collect();
    assert_eq!(after, expanded, "{report}");
    // connect: the paths of /api/path, with their sentences, drawn
    assert_eq!(report["paths_shown"], paths.len(), "{report}");
    let titles = strings(&report["path_titles"]);
    for (p, title) in paths.iter().zip(&titles) {
        let names = strings_at(&p["nodes"], "/name");
        assert!(title.contains(&names.join(" — ")), "{title} vs {names:?}");
    }
    let want_sentences: Vec<String> = paths
        .iter()
        .flat_map(|p| p["hops"].as_array().unwrap().clone())
        .filter_map(|h| h["evidence"]["text"].as_str().map(str::to_string))
        .collect();
    assert_eq!(strings(&report["path_sentences"]), want_sentences);
    let on_paths: BTreeSet<String> = paths
        .iter()
        .flat_map(|p| ids_of(&p["nodes"], "id"))
        .collect();
    let drawn: BTreeSet<String> = strings(&report["path_drawn"]).into_iter().collect();
    assert_eq!(drawn, on_paths);
    let hops: BTreeSet<(String, String, String)> = paths
        .iter()
        .flat_map(|p| p["hops"].as_array().unwrap().clone())
        .map(|h| {
            (
                h["subject"].as_str().unwrap().to_string(),
                h["relation"].as_str().unwrap().to_string(),
                h["object"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(report["onpath_edges"], hops.len(), "{report}");

    // A screenshot of the same state (docs/serve.png when GEOKG_BLESS is set).
    let shot = artefact_dir("serve-artefacts").join("serve.png");
    let png = screenshot(&url, 15000, &shot);
    if std::env::var_os("GEOKG_BLESS").is_some() {
        std::fs::write(manifest().join("docs/serve.png"), &png).unwrap();
    }
}
