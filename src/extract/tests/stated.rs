//! What the words that govern an act make of it, read from the tree: a threat made, a
//! complaint and what it is about, hearsay, an accord only named, meetings to come, offers,
//! what is only likely, what a speaker spoke after.
use super::bias::none_between;
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

#[test]
fn what_a_complaint_is_about_is_its_makers_claim() {
    // the clause of "complained", "protested" or "contended" is what its maker says, not a
    // fact the writer states
    for (text, s, rel, o, by) in [
        (
            "Ghana complained that Togolese soldiers had shelled a border village in Benin.",
            "gov:TGO:military",
            "bombs",
            "country:BEN",
            "country:GHA",
        ),
        (
            "Iceland complains that Norway has blockaded Danish trawlers.",
            "country:NOR",
            "blockades",
            "country:DNK",
            "country:ISL",
        ),
        (
            "Fiji contended that Vanuatu had sold rifles to Tonga.",
            "country:VUT",
            "supplies",
            "country:TON",
            "country:FJI",
        ),
    ] {
        said(text).reported_by(s, rel, o, by);
    }
    // the complaint is one reproach, not also an accusation; one who says it accuses
    let complained =
        said("Ghana complained that Togolese soldiers had shelled a border village in Benin.");
    complained.get("country:GHA", "criticizes", "gov:TGO:military");
    complained.lacks("country:GHA", "accuses", "");
    said("Ghana said that Togolese soldiers had shelled a border village in Benin.").get(
        "country:GHA",
        "accuses",
        "gov:TGO:military",
    );
}

#[test]
fn a_state_that_protests_complains() {
    // a state protests by complaining ("protested that", "protested to"), not by
    // demonstrating; people who protest against something demonstrate
    each_gives(&[
        (
            "Mongolia protested that China had expelled two Kazakh diplomats.",
            "country:MNG",
            "criticizes",
            "country:CHN",
        ),
        (
            "Japan protested to China over the detention of its fishermen.",
            "country:JPN",
            "criticizes",
            "country:CHN",
        ),
        (
            "Seoul protested that Tokyo's new textbooks whitewash the war.",
            "country:KOR",
            "criticizes",
            "country:JPN",
        ),
    ]);
    said("Peruvian farmers protested against Chilean fruit imports in Lima.").lacks(
        "",
        "criticizes",
        "",
    );
}

#[test]
fn what_it_is_reported_was_done_is_hearsay() {
    // "it was reported that", "it is alleged that": no one vouches for it, as "reportedly"
    each_has(
        Modality::Hedged,
        &[
            (
                "It was reported earlier that Norway sold rifles to Chile.",
                "country:NOR",
                "supplies",
                "country:CHL",
            ),
            (
                "It is alleged that Sudanese troops shelled a village in Chad.",
                "gov:SDN:military",
                "bombs",
                "country:TCD",
            ),
            (
                "It was widely rumoured that Laos had expelled the Thai envoy.",
                "country:LAO",
                "expels",
                "",
            ),
        ],
    );
    // what it is clear was done is stated
    said("It is clear that Norway sold rifles to Chile.").modality(
        "country:NOR",
        "supplies",
        "country:CHL",
        Modality::Asserted,
    );
}

#[test]
fn an_accord_only_named_is_no_signing() {
    // an accord that no one makes, keeps or acts on in the sentence is a standing one
    none_between(
        &[
            (
                "Under the fishing pact between Chile and Peru, boats may cross into the bay.",
                "country:CHL",
                "country:PER",
            ),
            (
                "The treaty between Bolivia and Peru allows free transit.",
                "country:BOL",
                "country:PER",
            ),
            (
                "Tanzania objected to the railway deal between Uganda and Rwanda.",
                "country:UGA",
                "country:RWA",
            ),
            (
                "Norway's treaty with Iceland on fishing zones is a model for the region.",
                "country:NOR",
                "country:ISL",
            ),
        ],
        &["signs_agreement_with"],
    );
    // one signed, or of a year or month, was made
    for text in [
        "Norway signed a treaty with Iceland on fishing zones.",
        "The 1975 treaty between Norway and Iceland on fishing zones is a model for the region.",
        "The talks follow an accord between Norway and Iceland in May on fishing zones.",
    ] {
        said(text).get("country:NOR", "signs_agreement_with", "country:ISL");
    }
}

#[test]
fn meetings_yet_to_be_held_are_to_come() {
    // talks that will be held, that a trip is for, or that come before or after a planned
    // act are to come
    each_has(
        Modality::Future,
        &[
            (
                "Negotiations between Ghana and Togo will resume in Lome on Monday.",
                "country:GHA",
                "negotiates_with",
                "country:TGO",
            ),
            (
                "The meeting between the Chilean and Peruvian presidents will take place in Arica.",
                "country:CHL",
                "meets",
                "country:PER",
            ),
            (
                "Kenya's president flew to Kampala for talks with Ugandan officials.",
                "",
                "meets",
                "gov:UGA:government",
            ),
            (
                "A Thai envoy has gone to Vientiane for negotiations with Laos.",
                "",
                "negotiates_with",
                "country:LAO",
            ),
            (
                "Ghana announced that its president would fly to Lome for talks with Togo.",
                "country:GHA",
                "meets",
                "country:TGO",
            ),
            (
                "Officials said Nepal's premier would go to Delhi for talks with India.",
                "",
                "meets",
                "country:IND",
            ),
            (
                "Kenya's president will meet Ugandan leaders before flying to Rwanda.",
                "",
                "visits",
                "country:RWA",
            ),
        ],
    );
    // an attack that any would be, and a clash one heads for that is only possible, are
    // supposed; talks held before a trip were held
    said("Any attack on Peru by Chile will be answered.").modality(
        "country:CHL",
        "attacks",
        "country:PER",
        Modality::Hedged,
    );
    said("Kenya's president met Ugandan leaders before flying to Rwanda.").modality(
        "",
        "visits",
        "country:RWA",
        Modality::Asserted,
    );
}

