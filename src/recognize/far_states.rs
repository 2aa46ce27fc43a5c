//! The state of a titled person that the text gives further off than the title's own
//! affiliation, once every title is read: in the title before theirs in a list ("Greek
//! Prime Minister Jane Roe and Foreign Minister John Doe"), in the body a possessive before
//! the title names ("its leader Jane Roe"). Only where the lexicon gives that state; an
//! international body has none. (The state at the head of a longer title, or of the rebels
//! a rebel title fights, is read with the title: [`super::heads`].)

use super::discourse::Discourse;
use super::people::title_within;
use super::words::is_function_token;
use super::{Mention, MentionRole, Via};
use crate::lexicon::Lexicon;
use crate::model::{EntityRef, Kind};
use crate::text::{Token, TokenKind};

/// A titled person listed after another of a state, whose title names none: "Greek Prime
/// Minister Jane Roe and Foreign Minister John Doe", "the Dutch premier Jane Roe and his
/// finance minister John Doe", "..., Foreign Minister John Doe and Defence Minister Max
/// Mustermann": the list's state is theirs (no office: the title does not say whose it is).
/// Joined by "and" (or a comma inside the list), and only titles of people after one whose
/// title names its state; a title with a body or a state of its own keeps that.
pub(super) fn listed_with_a_state(tokens: &[Token], mentions: &mut [Mention]) {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| mentions[k].tok_start);
    // (the items this pass gave a state: a list goes on from them)
    let mut listed = vec![false; mentions.len()];
    for w in 1..order.len() {
        let (a, b) = (&mentions[order[w - 1]], &mentions[order[w]]);
        let stateless = stateless_title(b);
        // (the first's state given by its title in the text: "Greek Prime Minister", not
        // by the lexicon alone, "Secretary of State Jane Roe and Foreign Minister John Doe"
        // may be of two)
        let first = a.entity.kind == Kind::Person
            && a.via == Via::Title
            && a.role == MentionRole::Actor
            && (listed[order[w - 1]]
                || a.office.as_ref().is_some_and(|(_, of)| {
                    of.kind == Kind::Country && of.country == a.entity.country
                }));
        // (the two "between" whom something happens are two sides: "talks between U.S.
        // Secretary of State Jane Roe and Foreign Minister John Doe")
        let sides = tokens[..a.tok_start]
            .iter()
            .rev()
            .find(|t| t.norm != "the")
            .is_some_and(|t| t.norm == "between");
        let Some(country) = a
            .entity
            .country
            .clone()
            .filter(|_| stateless && first && !sides)
        else {
            continue;
        };
        let between: Vec<&str> = tokens[a.tok_end..b.tok_start.max(a.tok_end)]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        // a comma joins items of a list that goes on: "A, B and C"
        let goes_on = tokens
            .get(b.tok_end)
            .is_some_and(|t| t.norm == "and" || t.norm == ",");
        let joined = match between.as_slice() {
            ["and"] => true,
            ["and", det] => matches!(*det, "his" | "her" | "its" | "their" | "the"),
            [","] => goes_on,
            _ => false,
        };
        if joined {
            let k = order[w];
            mentions[k].entity.country = Some(country);
            listed[k] = true;
        }
    }
}

/// Whether a mention is of a person by a title that gives them no state nor body: the
/// ones the passes below may give the state the words around them name.
fn stateless_title(m: &Mention) -> bool {
    m.entity.kind == Kind::Person
        && m.entity.country.is_none()
        && m.via == Via::Title
        && m.office.is_none()
        && m.role == MentionRole::Actor
        && !m.entity.id.starts_with("office:")
}

/// Nouns of "the group's chief": an armed or non-state group named before.
const GROUP_NOUNS: &[&str] = &[
    "group",
    "movement",
    "militia",
    "organisation",
    "organization",
    "faction",
];

