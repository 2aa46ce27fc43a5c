//! What a new user meets in a first hour with geokg (issue 15, "First use"): each test runs
//! the binary and asserts a measurable property of one rough edge that a trial run found.
//! Self-contained on purpose: its small harness is its own. The sentences are the project's.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one run of the binary gave.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// The binary, run in `dir`, with no user lexicon or knowledge base from the environment.
fn geokg(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_geokg"));
    c.current_dir(dir)
        .env_remove("GEOKG_LEXICON")
        .env_remove("GEOKG_KB");
    c
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let out = geokg(dir).args(args).output().expect("geokg runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

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
    let r = run(tmp.path(), &["build", "news.jsonl", "--kb", "news.kb"]);
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
        let out = geokg(p).args(args).stdin(Stdio::null()).output().unwrap();
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
    assert_eq!(run(p, &["build", "news.jsonl", "--kb", "news.kb"]).code, 0);
    let before = fs::read(p.join("news.kb")).unwrap();
    let r = run(p, &["build", "missing.txt", "empty.txt", "--kb", "news.kb"]);
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
    let r = run(p, &["build", "news.jsonl", "--kb", "news.kb", "--no-wait"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains(
            "news.kb: another geokg build is writing this knowledge base; nothing was done"
        ),
        "{r:?}"
    );
    // A build that waits says so, and runs as soon as the lock is released.
    let mut waiting = geokg(p)
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
    // Queries take no lock: they run while a build holds it.
    let held = fs::File::open(p.join("news.kb")).unwrap();
    held.lock().unwrap();
    let r = run(p, &["neighbors", "India", "--kb", "news.kb"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("Pakistan"), "{r:?}");
    drop(held);
    assert_eq!(listing(p), ["news.jsonl", "news.kb"]);
}

#[test]
fn the_build_summary_counts_the_relation_types_found() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();
    fs::write(p.join("news.jsonl"), ARTICLES).unwrap();
    let r = run(p, &["build", "news.jsonl", "--kb", "news.kb"]);
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
