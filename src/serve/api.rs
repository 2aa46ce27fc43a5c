//! The JSON API: one function per endpoint, each reading its parameters ([`Params`]),
//! asking the [`Session`] what `geokg path`, `neighbors` and `history` ask, and returning
//! the same answers as JSON (`path`, `neighbors` and `history` serialise exactly as the
//! commands' `--json`).

use super::params::{Params, FILTER};
use super::ApiError;
use crate::export::{html, KbSnapshot, Selection};
use crate::graph::{Level, PathOptions};
use crate::kb::search::TripleQuery;
use crate::kb::StoredTriple;
use crate::model::EntityRef;
use crate::query::path::MAX_HOPS;
use crate::query::{QueryError, Session};
use serde_json::{json, Value};
use std::collections::HashMap;

/// The endpoints, for the message of an unknown one.
pub const ENDPOINTS: &str = "/api/info, /api/search?q=, /api/path?from=&to=, \
    /api/neighbors?entity=, /api/history?a=&b=, /api/triples, /api/graph?ids=";

/// At most this many entities in one `/api/graph` request.
pub const GRAPH_MAX_ENTITIES: usize = 300;

/// At most this many triples (evidence sentences) in one `/api/graph` answer.
pub const GRAPH_MAX_TRIPLES: usize = 20_000;

fn with_filter<'a>(own: &[&'a str]) -> Vec<&'a str> {
    let mut v = own.to_vec();
    v.extend(FILTER);
    v
}

/// Opens the request's snapshot with its filter.
fn begin(session: &mut Session, p: &Params) -> Result<(), ApiError> {
    let filter = p.filter()?;
    session.renew(filter).map_err(|e| match e {
        // the check's message names the command's flag; here it is a parameter
        QueryError::Usage(m) => ApiError::bad(m.replacen("--relation ", "relation=", 1)),
        e => ApiError::from(e),
    })
}

fn resolve(session: &Session, name: &str, level: Level) -> Result<EntityRef, ApiError> {
    Ok(session.resolve(name, level)?.entity)
}

/// `GET /api/info`: what the knowledge base holds (table counts), its last build, and
/// the relation catalogue with the relations' polarities and PLOVER types.
pub fn info(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(query, &[])?;
    begin(session, &p)?;
    let kb = &session.kb;
    let err = |e| session.kb_error(e);
    let counts: serde_json::Map<String, Value> = kb
        .counts()
        .map_err(err)?
        .into_iter()
        .map(|(k, n)| (k.to_string(), json!(n)))
        .collect();
    let used: HashMap<String, i64> = kb
        .triple_counts_by("relation")
        .map_err(err)?
        .into_iter()
        .collect();
    let relations: Vec<Value> = kb
        .relations()
        .map_err(err)?
        .into_iter()
        .filter_map(|r| {
            let n = *used.get(&r.id)?;
            Some(json!({
                "id": r.id, "label": r.label, "symmetric": r.symmetric,
                "plover": r.plover, "polarity": r.polarity, "triples": n,
            }))
        })
        .collect();
    Ok(json!({
        "kb": kb.path().display().to_string(),
        "counts": counts,
        "last_build": kb.last_build().map_err(err)?,
        "build_running": kb.build_running(),
        "relations": relations,
    }))
}

/// `GET /api/search?q=PREFIX[&limit=N]`: entities whose name, alias or id starts with the
/// text (ASCII letters ignoring case), with their ids, kinds and edge counts.
pub fn search(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(query, &["q", "limit"])?;
    let q = p
        .required("q", "the start of a name, alias or id")?
        .to_string();
    let limit = p.number("limit", 20, 1, 200)?;
    begin(session, &p)?;
    let found = session
        .kb
        .search_entities(&q, limit)
        .map_err(|e| session.kb_error(e))?;
    Ok(json!({ "query": q, "entities": found }))
}

/// `GET /api/path?from=A&to=B[&k=3&max_hops=4&level=entity&filters]`: `geokg path --json`.
/// When there is no path, `paths` is empty and `message` says why.
pub fn path(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(
        query,
        &with_filter(&["from", "to", "k", "max_hops", "level"]),
    )?;
    let from_name = p.required("from", "where the paths start (a name or an id)")?;
    let to_name = p.required("to", "where they end (a name or an id)")?;
    let opts = PathOptions {
        k: p.number("k", 3, 1, 20)?,
        max_hops: p.number("max_hops", 4, 1, MAX_HOPS)?,
    };
    let level = p.level(Level::Entity)?;
    begin(session, &p)?;
    let from = resolve(session, from_name, level)?;
    let to = resolve(session, to_name, level)?;
    session.two_entities((from_name, &from), (to_name, &to))?;
    let answer = session.paths(&from, &to, level, opts)?;
    let mut v = serde_json::to_value(&answer).map_err(ApiError::internal)?;
    if let Some(why) = &answer.unconnected {
        v["message"] = json!(why);
    }
    Ok(v)
}

/// `GET /api/neighbors?entity=X[&limit=50&level=entity&filters]`: `geokg neighbors
/// --json`.
pub fn neighbors(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(query, &with_filter(&["entity", "limit", "level"]))?;
    let name = p.required("entity", "a name or an id")?;
    let limit = p.number("limit", 50, 1, 10_000)?;
    let level = p.level(Level::Entity)?;
    begin(session, &p)?;
    let entity = resolve(session, name, level)?;
    let answer = session.neighbors(&entity, level, limit)?;
    serde_json::to_value(&answer).map_err(ApiError::internal)
}

