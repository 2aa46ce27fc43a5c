//! An act a clause below the news recalls from years before the article, and a perfect
//! kept up since a year long past, and an event the sentence counts years from, are the
//! background of the sentence, not its events.
use super::*;

/// Whether `t` is an event between the two countries, either way.
fn between(t: &Triple, a: &str, b: &str) -> bool {
    let (s, o) = (t.subject.country.as_deref(), t.object.country.as_deref());
    t.plover.is_some() && (s == Some(a) && o == Some(b) || s == Some(b) && o == Some(a))
}

/// Asserts, for each (sentence, a, b), that the sentence as `read` gives no event between
/// the two countries.
fn each_none_between(read: impl Fn(&str) -> Said, cases: &[(&str, &str, &str)]) {
    for (text, a, b) in cases {
        read(text).none(|t| between(t, a, b));
    }
}

/// Asserts, for each (sentence, a, b, date), that the sentence told on `now` gives an event
/// between the two countries, and that its date is `date`.
fn each_dated_between(now: &str, cases: &[(&str, &str, &str, Option<&str>)]) {
    for (text, a, b, date) in cases {
        let said = dated(text, now);
        let t = said.find(|t| between(t, a, b));
        assert_eq!(t.date.as_deref(), *date, "{text}: {t:#?}");
    }
}

#[test]
fn an_act_recalled_from_years_before_is_no_event_of_the_article() {
    each_none_between(
        |text| dated(text, "2020-03-10"),
        &[
            // a relative clause on the subject and on an object
            (
                "Ukraine, which signed a gas deal with Russia in 2009, asked for new talks.",
                "UKR",
                "RUS",
            ),
            (
                "Israel kept the plateau it captured from Syria in 1967.",
                "ISR",
                "SYR",
            ),
            // a clause of time
            (
                "Sanctions have stayed in force since Iraq invaded Kuwait in 1990.",
                "IRQ",
                "KWT",
            ),
            (
                "Ties stayed frozen after Morocco recalled its ambassador from Algeria in 2016.",
                "MAR",
                "DZA",
            ),
            // a perfect kept up since a year long past
            (
                "Norway has held quiet talks with Russia since 2015 on the fishing zone.",
                "NOR",
                "RUS",
            ),
            (
                "Armenian troops have fought Azerbaijan since 1994 over the enclave.",
                "ARM",
                "AZE",
            ),
        ],
    );
    // look-alikes: the same clause of recent days, the main clause's past, a "since" of
    // this week, and this month's act are still news
    each_dated_between(
        "2020-03-10",
        &[
            (
                "Ukraine, which signed a gas deal with Russia on Sunday, asked for new talks.",
                "UKR",
                "RUS",
                Some("2020-03-08"),
            ),
            (
                "Ecuadorean troops clashed with Peru in 1995.",
                "ECU",
                "PER",
                Some("1995"),
            ),
            (
                "Israeli troops have shelled Lebanon since Sunday.",
                "ISR",
                "LBN",
                None,
            ),
            (
                "Kenya, which sent troops into Somalia earlier this month, asked for help.",
                "KEN",
                "SOM",
                Some("2020-03"),
            ),
        ],
    );
}

#[test]
fn an_act_a_clause_below_the_news_recalls_from_an_earlier_month_is_background() {
    // told in June: March, last month and May are past months
    each_none_between(
        |text| dated(text, "2021-06-10"),
        &[
            (
                "Chile said on Friday it would extend the fishing accord it signed with Peru in March.",
                "CHL",
                "PER",
            ),
            (
                "The envoy praised the truce that Serbia agreed with Croatia last month.",
                "SRB",
                "HRV",
            ),
            (
                "Kenya recalled the aid that Germany sent to Somalia in May.",
                "DEU",
                "SOM",
            ),
        ],
    );
    // look-alikes: a relative clause of this week, and a main clause of March
    each_dated_between(
        "2021-06-10",
        &[
            (
                "Chile will extend the accord it signed with Peru on Monday.",
                "CHL",
                "PER",
                Some("2021-06-07"),
            ),
            (
                "Chile signed an accord with Peru in March.",
                "CHL",
                "PER",
                Some("2021-03"),
            ),
        ],
    );
    // (and last week's day, in the first days of a month)
    each_dated_between(
        "2021-06-02",
        &[(
            "Chile will extend the accord it signed with Peru last Friday.",
            "CHL",
            "PER",
            Some("2021-05-28"),
        )],
    );
}

