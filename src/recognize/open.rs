//! Open world: names the lexicon does not know.
//!
//! A capitalised name that no other pass recognised becomes a mention of an entity of its
//! own, `new:slug` (see `CONTRACT.md`): the slug of the name without a leading "the", so the
//! same name falls together across sentences and articles. Its kind comes from cues in or
//! next to the name ("the Mai-Mai militia" → group, "Acme Corp", "the Green party" →
//! organization, "Jan Roe" with a known first name → person, "the Daily Planet" → media);
//! `other` otherwise. A state adjective before a group or party gives its state ("the
//! Ruritanian Liberty party"), as the lexicon's own groups have one, and so does a state's
//! possessive before any such name ("Ruritania's Electoral Board"). It is an actor only
//! where the extract stage puts it in a role; elsewhere it is one mention among others. The serialised entity
//! says `"verified": false` ([`crate::model::EntityRef::verified`]); `--known-only` drops
//! the triples that have one ([`drop_unverified`]).
//!
//! Not made into entities: words the lexicon resolves (also where an earlier pass dropped
//! their mention: "anti-Taliban", "China's rival"); single words, unless an acronym ("the
//! ABCU") or with a cue (a lone capitalised word is a place as often as an actor); words
//! that open the sentence, ordinary English words ("Western", "Human Rights"), titles,
//! months, weekdays, agent nouns ("Parliament"), peoples' adjectives ("Gulf Arab states"),
//! names of things (prizes, storms, "Silkworm missiles", "a bomb called X", "the AB-53D"),
//! names that `not_actors.csv` lists, places (after "in", "at", ..., with a place word:
//! "Lake X", "X City", or said to be one: "X, a small village"), and the words of headlines
//! written in capitals or in title case. Titles before a name are left out of it and make
//! it a person's, as does a known first name ("Foreign Undersecretary Jan Roe").

use super::{Mention, MentionRole, Via};
use crate::lexicon::{AliasType, Lexicon};
use crate::model::{EntityRef, Kind, Triple, UNVERIFIED_PREFIX};
use crate::shared::civil::is_month_or_weekday;
use crate::text::words::{self, is_function_token};
use crate::text::{name_runs, Token, TokenKind};

/// Last words (capitalised, in the name) or next words (lowercase, after it) that make a
/// name a non-state armed group.
const GROUP_CUES: &[&str] = &[
    "militia",
    "militias",
    "rebels",
    "guerrillas",
    "insurgents",
    "fighters",
    "gunmen",
    "brigade",
    "brigades",
    "front",
    "army",
    "movement",
    "faction",
    "militants",
];

/// Last or next words that make a name an organisation: companies, parties, bodies.
const ORG_CUES: &[&str] = &[
    "corp",
    "corp.",
    "corporation",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "co.",
    "company",
    "holdings",
    "bank",
    "airways",
    "airlines",
    "party",
    "union",
    "council",
    "committee",
    "commission",
    "association",
    "institute",
    "university",
    "agency",
    "foundation",
    "organisation",
    "organization",
    "society",
    "federation",
    "league",
    "alliance",
    "group",
    "consortium",
    "court",
    "tribunal",
    "ministry",
    "department",
    "assembly",
    "congress",
    "parliament",
    "network",
];

/// Last words of news media.
const MEDIA_CUES: &[&str] = &[
    "times",
    "post",
    "herald",
    "journal",
    "gazette",
    "tribune",
    "telegraph",
    "chronicle",
];

/// First or last words of places: a name with one is no actor.
const PLACE_FIRST: &[&str] = &[
    "lake", "mount", "fort", "camp", "port", "cape", "san", "santa",
];
const PLACE_LAST: &[&str] = &[
    "city",
    "island",
    "islands",
    "lake",
    "sea",
    "river",
    "province",
    "county",
    "mountains",
    "valley",
    "canyon",
    "bay",
    "street",
    "square",
    "airport",
    "park",
    "district",
    "region",
    "hills",
    "desert",
    "strait",
    "gulf",
    "peninsula",
];

