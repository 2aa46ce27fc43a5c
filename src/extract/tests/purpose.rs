//! Sentences on what an act is done for ("sent bombers to strike"), on what one is invited or
//! asked to do ("an invitation to Li to visit"), and on titles written with a full stop
//! ("Sen. Mary Cole"), which the parser must read as one word; on where one acts, who backs
//! a body, and whom coordinated subjects act with.
use super::*;

#[test]
fn what_an_act_is_done_for_is_meant_not_done() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Pakistan massed troops near the border to attack India.",
                "country:PAK",
                "attacks",
                "country:IND",
            ),
            (
                "Moscow sent bombers to strike Ukrainian cities.",
                "country:RUS",
                "attacks",
                "country:UKR",
            ),
            (
                "Israeli jets carried out strikes to kill Hamas leaders in Gaza.",
                "gov:ISR:military",
                "kills",
                "group:hamas",
            ),
        ],
    );
}

#[test]
fn what_an_accord_is_for_is_agreed_and_to_come() {
    // the parser hangs the accord's infinitive on the verb that made it: agreed, as "agreed
    // to", not a purpose only meant
    each_has(
        Modality::Future,
        &[
            (
                "Poland signed a contract last month to buy 250 tanks from the United States.",
                "country:USA",
                "supplies",
                "country:POL",
            ),
            (
                "Kenya struck a deal last week to import wheat from Ukraine.",
                "country:KEN",
                "trades_with",
                "country:UKR",
            ),
            (
                "Morocco signed a contract last year to buy drones from Turkey.",
                "country:TUR",
                "supplies",
                "country:MAR",
            ),
        ],
    );
    // look-alike: an envoy sent to buy is sent for it, no accord made
    said("Morocco sent an envoy last year to buy drones from Turkey.").modality(
        "country:TUR",
        "supplies",
        "country:MAR",
        Modality::Hedged,
    );
}

#[test]
fn a_nouns_for_phrase_before_an_infinitive_is_who_would_act() {
    // "a proposal for X to V": X would act, and only proposed to
    each_has(
        Modality::Hedged,
        &[
            (
                "Two Japanese ministries are at odds over a proposal for Japanese banks to lend money to Cuba.",
                "other:JPN:business",
                "aids",
                "country:CUB",
            ),
            (
                "Kenya renewed its calls for Uganda to withdraw its troops from Somalia.",
                "country:UGA",
                "withdraws_from",
                "country:SOM",
            ),
        ],
    );
    said("Kenya renewed its calls for Uganda to withdraw its troops from Somalia.")
        .none(|t| t.subject.id == "country:KEN" && t.relation == "withdraws_from");
    // (and the one who welcomes the call welcomes no act of the one called on)
    said("Spain welcomed the call for Morocco to free the Spanish fishermen.")
        .modality(
            "country:MAR",
            "releases",
            "other:ESP:civilians",
            Modality::Hedged,
        )
        .none(|t| t.subject.id == "country:ESP" && t.object.id == "country:MAR");
    // look-alike: a verb's "for" phrase is no subject of what follows
    said("Egypt paid for Jordan's pipeline to carry gas to Syria.")
        .none(|t| t.subject.id == "country:JOR" && t.modality == Modality::Hedged);
}

#[test]
fn what_a_journey_is_for_or_what_one_is_made_to_do_stays_a_fact() {
    // no object: the trip's purpose is as sure as the trip
    let s = said("Chad's president flew to Niamey to meet Niger's president.");
    let t = s.find(|t| t.relation == "meets" && t.subject.country.as_deref() == Some("TCD"));
    assert_eq!(t.modality, Modality::Asserted);
    // the object acts in the infinitive: made to, not meant to
    said("Egypt forced Israel to withdraw from Sinai.").modality(
        "country:ISR",
        "withdraws_from",
        "country:EGY",
        Modality::Asserted,
    );
}

