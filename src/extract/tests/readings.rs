//! What an act is read as, given the words around it: the second half of a request, a
//! condition, hearsay, a report denied, a proposal blocked, the future of a past report, a
//! reprisal; and who takes part: troops who arrest, the state goods come from, a guest, the
//! city an accord is named for, the one who refuses.
use super::bias::{none_between, some_between};
use super::*;

#[test]
fn what_one_is_asked_to_stop_is_the_askeds_and_going_on() {
    // the second half of a request ("and stop sending", "and to stop arming") is the asked
    // one's, and what is to stop is going on: asserted, no event of the one who asks
    each_has(
        Modality::Asserted,
        &[
            (
                "Poland has asked Germany to close the border crossings and stop sending tanks to Ukraine.",
                "country:DEU",
                "supplies",
                "country:UKR",
            ),
            (
                "Norway urged Sweden to free the fishermen and to stop arming Finland.",
                "country:SWE",
                "supplies",
                "country:FIN",
            ),
            (
                "Brazil asked Argentina to stop selling rifles to Paraguay.",
                "country:ARG",
                "supplies",
                "country:PRY",
            ),
        ],
    );
    said(
        "Poland has asked Germany to close the border crossings and stop sending tanks to Ukraine.",
    )
    .lacks("country:POL", "supplies", "");
    said("Norway urged Sweden to free the fishermen and to stop arming Finland.").lacks(
        "country:NOR",
        "supplies",
        "",
    );
    // who stops doing it, does it no more: the aid is cut
    said("Germany stopped sending tanks to Ukraine.").modality(
        "country:DEU",
        "cuts_aid_to",
        "country:UKR",
        Modality::Asserted,
    );
}

#[test]
fn troops_who_arrest_people_occupy_nothing() {
    // an army's arrests and captures of people detain them; ground is taken only where
    // what is taken is ground
    each_gives(&[
        (
            "Chadian troops arrested two Libyan pilots.",
            "gov:TCD:military",
            "arrests",
            "gov:LBY:military",
        ),
        (
            "The Chadian army captured a Libyan general.",
            "gov:TCD:military",
            "arrests",
            "country:LBY",
        ),
    ]);
    said("Turkish soldiers seized two Greek smugglers.").none(|t| t.relation == "occupies");
    said("Chadian troops captured the Libyan town of Fada.")
        .any(|t| t.relation == "occupies" && t.object.id == "country:LBY");
}

#[test]
fn tariffs_on_goods_from_a_state_sanction_it() {
    // the duties fall on the state the goods come from, through the participle that says so
    // (which the parser hangs on the verb, or reads as a clause with the goods as subject)
    each_gives(&[
        (
            "Washington last month raised its duties on solar panels imported from Vietnam.",
            "country:USA",
            "sanctions",
            "country:VNM",
        ),
        (
            "India slapped heavy duties on cars imported from Japan.",
            "country:IND",
            "sanctions",
            "country:JPN",
        ),
        (
            "The European Union put new tariffs on bicycles imported from Cambodia.",
            "org:eu",
            "sanctions",
            "country:KHM",
        ),
        (
            "Ottawa imposed a levy on aluminium imported from Russia.",
            "country:CAN",
            "sanctions",
            "country:RUS",
        ),
    ]);
    // goods bought that came from a state are trade, not a sanction
    said("Mexico bought steel imported from Brazil.")
        .none(|t| t.relation == "sanctions")
        .any(|t| t.object.id == "country:BRA");
}

#[test]
fn a_visiting_lawmaker_is_not_visited_by_the_host() {
    // "met visiting U.S. Congressman X": the participle is the guest's, even where the parser
    // split the title and the name into two objects
    each_none(&[
        "Ethiopian army chief Birhanu Jula briefed visiting U.S. Congressman Adam Smith on the ceasefire.",
        "Kenyan President William Ruto met visiting U.S. Congressman Gregory Meeks on Friday.",
        "Polish President Andrzej Duda met visiting U.S. Congresswoman Marcy Kaptur on Monday.",
    ], |t| t.relation == "visits");
    // who is visiting someone does visit them
    said("Iraqi officials were visiting U.S. Congressman Adam Smith in Washington.")
        .any(|t| t.relation == "visits" && t.object.id == "person:adam-smith");
}

#[test]
fn a_challenge_to_act_is_a_demand() {
    // what one is challenged or dared to do is asked of one: a demand, no act of one's own
    said("The European Union challenged Serbia to arrest the suspects.")
        .any(|t| t.relation == "demands" && t.object.id == "country:SRB")
        .none(|t| t.relation == "arrests" || t.relation == "criticizes");
}

