//! Sentences of the extract stage, first half: pronouns, titles, threats and intentions,
//! requests, denials, who is allowed or asked to act, and who is no party to an event.
use super::*;

#[test]
fn she_is_not_a_man_and_prefers_the_last_subject() {
    dated(
        "Margaret Thatcher held talks with Helmut Kohl in Bonn. She then flew to Paris.",
        "1987-03-30",
    )
    .lacks("person:helmut-kohl", "visits", "country:FRA")
    .get("person:margaret-thatcher", "visits", "country:FRA");
}

#[test]
fn an_undated_title_names_a_holder_only_when_the_text_names_them() {
    let text = "Taiwan's leader urged China to resume talks.";
    let undated = said(text);
    let t = undated.find(|t| t.relation == "appeals_to");
    assert!(t.subject.id.starts_with("office:"), "{:?}", t.subject);
    assert_eq!(t.subject.country.as_deref(), Some("TWN"));
    let t = dated(text, "2004-10-10")
        .find(|t| t.relation == "appeals_to")
        .clone();
    assert_eq!(t.subject.id, "person:chen-shui-bian");
}

#[test]
fn a_threat_to_act_is_a_threat_with_its_own_code() {
    let s = said("Russia threatened to cut gas supplies to Moldova.");
    let t = s.get("country:RUS", "threatens", "country:MDA");
    assert_eq!(t.cameo.as_deref(), Some("1311"));
    assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("THREATEN"));
    s.all(|t| t.relation != "supplies" && t.relation != "cuts_aid_to");
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
        let s = said(text);
        let t = s.find(|t| t.relation == "promises");
        assert_eq!(t.plover.as_ref().map(|p| p.kind.as_str()), Some("AGREE"));
        assert!(t.cameo.as_deref().unwrap_or("").starts_with(code), "{t:?}");
    }
    said("Serbia wants to attack Kosovo's border posts.").any(|t| t.relation == "threatens");
    // what one wants another to do is no intention of one's own
    said("Portugal wants Angola to rebuild its railways.").none(|t| t.relation == "promises");
}

#[test]
fn a_reported_attack_accuses_only_when_it_happened_and_by_another() {
    each_any(
        &[
            "Peru said Chile had shelled Bolivian border posts.",
            "Georgia said Russian jets bombed two villages in Armenia.",
            "Kenyan officials said Somali gunmen had ambushed Ethiopian troops.",
        ],
        |t| t.relation == "accuses",
    );
    // what the speakers themselves will do is no accusation of anyone
    said("Peru and Bolivia said they would strike Chile.").none(|t| t.relation == "accuses");
}

#[test]
fn one_event_one_relation_and_no_event_from_a_request() {
    // the word-class matcher adds no second relation for what the tree found
    let s = said("Estonia asked Finland for more help with the harbour.");
    let requests =
        s.ts.iter()
            .filter(|t| t.subject.id == "country:EST" && t.object.id == "country:FIN")
            .count();
    assert_eq!(requests, 1, "{:#?}", s.ts);
    // what is asked of another is not done
    each_none(
        &[
            "The senators are asking the chancellor to help Moldova.",
            "Kenya urged Uganda to attack the rebels in Congo.",
            "Brazil was pressed by the unions to aid Haiti.",
        ],
        |t| matches!(t.relation.as_str(), "aids" | "attacks"),
    );
}

#[test]
fn denials_and_conditions_set_the_modality() {
    said("Iran denied that it had sent drones to Russia.").modality(
        "country:IRN",
        "supplies",
        "country:RUS",
        Modality::Negated,
    );
    let s = said(
        "The kidnappers said they would kill the hostage if Britain refuses to withdraw its troops from Iraq.",
    );
    let british = |t: &Triple| t.subject.country.as_deref() == Some("GBR");
    s.any(british)
        .all(|t| !british(t) || t.modality == Modality::Hedged);
}

