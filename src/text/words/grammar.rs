//! Closed classes: prepositions, determiners, auxiliaries, pronouns, function words and
//! name particles.

use super::*;

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
        "alongside",
        "beside",
        "besides",
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
