//! Sentences on what an act is done for ("sent bombers to strike"), on what one is invited or
//! asked to do ("an invitation to Li to visit"), and on titles written with a full stop
//! ("Sen. Mary Cole"), which the parser must read as one word; on where one acts, who backs
//! a body, and whom coordinated subjects act with.
use super::*;

#[test]
fn what_an_act_is_done_for_is_meant_not_done() {
    for (text, s, r, o) in [
        (
            "Pakistan massed troops near the border to attack India.",
            "country:PAK",
            "attacks",
            "country:IND",
        ),
        (
            "Moscow sent bombers to strike Ukrainian cities.",
            "country:RUS",
            "attacks",
            "country:UKR",
        ),
        (
            "Israeli jets carried out strikes to kill Hamas leaders in Gaza.",
            "gov:ISR:military",
            "kills",
            "group:hamas",
        ),
    ] {
        let ts = triples(text, None);
        let t = has(&ts, s, r, o).unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Hedged, "{text}");
    }
}

#[test]
fn what_a_journey_is_for_or_what_one_is_made_to_do_stays_a_fact() {
    // no object: the trip's purpose is as sure as the trip
    let ts = triples(
        "Chad's president flew to Niamey to meet Niger's president.",
        None,
    );
    let t = ts
        .iter()
        .find(|t| t.relation == "meets" && t.subject.country.as_deref() == Some("TCD"))
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(t.modality, Modality::Asserted);
    // the object acts in the infinitive: made to, not meant to
    let ts = triples("Egypt forced Israel to withdraw from Sinai.", None);
    let t = has(&ts, "country:ISR", "withdraws_from", "country:EGY")
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(t.modality, Modality::Asserted);
}

#[test]
fn the_one_invited_or_appealed_to_is_who_would_act() {
    for (text, s, o) in [
        (
            "Germany sent an invitation to Li Keqiang to visit Berlin.",
            "person:li-keqiang",
            "country:DEU",
        ),
        (
            "Bolivia renewed the invitation to the Chilean president to visit La Paz.",
            "office:chl:president",
            "country:BOL",
        ),
    ] {
        let ts = triples(text, Some("2020-01-01"));
        let t = has(&ts, s, "visits", o).unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Hedged, "{text}");
        assert!(
            !ts.iter()
                .any(|t| t.relation == "visits" && t.subject.id == o),
            "{text}: {ts:#?}"
        );
    }
    // an invitation turned down is not taken up
    let ts = triples(
        "Chile declined Peru's invitation to attend the summit in Lima.",
        None,
    );
    assert!(
        !ts.iter().any(|t| t.relation == "visits"
            && t.subject.id == "country:CHL"
            && t.modality != Modality::Negated),
        "{ts:#?}"
    );
}

#[test]
fn a_title_with_its_full_stop_is_one_word_of_the_name() {
    // the name after "Sen." is not taken for the sentence's subject
    for (text, s, r, o, stray) in [
        (
            "After reading a report by a panel led by Sen. Mary Cole, Erdogan telephoned Putin.",
            "person:recep-tayyip-erdogan",
            "phones",
            "person:vladimir-putin",
            "Cole",
        ),
        (
            "After a speech by Capt. Tom Reed, Biden telephoned Zelensky.",
            "person:joe-biden",
            "phones",
            "person:volodymyr-zelensky",
            "Reed",
        ),
        (
            "Greeted at the airport by Mr. Jon Dahl, Modi met Norwegian officials.",
            "person:narendra-modi",
            "meets",
            "gov:NOR:government",
            "Dahl",
        ),
    ] {
        let ts = triples(text, Some("2023-06-01"));
        assert!(has(&ts, s, r, o).is_some(), "{text}: {ts:#?}");
        assert!(
            !ts.iter().any(|t| t.plover.is_some()
                && (t.subject.name.contains(stray) || t.object.name.contains(stray))),
            "{text}: {ts:#?}"
        );
    }
    // the titled name still acts when it is the subject
    let ts = triples("Sen. Mary Cole telephoned Putin.", Some("2023-06-01"));
    assert!(
        ts.iter()
            .any(|t| t.relation == "phones" && t.subject.name.contains("Cole")),
        "{ts:#?}"
    );
}

#[test]
fn a_place_in_the_actors_own_state_is_where_it_acted_not_whom_on() {
    for text in [
        "Iraqi troops were fighting in northern Iraq.",
        "Nigerian soldiers battled in the Nigerian town of Maiduguri.",
        "Somali troops battled in Mogadishu.",
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.plover.is_some()
                && t.subject.country.is_some()
                && t.subject.country == t.object.country),
            "{text}: {ts:#?}"
        );
    }
    // a place in another state is still acted on
    let ts = triples("Turkish troops were fighting in northern Iraq.", None);
    assert!(
        ts.iter().any(|t| t.plover.is_some()
            && t.subject.country.as_deref() == Some("TUR")
            && t.object.id == "country:IRQ"),
        "{ts:#?}"
    );
}

