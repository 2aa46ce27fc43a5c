//! What the knowledge-base commands share: the `--kb`, `--level` and `--json` options, the
//! evidence filters, opening a query session and resolving names with their messages (the
//! work is `geokg::query`'s), and how evidence is shown as text.

use super::{choice, load_lexicon};
use crate::Cli;
use geokg::graph::Level;
use geokg::kb::{Filter, StoredTriple, DEFAULT_KB};
use geokg::lexicon::parse_user_date;
use geokg::model::{EntityRef, Modality, Polarity};
use geokg::query::{QueryError, Session};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// The knowledge base file.
#[derive(Debug, Clone, clap::Args)]
pub struct KbArg {
    /// The knowledge base file.
    #[arg(long, value_name = "PATH", env = "GEOKG_KB", default_value = DEFAULT_KB)]
    pub kb: PathBuf,
}

/// Polarities of relations, as `--polarity` takes them, with their help.
const POLARITIES: &[(Polarity, &str)] = &[
    (
        Polarity::Cooperative,
        "Cooperation: meetings, aid, agreements",
    ),
    (
        Polarity::Conflictual,
        "Conflict: accusations, sanctions, attacks",
    ),
    (
        Polarity::Neutral,
        "Structural relations: leader of, member of",
    ),
];

/// Levels, as `--level` takes them, with their help.
pub const LEVELS: &[(Level, &str)] = &[
    (
        Level::Entity,
        "People, bodies, places and states as extracted",
    ),
    (
        Level::Country,
        "People, bodies and places replaced by the state in their `country`",
    ),
];

/// Which evidence a query counts.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Only these relations (repeatable, or comma-separated: `--relation meets,visits`).
    #[arg(long = "relation", value_name = "REL", value_delimiter = ',')]
    pub relations: Vec<String>,
    /// Only relations of this polarity.
    #[arg(long, value_parser = choice(POLARITIES, Polarity::as_str))]
    pub polarity: Option<Polarity>,
    /// Only evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_user_date)]
    pub since: Option<String>,
    /// Only evidence dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_user_date)]
    pub until: Option<String>,
    /// Only evidence with at least this confidence (0 to 1).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f64>,
    /// Only entities the lexicon knows: leave out the triples of open-world (`new:`)
    /// entities, which are kept by default.
    #[arg(long)]
    pub known_only: bool,
}

impl FilterArgs {
    /// The filter (checked against the knowledge base when the session opens).
    pub fn filter(&self) -> Filter {
        Filter {
            relations: self.relations.clone(),
            polarity: self.polarity,
            since: self.since.clone(),
            until: self.until.clone(),
            min_confidence: self.min_confidence,
            known_only: self.known_only,
        }
    }
}

/// What every query command takes after its own options: the evidence filters, `--json`
/// and `--kb`.
#[derive(Debug, Clone, clap::Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Write JSON to stdout instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub kb: KbArg,
}

impl QueryArgs {
    /// Opens the query session, as [`session`] does.
    pub fn session(&self, cli: &Cli) -> Option<Session> {
        session(cli, &self.kb, &self.filters)
    }

    /// Opens the session, resolves `name` in it (as [`resolve`] does) and asks `query` of the
    /// entity; `Err` is the exit code, after the problem is printed.
    pub fn ask<T>(
        &self,
        cli: &Cli,
        name: &str,
        level: Level,
        query: impl FnOnce(&Session, &EntityRef) -> Result<T, QueryError>,
    ) -> Result<(T, EntityRef), u8> {
        let session = self.session(cli).ok_or(2u8)?;
        let entity = resolve(&session, name, level)?;
        let answer = query(&session, &entity).map_err(|e| report(&e))?;
        Ok((answer, entity))
    }

    /// As [`QueryArgs::ask`], of two names that must stand for two different entities
    /// (as [`resolve_two`] resolves them).
    pub fn ask_two<T>(
        &self,
        cli: &Cli,
        (a, b): (&str, &str),
        level: Level,
        query: impl FnOnce(&Session, &EntityRef, &EntityRef) -> Result<T, QueryError>,
    ) -> Result<(T, EntityRef, EntityRef), u8> {
        let session = self.session(cli).ok_or(2u8)?;
        let (a, b) = resolve_two(&session, a, b, level)?;
        let answer = query(&session, &a, &b).map_err(|e| report(&e))?;
        Ok((answer, a, b))
    }

    /// Prints an answer: as JSON with `--json` ([`print_json`]), else as `write_text` writes
    /// it ([`print_text`]); returns the exit code.
    pub fn print<T: Serialize>(
        &self,
        answer: &T,
        write_text: impl FnOnce(&mut dyn Write, &T) -> std::io::Result<()>,
    ) -> u8 {
        if self.json {
            print_json(answer)
        } else {
            print_text(|out| write_text(out, answer))
        }
    }
}

/// Prints a query error; returns its exit code.
pub fn report(e: &QueryError) -> u8 {
    eprintln!("geokg: {e}");
    e.exit_code()
}

/// Loads the lexicon, opens the knowledge base and checks the filters; prints the problem
/// and returns `None` on failure (exit 2).
pub fn session(cli: &Cli, kb: &KbArg, filters: &FilterArgs) -> Option<Session> {
    let lex = load_lexicon(cli)?;
    match Session::open(&kb.kb, filters.filter(), lex) {
        Ok(s) => Some(s),
        Err(e) => {
            report(&e);
            None
        }
    }
}

/// Resolves a name, saying which entity an ambiguous one was taken as, or prints why it
/// cannot; `Err(code)` is the exit code (1 not found, 2 error).
pub fn resolve(session: &Session, name: &str, level: Level) -> Result<EntityRef, u8> {
    session
        .resolve_noted(name, level, &mut say)
        .map_err(|e| report(&e))
}

/// Resolves two names that must stand for two different entities, as [`resolve`] does.
pub fn resolve_two(
    session: &Session,
    a: &str,
    b: &str,
    level: Level,
) -> Result<(EntityRef, EntityRef), u8> {
    session
        .resolve_two(a, b, level, &mut say)
        .map_err(|e| report(&e))
}

/// Prints a note on stderr.
fn say(note: &str) {
    eprintln!("geokg: {note}");
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

/// Prints an answer as JSON to stdout (pretty, keys sorted), ignoring a closed pipe.
pub fn print_json(answer: &impl Serialize) -> u8 {
    let v = serde_json::to_value(answer).unwrap_or_default();
    let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
    text.push('\n');
    finish_output(std::io::stdout().lock().write_all(text.as_bytes()))
}

/// Writes text to stdout with `write`, ignoring a closed pipe; returns the exit code.
pub fn print_text(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> u8 {
    let out = std::io::stdout();
    let mut out = out.lock();
    finish_output(write(&mut out))
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
