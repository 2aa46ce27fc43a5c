//! The actors of a predicate by grammatical role: subject (own, controlled, shared,
//! relative), passive agent, object and prepositional objects (the actors of event nouns are
//! in [`super::nouns`]).
use super::super::tree::Tree;
use super::objects::*;
use crate::syntax::{Rel, Upos};

/// Prepositions whose object is the one acted on: "sent troops to", "talks with", "sanctions
/// on", "war against", "withdrew from".
pub(super) const TARGET_PREPS: &[&str] = &[
    "to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "from", "over",
    "onto", "inside",
];

/// Nouns that, after "in", make a preposition of their own ("in response to", "in reply
/// to", "in retaliation for", "in view of"): the phrase says why or how, and names no one
/// acted on or gone to ("went on alert in response to Pakistani attacks").
const WHY_OR_HOW: &[&str] = &[
    "response",
    "reply",
    "reaction",
    "retaliation",
    "reprisal",
    "revenge",
    "addition",
    "accordance",
    "contrast",
    "spite",
    "view",
    "light",
    "wake",
    "aftermath",
];

/// Whether a phrase of the verb is one of [`WHY_OR_HOW`] after "in", or the phrase that
/// completes it, which the parser may hang on the verb beside it ("went to court in reply
/// to Togolese claims": "claims" a phrase of "went").
pub(super) fn why_or_how(t: &Tree, c: usize) -> bool {
    let opens = |x: usize| WHY_OR_HOW.contains(&t.lemma(x)) && t.has_case(x, |p| p == "in");
    if opens(c) {
        return true;
    }
    // (the phrase's preposition right after the opening noun)
    let first = t.kids(c, |r| r == Rel::Case).next().filter(|&k| k < c);
    first.is_some_and(|k| {
        k > 0
            && opens(k - 1)
            && t.head(k - 1) == t.head(c)
            && t.has_case(c, |p| matches!(p, "to" | "for" | "of" | "with"))
    })
}

/// Prepositions of where an event happens, not whom it is done to.
const LOCATIVE: &[&str] = &[
    "in", "inside", "outside", "near", "along", "around", "off", "close",
];

