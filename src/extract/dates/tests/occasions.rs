//! Whose day it is: a habit, an activity carried up to now, a threat and the act it
//! threatens, a report and the act it tells of, a week seen from a Sunday.

use super::states::assert_each_all;
use super::*;

#[test]
fn a_habit_is_no_event_of_a_month_or_weekday() {
    // an act done as a rule in a month or on a weekday is no event of either
    assert_each_all(
        &[
            "Chad usually visits Niger in March.",
            "Mali traditionally hosts Niger in June.",
            "Chad often shells Niger on Friday.",
        ],
        |t| t.plover.is_none(),
    );
    // a habit of the clause before is not the next clause's act
    let ts = extracted(
        "Bolivia usually visits Peru, but on Friday it visited Chile.",
        Some(ARTICLE),
    );
    assert!(!ts.iter().any(|t| t.object.id == "country:PER"), "{ts:?}");
    let chile = ts
        .iter()
        .find(|t| t.object.id == "country:CHL")
        .expect("Chile");
    assert_eq!(chile.date.as_deref(), Some("2021-04-30"));
}

#[test]
fn a_present_with_a_clause_of_when_is_a_habit() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Bolivia consults Chile when it negotiates with Peru.",
                "meets",
                None,
            ),
            (
                "Argentina condemns Britain when British ships sail near the islands.",
                "criticizes",
                None,
            ),
            (
                "Peru praises Chile when it opens its ports.",
                "praises",
                None,
            ),
            // the past is one occasion, news of the day
            (
                "Argentina condemned Britain when British ships sailed near the islands.",
                "criticizes",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn the_perfect_progressive_is_an_activity_carried_up_to_now() {
    assert_dates(
        Some(ARTICLE),
        &[
            ("Chile has been holding talks with Peru.", "meets", None),
            (
                "The Bolivian army has been attacking Peruvian positions.",
                "attacks",
                None,
            ),
            (
                "Ecuador has been shelling Colombian villages.",
                "bombs",
                None,
            ),
            // a stretch up to now that the clause names is the day's news
            (
                "Chile has been shelling Peru over the last two days.",
                "bombs",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_threat_is_dated_by_its_own_verb_not_by_the_act_it_threatens() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Chile has threatened to halt imports of Peruvian copper from June 14.",
                "threatens",
                Some(ARTICLE),
            ),
            (
                "Bolivia threatened to close its border with Peru next month.",
                "threatens",
                Some(ARTICLE),
            ),
            (
                "Ecuador has threatened to expel Colombian diplomats on June 2.",
                "threatens",
                Some(ARTICLE),
            ),
            // the act itself, not threatened, keeps its time
            (
                "Chile will halt imports of Peruvian copper from June 14.",
                "sanctions",
                Some("2021-06-14"),
            ),
        ],
    );
}

#[test]
fn a_time_right_after_a_verb_of_saying_is_the_saying_s() {
    // read by the words: the report is Sunday's; the act, told without a time of its own,
    // is the article's news
    assert_past_dates(&[
        (
            "The agency said on Sunday Chad had shelled Niger.",
            "shelled",
            Some(ARTICLE),
        ),
        (
            "Niger reported on Monday Chad had shelled its villages.",
            "shelled",
            Some(ARTICLE),
        ),
        (
            "The ministry announced Friday Chad had shelled Niger.",
            "shelled",
            Some(ARTICLE),
        ),
        // a time after the act is the act's
        (
            "The agency said Chad shelled Niger on Sunday.",
            "shelled",
            Some("2021-05-02"),
        ),
    ]);
    // over the tree too: the accusation is Friday's; the attack, which the past perfect
    // puts before it, has no day the text gives
    assert_each_dated(
        "Iran said on Friday that Iraq had attacked Kuwait.",
        &[("accuses", Some("2021-04-30")), ("attacks", None)],
    );
}

#[test]
fn what_is_due_or_scheduled_counts_forward_by_the_words() {
    assert_past_dates(&[
        (
            "The envoy was due to fly to Niamey on Friday to meet Niger.",
            "meet",
            Some("2021-05-07"),
        ),
        (
            "Chad is scheduled to visit Niger on Monday.",
            "visit",
            Some("2021-05-10"),
        ),
        (
            "Chad is expected to sign the pact on Tuesday.",
            "sign",
            Some("2021-05-11"),
        ),
        // another clause's schedule is not this one's
        (
            "Chad was due to visit Niger but visited Mali on Monday.",
            "visited",
            Some("2021-05-03"),
        ),
    ]);
}

#[test]
fn this_week_seen_from_a_sunday_is_the_next_one_for_what_is_to_come() {
    for (article, want) in [
        // 1 to 7 February
        ("2021-01-31", "2021-02"),
        // 1 to 7 March
        ("2021-02-28", "2021-03"),
        // 31 May to 6 June
        ("2021-05-30", "2021"),
    ] {
        assert_word_dates(
            Modality::Future,
            article,
            &[("Chad will visit Niger this week.", "visit", Some(want))],
        );
    }
    // a past event's week is the one ending that Sunday (24 to 30 May)
    assert_word_dates(
        Modality::Asserted,
        "2021-05-30",
        &[("Chad shelled Niger this week.", "shelled", Some("2021-05"))],
    );
}
