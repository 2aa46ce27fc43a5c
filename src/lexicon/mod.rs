//! The lexicon: every dictionary the pipeline reads, built-in and the user's.
//!
//! Built-in tables are CSV files under `data/`, embedded at compile time; `--lexicon DIR`
//! adds files of the same names and formats, whose rows add to or override the built-ins
//! (a `block` alias removes one). Takes the raw tables; returns a [`Lexicon`] with indexes
//! (an aho-corasick automaton over all aliases, title and agent tables, relations and
//! patterns) ready for the recognize and extract stages. See `data/lexicon/README.md`.

pub mod cameo_import;
mod dates;
pub mod events;
mod files;
mod index;
mod load;
mod patterns;
mod people_tables;
pub mod petrarch;
mod rows;
mod tables;

pub use dates::{date_key, days_in_month, parse_user_date, parse_user_day, DateKey};

/// What follows the errors of a lexicon that does not load ([`Lexicon::load_user`]).
pub const LEXICON_HAS_ERRORS: &str = "the lexicon has errors; nothing was run";
pub use files::{builtin_files, user_files, DataFile};
pub use patterns::{inflect_verb, parse_patterns, Example, Frame, Pattern, PatternElem, VerbForm};
pub(crate) use rows::rows;

use crate::error::{Error, ErrorKind, Location};
use crate::model::{EntityRef, Kind, Polarity};
use crate::shared::plover::PloverType;
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};

/// An entity of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Unique id.
    pub id: String,
    /// Kind.
    pub kind: Kind,
    /// Canonical name.
    pub name: String,
    /// ISO alpha-3 of its state.
    pub country: Option<String>,
    /// First day of validity.
    pub valid_from: Option<DateKey>,
    /// Last day of validity.
    pub valid_to: Option<DateKey>,
    /// Where it was defined.
    pub origin: Location,
}

impl Entity {
    /// The entity as it appears in a triple.
    pub fn to_ref(&self) -> EntityRef {
        EntityRef::new(&self.id, &self.name, self.kind, self.country.as_deref())
    }

    /// Whether the entity existed on `date` (always, when no date is known).
    pub fn valid_on(&self, date: Option<DateKey>) -> bool {
        match date {
            None => true,
            Some(d) => {
                self.valid_from.is_none_or(|f| f <= d) && self.valid_to.is_none_or(|t| d <= t)
            }
        }
    }
}

/// How an alias names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AliasType {
    /// Full or official name.
    Name,
    /// Usual short name.
    Short,
    /// Letters.
    Abbreviation,
    /// Adjective or people noun ("Iranian", "Iranians").
    Demonym,
    /// The capital standing for the state.
    Capital,
    /// A building or other name standing for the government.
    Metonym,
    /// Another spelling.
    Variant,
    /// A person's family name alone.
    Surname,
    /// Removes a built-in alias (user lexicons).
    Block,
}

impl AliasType {
    /// Parses the name used in data files.
    pub fn parse(s: &str) -> Option<AliasType> {
        Some(match s {
            "name" => AliasType::Name,
            "short" => AliasType::Short,
            "abbreviation" => AliasType::Abbreviation,
            "demonym" => AliasType::Demonym,
            "capital" => AliasType::Capital,
            "metonym" => AliasType::Metonym,
            "variant" => AliasType::Variant,
            "surname" => AliasType::Surname,
            "block" => AliasType::Block,
            _ => return None,
        })
    }

    /// The name used in data files.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasType::Name => "name",
            AliasType::Short => "short",
            AliasType::Abbreviation => "abbreviation",
            AliasType::Demonym => "demonym",
            AliasType::Capital => "capital",
            AliasType::Metonym => "metonym",
            AliasType::Variant => "variant",
            AliasType::Surname => "surname",
            AliasType::Block => "block",
        }
    }
}

/// One alias row.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// Index of the entity in [`Lexicon::entities`].
    pub entity: usize,
    /// The surface form as written in the data.
    pub text: String,
    /// How it names the entity.
    pub ty: AliasType,
}

/// A dated office: who held which role of which entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Index of the person.
    pub person: usize,
    /// Role id (from `titles.csv`).
    pub role: String,
    /// Entity id whose office it is.
    pub of: String,
    /// Start of term.
    pub valid_from: Option<DateKey>,
    /// End of term.
    pub valid_to: Option<DateKey>,
}

