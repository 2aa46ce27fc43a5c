//! Which time phrases are the event's own clause's, and which way its tense counts: the
//! words of the clause over the tree (the trigger and what shares its time), the phrases
//! that hang on them, and, for an event read by a word pattern, the words between clause
//! openers; "will", the simple present and "scheduled to" count a time forward.

use super::*;

/// The words of the event's clause that a time phrase may hang on: the trigger, and above
/// it what shares its time (a verb it is the `xcomp` or `conj` of: "plans to visit", "met
/// and signed"; the verb a nominal trigger is an argument of: "began a visit").
pub(super) fn clause_words(tree: &Tree, trigger: usize) -> Vec<usize> {
    let mut chain = vec![trigger];
    let mut w = trigger;
    // whether the chain so far is the trigger and participles it stands beside
    let mut participles = true;
    for _ in 0..4 {
        let Some(h) = tree.head(w) else {
            break;
        };
        let nominal = matches!(tree.upos(w), Upos::Noun | Upos::Propn);
        let shares = match tree.rel(w) {
            Rel::Xcomp | Rel::Conj => true,
            // an infinitive of purpose is done when and where its verb is: "flew to Kabul on
            // Sunday to negotiate", "will meet on Friday to discuss"
            // so is a participle beside its verb: "went to Lima on Monday, attacking the
            // decision" (attacking then), and a gerund of means: "angered Peru this week by
            // receiving its rival" (the receiving then), also up a run of them ("caused a
            // row on Friday, angering Peru by receiving ...")
            Rel::Advcl => {
                let means = tree
                    .kids(w, |r| r == Rel::Mark)
                    .all(|k| tree.norm(k) == "by");
                tree.kids(w, |r| r == Rel::Mark)
                    .any(|k| tree.norm(k) == "to")
                    || participles && tree.xpos(w) == "VBG" && means
            }
            Rel::Obj
            | Rel::Nsubj
            | Rel::NsubjPass
            | Rel::Obl
            | Rel::OblUnmarked
            | Rel::OblAgent
            | Rel::Iobj
            | Rel::Appos
            | Rel::Parataxis
            | Rel::Dep => nominal,
            _ => false,
        };
        if !shares {
            break;
        }
        participles &= tree.rel(w) == Rel::Advcl && tree.xpos(w) == "VBG";
        chain.push(h);
        w = h;
    }
    chain
}

/// Verbs whose infinitive is an act of its own, to come after them, not the purpose they
/// are done for: "agreed to meet", "plans to visit", "is expected to sign", "asked Peru to
/// withdraw".
pub(super) const INTENT_VERBS: &[&str] = &[
    "agree",
    "aim",
    "allow",
    "arrange",
    "ask",
    "attempt",
    "call",
    "decide",
    "decline",
    "demand",
    "due",
    "encourage",
    "expect",
    "fail",
    "force",
    "hope",
    "intend",
    "invite",
    "need",
    "offer",
    "order",
    "persuade",
    "plan",
    "pledge",
    "prepare",
    "press",
    "promise",
    "propose",
    "refuse",
    "schedule",
    "seek",
    "set",
    "tell",
    "threaten",
    "try",
    "urge",
    "vote",
    "vow",
    "want",
    "warn",
    "wish",
];

