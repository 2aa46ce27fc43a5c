//! Lasting states, habits and earlier acts: no date of their own.

use super::*;

/// Asserts, for each sentence extracted in an article of [`ARTICLE`], that every triple it
/// gives is as `ok` says.
pub(super) fn assert_each_all(texts: &[&str], ok: impl Fn(&Triple) -> bool) {
    for s in texts {
        let ts = extracted(s, Some(ARTICLE));
        assert!(ts.iter().all(&ok), "{s}: {ts:#?}");
    }
}

#[test]
fn background_states_and_habits_have_no_date() {
    for (s, at, why) in [
        (
            "Chad and Niger have been at odds for years.",
            "been",
            "for years",
        ),
        (
            "Chad has fought Niger for decades.",
            "fought",
            "for decades",
        ),
        ("Chad has long supported Niger.", "supported", "long"),
        (
            "Chad has occupied the strip since 2014.",
            "occupied",
            "since 2014",
        ),
        (
            "Chad has backed Niger in recent years.",
            "backed",
            "in recent years",
        ),
        ("Chad usually backs Niger.", "backs", "usually"),
        ("Chad meets Niger every year.", "meets", "every year"),
        ("Chad meets Niger twice a year.", "meets", "twice a year"),
        ("Chad has backed Niger in the war.", "backed", "has backed"),
        (
            "Mali, which Chad has accused of raids, met Niger.",
            "accused",
            "has accused",
        ),
    ] {
        let d = by_words(s, at, Modality::Asserted, Some(ARTICLE));
        assert_eq!(d.date, None, "{s}");
        assert_eq!(d.phrase.as_deref(), Some(why), "{s}");
    }
    assert_past_dates(&[
        // the perfect of an act is news of the day
        ("Chad has shelled Niger.", "shelled", Some(ARTICLE)),
        // a short stretch of a dated event is no background
        ("Chad met Niger for two days in 2003.", "met", Some("2003")),
        // "since" with a simple past dates nothing and takes nothing away
        (
            "Chad visited Niger, its first visit since 2014.",
            "visited",
            Some(ARTICLE),
        ),
    ]);
}