/// `GET /api/history?a=A&b=B[&level=country&filters]`: `geokg history --json`.
pub fn history(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(query, &with_filter(&["a", "b", "level"]))?;
    let a_name = p.required("a", "one side (a name or an id)")?;
    let b_name = p.required("b", "the other side (a name or an id)")?;
    let level = p.level(Level::Country)?;
    begin(session, &p)?;
    let a = resolve(session, a_name, level)?;
    let b = resolve(session, b_name, level)?;
    session.two_entities((a_name, &a), (b_name, &b))?;
    let answer = session.history(&a, &b, level)?;
    serde_json::to_value(&answer).map_err(ApiError::internal)
}

/// `GET /api/triples[?entity=X&other=Y&plover=T&limit=50&offset=0&filters]`: stored
/// triples, newest first, each with its sentence, dates, claim and modality, and how many
/// pass in all.
pub fn triples(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(
        query,
        &with_filter(&["entity", "other", "plover", "limit", "offset"]),
    )?;
    let limit = p.number("limit", 50, 1, 1000)?;
    let offset = p.number("offset", 0, 0, usize::MAX)?;
    let plover = p.plover()?;
    if p.get("other").is_some() && p.get("entity").is_none() {
        return Err(ApiError::bad(
            "parameter \"other\" needs \"entity\": the triples between the two",
        ));
    }
    begin(session, &p)?;
    let entity = match p.get("entity") {
        Some(n) => Some(resolve(session, n, Level::Entity)?),
        None => None,
    };
    let other = match p.get("other") {
        Some(n) => Some(resolve(session, n, Level::Entity)?),
        None => None,
    };
    let q = TripleQuery {
        entity: entity.as_ref().map(|e| e.id.clone()),
        other: other.as_ref().map(|e| e.id.clone()),
        plover,
        offset,
        limit,
    };
    let (rows, total) = session
        .kb
        .triples_page(&session.filter, &q)
        .map_err(|e| session.kb_error(e))?;
    let mut names: HashMap<String, Value> = HashMap::new();
    let mut ent = |id: &str| -> Result<Value, ApiError> {
        if let Some(v) = names.get(id) {
            return Ok(v.clone());
        }
        let e = session.kb.entity(id).map_err(|e| session.kb_error(e))?;
        let v = match e {
            Some(e) => json!(e),
            None => json!(EntityRef::from_id(id)),
        };
        names.insert(id.to_string(), v.clone());
        Ok(v)
    };
    let mut out = Vec::with_capacity(rows.len());
    for t in rows {
        let (s, o) = (ent(&t.subject)?, ent(&t.object)?);
        out.push(triple_json(t, s, o));
    }
    Ok(json!({
        "entity": entity,
        "other": other,
        "total": total,
        "offset": offset,
        "limit": limit,
        "triples": out,
    }))
}

/// A stored triple as the API writes it: the contract's record (`geokg extract`), with
/// the triple's id, the claim source's name and the article's title, source and URL.
fn triple_json(t: StoredTriple, subject: Value, object: Value) -> Value {
    json!({
        "id": t.id,
        "article": t.article,
        "sentence": t.sentence,
        "subject": subject,
        "relation": t.relation,
        "object": object,
        "plover": t.plover,
        "cameo": t.cameo,
        "polarity": t.polarity,
        "modality": t.modality,
        "claimed_by": t.claimed_by,
        "confidence": (t.confidence * 1000.0).round() / 1000.0,
        "date": t.date,
        "evidence": {
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "article_date": t.published,
        },
        "title": t.title,
        "source": t.source,
        "url": t.url,
    })
}

/// `GET /api/graph?ids=ID,ID,...[&filters]`: the part of the graph among these entities
/// (entity ids), drawn as the HTML export draws it: the page's data (nodes with positions,
/// edges with all their evidence), with `truncated` when more than
/// [`GRAPH_MAX_TRIPLES`] sentences would be sent.
pub fn graph(session: &mut Session, query: &str) -> Result<Value, ApiError> {
    let p = Params::parse(query, &with_filter(&["ids"]))?;
    let mut ids = p.list("ids");
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(ApiError::bad(
            "parameter \"ids\" is required: entity ids, comma-separated",
        ));
    }
    if ids.len() > GRAPH_MAX_ENTITIES {
        return Err(ApiError::bad(format!(
            "{} entities asked for; at most {GRAPH_MAX_ENTITIES} at once",
            ids.len()
        )));
    }
    begin(session, &p)?;
    let kb = &session.kb;
    let err = |e| session.kb_error(e);
    let mut entities = HashMap::new();
    for id in &ids {
        match kb.entity(id).map_err(err)? {
            Some(e) => {
                entities.insert(id.clone(), e);
            }
            None => {
                return Err(ApiError::not_found(format!(
                    "no entity has the id {id:?} in the knowledge base"
                )))
            }
        }
    }
    let (triples, truncated) = kb
        .triples_among(&session.filter, &ids, GRAPH_MAX_TRIPLES)
        .map_err(err)?;
    let snap = KbSnapshot {
        relations: kb.relations().map_err(err)?,
        entities,
        triples,
    };
    let sg = Selection::default()
        .apply(&snap)
        .map_err(|e| ApiError::internal(e.to_string()))?;
    let mut v = html::page_data(&sg, "geokg");
    v["truncated"] = json!(truncated);
    Ok(v)
}
