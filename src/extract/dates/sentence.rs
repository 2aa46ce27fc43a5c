//! Dates a sentence states outright, read by the words: the calendar words (month names,
//! days of the month, years), the article date, the first date of a sentence
//! ([`sentence_date`]) and the month or year of a clause ([`event_period`]).

use super::*;

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
