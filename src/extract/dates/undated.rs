//! What has no date of its own, or not the article's: lasting states, habits, earlier acts,
//! what only might be, questions, aims and ties (see `docs/dates.md`, "Background states and
//! habits"). Each reads the event's clause over the tree or, for an event read by a word
//! pattern, by the words.

use super::*;

/// Adjectives that make an event noun an earlier one ("previous talks", "the last visit").
pub(super) const EARLIER: &[&str] = &["previous", "earlier", "prior", "past", "former", "last"];

/// The token of the adjective that makes the nominal event an earlier one, whose date the
/// text does not give: "previous talks", "earlier negotiations", "the last visit", "a prior
/// round of talks"; not a word of a time phrase ("last week's talks").
pub(super) fn earlier_event(
    tokens: &[Token],
    times: &[TimeExpr],
    tree: Option<(&Tree, usize)>,
    trigger: usize,
) -> Option<usize> {
    let timed = |k: usize| times.iter().any(|e| (e.start..e.end).contains(&k));
    let earlier = |k: usize| EARLIER.contains(&tokens[k].norm.as_str()) && !timed(k);
    match tree {
        Some((t, w)) => {
            // the event noun a verb of support holds ("held earlier talks", "paid a
            // previous visit")
            let held = matches!(t.upos(w), Upos::Verb)
                && matches!(
                    t.lemma(w),
                    "hold" | "have" | "conduct" | "pay" | "make" | "stage"
                );
            let w = match held {
                true => t.kids(w, |r| r == Rel::Obj).next()?,
                false => w,
            };
            if !matches!(t.upos(w), Upos::Noun) {
                return None;
            }
            // the noun, or what it counts ("the previous round of talks")
            let counted = (t.has_case(w, |p| p == "of"))
                .then(|| t.head(w))
                .flatten()
                .filter(|&h| t.upos(h) == Upos::Noun);
            [Some(w), counted].into_iter().flatten().find_map(|n| {
                t.kids(n, |r| r == Rel::Amod)
                    .map(|k| t.token(k))
                    .find(|&k| earlier(k))
            })
        }
        None => {
            // (an adverb "earlier" or "last" is the verb's: "had earlier accused", "Chad
            // last attacked"; an adjective stands after a determiner, a number or a
            // preposition, or opens the sentence)
            let adjective = |j: usize| {
                !matches!(tokens[j].norm.as_str(), "earlier" | "last")
                    || j == 0
                    || count_at(tokens, j - 1).is_some()
                    || matches!(
                        tokens[j - 1].norm.as_str(),
                        "the"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "our"
                            | "these"
                            | "those"
                            | "at"
                            | "in"
                            | "during"
                            | "after"
                            | "since"
                            | "of"
                            | "from"
                    )
            };
            let before = |k: usize| {
                trigger
                    .checked_sub(k)
                    .filter(|&j| earlier(j) && adjective(j))
            };
            before(1).or_else(|| {
                (trigger >= 3 && tokens[trigger - 1].norm == "of")
                    .then(|| before(3))
                    .flatten()
            })
        }
    }
}

/// Whether a time names what recurs: a month or a weekday without its year ("in March",
/// "on Friday"), which a habit makes every March or every Friday.
pub(super) fn recurring(when: When) -> bool {
    matches!(
        when,
        When::Month(_, None, Shift::Tense) | When::Weekday(_, Shift::Tense)
    )
}

