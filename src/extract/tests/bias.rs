//! Cooperation that is not there: names a clause or a topic holds are no party to an event
//! near them, a pronoun does not stand for one of two names coordinated before it, the trade
//! a sanction stops is no trade, a market's demand is no state's demand, and "the visiting
//! president" does not say whom the host visits.
use super::*;

/// The first event triple between the two countries (by the entities' country codes), in
/// either direction, with one of the relations (any relation when `relations` is empty).
fn event_between<'t>(ts: &'t [Triple], a: &str, b: &str, relations: &[&str]) -> Option<&'t Triple> {
    let code = |e: &crate::model::EntityRef| e.country.clone().unwrap_or_default();
    ts.iter().find(|t| {
        t.plover.is_some()
            && (relations.is_empty() || relations.contains(&t.relation.as_str()))
            && ((code(&t.subject) == a && code(&t.object) == b)
                || (code(&t.subject) == b && code(&t.object) == a))
    })
}

/// Asserts that no sentence of `cases` gives an event of `relations` between its two
/// countries.
fn none_between(cases: &[(&str, &str, &str)], relations: &[&str]) {
    for &(text, a, b) in cases {
        let ts = triples(text, None);
        let wrong = event_between(&ts, a, b, relations);
        assert!(wrong.is_none(), "{text}: {wrong:#?}");
    }
}

/// Asserts that the sentence gives an event of `relations` between the two countries.
fn some_between(text: &str, a: &str, b: &str, relations: &[&str]) {
    let ts = triples(text, None);
    assert!(
        event_between(&ts, a, b, relations).is_some(),
        "{text}: {ts:#?}"
    );
}

#[test]
fn names_inside_a_clause_on_the_actor_hold_no_meeting() {
    none_between(
        &[
            (
                "The panel which watches over the accord between Peru and Ecuador met in Quito on Tuesday.",
                "PER",
                "ECU",
            ),
            (
                "A panel that studies the border dispute between Peru and Ecuador met in Lima on Tuesday.",
                "PER",
                "ECU",
            ),
            (
                "The body that watches the accord between Ethiopia and Eritrea met in Addis Ababa.",
                "ETH",
                "ERI",
            ),
        ],
        &["meets"],
    );
    // the one who leads the actor does take part
    some_between(
        "A Ugandan delegation led by Yoweri Museveni visited Nairobi on Monday.",
        "UGA",
        "KEN",
        &["visits"],
    );
    some_between(
        "A team headed by Nelson Mandela visited Zambia last week.",
        "ZAF",
        "ZMB",
        &["visits"],
    );
}

#[test]
fn its_is_not_one_of_two_names_coordinated_before_it() {
    let cases = [
        (
            "Hanoi agreed to raise the disputes of Thailand and Burma in its dialogue with Tokyo.",
            "VNM",
            "MMR",
            "JPN",
        ),
        (
            "Lima put the debts of Bolivia and Paraguay on the agenda of its meeting with Brasilia.",
            "PER",
            "PRY",
            "BRA",
        ),
        (
            "Paris will bring up the debts of Mali and Niger in its meeting with Algeria.",
            "FRA",
            "NER",
            "DZA",
        ),
    ];
    for (text, actor, not_actor, partner) in cases {
        none_between(&[(text, not_actor, partner)], &[]);
        some_between(text, actor, partner, &["meets"]);
    }
    // a pronoun inside the coordination is its first name's: "the US and its allies"
    some_between(
        "Britain and its allies met Russian officials in Vienna.",
        "GBR",
        "RUS",
        &["meets"],
    );
}

#[test]
fn trade_a_sanction_stops_is_no_trade() {
    none_between(
        &[
            (
                "Canberra banned uranium shipments to Islamabad.",
                "AUS",
                "PAK",
            ),
            ("Washington cut off grain sales to Moscow.", "USA", "RUS"),
        ],
        &["trades_with", "supplies"],
    );
    // trade resumed after a ban is trade
    some_between(
        "Canberra resumed wheat shipments to Jakarta after the ban ended.",
        "AUS",
        "IDN",
        &["supplies", "trades_with"],
    );
}

#[test]
fn a_markets_demand_is_no_states_demand() {
    none_between(
        &[
            (
                "Warsaw hopes stronger domestic demand will expand purchases of Czech cars.",
                "POL",
                "CZE",
            ),
            (
                "Berlin aims to lift domestic demand and expand purchases of Greek goods.",
                "DEU",
                "GRC",
            ),
            (
                "Ottawa hopes rising consumer demand will increase imports of Mexican fruit.",
                "CAN",
                "MEX",
            ),
        ],
        &["demands"],
    );
    // one state's demand of another is still read
    some_between(
        "Beijing rejected Japan's demand for an apology.",
        "CHN",
        "JPN",
        &["rejects"],
    );
}

