//! What a predicate's governing verbs say of it: wished for or asked of another ("wants
//! Riga to join"), attempted, or planned ("plans to send").

use super::super::tree::Tree;
use super::pending::{blocked, denied_report, imminent, permits, permitted_by, prospect, PROPOSAL};
use crate::syntax::Rel;

mod modal;
use modal::{agreed_purpose, ranked_act, ranked_first, weighed_or_planned};
pub(crate) use modal::{conditional, future_in_past, supposed};

/// Verbs whose infinitive is wished for, not done: "wants Russia to help", "urged Peru to
/// withdraw", "tried to seize".
pub(super) const WISH: &[&str] = &[
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
    "propose",
    "suggest",
    "encourage",
    "invite",
    "advise",
    "recommend",
    "persuade",
    "convince",
    // (warnings and orders to another: "warned Canadians not to travel to Haiti")
    "warn",
    "caution",
    "tell",
    "beg",
    "implore",
    // (and dares: "challenged Serbia to arrest the suspects")
    "challenge",
    "dare",
    "expect",
    "prefer",
    "need",
    // (adjectives: "is willing to mediate", "warships were available to escort"; and of
    // likelihood: "is likely to propose")
    "willing",
    "available",
    "eager",
    "likely",
    "unlikely",
];

/// Verbs whose passive passes on what others say of its subject: "is said to have sent",
/// "was reported to have", "is rumoured to", "is alleged to".
const HEARSAY: &[&str] = &[
    "say",
    "report",
    "rumour",
    "rumor",
    "allege",
    "think",
    "understand",
];

/// Verbs whose infinitive was attempted, its outcome unsaid: "tried to seize".
pub(super) const TRY: &[&str] = &["try", "attempt", "struggle", "plot", "conspire", "scheme"];

/// Nouns of an attempt: "an effort to", "a bid to".
const TRY_NOUNS: &[&str] = &["attempt", "effort", "bid", "try"];

/// Verbs of appeal whose attempt is the appeal made: one who tries, or makes an effort, to
/// persuade another has appealed to it ("tried to persuade Israel to withdraw", "efforts to
/// convince Iran to free the sailors").
pub(super) const PERSUADE: &[&str] = &[
    "persuade",
    "convince",
    "urge",
    "press",
    "pressure",
    "pressurise",
    "pressurize",
    "lobby",
    "coax",
    "induce",
    "prod",
    "nudge",
];

/// Verbs whose infinitive is planned or promised: "plans to send", "agreed to release".
pub(super) const PLAN: &[&str] = &[
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
    "seek",
    "wait",
    "due",
    "expect",
    "poise",
    "poised",
    "about",
    "ready",
    "prepared",
    "gear",
    "determined",
    "determine",
    "committed",
];

/// Verbs whose that-clause is promised, not done: "pledged that troops would leave".
const PROMISE: &[&str] = &[
    "pledge",
    "promise",
    "vow",
    "swear",
    "guarantee",
    "undertake",
];

/// Modifiers of an event noun that put it ahead: "the planned talks", "talks scheduled for
/// Thursday", "an upcoming visit".
const AHEAD: &[&str] = &[
    "plan",
    "planned",
    "propose",
    "proposed",
    "schedule",
    "scheduled",
    "upcoming",
    "forthcoming",
    "expect",
    "expected",
    "prospective",
    "impending",
    "imminent",
    "looming",
    "slate",
    "slated",
    "due",
];

/// Modifiers of an event noun that leave it open: "a possible meeting", "the alleged
/// attack".
const OPEN: &[&str] = &[
    "possible",
    "potential",
    "likely",
    "hypothetical",
    "alleged",
    "suspected",
    "rumoured",
    "rumored",
    // ("X, who ..., opposed talks between": the parser may hang the verb on its object
    // as a participle)
    "oppose",
];

/// Whether `w` is an infinitive that names what a noun is for ("a plan to expel", "a loan
/// to rebuild"): a purpose, not yet done.
fn noun_purpose(t: &Tree, w: usize) -> bool {
    t.rel(w) == Rel::Acl
        && t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to")
        && !t
            .head(w)
            .is_some_and(|n| tried_appeal(t, n, w) || ranked_first(t, n))
}

