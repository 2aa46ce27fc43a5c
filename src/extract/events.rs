//! Events by grammatical role: predicates (verbs, event nouns, light verbs with an event
//! noun) found in the dependency tree and typed by the event vocabulary, and their actors
//! found by role (subject, passive agent, object, prepositional objects, possessors and
//! adjectives of event nouns, the controller of an infinitive, the antecedent of a relative
//! clause, the shared subject of coordinated verbs), with conjunctions expanded on both
//! sides.

use super::tree::Tree;
use crate::lexicon::events::{Atom, Code, Entry, EventVocab, Phrase, Trigger};
use crate::syntax::{Rel, Upos};

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

/// Prepositions whose object is the one acted on: "sent troops to", "talks with", "sanctions
/// on", "war against", "withdrew from".
const TARGET_PREPS: &[&str] = &[
    "to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "from", "over",
    "onto", "inside",
];

/// Verbs whose infinitive is wished for, not done: "wants Russia to help", "urged Peru to
/// withdraw", "tried to seize".
const WISH: &[&str] = &[
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
    "seek",
    "try",
    "attempt",
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
    "offer",
    "struggle",
];

/// Verbs whose infinitive is planned or promised: "plans to send", "agreed to release".
const PLAN: &[&str] = &[
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
];

/// Whether a predicate is only wished for (hedged) or planned (future) by a verb it is the
/// infinitive of, however deep ("wants Russia to try to help").
pub(crate) fn wished(t: &Tree, w: usize) -> Option<crate::model::Modality> {
    let mut x = w;
    let mut planned = false;
    for _ in 0..4 {
        if t.rel(x) != Rel::Xcomp {
            break;
        }
        let h = t.head(x)?;
        if WISH.contains(&t.lemma(h)) {
            return Some(crate::model::Modality::Hedged);
        }
        planned |= PLAN.contains(&t.lemma(h));
        x = h;
    }
    planned.then_some(crate::model::Modality::Future)
}

/// Verbs of defence: their object is an attack on their subject ("repelled an attack").
const DEFENCE: &[&str] = &[
    "repel",
    "repulse",
    "thwart",
    "foil",
    "fend",
    "beat",
    "resist",
    "withstand",
    "deflect",
    "counter",
    "survive",
    "intercept",
];

/// Particles: words a phrasal verb needs ("shoot down") that mark no target.
const PARTICLES: &[&str] = &[
    "up", "down", "out", "off", "in", "on", "over", "away", "back", "aside", "forward", "together",
    "through", "about", "around", "along", "apart", "ahead",
];