/// The verb of the event's clause in the perfect progressive ("has been seeking", "had been
/// holding"), as the span from its first auxiliary to it: an activity carried up to the time
/// spoken of, not an act of the day.
pub(super) fn progressive_perfect(tree: &Tree, chain: &[usize]) -> Option<(usize, usize)> {
    chain.iter().find_map(|&w| {
        if tree.upos(w) != Upos::Verb || tree.xpos(w) != "VBG" {
            return None;
        }
        // (a stretch up to now is the news of the day: "had been shelling the border over
        // the last two days")
        let recent = tree.kids(w, |r| r.universal() == Rel::Obl).any(|o| {
            tree.kids(o, |r| r == Rel::Amod)
                .any(|a| matches!(tree.norm(a), "last" | "past" | "recent"))
        });
        if recent {
            return None;
        }
        let aux: Vec<usize> = tree.kids(w, |r| r == Rel::Aux).collect();
        let have = aux
            .iter()
            .find(|&&a| matches!(tree.lemma(a), "have") || tree.norm(a) == "'ve")?;
        aux.iter()
            .any(|&a| tree.norm(a) == "been")
            .then(|| (tree.token(*have), tree.token(w)))
    })
}

/// The verb of the event's clause in the past perfect ("had seized", "had been expelled",
/// "'d agreed"), as the span from its "had" to it: an act before the past time spoken of,
/// whose own time the clause does not give. (The perfect progressive is
/// [`progressive_perfect`]'s.)
pub(super) fn past_perfect(tree: &Tree, chain: &[usize]) -> Option<(usize, usize)> {
    chain.iter().find_map(|&w| {
        if tree.upos(w) != Upos::Verb || tree.xpos(w) != "VBN" {
            return None;
        }
        let had = tree
            .kids(w, |r| r == Rel::Aux)
            .find(|&a| matches!(tree.norm(a), "had" | "'d"))?;
        Some((tree.token(had), tree.token(w)))
    })
}

/// A habit the event's verb states in the simple present with a clause of "when" or
/// "whenever" in the present below it ("Iran consults Iraq when it talks with Syria",
/// "Chile protests whenever Peru sends ships"), as the span of the clause's conjunction. (A past tense on either verb is one occasion: "protested when Peru
/// sent ships".)
pub(super) fn habit_clause(tree: &Tree, chain: &[usize]) -> Option<(usize, usize)> {
    let present = |w: usize| {
        tree.upos(w) == Upos::Verb
            && matches!(tree.xpos(w), "VBZ" | "VBP")
            && tree.kids(w, |r| r.universal() == Rel::Aux).next().is_none()
    };
    chain.iter().find_map(|&w| {
        if !present(w) {
            return None;
        }
        tree.kids(w, |r| r == Rel::Advcl)
            .filter(|&k| present(k))
            .find_map(|k| {
                tree.kids(k, |r| matches!(r, Rel::Mark | Rel::Advmod))
                    .find(|&m| matches!(tree.norm(m), "when" | "whenever"))
            })
            .map(|m| (tree.token(m), tree.token(m)))
    })
}

/// Whether the event word names an accord that stands, as the subject of a verb in the
/// simple present ("Chile's trade pact with Peru gives Lima the right to ...", "the treaty
/// between them allows ..."): the lasting thing, not its signing on the article's day.
pub(super) fn standing_accord(tree: &Tree, word: usize) -> bool {
    matches!(
        tree.lemma(word),
        "pact" | "treaty" | "agreement" | "accord" | "deal" | "alliance" | "truce" | "ceasefire"
    ) && matches!(tree.rel(word), Rel::Nsubj | Rel::NsubjPass)
        && tree.head(word).is_some_and(|h| {
            tree.upos(h) == Upos::Verb
                && matches!(tree.xpos(h), "VBZ" | "VBP")
                && tree.kids(h, |r| r.universal() == Rel::Aux).next().is_none()
        })
}