/// Verbs of defence: their object is an attack on their subject ("repelled an attack").
pub(super) const DEFENCE: &[&str] = &[
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
pub(super) const PARTICLES: &[&str] = &[
    "up", "down", "out", "off", "in", "on", "over", "away", "back", "aside", "forward", "together",
    "through", "about", "around", "along", "apart", "ahead",
];

/// The object of a predicate: its direct object, or the subject of a passive (and the
/// parser's indirect object of a verb with an infinitive and no direct object: "asked the
/// ambassador to leave").
pub(super) fn object_of(t: &Tree, w: usize, passive: bool) -> Option<usize> {
    if passive {
        t.kid(w, Rel::NsubjPass)
    } else {
        t.kid(w, Rel::Obj)
            .or_else(|| {
                t.kid(w, Rel::Iobj)
                    .filter(|_| t.kid(w, Rel::Xcomp).is_some())
            })
            .or_else(|| fronted_object(t, w))
    }
}

/// "After meeting Putin, Erdogan flew": the name right after a fronted participle without
/// an object of its own, which the parser made a second subject of the main verb, is the
/// participle's object.
fn fronted_object(t: &Tree, a: usize) -> Option<usize> {
    if t.rel(a) != Rel::Advcl || t.xpos(a) != "VBG" || t.kid(a, Rel::Obj).is_some() {
        return None;
    }
    let h = t.head(a)?;
    let subjects = t.kids(h, |r| r == Rel::Nsubj).count();
    t.kids(h, |r| r == Rel::Nsubj)
        .find(|&s| s == a + 1)
        .filter(|_| subjects > 1)
}

/// The subject of a verb that has none of its own: the controller of an infinitive, the
/// shared subject of coordinated verbs, the antecedent of a relative or participial clause.
pub(super) fn inherited_subject(t: &Tree, w: usize, depth: usize) -> Vec<usize> {
    if depth > 4 {
        return Vec::new();
    }
    let Some(h) = t.head(w) else {
        return Vec::new();
    };
    // "accused Kyiv of shelling", "Baku was blamed for attacking": the accused acts
    if let Some((verb, _)) = super::accuse::accountable(t, w) {
        let accused = if t.is_passive(verb) {
            t.kid(verb, Rel::NsubjPass)
        } else {
            t.kid(verb, Rel::Obj)
        };
        return accused.map(|o| t.agents(o)).unwrap_or_default();
    }
    // "gave Peru permission to help", "granted Poland the right to send": who is allowed
    // acts
    if let Some(n) = super::pending::permitted_by(t, w) {
        let verb = t.head(n).filter(|&v| t.upos(v) == Upos::Verb);
        let mut by_verb = verb.into_iter().flat_map(|v| {
            t.kids(v, |r| r == Rel::Iobj || r.universal() == Rel::Obl)
                .filter(move |&x| {
                    t.rel(x) == Rel::Iobj || t.has_case(x, |p| matches!(p, "to" | "for"))
                })
        });
        // (the owner of what asks is the one who asks: "its warning to Kenya not to send",
        // "Chile's invitation to Peru to join"; the owner of a right holds it)
        let asks = super::pending::ASKING.contains(&t.lemma(n));
        let mut by_noun = t.kids(n, |r| {
            matches!(r.universal(), Rel::Compound | Rel::Nmod) && !(asks && r == Rel::NmodPoss)
        });
        let recipient = by_verb
            .find_map(|x| Some(t.agents(x)).filter(|a| !a.is_empty()))
            .or_else(|| by_noun.find_map(|x| Some(t.agents(x)).filter(|a| !a.is_empty())));
        if let Some(r) = recipient {
            return r;
        }
    }
    // "trained rebels to raid", "paid mercenaries to attack": they act, or no one named
    if let Some(o) = t.kid(h, Rel::Obj).filter(|_| super::control::proxied(t, w)) {
        return t.actors(o);
    }
    match t.rel(w) {
        Rel::Xcomp => {
            // "urged Iran to return": the object; "was pressed by Peru to return": the
            // passive's subject; "declined to hand": the subject
            // a passive's subject controls its infinitive, whether it was made to act ("was
            // pressed to return") or only said or set to ("is poised to strike", "is
            // expected to visit")
            if t.is_passive(h) {
                if let Some(s) = t.kid(h, Rel::NsubjPass) {
                    return t.agents(s);
                }
            }
            if super::control::OBJECT_CONTROL.contains(&t.lemma(h)) {
                if let Some(o) = t.kid(h, Rel::Obj).or_else(|| t.kid(h, Rel::Iobj)) {
                    let a = t.actors(o);
                    if !a.is_empty() {
                        return a;
                    }
                }
            }
            subject_of(t, h, depth + 1)
        }
        Rel::Conj => match joined_to_saying(t, w) {
            Some(g) => subject_of(t, g, depth + 1),
            None if t.upos(h) == Upos::Verb => subject_of(t, h, depth + 1),
            None => Vec::new(),
        },
        Rel::Advcl => {
            // "..., killing twelve", "after lifting the ban", "to help Kenya": a participle
            // or infinitive without a subject of its own shares the clause's surface subject
            // (a passive's too: "was attacked after criticising Peru")
            let nonfinite = matches!(t.xpos(w), "VBG" | "VBN" | "VB");
            let subordinated = t.kids(w, |r| r == Rel::Mark).all(|m| {
                !matches!(
                    t.lemma(m),
                    "if" | "unless" | "because" | "although" | "though" | "whether"
                )
            });
            // "barred the envoy from meeting", "prevented Iran from buying": the one kept
            // from acting is the verb's object, not its subject (nobody, when the object
            // is no actor: "stopped the ship from entering"); so is the one pressed or
            // talked into it ("pressured Mali into expelling")
            let kept_from = t
                .kids(w, |r| r == Rel::Mark)
                .any(|m| matches!(t.lemma(m), "from" | "into"));
            // "block a move in the Council to impose sanctions": the purpose of a proposal
            // the parser hung on the verb is the proposal's, whose author is not the verb's
            // subject (who blocks, backs or weighs it)
            // (who the proposal is for stays: "welcomed calls for Niger to withdraw")
            let to = t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to");
            if let Some(o) = t
                .kids(h, |r| r == Rel::Obj)
                .find(|&o| to && super::pending::PROPOSAL.contains(&t.lemma(o)))
            {
                let phrases = |x: usize| {
                    t.kids(x, |r| matches!(r.universal(), Rel::Nmod | Rel::Obl))
                        .filter(|&c| c < w && t.has_case(c, |p| p == "for"))
                        .collect::<Vec<_>>()
                };
                return phrases(o)
                    .into_iter()
                    .chain(phrases(h))
                    .flat_map(|c| t.agents(c))
                    .collect();
            }
            if nonfinite && kept_from {
                if let Some(o) = t.kid(h, Rel::Obj) {
                    return t.agents(o);
                }
            }
            if nonfinite && subordinated {
                match t.kid(h, Rel::NsubjPass) {
                    Some(s) => t.agents(s),
                    None => subject_of(t, h, depth + 1),
                }
            } else {
                Vec::new()
            }
        }
        // "Turkey is on the verge of attacking": the subject of the copular noun
        _ if super::pending::imminent(t, w) => subject_of(t, h, depth + 1),
        Rel::Acl if t.xpos(w) == "VBG" => t.agents(h),
        // "its willingness to meet", "expressed willingness to meet": who is ready acts
        Rel::Acl if super::threats::ready_noun_of(t, w).is_some() => {
            match t.kid(h, Rel::NmodPoss) {
                Some(p) => t.agents(p),
                None => match t.head(h) {
                    Some(v) if t.rel(h) == Rel::Obj => subject_of(t, v, depth + 1),
                    _ => Vec::new(),
                },
            }
        }
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
pub(super) fn subject_of(t: &Tree, w: usize, depth: usize) -> Vec<usize> {
    // (the parser may take the subject of "is to visit" for that of a copula whose
    // predicate is a clause: "The president is to visit" as "The aim is to visit")
    let arranged = t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to")
        && t.kids(w, |r| r == Rel::Cop).any(|c| t.lemma(c) == "be");
    let subjects: Vec<usize> = t
        .kids(w, |r| r == Rel::Nsubj || arranged && r == Rel::NsubjOuter)
        .collect();
    if !subjects.is_empty() {
        // every subject: a list the parser split ("The US, Russia, and Switzerland met");
        // an adjective is no subject ("Chilean exports to China" misread as a clause)
        let mut out = Vec::new();
        // "After meeting Putin, Erdogan flew": a name right after a fronted participle
        // without an object is that participle's object, which the parser made a second
        // subject
        let object_of_fronted = |s: usize| {
            t.kids(w, |r| r == Rel::Advcl)
                .any(|a| fronted_object(t, a) == Some(s))
        };
        for &s in &subjects {
            if t.upos(s) == Upos::Adj || object_of_fronted(s) {
                continue;
            }
            let mut a = relative_antecedent(t, s).unwrap_or_else(|| t.agents(s));
            if a.is_empty() {
                a = issued_in(t, s);
            }
            for m in a {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        // "The head of the UN force, Maj. Gen. Aroldo Lazaro, urged": an office and its
        // holder the parser made two subjects are one person
        if subjects.len() == 2 && out.len() == 2 {
            let office = |m: usize| t.mentions[m].entity.id.starts_with("office:");
            let person = |m: usize| t.mentions[m].entity.kind == crate::model::Kind::Person;
            if office(out[0]) && person(out[1]) && !office(out[1]) {
                out.remove(0);
            }
        }
        return out;
    }
    if t.is_passive(w) {
        return agent_of(t, w);
    }
    inherited_subject(t, w, depth)
}

/// The verb of saying that the conjunct `w` belongs to, where the parser joined it to the
/// clause said instead ("Chile said the talks had failed and recalled its envoy", "said the
/// border was calm and held talks with"): `w` has no subject of its own, its first
/// conjunct is the complement of the verb of saying, and that conjunct's subject names no
/// actor (talks, a border, reports do not recall envoys).
pub(crate) fn joined_to_saying(t: &Tree, w: usize) -> Option<usize> {
    if t.rel(w) != Rel::Conj
        || t.upos(w) != Upos::Verb
        || t.kids(w, |r| r.is_subject()).next().is_some()
    {
        return None;
    }
    let h = t.head(w)?;
    let g = t.head(h).filter(|_| t.rel(h) == Rel::Ccomp)?;
    let s = t.kids(h, |r| r.is_subject()).next()?;
    let actor = |x: usize| {
        !t.agents(x).is_empty()
            || t.upos(x) == Upos::Pron
            || super::super::tree::people_noun(t.lemma(x))
    };
    (t.upos(g) == Upos::Verb && !actor(s) && t.kids(g, |r| r == Rel::Nsubj).any(actor)).then_some(g)
}

/// Nouns of what a government puts out in writing.
const DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "communique",
    "declaration",
    "dossier",
    "memorandum",
];

/// "A statement issued in Tehran accused", "a report released in the Rwandan capital
/// alleged": a document with no author named speaks for the state of the place it was
/// issued, released or published in (a named author wins: "a report released in London by
/// Amnesty" is Amnesty's).
fn issued_in(t: &Tree, doc: usize) -> Vec<usize> {
    if !DOCUMENTS.contains(&t.lemma(doc)) {
        return Vec::new();
    }
    for p in t.kids(doc, |r| r == Rel::Acl) {
        if !matches!(t.lemma(p), "issue" | "release" | "publish")
            || !matches!(t.xpos(p), "VBN" | "VBD")
        {
            continue;
        }
        if !agent_of(t, p).is_empty() || t.kids(p, |r| r == Rel::OblAgent).next().is_some() {
            return Vec::new();
        }
        for c in t.kids(p, |r| r.universal() == Rel::Obl) {
            if !t.has_case(c, |x| x == "in") {
                continue;
            }
            let mut a = t.actors_or_places(c);
            // "in the Rwandan capital": the capital of the state its adjective names
            if a.is_empty() && t.lemma(c) == "capital" {
                a.extend(t.actor(c));
            }
            if !a.is_empty() {
                return a;
            }
        }
    }
    Vec::new()
}

/// "the troops who attacked": a relative pronoun stands for the noun its clause modifies.
pub(super) fn relative_antecedent(t: &Tree, pron: usize) -> Option<Vec<usize>> {
    relative_noun(t, pron).map(|n| t.agents(n))
}

/// The noun a relative pronoun stands for ("which" of "the heights, which Israel took").
pub(super) fn relative_noun(t: &Tree, pron: usize) -> Option<usize> {
    if t.upos(pron) != Upos::Pron || !matches!(t.lemma(pron), "who" | "which" | "that" | "whom") {
        return None;
    }
    let clause = t.head(pron).filter(|&c| t.rel(c) == Rel::AclRelcl)?;
    t.head(clause)
}

/// The "by" agent of a passive.
pub(super) fn agent_of(t: &Tree, w: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for c in t.kids(w, |r| matches!(r, Rel::OblAgent | Rel::Obl)) {
        if t.rel(c) == Rel::OblAgent || t.has_case(c, |p| p == "by") {
            out.extend(t.agents(c));
        }
    }
    out
}

/// "A shell was fired at Israel from Gaza": a passive attack without its agent came from
/// the place it was fired from.
pub(super) fn fired_from(t: &Tree, w: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for c in t.kids(w, |r| r.universal() == Rel::Obl) {
        if t.has_case(c, |p| p == "from") {
            out.extend(t.actors_or_places(c));
        }
    }
    out
}

/// The actors acted on: the object (or a passive's subject), the indirect object, else the
/// objects of target prepositions on the predicate or on its object.
/// What the search for targets knows of a verb.
pub(super) struct Verb<'a> {
    /// The verb's word.
    pub(super) w: usize,
    /// Its object (a passive's subject).
    pub(super) obj: Option<usize>,
    /// Whether it is passive.
    pub(super) passive: bool,
    /// The word its entry needs ("with" of "meet with").
    pub(super) needs: Option<&'a str>,
    /// Whether its object decided its code ("lifted its embargo").
    pub(super) on_obj: bool,
    /// Prepositions that name a target for this kind of event beyond the usual ones.
    pub(super) extra: &'a [&'a str],
    /// Whether the event is one between partners (talks, meetings, agreements), whose
    /// partner a "with" phrase may name even when hung on an adjunct ("met for an hour
    /// with").
    pub(super) partners: bool,
    /// Whether the event is mutual (fight, meet): one does it with another, never "from"
    /// them ("fought two wars since independence from Britain").
    pub(super) mutual: bool,
    /// Whether it is a mutual act of talks or cooperation (meetings, agreements, trade),
    /// whose "on", "over" or "about" phrase says what it is about, never a partner ("a deal
    /// on Israel's withdrawal", "talks on Libyan oil"; not "a war on Iraq").
    pub(super) topical: bool,
    /// Whether where the thing acted on lies names whom it is done to (attacks, visits):
    /// "bombed a bridge in Chad", "visited a factory in Germany".
    pub(super) placed: bool,
    /// Whether its object is a thing, not an event the vocabulary knows ("standards",
    /// "missiles"; not "a visit by", whose parties are the event's).
    pub(super) thing_obj: bool,
    /// Whether the event asks something of someone (appeals, requests, demands: CAMEO 02x,
    /// 10x), whose object may be the act asked for ("urged sanctions on Russia").
    pub(super) asks: bool,
}

/// Whether the verb's object is a thing whose states are no party to the event: (met or
/// worked with, fired or used).
pub(super) fn things_no_party(t: &Tree, v: &Verb) -> (bool, bool) {
    let Verb {
        w,
        obj,
        passive,
        partners,
        placed,
        thing_obj,
        ..
    } = *v;
    if !thing_obj {
        return (false, false);
    }
    // one meets or works with people, not with the state of a thing: "strove to meet U.S.
    // complaints", "discussed the Iranian proposal" (a visit's place stays, "visited the
    // Chinese capital", and so do the parties of held talks, "U.S.-Japanese talks are held",
    // and those the thing's phrases name, "approved an arms sale to Iran")
    let thing_partner = obj.is_some_and(|o| {
        partners && !placed && !passive && t.mention_at(o).or(t.mention_inside(o)).is_none()
    });
    let means = obj.is_some_and(|o| {
        INSTRUMENT_VERBS.contains(&t.lemma(w))
            && t.upos(o) == Upos::Noun
            && t.mention_at(o).or(t.mention_inside(o)).is_none()
    });
    (thing_partner, means)
}

/// Nouns of the asking itself, whose "on" or "to" names who is asked ("its call on
/// Morocco"), unlike an act asked for ("sanctions on Russia").
const ASKING_NOUNS: &[&str] = &[
    "call",
    "appeal",
    "plea",
    "demand",
    "request",
    "pressure",
    "ultimatum",
];

/// Whether a verb of asking has for its object the act it asks for ("urged sanctions on
/// Russia", "called for an embargo"), not the asking itself ("repeated its call on Morocco"):
/// then that act's target is not the one asked.
pub(super) fn asks_for_act(t: &Tree, v: &Verb) -> bool {
    v.asks && !v.thing_obj && v.obj.is_some_and(|o| !ASKING_NOUNS.contains(&t.lemma(o)))
}

/// Whether a phrase names the target of an act asked for ("sanctions on Russia", "an
/// inquiry into the raids", "talks with Iran"); "from" still names who is asked ("demanded
/// an apology from Peru").
pub(super) fn act_target_phrase(t: &Tree, c: usize) -> bool {
    t.has_case(c, |p| matches!(p, "on" | "against" | "into" | "with"))
}

pub(super) fn targets(t: &Tree, v: &Verb, subjects: &[usize]) -> Vec<usize> {
    let Verb {
        w,
        obj,
        passive,
        needs,
        on_obj,
        extra,
        partners,
        mutual,
        topical,
        placed,
        ..
    } = *v;
    let mut out = Vec::new();
    // (the phrases of an act one asks for name that act's target, not whom one asks:
    // "urged sanctions on Russia", "called for an embargo on Libya")
    // ("repeated its call on Morocco": a call, an appeal or a demand is the asking, whose
    // "on" names who is asked)
    let asked_for = asks_for_act(t, v);
    // what one discusses or weighs is a topic: its partner is named by "with" alone
    let topic = TOPIC_VERBS.contains(&t.lemma(w));
    // the object's own possessor is mostly the subject ("lifted its embargo on Iran"): not
    // a target then
    let same = |m: &usize| {
        subjects
            .iter()
            .any(|&s| t.mentions[s].entity.id == t.mentions[*m].entity.id)
    };
    // what one fires, uses or deploys is the means, and the state that made or sold it no
    // one acted on: "fired Iranian missiles at Saudi Arabia", "used Russian weapons"
    let (thing_partner, means) = things_no_party(t, v);
    // what is said names no one acted on by what it is about: "rejected criticism of its
    // policy on Cyprus" rejects the critics, not Cyprus; they are its owner, adjective or
    // "from" or "by" phrase ("rejected Greek criticism", "criticism from Greece")
    // nor does an act of harm one condemns name its victims as the condemned: "condemned the
    // attack on Kenya" condemns the attackers, whom only its owner, adjective or "by" phrase
    // names ("the Somali attack on Kenya")
    let said = obj.filter(|&o| {
        SAID.contains(&t.lemma(o)) || CONDEMN.contains(&t.lemma(w)) && HARMS.contains(&t.lemma(o))
    });
    if let Some(o) = obj.filter(|_| !means) {
        let mut a = match relative_antecedent(t, o) {
            Some(a) => a,
            None if thing_partner => t.agents(o),
            None => t.actors_or_places(o),
        };
        a.retain(|m| !same(m));
        // an act asked for that is done to the ones its "of" names ("demanded the arrest of
        // Hamas militants") is not asked of them: whom it asks is named otherwise, if at all
        if asked_for && DONE_TO_OF.contains(&t.lemma(o)) {
            let patients: Vec<usize> = t
                .kids(o, |r| r.universal() == Rel::Nmod)
                .filter(|&c| t.has_case(c, |p| p == "of"))
                .flat_map(|c| t.actors(c))
                .collect();
            a.retain(|m| !patients.contains(m));
        }
        if let Some(o) = said {
            let sayers: Vec<usize> = t
                .children(o)
                .iter()
                .filter(|&&c| {
                    matches!(t.rel(c), Rel::NmodPoss | Rel::Amod | Rel::Compound)
                        || t.rel(c).universal() == Rel::Nmod
                            && t.has_case(c, |p| matches!(p, "from" | "by"))
                })
                .flat_map(|&c| t.actors(c))
                .collect();
            a.retain(|m| t.mention_at(o) == Some(*m) || sayers.contains(m));
        }
        // what one discusses is the topic, never a partner of the talks: the state whose aid
        // is talked over ("discussed Turkey's aid to Bosnia"), nor the state itself ("met
        // to discuss Iran"); the partner is named by "with"
        if !topic {
            out.extend(a);
        }
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
            // places where it happened ("clashed with Fatah in Gaza"), acted on only when
            // no one else is
            let mut at_place = Vec::new();
            for c in t.kids(x, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod)) {
                if t.rel(c) == Rel::OblAgent
                    || (passive && t.has_case(c, |p| p == "by"))
                    || why_or_how(t, c)
                    // (what the saying is about, which the parser may hang on the verb:
                    // "rejected criticism of its conduct on Cyprus")
                    || said.is_some()
                        && !on_object
                        && t.has_case(c, |p| matches!(p, "on" | "about" | "over" | "of"))
                {
                    continue;
                }
                // "urged sanctions on Russia": the asked-for act's target, on the act or
                // hung by the parser on the verb, is not whom one asks ("demanded an apology
                // from Peru" still asks Peru)
                if asked_for && act_target_phrase(t, c)
                    || topic && !t.has_case(c, |p| p == "with")
                    || topical && t.has_case(c, |p| super::ABOUT_PREPS.contains(&p))
                {
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
                            || (TARGET_PREPS.contains(&p)
                                && !(on_object && p == "from" && !on_obj)
                                && !(mutual && p == "from")
                                // (where one comes from is no place one goes to: "arrived
                                // in Lima from Quito")
                                && !(p == "from"
                                    && needs.is_some_and(|n| {
                                        matches!(n, "in" | "to" | "at" | "for" | "into")
                                    }))
                                // what one arms or equips with is what is given, its maker no
                                // party ("equipped itself with Chinese missiles")
                                && !(p == "with" && matches!(t.lemma(w), "arm" | "equip")))
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
                // (where the thing acted on lies is whom it is done to, for the kinds of event
                // whose place names a target: "bombed a bridge in Chad", "visited a factory in
                // Germany"; not "joined a strike in Germany")
                let placed = placed && on_object && t.has_case(c, |p| extra.contains(&p));
                let mut a = if (on_object && !on_obj && !placed) || t.has_case(c, |p| p == "with") {
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
                    // "tariffs on steel imported from Brazil", "a ban on oil shipped from
                    // Iran": where the thing comes from, through its participle
                    for d in t.kids(c, |r| r == Rel::Acl) {
                        if matches!(t.xpos(d), "VBN" | "VBD" | "VBG") {
                            for e in t.kids(d, |r| r.universal() == Rel::Obl) {
                                if t.has_case(e, |p| p == "from") {
                                    a.extend(t.actors_or_places(e));
                                }
                            }
                        }
                    }
                    a.retain(|m| !same(m));
                }
                let locative = t.has_case(c, |p| LOCATIVE.contains(&p))
                    && !t.has_case(c, |p| TARGET_PREPS.contains(&p) && !LOCATIVE.contains(&p));
                if locative {
                    at_place.extend(a);
                } else {
                    v.extend(a);
                }
            }
            if v.is_empty() {
                // a place in the actor's own state is only where it acted ("Iraqi troops
                // fought in northern Iraq"), not whom it acted on
                let home = |m: &usize| {
                    let c = t.mentions[*m].entity.country.as_deref();
                    c.is_some()
                        && subjects
                            .iter()
                            .any(|&s| t.mentions[s].entity.country.as_deref() == c)
                };
                at_place.retain(|m| !home(m));
                v = at_place;
            }
            v.retain(|m| !same(m));
            v
        };
        out.extend(phrase_on(w, false));
        // the phrases of a topic are the topic's ("discussed aid to Bolivia"), but for the
        // partner the parser hangs on it ("discussed the plan with Peru")
        if let Some(o) = obj.filter(|_| topic && out.is_empty()) {
            for c in t.kids(o, |r| r.universal() == Rel::Nmod) {
                if t.has_case(c, |p| p == "with") {
                    let mut a = t.agents(c);
                    a.retain(|m| !same(m));
                    out.extend(a);
                }
            }
        }
        if out.is_empty() && !topic && said.is_none() {
            if let Some(o) = obj {
                // (the means' phrases are the act's: "fired missiles at Saudi Arabia")
                out.extend(phrase_on(o, !means));
            }
        }
    }
    // "demanded that Israel release them": who is asked is the subject of what is asked
    if out.is_empty() {
        if let Some(c) = super::intent::asked_that(t, w) {
            if let Some(s) = t.kid(c, Rel::Nsubj) {
                let mut a = t.agents(s);
                a.retain(|m| !same(m));
                out.extend(a);
            }
        }
    }
    // "alleged that France knew": whom one accuses is the subject of what one alleges
    if out.is_empty() && matches!(t.lemma(w), "allege" | "charge") {
        for c in t.kids(w, |r| r == Rel::Ccomp) {
            for c in t.conjuncts(c) {
                for s in t.kids(c, |r| r == Rel::Nsubj) {
                    let mut a = t.agents(s);
                    a.retain(|m| !same(m) && !out.contains(m));
                    out.extend(a);
                }
            }
        }
    }
    out.dedup();
    out
}
