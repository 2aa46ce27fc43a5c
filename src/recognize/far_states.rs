//! The state of a titled person that the text gives further off than the title's own
//! affiliation: at the head of a longer title ("the French farm minister Jane Roe"), in the
//! title before theirs in a list ("Greek Prime Minister Jane Roe and Foreign Minister John
//! Doe"), in the body a possessive before the title names ("its leader Jane Roe"), in the
//! region or the rebels the sentence or the article names ("rebel commander Jane Roe").
//! Only where the lexicon gives that state; an international body has none, and neither the
//! dateline nor a state named nearby without a tie to the title gives one.

use super::discourse::{Discourse, Sentence};
use super::people::title_within;
use super::words::{is_function_token, NOT_NAMES};
use super::{Mention, MentionRole, Via};
use crate::lexicon::Lexicon;
use crate::model::{EntityRef, Kind};
use crate::text::{Token, TokenKind};

/// The state at the head of a title's phrase, over up to four words of it ("the French farm
/// minister", "US peace envoy", "the Azerbaijani presidential adviser", "U.S. Senate
/// Intelligence Committee chairman", "LDP executive council chairman"), with where the
/// words after its mention start: a state's name, adjective or abbreviation, a region's adjective, or a
/// body, party or group the lexicon gives a state (an international body has none). The
/// words between are nouns and adjectives by the tagger, so that a verb ("Kenya welcomed
/// peace envoy ...") parts the state from the title. A state right before the title is
/// its affiliation, read with the title, not here.
pub(super) fn state_at_the_head<'m>(
    text: &str,
    tokens: &[Token],
    mentions: &'m [Mention],
    ts: usize,
) -> Option<(&'m Mention, usize)> {
    use crate::lexicon::AliasType;
    use crate::syntax::Upos;
    let mut k = ts;
    let m = loop {
        if let Some(m) = mentions.iter().find(|m| m.tok_end == k) {
            break m;
        }
        let t = k.checked_sub(1).map(|p| &tokens[p])?;
        if ts - k == 4 || t.kind != TokenKind::Word || is_function_token(t) || NOT_NAMES.has(t) {
            return None;
        }
        k -= 1;
    };
    if k == ts || m.entity.country.is_none() || m.role == MentionRole::Location {
        return None;
    }
    let fits = match m.entity.kind {
        Kind::Country => !matches!(m.via, Via::Alias(AliasType::Capital)),
        Kind::Location => matches!(m.via, Via::Alias(AliasType::Demonym)),
        Kind::Organization | Kind::Group => !m.entity.id.starts_with("media:"),
        _ => false,
    };
    if !fits {
        return None;
    }
    // the words between, tagged with the phrase around them
    let from = m.tok_start.saturating_sub(2);
    let to = (ts + 3).min(tokens.len());
    let forms: Vec<&str> = tokens[from..to]
        .iter()
        .map(|t| &text[t.start..t.end])
        .collect();
    let tags = crate::syntax::Model::builtin().tag(&forms, &mut crate::syntax::Scratch::default());
    tags[k - from..ts - from]
        .iter()
        .all(|(u, _)| matches!(u, Upos::Noun | Upos::Adj | Upos::Propn))
        .then_some((m, k))
}

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
/// Roe" (the pronoun resolved to a group, a body or a state), "the group's chief Jane Roe"
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
        let pronoun = mentions
            .iter()
            .find(|d| {
                (words..=at).contains(&d.tok_end)
                    && d.via == Via::Coreference
                    && d.tok_end == d.tok_start + 1
                    && matches!(tokens[d.tok_start].norm.as_str(), "its" | "their")
                    && d.also.is_empty()
            })
            .map(|d| d.entity.clone())
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
        let role = title_within(tokens, b.tok_start, b.tok_end, lex)
            .map(|(t, _)| t.role.clone())
            .filter(|r| !r.is_empty());
        let m = &mut mentions[k];
        m.entity.country = body.country.clone();
        // the office is the body's: the leader of a group is no officer of its state
        if let Some(role) = role {
            m.office = Some((role, body));
        }
    }
}

/// Words of those who fight a state under arms, before a title ([`AGAINST`](super::people::AGAINST) without the
/// opposition and dissidents, who may not fight where the rebels of the article do, and
/// without plurals: "militants Mr Roe failed to arrest" are no title of Mr Roe's).
const FIGHTERS: &[&str] = &["rebel", "insurgent", "separatist", "guerrilla", "militant"];

/// The state of a rebel title with no state's adjective before it ("rebel chief-of-staff
/// Jane Roe", "separatist commander Jane Roe", the title at `ts`): the state of the regions
/// and the rebels the sentence names before or after it (a region with a people of its own
/// in the lexicon, as Chechnya of the Chechens, not a city; "Chechen rebels" are Russia's),
/// else of the rebels and such regions the article named before ("Chechen rebels",
/// "Kashmiri separatists", "fighting in Chechnya"). One state only: two leave it open. The
/// dateline alone gives none, nor a state's own name (the rebels fight it, or fight
/// elsewhere and are received there).
pub(super) fn state_the_rebels_fight_in(
    s: &Sentence,
    mentions: &[Mention],
    ts: usize,
) -> Option<String> {
    use crate::lexicon::AliasType;
    let Sentence {
        tokens,
        lex,
        discourse,
        ..
    } = *s;
    let fighter = ts
        .checked_sub(1)
        .is_some_and(|p| FIGHTERS.contains(&tokens[p].norm.as_str()));
    if !fighter {
        return None;
    }
    let rebels = |id: &str| id.starts_with("group:") && id.ends_with(":rebels");
    // a region with a people of its own (the lexicon knows a demonym of it)
    let peoples_region = |id: &str| {
        lex.by_id.get(id).is_some_and(|&e| {
            lex.entities[e].kind == Kind::Location
                && lex
                    .aliases
                    .iter()
                    .any(|a| a.entity == e && a.ty == AliasType::Demonym)
        })
    };
    let region = |m: &Mention| {
        m.entity.kind == Kind::Location
            && match m.via {
                Via::Alias(AliasType::Demonym) => true,
                Via::Alias(AliasType::Name) => peoples_region(&m.entity.id),
                _ => false,
            }
    };
    let one = |states: Vec<String>| match states.as_slice() {
        [first, rest @ ..] if rest.iter().all(|c| c == first) => Some(first.clone()),
        _ => None,
    };
    let in_sentence: Vec<String> = mentions
        .iter()
        .filter(|m| region(m) || rebels(&m.entity.id))
        .filter_map(|m| m.entity.country.clone())
        .collect();
    if !in_sentence.is_empty() {
        return one(in_sentence);
    }
    // (a region last named in the first words of the article is its dateline's)
    let dateline = |n: &crate::recognize::discourse::Named| n.sentence == 0 && n.tok < 3;
    one(discourse
        .named()
        .iter()
        .filter_map(|n| {
            if rebels(&n.id) {
                n.id.split(':').nth(1).map(str::to_string)
            } else if peoples_region(&n.id) && !dateline(n) {
                lex.entity(&n.id).and_then(|e| e.country.clone())
            } else {
                None
            }
        })
        .collect())
}
