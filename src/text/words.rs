//! Closed-class English word lists the recognizer and extractor need (grammar, not data),
//! and the word classes the tokenizer tags every word with.
//!
//! Each list is a [`WordSet`] of one [`WordClass`]. The tokenizer looks every word up once
//! in the union of all lists and keeps the classes it belongs to as a bit set in
//! [`Token::classes`]; the later stages then ask [`WordSet::has`] of a token, a bit test,
//! instead of hashing the same word again for each list (some twenty look-ups per token
//! before). [`WordSet::contains`] still answers for any string.

use crate::text::Token;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The closed word classes: one per [`WordSet`], one bit of [`Token::classes`] each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum WordClass {
    /// [`PREPOSITIONS`]
    Prepositions,
    /// [`LOCATIVE`]
    Locative,
    /// [`DETERMINERS`]
    Determiners,
    /// [`AUXILIARIES`]
    Auxiliaries,
    /// [`BE_FORMS`]
    BeForms,
    /// [`CLAUSE_OPENERS`]
    ClauseOpeners,
    /// [`RELATIVES`]
    Relatives,
    /// [`PERSON_PRONOUNS`]
    PersonPronouns,
    /// [`THING_PRONOUNS`]
    ThingPronouns,
    /// [`PLURAL_PRONOUNS`]
    PluralPronouns,
    /// [`QUANTITY_NOUNS`]
    QuantityNouns,
    /// [`CONTROL_NOUNS`]
    ControlNouns,
    /// [`LIGHT_VERBS`]
    LightVerbs,
    /// [`ATTRIBUTION`]
    Attribution,
    /// [`HEDGING_ATTRIBUTION`]
    HedgingAttribution,
    /// [`NEGATIONS`]
    Negations,
    /// [`HEDGES`]
    Hedges,
    /// [`FUTURES`]
    Futures,
    /// [`NAME_PARTICLES`]
    NameParticles,
    /// [`REQUEST_WORDS`]
    RequestWords,
    /// [`OTHER_FUNCTION_WORDS`]
    OtherFunctionWords,
    /// [`AGENT_MODIFIERS`]
    AgentModifiers,
    /// [`TITLE_PREFIXES`]
    TitlePrefixes,
    /// [`NOT_NAMES`]
    NotNames,
    /// [`SPORT_WORDS`]
    SportWords,
    /// [`STRONG_SPORT_WORDS`]
    StrongSportWords,
    /// [`ANAPHORS`]
    Anaphors,
}

/// A fixed list of words of one class.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    mask: u32,
}

impl WordSet {
    /// A set of these words, the class `class`.
    pub const fn new(class: WordClass, words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            mask: 1 << class as u32,
        }
    }

    /// Whether `w` is one of the words (a hashed look-up).
    pub fn contains(&self, w: &&str) -> bool {
        classes_of(w) & self.mask != 0
    }

    /// Whether the token is one of the words (a bit test of the classes the tokenizer
    /// found).
    #[inline]
    pub fn has(&self, t: &Token) -> bool {
        t.classes & self.mask != 0
    }

    /// The words, in their written order.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// Every word set, for the table of classes.
static ALL: &[&WordSet] = &[
    &PREPOSITIONS,
    &LOCATIVE,
    &DETERMINERS,
    &AUXILIARIES,
    &BE_FORMS,
    &CLAUSE_OPENERS,
    &RELATIVES,
    &PERSON_PRONOUNS,
    &THING_PRONOUNS,
    &PLURAL_PRONOUNS,
    &QUANTITY_NOUNS,
    &CONTROL_NOUNS,
    &LIGHT_VERBS,
    &ATTRIBUTION,
    &HEDGING_ATTRIBUTION,
    &NEGATIONS,
    &HEDGES,
    &FUTURES,
    &NAME_PARTICLES,
    &REQUEST_WORDS,
    &OTHER_FUNCTION_WORDS,
    &AGENT_MODIFIERS,
    &TITLE_PREFIXES,
    &NOT_NAMES,
    &SPORT_WORDS,
    &STRONG_SPORT_WORDS,
    &ANAPHORS,
];

