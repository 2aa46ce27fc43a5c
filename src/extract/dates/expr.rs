//! Time phrases: what they say (a point, a span, a marker of a state or a habit), found in a
//! sentence's words; `resolve.rs` gives the date they name.

use super::*;

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
pub(super) enum Shift {
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
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a time expression says, before it is resolved against the article date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
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
    pub(super) when: Option<When>,
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
    /// Whether the clause's own time lies after the article's day ("next week"): the act
    /// has not happened yet.
    pub after_article: bool,
    /// For what is said not to be going to happen ("will not negotiate"), which has no date,
    /// the date it is said on: the refusal itself is news of the day.
    pub(super) refused_on: Option<String>,
}

impl EventDate {
    /// The date for a triple of modality `m`: a future act the text gives no time for has
    /// none, nor has a hedged one ("is suspected of attacking", "the best course is for
    /// Norway to join forces with Sweden"): what might be or might have been did not happen
    /// on the article's date (the modality may be settled after the date, as for a threat
    /// to act).
    pub fn for_modality(&self, m: Modality) -> EventDate {
        if matches!(m, Modality::Future | Modality::Hedged) && self.phrase.is_none() {
            EventDate::default()
        } else if matches!(m, Modality::Asserted | Modality::Reported) && self.date.is_none() {
            // the rejection a refusal is read as ("will not negotiate") is made on the day
            EventDate {
                date: self.refused_on.clone(),
                ..self.clone()
            }
        } else {
            self.clone()
        }
    }
}

pub(super) const NUMBERS: &[(&str, i64)] = &[
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

pub(super) fn unit_of(w: &str) -> Option<(Unit, i64)> {
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
pub(super) fn count_at(tokens: &[Token], i: usize) -> Option<(i64, bool, usize)> {
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

pub(super) const HABITUAL: &[&str] = &[
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
pub(super) const TIME_PREPOSITIONS: &[&str] = &[
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

pub(super) fn month_at(tokens: &[Token], i: usize) -> Option<u32> {
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

pub(super) fn point(start: usize, end: usize, when: When) -> TimeExpr {
    TimeExpr {
        start,
        end,
        kind: TimeKind::Point,
        when: Some(when),
    }
}

pub(super) fn marker(start: usize, end: usize, kind: TimeKind) -> TimeExpr {
    TimeExpr {
        start,
        end,
        kind,
        when: None,
    }
}

/// The time expression that starts at token `i`, if one does.
pub(super) fn expression_at(tokens: &[Token], i: usize) -> Option<TimeExpr> {
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
    if word == "for"
        && matches!(w(i + 1), "long" | "extended" | "lengthy" | "prolonged")
        && matches!(w(i + 2), "periods" | "stretches" | "spells")
    {
        return Some(marker(i, i + 3, TimeKind::Background));
    }
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
    // "in the past" with no stretch named ("in the past two days" is one)
    if word == "in"
        && w(i + 1) == "the"
        && w(i + 2) == "past"
        && unit_of(w(i + 3)).is_none()
        && count_at(tokens, i + 3).is_none()
        && w(i + 3) != "couple"
    {
        return Some(marker(i, i + 3, TimeKind::Background));
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
        // "since shortly after the 1991 war", "since just before May"
        let mut k = i + 1;
        if matches!(w(k), "shortly" | "soon" | "just" | "immediately" | "right")
            && matches!(w(k + 1), "after" | "before")
        {
            k += 1;
        }
        let around = matches!(w(k), "after" | "before");
        if around {
            k += 1;
        }
        // "since the 1967 war"
        if w(k) == "the" && year_of(w(k + 1)).is_some() {
            k += 1;
        }
        let inner = expression_at(tokens, k).filter(|e| e.kind == TimeKind::Point);
        // or a time further on in the phrase: "since shortly after the war in 1991", "since
        // the end of the war in 1982" (not in a clause: "since its troops invaded Kuwait in
        // 1990" is when the invasion was)
        let phrase = around
            || w(k) == "the" && matches!(w(k + 1), "end" | "start" | "beginning" | "outbreak");
        let later = || {
            (k + 1..(k + 7).min(tokens.len()))
                .filter(|_| phrase)
                .take_while(|&j| !CLAUSE_OPENERS.contains(&w(j)) && w(j) != ".")
                .find_map(|j| expression_at(tokens, j).filter(|e| e.kind == TimeKind::Point))
                .map(|e| e.end)
        };
        let end = match inner {
            Some(e) => e.end,
            None if year_of(w(k)).is_some() => k + 1,
            None => later()?,
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
            // "last November 25": the day of that month
            if let Some(d) = day_of(w(i + 2)) {
                return Some(point(i, i + 3, When::Month(m, Some(d), how)));
            }
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
    // holidays on a fixed day: "on Christmas Day", "on New Year's Eve", "at Christmas 1996"
    if let Some((m, d, len)) = holiday_at(tokens, i) {
        return Some(day_of_month(tokens, i, i + len, (m, d), i + len));
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
            let k = if w(i + 2) == "." { i + 3 } else { i + 2 };
            return Some(day_of_month(tokens, i, k, (m, d), i + 2));
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
            let k2 = if w(k + 1) == "," { k + 2 } else { k + 1 };
            return Some(day_of_month(tokens, i, k2, (m, d), k + 1));
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
    // or of a thing named: "the 1949 agreement", "the 2008 war", "Iraq's 1990 invasion",
    // "its 1994 treaty"
    if let Some(y) = year_of(word) {
        let named = matches!(prev, "the" | "'s" | "’s" | "its" | "their" | "his" | "her")
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

/// The day `d` of month `m` that the expression from token `i` names, with the year at
/// token `year` when one stands there ("4 April 2019", "April 4, 2019", "Christmas 1996"),
/// else without its year, ending at token `end` ("4 April", "April 4").
fn day_of_month(
    tokens: &[Token],
    i: usize,
    year: usize,
    (m, d): (u32, u32),
    end: usize,
) -> TimeExpr {
    match tokens.get(year).and_then(|t| year_of(&t.norm)) {
        Some(y) => point(i, year + 1, When::Date(y, Some(m), Some(d))),
        None => point(i, end, When::Month(m, Some(d), Shift::Tense)),
    }
}

/// The month and day of a holiday on a fixed day that starts at token `i` (capitalised, as
/// holidays are written), and its length in tokens: "Christmas" (Eve, Day), "New Year's"
/// (Eve, Day), "Boxing Day".
fn holiday_at(tokens: &[Token], i: usize) -> Option<(u32, u32, usize)> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let cap = |k: usize| tokens.get(k).is_some_and(|t| t.capitalized);
    if !cap(i) {
        return None;
    }
    match w(i) {
        "christmas" => Some(match w(i + 1) {
            "eve" if cap(i + 1) => (12, 24, 2),
            "day" if cap(i + 1) => (12, 25, 2),
            _ => (12, 25, 1),
        }),
        "new" if w(i + 1) == "year" && cap(i + 1) && matches!(w(i + 2), "'s" | "’s") => {
            Some(match w(i + 3) {
                "eve" if cap(i + 3) => (12, 31, 4),
                "day" if cap(i + 3) => (1, 1, 4),
                _ => (1, 1, 3),
            })
        }
        "boxing" if w(i + 1) == "day" && cap(i + 1) => Some((12, 26, 2)),
        _ => None,
    }
}
