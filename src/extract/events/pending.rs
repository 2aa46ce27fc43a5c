//! Acts that a word above them holds off, so that they are not (yet) done: allowed or asked
//! for ("permission to send"), about to happen ("on the verge of attacking"), what a noun of
//! prospect is for or of ("a condition for resuming talks"), or kept from being done
//! ("vetoed a resolution to impose sanctions", "prevented Iran from acquiring"); and what a
//! denied report says ("denied a report that Libya was refusing visas").

use super::super::tree::Tree;
use crate::syntax::Rel;

/// Nouns that allow an act without its being done: "gave Peru permission to fly over", "a
/// chance to attack", "an attempt to seize" (and those of [`ASKING`]: see [`permits`]).
const PERMIT: &[&str] = &[
    "permission",
    "approval",
    "authorization",
    "authorisation",
    "right",
    "licence",
    "license",
    "mandate",
    "clearance",
    "consent",
    "go-ahead",
    "chance",
    "opportunity",
    "attempt",
    "effort",
    "bid",
    "power",
    "authority",
];

/// Nouns that ask for an act, not yet done, whose owner is the one who asks; the one asked
/// acts ("an invitation to Putin to visit Paris", "an appeal to Iran to free them", "a
/// warning to Americans not to travel to Iran", "orders to the army to withdraw").
pub(super) const ASKING: &[&str] = &[
    "invitation",
    "request",
    "appeal",
    "plea",
    "ultimatum",
    "warning",
    "order",
    "instruction",
];

/// Whether the noun `lemma` allows or asks for an act without its being done ([`PERMIT`],
/// [`ASKING`]).
pub(super) fn permits(lemma: &str) -> bool {
    PERMIT.contains(&lemma) || ASKING.contains(&lemma)
}

/// The noun that allows the act of the infinitive `w` ("permission to send", or "gave
/// permission to Peru to help" where the parser hangs the infinitive on the verb).
pub(super) fn permitted_by(t: &Tree, w: usize) -> Option<usize> {
    if !t.kids(w, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to") {
        return None;
    }
    let h = t.head(w)?;
    match t.rel(w) {
        Rel::Acl if permits(t.lemma(h)) => Some(h),
        Rel::Advcl | Rel::Xcomp => t.kids(h, |r| r == Rel::Obj).find(|&o| permits(t.lemma(o))),
        _ => None,
    }
}

/// Nouns of what is about to happen: "on the verge of attacking", "on the brink of war".
pub(super) const VERGE: &[&str] = &["verge", "brink", "threshold", "eve", "cusp"];

/// Whether `w` is what a noun of imminence is on the verge of ("the verge of attacking").
pub(super) fn imminent(t: &Tree, w: usize) -> bool {
    let Some(h) = t.head(w) else { return false };
    matches!(t.rel(w).universal(), Rel::Acl | Rel::Nmod)
        && VERGE.contains(&t.lemma(h))
        && t.kids(w, |r| matches!(r, Rel::Mark | Rel::Case))
            .any(|m| t.lemma(m) == "of")
}

/// Nouns of what may come of something: what they are for or of may yet happen.
const PROSPECT: &[&str] = &[
    "condition",
    "precondition",
    "prerequisite",
    "requirement",
    "way",
    "path",
    "door",
    "groundwork",
    "prospect",
    "hope",
    "chance",
    "possibility",
    "likelihood",
    "risk",
    "danger",
    "fear",
];

/// Whether `w` is what a noun of prospect is for or of: "a condition for resuming talks
/// with", "would open the way for summit talks between", "hopes of a meeting with".
pub(super) fn prospect(t: &Tree, w: usize) -> bool {
    let Some(h) = t.head(w) else { return false };
    matches!(t.rel(w).universal(), Rel::Nmod | Rel::Acl | Rel::Advcl)
        && PROSPECT.contains(&t.lemma(h))
        && t.kids(w, |r| matches!(r, Rel::Mark | Rel::Case))
            .any(|m| matches!(t.lemma(m), "for" | "of" | "to"))
}

