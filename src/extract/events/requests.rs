//! What one asks another to do ("urged Peru to send troops", "was pressed to withdraw"):
//! the content of a request, not an event.

use super::super::tree::Tree;
use super::intent::{asked_that, infinitive, ongoing, WISH};
use crate::syntax::Rel;

/// Whether a predicate is what someone asks, urges or wants another to do ("the senators
/// urged the chancellor to visit Kyiv"): the content of a request, not an event; the
/// request is the event.
pub(crate) fn requested(t: &Tree, w: usize) -> bool {
    // "demanded that Israel release them": a that-clause of a demand, in the subjunctive
    // or with "should"
    if t.head(w).is_some_and(|h| asked_that(t, h) == Some(w)) {
        return true;
    }
    if ongoing(t, w) {
        return false;
    }
    let mut x = w;
    for _ in 0..4 {
        // "asked Rome to recall the envoy and stop the payments": a verb coordinated with
        // the infinitive, with no subject of its own, is asked for too
        let shared = t.rel(x) == Rel::Conj
            && t.upos(x) == crate::syntax::Upos::Verb
            && t.kids(x, |r| r.is_subject()).next().is_none();
        if shared {
            let Some(h) = t.head(x) else { return false };
            x = h;
            continue;
        }
        if !infinitive(t, x) {
            return false;
        }
        let Some(h) = t.head(x) else { return false };
        // asked of someone else ("asked the envoy to", "was pressed to"), not one's own aim
        // ("wants to deepen ties")
        let of_another = t.kid(h, Rel::Obj).is_some()
            || t.kid(h, Rel::Iobj).is_some()
            || t.is_passive(h) && !expected_of(t, h);
        if WISH.contains(&t.lemma(h)) && of_another {
            return true;
        }
        x = h;
    }
    false
}

/// Whether `h` is the passive "is expected (to)": what its subject is expected to do is
/// news not yet certain ("the president is expected to visit Ethiopia on Monday", hedged by
/// the word), asked of no one.
fn expected_of(t: &Tree, h: usize) -> bool {
    t.lemma(h) == "expect" && t.is_passive(h)
}
