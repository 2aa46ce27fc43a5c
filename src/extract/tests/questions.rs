//! What a question asks is not said to be done: a clause of "whether", or of "if" as a
//! verb's complement, holds its acts hedged; so does what only unnamed reports say.
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

#[test]
fn what_only_reports_say_is_hedged() {
    each_has(
        Modality::Hedged,
        &[
            (
                "There were unconfirmed reports that Armenia had sent troops into Azerbaijan.",
                "country:ARM",
                "mobilizes_against",
                "country:AZE",
            ),
            (
                "There were reports that Chile had expelled Peruvian diplomats.",
                "country:CHL",
                "expels",
                "gov:PER:government",
            ),
            (
                "Unconfirmed reports said Iran had attacked Iraq.",
                "country:IRN",
                "attacks",
                "country:IRQ",
            ),
            (
                "Iran attacked Iraq, reports said.",
                "country:IRN",
                "attacks",
                "country:IRQ",
            ),
        ],
    );
    // look-alikes: a report a state confirms, and one whose owner is named
    said("Ghana confirmed a radio report that Togolese troops had attacked Ghanaian farmers.")
        .none(|t| t.modality == Modality::Hedged);
    said("A Pentagon report said Iran had attacked Iraq.").modality(
        "country:IRN",
        "attacks",
        "country:IRQ",
        Modality::Reported,
    );
}

#[test]
fn what_there_is_no_sign_of_is_negated() {
    each_has(
        Modality::Negated,
        &[
            (
                "There was no indication that Russia had withdrawn troops from Georgia.",
                "country:RUS",
                "withdraws_from",
                "country:GEO",
            ),
            (
                "There was no sign that Chile had expelled Peruvian diplomats.",
                "country:CHL",
                "expels",
                "gov:PER:government",
            ),
            (
                "Officials found no evidence that Iran had supplied rockets to Syria.",
                "country:IRN",
                "supplies",
                "country:SYR",
            ),
        ],
    );
    // signs are only signs; evidence found is the finder's
    said("There were signs that Iran had supplied rockets to Syria.").modality(
        "country:IRN",
        "supplies",
        "country:SYR",
        Modality::Hedged,
    );
    said("Officials found evidence that Iran had supplied rockets to Syria.").modality(
        "country:IRN",
        "supplies",
        "country:SYR",
        Modality::Asserted,
    );
}
