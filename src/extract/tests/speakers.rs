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

#[test]
fn what_the_speaker_spoke_after_or_at_the_end_of_is_asserted() {
    // a phrase between the verb of saying and its "that" is the verb's, and so is the noun
    // a phrase of it names: the talks and visits are told by the writer
    each_has(
        Modality::Asserted,
        &[
            (
                "Kenya said after talks with Uganda that the border would reopen.",
                "country:KEN",
                "meets",
                "country:UGA",
            ),
            (
                "The Gabonese premier said at the close of a visit to Cameroon that ties were strong.",
                "office:gab:prime_minister",
                "visits",
                "country:CMR",
            ),
            (
                "The Ghanaian president said on the last day of his visit to Togo that trade would grow.",
                "office:gha:president",
                "visits",
                "country:TGO",
            ),
        ],
    );
    // look-alike: a meeting said to have been held is the speaker's word
    said("Kenya said it had held talks with Uganda.").reported_by(
        "country:KEN",
        "meets",
        "country:UGA",
        "country:KEN",
    );
}

#[test]
fn the_other_side_of_a_mutual_event_a_speaker_tells_of_says_nothing() {
    // "Kenya said it met Uganda": Kenya's word for both directions, not Uganda's
    for (text, speaker, other) in [
        (
            "Kenya said it had held talks with Uganda.",
            "country:KEN",
            "country:UGA",
        ),
        (
            "Norway said it had met Sweden in Oslo.",
            "country:NOR",
            "country:SWE",
        ),
        (
            "Peru said it had received assurances from Chile that the port would stay open.",
            "country:PER",
            "country:CHL",
        ),
    ] {
        let s = said(text);
        s.none(|t| t.subject.id == other && t.claimed_by.as_ref().is_some_and(|c| c.id == other));
        s.any(|t| t.subject.id == other && t.claimed_by.as_ref().is_some_and(|c| c.id == speaker));
    }
    // look-alike: two speakers, each says it of itself
    let s = said("Britain and France said they had met Germany.");
    s.reported_by("country:GBR", "meets", "country:DEU", "country:GBR");
    s.reported_by("country:FRA", "meets", "country:DEU", "country:FRA");
}

#[test]
fn what_a_speaker_admits_the_other_side_did_accuses_no_one() {
    // "said ..., but admitted X had attacked": an admission, in the clause of "admit"
    each_none(
        &[
            "Iraq said it had repelled an attack, but admitted Iranian troops had occupied some ground.",
            "Kenya said its troops had crossed the border, but admitted Ugandan forces had attacked first.",
            "Peru said the talks went well, but acknowledged Chilean jets had bombed a village.",
        ],
        |t| t.relation == "accuses",
    );
    // look-alike: what is only said is an accusation
    said("Kenya said Ugandan forces had attacked its border posts.")
        .any(|t| t.relation == "accuses" && t.subject.id == "country:KEN");
}

#[test]
fn what_a_relative_clause_says_is_no_claim_of_the_main_act() {
    // "X's speech, in which he said ..., was praised by Y": Y's praise is the writer's
    each_triple(
        &[
            (
                "A speech by the Iranian president, in which he said Iraq must withdraw, was praised by Syria.",
                "country:SYR",
                "praises",
                "",
            ),
            (
                "A statement by the Greek premier, in which he said the islands were Greek, was condemned by Turkey.",
                "country:TUR",
                "criticizes",
                "",
            ),
            (
                "An interview with the Syrian president, in which he said peace was near, was criticized by Israel.",
                "country:ISR",
                "criticizes",
                "",
            ),
        ],
        |text, _, t| {
            assert_eq!(
                (t.modality, t.claimed_by.as_ref()),
                (Modality::Asserted, None),
                "{text}: {t:#?}"
            );
        },
    );
    // look-alike: the act the relative clause itself tells is its speaker's claim
    said("Greece issued a statement, in which it said Turkey had attacked a Greek patrol boat.")
        .reported_by("country:TUR", "attacks", "country:GRC", "country:GRC");
}

#[test]
fn the_one_a_relative_clause_of_saying_is_set_on_is_the_speaker() {
    for (text, subject, relation, object, speaker) in [
        (
            "Egypt praised the Sudanese envoy, who said Ethiopia had attacked Sudan.",
            "country:ETH",
            "attacks",
            "country:SDN",
            "SDN",
        ),
        (
            "Talks were led by the Kenyan minister, who said Somalia had closed the border with Kenya.",
            "country:SOM",
            "blockades",
            "country:KEN",
            "KEN",
        ),
        (
            "Reporters met officials of the Iraqi foreign ministry, which said Iran had shelled Basra.",
            "country:IRN",
            "bombs",
            "country:IRQ",
            "IRQ",
        ),
    ] {
        let said = said(text);
        let t = said.get(subject, relation, object);
        assert_eq!(t.modality, Modality::Reported, "{text}: {t:#?}");
        let by = t.claimed_by.as_ref().and_then(|c| c.country.as_deref());
        assert_eq!(by, Some(speaker), "{text}: {t:#?}");
    }
    // look-alike: a relative clause of saying after the act says nothing of it
    said("Ethiopia attacked Sudan on Monday, angering the Egyptian envoy, who said nothing.")
        .modality("country:ETH", "attacks", "country:SDN", Modality::Asserted);
}

#[test]
fn he_who_speaks_after_an_aside_is_the_one_the_aside_is_about() {
    // "A, who met B, said he would ...": he is A, not B named last
    each_gives(&[
        (
            "Reagan, who will hold talks with Nakasone, said he would lift the tariffs on Japan.",
            "person:ronald-reagan",
            "eases_sanctions_on",
            "country:JPN",
        ),
        (
            "Putin, who met Erdogan on Monday, said he would visit Ankara in May.",
            "person:vladimir-putin",
            "visits",
            "country:TUR",
        ),
        (
            "Macron, after a call with Scholz, said he would send troops to Romania.",
            "person:emmanuel-macron",
            "aids",
            "country:ROU",
        ),
    ]);
    // look-alike: the one who speaks inside the aside speaks of himself
    said("Putin met Erdogan, who said he would visit Moscow.").has(
        "person:recep-tayyip-erdogan",
        "visits",
        "country:RUS",
    );
}

#[test]
fn a_report_in_a_clause_of_time_is_a_report_of_what_it_holds_alone() {
    // "after officials said": "after" opens a clause, and what its speaker says is the
    // speaker's claim; put first, the clause ends at its comma
    said("Chile closed its border after Bolivian officials said Peru had attacked Bolivia.")
        .reported_by(
            "country:PER",
            "attacks",
            "country:BOL",
            "gov:BOL:government",
        );
    said("Kenya recalled its envoy after Somali officials said Ethiopia had shelled Somalia.")
        .find_is(
            |t| t.subject.id == "country:ETH" && t.object.id == "country:SOM",
            Modality::Reported,
        );
    said("After Bolivian officials said Peru had attacked Bolivia, Chile closed its border.")
        .reported_by(
            "country:PER",
            "attacks",
            "country:BOL",
            "gov:BOL:government",
        )
        .lacks("gov:BOL:government", "accuses", "country:CHL");
    // look-alike: "after" before a phrase with no verb of saying tells no report
    said("After talks with Bolivian officials, Peru attacked Chile.").modality(
        "country:PER",
        "attacks",
        "country:CHL",
        Modality::Asserted,
    );
}
