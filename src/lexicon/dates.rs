//! Dates as sortable integers (`YYYYMMDD`), parsed from `YYYY` or `YYYY-MM-DD`.

/// A date as `YYYYMMDD`.
pub type DateKey = u32;

/// Parses `YYYY-MM-DD` (or `YYYY`, taken as its first day when `end` is false and its last
/// day when `end` is true). Returns `None` for malformed input.
pub fn date_key(s: &str, end: bool) -> Option<DateKey> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
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
}