/// The classes `w` belongs to, as a bit set (one bit per [`WordClass`]); 0 for most words.
pub fn classes_of(w: &str) -> u32 {
    static TABLE: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: FxHashMap<&'static str, u32> = FxHashMap::default();
        for set in ALL {
            for w in set.words {
                *t.entry(w).or_default() |= set.mask;
            }
        }
        t
    });
    table.get(w).copied().unwrap_or(0)
}

/// Prepositions: a mention right after one is part of a prepositional phrase.
pub static PREPOSITIONS: WordSet = WordSet::new(
    WordClass::Prepositions,
    &[
        "of",
        "in",
        "at",
        "from",
        "to",
        "with",
        "for",
        "on",
        "by",
        "against",
        "about",
        "into",
        "onto",
        "over",
        "under",
        "near",
        "across",
        "through",
        "throughout",
        "toward",
        "towards",
        "between",
        "among",
        "amid",
        "during",
        "after",
        "before",
        "since",
        "until",
        "without",
        "within",
        "inside",
        "outside",
        "via",
        "like",
        "upon",
        "behind",
        "beyond",
        "around",
        "than",
        "unlike",
        "including",
        "despite",
        "per",
    ],
);

/// Prepositions of place: a mention after one is a location, not an actor.
pub static LOCATIVE: WordSet = WordSet::new(
    WordClass::Locative,
    &[
        "in",
        "at",
        "near",
        "inside",
        "outside",
        "across",
        "throughout",
        "within",
        "around",
    ],
);

/// Determiners and quantifiers that may stand between a verb and its object.
pub static DETERMINERS: WordSet = WordSet::new(
    WordClass::Determiners,
    &[
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "some",
        "any",
        "each",
        "every",
        "another",
        "other",
        "such",
        "both",
        "all",
        "several",
        "many",
        "few",
        "two",
        "three",
        "four",
        "five",
        "further",
        "more",
        "fellow",
        "neighbouring",
        "neighboring",
        "rival",
        "its",
        "own",
    ],
);

/// Auxiliaries and modals.
pub static AUXILIARIES: WordSet = WordSet::new(
    WordClass::Auxiliaries,
    &[
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
        "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "'ll", "having",
    ],
);

/// Forms of "be" that make a passive with a participle.
pub static BE_FORMS: WordSet = WordSet::new(
    WordClass::BeForms,
    &[
        "is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets", "getting",
    ],
);

/// Words that open a new clause: the subject of a verb is not searched beyond them.
pub static CLAUSE_OPENERS: WordSet = WordSet::new(
    WordClass::ClauseOpeners,
    &[
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "if",
        "unless",
        "when",
        "whether",
        "so",
        "yet",
        "however",
        "meanwhile",
    ],
);

/// Relative pronouns: the subject of the verb after them is their antecedent.
pub static RELATIVES: WordSet =
    WordSet::new(WordClass::Relatives, &["who", "which", "that", "whom"]);

/// Subject pronouns and possessive determiners with what they can refer to.
pub static PERSON_PRONOUNS: WordSet = WordSet::new(
    WordClass::PersonPronouns,
    &["he", "she", "him", "his", "her"],
);

/// Pronouns that refer to a state or body mentioned before in the same sentence.
pub static THING_PRONOUNS: WordSet = WordSet::new(WordClass::ThingPronouns, &["it", "its"]);

/// Plural pronouns.
pub static PLURAL_PRONOUNS: WordSet =
    WordSet::new(WordClass::PluralPronouns, &["they", "their", "them"]);

