//! The date a time phrase gives against the article's: counted back for a past event and
//! forward for a future one, with the precision the phrase has; and which way a phrase
//! points by its own words.

use super::*;

/// `when` resolved against the article date `article`, counted forward for a `future`
/// event and back for the others.
pub(super) fn resolve(
    when: When,
    article: Option<Date>,
    future: bool,
) -> Option<(Date, Precision)> {
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
                Unit::Week => {
                    // the month the week falls in; a week across two months ("last week"
                    // from Thursday 2 April: 30 March to 5 April) gives only its year. Of
                    // this week, a past event took the days up to the article's, a future
                    // one those after it; on a Sunday, the week to come is the next one
                    // (Monday to Sunday), a past event's the one that ends that day
                    let sunday_ahead = n == 0 && future && civil::weekday(a) == 6;
                    let d = civil::add_days(a, 7 * n + i64::from(sunday_ahead))?;
                    let monday = civil::add_days(d, -i64::from(civil::weekday(d)))?;
                    let sunday = civil::add_days(monday, 6)?;
                    let (from, to) = match n {
                        0 if sunday_ahead => (monday, sunday),
                        0 if future => (a, sunday),
                        0 => (monday, a),
                        _ => (monday, sunday),
                    };
                    (
                        d,
                        if from.month() == to.month() {
                            Month
                        } else {
                            Year
                        },
                    )
                }
                Unit::Month => (civil::add_months(a, n)?, Month),
                Unit::Year => (civil::add_months(a, 12 * n)?, Year),
            }
        }
    })
}

/// Whether `when` points past the article date by its own words ("next month", "in two
/// weeks", "tomorrow").
pub(super) fn forward(when: When) -> bool {
    matches!(
        when,
        When::Within(..)
            | When::Days(1..)
            | When::Around(_, 1..)
            | When::Month(_, _, Shift::Next)
            | When::Weekday(_, Shift::Next)
    )
}

/// Whether `when` points before the article date by its own words ("last week",
/// "yesterday", "two days ago", "last November"): never the time of what is still to come.
pub(super) fn backward(when: When) -> bool {
    matches!(
        when,
        When::Ago(..)
            | When::Days(..=-1)
            | When::Around(_, ..=-1)
            | When::Month(_, _, Shift::Last)
            | When::Weekday(_, Shift::Last)
    )
}

pub(super) fn format_date(d: Date, p: Precision) -> String {
    match p {
        Precision::Year => format!("{:04}", d.year()),
        Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
        Precision::Day => d.to_string(),
    }
}