/// Whether the act is only possible by the words before it: a modal ("could attack",
/// "should go"), readiness or a plan ("ready to use", "plans to protect"), an idea or a risk
/// ("the idea of negotiating", "the risk of attacking").
pub(super) fn hypothetical_by_words(tokens: &[Token], trigger: usize) -> bool {
    let w = |k: usize| tokens[k].norm.as_str();
    let from = trigger.saturating_sub(3);
    (from..trigger).any(|k| {
        matches!(
            w(k),
            "could" | "should" | "would" | "might" | "may" | "must" | "can" | "cannot"
        ) && !(k + 1..trigger).any(|j| CLAUSE_OPENERS.contains(&w(j)) || w(j) == "have")
    }) || trigger >= 2
        && matches!(w(trigger - 1), "to" | "of")
        && matches!(
            w(trigger - 2),
            "ready"
                | "prepared"
                | "willing"
                | "able"
                | "unable"
                | "plan"
                | "plans"
                | "idea"
                | "possibility"
                | "prospect"
                | "risk"
                | "capacity"
                | "capability"
                | "ability"
                | "intention"
                | "proposal"
                | "offer"
        )
        || proposed_for(tokens, trigger)
}

/// Nouns of what is put forward and not yet done, whose "for ... to" names who would act:
/// "a proposal for Chilean firms to sell arms", "plans for Chad to host talks".
const PROPOSALS: &[&str] = &[
    "proposal",
    "proposals",
    "plan",
    "plans",
    "offer",
    "call",
    "calls",
    "idea",
    "request",
    "demand",
    "demands",
];

/// Whether the trigger is the infinitive a noun of proposal puts forward with "for" and
/// who would do it: "a proposal for Chilean firms to sell arms to Peru", "calls for Chad to
/// withdraw" (by the words: "for" right after the noun, "to" right before the trigger, no
/// clause opener between).
fn proposed_for(tokens: &[Token], trigger: usize) -> bool {
    let w = |k: usize| tokens[k].norm.as_str();
    trigger >= 4
        && w(trigger - 1) == "to"
        && (trigger.saturating_sub(7)..trigger - 2).any(|k| {
            k >= 1
                && w(k) == "for"
                && PROPOSALS.contains(&w(k - 1))
                && !(k + 1..trigger - 1).any(|j| CLAUSE_OPENERS.contains(&w(j)))
        })
}

/// Words that make a clause of "when" after them a question of its time, which the text
/// leaves open: "could not recall when Chile expelled the envoy", "it is unclear when ...",
/// "did not disclose when ..." (lemmas).
const ASKING_WHEN: &[&str] = &[
    "recall",
    "remember",
    "know",
    "forget",
    "ask",
    "wonder",
    "disclose",
    "reveal",
    "specify",
    "explain",
    "confirm",
    "say",
    "tell",
    "unclear",
    "uncertain",
    "clear",
    "known",
    "unknown",
    "sure",
    "determine",
    "establish",
];

/// The "when" that opens a question of the time of a verb of the event's clause ("could
/// not recall when Chile expelled the envoy", "it is unclear when Bolivia signed"): a "when"
/// on the verb right after a word of [`ASKING_WHEN`] (the verb the clause hangs on, or the
/// word before "when" when the parser hung the clause higher up); as its word.
pub(super) fn question_of_time(tree: &Tree, chain: &[usize]) -> Option<usize> {
    chain.iter().find_map(|&w| {
        if !matches!(tree.rel(w), Rel::Advcl | Rel::Ccomp) {
            return None;
        }
        let when = tree
            .kids(w, |r| r == Rel::Advmod)
            .find(|&k| tree.norm(k) == "when" && k < w)?;
        let asks = |x: usize| ASKING_WHEN.contains(&tree.lemma(x));
        (tree.head(w).is_some_and(asks) || when.checked_sub(1).is_some_and(asks)).then_some(when)
    })
}

/// Verbs of an opinion held of a thing ("Western capitals regard the truce as a first
/// step") or of what a thing shows of another ("the deployment reflects cooperation between
/// Chad and Niger"): in the present, the thing they hold of is named, not news of the day.
const REGARDING: &[&str] = &[
    "regard",
    "view",
    "consider",
    "see",
    "deem",
    "treat",
    "describe",
    "call",
    "reflect",
    "mirror",
    "show",
    "illustrate",
    "underline",
    "demonstrate",
];