/// Verbs whose object controls the infinitive after it: "urged Iran to return" (Iran
/// returns).
const OBJECT_CONTROL: &[&str] = &[
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

/// Whether a dependent of `w` satisfies an atom.
fn atom_holds(t: &Tree, vocab: &EventVocab, w: usize, obj: Option<usize>, a: &Atom) -> bool {
    let phrase_at = |x: usize, p: &Phrase| -> bool {
        let deps = |m: &str| {
            t.children(x)
                .iter()
                .any(|&c| t.lemma(c) == m || t.norm(c) == m)
        };
        vocab.phrase_matches(p, t.lemma(x), &deps) || vocab.phrase_matches(p, t.norm(x), &deps)
    };
    match a {
        Atom::Obj(p) => obj.is_some_and(|o| t.conjuncts(o).into_iter().any(|c| phrase_at(c, p))),
        Atom::Subj(p) => t
            .kids(w, |r| matches!(r, Rel::Nsubj | Rel::NsubjPass))
            .any(|s| phrase_at(s, p)),
        Atom::Prt(x) => t
            .kids(w, |r| {
                matches!(r, Rel::CompoundPrt | Rel::Advmod | Rel::Obl)
            })
            .any(|c| t.lemma(c) == x),
        Atom::Adv(x) => t.kids(w, |r| r == Rel::Advmod).any(|c| t.lemma(c) == x),
        Atom::Dep(x) => t
            .kids(w, |r| !matches!(r, Rel::Punct | Rel::Case))
            .any(|c| t.lemma(c) == x || t.norm(c) == x),
        Atom::Prep(p, noun) => {
            let on = |x: usize| {
                t.kids(x, |r| {
                    matches!(
                        r.universal(),
                        Rel::Obl | Rel::Nmod | Rel::Advcl | Rel::Xcomp | Rel::Ccomp
                    ) || r == Rel::OblAgent
                })
                .any(|c| {
                    let marker = t
                        .kids(c, |r| matches!(r, Rel::Case | Rel::Mark))
                        .any(|k| t.lemma(k) == p);
                    // a bare preposition stands for the one acted on: "call on X"
                    marker
                        && match noun {
                            Some(n) => phrase_at(c, n),
                            None => !t.actors_or_places(c).is_empty(),
                        }
                })
            };
            on(w) || obj.is_some_and(on)
        }
    }
}

/// The object of a predicate: its direct object, or the subject of a passive.
fn object_of(t: &Tree, w: usize, passive: bool) -> Option<usize> {
    if passive {
        t.kid(w, Rel::NsubjPass)
    } else {
        t.kid(w, Rel::Obj)
    }
}

/// Whether the word an entry needs ("down" of "clamp down", "with" of "meet with") is a
/// dependent of the predicate (a particle, a preposition of one of its phrases, or its
/// object).
fn needs_holds(t: &Tree, w: usize, needs: &str) -> bool {
    let on = |x: usize, own: bool| {
        t.children(x).iter().any(|&c| {
            (own && t.lemma(c) == needs)
                || (matches!(
                    t.rel(c).universal(),
                    Rel::Obl | Rel::Obj | Rel::Nmod | Rel::Xcomp
                ) && t
                    .kids(c, |r| matches!(r, Rel::Case | Rel::Mark))
                    .any(|k| t.lemma(k) == needs))
        })
    };
    // "acquired drones from Iran": the phrase may hang on the object
    on(w, true) || t.kid(w, Rel::Obj).is_some_and(|o| on(o, false))
}

/// How specific a pattern or default is: constraints, file, whether a pattern, line.
type Rank = (usize, usize, bool, usize);

/// The code of a predicate: the most specific of its entries' matching patterns and
/// defaults. A pattern counts its constraints, an entry the word it needs ("meet +with"); a
/// pattern whose code is `---` means no event. Later files win ties, then patterns over
/// defaults.
fn code_for(
    t: &Tree,
    vocab: &EventVocab,
    w: usize,
    entries: &[&Entry],
    obj: Option<usize>,
) -> Option<(Code, bool)> {
    // rank, code, and whether a constraint on the object decided it
    let mut best: Option<(Rank, Code, bool)> = None;
    let mut consider = |rank: Rank, code: Code, on_obj: bool| {
        if best.as_ref().is_none_or(|b| rank > b.0) {
            best = Some((rank, code, on_obj));
        }
    };
    for e in entries {
        let g = &vocab.groups[e.group];
        let needs = usize::from(e.needs.is_some());
        for p in &g.patterns {
            if p.atoms.iter().all(|a| atom_holds(t, vocab, w, obj, a)) {
                let on_obj = p.atoms.iter().any(|a| matches!(a, Atom::Obj(_)));
                consider(
                    (p.atoms.len() + needs, g.file, true, p.line),
                    p.code.clone(),
                    on_obj,
                );
            }
        }
        let own = e.code.clone().unwrap_or_else(|| g.code.clone());
        if !own.is_null() || needs > 0 {
            consider((needs, g.file, false, e.line), own, false);
        }
    }
    best.map(|b| (b.1, b.2)).filter(|c| !c.0.is_null())
}

/// Whether a pattern with the code `---` (no event) is the most specific match of a
/// predicate: the vocabulary knows this use is no event ("met its targets").
fn vetoed(t: &Tree, vocab: &EventVocab, w: usize, entries: &[&Entry], obj: Option<usize>) -> bool {
    let mut best: Option<(Rank, bool)> = None;
    for e in entries {
        let g = &vocab.groups[e.group];
        let needs = usize::from(e.needs.is_some());
        for p in &g.patterns {
            if p.atoms.iter().all(|a| atom_holds(t, vocab, w, obj, a)) {
                let rank = (p.atoms.len() + needs, g.file, true, p.line);
                if best.is_none_or(|b| rank > b.0) {
                    best = Some((rank, p.code.is_null()));
                }
            }
        }
    }
    best.is_some_and(|b| b.1)
}

/// The subject of a verb that has none of its own: the controller of an infinitive, the
/// shared subject of coordinated verbs, the antecedent of a relative or participial clause.
fn inherited_subject(t: &Tree, w: usize, depth: usize) -> Vec<usize> {
    if depth > 4 {
        return Vec::new();
    }
    let Some(h) = t.head(w) else {
        return Vec::new();
    };
    match t.rel(w) {
        Rel::Xcomp => {
            // "urged Iran to return": the object; "was pressed by Peru to return": the
            // passive's subject; "declined to hand": the subject
            if OBJECT_CONTROL.contains(&t.lemma(h)) && t.is_passive(h) {
                if let Some(s) = t.kid(h, Rel::NsubjPass) {
                    return t.agents(s);
                }
            }
            if OBJECT_CONTROL.contains(&t.lemma(h)) {
                if let Some(o) = t.kid(h, Rel::Obj).or_else(|| t.kid(h, Rel::Iobj)) {
                    let a = t.actors(o);
                    if !a.is_empty() {
                        return a;
                    }
                }
            }
            subject_of(t, h, depth + 1)
        }
        Rel::Conj if t.upos(h) == Upos::Verb => subject_of(t, h, depth + 1),
        Rel::Advcl => {
            // "..., killing twelve", "after lifting the ban", "to help Kenya": a participle
            // or infinitive without a subject of its own shares the clause's surface subject
            // (a passive's too: "was attacked after criticising Peru")
            let nonfinite = matches!(t.words[w].xpos, "VBG" | "VBN" | "VB");
            let subordinated = t.kids(w, |r| r == Rel::Mark).all(|m| {
                !matches!(
                    t.lemma(m),
                    "if" | "unless" | "because" | "although" | "though" | "whether"
                )
            });
            if nonfinite && subordinated {
                match t.kid(h, Rel::NsubjPass) {
                    Some(s) => t.agents(s),
                    None => subject_of(t, h, depth + 1),
                }
            } else {
                Vec::new()
            }
        }
        Rel::Acl if t.words[w].xpos == "VBG" => t.agents(h),
        // "Indian soldiers clashed with ...", read as a noun phrase with a participle: a
        // sentence whose root is a noun has its verb in that participle
        Rel::Acl
            if t.head(h).is_none()
                && t.upos(h).is_nominal()
                && t.kids(w, |r| r == Rel::OblAgent).next().is_none() =>
        {
            t.agents(h)
        }
        _ => Vec::new(),
    }
}

/// The subject of a verb: its own, or inherited.
fn subject_of(t: &Tree, w: usize, depth: usize) -> Vec<usize> {
    let subjects: Vec<usize> = t.kids(w, |r| r == Rel::Nsubj).collect();
    if !subjects.is_empty() {
        // every subject: a list the parser split ("The US, Russia, and Switzerland met");
        // an adjective is no subject ("Chilean exports to China" misread as a clause)
        let mut out = Vec::new();
        for s in subjects {
            if t.upos(s) == Upos::Adj {
                continue;
            }
            for m in relative_antecedent(t, s).unwrap_or_else(|| t.agents(s)) {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        return out;
    }
    if t.is_passive(w) {
        return agent_of(t, w);
    }
    inherited_subject(t, w, depth)
}

/// "the troops who attacked": a relative pronoun stands for the noun its clause modifies.
fn relative_antecedent(t: &Tree, pron: usize) -> Option<Vec<usize>> {
    if t.upos(pron) != Upos::Pron || !matches!(t.lemma(pron), "who" | "which" | "that" | "whom") {
        return None;
    }
    let clause = t.head(pron)?;
    if t.rel(clause) != Rel::AclRelcl {
        return None;
    }
    Some(t.agents(t.head(clause)?))
}

/// The "by" agent of a passive.
fn agent_of(t: &Tree, w: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for c in t.kids(w, |r| matches!(r, Rel::OblAgent | Rel::Obl)) {
        if t.rel(c) == Rel::OblAgent || t.has_case(c, |p| p == "by") {
            out.extend(t.agents(c));
        }
    }
    out
}

/// The actors acted on: the object (or a passive's subject), the indirect object, else the
/// objects of target prepositions on the predicate or on its object.
/// What the search for targets knows of a verb.
struct Verb<'a> {
    /// The verb's word.
    w: usize,
    /// Its object (a passive's subject).
    obj: Option<usize>,
    /// Whether it is passive.
    passive: bool,
    /// The word its entry needs ("with" of "meet with").
    needs: Option<&'a str>,
    /// Whether its object decided its code ("lifted its embargo").
    on_obj: bool,
    /// Prepositions that name a target for this kind of event beyond the usual ones.
    extra: &'a [&'a str],
    /// Whether the event is one between partners (talks, meetings, agreements), whose
    /// partner a "with" phrase may name even when hung on an adjunct ("met for an hour
    /// with").
    partners: bool,
}

fn targets(t: &Tree, v: &Verb, subjects: &[usize]) -> Vec<usize> {
    let Verb {
        w,
        obj,
        passive,
        needs,
        on_obj,
        extra,
        partners,
    } = *v;
    let mut out = Vec::new();
    // the object's own possessor is mostly the subject ("lifted its embargo on Iran"): not
    // a target then
    let same = |m: &usize| {
        subjects
            .iter()
            .any(|&s| t.mentions[s].entity.id == t.mentions[*m].entity.id)
    };
    if let Some(o) = obj {
        let mut a = match relative_antecedent(t, o) {
            Some(a) => a,
            None => t.actors_or_places(o),
        };
        a.retain(|m| !same(m));
        out.extend(a);
    }
    if passive && obj.is_none() && t.rel(w) == Rel::Acl {
        // "the ships seized by Iran": the noun the participle modifies
        if let Some(h) = t.head(w) {
            out.extend(t.actors(h));
        }
    }
    if let Some(i) = t.kid(w, Rel::Iobj) {
        out.extend(t.actors(i));
    }
    if out.is_empty() {
        let phrase_on = |x: usize, on_object: bool| -> Vec<usize> {
            let mut v = Vec::new();
            for c in t.kids(x, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod)) {
                if t.rel(c) == Rel::OblAgent || (passive && t.has_case(c, |p| p == "by")) {
                    continue;
                }
                // on the object, "from" and "of" count only where the object decided the
                // event ("banned imports from", "eased its blockade of") or the verb asks
                // for them ("withdrew troops from")
                // "out of" is "from"; a particle the verb needs ("shoot down") marks no
                // target
                let out_of = t.has_case(c, |p| p == "out") && t.has_case(c, |p| p == "of");
                let wanted = out_of
                    || t.has_case(c, |p| {
                        (needs == Some(p) && !PARTICLES.contains(&p))
                            || extra.contains(&p)
                            || (TARGET_PREPS.contains(&p) && !(on_object && p == "from" && !on_obj))
                            || (on_object && on_obj && p == "of")
                    });
                if !wanted {
                    // "met for an hour with X": a partner hung on an adjunct of the verb
                    if partners && !on_object && !t.has_case(c, |p| p == "of") {
                        for d in t.kids(c, |r| r.universal() == Rel::Nmod) {
                            if t.has_case(d, |p| p == "with") {
                                v.extend(t.agents(d));
                            }
                        }
                    }
                    continue;
                }
                // a thing's state stands for the target on the object's phrases only when
                // the object decided the event ("sanctions on Iranian banks", not "a
                // festival with Jordanian films")
                // "with" names a partner, never a thing's state ("hosted a festival with
                // Jordanian films")
                let mut a = if (on_object && !on_obj) || t.has_case(c, |p| p == "with") {
                    t.agents(c)
                } else {
                    t.actors_or_places(c)
                };
                a.retain(|m| !same(m));
                if a.is_empty() {
                    // "on its border with Ukraine": one phrase further
                    for d in t.kids(c, |r| r.universal() == Rel::Nmod) {
                        if t.has_case(d, |p| TARGET_PREPS.contains(&p)) {
                            a.extend(t.actors_or_places(d));
                        }
                    }
                }
                v.extend(a);
            }
            v.retain(|m| !same(m));
            v
        };
        out.extend(phrase_on(w, false));
        if out.is_empty() {
            if let Some(o) = obj {
                out.extend(phrase_on(o, true));
            }
        }
    }
    out.dedup();
    out
}

