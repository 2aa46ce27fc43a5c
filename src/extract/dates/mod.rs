//! Dates in a sentence, resolved against the article date, and the date of each event.
//!
//! [`time_expressions`] finds a sentence's time phrases: explicit dates ("September 30,
//! 1938", "30 Sept. 1938", "Aug 26", "August 2008"), the time of a clause ("in 2003", "in
//! November", "in early 2014", "in the summer of 2012"), dates relative to the article
//! ("on Monday", "last Friday", "yesterday", "two weeks ago", "last week", "last November",
//! "earlier this year", "next month", "in three days"), the years of a chronology ("1993 -
//! ..."), and what takes a date away: lasting states ("for years", "has long", "in recent
//! years", "ever since", "since 2014" with a perfect) and habits ("every year", "usually").
//!
//! [`event_date`] gives one event the time of its own clause (over the dependency tree when
//! the event was read over one: the phrase must hang on the trigger, a verb it is the
//! `xcomp` or `conj` of, or the verb a nominal trigger is an argument of; else by the words
//! between clause openers), resolved against the article date with the precision the
//! phrase has (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). A month or weekday without its year is
//! counted back for a past event and forward for a future one; a past event is never dated
//! after its article. Without a time of its own, an event is dated by the article (news of
//! the day); a background state or a habit gets no date. `docs/dates.md` has the rules.

use super::tree::Tree;
use crate::model::Modality;
use crate::shared::civil;
use crate::syntax::{Rel, Upos};
use crate::text::Token;
use jiff::civil::Date;

mod clause;
mod expr;
mod recalled;
pub use recalled::recalled;
mod resolve;
mod sentence;
#[cfg(test)]
mod tests;
mod undated;

use clause::*;
use expr::*;
pub use expr::{time_expressions, EventDate, Precision, TimeExpr, TimeKind};
use resolve::*;
use sentence::*;
pub use sentence::{event_period, sentence_date};
use undated::*;

/// The date of the threat when the event read at `word` is what a verb of threatening above
/// it threatens ("has threatened to stop imports from July 14": July 14 is the act's time,
/// the threat is news of the day): the time of that verb's own clause; `None` when no verb
/// of threatening stands above the event's word.
pub fn threat_date(
    text: &str,
    tokens: &[Token],
    times: &[TimeExpr],
    tree: &Tree,
    word: usize,
    clause_start: usize,
    article_date: Option<&str>,
) -> Option<EventDate> {
    let chain = clause_words(tree, word);
    let verb = chain[1..]
        .iter()
        .copied()
        .find(|&w| tree.lemma(w) == "threaten")?;
    Some(event_date(
        text,
        tokens,
        times,
        Some((tree, verb)),
        clause_start,
        tree.token(verb),
        Modality::Asserted,
        article_date,
    ))
}

