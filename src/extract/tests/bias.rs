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
pub(super) fn none_between(cases: &[(&str, &str, &str)], relations: &[&str]) {
    for &(text, a, b) in cases {
        let ts = triples(text, None);
        let wrong = event_between(&ts, a, b, relations);
        assert!(wrong.is_none(), "{text}: {wrong:#?}");
    }
}

/// Asserts that the sentence gives an event of `relations` between the two countries.
pub(super) fn some_between(text: &str, a: &str, b: &str, relations: &[&str]) {
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
    each_none(
        &[
            "The White House said it still opposes a budget summit with Congress.",
            "Washington criticised the Pentagon over the cost overruns.",
            "Moscow rebuked the Russian navy for the collision.",
        ],
        within_one_state,
    );
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
    each_none(
        &[
            "Mr Putin criticised Kharkiv in his address.",
            "Mr Lukashenko berated Lviv on state television.",
            "Mr Biden slammed Kandahar as a lawless place.",
        ],
        |t| t.plover.is_some() && t.object.kind == crate::model::Kind::Location,
    );
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
    each(
        &[
            "Erdogan said he was looking forward to his talks with Putin.",
            "Modi is looking forward to meeting Biden.",
            "Macron looks forward to the summit with Scholz.",
        ],
        |s| {
            s.any(|t| t.relation == "meets")
                .all(|t| t.relation != "meets" || t.modality == Modality::Future);
        },
    );
    // what one looks at has happened
    said("Macron looked at the summit with Scholz as a success.")
        .any(|t| t.relation == "meets" && t.modality == Modality::Asserted);
}

#[test]
fn a_verb_sent_back_is_no_backing() {
    // "back" as the particle of another verb backs no one
    for text in [
        "Kenya sent back the Ugandan delegation.",
        "Turkey turned back Syrian refugees at the border.",
        "Mexico sent back Guatemalan workers.",
    ] {
        dated(text, "2020-03-05").none(|t| t.relation == "supports");
    }
    // look-alike: the verb "back" backs
    dated("Germany backed Ukraine on Monday.", "2020-03-05").has(
        "country:DEU",
        "supports",
        "country:UKR",
    );
}

#[test]
fn one_helped_to_find_out_what_a_state_did_is_not_that_state() {
    // the help goes to the ones named as its object (or the complement's subject); a state
    // that is the subject of what they find out is neither helped nor the helper
    each_none(
        &[
            "Kenya will assist auditors discover what Uganda paid.",
            "Ghana helped inspectors establish where Togo had hidden the arms.",
            "Peru will help journalists learn how Chile financed the rebels.",
        ],
        |t| t.relation == "aids",
    );
    // look-alike: a state helped by name, or by an aid sent to help it, is helped
    for text in [
        "Kenya helped Uganda find the missing plane.",
        "Kenya sent aid to help Uganda rebuild.",
    ] {
        said(text).has("country:KEN", "aids", "country:UGA");
    }
}

#[test]
fn the_it_of_a_charge_denied_is_the_one_who_denies_it() {
    // a charge is about the one charged, who is the one denying it, not its maker
    each_has(
        Modality::Negated,
        &[
            (
                "Oman denied Iran's allegation that it had armed Yemeni rebels.",
                "country:OMN",
                "supplies",
                "",
            ),
            (
                "Egypt rejected Israel's charge that it was helping Hamas.",
                "country:EGY",
                "aids",
                "",
            ),
            (
                "Kenya dismissed Uganda's accusation that it had shelled Rwanda.",
                "country:KEN",
                "bombs",
                "country:RWA",
            ),
        ],
    );
    // look-alike: a charge not denied says nothing of who would deny it
    said("Chile did not deny Peru's charge that it had armed Bolivia.")
        .none(|t| t.subject.id == "country:CHL" && t.relation == "supplies");
}

#[test]
fn the_noun_a_light_verb_carries_is_one_event_not_two() {
    // the tree's reading of "made a verbal attack", or of a readiness to resume talks, is
    // the event: the word-class matcher adds no second relation for the noun's pair
    for (text, one, other) in [
        (
            "Peru made a verbal attack on Chile.",
            "criticizes",
            "attacks",
        ),
        (
            "Syria made a scathing attack on Jordan's policy.",
            "criticizes",
            "attacks",
        ),
        (
            "Kenya is ready to resume talks with Uganda.",
            "promises",
            "meets",
        ),
        (
            "Chile offered to start trade talks with Peru next year.",
            "promises",
            "meets",
        ),
    ] {
        said(text)
            .any(|t| t.relation == one)
            .none(|t| t.relation == other);
    }
    // look-alike: an attack made with no word of speech is one
    said("Iraq made an attack on Iran at dawn.").has("country:IRQ", "attacks", "country:IRN");
}
