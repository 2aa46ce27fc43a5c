//! Events by grammatical role: predicates (verbs, event nouns, light verbs with an event
//! noun) found in the dependency tree and typed by the event vocabulary, and their actors
//! found by role (subject, passive agent, object, prepositional objects, possessors and
//! adjectives of event nouns, the controller of an infinitive, the antecedent of a relative
//! clause, the shared subject of coordinated verbs), with conjunctions expanded on both
//! sides.

mod accuse;
mod code;
mod control;
mod intent;
mod nouns;
mod objects;
mod pending;
mod requests;
mod roles;
mod threats;
mod trade;

pub(crate) use accuse::{accused_within, told_in_passing};
pub(crate) use intent::{
    conditional, first_conjunct, future_in_past, own_modality, supposed, unrealised, wished,
};
pub(crate) use nouns::answered_act;
pub(crate) use pending::{
    claiming_report, denied_content, denied_report, hearsay, open_question, report_owner, verb_of,
};
pub(crate) use requests::{advised, requested};
pub(crate) use roles::joined_to_saying;
pub(crate) use threats::{intended, intent_code, pledged, threat_verb, threatened, warned_own};
use trade::stopped_cooperation;
pub(crate) use trade::{market_demand, sanctioned_trade};

use super::tree::Tree;
use crate::lexicon::events::{Code, Entry, EventVocab, Trigger};
use crate::syntax::{Rel, Upos};
use code::{code_for, code_root, extra_preps, needs_holds, vetoed};
use nouns::{adjunct_of_verb, claimant, noun_actors, noun_places, retaliated, standing_in_passing};
use roles::*;

/// Who holds another to account by the verb `verb` ("Baku accused ...", "was charged by a
/// Kenyan court with ..."): the first actor of its subject, or of a passive's agent.
pub(crate) fn accuser(t: &Tree, verb: usize) -> Option<usize> {
    subject_of(t, verb, 0).into_iter().next()
}

/// An event found in the tree, before it becomes triples.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TreeEvent {
    /// The code, each direction.
    pub code: Code,
    /// Mentions of the actors who act (the subject side).
    pub subjects: Vec<usize>,
    /// Mentions of the actors acted on.
    pub objects: Vec<usize>,
    /// The predicate's word.
    pub word: usize,
    /// The token of the predicate (for modality and attribution).
    pub trigger: usize,
    /// The first token of the predicate's clause.
    pub clause_start: usize,
    /// How the actors were found.
    pub confidence: f64,
    /// Whether the predicate has an object that is an actor or people ("battled
    /// militants"): coordinated subjects then act together, not on each other.
    pub person_object: bool,
}

/// Finds the events of a parsed sentence.
#[cfg(test)]
pub(crate) fn find(t: &Tree, vocab: &EventVocab) -> Vec<TreeEvent> {
    find_with_vetoes(t, vocab).0
}

/// Verbs of complaint: whom one complains to hears it; whom one complains about is acted on.
const COMPLAIN: &[&str] = &["complain", "protest", "grumble", "remonstrate"];