impl Role {
    /// Whether the role was held on `date` (always, when no date is known).
    pub fn held_on(&self, date: Option<DateKey>) -> bool {
        date.is_none_or(|d| {
            self.valid_from.is_none_or(|f| f <= d) && self.valid_to.is_none_or(|t| d <= t)
        })
    }
}

/// One row of `descriptions.csv`: a sort of state or body the entity is, named by the
/// head noun of a definite description an article may use for it after naming it ("the
/// kingdom" for Jordan, "the island" for Taiwan, "the alliance" for NATO), when it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    /// The noun, lowercase ("kingdom", "island", "city-state", "grand duchy").
    pub noun: String,
    /// First day it was so.
    pub valid_from: Option<DateKey>,
    /// Last day it was so.
    pub valid_to: Option<DateKey>,
}

/// What kind of title a surface form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// An office: President, Foreign Minister, spokesperson.
    Office,
    /// A military or police rank: Gen., Col.
    Rank,
    /// Mr., Dr., Sheikh.
    Honorific,
    /// A noun that describes a person without giving an office: hostage, analyst,
    /// correspondent. It names the person it stands before ("hostage Jane Roe"), or beside
    /// ("Jane Roe, a British analyst"), with the state of a nationality adjective, and no office.
    Descriptor,
}

/// One title surface form.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// Role id.
    pub role: String,
    /// Surface form, as tokens normalised to lowercase.
    pub tokens: Vec<String>,
    /// Office, rank or honorific.
    pub kind: TitleKind,
}

/// A person's gender, as far as pronouns need it ("she" is not Helmut Kohl).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as "she", "her".
    Female,
    /// Referred to as "he", "him", "his".
    Male,
}

impl Gender {
    /// Parses `female` or `male`.
    pub fn parse(s: &str) -> Option<Gender> {
        match s {
            "female" => Some(Gender::Female),
            "male" => Some(Gender::Male),
            _ => None,
        }
    }
}
/// A generic noun naming part of a state or society ("troops", "court").
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    /// Sector: military, government, judiciary, rebels, civilians...
    pub sector: String,
    /// Kind of the actor it makes.
    pub kind: Kind,
}

/// A relation of the catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// snake_case id.
    pub id: String,
    /// Human label.
    pub label: String,
    /// The inverse relation's id, if any.
    pub inverse: Option<String>,
    /// Whether A r B implies B r A.
    pub symmetric: bool,
    /// PLOVER type, or `None` for structural relations.
    pub plover: Option<PloverType>,
    /// Whether the PLOVER source is the object (reverse) rather than the subject.
    pub reverse: bool,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Cooperative, conflictual or neutral.
    pub polarity: Polarity,
    /// Goldstein-scale value of the CAMEO code, when known.
    pub goldstein: Option<f64>,
}

/// A pattern of capitalised names that are not actors (`not_actors.csv`): wars, treaties,
/// religions, storms, ships. [`crate::audit::coverage`] leaves them out of its count, and
/// the open world makes no entity of a name they match by its words alone.
#[derive(Debug, Clone, PartialEq)]
pub struct NotActor {
    /// A name as written, or with `*` for capitalised words at its start or end ("* War"),
    /// or a lower-case cue word written beside the name: "tanker *" (a name right after
    /// "tanker"), "* mosque" (a name right before "mosque").
    pub pattern: String,
    /// What such names are: war, treaty, religion, storm...
    pub kind: String,
}

impl NotActor {
    /// Whether a name (as written) matches the pattern by its words alone (a pattern with a
    /// cue word never does: see [`NotActor::matches_beside`]).
    pub fn matches(&self, name: &str) -> bool {
        let p = self.pattern.as_str();
        if self.cue().is_some() {
            return false;
        }
        if let Some(tail) = p.strip_prefix("* ") {
            name.len() > tail.len() + 1
                && name.ends_with(tail)
                && name[..name.len() - tail.len()].ends_with([' ', '-'])
        } else if let Some(head) = p.strip_suffix(" *") {
            name.len() > head.len() + 1
                && name.starts_with(head)
                && name[head.len()..].starts_with(' ')
        } else {
            name == p
        }
    }

