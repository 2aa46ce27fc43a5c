//! Acts that their subject only intends or threatens ("wants to help", "threatened to
//! blockade and invade"): the intention (CAMEO 03) or the threat (13) is the event, not the
//! act; and the verb that governs an infinitive, through coordinated verbs.

use super::super::tree::Tree;
use super::intent::{first_conjunct, infinitive};
use crate::syntax::Rel;

/// Verbs whose infinitive is their subject's own wish or intent ("wants to help", "hopes to
/// meet", "intends to strike"): CAMEO codes the intent, not the act.
const INTEND: &[&str] = &["want", "wish", "hope", "intend", "aim", "seek", "desire"];

/// Whether a predicate is what its subject wants or intends to do (not what it asks of
/// another, which [`super::intent::requested`] covers).
pub(crate) fn intended(t: &Tree, w: usize) -> bool {
    let Some(h) = governing_verb(t, w) else {
        return ready_noun_of(t, w).is_some();
    };
    INTEND.contains(&t.lemma(h))
        && t.kid(h, Rel::Obj).is_none()
        && t.kid(h, Rel::Iobj).is_none()
        && !t.is_passive(h)
        // one ready or willing to act, or who offers to (or offers ships to escort), means
        // to: "is ready to use force to protect the tankers", "offered its navy to escort"
        || READY.contains(&t.lemma(h)) && t.upos(h) == crate::syntax::Upos::Adj
        // (or the passive participle the parser may read "was prepared to" as)
        || t.lemma(h) == "prepare" && t.is_passive(h)
        || t.lemma(h) == "offer" && !t.is_passive(h)
        || ready_noun_of(t, w).is_some()
}

/// Whether `w` is what its subject pledges, vows or promises to do ("pledged to cooperate
/// with the envoy"): a promise of the subject's alone, which the other side of a mutual act
/// has made no part of.
pub(crate) fn pledged(t: &Tree, w: usize) -> bool {
    const PLEDGE: &[&str] = &["pledge", "vow", "promise", "undertake", "swear"];
    governing_verb(t, w).is_some_and(|h| PLEDGE.contains(&t.lemma(h)) && !t.is_passive(h))
}

/// Nouns of being ready to act: "expressed willingness to meet", "its readiness to send".
const READY_NOUNS: &[&str] = &["readiness", "willingness", "preparedness"];

/// The noun of readiness ([`READY_NOUNS`]) whose infinitive `w` is: hung on the noun
/// ("expressed willingness to meet") or, by the parser, on the verb that takes it
/// ("expressed its readiness to send troops").
pub(super) fn ready_noun_of(t: &Tree, w: usize) -> Option<usize> {
    let x = first_conjunct(t, w);
    if !t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to") {
        return None;
    }
    let h = t.head(x)?;
    let ready = |n: usize| READY_NOUNS.contains(&t.lemma(n));
    match t.rel(x) {
        Rel::Acl if ready(h) => Some(h),
        Rel::Advcl => t.kids(h, |r| r == Rel::Obj).find(|&o| o < x && ready(o)),
        _ => None,
    }
}

/// Adjectives whose infinitive their subject means to do: "ready to", "willing to",
/// "determined to".
const READY: &[&str] = &[
    "ready",
    "prepared",
    "willing",
    "determined",
    "poised",
    "eager",
    "keen",
];

/// The verb whose infinitive complement `w` is, also through coordinated infinitives
/// ("threatened to blockade and invade": "invade" is what was threatened too).
fn governing_verb(t: &Tree, w: usize) -> Option<usize> {
    let x = first_conjunct(t, w);
    // (or the clause of "to" the parser hangs some of them as: "threatened on Monday to
    // block")
    if infinitive(t, x) {
        t.head(x)
    } else {
        None
    }
}

/// Whether a predicate is what its subject threatens to do ("threatened to blockade and
/// invade Taiwan"): the threat is the event, not the act.
pub(crate) fn threatened(t: &Tree, w: usize) -> bool {
    threat_verb(t, w).is_some()
}

/// The verb "threaten" whose threat `w` is ("threatened on Monday to block the bid").
pub(crate) fn threat_verb(t: &Tree, w: usize) -> Option<usize> {
    let threat = |h: &usize| t.lemma(*h) == "threaten";
    governing_verb(t, w)
        .filter(threat)
        .or_else(|| warned_own(t, w))
        .or_else(|| {
            // a bare infinitive coordinated with the finite "threatened" belongs to its
            // infinitive, which the parser missed ("threatened to blockade and invade", with
            // "blockade" read as a noun)
            (t.rel(w) == Rel::Conj && t.xpos(w) == "VB")
                .then(|| t.head(w))
                .flatten()
                .filter(|h| threat(h) && t.xpos(*h) != "VB")
        })
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

/// The verb of warning whose content `w` is, when the warner says what it will itself do:
/// "Chile warned that it would retaliate against Peru", "Iran warned it will close the
/// strait", "threatened that they would strike" (the clause's subject is the warner, by name
/// or pronoun, and its verb has "will" or "would"). What one warns another will do is a
/// warning about that one, not a threat: "warned that Peru would attack".
pub(crate) fn warned_own(t: &Tree, w: usize) -> Option<usize> {
    let x = first_conjunct(t, w);
    if t.rel(x) != Rel::Ccomp {
        return None;
    }
    let h = t.head(x)?;
    if !matches!(t.lemma(h), "warn" | "threaten") {
        return None;
    }
    let will = t
        .kids(x, |r| r == Rel::Aux)
        .any(|a| matches!(t.lemma(a), "will" | "would" | "'ll" | "shall"));
    let ids = |v: usize| -> Vec<&str> {
        t.kids(v, |r| r == Rel::Nsubj)
            .flat_map(|s| t.actors(s))
            .map(|m| t.mentions[m].entity.id.as_str())
            .collect()
    };
    let (own, warner) = (ids(x), ids(h));
    (will && !own.is_empty() && own.iter().all(|i| warner.contains(i))).then_some(h)
}