#[test]
fn the_one_invited_or_appealed_to_is_who_would_act() {
    for (text, subject, object) in [
        (
            "Germany sent an invitation to Li Keqiang to visit Berlin.",
            "person:li-keqiang",
            "country:DEU",
        ),
        (
            "Bolivia renewed the invitation to the Chilean president to visit La Paz.",
            "office:chl:president",
            "country:BOL",
        ),
    ] {
        dated(text, "2020-01-01")
            .modality(subject, "visits", object, Modality::Hedged)
            .none(|t| t.relation == "visits" && t.subject.id == object);
    }
    // an invitation turned down is not taken up
    said("Chile declined Peru's invitation to attend the summit in Lima.").none(|t| {
        t.relation == "visits" && t.subject.id == "country:CHL" && t.modality != Modality::Negated
    });
}

#[test]
fn a_title_with_its_full_stop_is_one_word_of_the_name() {
    // the name after "Sen." is not taken for the sentence's subject
    for (text, subject, relation, object, stray) in [
        (
            "After reading a report by a panel led by Sen. Mary Cole, Erdogan telephoned Putin.",
            "person:recep-tayyip-erdogan",
            "phones",
            "person:vladimir-putin",
            "Cole",
        ),
        (
            "After a speech by Capt. Tom Reed, Biden telephoned Zelensky.",
            "person:joe-biden",
            "phones",
            "person:volodymyr-zelensky",
            "Reed",
        ),
        (
            "Greeted at the airport by Mr. Jon Dahl, Modi met Norwegian officials.",
            "person:narendra-modi",
            "meets",
            "gov:NOR:government",
            "Dahl",
        ),
    ] {
        dated(text, "2023-06-01")
            .has(subject, relation, object)
            .none(|t| {
                t.plover.is_some()
                    && (t.subject.name.contains(stray) || t.object.name.contains(stray))
            });
    }
    // the titled name still acts when it is the subject
    dated("Sen. Mary Cole telephoned Putin.", "2023-06-01")
        .any(|t| t.relation == "phones" && t.subject.name.contains("Cole"));
}

#[test]
fn a_place_in_the_actors_own_state_is_where_it_acted_not_whom_on() {
    each_none(
        &[
            "Iraqi troops were fighting in northern Iraq.",
            "Nigerian soldiers battled in the Nigerian town of Maiduguri.",
            "Somali troops battled in Mogadishu.",
        ],
        within_one_state,
    );
    // a place in another state is still acted on
    said("Turkish troops were fighting in northern Iraq.").any(|t| {
        t.plover.is_some()
            && t.subject.country.as_deref() == Some("TUR")
            && t.object.id == "country:IRQ"
    });
}

#[test]
fn an_act_one_urges_or_calls_for_is_not_done_and_its_target_is_not_asked() {
    each_triple(
        &[
            (
                "Germany urged sanctions on Russia.",
                "country:DEU",
                "sanctions",
                "country:RUS",
            ),
            (
                "Italy called for an embargo on Libya.",
                "country:ITA",
                "sanctions",
                "country:LBY",
            ),
            (
                "Brazil pressed for talks with Argentina.",
                "country:BRA",
                "meets",
                "country:ARG",
            ),
        ],
        |text, s, t| {
            assert_ne!(t.modality, Modality::Asserted, "{text}");
            s.none(|u| {
                matches!(u.relation.as_str(), "appeals_to" | "asks" | "demands")
                    && u.object.id == t.object.id
            });
        },
    );
    // restraint asked of Israel is asked of Israel; an apology demanded from Peru, of Peru
    said("Norway urged restraint on Israel.").get("country:NOR", "appeals_to", "country:ISR");
    said("Chile demanded an apology from Peru.").get("country:CHL", "demands", "country:PER");
}

