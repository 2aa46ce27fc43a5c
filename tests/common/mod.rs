//! The harness every integration test binary shares (`mod common;`): running the binary
//! ([`geokg`], [`run`], [`Run`]), the project's sample articles and a knowledge base of them
//! ([`samples_kb`]), other programs under a time limit ([`run_limited`], [`chromium`]), and
//! the prerequisites some tests need beyond the project: Graphviz's `dot` and Chromium
//! ([`have`]) and the development data in `../shared` ([`shared`]).
//!
//! A test whose prerequisite is missing cannot pass in silence. Under CI (`CI` set, as
//! `.ci/run` does) it fails with a message naming what is missing. Elsewhere it stops (or
//! leaves out the part that needs it) and says so on the terminal, outside the output that
//! `cargo test` captures, so that a plain `cargo test` shows a line such as
//! `NOT RUN export::dot_is_parsed_and_drawn_by_graphviz: needs dot (Graphviz) ...`.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The project root.
pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `geokg` binary that cargo built for the tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_geokg"))
}

/// The binary, run where the test runs, with no user lexicon or knowledge base from the
/// environment.
pub fn geokg() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(bin());
    c.env_remove("GEOKG_LEXICON").env_remove("GEOKG_KB");
    c
}

/// The binary, run in `dir`.
pub fn geokg_in(dir: &Path) -> assert_cmd::Command {
    let mut c = geokg();
    c.current_dir(dir);
    c
}

/// The binary in `dir` as a plain process, for tests that start it and go on (to kill it,
/// or to read its output while it runs).
pub fn process_in(dir: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(bin());
    c.current_dir(dir)
        .env_remove("GEOKG_LEXICON")
        .env_remove("GEOKG_KB");
    c
}

/// What one run of the binary gave.
#[derive(Debug)]
pub struct Run {
    /// The exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output as text (invalid UTF-8 replaced).
    pub stdout: String,
    /// Standard output as it came, for binary formats.
    pub stdout_bytes: Vec<u8>,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Asserts that stderr has each needle, on one `geokg:` line that holds them all.
    pub fn says(&self, needles: &[&str]) {
        let hit = self
            .stderr
            .lines()
            .any(|l| l.starts_with("geokg: ") && needles.iter().all(|n| l.contains(n)));
        assert!(
            hit,
            "no stderr line has all of {needles:?}:\n{}",
            self.stderr
        );
    }
}

/// Runs a prepared command to its end.
pub fn run_cmd(cmd: &mut assert_cmd::Command) -> Run {
    let out = cmd.output().expect("geokg runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stdout_bytes: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `geokg ARGS...` where the test runs.
pub fn run(args: &[&str]) -> Run {
    run_cmd(geokg().args(args))
}

/// Runs `geokg ARGS...` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_cmd(geokg_in(dir).args(args))
}

/// Runs `geokg ARGS...` with `input` on standard input.
pub fn run_stdin(args: &[&str], input: &str) -> Run {
    run_cmd(geokg().args(args).write_stdin(input.to_string()))
}

/// Runs `geokg ARGS...`, which must succeed; returns its standard output.
pub fn run_ok(args: &[&str]) -> Vec<u8> {
    let r = run(args);
    assert_eq!(r.code, 0, "geokg {args:?} failed: {}", r.stderr);
    r.stdout_bytes
}

/// `data/samples`, the project's own articles.
pub fn samples_dir() -> PathBuf {
    manifest().join("data/samples")
}

/// The article files of `data/samples`, sorted (a stray README.md would be skipped).
pub fn sample_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "README.md")
        .collect();
    v.sort();
    v
}

/// A path as `&str`-able text (the tests' paths are UTF-8).
pub fn path_str(p: &Path) -> String {
    p.to_str().expect("UTF-8 path").to_string()
}

/// Builds the knowledge base `kb` from the sample articles (`geokg build --kb KB FILES...`),
/// which must succeed.
pub fn build_samples(kb: &Path) {
    let mut args: Vec<String> = vec!["build".into(), "--kb".into(), path_str(kb)];
    args.extend(sample_files().iter().map(|p| path_str(p)));
    let r = geokg().args(&args).output().unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
}

/// A knowledge base built once (in each test binary) from the sample articles, shared by
/// the tests that only read it.
pub fn samples_kb() -> &'static Path {
    static KB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = KB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let kb = dir.path().join("samples.kb");
        build_samples(&kb);
        (dir, kb)
    });
    path
}

/// The rows of the events by pair of states kept in `kb` for `history` (head and pairs, in
/// key order): `(level, part, data)` of `graph_cache`.
pub fn dyad_rows(kb: &Path) -> Vec<(String, i64, Vec<u8>)> {
    let c = rusqlite::Connection::open(kb).unwrap();
    let mut st = c
        .prepare(
            "SELECT level, part, data FROM graph_cache WHERE level LIKE 'dyads/%'
             ORDER BY level, part",
        )
        .unwrap();
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)));
    rows.unwrap().map(Result::unwrap).collect()
}

/// The string at `pointer` (a JSON pointer such as `/entity/id`) in each element of the
/// JSON array `list`.
pub fn strings_at<'a>(list: &'a serde_json::Value, pointer: &str) -> Vec<&'a str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|x| x.pointer(pointer).and_then(|s| s.as_str()).unwrap())
        .collect()
}