#[test]
fn long_periods_are_a_lasting_state() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Serbia detained Kosovo citizens for long periods.",
                "arrests",
                None,
            ),
            (
                "Kenya kidnapped Somali citizens for long periods.",
                "abducts",
                None,
            ),
            (
                "The Chinese navy blockaded Taiwan for long stretches.",
                "blockades",
                None,
            ),
            // "long" before what is not a stretch of time takes nothing away
            (
                "Russia sent Syria jets for long missions.",
                "supplies",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn since_a_time_near_a_named_year_is_when_a_state_began() {
    assert_past_dates(&[
        (
            "Britain has patrolled Iraq since shortly after the 1991 war.",
            "patrolled",
            None,
        ),
        (
            "Chad has shelled Niger since just before the 2019 vote.",
            "shelled",
            None,
        ),
        (
            "Ghana has mediated between the rivals since the 2017 summit.",
            "mediated",
            None,
        ),
        // without a perfect, "since" takes nothing away, and the year is not the event's
        (
            "Chad visited Niger for the first time since the 2019 vote.",
            "visited",
            Some(ARTICLE),
        ),
    ]);
}

#[test]
fn since_a_time_further_on_in_the_phrase_is_when_a_state_began() {
    assert_past_dates(&[
        (
            "Chile has patrolled the border since shortly after the war in 1982.",
            "patrolled",
            None,
        ),
        (
            "Chile has blockaded Peru since soon after the election in 2019.",
            "blockaded",
            None,
        ),
        (
            "Chad has shelled Niger since the end of the truce in 2017.",
            "shelled",
            None,
        ),
        // "since" opening a clause: its year is that clause's event's
        (
            "Sanctions stayed in force since Chad shelled Niger in 2017.",
            "shelled",
            Some("2017"),
        ),
    ]);
}

#[test]
fn an_earlier_event_the_text_gives_no_time_for_has_no_date() {
    assert_dates(
        Some(ARTICLE),
        // ("previous talks between Chile and Peru failed" names no event at all:
        // dates::recalled, tests/recalled.rs)
        &[
            (
                "Chile and Peru held earlier talks on the border.",
                "negotiates_with",
                None,
            ),
            (
                "The last visit of a Chilean president to Bolivia angered Peru.",
                "visits",
                None,
            ),
        ],
    );
    // by the words: an adjective of the event noun, not an adverb of the verb
    assert_past_dates(&[
        ("The previous visit of Chad to Niger", "visit", None),
        ("Chad earlier shelled Niger.", "shelled", Some(ARTICLE)),
    ]);
    // "last" of a time phrase dates the event
    assert_dates(
        Some("2021-05-20"),
        &[(
            "The talks between Chile and Peru last week failed.",
            "meets",
            Some("2021-05"),
        )],
    );
}

#[test]
fn an_act_the_perfect_puts_earlier_has_no_date() {
    assert_past_dates(&[
        ("Chad has previously shelled Niger.", "shelled", None),
        // "earlier" with the simple past is earlier today: the day's news
        ("Chad earlier shelled Niger.", "shelled", Some(ARTICLE)),
    ]);
    for (s, rel) in [
        ("The Chilean minister had earlier visited Peru.", "visits"),
        ("Chile had previously accused Peru of spying.", "accuses"),
    ] {
        assert_eq!(dated(&extracted(s, Some(ARTICLE)), rel), None, "{s}");
    }
}

#[test]
fn a_question_an_aim_a_tie_and_a_standing_accord_are_not_news_of_the_day() {
    for (s, rel) in [
        // a question is no fact
        (
            "Officials asked whether Chile gave Peru weapons.",
            "supplies",
        ),
        (
            "The inquiry will decide whether Ecuador shelled Colombia.",
            "bombs",
        ),
        ("Diplomats asked whether Bolivia had met Peru.", "meets"),
        // an aim is not yet done
        (
            "Peru backed a plan designed to end the Chilean blockade of Bolivia.",
            "blockades",
        ),
        (
            "Chile welcomed talks aimed at ending the Peruvian blockade of Bolivia.",
            "blockades",
        ),
        (
            "Chile joined a mission meant to end the Peruvian occupation of Bolivia.",
            "occupies",
        ),
        (
            "The alliance between Ecuador and Colombia requires joint patrols.",
            "allied_with",
        ),
    ] {
        assert_eq!(dated(&extracted(s, Some(ARTICLE)), rel), None, "{s}");
    }
    // a participle of backing after its doer names a lasting tie, no event at all
    assert_each_all(
        &[
            "The report examined aid to U.S.-backed rebels in Nicaragua.",
            "Chile condemned Iranian-backed militias in Lebanon.",
            "Chile condemned Russian-backed separatists in Georgia.",
        ],
        |t| t.relation != "supports",
    );
    // what is said, done, backed or allowed in the past is the day's news
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Officials said Chile gave Peru weapons.",
                "supplies",
                Some(ARTICLE),
            ),
            (
                "Peru backed a plan, and Chile blockaded Bolivia.",
                "blockades",
                Some(ARTICLE),
            ),
            (
                "The United States backed the Nicaraguan rebels.",
                "supports",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn the_present_of_a_stative_verb_is_a_state() {
    assert_dates(
        Some(ARTICLE),
        &[
            ("Iran is arming Hezbollah.", "supplies", None),
            ("Iran funds the Houthi rebels in Yemen.", "aids", None),
            ("Diplomats say Chad is supporting Niger.", "supports", None),
            ("Washington opposes Moscow's plans.", "rejects", None),
            // the simple past of the same verbs is an act of the day
            (
                "Chile backed Peru at the summit.",
                "supports",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn what_is_demanded_or_set_as_a_condition_has_no_date() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Mali agreed to the truce on condition that Chad withdraw its troops from Niger.",
                "withdraws_from",
                None,
            ),
            (
                "Chile insisted that Peru stop attacking Bolivia.",
                "attacks",
                None,
            ),
            (
                "Norway asked that Sweden expel the Russian diplomats.",
                "expels",
                None,
            ),
            // what is said to have happened is the day's news
            (
                "Chile insisted that Peru attacked Bolivia.",
                "attacks",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn an_accord_kept_watched_or_broken_is_named_not_news() {
    // no dated signing: the accord is no event at all (extract::events::nouns::kept_accord), or
    // one without a date
    for (s, rel) in [
        (
            "Envoys overseeing the ceasefire agreement between Chad and Niger met on Friday.",
            "signs_agreement_with",
        ),
        (
            "Observers accused Chad of violating its ceasefire agreement with Niger.",
            "signs_agreement_with",
        ),
        (
            "A commission overseeing the truce between Armenia and Azerbaijan will meet next week.",
            "withdraws_from",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        let dated = ts.iter().find(|t| t.relation == rel && t.date.is_some());
        assert!(dated.is_none(), "{s}: {dated:#?}");
    }
    // the signing itself is the day's
    assert_dates(
        Some(ARTICLE),
        &[(
            "Chad signed a ceasefire agreement with Niger.",
            "signs_agreement_with",
            Some(ARTICLE),
        )],
    );
}

#[test]
fn a_relative_clause_the_parser_took_for_another_is_still_background() {
    // (background, it gives no triple: see `recalled`)
    assert_each_all(
        &[
            "The arrests were announced shortly after a row in which Chile asked Peru to withdraw two diplomats, and Peru expelled three Chilean diplomats.",
            "The strike was called shortly after a dispute in which Kenya asked Uganda to recall its envoy, and Uganda expelled two Kenyan diplomats.",
            "The border closed shortly after a row in which Ghana asked Togo to free two traders, and Togo expelled a Ghanaian envoy.",
        ],
        |t| t.relation != "asks",
    );
    // a clause of "after" without a relative pronoun is the day's
    assert_dates(
        Some(ARTICLE),
        &[(
            "The arrests were announced shortly after Chile asked Peru to withdraw two diplomats.",
            "asks",
            Some(ARTICLE),
        )],
    );
}

#[test]
fn an_act_named_below_a_gerund_of_cause_was_done_before() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The colonel is serving a prison term for ordering attacks by Chadian rebels on Niger.",
                "attacks",
                None,
            ),
            (
                "The minister won praise for arranging talks between Chile and Peru.",
                "meets",
                None,
            ),
            (
                "The envoy received an award for brokering a truce between Chad and Niger.",
                "withdraws_from",
                None,
            ),
            // without the cause, arranging talks is the day's news
            (
                "The minister is arranging talks between Chile and Peru.",
                "meets",
                Some(ARTICLE),
            ),
        ],
    );
}
