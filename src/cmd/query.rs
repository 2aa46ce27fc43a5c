//! What the knowledge-base commands share: the `--kb` option, the evidence filters, name
//! resolution ("Tehran" → Iran, as the lexicon resolves it, or by stored names and ids),
//! and how evidence is shown.

use super::load_lexicon;
use crate::Cli;
use geokg::graph::{country_entity, HopEdge, KnowledgeGraph, Level};
use geokg::kb::{Filter, KbError, KnowledgeBase, StoredTriple, Suggestion, DEFAULT_KB};
use geokg::lexicon::parse_user_date;
use geokg::model::{EntityRef, Kind, Modality, Polarity};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

/// The knowledge base file.
#[derive(Debug, Clone, clap::Args)]
pub struct KbArg {
    /// The knowledge base file.
    #[arg(long, value_name = "PATH", env = "GEOKG_KB", default_value = DEFAULT_KB)]
    pub kb: PathBuf,
}

/// Polarities of relations, as `--polarity` takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PolarityArg {
    /// Cooperation: meetings, aid, agreements.
    Cooperative,
    /// Conflict: accusations, sanctions, attacks.
    Conflictual,
    /// Structural relations: leader of, member of.
    Neutral,
}

/// Which evidence a query counts.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Only these relations (repeatable, or comma-separated: `--relation meets,visits`).
    #[arg(long = "relation", value_name = "REL", value_delimiter = ',')]
    pub relations: Vec<String>,
    /// Only relations of this polarity.
    #[arg(long, value_enum)]
    pub polarity: Option<PolarityArg>,
    /// Only evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_user_date)]
    pub since: Option<String>,
    /// Only evidence dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_user_date)]
    pub until: Option<String>,
    /// Only evidence with at least this confidence (0 to 1).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f64>,
    /// Write JSON to stdout instead of text.
    #[arg(long)]
    pub json: bool,
}

impl FilterArgs {
    /// The filter, checked against the knowledge base's relation catalogue.
    pub fn filter(&self, kb: &KnowledgeBase) -> Result<Filter, String> {
        if let Some(c) = self.min_confidence {
            if !(0.0..=1.0).contains(&c) {
                return Err(format!("--min-confidence {c}: give a number from 0 to 1"));
            }
        }
        if !self.relations.is_empty() {
            let known: Vec<String> = kb
                .relations()
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(|r| r.id)
                .collect();
            for r in &self.relations {
                if !known.contains(r) {
                    return Err(format!(
                        "--relation {r:?} is not in the relation catalogue; known relations: {}",
                        known.join(", ")
                    ));
                }
            }
        }
        Ok(Filter {
            relations: self.relations.clone(),
            polarity: self.polarity.map(|p| match p {
                PolarityArg::Cooperative => Polarity::Cooperative,
                PolarityArg::Conflictual => Polarity::Conflictual,
                PolarityArg::Neutral => Polarity::Neutral,
            }),
            since: self.since.clone(),
            until: self.until.clone(),
            min_confidence: self.min_confidence,
        })
    }
}

/// Opens the knowledge base for a query, or prints why it cannot.
pub fn open_kb(arg: &KbArg) -> Option<KnowledgeBase> {
    match KnowledgeBase::open(&arg.kb).and_then(|kb| {
        // One consistent view, even while a build commits batches.
        kb.begin_snapshot()?;
        Ok(kb)
    }) {
        Ok(kb) => Some(kb),
        Err(e @ KbError::Missing(_)) => {
            eprintln!("geokg: {e}");
            None
        }
        Err(e) => {
            eprintln!("geokg: {}: {e}", arg.kb.display());
            None
        }
    }
}

/// A query's common context: the knowledge base, the filter, and name resolution.
pub struct Context {
    /// The knowledge base.
    pub kb: KnowledgeBase,
    /// The evidence filter.
    pub filter: Filter,
    lex: geokg::lexicon::Lexicon,
}

/// What a name stands for.
pub enum Resolved {
    /// An entity of the knowledge base.
    Found(EntityRef),
    /// Nothing; the message says why.
    NotFound(String),
}

impl Context {
    /// Loads the lexicon, opens the knowledge base and checks the filters; prints the
    /// problem and returns `None` on failure (exit 2).
    pub fn new(cli: &Cli, kb: &KbArg, filters: &FilterArgs) -> Option<Context> {
        let lex = load_lexicon(cli)?;
        let kb = open_kb(kb)?;
        match filters.filter(&kb) {
            Ok(filter) => Some(Context { kb, filter, lex }),
            Err(e) => {
                eprintln!("geokg: {e}");
                None
            }
        }
    }

