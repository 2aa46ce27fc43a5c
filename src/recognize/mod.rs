//! Stage 3, recognize: finds the entities a sentence mentions.
//!
//! Takes a sentence's text and tokens, the lexicon and the article's discourse memory;
//! returns [`Mention`]s with token and byte spans. Passes, in order: gazetteer matches
//! (aho-corasick over the original text, longest match, word boundaries, date-aware
//! choice among candidates); people from titles and roles ("Iran's President Ebrahim
//! Raisi", "Nikolai Patrushev, secretary of Russia's Security Council", "State Department
//! Spokesperson Ned Price"), which also yields their affiliation (or only their state: at
//! the head of a longer title, "the French farm minister ..."; of the title before them in a
//! list, "Greek Prime Minister ... and Foreign Minister ..."; of the body a possessive names,
//! "its leader ..."; of the region rebels fight in, "rebel commander ..."); actors from generic nouns
//! ("Russian troops", "a court in Guyana"); short names of people met earlier in the
//! article ("Price"); definite descriptions ("the kingdom", "the island nation", "the two
//! countries", "both sides": [`descriptions`]) and pronouns, resolved by the article's
//! memory ([`discourse`]);
//! last, names the lexicon does not know, as entities of their own ([`open`]).

mod agents;
mod bare_titles;
pub mod descriptions;
pub mod discourse;
mod far_states;
mod former;
mod fuzzy;
mod gazetteer;
pub mod groups;
mod heads;
mod names;
pub mod open;
pub(crate) mod people;
mod pronouns;
mod roles;
mod royal_roles;
mod royals;
pub use crate::text::words;

use crate::lexicon::{AliasType, DateKey, Lexicon, WordTags};
use crate::model::{EntityRef, Kind};
use crate::text::Token;
use discourse::{Discourse, Sentence};

/// Participles after a state's name and a hyphen that say who backs, pays for, made or
/// trained something ("Syrian-backed", "U.S.-made"): the name is the participle's agent (an
/// owner, "Greek-owned", "U.S.-flagged", stays the thing's state).
const MADE_BY: &[&str] = &[
    "backed",
    "funded",
    "financed",
    "sponsored",
    "supported",
    "armed",
    "trained",
    "supplied",
    "made",
    "built",
    "designed",
    "manufactured",
    "brokered",
    "mediated",
    "installed",
    "imposed",
    "appointed",
];
/// Participles of backing that, written without a hyphen after a state's name, still say
/// who backs the people after them, never whose they are ("Syrian backed militias").
const BACKED: &[&str] = &[
    "backed",
    "funded",
    "financed",
    "sponsored",
    "supported",
    "trained",
    "installed",
];

/// How a mention functions in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionRole {
    /// Can be the subject or object of an event.
    Actor,
    /// An adjective or compound modifier ("Iranian drones", "Iranian-made", "pro-Russia"):
    /// can be the subject of an event noun it modifies, nothing else.
    Modifier,
    /// A place where something happens ("in Tehran").
    Location,
}

/// How a mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A lexicon alias of this type.
    Alias(AliasType),
    /// A title or role ("Iran's President ...").
    Title,
    /// A generic noun with a state ("Russian troops").
    Agent,
    /// A person named with what they are, not an office: "British hostage Jane Roe",
    /// "Jane Roe, a U.S. analyst", "Briton Jane Roe" (a descriptor or a nationality).
    Role,
    /// A short name or pronoun resolved from earlier text.
    Coreference,
    /// A spelling variant of a lexicon name ("Kazakstan"), by a bounded fuzzy match: less
    /// sure than the name itself.
    Fuzzy,
    /// A name the lexicon does not know (open world, [`open`]): an entity `new:slug`.
    Unknown,
}

/// An entity mention in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// First token (index into the sentence's tokens).
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// The entity.
    pub entity: EntityRef,
    /// Further entities when the mention stands for several ("the two countries").
    pub also: Vec<EntityRef>,
    /// How it functions.
    pub role: MentionRole,
    /// How it was recognised.
    pub via: Via,
    /// For people recognised from a title: the role id and the entity they serve.
    pub office: Option<(String, EntityRef)>,
}

impl Mention {
    /// A mention of one entity as an actor, holding no office: what most recognisers find.
    pub fn actor(tok_start: usize, tok_end: usize, entity: EntityRef, via: Via) -> Mention {
        Mention {
            tok_start,
            tok_end,
            entity,
            also: Vec::new(),
            role: MentionRole::Actor,
            via,
            office: None,
        }
    }

