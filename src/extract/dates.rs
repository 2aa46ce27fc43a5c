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

const MONTHS: &[(&str, u32)] = &[
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

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn parse_article_date(s: &str) -> Option<(i64, u32, u32)> {
    let d = civil::parse_day(s)?;
    Some((i64::from(d.year()), d.month() as u32, d.day() as u32))
}

/// The day `delta` days from `y-m-d`, as `YYYY-MM-DD`.
fn shifted(y: i64, m: u32, d: u32, delta: i64) -> Option<String> {
    civil::add_days(civil::date(y, m, d)?, delta).map(|d| d.to_string())
}

fn fmt(y: i64, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

fn day_of(w: &str) -> Option<u32> {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    if !matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<i64> {
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

fn day_date(tokens: &[Token], article_date: Option<&str>) -> Option<String> {
    let base = article_date.and_then(parse_article_date);
    for (i, t) in tokens.iter().enumerate() {
        let w = t.norm.as_str();
        if let Some(wd) = WEEKDAYS.iter().position(|d| *d == w) {
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

/// How precise a date is: the contract writes a year `YYYY`, a month `YYYY-MM`, a day
/// `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// `YYYY`.
    Year,
    /// `YYYY-MM`.
    Month,
    /// `YYYY-MM-DD`.
    Day,
}

/// Which way a month or weekday without a year is counted from the article date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shift {
    /// As the event's tense says: back for the past, forward for the future.
    Tense,
    /// "last": strictly before.
    Last,
    /// "next", "coming": strictly after.
    Next,
    /// "this": the article's own.
    This,
}

/// A unit of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a time expression says, before it is resolved against the article date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// A year, a month of a year or a day of a year ("in 2003", "August 2008", "May 3, 2021").
    Date(i64, Option<u32>, Option<u32>),
    /// A month, or a month and day, without its year ("in November", "on March 4", "last
    /// November").
    Month(u32, Option<u32>, Shift),
    /// A day of the week ("on Monday", "last Friday", "next Tuesday").
    Weekday(u32, Shift),
    /// Days from the article date ("yesterday" -1, "today" 0, "tomorrow" 1).
    Days(i64),
    /// So many units before the article date ("two weeks ago"); `approx` for "a few",
    /// "several" (one step less precise).
    Ago(i64, Unit, bool),
    /// So many units after it ("in two weeks"): only for a future event.
    Within(i64, Unit),
    /// The unit the article date falls in, shifted ("last week" -1, "this year" 0, "next
    /// month" 1; "earlier this year" 0).
    Around(Unit, i64),
    /// The year a chronology entry opens with ("1993 - ...").
    Chronology(i64),
}

/// The kind of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    /// A point or period of time the event happened in.
    Point,
    /// A state that lasts ("for years", "has long", "in recent years", "ever since"): no
    /// date of its own.
    Background,
    /// A habit ("every year", "usually", "regularly"): no date of its own.
    Habitual,
    /// "since 2014": when a state began, not when the event happened.
    Since,
}

/// A time expression of a sentence: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What kind of time it gives.
    pub kind: TimeKind,
    when: Option<When>,
}

/// An event's date with the phrase that gave it (or took it away).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventDate {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` for background states, habits and undated
    /// articles.
    pub date: Option<String>,
    /// The phrase of the sentence that decided it ("In August 2008", "for years"); `None`
    /// when the date is the article's.
    pub phrase: Option<String>,
}

impl EventDate {
    /// The date for a triple of modality `m`: a future act the text gives no time for has
    /// none (the modality may be settled after the date, as for a threat to act).
    pub fn for_modality(&self, m: Modality) -> EventDate {
        if m == Modality::Future && self.phrase.is_none() {
            EventDate::default()
        } else {
            self.clone()
        }
    }
}

const NUMBERS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

fn unit_of(w: &str) -> Option<(Unit, i64)> {
    Some(match w {
        "day" | "days" => (Unit::Day, 1),
        "week" | "weeks" => (Unit::Week, 1),
        "month" | "months" => (Unit::Month, 1),
        "year" | "years" => (Unit::Year, 1),
        "decade" | "decades" => (Unit::Year, 10),
        _ => return None,
    })
}

/// A count: a number word or digits; `(n, approx)`, "a few"/"several" approximate.
fn count_at(tokens: &[Token], i: usize) -> Option<(i64, bool, usize)> {
    let w = tokens.get(i)?.norm.as_str();
    if w == "a" && tokens.get(i + 1).is_some_and(|t| t.norm == "few") {
        return Some((3, true, 2));
    }
    if matches!(w, "several" | "few" | "some" | "many") {
        return Some((3, true, 1));
    }
    if let Some(&(_, n)) = NUMBERS.iter().find(|(n, _)| *n == w) {
        return Some((n, false, 1));
    }
    if (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) {
        return Some((w.parse().ok()?, false, 1));
    }
    None
}

const HABITUAL: &[&str] = &[
    "usually",
    "often",
    "regularly",
    "routinely",
    "frequently",
    "typically",
    "traditionally",
    "customarily",
    "annually",
    "habitually",
    "sometimes",
    "generally",
    "whenever",
];

/// Words a bare month or year stands after when it is the time of the clause ("in 2003",
/// "during March", "by 2030", "early 2014").
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "by",
    "early",
    "late",
    "mid",
    "mid-",
    "of",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "throughout",
];