/// Adjectives of peoples and faiths that the lexicon has no state for: a name with one is a
/// description ("Gulf Arab states", "Hutu rebels"), not an actor of its own.
const ETHNIC: &[&str] = &[
    "arab",
    "arabs",
    "kurdish",
    "kurd",
    "kurds",
    "shiite",
    "shia",
    "sunni",
    "christian",
    "muslim",
    "jewish",
    "hindu",
    "sikh",
    "buddhist",
    "catholic",
    "protestant",
    "orthodox",
    "druze",
    "alawite",
    "pashtun",
    "tajik",
    "hazara",
    "baloch",
    "tamil",
    "sinhalese",
    "hutu",
    "tutsi",
    "serb",
    "serbs",
    "croat",
    "croats",
    "bosniak",
    "chechen",
    "uighur",
    "uyghur",
    "tibetan",
    "berber",
    "tuareg",
    "yazidi",
    "rohingya",
    "latino",
    "hispanic",
    "western",
    "eastern",
    "northern",
    "southern",
    "european",
    "african",
    "asian",
];

/// Nouns that say a name is a place: "Xville, a small village", "the town of Xville".
const PLACE_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "district",
    "province",
    "region",
    "suburb",
    "port",
    "island",
    "settlement",
    "camp",
    "area",
    "valley",
    "neighbourhood",
    "neighborhood",
    "township",
    "county",
    "municipality",
    "enclave",
    "capital",
    "border",
    "outpost",
    "base",
];

/// Last words of names that are things, not actors: prizes, weapons, events.
const THING_LAST: &[&str] = &[
    "prize",
    "award",
    "awards",
    "medal",
    "trophy",
    "cup",
    "games",
    "championship",
    "festival",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "bomb",
    "cutter",
    "day",
    "week",
    "year",
];

/// Words of names of storms and operations, which are no actors.
const THING_FIRST: &[&str] = &[
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "operation",
    "tropical",
];

/// Words of titles that stand before a person's name ("Foreign Undersecretary Jan Roe"),
/// beyond the lexicon's titles.
const TITLE_WORDS: &[&str] = &[
    "undersecretary",
    "under-secretary",
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "general",
    "gen.",
    "colonel",
    "col.",
    "commander",
    "president",
    "chairman",
    "chairwoman",
    "leader",
    "chief",
    "sheikh",
    "sheik",
    "judge",
    "prosecutor",
    "senator",
    "sen.",
    "rep.",
    "governor",
    "gov.",
    "mayor",
    "lt.",
    "maj.",
    "capt.",
    "sgt.",
    "adm.",
    "prince",
    "king",
    "queen",
    "premier",
    "taoiseach",
    "chancellor",
];

/// Whether a (lowercase) word stands in a title before a name.
fn is_title_word(lex: &Lexicon, w: &str) -> bool {
    TITLE_WORDS.contains(&w)
        || words::TITLE_PREFIXES.contains(&w)
        || lex.title_index.contains_key(w)
        || w == "foreign"
}

/// Titles of address: a cue for a person, not part of the name.
const ADDRESS: &[&str] = &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mme"];

