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
    agents(text, tokens, &tags, lex, discourse, &mut mentions);
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

/// Actors from generic nouns: "Russian troops", "Iraq's foreign ministry", "US officials",
/// "a Tunisian court", "a court in Guyana", "UN troops".
fn agents(
    text: &str,
    tokens: &[Token],
    tags: &[WordTags],
    lex: &Lexicon,
    discourse: &Discourse,
    mentions: &mut Vec<Mention>,
) {
    let mut i = 0;
    let mut added: Vec<Mention> = Vec::new();
    while i < tokens.len() {
        if !tags[i].any(WordTags::AGENT.union(WordTags::AGENT_START)) {
            i += 1;
            continue;
        }
        // Longest agent noun at i (two words, then one).
        // (two-word keys are only built after a word that starts one)
        let two = tokens
            .get(i + 1)
            .filter(|_| lex.agent_starts.contains(tokens[i].norm.as_str()))
            .map(|t| format!("{} {}", tokens[i].norm, t.norm));
        let (noun_len, agent) = match two.as_ref().and_then(|k| lex.agents.get(k)) {
            Some(a) => (2, a),
            None => match lex.agents.get(tokens[i].norm.as_str()) {
                Some(a) => (1, a),
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        let end = i + noun_len;
        // a capitalised people noun before another capitalised word is a word of a name
        // ("the Iraqi National Congress", "the Syrian Citizens Forum"), not the people
        let in_name = agent.kind == Kind::Other
            && i > 0
            && tokens[i].capitalized
            && tokens.get(end).is_some_and(|t| t.capitalized);
        if in_name
            || people::title_starts_at(tokens, i, lex)
            || mentions
                .iter()
                .chain(added.iter())
                .any(|m| m.tok_start < end && i < m.tok_end)
        {
            i += 1;
            continue;
        }
        // Look left over up to three modifier words for a state or organisation.
        let mut j = i;
        let mut owner: Option<usize> = None;
        let mut steps = 0;
        // whether a name or a word of origin before the noun already says where the people
        // are from ("African ministers", "foreign diplomats"): then a place after it is only
        // where they are ("African ministers in Nairobi" are not Kenya's government)
        let mut origin_named = false;
        // "Iraqi rebel leaders", "Syrian opposition officials": leaders of those against
        // the state, not the state's
        let mut against: Option<&'static str> = None;
        // whether a possessive "'s" stands between the noun and the name before it
        let mut possessed = false;
        while j > 0 && steps < 4 {
            j -= 1;
            against = against.or(match tokens[j].norm.as_str() {
                "rebel" | "insurgent" | "separatist" | "guerrilla" | "militant" => Some("rebels"),
                "opposition" | "dissident" | "exiled" | "exile" => Some("opposition"),
                _ => None,
            });
            if let Some(k) = mentions.iter().position(|m| m.tok_end == j + 1) {
                let m = &mentions[k];
                // "pro-Moscow officials", "anti-Western militias": whom they side with or
                // against is not whose they are (a place after them may say it)
                if sided(tokens, m) {
                    break;
                }
                // a person's government in a capital is that state's ("the president's
                // government in Kabul")
                origin_named = m.entity.kind != Kind::Person;
                // a region's adjective names its state's people, not its government:
                // "Chechen rebels" are Russia's rebels, a "Chechen military" is not Russia's
                // (and so does a region's possessive: "Chechnya's separatists")
                let region_adjective = m.entity.kind == Kind::Location
                    && m.entity.country.is_some()
                    && agent.kind != Kind::Organization
                    && (matches!(m.via, Via::Alias(AliasType::Demonym)) || possessed);
                if m.entity.kind != Kind::Person
                    && m.entity.kind != Kind::Media
                    && (m.entity.kind != Kind::Location || region_adjective)
                {
                    owner = Some(k);
                }
                break;
            }
            let t = &tokens[j];
            // "the Syrian-backed government", "Iranian-funded militias": the name before the
            // hyphen is who backs or made it, not whose the people are (but a "U.S.-led
            // coalition" is led by its state, which coders name for it)
            if t.norm == "-"
                && tokens
                    .get(j + 1)
                    .is_some_and(|p| MADE_BY.contains(&p.norm.as_str()))
            {
                break;
            }
            // the same without the hyphen: "Syrian backed militias", "U.S. funded rebels"
            // (not "armed": "Syrian armed forces" are Syria's)
            if BACKED.contains(&t.norm.as_str()) {
                break;
            }
            if t.norm == "'s" || t.norm == "-" {
                possessed |= t.norm == "'s";
                continue;
            }
            if t.kind != crate::text::TokenKind::Word || !words::is_agent_modifier_token(t) {
                // a capitalised adjective the lexicon does not know as a state's, inside the
                // sentence, names an origin too ("African", "European", "Arab"); one of a
                // creed does not ("the Communist regime in Prague")
                // (before people: before a body it is the body's name, "the Education
                // Ministry in Baghdad" is Iraq's)
                origin_named |= t.kind == crate::text::TokenKind::Word
                    && t.capitalized
                    && j > 0
                    && j + 1 == i
                    && !t.norm.ends_with("ist")
                    && !matches!(
                        tokens[end - 1].norm.as_str(),
                        "ministry" | "ministries" | "department" | "office" | "agency" | "bureau"
                    )
                    && !words::is_function_token(t);
                break;
            }
            // ("the Foreign Ministry in Tehran" is Iran's: "foreign" names the ministry)
            origin_named |= OUTSIDERS.contains(&t.norm.as_str()) && (!t.capitalized || j == 0);
            steps += 1;
        }
        // "a court in Guyana", "officials in Kabul"
        let mut span_end = end;
        let hardware = matches!(agent.sector.as_str(), "military")
            && words::is_hardware(&tokens[end - 1].norm);
        if owner.is_none()
            && !hardware
            && tokens.get(end).is_some_and(|t| match t.norm.as_str() {
                "in" => !origin_named,
                "of" | "from" => true,
                _ => false,
            })
        {
            // over up to three modifiers: "dissidents from military-ruled Myanmar"
            let mut s = end + 1;
            while s < tokens.len() && s <= end + 4 && !mentions.iter().any(|m| m.tok_start == s) {
                let t = &tokens[s];
                if !(t.norm == "-"
                    || t.norm == "the"
                    || t.kind == crate::text::TokenKind::Word
                        && !t.capitalized
                        && !words::is_function_token(t))
                {
                    break;
                }
                s += 1;
            }
            // (a region of a state names the state: "rebels in Chechnya" are Russia's)
            if let Some(k) = mentions.iter().position(|m| {
                m.tok_start == s
                    && (m.entity.kind == Kind::Country
                        || m.entity.kind == Kind::Location && m.entity.country.is_some())
            }) {
                owner = Some(k);
                span_end = mentions[k].tok_end;
            }
        }
        // "the Foreign Ministry said", "Defense Department officials": a state's body named
        // as a name without its state is the body of the state the article is about
        // (a name of two words: a capitalised "Government" or "Ministers" may open a sentence)
        let home_body = owner.is_none()
            && agent.kind == Kind::Organization
            && noun_len == 2
            && tokens[i..end].iter().all(|t| t.capitalized)
            && (i == 0
                || !tokens[i - 1].capitalized
                || matches!(tokens[i - 1].norm.as_str(), "the" | "a" | "an"));
        // a ministry is named by the press of its own state; an "Air Force" as often by the
        // press of another
        let ministry = matches!(
            tokens[end - 1].norm.as_str(),
            "ministry" | "department" | "office"
        );
        let home = home_body
            .then(|| {
                dateline_state(text, lex).or_else(|| {
                    ministry
                        .then(|| {
                            discourse
                                .opening_state()
                                .or(discourse.most_named_state())
                                .map(str::to_string)
                        })
                        .flatten()
                })
            })
            .flatten()
            .and_then(|c| lex.entity(&format!("country:{c}")));
        if let Some(state) = home {
            let code = state.country.clone().unwrap_or_default();
            added.push(Mention {
                tok_start: i,
                tok_end: end,
                entity: EntityRef {
                    id: format!("gov:{code}:{}", agent.sector),
                    name: format!("{} ({})", state.name, agent.sector),
                    kind: Kind::Organization,
                    country: state.country.clone(),
                },
                also: Vec::new(),
                role: MentionRole::Actor,
                via: Via::Agent,
                office: None,
            });
            i = end;
            continue;
        }
        let Some(mut k) = owner else {
            i = end;
            continue;
        };
        // "Australian SAS troops", "New Zealand SAS soldiers": another state's adjective or
        // name before a state's body says whose the people are (the SAS of the lexicon is
        // Britain's): that state's
        if mentions[k].entity.id.starts_with("gov:") {
            let body = &mentions[k];
            let other_state = mentions.iter().position(|m| {
                m.tok_end == body.tok_start
                    && m.entity.kind == Kind::Country
                    && matches!(m.via, Via::Alias(AliasType::Demonym | AliasType::Name))
                    && m.entity.country != body.entity.country
            });
            if let Some(d) = other_state {
                mentions.remove(k);
                k = if d > k { d - 1 } else { d };
            }
        }
        let o = mentions[k].clone();
        // "U.N. diplomats", "NATO delegates": the envoys of its member states to a body,
        // not the body acting (its own envoys, officials and delegations are: "U.N. envoys",
        // "a U.N. delegation visited Baghdad")
        if o.entity.kind == Kind::Organization
            && matches!(
                tokens[end - 1].norm.as_str(),
                "diplomat" | "diplomats" | "delegate" | "delegates"
            )
        {
            mentions.remove(k);
            i = end;
            continue;
        }
        let start = o.tok_start.min(i);
        let against = against.filter(|_| agent.kind != Kind::Group);
        let agent_of = |owner: &EntityRef| {
            if owner.kind == Kind::Country || owner.kind == Kind::Location {
                let code = owner.country.clone().unwrap_or_default();
                let prefix = match (agent.kind, against) {
                    (_, Some(_)) | (Kind::Group, _) => "group",
                    (Kind::Other, _) => "other",
                    _ => "gov",
                };
                let kind = match (agent.kind, against) {
                    (_, Some(_)) => Kind::Group,
                    (Kind::Person, _) => Kind::Organization,
                    (k, _) => k,
                };
                let sector = against.unwrap_or(agent.sector.as_str());
                EntityRef {
                    id: format!("{prefix}:{code}:{sector}"),
                    name: format!("{} ({sector})", owner.name),
                    kind,
                    country: owner.country.clone(),
                }
            } else {
                // an organisation's own troops or officials are the organisation
                owner.clone()
            }
        };
        let entity = agent_of(&o.entity);
        mentions.remove(k);
        // "Cambodian and Thai troops", "British, French and German officials": each
        // adjective coordinated with the owner names troops of its own state
        let mut left = start;
        if o.tok_start < i && matches!(o.via, Via::Alias(AliasType::Demonym)) {
            while left >= 2 && matches!(tokens[left - 1].norm.as_str(), "and" | "," | "or") {
                let Some(c) = mentions.iter().position(|m| {
                    m.tok_end == left - 1
                        && m.entity.kind == Kind::Country
                        && matches!(m.via, Via::Alias(AliasType::Demonym))
                }) else {
                    break;
                };
                let c = mentions.remove(c);
                added.push(Mention::actor(
                    c.tok_start,
                    c.tok_end,
                    agent_of(&c.entity),
                    Via::Agent,
                ));
                left = c.tok_start;
            }
        }
        added.push(Mention::actor(start, span_end, entity, Via::Agent));
        i = span_end;
    }
    mentions.extend(added);
}

/// Modifiers of people that say they are not of the place they are in ("foreign diplomats
/// in Tehran").
const OUTSIDERS: &[&str] = &[
    "foreign",
    "international",
    "visiting",
    "western",
    "exiled",
    "expatriate",
    "overseas",
];

/// The state of the article's dateline ("TIRANA 1996-08-28 - ", "NAJAF, Iraq - "): its
/// place's state, when the lexicon knows the place as a state, a capital or a place of one.
fn dateline_state(text: &str, lex: &Lexicon) -> Option<String> {
    let len = crate::text::dateline_len(text);
    if len == 0 {
        return None;
    }
    let tokens = crate::text::tokenize(&text[..len], 0);
    if tokens.is_empty() {
        return None;
    }
    gazetteer::matches(text, &tokens, lex, None, true)
        .into_iter()
        .find_map(|m| m.entity.country)
}
