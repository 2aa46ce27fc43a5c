//! `geokg lexicon check`: the data is tested like code. Every table sorted, every
//! ambiguous alias declared, every pattern example giving (or not giving) its relation when
//! the extractor reads it.

use crate::error::{Error, ErrorKind, Location};
use crate::extract::Extractor;
use crate::lexicon::{rows, DataFile, Lexicon};
use crate::model::Article;
use std::collections::BTreeMap;

/// Sorting: each CSV table's rows are in order of their first two columns.
pub fn check_sorted(files: &[DataFile]) -> Vec<Error> {
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.name.ends_with(".csv")) {
        let header: Vec<String> = f
            .text
            .lines()
            .next()
            .unwrap_or("")
            .split(',')
            .map(|s| s.trim().to_string())
            .collect();
        let h: Vec<&str> = header.iter().map(String::as_str).collect();
        let mut prev: Option<(String, String)> = None;
        for (line, r) in rows(f, &h, &mut Vec::new()) {
            let key = (r[0].clone(), r.get(1).cloned().unwrap_or_default());
            if f.name == "ambiguous.csv" || f.name == "relations.csv" || f.name == "cameo.csv" {
                continue;
            }
            if let Some(p) = &prev {
                if key < *p {
                    out.push(Error::new(
                        ErrorKind::Lexicon,
                        Location::file(&f.path).at_line(line),
                        format!(
                            "not sorted: `{},{}` comes after `{},{}`",
                            key.0, key.1, p.0, p.1
                        ),
                    ));
                }
            }
            prev = Some(key);
        }
    }
    out
}

/// Aliases that name more than one entity at overlapping times must be declared.
pub fn check_ambiguity(lex: &Lexicon) -> Vec<Error> {
    let mut out = Vec::new();
    let mut by_text: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for a in &lex.aliases {
        by_text.entry(a.text.as_str()).or_default().push(a.entity);
    }
    for (text, mut ents) in by_text {
        ents.sort();
        ents.dedup();
        if ents.len() < 2 || lex.ambiguous.contains_key(text) {
            continue;
        }
        let overlap = ents.iter().enumerate().any(|(i, &a)| {
            ents[i + 1..].iter().any(|&b| {
                let (ea, eb) = (&lex.entities[a], &lex.entities[b]);
                ea.valid_from.unwrap_or(0) <= eb.valid_to.unwrap_or(u32::MAX)
                    && eb.valid_from.unwrap_or(0) <= ea.valid_to.unwrap_or(u32::MAX)
            })
        });
        if overlap {
            let ids: Vec<&str> = ents.iter().map(|&i| lex.entities[i].id.as_str()).collect();
            let loc = lex.entities[ents[0]].origin.clone();
            out.push(Error::new(
                ErrorKind::Lexicon,
                loc,
                format!(
                    "alias `{text}` names {} but is not declared in ambiguous.csv",
                    ids.join(", ")
                ),
            ));
        }
    }
    out
}

/// Runs every pattern example through the extractor.
pub fn check_examples(lex: &Lexicon) -> Vec<Error> {
    let ex = Extractor::new(lex);
    let mut out = Vec::new();
    for e in &lex.examples {
        let article = Article {
            id: "example".into(),
            text: e.text.clone(),
            ..Default::default()
        };
        let triples = ex.extract_article(&article);
        let matches = |code: &str, ent: &crate::model::EntityRef| {
            code == "*" || ent.id == code || ent.country.as_deref() == Some(code)
        };
        let found = triples.iter().any(|t| {
            t.relation == e.relation
                && t.modality != crate::model::Modality::Negated
                && matches(&e.subject, &t.subject)
                && matches(&e.object, &t.object)
        });
        if found != e.positive {
            let got: Vec<String> = triples
                .iter()
                .map(|t| {
                    format!(
                        "{} {} {}",
                        t.subject.country.as_deref().unwrap_or(&t.subject.id),
                        t.relation,
                        t.object.country.as_deref().unwrap_or(&t.object.id)
                    )
                })
                .collect();
            out.push(example_failure(
                e.positive,
                e.origin.clone(),
                format!("{} {} {}", e.subject, e.relation, e.object),
                &got,
            ));
        }
    }
    out
}

/// Runs every example sentence of the event vocabulary: a `+` example must give an event
/// (any modality but negated) from its source to its target, of its code (a CAMEO code, or a
/// prefix of one) or PLOVER type when it names one; a `-` example must not.
pub fn check_event_examples(lex: &Lexicon) -> Vec<Error> {
    let ex = Extractor::new(lex);
    let mut out = Vec::new();
    for e in &lex.events.examples {
        let article = Article {
            id: "example".into(),
            text: e.sentence.clone(),
            ..Default::default()
        };
        let triples = ex.extract_article(&article);
        let ent = |id: &str| {
            [&triples]
                .into_iter()
                .flatten()
                .flat_map(|t| [&t.subject, &t.object])
                .find(|x| x.id == id)
                .cloned()
        };
        let matches = |want: &str, id: &str| {
            want == "*" || id == want || ent(id).is_some_and(|x| x.country.as_deref() == Some(want))
        };
        let found = triples.iter().any(|t| {
            let Some(p) = &t.plover else { return false };
            t.modality != crate::model::Modality::Negated
                && matches(&e.source, &p.source)
                && matches(&e.target, &p.target)
                && e.code.as_deref().is_none_or(|c| {
                    p.kind.as_str() == c || t.cameo.as_deref().is_some_and(|k| k.starts_with(c))
                })
        });
        if found != e.positive {
            let got: Vec<String> = triples
                .iter()
                .filter_map(|t| {
                    let p = t.plover.as_ref()?;
                    let c = |id: &str| {
                        ent(id)
                            .and_then(|x| x.country)
                            .unwrap_or_else(|| id.to_string())
                    };
                    Some(format!(
                        "{} {} {} {}",
                        c(&p.source),
                        t.cameo.as_deref().unwrap_or(p.kind.as_str()),
                        c(&p.target),
                        t.modality.as_str()
                    ))
                })
                .collect();
            out.push(example_failure(
                e.positive,
                crate::error::Location::file(&e.path).at_line(e.line),
                format!(
                    "{} {} {}",
                    e.source,
                    e.code.as_deref().unwrap_or("event"),
                    e.target
                ),
                &got,
            ));
        }
    }
    out
}