    /// The cue word of a pattern written with one, and whether it stands before the name
    /// (`true`: "tanker *") or after it (`false`: "* mosque").
    pub fn cue(&self) -> Option<(&str, bool)> {
        let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
        let p = self.pattern.as_str();
        if let Some(w) = p
            .strip_suffix(" *")
            .filter(|w| lower(w) && !w.contains(' '))
        {
            Some((w, true))
        } else {
            p.strip_prefix("* ")
                .filter(|w| lower(w) && !w.contains(' '))
                .map(|w| (w, false))
        }
    }

    /// Whether a name matches the pattern where it stands: by its words, or by the word
    /// written right before it (`before`) or right after it (`after`), lower-cased.
    pub fn matches_beside(&self, name: &str, before: Option<&str>, after: Option<&str>) -> bool {
        match self.cue() {
            Some((w, true)) => before == Some(w),
            Some((w, false)) => after == Some(w),
            None => self.matches(name),
        }
    }
}

/// A declared ambiguous alias.
#[derive(Debug, Clone, PartialEq)]
pub struct Ambiguity {
    /// Candidate entity ids.
    pub entities: Vec<String>,
    /// The reading without context, if any.
    pub default: Option<String>,
}

/// The fuzzy keys of one first letter and length, with their aliases, in the order they
/// were added. The keys are kept end to end in one buffer: the fuzzy match reads them all,
/// and one buffer is read in sequence where a string each would be a cache miss each.
#[derive(Debug, Clone, Default)]
pub struct FuzzyKeys {
    /// The length of every key, in bytes.
    len: usize,
    /// The keys, end to end.
    keys: Vec<u8>,
    /// The alias index of each key.
    aliases: Vec<usize>,
}

impl FuzzyKeys {
    /// Adds a key (of the set's length; the first key sets it) and its alias index.
    pub fn push(&mut self, key: &str, alias: usize) {
        if self.aliases.is_empty() {
            self.len = key.len();
        }
        assert_eq!(key.len(), self.len, "a fuzzy key of another length");
        self.keys.extend_from_slice(key.as_bytes());
        self.aliases.push(alias);
    }

    /// The keys (bytes of a [`Lexicon::fuzzy_key`]) and their alias indexes, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], usize)> + '_ {
        self.keys
            .chunks_exact(self.len.max(1))
            .zip(self.aliases.iter().copied())
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.aliases.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty()
    }
}

/// All dictionaries, indexed for the pipeline.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Entities, in load order.
    pub entities: Vec<Entity>,
    /// id → index into `entities`.
    pub by_id: HashMap<String, usize>,
    /// Aliases (blocked ones removed).
    pub aliases: Vec<Alias>,
    /// Dated offices.
    pub roles: Vec<Role>,
    /// Titles.
    pub titles: Vec<Title>,
    /// First word of a title → the titles that start with it.
    pub title_index: HashMap<String, Vec<usize>>,
    /// Generic agent nouns (lowercase, possibly two words) → agent.
    pub agents: HashMap<String, Agent>,
    /// First words of two-word agent nouns ("security" of "security forces").
    pub agent_starts: rustc_hash::FxHashSet<String>,
    /// Person index → gender, for pronouns.
    pub genders: HashMap<usize, Gender>,
    /// Entity index → the sorts it is of (`descriptions.csv`), for definite descriptions.
    pub descriptions: HashMap<usize, Vec<Description>>,
    /// Every noun of [`Lexicon::descriptions`].
    pub description_nouns: rustc_hash::FxHashSet<String>,
    /// Declared ambiguous aliases.
    pub ambiguous: HashMap<String, Ambiguity>,
    /// Names that are not actors, for coverage counts.
    pub not_actors: Vec<NotActor>,
    /// Names for spelling variants ([`Lexicon::fuzzy_key`] of the aliases that are names,
    /// short names or variants, six letters or more), by their first letter and length: the alias
    /// indexes, for the bounded fuzzy match of the recognize stage.
    pub fuzzy: HashMap<(u8, usize), FuzzyKeys>,
    /// Relation catalogue.
    pub relations: Vec<Relation>,
    /// Relation id → index.
    pub relation_index: HashMap<String, usize>,
    /// Relation patterns.
    pub patterns: Vec<Pattern>,
    /// Example sentences of the patterns.
    pub examples: Vec<Example>,
    /// The event vocabulary (verbs, event nouns and their CAMEO codes).
    pub events: events::EventVocab,
    /// The data files it was built from.
    pub files: Vec<DataFile>,
    /// Problems that did not stop loading (malformed lines of imported dictionaries).
    pub warnings: Vec<Error>,
    /// The surface string of every automaton pattern, and the alias indexes it stands for.
    pub surfaces: Vec<(String, Vec<usize>)>,
    /// Automaton pattern → indexes into `surfaces`.
    surface_groups: Vec<Vec<usize>>,
    matcher: NFA,
    /// Office holder entity id → indexes into `roles`.
    roles_by_of: HashMap<String, Vec<usize>>,
    /// Person index → indexes into `roles`.
    roles_by_person: HashMap<usize, Vec<usize>>,
    /// First words of the people's names ("ebrahim", "jane"), lowercase: a cue that a
    /// capitalised name after a nationality is a person's ("Briton Jane Roe").
    pub first_names: rustc_hash::FxHashSet<String>,
    /// Word → what it can start in the tables above ([`WordTags`]), so that recognition
    /// looks each word up once instead of once per table.
    word_tags: HashMap<String, WordTags>,
}

