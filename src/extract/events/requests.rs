//! What one asks another to do ("urged Peru to send troops", "was pressed to withdraw"),
//! and what one says another should do ("said Brazil should go to the IMF"): the content
//! of a request or of advice, not an event.

use super::super::tree::Tree;
use super::intent::{asked_that, infinitive, ongoing, WISH};
use super::pending::{misparsed_root, verb_of, ASKING};
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
        // what a warning, order or appeal to another asks it not to do is no event, not
        // even a negated one: "its warning to Kenya not to send troops" (what it asks it to
        // do is hedged: "an invitation to Peru to visit")
        let not = t
            .kids(x, |r| r == Rel::Advmod)
            .any(|a| matches!(t.norm(a), "not" | "never"));
        if not && super::pending::permitted_by(t, x).is_some_and(|n| ASKING.contains(&t.lemma(n))) {
            return true;
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
/// planned news ("the president is expected to visit Ethiopia on Monday", future), asked of
/// no one.
fn expected_of(t: &Tree, h: usize) -> bool {
    t.lemma(h) == "expect" && t.is_passive(h)
}

/// Whether a predicate is what someone says should be done ("Brazil should go to the IMF",
/// "the two leaders ought to meet", "Peking would have to persuade Congress", also down a
/// controlled infinitive or a conjunct: "should threaten to blockade Iran"): advice, not an
/// event. (An "if" put first is a condition, [`super::conditional`]'s: "should Iran attack
/// Iraq, ...".)
pub(crate) fn advised(t: &Tree, w: usize) -> bool {
    let Some(mut x) = verb_of(t, w) else {
        return false;
    };
    for _ in 0..4 {
        let subject = t.kids(x, |r| r.is_subject()).next();
        // ("should not have attacked" judges what was done)
        let judged =
            t.xpos(x) == "VBN" && t.kids(x, |r| r == Rel::Aux).any(|a| t.lemma(a) == "have");
        let advice = !judged
            && t.kids(x, |r| r == Rel::Aux)
                .any(|a| matches!(t.norm(a), "should" | "ought") && subject.is_none_or(|s| s < a));
        // "would have to persuade", "ought to meet": what one has to do ("had to withdraw"
        // tells what was done; "would have 30 days to veto" the time one has)
        let obliged = (t.lemma(x) == "have" && t.xpos(x) != "VBD" || t.norm(x) == "ought")
            && t.kids(x, |r| matches!(r, Rel::Xcomp | Rel::Advcl))
                .any(|c| {
                    t.kids(c, |r| r == Rel::Mark)
                        .any(|m| t.norm(m) == "to" && m == x + 1)
                });
        if misparsed_root(t, x) {
            return false;
        }
        // (the parser may make "ought" the head of its infinitive)
        let under_ought = t.head(x).is_some_and(|h| t.norm(h) == "ought");
        if advice || under_ought || obliged && x != w {
            return true;
        }
        let shared = matches!(t.rel(x), Rel::Conj | Rel::Xcomp)
            && t.kids(x, |r| r.is_subject()).next().is_none();
        match t.head(x) {
            Some(h) if shared => x = h,
            _ => return false,
        }
    }
    false
}