/// Whether `w` is an appeal that the noun `n` is an attempt at ("efforts to persuade Iran
/// to free them"): made, not only meant.
fn tried_appeal(t: &Tree, n: usize, w: usize) -> bool {
    TRY_NOUNS.contains(&t.lemma(n)) && PERSUADE.contains(&t.lemma(w))
}

/// Whether the act `w` names is, by its place in the tree alone, not (yet) done: on the
/// verge of it, allowed or attempted, or what a noun is for. The word-class matcher, which
/// sees none of this, must not make a fact of it.
pub(crate) fn unrealised(t: &Tree, w: usize) -> bool {
    unrealised_as(t, w).is_some() || unrealised_as(t, light_verb_of(t, w)).is_some()
}

/// Whether an event noun names what is still to come: what one acts "ahead of" or "in
/// advance of" ("spoke ahead of her visit to Moscow"; not a dated one, "ahead of the 2003
/// invasion"), or an event of next week, month or year, or of tomorrow ("next week's talks",
/// "the visit next month").
fn prospective(t: &Tree, x: usize) -> bool {
    if !t.upos(x).is_nominal() {
        return false;
    }
    let dated = t
        .kids(x, |r| matches!(r, Rel::Nummod | Rel::Compound | Rel::Amod))
        .any(|k| t.upos(k) == crate::syntax::Upos::Num);
    let ahead = t
        .kids(x, |r| r == Rel::Case)
        .any(|c| t.lemma(c) == "of" && c > 0 && matches!(t.lemma(c - 1), "ahead" | "advance"))
        || t.kids(x, |r| r == Rel::Case).any(|c| t.lemma(c) == "ahead");
    let next = |k: usize| {
        t.lemma(k) == "tomorrow"
            || matches!(t.lemma(k), "week" | "month" | "year")
                && t.kids(k, |r| matches!(r, Rel::Amod | Rel::Det))
                    .any(|a| matches!(t.lemma(a), "next" | "coming"))
    };
    let when = t
        .kids(x, |r| {
            matches!(
                r.universal(),
                Rel::Nmod | Rel::Obl | Rel::Compound | Rel::Amod
            )
        })
        .any(next);
    ahead && !dated || when
}

/// Whether a predicate is only wished for (hedged) or planned (future) by a verb it is the
/// infinitive of, however deep ("wants Russia to try to help").
pub(crate) fn wished(t: &Tree, w: usize) -> Option<crate::model::Modality> {
    if looked_forward_to(t, w) {
        return Some(crate::model::Modality::Future);
    }
    wished_at(t, w, 0)
}

/// Whether `w` is what someone looks forward to: "looking forward to his talks with Putin",
/// "looks forward to meeting Biden" are still to come.
fn looked_forward_to(t: &Tree, w: usize) -> bool {
    let to = t.case(w) == Some("to") || t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to");
    to && t.head(w).is_some_and(|h| {
        t.lemma(h) == "look" && t.children(h).iter().any(|&c| t.lemma(c) == "forward")
    })
}

/// The verb an event noun stands under as its object ("poised to launch an offensive",
/// "efforts to obtain a ceasefire"): where its modality is read; any other word itself.
fn light_verb_of(t: &Tree, w: usize) -> usize {
    match (t.rel(w), t.head(w)) {
        (Rel::Obj, Some(h)) if t.upos(w).is_nominal() => h,
        _ => w,
    }
}

