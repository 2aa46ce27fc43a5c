//! The actors of an event noun by its dependents: the possessors, adjectives and phrases
//! ("Russia's invasion of Ukraine", "a Turkish drone strike on", "talks between A and B"),
//! the verb it is an adjunct of, who claims it, and where it happens.
use super::super::tree::Tree;
use super::roles::{subject_of, TARGET_PREPS};
use crate::syntax::{Rel, Upos};

/// The actors of an event noun: (acting, acted on). "Russia's invasion of Ukraine", "a
/// Turkish drone strike on", "the attack by rebels on", "talks between A and B". A
/// `topical` noun (talks, a deal: [`super::topical`]) has in its "on", "over" or "about"
/// phrase what it is about, not a party ("a deal on Israel's withdrawal").
pub(super) fn noun_actors(t: &Tree, w: usize, topical: bool) -> (Vec<usize>, Vec<usize>) {
    let mut subj = Vec::new();
    let mut obj = Vec::new();
    let mut between = Vec::new();
    // a capital before a noun that has an owner is where it happens: "Shultz's Moscow
    // talks with Shevardnadze" (Moscow meets no one)
    let owned = t.kid(w, Rel::NmodPoss).is_some();
    for c in t.kids(w, |r| {
        matches!(r, Rel::NmodPoss | Rel::Amod | Rel::Compound)
    }) {
        if let Some(m) = t.mention_at(c).or_else(|| t.mention_inside(c)) {
            let venue = owned
                && t.rel(c) == Rel::Compound
                && t.mentions[m].via
                    == crate::recognize::Via::Alias(crate::lexicon::AliasType::Capital);
            if t.is_actor(m) && !venue {
                subj.push(m);
            }
        }
    }
    let mut of = Vec::new();
    let mut from = Vec::new();
    for c in t.kids(w, |r| r.universal() == Rel::Nmod) {
        match t.case(c) {
            // (a noun whose own modifier names who acts has its agent: a "by" after it
            // belongs to another noun, "confirmation of a U.S. attack by the minister")
            Some("by") if subj.is_empty() => subj.extend(t.actors(c)),
            Some("by") => {}
            Some("between" | "among") => between.extend(t.actors(c)),
            // "talks on a ceasefire between A and B": the parties of the talks, hung on
            // their topic
            Some(p)
                if super::ABOUT_PREPS.contains(&p)
                    && (topical || super::ABOUT.contains(&t.lemma(w))) =>
            {
                for d in t.kids(c, |r| r.universal() == Rel::Nmod) {
                    if matches!(t.case(d), Some("between" | "among")) {
                        between.extend(t.actors(d));
                    }
                }
            }
            // "a meeting of EC foreign ministers", "the summit of NATO": the body whose
            // meeting it is holds it; who attends does not meet the body
            Some("of") if GATHERINGS.contains(&t.lemma(w)) => of.extend(
                t.actors_or_places(c)
                    .into_iter()
                    .filter(|&m| !international_body(t, m)),
            ),
            Some("of") => of.extend(t.actors_or_places(c)),
            // (an international body "at" which it happens is where, not whom: "its support
            // at the United Nations", "talks at the IMF")
            // (and a place "at" which people meet or talk is where they meet: "the OPEC
            // meeting at Vienna" meets no Austria)
            Some("at") => {
                let at = if topical || GATHERINGS.contains(&t.lemma(w)) {
                    t.actors(c)
                } else {
                    t.actors_or_places(c)
                };
                obj.extend(at.into_iter().filter(|&m| !international_body(t, m)))
            }
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

/// Nouns of a body's gathering: their "of" phrase names the body that holds it.
const GATHERINGS: &[&str] = &[
    "meeting",
    "summit",
    "session",
    "conference",
    "gathering",
    "assembly",
    "congress",
    "convention",
    "forum",
];

/// Whether a mention is an international body (an organisation of no one state).
fn international_body(t: &Tree, m: usize) -> bool {
    let e = &t.mentions[m].entity;
    e.kind == crate::model::Kind::Organization && e.country.is_none()
}

/// The verb a noun is an adjunct of ("after talks with", "for a visit to"): the noun is an
/// oblique of the verb, or of a noun that is.
pub(super) fn adjunct_of_verb(t: &Tree, w: usize) -> Option<usize> {
    // a phrase of time the parser hung on the verb's object is the verb's: "reopened the
    // road after last week's talks with Jordan"
    if t.rel(w).universal() == Rel::Nmod
        && t.has_case(w, |p| {
            matches!(p, "after" | "following" | "before" | "during")
        })
    {
        let h = t.head(w)?;
        let v = t.head(h).filter(|&v| t.upos(v) == Upos::Verb);
        if matches!(t.rel(h), Rel::Obj | Rel::Nsubj | Rel::NsubjPass) && v.is_some() {
            return v;
        }
    }
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

/// Who claims responsibility for an attack named by a noun: the subject of "claim", "take"
/// or "accept" whose object is "responsibility for" the noun.
pub(super) fn claimant(t: &Tree, noun: usize) -> Vec<usize> {
    let Some(h) = t.head(noun) else {
        return Vec::new();
    };
    // "responsibility for the attack", or "claimed responsibility" with "for the attack"
    // hung on the verb
    let verb = if t.lemma(h) == "responsibility" && t.rel(h) == Rel::Obj {
        t.head(h)
    } else if t
        .kids(h, |r| r == Rel::Obj)
        .any(|o| t.lemma(o) == "responsibility")
    {
        Some(h)
    } else {
        None
    };
    match verb {
        Some(v) if matches!(t.lemma(v), "claim" | "take" | "accept" | "admit" | "assume") => {
            subject_of(t, v, 0)
        }
        _ => Vec::new(),
    }
}

/// The places of an event noun's phrases with these prepositions ("a protest in Beijing").
/// Or the places of the thing it is on: "an attack on a market in Pakistan".
pub(super) fn noun_places(t: &Tree, w: usize, preps: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for c in t.kids(w, |r| r.universal() == Rel::Nmod) {
        if t.has_case(c, |p| preps.contains(&p)) {
            out.extend(t.actors_or_places(c));
        }
    }
    if out.is_empty() {
        for c in t.kids(w, |r| r.universal() == Rel::Nmod) {
            if t.has_case(c, |p| {
                TARGET_PREPS.contains(&p) && p != "from" && p != "with"
            }) {
                for d in t.kids(c, |r| r.universal() == Rel::Nmod) {
                    if t.has_case(d, |p| preps.contains(&p)) {
                        out.extend(t.actors_or_places(d));
                    }
                }
            }
        }
    }
    out
}

/// Nouns of answering an act in kind: "in retaliation for", "in reprisal for".
const REPRISAL: &[&str] = &["retaliation", "reprisal", "revenge", "response"];

/// Who did the act that an act of force answers: the acting side of the event noun after
/// "in retaliation for", "in reprisal for", "in response to" (on the verb, on its object, or
/// hung by the parser beside the reprisal noun).
pub(super) fn retaliated(t: &Tree, w: usize, obj: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for x in std::iter::once(w).chain(obj) {
        let phrases: Vec<usize> = t
            .kids(x, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod))
            .collect();
        for &c in &phrases {
            if !REPRISAL.contains(&t.lemma(c)) || !t.has_case(c, |p| p == "in") {
                continue;
            }
            let answered = t
                .kids(c, |r| r.universal() == Rel::Nmod)
                .chain(phrases.iter().copied().filter(|&d| d > c))
                .filter(|&d| t.has_case(d, |p| matches!(p, "for" | "to")));
            for d in answered {
                out.extend(noun_actors(t, d, false).0);
            }
        }
    }
    out
}

/// Whether an event noun is the act that its teller's own side answered: the object of a
/// verb of defence ("said it repelled a Turkish attack") or what a reprisal is for ("struck
/// back in retaliation for a Turkish drone strike", "in response to attacks by"). Told so,
/// the act explains the teller's deed; it is not held against the other side as a charge.
pub(crate) fn answered_act(t: &Tree, w: usize) -> bool {
    if t.upos(w) != Upos::Noun {
        return false;
    }
    let Some(h) = t.head(w) else {
        return false;
    };
    let defended = t.rel(w) == Rel::Obj && super::roles::DEFENCE.contains(&t.lemma(h));
    let answered = t.has_case(w, |p| matches!(p, "for" | "to"))
        && (REPRISAL.contains(&t.lemma(h))
            || t.kids(h, |r| matches!(r.universal(), Rel::Obl | Rel::Nmod))
                .any(|c| c < w && REPRISAL.contains(&t.lemma(c))));
    defended || answered
}

/// Whether an event noun has a year or a month of its own ("the 1949 agreement", "the war
/// of 1812", "an accord between A and B in December"): it names its making or its start,
/// told as past.
pub(super) fn dated(t: &Tree, w: usize) -> bool {
    let time = |c: usize| {
        let n = t.norm(c);
        n.len() == 4 && n.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
            || crate::shared::civil::month_number(&n.to_lowercase()).is_some()
    };
    t.children(w)
        .iter()
        .any(|&c| time(c) || t.children(c).iter().any(|&d| time(d)))
}

/// Whether a noun of a standing state (a war, a fight, backing, sanctions in force, an
/// alliance) only names it in passing, as the background of what the sentence tells: the
/// frame of a clause ("neutral in the war between A and B", "died in the rebels' long fight
/// against C", "a backer of A in its war with B"), a noun's dependent ("pressing for an end to
/// the war between A and B", "evidence of A's support for B") or an item of a list ("three
/// obstacles: A's support for B, ..."). Such a state is no event of the news. What a verb
/// takes as its own is ("thanked A for its support", "called for an embargo on B"), and so
/// is what a noun of danger or hope names ("the danger of a war between A and B"), a noun of
/// its start ("the imposition of sanctions on", "the outbreak of war between"), a state with
/// a year or month ("the 1995 war between A and B"), and one that is the subject, object or
/// root of a clause ("A's support for B has grown", "pledged its support for"), unless it is
/// told by its age ([`aged`]: "the 30-year war between A and B killed thousands").
pub(super) fn standing_in_passing(t: &Tree, w: usize) -> bool {
    const STANDING: &[&str] = &[
        "war",
        "warfare",
        "fight",
        "conflict",
        "hostility",
        "insurgency",
        "struggle",
        "support",
        "backing",
        "sanction",
        "embargo",
        "blockade",
        "occupation",
        "alliance",
        "cooperation",
        "aid",
        "assistance",
    ];
    // the prepositions of a clause's frame: in, during or since a war, or hurt by it
    // (not "fighting", which names the clashes of a day: "killed in fighting between")
    const FRAME: &[&str] = &[
        "in",
        "during",
        "amid",
        "amidst",
        "despite",
        "throughout",
        "since",
        "over",
        "by",
    ];
    // the nouns whose dependent is an event of its own: its start or change, or what is
    // feared, hoped for or weighed
    const OWNING: &[&str] = &[
        "imposition",
        "outbreak",
        "start",
        "beginning",
        "launch",
        "declaration",
        "escalation",
        "resumption",
        "renewal",
        "expansion",
        "tightening",
        "intensification",
        "danger",
        "risk",
        "threat",
        "prospect",
        "possibility",
        "fear",
        "spectre",
        "specter",
        "likelihood",
        "chance",
        "hope",
    ];
    // (or a gerund with an owner, which the tagger may take for a verb: "the emirate's
    // backing for Iraq")
    const GERUND: &[&str] = &["back", "support", "fight", "aid", "assist", "occupy"];
    let gerund =
        t.xpos(w) == "VBG" && t.kid(w, Rel::NmodPoss).is_some() && GERUND.contains(&t.lemma(w));
    if !(STANDING.contains(&t.lemma(w)) && t.upos(w) == Upos::Noun || gerund) || dated(t, w) {
        return false;
    }
    if aged(t, w) {
        return true;
    }
    let x = super::intent::first_conjunct(t, w);
    let Some(h) = t.head(x) else {
        // (a root with a preposition of its own is a phrase the parser could not hang on
        // the clause's verb: "angry over A's backing for B, C closed the border")
        return t.kid(x, Rel::Case).is_some();
    };
    let framed = || t.case(x).is_some_and(|p| FRAME.contains(&p));
    match t.rel(x).universal() {
        Rel::Obl => framed(),
        Rel::Nmod => framed() || t.upos(h) == Upos::Noun && !OWNING.contains(&t.lemma(h)),
        Rel::Appos | Rel::List => true,
        // (a noun hung beside a clause, as the parser may hang an apposition: "cite one
        // obstacle, A's support for B")
        Rel::Parataxis => t.kid(x, Rel::Nsubj).is_none() && t.kid(x, Rel::Cop).is_none(),
        _ => false,
    }
}

/// Whether a noun of a standing state is told by its age or length in years: "the 30-year
/// war between A and B", "the 12-year-old conflict", "the decades-long dispute", "a
/// long-running insurgency", "the protracted war". A state that old is the background of
/// any sentence that names it, wherever it stands ("the 30-year war between A and B killed
/// thousands"); a war of days is told as news ("the two-day war ... ended on Monday").
fn aged(t: &Tree, w: usize) -> bool {
    const SPAN: &[&str] = &["year", "decade", "century", "generation"];
    const LONG: &[&str] = &[
        "long-running",
        "longstanding",
        "long-standing",
        "protracted",
        "lengthy",
        "age-old",
        "long",
    ];
    t.kids(w, |r| matches!(r, Rel::Amod | Rel::Compound | Rel::Nummod))
        .any(|c| {
            let mut stack = vec![c];
            let mut found = false;
            while let Some(x) = stack.pop() {
                found |= SPAN.contains(&t.lemma(x)) || LONG.contains(&t.norm(x));
                stack.extend(t.children(x).iter().copied());
            }
            found
        })
}

/// Whether talks are said to be stuck: the talks of an impasse or a deadlock ("the impasse
/// in negotiations between A and B"), or talks that are deadlocked, stalled or frozen
/// ("talks between A and B have been deadlocked since 2019", "the talks are at a
/// standstill"). A stuck process is a state, and no meeting of the news; talks that resume,
/// begin or end are.
pub(super) fn stuck_talks(t: &Tree, w: usize) -> bool {
    const TALKS: &[&str] = &["talk", "talks", "negotiation", "dialogue", "discussion"];
    const STUCK: &[&str] = &[
        "impasse",
        "deadlock",
        "deadlocked",
        "stalemate",
        "stalemated",
        "standstill",
        "logjam",
        "stall",
        "stalled",
        "freeze",
        "frozen",
        "stuck",
        "stick",
    ];
    if !TALKS.contains(&t.lemma(w)) || t.upos(w) != Upos::Noun {
        return false;
    }
    let x = super::intent::first_conjunct(t, w);
    let Some(h) = t.head(x) else { return false };
    let stuck = || STUCK.contains(&t.lemma(h));
    match t.rel(x).universal() {
        // "the impasse in talks", "a deadlock of the negotiations"
        Rel::Nmod => t.upos(h) == Upos::Noun && stuck(),
        // "talks have been deadlocked", "the talks stalled", "talks are at an impasse"
        Rel::Nsubj | Rel::NsubjPass => stuck(),
        _ => false,
    }
}

/// Nouns of an accord that states make, sign, keep or break.
const ACCORD_NOUNS: &[&str] = &["agreement", "accord", "pact", "treaty", "deal"];

/// Whether a noun of an accord is one that is kept, broken or watched ("violated the
/// agreements between A and B", "respected the accord", "will oversee the truce"): an
/// accord made before, not its signing.
pub(super) fn kept_accord(t: &Tree, w: usize) -> bool {
    // (besides the accords one signs, the truces one keeps)
    const TRUCES: &[&str] = &["truce", "ceasefire", "armistice"];
    // (besides the verbs of keeping or watching it, those of breaking, dropping or
    // abiding by it)
    const BREAK: &[&str] = &["break", "abide", "scrap", "abandon", "undermine", "flout"];
    (ACCORD_NOUNS.contains(&t.lemma(w)) || TRUCES.contains(&t.lemma(w)))
        && matches!(t.rel(w), Rel::Obj | Rel::NsubjPass)
        && t.head(w).is_some_and(|h| {
            let l = t.lemma(h);
            crate::extract::tree::KEEP_OR_WATCH.contains(&l) || BREAK.contains(&l)
        })
}

/// Whether a noun of an accord only names it, no one acting on it: neither the object of a
/// verb ("signed a pact", "rejected the deal"), nor what a passive does ("the accord was
/// signed"), nor made in a participle of its own ("the treaty signed in May"). "Iraq's pact
/// with the UN gives it the right", "ties strained by a military accord between A and B",
/// "an architect of the peace treaty with Egypt": a standing accord, no event of signing. An
/// accord of a year or month is one made then ("the 1949 agreement between A and B").
pub(super) fn accord_named(t: &Tree, w: usize) -> bool {
    if !ACCORD_NOUNS.contains(&t.lemma(w)) && t.lemma(w) != "memorandum" {
        return false;
    }
    let x = super::intent::first_conjunct(t, w);
    let acted_on = matches!(t.rel(x), Rel::Obj | Rel::NsubjPass | Rel::Iobj)
        && t.head(x).is_some_and(|h| t.upos(h) == Upos::Verb);
    let made = t
        .kids(w, |r| matches!(r.universal(), Rel::Acl | Rel::Amod))
        .any(|c| t.upos(c) == Upos::Verb && t.xpos(c) == "VBN");
    // (an accord of a year or month is its making, told as past: "the 1949 agreement
    // between A and B", "an accord between A and B in December")
    !acted_on && !made && !dated(t, w)
}