/// The actors of an event noun: (acting, acted on). "Russia's invasion of Ukraine", "a
/// Turkish drone strike on", "the attack by rebels on", "talks between A and B".
fn noun_actors(t: &Tree, w: usize) -> (Vec<usize>, Vec<usize>) {
    let mut subj = Vec::new();
    let mut obj = Vec::new();
    let mut between = Vec::new();
    for c in t.kids(w, |r| {
        matches!(r, Rel::NmodPoss | Rel::Amod | Rel::Compound)
    }) {
        if let Some(m) = t.mention_at(c).or_else(|| t.mention_inside(c)) {
            if t.is_actor(m) {
                subj.push(m);
            }
        }
    }
    let mut of = Vec::new();
    let mut from = Vec::new();
    for c in t.kids(w, |r| r.universal() == Rel::Nmod) {
        match t.case(c) {
            Some("by") => subj.extend(t.actors(c)),
            Some("between" | "among") => between.extend(t.actors(c)),
            Some("of") => of.extend(t.actors_or_places(c)),
            Some(p) if (TARGET_PREPS.contains(&p) || p == "for") && p != "from" => {
                obj.extend(t.actors_or_places(c))
            }
            Some("from") => from.extend(t.actors_or_places(c)),
            _ => {}
        }
    }
    if !between.is_empty() {
        return (between.clone(), between);
    }
    // "the invasion of Kuwait" (acted on) unless the noun has its target already ("the
    // visit of the president to Spain": the visitor)
    // "the transfer of drones to Russia": the phrase may hang on what is transferred
    if obj.is_empty() {
        for c in t.kids(w, |r| r.universal() == Rel::Nmod) {
            if t.has_case(c, |p| p == "of") && t.actors(c).is_empty() {
                for d in t.kids(c, |r| r.universal() == Rel::Nmod) {
                    if t.has_case(d, |p| matches!(p, "to" | "for" | "into")) {
                        obj.extend(t.actors_or_places(d));
                    }
                }
            }
        }
    }
    if obj.is_empty() {
        obj = of;
    } else if subj.is_empty() {
        subj = of;
    }
    // "the withdrawal from Afghanistan", "the annexation of Crimea from Ukraine"
    if (obj.is_empty() || obj.iter().all(|&m| !t.is_actor(m))) && !from.is_empty() {
        obj = from;
    }
    subj.retain(|&m| t.is_actor(m));
    (subj, obj)
}