/// The error for an example that did not come out as it says: a `+` (`positive`) example
/// expects `want`, a `-` one does not; `got` is what the extractor gave.
fn example_failure(
    positive: bool,
    origin: crate::error::Location,
    want: String,
    got: &[String],
) -> Error {
    let expected = if positive {
        "expected"
    } else {
        "did not expect"
    };
    Error::new(
        ErrorKind::Lexicon,
        origin,
        format!("{expected} `{want}`; got [{}]", got.join("; ")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Current states (UN members and observers, Taiwan, Kosovo, Western Sahara).
    const CURRENT_STATES: &[&str] = &[
        "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL",
        "BEN", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN",
        "BTN", "BWA", "CAF", "CAN", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM",
        "CPV", "CRI", "CUB", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY",
        "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA",
        "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN",
        "IND", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ",
        "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO",
        "LTU", "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT",
        "MMR", "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER", "NGA", "NIC", "NLD",
        "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "PLW", "PNG", "POL", "PRK",
        "PRT", "PRY", "PSE", "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE",
        "SLV", "SMR", "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR",
        "TCD", "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA",
        "UGA", "UKR", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VNM", "VUT", "WSM", "XKX", "YEM",
        "ZAF", "ZMB", "ZWE",
    ];

    fn lex() -> Lexicon {
        Lexicon::builtin().expect("the built-in lexicon loads")
    }

    #[test]
    fn builtin_tables_are_sorted() {
        assert_eq!(check_sorted(&lex().files), Vec::<Error>::new());
    }

    #[test]
    fn ambiguous_aliases_are_declared() {
        assert_eq!(check_ambiguity(&lex()), Vec::<Error>::new());
    }

    #[test]
    fn every_pattern_example_passes() {
        let l = lex();
        assert!(l.examples.len() > 50);
        let errors = check_examples(&l);
        assert!(
            errors.is_empty(),
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn every_current_state_has_an_entry_and_a_name() {
        let l = lex();
        assert!(CURRENT_STATES.len() >= 196);
        for code in CURRENT_STATES {
            let e = l
                .entity(&format!("country:{code}"))
                .unwrap_or_else(|| panic!("no entry for {code}"));
            assert_eq!(e.country.as_deref(), Some(*code));
            assert!(
                l.aliases.iter().any(|a| a.entity == l.by_id[&e.id]),
                "{code} has no alias"
            );
        }
    }

    #[test]
    fn historical_states_are_dated() {
        let l = lex();
        for code in ["SUN", "YUG", "CSK", "DDR", "ZAR"] {
            let e = l
                .entity(&format!("country:{code}"))
                .expect("historical state");
            assert!(e.valid_to.is_some(), "{code} has no end date");
        }
    }

    #[test]
    fn dated_names_follow_the_article_date() {
        let l = lex();
        let d1987 = crate::lexicon::date_key("1987-03-01", false);
        let d2022 = crate::lexicon::date_key("2022-11-09", false);
        assert_eq!(l.lookup("Moscow", d1987)[0].0.id, "country:SUN");
        assert_eq!(l.lookup("the Soviet Union", d1987)[0].0.id, "country:SUN");
        assert_eq!(l.lookup("Moscow", d2022)[0].0.id, "country:RUS");
        assert_eq!(l.lookup("Tehran", None)[0].0.id, "country:IRN");
        assert_eq!(l.lookup("the Kremlin", d2022)[0].0.id, "country:RUS");
    }

    #[test]
    fn roles_pick_the_holder_of_the_day() {
        let l = lex();
        // a role of a state, a day, and who held it that day
        for (role, state, day, holder) in [
            (
                "president",
                "country:IRN",
                "2022-11-09",
                "person:ebrahim-raisi",
            ),
            (
                "general_secretary",
                "country:SUN",
                "1987-03-01",
                "person:mikhail-gorbachev",
            ),
        ] {
            let day = crate::lexicon::date_key(day, false);
            let found = l.role_holder(role, state, day);
            assert_eq!(
                found.map(|e| e.id.as_str()),
                Some(holder),
                "{role} of {state}"
            );
        }
    }

    #[test]
    fn dates_are_well_formed_and_ordered() {
        for e in &lex().entities {
            if let (Some(f), Some(t)) = (e.valid_from, e.valid_to) {
                assert!(f <= t, "{} ends before it begins", e.id);
            }
        }
        for r in &lex().roles {
            if let (Some(f), Some(t)) = (r.valid_from, r.valid_to) {
                assert!(f <= t, "a role of {} ends before it begins", r.person);
            }
        }
    }
}
