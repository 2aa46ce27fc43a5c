//! The date forms a sentence states, and their precision.

use super::*;

/// Each `(sentence, article date, date)`: the first date the sentence states.
fn assert_sentence_dates(cases: &[(&str, Option<&str>, Option<&str>)]) {
    for &(s, base, want) in cases {
        assert_eq!(date(s, base).as_deref(), want, "{s}");
    }
}

#[test]
fn weekdays_resolve_backwards_from_the_article_date() {
    // 2022-11-11 was a Friday
    let friday = Some("2022-11-11");
    assert_sentence_dates(&[
        ("They met on Wednesday.", friday, Some("2022-11-09")),
        ("They met on Friday.", friday, Some("2022-11-11")),
        ("They meet next Monday.", friday, Some("2022-11-14")),
        ("They met on Wednesday.", None, None),
    ]);
}

#[test]
fn explicit_dates() {
    assert_sentence_dates(&[
        ("It fell on September 30, 1938.", None, Some("1938-09-30")),
        ("It fell on 30 Sept. 1938.", None, Some("1938-09-30")),
        (
            "The war ended on Aug 26.",
            Some("2014-09-02"),
            Some("2014-08-26"),
        ),
        ("They may meet.", Some("2014-09-02"), None),
        ("He left yesterday.", Some("2014-03-01"), Some("2014-02-28")),
    ]);
}

#[test]
fn months_and_years_of_the_event_clause() {
    let king = "The king, who last visited China in 1993, will meet Jiang Zemin.";
    for (s, at, article, want) in [
        (
            "Russia attacked Georgia in August 2008.",
            "attacked",
            Some("2022-03-01"),
            Some("2008-08"),
        ),
        (
            "He visited Iraq twice in 1995.",
            "visited",
            Some("1996-08-20"),
            Some("1995"),
        ),
        // the article's own year says nothing more than the article date
        ("They met twice in 1996.", "met", Some("1996-08-20"), None),
        // another clause's year is not this event's
        (king, "visited", None, Some("1993")),
        (king, "meet", None, None),
        ("The 1994 pact holds.", "holds", None, None),
    ] {
        assert_eq!(period(s, at, article).as_deref(), want, "{s}");
    }
}

#[test]
fn chronology_entries_are_dated_by_their_year() {
    assert_sentence_dates(&[
        (
            "1993 - Six republics signed a currency pact.",
            Some("1996-08-31"),
            Some("1993"),
        ),
        ("1993 - They met on May 3, 1993.", None, Some("1993-05-03")),
        ("1993 was a year of talks.", None, None),
    ]);
}

#[test]
fn each_date_form_resolves_with_its_precision() {
    let shelled = |when: &str| format!("Chad shelled Niger {when}.");
    let cases = [
        ("on 4 April 2019", "2019-04-04"),
        ("on April 4, 2019", "2019-04-04"),
        ("on Sept. 4, 2019", "2019-09-04"),
        ("in August 2008", "2008-08"),
        ("in 2003", "2003"),
        ("in early 2014", "2014"),
        ("in the summer of 2012", "2012"),
        ("on April 4", "2021-04-04"),
        ("in March", "2021-03"),
        // a month after the article's, for a past event, is last year's
        ("in December", "2020-12"),
        ("on Monday", "2021-05-03"),
        ("on Wednesday", "2021-05-05"),
        ("last Wednesday", "2021-04-28"),
        ("yesterday", "2021-05-04"),
        ("last night", "2021-05-04"),
        ("two weeks ago", "2021-04-21"),
        ("3 days ago", "2021-05-02"),
        ("a few days ago", "2021-05"),
        ("six months ago", "2020-11"),
        ("two years ago", "2019"),
        // (the week before the article's, 26 April to 2 May, lies across two months)
        ("last week", "2021"),
        ("last month", "2021-04"),
        ("last year", "2020"),
        ("last November", "2020-11"),
        ("last weekend", "2021-05-01"),
        ("earlier this month", "2021-05"),
    ];
    let sentences: Vec<(String, &str)> = cases.iter().map(|&(w, d)| (shelled(w), d)).collect();
    let mut table: Vec<(&str, &str, Option<&str>)> = sentences
        .iter()
        .map(|(s, d)| (s.as_str(), "shelled", Some(*d)))
        .collect();
    table.push((
        "Earlier this year, Chad shelled Niger.",
        "shelled",
        Some("2021"),
    ));
    assert_word_dates(Modality::Asserted, ARTICLE, &table);
}