fn month_at(tokens: &[Token], i: usize) -> Option<u32> {
    let t = tokens.get(i)?;
    if !t.capitalized {
        return None;
    }
    let w = t.norm.as_str();
    let m = civil::month_number(w)?;
    // an abbreviation is a month only with its full stop or a day beside it ("Aug 26")
    Some(m)
}

/// Every time expression of a sentence, in order (see the module doc for the forms).
pub fn time_expressions(tokens: &[Token]) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match expression_at(tokens, i) {
            Some(e) => {
                i = e.end.max(i + 1);
                out.push(e);
            }
            None => i += 1,
        }
    }
    if let Some(y) = tokens.first().and_then(|t| year_of(&t.norm)) {
        if tokens
            .get(1)
            .is_some_and(|t| matches!(t.norm.as_str(), "-" | "--" | "—" | "–" | ":"))
        {
            out.retain(|e| e.start != 0);
            out.insert(0, point(0, 1, When::Chronology(y)));
        }
    }
    out
}

fn point(start: usize, end: usize, when: When) -> TimeExpr {
    TimeExpr {
        start,
        end,
        kind: TimeKind::Point,
        when: Some(when),
    }
}

fn marker(start: usize, end: usize, kind: TimeKind) -> TimeExpr {
    TimeExpr {
        start,
        end,
        kind,
        when: None,
    }
}

