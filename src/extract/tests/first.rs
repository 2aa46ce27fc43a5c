//! Sentences of the extract stage, first half.
use super::*;

#[test]
fn she_is_not_a_man_and_prefers_the_last_subject() {
    let ts = triples(
        "Margaret Thatcher held talks with Helmut Kohl in Bonn. She then flew to Paris.",
        Some("1987-03-30"),
    );
    assert!(
        has(&ts, "person:margaret-thatcher", "visits", "country:FRA").is_some(),
        "{ts:#?}"
    );
    assert!(has(&ts, "person:helmut-kohl", "visits", "country:FRA").is_none());
}

#[test]
fn an_undated_title_names_a_holder_only_when_the_text_names_them() {
    let ts = triples("Taiwan's leader urged China to resume talks.", None);
    let t = ts
        .iter()
        .find(|t| t.relation == "appeals_to")
        .expect("the appeal");
    assert!(t.subject.id.starts_with("office:"), "{:?}", t.subject);
    assert_eq!(t.subject.country.as_deref(), Some("TWN"));
    let dated = triples(
        "Taiwan's leader urged China to resume talks.",
        Some("2004-10-10"),
    );
    let t = dated.iter().find(|t| t.relation == "appeals_to").unwrap();
    assert_eq!(t.subject.id, "person:chen-shui-bian");
}

#[test]
fn a_threat_to_act_is_a_threat_with_its_own_code() {
    let ts = triples("Russia threatened to cut gas supplies to Moldova.", None);
    let t = has(&ts, "country:RUS", "threatens", "country:MDA").expect("the threat");
    assert_eq!(t.cameo.as_deref(), Some("1311"));
    assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("THREATEN"));
    assert!(ts
        .iter()
        .all(|t| t.relation != "supplies" && t.relation != "cuts_aid_to"));
}

#[test]
fn an_own_wish_to_cooperate_is_an_intention_and_to_strike_a_threat() {
    for (text, code) in [
        ("Portugal wants to help Angola rebuild its railways.", "033"),
        (
            "Chile hopes to meet Bolivia's foreign minister next month.",
            "036",
        ),
        (
            "Vietnam aims to sign a fisheries accord with Indonesia.",
            "032",
        ),
    ] {
        let ts = triples(text, None);
        let t = ts
            .iter()
            .find(|t| t.relation == "promises")
            .unwrap_or_else(|| panic!("an intention in {text:?}: {ts:#?}"));
        assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("AGREE"));
        assert!(t.cameo.as_deref().unwrap_or("").starts_with(code), "{t:?}");
    }
    let ts = triples("Serbia wants to attack Kosovo's border posts.", None);
    assert!(ts.iter().any(|t| t.relation == "threatens"), "{ts:#?}");
    // what one wants another to do is no intention of one's own
    let ts = triples("Portugal wants Angola to rebuild its railways.", None);
    assert!(ts.iter().all(|t| t.relation != "promises"), "{ts:#?}");
}

#[test]
fn a_reported_attack_accuses_only_when_it_happened_and_by_another() {
    for text in [
        "Peru said Chile had shelled Bolivian border posts.",
        "Georgia said Russian jets bombed two villages in Armenia.",
        "Kenyan officials said Somali gunmen had ambushed Ethiopian troops.",
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter().any(|t| t.relation == "accuses"),
            "{text}: {ts:#?}"
        );
    }
    // what the speakers themselves will do is no accusation of anyone
    let ts = triples("Peru and Bolivia said they would strike Chile.", None);
    assert!(ts.iter().all(|t| t.relation != "accuses"), "{ts:#?}");
}

