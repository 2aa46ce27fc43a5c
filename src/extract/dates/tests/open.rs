//! Acts whose time the text leaves open ("in the past", a question of when, a proposal, an
//! opinion of a thing, what follows a future act, a clause of "when" on a noun), and the
//! time a phrase beside the clause gives it ("in 1990, when ...", "last April 12").

use super::*;

#[test]
fn an_act_done_in_the_past_has_no_day() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Chile has shelled Peru's border posts in the past.",
                "bombs",
                None,
            ),
            (
                "Mali expelled Senegal's ambassador in the past, the minister recalled.",
                "expels",
                None,
            ),
            (
                "In the past, Niger accused Chad of hosting rebels.",
                "accuses",
                None,
            ),
            // (a stretch named up to now is the news of the day)
            (
                "In the past three days Chile shelled Peru's border posts.",
                "bombs",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn an_act_whose_time_is_asked_has_no_day() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The minister said he had forgotten when Chile expelled the Peruvian ambassador.",
                "expels",
                None,
            ),
            (
                "It is unclear when Bolivia signed the water accord with Peru.",
                "signs_agreement_with",
                None,
            ),
            (
                "The ministry did not disclose when Niger shelled the Malian garrison.",
                "bombs",
                None,
            ),
            // (a clause of "when" that gives the time is no question)
            (
                "Chile expelled the Peruvian ambassador when the talks collapsed.",
                "expels",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn what_a_call_or_proposal_asks_for_is_not_done() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Mali welcomed calls for Niger to withdraw its soldiers from Chad.",
                "withdraws_from",
                None,
            ),
            (
                "Bolivia backed a call for Peru to expel Chile's ambassador.",
                "expels",
                None,
            ),
            (
                "Argentina echoed calls for Chile to withdraw its forces from Peru.",
                "withdraws_from",
                None,
            ),
            (
                "Peru expelled Chile's ambassador after a call from Bolivia.",
                "expels",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_thing_held_in_an_opinion_is_not_news_of_the_day() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Observers see the talks between Chile and Peru as a sign of goodwill.",
                "meets",
                None,
            ),
            (
                "Analysts consider the alliance between Mali and Niger a fragile one.",
                "allied_with",
                None,
            ),
            (
                "Diplomats consider the summit between Chile and Peru a turning point.",
                "meets",
                None,
            ),
            // (praise is given on the day, of talks told as news)
            (
                "Observers praised the talks between Chile and Peru as a sign of goodwill.",
                "meets",
                Some(ARTICLE),
            ),
        ],
    );
    // by the words: whether the truce is held in an opinion
    let truce_regarded = |s: &str| {
        let toks = tokenize(s, 0);
        let t = toks
            .iter()
            .position(|t| t.norm == "truce")
            .expect("trigger");
        regarded_by_words(&toks, t)
    };
    assert!(truce_regarded(
        "Envoys regard the truce between Chad and Niger as fragile."
    ));
    assert!(!truce_regarded(
        "Envoys exchanged views, and the truce between them held."
    ));
}

#[test]
fn what_comes_with_a_future_act_is_still_to_come() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The Chilean minister will meet Peru's president in Lima before visiting Bolivia.",
                "visits",
                None,
            ),
            (
                "Chad's envoy will tour Mali after meeting Niger's foreign minister.",
                "meets",
                None,
            ),
            (
                "Bolivia's president will address parliament while visiting Chile.",
                "visits",
                None,
            ),
            (
                "The Chilean minister met Peru's president in Lima before visiting Bolivia.",
                "visits",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_clause_of_when_on_a_noun_is_that_time_not_the_day() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Many families fled during the occupation, when Chilean troops shelled Peruvian towns.",
                "bombs",
                None,
            ),
            (
                "Trade collapsed after the coup, when Chad seized trucks from Niger.",
                "seizes",
                None,
            ),
            (
                "Food prices rose sharply during the blockade, when Mali closed its border with Senegal.",
                "blockades",
                None,
            ),
        ],
    );
}