/// Nouns of quantity: "hundreds of UN troops" has "UN troops" as its head.
pub static QUANTITY_NOUNS: WordSet = WordSet::new(
    WordClass::QuantityNouns,
    &[
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "millions",
        "some",
        "many",
        "most",
        "members",
        "group",
        "groups",
        "units",
        "unit",
        "team",
        "contingent",
        "battalion",
        "battalions",
        "number",
        "one",
        "two",
        "three",
        "all",
        "several",
        "delegation",
        "part",
        "both",
        "each",
        "none",
        "majority",
    ],
);

/// Nouns that pass their possessor or modifier to an infinitive: "a Russian effort to acquire".
pub static CONTROL_NOUNS: WordSet = WordSet::new(
    WordClass::ControlNouns,
    &[
        "effort",
        "efforts",
        "attempt",
        "attempts",
        "bid",
        "plan",
        "plans",
        "move",
        "push",
        "drive",
        "campaign",
        "decision",
        "offer",
        "readiness",
        "willingness",
        "intention",
        "ability",
        "failure",
        "refusal",
        "threat",
        "threats",
        "pledge",
        "promise",
        "vow",
        "determination",
        "call",
        "calls",
        "demand",
        "demands",
        "request",
        "agreement",
        "deal",
        "right",
        "readiness",
    ],
);

/// Verbs that take an event noun as their object ("launched an attack", "made a visit").
pub static LIGHT_VERBS: WordSet = WordSet::new(
    WordClass::LightVerbs,
    &[
        "make",
        "made",
        "makes",
        "making",
        "launch",
        "launched",
        "launches",
        "launching",
        "hold",
        "held",
        "holds",
        "holding",
        "stage",
        "staged",
        "stages",
        "staging",
        "carry",
        "carried",
        "carries",
        "conduct",
        "conducted",
        "conducts",
        "conducting",
        "offer",
        "offered",
        "offers",
        "offering",
        "express",
        "expressed",
        "expresses",
        "pay",
        "paid",
        "pays",
        "return",
        "returned",
        "returns",
        "returning",
        "begin",
        "began",
        "begun",
        "begins",
        "continue",
        "continued",
        "continues",
        "announce",
        "announced",
        "announces",
        "step",
        "stepped",
        "increase",
        "increased",
        "provide",
        "provided",
        "provides",
        "give",
        "gave",
        "given",
        "gives",
        "end",
        "ended",
        "ends",
        "complete",
        "completed",
        "start",
        "started",
        "starts",
        "mount",
        "mounted",
        "wage",
        "waged",
        "wages",
        "waging",
        "sign",
        "signed",
        "signs",
        "seek",
        "sought",
        "seeks",
        "deepen",
        "deepened",
        "expand",
        "expanded",
        "boost",
        "boosted",
        "on",
        "from",
        "after",
        "during",
        "in",
        "for",
        "up",
        "order",
        "ordered",
        "orders",
        "open",
        "opened",
        "opens",
        "attend",
        "attended",
        "attends",
        "attending",
        "call",
        "called",
        "renew",
        "renewed",
        "face",
        "faced",
        "faces",
    ],
);

/// Words that report speech: the sentence's events are then claimed by the speaker.
pub static ATTRIBUTION: WordSet = WordSet::new(
    WordClass::Attribution,
    &[
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "tell",
        "reported",
        "reports",
        "report",
        "reporting",
        "stated",
        "states",
        "announced",
        "announces",
        "explained",
        "explains",
        "noted",
        "notes",
        "added",
        "adds",
        "claimed",
        "claims",
        "claim",
        "alleged",
        "alleges",
        "suggested",
        "suggests",
        "insisted",
        "insists",
        "wrote",
        "writes",
        "confirmed",
        "confirms",
        "acknowledged",
        "acknowledges",
        "argued",
        "argues",
        "asserted",
        "declared",
        "declares",
        "maintained",
        "maintains",
        "revealed",
        "reveals",
        "cited",
        "quoted",
        "disclosed",
        "indicated",
        "indicates",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "estimated",
        "estimates",
    ],
);