#[test]
fn what_a_relative_clause_tells_with_no_time_of_its_own_is_background() {
    // what the one described is or has done, not the news
    each_none_between(
        |text| dated(text, "2020-03-10"),
        &[
            (
                "Kabul is held by the Afghan government, which Pakistani militants are fighting.",
                "PAK",
                "AFG",
            ),
            (
                "Kenya, which sends troops to Somalia, hosted the talks.",
                "KEN",
                "SOM",
            ),
            (
                "The talks were chaired by Egypt, which has mediated between Israel and Hamas.",
                "EGY",
                "ISR",
            ),
            (
                "Aid was sent to Chad, which Libya has accused of harbouring rebels.",
                "LBY",
                "TCD",
            ),
            (
                "Iran denounced the scandal in which Britain sold arms to Iraq.",
                "GBR",
                "IRQ",
            ),
        ],
    );
    // look-alikes: a clause of time or place, one with a day of its own, an act done just
    // now, and a clause of content the parser may hang on a day
    for (text, a, b) in [
        (
            "Two soldiers died on Sunday when Pakistani militants attacked an Afghan post.",
            "PAK",
            "AFG",
        ),
        (
            "Turkey, which shelled Syrian positions on Monday, said it would go on.",
            "TUR",
            "SYR",
        ),
        (
            "The Kenyan envoy, who has just returned from Somalia, briefed the cabinet.",
            "KEN",
            "SOM",
        ),
        (
            "Norway said on Tuesday it had received assurances from the Swedish government that its navy would respect the fishing zone.",
            "SWE",
            "NOR",
        ),
    ] {
        dated(text, "2020-03-10").find(|t| between(t, a, b));
    }
}

#[test]
fn an_act_told_as_done_as_a_rule_is_no_event() {
    each_none_between(
        said,
        &[
            (
                "Talks between Chile and Peru are held every year.",
                "CHL",
                "PER",
            ),
            ("Russia usually supplies gas to Serbia.", "RUS", "SRB"),
            (
                "Colombia often accuses Venezuela of sheltering rebels.",
                "COL",
                "VEN",
            ),
            (
                "Chile and Peru regularly hold talks on fishing.",
                "CHL",
                "PER",
            ),
        ],
    );
    // look-alikes: acts done, often or once, are each news of their time
    said("Colombia has often accused Venezuela of sheltering rebels.").has(
        "country:COL",
        "accuses",
        "country:VEN",
    );
    said("Chile and Peru held talks on fishing on Monday.").has(
        "country:CHL",
        "negotiates_with",
        "country:PER",
    );
}

#[test]
fn an_event_noun_named_as_an_earlier_one_is_no_event() {
    each_none_between(
        said,
        &[
            (
                "The earlier Putin-Erdogan summit in Sochi ended without a deal.",
                "RUS",
                "TUR",
            ),
            (
                "Since the previous talks with Iran, Iraq has rearmed.",
                "IRQ",
                "IRN",
            ),
            (
                "Kenya recalled prior visits to Uganda by Somali officials.",
                "SOM",
                "UGA",
            ),
        ],
    );
    // look-alikes: talks a verb holds are its act, and the last round may be the news
    said("Peru held earlier talks with Chile in Lima.").has("country:PER", "meets", "country:CHL");
    said("The last round of talks between Chile and Peru ended on Friday.").has(
        "country:CHL",
        "meets",
        "country:PER",
    );
}