/// `chain` with the infinitives of purpose below its verbs: what one met or flew somewhere
/// to do is done then ("met to discuss the border on Monday", "flew to Lima to negotiate a
/// deal on Sunday"); not the infinitive of a verb of intention ("agreed to meet on
/// Friday": the meeting is Friday's, not the agreement).
pub(super) fn with_purposes(tree: &Tree, chain: &[usize]) -> Vec<usize> {
    let mut out = chain.to_vec();
    for &w in chain {
        if tree.upos(w) != Upos::Verb || INTENT_VERBS.contains(&tree.lemma(w)) {
            continue;
        }
        for k in tree.kids(w, |r| matches!(r, Rel::Xcomp | Rel::Advcl)) {
            let purpose = tree.upos(k) == Upos::Verb
                && tree
                    .kids(k, |r| r == Rel::Mark)
                    .any(|m| tree.norm(m) == "to");
            if purpose && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    // last, the verbs joined after the event's verb, of the same tense and with no
    // auxiliary of their own, whose time phrase at the end serves the whole line ("made a
    // pact with Chile and rejoined the government in June"); a time of the verb's own comes
    // first ("met Uganda and will visit Tanzania next week" did not meet next week)
    if let Some(&v) = chain.first().filter(|&&v| tree.upos(v) == Upos::Verb) {
        let mut x = v;
        while let Some(c) = tree.kids(x, |r| r == Rel::Conj).find(|&c| {
            c > x
                && tree.upos(c) == Upos::Verb
                && tree.xpos(c) == tree.xpos(v)
                && tree.kids(c, |r| r == Rel::Aux).next().is_none()
        }) {
            if !out.contains(&c) {
                out.push(c);
            }
            x = c;
        }
    }
    out
}

/// Whether a verb of the event's clause carries "will" or "shall" ("will not negotiate",
/// "will try to meet", "will hold talks"): the act is still to come.
pub(super) fn will_on(tree: &Tree, chain: &[usize]) -> bool {
    chain.iter().any(|&w| {
        tree.kids(w, |r| r == Rel::Aux)
            .any(|a| matches!(tree.norm(a), "will" | "shall" | "'ll" | "wo"))
    })
}

/// Whether the clause of the event is a participle or a clause of "before", "after" or
/// "while" below a verb that carries "will" or "shall" ("will meet Peru's president before
/// visiting Bolivia", "will tour Mali after meeting its president"): what it names is still
/// to come too.
pub(super) fn will_above(tree: &Tree, chain: &[usize]) -> bool {
    let Some(&top) = chain.last() else {
        return false;
    };
    let marked = tree
        .kids(top, |r| r == Rel::Mark)
        .any(|m| matches!(tree.norm(m), "before" | "after" | "while"));
    let participle = tree.xpos(top) == "VBG" && tree.kids(top, |r| r == Rel::Mark).next().is_none();
    tree.rel(top) == Rel::Advcl
        && tree.upos(top) == Upos::Verb
        && (marked || participle)
        && tree.head(top).is_some_and(|h| will_on(tree, &[h]))
}

/// "will" or "shall" just before the trigger, with nothing but adverbs and "not" between
/// ("will visit", "will not negotiate", "shall soon meet"), for an event read without a tree.
pub(super) fn will_by_words(tokens: &[Token], trigger: usize) -> bool {
    let w = |k: usize| tokens[k].norm.as_str();
    (trigger.saturating_sub(3)..trigger).any(|k| {
        matches!(w(k), "will" | "shall" | "'ll" | "wo")
            && (k + 1..trigger)
                .all(|j| matches!(w(j), "not" | "n't" | "never") || w(j).ends_with("ly"))
    })
}

/// Whether a weekday or month without its year counts forward for this event by its verbs:
/// "will" on a verb of its clause ("will try to meet on Tuesday"), or the simple present of
/// the event's own verb, which news uses for what is scheduled ("leaves for Tokyo on
/// Saturday", "meets his counterpart on Thursday"). (A verb of intention above the event,
/// "plans to visit on Sunday", makes the triple's modality `future` already.)
pub(super) fn counts_forward(tree: &Tree, chain: &[usize]) -> bool {
    let Some(&first) = chain.first() else {
        return false;
    };
    // (a nominal event takes the present of the verb that opens, holds or sets out on it:
    // "leaves on a visit to Peru on Wednesday", "holds talks with Chile on Friday")
    let word = match chain.get(1) {
        Some(&v)
            if matches!(tree.upos(first), Upos::Noun)
                && (SETTING_OUT.contains(&tree.lemma(v)) || PLANNING.contains(&tree.lemma(v))) =>
        {
            v
        }
        _ => first,
    };
    let simple_present = tree.upos(word) == Upos::Verb
        && matches!(tree.xpos(word), "VBZ" | "VBP")
        && tree
            .kids(word, |r| r.universal() == Rel::Aux)
            .next()
            .is_none();
    // (what one is planning now is to come: "is planning a visit to Algeria in May")
    let planning_now = PLANNING.contains(&tree.lemma(word))
        && tree.xpos(word) == "VBG"
        && tree
            .kids(word, |r| r.universal() == Rel::Aux)
            .any(|a| matches!(tree.xpos(a), "VBZ" | "VBP"));
    will_on(tree, chain) || simple_present || planning_now
}

/// Whether a verb of planning of the event's clause chain ("planned a visit", "planned to
/// visit") is in the past tense, in a clause of its own (not the reported clause of a verb
/// of saying, which keeps the tense of the report), with no "will" on the chain.
pub(super) fn planned_in_past(tree: &Tree, chain: &[usize]) -> bool {
    !will_on(tree, chain)
        && chain.iter().any(|&w| {
            (PLANNING.contains(&tree.lemma(w)) || tree.lemma(w) == "intend")
                && tree.xpos(w) == "VBD"
                && tree.rel(w) != Rel::Ccomp
        })
}

/// Verbs of planning: their present tells of what is to come ("plans a trip to Moscow in
/// May", "is preparing a visit for June").
const PLANNING: &[&str] = &[
    "plan", "prepare", "schedule", "arrange", "organize", "organise",
];

/// Verbs that open, hold or set out on a nominal event ("leaves on a visit", "holds
/// talks", "begins a tour"): their simple present is what is scheduled, as the event's own.
const SETTING_OUT: &[&str] = &[
    "leave", "begin", "start", "open", "hold", "pay", "go", "travel", "fly", "head", "resume",
    "attend", "host", "arrive", "return", "embark",
];

/// The head word of the time expression `e` in the tree: its word whose head lies outside it.
fn anchor_of(tree: &Tree, e: &TimeExpr) -> Option<usize> {
    let inside = |w: usize| (e.start..e.end).contains(&tree.token(w));
    (0..tree.len()).find(|&w| inside(w) && tree.head(w).is_none_or(|h| !inside(h)))
}

/// Whether the time expression `e` hangs on one of `chain` in the tree: a word of the
/// expression whose head lies outside it depends on a word of the chain (any such word: the
/// parser may split a phrase, "on Nov. 19" with "Nov." on the subject and "19" on the verb).
pub(super) fn hangs_on(tree: &Tree, e: &TimeExpr, chain: &[usize]) -> bool {
    let inside = |w: usize| (e.start..e.end).contains(&tree.token(w));
    (0..tree.len())
        .filter(|&w| inside(w) && tree.head(w).is_none_or(|h| !inside(h)))
        .filter(|&w| tree.upos(w) != Upos::Punct)
        .any(|w| exit_hangs_on(tree, e, w, chain))
}

/// Whether the word `anchor` of the time expression `e`, whose head lies outside it, hangs
/// on one of `chain`.
fn exit_hangs_on(tree: &Tree, e: &TimeExpr, anchor: usize, chain: &[usize]) -> bool {
    let Some(mut h) = tree.head(anchor) else {
        return chain.contains(&anchor);
    };
    // a phrase the parser hung on the subject, right before the verb, is the verb's: "the
    // army on Monday shelled Peru" (the event's verb, or the one it is a conjunct of); so is
    // one that opens the sentence before the subject ("Last month Chile asked Peru ...")
    let word = chain.first().copied();
    if matches!(tree.rel(h), Rel::Nsubj | Rel::NsubjPass)
        && tree.head(h).is_some_and(|v| {
            (Some(v) == word
                || word.is_some_and(|w| tree.rel(w) == Rel::Conj && tree.head(w) == Some(v)))
                && (tree.token(h) < e.start && e.end == tree.token(v)
                    || e.start == tree.token(0) && e.end <= tree.token(h))
        })
    {
        return true;
    }
    // a phrase the parser hung on a place or a thing of the clause ("held talks in Paris on
    // Tuesday") is the clause's time all the same; so is a phrase with its preposition hung
    // right on the object ("is due to visit Paris on Thursday", "flew its envoy to Kabul on
    // Sunday"), not a time that names the object ("Friday's request", "the 1976 treaty")
    let on_object = tree.rel(anchor) == Rel::Nmod;
    // a year the parser hung on a word of a name is the named thing's: "in the 1967 Middle
    // East war" (on "East", a compound of "war")
    while matches!(tree.rel(h), Rel::Compound | Rel::Flat)
        && matches!(tree.upos(h), Upos::Noun | Upos::Propn)
    {
        match tree.head(h) {
            Some(up) => h = up,
            None => break,
        }
    }
    for _ in 0..2 {
        if chain.contains(&h) {
            return true;
        }
        // (not through a thing the event is put before or after: "after the May 8
        // summit, Chile will meet Peru on May 12")
        // (an oblique is a noun whatever its tag: "in the Frontline states in the past",
        // with "states" tagged a verb)
        let modifier = (matches!(tree.upos(h), Upos::Noun | Upos::Propn)
            || tree.rel(h).universal() == Rel::Obl)
            && !tree.has_case(h, |p| {
                matches!(
                    p,
                    "after" | "before" | "until" | "since" | "following" | "ahead" | "prior"
                )
            })
            && (matches!(tree.rel(h).universal(), Rel::Obl)
                || matches!(tree.rel(h), Rel::Nmod | Rel::NmodUnmarked)
                || on_object && tree.rel(h) == Rel::Obj && tree.head(anchor) == Some(h));
        match tree.head(h) {
            Some(up) if modifier => h = up,
            _ => break,
        }
    }
    // the time of a participle on the event noun, or on what the event noun counts, is the
    // event's: "talks scheduled for Thursday", "two rounds of talks, scheduled for Friday"
    let counted = chain.first().and_then(|&w| {
        (tree.rel(w).universal() == Rel::Nmod && tree.has_case(w, |p| p == "of"))
            .then(|| tree.head(w))
            .flatten()
    });
    // (a participle the tagger took for an adjective too: "talks, set for Wednesday")
    let on_participle = matches!(tree.rel(h), Rel::Acl | Rel::Amod)
        && matches!(tree.upos(h), Upos::Verb | Upos::Adj)
        && tree
            .head(h)
            .is_some_and(|x| chain.contains(&x) || Some(x) == counted);
    chain.contains(&h) || chain.contains(&anchor) || on_participle
}

/// Whether the time expression `e` stands right before the clause of "when" the event is
/// in, with a comma between ("fled on Monday, when Chilean troops shelled the towns", "in
/// 1990, when Chad invaded Niger"): the clause tells what happened at that time, which the
/// parser hung on the verb above.
pub(super) fn when_after_time(tree: &Tree, chain: &[usize], e: &TimeExpr) -> bool {
    let Some(&top) = chain.last() else {
        return false;
    };
    let first = (tree.children(top).iter().copied())
        .filter(|&k| tree.upos(k) != Upos::Punct)
        .min()
        .unwrap_or(top);
    tree.rel(top) == Rel::Advcl
        && tree.norm(first) == "when"
        && tree.rel(first) == Rel::Advmod
        && first >= 1
        && tree.norm(first - 1) == ","
        && tree.token(first - 1) == e.end
}

/// Whether the time expression `e` is what a participle of scheduling sets something for
/// ("scheduled for Thursday", "set for May", "planned for next year").
pub(super) fn scheduled_for(tree: &Tree, e: &TimeExpr) -> bool {
    anchor_of(tree, e)
        .and_then(|a| tree.head(a))
        .is_some_and(|h| {
            matches!(tree.rel(h), Rel::Acl | Rel::Amod)
                && matches!(
                    tree.lemma(h),
                    "schedule" | "set" | "plan" | "slate" | "due" | "fix"
                )
        })
}

/// Words that open another clause: a time phrase beyond one is not the event's.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    ",", ";", ":", "(", ")", "--", "—", "that", "which", "who", "whom", "whose", "where", "while",
    "because", "after", "before", "when", "although", "though", "until", "and", "but",
];

/// Verbs of saying: a time phrase right after one is the saying's ("IRNA said on Sunday
/// Iran had seized ...": Sunday is when it was said, not when the boats were seized).
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "announces",
    "stated",
    "states",
    "added",
    "disclosed",
];

