//! An act the past perfect puts before a past time, or the perfect with "already", did not
//! happen on the article's day; the clause gives no day of its own, so it has none.
use super::*;

#[test]
fn an_act_before_the_time_spoken_of_has_no_date_of_its_own() {
    each_dated(&[
        (
            "The agency said on Sunday that Iran had seized a British tanker.",
            "country:IRN",
            "seizes",
            "country:GBR",
            None,
        ),
        (
            "The ministry said Turkey had closed its border with Syria.",
            "country:TUR",
            "blockades",
            "country:SYR",
            None,
        ),
        (
            "Officials said Chile had sent troops to Bolivia.",
            "country:CHL",
            "aids",
            "country:BOL",
            None,
        ),
        (
            "Japan has already imposed tariffs on South Korean steel.",
            "country:JPN",
            "sanctions",
            "country:KOR",
            None,
        ),
    ]);
    // look-alikes: a day the clause gives, and the simple past, are the act's
    for (text, date) in [
        (
            "Iran had seized a British tanker on March 2, the agency said.",
            "2020-03-02",
        ),
        ("Iran seized a British tanker on Sunday.", "2020-03-08"),
    ] {
        let said = dated(text, "2020-03-10");
        let t = said.get("country:IRN", "seizes", "country:GBR");
        assert_eq!(t.date.as_deref(), Some(date), "{text}: {t:#?}");
    }
}

#[test]
fn a_year_before_an_event_noun_after_a_possessive_is_its_date() {
    each_dated(&[
        (
            "Australia never recognised Indonesia's 1975 invasion of East Timor.",
            "country:IDN",
            "invades",
            "country:TLS",
            Some("1975"),
        ),
        (
            "Peru recalled its 1995 war with Ecuador.",
            "country:PER",
            "attacks",
            "country:ECU",
            Some("1995"),
        ),
        (
            "The envoy praised Egypt's 1979 treaty with Israel.",
            "country:EGY",
            "signs_agreement_with",
            "country:ISR",
            Some("1979"),
        ),
    ]);
    // look-alike: a number that can be no year is a count, and the day stays the verb's
    let said = dated(
        "Peru's 9000 troops attacked Ecuador on Sunday.",
        "2020-03-10",
    );
    let t = said.get("country:PER", "attacks", "country:ECU");
    assert_eq!(t.date.as_deref(), Some("2020-03-08"), "{t:#?}");
}

/// Each sentence, of an article of 2020-03-10, gives the triple with that date.
fn each_dated(cases: &[(&str, &str, &str, &str, Option<&str>)]) {
    for &(text, subject, relation, object, date) in cases {
        let said = dated(text, "2020-03-10");
        let t = said.get(subject, relation, object);
        assert_eq!(t.date.as_deref(), date, "{text}: {t:#?}");
    }
}

#[test]
fn a_time_at_the_end_of_joined_verbs_dates_them_all() {
    // "made a pact with Chile and reopened the port in February": both in February
    for (text, subject, relation, object, date) in [
        (
            "Kenya signed a treaty with Uganda and opened the border in January.",
            "country:KEN",
            "signs_agreement_with",
            "country:UGA",
            "2020-01",
        ),
        (
            "Peru made a pact with Chile and reopened the port in February.",
            "country:PER",
            "signs_agreement_with",
            "country:CHL",
            "2020-02",
        ),
        (
            "Ghana met Togo and signed a trade deal last month.",
            "country:GHA",
            "meets",
            "country:TGO",
            "2020-02",
        ),
    ] {
        let s = dated(text, "2020-03-10");
        let t = s.get(subject, relation, object);
        assert_eq!(t.date.as_deref(), Some(date), "{text}: {t:#?}");
    }
    // look-alike: a verb of another tense keeps its own time
    let s = dated(
        "Kenya met Uganda and will visit Tanzania next week.",
        "2020-03-10",
    );
    let t = s.get("country:KEN", "meets", "country:UGA");
    assert_eq!(t.date.as_deref(), Some("2020-03-10"), "{t:#?}");
}