/// Verbs that keep an act from being done.
const BLOCK: &[&str] = &[
    "block", "veto", "thwart", "foil", "prevent", "defeat", "reject", "scuttle", "torpedo", "bar",
    "forbid", "prohibit", "ban",
];

/// Nouns of what is proposed to be done: their infinitive is what they propose.
pub(super) const PROPOSAL: &[&str] = &[
    "move",
    "resolution",
    "bill",
    "proposal",
    "plan",
    "attempt",
    "bid",
    "effort",
    "motion",
    "measure",
    "draft",
    "initiative",
    "request",
    "call",
    "demand",
    "idea",
];

/// Whether the act `w` names lies under a verb that keeps it from being done: as the
/// purpose of its object ("vetoed a resolution to impose sanctions"), its object's clause
/// ("blocked a bill condemning Iran"), or its complement ("prevented Iran from acquiring").
pub(super) fn blocked(t: &Tree, w: usize) -> bool {
    let mut x = w;
    for _ in 0..3 {
        // (an adverbial clause is the blocking verb's own circumstance, "vetoed it while
        // the others supported him", unless it is what is kept from being done, "from
        // acquiring", or the purpose of a proposal it blocks hung on the verb, "block a move
        // in the Council to impose")
        let Some(h) = t.head(x) else { return false };
        // (so is one a passive verb keeps from happening: "the visit was cancelled")
        if x == w && t.rel(x) == Rel::NsubjPass {
            return kept_from_happening(t, w, h);
        }
        let mark = |p: &str| {
            t.kids(x, |r| matches!(r, Rel::Mark | Rel::Case))
                .any(|m| t.lemma(m) == p)
        };
        let content = t.rel(x).universal() == Rel::Advcl
            && (mark("from")
                || mark("to")
                    && t.kids(h, |r| r == Rel::Obj)
                        .any(|o| PROPOSAL.contains(&t.lemma(o))));
        // (a clause on the object with a doer of its own tells what was done to or with
        // it, no content the blocking keeps from being: "rejected the loan Chile had
        // promised"; "vetoed a resolution that would impose" has the resolution as its
        // subject)
        let told_of = t.rel(x).universal() == Rel::Acl
            && t.kids(x, |r| matches!(r, Rel::Nsubj | Rel::NsubjPass))
                .any(|s| t.upos(s) != crate::syntax::Upos::Pron);
        if !(matches!(
            t.rel(x).universal(),
            Rel::Acl | Rel::Xcomp | Rel::Nmod | Rel::Obj
        ) || content)
            || told_of
        {
            return false;
        }
        // (an event noun the verb takes as its object: only one it keeps from happening)
        if x == w && t.rel(x) == Rel::Obj {
            return kept_from_happening(t, w, h);
        }
        if t.upos(h) == crate::syntax::Upos::Verb && BLOCK.contains(&t.lemma(h)) {
            return true;
        }
        x = h;
    }
    false
}

/// Verbs whose object is kept from happening at all: "prevented an attack on", "averted a
/// war with", "thwarted a deal between".
const PREVENT: &[&str] = &[
    "prevent",
    "avert",
    "forestall",
    "preclude",
    "thwart",
    "foil",
];

/// Verbs whose object, an accord or a meeting, is kept from being made, and an assault
/// from going on (which it did: "blocked a Russian advance").
const STOP_MAKING: &[&str] = &["block", "veto", "scuttle", "torpedo"];

/// Nouns of an armed move, which a block stops after it began.
const ASSAULTS: &[&str] = &[
    "attack",
    "offensive",
    "advance",
    "assault",
    "incursion",
    "raid",
    "invasion",
    "push",
    "onslaught",
];

/// Verbs whose object, a planned act, is not done when planned: "cancelled the visit",
/// "postponed the talks", "called off the meeting".
const CALL_OFF: &[&str] = &["cancel", "postpone", "defer", "scrap", "shelve", "delay"];