#[test]
fn one_event_one_relation_and_no_event_from_a_request() {
    // the word-class matcher adds no second relation for what the tree found
    let ts = triples(
        "Estonia asked Finland for more help with the harbour.",
        None,
    );
    let requests: Vec<&Triple> = ts
        .iter()
        .filter(|t| t.subject.id == "country:EST" && t.object.id == "country:FIN")
        .collect();
    assert_eq!(requests.len(), 1, "{ts:#?}");
    // what is asked of another is not done
    for text in [
        "The senators are asking the chancellor to help Moldova.",
        "Kenya urged Uganda to attack the rebels in Congo.",
        "Brazil was pressed by the unions to aid Haiti.",
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter()
                .all(|t| !matches!(t.relation.as_str(), "aids" | "attacks")),
            "{text}: {ts:#?}"
        );
    }
}

#[test]
fn denials_and_conditions_set_the_modality() {
    let ts = triples("Iran denied that it had sent drones to Russia.", None);
    let t = has(&ts, "country:IRN", "supplies", "country:RUS").expect("the supply");
    assert_eq!(t.modality, Modality::Negated);
    let ts = triples(
        "The kidnappers said they would kill the hostage if Britain refuses to withdraw its troops from Iraq.",
        None,
    );
    let british: Vec<&Triple> = ts
        .iter()
        .filter(|t| t.subject.country.as_deref() == Some("GBR"))
        .collect();
    assert!(!british.is_empty(), "{ts:#?}");
    assert!(
        british.iter().all(|t| t.modality == Modality::Hedged),
        "{british:#?}"
    );
}

#[test]
fn casualties_name_the_attacker_by_its_adjective() {
    let ts = triples(
        "Three Afghan soldiers were killed in a Taliban ambush near Kandahar.",
        None,
    );
    assert!(
        has(&ts, "group:taliban", "attacks", "gov:AFG:military").is_some(),
        "{ts:#?}"
    );
    let ts = triples(
        "Two children were killed in an Israeli air strike on the edge of the Gaza Strip.",
        None,
    );
    let t = ts
        .iter()
        .find(|t| t.relation == "bombs")
        .expect("the strike");
    assert_eq!(t.subject.id, "country:ISR");
    assert_eq!(t.object.country.as_deref(), Some("PSE"));
}

#[test]
fn unwillingness_is_a_refusal() {
    for text in [
        "The United States was unwilling to give the Soviet Union a role in the talks.",
        "Japan is reluctant to lift its ban on Chinese beef.",
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter().any(|t| t.relation == "rejects"),
            "{text}: {ts:#?}"
        );
        assert!(
            ts.iter()
                .filter(|t| t.polarity == crate::model::Polarity::Cooperative)
                .all(|t| t.modality == Modality::Negated),
            "{text}: {ts:#?}"
        );
    }
    let ts = triples(
        "The United States was willing to give the Soviet Union a role in the talks.",
        None,
    );
    assert!(ts.iter().all(|t| t.relation != "rejects"), "{ts:#?}");
}

#[test]
fn waiting_or_due_to_act_is_not_yet_done() {
    for text in [
        "Chile's president is still waiting to meet the Bolivian leader.",
        "The Greek minister is due to visit Ankara next week.",
        "Kenya expects to sign a trade accord with Ethiopia.",
    ] {
        let ts = triples(text, None);
        let events: Vec<&Triple> = ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(!events.is_empty(), "{text}: {ts:#?}");
        assert!(
            events.iter().all(|t| t.modality != Modality::Asserted),
            "{text}: {ts:#?}"
        );
    }
    let ts = triples(
        "Chile's president met the Bolivian leader after waiting.",
        None,
    );
    assert!(
        ts.iter()
            .any(|t| t.plover.is_some() && t.modality == Modality::Asserted),
        "{ts:#?}"
    );
}

