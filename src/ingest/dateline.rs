//! The publication date an article's own text gives, for inputs without one: a dateline
//! ("LAGOS, May 3, 2021 (Reuters) -", "May 3 (AP) —"), a "Published 3 May 2021" line, or a
//! line under the title that is only a date ("Monday, 3 May 2021, 10:42 GMT"). Also the
//! written dates that metadata and record fields carry (ISO 8601, RFC 2822, "May 3, 2021").
//! Only the top of the text is read: a date further down is an event's, not the article's.

use crate::shared::civil::{self, month_number};

/// How many lines of the top of the text may hold the dateline (the title, a byline, a
/// "Published" line, the first paragraph).
const TOP_LINES: usize = 6;
/// How far into a line a dateline may start ("WASHINGTON DC, United States (Agency) -").
const DATELINE_REACH: usize = 80;

/// A date read from the top of a text: a whole day, or a month and day without a year
/// ("May 3 (AP) —") that only a year known otherwise (`--date`) can complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopDate {
    /// `YYYY-MM-DD`.
    Day(i64, u32, u32),
    /// A month and a day, the year not given.
    MonthDay(u32, u32),
}

impl TopDate {
    /// As `YYYY-MM-DD`: a month and day take the latest year that puts them on or before
    /// `fallback` (the `--date`); without one they give nothing.
    pub fn resolve(self, fallback: Option<&str>) -> Option<String> {
        match self {
            TopDate::Day(y, m, d) => civil::date(y, m, d).map(|d| d.to_string()),
            TopDate::MonthDay(m, d) => {
                let base = civil::parse_day(fallback?)?;
                let y = i64::from(base.year());
                let this = civil::date(y, m, d)?;
                let day = if this > base {
                    civil::date(y - 1, m, d)?
                } else {
                    this
                };
                Some(day.to_string())
            }
        }
    }
}

/// A written date as `YYYY-MM-DD`: ISO 8601 ("2021-05-03", "2021-05-03T10:00:00Z",
/// "20210503", "2021/05/03"), RFC 2822 ("Mon, 03 May 2021 10:00:00 GMT") and prose ("May 3,
/// 2021", "3 May 2021"), or Unix seconds when `unix` is true. The day is the one written,
/// whatever the time zone.
pub fn written_date(s: &str, unix: bool) -> Option<String> {
    let s = s.trim();
    if let Some(d) = super::normalize_date(s) {
        return Some(d);
    }
    if unix && (9..=11).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        return civil::unix_day(s.parse().ok()?).map(|d| d.to_string());
    }
    let words = words(s);
    match find_date(&words, 0)? {
        (TopDate::Day(y, m, d), _, _) => civil::date(y, m, d).map(|d| d.to_string()),
        _ => None,
    }
}

/// The publication date the top of `text` states (see the module doc).
pub fn top_date(text: &str) -> Option<TopDate> {
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
    {
        let words = words(line);
        let Some(first) = words.first() else {
            continue;
        };
        // "Published 3 May 2021", "Posted: May 3, 2021"
        let lead = first.to_ascii_lowercase();
        if matches!(
            lead.as_str(),
            "published" | "posted" | "dated" | "first" | "date"
        ) {
            let from = if lead == "first" { 2 } else { 1 };
            if let Some((d, _, _)) = find_date(&words, from).filter(|(_, at, _)| *at <= from + 1) {
                return Some(d);
            }
            continue;
        }
        // a line that is only a date (a weekday, a time and a zone may stand beside it)
        if let Some((d, _, end)) = find_date(&words, 0).filter(|(_, at, _)| *at <= 1) {
            let rest_is_time = words[end..].iter().all(|w| {
                w.bytes().any(|b| b.is_ascii_digit()) && w.len() <= 8
                    || matches!(
                        w.to_ascii_lowercase().as_str(),
                        "gmt" | "utc" | "et" | "est" | "edt" | "bst" | "cet" | "am" | "pm" | "|"
                    )
            });
            if rest_is_time {
                return Some(d);
            }
        }
        // a dateline: "PLACE, May 3, 2021 (Agency) -", "May 3 (AP) —"
        let head = &line[..floor_char_boundary(line, DATELINE_REACH)];
        if let Some(dash) = dateline_end(head) {
            let words = self::words(&line[..dash]);
            let month = |w: &str| month_number(&w.to_ascii_lowercase()).is_some();
            let start = (0..words.len()).find(|&i| {
                month(words[i])
                    || day_of(words[i]).is_some() && words.get(i + 1).is_some_and(|n| month(n))
            });
            if let Some(start) = start {
                // what stands before the date is a place in capitals or a name of places
                let place_ok = words[..start].iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) || *w == "-" || *w == "/"
                });
                if place_ok {
                    if let Some((d, _, _)) =
                        find_date(&words, start).filter(|(_, at, _)| *at == start)
                    {
                        return Some(d);
                    }
                }
            }
        }
    }
    None
}