#[test]
fn casualties_name_the_attacker_by_its_adjective() {
    said("Three Afghan soldiers were killed in a Taliban ambush near Kandahar.").get(
        "group:taliban",
        "attacks",
        "gov:AFG:military",
    );
    let s =
        said("Two children were killed in an Israeli air strike on the edge of the Gaza Strip.");
    let t = s.find(|t| t.relation == "bombs");
    assert_eq!(t.subject.id, "country:ISR");
    assert_eq!(t.object.country.as_deref(), Some("PSE"));
}

#[test]
fn unwillingness_is_a_refusal() {
    for text in [
        "The United States was unwilling to give in to Soviet demands.",
        "Japan is reluctant to lift its ban on Chinese beef.",
    ] {
        said(text).any(|t| t.relation == "rejects").all(|t| {
            t.polarity != crate::model::Polarity::Cooperative || t.modality == Modality::Negated
        });
    }
    said("The United States was willing to give in to Soviet demands.")
        .none(|t| t.relation == "rejects");
}

#[test]
fn waiting_or_due_to_act_is_not_yet_done() {
    for text in [
        "Chile's president is still waiting to meet the Bolivian leader.",
        "The Greek minister is due to visit Ankara next week.",
        "Kenya expects to sign a trade accord with Ethiopia.",
    ] {
        let s = said(text);
        for t in s.events() {
            assert_ne!(t.modality, Modality::Asserted, "{text}: {t:#?}");
        }
    }
    said("Chile's president met the Bolivian leader after waiting.")
        .any(|t| t.plover.is_some() && t.modality == Modality::Asserted);
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
        said(text).none(|t| {
            t.plover.is_some()
                && (t.subject.id == speaker
                    || t.object.id == speaker
                    || t.subject.country.as_deref() == speaker.strip_prefix("country:"))
        });
    }
    // who speaks before the event may have taken part in it
    said("Justin Trudeau said after a meeting with Fumio Kishida that trade would grow.")
        .any(|t| t.relation == "meets");
}

#[test]
fn what_one_is_accused_of_is_the_accused_act_and_only_the_accusers_claim() {
    // the accused acts, the accuser claims it
    said("Bolivia accused Peru of arming smugglers near Lake Titicaca.")
        .lacks("country:BOL", "attacks", "country:PER")
        .get("country:BOL", "accuses", "country:PER");
    said("Latvia blamed Belarus for sending migrants across the border into Lithuania.")
        .all(|t| t.subject.id != "country:LVA" || t.relation == "accuses");
    said("Mali charged Algeria with attacking Malian soldiers.")
        .reported_by("country:DZA", "attacks", "gov:MLI:military", "country:MLI")
        .lacks("country:MLI", "attacks", "gov:MLI:military");
    // a charge without an accuser is only hedged
    said("Ghana was suspected of shelling Togolese villages.")
        .all(|t| t.subject.id != "country:GHA" || t.modality == Modality::Hedged);
    // look-alike: a clause of purpose after an accusation verb is no accused act
    said("Mali attacked Algerian smugglers for the third time this year.")
        .all(|t| t.modality == Modality::Asserted && t.claimed_by.is_none());
}

#[test]
fn what_a_state_is_poised_or_on_the_verge_to_do_is_not_yet_done() {
    for text in [
        "Eritrea is poised to attack Ethiopia.",
        "Eritrea is on the verge of attacking Ethiopia.",
        "Eritrea is about to launch an offensive against Ethiopia.",
    ] {
        said(text).modality("country:ERI", "attacks", "country:ETH", Modality::Future);
    }
    // look-alike: talk about an attack that happened
    said("Eritrea spoke about attacking Ethiopia last year.")
        .none(|t| t.modality == Modality::Future);
}

#[test]
fn who_is_allowed_to_act_acts_and_only_maybe() {
    // the one given permission acts; allowed is not done; refused is not done at all
    said("Hungary granted Slovakia permission to send troops to Croatia.").lacks(
        "country:HUN",
        "aids",
        "country:HRV",
    );
    said("Estonia gave Finland the right to station ships near Latvia.")
        .none(|t| t.subject.id == "country:EST" && t.object.id == "country:LVA");
    said("Chile said it would not give permission to Peru to help Bolivia.")
        .modality("country:PER", "aids", "country:BOL", Modality::Negated)
        .lacks("country:CHL", "aids", "country:BOL");
    // look-alike: a state that helps in order to be given something acts itself
    said("Chile helped Bolivia to win permission from Peru.").modality(
        "country:CHL",
        "aids",
        "country:BOL",
        Modality::Asserted,
    );
}

