//! Who acts in an infinitive under another's verb: the one urged, ordered or allowed ("urged
//! Iran to return"), and the ones trained, armed or paid ("paid mercenaries to attack").
use super::super::tree::Tree;
use crate::syntax::Rel;

/// Verbs whose object controls the infinitive after it: "urged Iran to return" (Iran
/// returns).
pub(super) const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "persuade",
    "order",
    "force",
    "allow",
    "encourage",
    "invite",
    "call",
    "press",
    "pressure",
    "tell",
    "convince",
    "permit",
    "compel",
    "help",
    "want",
    "expect",
    "advise",
    "instruct",
    "authorize",
    "authorise",
    "require",
    "request",
];

/// Whether `w` is what those trained, armed or paid are to do (the object of the verb
/// above does it, or no one named: "paid mercenaries to attack").
pub(super) fn proxied(t: &Tree, w: usize) -> bool {
    const PROXY: &[&str] = &[
        "train", "arm", "equip", "recruit", "pay", "hire", "fund", "incite",
    ];
    matches!(t.rel(w), Rel::Xcomp | Rel::Advcl)
        && t.head(w)
            .is_some_and(|h| PROXY.contains(&t.lemma(h)) && t.kid(h, Rel::Obj).is_some())
        && t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to")
}