/// The time expression that starts at token `i`, if one does.
fn expression_at(tokens: &[Token], i: usize) -> Option<TimeExpr> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let prev = if i > 0 { w(i - 1) } else { "" };
    let word = w(i);
    // habits
    if HABITUAL.contains(&word) {
        return Some(marker(i, i + 1, TimeKind::Habitual));
    }
    if matches!(word, "every" | "each")
        && (unit_of(w(i + 1)).is_some()
            || civil::weekday_number(w(i + 1)).is_some()
            || matches!(w(i + 1), "summer" | "winter" | "spring" | "autumn" | "time"))
    {
        return Some(marker(i, i + 2, TimeKind::Habitual));
    }
    if matches!(word, "once" | "twice" | "times") && w(i + 1) == "a" && unit_of(w(i + 2)).is_some()
    {
        return Some(marker(i, i + 3, TimeKind::Habitual));
    }
    // lasting states
    if word == "for" {
        let (n, approx, len) = count_at(tokens, i + 1).unwrap_or((0, true, 0));
        let unit = w(i + 1 + len);
        let long = matches!(
            unit,
            "years" | "decades" | "generations" | "centuries" | "ages"
        ) && (len == 0 || approx || n > 1)
            || (matches!(unit, "months" | "weeks") && approx)
            || (matches!(w(i + 1), "a" | "some") && w(i + 2) == "long" && w(i + 3) == "time");
        if long {
            let end = if w(i + 2) == "long" {
                i + 4
            } else {
                i + 2 + len
            };
            return Some(marker(i, end, TimeKind::Background));
        }
    }
    if word == "long" && matches!(prev, "has" | "have" | "had" | "'s" | "'ve" | "'d") {
        return Some(marker(i, i + 1, TimeKind::Background));
    }
    if word == "ever" && w(i + 1) == "since" {
        return Some(marker(i, i + 2, TimeKind::Background));
    }
    if matches!(word, "in" | "over" | "for")
        && (w(i + 1) == "recent" && unit_of(w(i + 2)).is_some()
            || w(i + 1) == "the"
                && (matches!(w(i + 2), "years" | "decades")
                    || matches!(w(i + 2), "past" | "last")
                        && (matches!(w(i + 3), "years" | "decades")
                            || count_at(tokens, i + 3).is_some_and(|(n, _, l)| {
                                n > 1 && matches!(w(i + 3 + l), "years" | "decades")
                            }))))
    {
        let mut end = i + 2;
        while end < tokens.len() && unit_of(w(end - 1)).is_none() {
            end += 1;
        }
        return Some(marker(i, end, TimeKind::Background));
    }
    if word == "since" {
        let inner = expression_at(tokens, i + 1).filter(|e| e.kind == TimeKind::Point);
        let end = match inner {
            Some(e) => e.end,
            None if year_of(w(i + 1)).is_some() => i + 2,
            None => return None,
        };
        return Some(marker(i, end, TimeKind::Since));
    }
    // relative to the article date
    match word {
        "yesterday" => return Some(point(i, i + 1, When::Days(-1))),
        "today" | "tonight" => return Some(point(i, i + 1, When::Days(0))),
        "tomorrow" => return Some(point(i, i + 1, When::Days(1))),
        _ => {}
    }
    if matches!(word, "earlier" | "later") && w(i + 1) == "this" {
        if let Some((u, 1)) = unit_of(w(i + 2)) {
            return Some(point(i, i + 3, When::Around(u, 0)));
        }
    }
    if matches!(
        word,
        "last" | "past" | "previous" | "next" | "coming" | "this"
    ) {
        // "over the past week", "in the last year": a stretch of time, not a point
        if prev == "the" {
            return None;
        }
        let shift = match word {
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
        let how = match shift {
            -1 => Shift::Last,
            1 => Shift::Next,
            _ => Shift::This,
        };
        let next = w(i + 1);
        if let Some((u, 1)) = unit_of(next) {
            if !next.ends_with('s') {
                return Some(point(i, i + 2, When::Around(u, shift)));
            }
        }
        if next == "weekend" {
            return Some(point(i, i + 2, When::Weekday(5, how)));
        }
        if matches!(next, "morning" | "afternoon" | "evening" | "night") && shift <= 0 {
            let d = if shift == 0 { 0 } else { -1 };
            return Some(point(i, i + 2, When::Days(d)));
        }
        if let Some(wd) = civil::weekday_number(next) {
            return Some(point(i, i + 2, When::Weekday(wd, how)));
        }
        if let Some(m) = month_at(tokens, i + 1) {
            return Some(point(i, i + 2, When::Month(m, None, how)));
        }
        return None;
    }
    // "two weeks ago", "in three days"
    if let Some((n, approx, len)) = count_at(tokens, i) {
        if let Some((u, k)) = unit_of(w(i + len)) {
            if w(i + len + 1) == "ago" {
                return Some(point(i, i + len + 2, When::Ago(n * k, u, approx)));
            }
        }
    }
    if word == "in" && w(i + 1) != "the" {
        if let Some((n, false, len)) = count_at(tokens, i + 1) {
            if let Some((u, k)) = unit_of(w(i + 1 + len)) {
                if w(i + len + 2) != "ago" {
                    return Some(point(i, i + len + 2, When::Within(n * k, u)));
                }
            }
        }
    }
    // weekdays
    if let Some(wd) = civil::weekday_number(word) {
        if tokens[i].capitalized {
            return Some(point(i, i + 1, When::Weekday(wd, Shift::Tense)));
        }
    }
    // Day Month [Year]
    if let Some(d) = day_of(word) {
        if let Some(m) = month_at(tokens, i + 1) {
            let mut k = i + 2;
            if w(k) == "." {
                k += 1;
            }
            return Some(match year_of(w(k)) {
                Some(y) => point(i, k + 1, When::Date(y, Some(m), Some(d))),
                None => point(i, i + 2, When::Month(m, Some(d), Shift::Tense)),
            });
        }
    }
    // Month [Day][,] [Year]
    if let Some(m) = month_at(tokens, i) {
        let mut k = i + 1;
        let dotted = w(k) == ".";
        if dotted {
            k += 1;
        }
        if let Some(d) = day_of(w(k)) {
            let mut k2 = k + 1;
            if w(k2) == "," {
                k2 += 1;
            }
            return Some(match year_of(w(k2)) {
                Some(y) => point(i, k2 + 1, When::Date(y, Some(m), Some(d))),
                None => point(i, k + 1, When::Month(m, Some(d), Shift::Tense)),
            });
        }
        let full = civil::month_name(m).is_some_and(|n| n.eq_ignore_ascii_case(word));
        if let Some(y) = year_of(w(k)) {
            if full || dotted {
                return Some(point(i, k + 1, When::Date(y, Some(m), None)));
            }
        }
        // a bare month: only as the time of a clause ("in November"), never "may" or "march"
        // as words
        if full && TIME_PREPOSITIONS.contains(&prev) && (prev != "of" || i >= 2) {
            return Some(point(i, i + 1, When::Month(m, None, Shift::Tense)));
        }
        return None;
    }
    // a year as the time of a clause: "in 2003", "in early 2014", "in the summer of 2012";
    // or of a thing named: "the 1949 agreement", "the 2008 war"
    if let Some(y) = year_of(word) {
        let named = prev == "the"
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word);
        if named {
            return Some(point(i, i + 1, When::Date(y, None, None)));
        }
        let time_word = TIME_PREPOSITIONS.contains(&prev) || prev.starts_with("mid-");
        let of_time = prev == "of"
            && i >= 2
            && matches!(
                w(i - 2),
                "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
                    | "end"
                    | "beginning"
                    | "start"
                    | "middle"
            );
        if time_word && (prev != "of" || of_time) {
            return Some(point(i, i + 1, When::Date(y, None, None)));
        }
    }
    None
}

