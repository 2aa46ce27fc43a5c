//! The time of the event's own clause, over the dependency tree and by the words.

use super::*;

#[test]
fn another_clause_time_is_not_the_event_time() {
    let said = "Chad said on Friday that Niger shelled Mali in 2010.";
    assert_past_dates(&[
        (said, "shelled", Some("2010")),
        (said, "said", Some("2021-04-30")),
        (
            "Chad said on Friday that Niger shelled Mali.",
            "shelled",
            Some(ARTICLE),
        ),
        (
            "Chad, which shelled Mali in 2010, met Niger.",
            "met",
            Some(ARTICLE),
        ),
    ]);
}

#[test]
fn events_over_the_tree_take_their_own_clause_time() {
    let ts = extracted("In August 2008, Russia attacked Georgia.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), Some("2008-08"));
    assert_eq!(ts[0].evidence.article_date.as_deref(), Some(ARTICLE));
    assert_eq!(ts[0].date_phrase.as_deref(), Some("August 2008"));
    // the report is Friday's, the attack 2010's
    assert_each_dated(
        "Iran said on Friday that Iraq attacked Kuwait in 2010.",
        &[("attacks", Some("2010")), ("accuses", Some("2021-04-30"))],
    );
    let ts = extracted("China will visit Russia next month.", Some(ARTICLE));
    let t = ts.iter().find(|t| t.relation == "visits").unwrap();
    assert_eq!(t.modality, Modality::Future);
    assert_eq!(t.date.as_deref(), Some("2021-06"));
    assert_dates(
        Some(ARTICLE),
        &[
            ("Russia invaded Georgia in 2008.", "invades", Some("2008")),
            (
                "Turkey attacked Syria last November.",
                "attacks",
                Some("2020-11"),
            ),
            // a time phrase the parser hangs on a place of the clause
            (
                "Dennis Ross met Egyptian officials in Cairo on Tuesday.",
                "meets",
                Some("2021-05-04"),
            ),
            // what might be
            ("Experts say Chile could attack Peru.", "attacks", None),
            // a condition, or a time still to come
            (
                "Peru will protest if Chile attacks Bolivia.",
                "attacks",
                None,
            ),
            // a nominal event in apposition takes the time of what it stands beside
            (
                "Erdogan arrived in Moscow on Monday for a summit, his first visit to Russia.",
                "visits",
                Some("2021-05-03"),
            ),
            // a year names the thing's time
            (
                "Norway said the 1994 agreement between Chile and Peru still held.",
                "signs_agreement_with",
                Some("1994"),
            ),
            // (a perfect kept up for long is background, no event: recalled.rs)
            ("Iran has supported Syria.", "supports", None),
        ],
    );
    let ts = extracted("Iraq accused Iran last week.", None);
    assert_eq!(dated(&ts, "accuses"), None);
    assert_eq!(ts[0].evidence.article_date, None);
}

#[test]
fn an_infinitive_of_purpose_is_done_when_its_verb_is() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Egypt sent envoys to Tunis on Friday to negotiate with Libya.",
                "negotiates_with",
                Some("2021-04-30"),
            ),
            (
                "Qatar flew its envoy to Kabul on Sunday to negotiate with the Taliban.",
                "negotiates_with",
                Some("2021-05-02"),
            ),
            (
                "Norway will send a delegation to Nairobi next week to mediate between Kenya and Somalia.",
                "mediates",
                Some("2021-05"),
            ),
        ],
    );
    // a clause of time is not one of purpose: the charge is not Monday's
    assert_each_dated(
        "Chad shelled Niger on Monday after Mali accused Niger of harbouring rebels.",
        &[("bombs", Some("2021-05-03")), ("accuses", Some(ARTICLE))],
    );
}

#[test]
fn a_time_the_parser_hung_on_the_object_is_the_clause_time() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Merkel is due to visit Paris on Thursday.",
                "visits",
                Some("2021-05-06"),
            ),
            (
                "Modi is due to visit Tokyo on Saturday.",
                "visits",
                Some("2021-05-08"),
            ),
            (
                "Qatar flew its envoy to Kabul on Sunday to negotiate with the Taliban.",
                "visits",
                Some("2021-05-02"),
            ),
        ],
    );
    // the object of another clause is not this one's
    let ts = extracted(
        "Merkel, who visited Rome on Friday, will visit Paris.",
        Some(ARTICLE),
    );
    let paris = ts
        .iter()
        .find(|t| t.relation == "visits" && t.object.id == "country:FRA")
        .expect("visit to Paris");
    assert_eq!(paris.date, None);
}

