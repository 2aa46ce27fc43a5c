//! What a state was, and who were of its bodies: "former" before a state's adjective does
//! not always name the state. "The former Soviet republics" are the states that were its
//! parts, not the Soviet Union; "former army soldiers" are no longer the army. (A former
//! office holder is read with the title, [`super::people`]; "the former Soviet republic"
//! the article named before is read as a description, [`super::descriptions`].)

use super::{Mention, MentionRole, Via};
use crate::lexicon::AliasType;
use crate::model::Kind;
use crate::text::Token;

/// Nouns of the parts or successors of a state: after "former" and the state's adjective
/// they name one of them, not the state.
const PARTS: &[&str] = &[
    "republic",
    "republics",
    "state",
    "states",
    "province",
    "provinces",
    "region",
    "regions",
    "territory",
    "territories",
    "colony",
    "colonies",
    "satellite",
    "satellites",
];

/// Nouns of the members of a body: "former" before them makes them members no longer.
const MEMBERS: &[&str] = &[
    "soldier",
    "soldiers",
    "officer",
    "officers",
    "serviceman",
    "servicemen",
    "official",
    "officials",
    "member",
    "members",
    "policeman",
    "policemen",
    "agent",
    "agents",
    "guard",
    "guards",
    "diplomat",
    "diplomats",
    "employee",
    "employees",
    "militiaman",
    "militiamen",
    "conscript",
    "conscripts",
];

/// Whether the words right before token `at` say "former" ("former", "ex-").
fn former_before(tokens: &[Token], at: usize) -> bool {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    match at.checked_sub(1).and_then(norm) {
        Some("former") => true,
        Some("-") => at.checked_sub(2).and_then(norm) == Some("ex"),
        _ => false,
    }
}

/// Drops a state's adjective after "former" before a noun of its parts ("the former
/// Yugoslav republic", "ex-Soviet states": no roll-up to the state; which successor it is
/// the text must say), and a state's body named by its members after "former" ("former
/// Lebanese army soldiers", "ex-Iraqi intelligence officers": not the body, nor the state).
/// "The former Yugoslav army" is the army of the state that was: kept.
pub(super) fn what_was(tokens: &[Token], mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        if !former_before(tokens, m.tok_start) {
            return true;
        }
        let next = tokens.get(m.tok_end).map(|t| t.norm.as_str());
        let part = m.role == MentionRole::Modifier
            && m.entity.kind == Kind::Country
            && m.via == Via::Alias(AliasType::Demonym)
            && next.is_some_and(|n| PARTS.contains(&n));
        let last = tokens[m.tok_end - 1].norm.as_str();
        // (the members' noun ends the body's mention or follows it: "former Libyan
        // intelligence officers")
        let members = m.via == Via::Agent
            && m.entity.id.starts_with("gov:")
            && (m.tok_end - m.tok_start >= 2 && MEMBERS.contains(&last)
                || next.is_some_and(|n| MEMBERS.contains(&n)));
        !(part || members)
    });
}