/// Adds a mention for each name of the sentence that no other mention covers and that can
/// be an actor (see the module's text). `upper`: the sentence is a headline in capitals.
/// `dropped`: mentions of the lexicon that an earlier pass left out ("anti-Taliban", "U.S.
/// allies"): their words are still the lexicon's, and make no new entity.
pub fn unknown_names(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    upper: bool,
    dropped: &[Mention],
    mentions: &mut Vec<Mention>,
) {
    if upper || title_case(tokens) {
        return;
    }
    let mut covered = vec![false; tokens.len()];
    for m in mentions.iter().chain(dropped) {
        covered[m.tok_start..m.tok_end].fill(true);
    }
    // the sentence's first word: after opening quotes and brackets
    let first_word = tokens.iter().position(|t| t.kind == TokenKind::Word);
    let nameish = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Word
            && t.capitalized
            && !is_function_token(t)
            && !words::NOT_NAMES.has(t)
            && !is_month_or_weekday(&t.norm)
            && !ADDRESS.contains(&t.norm.as_str())
            && !covered[i]
    };
    // the words' parts of speech, read only when a name stands before a lowercase word
    let tags = std::cell::OnceCell::new();
    let noun_at = |k: usize| -> bool {
        let tags = tags.get_or_init(|| {
            let forms: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
            let mut out = Vec::new();
            let tagger = &crate::syntax::Model::builtin().parts().0;
            tagger.tag(&forms, &mut Default::default(), &mut out);
            out.iter()
                .map(|&c| tagger.tags[c as usize].0.clone())
                .collect::<Vec<String>>()
        });
        tags.get(k)
            .is_some_and(|u| matches!(u.as_str(), "NOUN" | "ADJ" | "NUM" | "PROPN"))
    };
    // (a name goes on through "'s" after a word of peoples: "the People's Party")
    let peoples = |j: usize| {
        tokens[j].norm == "'s"
            && matches!(tokens[j - 1].norm.as_str(), "people" | "workers" | "women")
    };
    let mut added = Vec::new();
    for (i, j) in name_runs(tokens, nameish, peoples) {
        if let Some(m) = candidate(text, tokens, lex, i, j, first_word, mentions, dropped) {
            // "Silkworm missiles", "the Geneva talks": a name before a noun modifies it and
            // is no actor (unless the noun says what it is: "the Zeta militia")
            let next = tokens.get(j);
            if m.role == MentionRole::Actor
                && next.is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.capitalized
                        && !is_function_token(t)
                        && !GROUP_CUES.contains(&t.norm.as_str())
                        && !ORG_CUES.contains(&t.norm.as_str())
                })
                && noun_at(j)
            {
                continue;
            }
            added.push(m);
        }
    }
    mentions.extend(added);
}