/// Whether the event's act is set for a time to come by the words before it, in its clause:
/// "was due to head to Sarajevo on Friday to meet", "is scheduled to visit on Monday", "are
/// expected to sign on Tuesday" (for events read without a tree).
pub(super) fn scheduled_by_words(tokens: &[Token], clause_start: usize, trigger: usize) -> bool {
    let from = clause_start.min(trigger).max(trigger.saturating_sub(15));
    (from..trigger).any(|k| {
        matches!(
            tokens[k].norm.as_str(),
            "due" | "scheduled" | "expected" | "set"
        ) && tokens.get(k + 1).is_some_and(|t| t.norm == "to")
            && !(k + 2..trigger).any(|j| CLAUSE_OPENERS.contains(&tokens[j].norm.as_str()))
    })
}

/// Whether `e` lies in the event's clause by the words alone (for events read without a
/// tree): between the clause's opening and the trigger with no clause opener between it and
/// the trigger, or after the trigger before the next opener; or a fronted phrase ("In August
/// 2008, Russia ...") just before the clause.
pub(super) fn in_clause_words(
    tokens: &[Token],
    e: &TimeExpr,
    clause_start: usize,
    trigger: usize,
) -> bool {
    let opener = |k: usize| CLAUSE_OPENERS.contains(&tokens[k].norm.as_str());
    // (a phrase right after a verb of saying before the event is the saying's: "said on
    // Sunday Iran had seized")
    let after_saying = (e.start.saturating_sub(2)..e.start)
        .rev()
        .find(|&k| tokens[k].norm != "on")
        .is_some_and(|k| SAYING.contains(&tokens[k].norm.as_str()));
    if e.end <= trigger && after_saying {
        return false;
    }
    if e.end <= trigger {
        // (the pattern's clause may start after the phrase: "Syria accused Israel on
        // Wednesday of a campaign against it")
        if !(e.end..trigger).any(opener) {
            return true;
        }
        // fronted: the sentence opens with it and a comma closes it before the clause
        return e.start <= 1
            && tokens.get(e.end).is_some_and(|t| t.norm == ",")
            && clause_start <= e.end + 1
            && !(e.end + 1..trigger).any(|k| opener(k) && tokens[k].norm != "and");
    }
    e.start > trigger && !(trigger + 1..e.start).any(opener)
}