/// Prepositions that name the one acted on for some kinds of event beyond the usual ones:
/// where forces go is whom they face ("deployed missiles near Taiwan", "exercises in
/// Alaska"), where a protest or an attack happens is the state it is against ("a protest in
/// Beijing", "strikes in Syria"), where a visit goes is who is visited ("attend a summit in
/// Geneva").
fn extra_preps(code: &Code) -> &'static [&'static str] {
    let c = code
        .forward
        .as_deref()
        .or(code.reverse.as_deref())
        .unwrap_or("");
    match c.get(..2) {
        Some("15") => &["near", "along", "around", "off", "close", "in", "inside"],
        Some("14") => &["in", "inside", "outside"],
        Some("18" | "19" | "20") => &["in", "inside", "outside", "near"],
        Some("05" | "07") => &["for"],
        _ if c.starts_with("042") => &["in"],
        _ => &[],
    }
}

/// The CAMEO root (first two digits) of a code's forward or else reverse direction.
fn code_root(c: &Code) -> Option<&str> {
    c.forward
        .as_deref()
        .or(c.reverse.as_deref())
        .and_then(|x| x.get(..2))
}

/// The verb a noun is an adjunct of ("after talks with", "for a visit to"): the noun is an
/// oblique of the verb, or of a noun that is.
fn adjunct_of_verb(t: &Tree, w: usize) -> Option<usize> {
    let mut x = w;
    for _ in 0..3 {
        let h = t.head(x)?;
        match t.rel(x).universal() {
            Rel::Obl | Rel::Advcl if t.upos(h) == Upos::Verb => return Some(h),
            Rel::Nmod => x = h,
            _ => return None,
        }
    }
    None
}