/// Where a dateline ends: at the dash after it ("(Reuters) -", "—", "--").
fn dateline_end(head: &str) -> Option<usize> {
    [" - ", " — ", " – ", " -- ", " —", ") -", ")—"]
        .iter()
        .filter_map(|d| head.find(d))
        .min()
        .map(|k| k + 1)
}

fn floor_char_boundary(s: &str, mut at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The words of a line, punctuation apart from them, commas and brackets dropped.
fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '|'))
        .map(|w| w.trim_end_matches(['.', ':', ';']))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The first date among `words[from..]`, weekday names skipped: (the date, the index of its
/// first word, the index after its last). `None` when another word comes first.
fn find_date(words: &[&str], from: usize) -> Option<(TopDate, usize, usize)> {
    for i in from..words.len() {
        let w = words[i].to_ascii_lowercase();
        if civil::weekday_number(&w).is_some() || is_weekday_abbr(&w) {
            continue;
        }
        // ISO day inside prose
        if let Some(d) = super::normalize_date(words[i]) {
            let day = civil::parse_day(&d)?;
            return Some((
                TopDate::Day(i64::from(day.year()), day.month() as u32, day.day() as u32),
                i,
                i + 1,
            ));
        }
        if let Some(m) = month_number(&w) {
            // Month Day[,] [Year]
            if let Some(d) = words.get(i + 1).and_then(|n| day_of(n)) {
                return Some(match words.get(i + 2).and_then(|n| year_of(n)) {
                    Some(y) => (TopDate::Day(y, m, d), i, i + 3),
                    None => (TopDate::MonthDay(m, d), i, i + 2),
                });
            }
            continue;
        }
        // Day Month [Year]
        if let Some(d) = day_of(&w) {
            if let Some(m) = words
                .get(i + 1)
                .and_then(|n| month_number(&n.to_ascii_lowercase()))
            {
                return Some(match words.get(i + 2).and_then(|n| year_of(n)) {
                    Some(y) => (TopDate::Day(y, m, d), i, i + 3),
                    None => (TopDate::MonthDay(m, d), i, i + 2),
                });
            }
        }
        return None;
    }
    None
}

fn is_weekday_abbr(w: &str) -> bool {
    matches!(
        w,
        "mon" | "tue" | "tues" | "wed" | "thu" | "thurs" | "fri" | "sat" | "sun"
    )
}

fn day_of(w: &str) -> Option<u32> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &w[digits..];
    if !matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    w[..digits].parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<i64> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(text: &str) -> Option<String> {
        top_date(text).and_then(|d| d.resolve(None))
    }

    #[test]
    fn dates_at_the_top() {
        // a text and the date at its top
        for (text, want) in [
            // datelines in their common forms
            (
                "Ports reopen\nKAMPALA, June 14, 2019 (Wire) - Two ports reopened.",
                Some("2019-06-14"),
            ),
            (
                "OSLO, 2 February 2020 — The talks went on.",
                Some("2020-02-02"),
            ),
            // published lines and date lines under the title
            (
                "Border talks\nPublished 7 March 2018\nThe envoys met.",
                Some("2018-03-07"),
            ),
            (
                "Border talks\nPosted: March 7, 2018 09:14 GMT\nThe envoys met.",
                Some("2018-03-07"),
            ),
            (
                "Border talks\nWednesday, 7 March 2018\nThe envoys met.",
                Some("2018-03-07"),
            ),
            (
                "Border talks\n2018-03-07\nThe envoys met.",
                Some("2018-03-07"),
            ),
            // a date in the story is not a dateline
            ("The envoys met on March 7, 2018 in Oslo.", None),
            (
                "Talks\nThe treaty of 12 May 1999 - signed in Rome - still holds.",
                None,
            ),
            ("May 3 was a quiet day.", None),
        ] {
            assert_eq!(top(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_month_and_a_day_take_their_year_from_the_date_option() {
        // the year comes from --date, the latest one not after it
        let d = top_date("Sept. 9 (AP) — Ministers met.").unwrap();
        assert_eq!(d, TopDate::MonthDay(9, 9));
        assert_eq!(d.resolve(Some("2021-10-01")).as_deref(), Some("2021-09-09"));
        assert_eq!(d.resolve(Some("2021-01-05")).as_deref(), Some("2020-09-09"));
        assert_eq!(d.resolve(None), None);
    }

    #[test]
    fn written_dates_of_fields() {
        // a field's value, whether a bare number is a Unix time, and the day it writes
        for (value, unix, want) in [
            ("2021-05-03T22:10:00+02:00", false, Some("2021-05-03")),
            ("Mon, 03 May 2021 10:00:00 GMT", false, Some("2021-05-03")),
            ("May 3, 2021", false, Some("2021-05-03")),
            ("1620000000", true, Some("2021-05-03")),
            ("1620000000", false, None),
            ("soon", false, None),
        ] {
            assert_eq!(written_date(value, unix).as_deref(), want, "{value}");
        }
    }
}
