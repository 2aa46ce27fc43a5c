//! An international body "at" which an event noun's act happens is where it happens, not
//! whom it is done to: "its support at the United Nations" supports no United Nations.
use super::*;

/// Asserts, for each sentence read alone, that it gives no meeting.
fn each_meets_none(texts: &[&str]) {
    each_none(texts, |t| t.relation == "meets");
}

#[test]
fn the_body_at_which_it_happens_is_no_party() {
    for (text, body) in [
        (
            "Vietnam thanked Senegal for its firm support at the United Nations.",
            "org:un",
        ),
        (
            "Kenya praised Uganda for its cooperation at the African Union.",
            "org:african-union",
        ),
        (
            "Brazil's cooperation at the World Trade Organization surprised Argentina.",
            "org:wto",
        ),
    ] {
        said(text).none(|t| t.plover.is_some() && (t.object.id == body || t.subject.id == body));
    }
    // look-alike: a state "at" which a strike is aimed is its target
    said("Israel's strike at Iran drew criticism.").get("country:ISR", "attacks", "country:IRN");
}

#[test]
fn the_place_of_a_bodys_summit_is_no_party_to_it() {
    // "the African Union summit in Ethiopia": Ethiopia hosts it, it meets no one
    each_meets_none(&[
        "The African Union summit in Ethiopia ended on Monday.",
        "Ministers prepared the next Arab League summit in Egypt.",
        "The Commonwealth summit in Kenya opened on Friday.",
    ]);
    // look-alike: the states a summit is between meet, wherever it is
    said("The summit between Chile and Peru in Lima ended.").has(
        "country:CHL",
        "meets",
        "country:PER",
    );
}

#[test]
fn a_bodys_meeting_somewhere_is_no_verb_of_meeting_the_place() {
    // "a NATO meeting in Norway": the tree reads "meeting" as a noun with its determiner, so
    // the verb pattern "meet O {loc}" does not make the venue the other side
    each_meets_none(&[
        "A NATO meeting in Norway ended on Monday.",
        "Ministers flew home after the OPEC meeting at Vienna.",
        "An Arab League meeting in Cairo drafted the statement.",
    ]);
    // look-alike: a verb of meeting still meets, and a noun with a partner still names it
    said("Kenya is meeting Uganda in Kigali.").has("country:KEN", "meets", "country:UGA");
    said("Rwanda's meeting with Uganda in Kigali ended.").has(
        "country:RWA",
        "meets",
        "country:UGA",
    );
}

#[test]
fn two_back_from_a_summit_were_there_together_not_with_each_other() {
    // a pair of subjects before "from a summit" with no verb of holding it: co-travellers
    each_none(
        &[
            "Kenya and Uganda flew home from a summit in Addis Ababa.",
            "Ministers of Chile and Peru came back from a meeting in Geneva.",
            "When Mr Blair and Mr Macron called in at Cairo on their way back from a summit in Delhi, Egypt praised them.",
        ],
        |t| t.relation == "meets" && t.plover.is_some() && {
            let pair = [t.subject.id.as_str(), t.object.id.as_str()];
            !pair.contains(&"country:EGY")
        },
    );
    // look-alike: a pair that holds the summit meets
    said("Kenya and Uganda held a summit in Addis Ababa.").has(
        "country:KEN",
        "meets",
        "country:UGA",
    );
}
