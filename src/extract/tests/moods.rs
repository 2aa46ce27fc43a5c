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

#[test]
fn a_document_or_the_pronoun_for_it_is_a_speaker() {
    // its owner, when named, is the one who claims it
    said("The Damascus communique said Syrian gunners shelled Israeli positions.").reported_by(
        "country:SYR",
        "bombs",
        "country:ISR",
        "country:SYR",
    );
    said("A Kenyan government statement said Ugandan troops attacked Kenyan border posts.")
        .reported_by(
            "gov:UGA:military",
            "attacks",
            "country:KEN",
            "gov:KEN:government",
        );
    said("A statement from Ankara said Greek jets attacked Turkish boats.").reported_by(
        "gov:GRC:military",
        "bombs",
        "country:TUR",
        "country:TUR",
    );
    // else it is a claim of no one named
    each_triple(
        &[
            (
                "The communique said Chinese troops attacked Vietnamese villages.",
                "gov:CHN:pla",
                "attacks",
                "country:VNM",
            ),
            (
                "The statement condemned Russia. It said Russian troops had shelled Georgian villages.",
                "gov:RUS:armed-forces",
                "bombs",
                "country:GEO",
            ),
            (
                "Russian troops shelled Georgian villages, the statement said.",
                "gov:RUS:armed-forces",
                "bombs",
                "country:GEO",
            ),
        ],
        unclaimed_report,
    );
    // look-alikes: a document that says nothing of the act, a speaker named as before
    said("The statement came after Russian troops attacked Georgia.").modality(
        "gov:RUS:armed-forces",
        "attacks",
        "country:GEO",
        Modality::Asserted,
    );
    said("Iraq said Iranian jets bombed Iraqi oil terminals.").reported_by(
        "gov:IRN:military",
        "bombs",
        "country:IRQ",
        "country:IRQ",
    );
}

#[test]
fn an_act_put_as_a_condition_by_inversion_is_hedged() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Had Peru attacked Ecuador, Brazil would have intervened.",
                "country:PER",
                "attacks",
                "country:ECU",
            ),
            (
                "Were Chile to sign a treaty with Peru, Bolivia would object.",
                "country:CHL",
                "signs_agreement_with",
                "country:PER",
            ),
            (
                "Had China sent troops to Vietnam, Japan would have objected.",
                "country:CHN",
                "aids",
                "country:VNM",
            ),
            // (as the clause of "if" already was, counterfactual or open: neither is dropped)
            (
                "If Germany were to extradite him to Iran, it would lose face.",
                "country:DEU",
                "cooperates_with",
                "country:IRN",
            ),
            (
                "If Iran attacks Iraq, the United States will respond.",
                "country:IRN",
                "attacks",
                "country:IRQ",
            ),
        ],
    );
    // look-alike: "had" after its subject tells a fact, whatever "would" follows
    each_has(
        Modality::Asserted,
        &[(
            "Peru had attacked Ecuador, and Brazil would protest.",
            "country:PER",
            "attacks",
            "country:ECU",
        )],
    );
}

#[test]
fn what_one_expects_to_do_oneself_is_planned() {
    each_has(
        Modality::Future,
        &[
            (
                "Chile expects to sign a trade deal with Peru.",
                "country:CHL",
                "signs_agreement_with",
                "country:PER",
            ),
            (
                "Kenya's president expects to travel to Uganda in March.",
                "office:ken:president",
                "visits",
                "country:UGA",
            ),
            (
                "Norway expects to hold talks with Sweden on fishing.",
                "country:NOR",
                "meets",
                "country:SWE",
            ),
        ],
    );
    // look-alike: what one expects another to do is only hoped for
    said("Chile expects Peru to sign a trade deal with Bolivia.")
        .none(|t| t.relation == "signs_agreement_with" && t.modality == Modality::Future);
}

#[test]
fn what_in_the_event_of_names_is_a_condition() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Iran said it would close the strait in the event of an American strike on Iran.",
                "country:USA",
                "attacks",
                "country:IRN",
            ),
            (
                "In case of a Russian attack on Estonia, NATO would respond.",
                "country:RUS",
                "attacks",
                "country:EST",
            ),
            (
                "Kenya will recall its envoy in the event of a Somali raid on Kenya.",
                "country:SOM",
                "attacks",
                "country:KEN",
            ),
        ],
    );
    // look-alike: an event that is an occasion, not a condition, frames an act told
    each_has(
        Modality::Asserted,
        &[(
            "At the event in Lima, Chile praised Peru.",
            "country:CHL",
            "praises",
            "country:PER",
        )],
    );
}