/// Attribution verbs that hedge what they report.
pub static HEDGING_ATTRIBUTION: WordSet = WordSet::new(
    WordClass::HedgingAttribution,
    &[
        "suggested",
        "suggests",
        "claimed",
        "claims",
        "claim",
        "alleged",
        "alleges",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "estimated",
        "estimates",
        "indicated",
        "indicates",
    ],
);

/// Words of negation before a verb or an event noun.
pub static NEGATIONS: WordSet = WordSet::new(
    WordClass::Negations,
    &[
        "not",
        "never",
        "no",
        "neither",
        "nor",
        "without",
        "denied",
        "denies",
        "deny",
        "denying",
        "refused",
        "refuses",
        "refuse",
        "failed",
        "fails",
        "fail",
        "declined",
        "declines",
        "cannot",
        "nothing",
        "none",
        "unwilling",
        "reluctant",
    ],
);

/// Words of hedging.
pub static HEDGES: WordSet = WordSet::new(
    WordClass::Hedges,
    &[
        "may",
        "might",
        "could",
        "would",
        "should",
        "reportedly",
        "allegedly",
        "possibly",
        "probably",
        "likely",
        "apparently",
        "suspected",
        "presumably",
        "perhaps",
        "purportedly",
        "seemingly",
        "supposedly",
        "unconfirmed",
        "appears",
        "appeared",
        "seems",
        "seemed",
        "considering",
        "considers",
        "mulling",
        "mulls",
        "weighing",
        "expected",
        "believed",
        "rumored",
        "rumoured",
    ],
);

/// Words of future or intention.
pub static FUTURES: WordSet = WordSet::new(
    WordClass::Futures,
    &[
        "will",
        "'ll",
        "shall",
        "plans",
        "plan",
        "planned",
        "planning",
        "intends",
        "intend",
        "intended",
        "scheduled",
        "set",
        "poised",
        "verge",
        "going",
        "pledged",
        "pledges",
        "promised",
        "promises",
        "vowed",
        "vows",
        "wants",
        "want",
        "wanted",
        "seeks",
        "seek",
        "seeking",
        "sought",
        "aims",
        "aim",
        "aiming",
        "prepared",
        "prepares",
        "preparing",
        "ready",
        "agreed",
        "agrees",
        "hopes",
        "hope",
        "hoped",
        "offered",
        "offers",
        "proposed",
        "proposes",
        "upcoming",
        "next",
        "intention",
        "plan",
        "due",
        "tomorrow",
    ],
);

/// Whether a word is a closed-class function word (never part of a name).
pub fn is_function_word(w: &str) -> bool {
    classes_of(w) & FUNCTION_WORDS != 0
}

/// Whether a token is a closed-class function word (never part of a name).
#[inline]
pub fn is_function_token(t: &Token) -> bool {
    t.classes & FUNCTION_WORDS != 0
}

/// The classes of function words.
const FUNCTION_WORDS: u32 = PREPOSITIONS.mask
    | DETERMINERS.mask
    | AUXILIARIES.mask
    | CLAUSE_OPENERS.mask
    | OTHER_FUNCTION_WORDS.mask;

/// Function words of no other list.
pub static OTHER_FUNCTION_WORDS: WordSet = WordSet::new(
    WordClass::OtherFunctionWords,
    &["and", "or", "as", "said", "says"],
);

/// Lowercase particles inside personal names: "Bashar al-Assad", "Osama bin Laden".
pub static NAME_PARTICLES: WordSet = WordSet::new(
    WordClass::NameParticles,
    &[
        "arap", "bint", "ould", "al", "el", "bin", "ibn", "abu", "de", "da", "del", "der", "van",
        "von", "la", "le", "du", "dos", "di", "ben", "bint", "ul", "ud",
    ],
);

/// Words that may stand between a state and a generic noun: "Russian armed forces",
/// "Syrian government troops", "US-backed rebels", "two Brazilian men".
pub fn is_agent_modifier(w: &str) -> bool {
    AGENT_MODIFIERS.contains(&w) || w.ends_with("-backed") || w.ends_with("-led")
}

