//! `geokg._native`: the Rust side of the `geokg` Python package. Every function calls the
//! same library code as the CLI (`geokg::extract`, `geokg::output`, `geokg::kb`,
//! `geokg::query`, `geokg::export`); the Python side (`geokg/__init__.py`) turns the JSON
//! these functions return into dicts, and their errors carry the CLI's messages.

use geokg::export::{read_kb, Selection};
use geokg::extract::Extractor;
use geokg::graph::{Level, PathOptions};
use geokg::ingest::{expand_inputs, IngestOptions};
use geokg::kb::lock::Wait;
use geokg::kb::{Filter, KnowledgeBase, WriteStats};
use geokg::lexicon::Lexicon;
use geokg::model::{Article, EntityRef, Triple};
use geokg::output::{write_triple, TripleFormat};
use geokg::query::{QueryError, Session};
use pyo3::exceptions::{PyLookupError, PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// Extractors by lexicon directories, loaded once per process and kept for its life.
type Cache = Mutex<HashMap<Vec<PathBuf>, &'static Extractor<'static>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The lexicon directories: `GEOKG_LEXICON` first, then the caller's, as the CLI orders them.
fn lexicon_dirs(lexicon: Option<Vec<PathBuf>>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Ok(env) = std::env::var("GEOKG_LEXICON") {
        dirs.extend(env.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
    }
    dirs.extend(lexicon.unwrap_or_default());
    dirs
}

fn load_lexicon(dirs: &[PathBuf]) -> PyResult<Lexicon> {
    Lexicon::load_all(dirs, &[]).map_err(|errors| {
        let mut msg: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        msg.push("the lexicon has errors; nothing was run".into());
        PyValueError::new_err(msg.join("\n"))
    })
}

fn extractor(lexicon: Option<Vec<PathBuf>>) -> PyResult<&'static Extractor<'static>> {
    let dirs = lexicon_dirs(lexicon);
    let mut c = cache()
        .lock()
        .map_err(|_| PyRuntimeError::new_err("lock"))?;
    if let Some(ex) = c.get(&dirs) {
        return Ok(ex);
    }
    let lex: &'static Lexicon = Box::leak(Box::new(load_lexicon(&dirs)?));
    let ex: &'static Extractor<'static> = Box::leak(Box::new(Extractor::new(lex)));
    c.insert(dirs, ex);
    Ok(ex)
}

/// `--date` of `extract`: a whole day, `YYYY-MM-DD`, with the CLI's message.
fn day(date: Option<&str>) -> PyResult<Option<String>> {
    let Some(d) = date else { return Ok(None) };
    let parsed = geokg::lexicon::parse_user_date(d)
        .map_err(|e| PyValueError::new_err(format!("invalid date {d:?}: {e}")))?;
    if parsed.len() != 10 {
        return Err(PyValueError::new_err(
            "write the publication date as YYYY-MM-DD",
        ));
    }
    Ok(geokg::shared::civil::day_number(&parsed).map(geokg::shared::civil::day_string))
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
    let fallback = day(date.as_deref())?;
    let run = || -> Vec<(bool, String)> {
        records
            .par_iter()
            .map(|r| match extract_line(ex, r, fallback.as_deref()) {
                Ok(lines) => (true, lines),
                Err(m) => (false, m),
            })
            .collect()
    };
    py.detach(|| {
        if threads == 0 {
            Ok(run())
        } else {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map(|pool| pool.install(run))
                .map_err(|e| e.to_string())
        }
    })
    .map_err(PyRuntimeError::new_err)
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

fn session(kb: &str, lexicon: Option<Vec<PathBuf>>) -> PyResult<Session> {
    let lex = load_lexicon(&lexicon_dirs(lexicon))?;
    Session::open(std::path::Path::new(kb), Filter::default(), lex).map_err(query_err)
}

fn resolve(s: &Session, name: &str, level: Level) -> PyResult<EntityRef> {
    Ok(s.resolve(name, level).map_err(query_err)?.entity)
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
    use geokg::query::path::MAX_HOPS;
    if max_hops == 0 || max_hops > MAX_HOPS || k == 0 {
        return Err(PyValueError::new_err(format!(
            "--max-hops must be 1 to {MAX_HOPS} and -k at least 1"
        )));
    }
    let level = self::level(level)?;
    py.detach(|| {
        let s = session(kb, lexicon)?;
        let from = resolve(&s, a, level)?;
        let to = resolve(&s, b, level)?;
        s.two_entities((a, &from), (b, &to)).map_err(query_err)?;
        let answer = s
            .paths(&from, &to, level, PathOptions { k, max_hops })
            .map_err(query_err)?;
        to_json(&answer)
    })
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
    py.detach(|| {
        let s = session(kb, lexicon)?;
        let e = resolve(&s, entity, level)?;
        to_json(&s.neighbors(&e, level, limit).map_err(query_err)?)
    })
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
    py.detach(|| {
        let s = session(kb, lexicon)?;
        let x = resolve(&s, a, level)?;
        let y = resolve(&s, b, level)?;
        s.two_entities((a, &x), (b, &y)).map_err(query_err)?;
        to_json(&s.history(&x, &y, level).map_err(query_err)?)
    })
}

/// Every stored triple with its evidence and article, as a JSON array of objects.
#[pyfunction]
#[pyo3(signature = (kb, lexicon=None))]
fn kb_triples(py: Python<'_>, kb: &str, lexicon: Option<Vec<PathBuf>>) -> PyResult<String> {
    py.detach(|| {
        let s = session(kb, lexicon)?;
        let rows =
            s.kb.triples(&s.filter)
                .map_err(|e| query_err(s.kb_error(e)))?;
        let v: Vec<serde_json::Value> = rows
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
            .collect();
        to_json(&v)
    })
}

/// The GraphML export of the whole knowledge base (`geokg export -f graphml`).
#[pyfunction]
#[pyo3(signature = (kb, lexicon=None))]
fn kb_graphml(py: Python<'_>, kb: &str, lexicon: Option<Vec<PathBuf>>) -> PyResult<String> {
    py.detach(|| {
        let s = session(kb, lexicon)?;
        let snap = read_kb(&s.kb, &s.filter).map_err(|e| query_err(s.kb_error(e)))?;
        let sg = Selection::default()
            .apply(&snap)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let opts = geokg::export::Options::default();
        Ok(geokg::export::graphml::write(&sg, &opts.title))
    })
}

/// `geokg build INPUT... --kb KB`: extracts the inputs and merges them into the knowledge
/// base. Returns (articles, added, replaced, unchanged, triples, problems as messages).
#[pyfunction]
#[pyo3(signature = (kb, inputs, date=None, lexicon=None))]
#[allow(clippy::type_complexity)]
fn kb_build(
    py: Python<'_>,
    kb: &str,
    inputs: Vec<PathBuf>,
    date: Option<String>,
    lexicon: Option<Vec<PathBuf>>,
) -> PyResult<(usize, usize, usize, usize, usize, Vec<String>)> {
    let ex = extractor(lexicon)?;
    let fallback = day(date.as_deref())?;
    py.detach(|| {
        let path = PathBuf::from(kb);
        let (sources, errors) = expand_inputs(&inputs);
        let mut problems: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        let opts = IngestOptions {
            default_date: fallback
                .as_deref()
                .and_then(geokg::shared::civil::day_number),
            ..IngestOptions::default()
        };
        let mut all: Vec<(Article, Vec<Triple>)> = Vec::new();
        let stats = geokg::pipeline::run(
            &sources,
            &opts,
            ex,
            &mut |a, t| {
                all.push((a, t));
                true
            },
            &mut |e| problems.push(e.to_string()),
        );
        if all.is_empty() {
            return Err(PyValueError::new_err(format!(
                "no input was read; nothing was built, and {} {}{}",
                path.display(),
                if path.exists() {
                    "was left untouched"
                } else {
                    "was not created"
                },
                if problems.is_empty() {
                    String::new()
                } else {
                    format!(": {}", problems.join("; "))
                }
            )));
        }
        let kb_err = |e: geokg::kb::KbError| PyOSError::new_err(format!("{}: {e}", path.display()));
        let mut store =
            KnowledgeBase::open_for_build(&path, Wait::Yes(&mut || {})).map_err(kb_err)?;
        let run_id = store.start_build().map_err(kb_err)?;
        let mut written = WriteStats::default();
        {
            let mut writer = store.writer(ex.lexicon()).map_err(kb_err)?;
            for chunk in all.chunks(2048) {
                written += writer.write_batch(chunk).map_err(kb_err)?;
            }
        }
        store
            .finish_build(run_id, stats.articles, &written, problems.len())
            .map_err(kb_err)?;
        Ok((
            stats.articles,
            written.added,
            written.replaced,
            written.unchanged,
            written.triples,
            problems,
        ))
    })
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
