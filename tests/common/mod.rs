//! The harness every integration test binary shares (`mod common;`): running the binary
//! ([`geokg`], [`run`], [`Run`]), the project's sample articles, and the prerequisites some
//! tests need beyond the project: Graphviz's `dot` and Chromium ([`have`]) and the
//! development data in `../shared` ([`shared`]).
//!
//! A test whose prerequisite is missing cannot pass in silence. Under CI (`CI` set, as
//! `.ci/run` does) it fails with a message naming what is missing. Elsewhere it stops (or
//! leaves out the part that needs it) and says so on the terminal, outside the output that
//! `cargo test` captures, so that a plain `cargo test` shows a line such as
//! `NOT RUN export::dot_is_parsed_and_drawn_by_graphviz: needs dot (Graphviz) ...`.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

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
