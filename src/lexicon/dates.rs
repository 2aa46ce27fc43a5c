//! Dates as sortable integers (`YYYYMMDD`), parsed from `YYYY` or `YYYY-MM-DD`, and the
//! check of the dates users give on the command line (`--since`, `--until`, `--date`)
//! against the calendar ([`crate::shared::civil`]).

use crate::shared::civil::month_name;

/// A date as `YYYYMMDD`.
pub type DateKey = u32;

/// Parses `YYYY-MM-DD` (or `YYYY`, taken as its first day when `end` is false and its last
/// day when `end` is true). Returns `None` for malformed input.
pub fn date_key(s: &str, end: bool) -> Option<DateKey> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r| digits_at(s, r);
    match b.len() {
        4 => {
            let y = num(0..4)?;
            Some(y * 10000 + if end { 1231 } else { 101 })
        }
        7 if b[4] == b'-' => {
            let (y, m) = (num(0..4)?, num(5..7)?);
            if !(1..=12).contains(&m) {
                return None;
            }
            Some(y * 10000 + m * 100 + if end { 31 } else { 1 })
        }
        10 if b[4] == b'-' && b[7] == b'-' => {
            let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            Some(y * 10000 + m * 100 + d)
        }
        _ => None,
    }
}

/// The number the ASCII digits `s[r]` write; `None` when they are not all digits (or `r` is
/// not in `s`).
fn digits_at(s: &str, r: std::ops::Range<usize>) -> Option<u32> {
    let part = s.get(r)?;
    if part.bytes().all(|c| c.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

/// The number of days of `month` (1 to 12) in `year` (proleptic Gregorian calendar).
pub use crate::shared::civil::days_in_month;

/// Checks a publication date a user gave (`--date` of `extract` and `build`, `date=` in
/// Python): a whole day of the calendar, `YYYY-MM-DD`, returned trimmed; or what is wrong
/// with it.
pub fn parse_user_day(s: &str) -> Result<String, String> {
    let d = parse_user_date(s)?;
    if d.len() != 10 {
        return Err("write the publication date as YYYY-MM-DD".into());
    }
    Ok(d)
}

/// Checks a date a user gave (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) against the calendar and
/// returns it trimmed, or says what is wrong with it ("there is no month 13", "February
/// 2024 has days 01 to 29"). For clap's `value_parser`, whose message names the value.
pub fn parse_user_date(s: &str) -> Result<String, String> {
    let s = s.trim();
    let form = "write a date as YYYY, YYYY-MM or YYYY-MM-DD";
    let b = s.as_bytes();
    let digits = |r| digits_at(s, r);
    let dash = |i: usize| b.get(i) == Some(&b'-');
    let (year, month, day) = match b.len() {
        4 => (digits(0..4), None, None),
        7 if dash(4) => (digits(0..4), Some(digits(5..7)), None),
        10 if dash(4) && dash(7) => (digits(0..4), Some(digits(5..7)), Some(digits(8..10))),
        _ => return Err(form.to_string()),
    };
    let (Some(year), Some(month), Some(day)) =
        (year, month.unwrap_or(Some(1)), day.unwrap_or(Some(1)))
    else {
        return Err(form.to_string());
    };
    if !(1..=12).contains(&month) {
        return Err(format!(
            "there is no month {month:02} (months are 01 to 12)"
        ));
    }
    let last = days_in_month(year, month);
    if !(1..=last).contains(&day) {
        let name = month_name(month).unwrap_or_default();
        return Err(format!("{name} {year} has days 01 to {last}"));
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_years_and_days() {
        assert_eq!(date_key("1991", false), Some(19910101));
        assert_eq!(date_key("1991", true), Some(19911231));
        assert_eq!(date_key("1991-12-26", false), Some(19911226));
        assert_eq!(date_key("1991-13-26", false), None);
        assert_eq!(date_key("91-12-26", false), None);
    }

    #[test]
    fn user_dates_are_checked_against_the_calendar() {
        for ok in [
            "2024",
            "2024-02",
            "2024-02-29",
            "2000-02-29",
            "1999-12-31",
            " 2024-01 ",
        ] {
            assert_eq!(parse_user_date(ok), Ok(ok.trim().to_string()), "{ok}");
        }
        let err = |s: &str| parse_user_date(s).unwrap_err();
        assert!(
            err("2024-13").contains("there is no month 13"),
            "{}",
            err("2024-13")
        );
        assert!(err("2024-00-10").contains("there is no month 00"));
        assert!(err("2024-02-31").contains("February 2024 has days 01 to 29"));
        assert!(err("2023-02-29").contains("February 2023 has days 01 to 28"));
        assert!(err("1900-02-29").contains("February 1900 has days 01 to 28"));
        assert!(err("2024-04-31").contains("April 2024 has days 01 to 30"));
        assert!(err("2024-01-00").contains("January 2024 has days 01 to 31"));
        for bad in [
            "24-01",
            "2024/01/02",
            "yesterday",
            "2024-1-2",
            "",
            "2024-01-02T00",
            "２０２４",
        ] {
            assert!(
                err(bad).contains("write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
                "{bad}"
            );
        }
    }
}
