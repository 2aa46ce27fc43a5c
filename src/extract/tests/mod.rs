//! Unit tests of the extract stage over whole sentences: the helpers here, the tests in
//! two files (in the order they were written, split to keep each file short).
use super::*;
use crate::model::Article;

fn triples(text: &str, date: Option<&str>) -> Vec<Triple> {
    let lex = Lexicon::builtin().expect("built-in lexicon loads");
    let ex = Extractor::new(&lex);
    let a = Article {
        id: "t".into(),
        text: text.into(),
        date: date.map(str::to_string),
        ..Default::default()
    };
    ex.extract_article(&a)
}

fn has(ts: &[Triple], subject: &str, relation: &str, object: &str) -> Option<Triple> {
    ts.iter()
        .find(|t| t.subject.id == subject && t.relation == relation && t.object.id == object)
        .cloned()
}

/// The event triples as (subject, relation, object) ids.
fn pairs(ts: &[Triple]) -> Vec<(String, String, String)> {
    ts.iter()
        .filter(|t| t.plover.is_some())
        .map(|t| {
            (
                t.subject.id.clone(),
                t.relation.clone(),
                t.object.id.clone(),
            )
        })
        .collect()
}

mod bias;
mod control;
mod first;
mod messages;
mod parties;
mod purpose;
mod repairs;
mod second;
mod sources;
mod topics;
mod vocab;
