//! `geokg lexicon check`: the data is tested like code. Every table sorted, every
//! ambiguous alias declared, every pattern example giving (or not giving) its relation.

use super::load::{rows, DataFile};
use super::Lexicon;
use crate::error::{Error, ErrorKind, Location};
use crate::extract::Extractor;
use crate::model::Article;
use std::collections::BTreeMap;

/// Sorting: each CSV table's rows are in order of their first two columns.
pub fn check_sorted(files: &[DataFile]) -> Vec<Error> {
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.name.ends_with(".csv")) {
        let header: Vec<String> = f.text.lines().next().unwrap_or("").split(',').map(|s| s.trim().to_string()).collect();
        let h: Vec<&str> = header.iter().map(String::as_str).collect();
        let mut prev: Option<(String, String)> = None;
        for (line, r) in rows(f, &h, &mut Vec::new()) {
            let key = (r[0].clone(), r.get(1).cloned().unwrap_or_default());
            if f.name == "ambiguous.csv" || f.name == "relations.csv" || f.name == "cameo.csv" {
                continue;
            }
            if let Some(p) = &prev {
                if key < *p {
                    out.push(Error::new(ErrorKind::Lexicon, Location::file(&f.path).at_line(line), format!("not sorted: `{},{}` comes after `{},{}`", key.0, key.1, p.0, p.1)));
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
                ea.valid_from.unwrap_or(0) <= eb.valid_to.unwrap_or(u32::MAX) && eb.valid_from.unwrap_or(0) <= ea.valid_to.unwrap_or(u32::MAX)
            })
        });
        if overlap {
            let ids: Vec<&str> = ents.iter().map(|&i| lex.entities[i].id.as_str()).collect();
            let loc = lex.entities[ents[0]].origin.clone();
            out.push(Error::new(ErrorKind::Lexicon, loc, format!("alias `{text}` names {} but is not declared in ambiguous.csv", ids.join(", "))));
        }
    }
    out
}

/// Runs every pattern example through the extractor.
pub fn check_examples(lex: &Lexicon) -> Vec<Error> {
    let ex = Extractor::new(lex);
    let mut out = Vec::new();
    for e in &lex.examples {
        let article = Article { id: "example".into(), text: e.text.clone(), ..Default::default() };
        let triples = ex.extract_article(&article);
        let matches = |code: &str, ent: &crate::model::EntityRef| code == "*" || ent.id == code || ent.country.as_deref() == Some(code);
        let found = triples
            .iter()
            .any(|t| t.relation == e.relation && t.modality != crate::model::Modality::Negated && matches(&e.subject, &t.subject) && matches(&e.object, &t.object));
        if found != e.positive {
            let got: Vec<String> = triples
                .iter()
                .map(|t| format!("{} {} {}", t.subject.country.as_deref().unwrap_or(&t.subject.id), t.relation, t.object.country.as_deref().unwrap_or(&t.object.id)))
                .collect();
            let want = if e.positive { "expected" } else { "did not expect" };
            out.push(Error::new(
                ErrorKind::Lexicon,
                e.origin.clone(),
                format!("{want} `{} {} {}`; got [{}]", e.subject, e.relation, e.object, got.join("; ")),
            ));
        }
    }
    out
}
