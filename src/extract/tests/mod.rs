//! Unit tests of the extract stage over whole sentences: the helpers here, the tests in
//! files by theme. Each test reads as sentences and what is expected of them: `said(text)`
//! extracts a sentence, and the checks on what it returns (`get`, `lacks`, `any`, `none`,
//! `all`, `modality`, `events_are`) name the sentence and its triples when they fail; a
//! table of sentences and the triple each must give is checked by `each_gives` or `each_has`,
//! a list of sentences that must each give or lack a kind of triple by `each_any`,
//! `each_none` or `each_events_are`, or pass other checks by `each`.
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

/// Whether `t` is `subject relation object` (ids); an empty `subject` or `object` stands
/// for any.
fn is(t: &Triple, subject: &str, relation: &str, object: &str) -> bool {
    (subject.is_empty() || t.subject.id == subject)
        && t.relation == relation
        && (object.is_empty() || t.object.id == object)
}

/// Whether `t` goes from an entity of state `s` to one of state `o` (ISO codes).
fn states(t: &Triple, s: &str, o: &str) -> bool {
    t.subject.country.as_deref() == Some(s) && t.object.country.as_deref() == Some(o)
}

/// Whether `t` is an event (it has a PLOVER type) from state `s` to state `o`.
fn between(t: &Triple, s: &str, o: &str) -> bool {
    t.plover.is_some() && states(t, s, o)
}

/// Whether `t` is an event between two entities of one state.
fn within_one_state(t: &Triple) -> bool {
    t.plover.is_some() && t.subject.country.is_some() && t.subject.country == t.object.country
}

/// One sentence and the triples extracted from it; every check panics with the sentence
/// and its triples.
struct Said {
    text: String,
    ts: Vec<Triple>,
}

/// A sentence of an undated article.
fn said(text: &str) -> Said {
    Said {
        text: text.to_string(),
        ts: triples(text, None),
    }
}

/// A sentence of an article of `date` (which decides who holds an office).
fn dated(text: &str, date: &str) -> Said {
    Said {
        text: text.to_string(),
        ts: triples(text, Some(date)),
    }
}

impl Said {
    /// The triple `subject relation object` (ids; an empty `object`: any), which must be there.
    fn get(&self, subject: &str, relation: &str, object: &str) -> &Triple {
        self.ts
            .iter()
            .find(|t| is(t, subject, relation, object))
            .unwrap_or_else(|| {
                panic!(
                    "{}: no {subject} {relation} {object} in {:#?}",
                    self.text, self.ts
                )
            })
    }

    /// Asserts the triple `subject relation object` (ids; an empty `object`: any) is there.
    fn has(&self, subject: &str, relation: &str, object: &str) -> &Self {
        self.get(subject, relation, object);
        self
    }

    /// Asserts the triple `subject relation object` is there with `modality`.
    fn modality(&self, subject: &str, relation: &str, object: &str, modality: Modality) -> &Self {
        let t = self.get(subject, relation, object);
        assert_eq!(t.modality, modality, "{}: {t:#?}", self.text);
        self
    }

    /// Asserts the triple `subject relation object` is there, reported as the claim of `by`
    /// (an entity id).
    fn reported_by(&self, subject: &str, relation: &str, object: &str, by: &str) -> &Self {
        let t = self.get(subject, relation, object);
        assert_eq!(t.modality, Modality::Reported, "{}: {t:#?}", self.text);
        assert_eq!(
            t.claimed_by.as_ref().map(|c| c.id.as_str()),
            Some(by),
            "{}",
            self.text
        );
        self
    }

    /// Asserts there is no triple `subject relation object` (an empty `object`: any).
    fn lacks(&self, subject: &str, relation: &str, object: &str) -> &Self {
        let wrong = self.ts.iter().find(|t| is(t, subject, relation, object));
        assert!(wrong.is_none(), "{}: unexpected {wrong:#?}", self.text);
        self
    }

    /// The first triple `pick` accepts, which must be there.
    fn find(&self, pick: impl Fn(&Triple) -> bool) -> &Triple {
        self.ts
            .iter()
            .find(|t| pick(t))
            .unwrap_or_else(|| panic!("{}: no such triple in {:#?}", self.text, self.ts))
    }