    /// All entities the mention stands for.
    pub fn entities(&self) -> impl Iterator<Item = &EntityRef> {
        std::iter::once(&self.entity).chain(self.also.iter())
    }
}

/// Recognises the mentions of one sentence. `text` is the whole article text (token offsets
/// index it); `discourse` is read for short names and pronouns and updated afterwards by
/// the caller.
pub fn recognize(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    date: Option<DateKey>,
    discourse: &Discourse,
) -> Vec<Mention> {
    if tokens.is_empty() {
        return Vec::new();
    }
    let upper = is_all_caps(text, tokens);
    let mut mentions = gazetteer::matches(text, tokens, lex, date, upper);
    if !upper {
        fuzzy::variants(text, tokens, lex, date, &mut mentions);
    }
    classify_roles(tokens, &mut mentions);
    groups::demonym_groups(text, tokens, lex, &mut mentions);
    owned_bodies(tokens, lex, &mut mentions);
    // one look-up per word for what it can start in the title and agent tables
    let tags: Vec<WordTags> = tokens.iter().map(|t| lex.word_tags(&t.norm)).collect();
    agents::agents(text, tokens, &tags, lex, discourse, &mut mentions);
    let sentence = Sentence::new(text, tokens, lex, date, discourse);
    people::titled_people(&sentence, &tags, &mut mentions);
    far_states::listed_with_a_state(tokens, &mut mentions);
    roles::nationals(text, tokens, lex, discourse, &mut mentions);
    roles::people_by_age(text, tokens, discourse, &mut mentions);
    people::short_names(text, tokens, discourse, &mut mentions);
    let (dropped, mut mentions): (Vec<Mention>, Vec<Mention>) =
        mentions.into_iter().partition(|m| {
            others_of(tokens, m)
                || backer_of(tokens, m)
                || currency_of(tokens, m)
                || venue_of_a_name(tokens, m)
        });
    descriptions::descriptions(&sentence, &mut mentions);
    bare_titles::bare_titles(&sentence, &mut mentions);
    pronouns::pronouns(tokens, lex, discourse, &mut mentions);
    far_states::of_the_body_before(tokens, lex, discourse, &mut mentions);
    open::unknown_names(text, tokens, lex, upper, &dropped, &mut mentions);
    people::of_their_state(tokens, &mut mentions);
    people::country_met_before(discourse, &mut mentions);
    royals::royal_house(tokens, lex, &mut mentions);
    former::what_was(tokens, &mut mentions);
    mentions.sort_by_key(|m| (m.tok_start, m.tok_end));
    mentions
}

/// Nouns of those who stand in a relation to someone and are not them: "U.S. allies",
/// "Russia's neighbours", "the enemies of Iran".
const OTHERS: &[&str] = &[
    "ally",
    "allies",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "enemy",
    "enemies",
    "foe",
    "foes",
    "rival",
    "rivals",
    "adversary",
    "adversaries",
    "opponent",
    "opponents",
    "critic",
    "critics",
    "partner",
    "partners",
];

/// Capitalised nouns that, after a city's name, make the name of an accord or a forum:
/// "the Berne Agreement", "the Oslo Accords", "the Geneva Conventions", "the Minsk Format".
const NAMED_FOR_A_PLACE: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "protocol",
    "protocols",
    "convention",
    "conventions",
    "declaration",
    "communique",
    "charter",
    "memorandum",
    "process",
    "format",
    "framework",
    "initiative",
    "group",
    "club",
];

/// Whether a mention is only the city an accord or a forum is named for: a capital or a city,
/// right before a capitalised noun of [`NAMED_FOR_A_PLACE`] ("breached the Berne Agreement"
/// names no Swiss act). The state itself is still a party: "the Russia Agreement" is not
/// read so, nor is a city before a lowercase noun ("the Moscow talks").
fn venue_of_a_name(tokens: &[Token], m: &Mention) -> bool {
    let city = matches!(m.via, Via::Alias(AliasType::Capital)) || m.entity.kind == Kind::Location;
    city && tokens
        .get(m.tok_end)
        .is_some_and(|t| t.capitalized && NAMED_FOR_A_PLACE.contains(&t.norm.as_str()))
}