/// The mention of the name at tokens `i..j`, if it can be an actor.
#[allow(clippy::too_many_arguments)]
fn candidate(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    mut i: usize,
    j: usize,
    first_word: Option<usize>,
    mentions: &[Mention],
    dropped: &[Mention],
) -> Option<Mention> {
    // the sentence's first word, an ordinary one, is no part of the name ("Yesterday Acme
    // Corp said")
    if Some(i) == first_word && j > i + 1 && is_common(lex, &tokens[i].norm) {
        i += 1;
    }
    // titles before a name are not part of it ("Foreign Undersecretary Jan Roe"): they
    // make it a person's
    // (not before a body's word: "the Supreme Federal Tribunal")
    let mut titled = false;
    let last_norm = tokens[j - 1].norm.as_str();
    if ![GROUP_CUES, ORG_CUES, MEDIA_CUES]
        .iter()
        .any(|set| set.contains(&last_norm))
    {
        while j > i + 1 && is_title_word(lex, &tokens[i].norm) {
            i += 1;
            titled = true;
        }
    }
    let norms: Vec<&str> = tokens[i..j]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    let (first, last) = (*norms.first()?, *norms.last()?);
    // a single word that opens the sentence is capitalised for that alone; a title or an
    // agent noun ("Parliament", "Army") alone is no name
    if norms.len() == 1
        && (Some(i) == first_word
            || lex.title_index.contains_key(first)
            || lex.agents.contains_key(first)
            || is_common(lex, first))
    {
        return None;
    }
    // a people's or a faith's adjective ("Gulf Arab states", "Hutu rebels") names no one
    // (a party or front of three words or more is a name: "the Kurdish Democratic Party")
    if norms.iter().any(|w| ETHNIC.contains(w))
        && (norms.len() < 3
            || !norms
                .iter()
                .any(|w| ORG_CUES.contains(w) || GROUP_CUES.contains(w)))
    {
        return None;
    }
    // people named by a plural noun of a body's people after a word or two ("U.N. Diplomats",
    // "Embassy Officials" in a headline's capitals) are no one's name
    if norms.len() <= 3 && last.ends_with('s') && lex.agents.contains_key(last) {
        return None;
    }
    // titles throughout ("Prime Minister", "Foreign Ministry"): the other passes' business
    if norms
        .iter()
        .all(|w| lex.title_index.contains_key(*w) || lex.agents.contains_key(*w))
    {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let next = tokens.get(j);
    let next_norm = next.map(|t| t.norm.as_str());
    // part of a longer name: next to a known name in capitals ("Palestine Liberation
    // Organisation", "U.S. Planes"), or joined to capitals by "of", "and", "for" ("the
    // General Agreement of Tariffs and Trade", "Undersecretary of State")
    let known_at = |k: usize| {
        tokens[k].capitalized
            && mentions.iter().chain(dropped).any(|m| {
                m.tok_start <= k
                    && k < m.tok_end
                    && !matches!(m.via, Via::Alias(AliasType::Demonym))
            })
    };
    let joiner = |t: &Token| matches!(t.norm.as_str(), "of" | "and" | "for" | "&" | "de");
    let capital_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word)
    };
    // (but a person named with their state after the name is a name of its own: "Jan Roe
    // of Ruritania", [`super::people::of_their_state`])
    let addressed = prev.is_some_and(|p| ADDRESS.contains(&p.norm.as_str()))
        || prev.is_some_and(|p| {
            p.norm == "." && i >= 2 && ADDRESS.contains(&tokens[i - 2].norm.as_str())
        });
    let first_name = norms.len() > 1 && lex.first_names.contains(first);
    let of_a_state = next_norm == Some("of")
        && (addressed || titled || first_name)
        && mentions.iter().any(|m| {
            m.tok_start == j + 1
                && m.entity.kind == Kind::Country
                && !matches!(m.via, Via::Alias(AliasType::Demonym | AliasType::Capital))
        });
    if i > 0 && known_at(i - 1)
        || j < tokens.len() && known_at(j)
        || i >= 2 && joiner(&tokens[i - 1]) && capital_at(i - 2)
        || next.is_some_and(joiner)
            && !of_a_state
            && (capital_at(j + 1)
                || tokens.get(j + 1).is_some_and(|t| t.norm == "the") && capital_at(j + 2))
    {
        return None;
    }
    // a place: after a locative preposition, or named as one
    if prev.is_some_and(|p| words::LOCATIVE.has(p))
        || PLACE_FIRST.contains(&first) && norms.len() > 1
        || PLACE_LAST.contains(&last)
        || next_norm
            .is_some_and(|n| PLACE_LAST.contains(&n) && !next.is_some_and(|t| t.capitalized))
    {
        return None;
    }
    // the name of a thing ("a bomb called the Daisy Cutter"), or after "anti-"
    let before = |n: usize| {
        i.checked_sub(n)
            .and_then(|p| tokens.get(p))
            .map(|t| t.norm.as_str())
    };
    let det = usize::from(matches!(before(1), Some("the" | "a" | "an")));
    if matches!(
        before(1 + det),
        Some("called" | "named" | "dubbed" | "nicknamed" | "codenamed" | "code-named")
    ) || before(1 + det) == Some("as") && before(2 + det) == Some("known")
        || before(1) == Some("-") && matches!(before(2), Some("anti" | "pro"))
    {
        return None;
    }
    // a place said to be one: "Xville, a small village near ...", "the town of Xville"
    let place_noun = |t: &Token| PLACE_NOUNS.contains(&t.norm.as_str());
    if next_norm == Some(",")
        && tokens
            .get(j + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the"))
        && tokens[(j + 2).min(tokens.len())..(j + 5).min(tokens.len())]
            .iter()
            .take_while(|t| !t.capitalized && t.norm != ",")
            .any(place_noun)
        || before(1) == Some("of") && i >= 2 && place_noun(&tokens[i - 2])
    {
        return None;
    }
    // a word in quotes is a term or a nickname ("the "Blitz""); one letter is no name
    let quote =
        |t: Option<&Token>| t.is_some_and(|t| matches!(t.norm.as_str(), "\"" | "'" | "``" | "''"));
    if quote(prev) && quote(next) || norms.len() == 1 && first.chars().count() < 2 {
        return None;
    }
    let name_text = &text[tokens[i].start..tokens[j - 1].end];
    if lex.not_actors.iter().any(|p| p.matches(name_text)) {
        return None;
    }
    // a name of the lexicon left unresolved, or a first name with the surname of one of its
    // people (several holders and no date to choose by: "George Bush"), is no new entity
    let known_as = |w: &str, surname_only: bool| {
        let lower = w.to_ascii_lowercase();
        let mut known = false;
        lex.prefixes_of(lower.as_bytes(), |len, pid| {
            known |= len == lower.len()
                && (!surname_only
                    || lex.surface_group(pid).iter().any(|&g| {
                        lex.surfaces[g]
                            .1
                            .iter()
                            .any(|&a| lex.aliases[a].ty == AliasType::Surname)
                    }));
        });
        known
    };
    if known_as(name_text, false) || norms.len() == 2 && known_as(last, true) {
        return None;
    }
    // "Boeing-made", "Acme-owned": a modifier of what follows
    let hyphen_compound = next_norm == Some("-")
        && tokens
            .get(j + 1)
            .is_some_and(|t| !t.capitalized && t.kind == TokenKind::Word);
    // cues: the last word of the name, or a lowercase noun after it ("the Zeta militia")
    let next_cue = next
        .filter(|t| !t.capitalized && t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str());
    let cue_in = |set: &[&str]| set.contains(&last) || next_cue.is_some_and(|n| set.contains(&n));
    let kind = if addressed || titled || first_name {
        Kind::Person
    } else if MEDIA_CUES.contains(&last) {
        Kind::Media
    } else if cue_in(GROUP_CUES) {
        Kind::Group
    } else if cue_in(ORG_CUES) {
        Kind::Organization
    } else {
        Kind::Other
    };
    // storms and operations ("Tropical Storm Xena"), models of makes ("the AB-53D")
    if norms.iter().any(|w| THING_FIRST.contains(w))
        || next_norm == Some("-")
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.norm.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // a single word with no cue is a place or a thing as often as an actor ("besieging
    // Xville", "Commerce's approval"): only an acronym is kept ("talks with the ABCU");
    // nor are ordinary words without a cue a name ("Human Rights", "Peace Prize")
    let acronym = |t: &Token| {
        let w = &text[t.start..t.end];
        (2..=6).contains(&w.chars().count())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().filter(char::is_ascii_uppercase).count() >= 2
            && !is_common(lex, &t.norm)
    };
    if kind == Kind::Other
        && (norms.len() == 1 && !(j == i + 1 && acronym(&tokens[i]))
            || norms.iter().all(|w| is_common(lex, w))
            || THING_LAST.contains(&last))
    {
        return None;
    }
    // a state's adjective right before a group or party: "the Ruritanian Liberty party"
    // (the adjective stays a mention of its own)
    let adjective = mentions
        .iter()
        .find(|m| {
            matches!(kind, Kind::Group | Kind::Organization)
                && m.tok_end == i
                && matches!(m.via, Via::Alias(AliasType::Demonym))
                && m.entity.kind == Kind::Country
        })
        .and_then(|m| m.entity.country.clone());
    // a state's possessive right before the name: "Ruritania's Supreme Electoral Board",
    // "Ruritania's ABCU" are its own (the state's name stays a mention of its own)
    let possessive = || {
        (i >= 2 && tokens[i - 1].norm == "'s")
            .then(|| {
                mentions.iter().find(|m| {
                    m.tok_end == i - 1
                        && m.entity.kind == Kind::Country
                        && !matches!(m.via, Via::Alias(AliasType::Demonym))
                })
            })
            .flatten()
            .and_then(|m| m.entity.country.clone())
    };
    let country = adjective.clone().or_else(possessive);
    // the name as written, with the state's adjective that gave the state
    let from = match (&adjective, i.checked_sub(1)) {
        (Some(_), Some(p)) if tokens[p].capitalized => tokens[p].start,
        _ => tokens[i].start,
    };
    let written = &text[from..tokens[j - 1].end];
    let name = written.strip_prefix("The ").unwrap_or(written).to_string();
    let slug = crate::shared::slug::slug(&name);
    if slug.is_empty() {
        return None;
    }
    Some(Mention {
        tok_start: i,
        tok_end: j,
        entity: EntityRef {
            id: format!("{UNVERIFIED_PREFIX}{slug}"),
            name,
            kind,
            country,
        },
        also: Vec::new(),
        role: if hyphen_compound {
            MentionRole::Modifier
        } else {
            MentionRole::Actor
        },
        via: Via::Unknown,
        office: None,
    })
}

