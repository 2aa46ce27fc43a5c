//! Sentences on verbs whose dictionary code the project overrides (data/events/overrides.txt):
//! what the default would make a meeting or praise is none; and on cooperation a verb of
//! stopping turns into a reduction of relations.
use super::*;

#[test]
fn running_into_or_encountering_someone_is_no_meeting() {
    each_none(
        &[
            "Syrian refugees ran into Turkish border guards.",
            "Venezuelan migrants encountered Colombian police at the border.",
            "Sri Lankan sailors ran into Indian patrol boats.",
        ],
        |t| t.relation == "meets",
    );
    // a meeting still is one
    dated(
        "Iran's foreign minister met his Iraqi counterpart.",
        "2019-01-01",
    )
    .any(|t| t.relation == "meets");
}

#[test]
fn confronting_an_actor_is_a_challenge_not_a_consultation() {
    for (text, subject, object) in [
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
        let s = said(text);
        let t = s.find(|t| states(t, subject, object));
        assert_eq!(t.polarity, crate::model::Polarity::Conflictual, "{text}");
        s.none(|t| t.relation == "meets");
    }
}

#[test]
fn a_repeated_call_on_an_actor_is_an_appeal_not_praise() {
    for (text, subject, object) in [
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
        said(text)
            .has(subject, "asks", object)
            .lacks(subject, "praises", object);
    }
    // a call for talks renews no praise either
    said("Ghana repeated its call for talks with Togo.").none(|t| t.relation == "praises");
}

#[test]
fn to_sponsor_an_actor_is_to_give_it_money() {
    // like funding or bankrolling (overrides.txt): economic aid from the sponsor, one way,
    // not trade between the two
    each_gives(&[
        (
            "Syria sponsors the PKK.",
            "country:SYR",
            "aids",
            "group:pkk",
        ),
        (
            "Libya sponsored the rebels in Chad.",
            "country:LBY",
            "aids",
            "group:TCD:rebels",
        ),
        (
            "Qatar sponsored Hamas for years.",
            "country:QAT",
            "aids",
            "group:hamas",
        ),
    ]);
    // look-alike: a sponsored conference is no aid to the state it is held in
    said("Japan sponsored a conference in Vietnam.").none(|t| t.relation == "aids");
}

#[test]
fn what_a_relative_clause_acts_on_is_the_noun_it_is_on() {
    // the place a relative clause's verb takes is its noun: occupying, not arresting
    each_gives(&[
        (
            "The Golan Heights, which Israel captured from Syria in 1967, remain occupied.",
            "country:ISR",
            "occupies",
            "country:SYR",
        ),
        (
            "Kherson, which Russia captured from Ukraine, was retaken.",
            "country:RUS",
            "occupies",
            "country:UKR",
        ),
        (
            "The town that Ethiopian troops seized from Eritrea was shelled.",
            "gov:ETH:endf",
            "occupies",
            "country:ERI",
        ),
    ]);
    // look-alike: people a relative clause's verb takes are captured, not occupied
    said("The sailors whom Iran captured from Britain were freed.").get(
        "country:IRN",
        "arrests",
        "country:GBR",
    );
}

#[test]
fn cooperation_stopped_is_a_reduction_by_the_one_who_stops_it() {
    // the one who stops acts on the other, whichever way the cooperation went, and the
    // stopping is told as done
    for (text, subject, object, cameo) in [
        (
            "Lithuania stopped buying electricity from Belarus.",
            "LTU",
            "BLR",
            "163",
        ),
        (
            "Chile halted talking to Bolivia about the border.",
            "CHL",
            "BOL",
            "164",
        ),
        (
            "Qatar stopped sending food aid to Yemen last year.",
            "QAT",
            "YEM",
            "1623",
        ),
    ] {
        let s = said(text);
        let t = s.find(|t| states(t, subject, object) && t.plover.is_some());
        assert_eq!(t.cameo.as_deref(), Some(cameo), "{text}");
        assert_eq!(t.modality, Modality::Asserted, "{text}");
        s.none(|t| states(t, object, subject));
    }
    // look-alikes: an act of force stopped is no sanction, and what one is asked to stop
    // goes on
    said("Israel stopped shelling Gaza.")
        .none(|t| t.cameo.as_deref().is_some_and(|c| c.starts_with("16")));
    said("Peru asked Chile to stop buying fish from Ecuador.")
        .none(|t| t.cameo.as_deref().is_some_and(|c| c.starts_with("16")));
}

#[test]
fn a_visit_for_talks_is_a_visit_and_the_talks_their_own_meeting() {
    // the visit goes one way, to the place; no negotiation with the place both ways
    for (text, visitor, place) in [
        (
            "The Kenyan president visited Ethiopia for talks on the dam.",
            "KEN",
            "ETH",
        ),
        (
            "Chile's foreign minister will visit Bolivia for talks about gas prices.",
            "CHL",
            "BOL",
        ),
        (
            "Denmark's premier visited Oslo for talks with Norway's prime minister.",
            "DNK",
            "NOR",
        ),
    ] {
        let s = said(text);
        s.any(|t| t.relation == "visits" && states(t, visitor, place));
        s.none(|t| t.relation == "negotiates_with");
    }
    // look-alike: talks named with their partner still meet
    said("Denmark's premier visited Oslo for talks with Norway's prime minister.")
        .any(|t| t.relation == "meets" && states(t, "DNK", "NOR"));
}
