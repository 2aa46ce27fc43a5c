//! The query string of a request: split, percent-decoded, and read as typed parameters,
//! each wrong one a [`super::ApiError`] with status 400 that names it and says what it takes.

use super::ApiError;
use crate::graph::Level;
use crate::kb::Filter;
use crate::lexicon::parse_user_date;
use crate::model::Polarity;
use crate::shared::plover::PloverType;

/// Decodes `%XX` escapes and `+` (a space, as forms write it). Invalid UTF-8 is an error.
pub fn percent_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = b
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| format!("bad percent escape in {s:?}"))?;
                out.push(hex);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} is not UTF-8 once decoded"))
}

/// The parameters of one request, in order, with the names an endpoint takes.
#[derive(Debug)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses a query string (`a=1&b=x%20y`). A name the endpoint does not take (not in
    /// `allowed`) is refused, so that a misspelt filter is not silently ignored.
    pub fn parse(query: &str, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut pairs = Vec::new();
        for part in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let k = percent_decode(k).map_err(ApiError::bad)?;
            let v = percent_decode(v).map_err(ApiError::bad)?;
            if !allowed.contains(&k.as_str()) {
                return Err(ApiError::bad(format!(
                    "unknown parameter {k:?}; this endpoint takes {}",
                    allowed.join(", ")
                )));
            }
            pairs.push((k, v));
        }
        Ok(Params { pairs })
    }

    /// Every value of `name` (repeated, or comma-separated), empty ones left out.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The value of `name` (the last one when repeated), trimmed; `None` when absent or
    /// empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The value of a required parameter.
    pub fn required(&self, name: &str, what: &str) -> Result<&str, ApiError> {
        self.get(name)
            .ok_or_else(|| ApiError::bad(format!("parameter {name:?} is required: {what}")))
    }

    /// A whole number from `min` to `max`, or `default` when absent.
    pub fn number(
        &self,
        name: &str,
        default: usize,
        min: usize,
        max: usize,
    ) -> Result<usize, ApiError> {
        let Some(v) = self.get(name) else {
            return Ok(default);
        };
        match v.parse::<usize>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad(format!(
                "{name}={v:?}: give a whole number from {min} to {max}"
            ))),
        }
    }

    /// `level`: `entity` or `country`, or `default` when absent.
    pub fn level(&self, default: Level) -> Result<Level, ApiError> {
        match self.get("level") {
            None => Ok(default),
            Some(v) => v
                .parse::<Level>()
                .map_err(|_| ApiError::bad(format!("level={v:?}: give \"entity\" or \"country\""))),
        }
    }

    /// `plover`: one of the 16 PLOVER types, any case.
    pub fn plover(&self) -> Result<Option<PloverType>, ApiError> {
        let Some(v) = self.get("plover") else {
            return Ok(None);
        };
        v.to_ascii_uppercase()
            .parse::<PloverType>()
            .map(Some)
            .map_err(|_| {
                let all: Vec<&str> = PloverType::ALL.iter().map(|t| t.as_str()).collect();
                ApiError::bad(format!(
                    "plover={v:?} is not a PLOVER type; give one of {}",
                    all.join(", ")
                ))
            })
    }

    /// The evidence filter: `relation` (repeatable or comma-separated), `polarity`,
    /// `since`, `until` (YYYY, YYYY-MM or YYYY-MM-DD), `min_confidence` (0 to 1) and
    /// `known_only` (`true`: no open-world `new:` entities). The
    /// relations are checked against the knowledge base's catalogue later
    /// ([`Filter::check`]).
    pub fn filter(&self) -> Result<Filter, ApiError> {
        let polarity = match self.get("polarity") {
            None => None,
            Some(v) => Some(v.parse::<Polarity>().map_err(|_| {
                ApiError::bad(format!(
                    "polarity={v:?}: give cooperative, conflictual or neutral"
                ))
            })?),
        };
        let date = |name: &str| -> Result<Option<String>, ApiError> {
            self.get(name)
                .map(|v| {
                    parse_user_date(v).map_err(|e| ApiError::bad(format!("{name}={v:?}: {e}")))
                })
                .transpose()
        };
        let min_confidence = match self.get("min_confidence") {
            None => None,
            Some(v) => match v.parse::<f64>() {
                Ok(c) if (0.0..=1.0).contains(&c) => Some(c),
                _ => {
                    return Err(ApiError::bad(format!(
                        "min_confidence={v:?}: give a number from 0 to 1"
                    )))
                }
            },
        };
        let known_only = match self.get("known_only") {
            None | Some("false" | "0") => false,
            Some("true" | "1") => true,
            Some(v) => {
                return Err(ApiError::bad(format!(
                    "known_only={v:?}: give true or false"
                )))
            }
        };
        Ok(Filter {
            relations: self.list("relation"),
            polarity,
            since: date("since")?,
            until: date("until")?,
            min_confidence,
            known_only,
        })
    }
}

/// The parameters of the evidence filter, which every query endpoint takes.
pub const FILTER: [&str; 6] = [
    "relation",
    "polarity",
    "since",
    "until",
    "min_confidence",
    "known_only",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_refuses() {
        assert_eq!(percent_decode("S%C3%A3o+Tom%C3%A9").unwrap(), "São Tomé");
        assert!(percent_decode("%zz").is_err());
        assert!(percent_decode("%ff").is_err());
        let p = Params::parse("a=1&b=x%2Cy&b=z", &["a", "b"]).unwrap();
        assert_eq!(p.get("a"), Some("1"));
        assert_eq!(p.list("b"), vec!["x", "y", "z"]);
        let e = Params::parse("c=1", &["a", "b"]).unwrap_err();
        assert_eq!(e.status, 400);
        assert!(e.message.contains("\"c\""), "{}", e.message);
        let p = Params::parse("limit=0&since=2022-13", &["limit", "since"]).unwrap();
        assert!(p.number("limit", 5, 1, 10).is_err());
        assert!(p.filter().is_err());
        let p = Params::parse("known_only=true", &FILTER).unwrap();
        assert!(p.filter().unwrap().known_only);
        let p = Params::parse("known_only=yes", &FILTER).unwrap();
        assert!(p.filter().is_err());
    }
}