/// `when` resolved against the article date `article`, counted forward for a `future`
/// event and back for the others.
fn resolve(when: When, article: Option<Date>, future: bool) -> Option<(Date, Precision)> {
    use Precision::*;
    let a = article;
    let day = |y: i64, m: u32, d: u32| civil::date(y, m, d);
    Some(match when {
        When::Date(y, None, _) => (day(y, 1, 1)?, Year),
        When::Date(y, Some(m), None) => (day(y, m, 1)?, Month),
        When::Date(y, Some(m), Some(d)) => (day(y, m, d)?, Day),
        When::Chronology(y) => (day(y, 1, 1)?, Year),
        When::Month(m, d, shift) => {
            let a = a?;
            let y = i64::from(a.year());
            let am = a.month() as u32;
            let key = |m: u32, d: Option<u32>| (m, d.unwrap_or(0));
            let here = key(am, d.map(|_| a.day() as u32));
            let year = match shift {
                Shift::This => y,
                Shift::Last => {
                    if key(m, d) < here {
                        y
                    } else {
                        y - 1
                    }
                }
                Shift::Next => {
                    if key(m, d) > here {
                        y
                    } else {
                        y + 1
                    }
                }
                Shift::Tense if future => {
                    if key(m, d) >= here {
                        y
                    } else {
                        y + 1
                    }
                }
                Shift::Tense => {
                    if key(m, d) <= here {
                        y
                    } else {
                        y - 1
                    }
                }
            };
            match d {
                Some(d) => (day(year, m, d)?, Day),
                None => (day(year, m, 1)?, Month),
            }
        }
        When::Weekday(wd, shift) => {
            let a = a?;
            let today = civil::weekday(a) as i64;
            let back = (today - wd as i64).rem_euclid(7);
            let ahead = (wd as i64 - today).rem_euclid(7);
            let delta = match shift {
                Shift::Last => -(if back == 0 { 7 } else { back }),
                Shift::Next => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                Shift::This | Shift::Tense if future => ahead,
                Shift::This | Shift::Tense => -back,
            };
            (civil::add_days(a, delta)?, Day)
        }
        When::Days(n) => (civil::add_days(a?, n)?, Day),
        When::Ago(n, unit, approx) => {
            let a = a?;
            match unit {
                Unit::Day => (civil::add_days(a, -n)?, if approx { Month } else { Day }),
                Unit::Week => (
                    civil::add_days(a, -7 * n)?,
                    if approx { Month } else { Day },
                ),
                Unit::Month => (civil::add_months(a, -n)?, if approx { Year } else { Month }),
                Unit::Year => (civil::add_months(a, -12 * n)?, Year),
            }
        }
        When::Within(n, unit) => {
            if !future {
                return None;
            }
            let a = a?;
            match unit {
                Unit::Day => (civil::add_days(a, n)?, Day),
                Unit::Week => (civil::add_days(a, 7 * n)?, Day),
                Unit::Month => (civil::add_months(a, n)?, Month),
                Unit::Year => (civil::add_months(a, 12 * n)?, Year),
            }
        }
        When::Around(unit, n) => {
            let a = a?;
            match unit {
                Unit::Day => (civil::add_days(a, n)?, Day),
                Unit::Week => (civil::add_days(a, 7 * n)?, Month),
                Unit::Month => (civil::add_months(a, n)?, Month),
                Unit::Year => (civil::add_months(a, 12 * n)?, Year),
            }
        }
    })
}

/// Whether `when` points past the article date by its own words ("next month", "in two
/// weeks", "tomorrow").
fn forward(when: When) -> bool {
    matches!(
        when,
        When::Within(..)
            | When::Days(1..)
            | When::Around(_, 1..)
            | When::Month(_, _, Shift::Next)
            | When::Weekday(_, Shift::Next)
    )
}

fn format_date(d: Date, p: Precision) -> String {
    match p {
        Precision::Year => format!("{:04}", d.year()),
        Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
        Precision::Day => d.to_string(),
    }
}

