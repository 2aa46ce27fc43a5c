use super::*;
use crate::text::tokenize;

fn date(s: &str, base: Option<&str>) -> Option<String> {
    sentence_date(&tokenize(s, 0), base)
}

#[test]
fn weekdays_resolve_backwards_from_the_article_date() {
    // 2022-11-11 was a Friday
    assert_eq!(
        date("They met on Wednesday.", Some("2022-11-11")).as_deref(),
        Some("2022-11-09")
    );
    assert_eq!(
        date("They met on Friday.", Some("2022-11-11")).as_deref(),
        Some("2022-11-11")
    );
    assert_eq!(
        date("They meet next Monday.", Some("2022-11-11")).as_deref(),
        Some("2022-11-14")
    );
    assert_eq!(date("They met on Wednesday.", None), None);
}

#[test]
fn explicit_dates() {
    assert_eq!(
        date("It fell on September 30, 1938.", None).as_deref(),
        Some("1938-09-30")
    );
    assert_eq!(
        date("It fell on 30 Sept. 1938.", None).as_deref(),
        Some("1938-09-30")
    );
    assert_eq!(
        date("The war ended on Aug 26.", Some("2014-09-02")).as_deref(),
        Some("2014-08-26")
    );
    assert_eq!(date("They may meet.", Some("2014-09-02")), None);
    assert_eq!(
        date("He left yesterday.", Some("2014-03-01")).as_deref(),
        Some("2014-02-28")
    );
}

fn period(s: &str, at: &str, d: Option<&str>) -> Option<String> {
    let toks = tokenize(s, 0);
    let t = toks.iter().position(|t| t.norm == at).expect("trigger");
    event_period(&toks, 0, t, d)
}

#[test]
fn months_and_years_of_the_event_clause() {
    assert_eq!(
        period(
            "Russia attacked Georgia in August 2008.",
            "attacked",
            Some("2022-03-01")
        )
        .as_deref(),
        Some("2008-08")
    );
    assert_eq!(
        period(
            "He visited Iraq twice in 1995.",
            "visited",
            Some("1996-08-20")
        )
        .as_deref(),
        Some("1995")
    );
    // the article's own year says nothing more than the article date
    assert_eq!(
        period("They met twice in 1996.", "met", Some("1996-08-20")),
        None
    );
    // another clause's year is not this event's
    let s = "The king, who last visited China in 1993, will meet Jiang Zemin.";
    assert_eq!(period(s, "visited", None).as_deref(), Some("1993"));
    assert_eq!(period(s, "meet", None), None);
    assert_eq!(period("The 1994 pact holds.", "holds", None), None);
}

#[test]
fn chronology_entries_are_dated_by_their_year() {
    assert_eq!(
        date(
            "1993 - Six republics signed a currency pact.",
            Some("1996-08-31")
        )
        .as_deref(),
        Some("1993")
    );
    assert_eq!(
        date("1993 - They met on May 3, 1993.", None).as_deref(),
        Some("1993-05-03")
    );
    assert_eq!(date("1993 was a year of talks.", None), None);
}

// --- time expressions and event dates -------------------------------------------

/// The date `event_date` gives the event whose trigger is `at`, read by the words.
fn by_words(s: &str, at: &str, modality: Modality, article: Option<&str>) -> EventDate {
    let toks = tokenize(s, 0);
    let t = toks.iter().position(|t| t.norm == at).expect("trigger");
    let times = time_expressions(&toks);
    event_date(s, &toks, &times, None, 0, t, modality, article)
}

fn past(s: &str, at: &str) -> Option<String> {
    by_words(s, at, Modality::Asserted, Some(ARTICLE)).date
}

/// A Wednesday.
const ARTICLE: &str = "2021-05-05";