#[test]
fn an_intention_to_meet_or_sign_is_its_holders_alone() {
    // one who is ready, prepared or offers to meet promises; the other side promised nothing
    one_way(
        &[
            (
                "Ghana's president said he was ready to meet the Togolese leader.",
                "GHA",
                "TGO",
            ),
            (
                "Ecuador is prepared to hold talks with Colombia.",
                "ECU",
                "COL",
            ),
            ("Laos offered to meet Thailand in Vientiane.", "LAO", "THA"),
            (
                "Denmark is willing to sign a fisheries treaty with Iceland.",
                "DNK",
                "ISL",
            ),
        ],
        |t| t.relation == "promises",
    );
    // look-alikes: those who hold it together each hold it towards the other, and a meeting
    // that took place has both sides
    both_ways(&[
        (
            "Chile and Peru are ready to sign a treaty.",
            "country:CHL",
            "promises",
            "country:PER",
        ),
        (
            "Ghana met Togo in Accra.",
            "country:GHA",
            "meets",
            "country:TGO",
        ),
    ]);
}

#[test]
fn a_visit_weighed_or_planned_is_not_made() {
    // weighed: hedged; planned: future
    for (text, modality) in [
        (
            "A visit to Japan by the Chinese premier was under consideration.",
            Modality::Hedged,
        ),
        (
            "A visit to Ghana by the Kenyan president is being considered.",
            Modality::Hedged,
        ),
        (
            "A visit to Peru by the Chilean president is planned for May.",
            Modality::Future,
        ),
    ] {
        said(text).events_are(modality);
    }
    // look-alike: a visit that took place
    said("A visit to Ghana by the Kenyan president took place in May.")
        .events_are(Modality::Asserted);
}

#[test]
fn an_event_one_plans_is_that_event_still_to_come() {
    // a visit, a summit or talks as the object of a verb of planning: the event itself,
    // future, not a promise made now
    for (text, relation, subject, object) in [
        (
            "The Kenyan president plans a trip to Ghana in the spring.",
            "visits",
            "KEN",
            "GHA",
        ),
        (
            "Chile is planning a summit with Bolivia on water rights.",
            "meets",
            "BOL",
            "CHL",
        ),
        (
            "Oslo has scheduled talks with Helsinki for the first week of June.",
            "meets",
            "FIN",
            "NOR",
        ),
    ] {
        let s = said(text);
        s.any(|t| t.relation == relation && states(t, subject, object));
        s.none(|t| t.relation == "promises");
        s.events_are(Modality::Future);
    }
    // look-alike: a visit paid is made, whatever was planned before it
    let s = said("Ghana's president paid a visit to Kenya that he had planned for a year.");
    s.any(|t| t.relation == "visits" && states(t, "GHA", "KEN"));
    s.events_are(Modality::Asserted);
}

#[test]
fn a_pledge_to_cooperate_is_the_pledgers_alone() {
    // the other side pledged nothing
    one_way(
        &[
            ("Kenya pledged to cooperate with Uganda.", "KEN", "UGA"),
            (
                "Ghana vowed to cooperate with Togo on the border.",
                "GHA",
                "TGO",
            ),
            ("Kenya pledged to meet Uganda.", "KEN", "UGA"),
        ],
        |_| true,
    );
    // look-alike: those who pledge it together each pledge it towards the other
    both_ways(&[(
        "Kenya and Uganda pledged to cooperate.",
        "country:KEN",
        "cooperates_with",
        "country:UGA",
    )]);
}

/// Asserts, for each (sentence, holder, other) (ISO codes), that the sentence read alone
/// gives a triple as `kind` says from `holder` to `other`, and none such back.
fn one_way(cases: &[(&str, &str, &str)], kind: impl Fn(&Triple) -> bool) {
    for (text, holder, other) in cases {
        let s = said(text);
        s.any(|t| kind(t) && states(t, holder, other));
        s.none(|t| kind(t) && states(t, other, holder));
    }
}

/// Asserts, for each (sentence, a, relation, b), that the sentence read alone gives both
/// `a relation b` and `b relation a`.
fn both_ways(cases: &[(&str, &str, &str, &str)]) {
    for (text, a, relation, b) in cases {
        let s = said(text);
        s.get(a, relation, b);
        s.get(b, relation, a);
    }
}

/// Asserts that `t`, read from `text`, is reported with no one named as claiming it.
fn unclaimed_report(text: &str, _: &Said, t: &Triple) {
    assert_eq!(t.modality, Modality::Reported, "{text}: {t:#?}");
    assert!(t.claimed_by.is_none(), "{text}: {t:#?}");
}

#[test]
fn what_one_risks_is_only_possible() {
    // "risked offending China": the offence may come of it, or not
    for (text, subject, relation, object) in [
        (
            "Peru risks provoking Chile by sending warships.",
            "country:PER",
            "protests_against",
            "country:CHL",
        ),
        (
            "Seoul risked offending Tokyo by raising the issue.",
            "country:JPN",
            "criticizes",
            "country:KOR",
        ),
        (
            "Ukraine risked offending China by allowing the visit.",
            "country:CHN",
            "criticizes",
            "country:UKR",
        ),
    ] {
        said(text).modality(subject, relation, object, Modality::Hedged);
    }
    // look-alike: an offence given is given
    said("Kenya offended Somalia by hosting the rebels.").modality(
        "country:SOM",
        "criticizes",
        "country:KEN",
        Modality::Asserted,
    );
}