/// Whether a word (lowercase) is an ordinary English word, inflected or not ("planes",
/// "imposed"): capitalised in old wire copy, it makes no name.
fn is_common(lex: &Lexicon, w: &str) -> bool {
    let lemmas = &crate::syntax::Model::builtin().parts().2;
    super::gazetteer::is_common_word(lex, w)
        || [
            ("NOUN", "NNS"),
            ("VERB", "VBD"),
            ("VERB", "VBG"),
            ("VERB", "VBZ"),
        ]
        .iter()
        .any(|(u, x)| {
            let l = lemmas.lemma(w, u, x);
            l != w && super::gazetteer::is_common_word(lex, &l)
        })
}

/// A headline in title case ("Rebels Seize Town Near Border"): most of its content words
/// capitalised, so capitals mark no names.
fn title_case(tokens: &[Token]) -> bool {
    let content = || {
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !is_function_token(t))
    };
    let n = content().count();
    n >= 4 && content().filter(|t| t.capitalized).count() * 10 >= n * 8
}

/// Keeps only what the lexicon knows (`--known-only`): drops the triples whose subject or
/// object is an open-world entity, and an open-world speaker of the rest.
pub fn drop_unverified(triples: &mut Vec<Triple>) {
    triples.retain(|t| t.subject.verified() && t.object.verified());
    for t in triples.iter_mut() {
        if t.claimed_by.as_ref().is_some_and(|c| !c.verified()) {
            t.claimed_by = None;
        }
    }
}