/// Whether the clause of `top` is one of "since" below a verb in the perfect ("has pledged
/// support since reaching a deal with Peru", "have kept silent since Chile signed the
/// accord"): the act it names opened the stretch up to now, before the time spoken of.
pub(super) fn since_clause(tree: &Tree, top: usize) -> bool {
    tree.rel(top) == Rel::Advcl
        && tree
            .kids(top, |r| r == Rel::Mark)
            .any(|m| tree.norm(m) == "since")
        && tree.head(top).is_some_and(|h| perfect(tree, h))
}

/// Whether the verb `w` is in the perfect: it has "have" (or "'ve") as an auxiliary.
pub(super) fn perfect(tree: &Tree, w: usize) -> bool {
    tree.kids(w, |r| r == Rel::Aux)
        .any(|a| tree.lemma(a) == "have" || tree.norm(a) == "'ve")
}

/// Whether the trigger is a noun a verb of opinion in the present holds, a few words
/// before it with no clause opener between ("regard the reconciliation between Chad and
/// Niger as ...", "considers the talks between ..."; by the words, only the forms that are
/// no nouns: not "views", "calls" or "treats").
pub(super) fn regarded_by_words(tokens: &[Token], trigger: usize) -> bool {
    let w = |k: usize| tokens[k].norm.as_str();
    (trigger.saturating_sub(4)..trigger).any(|k| {
        matches!(
            w(k),
            "regard" | "regards" | "consider" | "considers" | "deem" | "deems" | "sees"
        ) && !(k + 1..trigger).any(|j| CLAUSE_OPENERS.contains(&w(j)))
    })
}

/// Whether the nominal event is the object of a verb of opinion in the simple present
/// ("diplomats regard the reconciliation between Chad and Niger as a key step", "analysts
/// see the talks as a test"): a thing named, not an act of the article's day.
pub(super) fn regarded(tree: &Tree, word: usize) -> bool {
    matches!(tree.upos(word), Upos::Noun)
        && tree.rel(word) == Rel::Obj
        && tree.head(word).is_some_and(|h| {
            REGARDING.contains(&tree.lemma(h))
                && matches!(tree.xpos(h), "VBZ" | "VBP")
                && tree.kids(h, |r| r.universal() == Rel::Aux).next().is_none()
        })
}

/// Whether the trigger stands in a relative clause by the words: "which", "who" or "whom"
/// shortly before it, with no other clause opener between.
pub(super) fn relative_by_words(tokens: &[Token], trigger: usize) -> bool {
    for k in (trigger.saturating_sub(6)..trigger).rev() {
        let w = tokens[k].norm.as_str();
        if matches!(w, "which" | "who" | "whom") {
            return true;
        }
        if CLAUSE_OPENERS.contains(&w) {
            return false;
        }
    }
    false
}

/// Verbs of a lasting state, as lemma and past participle: their perfect ("has supported",
/// "have backed") and their present ("supports", "is supporting") are a state, not an act.
pub(super) const STATIVE: &[(&str, &str)] = &[
    ("support", "supported"),
    ("back", "backed"),
    ("oppose", "opposed"),
    ("occupy", "occupied"),
    ("control", "controlled"),
    ("arm", "armed"),
    ("fund", "funded"),
    ("finance", "financed"),
    ("sponsor", "sponsored"),
    ("dominate", "dominated"),
    ("rule", "ruled"),
    ("protect", "protected"),
    ("shelter", "sheltered"),
    ("harbour", "harboured"),
    ("harbor", "harbored"),
];

