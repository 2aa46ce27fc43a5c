//! The words that decide whose an object's phrases name: what is said, condemned or done
//! to someone, what is talked over, and the means of an act (for [`super::roles`]); and the
//! armed group one fights on the side of.

use super::super::tree::Tree;
use crate::syntax::Rel;

/// Nouns of what is said, whose phrases name what it is about, not whom an act on the saying
/// is done to.
pub(super) const SAID: &[&str] = &[
    "criticism",
    "accusation",
    "allegation",
    "charge",
    "complaint",
    "claim",
    "report",
    "remark",
    "comment",
    "statement",
    "assertion",
    "suggestion",
];

/// Verbs of condemning what another did.
pub(super) const CONDEMN: &[&str] = &[
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "deplore",
    "decry",
    "censure",
    "slam",
    "blast",
    "assail",
    "protest",
];

/// Nouns of acts of harm, whose "on", "of" or "against" phrase names the harmed.
pub(super) const HARMS: &[&str] = &[
    "attack",
    "assault",
    "raid",
    "strike",
    "airstrike",
    "bombing",
    "shelling",
    "invasion",
    "incursion",
    "occupation",
    "killing",
    "murder",
    "massacre",
    "execution",
    "arrest",
    "detention",
    "expulsion",
    "abduction",
    "kidnapping",
    "seizure",
    "annexation",
    "blockade",
    "aggression",
];

/// Nouns of an act done to the ones their "of" names: the arrested, the released, the tried.
pub(super) const DONE_TO_OF: &[&str] = &[
    "arrest",
    "release",
    "extradition",
    "expulsion",
    "deportation",
    "punishment",
    "prosecution",
    "trial",
    "detention",
    "execution",
    "handover",
    "capture",
];

/// Verbs whose object is a topic talked or thought over.
pub(super) const TOPIC_VERBS: &[&str] = &[
    "discuss", "debate", "consider", "review", "examine", "study", "weigh", "ponder", "mull",
];

/// Verbs whose object is the means of the act, not whom it is done to.
pub(super) const INSTRUMENT_VERBS: &[&str] = &["use", "fire", "deploy", "employ", "drop", "wield"];

/// Whether the verb of fighting `w`, done by `subjects`, is fought on the side of the armed
/// group its "with" phrase names: its doer is one person, or one civilian named by a noun in
/// the singular ("an Australian man who has been fighting with the Taliban"), not troops, a
/// state, a group, nor many ("villagers fought with the militants" fought them).
pub(super) fn fought_alongside(t: &Tree, w: usize, subjects: &[usize]) -> bool {
    use crate::model::Kind;
    let one = |m: usize| {
        let e = &t.mentions[m].entity;
        let singular = t
            .word_of_mention(m)
            .is_some_and(|x| matches!(t.xpos(x), "NN" | "NNP"));
        (e.kind == Kind::Person || e.id.ends_with(":civilians")) && singular
    };
    matches!(t.lemma(w), "fight" | "battle")
        && subjects.len() == 1
        && subjects.iter().all(|&m| one(m))
        && t.kids(w, |r| r.universal() == Rel::Obl).any(|c| {
            t.case(c) == Some("with")
                && (t.actors(c).iter()).any(|&m| t.mentions[m].entity.kind == Kind::Group)
        })
}

/// Whether `m`, found as the other side of a release or a return of people (CAMEO 084), only
/// receives the released: named by "to" and of no state ("handed the two hostages over to
/// the Red Cross", "to United Nations officials"), it is none of those released, and stands
/// for no state of theirs (a state they are handed to does: "handed the prisoners to
/// Kuwait").
pub(super) fn receiver_of_released(t: &Tree, m: usize, w: usize) -> bool {
    let stateless = t.mentions[m].entities().all(|e| e.country.is_none());
    let Some(x) = t.word_of_mention(m) else {
        return false;
    };
    // (the phrase on the verb or on its object)
    let on_act = t.head(x).is_some_and(|h| h == w || t.head(h) == Some(w));
    stateless && on_act && t.has_case(x, |p| p == "to")
}