#[test]
fn the_phrase_that_gave_the_date_is_kept() {
    let d = by_words(
        "In August 2008, Chad shelled Niger.",
        "shelled",
        Modality::Asserted,
        Some(ARTICLE),
    );
    assert_eq!(d.date.as_deref(), Some("2008-08"));
    assert_eq!(d.phrase.as_deref(), Some("August 2008"));
    let d = by_words(
        "Chad shelled Niger.",
        "shelled",
        Modality::Asserted,
        Some(ARTICLE),
    );
    assert_eq!((d.date.as_deref(), d.phrase), (Some(ARTICLE), None));
}

#[test]
fn words_that_are_not_times() {
    for s in [
        "Chad may shell Niger.",
        "Chad's troops march on Niger.",
        "Chad shelled Niger over the past week.",
        "Chad shelled 2003 targets in Niger.",
    ] {
        let toks = tokenize(s, 0);
        let found: Vec<_> = time_expressions(&toks)
            .into_iter()
            .filter(|e| e.kind == TimeKind::Point)
            .collect();
        assert!(found.is_empty(), "{s}: {found:?}");
    }
}

#[test]
fn an_undated_article_dates_only_what_its_text_fixes() {
    for (s, want) in [
        ("Chad shelled Niger on Monday.", None),
        ("Chad shelled Niger in 2003.", Some("2003")),
    ] {
        let d = by_words(s, "shelled", Modality::Asserted, None);
        assert_eq!(d.date.as_deref(), want, "{s}");
    }
}

#[test]
fn a_week_across_two_months_gives_only_its_year() {
    let past_week = "Chad shelled Niger last week.";
    let earlier = "Chad shelled Niger earlier this week.";
    for (s, at, m, article, want) in [
        // Wednesday 5 May 2021: last week is 26 April to 2 May
        (past_week, "shelled", Modality::Asserted, ARTICLE, "2021"),
        // Wednesday 2 June 2021: earlier this week is 31 May to 2 June
        (earlier, "shelled", Modality::Asserted, "2021-06-02", "2021"),
        // Thursday 29 April 2021: later this week is 29 April to 2 May
        (
            "Chad will visit Niger later this week.",
            "visit",
            Modality::Future,
            "2021-04-29",
            "2021",
        ),
        // the days of this week before a Friday, 30 April, are all April's
        (
            earlier,
            "shelled",
            Modality::Asserted,
            "2021-04-30",
            "2021-04",
        ),
        // a week inside one month keeps its month (Thursday 20 May: 10 to 16 May)
        (
            past_week,
            "shelled",
            Modality::Asserted,
            "2021-05-20",
            "2021-05",
        ),
    ] {
        assert_word_dates(m, article, &[(s, at, Some(want))]);
    }
}

#[test]
fn holidays_on_a_fixed_day_are_dated() {
    // 2023-01-05 was a Thursday
    assert_dates(
        Some("2023-01-05"),
        &[
            (
                "Russia shelled Kharkiv on Christmas Day.",
                "bombs",
                Some("2022-12-25"),
            ),
            (
                "The Iranian president will visit Iraq on New Year's Day.",
                "visits",
                Some("2024-01-01"),
            ),
            (
                "Chile and Peru met at Christmas 1996.",
                "meets",
                Some("1996-12-25"),
            ),
            (
                "Israel and Egypt met on New Year's Eve.",
                "meets",
                Some("2022-12-31"),
            ),
            // "the new year", in lower case, is no day
            (
                "Iran's president visited Iraq over the new year.",
                "visits",
                Some("2023-01-05"),
            ),
        ],
    );
}
