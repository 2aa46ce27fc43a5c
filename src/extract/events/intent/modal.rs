//! What the clause around a predicate makes of it: a condition ("will visit if", "if Iran
//! were to attack"), the future of a past report ("announced Levy would visit"), a fact told
//! by rank ("the first minister to visit China"), an event noun weighed or planned ("a visit
//! is being considered").

use super::{light_verb_of, modal, modal_of, Tree};
use crate::syntax::Rel;

/// Whether the act of `w` hangs on a condition: its verb (for an event noun, the verb it is
/// the object of) has a clause of "if", "unless" or "provided", or of "once", "when" or
/// "until" with "only" ("will visit Beijing if China withdraws", "will only return once the
/// siege is lifted"): hedged, whether the act is said to be done or to come. So is the act
/// that is itself the condition ([`a_condition`]).
pub(crate) fn conditional(t: &Tree, w: usize) -> bool {
    let v = clause_verb(t, w);
    let only = |x: usize| {
        t.kids(x, |r| r == Rel::Advmod)
            .any(|a| t.lemma(a) == "only")
    };
    t.kids(v, |r| r == Rel::Advcl).any(|c| {
        t.kids(c, |r| r == Rel::Mark).any(|m| match t.lemma(m) {
            "if" | "unless" | "provided" | "providing" => true,
            "once" | "when" | "until" => only(v) || only(c),
            _ => false,
        })
    }) || a_condition(t, v)
        || in_case_of(t, w)
}

/// Whether the act of `w` is only supposed: its verb (for an event noun, the verb it is
/// the object of) has "could", "would" or "might" ("if supplies were cut, Kenya could not
/// pay Uganda"). On a condition, what could not be done is no act denied, only one
/// supposed not to happen: hedged, not negated.
pub(crate) fn supposed(t: &Tree, w: usize) -> bool {
    let v = clause_verb(t, w);
    t.kids(v, |r| r == Rel::Aux)
        .any(|a| matches!(t.lemma(a), "could" | "would" | "might"))
}

/// The word that holds the clause of `w`'s act: its verb (for an event noun, the verb it
/// is the object of), or the adjective whose infinitive that verb is ("would not be able
/// to supply", "will be ready to send").
fn clause_verb(t: &Tree, w: usize) -> usize {
    let v = light_verb_of(t, w);
    match t.head(v) {
        Some(a) if t.rel(v) == Rel::Xcomp && t.upos(a) == crate::syntax::Upos::Adj => a,
        _ => v,
    }
}

/// Whether `w` is what "in the event of", "in case of" or "in the event that" names: the
/// act that is the condition, not one told ("would close the strait in the event of an
/// American strike", "in case of a Russian attack on Estonia").
fn in_case_of(t: &Tree, w: usize) -> bool {
    let mut x = w;
    for _ in 0..2 {
        let Some(h) = t.head(x) else {
            return false;
        };
        let hung = matches!(t.rel(x).universal(), Rel::Nmod | Rel::Acl)
            && (t.rel(x) != Rel::Nmod || t.has_case(x, |p| p == "of"));
        if !hung {
            return false;
        }
        if matches!(t.lemma(h), "event" | "case") && t.has_case(h, |p| p == "in") {
            return true;
        }
        x = h;
    }
    false
}

/// Whether the verb `v` (or the one whose infinitive it is: "if Germany decided to
/// extradite him") is a condition, not an act told: the clause of "if" or "unless" ("if
/// Germany were to extradite him to Iran, it would lose face"), or one put first by
/// inversion, "were", "had" or "should" before its subject, beside a "would", "could" or
/// "might" ("Had Iraq invaded Kuwait, Egypt would have protested", "Egypt would object were
/// Chile to sign"); not a question ("Had Iraq invaded Kuwait?").
fn a_condition(t: &Tree, v: usize) -> bool {
    let mut x = v;
    for _ in 0..3 {
        let marked = t
            .kids(x, |r| r == Rel::Mark)
            .any(|m| matches!(t.lemma(m), "if" | "unless"));
        if marked && t.rel(x) == Rel::Advcl || inverted(t, x) {
            return true;
        }
        match t.head(x) {
            Some(h) if t.rel(x) == Rel::Xcomp => x = h,
            _ => return false,
        }
    }
    false
}