/// An open-world entity met in triples, for `geokg lexicon suggest`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Suggestion {
    /// The `new:` id.
    pub id: String,
    /// The name as most often written.
    pub name: String,
    /// The kind its cues gave.
    pub kind: Kind,
    /// The state its cues gave.
    pub country: Option<String>,
    /// Triples it is in (as subject, object or speaker).
    pub count: usize,
    /// The lexicon file a row for it goes into.
    pub file: &'static str,
    /// A ready-to-edit row of that file (the id's prefix follows the kind).
    pub row: String,
    /// The alias row of its name, for the matching `*_aliases.csv`.
    pub alias_row: String,
}

/// The open-world entities of `triples`, most frequent first (then by id), each with a
/// lexicon row to edit. An entity met with several kinds or states takes the most
/// frequent.
pub fn suggestions<'a>(triples: impl IntoIterator<Item = &'a Triple>) -> Vec<Suggestion> {
    use std::collections::BTreeMap;
    type Seen = (usize, BTreeMap<(String, Kind, Option<String>), usize>);
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    for t in triples {
        let speaker = t.claimed_by.iter();
        for e in [&t.subject, &t.object].into_iter().chain(speaker) {
            if e.verified() {
                continue;
            }
            let s = seen.entry(e.id.clone()).or_default();
            s.0 += 1;
            *s.1.entry((e.name.clone(), e.kind, e.country.clone()))
                .or_default() += 1;
        }
    }
    let mut out: Vec<Suggestion> = seen
        .into_iter()
        .map(|(id, (count, forms))| {
            let ((name, kind, country), _) = forms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .expect("an entity seen has a form");
            let slug = &id[UNVERIFIED_PREFIX.len()..];
            let (file, prefix) = match kind {
                Kind::Person => ("people.csv", "person"),
                Kind::Group => ("organizations.csv", "group"),
                Kind::Media => ("organizations.csv", "media"),
                Kind::Location => ("places.csv", "loc"),
                _ => ("organizations.csv", "org"),
            };
            let quoted = if name.contains([',', '"']) {
                format!("\"{}\"", name.replace('"', "\"\""))
            } else {
                name.clone()
            };
            let row = format!(
                "{prefix}:{slug},{},{quoted},{},,",
                kind.as_str(),
                country.as_deref().unwrap_or("")
            );
            let alias_row = format!("{prefix}:{slug},{quoted},name");
            Suggestion {
                id,
                name,
                kind,
                country,
                count,
                file,
                row,
                alias_row,
            }
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests;
