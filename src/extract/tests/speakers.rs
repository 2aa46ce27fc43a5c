//! What a speaker does besides saying ("said ... and warned", "said ... and recalled its
//! envoy") is the speaker's own act, told by the writer, not part of what is said; also where
//! the parser joined the act to the clause said, whose subject names no actor.
use super::*;

#[test]
fn what_the_speaker_does_besides_saying_is_asserted() {
    each_has(
        Modality::Asserted,
        &[
            (
                "Iran said Tuesday the reports were baseless, and warned the United States against any attack.",
                "country:IRN",
                "threatens",
                "country:USA",
            ),
            (
                "Chile said the talks had failed and recalled its ambassador from Peru.",
                "country:CHL",
                "reduces_relations_with",
                "country:PER",
            ),
            (
                "Greece said it would defend its rights and urged Turkey to accept the ruling.",
                "country:GRC",
                "appeals_to",
                "country:TUR",
            ),
            (
                "Japan has said its embassy is watched and has accused China of spying.",
                "country:JPN",
                "accuses",
                "country:CHN",
            ),
        ],
    );
    // look-alikes: an act of the clause said stays the speaker's claim, and an actor of
    // that clause keeps its acts
    let said_of_peru =
        said("Chile said Peru had closed the border and expelled Bolivian diplomats.");
    let t = said_of_peru.find(|t| t.relation == "expels" && t.subject.id == "country:PER");
    assert_eq!(t.modality, Modality::Reported, "{t:#?}");
    said("Chile said the army had crossed the border and attacked Peruvian villages.")
        .none(|t| t.relation == "attacks" && t.subject.id == "country:CHL");
}

#[test]
fn an_attack_told_in_passing_in_what_a_state_says_is_no_charge() {
    for (text, not) in [
        (
            "Iraq said fighting raged in the marshes, where Iranian troops attacked on Sunday.",
            "IRN",
        ),
        (
            "Russia said the sanctions imposed on Iraq after its invasion of Kuwait should end.",
            "IRQ",
        ),
        (
            "Peru said the ceasefire that followed Chile's raid on Bolivia was holding.",
            "CHL",
        ),
    ] {
        said(text).none(|t| t.relation == "accuses" && t.object.country.as_deref() == Some(not));
    }
    // look-alikes: the attack the speaker tells of, or names as the subject of what it says
    said("Peru said Chile attacked Bolivia.").get("country:PER", "accuses", "country:CHL");
    said("Peru said the attack by Chile on Bolivia was illegal.").get(
        "country:PER",
        "accuses",
        "country:CHL",
    );
}