#[test]
fn what_is_unlikely_is_not_said_to_happen() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Iran is unlikely to attack Israel.",
                "country:IRN",
                "attacks",
                "country:ISR",
            ),
            (
                "Experts think Spain is unlikely to recognize Kosovo.",
                "country:ESP",
                "recognizes",
                "country:XKX",
            ),
            (
                "Chile is unlikely to expel the Peruvian ambassador.",
                "country:CHL",
                "expels",
                "",
            ),
        ],
    );
    // what happened is a fact
    said("Chile expelled the Peruvian ambassador.")
        .any(|t| t.relation == "expels" && t.modality == Modality::Asserted);
}

#[test]
fn the_first_verbs_object_before_and_is_not_the_second_verbs_subject() {
    for (text, subject, object) in [
        (
            "Blinken met Turkish Foreign Minister Hakan Fidan in Ankara and will fly to Athens on Friday.",
            "person:antony-blinken",
            "country:GRC",
        ),
        (
            "Modi met Japanese Prime Minister Fumio Kishida in Tokyo and will travel to Seoul on Sunday.",
            "person:narendra-modi",
            "country:KOR",
        ),
        (
            "Lula met Argentine President Javier Milei in Brasilia and would visit Chile next week.",
            "person:luiz-inacio-lula-da-silva",
            "country:CHL",
        ),
    ] {
        let s = dated(text, "2024-03-01");
        s.get(subject, "visits", object);
        let visits = s.ts.iter().filter(|t| t.relation == "visits").count();
        assert_eq!(visits, 1, "{text}: {:#?}", s.ts);
    }
    // a second clause with a subject of its own keeps it
    dated(
        "Macron met Olaf Scholz in Paris and Scholz later visited Poland.",
        "2024-03-01",
    )
    .get("person:olaf-scholz", "visits", "country:POL");
}

#[test]
fn what_a_purpose_would_make_another_do_is_not_done() {
    said("Russia staged the crisis to force Greece to negotiate with Turkey.").modality(
        "country:GRC",
        "negotiates_with",
        "country:TUR",
        Modality::Hedged,
    );
}

#[test]
fn a_state_that_backed_trained_or_armed_a_body_is_not_its_owner() {
    for (text, subject, wrong, right) in [
        (
            "Israel pressured the Syrian-backed government in Beirut.",
            "country:ISR",
            "SYR",
            "LBN",
        ),
        (
            "Kenya condemned the Russian-trained fighters in Mali.",
            "country:KEN",
            "RUS",
            "MLI",
        ),
        (
            "Turkey shelled the American-armed Kurdish fighters in Syria.",
            "country:TUR",
            "USA",
            "SYR",
        ),
    ] {
        let on = |t: &Triple, state: &str| {
            t.subject.id == subject && t.object.country.as_deref() == Some(state)
        };
        said(text).any(|t| on(t, right)).none(|t| on(t, wrong));
    }
    // a state's own government is still its own
    said("Israel pressured the Syrian government in Damascus.").get(
        "country:ISR",
        "coerces",
        "gov:SYR:government",
    );
}

#[test]
fn co_subjects_with_a_named_partner_are_that_partners_not_each_others() {
    for (text, subjects, partner) in [
        (
            "Egypt, Jordan and Iraq signed a trade pact with Turkey.",
            ["country:EGY", "country:JOR", "country:IRQ"],
            "country:TUR",
        ),
        (
            "Spain, Italy and Greece held talks with the Moroccan king.",
            ["country:ESP", "country:ITA", "country:GRC"],
            "person:mohammed-vi",
        ),
        (
            "Kenya, Uganda and Tanzania signed an accord with the European Union.",
            ["country:KEN", "country:UGA", "country:TZA"],
            "org:eu",
        ),
    ] {
        let s = dated(text, "2024-03-01");
        for subject in subjects {
            s.any(|t| t.subject.id == subject && t.object.id == partner)
                .none(|t| {
                    t.plover.is_some()
                        && t.subject.id == subject
                        && subjects.contains(&t.object.id.as_str())
                });
        }
    }
    // without a partner named, the co-subjects are each other's
    said("Chile and Peru signed a treaty.").get(
        "country:CHL",
        "signs_agreement_with",
        "country:PER",
    );
}