#[test]
fn the_host_of_a_visiting_leader_visits_no_one() {
    for (text, host, guest) in [
        (
            "Li Peng had dinner on Friday with visiting Kenyan President Daniel arap Moi.",
            "CHN",
            "KEN",
        ),
        (
            "Fidel Castro met visiting Venezuelan President Hugo Chavez in Havana.",
            "CUB",
            "VEN",
        ),
        (
            "The Saudi king welcomed visiting Egyptian officials to Riyadh.",
            "SAU",
            "EGY",
        ),
    ] {
        let ts = triples(text, None);
        let code = |e: &crate::model::EntityRef| e.country.clone().unwrap_or_default();
        let wrong = ts.iter().find(|t| {
            t.relation == "visits" && code(&t.subject) == host && code(&t.object) == guest
        });
        assert!(wrong.is_none(), "{text}: {wrong:#?}");
    }
    // a leader who is visiting visits
    some_between(
        "The Kenyan president is visiting China this week.",
        "KEN",
        "CHN",
        &["visits"],
    );
}

/// The entity ids of the event triples' subjects and objects, in an article of 2020 (whose
/// offices have holders).
fn parties(text: &str) -> Vec<String> {
    triples(text, Some("2020-01-01"))
        .into_iter()
        .filter(|t| t.plover.is_some())
        .flat_map(|t| [t.subject.id, t.object.id])
        .collect()
}

#[test]
fn leaders_of_rebels_or_of_the_opposition_are_not_the_states() {
    for (text, group, not) in [
        (
            "Iraqi rebel leaders met Turkish officials in Ankara.",
            "group:IRQ:rebels",
            "gov:IRQ:government",
        ),
        (
            "Sudanese rebel commanders met Chadian officials.",
            "group:SDN:rebels",
            "gov:SDN:military",
        ),
        (
            "A Syrian opposition leader met Turkish officials in Ankara.",
            "office:opposition:leader",
            "person:bashar-al-assad",
        ),
        (
            "A Belarusian opposition leader met Lithuanian officials in Vilnius.",
            "office:opposition:leader",
            "person:alexander-lukashenko",
        ),
    ] {
        let ps = parties(text);
        assert!(
            ps.iter().any(|p| p == group) && !ps.iter().any(|p| p == not),
            "{text}: {ps:?}"
        );
    }
    // the state's own leaders are its government
    let ps = parties("Iraqi leaders met Turkish officials in Ankara.");
    assert!(ps.iter().any(|p| p == "gov:IRQ:government"), "{ps:?}");
    let ps = parties("The Syrian leader met Turkish officials in Ankara.");
    assert!(ps.iter().any(|p| p == "person:bashar-al-assad"), "{ps:?}");
}

#[test]
fn a_states_minority_is_not_the_state() {
    for (text, minority) in [
        (
            "Sweden vowed to shield Turkey's Kurds from Ankara's army.",
            "TUR",
        ),
        ("India offered help to Sri Lanka's Tamils.", "LKA"),
        ("Bangladesh sheltered Myanmar's Rohingya.", "MMR"),
    ] {
        let ps = parties(text);
        let group = format!("group:{minority}:minority");
        let state = format!("country:{minority}");
        assert!(
            ps.contains(&group) && !ps.contains(&state),
            "{text}: {ps:?}"
        );
    }
    // the state's troops are its military
    let ps = parties("Sweden vowed to shield Iraq's troops.");
    assert!(ps.iter().any(|p| p == "gov:IRQ:military"), "{ps:?}");
}

#[test]
fn who_welcomes_a_deal_aimed_at_an_act_does_not_do_it() {
    none_between(
        &[
            (
                "Poland applauded an accord aimed at resuming the troop pullout from the Moldovan capital.",
                "POL",
                "MDA",
            ),
            (
                "Austria welcomed an accord aimed at resuming the troop pullout from the Bosnian capital.",
                "AUT",
                "BIH",
            ),
        ],
        &["withdraws_from"],
    );
    // who agrees to resume it does
    some_between(
        "Germany agreed to resume its troop withdrawal from Kosovo.",
        "DEU",
        "XKX",
        &["withdraws_from"],
    );
}

