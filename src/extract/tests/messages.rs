//! Sentences on letters and messages, on bundles of events ("an aid package", "a round of
//! sanctions"), and on meetings held for talks.
use super::*;

#[test]
fn a_letter_or_message_goes_from_its_sender_to_its_addressee_and_is_no_meeting() {
    for (text, from, to) in [
        (
            "Peru sent a message to Chile after the vote.",
            "country:PER",
            "country:CHL",
        ),
        (
            "Japan received a letter from China about the islands.",
            "country:CHN",
            "country:JPN",
        ),
        (
            "The Norwegian government sent a letter to Sweden on Tuesday.",
            "gov:NOR:government",
            "country:SWE",
        ),
    ] {
        let ts = triples(text, None);
        let got = pairs(&ts);
        assert_eq!(
            got,
            vec![(from.to_string(), "writes_to".to_string(), to.to_string())],
            "{text}"
        );
        let t = has(&ts, from, "writes_to", to).unwrap();
        assert_eq!(t.cameo.as_deref(), Some("040"), "{text}");
        assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("CONSULT"));
    }
    // letters sent to a museum in a country are sent to no one of that state
    let ts = triples("Denmark sent the letters to a museum in Norway.", None);
    assert!(pairs(&ts).is_empty(), "{ts:#?}");
}

#[test]
fn a_message_carries_the_event_its_noun_names() {
    let ts = triples("Finland sent a letter of protest to Russia.", None);
    let t = has(&ts, "country:FIN", "criticizes", "country:RUS").expect("the protest");
    assert_eq!(t.cameo.as_deref(), Some("111"));
    let ts = triples("Chile sent a message of support to Peru.", None);
    assert!(
        has(&ts, "country:CHL", "supports", "country:PER").is_some(),
        "{ts:#?}"
    );
    let ts = triples(
        "Finland delivered a protest note to Russia's ambassador.",
        None,
    );
    let t = ts
        .iter()
        .find(|t| t.relation == "criticizes")
        .expect("the protest note");
    assert_eq!(t.subject.id, "country:FIN");
    assert_eq!(t.object.country.as_deref(), Some("RUS"));
    assert!(!ts.iter().any(|t| t.relation == "supplies"), "{ts:#?}");
    // what a letter of credence is of names no event: it stays a letter
    let ts = triples("Chile sent a letter of credence to Peru.", None);
    assert_eq!(
        pairs(&ts),
        vec![(
            "country:CHL".to_string(),
            "writes_to".to_string(),
            "country:PER".to_string()
        )]
    );
}

#[test]
fn meeting_for_talks_or_at_a_place_is_meeting() {
    for (text, a, b, modality) in [
        (
            "Egypt will meet Jordan at Aqaba for talks on water.",
            "country:EGY",
            "country:JOR",
            Modality::Future,
        ),
        (
            "Kenya met with Tanzania for talks on the lake.",
            "country:KEN",
            "country:TZA",
            Modality::Asserted,
        ),
        (
            "Vietnamese officials met Laotian officials at the border crossing on Friday.",
            "gov:VNM:government",
            "gov:LAO:government",
            Modality::Asserted,
        ),
    ] {
        let ts = triples(text, None);
        for (s, o) in [(a, b), (b, a)] {
            let t = has(&ts, s, "meets", o).unwrap_or_else(|| panic!("{text}: {ts:#?}"));
            assert_eq!(t.cameo.as_deref(), Some("040"), "{text}");
            assert_eq!(t.modality, modality, "{text}");
        }
        assert!(!ts.iter().any(|t| t.relation == "agrees_with"), "{text}");
    }
    // meeting demands at a place is giving in to them, no meeting
    let ts = triples("Egypt will meet Jordan's demands at Aqaba.", None);
    assert!(!ts.iter().any(|t| t.relation == "meets"), "{ts:#?}");
}

#[test]
fn a_package_round_or_wave_holds_the_event_it_bundles() {
    let ts = triples("Japan gave Kenya an aid package.", None);
    let t = has(&ts, "country:JPN", "aids", "country:KEN").expect("the aid");
    assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("AID"));
    let ts = triples(
        "The European Union imposed a new round of sanctions on Russia.",
        None,
    );
    let t = has(&ts, "org:eu", "sanctions", "country:RUS").expect("the sanctions");
    assert_eq!(t.cameo.as_deref(), Some("163"));
    let ts = triples("Britain offered Ukraine a package of military aid.", None);
    let t = has(&ts, "country:GBR", "offers_aid_to", "country:UKR").expect("the offer");
    assert_eq!(t.cameo.as_deref(), Some("033"));
    // a package of books is no aid
    let ts = triples("Japan gave Kenya a package of books.", None);
    assert!(pairs(&ts).is_empty(), "{ts:#?}");
}