/// The events of a parsed sentence, and the words whose use the vocabulary knows to be no
/// event (a pattern with the code `---` matched them).
pub(crate) fn find_with_vetoes(t: &Tree, vocab: &EventVocab) -> (Vec<TreeEvent>, Vec<usize>) {
    let mut vetoes = Vec::new();
    let mut out = Vec::new();
    let mut used_nouns = Vec::new();
    // the nouns of standing states named in passing (no events themselves, below), and a
    // participle on a party of one tells of that state: "died in the long conflict between
    // A and rebels fighting for land"
    let passing: Vec<usize> = (0..t.len())
        .filter(|&w| t.upos(w) == Upos::Noun && standing_in_passing(t, w))
        .collect();
    // verbs first: an event noun that is the object of an event verb is that verb's
    // ("lifted its embargo", "launched an attack"), not an event of its own
    for w in 0..t.len() {
        let upos = t.upos(w);
        if t.rel(w) == Rel::Acl && passing.iter().any(|&n| n != w && t.within(w, n)) {
            vetoes.push(w);
            continue;
        }
        // what talks are about is not done by talking of it ("talked about sending troops
        // to Bolivia", "negotiated on ways of protecting Kuwaiti ships")
        if talked_over(t, w) {
            vetoes.push(w);
            continue;
        }
        // a participle used as an adjective ("the detained sailors") names no event, unless
        // the parser gave it a subject of its own
        let adjectival = t.rel(w) == Rel::Amod && t.kid(w, Rel::Nsubj).is_none();
        // (nor may the word-class matcher make an event of one of backing: "U.S.-backed
        // rebels" names who stands behind them, no act of the news, and "troops attacked
        // Syrian backed militias" is no backing by the troops)
        if upos == Upos::Verb
            && adjectival
            && t.kid(w, Rel::Aux).is_none()
            && matches!(
                t.lemma(w),
                "back" | "fund" | "finance" | "sponsor" | "support"
            )
        {
            vetoes.push(w);
        }
        if upos == Upos::Verb && !adjectival {
            // a noun the tagger took for a verb: "the war of words over trade between"
            if topic(t, w) || standing_in_passing(t, w) {
                vetoes.push(w);
                continue;
            }
            let lemma = t.lemma(w);
            // a light verb and its event noun: "launched an attack on", "paid a visit to"
            if vocab.light.contains_key(lemma) {
                if let Some(o) = t.kid(w, Rel::Obj) {
                    // "sent a letter of protest to", "delivered a protest note": the
                    // message carries the event its noun names
                    let noun = carried_event(t, vocab, o).unwrap_or(o);
                    if let Some(mut ev) = light_event(t, vocab, w, noun) {
                        used_nouns.push(noun);
                        // ("stopped sending aid to": see below)
                        if let Some((h, reduced)) = stopped_cooperation(t, w, &ev.code) {
                            vetoes.push(w);
                            ev = event(t, h, reduced, ev.subjects, ev.objects, ev.confidence);
                        }
                        out.push(ev);
                        continue;
                    }
                }
            }
            let Some(entries) = vocab.verbs.get(lemma) else {
                continue;
            };
            let fitting: Vec<&Entry> = entries
                .iter()
                .filter(|e| e.needs.as_deref().is_none_or(|n| needs_holds(t, w, n)))
                .collect();
            if fitting.is_empty() {
                // (nor may the word-class matcher take the "to" of "in response to" for the
                // one the verb needs: "went on alert in response to Pakistani attacks")
                if t.kids(w, |r| r.universal() == Rel::Obl)
                    .any(|c| why_or_how(t, c))
                {
                    vetoes.push(w);
                }
                continue;
            }
            let passive = t.is_passive(w);
            let obj = object_of(t, w, passive);
            let Some((code, on_obj)) = code_for(t, vocab, w, &fitting, obj) else {
                if vetoed(t, vocab, w, &fitting, obj) {
                    vetoes.push(w);
                }
                continue;
            };
            let needs = fitting.iter().find_map(|e| e.needs.as_deref());
            // "left Oman for Tehran": where a visit goes is the phrase its verb needs, when
            // that phrase is there (on the verb or on its object); the object is the place
            // left
            let visit = code
                .forward
                .as_deref()
                .is_some_and(|c| c.starts_with("042"));
            let phrase = needs
                .filter(|p| visit && !PARTICLES.contains(p))
                .and_then(|p| {
                    let on = |x: usize| {
                        t.kids(x, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod))
                            .find(|&c| t.has_case(c, |q| q == p))
                    };
                    on(w).or_else(|| obj.and_then(on))
                });
            let destination = match phrase {
                // (one phrase further: "left Nepal for a visit to China"; none there, no
                // one is visited: "flew into a rage over Pakistan's remarks", "travelled to
                // a summit over India's objections" go to no state; talks held there are
                // their own event)
                Some(c) => {
                    let mut d = t.actors_or_places(c);
                    if d.is_empty() {
                        for n in t.kids(c, |r| r.universal() == Rel::Nmod) {
                            if t.has_case(n, |q| matches!(q, "to" | "in" | "at")) {
                                d.extend(t.actors_or_places(n));
                            }
                        }
                    }
                    Some(d)
                }
                // "attending the Afghan talks in Bonn": where the thing one goes to is held
                // is where one goes, not whose it is
                None => obj
                    .filter(|&o| visit && t.mention_at(o).is_none())
                    .and_then(|o| {
                        t.kids(o, |r| r.universal() == Rel::Nmod)
                            .chain(t.kids(w, |r| r.universal() == Rel::Obl))
                            .filter(|&c| t.has_case(c, |q| matches!(q, "in" | "at")))
                            .map(|c| t.actors_or_places(c))
                            .find(|d| !d.is_empty())
                    }),
            };
            let mut subjects = subject_of(t, w, 0);
            // (what those trained or paid are to do is no act of whoever trained them, for
            // the word-class matcher either)
            if subjects.is_empty() && control::proxied(t, w) {
                vetoes.push(w);
                continue;
            }
            // "deployed missiles near Taiwan": where forces go is whom they face
            let extra = extra_preps(&code);
            let verb = Verb {
                w,
                obj,
                passive,
                needs,
                on_obj,
                extra,
                partners: matches!(code_root(&code), Some("03" | "04")),
                mutual: code.forward.is_some() && code.forward == code.reverse,
                topical: topical(&code),
                placed: matches!(code_root(&code), Some("18" | "19" | "20"))
                    || code
                        .forward
                        .as_deref()
                        .is_some_and(|c| c.starts_with("042")),
                thing_obj: obj.is_some_and(|o| !vocab.nouns.contains_key(t.lemma(o))),
                asks: matches!(code_root(&code), Some("02" | "10")),
            };
            let mut objects = match destination {
                Some(d) => d,
                None => acted_on(t, &verb, &subjects),
            };
            // "complained to the UN about Israeli overflights", "complained to the UN that
            // Israeli authorities were blocking exports": the one complained of is acted on,
            // not the one complained to
            if COMPLAIN.contains(&t.lemma(w)) {
                // (the phrase may hang on the one complained to: "to the UN about")
                let phrases =
                    |x: usize| t.kids(x, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod));
                let about: Vec<usize> = phrases(w)
                    .chain(phrases(w).flat_map(phrases))
                    .filter(|&c| t.has_case(c, |q| matches!(q, "about" | "over" | "against")))
                    .flat_map(|c| t.actors_or_places(c))
                    .chain(
                        t.kids(w, |r| r == Rel::Ccomp)
                            .filter_map(|c| t.kid(c, Rel::Nsubj))
                            .flat_map(|s| t.actors_or_places(s)),
                    )
                    .filter(|m| !subjects.contains(m))
                    .collect();
                if !about.is_empty() {
                    objects = about;
                }
            }
            // "urged sanctions on Russia": whom the act asked for is done to is not the one
            // asked, and the word-class matcher must not make it so
            let act_target = |x: usize| {
                t.kids(x, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod))
                    .any(|c| act_target_phrase(t, c))
            };
            if objects.is_empty()
                && asks_for_act(t, &verb)
                && obj.is_some_and(|o| act_target(w) || act_target(o))
            {
                vetoes.push(w);
            }
            // "met American safety standards", "used Russian weapons": the thing's state is no
            // party, and the word-class matcher, which pairs names by their order, must not
            // make it one
            // (coordinated subjects of a meeting are each other's parties, and the owners of
            // one its parties: "Israeli and Palestinian officials held their first meeting")
            if objects.is_empty()
                && subjects.len() < 2
                && obj.is_some_and(|o| !t.actors(o).is_empty() && t.kid(o, Rel::NmodPoss).is_none())
            {
                let (thing_partner, means) = things_no_party(t, &verb);
                if thing_partner || means {
                    vetoes.push(w);
                }
            }
            // whom one protects against or shields from is the adversary, not the one
            // protected: "patrols protect the villages against attacks from Baghdad"
            if code
                .forward
                .as_deref()
                .is_some_and(|c| c.starts_with("074"))
            {
                objects.retain(|&m| !adversary(t, m, w));
            }
            if code
                .forward
                .as_deref()
                .is_some_and(|c| c.starts_with("084"))
            {
                objects.retain(|&m| !objects::receiver_of_released(t, m, w));
            }
            // one who fights "with" an armed group as a person or a civilian fights on its
            // side: "an Australian man who has been fighting with the Taliban" (troops or a
            // state that fight with guerrillas fight them)
            if objects::fought_alongside(t, w, &subjects) {
                vetoes.push(w);
                continue;
            }
            // "fighting between A and B", "mediated between A and B": each side on the other
            let between: Vec<usize> = t
                .kids(w, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod))
                .filter(|&c| matches!(t.case(c), Some("between" | "among")))
                .flat_map(|c| t.actors(c))
                .collect();
            if between.len() >= 2 {
                if subjects.is_empty() {
                    subjects = between.clone();
                    objects = between;
                } else if objects.is_empty() {
                    objects = between;
                }
            }
            if subjects.is_empty()
                && passive
                && matches!(code_root(&code), Some("18" | "19" | "20"))
            {
                subjects = fired_from(t, w);
                objects.retain(|m| !subjects.contains(m));
            }
            if subjects.is_empty() && objects.is_empty() {
                continue;
            }
            let confidence = if t.kid(w, Rel::Nsubj).is_some() || !passive {
                0.85
            } else {
                0.8
            };
            // "lifted its embargo on Iran": the verb's code was decided by its object noun,
            // whose own event (an embargo) the verb has turned into another
            if on_obj && !subjects.is_empty() && !objects.is_empty() {
                used_nouns.extend(obj);
            }
            // (cooperation stopped is a reduction of relations, told by the verb of stopping;
            // the word-class matcher must not make the cooperation of the gerund)
            let (w, code) = match stopped_cooperation(t, w, &code) {
                Some((h, reduced)) => {
                    vetoes.push(w);
                    (h, reduced)
                }
                None => (w, code),
            };
            out.push(event(t, w, code, subjects, objects, confidence));
        }
    }
    for w in 0..t.len() {
        if t.upos(w) == Upos::Noun && !used_nouns.contains(&w) {
            // what a dispute or talks are about is their topic, not an event: "the row
            // over trade between A and B", "talks on a ceasefire" (for the word-class
            // matcher too, whose nouns the vocabulary may not know)
            if topic(t, w)
                || nouns::kept_accord(t, w)
                || nouns::accord_named(t, w)
                || passing.contains(&w)
                || nouns::stuck_talks(t, w)
            {
                vetoes.push(w);
                continue;
            }
            let Some(entries) = vocab.nouns.get(t.lemma(w)) else {
                continue;
            };
            let fitting: Vec<&Entry> = entries
                .iter()
                .filter(|e| e.trigger == Trigger::Noun)
                .collect();
            let Some((code, _)) = code_for(t, vocab, w, &fitting, None) else {
                continue;
            };
            let (mut subjects, mut objects) = noun_actors(t, w, topical(&code));
            // "Iraq repelled an Iranian attack": the attack was on the one who repelled it
            if objects.is_empty() && matches!(code_root(&code), Some("18" | "19" | "20")) {
                if let Some(v) = t
                    .head(w)
                    .filter(|&v| t.rel(w) == Rel::Obj && DEFENCE.contains(&t.lemma(v)))
                {
                    objects = subject_of(t, v, 0);
                }
            }
            // "the group claimed responsibility for the attack": the claimant attacked
            if subjects.is_empty() && matches!(code_root(&code), Some("18" | "19" | "20")) {
                subjects = claimant(t, w);
            }
            // "three soldiers were killed in an Israeli air strike": the victims
            if objects.is_empty() && matches!(code_root(&code), Some("18" | "19" | "20")) {
                if let Some(v) = t
                    .head(w)
                    .filter(|&v| t.upos(v) == Upos::Verb && t.is_passive(v))
                {
                    if let Some(victims) = t.kid(v, Rel::NsubjPass) {
                        objects = t.actors(victims);
                    }
                }
            }
            // where it happened, when no one is said to be acted on ("a Taliban ambush near
            // Kandahar" attacked the soldiers killed in it, if they are named)
            if objects.is_empty() {
                objects = noun_places(t, w, extra_preps(&code));
            }
            // "flew to Oslo for talks with Sweden", "said after a meeting with": talks and
            // meetings in an adjunct have the clause's subject as a party
            let consult = |c: &Option<String>| c.as_deref().is_some_and(|c| c.starts_with("04"));
            let mut confidence = 0.75;
            if subjects.is_empty() && (consult(&code.forward) || consult(&code.reverse)) {
                if let Some(v) = adjunct_of_verb(t, w) {
                    subjects = subject_of(t, v, 0);
                    confidence = 0.6;
                }
            }
            if subjects.is_empty() || objects.is_empty() {
                continue;
            }
            out.push(event(t, w, code, subjects, objects, confidence));
        }
    }
    (out, vetoes)
}