/// Whether the event noun `w`, the object of the verb `h`, is kept from happening by it
/// ("prevented an attack by X on Y", "blocked a deal between X and Y", "postponed his visit
/// to Z"): not done.
fn kept_from_happening(t: &Tree, w: usize, h: usize) -> bool {
    let particle = |p: &str| {
        t.kids(h, |r| r == Rel::CompoundPrt)
            .any(|k| t.lemma(k) == p)
    };
    let called_off =
        CALL_OFF.contains(&t.lemma(h)) || matches!(t.lemma(h), "call" | "put") && particle("off");
    t.upos(w).is_nominal()
        && t.upos(h) == crate::syntax::Upos::Verb
        && (PREVENT.contains(&t.lemma(h))
            || called_off
            || STOP_MAKING.contains(&t.lemma(h)) && !ASSAULTS.contains(&t.lemma(w)))
}

/// Nouns of what is said to have happened, whose content clause a denial denies.
const REPORT_NOUNS: &[&str] = &[
    "report",
    "claim",
    "allegation",
    "accusation",
    "charge",
    "suggestion",
    "rumour",
    "rumor",
    "speculation",
    "story",
    "assertion",
    "indication",
    "sign",
    "evidence",
];

/// The report noun whose content clause holds `w` ("a report that Libya was refusing
/// visas", "reports said Iran had attacked", "denied in a statement the report that ...").
fn report_of(t: &Tree, w: usize) -> Option<usize> {
    // (a verb the tagger took for a noun hangs on the clause's head as a compound: "a
    // report that Russia was shipping arms", with "shipping" a noun before "arms")
    // (and what one was said to continue or begin doing is said as that clause is: "a report
    // that Russia was continuing to ship arms")
    let mut w = match t.head(w) {
        Some(h) if t.rel(w) == Rel::Compound => h,
        _ => w,
    };
    for _ in 0..2 {
        match t.head(w) {
            Some(h) if t.rel(w) == Rel::Xcomp => w = h,
            _ => break,
        }
    }
    if !matches!(t.rel(w).universal(), Rel::Ccomp | Rel::Acl) {
        return None;
    }
    let mut n = t.head(w)?;
    // "reports said Iran had attacked": the report says it
    if t.upos(n) == crate::syntax::Upos::Verb && SAY.contains(&t.lemma(n)) {
        return t.kids(n, |r| r == Rel::Nsubj).find(|&s| report(t, s));
    }
    // "denied a report in a newspaper that ...": the parser may hang the clause on the
    // report's phrase, or on the verb beside the report
    for _ in 0..2 {
        if report(t, n) || !t.upos(n).is_nominal() {
            break;
        }
        if !matches!(t.rel(n).universal(), Rel::Nmod | Rel::Obl) {
            break;
        }
        let Some(h) = t.head(n) else { break };
        n = h;
    }
    // (or on the verb whose object or existential subject the report is: "denied the
    // report on Monday that", "found no evidence that", "there were signs that")
    if t.upos(n) == crate::syntax::Upos::Verb {
        let be = t.lemma(n) == "be";
        let beside = move |r: Rel| r == Rel::Obj || r == Rel::Nsubj && be;
        if let Some(o) = t.kids(n, beside).find(|&o| o < w && report(t, o)) {
            n = o;
        }
    }
    report(t, n).then_some(n)
}

/// Verbs of saying whose subject may be a report ("reports said").
const SAY: &[&str] = &["say", "suggest", "indicate", "claim", "allege"];

fn report(t: &Tree, n: usize) -> bool {
    t.upos(n).is_nominal() && REPORT_NOUNS.contains(&t.lemma(n))
}

fn deny(t: &Tree, v: usize) -> bool {
    matches!(
        t.lemma(v),
        "deny" | "dismiss" | "reject" | "refute" | "dispute" | "rebut" | "contradict"
    )
}