#[test]
fn an_accord_kept_broken_or_watched_is_no_signing() {
    none_between(
        &[
            (
                "The raid violated the agreement between Ethiopia and Eritrea.",
                "ETH",
                "ERI",
            ),
            (
                "Rebels broke the truce between Sudan and Chad.",
                "SDN",
                "TCD",
            ),
            (
                "Observers said both sides respected the accord between Armenia and Azerbaijan.",
                "ARM",
                "AZE",
            ),
            (
                "Monitors will oversee the agreement between Niger and Mali.",
                "NER",
                "MLI",
            ),
        ],
        &["signs_agreement_with", "withdraws_from"],
    );
    // an accord signed is one
    some_between(
        "Sudan and Chad signed an agreement in Doha.",
        "SDN",
        "TCD",
        &["signs_agreement_with"],
    );
}

#[test]
fn who_attends_a_bodys_meeting_does_not_meet_the_body() {
    for text in [
        "Chirac gave a speech at a summit of NATO leaders in Madrid.",
        "Mitterrand flew to Brussels for a summit of the European Community.",
    ] {
        let ts = triples(text, Some("1990-01-01"));
        let wrong = ts.iter().find(|t| t.relation == "meets");
        assert!(wrong.is_none(), "{text}: {wrong:#?}");
    }
    // a meeting with the body is one
    let text = "Kohl sought a meeting with the European Community in Brussels.";
    let ts = triples(text, Some("1990-01-01"));
    assert!(
        ts.iter()
            .any(|t| t.relation == "meets" && t.object.name.contains("European")),
        "{text}: {ts:#?}"
    );
}

#[test]
fn troops_that_arrive_pay_no_visit() {
    none_between(
        &[
            (
                "Canadian soldiers arrived in Haiti on Tuesday.",
                "CAN",
                "HTI",
            ),
            (
                "Turkish soldiers arrived in northern Iraq on Monday.",
                "TUR",
                "IRQ",
            ),
            (
                "Russian warplanes arrived in Syria last week.",
                "RUS",
                "SYR",
            ),
        ],
        &["visits"],
    );
    // a leader who arrives visits
    some_between(
        "The Canadian prime minister arrived in Haiti on Tuesday.",
        "CAN",
        "HTI",
        &["visits"],
    );
}

#[test]
fn what_one_warns_or_tells_another_not_to_do_is_no_event_of_theirs() {
    none_between(
        &[
            (
                "The minister warned Canadians not to travel to Haiti.",
                "CAN",
                "HTI",
            ),
            (
                "Washington cautioned Seoul not to sell the reactors to Iran.",
                "KOR",
                "IRN",
            ),
            (
                "Tokyo told Manila not to buy the Russian jets.",
                "PHL",
                "RUS",
            ),
        ],
        &[],
    );
    // a warning of what another will do keeps the act it foresees
    some_between(
        "Ottawa warned that Beijing would retaliate against Canada.",
        "CHN",
        "CAN",
        &["attacks"],
    );
}

#[test]
fn what_one_is_expected_to_do_is_news_not_a_request() {
    some_between(
        "Kenya's president is expected to visit Ethiopia on Monday.",
        "KEN",
        "ETH",
        &["visits"],
    );
    some_between(
        "The Chinese premier is expected to meet Putin next week.",
        "CHN",
        "RUS",
        &["meets"],
    );
    some_between(
        "Brazil's foreign minister was expected to sign the accord with Argentina on Friday.",
        "BRA",
        "ARG",
        &["signs_agreement_with"],
    );
    // what one is pressed to do is still asked of it
    none_between(
        &[(
            "Peru was pressed to release the Chilean fishermen.",
            "PER",
            "CHL",
        )],
        &[],
    );
}

#[test]
fn a_state_acting_on_its_own_body_is_no_event_between_states() {
    for text in [
        "The White House said it still opposes a budget summit with Congress.",
        "Washington criticised the Pentagon over the cost overruns.",
        "Moscow rebuked the Russian navy for the collision.",
    ] {
        said(text).none(|t| {
            t.plover.is_some()
                && t.subject.country.is_some()
                && t.subject.country == t.object.country
        });
    }
    // another state's body is acted on
    some_between(
        "France criticised the German army.",
        "FRA",
        "DEU",
        &["criticizes"],
    );
}

