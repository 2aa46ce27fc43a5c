//! What a question asks is not said to be done: a clause of "whether", or of "if" as a
//! verb's complement, holds its acts hedged.
use super::*;

#[test]
fn an_act_in_an_open_question_is_hedged() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Investigators are examining whether Iran supplied rockets to Syria.",
                "country:IRN",
                "supplies",
                "country:SYR",
            ),
            (
                "It is unclear whether Iran attacked Iraq.",
                "country:IRN",
                "attacks",
                "country:IRQ",
            ),
            (
                "The minister asked if Chile had signed the treaty with Peru.",
                "country:CHL",
                "signs_agreement_with",
                "country:PER",
            ),
            (
                "Officials are investigating whether Cuba sent troops to Angola last year.",
                "country:CUB",
                "aids",
                "country:AGO",
            ),
        ],
    );
    // look-alike: "whether or not" of another clause asks nothing of the main one
    said("Iran attacked Iraq, whether or not the talks succeed.").modality(
        "country:IRN",
        "attacks",
        "country:IRQ",
        Modality::Asserted,
    );
}
