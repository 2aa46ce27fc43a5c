//! Import of PETRARCH/Phoenix actor dictionaries (`--lexicon-petrarch FILE`).
//!
//! A record is a primary phrase (`VLADIMIR_PUTIN_  [RUSGOV]`), synonyms (`+PUTIN_`) and
//! dated code restrictions on tab-indented lines (`[RUSGOV 990809-000507]`, `[RUSELI
//! <991231]`, `[RUSGOV >080508]`, `[RUSELI]`). Each record becomes lexicon rows: a phrase
//! that names a state under its bare code becomes an alias of that state; a person (a
//! record with an agent code and a personal name) becomes a person of the state of the
//! code, with one dated role per restriction (`petrarch_gov of country:RUS` from 1999-08-09
//! to 2000-05-07), so the article's date picks the right reading; international and
//! non-state codes (`IGOUNO`, `PSEREBHMS`) become organisations and groups. Phrases are
//! written in capitals with `_` between words; they are matched in title case ("Vladimir
//! Putin") and with the case-insensitive rules of the gazetteer.

use super::files::DataFile;
use crate::error::{Error, ErrorKind, Location};
use crate::shared::slug::slug;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// A dated code: `[CODE]`, `[CODE <date]`, `[CODE >date]` or `[CODE from-to]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The CAMEO actor code.
    pub code: String,
    /// First day it applies (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Last day it applies.
    pub to: Option<String>,
}

/// One actor record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The primary phrase, as words.
    pub phrase: String,
    /// Synonym phrases.
    pub synonyms: Vec<String>,
    /// The default code of the primary line, if any.
    pub code: Option<String>,
    /// Dated restrictions.
    pub dated: Vec<DatedCode>,
    /// Line of the primary phrase.
    pub line: usize,
}