#[test]
fn a_time_that_names_the_object_is_not_the_clause_time() {
    let ts = extracted(
        "Turkey accused Greece of breaching the 1976 treaty.",
        Some(ARTICLE),
    );
    let turkey: Vec<_> = ts
        .iter()
        .filter(|t| t.subject.id == "country:TUR" && t.cameo.is_some())
        .collect();
    assert!(!turkey.is_empty(), "{ts:#?}");
    assert!(
        turkey.iter().all(|t| t.date.as_deref() == Some(ARTICLE)),
        "{ts:#?}"
    );
}

#[test]
fn what_one_went_somewhere_to_do_is_done_then() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Chile and Peru met to discuss the border on Monday.",
                "meets",
                Some("2021-05-03"),
            ),
            (
                "The Bolivian envoy flew to Lima to negotiate a truce with Peru on Sunday.",
                "visits",
                Some("2021-05-02"),
            ),
            (
                "The Chilean envoy travelled to Lima to meet Peruvian officials on Tuesday.",
                "visits",
                Some("2021-05-04"),
            ),
            // what one asks another to do is not done when one asks
            (
                "Chile asked Peru to withdraw its troops on Monday.",
                "asks",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_time_of_the_clause_an_agent_phrase_hangs_in() {
    let alarmed = |when: &str| {
        format!("Peru was alarmed by a visit to Bolivia {when} by the Chilean president.")
    };
    let (week, month, ago) = (
        alarmed("this week"),
        alarmed("last month"),
        alarmed("two weeks ago"),
    );
    assert_dates(
        Some(ARTICLE),
        &[
            (&week, "visits", Some("2021-05")),
            (&month, "visits", Some("2021-04")),
            (&ago, "visits", Some("2021-04-21")),
        ],
    );
    // the time of the clause above the one the agent phrase hangs in is not the visit's
    assert_not_dated(
        "Peru said on Monday it was alarmed by a visit to Bolivia by the Chilean president.",
        "visits",
        "2021-05-03",
    );
}

#[test]
fn a_time_hung_on_the_subject_right_before_the_verb_is_the_verb_s() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The Chilean army on Sunday shelled Peru.",
                "bombs",
                Some("2021-05-02"),
            ),
            (
                "Bolivian troops on Thursday attacked Peru.",
                "attacks",
                Some("2021-04-29"),
            ),
            (
                "The Chilean president on Tuesday met his Peruvian counterpart.",
                "meets",
                Some("2021-05-04"),
            ),
            // a relative clause's time is not the main verb's
            (
                "Chile, which on Monday met Bolivia, attacked Peru.",
                "attacks",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_participle_beside_its_verb_is_done_then() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Bolivia flew its envoy to Lima on Sunday, accusing Chile of spying.",
                "accuses",
                Some("2021-05-02"),
            ),
            (
                "Chile sent troops to the border on Tuesday, threatening Peru.",
                "threatens",
                Some("2021-05-04"),
            ),
            (
                "The Bolivian president returned from Lima on Sunday, praising Peru.",
                "praises",
                Some("2021-05-02"),
            ),
            // a clause of cause is not a participle beside the verb (and its past perfect
            // puts the accusation before, on no day the text gives)
            (
                "Chile sent troops to the border on Tuesday because Peru had accused Chile of spying.",
                "accuses",
                None,
            ),
            (
                "Chile sent troops to the border on Tuesday because Peru accused Chile of spying.",
                "accuses",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_time_naming_what_the_event_follows_is_not_the_event_s() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "After the March 8 summit, Chile will meet Peru in Lima on March 12.",
                "meets",
                Some("2022-03-12"),
            ),
            (
                "After the May 2 summit, the Chilean president met Peru's leader on Tuesday.",
                "meets",
                Some("2021-05-04"),
            ),
            (
                "After the April 20 vote, Bolivia attacked Peru on Monday.",
                "attacks",
                Some("2021-05-03"),
            ),
            // a place of the clause still passes the clause's time
            (
                "Chile held talks with Peru in Lima on Tuesday.",
                "meets",
                Some("2021-05-04"),
            ),
        ],
    );
}

