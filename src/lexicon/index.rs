//! The indexes of a built [`Lexicon`]: the automaton over every alias surface, roles by
//! office and person, titles by first word, the word tags, first names and fuzzy keys.

use super::{Agent, Alias, AliasType, Entity, FuzzyKeys, Lexicon, Role, Title, WordTags};
use crate::error::Error;
use crate::model::Kind;
use aho_corasick::nfa::contiguous::NFA;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// The indexes [`super::load::build`] puts beside the tables.
pub(super) struct Indexes {
    pub surfaces: Vec<(String, Vec<usize>)>,
    pub surface_groups: Vec<Vec<usize>>,
    pub matcher: NFA,
    pub roles_by_of: HashMap<String, Vec<usize>>,
    pub roles_by_person: HashMap<usize, Vec<usize>>,
    pub agent_starts: HashSet<String>,
    pub title_index: HashMap<String, Vec<usize>>,
    pub word_tags: HashMap<String, WordTags>,
    pub first_names: HashSet<String>,
    pub fuzzy: HashMap<(u8, usize), FuzzyKeys>,
}

impl Indexes {
    /// Indexes the tables.
    pub fn new(
        entities: &[Entity],
        aliases: &[Alias],
        roles: &[Role],
        titles: &[Title],
        agents: &HashMap<String, Agent>,
    ) -> Result<Indexes, Error> {
        let surfaces = surfaces(aliases);
        // one automaton pattern per surface ignoring ASCII case
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, (s, _)) in surfaces.iter().enumerate() {
            groups.entry(s.to_ascii_lowercase()).or_default().push(i);
        }
        let (keys, surface_groups): (Vec<String>, Vec<Vec<usize>>) = groups.into_iter().unzip();
        let matcher = Lexicon::build_matcher(&keys)?;
        let mut roles_by_of: HashMap<String, Vec<usize>> = HashMap::default();
        let mut roles_by_person: HashMap<usize, Vec<usize>> = HashMap::default();
        for (i, r) in roles.iter().enumerate() {
            roles_by_of.entry(r.of.clone()).or_default().push(i);
            roles_by_person.entry(r.person).or_default().push(i);
        }
        let agent_starts: HashSet<String> = agents
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(a, _)| a.to_string()))
            .collect();
        let mut title_index: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, t) in titles.iter().enumerate() {
            if let Some(first) = t.tokens.first() {
                title_index.entry(first.clone()).or_default().push(i);
            }
        }
        let word_tags = WordTags::table(&title_index, agents, &agent_starts);
        Ok(Indexes {
            surfaces,
            surface_groups,
            matcher,
            roles_by_of,
            roles_by_person,
            agent_starts,
            title_index,
            word_tags,
            first_names: first_names(entities),
            fuzzy: fuzzy(aliases),
        })
    }
}

/// One surface per distinct alias text (with ’ variants), and the aliases it stands for.
fn surfaces(aliases: &[Alias]) -> Vec<(String, Vec<usize>)> {
    let mut surface_map: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in aliases.iter().enumerate() {
        surface_map.entry(a.text.clone()).or_default().push(i);
        if a.text.contains('\'') {
            surface_map
                .entry(a.text.replace('\'', "’"))
                .or_default()
                .push(i);
        }
    }
    surface_map.into_iter().collect()
}

/// The first word of a person's name of two words or more, not an initial, lowercase.
fn first_names(entities: &[Entity]) -> HashSet<String> {
    entities
        .iter()
        .filter(|e| e.kind == Kind::Person)
        .filter_map(|e| {
            let mut w = e.name.split_whitespace();
            let first = w.next()?;
            w.next()?;
            (first.chars().count() > 2 && first.chars().all(char::is_alphabetic))
                .then(|| first.to_lowercase())
        })
        .collect()
}

/// The fuzzy keys of the aliases that are names, short names or variants, six letters or
/// more, by first letter and length.
fn fuzzy(aliases: &[Alias]) -> HashMap<(u8, usize), FuzzyKeys> {
    let mut fuzzy: HashMap<(u8, usize), FuzzyKeys> = HashMap::default();
    for (ai, a) in aliases.iter().enumerate() {
        if !matches!(
            a.ty,
            AliasType::Name | AliasType::Short | AliasType::Variant
        ) {
            continue;
        }
        let key = Lexicon::fuzzy_key(&a.text);
        if key.len() >= 6 {
            fuzzy
                .entry((key.as_bytes()[0], key.len()))
                .or_default()
                .push(&key, ai);
        }
    }
    fuzzy
}
