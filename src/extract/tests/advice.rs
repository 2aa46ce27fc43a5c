//! What one says should be done is advice, not an event: "should", "ought to", "would have
//! to", also down a controlled infinitive or a conjunct. A judged past act ("should not
//! have attacked"), a past obligation ("had to withdraw") and a condition put first
//! ("should Iran attack") are not advice.
use super::*;

#[test]
fn what_one_should_do_is_no_event() {
    each_none(
        &[
            "A banker said Brazil should go to the IMF for a loan.",
            "The minister said Chile and Peru ought to meet soon.",
            "The embassy said China would have to persuade Congress itself.",
            "He said the United States should also threaten to blockade Cuba.",
            "Chile should end its dispute with Peru and sign the treaty with Bolivia.",
        ],
        |t| t.plover.is_some(),
    );
    // look-alikes
    said("Should Iran attack Iraq, the region would suffer.").modality(
        "country:IRN",
        "attacks",
        "country:IRQ",
        Modality::Hedged,
    );
    said("Congress would then have 30 days to veto Egypt's bid.")
        .any(|t| t.relation == "vetoes" && t.object.id == "country:EGY");
    said("The minister said Chile had to withdraw its troops from Peru.")
        .any(|t| t.relation == "withdraws_from" && t.subject.id == "country:CHL");
}