#[test]
fn each_date_form_resolves_with_its_precision() {
    for (s, at, want) in [
        (
            "Chad shelled Niger on 4 April 2019.",
            "shelled",
            "2019-04-04",
        ),
        (
            "Chad shelled Niger on April 4, 2019.",
            "shelled",
            "2019-04-04",
        ),
        (
            "Chad shelled Niger on Sept. 4, 2019.",
            "shelled",
            "2019-09-04",
        ),
        ("Chad shelled Niger in August 2008.", "shelled", "2008-08"),
        ("Chad shelled Niger in 2003.", "shelled", "2003"),
        ("Chad shelled Niger in early 2014.", "shelled", "2014"),
        (
            "Chad shelled Niger in the summer of 2012.",
            "shelled",
            "2012",
        ),
        ("Chad shelled Niger on April 4.", "shelled", "2021-04-04"),
        ("Chad shelled Niger in March.", "shelled", "2021-03"),
        // a month after the article's, for a past event, is last year's
        ("Chad shelled Niger in December.", "shelled", "2020-12"),
        ("Chad shelled Niger on Monday.", "shelled", "2021-05-03"),
        ("Chad shelled Niger on Wednesday.", "shelled", "2021-05-05"),
        (
            "Chad shelled Niger last Wednesday.",
            "shelled",
            "2021-04-28",
        ),
        ("Chad shelled Niger yesterday.", "shelled", "2021-05-04"),
        ("Chad shelled Niger last night.", "shelled", "2021-05-04"),
        ("Chad shelled Niger two weeks ago.", "shelled", "2021-04-21"),
        ("Chad shelled Niger 3 days ago.", "shelled", "2021-05-02"),
        ("Chad shelled Niger a few days ago.", "shelled", "2021-05"),
        ("Chad shelled Niger six months ago.", "shelled", "2020-11"),
        ("Chad shelled Niger two years ago.", "shelled", "2019"),
        // (the week before the article's, 26 April to 2 May, lies across two months)
        ("Chad shelled Niger last week.", "shelled", "2021"),
        ("Chad shelled Niger last month.", "shelled", "2021-04"),
        ("Chad shelled Niger last year.", "shelled", "2020"),
        ("Chad shelled Niger last November.", "shelled", "2020-11"),
        ("Chad shelled Niger last weekend.", "shelled", "2021-05-01"),
        ("Earlier this year, Chad shelled Niger.", "shelled", "2021"),
        (
            "Chad shelled Niger earlier this month.",
            "shelled",
            "2021-05",
        ),
    ] {
        assert_eq!(past(s, at).as_deref(), Some(want), "{s}");
    }
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
fn a_future_event_keeps_its_intended_date() {
    let future = |s: &str, at: &str| by_words(s, at, Modality::Future, Some(ARTICLE)).date;
    assert_eq!(
        future("Chad will visit Niger next month.", "visit").as_deref(),
        Some("2021-06")
    );
    assert_eq!(
        future("Chad will visit Niger in March.", "visit").as_deref(),
        Some("2022-03")
    );
    assert_eq!(
        future("Chad will visit Niger on Monday.", "visit").as_deref(),
        Some("2021-05-10")
    );
    assert_eq!(
        future("Chad will visit Niger in two weeks.", "visit").as_deref(),
        Some("2021-05-19")
    );
    assert_eq!(
        future("Chad will visit Niger tomorrow.", "visit").as_deref(),
        Some("2021-05-06")
    );
    // no date given, none known
    assert_eq!(future("Chad will visit Niger.", "visit"), None);
    // what might be is counted forward too; what may have been, back
    assert_eq!(
        past("Chad could visit Niger on Friday.", "visit").as_deref(),
        Some("2021-05-07")
    );
    assert_eq!(
        past("Chad may have shelled Niger on Friday.", "shelled").as_deref(),
        Some("2021-04-30")
    );
    // "next year" says the event is to come, whatever the verb
    assert_eq!(
        past("Chad agreed to visit Niger next year.", "visit").as_deref(),
        Some("2022")
    );
}

#[test]
fn a_past_event_is_never_dated_after_its_article() {
    // an explicit year after the article's cannot be a past event's: the article's date
    assert_eq!(
        past("Chad shelled Niger in 2025.", "shelled").as_deref(),
        Some(ARTICLE)
    );
    assert_eq!(
        past("Chad shelled Niger on May 20.", "shelled").as_deref(),
        Some("2020-05-20")
    );
    // "in two weeks" is only a future event's
    assert_eq!(
        past("Chad shelled Niger in two weeks.", "shelled").as_deref(),
        Some(ARTICLE)
    );
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
    // the perfect of an act is news of the day
    assert_eq!(
        past("Chad has shelled Niger.", "shelled").as_deref(),
        Some(ARTICLE)
    );
    // a short stretch of a dated event is no background
    assert_eq!(
        past("Chad met Niger for two days in 2003.", "met").as_deref(),
        Some("2003")
    );
    // "since" with a simple past dates nothing and takes nothing away
    assert_eq!(
        past("Chad visited Niger, its first visit since 2014.", "visited").as_deref(),
        Some(ARTICLE)
    );
}

#[test]
fn another_clause_time_is_not_the_event_time() {
    let s = "Chad said on Friday that Niger shelled Mali in 2010.";
    assert_eq!(past(s, "shelled").as_deref(), Some("2010"));
    assert_eq!(past(s, "said").as_deref(), Some("2021-04-30"));
    let s = "Chad said on Friday that Niger shelled Mali.";
    assert_eq!(past(s, "shelled").as_deref(), Some(ARTICLE));
    let s = "Chad, which shelled Mali in 2010, met Niger.";
    assert_eq!(past(s, "met").as_deref(), Some(ARTICLE));
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
    let d = by_words(
        "Chad shelled Niger on Monday.",
        "shelled",
        Modality::Asserted,
        None,
    );
    assert_eq!(d.date, None);
    let d = by_words(
        "Chad shelled Niger in 2003.",
        "shelled",
        Modality::Asserted,
        None,
    );
    assert_eq!(d.date.as_deref(), Some("2003"));
}

/// The dates the whole extractor gives, over the dependency tree.
fn extracted(text: &str, date: Option<&str>) -> Vec<crate::model::Triple> {
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

fn dated<'a>(ts: &'a [crate::model::Triple], rel: &str) -> Option<&'a str> {
    let t = ts
        .iter()
        .find(|t| t.relation == rel)
        .unwrap_or_else(|| panic!("no {rel} in {ts:#?}"));
    t.date.as_deref()
}

