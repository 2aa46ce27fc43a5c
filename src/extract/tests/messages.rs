//! Sentences on letters and messages, on bundles of events ("an aid package", "a round of
//! sanctions"), and on meetings held for talks.
use super::*;

/// One event triple (subject, relation, object) as `pairs` gives it.
fn pair(subject: &str, relation: &str, object: &str) -> (String, String, String) {
    (subject.into(), relation.into(), object.into())
}

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
        let s = said(text);
        assert_eq!(s.pairs(), vec![pair(from, "writes_to", to)], "{text}");
        let t = s.get(from, "writes_to", to);
        assert_eq!(t.cameo.as_deref(), Some("040"), "{text}");
        assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("CONSULT"));
    }
    // letters sent to a museum in a country are sent to no one of that state
    said("Denmark sent the letters to a museum in Norway.").no_events();
}

#[test]
fn a_message_carries_the_event_its_noun_names() {
    let s = said("Finland sent a letter of protest to Russia.");
    let t = s.get("country:FIN", "criticizes", "country:RUS");
    assert_eq!(t.cameo.as_deref(), Some("111"));
    said("Chile sent a message of support to Peru.").get("country:CHL", "supports", "country:PER");
    let s = said("Finland delivered a protest note to Russia's ambassador.");
    let t = s.find(|t| t.relation == "criticizes");
    assert_eq!(t.subject.id, "country:FIN");
    assert_eq!(t.object.country.as_deref(), Some("RUS"));
    s.none(|t| t.relation == "supplies");
    // what a letter of credence is of names no event: it stays a letter
    let s = said("Chile sent a letter of credence to Peru.");
    assert_eq!(
        s.pairs(),
        vec![pair("country:CHL", "writes_to", "country:PER")],
        "{}",
        s.text
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
        let s = said(text);
        for (subject, object) in [(a, b), (b, a)] {
            let t = s.get(subject, "meets", object);
            assert_eq!(t.cameo.as_deref(), Some("040"), "{text}");
            assert_eq!(t.modality, modality, "{text}");
        }
        s.none(|t| t.relation == "agrees_with");
    }
    // meeting demands at a place is giving in to them, no meeting
    said("Egypt will meet Jordan's demands at Aqaba.").none(|t| t.relation == "meets");
}

#[test]
fn a_package_round_or_wave_holds_the_event_it_bundles() {
    let s = said("Japan gave Kenya an aid package.");
    let t = s.get("country:JPN", "aids", "country:KEN");
    assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("AID"));
    // a package of books is no aid
    said("Japan gave Kenya a package of books.").no_events();
    // a round or package of an event is the event, with its CAMEO code
    for (text, subject, relation, object, cameo) in [
        (
            "The European Union imposed a new round of sanctions on Russia.",
            "org:eu",
            "sanctions",
            "country:RUS",
            "163",
        ),
        (
            "Britain offered Ukraine a package of military aid.",
            "country:GBR",
            "offers_aid_to",
            "country:UKR",
            "033",
        ),
    ] {
        let s = said(text);
        assert_eq!(
            s.get(subject, relation, object).cameo.as_deref(),
            Some(cameo),
            "{text}"
        );
    }
}

#[test]
fn a_protest_made_to_a_government_is_a_complaint_not_a_demonstration() {
    for (text, from, to) in [
        (
            "Britain made a sharp protest to the Iraqi government.",
            "country:GBR",
            "gov:IRQ:government",
        ),
        (
            "Japan made a formal protest to China over the boat.",
            "country:JPN",
            "country:CHN",
        ),
        (
            "Norway lodged a strong protest with Russia on Friday.",
            "country:NOR",
            "country:RUS",
        ),
    ] {
        let s = said(text);
        let t = s.find(|t| t.subject.id == from && t.object.id == to);
        assert_eq!(
            t.cameo.as_deref().and_then(|c| c.get(..2)),
            Some("11"),
            "{text}"
        );
    }
    // look-alike: a protest held outside someone's embassy is a demonstration
    said("Kenyan students held a protest outside the Ugandan embassy.")
        .any(|t| t.object.country.as_deref() == Some("UGA") && t.cameo.as_deref() == Some("140"));
}