fn wished_at(t: &Tree, w: usize, depth: usize) -> Option<crate::model::Modality> {
    let light = light_verb_of(t, w);
    if denied_report(t, light) {
        return Some(crate::model::Modality::Negated);
    }
    if depth < 3 {
        if let Some(h) = t.head(light) {
            // "will make a visit and hold talks", "should end the feud and sign": a verb
            // shares its first conjunct's future and modal (not "may doubt it, but it signed")
            if t.rel(light) == Rel::Conj
                && t.upos(light) == crate::syntax::Upos::Verb
                && t.shares_first_conjunct(light)
            {
                if t.kids(light, |r| r == Rel::Aux).next().is_none() {
                    if let Some(m) = modal_of(t, h) {
                        return Some(m);
                    }
                }
                if let Some(m) = wished_at(t, h, depth + 1) {
                    return Some(m);
                }
            }
            // "would respond by hitting the base": the means of an act is as sure as the act,
            // and so is what comes just before or after it ("is due to hold talks in Lima
            // before travelling to Quito")
            if t.rel(light) == Rel::Advcl
                && t.xpos(light) == "VBG"
                && t.kids(light, |r| r == Rel::Mark)
                    .any(|m| matches!(t.lemma(m), "by" | "before" | "after"))
            {
                if let Some(m) = governed(t, h, depth) {
                    return Some(m);
                }
            }
            // "prepares to visit Washington for talks": what a planned act is for
            if t.upos(w).is_nominal() && t.has_case(w, |p| p == "for") {
                // "would go to Cairo for talks", "will fly to Lima for talks": what the trip
                // is for is as sure as the trip
                if let Some(m) = governed(t, h, depth) {
                    return Some(m);
                }
                // "arrived in Lima for talks": what one came for is still to come (a "possible
                // clash" one heads for stays possible)
                if MOVE.contains(&t.lemma(h)) && !open_noun(t, w) {
                    return Some(crate::model::Modality::Future);
                }
            }
            // "talks will be held in Quito", "the meeting will take place at the border":
            // what an event noun will do, it will do
            if t.upos(w).is_nominal()
                && t.rel(w).is_subject()
                && !open_noun(t, w)
                && (future_in_past(t, h) || modal_of(t, h) == Some(crate::model::Modality::Future))
            {
                return Some(crate::model::Modality::Future);
            }
        }
    }
    for x in [w, light] {
        if let Some(m) = unrealised_as(t, x) {
            return Some(m);
        }
    }
    if agreed_purpose(t, light) {
        return Some(crate::model::Modality::Future);
    }
    if purpose_of_act(t, light) {
        return Some(crate::model::Modality::Hedged);
    }
    // "risked offending China", "risks angering Peru": what one risks may come of it
    if t.rel(light) == Rel::Xcomp
        && t.head(light)
            .is_some_and(|h| t.lemma(h) == "risk" && t.upos(h) == crate::syntax::Upos::Verb)
    {
        return Some(crate::model::Modality::Hedged);
    }
    // "it is possible that they will meet", "it is likely Chile will sign": only likely
    if matches!(t.rel(light).universal(), Rel::Ccomp | Rel::Csubj)
        && t.head(light).is_some_and(|h| {
            t.upos(h) == crate::syntax::Upos::Adj
                && matches!(
                    t.lemma(h),
                    "possible" | "likely" | "unlikely" | "probable" | "conceivable"
                )
        })
    {
        return Some(crate::model::Modality::Hedged);
    }
    // "it was reported that Norway sold", "it is alleged that": hearsay, as "reportedly"
    if t.rel(light) == Rel::Ccomp
        && t.head(light).is_some_and(|h| {
            (HEARSAY.contains(&t.lemma(h)) || t.lemma(h) == "believe")
                && t.is_passive(h)
                && t.kids(h, |r| r.is_subject() || r == Rel::Expl)
                    .any(|s| t.lemma(s) == "it")
        })
    {
        return Some(crate::model::Modality::Hedged);
    }
    // what one urges, demands, proposes, recommends or calls for is not yet done: "urged
    // sanctions on Russia", "proposed a joint inquiry", "appealed for talks with Iran"
    let asked_for =
        t.rel(w) == Rel::Obj || t.rel(w).universal() == Rel::Obl && t.has_case(w, |p| p == "for");
    if t.upos(w).is_nominal()
        && asked_for
        && t.head(w)
            .is_some_and(|h| WISH.contains(&t.lemma(h)) || t.lemma(h) == "appeal")
    {
        return Some(crate::model::Modality::Hedged);
    }
    // "a possible meeting", "the planned talks", "talks scheduled for Thursday"
    // (a light verb's event is its object noun's: "weighing a possible meeting")
    // (and what a quantity of it is: "two rounds of talks, scheduled for Thursday")
    let of_head = t
        .head(w)
        .filter(|_| t.rel(w).universal() == Rel::Nmod && t.has_case(w, |p| p == "of"));
    // (the object of a first conjunct is that verb's, not the act of the one joined to it:
    // "has dismissed any protest ..., and last year deported")
    let nouns = std::iter::once(w)
        .chain(t.kids(w, |r| r == Rel::Obj).filter(|_| depth == 0))
        .chain(of_head)
        .filter(|&n| t.upos(n).is_nominal());
    for n in nouns {
        let mods = || t.kids(n, |r| matches!(r.universal(), Rel::Amod | Rel::Acl));
        if mods().any(|m| OPEN.contains(&t.lemma(m))) {
            return Some(crate::model::Modality::Hedged);
        }
        // "any attack on Iran", "an invasion of Taiwan would be": an act supposed, not one
        // that happened (the head's modal speaks of it only when it is indefinite: "the
        // attack could raise prices" says what an attack done may do)
        let det = |d: &str| t.kids(n, |r| r == Rel::Det).any(|x| t.lemma(x) == d);
        let supposed = t.rel(n).is_subject()
            && t.head(n).is_some_and(|h| {
                t.kids(h, |r| r == Rel::Aux)
                    .any(|a| matches!(t.lemma(a), "would" | "could" | "might" | "may"))
            });
        if det("any") || supposed && (det("a") || det("an")) {
            return Some(crate::model::Modality::Hedged);
        }
        if mods().any(|m| AHEAD.contains(&t.lemma(m)) || AHEAD.contains(&t.norm(m))) {
            return Some(crate::model::Modality::Future);
        }
    }
    // "urged Paris to stop selling arms": what one is asked or plans to stop is going on
    if ongoing(t, light) {
        return None;
    }
    let mut x = light;
    let mut planned = false;
    for _ in 0..4 {
        // "pledged that it would withdraw"
        if t.rel(x) == Rel::Ccomp && t.head(x).is_some_and(|h| PROMISE.contains(&t.lemma(h))) {
            return Some(crate::model::Modality::Future);
        }
        // (or what one is pressed into, as sure as the pressing: "pressed Kyiv into paying"
        // is done, "to press Kyiv into paying" is meant)
        let into =
            t.rel(x) == Rel::Advcl && t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == "into");
        if !infinitive(t, x) && !into {
            break;
        }
        let h = t.head(x)?;
        // (pressing that is itself only meant leaves its end to come: "to press Kyiv into
        // paying", "tries to push Tokyo into buying")
        if into && infinitive(t, h) {
            return Some(crate::model::Modality::Hedged);
        }
        // "stirred up the crisis to force Greece to negotiate": what a purpose asks for
        if purpose_of_act(t, h) {
            return Some(crate::model::Modality::Hedged);
        }
        // "will operate there to fight": the purpose of what is yet to be done
        planned |= t
            .kids(h, |r| r == Rel::Aux)
            .any(|a| matches!(t.lemma(a), "will" | "shall"));
        // "offered its ships to escort the tankers": what is offered is meant, as what is
        // promised, if the other accepts
        if t.lemma(h) == "offer" {
            return Some(crate::model::Modality::Future);
        }
        // (but to try to persuade is to appeal already, "tried to persuade Israel to
        // withdraw")
        let tried_appeal = TRY.contains(&t.lemma(h)) && PERSUADE.contains(&t.lemma(x));
        // (what one "is expected to" do is planned: "is expected to visit Rabat", and so is
        // what one expects to do oneself, "expects to travel to Kampala"; what one expects
        // of another is hoped for: "expects Peru to withdraw")
        let expected = t.lemma(h) == "expect"
            && (t.is_passive(h) || t.kid(h, Rel::Obj).is_none() && t.rel(x) == Rel::Xcomp);
        if (WISH.contains(&t.lemma(h)) && !expected || TRY.contains(&t.lemma(h)))
            && !tried_appeal
            && !into
        {
            return Some(crate::model::Modality::Hedged);
        }
        // "is said to have sent", "was reported to have shipped": hearsay, as "reportedly"
        if HEARSAY.contains(&t.lemma(h)) && t.is_passive(h) {
            return Some(crate::model::Modality::Hedged);
        }
        // "welcomed calls for Niger to withdraw", "backed a plan at the summit to send": the
        // purpose of a proposal the parser hung on the verb is proposed, not done
        if t.rel(x) == Rel::Advcl
            && t.kids(h, |r| r == Rel::Obj)
                .any(|o| PROPOSAL.contains(&t.lemma(o)))
        {
            return Some(crate::model::Modality::Hedged);
        }
        planned |= PLAN.contains(&t.lemma(h));
        x = h;
    }
    planned.then_some(crate::model::Modality::Future)
}

