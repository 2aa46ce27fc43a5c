//! What one discusses, debates or weighs is a topic: the state whose aid, offer or
//! sanctions are talked over is no partner of the talks; "with" still names one.
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