#[test]
fn a_dotted_date_the_parser_splits_after_the_subject_is_the_verb_s() {
    for (s, rel, want) in [
        (
            "The European Union on Dec. 9 rejected Chile's plan.",
            "rejects",
            "2020-12-09",
        ),
        (
            "The United States on Nov. 4 accused Peru of spying.",
            "accuses",
            "2020-11-04",
        ),
        (
            "The Chilean government on Nov. 4 accused Peru of spying.",
            "accuses",
            "2020-11-04",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert!(
            ts.iter()
                .filter(|t| t.relation == rel)
                .all(|t| t.date.as_deref() == Some(want)),
            "{s}: {ts:#?}"
        );
    }
    // the time of a relative clause on the subject is not the main verb's
    assert_not_dated(
        "The European Union, which on Dec. 9 rejected Chile's plan, met Peru.",
        "meets",
        "2020-12-09",
    );
}

#[test]
fn the_time_nearest_the_event_word_wins() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "The deal came after a similar deal with Bolivia this week and follows an accord between Chile and Peru in December on fishing.",
                "signs_agreement_with",
                Some("2020-12"),
            ),
            (
                "The visit comes this week and follows a treaty between Chile and Peru in January on trade.",
                "signs_agreement_with",
                Some("2021-01"),
            ),
            (
                "The summit opened on Tuesday and builds on an agreement between Bolivia and Peru in February.",
                "signs_agreement_with",
                Some("2021-02"),
            ),
            // of two times on the same word, the more precise
            (
                "Chile met Peru in Lima in March on Monday.",
                "meets",
                Some("2021-05-03"),
            ),
        ],
    );
}

#[test]
fn a_time_opening_the_sentence_before_the_subject_is_the_verb_s() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Last month Chile formally asked Peru for help.",
                "asks",
                Some("2021-04"),
            ),
            (
                "Last year Ecuador signed a trade pact with Colombia.",
                "signs_agreement_with",
                Some("2020"),
            ),
            (
                "Yesterday Ecuador recalled its ambassador from Colombia.",
                "reduces_relations_with",
                Some("2021-05-04"),
            ),
            // a relative clause's time is not the main verb's
            (
                "Chile, which last month asked Peru for help, attacked Bolivia.",
                "attacks",
                Some(ARTICLE),
            ),
        ],
    );
}

#[test]
fn a_gerund_of_means_is_done_when_its_verb_is() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Chile angered Peru this week by receiving the Bolivian president.",
                "hosts",
                Some("2021-05"),
            ),
            (
                "Chad caused a row on Monday, angering Niger by hosting its rebel leaders.",
                "hosts",
                Some("2021-05-03"),
            ),
            (
                "Peru angered Chile last month by hosting the Bolivian president.",
                "hosts",
                Some("2021-04"),
            ),
        ],
    );
    // the means of an act that was said is not dated by the saying
    assert_not_dated(
        "Chile said on Monday that Peru had angered it by hosting the Bolivian president.",
        "hosts",
        "2021-05-03",
    );
}

#[test]
fn a_year_hung_on_a_word_of_a_name_dates_the_clause() {
    assert_dates(
        Some(ARTICLE),
        &[
            (
                "Egypt attacked Israel in the 1973 Yom Kippur war.",
                "attacks",
                Some("1973"),
            ),
            (
                "Peru shelled Ecuador during the 1995 Cenepa border war.",
                "bombs",
                Some("1995"),
            ),
            (
                "Russia bombed Georgia in the 2008 South Ossetia war.",
                "bombs",
                Some("2008"),
            ),
            // a year in the name of the object is not the clause's time
            (
                "Chad breached the 1976 Lake Chad treaty with Niger.",
                "criticizes",
                Some(ARTICLE),
            ),
        ],
    );
}