/// Whether a mention names no one who acts but those against or beside it: "anti-American
/// protesters", "U.S. allies", "Putin's rivals", "the enemies of Iran", "Germany's EU
/// partners" (an alliance's allies are its members, and stay: "NATO allies"). Those on a
/// state's side are not the state either: "pro-Moscow leaders" are leaders elsewhere who
/// side with Moscow.
fn others_of(tokens: &[Token], m: &Mention) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.norm.as_str());
    if sided(tokens, m) {
        return true;
    }
    if matches!(m.entity.kind, Kind::Organization) {
        return false;
    }
    let mut next = m.tok_end;
    if word(next) == Some("'s") {
        next += 1;
        // the body the others share with the owner: "Turkey's NATO allies", "Britain's
        // European Union partners"
        while next < m.tok_end + 5 && tokens.get(next).is_some_and(|t| t.capitalized) {
            next += 1;
        }
    }
    if word(next).is_some_and(|w| OTHERS.contains(&w)) {
        return true;
    }
    // "the allies of Japan"
    m.tok_start >= 2
        && word(m.tok_start - 1) == Some("of")
        && word(m.tok_start - 2).is_some_and(|w| OTHERS.contains(&w))
}

/// Whether a name only says whom those it describes side with or against: "anti-American",
/// "pro-Iranian" (the hyphen and the prefix before the name).
fn sided(tokens: &[Token], m: &Mention) -> bool {
    m.tok_start >= 2
        && tokens[m.tok_start - 1].norm == "-"
        && matches!(tokens[m.tok_start - 2].norm.as_str(), "anti" | "pro")
}

/// Whether a state's adjective only says who backs the people after it, written without
/// the hyphen: "Syrian backed militias", "Iranian funded groups" are neither Syria's nor
/// Iran's. (A name may be the subject of "backed" as a verb, "Iran backed the rebels", and
/// stays.)
fn backer_of(tokens: &[Token], m: &Mention) -> bool {
    matches!(m.via, Via::Alias(AliasType::Demonym))
        && tokens
            .get(m.tok_end)
            .is_some_and(|t| BACKED.contains(&t.norm.as_str()))
        && tokens
            .get(m.tok_end + 1)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
}

/// Currencies named by their state: "Swiss francs", "U.S. dollars", "Japanese yen".
const CURRENCIES: &[&str] = &[
    "dollar", "dollars", "dlr", "dlrs", "franc", "francs", "yen", "mark", "marks", "pound",
    "pounds", "euro", "euros", "rouble", "roubles", "ruble", "rubles", "dinar", "dinars", "rupee",
    "rupees", "yuan", "renminbi", "peso", "pesos", "lira", "lire", "krona", "kronor", "krone",
    "kroner", "won", "shekel", "shekels", "rial", "rials", "riyal", "riyals", "real", "reais",
    "rand", "naira", "zloty", "zlotys", "forint", "koruna", "baht", "ringgit", "rupiah", "dirham",
    "dirhams", "hryvnia", "lei", "leu", "tenge", "manat",
];

/// Names of currencies that are also common English words ("the United States won",
/// "Israel pounds", "Germany marks the day"): after a state's name they are a verb, after
/// its adjective the currency ("the South Korean won", "Egyptian pounds", "German marks").
const CURRENCY_WORDS: &[&str] = &["won", "real", "mark", "marks", "pound", "pounds"];

/// Whether a state's name or adjective only names its currency ("received 460,000 Swiss
/// francs from", "paid in U.S. dollars"): money is no actor.
fn currency_of(tokens: &[Token], m: &Mention) -> bool {
    matches!(m.entity.kind, Kind::Country)
        && tokens.get(m.tok_end).is_some_and(|t| {
            CURRENCIES.contains(&t.norm.as_str())
                && (!CURRENCY_WORDS.contains(&t.norm.as_str())
                    || matches!(m.via, Via::Alias(AliasType::Demonym)))
        })
}