/// The places of an event noun's phrases with these prepositions ("a protest in Beijing").
fn noun_places(t: &Tree, w: usize, preps: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for c in t.kids(w, |r| r.universal() == Rel::Nmod) {
        if t.has_case(c, |p| preps.contains(&p)) {
            out.extend(t.actors_or_places(c));
        }
    }
    out
}

/// Finds the events of a parsed sentence.
#[cfg(test)]
pub(crate) fn find(t: &Tree, vocab: &EventVocab) -> Vec<TreeEvent> {
    find_with_vetoes(t, vocab).0
}

/// The events of a parsed sentence, and the words whose use the vocabulary knows to be no
/// event (a pattern with the code `---` matched them).
pub(crate) fn find_with_vetoes(t: &Tree, vocab: &EventVocab) -> (Vec<TreeEvent>, Vec<usize>) {
    let mut vetoes = Vec::new();
    let mut out = Vec::new();
    let mut used_nouns = Vec::new();
    // verbs first: an event noun that is the object of an event verb is that verb's
    // ("lifted its embargo", "launched an attack"), not an event of its own
    for w in 0..t.len() {
        let upos = t.upos(w);
        // a participle used as an adjective ("the detained sailors") names no event, unless
        // the parser gave it a subject of its own
        let adjectival = t.rel(w) == Rel::Amod && t.kid(w, Rel::Nsubj).is_none();
        if upos == Upos::Verb && !adjectival {
            let lemma = t.lemma(w);
            // a light verb and its event noun: "launched an attack on", "paid a visit to"
            if vocab.light.contains_key(lemma) {
                if let Some(o) = t.kid(w, Rel::Obj) {
                    if let Some(ev) = light_event(t, vocab, w, o) {
                        used_nouns.push(o);
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
            let mut subjects = subject_of(t, w, 0);
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
            };
            let mut objects = targets(t, &verb, &subjects);
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
            out.push(event(t, w, code, subjects, objects, confidence));
        }
    }
    for w in 0..t.len() {
        if t.upos(w) == Upos::Noun && !used_nouns.contains(&w) {
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
            let (mut subjects, mut objects) = noun_actors(t, w);
            if objects.is_empty() {
                objects = noun_places(t, w, extra_preps(&code));
            }
            // "Iraq repelled an Iranian attack": the attack was on the one who repelled it
            if objects.is_empty() && matches!(code_root(&code), Some("18" | "19" | "20")) {
                if let Some(v) = t
                    .head(w)
                    .filter(|&v| t.rel(w) == Rel::Obj && DEFENCE.contains(&t.lemma(v)))
                {
                    objects = subject_of(t, v, 0);
                }
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
    let (code, _) = code_for(t, vocab, noun, &fitting, None)?;
    let subjects = subject_of(t, verb, 0);
    let (noun_subj, mut objects) = noun_actors(t, noun);
    if objects.is_empty() {
        objects = noun_places(t, noun, extra_preps(&code));
    }
    let subjects = if subjects.is_empty() {
        noun_subj
    } else {
        subjects
    };
    if objects.is_empty() {
        let v = Verb {
            w: verb,
            obj: None,
            passive: false,
            needs: None,
            on_obj: false,
            extra: &[],
            partners: false,
        };
        let v = Verb {
            extra: extra_preps(&code),
            ..v
        };
        objects = targets(t, &v, &subjects);
    }
    if subjects.is_empty() || objects.is_empty() {
        return None;
    }
    Some(event(t, verb, code, subjects, objects, 0.8))
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::recognize::recognize;
    use crate::resolve::Discourse;
    use crate::syntax::{ud_words, Model, Scratch};
    use crate::text::tokenize;
    use std::sync::OnceLock;

    fn lex() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
    }

    /// The tree events of one sentence: (code, acting states, acted-on states).
    fn events_of(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
        let lex = lex();
        let tokens = tokenize(text, 0);
        let mentions = recognize(text, &tokens, lex, None, &Discourse::new());
        let mut spans = Vec::new();
        ud_words(text, &tokens, &mut spans);
        let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
        let known = super::super::known_tags(&forms, &spans, &mentions);
        let mut words = Vec::new();
        Model::builtin().analyze_constrained(&forms, &known, &mut Scratch::default(), &mut words);
        let tree = Tree::new(&spans, &words, &tokens, &mentions);
        let state = |m: &usize| {
            let e = &mentions[*m].entity;
            e.country.clone().unwrap_or_else(|| e.id.clone())
        };
        find(&tree, &lex.events)
            .into_iter()
            .map(|e| {
                (
                    e.code.to_string(),
                    e.subjects.iter().map(state).collect(),
                    e.objects.iter().map(state).collect(),
                )
            })
            .collect()
    }

    fn has(evs: &[(String, Vec<String>, Vec<String>)], code: &str, s: &str, o: &str) -> bool {
        evs.iter().any(|(c, ss, os)| {
            c.starts_with(code) && ss.iter().any(|x| x == s) && os.iter().any(|x| x == o)
        })
    }

    #[test]
    fn subject_and_object_by_role() {
        let e = events_of("Peru expelled two Chilean diplomats on Monday.");
        assert!(has(&e, "174", "PER", "CHL"), "{e:?}");
        // passive: the "by" agent acts
        let e = events_of("Two Chilean diplomats were expelled by Peru.");
        assert!(has(&e, "174", "PER", "CHL"), "{e:?}");
        // a passive without an agent names no one who acts
        let e = events_of("Two Chilean diplomats were expelled on Monday.");
        assert!(e.iter().all(|(_, s, _)| s.is_empty()), "{e:?}");
    }

    #[test]
    fn every_actor_of_a_list() {
        let e = events_of("Germany, Italy and Spain sent medical teams to Turkey.");
        for s in ["DEU", "ITA", "ESP"] {
            assert!(
                e.iter()
                    .any(|(_, ss, os)| ss.iter().any(|x| x == s) && os.iter().any(|x| x == "TUR")),
                "{s}: {e:?}"
            );
        }
        let e = events_of("Norway condemned Russia, Belarus and Iran for the strikes.");
        for o in ["RUS", "BLR", "IRN"] {
            assert!(has(&e, "11", "NOR", o), "{o}: {e:?}");
        }
    }

    #[test]
    fn the_controller_of_an_infinitive_acts() {
        // subject control: the one who declined is the one who would hand them back
        let e = events_of("Egypt declined to release the detained Greek sailors.");
        assert!(has(&e, "084", "EGY", "GRC"), "{e:?}");
        // object control: the one urged is the one who would return
        let e = events_of("Peru urged Bolivia to withdraw its troops from Chile.");
        assert!(has(&e, "02", "PER", "BOL"), "{e:?}");
        assert!(has(&e, "087", "BOL", "CHL"), "{e:?}");
    }

    #[test]
    fn event_nouns_take_possessors_adjectives_and_phrases() {
        let e = events_of("Russia's invasion of Georgia was condemned.");
        assert!(has(&e, "19", "RUS", "GEO"), "{e:?}");
        let e = events_of("A Turkish drone strike on Syria killed four people.");
        assert!(has(&e, "195", "TUR", "SYR"), "{e:?}");
        let e = events_of("The attack by Iraq on Kuwait began at night.");
        assert!(has(&e, "190", "IRQ", "KWT"), "{e:?}");
        // no one named who acts: no event
        let e = events_of("The attack on Kuwait began at night.");
        assert!(
            !e.iter()
                .any(|(c, _, o)| c.starts_with("19") && o.iter().any(|x| x == "KWT")),
            "{e:?}"
        );
    }

    #[test]
    fn between_gives_both_sides() {
        let e = events_of("Talks between Ghana and Togo resumed in Accra.");
        assert!(
            has(&e, "04", "GHA", "TGO") && has(&e, "04", "TGO", "GHA"),
            "{e:?}"
        );
    }

    #[test]
    fn a_light_verb_carries_its_nouns_event() {
        let e = events_of("Iraq launched an attack on Iran at dawn.");
        assert!(has(&e, "190", "IRQ", "IRN"), "{e:?}");
        let e = events_of("Greece lodged a protest with Turkey.");
        assert!(has(&e, "111", "GRC", "TUR"), "{e:?}");
        // "launch" with an object that names no event
        let e = events_of("Japan launched a satellite for Indonesia.");
        assert!(!e.iter().any(|(c, _, _)| c.starts_with("19")), "{e:?}");
    }

    #[test]
    fn the_object_decides_what_a_verb_means() {
        // cutting aid is a sanction, lifting sanctions a concession
        let e = events_of("Sweden cut its aid to Ethiopia.");
        assert!(has(&e, "162", "SWE", "ETH"), "{e:?}");
        let e = events_of("Canada lifted its sanctions on Libya.");
        assert!(has(&e, "085", "CAN", "LBY"), "{e:?}");
        assert!(
            !has(&e, "163", "CAN", "LBY"),
            "the lifted sanctions are not imposed: {e:?}"
        );
        let e = events_of("Canada imposed sanctions on Libya.");
        assert!(has(&e, "163", "CAN", "LBY"), "{e:?}");
        // cutting what is no aid is nothing
        let e = events_of("Sweden cut its own budget before the Ethiopian visit.");
        assert!(!has(&e, "16", "SWE", "ETH"), "{e:?}");
    }

    #[test]
    fn a_relative_pronoun_stands_for_its_noun() {
        let e =
            events_of("Kenya praised the Ugandan troops who had attacked the Somali militants.");
        assert!(has(&e, "051", "KEN", "UGA"), "{e:?}");
    }

    #[test]
    fn what_is_wished_or_planned_is_not_done() {
        use crate::model::Modality;
        let check = |text: &str, word: &str, want: Option<Modality>| {
            let tokens = tokenize(text, 0);
            let mentions = recognize(text, &tokens, lex(), None, &Discourse::new());
            let mut spans = Vec::new();
            ud_words(text, &tokens, &mut spans);
            let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
            let mut words = Vec::new();
            Model::builtin().analyze(&forms, &mut Scratch::default(), &mut words);
            let tree = Tree::new(&spans, &words, &tokens, &mentions);
            let at = forms.iter().position(|f| *f == word).unwrap();
            assert_eq!(wished(&tree, at), want, "{word} in {text}");
        };
        check(
            "Oslo wants Riga to join the pact.",
            "join",
            Some(Modality::Hedged),
        );
        check("Oslo wants Riga to join the pact.", "wants", None);
        check(
            "Peru plans to send troops to Chile.",
            "send",
            Some(Modality::Future),
        );
        check(
            "Peru tried to seize the ship.",
            "seize",
            Some(Modality::Hedged),
        );
        check("Peru began to send troops to Chile.", "send", None);
    }

    #[test]
    fn a_use_the_vocabulary_knows_as_no_event_is_vetoed() {
        let lex = lex();
        let text = "Poland met its targets before Lithuania did.";
        let tokens = tokenize(text, 0);
        let mentions = recognize(text, &tokens, lex, None, &Discourse::new());
        let mut spans = Vec::new();
        ud_words(text, &tokens, &mut spans);
        let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
        let mut words = Vec::new();
        Model::builtin().analyze(&forms, &mut Scratch::default(), &mut words);
        let tree = Tree::new(&spans, &words, &tokens, &mentions);
        let (found, vetoes) = find_with_vetoes(&tree, &lex.events);
        assert!(
            found.iter().all(|e| !e.code.to_string().starts_with("04")),
            "{found:?}"
        );
        assert!(vetoes.contains(&forms.iter().position(|f| *f == "met").unwrap()));
    }

    #[test]
    fn a_part_stands_for_the_whole() {
        let e = events_of("Peruvian gunmen killed most of Chile's border guards.");
        assert!(has(&e, "1", "PER", "CHL"), "{e:?}");
        let e = events_of("Two battalions of Syrian troops attacked Lebanese positions.");
        assert!(has(&e, "19", "SYR", "LBN"), "{e:?}");
        let e = events_of("Dozens of Turkish soldiers raided Iraqi villages.");
        assert!(has(&e, "19", "TUR", "IRQ"), "{e:?}");
        // a part of no state's people names no actor
        let e = events_of("Most of the Chilean press praised the deal.");
        assert!(
            e.iter().all(|(_, s, _)| !s.iter().any(|x| x == "CHL")),
            "{e:?}"
        );
    }

    #[test]
    fn a_repelled_attack_was_on_the_one_who_repelled_it() {
        let e = events_of("Iraq repelled an Iranian attack near Basra.");
        assert!(has(&e, "19", "IRN", "IRQ"), "{e:?}");
        let e = events_of("Jordan foiled an Iraqi raid on the border post.");
        assert!(has(&e, "19", "IRQ", "JOR"), "{e:?}");
        let e = events_of("Iraq praised an Iranian attack on the rebels.");
        assert!(!has(&e, "19", "IRN", "IRQ"), "{e:?}");
    }

    #[test]
    fn a_participle_shares_the_clause_subject() {
        let e = events_of("Canada expelled the diplomats after accusing Russia of spying.");
        assert!(has(&e, "112", "CAN", "RUS"), "{e:?}");
        let e = events_of("Ghana recalled its envoy while criticizing Togo.");
        assert!(has(&e, "111", "GHA", "TGO"), "{e:?}");
        // a clause with its own subject keeps it
        let e = events_of("Ghana recalled its envoy because Togo had criticized Benin.");
        assert!(!has(&e, "111", "GHA", "BEN"), "{e:?}");
    }

    #[test]
    fn owners_of_things_and_craft_acting_for_their_state() {
        let e = events_of("Iranian boats seized a Greek-owned tanker.");
        assert!(has(&e, "17", "IRN", "GRC"), "{e:?}");
        let e = events_of("Russian jets bombed a Turkish-flagged freighter.");
        assert!(has(&e, "19", "RUS", "TUR"), "{e:?}");
        // the maker of a weapon is not its target
        let e = events_of("Ukrainian soldiers destroyed Iranian-made drones.");
        assert!(
            !e.iter().any(|(_, _, o)| o.iter().any(|x| x == "IRN")),
            "{e:?}"
        );
    }

    #[test]
    fn an_adjectival_participle_names_no_event() {
        let e = events_of("Iran welcomed the detained British sailors home.");
        assert!(!e.iter().any(|(c, _, _)| c.starts_with("173")), "{e:?}");
    }
}
