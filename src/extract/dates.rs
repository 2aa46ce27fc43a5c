//! Dates in a sentence, resolved against the article date: weekdays ("on Wednesday"),
//! "yesterday"/"today", and explicit dates ("September 30, 1938", "30 Sept. 1938", "Aug 26").

use crate::text::Token;

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

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn parse_article_date(s: &str) -> Option<(i64, u32, u32)> {
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some((y, m, d))
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
            let today = days_from_civil(y, m, d);
            // 1970-01-01 was a Thursday (index 3 with Monday = 0)
            let today_wd = (today + 3).rem_euclid(7) as usize;
            let next = i > 0 && matches!(tokens[i - 1].norm.as_str(), "next" | "coming");
            let delta = if next {
                ((wd + 7 - today_wd) % 7).max(1) as i64
            } else {
                -(((today_wd + 7 - wd) % 7) as i64)
            };
            let (y2, m2, d2) = civil_from_days(today + delta);
            return Some(fmt(y2, m2, d2));
        }
        match w {
            "yesterday" | "today" | "tonight" | "tomorrow" => {
                let (y, m, d) = base?;
                let delta = match w {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                let (y2, m2, d2) = civil_from_days(days_from_civil(y, m, d) + delta);
                return Some(fmt(y2, m2, d2));
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

    #[test]
    fn civil_round_trip() {
        for z in [-100000, -1, 0, 1, 19000, 30000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }
}
