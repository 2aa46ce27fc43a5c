//! An international body "at" which an event noun's act happens is where it happens, not
//! whom it is done to: "its support at the United Nations" supports no United Nations.
use super::*;

#[test]
fn the_body_at_which_it_happens_is_no_party() {
    for (text, body) in [
        (
            "China thanked Gabon for its strong support at the United Nations.",
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