/// "launched an attack on X", "paid a visit to X": the noun's event, with the verb's
/// subject, the noun's targets or the verb's.
fn light_event(t: &Tree, vocab: &EventVocab, verb: usize, noun: usize) -> Option<TreeEvent> {
    let entries = vocab.nouns.get(t.lemma(noun))?;
    let fitting: Vec<&Entry> = entries.iter().collect();
    let (mut code, _) = code_for(t, vocab, noun, &fitting, None)?;
    // what a message carries is said: a protest in a letter or note is a complaint (111),
    // not a demonstration (14)
    // (and so is a protest made "to" or lodged "with" someone: "made a sharp protest to the
    // Iraqi government"; a demonstration is "against" or "outside")
    let said = t
        .kid(verb, Rel::Obj)
        .is_some_and(|o| o != noun && MESSAGE_NOUNS.contains(&t.lemma(o)))
        || t.kids(noun, |r| r.universal() == Rel::Nmod)
            .any(|c| t.has_case(c, |p| matches!(p, "to" | "with")) && !t.actors(c).is_empty());
    if said && code_root(&code) == Some("14") {
        code = Code {
            forward: Some("111".into()),
            reverse: None,
            relation: None,
        };
    }
    let subjects = subject_of(t, verb, 0);
    let (noun_subj, mut objects) = noun_actors(t, noun, topical(&code));
    if objects.is_empty() {
        objects = noun_places(t, noun, extra_preps(&code));
    }
    let subjects = if subjects.is_empty() {
        noun_subj
    } else {
        subjects
    };
    if objects.is_empty() {
        // the message that carries the event may hold its addressee: "a protest note to
        // Russia's ambassador"
        let v = Verb {
            w: verb,
            obj: t.kid(verb, Rel::Obj).filter(|&o| o != noun),
            passive: false,
            needs: None,
            on_obj: false,
            extra: &[],
            partners: false,
            mutual: false,
            topical: false,
            placed: false,
            thing_obj: false,
            asks: false,
        };
        let v = Verb {
            extra: extra_preps(&code),
            placed: matches!(code_root(&code), Some("18" | "19" | "20")),
            ..v
        };
        objects = acted_on(t, &v, &subjects);
    }
    if subjects.is_empty() || objects.is_empty() {
        return None;
    }
    // to offer, promise or pledge a cooperative act is an intention to do it (CAMEO 03):
    // "offered aid to", "pledged support for"
    let code = match &code.forward {
        Some(f) if OFFER.contains(&t.lemma(verb)) && f.as_str() < "09" => {
            let c = threats::intent_code(f);
            Code {
                forward: Some(c.to_string()),
                reverse: None,
                relation: Some(
                    if c == "033" {
                        "offers_aid_to"
                    } else {
                        "promises"
                    }
                    .to_string(),
                ),
            }
        }
        _ => code,
    };
    Some(event(t, verb, code, subjects, objects, 0.8))
}