#[test]
fn events_over_the_tree_take_their_own_clause_time() {
    let ts = extracted("In August 2008, Russia attacked Georgia.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), Some("2008-08"));
    assert_eq!(ts[0].evidence.article_date.as_deref(), Some(ARTICLE));
    assert_eq!(ts[0].date_phrase.as_deref(), Some("August 2008"));
    let ts = extracted("Russia invaded Georgia in 2008.", Some(ARTICLE));
    assert_eq!(dated(&ts, "invades"), Some("2008"));
    // the report is Friday's, the attack 2010's
    let ts = extracted(
        "Iran said on Friday that Iraq attacked Kuwait in 2010.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "attacks"), Some("2010"));
    assert_eq!(dated(&ts, "accuses"), Some("2021-04-30"));
    let ts = extracted("Turkey attacked Syria last November.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), Some("2020-11"));
    let ts = extracted("China will visit Russia next month.", Some(ARTICLE));
    let t = ts.iter().find(|t| t.relation == "visits").unwrap();
    assert_eq!(t.modality, Modality::Future);
    assert_eq!(t.date.as_deref(), Some("2021-06"));
    // a time phrase the parser hangs on a place of the clause
    let ts = extracted(
        "Dennis Ross met Egyptian officials in Cairo on Tuesday.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "meets"), Some("2021-05-04"));
    // an act a relative clause recalls is background
    let ts = extracted(
        "Iran denounced the scandal in which Britain sold arms to Iraq.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "supplies"), None);
    // what might be
    let ts = extracted("Experts say Chile could attack Peru.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), None);
    // a condition, or a time still to come
    let ts = extracted("Peru will protest if Chile attacks Bolivia.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), None);
    // a nominal event in apposition takes the time of what it stands beside
    let ts = extracted(
        "Erdogan arrived in Moscow on Monday for a summit, his first visit to Russia.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "visits"), Some("2021-05-03"));
    // a year names the thing's time
    let ts = extracted(
        "Norway said the 1994 agreement between Chile and Peru still held.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "signs_agreement_with"), Some("1994"));
    let ts = extracted("Iran has long supported Syria.", Some(ARTICLE));
    assert_eq!(dated(&ts, "supports"), None);
    let ts = extracted("France and Germany meet every year.", Some(ARTICLE));
    assert_eq!(dated(&ts, "meets"), None);
    let ts = extracted("Iraq accused Iran last week.", None);
    assert_eq!(dated(&ts, "accuses"), None);
    assert_eq!(ts[0].evidence.article_date, None);
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
    let ts = extracted("Iran may have attacked Iraq on Monday.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), Some("2021-05-03"));
}

#[test]
fn an_infinitive_of_purpose_is_done_when_its_verb_is() {
    let ts = extracted(
        "Egypt sent envoys to Tunis on Friday to negotiate with Libya.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "negotiates_with"), Some("2021-04-30"));
    let ts = extracted(
        "Qatar flew its envoy to Kabul on Sunday to negotiate with the Taliban.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "negotiates_with"), Some("2021-05-02"));
    let ts = extracted(
        "Norway will send a delegation to Nairobi next week to mediate between Kenya and Somalia.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "mediates"), Some("2021-05"));
    // a clause of time is not one of purpose: the charge is not Monday's
    let ts = extracted(
        "Chad shelled Niger on Monday after Mali accused Niger of harbouring rebels.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "bombs"), Some("2021-05-03"));
    assert_eq!(dated(&ts, "accuses"), Some(ARTICLE));
}

#[test]
fn a_time_the_parser_hung_on_the_object_is_the_clause_time() {
    let ts = extracted("Merkel is due to visit Paris on Thursday.", Some(ARTICLE));
    assert_eq!(dated(&ts, "visits"), Some("2021-05-06"));
    let ts = extracted("Modi is due to visit Tokyo on Saturday.", Some(ARTICLE));
    assert_eq!(dated(&ts, "visits"), Some("2021-05-08"));
    let ts = extracted(
        "Qatar flew its envoy to Kabul on Sunday to negotiate with the Taliban.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "visits"), Some("2021-05-02"));
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
fn long_periods_are_a_lasting_state() {
    for (s, rel) in [
        (
            "Serbia detained Kosovo citizens for long periods.",
            "arrests",
        ),
        (
            "Kenya kidnapped Somali citizens for long periods.",
            "abducts",
        ),
        (
            "The Chinese navy blockaded Taiwan for long stretches.",
            "blockades",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), None, "{s}");
    }
    // "long" before what is not a stretch of time takes nothing away
    let ts = extracted("Russia sent Syria jets for long missions.", Some(ARTICLE));
    assert_eq!(dated(&ts, "supplies"), Some(ARTICLE));
}

#[test]
fn since_a_time_near_a_named_year_is_when_a_state_began() {
    for (s, at) in [
        (
            "Britain has patrolled Iraq since shortly after the 1991 war.",
            "patrolled",
        ),
        (
            "Chad has shelled Niger since just before the 2019 vote.",
            "shelled",
        ),
        (
            "Ghana has mediated between the rivals since the 2017 summit.",
            "mediated",
        ),
    ] {
        assert_eq!(past(s, at), None, "{s}");
    }
    // without a perfect, "since" takes nothing away, and the year is not the event's
    assert_eq!(
        past(
            "Chad visited Niger for the first time since the 2019 vote.",
            "visited"
        )
        .as_deref(),
        Some(ARTICLE)
    );
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

// --- weeks across two months, purposes, "will", the present, earlier events -----------

#[test]
fn a_week_across_two_months_gives_only_its_year() {
    let at = |s: &str, m: Modality, article: &str| {
        let t = if s.contains("shelled") {
            "shelled"
        } else {
            "visit"
        };
        by_words(s, t, m, Some(article)).date
    };
    // Wednesday 5 May 2021: last week is 26 April to 2 May
    assert_eq!(
        at("Chad shelled Niger last week.", Modality::Asserted, ARTICLE).as_deref(),
        Some("2021")
    );
    // Wednesday 2 June 2021: earlier this week is 31 May to 2 June
    assert_eq!(
        at(
            "Chad shelled Niger earlier this week.",
            Modality::Asserted,
            "2021-06-02"
        )
        .as_deref(),
        Some("2021")
    );
    // Thursday 29 April 2021: later this week is 29 April to 2 May
    assert_eq!(
        at(
            "Chad will visit Niger later this week.",
            Modality::Future,
            "2021-04-29"
        )
        .as_deref(),
        Some("2021")
    );
    // the days of this week before a Friday, 30 April, are all April's
    assert_eq!(
        at(
            "Chad shelled Niger earlier this week.",
            Modality::Asserted,
            "2021-04-30"
        )
        .as_deref(),
        Some("2021-04")
    );
    // a week inside one month keeps its month (Thursday 20 May: 10 to 16 May)
    assert_eq!(
        at(
            "Chad shelled Niger last week.",
            Modality::Asserted,
            "2021-05-20"
        )
        .as_deref(),
        Some("2021-05")
    );
}

#[test]
fn what_one_went_somewhere_to_do_is_done_then() {
    let ts = extracted(
        "Chile and Peru met to discuss the border on Monday.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "meets"), Some("2021-05-03"));
    let ts = extracted(
        "The Bolivian envoy flew to Lima to negotiate a truce with Peru on Sunday.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "visits"), Some("2021-05-02"));
    let ts = extracted(
        "The Chilean envoy travelled to Lima to meet Peruvian officials on Tuesday.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "visits"), Some("2021-05-04"));
    // what one asks another to do is not done when one asks
    let ts = extracted(
        "Chile asked Peru to withdraw its troops on Monday.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "asks"), Some(ARTICLE));
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
    let ts = extracted("Chile did not attack Peru.", Some(ARTICLE));
    assert_eq!(dated(&ts, "attacks"), Some(ARTICLE));
}

#[test]
fn the_simple_present_with_a_weekday_is_what_is_scheduled() {
    for (s, rel, want) in [
        (
            "The Chilean foreign minister leaves for Peru on Saturday.",
            "visits",
            "2021-05-08",
        ),
        (
            "The Chilean president meets his Peruvian counterpart on Thursday.",
            "meets",
            "2021-05-06",
        ),
        (
            "The Bolivian president travels to Lima on Sunday.",
            "visits",
            "2021-05-09",
        ),
        // the past tense counts back
        (
            "The Bolivian president visited Chile on Friday.",
            "visits",
            "2021-04-30",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), Some(want), "{s}");
    }
}

#[test]
fn an_earlier_event_the_text_gives_no_time_for_has_no_date() {
    for (s, rel) in [
        ("Previous talks between Chile and Peru failed.", "meets"),
        (
            "Chile and Peru held earlier talks on the border.",
            "negotiates_with",
        ),
        (
            "The last visit of a Chilean president to Bolivia angered Peru.",
            "visits",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), None, "{s}");
    }
    // by the words: an adjective of the event noun, not an adverb of the verb
    assert_eq!(past("The previous visit of Chad to Niger", "visit"), None);
    assert_eq!(
        past("Chad earlier shelled Niger.", "shelled").as_deref(),
        Some(ARTICLE)
    );
    // "last" of a time phrase dates the event
    let ts = extracted(
        "The talks between Chile and Peru last week failed.",
        Some("2021-05-20"),
    );
    assert_eq!(dated(&ts, "meets"), Some("2021-05"));
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
fn a_time_of_the_clause_an_agent_phrase_hangs_in() {
    for (s, want) in [
        (
            "Peru was alarmed by a visit to Bolivia this week by the Chilean president.",
            "2021-05",
        ),
        (
            "Peru was alarmed by a visit to Bolivia last month by the Chilean president.",
            "2021-04",
        ),
        (
            "Peru was alarmed by a visit to Bolivia two weeks ago by the Chilean president.",
            "2021-04-21",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, "visits"), Some(want), "{s}");
    }
    // the time of the clause above the one the agent phrase hangs in is not the visit's
    let ts = extracted(
        "Peru said on Monday it was alarmed by a visit to Bolivia by the Chilean president.",
        Some(ARTICLE),
    );
    assert_ne!(dated(&ts, "visits"), Some("2021-05-03"));
}

#[test]
fn a_time_hung_on_the_subject_right_before_the_verb_is_the_verb_s() {
    for (s, rel, want) in [
        (
            "The Chilean army on Sunday shelled Peru.",
            "bombs",
            "2021-05-02",
        ),
        (
            "Bolivian troops on Thursday attacked Peru.",
            "attacks",
            "2021-04-29",
        ),
        (
            "The Chilean president on Tuesday met his Peruvian counterpart.",
            "meets",
            "2021-05-04",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), Some(want), "{s}");
    }
    // a relative clause's time is not the main verb's
    let ts = extracted(
        "Chile, which on Monday met Bolivia, attacked Peru.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "attacks"), Some(ARTICLE));
}

#[test]
fn a_participle_beside_its_verb_is_done_then() {
    for (s, rel, want) in [
        (
            "Bolivia flew its envoy to Lima on Sunday, accusing Chile of spying.",
            "accuses",
            "2021-05-02",
        ),
        (
            "Chile sent troops to the border on Tuesday, threatening Peru.",
            "threatens",
            "2021-05-04",
        ),
        (
            "The Bolivian president returned from Lima on Sunday, praising Peru.",
            "praises",
            "2021-05-02",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), Some(want), "{s}");
    }
    // a clause of cause is not a participle beside the verb
    let ts = extracted(
        "Chile sent troops to the border on Tuesday because Peru had accused Chile of spying.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "accuses"), Some(ARTICLE));
}

#[test]
fn since_a_time_further_on_in_the_phrase_is_when_a_state_began() {
    for (s, at) in [
        (
            "Chile has patrolled the border since shortly after the war in 1982.",
            "patrolled",
        ),
        (
            "Chile has blockaded Peru since soon after the election in 2019.",
            "blockaded",
        ),
        (
            "Chad has shelled Niger since the end of the truce in 2017.",
            "shelled",
        ),
    ] {
        assert_eq!(past(s, at), None, "{s}");
    }
    // "since" opening a clause: its year is that clause's event's
    assert_eq!(
        past(
            "Sanctions stayed in force since Chad shelled Niger in 2017.",
            "shelled"
        )
        .as_deref(),
        Some("2017")
    );
}

#[test]
fn a_time_naming_what_the_event_follows_is_not_the_event_s() {
    for (s, rel, want) in [
        (
            "After the March 8 summit, Chile will meet Peru in Lima on March 12.",
            "meets",
            "2022-03-12",
        ),
        (
            "After the May 2 summit, the Chilean president met Peru's leader on Tuesday.",
            "meets",
            "2021-05-04",
        ),
        (
            "After the April 20 vote, Bolivia attacked Peru on Monday.",
            "attacks",
            "2021-05-03",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, rel), Some(want), "{s}");
    }
    // a place of the clause still passes the clause's time
    let ts = extracted(
        "Chile held talks with Peru in Lima on Tuesday.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "meets"), Some("2021-05-04"));
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
    let ts = extracted(
        "The European Union, which on Dec. 9 rejected Chile's plan, met Peru.",
        Some(ARTICLE),
    );
    assert_ne!(dated(&ts, "meets"), Some("2020-12-09"));
}

#[test]
fn the_time_nearest_the_event_word_wins() {
    for (s, want) in [
        (
            "The deal came after a similar deal with Bolivia this week and follows an accord between Chile and Peru in December on fishing.",
            "2020-12",
        ),
        (
            "The visit comes this week and follows a treaty between Chile and Peru in January on trade.",
            "2021-01",
        ),
        (
            "The summit opened on Tuesday and builds on an agreement between Bolivia and Peru in February.",
            "2021-02",
        ),
    ] {
        let ts = extracted(s, Some(ARTICLE));
        assert_eq!(dated(&ts, "signs_agreement_with"), Some(want), "{s}");
    }
    // of two times on the same word, the more precise
    let ts = extracted("Chile met Peru in Lima in March on Monday.", Some(ARTICLE));
    assert_eq!(dated(&ts, "meets"), Some("2021-05-03"));
}

#[test]
fn an_act_the_perfect_puts_earlier_has_no_date() {
    let ts = extracted(
        "The Chilean minister had earlier visited Peru.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "visits"), None);
    let ts = extracted(
        "Chile had previously accused Peru of spying.",
        Some(ARTICLE),
    );
    assert_eq!(dated(&ts, "accuses"), None);
    assert_eq!(past("Chad has previously shelled Niger.", "shelled"), None);
    // "earlier" with the simple past is earlier today: the day's news
    assert_eq!(
        past("Chad earlier shelled Niger.", "shelled").as_deref(),
        Some(ARTICLE)
    );
}

#[test]
fn holidays_on_a_fixed_day_are_dated() {
    // 2023-01-05 was a Thursday
    let ts = extracted(
        "Russia shelled Kharkiv on Christmas Day.",
        Some("2023-01-05"),
    );
    assert_eq!(dated(&ts, "bombs"), Some("2022-12-25"));
    let ts = extracted(
        "The Iranian president will visit Iraq on New Year's Day.",
        Some("2023-01-05"),
    );
    assert_eq!(dated(&ts, "visits"), Some("2024-01-01"));
    let ts = extracted("Chile and Peru met at Christmas 1996.", Some("2023-01-05"));
    assert_eq!(dated(&ts, "meets"), Some("1996-12-25"));
    let ts = extracted(
        "Israel and Egypt met on New Year's Eve.",
        Some("2023-01-05"),
    );
    assert_eq!(dated(&ts, "meets"), Some("2022-12-31"));
    // "the new year", in lower case, is no day
    let ts = extracted(
        "Iran's president visited Iraq over the new year.",
        Some("2023-01-05"),
    );
    assert_eq!(dated(&ts, "visits"), Some("2023-01-05"));
}