fn phrase(raw: &str) -> String {
    let p = raw.trim().trim_end_matches('_').replace('_', " ");
    p.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// PETRARCH dates: `YYYYMMDD` or `YYMMDD` (two-digit years from 1930 to 2029).
pub fn petrarch_date(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        8 => (s[..4].parse::<u32>().ok()?, &s[4..]),
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            (if yy >= 30 { 1900 + yy } else { 2000 + yy }, &s[2..])
        }
        _ => return None,
    };
    let (m, d): (u32, u32) = (rest[..2].parse().ok()?, rest[2..].parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn parse_restriction(inner: &str) -> Option<DatedCode> {
    let mut parts = inner.split_whitespace();
    let code = parts.next()?.to_string();
    // "> 140608" is written with a space now and then
    let rest: String = parts.collect::<Vec<_>>().join("");
    let (from, to) = match (!rest.is_empty()).then_some(rest.as_str()) {
        None => (None, None),
        Some(r) if r.starts_with('<') => (None, Some(petrarch_date(&r[1..])?)),
        Some(r) if r.starts_with('>') => (Some(petrarch_date(&r[1..])?), None),
        Some(r) => match r.split_once('-') {
            Some((a, b)) => (Some(petrarch_date(a)?), Some(petrarch_date(b)?)),
            // a bare date: from then on
            None => (Some(petrarch_date(r)?), None),
        },
    };
    Some(DatedCode { code, from, to })
}

/// Parses an actor dictionary. Returns the records and a warning for every malformed line,
/// which is skipped: the field's dictionaries hold a few (`[EGYGOV > 140608]` is read, a
/// seven-digit date is not).
pub fn parse_actors(text: &str, path: &Path) -> (Vec<Record>, Vec<Error>) {
    let mut out: Vec<Record> = Vec::new();
    let mut errors = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let loc = || Location::file(path).at_line(i + 1);
        let t = raw.trim_end();
        let trimmed = t.trim_start();
        if in_comment {
            if trimmed.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if trimmed.starts_with("<!--") {
            in_comment = !trimmed.contains("-->");
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // strip comments after ';' or '#'
        let body = trimmed.split([';', '#']).next().unwrap_or("").trim();
        if body.is_empty() {
            continue;
        }
        if t.starts_with(['\t', ' ']) && body.starts_with('[') {
            let Some(inner) = body.strip_prefix('[').and_then(|b| b.split(']').next()) else {
                errors.push(Error::new(
                    ErrorKind::Lexicon,
                    loc(),
                    "unclosed `[` in a date restriction",
                ));
                continue;
            };
            match (parse_restriction(inner), out.last_mut()) {
                (Some(d), Some(r)) => r.dated.push(d),
                (None, _) => errors.push(Error::new(ErrorKind::Lexicon, loc(), format!("bad date restriction `[{inner}]` (CODE, CODE <date, CODE >date or CODE date-date; dates YYYYMMDD or YYMMDD)"))),
                (_, None) => errors.push(Error::new(ErrorKind::Lexicon, loc(), "date restriction before any actor")),
            }
            continue;
        }
        if let Some(syn) = body.strip_prefix('+') {
            let p = phrase(syn.split('[').next().unwrap_or(""));
            match out.last_mut() {
                Some(r) if !p.is_empty() => r.synonyms.push(p),
                _ => errors.push(Error::new(
                    ErrorKind::Lexicon,
                    loc(),
                    "synonym before any actor",
                )),
            }
            continue;
        }
        let (ph, code) = match body.split_once('[') {
            Some((p, c)) => {
                let Some(c) = c.split(']').next().filter(|c| !c.trim().is_empty()) else {
                    errors.push(Error::new(
                        ErrorKind::Lexicon,
                        loc(),
                        "unclosed or empty `[CODE]`",
                    ));
                    continue;
                };
                (
                    p,
                    Some(c.split_whitespace().next().unwrap_or("").to_string()),
                )
            }
            None => (body, None),
        };
        let p = phrase(ph);
        if p.is_empty() {
            errors.push(Error::new(
                ErrorKind::Lexicon,
                loc(),
                "an actor line needs a phrase",
            ));
            continue;
        }
        out.push(Record {
            phrase: p,
            synonyms: Vec::new(),
            code,
            dated: Vec::new(),
            line: i + 1,
        });
    }
    (out, errors)
}

/// "VLADIMIR PUTIN" → "Vladimir Putin"; "U.S." and "AL-QAEDA" keep their shape.
pub fn title_case(p: &str) -> String {
    p.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            if matches!(
                lower.as_str(),
                "of" | "the"
                    | "and"
                    | "de"
                    | "bin"
                    | "al"
                    | "el"
                    | "in"
                    | "for"
                    | "on"
                    | "to"
                    | "at"
                    | "du"
                    | "la"
            ) {
                return lower;
            }
            // abbreviations keep their capitals: "U.S.", "UN"
            if w.contains('.') || w.len() <= 3 {
                return w.to_string();
            }
            let mut out = String::new();
            let mut up = true;
            for c in lower.chars() {
                out.extend(if up {
                    c.to_uppercase().collect::<Vec<_>>()
                } else {
                    vec![c]
                });
                up = matches!(c, '-' | '\'');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Converts an actor dictionary into lexicon tables. `known` holds the ids already in the
/// lexicon and `states` the state codes it knows.
pub fn to_tables(
    records: &[Record],
    path: &Path,
    known: &HashSet<String>,
    states: &HashSet<String>,
) -> Vec<DataFile> {
    let mut entities: BTreeMap<String, (String, String, String)> = BTreeMap::new(); // id -> (kind, name, country)
    let mut aliases: BTreeMap<(String, String), &str> = BTreeMap::new();
    let mut roles: Vec<(String, String, String, String, String)> = Vec::new();
    for r in records {
        let codes: Vec<&str> = r
            .code
            .iter()
            .map(String::as_str)
            .chain(r.dated.iter().map(|d| d.code.as_str()))
            .collect();
        let Some(first) = codes.first().copied() else {
            continue;
        };
        let state = |c: &str| {
            c.get(..3)
                .filter(|s| states.contains(*s))
                .map(str::to_string)
        };
        let name = title_case(&r.phrase);
        let (id, alias_type) = if codes.len() == 1 && states.contains(first) {
            (format!("country:{first}"), "short")
        } else {
            let country = codes
                .iter()
                .rev()
                .find_map(|c| state(c))
                .unwrap_or_default();
            let looks_like_person = !r.dated.is_empty()
                || first.len() == 6
                    && ["GOV", "ELI", "MIL", "OPP", "LEG", "JUD"].contains(&&first[3..]);
            let international = first.starts_with("IGO")
                || first.starts_with("NGO")
                || first.starts_with("IMG")
                || first.starts_with("MNC");
            let (prefix, kind) = if international {
                ("org", "organization")
            } else if looks_like_person
                && r.phrase.split(' ').count() >= 2
                && !r.phrase.contains(" OF ")
            {
                ("person", "person")
            } else if first.contains("REB")
                || first.contains("INS")
                || first.contains("MIL") && country.is_empty()
            {
                ("group", "group")
            } else {
                ("org", "organization")
            };
            let s = slug(&r.phrase);
            if s.is_empty() {
                continue;
            }
            let id = format!("{prefix}:{s}");
            if !known.contains(&id) {
                entities.entry(id.clone()).or_insert((
                    kind.to_string(),
                    name.clone(),
                    country.clone(),
                ));
            }
            for d in &r.dated {
                if let (Some(c), true) = (state(&d.code), prefix == "person") {
                    let role = format!("petrarch_{}", d.code.get(3..).unwrap_or("").to_lowercase());
                    roles.push((
                        id.clone(),
                        role,
                        format!("country:{c}"),
                        d.from.clone().unwrap_or_default(),
                        d.to.clone().unwrap_or_default(),
                    ));
                }
            }
            (id, if prefix == "person" { "name" } else { "short" })
        };
        aliases.insert((id.clone(), name.clone()), alias_type);
        for s in &r.synonyms {
            aliases.insert(
                (id.clone(), title_case(s)),
                if alias_type == "name" {
                    "variant"
                } else {
                    alias_type
                },
            );
        }
    }
    let mut ent = String::from("id,kind,name,country,valid_from,valid_to\n");
    for (id, (kind, name, country)) in &entities {
        let _ = writeln!(
            ent,
            "{},{},{},{},,",
            csv_field(id),
            kind,
            csv_field(name),
            country
        );
    }
    let mut al = String::from("entity,alias,type\n");
    for ((id, a), t) in &aliases {
        let _ = writeln!(al, "{},{},{}", csv_field(id), csv_field(a), t);
    }
    roles.sort();
    roles.dedup();
    let mut ro = String::from("person,role,of,valid_from,valid_to\n");
    for (p, role, of, f, t) in &roles {
        let _ = writeln!(ro, "{},{},{},{},{}", csv_field(p), role, of, f, t);
    }
    let mut ti = String::from("role,title,kind\n");
    let mut seen = HashSet::new();
    for (_, role, ..) in &roles {
        if seen.insert(role.clone()) {
            // dated PETRARCH codes become roles; they have no surface title of their own
            let _ = writeln!(ti, "{role},{},office", role.replace('_', " "));
        }
    }
    let file = |name: &'static str, text: String| DataFile {
        name,
        path: path.to_path_buf(),
        text,
        builtin: false,
    };
    vec![
        file("organizations.csv", ent),
        file("organization_aliases.csv", al),
        file("roles.csv", ro),
        file("titles.csv", ti),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "<!-- a comment\n spanning lines -->\nESTONIA_  [EST]\n+TALLINN_\nKAJA_KALLAS_  ; made up for the test\n\t[ESTELI 770101-210126]\n\t[ESTGOV 210126-240723]\n+PRIME_MINISTER_KALLAS_\nNORDIC_COUNCIL_ [IGOEUR]\n";

    #[test]
    fn parses_records_with_dated_codes() {
        let (r, warnings) = parse_actors(SAMPLE, Path::new("t.actors"));
        assert!(warnings.is_empty());
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].synonyms, vec!["TALLINN"]);
        assert_eq!(
            r[1].dated[1],
            DatedCode {
                code: "ESTGOV".into(),
                from: Some("2021-01-26".into()),
                to: Some("2024-07-23".into())
            }
        );
        assert_eq!(r[1].line, 5);
    }

    #[test]
    fn bad_lines_are_reported_with_their_line() {
        let (r, e) = parse_actors(
            "ESTONIA [EST]\n\t[ESTGOV 2021-]\n\t[ESTGOV > 140608]\n",
            Path::new("t.actors"),
        );
        assert_eq!(e[0].location.line, Some(2));
        assert_eq!(e.len(), 1);
        assert_eq!(r[0].dated[0].from.as_deref(), Some("2014-06-08"));
    }

    #[test]
    fn records_become_tables() {
        let (r, _) = parse_actors(SAMPLE, Path::new("t.actors"));
        let states: HashSet<String> = ["EST".to_string()].into();
        let files = to_tables(&r, Path::new("t.actors"), &HashSet::new(), &states);
        assert!(files[0]
            .text
            .contains("person:kaja-kallas,person,Kaja Kallas,EST,,"));
        assert!(files[0]
            .text
            .contains("org:nordic-council,organization,Nordic Council,,,"));
        assert!(files[1].text.contains("country:EST,Tallinn,short"));
        assert!(files[2]
            .text
            .contains("person:kaja-kallas,petrarch_gov,country:EST,2021-01-26,2024-07-23"));
        assert_eq!(title_case("AL-QAEDA IN IRAQ"), "Al-Qaeda in Iraq");
    }
}