    /// Asserts the first triple `pick` accepts is there with `modality`.
    fn find_is(&self, pick: impl Fn(&Triple) -> bool, modality: Modality) -> &Self {
        let t = self.find(pick);
        assert_eq!(t.modality, modality, "{}: {t:#?}", self.text);
        self
    }

    /// Asserts some triple is as `want` says.
    fn any(&self, want: impl Fn(&Triple) -> bool) -> &Self {
        self.find(want);
        self
    }

    /// Asserts no triple is as `wrong` says.
    fn none(&self, wrong: impl Fn(&Triple) -> bool) -> &Self {
        let found = self.ts.iter().find(|t| wrong(t));
        assert!(found.is_none(), "{}: unexpected {found:#?}", self.text);
        self
    }

    /// Asserts every triple is as `want` says.
    fn all(&self, want: impl Fn(&Triple) -> bool) -> &Self {
        self.none(|t| !want(t))
    }

    /// The event triples (those with a PLOVER type), of which there must be one at least.
    fn events(&self) -> Vec<&Triple> {
        let events: Vec<&Triple> = self.ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(
            !events.is_empty(),
            "{}: no event in {:#?}",
            self.text,
            self.ts
        );
        events
    }

    /// Asserts there are events, and that each has `modality`.
    fn events_are(&self, modality: Modality) -> &Self {
        for t in self.events() {
            assert_eq!(t.modality, modality, "{}: {t:#?}", self.text);
        }
        self
    }

    /// The event triples as (subject, relation, object) ids.
    fn pairs(&self) -> Vec<(String, String, String)> {
        pairs(&self.ts)
    }

    /// Asserts there is no event triple.
    fn no_events(&self) -> &Self {
        self.none(|t| t.plover.is_some())
    }
}

/// Asserts, for each (sentence, subject, relation, object), that the sentence read alone
/// gives the triple `subject relation object`.
fn each_gives(cases: &[(&str, &str, &str, &str)]) {
    for (text, subject, relation, object) in cases {
        said(text).get(subject, relation, object);
    }
}

/// Asserts, for each (sentence, subject, relation, object), that the sentence read alone
/// gives the triple `subject relation object` with `modality`.
fn each_has(modality: Modality, cases: &[(&str, &str, &str, &str)]) {
    for (text, subject, relation, object) in cases {
        said(text).modality(subject, relation, object, modality);
    }
}

/// Runs `check` on each (sentence, subject, relation, object), given the sentence read
/// alone and its triple `subject relation object` (which must be there).
fn each_triple(cases: &[(&str, &str, &str, &str)], check: impl Fn(&str, &Said, &Triple)) {
    for (text, subject, relation, object) in cases {
        let s = said(text);
        check(text, &s, s.get(subject, relation, object));
    }
}

/// Runs the checks of `check` on each sentence read alone.
fn each(texts: &[&str], check: impl Fn(&Said)) {
    for text in texts {
        check(&said(text));
    }
}

/// Asserts, for each sentence read alone, that no triple is as `wrong` says.
fn each_none(texts: &[&str], wrong: impl Fn(&Triple) -> bool) {
    each(texts, |s| {
        s.none(&wrong);
    });
}

/// Asserts, for each sentence read alone, that some triple is as `want` says.
fn each_any(texts: &[&str], want: impl Fn(&Triple) -> bool) {
    each(texts, |s| {
        s.any(&want);
    });
}

/// Asserts, for each sentence read alone, that it gives events and each has `modality`.
fn each_events_are(modality: Modality, texts: &[&str]) {
    each(texts, |s| {
        s.events_are(modality);
    });
}

mod advice;
mod bias;
mod control;
mod earlier;
mod first;
mod messages;
mod moods;
mod parties;
mod purpose;
mod questions;
mod readings;
mod recalled;
mod repairs;
mod second;
mod sources;
mod speakers;
mod stated;
mod topics;
mod travel;
mod venues;
mod vocab;