#[test]
fn a_place_is_no_side_of_what_is_said_or_felt() {
    for text in [
        "Mr Putin criticised Kharkiv in his address.",
        "Mr Lukashenko berated Lviv on state television.",
        "Mr Biden slammed Kandahar as a lawless place.",
    ] {
        said(text).none(|t| t.plover.is_some() && t.object.kind == crate::model::Kind::Location);
    }
    // a place attacked stands for its state
    some_between(
        "Russian jets blasted Aleppo on Monday.",
        "RUS",
        "SYR",
        &["bombs"],
    );
}

#[test]
fn whom_one_complains_to_is_not_whom_one_complains_of() {
    for (text, a, b) in [
        (
            "Lebanon complained to the United Nations about Israeli overflights.",
            "LBN",
            "ISR",
        ),
        (
            "Kenya has complained to the African Union that Somali militias were raiding its border towns.",
            "KEN",
            "SOM",
        ),
        ("Chile protested to the OAS over Peru's new map.", "CHL", "PER"),
    ] {
        some_between(text, a, b, &["criticizes", "protests_against"]);
        said(text).none(|t| {
            t.plover.is_some()
                && t.object.kind == crate::model::Kind::Organization
                && matches!(t.relation.as_str(), "criticizes" | "protests_against")
        });
    }
    // with no one complained of, the one complained to is
    some_between(
        "Vietnam complained to China.",
        "VNM",
        "CHN",
        &["criticizes"],
    );
}

#[test]
fn its_on_a_verbs_object_is_the_subjects() {
    // "offered its engineers": the one who offers owns them, not the state named before
    none_between(
        &[
            (
                "Brazil blocked Paraguay's bid and offered its engineers to Bolivia.",
                "BRA",
                "PRY",
            ),
            (
                "Norway opposes Russia's plan but has offered its icebreakers to Finland.",
                "NOR",
                "RUS",
            ),
        ],
        &["promises"],
    );
    none_between(
        &[(
            "Kenya accused Somalia of lying and withdrew its envoy.",
            "KEN",
            "SOM",
        )],
        &["concedes_to"],
    );
    some_between(
        "Brazil blocked Paraguay's bid and offered its engineers to Bolivia.",
        "BRA",
        "BOL",
        &["promises"],
    );
    // the possessor of what a phrase names is not bound: "for its raids" are Israel's
    some_between(
        "The UN condemned Israel for its raids on Gaza.",
        "ISR",
        "PSE",
        &["attacks"],
    );
}

#[test]
fn what_one_looks_forward_to_is_still_to_come() {
    for text in [
        "Erdogan said he was looking forward to his talks with Putin.",
        "Modi is looking forward to meeting Biden.",
        "Macron looks forward to the summit with Scholz.",
    ] {
        said(text)
            .any(|t| t.relation == "meets")
            .all(|t| t.relation != "meets" || t.modality == Modality::Future);
    }
    // what one looks at has happened
    said("Macron looked at the summit with Scholz as a success.")
        .any(|t| t.relation == "meets" && t.modality == Modality::Asserted);
}

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
    // who stops doing it, does it no more
    said("Germany stopped sending tanks to Ukraine.").modality(
        "country:DEU",
        "supplies",
        "country:UKR",
        Modality::Negated,
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
    for text in [
        "Ethiopian army chief Birhanu Jula briefed visiting U.S. Congressman Adam Smith on the ceasefire.",
        "Kenyan President William Ruto met visiting U.S. Congressman Gregory Meeks on Friday.",
        "Polish President Andrzej Duda met visiting U.S. Congresswoman Marcy Kaptur on Monday.",
    ] {
        said(text).none(|t| t.relation == "visits");
    }
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
    for text in [
        "Modi will visit Beijing if China withdraws its troops.",
        "Serbia will join the talks with Kosovo unless the EU drops its demand.",
        "Kenya will only send troops to Somalia once the African Union pays for them.",
    ] {
        said(text).events_are(Modality::Hedged);
    }
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
    for text in [
        "Iran is said to have sent drones to Russia.",
        "Iran was reported to have shipped missiles to Yemen.",
        "A Kenyan officer was alleged to have helped Somali rebels.",
    ] {
        said(text).events_are(Modality::Hedged);
    }
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
    for text in [
        "U.S. officials gave Kenya's minister the same message in meetings in Washington.",
        "Chile gave Peru its reply in talks in Lima.",
        "Egypt gave Sudan its answer in writing.",
    ] {
        said(text).none(|t| t.relation == "concedes_to");
    }
    // a particle still is one, and "arrived in" a capital still visits it
    said("The United States was unwilling to give in to Soviet demands.")
        .any(|t| t.relation == "concedes_to");
    said("Shultz arrived in Moscow for talks.").any(|t| t.relation == "visits");
}