#[test]
fn who_reports_talks_after_them_is_no_party_to_them() {
    for (text, speaker) in [
        (
            "Prime Minister Fumio Kishida will visit Canada and hold talks in Ottawa with Justin Trudeau, Foreign Minister Yoshimasa Hayashi told reporters.",
            "person:yoshimasa-hayashi",
        ),
        (
            "Chile will sign a water accord with Bolivia next week, the Peruvian foreign minister said.",
            "country:PER",
        ),
        (
            "Kenya and Uganda held talks on the railway, Tanzanian officials said on Monday.",
            "country:TZA",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter().filter(|t| t.plover.is_some()).all(|t| {
                t.subject.id != speaker
                    && t.object.id != speaker
                    && t.subject.country.as_deref() != speaker.strip_prefix("country:")
            }),
            "{text}: {ts:#?}"
        );
    }
    // who speaks before the event may have taken part in it
    let ts = triples(
        "Justin Trudeau said after a meeting with Fumio Kishida that trade would grow.",
        None,
    );
    assert!(ts.iter().any(|t| t.relation == "meets"), "{ts:#?}");
}

#[test]
fn what_one_is_accused_of_is_the_accused_act_and_only_the_accusers_claim() {
    // the accused acts, the accuser claims it
    let ts = triples(
        "Bolivia accused Peru of arming smugglers near Lake Titicaca.",
        None,
    );
    assert!(
        has(&ts, "country:BOL", "attacks", "country:PER").is_none(),
        "{ts:#?}"
    );
    assert!(
        has(&ts, "country:BOL", "accuses", "country:PER").is_some(),
        "{ts:#?}"
    );
    let ts = triples(
        "Latvia blamed Belarus for sending migrants across the border into Lithuania.",
        None,
    );
    assert!(
        ts.iter()
            .all(|t| t.subject.id != "country:LVA" || t.relation == "accuses"),
        "{ts:#?}"
    );
    let ts = triples("Mali charged Algeria with attacking Malian soldiers.", None);
    let t = has(&ts, "country:DZA", "attacks", "gov:MLI:military").expect("the charge");
    assert_eq!(t.modality, Modality::Reported, "{t:#?}");
    assert_eq!(t.claimed_by.map(|c| c.id).as_deref(), Some("country:MLI"));
    assert!(has(&ts, "country:MLI", "attacks", "gov:MLI:military").is_none());
    // a charge without an accuser is only hedged
    let ts = triples("Ghana was suspected of shelling Togolese villages.", None);
    assert!(
        ts.iter()
            .filter(|t| t.subject.id == "country:GHA")
            .all(|t| t.modality == Modality::Hedged),
        "{ts:#?}"
    );
    // look-alike: a clause of purpose after an accusation verb is no accused act
    let ts = triples(
        "Mali attacked Algerian smugglers for the third time this year.",
        None,
    );
    assert!(
        ts.iter()
            .all(|t| t.modality == Modality::Asserted && t.claimed_by.is_none()),
        "{ts:#?}"
    );
}

#[test]
fn what_a_state_is_poised_or_on_the_verge_to_do_is_not_yet_done() {
    for s in [
        "Eritrea is poised to attack Ethiopia.",
        "Eritrea is on the verge of attacking Ethiopia.",
        "Eritrea is about to launch an offensive against Ethiopia.",
    ] {
        let ts = triples(s, None);
        let t = has(&ts, "country:ERI", "attacks", "country:ETH").expect(s);
        assert_eq!(t.modality, Modality::Future, "{s}: {t:#?}");
    }
    // look-alike: talk about an attack that happened
    let ts = triples("Eritrea spoke about attacking Ethiopia last year.", None);
    assert!(ts.iter().all(|t| t.modality != Modality::Future), "{ts:#?}");
}