#[test]
fn what_is_denied_as_one_thing_or_another_is_negated() {
    each_has(
        Modality::Negated,
        &[
            (
                "We categorically deny that Britain is selling and/or sending any weapons to Iran.",
                "country:GBR",
                "supplies",
                "country:IRN",
            ),
            (
                "We deny that Britain is selling or planning to sell weapons to Iran.",
                "country:GBR",
                "supplies",
                "country:IRN",
            ),
            (
                "Kenya denied that it was selling or planning to sell arms to Somalia.",
                "country:KEN",
                "supplies",
                "country:SOM",
            ),
        ],
    );
    // look-alike: a denial itself denied leaves the act told
    each_has(
        Modality::Asserted,
        &[(
            "Chile did not deny that it had attacked Peru.",
            "country:CHL",
            "attacks",
            "country:PER",
        )],
    );
}

#[test]
fn what_one_gave_notice_one_would_do_is_planned() {
    each_has(
        Modality::Future,
        &[
            (
                "Kenya gave notice that it would expel Ugandan diplomats.",
                "country:KEN",
                "expels",
                "gov:UGA:government",
            ),
            (
                "Peru sent word that it would sign the accord with Chile.",
                "country:PER",
                "signs_agreement_with",
                "country:CHL",
            ),
            (
                "Chile gave assurances that it would withdraw its troops from Bolivia.",
                "country:CHL",
                "withdraws_from",
                "country:BOL",
            ),
        ],
    );
    // look-alike: a present notice leaves "would" a condition
    each_has(
        Modality::Hedged,
        &[(
            "Chile gives assurances that it would withdraw its troops from Bolivia.",
            "country:CHL",
            "withdraws_from",
            "country:BOL",
        )],
    );
}

#[test]
fn a_negation_in_a_relative_clause_on_the_subject_is_not_the_acts() {
    each_has(
        Modality::Asserted,
        &[
            (
                "Chile, whose navy did not attack, urged Peru to negotiate.",
                "country:CHL",
                "appeals_to",
                "country:PER",
            ),
            (
                "Bolivia, which never joined the pact, asked Chile to reopen talks.",
                "country:BOL",
                "asks",
                "country:CHL",
            ),
            (
                "Norway, whose ships did not sail, urged Sweden to negotiate.",
                "country:NOR",
                "appeals_to",
                "country:SWE",
            ),
        ],
    );
    // look-alike: a negation of the act's own verb negates it
    each_has(
        Modality::Negated,
        &[(
            "Norway did not urge Sweden to negotiate.",
            "country:NOR",
            "appeals_to",
            "country:SWE",
        )],
    );
}

#[test]
fn a_supposed_object_of_the_first_verb_does_not_hedge_the_next() {
    each_has(
        Modality::Asserted,
        &[
            (
                "Chile denounced any blockade of Bolivia, and then withdrew its ambassador from Peru.",
                "country:CHL",
                "reduces_relations_with",
                "country:PER",
            ),
            (
                "Kenya condemned any raid on Somalia, and then recalled its envoy from Uganda.",
                "country:KEN",
                "reduces_relations_with",
                "country:UGA",
            ),
            (
                "Ghana rejected any sanctions, and on Friday it imposed a ban on Togo.",
                "country:GHA",
                "sanctions",
                "country:TGO",
            ),
        ],
    );
    // look-alike: the verb's own object noun, supposed, is hedged
    each_has(
        Modality::Hedged,
        &[(
            "Peru weighed a possible meeting with Chile.",
            "country:PER",
            "meets",
            "country:CHL",
        )],
    );
}

#[test]
fn a_conjunct_with_its_own_subject_keeps_its_own_modality() {
    // the first conjunct's "may", "might" or "could" is not the second one's when that
    // one has its own subject or is set against it
    each_has(
        Modality::Asserted,
        &[
            (
                "Peru may have doubts about the deal, but it signed an agreement with Chile on Tuesday.",
                "country:PER",
                "signs_agreement_with",
                "country:CHL",
            ),
            (
                "Chad might object to the plan, yet it sent troops to Mali last week.",
                "country:TCD",
                "aids",
                "country:MLI",
            ),
            (
                "Officials could not say how long the talks would last, and Japan met South Korea on Friday.",
                "country:JPN",
                "meets",
                "country:KOR",
            ),
        ],
    );
    // look-alike: a conjunct that shares its subject shares the first one's modal
    said("Iran may hold elections soon and attack Iraq.").modality(
        "country:IRN",
        "attacks",
        "country:IRQ",
        Modality::Hedged,
    );
}
