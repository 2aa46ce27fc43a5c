//! What a predicate's governing verbs say of it: wished for or asked of another ("wants
//! Riga to join"), attempted, or planned ("plans to send").

use super::super::tree::Tree;
use crate::syntax::Rel;

/// Verbs whose infinitive is wished for, not done: "wants Russia to help", "urged Peru to
/// withdraw", "tried to seize".
pub(super) const WISH: &[&str] = &[
    "want",
    "wish",
    "hope",
    "urge",
    "ask",
    "call",
    "demand",
    "press",
    "pressure",
    "request",
    "propose",
    "suggest",
    "encourage",
    "invite",
    "advise",
    "recommend",
    "persuade",
    "convince",
    "expect",
    "prefer",
    "need",
];

/// Verbs whose infinitive was attempted, its outcome unsaid: "tried to seize".
pub(super) const TRY: &[&str] = &["try", "attempt", "struggle"];

/// Verbs whose infinitive is planned or promised: "plans to send", "agreed to release".
pub(super) const PLAN: &[&str] = &[
    "plan",
    "intend",
    "decide",
    "agree",
    "prepare",
    "aim",
    "promise",
    "pledge",
    "vow",
    "schedule",
    "set",
    "resolve",
    "undertake",
    "threaten",
    "offer",
    "seek",
];

/// Whether a predicate is only wished for (hedged) or planned (future) by a verb it is the
/// infinitive of, however deep ("wants Russia to try to help").
pub(crate) fn wished(t: &Tree, w: usize) -> Option<crate::model::Modality> {
    let mut x = w;
    let mut planned = false;
    for _ in 0..4 {
        if t.rel(x) != Rel::Xcomp {
            break;
        }
        let h = t.head(x)?;
        if WISH.contains(&t.lemma(h)) || TRY.contains(&t.lemma(h)) {
            return Some(crate::model::Modality::Hedged);
        }
        planned |= PLAN.contains(&t.lemma(h));
        x = h;
    }
    planned.then_some(crate::model::Modality::Future)
}

/// Whether a predicate is what someone asks, urges or wants another to do ("Congress asked
/// Obama to help Iran"): the content of a request, not an event; the request is the event.
pub(crate) fn requested(t: &Tree, w: usize) -> bool {
    let mut x = w;
    for _ in 0..4 {
        if t.rel(x) != Rel::Xcomp {
            return false;
        }
        let Some(h) = t.head(x) else { return false };
        // asked of someone else ("asked Obama to", "was pressed to"), not one's own aim
        // ("wants to deepen ties")
        let of_another =
            t.kid(h, Rel::Obj).is_some() || t.kid(h, Rel::Iobj).is_some() || t.is_passive(h);
        if WISH.contains(&t.lemma(h)) && of_another {
            return true;
        }
        x = h;
    }
    false
}