#[test]
fn a_meeting_that_is_planned_possible_or_the_purpose_of_a_future_act_is_not_yet_held() {
    each_events_are(
        Modality::Future,
        &[
            "Three rounds of talks between Laos and Vietnam, planned for May, will follow.",
            "The upcoming visit of the Polish president to Ghana drew attention.",
            "Denmark will send ships to the Baltic to help Estonia.",
        ],
    );
    said("Oman is weighing a possible meeting with Yemen.").modality(
        "country:OMN",
        "meets",
        "country:YEM",
        Modality::Hedged,
    );
    // look-alike: talks held as planned were held
    said("Laos held talks with Vietnam in May as planned.").modality(
        "country:LAO",
        "meets",
        "country:VNM",
        Modality::Asserted,
    );
}

#[test]
fn a_trade_war_is_no_armed_attack() {
    each(
        &[
            "A subsidy war between Canada and Brazil hurt farmers.",
            "Japan's export war with South Korea dragged on.",
            "The currency war between China and the United States deepened.",
        ],
        |s| {
            s.none(|t| t.relation == "attacks")
                .any(|t| t.cameo.as_deref() == Some("163"));
        },
    );
    // look-alike: a war that is one
    said("The war between Armenia and Azerbaijan hurt farmers.")
        .any(|t| t.relation == "attacks" || t.relation == "fights");
}

#[test]
fn what_a_state_has_stopped_doing_it_does_no_more_and_what_it_is_asked_to_stop_it_does() {
    // aid stopped is aid cut, by the one who stops it (CAMEO 162x), and done
    each_has(
        Modality::Asserted,
        &[
            (
                "Norway has stopped selling arms to Turkey.",
                "country:NOR",
                "cuts_aid_to",
                "country:TUR",
            ),
            // (goods supplied are trade: their supply stopped is an embargo, 163)
            (
                "Chile stopped supplying gas to Argentina in 2004.",
                "country:CHL",
                "sanctions",
                "country:ARG",
            ),
            (
                "Ghana ceased sending troops to Mali last year.",
                "country:GHA",
                "cuts_aid_to",
                "country:MLI",
            ),
        ],
    );
    // look-alike: asked to stop, the selling goes on (and is not denied, nor cut)
    said("Sweden urged Norway to stop selling arms to Turkey.")
        .none(|t| t.subject.id == "country:NOR" && t.modality == Modality::Negated)
        .none(|t| t.relation == "cuts_aid_to");
}

#[test]
fn where_a_fight_or_meeting_happens_and_whom_one_came_from_are_no_party_to_it() {
    for (text, [a, b], not) in [
        (
            "Hamas fighters clashed with Fatah gunmen in Gaza.",
            ["group:hamas", "group:fatah"],
            "country:PSE",
        ),
        (
            "India and Pakistan have fought two wars since independence from Britain.",
            ["country:IND", "country:PAK"],
            "country:GBR",
        ),
        (
            "Chile met Peru in Bolivia after a flight from Argentina.",
            ["country:CHL", "country:PER"],
            "country:ARG",
        ),
    ] {
        said(text)
            .any(|t| t.subject.id == a && t.object.id == b)
            .none(|t| t.plover.is_some() && (t.subject.id == not || t.object.id == not));
    }
    // look-alike: with no one else acted on, the place of an attack is its target
    said("Turkish jets bombed targets in Iraq.")
        .any(|t| t.object.country.as_deref() == Some("IRQ"));
}

#[test]
fn a_finite_verb_after_an_object_has_it_as_subject() {
    said("Robert Hill has confirmed Australian troops shelled Iraqi positions.")
        .lacks("person:robert-hill", "bombs", "country:IRQ")
        .get("gov:AUS:military", "bombs", "country:IRQ");
}

