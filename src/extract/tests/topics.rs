//! What one discusses, debates or weighs is a topic: the state whose aid, offer or
//! sanctions are talked over is no partner of the talks; "with" still names one. And what a
//! denied report tells did not happen, as far as the one denying it says.
use super::*;

#[test]
fn the_owner_or_target_of_a_topic_is_no_partner_of_the_talks() {
    for (text, speaker, not_partners) in [
        (
            "Chile's president will discuss Peru's aid to Bolivia.",
            "CHL",
            &["PER", "BOL"][..],
        ),
        (
            "Mulroney and Tambo would discuss new sanctions against Pretoria.",
            "CAN",
            &["ZAF"][..],
        ),
        (
            "Kenya's president weighed Uganda's offer of troops for Somalia.",
            "KEN",
            &["UGA", "SOM"][..],
        ),
    ] {
        let ts = triples(text, None);
        let wrong = ts.iter().find(|t| {
            t.plover.is_some()
                && [&t.subject, &t.object]
                    .iter()
                    .any(|e| e.country.as_deref() == Some(speaker))
                && [&t.subject, &t.object]
                    .iter()
                    .any(|e| not_partners.contains(&e.country.as_deref().unwrap_or("")))
        });
        assert!(wrong.is_none(), "{text}: {wrong:#?}");
    }
    // a partner named with "with", on the verb or hung by the parser on the topic, is one
    for (text, s, o) in [
        (
            "The Turkish minister discussed Iran's nuclear programme with France.",
            "TUR",
            "FRA",
        ),
        (
            "Austria's chancellor discussed the Middle East with Israeli and Jordanian officials.",
            "AUT",
            "JOR",
        ),
    ] {
        let ts = triples(text, None);
        let found = ts.iter().any(|t| {
            t.plover.is_some()
                && t.subject.country.as_deref() == Some(s)
                && t.object.country.as_deref() == Some(o)
        });
        assert!(found, "{text}: {ts:#?}");
    }
}

#[test]
fn the_content_of_a_denied_report_is_negated() {
    for (text, s, r, o) in [
        (
            "Kenya's foreign ministry dismissed a newspaper story that Uganda had shelled Kenyan villages.",
            "country:UGA",
            "bombs",
            "country:KEN",
        ),
        (
            "Peru's embassy rejected an article's claim that Chile had seized Peruvian boats.",
            "country:CHL",
            "seizes",
            "country:PER",
        ),
        (
            "Ghana disputed a radio report that Togolese troops had attacked Ghanaian farmers.",
            "gov:TGO:military",
            "attacks",
            "other:GHA:civilians",
        ),
    ] {
        let ts = triples(text, None);
        let t = has(&ts, s, r, o).unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Negated, "{text}");
    }
    // a confirmed report is the confirmer's claim
    let text = "Ghana confirmed a radio report that Togolese troops had attacked Ghanaian farmers.";
    let ts = triples(text, None);
    let t = has(&ts, "gov:TGO:military", "attacks", "other:GHA:civilians")
        .unwrap_or_else(|| panic!("{text}: {ts:#?}"));
    assert_eq!(t.modality, Modality::Reported, "{text}");
}