/// The present of a stative verb as the event's own verb, simple or progressive ("Chile
/// backs Peru", "Iran is arming the rebels", "charges that Chad is supporting Niger"), as
/// the span from its auxiliary (or itself) to it: a state that holds, not an act of the day.
pub(super) fn present_state(tree: &Tree, chain: &[usize]) -> Option<(usize, usize)> {
    let &w = chain.first()?;
    if tree.upos(w) != Upos::Verb
        || !STATIVE.iter().any(|&(l, _)| l == tree.lemma(w))
        // (a verb with a particle is another verb: "rules out")
        || tree.kids(w, |r| r == Rel::CompoundPrt).next().is_some()
    {
        return None;
    }
    let aux: Vec<usize> = tree.kids(w, |r| r.universal() == Rel::Aux).collect();
    let from = match tree.xpos(w) {
        "VBZ" | "VBP" if aux.is_empty() => w,
        "VBG" => match aux.as_slice() {
            [a] if matches!(tree.norm(*a), "is" | "are" | "am" | "'s" | "'re") => *a,
            _ => return None,
        },
        _ => return None,
    };
    Some((tree.token(from), tree.token(w)))
}

/// A verb of the event's clause in the subjunctive of what is demanded or set as a
/// condition ("on condition that Iran withdraw", "asked that Chile stop shelling"): the
/// base form with a subject of its own, no auxiliary, opened by "that"; as its token. (The
/// tagger may call the base form after a singular subject a present: "that Chile expel".)
pub(super) fn subjunctive(tree: &Tree, chain: &[usize]) -> Option<usize> {
    chain.iter().copied().find(|&w| {
        let Some(subject) = tree
            .kids(w, |r| matches!(r, Rel::Nsubj | Rel::NsubjPass))
            .next()
        else {
            return false;
        };
        let base = tree.xpos(w) == "VB"
            || matches!(tree.xpos(w), "VBZ" | "VBP")
                && tree.norm(w) == tree.lemma(w)
                && matches!(tree.xpos(subject), "NN" | "NNP");
        tree.upos(w) == Upos::Verb
            && base
            && tree.kids(w, |r| r.universal() == Rel::Aux).next().is_none()
            && tree
                .kids(w, |r| r == Rel::Mark)
                .any(|k| tree.norm(k) == "that")
    })
}

/// The perfect of the trigger ("has supported", "have long backed"), with the auxiliary's
/// token, when it is a lasting state: a stative verb, or any verb in a relative clause
/// ("Iran, which Washington has accused of ...").
pub(super) fn perfect_state(
    tokens: &[Token],
    clause_start: usize,
    trigger: usize,
) -> Option<usize> {
    let aux = (trigger.saturating_sub(3)..trigger).rev().find(|&k| {
        matches!(
            tokens[k].norm.as_str(),
            "has" | "have" | "'s" | "'ve" | "had"
        )
    })?;
    // only adverbs between the auxiliary and the verb ("has long", "have repeatedly")
    if (aux + 1..trigger).any(|k| !tokens[k].norm.ends_with("ly") && tokens[k].norm != "long") {
        return None;
    }
    let relative = (clause_start.min(aux)..aux)
        .rev()
        .take(6)
        .any(|k| matches!(tokens[k].norm.as_str(), "which" | "who" | "whom"));
    (STATIVE.iter().any(|&(_, p)| p == tokens[trigger].norm) || relative).then_some(aux)
}

/// Whether the trigger is a participle joined by a hyphen to who does it, naming a lasting
/// tie: "U.S.-backed rebels", "Iranian-funded militias" (by the words).
pub(super) fn attribute_by_words(tokens: &[Token], trigger: usize) -> bool {
    trigger >= 2
        && tokens[trigger - 1].norm == "-"
        && tokens[trigger].norm.ends_with("ed")
        && tokens[trigger - 2].capitalized
}

