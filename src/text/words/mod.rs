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

mod cues;
mod grammar;
mod names;

pub use cues::*;
pub use grammar::*;
pub use names::*;

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

/// A fixed list of words of one class, and the words of the classes it takes in.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    /// The bit of its own class, which its words carry.
    bit: u32,
    /// The classes a word may carry to be in the set: its own and those taken in.
    mask: u32,
}

impl WordSet {
    /// A set of these words, the class `class`.
    pub const fn new(class: WordClass, words: &'static [&'static str]) -> Self {
        let bit = 1 << class as u32;
        WordSet {
            words,
            bit,
            mask: bit,
        }
    }

    /// The set that also holds the words of class `other` (whose list stays its own).
    pub const fn with(self, other: WordClass) -> Self {
        WordSet {
            mask: self.mask | 1 << other as u32,
            ..self
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

    /// Its own words, in their written order (not those of the classes taken in).
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
                *t.entry(w).or_default() |= set.bit;
            }
        }
        t
    });
    table.get(w).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{tokenize, TokenKind};

    #[test]
    fn every_class_has_one_set_and_a_bit() {
        assert!(ALL.len() <= 32, "Token::classes has 32 bits");
        let mut seen = 0u32;
        for set in ALL {
            assert_eq!(set.bit.count_ones(), 1);
            assert_eq!(set.mask & set.bit, set.bit);
            assert_eq!(seen & set.bit, 0, "two sets share a class");
            seen |= set.bit;
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
        // the hedging attribution verbs are attribution verbs, not the other way round
        let t = tokenize("Officials alleged and said", 0);
        assert!(ATTRIBUTION.has(&t[1]) && HEDGING_ATTRIBUTION.has(&t[1]));
        assert!(ATTRIBUTION.has(&t[3]) && !HEDGING_ATTRIBUTION.has(&t[3]));
        assert!(ATTRIBUTION.contains(&"estimates") && !ATTRIBUTION.words().contains(&"estimates"));
    }
}