/// Whether the clause of `w` is the content of a report that is denied: "denied a
/// newspaper report that Libya was refusing visas", "dismissed the claim that", "reports
/// that Chile expelled diplomats were denied", "there was no sign that"; also "denied that
/// ... or that ...".
pub(crate) fn denied_report(t: &Tree, w: usize) -> bool {
    // (a clause of its own joined to a denied one is denied with it: "denied that it had
    // attacked Peru or that it had expelled diplomats")
    if t.rel(w) == Rel::Conj && t.kids(w, |r| r == Rel::Mark).next().is_some() {
        let h = t.head(w).filter(|&h| t.rel(h) == Rel::Ccomp);
        if h.and_then(|h| t.head(h)).is_some_and(|v| deny(t, v)) {
            return true;
        }
    }
    report_of(t, w).is_some_and(|n| denied(t, n))
}

/// Whether the clause of `w` is what a verb of denial denies as its content, directly or
/// through the verbs it is joined to by "or" or the infinitive it is ("denied that Britain
/// is selling and/or sending weapons", "deny that Chile is selling or planning to sell
/// arms");
/// not under a denial itself negated ("did not deny that").
pub(crate) fn denied_content(t: &Tree, w: usize) -> bool {
    let mut x = w;
    for _ in 0..4 {
        let Some(h) = t.head(x) else {
            return false;
        };
        match t.rel(x) {
            // (a verb joined by "and" may be the denier's own next act, hung on the content
            // by the parser: "denied reports that it intended to ... and warned the US")
            Rel::Conj
                if t.kids(x, |r| r == Rel::Cc).any(|c| {
                    let or = |k: usize| matches!(t.norm(k), "or" | "nor");
                    or(c) || t.children(c).iter().any(|&d| or(d))
                }) =>
            {
                x = h
            }
            Rel::Xcomp => x = h,
            Rel::Ccomp => {
                return deny(t, h) && !t.negated(h);
            }
            _ => return false,
        }
    }
    false
}

/// Whether the report `n` is denied (not under a denial itself negated, "did not deny
/// reports that"), or there is "no" such report ("there was no indication that Russia had
/// withdrawn", "gave no sign that").
fn denied(t: &Tree, n: usize) -> bool {
    matches!(t.rel(n), Rel::Obj | Rel::NsubjPass)
        && t.head(n).is_some_and(|h| deny(t, h) && !t.negated(h))
        || t.kids(n, |r| r == Rel::Det).any(|d| t.norm(d) == "no")
}

/// Whether the clause of `w` is only what reports say, with no one named who says it:
/// "there were unconfirmed reports that Iran had sent troops", "reports said Chile had
/// attacked" (hedged, as "reportedly"; a denied report is [`denied_report`]'s, a report
/// whose owner is named, "a Pentagon report that", is that owner's claim, and one that a
/// verb acts on, "confirmed a report that", that verb's).
pub(crate) fn hearsay(t: &Tree, w: usize) -> bool {
    // (a report a verb acts on is that verb's business: denied, confirmed; what one only
    // follows, cites or answers stays a report: "the move follows assertions that")
    const BEARS_OUT: &[&str] = &[
        "confirm",
        "verify",
        "corroborate",
        "substantiate",
        "prove",
        "bear",
        "accept",
        "acknowledge",
        "back",
        "support",
        "uphold",
        "find",
        "uncover",
        "reveal",
        "show",
    ];
    // (evidence, a sign or an indication found is a fact found: "found evidence that")
    let told = |n: usize| !matches!(t.lemma(n), "evidence" | "sign" | "indication");
    report_of(t, w).is_some_and(|n| {
        (matches!(t.rel(n), Rel::Nsubj | Rel::NsubjPass | Rel::Root)
            || matches!(t.rel(n).universal(), Rel::Obj | Rel::Obl)
                && told(n)
                && t.head(n).is_some_and(|h| !BEARS_OUT.contains(&t.lemma(h))))
            && !denied(t, n)
            && !t
                .kids(n, |r| {
                    matches!(r.universal(), Rel::Nmod | Rel::Compound | Rel::Amod)
                })
                .any(|k| !t.agents(k).is_empty())
    })
}