    /// Resolves a name as the lexicon does ("Tehran" → Iran), or as an entity id, or as a
    /// name or alias stored in the knowledge base; at country level, rolled up to its
    /// state. Errors of the knowledge base come back as `Err`.
    pub fn resolve(&self, name: &str, level: Level) -> Result<Resolved, KbError> {
        let mut candidates: Vec<EntityRef> = Vec::new();
        if let Some(e) = self.kb.entity(name.trim())? {
            candidates.push(e);
        }
        let mut lexicon_knows: Option<String> = None;
        if candidates.is_empty() {
            for (e, _) in self.lex.lookup(name, None) {
                lexicon_knows.get_or_insert_with(|| format!("{} ({})", e.name, e.id));
                if let Some(k) = self.kb.entity(&e.id)? {
                    candidates.push(k);
                }
            }
        }
        if candidates.is_empty() {
            let mut found = self.kb.find_by_name(name)?;
            found.sort_by_key(|e| (e.kind != Kind::Country, e.id.clone()));
            candidates = found;
        }
        let Some(first) = candidates.first().cloned() else {
            return Ok(Resolved::NotFound(match lexicon_knows {
                Some(k) => format!("{name:?} is {k}, which is not in the knowledge base"),
                None => {
                    let mut msg = format!("unknown entity {name:?}: no entity of the lexicon or the knowledge base has that name or id");
                    let near = self.kb.nearest_names(name, SUGGESTIONS)?;
                    if !near.is_empty() {
                        let names: Vec<String> = near.iter().map(suggestion_text).collect();
                        msg.push_str(&format!("; did you mean {}?", names.join(", or ")));
                    }
                    msg
                }
            }));
        };
        if candidates.len() > 1 {
            let others: Vec<&str> = candidates[1..].iter().map(|e| e.id.as_str()).collect();
            eprintln!(
                "geokg: {name:?} taken as {} ({}); it could also be {}",
                first.name,
                first.id,
                others.join(", ")
            );
        }
        Ok(Resolved::Found(roll_up(&self.kb, first, level)?))
    }

    /// Resolves a name or prints why not; `Err(code)` is the exit code (1 not found, 2 error).
    pub fn resolve_or_report(&self, name: &str, level: Level) -> Result<EntityRef, u8> {
        match self.resolve(name, level) {
            Ok(Resolved::Found(e)) => Ok(e),
            Ok(Resolved::NotFound(msg)) => {
                eprintln!("geokg: {msg}");
                Err(1)
            }
            Err(e) => {
                eprintln!("geokg: {}: {e}", self.kb.path().display());
                Err(2)
            }
        }
    }

    /// The graph under the filter at a level, or prints why not.
    pub fn graph(&self, level: Level) -> Option<KnowledgeGraph> {
        match KnowledgeGraph::load(&self.kb, &self.filter, level) {
            Ok(g) => Some(g),
            Err(e) => {
                eprintln!("geokg: {}: {e}", self.kb.path().display());
                None
            }
        }
    }

    /// The stored evidence of a triple (None if it cannot be read).
    pub fn evidence(&self, id: Option<(i64, f64)>) -> Option<StoredTriple> {
        id.and_then(|(id, _)| self.kb.evidence(id).ok().flatten())
    }
}

/// How many near names an unknown name gets as suggestions.
const SUGGESTIONS: usize = 3;

/// "Sweden (country:SWE)", or "Sweden (country:SWE, as \"Swedes\")" when an alias matched.
fn suggestion_text(s: &Suggestion) -> String {
    if s.matched == s.entity.name {
        format!("{} ({})", s.entity.name, s.entity.id)
    } else {
        format!("{} ({}, as {:?})", s.entity.name, s.entity.id, s.matched)
    }
}

fn roll_up(kb: &KnowledgeBase, e: EntityRef, level: Level) -> Result<EntityRef, KbError> {
    match (level, e.kind, &e.country) {
        (Level::Country, k, Some(c)) if k != Kind::Country => {
            let id = format!("country:{c}");
            let mut m = HashMap::new();
            if let Some(x) = kb.entity(&id)? {
                m.insert(id, x);
            }
            Ok(country_entity(c, &m))
        }
        _ => Ok(e),
    }
}