/// Whether `x` is what an act is done for, which is meant, not said to be done ("shelled the
/// port to drive out the rebels", "sent frigates to escort the tankers"): an infinitive beside
/// the object of a verb that has one, unless that object is who acts in it ("forced Iraq to
/// leave"), the verb is a means ("used its veto to block") or governs the infinitive ("asked
/// it to", "plans to"). What a journey is for is as sure as the journey ("flew to Cairo to
/// meet", no object), and what will be done keeps its "will".
fn purpose_of_act(t: &Tree, x: usize) -> bool {
    let marked = |p: &str| t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == p);
    if t.rel(x) != Rel::Advcl || !marked("to") || marked("for") || t.kid(x, Rel::Nsubj).is_some() {
        return false;
    }
    let Some(h) = t
        .head(x)
        .filter(|&h| t.upos(h) == crate::syntax::Upos::Verb)
    else {
        return false;
    };
    let thing = t.kids(h, |r| r == Rel::Obj).any(|o| {
        t.upos(o) == crate::syntax::Upos::Noun
            && t.actor(o).is_none()
            && !permits(t.lemma(o))
            && !PROPOSAL.contains(&t.lemma(o))
    });
    let means = matches!(t.lemma(h), "use" | "employ" | "exploit" | "take" | "have");
    let governed = [WISH, TRY, PLAN].iter().any(|ws| ws.contains(&t.lemma(h)));
    thing && !means && !governed && modal_of(t, h).is_none() && !infinitive(t, h)
}

