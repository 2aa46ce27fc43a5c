//! What is still to come, or only might be: its intended date, or none.

use super::*;

#[test]
fn a_future_event_keeps_its_intended_date() {
    assert_word_dates(
        Modality::Future,
        ARTICLE,
        &[
            (
                "Chad will visit Niger next month.",
                "visit",
                Some("2021-06"),
            ),
            ("Chad will visit Niger in March.", "visit", Some("2022-03")),
            (
                "Chad will visit Niger on Monday.",
                "visit",
                Some("2021-05-10"),
            ),
            (
                "Chad will visit Niger in two weeks.",
                "visit",
                Some("2021-05-19"),
            ),
            (
                "Chad will visit Niger tomorrow.",
                "visit",
                Some("2021-05-06"),
            ),
            // no date given, none known
            ("Chad will visit Niger.", "visit", None),
        ],
    );
    assert_past_dates(&[
        // what might be is counted forward too; what may have been, back
        (
            "Chad could visit Niger on Friday.",
            "visit",
            Some("2021-05-07"),
        ),
        (
            "Chad may have shelled Niger on Friday.",
            "shelled",
            Some("2021-04-30"),
        ),
        // "next year" says the event is to come, whatever the verb
        (
            "Chad agreed to visit Niger next year.",
            "visit",
            Some("2022"),
        ),
    ]);
}

#[test]
fn a_past_event_is_never_dated_after_its_article() {
    assert_past_dates(&[
        // an explicit year after the article's cannot be a past event's: the article's date
        ("Chad shelled Niger in 2025.", "shelled", Some(ARTICLE)),
        (
            "Chad shelled Niger on May 20.",
            "shelled",
            Some("2020-05-20"),
        ),
        // "in two weeks" is only a future event's
        ("Chad shelled Niger in two weeks.", "shelled", Some(ARTICLE)),
    ]);
}

#[test]
fn what_might_be_or_might_have_been_has_no_date_without_a_time_of_its_own() {
    // a hedged act (a charge, a belief, a course urged) the text gives no time for
    for (s, rel) in [
        (
            "Analysts believe the best option is for Norway to join forces with Sweden.",
            "cooperates_with",
        ),
        (
            "Observers think the answer is for Ghana to negotiate with Togo.",
            "negotiates_with",
        ),
        ("Chile is believed to have attacked Peru.", "attacks"),
        ("Iran is suspected of attacking Iraq.", "attacks"),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        let t = ts.iter().find(|t| t.relation == rel).expect(s);
        assert_eq!(t.modality, Modality::Hedged, "{s}");
        assert_eq!(t.date, None, "{s}");
    }
    // a hedged act the text gives a time for keeps it
    assert_dates(
        Some(ARTICLE),
        &[(
            "Iran may have attacked Iraq on Monday.",
            "attacks",
            Some("2021-05-03"),
        )],
    );
}

#[test]
fn what_will_not_be_done_has_no_date_but_the_refusal_has() {
    for (s, rel) in [
        (
            "Chile will not negotiate with Peru until the troops leave.",
            "negotiates_with",
        ),
        (
            "Bolivia will not recognise the Chilean government.",
            "recognizes",
        ),
        ("Argentina will never sell weapons to Chile.", "supplies"),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), None, "{s}");
        // the refusal read from it is the day's
        assert_eq!(dated(&ts, "rejects"), Some(ARTICLE), "{s}");
    }
    // what was not done is still told on the day
    assert_dates(
        Some(ARTICLE),
        &[("Chile did not attack Peru.", "attacks", Some(ARTICLE))],
    );
}

#[test]
fn the_simple_present_with_a_weekday_is_what_is_scheduled() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The Chilean foreign minister leaves for Peru on Saturday.",
                "visits",
                Some("2021-05-08"),
            ),
            (
                "The Chilean president meets his Peruvian counterpart on Thursday.",
                "meets",
                Some("2021-05-06"),
            ),
            (
                "The Bolivian president travels to Lima on Sunday.",
                "visits",
                Some("2021-05-09"),
            ),
            // the past tense counts back
            (
                "The Bolivian president visited Chile on Friday.",
                "visits",
                Some("2021-04-30"),
            ),
        ],
    );
}

#[test]
fn an_ability_to_act_is_not_the_act() {
    for s in [
        "Peru lacks the capacity to attack Chile.",
        "Peru has the ability to attack Chile.",
        "Peru has no capability to attack Chile.",
    ] {
        assert_eq!(past(s, "attack"), None, "{s}");
    }
    assert_eq!(
        past("Peru moved to attack Chile.", "attack").as_deref(),
        Some(ARTICLE)
    );
}

#[test]
fn what_will_or_might_be_is_not_dated_by_a_phrase_pointing_back() {
    assert_word_dates(
        Modality::Future,
        ARTICLE,
        &[
            (
                "Chile will lift the sanctions imposed last week.",
                "lift",
                None,
            ),
            // a wish of the past keeps the time it was for
            (
                "Chad had wanted to meet Niger last month.",
                "meet",
                Some("2021-04"),
            ),
        ],
    );
    assert_past_dates(&[
        (
            "Peru could expel the diplomats it summoned yesterday.",
            "expel",
            None,
        ),
        (
            "Chad would free the soldiers captured two weeks ago.",
            "free",
            None,
        ),
        // the past keeps it
        (
            "Chile lifted the sanctions imposed last month.",
            "lifted",
            Some("2021-04"),
        ),
    ]);
}

#[test]
fn what_one_is_planning_now_is_dated_ahead() {
    // ARTICLE is in May 2021: "in June" and "in August" still lie ahead of a plan
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Macron is planning a visit to Algeria in June.",
                "visits",
                Some("2021-06"),
            ),
            (
                "Kenya is planning talks with Uganda in August.",
                "meets",
                Some("2021-08"),
            ),
            (
                "The Spanish king is planning a state visit to Morocco in July.",
                "visits",
                Some("2021-07"),
            ),
            // look-alikes: a plan of the past and talks held keep the month behind
            (
                "Macron planned a visit to Algeria in February.",
                "visits",
                Some("2021-02"),
            ),
            (
                "Kenya held talks with Uganda in January.",
                "meets",
                Some("2021-01"),
            ),
        ],
    );
}

#[test]
fn a_plan_told_in_the_past_keeps_its_month_behind() {
    // ARTICLE is in May 2021: a plan in the past tense is of the past, its month too
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Kenya planned to hold talks with Uganda in March.",
                "meets",
                Some("2021-03"),
            ),
            (
                "The Danish queen intended to visit Norway in January.",
                "promises",
                Some("2021-01"),
            ),
            (
                "Peru planned to send envoys to Chile in February, before the storms.",
                "visits",
                Some("2021-02"),
            ),
            // look-alike: a plan a report passes on in its own past tense is a plan now
            (
                "Macron said he planned to visit Algeria in June.",
                "visits",
                Some("2021-06"),
            ),
        ],
    );
}