#[test]
fn a_clause_set_between_subject_and_verb_lends_the_verb_none_of_its_modality() {
    for (text, subject, relation, object, modality) in [
        (
            "Oman, weighing a possible visit to Yemen, met Saudi Arabia on Monday.",
            "country:OMN",
            "meets",
            "country:SAU",
            Modality::Asserted,
        ),
        (
            "Peru, which may soon sanction Chile, signed a treaty with Bolivia.",
            "country:PER",
            "signs_agreement_with",
            "country:BOL",
            Modality::Asserted,
        ),
        (
            "Ghana, hoping for a possible loan, criticised Togo.",
            "country:GHA",
            "criticizes",
            "country:TGO",
            Modality::Asserted,
        ),
        // look-alike: the verb's own hedge
        (
            "Ghana may criticise Togo.",
            "country:GHA",
            "criticizes",
            "country:TGO",
            Modality::Hedged,
        ),
    ] {
        said(text).modality(subject, relation, object, modality);
    }
}

#[test]
fn talks_that_a_planned_act_is_for_or_that_follow_a_future_verb_are_future() {
    let (nakasone, reagan) = ("person:yasuhiro-nakasone", "person:ronald-reagan");
    for text in [
        "Nakasone prepares to visit Washington next month for talks with Reagan.",
        "Nakasone will fly to Washington on Monday and hold talks with Reagan.",
        "Nakasone plans a trip to Washington for talks with Reagan.",
    ] {
        dated(text, "1987-04-01").modality(nakasone, "meets", reagan, Modality::Future);
    }
    // look-alike: talks a past visit was for were held
    dated(
        "Nakasone visited Washington for talks with Reagan.",
        "1987-04-01",
    )
    .modality(nakasone, "meets", reagan, Modality::Asserted);
}

#[test]
fn a_province_is_no_state_in_what_is_only_said_and_a_newspaper_accuses_no_one() {
    each_none(
        &[
            "Senator Dole said he opposed a California ballot measure.",
            "Canada praised Bavaria for its new energy law.",
            "Mexico urged Texas to change its border law.",
        ],
        |t| t.plover.is_some() && t.object.kind == Kind::Country,
    );
    // look-alike: a place attacked stands for its state
    said("Russian jets bombed Kharkiv.")
        .any(|t| t.plover.is_some() && t.object.country.as_deref() == Some("UKR"));
    // a newspaper's report is the event it reports, claimed by it, and no accusation
    said("The Albanian daily Koha Jone reported that Greece had deported Albanian migrants.")
        .none(|t| t.relation == "accuses");
}

#[test]
fn the_partners_of_one_actor_are_not_each_others() {
    for (text, actor, [a, b]) in [
        (
            "Turkey signed agreements with Azerbaijan and Georgia on Monday.",
            "country:TUR",
            ["country:AZE", "country:GEO"],
        ),
        (
            "Putin spoke with Xi Jinping and Narendra Modi by phone.",
            "person:vladimir-putin",
            ["person:xi-jinping", "person:narendra-modi"],
        ),
        (
            "Jordan's foreign minister held talks with Antony Blinken and Emmanuel Macron in Paris.",
            "office:jor:foreign_minister",
            ["person:antony-blinken", "person:emmanuel-macron"],
        ),
    ] {
        let s = said(text);
        for p in [a, b] {
            s.any(|t| t.subject.id == actor && t.object.id == p);
        }
        s.none(|t| {
            (t.subject.id == a && t.object.id == b) || (t.subject.id == b && t.object.id == a)
        });
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
        said(text).any(|t| t.subject.id == a && t.object.id == b);
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
        said(text)
            .has(subject, relation, object)
            .none(|t| t.subject.id == not && t.relation == relation);
    }
    // an apposition is its subject, not an aside
    said("Olaf Scholz, the German chancellor, praised Ukraine.").get(
        "person:olaf-scholz",
        "praises",
        "country:UKR",
    );
}
