//! What the words that govern an act make of it, read from the tree: a threat made.
use super::*;

#[test]
fn a_threat_is_made_when_its_verb_says_so() {
    // what is threatened lies ahead, but the threat itself is made ("has threatened to
    // halt imports"), also where the parser hangs the infinitive as a clause of purpose
    // ("threatened on Monday to block")
    each_has(
        Modality::Asserted,
        &[
            (
                "Canada has threatened to halt imports of Danish pork.",
                "country:CAN",
                "threatens",
                "country:DNK",
            ),
            (
                "Egypt threatens to suspend water talks with Ethiopia.",
                "country:EGY",
                "threatens",
                "country:ETH",
            ),
            (
                "Greece threatened on Monday to block Turkey's bid.",
                "country:GRC",
                "threatens",
                "country:TUR",
            ),
        ],
    );
    // a threat yet to be made, or one planned, is to come; one denied is denied
    each_has(
        Modality::Future,
        &[
            (
                "Kenya said it would threaten to expel Somali diplomats.",
                "country:KEN",
                "threatens",
                "gov:SOM:government",
            ),
            (
                "Chad will threaten to close its border with Libya.",
                "country:TCD",
                "threatens",
                "country:LBY",
            ),
        ],
    );
    said("Chad did not threaten to close its border with Libya.").modality(
        "country:TCD",
        "threatens",
        "country:LBY",
        Modality::Negated,
    );
}