/// [`is_agent_modifier`] of a token.
pub fn is_agent_modifier_token(t: &Token) -> bool {
    AGENT_MODIFIERS.has(t) || t.norm.ends_with("-backed") || t.norm.ends_with("-led")
}

/// The words of [`is_agent_modifier`].
pub static AGENT_MODIFIERS: WordSet = WordSet::new(
    WordClass::AgentModifiers,
    &[
        "senior",
        "top",
        "armed",
        "elite",
        "special",
        "federal",
        "government",
        "security",
        "military",
        "naval",
        "air",
        "border",
        "riot",
        "local",
        "regional",
        "national",
        "state",
        "foreign",
        "defence",
        "defense",
        "ruling",
        "opposition",
        "islamist",
        "islamic",
        "rebel",
        "militant",
        "allied",
        "coalition",
        "backed",
        "led",
        "trained",
        "two",
        "three",
        "four",
        "five",
        "several",
        "other",
        "many",
        "some",
        "young",
        "former",
        "peace",
        "police",
        "army",
        "interior",
        "new",
        "central",
        "provincial",
        "official",
        "frontline",
        "occupying",
        "exiled",
        "jailed",
        "detained",
        "imprisoned",
        "ground",
        "marine",
        "navy",
        "intelligence",
        "counterterrorism",
        "paramilitary",
        "separatist",
        "kurdish",
        "shiite",
        "sunni",
        "christian",
        "muslim",
        "jewish",
        "arab",
        "ethnic",
        "civilian",
        "unarmed",
        "wounded",
        "hundreds",
        "thousands",
        "dozens",
        "of",
        "political",
        "elected",
        "high-ranking",
    ],
);

/// Military hardware nouns: "jets from France" are bought, not sent.
pub fn is_hardware(w: &str) -> bool {
    matches!(
        w,
        "jets"
            | "aircraft"
            | "tanks"
            | "warplane"
            | "warplanes"
            | "warship"
            | "warships"
            | "helicopter"
            | "helicopters"
            | "submarine"
            | "submarines"
            | "gunboats"
            | "artillery"
            | "airstrikes"
    )
}

/// Words by which one actor asks another to act: the act asked for has not happened.
pub static REQUEST_WORDS: WordSet = WordSet::new(
    WordClass::RequestWords,
    &[
        "want",
        "wants",
        "wanted",
        "wanting",
        "ask",
        "asks",
        "asked",
        "asking",
        "urge",
        "urges",
        "urged",
        "urging",
        "press",
        "presses",
        "pressed",
        "pressing",
        "pressure",
        "pressured",
        "pressures",
        "pressuring",
        "call",
        "calls",
        "called",
        "calling",
        "encourage",
        "encourages",
        "encouraged",
        "persuade",
        "persuaded",
        "invite",
        "invited",
        "invites",
        "demand",
        "demands",
        "demanded",
        "request",
        "requests",
        "requested",
        "beg",
        "begged",
        "force",
        "forced",
        "forcing",
        "compel",
        "compelled",
        "convince",
        "convinced",
        "allow",
        "allowed",
        "allows",
        "permit",
        "permitted",
        "appeal",
        "appealed",
        "appeals",
        "push",
        "pushed",
        "pushes",
        "lobby",
        "lobbied",
        "tell",
        "told",
        "tells",
        "expect",
        "expects",
        "expected",
    ],
);

/// Words that may precede a title without changing it.
pub static TITLE_PREFIXES: WordSet = WordSet::new(
    WordClass::TitlePrefixes,
    &[
        "deputy",
        "vice",
        "acting",
        "former",
        "assistant",
        "interim",
        "top",
        "senior",
        "outgoing",
        "incoming",
        "then",
        "chief",
        "first",
    ],
);

