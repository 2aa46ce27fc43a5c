//! Stage 8, query: what `geokg path`, `neighbors`, `history` and `stats` answer, over a
//! knowledge base, for the binary and for any other caller (the Python package).
//!
//! Takes a [`Session`]: an open knowledge base (one consistent snapshot, even while a build
//! writes), the evidence [`Filter`] checked against it, and the lexicon for names. A name
//! resolves as the lexicon resolves it ("Tehran" is Iran), or as a stored entity id, name or
//! alias; an unknown one gets the nearest stored names as suggestions. Returns typed answers
//! ([`path::PathAnswer`], [`neighbors::NeighborsAnswer`], [`history::HistoryAnswer`],
//! [`stats::Stats`]) that serialise to the commands' JSON; the binary writes them as JSON or
//! as text.

pub mod history;
pub mod neighbors;
pub mod path;
pub mod stats;
mod views;

pub use views::{EdgeView, EvidencedEdge};

use crate::graph::{country_entity, KnowledgeGraph, Level};
use crate::kb::{Filter, KbError, KnowledgeBase, StoredTriple, Suggestion};
use crate::lexicon::Lexicon;
use crate::model::{EntityRef, Kind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What can go wrong with a query.
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryError {
    /// The knowledge base could not be opened or read.
    Kb {
        /// Its file.
        path: PathBuf,
        /// What went wrong.
        error: KbError,
    },
    /// The request cannot be answered as given (the message says how to fix it).
    Usage(String),
    /// A name stands for no entity of the knowledge base (the message says why, with
    /// suggestions).
    NotFound(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // the message names the file and says how to create it
            QueryError::Kb {
                error: e @ KbError::Missing(_),
                ..
            } => write!(f, "{e}"),
            QueryError::Kb { path, error } => write!(f, "{}: {error}", path.display()),
            QueryError::Usage(m) | QueryError::NotFound(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for QueryError {}

impl QueryError {
    /// The exit code the binary gives it: 1 when nothing was found, 2 for an error.
    pub fn exit_code(&self) -> u8 {
        match self {
            QueryError::NotFound(_) => 1,
            _ => 2,
        }
    }
}

/// Result of queries.
pub type QueryResult<T> = Result<T, QueryError>;

/// An entity a name resolved to.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The entity (at country level, the state it rolls up to).
    pub entity: EntityRef,
    /// When the name could mean several entities: the one taken, before any roll-up, and
    /// the ids of the others.
    pub ambiguous: Option<(EntityRef, Vec<String>)>,
}

impl Resolved {
    /// When the name could mean several entities, what to tell the user: which one `name`
    /// was taken as, and which others it could be.
    pub fn note(&self, name: &str) -> Option<String> {
        let (first, others) = self.ambiguous.as_ref()?;
        Some(format!(
            "{name:?} taken as {} ({}); it could also be {}",
            first.name,
            first.id,
            others.join(", ")
        ))
    }
}

/// How many near names an unknown name gets as suggestions.
const SUGGESTIONS: usize = 3;

/// A knowledge base open for queries, with the evidence filter and the lexicon.
pub struct Session {
    /// The knowledge base, read in one snapshot.
    pub kb: KnowledgeBase,
    /// Which evidence the queries count.
    pub filter: Filter,
    lex: Arc<Lexicon>,
}

impl Session {
    /// Opens the knowledge base at `path` for queries (one consistent snapshot, even while
    /// a build commits batches) and checks `filter` against it.
    pub fn open(path: &Path, filter: Filter, lex: Lexicon) -> QueryResult<Session> {
        let kb = KnowledgeBase::open(path)
            .and_then(|kb| {
                kb.begin_snapshot()?;
                Ok(kb)
            })
            .map_err(|error| QueryError::Kb {
                path: path.to_path_buf(),
                error,
            })?;
        filter.check(&kb).map_err(QueryError::Usage)?;
        Ok(Session {
            kb,
            filter,
            lex: Arc::new(lex),
        })
    }

    /// Opens the knowledge base at `path` read-only ([`KnowledgeBase::open_read_only`]), for
    /// a server: several sessions share one lexicon, and [`Session::renew`] starts each
    /// request on the latest committed state with its own filter.
    pub fn open_read_only(path: &Path, lex: Arc<Lexicon>) -> QueryResult<Session> {
        let kb = KnowledgeBase::open_read_only(path)
            .and_then(|kb| {
                // one read, to find a file SQLite cannot read before the first request
                kb.begin_snapshot()?;
                kb.end_snapshot()?;
                Ok(kb)
            })
            .map_err(|error| QueryError::Kb {
                path: path.to_path_buf(),
                error,
            })?;
        Ok(Session {
            kb,
            filter: Filter::default(),
            lex,
        })
    }

    /// Ends the snapshot until the next [`Session::renew`] (a server between requests).
    pub fn release(&self) -> QueryResult<()> {
        self.kb.end_snapshot().map_err(|e| self.kb_error(e))
    }

    /// Takes a new snapshot (what builds have committed since) and a new filter, checked
    /// against it.
    pub fn renew(&mut self, filter: Filter) -> QueryResult<()> {
        self.kb.renew_snapshot().map_err(|e| self.kb_error(e))?;
        filter.check(&self.kb).map_err(QueryError::Usage)?;
        self.filter = filter;
        Ok(())
    }

    /// A knowledge-base error as a query error.
    pub fn kb_error(&self, error: KbError) -> QueryError {
        QueryError::Kb {
            path: self.kb.path().to_path_buf(),
            error,
        }
    }

    /// Resolves a name as the lexicon does ("Tehran" → Iran), or as an entity id, or as a
    /// name or alias stored in the knowledge base; at country level, rolled up to its state.
    pub fn resolve(&self, name: &str, level: Level) -> QueryResult<Resolved> {
        self.resolve_kb(name, level)
            .map_err(|e| self.kb_error(e))
            .and_then(|r| r.map_err(QueryError::NotFound))
    }

    fn resolve_kb(&self, name: &str, level: Level) -> Result<Result<Resolved, String>, KbError> {
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
            return Ok(Err(match lexicon_knows {
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
        let ambiguous = (candidates.len() > 1).then(|| {
            let others = candidates[1..].iter().map(|e| e.id.clone()).collect();
            (first.clone(), others)
        });
        Ok(Ok(Resolved {
            entity: roll_up(&self.kb, first, level)?,
            ambiguous,
        }))
    }

    /// Resolves a name as [`Session::resolve`] does, and calls `note` with what to tell the
    /// user when it is ambiguous ([`Resolved::note`]).
    pub fn resolve_noted(
        &self,
        name: &str,
        level: Level,
        note: &mut dyn FnMut(&str),
    ) -> QueryResult<EntityRef> {
        let r = self.resolve(name, level)?;
        if let Some(n) = r.note(name) {
            note(&n);
        }
        Ok(r.entity)
    }

    /// Resolves two names, in order, that must stand for two different entities (`path`,
    /// `history`), calling `note` as [`Session::resolve_noted`] does.
    pub fn resolve_two(
        &self,
        a: &str,
        b: &str,
        level: Level,
        note: &mut dyn FnMut(&str),
    ) -> QueryResult<(EntityRef, EntityRef)> {
        let x = self.resolve_noted(a, level, note)?;
        let y = self.resolve_noted(b, level, note)?;
        self.two_entities((a, &x), (b, &y))?;
        Ok((x, y))
    }

    /// Two names that must stand for two different entities.
    pub fn two_entities(&self, a: (&str, &EntityRef), b: (&str, &EntityRef)) -> QueryResult<()> {
        if a.1.id == b.1.id {
            return Err(QueryError::Usage(format!(
                "{:?} and {:?} are the same entity ({})",
                a.0, b.0, a.1.id
            )));
        }
        Ok(())
    }

    /// The graph of the evidence that passes the filter, at a level.
    pub fn graph(&self, level: Level) -> QueryResult<KnowledgeGraph> {
        KnowledgeGraph::load(&self.kb, &self.filter, level).map_err(|e| self.kb_error(e))
    }

    /// The stored evidence of a triple (None if it cannot be read).
    pub fn evidence(&self, best: Option<(i64, f64)>) -> Option<StoredTriple> {
        best.and_then(|(id, _)| self.kb.evidence(id).ok().flatten())
    }
}

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
