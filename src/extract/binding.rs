//! A possessive "its" on a verb's direct object belongs to who does the verb: "the United
//! States said it would not allow Iran to close the strait and offered its warships" offers the
//! United States' warships, not Iran's. Recognition resolves "its" by the words before it (the
//! last state named); the tree says whose clause it stands in. So is the "it" a charge rejected
//! is about: "Oman denied Iran's allegation that it had armed the rebels" (Oman, not Iran).

use super::tree::Tree;
use crate::model::Kind;
use crate::recognize::{Mention, Via};
use crate::syntax::{Rel, Upos};

/// The sentence's mentions with each such "its" bound to the subject of its clause, or `None`
/// when none changes. Only a direct object's "its" is bound: in "condemned Israel for its
/// raids" or "Russia and its allies" the possessor is not the subject.
pub(super) fn bind_possessives(t: &Tree) -> Option<Vec<Mention>> {
    let mut out: Option<Vec<Mention>> = None;
    for w in 0..t.len() {
        let Some(mi) = t.mention_at(w) else {
            continue;
        };
        let m = &t.mentions[mi];
        if m.via != Via::Coreference {
            continue;
        }
        let s = if t.norm(w) == "its" && t.rel(w) == Rel::NmodPoss {
            let Some(v) = t
                .head(w)
                .filter(|&n| t.rel(n) == Rel::Obj)
                .and_then(|n| t.head(n))
                .filter(|&v| t.upos(v) == Upos::Verb)
            else {
                continue;
            };
            clause_subject(t, v)
        } else {
            charged_one(t, w)
        };
        let Some(s) = s else {
            continue;
        };
        let Some(e) = t
            .mention_at(s)
            .or(t.mention_inside(s))
            .map(|si| &t.mentions[si].entity)
        else {
            continue;
        };
        if !matches!(e.kind, Kind::Country | Kind::Organization | Kind::Group)
            || e.id == m.entity.id
        {
            continue;
        }
        let bound = out.get_or_insert_with(|| t.mentions.to_vec());
        bound[mi].entity = e.clone();
        bound[mi].also.clear();
    }
    out
}

/// Who does the verb `v`: its subject; for a verb coordinated with another, that verb's
/// subject ("said it would not allow ... and offered"); for an infinitive, who it is asked of
/// or else the subject of the verb it completes ("urged Iran to release its prisoners").
fn clause_subject(t: &Tree, v: usize) -> Option<usize> {
    if let Some(s) = t.kid(v, Rel::Nsubj) {
        return Some(s);
    }
    let h = t.head(v)?;
    match t.rel(v) {
        Rel::Conj => t.kid(h, Rel::Nsubj),
        Rel::Xcomp => t
            .kid(h, Rel::Obj)
            .or_else(|| t.kid(h, Rel::Iobj))
            .or_else(|| t.kid(h, Rel::Nsubj)),
        _ => None,
    }
}

/// Nouns of a charge, which is about the one charged.
const CHARGES: &[&str] = &["charge", "allegation", "accusation"];

/// The subject of the verb of denial whose charge says what the pronoun subject `w` did:
/// "Oman denied Iran's allegation that it had armed the rebels" (the one who denies a
/// charge is the one charged, not the one who made it).
fn charged_one(t: &Tree, w: usize) -> Option<usize> {
    if !matches!(t.norm(w), "it" | "they") || !t.rel(w).is_subject() {
        return None;
    }
    let v = t.head(w)?;
    let charge = |n: &usize| t.rel(*n) == Rel::Obj && CHARGES.contains(&t.lemma(*n));
    // (the charge's clause on the charge, or, as the parser may hang it, on the verb)
    let d = match t.rel(v) {
        Rel::Acl => t.head(v).filter(charge).and_then(|n| t.head(n))?,
        Rel::Ccomp => t
            .head(v)
            .filter(|&d| t.kids(d, |r| r == Rel::Obj).any(|n| charge(&n)))?,
        _ => return None,
    };
    let denies = matches!(
        t.lemma(d),
        "deny" | "dismiss" | "reject" | "refute" | "rebut"
    );
    (denies && !t.negated(d))
        .then(|| clause_subject(t, d))
        .flatten()
}
