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
    "wait",
    "due",
    "expect",
];

/// Whether a predicate is only wished for (hedged) or planned (future) by a verb it is the
/// infinitive of, however deep ("wants Russia to try to help").
pub(crate) fn wished(t: &Tree, w: usize) -> Option<crate::model::Modality> {
    let mut x = w;
    let mut planned = false;
    for _ in 0..4 {
        if !infinitive(t, x) {
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

/// Whether a predicate is what someone asks, urges or wants another to do ("the senators
/// urged the chancellor to visit Kyiv"): the content of a request, not an event; the
/// request is the event.
pub(crate) fn requested(t: &Tree, w: usize) -> bool {
    let mut x = w;
    for _ in 0..4 {
        if !infinitive(t, x) {
            return false;
        }
        let Some(h) = t.head(x) else { return false };
        // asked of someone else ("asked the envoy to", "was pressed to"), not one's own aim
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

/// Verbs whose infinitive is their subject's own wish or intent ("wants to help", "hopes to
/// meet", "intends to strike"): CAMEO codes the intent, not the act.
const INTEND: &[&str] = &["want", "wish", "hope", "intend", "aim", "seek", "desire"];

/// Whether a predicate is what its subject wants or intends to do (not what it asks of
/// another, which [`requested`] covers).
pub(crate) fn intended(t: &Tree, w: usize) -> bool {
    if t.rel(w) != Rel::Xcomp {
        return false;
    }
    let Some(h) = t.head(w) else { return false };
    INTEND.contains(&t.lemma(h))
        && t.kid(h, Rel::Obj).is_none()
        && t.kid(h, Rel::Iobj).is_none()
        && !t.is_passive(h)
}

/// The CAMEO code of an intention to do what `code` names (the 03 codes mirror the
/// cooperative roots): to meet is 036, to give aid 033, to cooperate materially 031.
pub(crate) fn intent_code(code: &str) -> &'static str {
    if code.starts_with("045") {
        return "039";
    }
    match code.get(..2) {
        Some("04") => "036",
        Some("05") => "032",
        Some("06") => "031",
        Some("07") => "033",
        Some("08") => "035",
        _ => "030",
    }
}

/// Whether a word is the infinitive complement of its head: `xcomp`, or the adverbial clause
/// with "to" the parser hangs some of them as ("waiting to meet", "asking X to help").
fn infinitive(t: &Tree, x: usize) -> bool {
    t.rel(x) == Rel::Xcomp
        || t.rel(x) == Rel::Advcl && t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to")
}
