//! Where one travels: the place the verb's own phrase names, or no one. A trip to a place
//! that names no state ("a conference", "the border") visits no one named in the verb's
//! other phrases ("over Uganda's protests"); a fly-in is a visit unless aircraft or troops
//! fly in.
use super::*;

#[test]
fn a_trip_to_an_unnamed_place_visits_no_one_the_other_phrases_name() {
    for text in [
        "The Kenyan minister flew to a conference over Uganda's protests.",
        "The Kenyan minister went to the border over Ethiopia's complaints.",
        "The Irish president travelled to a summit over Britain's objections.",
        "The Indian minister flew into a rage over Pakistan's remarks.",
    ] {
        said(text).none(|t| t.relation == "visits");
    }
    // look-alike: the place named is the state visited, whatever the other phrases say
    said("The Kenyan minister flew to Kampala over Uganda's protests.")
        .any(|t| t.relation == "visits" && t.object.country.as_deref() == Some("UGA"));
}

#[test]
fn a_person_who_flies_into_a_state_visits_it_and_warplanes_show_force() {
    each_gives(&[
        (
            "The Indian defence minister flew into Kabul on a surprise trip.",
            "",
            "visits",
            "country:AFG",
        ),
        (
            "Senator Smith of the United States flew into Bagram airbase north of Kabul.",
            "",
            "visits",
            "country:AFG",
        ),
        (
            "The French president flew into Abidjan for the summit.",
            "",
            "visits",
            "country:CIV",
        ),
        (
            "Russian warplanes flew into Turkish airspace twice on Sunday.",
            "",
            "mobilizes_against",
            "country:TUR",
        ),
    ]);
    said("The French president flew into Abidjan for the summit.")
        .none(|t| t.relation == "mobilizes_against");
}

#[test]
fn where_one_comes_from_is_no_place_visited() {
    // the "from" of an arrival is where the trip began, the "in" where it led
    for (text, went, came_from) in [
        (
            "The Chilean minister met Peruvian officials after arriving in Lima from Quito.",
            "PER",
            "ECU",
        ),
        (
            "Ruto met Museveni after arriving in Kampala from Kigali.",
            "UGA",
            "RWA",
        ),
        (
            "The Spanish minister met Moroccan officials after arriving in Rabat from Algiers.",
            "MAR",
            "DZA",
        ),
    ] {
        said(text)
            .any(|t| t.relation == "visits" && t.object.country.as_deref() == Some(went))
            .none(|t| t.relation == "visits" && t.object.country.as_deref() == Some(came_from));
    }
    // look-alike: a withdrawal's "from" is the place left, which it names
    said("Iran withdrew its troops from Iraq.")
        .any(|t| t.relation == "withdraws_from" && t.object.country.as_deref() == Some("IRQ"));
}