#[test]
fn what_is_promised_on_a_condition_is_hedged() {
    // "if", "unless", and "only ... once": the act may not come (the annotation guide's
    // "if" is hedged), whether the clause says "will" or not
    each_events_are(
        Modality::Hedged,
        &[
            "Modi will visit Beijing if China withdraws its troops.",
            "Serbia will join the talks with Kosovo unless the EU drops its demand.",
            "Kenya will only send troops to Somalia once the African Union pays for them.",
        ],
    );
    // a time is no condition
    said("Modi will visit Beijing when China's president returns from Moscow.").find_is(
        |t| t.relation == "visits" && t.object.id == "country:CHN",
        Modality::Future,
    );
    // a threat is made, its condition is what it threatens
    said("Britain threatened to expel Russian diplomats if Moscow did not apologise.")
        .any(|t| t.relation == "threatens")
        .none(|t| t.modality == Modality::Hedged);
}

#[test]
fn the_city_an_accord_is_named_for_is_no_party() {
    // "the Moscow Agreement", "the Brasilia Accord": the capital names the document
    none_between(
        &[
            (
                "Armenia accused Azerbaijan of breaching the Moscow Agreement.",
                "RUS",
                "AZE",
            ),
            (
                "Peru and Ecuador signed the Brasilia Accord in 1998.",
                "BRA",
                "PER",
            ),
            (
                "Sudan and South Sudan signed the Addis Ababa Agreement in 2012.",
                "ETH",
                "SDN",
            ),
        ],
        &[],
    );
    some_between(
        "Sudan and South Sudan signed the Addis Ababa Agreement in 2012.",
        "SDN",
        "SSD",
        &["signs_agreement_with"],
    );
    // a capital that is a party stays one
    some_between(
        "Ukraine signed a gas agreement with Moscow.",
        "UKR",
        "RUS",
        &["signs_agreement_with"],
    );
}

#[test]
fn what_someone_is_said_to_have_done_is_hearsay() {
    // the passive of saying or reporting passes on what others say: hedged, as "reportedly"
    each_events_are(
        Modality::Hedged,
        &[
            "Iran is said to have sent drones to Russia.",
            "Iran was reported to have shipped missiles to Yemen.",
            "A Kenyan officer was alleged to have helped Somali rebels.",
        ],
    );
    // what is known is no hearsay, and what one says of oneself is reported
    said("Iran was known to have sent drones to Russia.").events_are(Modality::Asserted);
    said("Iran said it had sent drones to Russia.").events_are(Modality::Reported);
}

#[test]
fn force_used_in_reprisal_falls_on_whoever_it_answers() {
    // "in retaliation for", "in reprisal for": whoever did the act answered is hit
    each_gives(&[
        (
            "Israeli jets bombed a warehouse in reprisal for a Hezbollah rocket attack.",
            "gov:ISR:military",
            "bombs",
            "group:hezbollah",
        ),
        (
            "Indian troops destroyed two bunkers in retaliation for Pakistan's shelling of border villages.",
            "gov:IND:armed-forces",
            "attacks",
            "country:PAK",
        ),
        (
            "Russian jets bombed a fuel depot in retaliation for a Ukrainian attack on Belgorod.",
            "gov:RUS:military",
            "bombs",
            "country:UKR",
        ),
    ]);
    // no one did what a flood is; an answer that is no force hits no one
    said("India destroyed two bunkers in Kashmir in retaliation for the floods.").no_events();
    said("Kenya sent aid to the town in response to Somalia's appeal.")
        .none(|t| t.object.id == "country:SOM");
}

#[test]
fn a_report_denied_where_it_ran_is_still_denied() {
    // "denied a report in a newspaper that ...": the clause the parser hangs on the paper
    // is the report's, and what it says did not happen
    for text in [
        "Lima rejected an allegation in a Chilean paper that Peru had expelled two Bolivian envoys.",
        "Pretoria denied a story in a British weekly that South Africa had deported two Malawian diplomats.",
        "Brasilia denied a report in an Argentine daily that Brazil had invited Maduro to the summit.",
    ] {
        said(text).find_is(
            |t| matches!(t.relation.as_str(), "expels" | "promises"),
            Modality::Negated,
        );
    }
    // a report confirmed is not denied
    said("Lima confirmed an allegation in a Chilean paper that Peru had expelled two Bolivian envoys.")
        .none(|t| t.modality == Modality::Negated);
}

#[test]
fn would_after_a_past_report_is_the_future_then() {
    // "announced that X would visit": the future seen from the report, not a condition
    for text in [
        "The palace announced that King Charles would visit Kenya in October.",
        "The foreign ministry announced that the Kenyan president would visit Addis Ababa next month.",
        "The newspaper reported that the Brazilian president would travel to Beijing in April.",
    ] {
        said(text).find_is(|t| t.relation == "visits", Modality::Future);
    }
    // "would" hedged by an adverb, or on a condition, stays hedged
    said("Chile said it would probably send aid to Peru.").events_are(Modality::Hedged);
    said("Chile said it would send aid to Peru if the border reopened.")
        .events_are(Modality::Hedged);
}