#[test]
fn an_act_one_urges_or_calls_for_is_not_done_and_its_target_is_not_asked() {
    for (text, s, r, o) in [
        (
            "Germany urged sanctions on Russia.",
            "country:DEU",
            "sanctions",
            "country:RUS",
        ),
        (
            "Italy called for an embargo on Libya.",
            "country:ITA",
            "sanctions",
            "country:LBY",
        ),
        (
            "Brazil pressed for talks with Argentina.",
            "country:BRA",
            "meets",
            "country:ARG",
        ),
    ] {
        let ts = triples(text, None);
        let t = has(&ts, s, r, o).unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_ne!(t.modality, Modality::Asserted, "{text}");
        assert!(
            !ts.iter().any(
                |t| matches!(t.relation.as_str(), "appeals_to" | "asks" | "demands")
                    && t.object.id == o
            ),
            "{text}: {ts:#?}"
        );
    }
    // restraint asked of Israel is asked of Israel; an apology demanded from Peru, of Peru
    let ts = triples("Norway urged restraint on Israel.", None);
    assert!(
        has(&ts, "country:NOR", "appeals_to", "country:ISR").is_some(),
        "{ts:#?}"
    );
    let ts = triples("Chile demanded an apology from Peru.", None);
    assert!(
        has(&ts, "country:CHL", "demands", "country:PER").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn what_is_unlikely_is_not_said_to_happen() {
    for (text, s, r, o) in [
        (
            "Iran is unlikely to attack Israel.",
            "country:IRN",
            "attacks",
            "country:ISR",
        ),
        (
            "Experts think Spain is unlikely to recognize Kosovo.",
            "country:ESP",
            "recognizes",
            "country:XKX",
        ),
        (
            "Chile is unlikely to expel the Peruvian ambassador.",
            "country:CHL",
            "expels",
            "",
        ),
    ] {
        let ts = triples(text, None);
        let t = ts
            .iter()
            .find(|t| t.subject.id == s && t.relation == r && (o.is_empty() || t.object.id == o))
            .unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Hedged, "{text}");
    }
    // what happened is a fact
    let ts = triples("Chile expelled the Peruvian ambassador.", None);
    assert!(
        ts.iter()
            .any(|t| t.relation == "expels" && t.modality == Modality::Asserted),
        "{ts:#?}"
    );
}

#[test]
fn the_first_verbs_object_before_and_is_not_the_second_verbs_subject() {
    for (text, s, o) in [
        (
            "Blinken met Turkish Foreign Minister Hakan Fidan in Ankara and will fly to Athens on Friday.",
            "person:antony-blinken",
            "country:GRC",
        ),
        (
            "Modi met Japanese Prime Minister Fumio Kishida in Tokyo and will travel to Seoul on Sunday.",
            "person:narendra-modi",
            "country:KOR",
        ),
        (
            "Lula met Argentine President Javier Milei in Brasilia and would visit Chile next week.",
            "person:luiz-inacio-lula-da-silva",
            "country:CHL",
        ),
    ] {
        let ts = triples(text, Some("2024-03-01"));
        assert!(has(&ts, s, "visits", o).is_some(), "{text}: {ts:#?}");
        assert_eq!(
            ts.iter().filter(|t| t.relation == "visits").count(),
            1,
            "{text}: {ts:#?}"
        );
    }
    // a second clause with a subject of its own keeps it
    let ts = triples(
        "Macron met Olaf Scholz in Paris and Scholz later visited Poland.",
        Some("2024-03-01"),
    );
    assert!(
        has(&ts, "person:olaf-scholz", "visits", "country:POL").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn what_a_purpose_would_make_another_do_is_not_done() {
    let ts = triples(
        "Russia staged the crisis to force Greece to negotiate with Turkey.",
        None,
    );
    let t = has(&ts, "country:GRC", "negotiates_with", "country:TUR")
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(t.modality, Modality::Hedged);
}

#[test]
fn a_state_that_backed_trained_or_armed_a_body_is_not_its_owner() {
    for (text, s, wrong, right) in [
        (
            "Israel pressured the Syrian-backed government in Beirut.",
            "country:ISR",
            "SYR",
            "LBN",
        ),
        (
            "Kenya condemned the Russian-trained fighters in Mali.",
            "country:KEN",
            "RUS",
            "MLI",
        ),
        (
            "Turkey shelled the American-armed Kurdish fighters in Syria.",
            "country:TUR",
            "USA",
            "SYR",
        ),
    ] {
        let ts = triples(text, None);
        let from_s: Vec<_> = ts.iter().filter(|t| t.subject.id == s).collect();
        assert!(
            from_s
                .iter()
                .any(|t| t.object.country.as_deref() == Some(right)),
            "{text}: {ts:#?}"
        );
        assert!(
            !from_s
                .iter()
                .any(|t| t.object.country.as_deref() == Some(wrong)),
            "{text}: {ts:#?}"
        );
    }
    // a state's own government is still its own
    let ts = triples("Israel pressured the Syrian government in Damascus.", None);
    assert!(
        has(&ts, "country:ISR", "coerces", "gov:SYR:government").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn co_subjects_with_a_named_partner_are_that_partners_not_each_others() {
    for (text, subjects, partner) in [
        (
            "Egypt, Jordan and Iraq signed a trade pact with Turkey.",
            ["country:EGY", "country:JOR", "country:IRQ"],
            "country:TUR",
        ),
        (
            "Spain, Italy and Greece held talks with the Moroccan king.",
            ["country:ESP", "country:ITA", "country:GRC"],
            "person:mohammed-vi",
        ),
        (
            "Kenya, Uganda and Tanzania signed an accord with the European Union.",
            ["country:KEN", "country:UGA", "country:TZA"],
            "org:eu",
        ),
    ] {
        let ts = triples(text, Some("2024-03-01"));
        for s in subjects {
            assert!(
                ts.iter()
                    .any(|t| t.subject.id == s && t.object.id == partner),
                "{text}: {ts:#?}"
            );
            assert!(
                !ts.iter().any(|t| t.plover.is_some()
                    && t.subject.id == s
                    && subjects.contains(&t.object.id.as_str())),
                "{text}: {ts:#?}"
            );
        }
    }
    // without a partner named, the co-subjects are each other's
    let ts = triples("Chile and Peru signed a treaty.", None);
    assert!(
        has(&ts, "country:CHL", "signs_agreement_with", "country:PER").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn a_rival_or_ally_of_a_state_is_not_that_state() {
    for (text, s, right, wrong) in [
        (
            "Baghdad cooperated with the PUK's rival, the Kurdistan Democratic Party.",
            "country:IRQ",
            "KDP",
            "PUK",
        ),
        (
            "Kenya condemned Somalia's old enemy Ethiopia.",
            "country:KEN",
            "ETH",
            "SOM",
        ),
        (
            "Qatar met Iran's ally, the Syrian government.",
            "country:QAT",
            "SYR",
            "IRN",
        ),
    ] {
        let ts = triples(text, None);
        let named = |t: &Triple, x: &str| {
            t.object.country.as_deref() == Some(x)
                || t.object.name.contains(x)
                || t.object.id.ends_with(&x.to_lowercase())
        };
        let from_s: Vec<_> = ts
            .iter()
            .filter(|t| t.subject.id == s && t.plover.is_some())
            .collect();
        assert!(from_s.iter().any(|t| named(t, right)), "{text}: {ts:#?}");
        assert!(!from_s.iter().any(|t| named(t, wrong)), "{text}: {ts:#?}");
    }
    // a state's own army is still the state's
    let ts = triples("Kenya condemned Somalia's army.", None);
    assert!(
        ts.iter()
            .any(|t| t.subject.id == "country:KEN" && t.object.country.as_deref() == Some("SOM")),
        "{ts:#?}"
    );
}

#[test]
fn an_event_one_acts_ahead_of_or_of_next_week_is_still_to_come() {
    for (text, s, r, o) in [
        (
            "Peru's president spoke ahead of his visit to Chile.",
            "PER",
            "visits",
            "CHL",
        ),
        (
            "The Kenyan minister spoke to reporters ahead of talks with Uganda.",
            "KEN",
            "meets",
            "UGA",
        ),
        (
            "Norway's foreign minister prepared for next week's visit to Sweden.",
            "NOR",
            "visits",
            "SWE",
        ),
    ] {
        let ts = triples(text, Some("2020-01-01"));
        let t = ts
            .iter()
            .find(|t| {
                t.relation == r
                    && t.subject.country.as_deref() == Some(s)
                    && t.object.country.as_deref() == Some(o)
            })
            .unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Future, "{text}");
    }
    // ahead of a dated event of the past: told as it was
    let text = "Troops massed ahead of the 2003 invasion of Iraq by America.";
    let ts = triples(text, Some("2020-01-01"));
    let t = has(&ts, "country:USA", "invades", "country:IRQ")
        .unwrap_or_else(|| panic!("{text}: {ts:#?}"));
    assert_eq!(t.modality, Modality::Asserted, "{text}");
}