#[test]
fn a_clause_of_when_after_a_time_takes_that_time() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "In 1990, when Chad invaded Niger, the price of oil rose.",
                "invades",
                Some("1990"),
            ),
            (
                "Talks stalled last March, when Peru expelled two Chilean diplomats.",
                "expels",
                Some("2021-03"),
            ),
            (
                "The border was closed in 2015, when Bolivia withdrew its envoy from Chile.",
                "reduces_relations_with",
                Some("2015"),
            ),
            (
                "Food prices rose sharply last year, when Mali closed its border with Senegal.",
                "blockades",
                Some("2020"),
            ),
            // (without "when" the time is the other clause's)
            (
                "Talks stalled last March; Peru expelled two Chilean diplomats.",
                "expels",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn last_month_and_day() {
    assert_dates(
        Some(ARTICLE),
        &[(
            "Bolivia expelled the Chilean consul last April 12, before it met Peru.",
            "expels",
            Some("2021-04-12"),
        )],
    );
    let article = civil::parse_day(ARTICLE);
    for (s, want) in [
        ("They met last December 24 in Quito.", "2020-12-24"),
        ("They met last April 12 in Quito.", "2021-04-12"),
        ("They meet next June 2 in Quito.", "2021-06-02"),
        // (the month alone keeps its precision)
        ("They met last April in Quito.", "2021-04"),
    ] {
        let times = time_expressions(&tokenize(s, 0));
        let got = times
            .first()
            .and_then(|e| resolve(e.when?, article, false))
            .map(|(d, p)| format_date(d, p));
        assert_eq!(got.as_deref(), Some(want), "{s}");
    }
}

#[test]
fn an_oblique_tagged_a_verb_still_carries_the_time_of_the_clause() {
    // ("states" tagged a verb, "in the past" hung on it)
    assert_dates(
        Some(ARTICLE),
        &[(
            "Chad shelled Niger's border posts in the Sahel states a number of times in the past.",
            "bombs",
            None,
        )],
    );
}

#[test]
fn what_a_thing_shows_of_a_tie_is_not_news_of_the_day() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Officials say the joint patrol reflects cooperation between Chad and Niger.",
                "cooperates_with",
                None,
            ),
            (
                "The parade mirrors the alliance between Mali and Niger.",
                "allied_with",
                None,
            ),
            (
                "The joint exercise demonstrates military cooperation between Chad and Niger.",
                "cooperates_militarily_with",
                None,
            ),
            (
                "Officials welcomed cooperation between Chad and Niger.",
                "cooperates_with",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn an_act_a_perfect_counts_since_is_not_the_day_s() {
    // it opened the stretch up to now, before the news: its background, no event
    for (text, rel) in [
        (
            "Mali has kept silent since Chad signed the water accord with Niger.",
            "signs_agreement_with",
        ),
        (
            "Peru has boycotted the forum since expelling Chile's ambassador.",
            "expels",
        ),
        (
            "Bolivia has refused all contact since Chile closed its border with Bolivia.",
            "blockades",
        ),
    ] {
        let ts = extracted(text, Some(ARTICLE));
        assert!(ts.iter().all(|t| t.relation != rel), "{text}: {ts:#?}");
    }
    // (after a simple past, an act of the day)
    assert_dates(
        Some(ARTICLE),
        &[(
            "Peru boycotted the forum after expelling Chile's ambassador.",
            "expels",
            Some(ARTICLE),
        )],
    );
}

#[test]
fn what_the_perfect_says_was_never_done_has_no_date() {
    for (s, rel) in [
        (
            "Peru has never recognised Chile's claim to the islands.",
            "recognizes",
        ),
        ("Niger has never expelled a Malian diplomat.", "expels"),
        (
            "Chad and Niger have never signed a border treaty.",
            "signs_agreement_with",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), None, "{s}");
    }
    assert_dates(
        Some(ARTICLE),
        &[(
            "Peru has recognised Chile's claim to the islands.",
            "recognizes",
            Some(ARTICLE),
        )],
    );
}

#[test]
fn a_participle_describing_a_noun_is_a_state() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Villagers fled from Chilean soldiers shelling Peruvian border towns.",
                "bombs",
                None,
            ),
            (
                "Refugees described Bolivian militias raiding villages in Peru.",
                "attacks",
                None,
            ),
            (
                "Peru complained about Chilean jets bombing its border posts.",
                "bombs",
                None,
            ),
            // (a participle with its conjunction is an act of its own)
            (
                "Chilean soldiers crossed the border before shelling Peruvian towns.",
                "bombs",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn the_present_of_setting_out_on_a_nominal_event_is_what_is_scheduled() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The Chilean president leaves on a state visit to Peru on Friday.",
                "visits",
                Some("2021-05-07"),
            ),
            (
                "The Chilean minister goes on a tour of Peru on Saturday.",
                "visits",
                Some("2021-05-08"),
            ),
            (
                "Bolivia's president embarks on a state visit to Chile on Monday.",
                "visits",
                Some("2021-05-10"),
            ),
            // (the past is counted back)
            (
                "The Chilean president left on a state visit to Peru on Friday.",
                "visits",
                Some("2021-04-30"),
            ),
        ],
    );
}