/// A titled person of a body named by a possessive before the title: "its leader Jane
/// Roe" (the pronoun resolved to a group, a body or a state; "his foreign minister Jane
/// Roe", to a person of a state, for an office), "the group's chief Jane Roe"
/// (the one armed group named earlier in the sentence, else in the sentence before): the
/// body's state is theirs, where the lexicon gives it one (an international body has none;
/// no guess).
pub(super) fn of_the_body_before(
    tokens: &[Token],
    lex: &Lexicon,
    discourse: &Discourse,
    mentions: &mut [Mention],
) {
    let owner = |e: &EntityRef| {
        matches!(e.kind, Kind::Country | Kind::Organization | Kind::Group)
            && e.country.is_some()
            && !e.id.starts_with("media:")
    };
    for k in 0..mentions.len() {
        let b = &mentions[k];
        if !stateless_title(b) || b.tok_start == 0 {
            continue;
        }
        let at = b.tok_start;
        // "its leader", "their commander", "its political chief" (over two words of the
        // title's phrase)
        let mut words = at;
        while words > 0
            && at - words < 2
            && tokens[words - 1].kind == TokenKind::Word
            && !tokens[words - 1].capitalized
            && !is_function_token(&tokens[words - 1])
        {
            words -= 1;
        }
        let title = title_within(tokens, b.tok_start, b.tok_end, lex).map(|(t, _)| t);
        let office = title.is_some_and(|t| t.kind == crate::lexicon::TitleKind::Office);
        let pronoun = mentions
            .iter()
            .find(|d| {
                (words..=at).contains(&d.tok_end)
                    && d.via == Via::Coreference
                    && d.tok_end == d.tok_start + 1
                    && matches!(
                        tokens[d.tok_start].norm.as_str(),
                        "its" | "their" | "his" | "her"
                    )
                    && d.also.is_empty()
            })
            .and_then(|d| match d.entity.kind {
                // "his foreign minister Jane Roe": an office of the state of the one whose
                // it is (not a lawyer or a friend of theirs), when no one of another state
                // is named before it ("met his Ugandan counterpart, and his minister ...")
                Kind::Person if office => d
                    .entity
                    .country
                    .as_deref()
                    .filter(|&c| {
                        mentions.iter().all(|o| {
                            o.tok_start >= at
                                || o.entity.kind != Kind::Person
                                || o.entity.country.as_deref().is_none_or(|oc| oc == c)
                        })
                    })
                    .and_then(|c| lex.entity(&format!("country:{c}")))
                    .map(|e| e.to_ref()),
                Kind::Person => None,
                _ => Some(d.entity.clone()),
            })
            .filter(owner);
        // "the group's chief"
        let group_noun = at >= 3
            && tokens[at - 3].norm == "the"
            && GROUP_NOUNS.contains(&tokens[at - 2].norm.as_str())
            && tokens[at - 1].norm == "'s";
        let group = || {
            let mut candidates: Vec<EntityRef> = mentions
                .iter()
                .filter(|d| {
                    d.tok_end <= at - 3
                        && d.entity.kind == Kind::Group
                        && d.role == MentionRole::Actor
                })
                .map(|d| d.entity.clone())
                .collect();
            if candidates.is_empty() {
                let before = discourse.sentences().checked_sub(1);
                candidates = discourse
                    .named()
                    .iter()
                    .filter(|n| Some(n.sentence) == before)
                    .filter_map(|n| lex.entity(&n.id))
                    .filter(|e| e.kind == Kind::Group)
                    .map(|e| e.to_ref())
                    .collect();
            }
            match candidates.as_slice() {
                [one, rest @ ..] if rest.iter().all(|c| c.id == one.id) => Some(one.clone()),
                _ => None,
            }
        };
        let Some(body) = pronoun.or_else(|| group_noun.then(group).flatten().filter(owner)) else {
            continue;
        };
        let role = title.map(|t| t.role.clone()).filter(|r| !r.is_empty());
        let m = &mut mentions[k];
        m.entity.country = body.country.clone();
        // the office is the body's: the leader of a group is no officer of its state
        if let Some(role) = role {
            m.office = Some((role, body));
        }
    }
}