/// An entity as JSON.
pub fn entity_json(e: &EntityRef) -> Value {
    serde_json::to_value(e).unwrap_or(Value::Null)
}

/// One edge of a hop as JSON, with its strongest evidence.
pub fn edge_json(ctx: &Context, from: &EntityRef, e: &HopEdge<'_>, with_evidence: bool) -> Value {
    let (first, last) = e.data.date_range();
    let mut v = json!({
        "relation": e.relation.id,
        "direction": e.direction(from),
        "subject": e.subject.id,
        "object": e.object.id,
        "polarity": e.relation.polarity,
        "evidence_count": e.data.evidence,
        "modalities": Modality::ALL
            .iter()
            .map(|&m| (m.as_str().to_string(), json!(e.data.count(m))))
            .collect::<serde_json::Map<_, _>>(),
        "first_date": first,
        "last_date": last,
        "max_confidence": round3(e.data.max_confidence),
        "cost": round3(e.cost),
    });
    if with_evidence {
        v["evidence"] = ctx
            .evidence(e.data.best)
            .map_or(Value::Null, |t| evidence_json(&t));
    }
    v
}

/// A stored triple's evidence as JSON: the sentence, where it is from, and the triple.
pub fn evidence_json(t: &StoredTriple) -> Value {
    json!({
        "article": t.article,
        "title": t.title,
        "source": t.source,
        "url": t.url,
        "sentence": t.sentence,
        "text": t.text,
        "start": t.start,
        "end": t.end,
        "subject": t.subject,
        "relation": t.relation,
        "object": t.object,
        "modality": t.modality,
        "confidence": t.confidence,
        "date": t.date,
        "claimed_by": t.claimed_by,
    })
}

/// A number rounded to 3 decimals, for output.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// `A —rel→ B`, `A ←rel— B` or `A —rel— B` as the edge points.
pub fn arrow(from: &EntityRef, to: &EntityRef, e: &HopEdge<'_>) -> String {
    match e.direction(from) {
        "forward" => format!("{} —{}→ {}", from.name, e.relation.id, to.name),
        "backward" => format!("{} ←{}— {}", from.name, e.relation.id, to.name),
        _ => format!("{} —{}— {}", from.name, e.relation.id, to.name),
    }
}

/// "3 evidence (2 asserted, 1 hedged), 2022-11-09 … 2022-11-10"
pub fn edge_summary(e: &HopEdge<'_>) -> String {
    let mods: Vec<String> = Modality::BY_WEIGHT
        .iter()
        .filter(|&&m| e.data.count(m) > 0)
        .map(|&m| format!("{} {}", e.data.count(m), m.as_str()))
        .collect();
    let dates = match e.data.date_range() {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => format!("{a} … {b}"),
        _ => "undated".into(),
    };
    format!(
        "{} evidence ({}), {dates}",
        e.data.evidence,
        mods.join(", ")
    )
}

/// Writes a piece of evidence as two indented lines: the sentence, then where it is from.
pub fn write_evidence(out: &mut dyn Write, indent: &str, ev: &StoredTriple) -> std::io::Result<()> {
    let text: String = ev.text.split_whitespace().collect::<Vec<_>>().join(" ");
    writeln!(out, "{indent}“{text}”")?;
    let mut from = format!("{}, sentence {}", ev.article, ev.sentence);
    let mut extra: Vec<String> = Vec::new();
    match (&ev.source, &ev.title) {
        (Some(s), _) => extra.push(s.clone()),
        (None, Some(t)) => extra.push(format!("“{t}”")),
        _ => {}
    }
    if let Some(d) = &ev.date {
        extra.push(d.clone());
    }
    if ev.modality != Modality::Asserted {
        extra.push(ev.modality.as_str().to_string());
    }
    if let Some(c) = &ev.claimed_by {
        extra.push(format!("according to {c}"));
    }
    if !extra.is_empty() {
        from.push_str(&format!(" ({})", extra.join(", ")));
    }
    writeln!(out, "{indent}  — {from}")
}

/// Prints JSON to stdout (pretty), ignoring a closed pipe.
pub fn print_json(v: &Value) -> u8 {
    let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
    text.push('\n');
    finish_output(std::io::stdout().lock().write_all(text.as_bytes()))
}

/// The exit code for an output result: a closed pipe is fine, other errors are 2.
pub fn finish_output(r: std::io::Result<()>) -> u8 {
    match r {
        Ok(()) => 0,
        Err(e) if super::is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("geokg: cannot write output: {e}");
            2
        }
    }
}
