//! What the clause around an act says of it: a fact told by rank ("the first minister to
//! visit"), a plan one is expected or due to carry out, a claim made by a document or by the
//! pronoun that stands for it, an act in the condition of another.
use super::*;

#[test]
fn an_act_told_by_rank_is_a_fact() {
    each_has(
        Modality::Asserted,
        &[
            (
                "Ms Lee was the first Australian minister to tour Beijing.",
                "office:aus:minister",
                "visits",
                "country:CHN",
            ),
            (
                "He was the only Iraqi official to meet the Iranian president.",
                "office:irq:official",
                "meets",
                "",
            ),
            (
                "She was the last Canadian minister to visit Cuba.",
                "office:can:minister",
                "visits",
                "country:CUB",
            ),
            (
                "Hurd was the first British minister to visit Argentina after the war.",
                "office:gbr:minister",
                "visits",
                "country:ARG",
            ),
        ],
    );
    // look-alikes: a rank still to come keeps the future or hedge of its clause
    said("Ms Lee will be the first Australian minister to tour Beijing next year.").modality(
        "office:aus:minister",
        "visits",
        "country:CHN",
        Modality::Future,
    );
    said("Ms Lee would be the first Australian minister to tour Beijing.").modality(
        "office:aus:minister",
        "visits",
        "country:CHN",
        Modality::Hedged,
    );
}

#[test]
fn what_one_is_expected_or_due_to_do_is_planned() {
    each_has(
        Modality::Future,
        &[
            (
                "The Spanish minister is expected to travel to Rabat on Friday.",
                "office:esp:minister",
                "visits",
                "country:MAR",
            ),
            (
                "Officials in Lima said Chile was also expected to sign a trade pact with Peru.",
                "country:CHL",
                "signs_agreement_with",
                "country:PER",
            ),
            (
                "Kenya and Uganda are widely expected to hold talks next month.",
                "country:KEN",
                "negotiates_with",
                "country:UGA",
            ),
            (
                "The Spanish minister is due to visit Morocco.",
                "office:esp:minister",
                "visits",
                "country:MAR",
            ),
            (
                "The Spanish minister is scheduled to visit Morocco.",
                "office:esp:minister",
                "visits",
                "country:MAR",
            ),
            (
                "Foreign Minister Levy of Israel announced that he would visit Bonn next week.",
                "",
                "visits",
                "country:DEU",
            ),
        ],
    );
    // look-alikes: what may be, or is likely, stays a guess
    each_has(
        Modality::Hedged,
        &[
            (
                "The Spanish minister is likely to visit Morocco.",
                "office:esp:minister",
                "visits",
                "country:MAR",
            ),
            (
                "Iran may visit Iraq.",
                "country:IRN",
                "visits",
                "country:IRQ",
            ),
        ],
    );
}