#[test]
fn a_rival_or_ally_of_a_state_is_not_that_state() {
    for (text, subject, right, wrong) in [
        (
            "Baghdad cooperated with the PUK's rival, the Kurdistan Democratic Party.",
            "country:IRQ",
            "KDP",
            "PUK",
        ),
        (
            "Kenya condemned Somalia's old enemy Ethiopia.",
            "country:KEN",
            "ETH",
            "SOM",
        ),
        (
            "Qatar met Iran's ally, the Syrian government.",
            "country:QAT",
            "SYR",
            "IRN",
        ),
    ] {
        let named = |t: &Triple, x: &str| {
            t.subject.id == subject
                && t.plover.is_some()
                && (t.object.country.as_deref() == Some(x)
                    || t.object.name.contains(x)
                    || t.object.id.ends_with(&x.to_lowercase()))
        };
        said(text)
            .any(|t| named(t, right))
            .none(|t| named(t, wrong));
    }
    // a state's own army is still the state's
    said("Kenya condemned Somalia's army.")
        .any(|t| t.subject.id == "country:KEN" && t.object.country.as_deref() == Some("SOM"));
}

#[test]
fn an_event_one_acts_ahead_of_or_of_next_week_is_still_to_come() {
    for (text, subject, relation, object) in [
        (
            "Peru's president spoke ahead of his visit to Chile.",
            "PER",
            "visits",
            "CHL",
        ),
        (
            "The Kenyan minister spoke to reporters ahead of talks with Uganda.",
            "KEN",
            "meets",
            "UGA",
        ),
        (
            "Norway's foreign minister prepared for next week's visit to Sweden.",
            "NOR",
            "visits",
            "SWE",
        ),
    ] {
        dated(text, "2020-01-01").find_is(
            |t| t.relation == relation && states(t, subject, object),
            Modality::Future,
        );
    }
    // ahead of a dated event of the past: told as it was
    dated(
        "Troops massed ahead of the 2003 invasion of Iraq by America.",
        "2020-01-01",
    )
    .modality("country:USA", "invades", "country:IRQ", Modality::Asserted);
}

#[test]
fn to_try_to_persuade_is_to_appeal() {
    // the attempt at an appeal is the appeal made (each was hedged or to come before)
    for (text, subject, object) in [
        (
            "Egypt tried to persuade Israel to withdraw.",
            "country:EGY",
            "country:ISR",
        ),
        (
            "Paris backed EU efforts to persuade Iran to free the sailors.",
            "org:eu",
            "country:IRN",
        ),
    ] {
        said(text).modality(subject, "appeals_to", object, Modality::Asserted);
    }
    said("Turkey tried to press Sweden to extradite the men.").modality(
        "country:TUR",
        "demands",
        "country:SWE",
        Modality::Asserted,
    );
    // an attempt at another act is not the act, and a try to come is to come
    said("Egypt attempted to seize the Israeli ship.").find_is(
        |t| t.subject.id == "country:EGY" && t.relation == "seizes",
        Modality::Hedged,
    );
    said("Kenya will try to persuade Uganda to join.").modality(
        "country:KEN",
        "appeals_to",
        "country:UGA",
        Modality::Future,
    );
}

#[test]
fn one_ready_or_offering_to_act_means_to() {
    // the intention is the event (CAMEO 03; a threat when the act is force), as with "wants
    // to"; each was the act itself before, to come or hedged
    each_gives(&[
        (
            "Japan offered to help Peru.",
            "country:JPN",
            "promises",
            "country:PER",
        ),
        (
            "Canada is ready to protect Haiti.",
            "country:CAN",
            "promises",
            "country:HTI",
        ),
        (
            "Iran is ready to attack Israel.",
            "country:IRN",
            "threatens",
            "country:ISR",
        ),
    ]);
    // one ready to meet intends a meeting (036)
    said("Chad is willing to meet Sudan.")
        .any(|t| t.relation == "promises" && t.cameo.as_deref() == Some("036"));
    // what one means to receive stays the giver's act, not the giver's intention
    said("Egypt is ready to buy fighter jets from France.")
        .has("country:FRA", "supplies", "country:EGY")
        .none(|t| t.relation == "promises");
    // what one is ready for is no intention of one's own
    said("Canada is ready for talks with Haiti.").none(|t| t.relation == "promises");
}

