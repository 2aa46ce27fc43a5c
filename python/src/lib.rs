//! `geokg._native`: the Rust side of the `geokg` Python package. Every function calls the
//! same library functions as the CLI's commands (`geokg::extract` and `geokg::output` for
//! `extract`, `geokg::build::build` for `build`, `geokg::query` for `path`, `neighbors` and
//! `history`, `geokg::export` for `export -f graphml`); the Python side
//! (`geokg/__init__.py`) turns the JSON these functions return into dicts. Errors carry the
//! CLI's messages (without its `geokg: `), and what the CLI says on stderr as it goes (input
//! problems, ambiguous names, warnings) comes as `geokg.GeokgWarning`s.

use geokg::build::{BuildError, Input, Options, Progress};
use geokg::export::{read_kb, ExportFormat, Selection};
use geokg::extract::Extractor;
use geokg::graph::{Level, PathOptions};
use geokg::ingest::IngestOptions;
use geokg::kb::Filter;
use geokg::lexicon::{Lexicon, LEXICON_HAS_ERRORS};
use geokg::output::{write_triple, TripleFormat};
use geokg::query::{QueryError, QueryResult, Session};
use pyo3::exceptions::{PyLookupError, PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The lexicon a caller asks for: `GEOKG_LEXICON` as the process sees it, and the
/// directories given (`lexicon=`, as `--lexicon`).
type LexiconKey = (Option<String>, Vec<PathBuf>);

/// Extractors by lexicon, loaded once per process and kept for its life.
type Cache = Mutex<HashMap<LexiconKey, &'static Extractor<'static>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The lexicon as the CLI loads it (`Lexicon::load_user`), or its errors as the CLI
/// reports them, one a line.
fn load_lexicon(dirs: &[PathBuf]) -> PyResult<Lexicon> {
    Lexicon::load_user(dirs, &[]).map_err(|errors| {
        let mut msg: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        msg.push(LEXICON_HAS_ERRORS.into());
        PyValueError::new_err(msg.join("\n"))
    })
}

fn extractor(lexicon: Option<Vec<PathBuf>>) -> PyResult<&'static Extractor<'static>> {
    let dirs = lexicon.unwrap_or_default();
    let key = (std::env::var("GEOKG_LEXICON").ok(), dirs);
    let mut c = cache()
        .lock()
        .map_err(|_| PyRuntimeError::new_err("lock"))?;
    if let Some(ex) = c.get(&key) {
        return Ok(ex);
    }
    let lex: &'static Lexicon = Box::leak(Box::new(load_lexicon(&key.1)?));
    let ex: &'static Extractor<'static> = Box::leak(Box::new(Extractor::new(lex)));
    c.insert(key, ex);
    Ok(ex)
}

/// `--date` of `extract` and `build`: the day number of a whole day, `YYYY-MM-DD`, with the
/// CLI's message.
fn day(date: Option<&str>) -> PyResult<Option<i32>> {
    let Some(d) = date else { return Ok(None) };
    let parsed = geokg::lexicon::parse_user_day(d).map_err(PyValueError::new_err)?;
    Ok(geokg::shared::civil::day_number(&parsed))
}

/// Extracts one article given as a JSON object (as a line of JSON Lines): its triples as
/// the lines `geokg extract` writes, or the problem the CLI reports.
fn extract_line(ex: &Extractor, line: &str, fallback: Option<&str>) -> Result<String, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let mut a = geokg::ingest::article_from_value(&v)?;
    geokg::ingest::complete_date(&mut a, fallback);
    let triples = ex.extract_article(&a);
    let mut out = Vec::new();
    for t in &triples {
        write_triple(&mut out, t, TripleFormat::Jsonl).map_err(|e| e.to_string())?;
    }
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// Runs `work` on `threads` worker threads (0: rayon's pool, all cores).
fn on_threads<T: Send>(threads: usize, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    if threads == 0 {
        return Ok(work());
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map(|pool| pool.install(work))
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// Extracts a batch of articles (each a JSON object) on `threads` worker threads (0: all
/// cores) without the GIL. Each result is `(True, json_lines)` or `(False, message)`, in
/// input order.
#[pyfunction]
#[pyo3(signature = (records, date=None, lexicon=None, threads=0))]
fn extract_batch(
    py: Python<'_>,
    records: Vec<String>,
    date: Option<String>,
    lexicon: Option<Vec<PathBuf>>,
    threads: usize,
) -> PyResult<Vec<(bool, String)>> {
    let ex = extractor(lexicon)?;
    let fallback = day(date.as_deref())?.map(geokg::shared::civil::day_string);
    py.detach(|| {
        on_threads(threads, || {
            records
                .par_iter()
                .map(|r| match extract_line(ex, r, fallback.as_deref()) {
                    Ok(lines) => (true, lines),
                    Err(m) => (false, m),
                })
                .collect()
        })
    })
}

fn query_err(e: QueryError) -> PyErr {
    match e {
        QueryError::NotFound(m) => PyLookupError::new_err(m),
        QueryError::Usage(m) => PyValueError::new_err(m),
        e => PyOSError::new_err(e.to_string()),
    }
}

fn level(name: &str) -> PyResult<Level> {
    match name {
        "entity" => Ok(Level::Entity),
        "country" => Ok(Level::Country),
        _ => Err(PyValueError::new_err(format!(
            "level must be \"entity\" or \"country\", not {name:?}"
        ))),
    }
}

/// Emits each message as a `geokg.GeokgWarning`, pointing at the caller of the `geokg`
/// function that called this one.
fn warn_all(py: Python<'_>, messages: &[String]) -> PyResult<()> {
    if messages.is_empty() {
        return Ok(());
    }
    let category = py.import("geokg")?.getattr("GeokgWarning")?;
    for m in messages {
        let text = std::ffi::CString::new(format!("geokg: {m}").replace('\0', " "))
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        PyErr::warn(py, &category, &text, 2)?;
    }
    Ok(())
}

/// Opens a query session on `kb` as the CLI's query commands do (the lexicon, then the
/// knowledge base) and runs `ask` on it, without the GIL; the notes on ambiguous names come
/// as warnings.
fn query<T: Send>(
    py: Python<'_>,
    kb: &str,
    lexicon: Option<Vec<PathBuf>>,
    ask: impl FnOnce(&Session, &mut dyn FnMut(&str)) -> QueryResult<T> + Send,
) -> PyResult<T> {
    let mut notes: Vec<String> = Vec::new();
    let answer = py.detach(|| {
        let lex = load_lexicon(&lexicon.unwrap_or_default())?;
        let s = Session::open(Path::new(kb), Filter::default(), lex).map_err(query_err)?;
        ask(&s, &mut |n| notes.push(n.to_string())).map_err(query_err)
    });
    warn_all(py, &notes)?;
    answer
}

fn to_json(v: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// `geokg path A B --json`: the answer as JSON.
#[pyfunction]
#[pyo3(signature = (kb, a, b, k=3, max_hops=4, level="entity", lexicon=None))]
#[allow(clippy::too_many_arguments)]
fn kb_path(
    py: Python<'_>,
    kb: &str,
    a: &str,
    b: &str,
    k: usize,
    max_hops: usize,
    level: &str,
    lexicon: Option<Vec<PathBuf>>,
) -> PyResult<String> {
    let opts = PathOptions { k, max_hops };
    geokg::query::path::check_options(opts).map_err(query_err)?;
    let level = self::level(level)?;
    to_json(&query(py, kb, lexicon, |s, note| {
        let (from, to) = s.resolve_two(a, b, level, note)?;
        s.paths(&from, &to, level, opts)
    })?)
}

/// `geokg neighbors X --json`: the answer as JSON.
#[pyfunction]
#[pyo3(signature = (kb, entity, limit=50, level="entity", lexicon=None))]
fn kb_neighbors(
    py: Python<'_>,
    kb: &str,
    entity: &str,
    limit: usize,
    level: &str,
    lexicon: Option<Vec<PathBuf>>,
) -> PyResult<String> {
    let level = self::level(level)?;
    to_json(&query(py, kb, lexicon, |s, note| {
        let e = s.resolve_noted(entity, level, note)?;
        s.neighbors(&e, level, limit)
    })?)
}

/// `geokg history A B --json`: the answer as JSON.
#[pyfunction]
#[pyo3(signature = (kb, a, b, level="country", lexicon=None))]
fn kb_history(
    py: Python<'_>,
    kb: &str,
    a: &str,
    b: &str,
    level: &str,
    lexicon: Option<Vec<PathBuf>>,
) -> PyResult<String> {
    let level = self::level(level)?;
    to_json(&query(py, kb, lexicon, |s, note| {
        let (x, y) = s.resolve_two(a, b, level, note)?;
        s.history(&x, &y, level)
    })?)
}

/// Every stored triple with its evidence and article, as a JSON array of objects.
#[pyfunction]
#[pyo3(signature = (kb, lexicon=None))]
fn kb_triples(py: Python<'_>, kb: &str, lexicon: Option<Vec<PathBuf>>) -> PyResult<String> {
    let rows = query(py, kb, lexicon, |s, _| {
        let rows = s.kb.triples(&s.filter).map_err(|e| s.kb_error(e))?;
        Ok(rows
            .iter()
            .map(|t| {
                serde_json::json!({
                    "id": t.id,
                    "article": t.article,
                    "sentence": t.sentence,
                    "subject": t.subject,
                    "relation": t.relation,
                    "object": t.object,
                    "plover": t.plover.map(|p| p.as_str()),
                    "cameo": t.cameo,
                    "polarity": t.polarity.as_str(),
                    "modality": t.modality.as_str(),
                    "claimed_by": t.claimed_by,
                    "confidence": t.confidence,
                    "date": t.date,
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "title": t.title,
                    "published": t.published,
                    "source": t.source,
                    "url": t.url,
                })
            })
            .collect::<Vec<_>>())
    })?;
    to_json(&rows)
}

/// The GraphML export of the whole knowledge base, as `geokg export -f graphml` writes it.
#[pyfunction]
#[pyo3(signature = (kb, lexicon=None))]
fn kb_graphml(py: Python<'_>, kb: &str, lexicon: Option<Vec<PathBuf>>) -> PyResult<String> {
    query(py, kb, lexicon, |s, _| {
        let snap = read_kb(&s.kb, &s.filter).map_err(|e| s.kb_error(e))?;
        let sg = Selection::default()
            .apply(&snap)
            .map_err(|e| QueryError::Usage(e.to_string()))?;
        let opts = geokg::export::Options {
            title: geokg::export::default_title(&sg),
            ..Default::default()
        };
        match geokg::export::export(&sg, ExportFormat::Graphml, true, &opts) {
            Ok(geokg::export::Artefact::File(bytes)) => Ok(String::from_utf8_lossy(&bytes).into()),
            Ok(_) => Err(QueryError::Usage("GraphML is one file".into())),
            Err(e) => Err(QueryError::Usage(e.to_string())),
        }
    })
}

/// What a build tells Python: the messages the CLI prints as it goes, kept until the GIL
/// is held again.
#[derive(Default)]
struct Collect {
    problems: Mutex<Vec<String>>,
    warnings: Mutex<Vec<String>>,
}

impl Progress for Collect {
    fn problem(&self, error: &geokg::error::Error) {
        if let Ok(mut p) = self.problems.lock() {
            p.push(error.to_string());
        }
    }
    fn waiting(&self, message: &str) {
        self.warning(message);
    }
    fn warning(&self, message: &str) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(message.to_string());
        }
    }
}

/// What `kb_build` returns: articles read, added, replaced, unchanged, triples written, the
/// input problems (each also a warning), and the line `geokg build` ends with.
type BuildCounts = (usize, usize, usize, usize, usize, Vec<String>, String);

/// `geokg build INPUT... --kb KB` (or `--triples DIR` with `prebuilt`): the same library
/// function, on all cores (or `threads`), without the GIL. Input problems and warnings come
/// as `GeokgWarning`s; a build that reads nothing raises `ValueError`, a knowledge base that
/// cannot be opened or written `OSError`, with the CLI's messages.
#[pyfunction]
#[pyo3(signature = (kb, inputs, date=None, lexicon=None, prebuilt=None, known_only=false, wait=true, threads=0))]
#[allow(clippy::too_many_arguments)]
fn kb_build(
    py: Python<'_>,
    kb: &str,
    inputs: Vec<PathBuf>,
    date: Option<String>,
    lexicon: Option<Vec<PathBuf>>,
    prebuilt: Option<PathBuf>,
    known_only: bool,
    wait: bool,
    threads: usize,
) -> PyResult<BuildCounts> {
    let ex = extractor(lexicon)?;
    let path = PathBuf::from(kb);
    let opts = Options {
        ingest: IngestOptions {
            default_date: day(date.as_deref())?,
            ..IngestOptions::default()
        },
        wait,
        known_only,
        ..Options::new(&path)
    };
    let input = match &prebuilt {
        Some(dir) => Input::Prebuilt(dir),
        None => Input::Articles(&inputs),
    };
    let progress = Collect::default();
    let result =
        py.detach(|| on_threads(threads, || geokg::build::build(input, ex, &opts, &progress)))?;
    let problems = progress.problems.into_inner().unwrap_or_default();
    let warnings = progress.warnings.into_inner().unwrap_or_default();
    warn_all(py, &problems)?;
    warn_all(py, &warnings)?;
    match result {
        Ok(r) => Ok((
            r.run.articles,
            r.written.added,
            r.written.replaced,
            r.written.unchanged,
            r.written.triples,
            problems,
            r.summary(&path),
        )),
        Err(e @ BuildError::NothingRead { .. }) => Err(PyValueError::new_err(e.to_string())),
        Err(e) => Err(PyOSError::new_err(e.to_string())),
    }
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(kb_path, m)?)?;
    m.add_function(wrap_pyfunction!(kb_neighbors, m)?)?;
    m.add_function(wrap_pyfunction!(kb_history, m)?)?;
    m.add_function(wrap_pyfunction!(kb_triples, m)?)?;
    m.add_function(wrap_pyfunction!(kb_graphml, m)?)?;
    m.add_function(wrap_pyfunction!(kb_build, m)?)?;
    Ok(())
}
