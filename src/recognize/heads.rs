//! The state a titled person's title phrase reaches, beyond the state right before the
//! title: at the head of a longer title ("the French farm minister Jane Roe"), or the region
//! or the rebels the sentence or the article names ("rebel commander Jane Roe"). Only where
//! the lexicon gives that state; a state named nearby without a tie to the title gives none.
//! The dateline's state is the state of a government officer named with no state at all
//! ("SANTIAGO - ... Foreign Minister Jane Roe"). [`super::people`] asks it while it reads a
//! title.

use super::discourse::Sentence;
use super::words::{is_function_token, NOT_NAMES};
use super::{Mention, MentionRole, Via};
use crate::lexicon::{DateKey, Lexicon};
use crate::model::Kind;
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

/// Offices of a state's government, whose holder a story datelined in that state may name
/// with no state ("Foreign Minister Jane Roe"); not those held abroad (ambassadors, envoys),
/// of bodies, parties or armed groups (chairmen, leaders, commanders), nor crowns (a story
/// from Beijing names a visiting king by his title alone, a history of the day a dead one).
const HOME_OFFICES: &[&str] = &[
    "president",
    "vice_president",
    "prime_minister",
    "deputy_prime_minister",
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "defence_minister",
    "finance_minister",
    "interior_minister",
    "information_minister",
    "minister",
    "chancellor",
];

/// The heads of state or government among [`HOME_OFFICES`]: offices not every state has.
const HEADS: &[&str] = &[
    "president",
    "vice_president",
    "prime_minister",
    "deputy_prime_minister",
    "chancellor",
];

/// "SANTIAGO - ... Foreign Minister Jane Roe": the state of the story's dateline, for an
/// officer of a government ([`HOME_OFFICES`]) the press names without a state, whom the
/// lexicon does not know (`person`), when the lexicon knows no other holder of a one-holder
/// office (`unique`) there on `date` (in a story from Lima, "President Roe" is no Peruvian
/// when Peru's president is another) and, for a head of state or government, only where the
/// state has that office ("President Roe" in a story from London is a visitor).
pub(super) fn state_of_the_dateline(
    text: &str,
    lex: &Lexicon,
    role: &str,
    unique: bool,
    person: &str,
    date: Option<DateKey>,
) -> Option<String> {
    if !HOME_OFFICES.contains(&role) {
        return None;
    }
    super::agents::dateline_state(text, lex).filter(|c| {
        let of = format!("country:{c}");
        let exists = !HEADS.contains(&role) || lex.office_exists(role, &of);
        exists
            && (!unique
                || lex
                    .role_holder(role, &of, date)
                    .is_none_or(|e| e.id == person))
    })
}