#[test]
fn what_a_blocked_proposal_would_do_is_not_the_blockers_act() {
    // "veto a plan in Brussels to send arms": what the plan would do is the plan's, whose
    // author is not who blocks it; nor is it done
    said("Mali welcomed calls for Niger to withdraw its soldiers from Chad.").modality(
        "country:NER",
        "withdraws_from",
        "",
        Modality::Hedged,
    );
    none_between(
        &[
            (
                "Hungary threatened to veto a plan in Brussels to send arms to Ukraine.",
                "HUN",
                "UKR",
            ),
            (
                "Greece vowed to stop an initiative in NATO to admit North Macedonia.",
                "GRC",
                "MKD",
            ),
            (
                "Egypt tried to defeat a resolution in the league to expel Syria.",
                "EGY",
                "SYR",
            ),
            (
                "The United States said it would veto a motion in the assembly to expel Israel.",
                "USA",
                "ISR",
            ),
        ],
        &[],
    );
    // one's own act with a purpose is still one's own
    some_between(
        "Britain backed the move and imposed sanctions against Zimbabwe to punish the regime.",
        "GBR",
        "ZWE",
        &["sanctions"],
    );
}

#[test]
fn a_refusal_of_a_mutual_act_is_the_refusers_alone() {
    // "Kenya refused to meet Uganda": the meeting is refused both ways, but only Kenya
    // rejects
    for (text, refuser, other) in [
        (
            "Kenya refused to meet Uganda.",
            "country:KEN",
            "country:UGA",
        ),
        (
            "Chile declined to sign the fishing accord with Peru.",
            "country:CHL",
            "country:PER",
        ),
        (
            "Norway refused to resume talks with Russia.",
            "country:NOR",
            "country:RUS",
        ),
    ] {
        said(text).get(refuser, "rejects", other);
        said(text).lacks(other, "rejects", refuser);
    }
    // two who both refuse reject no one of each other by that
    said("Kenya and Uganda refused to sign the treaty.").none(|t| t.relation == "rejects");
}

#[test]
fn a_phrase_of_place_or_manner_is_no_particle() {
    // "gave X a message in meetings": the "in" of a phrase is not the particle of "give in"
    each_none(
        &[
            "U.S. officials gave Kenya's minister the same message in meetings in Washington.",
            "Chile gave Peru its reply in talks in Lima.",
            "Egypt gave Sudan its answer in writing.",
        ],
        |t| t.relation == "concedes_to",
    );
    // a particle still is one, and "arrived in" a capital still visits it
    said("The United States was unwilling to give in to Soviet demands.")
        .any(|t| t.relation == "concedes_to");
    said("Shultz arrived in Moscow for talks.").any(|t| t.relation == "visits");
}

#[test]
fn who_fights_alongside_another_does_not_fight_it() {
    // "fought alongside X": X is on the same side
    each_none(
        &[
            "Chechen volunteers fought alongside Syrian rebels in Aleppo.",
            "Iranian advisers are fighting alongside Iraqi troops.",
            "Cuban troops fought alongside Angolan government forces.",
        ],
        |t| {
            t.plover
                .as_ref()
                .is_some_and(|p| p.kind == PloverType::Assault)
        },
    );
    // look-alike: the foe is the object, the ally beside it
    said("Turkish troops fought Syrian rebels alongside Russian forces.")
        .has("gov:TUR:armed-forces", "attacks", "group:SYR:rebels")
        .none(|t| t.object.country.as_deref() == Some("RUS"));
}

#[test]
fn one_who_fights_with_an_armed_group_fights_on_its_side() {
    // "a Canadian woman who had been fighting with Al-Shabaab": one of its fighters
    each_none(
        &[
            "A Canadian woman who had been fighting with Al-Shabaab was detained.",
            "A British man who fought with Islamic State was jailed.",
            "The Australian man was fighting with the Taliban when he was captured.",
            "An Australian man was fighting with the Taliban in Kunduz.",
        ],
        |t| {
            t.plover
                .as_ref()
                .is_some_and(|p| p.kind == PloverType::Assault)
        },
    );
    // look-alikes: many villagers, or troops, who fight with militants fight them
    said("Kenyan villagers fought with al-Shabaab militants near the border.")
        .any(|t| t.relation == "fights");
    said("Israeli troops fought with Hezbollah guerrillas near the border.").any(|t| {
        t.plover
            .as_ref()
            .is_some_and(|p| p.kind == PloverType::Assault)
    });
}