/// What a (lowercase) word can start in the lexicon's tables: a bit set, see
/// [`Lexicon::word_tags`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordTags(u8);

impl WordTags {
    /// The first word of a title (a key of [`Lexicon::title_index`]).
    pub const TITLE_START: WordTags = WordTags(1);
    /// A one-word agent noun (a key of [`Lexicon::agents`]).
    pub const AGENT: WordTags = WordTags(2);
    /// The first word of a two-word agent noun (in [`Lexicon::agent_starts`]).
    pub const AGENT_START: WordTags = WordTags(4);

    /// Whether any of the tags in `other` is set.
    pub fn any(self, other: WordTags) -> bool {
        self.0 & other.0 != 0
    }

    /// Both sets of tags.
    pub fn union(self, other: WordTags) -> WordTags {
        WordTags(self.0 | other.0)
    }

    /// The tags of every word, from the tables they index.
    pub(crate) fn table(
        titles: &HashMap<String, Vec<usize>>,
        agents: &HashMap<String, Agent>,
        agent_starts: &rustc_hash::FxHashSet<String>,
    ) -> HashMap<String, WordTags> {
        let mut t: HashMap<String, WordTags> = HashMap::default();
        let mut tag = |w: &String, tag: WordTags| {
            let e = t.entry(w.clone()).or_default();
            *e = e.union(tag);
        };
        titles.keys().for_each(|w| tag(w, WordTags::TITLE_START));
        agents.keys().for_each(|w| tag(w, WordTags::AGENT));
        agent_starts
            .iter()
            .for_each(|w| tag(w, WordTags::AGENT_START));
        t
    }
}

impl Lexicon {
    /// The built-in lexicon alone.
    pub fn builtin() -> Result<Lexicon, Vec<Error>> {
        Lexicon::load(&[])
    }

    /// The built-in lexicon plus the user's directories, in order (later ones override).
    pub fn load(user_dirs: &[PathBuf]) -> Result<Lexicon, Vec<Error>> {
        Lexicon::load_all(user_dirs, &[])
    }

    /// The lexicon as the user asks for it: the built-in one, then the directories of
    /// `GEOKG_LEXICON` (several separated by `:`), then `dirs` (`--lexicon`), then the
    /// PETRARCH/Phoenix actor dictionaries `petrarch` (`--lexicon-petrarch`). The errors,
    /// each with its file and line, are followed by [`LEXICON_HAS_ERRORS`] when shown.
    pub fn load_user(dirs: &[PathBuf], petrarch: &[PathBuf]) -> Result<Lexicon, Vec<Error>> {
        let mut all: Vec<PathBuf> = Vec::new();
        if let Ok(env) = std::env::var("GEOKG_LEXICON") {
            all.extend(env.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
        }
        all.extend(dirs.iter().cloned());
        Lexicon::load_all(&all, petrarch)
    }

    /// As [`Lexicon::load`], then PETRARCH/Phoenix actor dictionaries on top.
    pub fn load_all(user_dirs: &[PathBuf], petrarch: &[PathBuf]) -> Result<Lexicon, Vec<Error>> {
        let base = Lexicon::load_dirs(user_dirs)?;
        if petrarch.is_empty() {
            return Ok(base);
        }
        let known: std::collections::HashSet<String> = base.by_id.keys().cloned().collect();
        let states: std::collections::HashSet<String> = base
            .entities
            .iter()
            .filter(|e| e.id.starts_with("country:"))
            .filter_map(|e| e.country.clone())
            .collect();
        let mut files = base.files.clone();
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        for p in petrarch {
            let text = match std::fs::read_to_string(p) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(Error::file(
                        ErrorKind::Lexicon,
                        p,
                        format!("cannot read: {e}"),
                    ));
                    continue;
                }
            };
            let (records, mut w) = petrarch::parse_actors(&text, p);
            warnings.append(&mut w);
            files.extend(petrarch::to_tables(&records, p, &known, &states));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut lex = load::build(&files)?;
        lex.warnings = warnings;
        Ok(lex)
    }