/// Verbs whose gerund or infinitive stops being done: "stopped approving contracts",
/// "ceased to supply".
pub(super) const STOP: &[&str] = &["stop", "cease", "halt", "quit", "discontinue", "end"];

/// Whether `w` is the gerund of a verb of stopping ("asked Paris to stop selling arms to
/// Iraq", "plans to cease funding the group"): what someone is asked, or plans, to stop is
/// going on, not itself asked for or planned.
pub(super) fn ongoing(t: &Tree, w: usize) -> bool {
    t.xpos(w) == "VBG" && t.head(w).is_some_and(|h| STOP.contains(&t.lemma(h)))
}

/// Verbs of holding oneself or another back from an act: "refrained from attacking",
/// "abstained from further strikes", "stopped Hamas from firing", "deterred Iran from".
const HOLD_BACK: &[&str] = &[
    "refrain", "abstain", "desist", "forbear", "stop", "keep", "deter", "dissuade", "restrain",
];

/// The modality a verb's modal auxiliary gives what shares its place: future after "will"
/// or "shall", hedged after "would", "could", "might", "may" or "should".
fn modal_of(t: &Tree, h: usize) -> Option<crate::model::Modality> {
    let aux = |ws: &[&str]| {
        t.kids(h, |r| r == Rel::Aux)
            .any(|a| ws.contains(&t.lemma(a)))
    };
    if aux(&["will", "shall"]) {
        Some(crate::model::Modality::Future)
    } else if aux(&["would", "could", "might", "may", "should"]) {
        Some(crate::model::Modality::Hedged)
    } else {
        None
    }
}

/// The modality a verb has of its own, from its auxiliary or the verbs that govern it
/// ("will threaten", "said it would threaten", "plans to threaten"); `None` when nothing
/// but its clause's attribution speaks of it ("has threatened to halt imports": the threat
/// is made, whatever it threatens).
pub(crate) fn own_modality(t: &Tree, v: usize) -> Option<crate::model::Modality> {
    told_of(t, v, || wished(t, v))
}

/// The modality a governing verb passes on to what depends on it: the future of a past
/// report, its modal, or what governs it in turn.
fn governed(t: &Tree, h: usize, depth: usize) -> Option<crate::model::Modality> {
    told_of(t, h, || wished_at(t, h, depth + 1))
}

/// A verb's modality: the future of a past report ("said it would"), else its modal, else
/// what `above` finds in the verbs that govern it.
fn told_of(
    t: &Tree,
    v: usize,
    above: impl FnOnce() -> Option<crate::model::Modality>,
) -> Option<crate::model::Modality> {
    if future_in_past(t, v) {
        return Some(crate::model::Modality::Future);
    }
    modal_of(t, v).or_else(above)
}

/// Whether an event noun is only supposed: "a possible clash", "any aggression".
fn open_noun(t: &Tree, n: usize) -> bool {
    t.kids(n, |r| matches!(r.universal(), Rel::Amod | Rel::Acl))
        .any(|m| OPEN.contains(&t.lemma(m)))
        || t.kids(n, |r| r == Rel::Det)
            .any(|d| matches!(t.lemma(d), "any" | "no"))
}

