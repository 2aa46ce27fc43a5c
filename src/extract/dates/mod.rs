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

mod expr;
#[cfg(test)]
mod tests;
mod undated;

use expr::*;
pub use expr::{time_expressions, EventDate, Precision, TimeExpr, TimeKind};
use undated::*;

pub(super) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

pub(super) fn parse_article_date(s: &str) -> Option<(i64, u32, u32)> {
    let d = civil::parse_day(s)?;
    Some((i64::from(d.year()), d.month() as u32, d.day() as u32))
}

/// The day `delta` days from `y-m-d`, as `YYYY-MM-DD`.
pub(super) fn shifted(y: i64, m: u32, d: u32, delta: i64) -> Option<String> {
    civil::add_days(civil::date(y, m, d)?, delta).map(|d| d.to_string())
}

pub(super) fn fmt(y: i64, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

pub(super) fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

pub(super) fn day_of(w: &str) -> Option<u32> {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    if !matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

pub(super) fn year_of(w: &str) -> Option<i64> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

/// The first date the sentence states, as `YYYY-MM-DD`, resolved against `article_date`;
/// else the year a chronology entry opens with ("1993 - Six republics signed ...").
pub fn sentence_date(tokens: &[Token], article_date: Option<&str>) -> Option<String> {
    day_date(tokens, article_date).or_else(|| {
        let year = tokens.first().and_then(|t| year_of(&t.norm))?;
        tokens
            .get(1)
            .is_some_and(|t| matches!(t.norm.as_str(), "-" | "--" | "—" | "–" | ":"))
            .then(|| format!("{year:04}"))
    })
}

/// The month or year an event's own clause places it in: "(who) visited China in 1993" is
/// `1993`, "attacked Georgia in August 2008" `2008-08` (ISO 8601 dates of reduced
/// precision), unless it is the article's own. `trigger` is the event's first token and
/// `clause_start` where its clause starts; the clause is read up to the next comma.
pub fn event_period(
    tokens: &[Token],
    clause_start: usize,
    trigger: usize,
    article_date: Option<&str>,
) -> Option<String> {
    let boundary = |t: &Token| matches!(t.norm.as_str(), "," | ";" | ":" | "--" | "(" | ")");
    let mut from = trigger;
    while from > clause_start.min(trigger) && !boundary(&tokens[from - 1]) {
        from -= 1;
    }
    let to = (trigger..tokens.len())
        .find(|&k| boundary(&tokens[k]))
        .unwrap_or(tokens.len());
    for i in from..to {
        if tokens[i].norm != "in" {
            continue;
        }
        let (found, len) = match (tokens.get(i + 1), tokens.get(i + 2)) {
            (Some(m), Some(y)) if m.capitalized && month_of(&m.norm).is_some() => {
                let Some(year) = year_of(&y.norm) else {
                    continue;
                };
                let mo = month_of(&m.norm)?;
                (format!("{year:04}-{mo:02}"), 7)
            }
            (Some(y), _) => match year_of(&y.norm) {
                Some(year) => (format!("{year:04}"), 4),
                None => continue,
            },
            _ => continue,
        };
        if article_date.is_some_and(|a| a.get(..len) == Some(found.as_str())) {
            return None;
        }
        return Some(found);
    }
    None
}

pub(super) fn day_date(tokens: &[Token], article_date: Option<&str>) -> Option<String> {
    let base = article_date.and_then(parse_article_date);
    for (i, t) in tokens.iter().enumerate() {
        let w = t.norm.as_str();
        if let Some(wd) = civil::weekday_number(w).map(|d| d as usize) {
            let (y, m, d) = base?;
            let today_wd = civil::weekday(civil::date(y, m, d)?) as usize;
            let next = i > 0 && matches!(tokens[i - 1].norm.as_str(), "next" | "coming");
            let delta = if next {
                ((wd + 7 - today_wd) % 7).max(1) as i64
            } else {
                -(((today_wd + 7 - wd) % 7) as i64)
            };
            return shifted(y, m, d, delta);
        }
        match w {
            "yesterday" | "today" | "tonight" | "tomorrow" => {
                let (y, m, d) = base?;
                let delta = match w {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                return shifted(y, m, d, delta);
            }
            _ => {}
        }
        if !t.capitalized {
            continue;
        }
        if let Some(mo) = month_of(w) {
            if w == "may" || w == "march" {
                // modal "may" and verb "march": only with a day next to them
                let has_day = tokens.get(i + 1).and_then(|n| day_of(&n.norm)).is_some()
                    || i > 0 && day_of(&tokens[i - 1].norm).is_some();
                if !has_day {
                    continue;
                }
            }
            let mut k = i + 1;
            if tokens.get(k).is_some_and(|n| n.norm == ".") {
                k += 1;
            }
            // Month Day[,] [Year]
            if let Some(d) = tokens.get(k).and_then(|n| day_of(&n.norm)) {
                let mut k2 = k + 1;
                if tokens.get(k2).is_some_and(|n| n.norm == ",") {
                    k2 += 1;
                }
                let year = tokens
                    .get(k2)
                    .and_then(|n| year_of(&n.norm))
                    .or(base.map(|b| b.0))?;
                return Some(fmt(year, mo, d));
            }
            // Day Month [Year]
            if i > 0 {
                if let Some(d) = day_of(&tokens[i - 1].norm) {
                    let year = tokens
                        .get(k)
                        .and_then(|n| year_of(&n.norm))
                        .or(base.map(|b| b.0))?;
                    return Some(fmt(year, mo, d));
                }
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Time expressions and the event's own date

/// The words of the event's clause that a time phrase may hang on: the trigger, and above
/// it what shares its time (a verb it is the `xcomp` or `conj` of: "plans to visit", "met
/// and signed"; the verb a nominal trigger is an argument of: "began a visit").
pub(super) fn clause_words(tree: &Tree, trigger: usize) -> Vec<usize> {
    let mut chain = vec![trigger];
    let mut w = trigger;
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
            // decision" (attacking then)
            Rel::Advcl => {
                tree.kids(w, |r| r == Rel::Mark)
                    .any(|k| tree.norm(k) == "to")
                    || w == trigger
                        && tree.xpos(w) == "VBG"
                        && tree.kids(w, |r| r == Rel::Mark).next().is_none()
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
    let Some(&word) = chain.first() else {
        return false;
    };
    let simple_present = tree.upos(word) == Upos::Verb
        && matches!(tree.xpos(word), "VBZ" | "VBP")
        && tree
            .kids(word, |r| r.universal() == Rel::Aux)
            .next()
            .is_none();
    will_on(tree, chain) || simple_present
}

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
    for _ in 0..2 {
        if chain.contains(&h) {
            return true;
        }
        // (not through a thing the event is put before or after: "after the May 8
        // summit, Chile will meet Peru on May 12")
        let modifier = matches!(tree.upos(h), Upos::Noun | Upos::Propn)
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

/// Whether the time expression `e` is what a participle of scheduling sets something for
/// ("scheduled for Thursday", "set for May", "planned for next year").
fn scheduled_for(tree: &Tree, e: &TimeExpr) -> bool {
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
            (Some((t, _)), Some(reach)) => hangs_on(t, e, reach),
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
        Some((t, c)) => will_on(t, c),
        None => will_by_words(tokens, trigger),
    };
    let future = modality == Modality::Future || might || will;
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
    for e in own.iter().filter(|e| e.kind == TimeKind::Point) {
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
        return EventDate {
            date: None,
            phrase: Some(text[tokens[k].start..tokens[k].end].to_string()),
            after_article: false,
            refused_on: None,
        };
    }
    // nor has an act the perfect puts before the time spoken of ("had earlier visited
    // Peru", "has previously accused Chile")
    if trigger >= 2
        && matches!(tokens[trigger - 1].norm.as_str(), "earlier" | "previously")
        && matches!(
            tokens[trigger - 2].norm.as_str(),
            "had" | "has" | "have" | "'d"
        )
    {
        return EventDate {
            date: None,
            phrase: Some(text[tokens[trigger - 2].start..tokens[trigger - 1].end].to_string()),
            after_article: false,
            refused_on: None,
        };
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
        return EventDate {
            date: None,
            phrase: Some(text[tokens[aux].start..tokens[trigger].end].to_string()),
            after_article: false,
            refused_on: None,
        };
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
            return EventDate {
                date: None,
                phrase: Some(text[tokens[from].start..tokens[to].end].to_string()),
                after_article: false,
                refused_on: None,
            };
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
            && !matches!(
                t.rel(word),
                Rel::Obj | Rel::Nsubj | Rel::NsubjPass | Rel::Root | Rel::Iobj
            );
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
        // a question is no fact: "asked whether Chile gave Peru arms", "asked if ..."
        let question = chain.iter().any(|&w| {
            t.kids(w, |r| r == Rel::Mark)
                .any(|k| t.norm(k) == "whether" || t.norm(k) == "if" && t.rel(w) == Rel::Ccomp)
        });
        // an aim is not yet done: "a deal aimed at resuming the withdrawal", "a plan
        // designed to end the blockade" (also by the words, where the parser hung the aim's
        // verb on the clause above)
        let aim = matches!(t.rel(top), Rel::Advcl | Rel::Xcomp | Rel::Acl)
            && t.head(top)
                .is_some_and(|h| matches!(t.lemma(h), "aim" | "design" | "intend" | "mean"))
            || aim_by_words(tokens, trigger);
        // a participle naming a lasting tie: "U.S.-backed rebels", "Iranian-funded militias"
        let attribute = t.rel(word) == Rel::Amod && t.xpos(word) == "VBN";
        if named || conditional || question || aim || attribute || standing_accord(t, word) {
            return EventDate::default();
        }
        if t.rel(top) == Rel::AclRelcl {
            return EventDate::default();
        }
    } else if relative_by_words(tokens, trigger)
        || attribute_by_words(tokens, trigger)
        || aim_by_words(tokens, trigger)
    {
        return EventDate::default();
    }
    fallback()
}