#[test]
fn a_standing_state_told_by_its_age_is_background() {
    // a war or conflict of years is the frame of what the sentence tells, wherever it
    // stands, and so is what a participle on one of its sides says of it
    each_none_between(
        |text| dated(text, "2020-03-05"),
        &[
            (
                "The long-running war between Chad and Libya ruined the oasis towns.",
                "TCD",
                "LBY",
            ),
            (
                "The 30-year war between Ethiopia and Eritrea killed thousands.",
                "ETH",
                "ERI",
            ),
            (
                "Thousands died in the 20-year conflict between Kenyan troops and Somali guerrillas fighting for land.",
                "KEN",
                "SOM",
            ),
        ],
    );
    // look-alikes: a war of days, and one of a year, are told as events
    each_dated_between(
        "2020-03-05",
        &[
            (
                "The two-day war between Peru and Ecuador ended on Monday.",
                "PER",
                "ECU",
                Some("2020-03-02"),
            ),
            (
                "The 1995 war between Peru and Ecuador killed dozens.",
                "PER",
                "ECU",
                Some("1995"),
            ),
        ],
    );
}

#[test]
fn an_event_the_sentence_counts_years_from_is_long_past() {
    each_none_between(
        |text| dated(text, "2004-10-25"),
        &[
            (
                "Veterans gathered on Monday, 60 years after the German invasion of Greece.",
                "DEU",
                "GRC",
            ),
            (
                "Forty years after the Soviet invasion of Czechoslovakia, Prague remembered.",
                "SUN",
                "CSK",
            ),
            (
                "Decades after the American bombing of Laos, farmers still find shells.",
                "USA",
                "LAO",
            ),
        ],
    );
    // look-alikes: days or a single year after the event keep it
    dated(
        "Two days after the Iranian attack on Kuwait, the emir spoke.",
        "2004-10-25",
    )
    .any(|t| between(t, "IRN", "KWT"));
    dated(
        "A year after the Russian raid on Georgia, Tbilisi rebuilt the port.",
        "2004-10-25",
    )
    .any(|t| between(t, "RUS", "GEO"));
}

#[test]
fn what_a_perfect_has_kept_up_for_years_is_background() {
    each_none_between(
        |text| dated(text, "1996-04-02"),
        &[
            (
                "Libya has supported rebels in Chad for years.",
                "LBY",
                "TCD",
            ),
            ("Syria has long backed Iran in its war.", "SYR", "IRN"),
            (
                "Chile has been buying Bolivian gas for two decades.",
                "CHL",
                "BOL",
            ),
        ],
    );
    // look-alikes: weeks of shelling are news, and so is a term counted out for one act
    for text in [
        "Iraq has shelled Iranian towns for weeks.",
        "Kenya has jailed a Ugandan student for two years.",
    ] {
        dated(text, "1996-04-02").any(|t| t.cameo.is_some());
    }
}

#[test]
fn an_entry_of_a_chronology_is_background() {
    // a year before the article's and a dash: a box of past events, no news (the last two,
    // look-alikes: this year's entry, and a year told in a sentence, keep the event)
    for (text, a, b, kept) in [
        (
            "1993 - Russia, Belarus and Armenia signed a rouble accord.",
            "RUS",
            "BLR",
            false,
        ),
        (
            "1940 - German bombers attacked London.",
            "DEU",
            "GBR",
            false,
        ),
        ("1979 -- Vietnam invaded Cambodia.", "VNM", "KHM", false),
        (
            "1996 - Chile signed an accord with Peru.",
            "CHL",
            "PER",
            true,
        ),
        (
            "In 1993 Russia signed an accord with Belarus.",
            "RUS",
            "BLR",
            true,
        ),
    ] {
        let said = dated(text, "1996-09-20");
        let found = said.ts.iter().any(|t| between(t, a, b));
        assert_eq!(found, kept, "{text}: {:#?}", said.ts);
    }
}