/// A headline in capitals: matching then ignores case for all aliases.
fn is_all_caps(text: &str, tokens: &[Token]) -> bool {
    let words = || {
        tokens
            .iter()
            .filter(|t| t.kind == crate::text::TokenKind::Word)
    };
    let n = words().count();
    if n < 3 {
        return false;
    }
    // At least 80% of the words in capitals: the count stops as soon as more than 20% are
    // not, which in ordinary prose is within the first few words.
    let mut not_caps = 0;
    for t in words() {
        // a word that starts with an ASCII lowercase letter has one, without decoding it
        let lower = text.as_bytes()[t.start].is_ascii_lowercase()
            || text[t.start..t.end].chars().any(char::is_lowercase);
        if lower {
            not_caps += 1;
            if (n - not_caps) * 10 < n * 8 {
                return false;
            }
        }
    }
    true
}

/// Marks adjectives, compound modifiers and places.
fn classify_roles(tokens: &[Token], mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let next = tokens.get(m.tok_end).map(|t| t.norm.as_str());
        let next2 = tokens.get(m.tok_end + 1);
        let prev = m.tok_start.checked_sub(1).map(|i| tokens[i].norm.as_str());
        let prev2 = m.tok_start.checked_sub(2).map(|i| tokens[i].norm.as_str());
        // "Iranian-made", "Moscow-based", "Russia-backed" (but not "US-China": both are states)
        let hyphen_compound = next == Some("-")
            && next2.is_some_and(|t| !t.capitalized && t.kind == crate::text::TokenKind::Word);
        let pro_anti = prev == Some("-")
            && matches!(prev2, Some("pro" | "anti" | "non" | "ex" | "post" | "pre"));
        let is_demonym_adj =
            matches!(m.via, Via::Alias(AliasType::Demonym)) && !is_people_noun(tokens, m);
        if hyphen_compound || pro_anti || is_demonym_adj {
            m.role = MentionRole::Modifier;
        } else if m.entity.kind == Kind::Location
            || (prev.is_some_and(|p| words::LOCATIVE.contains(&p))
                && matches!(
                    m.via,
                    Via::Alias(AliasType::Capital | AliasType::Short | AliasType::Name)
                        | Via::Fuzzy
                ))
        {
            m.role = MentionRole::Location;
        }
    }
}

/// Whether a demonym mention is a people noun ("Iranians", "the British") rather than an
/// adjective ("Iranian drones"). A plural is always one: "Serbs accused Croatia", "clashes
/// with Uzbeks" (adjectives of states do not inflect); which of the others are nouns the
/// tagger settles when the sentence is parsed.
fn is_people_noun(tokens: &[Token], m: &Mention) -> bool {
    if groups::is_plural_demonym(tokens, m) {
        return true;
    }
    let last = &tokens[m.tok_end - 1].norm;
    let next = tokens.get(m.tok_end);
    let next_is_noun_like = next.is_some_and(|t| {
        t.kind == crate::text::TokenKind::Word
            && !words::is_function_token(t)
            && !words::ATTRIBUTION.has(t)
    });
    (last.ends_with('s') && !last.ends_with("ss") && !next_is_noun_like)
        || !next_is_noun_like && m.tok_start > 0 && tokens[m.tok_start - 1].norm == "the"
}

/// A state's own body named like an international one: "Russia's Security Council" is
/// not the UN's. An international organisation after a state's possessive becomes that
/// state's body of the same name.
fn owned_bodies(tokens: &[Token], lex: &Lexicon, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.entity.kind != Kind::Organization
            || m.entity.country.is_some()
            || m.tok_start < 2
            || tokens[m.tok_start - 1].norm != "'s"
            // "Turkey's NATO allies" are NATO's members, not a Turkish body
            || tokens
                .get(m.tok_end)
                .is_some_and(|t| OTHERS.contains(&t.norm.as_str()))
        {
            continue;
        }
        let Some(owner) = mentions
            .iter()
            .find(|o| o.tok_end == m.tok_start - 1 && o.entity.kind == Kind::Country)
            .map(|o| o.entity.clone())
        else {
            continue;
        };
        let code = owner.country.clone().unwrap_or_default();
        let name = tokens[m.tok_start..m.tok_end]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let slug = crate::shared::slug::slug(&name);
        let id = format!("gov:{code}:{slug}");
        let entity = match lex.entity(&id) {
            Some(e) => e.to_ref(),
            None => EntityRef {
                id,
                name: format!("{} {}", owner.name, title_case(&name)),
                kind: Kind::Organization,
                country: owner.country.clone(),
            },
        };
        mentions[k].entity = entity;
    }
}

/// Each space-separated word with its first letter in capitals ("foreign ministry" →
/// "Foreign Ministry").
pub(crate) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
