//! Tests of the dates module, by theme: the date forms and their precision (`forms`), the
//! time of the event's own clause (`clause`), states, habits and earlier acts that have no
//! date (`states`), what is still to come or only might be (`future`), whose day a
//! habit, a threat or a report is (`occasions`), and what the text leaves open or dates by a
//! phrase beside the clause (`open`). The sentences are the project's own.

use super::*;
use crate::model::Triple;
use crate::text::tokenize;

mod clause;
mod forms;
mod future;
mod occasions;
mod open;
mod states;

/// A Wednesday.
const ARTICLE: &str = "2021-05-05";

/// The first date the sentence states, against the article date `base`.
fn date(s: &str, base: Option<&str>) -> Option<String> {
    sentence_date(&tokenize(s, 0), base)
}

/// The month or year of the clause of the event whose trigger is `at`.
fn period(s: &str, at: &str, d: Option<&str>) -> Option<String> {
    let toks = tokenize(s, 0);
    let t = toks.iter().position(|t| t.norm == at).expect("trigger");
    event_period(&toks, 0, t, d)
}

/// The date `event_date` gives the event whose trigger is `at`, read by the words.
fn by_words(s: &str, at: &str, modality: Modality, article: Option<&str>) -> EventDate {
    let toks = tokenize(s, 0);
    let t = toks.iter().position(|t| t.norm == at).expect("trigger");
    let times = time_expressions(&toks);
    event_date(s, &toks, &times, None, 0, t, modality, article)
}

/// The date of a past event read by the words, in an article of [`ARTICLE`].
fn past(s: &str, at: &str) -> Option<String> {
    by_words(s, at, Modality::Asserted, Some(ARTICLE)).date
}

/// Each `(sentence, trigger, date)`: the event read by the words with `modality`, in an
/// article of `article`, has that date.
fn assert_word_dates(modality: Modality, article: &str, cases: &[(&str, &str, Option<&str>)]) {
    for &(s, at, want) in cases {
        let got = by_words(s, at, modality, Some(article)).date;
        assert_eq!(got.as_deref(), want, "{s}");
    }
}

/// The triples the whole extractor gives, over the dependency tree.
fn extracted(text: &str, date: Option<&str>) -> Vec<Triple> {
    let lex = crate::lexicon::Lexicon::builtin().expect("lexicon");
    let ex = super::super::Extractor::new(&lex);
    let a = crate::model::Article {
        id: "t".into(),
        date: date.map(str::to_string),
        text: text.into(),
        ..Default::default()
    };
    ex.extract_article(&a)
}

/// The date of the first triple of relation `rel`.
fn dated<'a>(ts: &'a [Triple], rel: &str) -> Option<&'a str> {
    let t = ts
        .iter()
        .find(|t| t.relation == rel)
        .unwrap_or_else(|| panic!("no {rel} in {ts:#?}"));
    t.date.as_deref()
}

/// Each `(sentence, relation, date)`: the first triple of that relation the extractor gives
/// in an article of `article` has that date.
fn assert_dates(article: Option<&str>, cases: &[(&str, &str, Option<&str>)]) {
    for &(s, rel, want) in cases {
        let ts = extracted(s, article);
        assert_eq!(dated(&ts, rel), want, "{s}");
    }
}

/// The first triple of relation `rel` the extractor gives for `s` in an article of
/// [`ARTICLE`] does not have the date `not` (another clause's time).
fn assert_not_dated(s: &str, rel: &str, not: &str) {
    let ts = extracted(s, Some(ARTICLE));
    assert_ne!(dated(&ts, rel), Some(not), "{s}");
}

/// Each `(sentence, trigger, date)`: the past event read by the words, in an article of
/// [`ARTICLE`], has that date.
fn assert_past_dates(cases: &[(&str, &str, Option<&str>)]) {
    assert_word_dates(Modality::Asserted, ARTICLE, cases);
}

/// Each `(relation, date)`: the first triple of that relation the extractor gives for the
/// one sentence `s`, in an article of [`ARTICLE`], has that date.
fn assert_each_dated(s: &str, cases: &[(&str, Option<&str>)]) {
    let ts = extracted(s, Some(ARTICLE));
    for &(rel, want) in cases {
        assert_eq!(dated(&ts, rel), want, "{s}: {rel}");
    }
}