/// Verbs of going somewhere, whose purpose ("arrived for talks") is still to come.
const MOVE: &[&str] = &[
    "arrive", "come", "go", "travel", "fly", "head", "leave", "depart", "journey",
];

/// Whether a verb has a modal auxiliary ("will stop", "could refrain").
fn modal(t: &Tree, h: usize) -> bool {
    t.kids(h, |r| r == Rel::Aux).any(|a| {
        matches!(
            t.lemma(a),
            "will" | "would" | "shall" | "should" | "could" | "may" | "might" | "must"
        )
    })
}

/// The modality that `x`'s place alone gives it: on the verge of it (future), allowed or
/// attempted (hedged; refused: negated), what a noun is for (future), stopped (negated).
fn unrealised_as(t: &Tree, x: usize) -> Option<crate::model::Modality> {
    if imminent(t, x) || prospective(t, x) {
        return Some(crate::model::Modality::Future);
    }
    if let Some(m) = weighed_or_planned(t, x) {
        return Some(m);
    }
    if let Some(h) = t.head(x) {
        // what one opposes is not said to happen ("opposes talks between Athens and
        // Nicosia", "opposed the sale of jets to Georgia")
        if t.rel(x) == Rel::Obj && t.upos(x).is_nominal() && t.lemma(h) == "oppose" {
            return Some(crate::model::Modality::Hedged);
        }
        // what one does not say, show or confirm is not said ("did not confirm that Israel
        // had bombed Syria"; not a fact one did not know of, which is still one)
        let unsaid = matches!(
            t.lemma(h),
            "say"
                | "mean"
                | "show"
                | "confirm"
                | "indicate"
                | "suggest"
                | "prove"
                | "imply"
                | "signal"
        ) && t.negated(h);
        if t.rel(x) == Rel::Ccomp && unsaid {
            return Some(crate::model::Modality::Hedged);
        }
    }
    // what one holds back from is not done; what one is asked or means to hold back from
    // may still be ("urged Israel to refrain from striking")
    if let Some(h) = t.head(x).filter(|&h| HOLD_BACK.contains(&t.lemma(h))) {
        if t.kids(x, |r| matches!(r, Rel::Mark | Rel::Case))
            .any(|m| t.lemma(m) == "from")
        {
            return Some(if infinitive(t, h) || modal(t, h) {
                crate::model::Modality::Hedged
            } else {
                crate::model::Modality::Negated
            });
        }
    }
    // what has stopped is done no more; what one is asked or will stop still goes on
    // ("urged France to stop selling arms": France sells them)
    if matches!(t.rel(x), Rel::Xcomp | Rel::Advcl) && t.xpos(x) == "VBG" {
        if let Some(h) = t.head(x).filter(|&h| STOP.contains(&t.lemma(h))) {
            // ("asked France to curb ... and stop selling": the first conjunct's place)
            let first = first_conjunct(t, h);
            let asked = t
                .head(first)
                .is_some_and(|g| asked_that(t, g) == Some(first));
            let done = !infinitive(t, first) && !modal(t, h) && !asked;
            if done {
                return Some(crate::model::Modality::Negated);
            }
        }
    }
    // a clause of "for" and an infinitive proposes the act, it does not say it is done ("the
    // best option is for Germany to help Greece")
    let marked = |p: &str| t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == p);
    if marked("for") && marked("to") && t.kid(x, Rel::Nsubj).is_some() {
        return Some(crate::model::Modality::Hedged);
    }
    // what one is to do is arranged, not done ("was to meet the king", "is to visit Chile")
    // (the parser takes that "was" for a copula or an auxiliary; one after the "to" is
    // another thing: "to be signed")
    let to = t.kids(x, |r| r == Rel::Mark).find(|&m| t.lemma(m) == "to");
    if to.is_some_and(|to| {
        t.kids(x, |r| matches!(r, Rel::Cop | Rel::Aux))
            .any(|c| t.lemma(c) == "be" && c < to)
    }) {
        return Some(crate::model::Modality::Future);
    }
    // what one is keen on, open to, cool to or wary of doing is an attitude, not the act
    // ("is cool to meeting Arafat", "keen on visiting Japan")
    if matches!(
        t.rel(x).universal(),
        Rel::Advcl | Rel::Xcomp | Rel::Obl | Rel::Acl
    ) && t.xpos(x) == "VBG"
        && t.head(x)
            .is_some_and(|h| t.upos(h) == crate::syntax::Upos::Adj)
        && t.kids(x, |r| matches!(r, Rel::Mark | Rel::Case))
            .any(|m| matches!(t.lemma(m), "to" | "on" | "about" | "of" | "in"))
    {
        return Some(crate::model::Modality::Hedged);
    }
    let w = x;
    // allowed or attempted is not done ("gave Peru permission to send"); what a noun is for
    // is yet to be done ("a plan to expel")
    if let Some(n) = permitted_by(t, w).filter(|&n| !tried_appeal(t, n, w)) {
        // "would not give Peru permission to help": refused, so not done; nor is what one
        // gives up the right to ("waived its right to impose duties") or an invitation or
        // request turned down or taken back ("declined an invitation to visit")
        let refused = t.head(n).is_some_and(|v| {
            t.negated(v)
                || matches!(
                    t.lemma(v),
                    "waive"
                        | "renounce"
                        | "relinquish"
                        | "forgo"
                        | "forego"
                        | "surrender"
                        | "reject"
                        | "decline"
                        | "refuse"
                        | "withdraw"
                        | "retract"
                        | "rescind"
                        | "revoke"
                        | "cancel"
                )
        });
        return Some(if refused {
            crate::model::Modality::Negated
        } else {
            crate::model::Modality::Hedged
        });
    }
    // what no one does is not done: "none of the ships were attacked", "no troops crossed"
    // (or of the verb it completes: "none of the ships are known to have been attacked")
    let mut v = x;
    for _ in 0..3 {
        if t.kids(v, |r| r.is_subject()).any(|s| {
            matches!(t.lemma(s), "none" | "nobody" | "neither")
                || t.kids(s, |r| r == Rel::Det)
                    .any(|d| matches!(t.lemma(d), "no" | "neither"))
        }) {
            return Some(crate::model::Modality::Negated);
        }
        match t.head(v) {
            Some(h) if t.rel(v) == Rel::Xcomp => v = h,
            _ => break,
        }
    }
    // what is blocked, vetoed or prevented is not done: "vetoed a resolution to impose
    // sanctions", "would block a move to expel", "prevented Iran from acquiring"
    if blocked(t, w) {
        return Some(crate::model::Modality::Negated);
    }
    if let Some(m) = ranked_act(t, w) {
        return Some(m);
    }
    if noun_purpose(t, w) {
        return Some(crate::model::Modality::Future);
    }
    if prospect(t, w) {
        return Some(crate::model::Modality::Hedged);
    }
    None
}