#[test]
fn a_readiness_to_act_is_an_intention() {
    // a noun of readiness governs an intention as "ready to" does: the infinitive's
    // subject is the noun's owner, or the subject of the verb that takes the noun
    for (text, subject, object, code) in [
        (
            "Iran expressed willingness to meet Iraqi officials.",
            "country:IRN",
            "IRQ",
            "036",
        ),
        (
            "Chile expressed its readiness to send troops to Haiti.",
            "country:CHL",
            "HTI",
            "033",
        ),
        (
            "Peru signalled its willingness to talk with Chile.",
            "country:PER",
            "CHL",
            "036",
        ),
        (
            "Japan's readiness to lift sanctions on Iran surprised Washington.",
            "country:JPN",
            "IRN",
            "035",
        ),
    ] {
        said(text).find(|t| {
            t.relation == "promises"
                && t.subject.id == subject
                && t.object.country.as_deref() == Some(object)
                && t.cameo.as_deref() == Some(code)
        });
    }
    // look-alike: one who also acts does the act
    said("Kenya expressed its willingness and sent troops to Somalia.").get(
        "country:KEN",
        "aids",
        "country:SOM",
    );
}

#[test]
fn what_a_warning_asks_another_not_to_do_is_no_event() {
    // the one warned is who would act, not the owner of the warning; and what it is told
    // not to do is no event, not even a negated one
    each_none(
        &[
            "The Foreign Office repeated its warning to Britons not to travel to Yemen.",
            "Britain repeated its warning to Kenya not to send troops to Somalia.",
            "Egypt sent a warning to Sudan not to attack Libya.",
        ],
        |t| matches!(t.relation.as_str(), "visits" | "aids" | "attacks"),
    );
    // the warning itself stands, and an invitation's act stays hedged
    said("China issued a warning to Japan not to send ships to Taiwan.").get(
        "country:CHN",
        "threatens",
        "country:JPN",
    );
    said("Chile renewed its invitation to Peru to join the talks with Bolivia.").modality(
        "country:PER",
        "negotiates_with",
        "country:BOL",
        Modality::Hedged,
    );
}

#[test]
fn whom_an_act_asked_for_is_done_to_is_not_asked() {
    // "demanded the arrest of X": X is to be arrested, not asked to do anything
    each_none(
        &[
            "Israel demanded the arrest of Hamas militants.",
            "Egypt demanded the punishment of Libyan smugglers.",
            "Turkey demanded the arrest of PKK militants.",
        ],
        |t| t.relation == "demands",
    );
    // look-alike: those whose withdrawal is asked for are asked to withdraw
    said("Syria demanded the withdrawal of Israeli troops.")
        .any(|t| t.relation == "demands" && t.object.country.as_deref() == Some("ISR"));
}

#[test]
fn who_condemns_an_attack_condemns_the_attackers_not_the_attacked() {
    // the "on" or "of" phrase of a condemned attack or killing names the victims
    each_none(
        &[
            "Uganda condemned the attack on Kenya.",
            "The attack on Kenya was condemned by Uganda.",
            "Uganda condemned the killing of Kenyan soldiers.",
        ],
        |t| t.subject.id == "country:UGA" && t.object.country.as_deref() == Some("KEN"),
    );
    // look-alike: the attackers its adjective, owner or "by" names are condemned
    for text in [
        "Uganda condemned the Somali attack on Kenya.",
        "Uganda denounced Somalia's raid on Kenya.",
    ] {
        said(text).any(|t| {
            t.subject.id == "country:UGA"
                && t.object.id == "country:SOM"
                && matches!(t.relation.as_str(), "accuses" | "criticizes")
        });
    }
}