#[test]
fn who_is_allowed_to_act_acts_and_only_maybe() {
    // the one given permission acts; allowed is not done; refused is not done at all
    let ts = triples(
        "Hungary granted Slovakia permission to send troops to Croatia.",
        None,
    );
    assert!(
        has(&ts, "country:HUN", "aids", "country:HRV").is_none(),
        "{ts:#?}"
    );
    let ts = triples(
        "Estonia gave Finland the right to station ships near Latvia.",
        None,
    );
    assert!(
        ts.iter()
            .all(|t| t.subject.id != "country:EST" || t.object.id != "country:LVA"),
        "{ts:#?}"
    );
    let ts = triples(
        "Chile said it would not give permission to Peru to help Bolivia.",
        None,
    );
    let t = has(&ts, "country:PER", "aids", "country:BOL").expect("the refused help");
    assert_eq!(t.modality, Modality::Negated, "{t:#?}");
    assert!(
        has(&ts, "country:CHL", "aids", "country:BOL").is_none(),
        "{ts:#?}"
    );
    // look-alike: a state that helps in order to be given something acts itself
    let ts = triples("Chile helped Bolivia to win permission from Peru.", None);
    let t = has(&ts, "country:CHL", "aids", "country:BOL").expect("the help");
    assert_eq!(t.modality, Modality::Asserted, "{t:#?}");
}

#[test]
fn a_meeting_that_is_planned_possible_or_the_purpose_of_a_future_act_is_not_yet_held() {
    let future = [
        "Three rounds of talks between Laos and Vietnam, planned for May, will follow.",
        "The upcoming visit of the Polish president to Ghana drew attention.",
        "Denmark will send ships to the Baltic to help Estonia.",
    ];
    for s in future {
        let ts = triples(s, None);
        let events: Vec<&Triple> = ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(!events.is_empty(), "{s}");
        assert!(
            events.iter().all(|t| t.modality == Modality::Future),
            "{s}: {events:#?}"
        );
    }
    let ts = triples("Oman is weighing a possible meeting with Yemen.", None);
    let t = has(&ts, "country:OMN", "meets", "country:YEM").expect("the meeting");
    assert_eq!(t.modality, Modality::Hedged, "{t:#?}");
    // look-alike: talks held as planned were held
    let ts = triples("Laos held talks with Vietnam in May as planned.", None);
    let t = has(&ts, "country:LAO", "meets", "country:VNM").expect("the talks");
    assert_eq!(t.modality, Modality::Asserted, "{t:#?}");
}

#[test]
fn a_trade_war_is_no_armed_attack() {
    for s in [
        "A subsidy war between Canada and Brazil hurt farmers.",
        "Japan's export war with South Korea dragged on.",
        "The currency war between China and the United States deepened.",
    ] {
        let ts = triples(s, None);
        assert!(ts.iter().all(|t| t.relation != "attacks"), "{s}: {ts:#?}");
        assert!(
            ts.iter().any(|t| t.cameo.as_deref() == Some("163")),
            "{s}: {ts:#?}"
        );
    }
    // look-alike: a war that is one
    let ts = triples("The war between Armenia and Azerbaijan hurt farmers.", None);
    assert!(
        ts.iter()
            .any(|t| t.relation == "attacks" || t.relation == "fights"),
        "{ts:#?}"
    );
}

