//! Integration tests of royals' states and of what "former" before a state's adjective
//! names: every construction with three sentences that were wrong before it and a
//! look-alike that must not change. All sentences are written for these tests.

use geokg::extract::Extractor;
use geokg::lexicon::Lexicon;
use geokg::model::{Article, Triple};
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
}

/// The event triples (with a PLOVER type) of `text` as one article of `date`.
fn events(text: &str, date: &str) -> Vec<Triple> {
    Extractor::new(lex())
        .extract_article(&Article {
            id: "t".into(),
            text: text.into(),
            date: Some(date.to_string()),
            ..Default::default()
        })
        .into_iter()
        .filter(|t| t.plover.is_some())
        .collect()
}

/// The state the events of `text` give the entity `id` (as subject or object); `None` when
/// no event names it or names it with no state.
fn state_of(text: &str, date: &str, id: &str) -> Option<String> {
    let ts = events(text, date);
    assert!(
        ts.iter().any(|t| t.subject.id == id || t.object.id == id),
        "{text}: no event of {id}: {ts:#?}"
    );
    let state = ts
        .iter()
        .flat_map(|t| [&t.subject, &t.object])
        .find(|e| e.id == id)
        .and_then(|e| e.country.clone());
    state
}

/// Asserts that the events of `text` as one article of `date` give the entity `id` the
/// state `want` ([`state_of`]).
fn assert_state(text: &str, date: &str, id: &str, want: Option<&str>) {
    assert_eq!(state_of(text, date, id).as_deref(), want, "{text}");
}

/// Whether some event of `text` has an argument of state `country`.
fn any_of(text: &str, date: &str, country: &str) -> bool {
    events(text, date).iter().any(|t| {
        t.subject.country.as_deref() == Some(country)
            || t.object.country.as_deref() == Some(country)
    })
}

#[test]
fn a_royal_of_the_state_named_with_its_article_is_of_that_state() {
    for (text, id, state) in [
        (
            "Princess Marit of the Netherlands opened talks with the Chilean president on Tuesday.",
            "person:marit",
            "NLD",
        ),
        (
            "King Tomas of the Netherlands visited Indonesia on Monday.",
            "person:tomas",
            "NLD",
        ),
        (
            "Grand Duke Henri of Luxembourg met the Belgian prime minister.",
            "person:henri",
            "LUX",
        ),
    ] {
        assert_state(text, "1996-05-01", id, Some(state));
    }
    // "of the" a body, not a state: none
    assert_state(
        "Princess Mira of the royal house met the Chilean president on Tuesday.",
        "1996-05-01",
        "person:mira",
        None,
    );
}

#[test]
fn a_royal_by_the_given_name_is_the_one_holder_of_the_title_on_the_date() {
    for (text, date, id, state) in [
        (
            "Crown Prince Abdullah met the Syrian president on Tuesday.",
            "1996-05-01",
            "person:abdullah-bin-abdulaziz",
            "SAU",
        ),
        (
            "Crown Prince Salman met the Syrian president on Tuesday.",
            "2013-05-01",
            "person:salman-bin-abdulaziz",
            "SAU",
        ),
        (
            "Crown Prince Mohammed flew to Egypt for a visit on Tuesday.",
            "2018-05-01",
            "person:mohammed-bin-salman",
            "SAU",
        ),
        (
            "King Birendra left his capital on Friday for a visit to China.",
            "1996-05-01",
            "person:birendra",
            "NPL",
        ),
    ] {
        assert_state(text, date, id, Some(state));
    }
    // two kings called Abdullah on that date: neither is meant
    assert_state(
        "King Abdullah met the Syrian president on Tuesday.",
        "2010-05-01",
        "person:abdullah",
        None,
    );
}

#[test]
fn royals_listed_together_share_their_state() {
    for (text, id, state) in [
        (
            "King Anders and Queen Lotta of Sweden visited Mexico on Monday.",
            "person:anders",
            "SWE",
        ),
        (
            "Queen Elizabeth and Princess Anne visited Kenya on Monday.",
            "person:anne",
            "GBR",
        ),
        (
            "Prince Edward and Queen Elizabeth greeted the Omani sultan at Windsor on Monday.",
            "person:edward",
            "GBR",
        ),
    ] {
        assert_state(text, "1996-05-01", id, Some(state));
    }
    // a president listed with a queen is not of her state
    assert_state(
        "Queen Elizabeth and President Jorge Batlle visited Canada on Monday.",
        "1996-05-01",
        "person:jorge-batlle",
        None,
    );
}

#[test]
fn a_former_states_parts_are_not_that_state() {
    for text in [
        "Moscow warned former Soviet republics against joining NATO.",
        "Iran signed a gas deal with a former Soviet republic.",
        "Beijing condemned ex-Soviet states for recognising Taiwan.",
    ] {
        assert!(!any_of(text, "1996-05-01", "SUN"), "{text}");
    }
    // the former Soviet republic the article named before is that one
    let text = "Georgia accused Russia of arming separatists on Monday. The former Soviet republic said it would appeal to the United Nations.";
    assert!(events(text, "2008-08-11")
        .iter()
        .any(|t| t.subject.id == "country:GEO" && t.object.id == "org:un"));
}

#[test]
fn former_members_of_a_states_body_are_not_the_body() {
    for text in [
        "Former Syrian army officers attacked a Turkish post.",
        "Ex-Iraqi soldiers attacked a Kuwaiti border post.",
        "Egypt arrested former Libyan intelligence officers on Sunday.",
    ] {
        assert!(
            !events(text, "1996-05-01")
                .iter()
                .any(|t| t.subject.id.starts_with("gov:") || t.object.id.starts_with("gov:")),
            "{text}"
        );
    }
    // the army of the state that was is that army
    assert!(
        events("The former Yugoslav army shelled Sarajevo.", "1996-05-01")
            .iter()
            .any(|t| t.subject.id == "gov:YUG:military")
    );
}