/// Whether `x`'s clause is a condition put by inversion ([`a_condition`]): "were" (with "to"
/// or a participle), "had" (with a participle) or "should" right before its subject.
fn inverted(t: &Tree, x: usize) -> bool {
    let Some(s) = t.kids(x, |r| r.is_subject()).next() else {
        return false;
    };
    let Some(p) = leftmost(t, s).checked_sub(1) else {
        return false;
    };
    let to = t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to");
    let first = match t.norm(p) {
        "were" => to || matches!(t.xpos(x), "VBN" | "VBG"),
        "had" => matches!(t.xpos(x), "VBN" | "VBD"),
        "should" => t.xpos(x) == "VB",
        _ => false,
    };
    let question = (0..t.len()).any(|k| t.norm(k) == "?");
    let would = (0..t.len()).any(|k| {
        matches!(t.lemma(k), "would" | "could" | "might")
            && t.rel(k) == Rel::Aux
            && t.head(k) != Some(x)
    });
    first && would && !question
}

/// The first word of the phrase `w` heads (an auxiliary or copula the parser hung on it
/// aside: "Were Iraq to invade").
fn leftmost(t: &Tree, w: usize) -> usize {
    t.children(w)
        .iter()
        .filter(|&&c| c < w && !matches!(t.rel(c), Rel::Aux | Rel::Cop))
        .map(|&c| leftmost(t, c))
        .min()
        .unwrap_or(w)
}

/// Verbs of saying whose past tense turns a "would" in their clause into a future seen from
/// then ("announced the minister would visit Bonn").
const SAY_PAST: &[&str] = &[
    "say", "announce", "tell", "state", "add", "declare", "confirm", "report", "disclose",
    "reveal", "inform", "promise", "pledge", "vow", "insist",
];

/// Whether the "would" of `w`'s verb is only the future of a past report: the verb's only
/// modal is "would", no adverb hedges it, and it is the clause of a verb of saying in the
/// past ("said it would send a team", "announced Levy would visit Bonn"). A present report
/// ("says it would") leaves "would" a condition.
pub(crate) fn future_in_past(t: &Tree, w: usize) -> bool {
    let mut v = light_verb_of(t, w);
    // "would visit Bonn and hold talks": a conjunct without its own auxiliary shares it
    if t.rel(v) == Rel::Conj && t.kids(v, |r| r == Rel::Aux).next().is_none() {
        match t.head(v) {
            Some(h) => v = h,
            None => return false,
        }
    }
    let modals: Vec<&str> = t
        .kids(v, |r| r == Rel::Aux)
        .map(|a| t.lemma(a))
        .filter(|a| matches!(*a, "would" | "could" | "might" | "may" | "should" | "must"))
        .collect();
    let hedged = t.kids(v, |r| r == Rel::Advmod).any(|a| {
        matches!(
            t.lemma(a),
            "perhaps"
                | "possibly"
                | "probably"
                | "maybe"
                | "likely"
                | "reportedly"
                | "allegedly"
                | "apparently"
        )
    });
    // (or the clause of a notice, word or assurance given: "gave notice that it would
    // expel", whether the parser hangs it on the noun or on the verb)
    let notice = |n: usize| matches!(t.lemma(n), "notice" | "word" | "assurance" | "assurances");
    let holds_notice = |h: usize| {
        [Rel::Obj, Rel::Iobj]
            .iter()
            .any(|&r| t.kid(h, r).is_some_and(notice))
    };
    let that = t.kids(v, |r| r == Rel::Mark).any(|m| t.lemma(m) == "that");
    // (the clause's relation and head, as if to a verb of saying, and whether it is a notice's)
    let (rel, head, noticed) = match t.rel(v) {
        Rel::Acl if that && t.head(v).is_some_and(notice) => {
            (Rel::Ccomp, t.head(v).and_then(|n| t.head(n)), true)
        }
        Rel::Advcl if that && t.head(v).is_some_and(holds_notice) => (Rel::Ccomp, t.head(v), true),
        r => (r, t.head(v), t.head(v).is_some_and(holds_notice)),
    };
    let given = |h: usize| matches!(t.lemma(h), "give" | "send") && noticed;
    modals == ["would"]
        && !hedged
        && rel == Rel::Ccomp
        && head.is_some_and(|h| {
            (SAY_PAST.contains(&t.lemma(h)) || given(h))
                && matches!(t.xpos(h), "VBD" | "VBN")
                && !modal(t, h)
                && !t.negated(h)
        })
}