/// The date of one event: the time expression of its own clause (the tree's, when the event
/// was read over one; else by the words), resolved against the article date and the
/// event's tense; `None` for a background state or a habit; else the chronology year the
/// sentence opens with, else the article date.
///
/// `times` are the sentence's [`time_expressions`]; `text` is the article text the tokens
/// point into; `tree` the sentence's tree with the trigger's word, when there is one.
#[allow(clippy::too_many_arguments)]
pub fn event_date(
    text: &str,
    tokens: &[Token],
    times: &[TimeExpr],
    tree: Option<(&Tree, usize)>,
    clause_start: usize,
    trigger: usize,
    modality: Modality,
    article_date: Option<&str>,
) -> EventDate {
    let article = article_date.and_then(civil::parse_day);
    let phrase = |e: &TimeExpr| text[tokens[e.start].start..tokens[e.end - 1].end].to_string();
    // no day of its own, for the words `from` to `to` that say why
    let no_day = |from: usize, to: usize| EventDate {
        date: None,
        phrase: Some(text[tokens[from].start..tokens[to].end].to_string()),
        after_article: false,
        refused_on: None,
    };
    let fallback = || {
        let chronology = times
            .iter()
            .find(|e| matches!(e.when, Some(When::Chronology(_))));
        match chronology.and_then(|e| Some((e, resolve(e.when?, article, false)?))) {
            Some((e, (d, p))) => EventDate {
                date: Some(format_date(d, p)),
                phrase: Some(phrase(e)),
                after_article: false,
                refused_on: None,
            },
            None => EventDate {
                date: article_date.map(str::to_string),
                phrase: None,
                after_article: false,
                refused_on: None,
            },
        }
    };
    let chain = tree.map(|(t, w)| (t, clause_words(t, w)));
    let reach = chain.as_ref().map(|(t, c)| with_purposes(t, c));
    let own: Vec<&TimeExpr> = times
        .iter()
        .filter(|e| !matches!(e.when, Some(When::Chronology(_))))
        .filter(|e| match (&chain, &reach) {
            (Some((t, c)), Some(reach)) => hangs_on(t, e, reach) || when_after_time(t, c, e),
            _ => in_clause_words(tokens, e, clause_start, trigger),
        })
        .collect();
    // what might be is counted forward like what will be ("could meet on Tuesday"), also
    // by a verb above the trigger ("had no capacity to carry out attacks")
    let might = hypothetical_by_words(tokens, trigger)
        || chain.as_ref().is_some_and(|(t, c)| {
            c[1..]
                .iter()
                .any(|&w| hypothetical_by_words(tokens, t.token(w)))
        });
    let will = match &chain {
        Some((t, c)) => will_on(t, c) || will_above(t, c),
        None => will_by_words(tokens, trigger),
    };
    // (a plan told in the past tense is of the past, and so may be its month: "planned a
    // visit to Algeria in February", told in May; not one a report passes on in its own
    // tense, "said he planned to visit in June")
    let planned_before = chain.as_ref().is_some_and(|(t, c)| planned_in_past(t, c));
    let future = modality == Modality::Future && !planned_before || might || will;
    let forward_tense = future
        || match &chain {
            Some((t, c)) => counts_forward(t, c),
            None => scheduled_by_words(tokens, clause_start, trigger),
        };
    // how far up from the event's word a phrase hangs: the nearest wins ("follows an accord
    // in December": December's, not the "this week" of the verb above)
    let depth = |e: &TimeExpr| match (&chain, &reach) {
        (Some((t, _)), Some(r)) => (1..=r.len())
            .find(|&k| hangs_on(t, e, &r[..k]))
            .unwrap_or(r.len()),
        _ => 0,
    };
    // the nearest point of time the clause gives; of those as near, the most precise
    let mut best: Option<(&TimeExpr, Date, Precision, bool, usize)> = None;
    // (what "will" or a modal puts still to come is not dated by a phrase pointing back:
    // "would lift tariffs imposed last week", with "last week" hung on "lift"; a wish of
    // the past keeps its time: "had wanted to meet him last month")
    let points = own
        .iter()
        .filter(|e| e.kind == TimeKind::Point)
        .filter(|e| !((will || might) && e.when.is_some_and(backward)));
    for e in points {
        // "talks scheduled for Thursday": what is set for a day is to come that day
        let ahead = forward_tense || chain.as_ref().is_some_and(|(t, _)| scheduled_for(t, e));
        let Some((d, p)) = e.when.and_then(|w| resolve(w, article, ahead)) else {
            continue;
        };
        let k = depth(e);
        if best.is_none_or(|(_, _, bp, _, bk)| k < bk || k == bk && p > bp) {
            best = Some((e, d, p, ahead, k));
        }
    }
    // a habit makes a month or weekday without its year a recurring one ("usually meets
    // Peru in March", "often visits on Fridays"): no date of its own
    // (a habit of the clause above does not make this one's: "usually visits Peru, but on
    // Friday it visited Chile")
    let habit = own.iter().find(|e| e.kind == TimeKind::Habitual);
    if let (Some(h), Some((e, .., k))) = (habit, best) {
        if e.when.is_some_and(recurring) && depth(h) <= k {
            return EventDate {
                date: None,
                phrase: Some(phrase(h)),
                after_article: false,
                refused_on: None,
            };
        }
    }
    if let Some((e, d, p, ahead, _)) = best {
        // a past event is never dated after its article ("next month" says the event is
        // to come, whatever the verb)
        let after = article.is_some_and(|a| d > a);
        if !after || future || ahead || e.when.is_some_and(forward) {
            return EventDate {
                date: Some(format_date(d, p)),
                phrase: Some(phrase(e)),
                after_article: after,
                refused_on: None,
            };
        }
    }
    // an earlier event the text gives no time for ("previous talks", "the last visit") did
    // not happen on the article's date
    if let Some(k) = earlier_event(tokens, times, tree, trigger) {
        return no_day(k, k);
    }
    // nor has an act the perfect puts before the time spoken of ("had earlier visited
    // Peru", "has previously accused Chile", "has already imposed tariffs")
    if trigger >= 2
        && matches!(
            tokens[trigger - 1].norm.as_str(),
            "earlier" | "previously" | "already"
        )
        && matches!(
            tokens[trigger - 2].norm.as_str(),
            "had" | "has" | "have" | "'d"
        )
    {
        return no_day(trigger - 2, trigger - 1);
    }
    // nor has an act the past perfect puts before a past time ("said on Sunday that Peru
    // had seized a ship", "had agreed to send troops"): earlier, but not said when
    if let Some((from, to)) = chain.as_ref().and_then(|(t, c)| past_perfect(t, c)) {
        return no_day(from, to);
    }
    // a lasting state or a habit has no date of its own; nor has a state "since" a time
    // ("have been at odds since 2014")
    let perfect = |e: &TimeExpr| {
        (clause_start.min(e.start)..e.start.max(trigger)).any(|k| {
            matches!(
                tokens[k].norm.as_str(),
                "has" | "have" | "had" | "'s" | "'ve" | "'d" | "been"
            )
        })
    };
    if let Some(e) = own.iter().find(|e| {
        matches!(e.kind, TimeKind::Background | TimeKind::Habitual)
            || e.kind == TimeKind::Since && perfect(e)
    }) {
        return EventDate {
            date: None,
            phrase: Some(phrase(e)),
            after_article: false,
            refused_on: None,
        };
    }
    if let Some(aux) = perfect_state(tokens, clause_start, trigger) {
        return no_day(aux, trigger);
    }
    // nor has what the perfect says was never done ("has never recognised the annexation")
    if let Some(k) = (chain.as_ref()).and_then(|(t, c)| Some(t.token(never_perfect(t, c)?))) {
        return no_day(k, k);
    }
    // nor has a state the present of a stative verb holds ("Chile backs Peru", "charges
    // that Chad is supporting Niger")
    if let Some((from, to)) = chain.as_ref().and_then(|(t, c)| present_state(t, c)) {
        return no_day(from, to);
    }
    // an activity the perfect progressive carries up to now ("has been seeking a meeting",
    // "have been holding talks") and a habit a clause of "when" or "whenever" in the
    // present gives ("consults Iraq when it talks with Syria") have no day of their own
    // (a stretch the clause names is its time: "had been shelling the border over the
    // last two days")
    if let Some((t, c)) = &chain {
        let progressive = || {
            Some(())
                .filter(|_| own.is_empty())
                .and_then(|_| progressive_perfect(t, c))
        };
        if let Some((from, to)) = progressive().or_else(|| habit_clause(t, c)) {
            return no_day(from, to);
        }
    }
    // what is still to come has no date until the text gives one; nor has what might be;
    // nor what is said not to be going to happen ("will not negotiate"), though the
    // refusal is the day's
    if future {
        let refused = will && !might && modality == Modality::Negated;
        return EventDate {
            refused_on: article_date.filter(|_| refused).map(str::to_string),
            ..EventDate::default()
        };
    }
    // an act a relative clause recalls ("the scandal in which Washington sold arms") and an
    // act named inside another phrase ("monitoring the ceasefire agreement between ...",
    // "killed in the conflict between ...") are background, not news of the day
    if let Some((t, chain)) = &chain {
        let word = chain[0];
        let top = chain[chain.len() - 1];
        let named = matches!(t.upos(word), Upos::Noun)
            && (!matches!(
                t.rel(word),
                Rel::Obj | Rel::Nsubj | Rel::NsubjPass | Rel::Root | Rel::Iobj
            ) || kept(t, word))
            || regarded(t, word);
        // a condition or a time still to come: "if Iran attacks", "when Funaro returns"
        let conditional = chain.iter().any(|&w| {
            t.rel(w) == Rel::Advcl
                && t.children(w).iter().any(|&k| {
                    (t.rel(k) == Rel::Mark || t.rel(k) == Rel::Advmod && t.xpos(k) == "WRB")
                        && (matches!(t.norm(k), "if" | "unless")
                            || matches!(t.norm(k), "when" | "once" | "until" | "whenever")
                                && matches!(t.words[w].xpos, "VBZ" | "VBP" | "VB"))
                })
        });
        // nor is what is demanded or set as a condition: "on condition that Iran stop
        // attacking", "insisted that Chile withdraw"
        let conditional = conditional || subjunctive(t, chain).is_some();
        // a question is no fact: "asked whether Chile gave Peru arms", "asked if ..."
        // (nor is an act whose time is asked: "could not recall when Chile expelled ...")
        let question = chain.iter().any(|&w| {
            t.kids(w, |r| r == Rel::Mark)
                .any(|k| t.norm(k) == "whether" || t.norm(k) == "if" && t.rel(w) == Rel::Ccomp)
        }) || question_of_time(t, chain).is_some();
        // an aim is not yet done: "a deal aimed at resuming the withdrawal", "a plan
        // designed to end the blockade" (also by the words, where the parser hung the aim's
        // verb on the clause above)
        let aim = matches!(t.rel(top), Rel::Advcl | Rel::Xcomp | Rel::Acl)
            && t.head(top)
                .is_some_and(|h| matches!(t.lemma(h), "aim" | "design" | "intend" | "mean"))
            || aim_by_words(tokens, trigger);
        // an act named below a gerund of cause was done before what it is the cause of:
        // "is serving a sentence for ordering attacks", "was jailed for leading raids" (the
        // gerund's own event may be read of the whole, "ready to act against Japan for
        // breaking the pact" a threat of the day)
        let cause = chain[1..].iter().any(|&w| {
            t.xpos(w) == "VBG"
                && matches!(t.rel(w), Rel::Acl | Rel::Advcl)
                && t.kids(w, |r| r == Rel::Mark).any(|k| t.norm(k) == "for")
        });
        // a participle naming a lasting tie: "U.S.-backed rebels", "Iranian-funded militias"
        let attribute = t.rel(word) == Rel::Amod && t.xpos(word) == "VBN";
        if named || conditional || question || aim || cause || attribute || standing_accord(t, word)
        {
            return EventDate::default();
        }
        if t.rel(top) == Rel::AclRelcl
            || relative_clause(t, top)
            || when_of_noun(t, top)
            || since_clause(t, top)
            || participle_of_noun(t, top)
        {
            return EventDate::default();
        }
    } else if relative_by_words(tokens, trigger)
        || attribute_by_words(tokens, trigger)
        || aim_by_words(tokens, trigger)
        || regarded_by_words(tokens, trigger)
    {
        return EventDate::default();
    }
    fallback()
}