#[test]
fn what_is_determined_by_another_is_decided_not_promised() {
    each_none(
        &[
            "Kenya's role will be determined by Uganda.",
            "Canada's share of the fund is to be determined by Mexico.",
            "Polish participation will be determined by Germany.",
        ],
        |t| t.relation == "promises",
    );
    // look-alike: one determined to act means to, and to attack is a threat (as one ready
    // or willing to)
    said("Iran is determined to attack Israel.").modality(
        "country:IRN",
        "threatens",
        "country:ISR",
        Modality::Future,
    );
}

#[test]
fn a_warning_of_what_the_warner_would_do_is_a_threat_made() {
    for (text, from, to) in [
        (
            "Chile warned that it would retaliate against Peru.",
            "country:CHL",
            "country:PER",
        ),
        (
            "Russia threatened that it would cut gas supplies to Ukraine.",
            "country:RUS",
            "country:UKR",
        ),
        (
            "Chile warned on Monday that it would expel Peruvian diplomats.",
            "country:CHL",
            "gov:PER:government",
        ),
    ] {
        said(text).modality(from, "threatens", to, Modality::Asserted);
    }
    // look-alike: what one warns another will do is no threat of the warner's
    said("Kenya warned that Uganda would attack Somalia.")
        .lacks("country:KEN", "threatens", "")
        .lacks("country:UGA", "threatens", "");
}

#[test]
fn one_who_will_not_be_able_to_act_refuses_nothing() {
    // (whether the sentence tells a refusal: the last, a look-alike, does)
    for (text, refusal) in [
        ("Chad will not be able to send troops to Niger.", false),
        (
            "If Egypt cut off the canal, Israel would not be able to supply Jordan.",
            false,
        ),
        (
            "Gabon would not be able to meet Cameroon before May.",
            false,
        ),
        ("Israel would not supply Jordan.", true),
    ] {
        let s = said(text);
        let rejects = s.ts.iter().any(|t| t.relation == "rejects");
        assert_eq!(rejects, refusal, "{text}: {:#?}", s.ts);
    }
}

#[test]
fn what_could_not_be_done_on_a_condition_is_supposed_not_denied() {
    each_has(
        Modality::Hedged,
        &[
            (
                "If the pass were closed, Georgia could not supply Armenia with weapons.",
                "country:GEO",
                "supplies",
                "country:ARM",
            ),
            (
                "If Egypt cut off the canal, Israel would not be able to supply Jordan.",
                "country:ISR",
                "supplies",
                "country:JOR",
            ),
            (
                "Peru could not attack Chile if Bolivia closed its airspace.",
                "country:PER",
                "attacks",
                "country:CHL",
            ),
        ],
    );
    // look-alike: what one will not do unless another acts is a refusal on a condition
    said("Kenya will not meet Uganda unless the troops withdraw.")
        .modality("country:KEN", "meets", "country:UGA", Modality::Negated)
        .has("country:KEN", "rejects", "country:UGA");
}

#[test]
fn what_charges_or_rumours_say_wherever_they_hang_is_only_said() {
    // a clause of "that" on a noun of what is said, even one that hangs on no verb
    // ("despite charges that"), tells that noun's content: hearsay, not a fact
    each_events_are(
        Modality::Hedged,
        &[
            "Ghana stayed neutral despite Nigerian charges that Ghana was arming Togo.",
            "Talks went on despite accusations that Syria was shelling Jordan.",
            "Despite rumours that Chile was backing Bolivia, Peru signed the accord.",
        ],
    );
    // look-alike: a clause after a day is the verb's, and what a state says of another is
    // its charge
    said("Kenya said on Friday that Uganda had deported two traders.").modality(
        "country:KEN",
        "accuses",
        "country:UGA",
        Modality::Asserted,
    );
}

#[test]
fn what_a_denied_claim_holds_is_denied_whoever_made_the_claim() {
    // the claim's maker, named on it, does not make its content a claim that stands
    each_has(
        Modality::Negated,
        &[
            (
                "Peru denied Chilean claims that it had armed Bolivia.",
                "country:PER",
                "supplies",
                "country:BOL",
            ),
            (
                "Chad denies Libyan claims that it attacked Niger.",
                "country:TCD",
                "attacks",
                "country:NER",
            ),
            (
                "Laos denied Thai claims that it was shelling Cambodia.",
                "country:LAO",
                "bombs",
                "country:KHM",
            ),
        ],
    );
    // look-alike: a claim not denied stays its maker's claim
    said("Peru did not deny Chilean claims that it had armed Bolivia.")
        .none(|t| t.modality == Modality::Negated);
}