#[test]
fn what_a_state_has_stopped_doing_it_does_no_more_and_what_it_is_asked_to_stop_it_does() {
    for (s, subj, rel, obj) in [
        (
            "Norway has stopped selling arms to Turkey.",
            "country:NOR",
            "supplies",
            "country:TUR",
        ),
        (
            "Chile stopped supplying gas to Argentina in 2004.",
            "country:CHL",
            "supplies",
            "country:ARG",
        ),
        (
            "Ghana ceased sending troops to Mali last year.",
            "country:GHA",
            "aids",
            "country:MLI",
        ),
    ] {
        let ts = triples(s, None);
        let t = has(&ts, subj, rel, obj).unwrap_or_else(|| panic!("{s}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Negated, "{s}: {t:#?}");
    }
    // look-alike: asked to stop, the selling goes on (and is not denied)
    let ts = triples("Sweden urged Norway to stop selling arms to Turkey.", None);
    assert!(
        ts.iter()
            .all(|t| t.subject.id != "country:NOR" || t.modality != Modality::Negated),
        "{ts:#?}"
    );
}

#[test]
fn where_a_fight_or_meeting_happens_and_whom_one_came_from_are_no_party_to_it() {
    for (s, a, b, not) in [
        (
            "Hamas fighters clashed with Fatah gunmen in Gaza.",
            "group:hamas",
            "group:fatah",
            "country:PSE",
        ),
        (
            "India and Pakistan have fought two wars since independence from Britain.",
            "country:IND",
            "country:PAK",
            "country:GBR",
        ),
        (
            "Chile met Peru in Bolivia after a flight from Argentina.",
            "country:CHL",
            "country:PER",
            "country:ARG",
        ),
    ] {
        let ts = triples(s, None);
        assert!(
            ts.iter().any(|t| t.subject.id == a && t.object.id == b),
            "{s}: {ts:#?}"
        );
        assert!(
            ts.iter()
                .filter(|t| t.plover.is_some())
                .all(|t| t.subject.id != not && t.object.id != not),
            "{s}: {ts:#?}"
        );
    }
    // look-alike: with no one else acted on, the place of an attack is its target
    let ts = triples("Turkish jets bombed targets in Iraq.", None);
    assert!(
        ts.iter()
            .any(|t| t.object.country.as_deref() == Some("IRQ")),
        "{ts:#?}"
    );
}

#[test]
fn a_finite_verb_after_an_object_has_it_as_subject() {
    let ts = triples(
        "Robert Hill has confirmed Australian troops arrived in Afghanistan.",
        None,
    );
    assert!(
        has(&ts, "person:robert-hill", "visits", "country:AFG").is_none(),
        "{ts:#?}"
    );
    assert!(
        has(&ts, "gov:AUS:military", "visits", "country:AFG").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn a_clause_set_between_subject_and_verb_lends_the_verb_none_of_its_modality() {
    for (s, a, rel, b) in [
        (
            "Oman, weighing a possible visit to Yemen, met Saudi Arabia on Monday.",
            "country:OMN",
            "meets",
            "country:SAU",
        ),
        (
            "Peru, which may soon sanction Chile, signed a treaty with Bolivia.",
            "country:PER",
            "signs_agreement_with",
            "country:BOL",
        ),
        (
            "Ghana, hoping for a possible loan, criticised Togo.",
            "country:GHA",
            "criticizes",
            "country:TGO",
        ),
    ] {
        let ts = triples(s, None);
        let t = has(&ts, a, rel, b).unwrap_or_else(|| panic!("{s}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Asserted, "{s}: {t:#?}");
    }
    // look-alike: the verb's own hedge
    let ts = triples("Ghana may criticise Togo.", None);
    let t = has(&ts, "country:GHA", "criticizes", "country:TGO").expect("the criticism");
    assert_eq!(t.modality, Modality::Hedged, "{t:#?}");
}

#[test]
fn talks_that_a_planned_act_is_for_or_that_follow_a_future_verb_are_future() {
    for s in [
        "Nakasone prepares to visit Washington next month for talks with Reagan.",
        "Nakasone will fly to Washington on Monday and hold talks with Reagan.",
        "Nakasone plans a trip to Washington for talks with Reagan.",
    ] {
        let ts = triples(s, Some("1987-04-01"));
        let t = has(
            &ts,
            "person:yasuhiro-nakasone",
            "meets",
            "person:ronald-reagan",
        )
        .unwrap_or_else(|| panic!("{s}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Future, "{s}: {t:#?}");
    }
    // look-alike: talks a past visit was for were held
    let ts = triples(
        "Nakasone visited Washington for talks with Reagan.",
        Some("1987-04-01"),
    );
    let t = has(
        &ts,
        "person:yasuhiro-nakasone",
        "meets",
        "person:ronald-reagan",
    )
    .expect("talks");
    assert_eq!(t.modality, Modality::Asserted, "{t:#?}");
}

#[test]
fn a_province_is_no_state_in_what_is_only_said_and_a_newspaper_accuses_no_one() {
    for s in [
        "Senator Dole said he opposed a California ballot measure.",
        "Canada praised Bavaria for its new energy law.",
        "Mexico urged Texas to change its border law.",
    ] {
        let ts = triples(s, None);
        assert!(
            ts.iter()
                .filter(|t| t.plover.is_some())
                .all(|t| t.object.kind != Kind::Country),
            "{s}: {ts:#?}"
        );
    }
    // look-alike: a place attacked stands for its state
    let ts = triples("Russian jets bombed Kharkiv.", None);
    assert!(
        ts.iter()
            .any(|t| t.plover.is_some() && t.object.country.as_deref() == Some("UKR")),
        "{ts:#?}"
    );
    // a newspaper's report is the event it reports, claimed by it, and no accusation
    let ts = triples(
        "The Albanian daily Koha Jone reported that Greece had deported Albanian migrants.",
        None,
    );
    assert!(ts.iter().all(|t| t.relation != "accuses"), "{ts:#?}");
}

#[test]
fn the_partners_of_one_actor_are_not_each_others() {
    for (text, actor, a, b) in [
        (
            "Turkey signed agreements with Azerbaijan and Georgia on Monday.",
            "country:TUR",
            "country:AZE",
            "country:GEO",
        ),
        (
            "Putin spoke with Xi Jinping and Narendra Modi by phone.",
            "person:vladimir-putin",
            "person:xi-jinping",
            "person:narendra-modi",
        ),
        (
            "Jordan's foreign minister held talks with Antony Blinken and Emmanuel Macron in Paris.",
            "office:jor:foreign_minister",
            "person:antony-blinken",
            "person:emmanuel-macron",
        ),
    ] {
        let ts = triples(text, None);
        for p in [a, b] {
            assert!(
                ts.iter().any(|t| t.subject.id == actor && t.object.id == p),
                "{text}: {actor} and {p}: {ts:#?}"
            );
        }
        assert!(
            !ts.iter()
                .any(|t| (t.subject.id == a && t.object.id == b)
                    || (t.subject.id == b && t.object.id == a)),
            "{text}: {a} and {b} are not partners: {ts:#?}"
        );
    }
    // coordinated subjects, or the parties of talks no one is said to hold, are
    for (text, a, b) in [
        (
            "Azerbaijan and Georgia signed an agreement on Monday.",
            "country:AZE",
            "country:GEO",
        ),
        (
            "Chinese-Indian talks of this kind are held every spring, she told reporters.",
            "country:CHN",
            "country:IND",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter().any(|t| t.subject.id == a && t.object.id == b),
            "{text}: {ts:#?}"
        );
    }
}

#[test]
fn a_relative_clause_or_aside_before_the_verb_holds_no_subject_of_it() {
    for (text, subject, relation, object, not) in [
        (
            "The Polish president, who met Olaf Scholz in Berlin on Monday, praised Ukraine.",
            "office:pol:president",
            "praises",
            "country:UKR",
            "person:olaf-scholz",
        ),
        (
            "Kenya's president, who visited Ethiopia and Somalia last week, condemned Sudan.",
            "office:ken:president",
            "criticizes",
            "country:SDN",
            "country:ETH",
        ),
        (
            "The Turkish leader, who hosted the Azerbaijani president, accused Armenia of shelling villages.",
            "office:tur:leader",
            "accuses",
            "country:ARM",
            "office:aze:president",
        ),
    ] {
        let ts = triples(text, None);
        assert!(has(&ts, subject, relation, object).is_some(), "{text}: {ts:#?}");
        assert!(
            !ts.iter()
                .any(|t| t.subject.id == not && t.relation == relation),
            "{text}: {not} does not {relation}: {ts:#?}"
        );
    }
    // an apposition is its subject, not an aside
    let ts = triples("Olaf Scholz, the German chancellor, praised Ukraine.", None);
    assert!(
        has(&ts, "person:olaf-scholz", "praises", "country:UKR").is_some(),
        "{ts:#?}"
    );
}
