//! Sentences on verbs whose dictionary code the project overrides (data/events/overrides.txt):
//! what the default would make a meeting or praise is none.
use super::*;

#[test]
fn running_into_or_encountering_someone_is_no_meeting() {
    for text in [
        "Syrian refugees ran into Turkish border guards.",
        "Venezuelan migrants encountered Colombian police at the border.",
        "Sri Lankan sailors ran into Indian patrol boats.",
    ] {
        let ts = triples(text, None);
        assert!(!ts.iter().any(|t| t.relation == "meets"), "{text}: {ts:#?}");
    }
    // a meeting still is one
    let ts = triples(
        "Iran's foreign minister met his Iraqi counterpart.",
        Some("2019-01-01"),
    );
    assert!(ts.iter().any(|t| t.relation == "meets"), "{ts:#?}");
}

#[test]
fn confronting_an_actor_is_a_challenge_not_a_consultation() {
    for (text, s, o) in [
        ("Cuba confronted the United States at the UN.", "CUB", "USA"),
        (
            "Turkish officials confronted Greece about the airspace violations.",
            "TUR",
            "GRC",
        ),
        (
            "The Chinese envoy confronted Japan over the islands.",
            "CHN",
            "JPN",
        ),
    ] {
        let ts = triples(text, None);
        let t = ts
            .iter()
            .find(|t| {
                t.subject.country.as_deref() == Some(s) && t.object.country.as_deref() == Some(o)
            })
            .unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.polarity, crate::model::Polarity::Conflictual, "{text}");
        assert!(!ts.iter().any(|t| t.relation == "meets"), "{text}: {ts:#?}");
    }
}

#[test]
fn a_repeated_call_on_an_actor_is_an_appeal_not_praise() {
    for (text, s, o) in [
        (
            "Spain repeated its call on Morocco.",
            "country:ESP",
            "country:MAR",
        ),
        (
            "Mali repeated its call on Niger to reopen the border.",
            "country:MLI",
            "country:NER",
        ),
        (
            "Kenya repeated its call on Uganda.",
            "country:KEN",
            "country:UGA",
        ),
    ] {
        let ts = triples(text, None);
        assert!(has(&ts, s, "asks", o).is_some(), "{text}: {ts:#?}");
        assert!(has(&ts, s, "praises", o).is_none(), "{text}: {ts:#?}");
    }
    // a call for talks renews no praise either
    let ts = triples("Ghana repeated its call for talks with Togo.", None);
    assert!(!ts.iter().any(|t| t.relation == "praises"), "{ts:#?}");
}