/// The words of the event's clause that a time phrase may hang on: the trigger, and above
/// it what shares its time (a verb it is the `xcomp` or `conj` of: "plans to visit", "met
/// and signed"; the verb a nominal trigger is an argument of: "began a visit").
fn clause_words(tree: &Tree, trigger: usize) -> Vec<usize> {
    let mut chain = vec![trigger];
    let mut w = trigger;
    for _ in 0..4 {
        let Some(h) = tree.head(w) else {
            break;
        };
        let nominal = matches!(tree.upos(w), Upos::Noun | Upos::Propn);
        let shares = match tree.rel(w) {
            Rel::Xcomp | Rel::Conj => true,
            Rel::Obj
            | Rel::Nsubj
            | Rel::NsubjPass
            | Rel::Obl
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

/// Whether the time expression `e` hangs on one of `chain` in the tree: its head word (the
/// word of the expression whose head lies outside it) depends on a word of the chain.
fn hangs_on(tree: &Tree, e: &TimeExpr, chain: &[usize]) -> bool {
    let inside = |w: usize| (e.start..e.end).contains(&tree.token(w));
    let Some(anchor) =
        (0..tree.len()).find(|&w| inside(w) && tree.head(w).is_none_or(|h| !inside(h)))
    else {
        return false;
    };
    let Some(mut h) = tree.head(anchor) else {
        return chain.contains(&anchor);
    };
    // a phrase the parser hung on a place or a thing of the clause ("held talks in Paris on
    // Tuesday") is the clause's time all the same
    for _ in 0..2 {
        if chain.contains(&h) {
            return true;
        }
        let modifier = matches!(tree.upos(h), Upos::Noun | Upos::Propn)
            && matches!(tree.rel(h), Rel::Obl | Rel::Nmod);
        match tree.head(h) {
            Some(up) if modifier => h = up,
            _ => break,
        }
    }
    chain.contains(&h) || chain.contains(&anchor)
}

/// Whether the act is only possible by the words before it: a modal ("could attack",
/// "should go"), readiness or a plan ("ready to use", "plans to protect"), an idea or a risk
/// ("the idea of negotiating", "the risk of attacking").
fn hypothetical_by_words(tokens: &[Token], trigger: usize) -> bool {
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
        )
}

/// Whether the trigger stands in a relative clause by the words: "which", "who" or "whom"
/// shortly before it, with no other clause opener between.
fn relative_by_words(tokens: &[Token], trigger: usize) -> bool {
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

/// Verbs whose perfect is a lasting state ("has supported", "have backed"), not an act.
const STATIVE_PERFECT: &[&str] = &[
    "supported",
    "backed",
    "opposed",
    "occupied",
    "controlled",
    "armed",
    "funded",
    "financed",
    "sponsored",
    "dominated",
    "ruled",
    "protected",
    "sheltered",
    "harboured",
    "harbored",
];

/// The perfect of the trigger ("has supported", "have long backed"), with the auxiliary's
/// token, when it is a lasting state: a stative verb, or any verb in a relative clause
/// ("Iran, which Washington has accused of ...").
fn perfect_state(tokens: &[Token], clause_start: usize, trigger: usize) -> Option<usize> {
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
    (STATIVE_PERFECT.contains(&tokens[trigger].norm.as_str()) || relative).then_some(aux)
}

/// Words that open another clause: a time phrase beyond one is not the event's.
const CLAUSE_OPENERS: &[&str] = &[
    ",", ";", ":", "(", ")", "--", "—", "that", "which", "who", "whom", "whose", "where", "while",
    "because", "after", "before", "when", "although", "though", "until", "and", "but",
];

/// Whether `e` lies in the event's clause by the words alone (for events read without a
/// tree): between the clause's opening and the trigger with no clause opener between it and
/// the trigger, or after the trigger before the next opener; or a fronted phrase ("In August
/// 2008, Russia ...") just before the clause.
fn in_clause_words(tokens: &[Token], e: &TimeExpr, clause_start: usize, trigger: usize) -> bool {
    let opener = |k: usize| CLAUSE_OPENERS.contains(&tokens[k].norm.as_str());
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
            },
            None => EventDate {
                date: article_date.map(str::to_string),
                phrase: None,
            },
        }
    };
    let chain = tree.map(|(t, w)| (t, clause_words(t, w)));
    let own: Vec<&TimeExpr> = times
        .iter()
        .filter(|e| !matches!(e.when, Some(When::Chronology(_))))
        .filter(|e| match &chain {
            Some((t, chain)) => hangs_on(t, e, chain),
            None => in_clause_words(tokens, e, clause_start, trigger),
        })
        .collect();
    // what might be is counted forward like what will be ("could meet on Tuesday")
    let might = hypothetical_by_words(tokens, trigger);
    let future = modality == Modality::Future || might;
    // the most precise point of time the clause gives
    let mut best: Option<(&TimeExpr, Date, Precision)> = None;
    for e in own.iter().filter(|e| e.kind == TimeKind::Point) {
        let Some((d, p)) = e.when.and_then(|w| resolve(w, article, future)) else {
            continue;
        };
        if best.is_none_or(|(_, _, bp)| p > bp) {
            best = Some((e, d, p));
        }
    }
    if let Some((e, d, p)) = best {
        // a past event is never dated after its article ("next month" says the event is
        // to come, whatever the verb)
        let after = article.is_some_and(|a| d > a);
        if !after || future || e.when.is_some_and(forward) {
            return EventDate {
                date: Some(format_date(d, p)),
                phrase: Some(phrase(e)),
            };
        }
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
        };
    }
    if let Some(aux) = perfect_state(tokens, clause_start, trigger) {
        return EventDate {
            date: None,
            phrase: Some(text[tokens[aux].start..tokens[trigger].end].to_string()),
        };
    }
    // what is still to come has no date until the text gives one; nor has what might be
    if future {
        return EventDate::default();
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
                    t.rel(k) == Rel::Mark
                        && (matches!(t.norm(k), "if" | "unless")
                            || matches!(t.norm(k), "when" | "once" | "until" | "whenever")
                                && matches!(t.words[w].xpos, "VBZ" | "VBP" | "VB"))
                })
        });
        if named || conditional || t.rel(top) == Rel::AclRelcl {
            return EventDate::default();
        }
    } else if relative_by_words(tokens, trigger) {
        return EventDate::default();
    }
    fallback()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn date(s: &str, base: Option<&str>) -> Option<String> {
        sentence_date(&tokenize(s, 0), base)
    }

    #[test]
    fn weekdays_resolve_backwards_from_the_article_date() {
        // 2022-11-11 was a Friday
        assert_eq!(
            date("They met on Wednesday.", Some("2022-11-11")).as_deref(),
            Some("2022-11-09")
        );
        assert_eq!(
            date("They met on Friday.", Some("2022-11-11")).as_deref(),
            Some("2022-11-11")
        );
        assert_eq!(
            date("They meet next Monday.", Some("2022-11-11")).as_deref(),
            Some("2022-11-14")
        );
        assert_eq!(date("They met on Wednesday.", None), None);
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            date("It fell on September 30, 1938.", None).as_deref(),
            Some("1938-09-30")
        );
        assert_eq!(
            date("It fell on 30 Sept. 1938.", None).as_deref(),
            Some("1938-09-30")
        );
        assert_eq!(
            date("The war ended on Aug 26.", Some("2014-09-02")).as_deref(),
            Some("2014-08-26")
        );
        assert_eq!(date("They may meet.", Some("2014-09-02")), None);
        assert_eq!(
            date("He left yesterday.", Some("2014-03-01")).as_deref(),
            Some("2014-02-28")
        );
    }

    fn period(s: &str, at: &str, d: Option<&str>) -> Option<String> {
        let toks = tokenize(s, 0);
        let t = toks.iter().position(|t| t.norm == at).expect("trigger");
        event_period(&toks, 0, t, d)
    }

    #[test]
    fn months_and_years_of_the_event_clause() {
        assert_eq!(
            period(
                "Russia attacked Georgia in August 2008.",
                "attacked",
                Some("2022-03-01")
            )
            .as_deref(),
            Some("2008-08")
        );
        assert_eq!(
            period(
                "He visited Iraq twice in 1995.",
                "visited",
                Some("1996-08-20")
            )
            .as_deref(),
            Some("1995")
        );
        // the article's own year says nothing more than the article date
        assert_eq!(
            period("They met twice in 1996.", "met", Some("1996-08-20")),
            None
        );
        // another clause's year is not this event's
        let s = "The king, who last visited China in 1993, will meet Jiang Zemin.";
        assert_eq!(period(s, "visited", None).as_deref(), Some("1993"));
        assert_eq!(period(s, "meet", None), None);
        assert_eq!(period("The 1994 pact holds.", "holds", None), None);
    }

    #[test]
    fn chronology_entries_are_dated_by_their_year() {
        assert_eq!(
            date(
                "1993 - Six republics signed a currency pact.",
                Some("1996-08-31")
            )
            .as_deref(),
            Some("1993")
        );
        assert_eq!(
            date("1993 - They met on May 3, 1993.", None).as_deref(),
            Some("1993-05-03")
        );
        assert_eq!(date("1993 was a year of talks.", None), None);
    }

    // --- time expressions and event dates -------------------------------------------

    /// The date `event_date` gives the event whose trigger is `at`, read by the words.
    fn by_words(s: &str, at: &str, modality: Modality, article: Option<&str>) -> EventDate {
        let toks = tokenize(s, 0);
        let t = toks.iter().position(|t| t.norm == at).expect("trigger");
        let times = time_expressions(&toks);
        event_date(s, &toks, &times, None, 0, t, modality, article)
    }

    fn past(s: &str, at: &str) -> Option<String> {
        by_words(s, at, Modality::Asserted, Some(ARTICLE)).date
    }

    /// A Wednesday.
    const ARTICLE: &str = "2021-05-05";

    #[test]
    fn each_date_form_resolves_with_its_precision() {
        for (s, at, want) in [
            (
                "Chad shelled Niger on 4 April 2019.",
                "shelled",
                "2019-04-04",
            ),
            (
                "Chad shelled Niger on April 4, 2019.",
                "shelled",
                "2019-04-04",
            ),
            (
                "Chad shelled Niger on Sept. 4, 2019.",
                "shelled",
                "2019-09-04",
            ),
            ("Chad shelled Niger in August 2008.", "shelled", "2008-08"),
            ("Chad shelled Niger in 2003.", "shelled", "2003"),
            ("Chad shelled Niger in early 2014.", "shelled", "2014"),
            (
                "Chad shelled Niger in the summer of 2012.",
                "shelled",
                "2012",
            ),
            ("Chad shelled Niger on April 4.", "shelled", "2021-04-04"),
            ("Chad shelled Niger in March.", "shelled", "2021-03"),
            // a month after the article's, for a past event, is last year's
            ("Chad shelled Niger in December.", "shelled", "2020-12"),
            ("Chad shelled Niger on Monday.", "shelled", "2021-05-03"),
            ("Chad shelled Niger on Wednesday.", "shelled", "2021-05-05"),
            (
                "Chad shelled Niger last Wednesday.",
                "shelled",
                "2021-04-28",
            ),
            ("Chad shelled Niger yesterday.", "shelled", "2021-05-04"),
            ("Chad shelled Niger last night.", "shelled", "2021-05-04"),
            ("Chad shelled Niger two weeks ago.", "shelled", "2021-04-21"),
            ("Chad shelled Niger 3 days ago.", "shelled", "2021-05-02"),
            ("Chad shelled Niger a few days ago.", "shelled", "2021-05"),
            ("Chad shelled Niger six months ago.", "shelled", "2020-11"),
            ("Chad shelled Niger two years ago.", "shelled", "2019"),
            ("Chad shelled Niger last week.", "shelled", "2021-04"),
            ("Chad shelled Niger last month.", "shelled", "2021-04"),
            ("Chad shelled Niger last year.", "shelled", "2020"),
            ("Chad shelled Niger last November.", "shelled", "2020-11"),
            ("Chad shelled Niger last weekend.", "shelled", "2021-05-01"),
            ("Earlier this year, Chad shelled Niger.", "shelled", "2021"),
            (
                "Chad shelled Niger earlier this month.",
                "shelled",
                "2021-05",
            ),
        ] {
            assert_eq!(past(s, at).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn the_phrase_that_gave_the_date_is_kept() {
        let d = by_words(
            "In August 2008, Chad shelled Niger.",
            "shelled",
            Modality::Asserted,
            Some(ARTICLE),
        );
        assert_eq!(d.date.as_deref(), Some("2008-08"));
        assert_eq!(d.phrase.as_deref(), Some("August 2008"));
        let d = by_words(
            "Chad shelled Niger.",
            "shelled",
            Modality::Asserted,
            Some(ARTICLE),
        );
        assert_eq!((d.date.as_deref(), d.phrase), (Some(ARTICLE), None));
    }

    #[test]
    fn a_future_event_keeps_its_intended_date() {
        let future = |s: &str, at: &str| by_words(s, at, Modality::Future, Some(ARTICLE)).date;
        assert_eq!(
            future("Chad will visit Niger next month.", "visit").as_deref(),
            Some("2021-06")
        );
        assert_eq!(
            future("Chad will visit Niger in March.", "visit").as_deref(),
            Some("2022-03")
        );
        assert_eq!(
            future("Chad will visit Niger on Monday.", "visit").as_deref(),
            Some("2021-05-10")
        );
        assert_eq!(
            future("Chad will visit Niger in two weeks.", "visit").as_deref(),
            Some("2021-05-19")
        );
        assert_eq!(
            future("Chad will visit Niger tomorrow.", "visit").as_deref(),
            Some("2021-05-06")
        );
        // no date given, none known
        assert_eq!(future("Chad will visit Niger.", "visit"), None);
        // what might be is counted forward too; what may have been, back
        assert_eq!(
            past("Chad could visit Niger on Friday.", "visit").as_deref(),
            Some("2021-05-07")
        );
        assert_eq!(
            past("Chad may have shelled Niger on Friday.", "shelled").as_deref(),
            Some("2021-04-30")
        );
        // "next year" says the event is to come, whatever the verb
        assert_eq!(
            past("Chad agreed to visit Niger next year.", "visit").as_deref(),
            Some("2022")
        );
    }

    #[test]
    fn a_past_event_is_never_dated_after_its_article() {
        // an explicit year after the article's cannot be a past event's: the article's date
        assert_eq!(
            past("Chad shelled Niger in 2025.", "shelled").as_deref(),
            Some(ARTICLE)
        );
        assert_eq!(
            past("Chad shelled Niger on May 20.", "shelled").as_deref(),
            Some("2020-05-20")
        );
        // "in two weeks" is only a future event's
        assert_eq!(
            past("Chad shelled Niger in two weeks.", "shelled").as_deref(),
            Some(ARTICLE)
        );
    }

    #[test]
    fn background_states_and_habits_have_no_date() {
        for (s, at, why) in [
            (
                "Chad and Niger have been at odds for years.",
                "been",
                "for years",
            ),
            (
                "Chad has fought Niger for decades.",
                "fought",
                "for decades",
            ),
            ("Chad has long supported Niger.", "supported", "long"),
            (
                "Chad has occupied the strip since 2014.",
                "occupied",
                "since 2014",
            ),
            (
                "Chad has backed Niger in recent years.",
                "backed",
                "in recent years",
            ),
            ("Chad usually backs Niger.", "backs", "usually"),
            ("Chad meets Niger every year.", "meets", "every year"),
            ("Chad meets Niger twice a year.", "meets", "twice a year"),
            ("Chad has backed Niger in the war.", "backed", "has backed"),
            (
                "Mali, which Chad has accused of raids, met Niger.",
                "accused",
                "has accused",
            ),
        ] {
            let d = by_words(s, at, Modality::Asserted, Some(ARTICLE));
            assert_eq!(d.date, None, "{s}");
            assert_eq!(d.phrase.as_deref(), Some(why), "{s}");
        }
        // the perfect of an act is news of the day
        assert_eq!(
            past("Chad has shelled Niger.", "shelled").as_deref(),
            Some(ARTICLE)
        );
        // a short stretch of a dated event is no background
        assert_eq!(
            past("Chad met Niger for two days in 2003.", "met").as_deref(),
            Some("2003")
        );
        // "since" with a simple past dates nothing and takes nothing away
        assert_eq!(
            past("Chad visited Niger, its first visit since 2014.", "visited").as_deref(),
            Some(ARTICLE)
        );
    }

    #[test]
    fn another_clause_time_is_not_the_event_time() {
        let s = "Chad said on Friday that Niger shelled Mali in 2010.";
        assert_eq!(past(s, "shelled").as_deref(), Some("2010"));
        assert_eq!(past(s, "said").as_deref(), Some("2021-04-30"));
        let s = "Chad said on Friday that Niger shelled Mali.";
        assert_eq!(past(s, "shelled").as_deref(), Some(ARTICLE));
        let s = "Chad, which shelled Mali in 2010, met Niger.";
        assert_eq!(past(s, "met").as_deref(), Some(ARTICLE));
    }

    #[test]
    fn words_that_are_not_times() {
        for s in [
            "Chad may shell Niger.",
            "Chad's troops march on Niger.",
            "Chad shelled Niger over the past week.",
            "Chad shelled 2003 targets in Niger.",
        ] {
            let toks = tokenize(s, 0);
            let found: Vec<_> = time_expressions(&toks)
                .into_iter()
                .filter(|e| e.kind == TimeKind::Point)
                .collect();
            assert!(found.is_empty(), "{s}: {found:?}");
        }
    }

    #[test]
    fn an_undated_article_dates_only_what_its_text_fixes() {
        let d = by_words(
            "Chad shelled Niger on Monday.",
            "shelled",
            Modality::Asserted,
            None,
        );
        assert_eq!(d.date, None);
        let d = by_words(
            "Chad shelled Niger in 2003.",
            "shelled",
            Modality::Asserted,
            None,
        );
        assert_eq!(d.date.as_deref(), Some("2003"));
    }

    /// The dates the whole extractor gives, over the dependency tree.
    fn extracted(text: &str, date: Option<&str>) -> Vec<crate::model::Triple> {
        let lex = crate::lexicon::Lexicon::builtin().expect("lexicon");
        let ex = super::super::Extractor::new(&lex);
        let a = crate::model::Article {
            id: "t".into(),
            date: date.map(str::to_string),
            text: text.into(),
            ..Default::default()
        };
        ex.extract_article(&a)
    }

    fn dated<'a>(ts: &'a [crate::model::Triple], rel: &str) -> Option<&'a str> {
        let t = ts
            .iter()
            .find(|t| t.relation == rel)
            .unwrap_or_else(|| panic!("no {rel} in {ts:#?}"));
        t.date.as_deref()
    }

    #[test]
    fn events_over_the_tree_take_their_own_clause_time() {
        let ts = extracted("In August 2008, Russia attacked Georgia.", Some(ARTICLE));
        assert_eq!(dated(&ts, "attacks"), Some("2008-08"));
        assert_eq!(ts[0].evidence.article_date.as_deref(), Some(ARTICLE));
        assert_eq!(ts[0].date_phrase.as_deref(), Some("August 2008"));
        let ts = extracted("Russia invaded Georgia in 2008.", Some(ARTICLE));
        assert_eq!(dated(&ts, "invades"), Some("2008"));
        // the report is Friday's, the attack 2010's
        let ts = extracted(
            "Iran said on Friday that Iraq attacked Kuwait in 2010.",
            Some(ARTICLE),
        );
        assert_eq!(dated(&ts, "attacks"), Some("2010"));
        assert_eq!(dated(&ts, "accuses"), Some("2021-04-30"));
        let ts = extracted("Turkey attacked Syria last November.", Some(ARTICLE));
        assert_eq!(dated(&ts, "attacks"), Some("2020-11"));
        let ts = extracted("China will visit Russia next month.", Some(ARTICLE));
        let t = ts.iter().find(|t| t.relation == "visits").unwrap();
        assert_eq!(t.modality, Modality::Future);
        assert_eq!(t.date.as_deref(), Some("2021-06"));
        // a time phrase the parser hangs on a place of the clause
        let ts = extracted(
            "Dennis Ross met Egyptian officials in Cairo on Tuesday.",
            Some(ARTICLE),
        );
        assert_eq!(dated(&ts, "meets"), Some("2021-05-04"));
        // an act a relative clause recalls is background
        let ts = extracted(
            "Iran denounced the scandal in which Britain sold arms to Iraq.",
            Some(ARTICLE),
        );
        assert_eq!(dated(&ts, "supplies"), None);
        // what might be
        let ts = extracted("Experts say Chile could attack Peru.", Some(ARTICLE));
        assert_eq!(dated(&ts, "attacks"), None);
        // a condition, or a time still to come
        let ts = extracted("Peru will protest if Chile attacks Bolivia.", Some(ARTICLE));
        assert_eq!(dated(&ts, "attacks"), None);
        // a nominal event in apposition takes the time of what it stands beside
        let ts = extracted(
            "Erdogan arrived in Moscow on Monday for a summit, his first visit to Russia.",
            Some(ARTICLE),
        );
        assert_eq!(dated(&ts, "visits"), Some("2021-05-03"));
        // a year names the thing's time
        let ts = extracted(
            "Norway said the 1994 agreement between Chile and Peru still held.",
            Some(ARTICLE),
        );
        assert_eq!(dated(&ts, "signs_agreement_with"), Some("1994"));
        let ts = extracted("Iran has long supported Syria.", Some(ARTICLE));
        assert_eq!(dated(&ts, "supports"), None);
        let ts = extracted("France and Germany meet every year.", Some(ARTICLE));
        assert_eq!(dated(&ts, "meets"), None);
        let ts = extracted("Iraq accused Iran last week.", None);
        assert_eq!(dated(&ts, "accuses"), None);
        assert_eq!(ts[0].evidence.article_date, None);
    }
}