/// Whether the act `w` stands in an open question, so that it is not said to be done: a
/// clause of "whether" ("examining whether Iran supplied rockets to Syria", "it is unclear
/// whether Chile signed"), or of "if" as a verb's complement ("asked if Peru had attacked";
/// an "if" of condition is [`super::conditional`]'s). An event noun asks with the clause
/// whose verb takes it ("whether Peru gave approval to the sale").
pub(crate) fn open_question(t: &Tree, w: usize) -> bool {
    let Some(mut c) = verb_of(t, w) else {
        return false;
    };
    // the clause's head, above conjuncts and controlled infinitives ("whether Chile signed
    // and ratified", "whether Peru tried to buy"); a question is a clause below another
    // (a root of "whether" is a parse gone wrong: [`misparsed_root`])
    for _ in 0..4 {
        if !misparsed_root(t, c)
            && t.kids(c, |r| r == Rel::Mark).any(|k| {
                t.norm(k) == "whether"
                    || t.norm(k) == "if" && matches!(t.rel(c).universal(), Rel::Ccomp | Rel::Csubj)
            })
        {
            return true;
        }
        match t.head(c) {
            Some(h) if matches!(t.rel(c).universal(), Rel::Conj | Rel::Xcomp) => c = h,
            _ => return false,
        }
    }
    false
}

/// Whether `x` is a root with a conjunction of its own ("whether", "that"): a parse gone
/// wrong, whose main verb the parser hung below a subordinate clause ("Smith, who asked
/// whether Jones should resign, met ..." read with "resign" as the root).
pub(super) fn misparsed_root(t: &Tree, x: usize) -> bool {
    t.head(x).is_none() && t.kids(x, |r| r == Rel::Mark).next().is_some()
}

/// The verb whose clause holds `w`: `w` itself, or for an event noun the verb that takes it
/// ("gave approval to the sale": "gave"), up a few nouns ("the start of talks on").
pub(crate) fn verb_of(t: &Tree, w: usize) -> Option<usize> {
    let mut c = w;
    for _ in 0..4 {
        if !t.upos(c).is_nominal() {
            return Some(c);
        }
        match t.head(c) {
            Some(h)
                if matches!(
                    t.rel(c).universal(),
                    Rel::Obj | Rel::Obl | Rel::Nmod | Rel::Nsubj | Rel::Iobj
                ) =>
            {
                c = h
            }
            _ => return None,
        }
    }
    (!t.upos(c).is_nominal()).then_some(c)
}

/// The owner of the report, claim or allegation whose content clause holds `w`, as the
/// report noun's word and the owner's mention: "Kenyan assertions that Somalia is arming
/// rebels", "Chile's claim that", "allegations by Peru that" (not a denied one, nor a report
/// only about a place, "reports in the Kenyan press"). What it holds is its owner's claim.
pub(crate) fn report_owner(t: &Tree, w: usize) -> Option<(usize, usize)> {
    let n = report_of(t, w)?;
    if denied(t, n) {
        return None;
    }
    let owner = t
        .kids(n, |r| {
            matches!(r.universal(), Rel::Nmod | Rel::Compound | Rel::Amod)
        })
        .filter(|&k| {
            t.rel(k).universal() != Rel::Nmod
                || t.rel(k) == Rel::NmodPoss
                || t.has_case(k, |p| matches!(p, "by" | "from"))
        })
        .find_map(|k| t.agents(k).first().copied())?;
    Some((n, owner))
}

/// Whether the report noun `n` only claims what it holds (an allegation, an assertion), as
/// against one that tells it (a report, a story, evidence).
pub(crate) fn claiming_report(t: &Tree, n: usize) -> bool {
    !matches!(
        t.lemma(n),
        "report" | "story" | "evidence" | "indication" | "sign"
    )
}
