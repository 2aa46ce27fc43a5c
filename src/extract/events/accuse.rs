//! Who is held to account for an act, or credited with it: "accused Kyiv of shelling the
//! plant", "thanked Japan for sending aid". The act is the accused's (or the credited one's),
//! and an accusation no more than the accuser's claim.

use super::super::tree::Tree;
use crate::syntax::Rel;

/// Verbs that hold someone to account for an act: "accused Kyiv of shelling the plant",
/// "blamed Baku for attacking", "was charged with spying on Morocco". The act is the
/// accused's, and no more than the accuser's claim.
const ACCUSE: &[&str] = &[
    "accuse",
    "charge",
    "blame",
    "convict",
    "suspect",
    "indict",
    "fault",
    "condemn",
    "criticize",
    "criticise",
    "denounce",
    "castigate",
    "rebuke",
    "reproach",
    "sue",
    "prosecute",
    "punish",
    "sentence",
    "fine",
    "arrest",
    "detain",
    "investigate",
];

/// Verbs that credit someone with an act: "thanked Japan for sending aid". The act is the
/// one credited's, and taken as done.
const CREDIT: &[&str] = &[
    "thank",
    "praise",
    "commend",
    "congratulate",
    "credit",
    "hail",
    "reward",
    "applaud",
];

/// The verb that holds someone to account for, or credits them with, the act `w` names
/// ("of shelling" below "accused Kyiv", or below "Kyiv" as its object's clause), with
/// whether it only claims the act (accusations do, thanks do not).
pub(crate) fn accountable(t: &Tree, w: usize) -> Option<(usize, bool)> {
    let h = t.head(w)?;
    let marked = t
        .kids(w, |r| matches!(r, Rel::Mark | Rel::Case))
        .any(|m| matches!(t.lemma(m), "of" | "for" | "with" | "over"));
    if !marked {
        return None;
    }
    // "accused Kyiv [of shelling]" hung on the verb, or on its object
    let verb = match t.rel(w) {
        Rel::Advcl | Rel::Xcomp => h,
        r if r.universal() == Rel::Obl => h,
        // (or as a noun on the object: "accused Hezbollah of collaborating", "blamed
        // Colombia for the raids")
        Rel::Acl | Rel::Nmod if matches!(t.rel(h), Rel::Obj | Rel::NsubjPass) => t.head(h)?,
        _ => return None,
    };
    let lemma = t.lemma(verb);
    if ACCUSE.contains(&lemma) {
        Some((verb, true))
    } else if CREDIT.contains(&lemma) {
        Some((verb, false))
    } else {
        None
    }
}

/// The accusation (or credit) an act is part of, however deep in the accused act's clauses
/// ("accused Iran of sending trainers to help Russian forces": the help too is only
/// claimed).
pub(crate) fn accused_within(t: &Tree, w: usize) -> Option<(usize, bool)> {
    let mut x = w;
    for _ in 0..4 {
        if let Some(a) = accountable(t, x) {
            return Some(a);
        }
        if !matches!(t.rel(x), Rel::Advcl | Rel::Xcomp | Rel::Conj | Rel::Acl) {
            return None;
        }
        x = t.head(x)?;
    }
    None
}

/// Whether the act at `w` is only told in passing in what the speaker at `said` says: in a
/// clause or phrase that describes a noun of it ("said fighting went on near Basra, where
/// Iran launched an offensive", "said the sanctions imposed on Iraq after its invasion of
/// Kuwait should end"). Such an act is the background of the claim, not what the speaker
/// charges anyone with.
pub(crate) fn told_in_passing(t: &Tree, w: usize, said: usize) -> bool {
    let mut x = w;
    for _ in 0..t.len() {
        let Some(h) = t.head(x).filter(|&h| h != said) else {
            return false;
        };
        // (a clause of "where" tells of a place, whatever the parser hangs it on)
        let of_a_place = t
            .kids(x, |r| r == Rel::Advmod)
            .any(|c| t.norm(c).eq_ignore_ascii_case("where"));
        if t.rel(x).universal() == Rel::Acl || t.rel(x) == Rel::AdvclRelcl || of_a_place {
            return true;
        }
        x = h;
    }
    false
}