/// Verbs whose that-clause says what another is asked to do.
const ASK_THAT: &[&str] = &[
    "demand",
    "insist",
    "urge",
    "ask",
    "request",
    "propose",
    "recommend",
    "suggest",
    "require",
];

/// The that-clause of a verb of asking that says what another is to do: "demanded that
/// Israel release", "insisted that Chile should withdraw" (the subjunctive's bare verb, or
/// "should"), with a subject of its own.
pub(crate) fn asked_that(t: &Tree, w: usize) -> Option<usize> {
    if !ASK_THAT.contains(&t.lemma(w)) {
        return None;
    }
    t.kids(w, |r| r == Rel::Ccomp).find(|&c| {
        t.kid(c, Rel::Nsubj).is_some()
            && (t.xpos(c) == "VB" && t.kids(c, |r| r == Rel::Aux).next().is_none()
                || t.kids(c, |r| r == Rel::Aux).any(|a| t.lemma(a) == "should"))
    })
}

/// The first of the coordinated verbs `w` is one of ("curb ... and stop selling": curb),
/// whose place in the sentence the others share; `w` itself when it is no conjunct.
pub(crate) fn first_conjunct(t: &Tree, w: usize) -> usize {
    let mut x = w;
    while t.rel(x) == Rel::Conj {
        match t.head(x) {
            Some(h) => x = h,
            None => break,
        }
    }
    x
}

/// Whether a word is the infinitive complement of its head: `xcomp`, or the adverbial clause
/// with "to" the parser hangs some of them as ("waiting to meet", "asking X to help").
pub(super) fn infinitive(t: &Tree, x: usize) -> bool {
    t.rel(x) == Rel::Xcomp
        || t.rel(x) == Rel::Advcl && t.kids(x, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to")
}
