//! Frames: how a triggered pattern finds its subject and object, and how the sentence
//! around it sets modality and attribution.

mod attribution;
mod clauses;
mod modality;
mod nouns;
mod special;
mod verbs;

pub(crate) use attribution::*;
use clauses::*;
pub(crate) use modality::*;
use nouns::*;
use special::*;
use verbs::*;

use super::{Event, Extractor};
use crate::lexicon::{Frame, Pattern, PatternElem, Relation, VerbForm};
use crate::model::{Kind, Modality, Polarity};
use crate::recognize::{Mention, MentionRole, Via};
use crate::shared::plover::PloverType;
use crate::text::words::*;
use crate::text::{Token, TokenKind};

/// How far (in tokens) the subject search goes to the left.
pub(super) const SUBJECT_REACH: usize = 16;

/// Who is reported as saying the sentence.
#[derive(Debug, Clone)]
pub(crate) struct Claim {
    /// Index of the speaker's mention.
    pub speaker: usize,
    /// Index of the attribution verb.
    pub verb: usize,
    /// Whether the verb hedges ("suggested", "claimed").
    pub hedging: bool,
}

pub(super) fn mention_ending_at(mentions: &[Mention], end: usize) -> Option<usize> {
    mentions.iter().position(|m| m.tok_end == end)
}

pub(super) fn mention_starting_at(mentions: &[Mention], start: usize) -> Option<usize> {
    mentions.iter().position(|m| m.tok_start == start)
}

pub(super) fn inside_mention(mentions: &[Mention], i: usize) -> bool {
    mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end)
}

pub(super) fn is_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
}

/// "his", "its", "their": a possessive pronoun resolved to an actor, which determines
/// a noun rather than standing as an object.
pub(super) fn possessive_pronoun(tokens: &[Token], m: &Mention) -> bool {
    m.via == Via::Coreference
        && m.tok_end == m.tok_start + 1
        && matches!(
            tokens[m.tok_start].norm.as_str(),
            "his" | "her" | "its" | "their"
        )
}

pub(super) fn can_be_actor(m: &Mention) -> bool {
    m.role == MentionRole::Actor && m.entity.kind != Kind::Location && m.entity.kind != Kind::Media
}

/// All events of a sentence.
pub(crate) fn find_events(ex: &Extractor, tokens: &[Token], mentions: &[Mention]) -> Vec<Event> {
    let mut out = Vec::new();
    let lex = ex.lexicon();
    let mut i = 0;
    while i < tokens.len() {
        if inside_mention(mentions, i) {
            i += 1;
            continue;
        }
        let Some(cands) = ex.heads_at(&tokens[i].norm) else {
            i += 1;
            continue;
        };
        let nominal = nominal_context(tokens, mentions, i);
        let has_noun = cands.iter().any(|(p, _)| ex.frame_of(*p) == Frame::Noun);
        let has_verb = cands.iter().any(|(p, _)| ex.frame_of(*p) == Frame::Verb);
        let mut next = i + 1;
        for &(pi, form) in cands {
            let p = &lex.patterns[pi];
            let at = PatternAt {
                ex,
                tokens,
                mentions,
                pi,
                head: i,
            };
            let participle = matches!(form, VerbForm::PastOrParticiple | VerbForm::Participle);
            let compound = (participle && p.frame == Frame::Verb)
                .then(|| at.compound_event())
                .flatten();
            if compound.is_some() {
                next = next.max(i + 1);
                out.extend(compound);
                break;
            }
            let use_frame = match p.frame {
                Frame::Noun => {
                    nominal
                        || !has_verb
                        || cands.iter().any(|&(q, f)| {
                            ex.frame_of(q) == Frame::Verb && noun_use(tokens, mentions, i, f)
                        })
                }
                // a base form after a determiner is a noun: "an attack"
                Frame::Verb => {
                    let participle =
                        matches!(form, VerbForm::PastOrParticiple | VerbForm::Participle);
                    let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
                    let after_determiner = (form == VerbForm::Base || participle)
                        && prev.is_some_and(|w| DETERMINERS.contains(&w))
                        || noun_use(tokens, mentions, i, form);
                    // "from occupied land", "Iranian-made", "these heavily protected tankers":
                    // participles used as adjectives
                    let prev2 = i.checked_sub(2).map(|p| tokens[p].norm.as_str());
                    let adjective = participle
                        && (prev.is_some_and(|w| PREPOSITIONS.contains(&w) || w == "-")
                            || prev.is_some_and(|w| w.ends_with("ly"))
                                && prev2.is_some_and(|w| DETERMINERS.contains(&w)));
                    !(nominal && has_noun || after_determiner || adjective)
                }
            };
            if !use_frame {
                continue;
            }
            if let Some(pre) = &p.pre {
                if !tokens[i.saturating_sub(3)..i]
                    .iter()
                    .any(|t| pre.iter().any(|w| *w == t.norm))
                {
                    continue;
                }
            }
            let ev = match p.frame {
                Frame::Verb => at.verb_event(form),
                Frame::Noun => at.noun_event(),
            };
            if let Some(ev) = ev {
                // the pattern's own words ("lifted its sanctions on") trigger nothing more
                next = next.max(ev.trigger.1);
                out.push(ev);
                break;
            }
        }
        i = next.max(i + 1);
    }
    request_and_supply(ex, tokens, mentions, &mut out);
    casualties(ex, tokens, mentions, &mut out);
    repelled_attacks(ex, tokens, mentions, &mut out);
    out
}

/// Pattern `pi` of the lexicon, triggered by the word at `head` of a sentence: what the
/// frames that read its subject and object start from (`noun_event`, `verb_event`,
/// `compound_event`, `pair_by_words`).
#[derive(Clone, Copy)]
pub(super) struct PatternAt<'a> {
    pub ex: &'a Extractor<'a>,
    pub tokens: &'a [Token],
    pub mentions: &'a [Mention],
    pub pi: usize,
    pub head: usize,
}

impl<'a> PatternAt<'a> {
    /// The pattern, and the relation of the catalogue it reads if there is one.
    fn pattern(&self) -> (&'a Pattern, Option<&'a Relation>) {
        let p = &self.ex.lexicon().patterns[self.pi];
        (p, self.ex.lexicon().relation(&p.relation))
    }

    /// The event of the pattern whose trigger is the word at `head`.
    fn event(
        &self,
        subjects: Vec<usize>,
        objects: Vec<usize>,
        clause_start: usize,
        confidence: f64,
    ) -> Event {
        Event {
            pattern: self.pi,
            subjects,
            objects,
            trigger: (self.head, self.head + 1),
            clause_start,
            confidence,
        }
    }
}

/// "Russian-made", "U.S.-backed", "Moscow-based": a state's compound that names the maker,
/// backer or home of a thing, not who is acted on when the thing is ("seized a
/// Russian-made rifle"); an owner or flag is ("a Greek-owned tanker").
pub(super) fn maker_compound(tokens: &[Token], m: &Mention) -> bool {
    tokens.get(m.tok_end).is_some_and(|t| t.norm == "-")
        && tokens
            .get(m.tok_end + 1)
            .is_some_and(|t| !matches!(t.norm.as_str(), "owned" | "flagged" | "registered"))
}