/// Capitalised words that never start a name.
pub static NOT_NAMES: WordSet = WordSet::new(
    WordClass::NotNames,
    &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "a",
        "an",
        "and",
        "but",
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "said",
        "says",
        "told",
        "after",
        "before",
        "while",
        "as",
        "when",
        "if",
        "late",
        "early",
    ],
);

/// Words that only sports reporting uses this way.
pub static SPORT_WORDS: WordSet = WordSet::new(
    WordClass::SportWords,
    &[
        "goal",
        "goals",
        "scored",
        "scoring",
        "striker",
        "midfielder",
        "goalkeeper",
        "defender",
        "penalty",
        "penalties",
        "half-time",
        "halftime",
        "match",
        "matches",
        "tournament",
        "semi-final",
        "semifinal",
        "semi-finals",
        "quarter-final",
        "quarterfinal",
        "final",
        "finals",
        "league",
        "cup",
        "championship",
        "championships",
        "olympic",
        "olympics",
        "medal",
        "medals",
        "innings",
        "wicket",
        "wickets",
        "batsman",
        "bowler",
        "test",
        "rugby",
        "football",
        "soccer",
        "cricket",
        "tennis",
        "basketball",
        "hockey",
        "coach",
        "squad",
        "qualifier",
        "qualifiers",
        "fixture",
        "fifa",
        "uefa",
        "grand",
        "prix",
        "seeded",
        "seed",
        "set",
        "sets",
        "race",
        "lap",
        "podium",
        "athletes",
        "athlete",
        "team",
        "teams",
        "player",
        "players",
        "win",
        "won",
        "beat",
        "defeated",
        "draw",
        "drew",
        "points",
    ],
);

/// Words that mark a sports story more strongly (one is enough in a sentence).
pub static STRONG_SPORT_WORDS: WordSet = WordSet::new(
    WordClass::StrongSportWords,
    &[
        "goal",
        "goals",
        "scored",
        "striker",
        "midfielder",
        "goalkeeper",
        "half-time",
        "halftime",
        "innings",
        "wicket",
        "wickets",
        "batsman",
        "bowler",
        "fifa",
        "uefa",
        "semi-final",
        "semifinal",
        "quarter-final",
        "quarterfinal",
        "world cup",
        "squad",
        "medal",
        "medals",
        "podium",
    ],
);

/// The words that the recognizer's pronoun pass resolves from earlier text: "he", "its",
/// "their", "both sides", "the two countries".
pub static ANAPHORS: WordSet = WordSet::new(
    WordClass::Anaphors,
    &[
        "he", "she", "his", "him", "her", "it", "its", "they", "their", "both", "two",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{tokenize, TokenKind};

    #[test]
    fn every_class_has_one_set_and_a_bit() {
        assert!(ALL.len() <= 32, "Token::classes has 32 bits");
        let mut seen = 0u32;
        for set in ALL {
            assert_eq!(set.mask.count_ones(), 1);
            assert_eq!(seen & set.mask, 0, "two sets share a class");
            seen |= set.mask;
        }
        assert_eq!(seen, (1u32 << (WordClass::Anaphors as u32 + 1)) - 1);
    }

    /// The tokenizer tags Word tokens only: no list may hold a word that another kind of
    /// token (numbers, punctuation, "'s") could spell.
    #[test]
    fn tokens_carry_exactly_their_classes() {
        for set in ALL {
            for w in set.words() {
                assert!(
                    w.starts_with(char::is_alphabetic) || w.chars().count() > 2,
                    "{w}"
                );
                let toks = tokenize(w, 0);
                if toks.len() == 1 && toks[0].norm == *w {
                    assert_eq!(toks[0].kind, TokenKind::Word);
                    assert!(set.has(&toks[0]) && set.contains(w));
                }
            }
        }
        let t = tokenize("The troops said", 0);
        assert!(DETERMINERS.has(&t[0]) && !PREPOSITIONS.has(&t[0]));
        assert!(is_function_token(&t[2]) && ATTRIBUTION.has(&t[2]));
        assert_eq!(t[1].classes, 0);
    }
}