#[test]
fn what_is_offered_or_only_wanted_is_proposed() {
    // an offer to act is an intention to (CAMEO 033, offer of aid), no act planned
    for (text, s, o) in [
        (
            "Egypt offered to send troops to Sudan.",
            "country:EGY",
            "country:SDN",
        ),
        (
            "Turkey has offered to supply drones to Azerbaijan.",
            "country:TUR",
            "country:AZE",
        ),
    ] {
        said(text)
            .find_is(
                |t| t.subject.id == s && t.relation == "promises" && t.object.id == o,
                Modality::Future,
            )
            .none(|t| t.relation == "aids" || t.relation == "supplies");
    }
    // what is offered as a thing is meant, as what is promised: to come if the other accepts
    for (text, s, o) in [
        (
            "Norway offered its ships to escort Swedish tankers.",
            "NOR",
            "SWE",
        ),
        (
            "Ghana has offered its peacekeepers to guard Malian towns.",
            "GHA",
            "MLI",
        ),
        ("Kenya offered its mediators to help Sudan.", "KEN", "SDN"),
    ] {
        said(text).find_is(|t| states(t, s, o) && t.plover.is_some(), Modality::Future);
    }
    // what one agrees to do is to come
    said("Egypt agreed to send troops to Sudan.").modality(
        "country:EGY",
        "aids",
        "country:SDN",
        Modality::Future,
    );
}

#[test]
fn what_is_only_likely_is_hedged() {
    // the clause of "it is likely, possible, unlikely that" is not yet sure
    each_has(
        Modality::Hedged,
        &[
            (
                "It is likely that Ghana will sign a trade pact with Togo.",
                "country:GHA",
                "signs_agreement_with",
                "country:TGO",
            ),
            (
                "It is unlikely that Norway will send troops to Mali.",
                "country:NOR",
                "aids",
                "country:MLI",
            ),
            (
                "It is probable that Kenya will expel two Somali diplomats.",
                "country:KEN",
                "expels",
                "",
            ),
        ],
    );
    // what is certain is to come
    said("It is certain that Ghana will sign a trade pact with Togo.").modality(
        "country:GHA",
        "signs_agreement_with",
        "country:TGO",
        Modality::Future,
    );
}

#[test]
fn what_a_speaker_spoke_after_is_the_writers() {
    // the talks or the visit a speaker speaks after or during are told by the writer, not
    // by the speaker
    each_has(
        Modality::Asserted,
        &[
            (
                "Norway said after talks with Sweden that the fishing dispute was settled.",
                "country:NOR",
                "meets",
                "country:SWE",
            ),
            (
                "Egypt's foreign minister told reporters after meeting the Sudanese president that aid would continue.",
                "",
                "meets",
                "",
            ),
            (
                "The Thai envoy said during a visit to Laos that the bridge would open in May.",
                "",
                "visits",
                "country:LAO",
            ),
        ],
    );
    // what the speaker says was held is the speaker's
    said("Chile said it had held talks with Peru.").modality(
        "country:CHL",
        "meets",
        "country:PER",
        Modality::Reported,
    );
}

#[test]
fn an_it_that_is_ready_or_willing_to_strike_threatens() {
    // "it" before "was willing to": the parser's empty "it" is the one who would act, and
    // readiness to attack is a threat
    for (text, subject, object) in [
        (
            "Chile let it be known that it could be willing to raid Peru's ports.",
            "country:CHL",
            "country:PER",
        ),
        (
            "Japan said it was willing to strike North Korea if provoked.",
            "country:JPN",
            "country:PRK",
        ),
        (
            "Iraq warned that it was prepared to shell Kuwaiti towns.",
            "country:IRQ",
            "country:KWT",
        ),
        (
            "Turkey said it was determined to attack Syria.",
            "country:TUR",
            "country:SYR",
        ),
    ] {
        said(text)
            .has(subject, "threatens", object)
            .none(|t| matches!(t.relation.as_str(), "attacks" | "bombs"));
    }
    // look-alike: an "it" before an adjective that takes no doer is empty, and an attack
    // said to be likely, or important, is no threat
    each_none(
        &[
            "Ghana said it was likely that Togo would attack Benin.",
            "Ghana said it was important to attack Togo first.",
        ],
        |t| t.relation == "threatens",
    );
}

#[test]
fn one_unable_to_act_did_not_act() {
    each_has(
        Modality::Negated,
        &[
            (
                "Brazil said it was unable to attack Peru.",
                "country:BRA",
                "attacks",
                "country:PER",
            ),
            (
                "Ghana was unable to send aid to Togo after the floods.",
                "country:GHA",
                "aids",
                "country:TGO",
            ),
            (
                "Storms left Chile unable to meet Peru on Monday.",
                "country:CHL",
                "meets",
                "country:PER",
            ),
        ],
    );
    // look-alike: one able to act is not negated
    said("Bolivia was able to send aid to Chile.").none(|t| t.modality == Modality::Negated);
}