/// Nouns of a message sent or delivered: what they carry is the event.
const MESSAGE_NOUNS: &[&str] = &["letter", "message", "note", "cable", "telegram"];

/// Nouns that count or bundle events: what they hold is the event.
const BUNDLE_NOUNS: &[&str] = &["package", "round", "series", "wave", "set", "string"];

/// The event noun that a message or bundle noun `o` carries, as its "of" phrase or its
/// compound ("a letter of protest", "a protest note", "an aid package", "a new round of
/// sanctions"), if the vocabulary knows it.
fn carried_event(t: &Tree, vocab: &EventVocab, o: usize) -> Option<usize> {
    let lemma = t.lemma(o);
    if !MESSAGE_NOUNS.contains(&lemma) && !BUNDLE_NOUNS.contains(&lemma) {
        return None;
    }
    t.children(o).iter().copied().find(|&c| {
        vocab.nouns.contains_key(t.lemma(c))
            && match t.rel(c) {
                Rel::Compound => c < o,
                r => r.universal() == Rel::Nmod && t.has_case(c, |p| p == "of"),
            }
    })
}

/// Whether a mention lies in an "against" or "from" phrase below the predicate `w`.
fn adversary(t: &Tree, m: usize, w: usize) -> bool {
    let Some(mut x) = t.word_of_mention(m) else {
        return false;
    };
    for _ in 0..8 {
        if x == w {
            return false;
        }
        if t.has_case(x, |p| matches!(p, "against" | "from")) {
            return true;
        }
        match t.head(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Nouns of disputes and of talks, whose "over", "about" or "on" phrase names what they are
/// about.
const ABOUT: &[&str] = &[
    "dispute",
    "row",
    "quarrel",
    "spat",
    "feud",
    "wrangle",
    "disagreement",
    "tension",
    "standoff",
    "war",
    "battle",
    "fight",
    "argument",
    "talk",
    "negotiation",
    "discussion",
    "consultation",
    "debate",
    "dialogue",
    "deadlock",
    "impasse",
    "word",
];

/// Prepositions of what talks, a dispute or a doubt are about: "talks on", "a row over",
/// "doubts about", "questions regarding".
pub(super) const ABOUT_PREPS: &[&str] = &["over", "about", "on", "regarding", "concerning"];

/// Whether an event is a mutual act of talks or cooperation (meetings, agreements, trade:
/// the same code both ways, CAMEO 03 to 06), whose "on", "over" or "about" phrase says what
/// it is about, never a partner; a war "on" a state is waged on it.
pub(super) fn topical(code: &Code) -> bool {
    code.forward.is_some()
        && code.forward == code.reverse
        && matches!(code_root(code), Some("03" | "04" | "05" | "06"))
}

/// Verbs of talking something over: what their "about", "on" or "over" phrase names is
/// talked of, not done.
const TALK_VERBS: &[&str] = &[
    "talk",
    "negotiate",
    "discuss",
    "debate",
    "consult",
    "confer",
    "speak",
    "argue",
    "bargain",
    "haggle",
    "wrangle",
    "quarrel",
    "disagree",
    "differ",
];

/// Nouns of doubt about what may be done: what their "about" or "over" phrase names is
/// weighed, not done ("doubts about removing the missiles"). (A complaint or a protest
/// about an act takes it as done, and is not here.)
const DOUBTS: &[&str] = &[
    "doubt",
    "concern",
    "question",
    "fear",
    "worry",
    "reservation",
    "misgiving",
    "uncertainty",
];

/// Whether the act at `w` is only what talks or a dispute are about: in the "about", "on",
/// "over", "regarding" or "concerning" phrase of a verb of talking or a noun of talks or
/// dispute, over the nouns and clauses it hangs in ("negotiated on ways of protecting",
/// "talked about sending troops", "the row over how to supply arms"), or the gerund one
/// discusses ("discussed sending troops"). A clause with a subject of its own is a fact
/// told, and ends the climb ("talked about the troops Chile sent").
fn talked_over(t: &Tree, w: usize) -> bool {
    // (doubt is about what may yet be done, told by a verb: "concern about Iraq's attack"
    // takes the attack as done)
    let doubted = |n: usize| t.upos(w) == Upos::Verb && DOUBTS.contains(&t.lemma(n));
    let talking = |h: usize| match t.upos(h) {
        Upos::Verb => {
            TALK_VERBS.contains(&t.lemma(h))
                // the parser may hang the phrase on the verb whose object is the talks or
                // the doubt: "expressed doubts about removing", "held talks about sending"
                || t.kids(h, |r| r == Rel::Obj)
                    .any(|o| ABOUT.contains(&t.lemma(o)) || doubted(o))
        }
        Upos::Noun => ABOUT.contains(&t.lemma(h)) || doubted(h),
        _ => false,
    };
    let mut x = w;
    for _ in 0..4 {
        if x != w && t.kid(x, Rel::Nsubj).is_some() {
            return false;
        }
        let Some(h) = t.head(x) else { return false };
        let marked = t
            .kids(x, |r| matches!(r, Rel::Case | Rel::Mark))
            .any(|m| ABOUT_PREPS.contains(&t.lemma(m)));
        let rel = t.rel(x).universal();
        if marked
            && matches!(
                rel,
                Rel::Obl | Rel::Nmod | Rel::Advcl | Rel::Acl | Rel::Ccomp
            )
            && talking(h)
        {
            return true;
        }
        // "discussed sending troops", "discussed how to supply arms": the gerund or the way
        // one discusses
        let how = t.kids(x, |r| r == Rel::Advmod).any(|a| t.lemma(a) == "how");
        if x == w
            && (matches!(rel, Rel::Obj | Rel::Xcomp) && t.xpos(x) == "VBG"
                || matches!(rel, Rel::Ccomp | Rel::Xcomp) && how)
            && matches!(t.lemma(h), "discuss" | "debate" | "talk" | "negotiate")
        {
            return true;
        }
        if !matches!(
            rel,
            Rel::Compound | Rel::Nmod | Rel::Acl | Rel::Xcomp | Rel::Obl | Rel::Advcl | Rel::Obj
        ) {
            return false;
        }
        x = h;
    }
    false
}

/// Whether an event noun is the topic of a dispute or of talks: "the row over trade",
/// "talks on a ceasefire", "a war of words about the agreement". Read from the tree, or
/// from the words where the parser missed the phrase ("row over" as an adverb).
fn topic(t: &Tree, w: usize) -> bool {
    let about = |h: usize| t.upos(h) == Upos::Noun && ABOUT.contains(&t.lemma(h));
    if t.case(w).is_some_and(|p| ABOUT_PREPS.contains(&p))
        && t.rel(w).universal() == Rel::Nmod
        && t.head(w).is_some_and(about)
    {
        return true;
    }
    // over the noun's determiners and modifiers, to the preposition and the noun before it
    let mut k = w;
    for _ in 0..4 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if matches!(t.upos(p), Upos::Det | Upos::Adj | Upos::Num)
            || (t.upos(p) == Upos::Noun && t.rel(p) == Rel::Compound)
        {
            k = p;
            continue;
        }
        return ABOUT_PREPS.contains(&t.lemma(p)) && p.checked_sub(1).is_some_and(about);
    }
    false
}

/// Light verbs that offer their noun's event rather than do it.
const OFFER: &[&str] = &["offer", "promise", "pledge"];

fn event(
    t: &Tree,
    w: usize,
    code: Code,
    subjects: Vec<usize>,
    objects: Vec<usize>,
    confidence: f64,
) -> TreeEvent {
    // the clause: the predicate's own span, without clauses it embeds; an infinitive's
    // clause is its controller's ("if Britain refuses to withdraw")
    let mut top = w;
    while matches!(t.rel(top), Rel::Xcomp) {
        match t.head(top) {
            Some(h) => top = h,
            None => break,
        }
    }
    let mut start = t.token(w);
    for v in [w, top] {
        start = start.min(t.token(v));
        for c in t.children(v) {
            if matches!(
                t.rel(*c),
                Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass | Rel::Advmod
            ) {
                start = start.min(t.token_span(*c).0);
            }
        }
    }
    let person_object = t
        .kid(w, Rel::Obj)
        .is_some_and(|o| !t.actors(o).is_empty() || super::tree::people_noun(t.lemma(o)));
    TreeEvent {
        person_object,
        code,
        subjects,
        objects,
        word: w,
        trigger: t.token(w),
        clause_start: start,
        confidence,
    }
}

/// Whom a verb acts on: its [`targets`], else, for force with none ("destroyed the platform
/// in retaliation for an Iranian attack"), whoever did what it answers ([`retaliated`]).
fn acted_on(t: &Tree, v: &Verb, subjects: &[usize]) -> Vec<usize> {
    let mut out = targets(t, v, subjects);
    if out.is_empty() && v.placed {
        let same = |m: usize| {
            subjects
                .iter()
                .any(|&s| t.mentions[s].entity.id == t.mentions[m].entity.id)
        };
        out = retaliated(t, v.w, v.obj);
        out.retain(|&m| !same(m));
        out.dedup();
    }
    out
}

#[cfg(test)]
mod tests;