    fn load_dirs(user_dirs: &[PathBuf]) -> Result<Lexicon, Vec<Error>> {
        let mut files = builtin_files();
        let mut errors = Vec::new();
        for dir in user_dirs {
            match files::user_files(dir) {
                Ok(mut f) => files.append(&mut f),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let lex = load::build(&files)?;
        Ok(lex)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The gender of the person with this id, when the lexicon knows it.
    pub fn gender_of(&self, id: &str) -> Option<Gender> {
        self.by_id
            .get(id)
            .and_then(|i| self.genders.get(i))
            .copied()
    }

    /// Whether the entity with this id is of the sort `noun` names ("kingdom", "island") on
    /// `date` (on any date, when none is known), per `descriptions.csv`.
    pub fn fits_description(&self, id: &str, noun: &str, date: Option<DateKey>) -> bool {
        self.by_id
            .get(id)
            .and_then(|i| self.descriptions.get(i))
            .is_some_and(|ds| {
                ds.iter().any(|d| {
                    d.noun == noun
                        && date.is_none_or(|day| {
                            d.valid_from.is_none_or(|f| f <= day)
                                && d.valid_to.is_none_or(|t| day <= t)
                        })
                })
            })
    }

    /// What a lowercase word can start: a title, an agent noun (none for most words).
    /// Derived from [`Lexicon::title_index`], [`Lexicon::agents`] and
    /// [`Lexicon::agent_starts`] when the lexicon is built.
    pub fn word_tags(&self, word: &str) -> WordTags {
        self.word_tags.get(word).copied().unwrap_or_default()
    }

    /// The key a name is compared by in fuzzy matching: its slug (accents folded, particles
    /// such as "al" and "el" dropped) without hyphens: "el-Sissi" and "Al-Sisi" are "sissi"
    /// and "sisi".
    pub fn fuzzy_key(name: &str) -> String {
        crate::shared::slug::slug(name).replace('-', "")
    }

    /// The relation with this id.
    pub fn relation(&self, id: &str) -> Option<&Relation> {
        self.relation_index.get(id).map(|&i| &self.relations[i])
    }

    /// The number of the first pattern of `relation` with a head of `frame` that asks no
    /// kind of its subject or object.
    pub fn plain_pattern(&self, relation: &str, frame: Frame) -> Option<usize> {
        self.patterns.iter().position(|p| {
            p.relation == relation
                && p.frame == frame
                && p.obj_kind.is_none()
                && p.subj_kind.is_none()
        })
    }

    /// The automaton over ASCII-lowercased alias surfaces (see [`Lexicon::surface_group`]).
    pub fn matcher(&self) -> &NFA {
        &self.matcher
    }

    /// The holder of `role` of entity `of` on `date` (the latest holder when no date).
    pub fn role_holder(&self, role: &str, of: &str, date: Option<DateKey>) -> Option<&Entity> {
        let mut best: Option<&Role> = None;
        let found = self.roles_by_of.get(of).map_or(&[][..], Vec::as_slice);
        for r in found
            .iter()
            .map(|&i| &self.roles[i])
            .filter(|r| r.role == role)
        {
            let ok = match date {
                Some(d) => r.valid_from.is_none_or(|f| f <= d) && r.valid_to.is_none_or(|t| d <= t),
                None => r.valid_to.is_none(),
            };
            if ok && best.is_none_or(|b| b.valid_from < r.valid_from) {
                best = Some(r);
            }
        }
        best.map(|r| &self.entities[r.person])
    }

    /// Whether the lexicon knows any holder, at any time, of `role` of entity `of`: whether
    /// that state has the office ("president" of Chile, not of the United Kingdom).
    pub fn office_exists(&self, role: &str, of: &str) -> bool {
        self.roles_by_of
            .get(of)
            .is_some_and(|rs| rs.iter().any(|&i| self.roles[i].role == role))
    }

    /// The roles a person held on `date` (all of them when no date).
    pub fn roles_of(&self, person: usize, date: Option<DateKey>) -> impl Iterator<Item = &Role> {
        let found = self
            .roles_by_person
            .get(&person)
            .map_or(&[][..], Vec::as_slice);
        found
            .iter()
            .map(|&i| &self.roles[i])
            .filter(move |r| r.person == person && r.held_on(date))
    }

    /// Every entity a name resolves to on `date`, with the alias type that matched, best
    /// first: exact case first, then entities valid on the date, then declared defaults.
    pub fn lookup(&self, name: &str, date: Option<DateKey>) -> Vec<(&Entity, AliasType)> {
        let found = self.lookup_exact(name, date);
        match name.trim().get(..4) {
            // "the Soviet Union" is known as "Soviet Union"
            Some(the) if found.is_empty() && the.eq_ignore_ascii_case("the ") => {
                self.lookup_exact(&name.trim()[4..], date)
            }
            _ => found,
        }
    }

    fn lookup_exact(&self, name: &str, date: Option<DateKey>) -> Vec<(&Entity, AliasType)> {
        let norm = name.trim().replace('’', "'");
        let mut out: Vec<(&Entity, AliasType, u8)> = Vec::new();
        for (surface, ids) in &self.surfaces {
            let exact = surface == &norm;
            if exact || surface.eq_ignore_ascii_case(&norm) {
                for &ai in ids {
                    let a = &self.aliases[ai];
                    let e = &self.entities[a.entity];
                    let score = (!exact) as u8 * 2 + (!e.valid_on(date)) as u8;
                    out.push((e, a.ty, score));
                }
            }
        }
        out.sort_by(|a, b| a.2.cmp(&b.2).then_with(|| a.0.id.cmp(&b.0.id)));
        out.dedup_by(|a, b| a.0.id == b.0.id);
        out.into_iter().map(|(e, t, _)| (e, t)).collect()
    }

    /// Where an entity came from, for messages.
    pub fn origin_of(&self, id: &str) -> Option<&Location> {
        self.entity(id).map(|e| &e.origin)
    }

    /// The surfaces that automaton pattern `pid` stands for (all share one ASCII-lowercase
    /// form; the automaton runs over ASCII-lowercased text, which keeps byte offsets).
    pub fn surface_group(&self, pid: usize) -> &[usize] {
        &self.surface_groups[pid]
    }

    pub(crate) fn build_matcher(keys: &[String]) -> Result<NFA, Error> {
        aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(keys.iter().map(String::as_str))
            .map_err(|e| {
                Error::new(
                    ErrorKind::Lexicon,
                    Location::default(),
                    format!("cannot build the alias index: {e}"),
                )
            })
    }

    /// Calls `found(end, pattern)` for every alias key that `hay` starts with, shortest
    /// first: an anchored walk down the alias trie that stops as soon as the text leaves
    /// it, so a word that starts no alias costs one or two steps.
    pub fn prefixes_of(&self, hay: &[u8], mut found: impl FnMut(usize, usize)) {
        let nfa = &self.matcher;
        let Ok(mut sid) = nfa.start_state(Anchored::Yes) else {
            return;
        };
        for (i, &b) in hay.iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_dead(sid) {
                return;
            }
            if nfa.is_match(sid) {
                for k in 0..nfa.match_len(sid) {
                    let pid = nfa.match_pattern(sid, k);
                    // only keys that start where the walk started
                    if nfa.pattern_len(pid) == i + 1 {
                        found(i + 1, pid.as_usize());
                    }
                }
            }
        }
    }
}

/// The file name of a data path, for messages about built-in files.
pub fn display_name(p: &Path) -> String {
    p.display().to_string()
}