/// The one value that the SQL query `sql` (without parameters) answers on `c`.
pub fn sql_value<T: rusqlite::types::FromSql>(c: &rusqlite::Connection, sql: &str) -> T {
    c.query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// `target/NAME`, made if need be, for files a person may want to look at after the tests
/// (screenshots, pages, golden files' actual output).
pub fn artefact_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf)
        .join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

// ---------------------------------------------------------------------------------------
// Other programs: a time limit, headless Chromium
// ---------------------------------------------------------------------------------------

/// Runs a program, killing it after `limit`; returns (success, stdout, stderr).
pub fn run_limited(cmd: &mut std::process::Command, limit: Duration) -> (bool, Vec<u8>, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("program starts");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        out.read_to_end(&mut b).ok();
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        err.read_to_end(&mut b).ok();
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = t_out.join().unwrap();
    let err = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
    (status.is_some_and(|s| s.success()), out, err)
}

/// Runs headless Chromium on `url` with a profile of its own, no sandbox, GPU, QUIC,
/// first-run, background network or sync, `budget_ms` of virtual time for the page's
/// scripts, a window of `width` × `height`, and then the `extra` flags; killed after 90 s.
/// Returns (success, stdout, stderr).
pub fn chromium(
    url: &str,
    budget_ms: u32,
    (width, height): (u32, u32),
    extra: &[String],
) -> (bool, Vec<u8>, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new("chromium");
    cmd.args([
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
    ])
    .arg(format!("--virtual-time-budget={budget_ms}"))
    .arg(format!("--window-size={width},{height}"))
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .args(extra)
    .arg(url);
    run_limited(&mut cmd, Duration::from_secs(90))
}

/// The DOM of `url` after its scripts ran (`chromium --dump-dom`, as [`chromium`]), which
/// must succeed.
pub fn dump_dom(url: &str, budget_ms: u32, window: (u32, u32)) -> String {
    let (ok, dom, err) = chromium(url, budget_ms, window, &["--dump-dom".to_string()]);
    assert!(ok, "chromium --dump-dom failed: {err}");
    String::from_utf8_lossy(&dom).into_owned()
}

/// A screenshot of `url` in a window of 1280 × 800 (as [`chromium`]) written to `shot`,
/// which must be a PNG of more than 10 kB; says where it is and returns its bytes.
pub fn screenshot(url: &str, budget_ms: u32, shot: &Path) -> Vec<u8> {
    let _ = std::fs::remove_file(shot);
    let flag = format!("--screenshot={}", shot.display());
    let (ok, _, err) = chromium(url, budget_ms, (1280, 800), &[flag]);
    assert!(ok, "chromium --screenshot failed: {err}");
    let png = std::fs::read(shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
    eprintln!("screenshot: {}", shot.display());
    png
}

/// The JSON that a page's script wrote into its last `<pre id="ID">`, read from the DOM that
/// `chromium --dump-dom` printed (the element's text, unescaped).
pub fn pre_json(dom: &str, id: &str) -> serde_json::Value {
    let open = format!("<pre id=\"{id}\">");
    let start = dom
        .rfind(&open)
        .unwrap_or_else(|| panic!("no {open} in the page: its script did not run"))
        + open.len();
    let end = start + dom[start..].find("</pre>").unwrap();
    let raw = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{open} holds no JSON ({e}): {raw}"))
}

// ---------------------------------------------------------------------------------------
// Prerequisites
// ---------------------------------------------------------------------------------------

/// Whether the tests run under CI (`CI` set, as `.ci/run` does).
pub fn under_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// The running test as `binary::test` (libtest names each test's thread after it).
fn test_name() -> String {
    let binary = std::env::current_exe()
        .ok()
        .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .map(|s| s.rsplit_once('-').map_or(s.clone(), |(b, _)| b.to_string()))
        .unwrap_or_default();
    let thread = std::thread::current();
    format!("{binary}::{}", thread.name().unwrap_or("?"))
}

/// Says on the terminal that the running test (or the part of it that needs `what`) was
/// not run, and why. Written straight to the process's stderr, which `cargo test` does not
/// capture, so that a passing run shows it.
pub fn not_run(what: &str) {
    let line = format!("NOT RUN {}: {what}\n", test_name());
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// A prerequisite is missing: under CI the test fails with `what`; elsewhere it says so
/// ([`not_run`]) and the caller stops.
pub fn missing(what: &str) {
    assert!(!under_ci(), "{what}, and CI (CI set) needs it");
    not_run(&format!(
        "{what}; what needs it was not checked (under CI this fails)"
    ));
}

/// Whether `dot` (Graphviz) or `chromium` runs here (`dot -V`, `chromium --version`); when
/// not, see [`missing`].
pub fn have(program: &str) -> bool {
    let arg = if program == "dot" { "-V" } else { "--version" };
    let ok = std::process::Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        let name = match program {
            "dot" => "`dot` (Graphviz)",
            "chromium" => "`chromium` (headless Chromium)",
            other => other,
        };
        missing(&format!(
            "needs {name}, which is not installed (scripts/setup.sh installs it)"
        ));
    }
    ok
}

/// A file of `../shared` (the project's development data: corpora, gold sets, the seed
/// article, the treebank), or `None` when it is absent; see [`missing`].
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = manifest().join("../shared").join(rel);
    if p.exists() {
        return Some(p);
    }
    missing(&format!(
        "needs ../shared/{rel}, which is absent (../shared must sit beside the project)"
    ));
    None
}