/// Whether the trigger is what something is aimed at, designed or meant for, a few words
/// before it in its clause: "a deal aimed at resuming a troop withdrawal", "talks designed
/// to end the blockade" (by the words).
pub(super) fn aim_by_words(tokens: &[Token], trigger: usize) -> bool {
    let w = |k: usize| tokens[k].norm.as_str();
    (trigger.saturating_sub(6)..trigger).any(|k| {
        matches!(w(k), "aimed" | "designed" | "meant" | "intended")
            && matches!(
                tokens.get(k + 1).map(|t| t.norm.as_str()),
                Some("at" | "to")
            )
            && !(k + 1..trigger).any(|j| CLAUSE_OPENERS.contains(&w(j)))
    })
}

/// Whether the nominal event is what a verb of keeping, watching or breaking holds as its
/// object ("a committee monitoring the truce between Chad and Niger", "accused Chad of
/// violating its accord with Niger"): an accord or act made before, named, not news of the
/// day.
pub(super) fn kept(tree: &Tree, word: usize) -> bool {
    tree.rel(word) == Rel::Obj
        && tree
            .head(word)
            .is_some_and(|h| crate::extract::tree::KEEP_OR_WATCH.contains(&tree.lemma(h)))
}

/// Whether the clause of `top` is a relative clause by its pronoun, whatever label the
/// parser gave it ("a row in which Iran asked Chad to ...", taken for a clause of the verb
/// above): a "which", "who" or "whom" as its subject, object or oblique (not in the main
/// clause, which a parser's slip may give a stray "who").
pub(super) fn relative_clause(tree: &Tree, top: usize) -> bool {
    tree.rel(top) != Rel::Root
        && tree
            .kids(top, |r| {
                matches!(
                    r,
                    Rel::Nsubj
                        | Rel::NsubjPass
                        | Rel::Obj
                        | Rel::Iobj
                        | Rel::Obl
                        | Rel::OblUnmarked
                )
            })
            .any(|k| matches!(tree.norm(k), "which" | "who" | "whom"))
}

/// Whether the clause of `top` is a clause of "when" that describes the noun right before
/// it, after a comma ("during the occupation, when Chile shelled ..."), which the parser
/// hung on the verb above: the act belongs to the time the noun names, not to the
/// article's day. (A time phrase before the comma is the clause's own time: "on Monday,
/// when ...", left to it.)
pub(super) fn when_of_noun(tree: &Tree, top: usize) -> bool {
    if tree.rel(top) != Rel::Advcl {
        return false;
    }
    let Some(when) = tree
        .kids(top, |r| r == Rel::Advmod)
        .find(|&k| tree.norm(k) == "when" && k < top)
    else {
        return false;
    };
    let first = (tree.children(top).iter().copied())
        .filter(|&k| tree.upos(k) != Upos::Punct)
        .min()
        .unwrap_or(top);
    first == when
        && first >= 2
        && tree.norm(first - 1) == ","
        && tree.upos(first - 2) == Upos::Noun
        && !matches!(
            tree.lemma(first - 2),
            "day" | "week" | "month" | "year" | "time"
        )
}

/// Whether the clause of `top` is a present participle that describes a noun, as a
/// relative clause would ("guerrillas fighting the army", "a militia raiding border
/// villages", with no conjunction: "after arriving" is an act): what the noun is doing, a
/// state, not an act of the day.
pub(super) fn participle_of_noun(tree: &Tree, top: usize) -> bool {
    tree.rel(top) == Rel::Acl
        && tree.xpos(top) == "VBG"
        && tree.kids(top, |r| r == Rel::Mark).next().is_none()
        && tree
            .head(top)
            .is_some_and(|h| matches!(tree.upos(h), Upos::Noun | Upos::Propn))
}

/// The "never" of a perfect on a verb of the event's clause ("has never recognised the
/// annexation", "have never met"): no act at all, a state that has held up to now; as its
/// word.
pub(super) fn never_perfect(tree: &Tree, chain: &[usize]) -> Option<usize> {
    chain.iter().find_map(|&w| {
        tree.kids(w, |r| r == Rel::Advmod)
            .find(|&k| tree.norm(k) == "never")
            .filter(|_| perfect(tree, w))
    })
}
