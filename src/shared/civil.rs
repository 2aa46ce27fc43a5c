//! Civil dates, through jiff: the days of a month, the name of a month, and dates as day
//! numbers (days since 1970-01-01) for the graph's arithmetic on evidence dates, and the
//! arithmetic the date readers need (a month's name or abbreviation, a weekday, a day moved
//! by days or months, a Unix time's day). Dates in geokg's data and output stay `YYYY`,
//! `YYYY-MM` or `YYYY-MM-DD` strings.

use jiff::civil::Date;
use jiff::Span;
use std::sync::LazyLock;

const EPOCH: Date = Date::constant(1970, 1, 1);

/// The first day of `month` (1 to 12) of `year` (0 to 9999), or `None` when there is no
/// such month.
pub fn first_of_month(year: u32, month: u32) -> Option<Date> {
    Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, 1).ok()
}

/// The number of days of `month` (1 to 12) in `year` (proleptic Gregorian calendar); 0 when
/// there is no such month.
pub fn days_in_month(year: u32, month: u32) -> u32 {
    first_of_month(year, month).map_or(0, |d| d.days_in_month() as u32)
}

/// The English names of the months, January first (as jiff's `%B` writes them; a test
/// checks that they agree).
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of `month` (1 to 12): "February".
pub fn month_name(month: u32) -> Option<&'static str> {
    MONTHS
        .get(usize::try_from(month).ok()?.checked_sub(1)?)
        .copied()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`, taken as their first day)
/// date, or `None` when it is not a date of the calendar.
pub fn day_number(date: &str) -> Option<i32> {
    let mut parts = date.get(..10.min(date.len()))?.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: i8 = parts.next().map_or(Some(1), |s| s.parse().ok())?;
    let d: i8 = parts.next().map_or(Some(1), |s| s.parse().ok())?;
    let date = Date::new(y, m, d).ok()?;
    i32::try_from(date.duration_since(EPOCH).as_hours() / 24).ok()
}

/// The `YYYY-MM-DD` of a day number ([`day_number`]).
pub fn day_string(day: i32) -> String {
    EPOCH
        .checked_add(Span::new().days(day))
        .map_or_else(|_| String::new(), |d| d.to_string())
}

/// Whether `w` (lowercase) is the English name of a month or of a day of the week
/// ("march", "monday").
pub fn is_month_or_weekday(w: &str) -> bool {
    static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
        let months = (1..=12).filter_map(|m| first_of_month(2024, m));
        let months = months.map(|d| d.strftime("%B").to_string().to_lowercase());
        weekday_names().iter().cloned().chain(months).collect()
    });
    NAMES.iter().any(|n| n == w)
}

/// The English names of the days of the week, lowercase, Monday first (as jiff's `%A`
/// writes them).
fn weekday_names() -> &'static [String] {
    static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
        // 2024-01-01 was a Monday
        let monday = Date::constant(2024, 1, 1);
        let weekdays = (0..7).filter_map(|i| monday.checked_add(Span::new().days(i)).ok());
        weekdays
            .map(|d| d.strftime("%A").to_string().to_lowercase())
            .collect()
    });
    &NAMES
}

/// The month (1 to 12) an English month name or its usual abbreviation stands for
/// (lowercase, a final `.` allowed): "march" 3, "sept." 9.
pub fn month_number(w: &str) -> Option<u32> {
    const ABBR: &[(&str, u32)] = &[("sept", 9)];
    let w = w.strip_suffix('.').unwrap_or(w);
    if w.len() < 3 {
        return None;
    }
    if let Some(&(_, m)) = ABBR.iter().find(|(a, _)| *a == w) {
        return Some(m);
    }
    // the names compared without case: `w` is lowercase, so a word with a capital (or a
    // character outside ASCII) is none of them, as before
    (1..=12).find(|&m| {
        month_name(m).is_some_and(|n| {
            let b = n.as_bytes();
            let w = w.as_bytes();
            let lower_eq = |x: &[u8]| {
                x.len() == w.len() && x.iter().zip(w).all(|(a, c)| a.to_ascii_lowercase() == *c)
            };
            lower_eq(b) || (w.len() == 3 && b.len() >= 3 && lower_eq(&b[..3]))
        })
    })
}

/// The date of `year`, `month`, `day` when the calendar has it.
pub fn date(year: i64, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// Parses `YYYY-MM-DD` (the first ten bytes of an ISO 8601 date or date-time).
pub fn parse_day(s: &str) -> Option<Date> {
    let s = s.get(..10)?;
    let b = s.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    date(
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    )
}

/// `d` moved by `n` days (negative: back).
pub fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

/// `d` moved by `n` months (negative: back), its day clamped to the month's last.
pub fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

/// The day of the week of `d`, Monday 0 to Sunday 6.
pub fn weekday(d: Date) -> u32 {
    d.weekday().to_monday_zero_offset() as u32
}

/// The English weekday (lowercase, Monday 0 to Sunday 6) that `w` names.
pub fn weekday_number(w: &str) -> Option<u32> {
    weekday_names()
        .iter()
        .position(|d| d == w)
        .map(|i| i as u32)
}

/// The UTC day of a Unix time in seconds.
pub fn unix_day(seconds: i64) -> Option<Date> {
    add_days(EPOCH, seconds.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for d in [
            "1970-01-01",
            "2000-02-29",
            "2022-11-09",
            "1987-02-26",
            "1938-09-30",
            "0999-12-31",
        ] {
            assert_eq!(day_string(day_number(d).unwrap()), d);
        }
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(day_number("1969-12-31"), Some(-1));
        assert_eq!(day_number("2022-11"), day_number("2022-11-01"));
        assert_eq!(day_number("2022"), day_number("2022-01-01"));
        assert_eq!(day_number("nonsense"), None);
        assert_eq!(day_number("2023-02-29"), None);
    }

    #[test]
    fn months_have_their_days_and_names() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2024, 4), 30);
        assert_eq!(days_in_month(2024, 13), 0);
        assert_eq!(month_name(2), Some("February"));
        assert_eq!(month_name(12), Some("December"));
        assert_eq!(month_name(0), None);
        assert_eq!(month_name(13), None);
        for m in 1..=12 {
            let jiff = first_of_month(2000, m).map(|d| d.strftime("%B").to_string());
            assert_eq!(month_name(m), jiff.as_deref());
        }
        for w in ["monday", "sunday", "march", "may", "december"] {
            assert!(is_month_or_weekday(w), "{w}");
        }
        assert!(!is_month_or_weekday("mars"));
        assert!(!is_month_or_weekday("Monday"));
    }

    #[test]
    fn date_arithmetic() {
        assert_eq!(month_number("sept."), Some(9));
        assert_eq!(month_number("aug"), Some(8));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("mayor"), None);
        let d = parse_day("2024-03-31").unwrap();
        assert_eq!(add_months(d, -1).unwrap().to_string(), "2024-02-29");
        assert_eq!(add_days(d, -31).unwrap().to_string(), "2024-02-29");
        // 2024-03-31 was a Sunday
        assert_eq!(weekday(d), 6);
        assert_eq!(weekday_number("friday"), Some(4));
        assert_eq!(unix_day(1_620_000_000).unwrap().to_string(), "2021-05-03");
        assert_eq!(parse_day("2024-02-30"), None);
        assert_eq!(date(2021, 5, 3).unwrap().to_string(), "2021-05-03");
    }
}