/// Words that rank the one a noun names among others who did a thing: "the first minister
/// to visit China", "the only state to vote against", "the next leader to call on Kohl".
const RANKS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "last", "latest", "only", "sole", "next",
];

/// Whether the noun `n` is ranked by an ordinal or "only" ([`RANKS`]): its infinitive
/// relative tells what the one it names did (or does), not what it is for ("Downer was the
/// first Australian minister to visit China" is a visit made).
pub(super) fn ranked_first(t: &Tree, n: usize) -> bool {
    t.kids(n, |r| {
        matches!(r.universal(), Rel::Amod | Rel::Det | Rel::Nummod)
    })
    .any(|a| RANKS.contains(&t.lemma(a)))
}

/// The modality of what a ranked noun's infinitive relative tells: that of the clause the
/// noun stands in ("will be the first leader to visit Israel": future; "may become the only
/// state to ...": hedged), none when that clause tells a fact.
pub(super) fn ranked_act(t: &Tree, w: usize) -> Option<crate::model::Modality> {
    if t.rel(w) != Rel::Acl || !t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to") {
        return None;
    }
    let n = t.head(w).filter(|&n| ranked_first(t, n))?;
    modal_of(t, n).or_else(|| t.head(n).and_then(|h| modal_of(t, h)))
}

/// An event noun that is weighed or planned, not done: the subject of a passive verb of
/// weighing ("a visit ... is being considered", "a summit is being discussed": hedged) or of
/// planning ("a visit is planned for May": future), or of being "under" consideration,
/// discussion or review ("a visit was under consideration": hedged). So is what a verb of
/// planning takes as its object, the event noun of a light verb ("plans a visit to Japan",
/// "scheduled talks for May": future).
pub(super) fn weighed_or_planned(t: &Tree, x: usize) -> Option<crate::model::Modality> {
    const WEIGH: &[&str] = &[
        "consider",
        "discuss",
        "debate",
        "weigh",
        "study",
        "examine",
        "review",
        "propose",
        "mull",
        "contemplate",
        "explore",
    ];
    const PLAN: &[&str] = &["plan", "schedule", "slate", "arrange", "expect", "prepare"];
    const UNDER: &[&str] = &[
        "consideration",
        "discussion",
        "review",
        "study",
        "negotiation",
    ];
    // (a verb of planning with its event noun: "plans a visit to Japan")
    if t.upos(x) == crate::syntax::Upos::Verb
        && matches!(t.lemma(x), "plan" | "schedule" | "intend")
        && t.kid(x, Rel::Obj).is_some()
    {
        return Some(crate::model::Modality::Future);
    }
    if !t.upos(x).is_nominal() {
        return None;
    }
    let h = t.head(x)?;
    match t.rel(x) {
        Rel::NsubjPass if WEIGH.contains(&t.lemma(h)) => Some(crate::model::Modality::Hedged),
        Rel::NsubjPass if PLAN.contains(&t.lemma(h)) => Some(crate::model::Modality::Future),
        Rel::Nsubj
            if UNDER.contains(&t.lemma(h))
                && t.kids(h, |r| r == Rel::Case).any(|c| t.lemma(c) == "under") =>
        {
            Some(crate::model::Modality::Hedged)
        }
        _ => None,
    }
}

/// Whether `x` is what an accord one makes is for, which the parser hung on the verb as its
/// purpose ("signed a contract last month to buy 250 tanks", "reached a deal to free the
/// sailors"): agreed, and so to come, as what one "agreed to" do.
pub(super) fn agreed_purpose(t: &Tree, x: usize) -> bool {
    const MAKE: &[&str] = &[
        "sign",
        "conclude",
        "reach",
        "strike",
        "seal",
        "clinch",
        "ink",
        "negotiate",
        "win",
        "award",
    ];
    const ACCORDS: &[&str] = &[
        "agreement",
        "accord",
        "deal",
        "treaty",
        "pact",
        "contract",
        "memorandum",
        "protocol",
    ];
    let to = t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to");
    to && t.rel(x) == Rel::Advcl
        && t.head(x).is_some_and(|h| {
            MAKE.contains(&t.lemma(h))
                && t.kids(h, |r| r == Rel::Obj)
                    .any(|o| ACCORDS.contains(&t.lemma(o)))
        })
}
