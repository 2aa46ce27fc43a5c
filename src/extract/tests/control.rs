//! Sentences on who acts in a clause one is kept from ("barred the envoy from meeting"),
//! holds back from ("refrained from attacking"), is invited to, or is asked to do.
use super::*;

/// Asserts, for each (sentence, subject, relation, object), that the sentence read alone
/// gives a triple of `subject` and `relation` whose object is as `object_is` says of
/// `object`, and that the first such triple has `modality`.
fn each_find_is(
    cases: &[(&str, &str, &str, &str)],
    object_is: impl Fn(&Triple, &str) -> bool,
    modality: Modality,
) {
    for (text, subject, relation, object) in cases {
        said(text).find_is(
            |t| t.subject.id == *subject && t.relation == *relation && object_is(t, object),
            modality,
        );
    }
}

#[test]
fn the_one_kept_from_acting_is_the_object_not_the_subject() {
    // the envoy would have met the minister, not Britain
    said("Britain barred the Iranian envoy from meeting the Saudi foreign minister.")
        .none(|t| t.subject.id == "country:GBR" && t.relation == "meets");
    // Iran would have bought the missiles, so Russia supplies Iran (not done)
    said("The United States prevented Iran from buying Russian missiles.")
        .modality("country:RUS", "supplies", "country:IRN", Modality::Negated)
        .lacks("country:RUS", "supplies", "country:USA");
    // the Japanese government does not visit its own island
    let s = said("Japan barred the Chinese defence minister from visiting Okinawa.");
    s.none(|t| t.subject.id == "country:JPN" && t.relation == "visits");
    let t = s.find(|t| t.relation == "visits" && t.object.id == "country:JPN");
    assert_eq!(t.subject.country.as_deref(), Some("CHN"));
    assert_eq!(t.modality, Modality::Negated);
    // with no object, the subject is the one who holds back
    said("Iran refrained from attacking Iraq.").modality(
        "country:IRN",
        "attacks",
        "country:IRQ",
        Modality::Negated,
    );
}

#[test]
fn what_one_holds_back_from_is_not_done() {
    each_has(
        Modality::Negated,
        &[
            (
                "Chile abstained from attacking Peru.",
                "country:CHL",
                "attacks",
                "country:PER",
            ),
            (
                "Kenya desisted from criticizing Uganda.",
                "country:KEN",
                "criticizes",
                "country:UGA",
            ),
        ],
    );
    // urged to hold back: it may or may not be done
    said("The United States urged Israel to refrain from striking Lebanon.").modality(
        "country:ISR",
        "attacks",
        "country:LBN",
        Modality::Hedged,
    );
    // one side's holding back leaves the other's act done
    said("Spain refrained from comment and Italy criticized France.").modality(
        "country:ITA",
        "criticizes",
        "country:FRA",
        Modality::Asserted,
    );
}

#[test]
fn an_invitation_is_the_hosts_wish_to_meet_not_a_meeting() {
    for (text, host) in [
        ("Erdogan invited Putin to visit Ankara.", "TUR"),
        (
            "Japan invited the Indian prime minister to a summit in Tokyo.",
            "JPN",
        ),
        (
            "The Kenyan president was invited by Ethiopia to attend the talks.",
            "ETH",
        ),
    ] {
        let s = said(text);
        let events = s.none(|t| t.relation == "meets").events();
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(events[0].cameo.as_deref(), Some("036"), "{text}");
        assert_eq!(events[0].subject.country.as_deref(), Some(host), "{text}");
    }
    // inviting bids is no invitation to meet
    said("Chile invited bids for the copper mine.").no_events();
}

#[test]
fn what_one_is_to_do_is_arranged_not_done() {
    for (text, relation, object) in [
        (
            "Merkel was to meet the Polish president in Warsaw.",
            "meets",
            "POL",
        ),
        (
            "The Brazilian minister is to visit Argentina next week.",
            "visits",
            "ARG",
        ),
        ("Lula is to visit Argentina next week.", "visits", "ARG"),
        (
            "Sergei Lavrov was to meet Turkish Foreign Minister Hakan Fidan and sign a protocol, an aide said.",
            "meets",
            "TUR",
        ),
    ] {
        let to = |t: &Triple| t.relation == relation && t.object.country.as_deref() == Some(object);
        dated(text, "2020-01-01").find_is(to, Modality::Future);
    }
    // an aim that is to be reached has no actor
    said("The aim is to weaken Iran.").no_events();
}

#[test]
fn an_act_only_supposed_is_hedged() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Any Russian attack on Finland would be a disaster.",
                "country:RUS",
                "attacks",
                "country:FIN",
            ),
            (
                "A Chinese invasion of Taiwan could trigger a war.",
                "country:CHN",
                "invades",
                "country:TWN",
            ),
            (
                "Peru warned that any Chilean incursion into its waters would be met with force.",
                "country:CHL",
                "invades",
                "country:PER",
            ),
        ],
    );
    // what an attack that happened may bring about leaves the attack done
    said("The Iranian attack on Iraq could raise oil prices.").modality(
        "country:IRN",
        "attacks",
        "country:IRQ",
        Modality::Asserted,
    );
}

#[test]
fn what_a_demand_asks_in_a_that_clause_is_the_demand_not_the_act() {
    for (text, subject, relation, object, not) in [
        (
            "Egypt demanded that Israel release the Egyptian prisoners.",
            "country:EGY",
            "demands",
            "country:ISR",
            "releases",
        ),
        (
            "Peru insisted that Chile should withdraw its troops.",
            "country:PER",
            "demands",
            "country:CHL",
            "withdraws_from",
        ),
        (
            "Iran urged that the United States lift its sanctions.",
            "country:IRN",
            "appeals_to",
            "country:USA",
            "eases_sanctions_on",
        ),
    ] {
        said(text)
            .has(subject, relation, object)
            .none(|t| t.relation == not);
    }
    // asked to stop, it still goes on
    let s = said("Egypt demanded that Israel stop attacking Gaza.");
    let t = s.find(|t| t.relation == "attacks" && t.subject.id == "country:ISR");
    assert_eq!(t.modality, Modality::Asserted);
    // a that-clause of what was done is no demand
    said("Peru insisted that Chile had attacked first.").none(|t| t.relation == "demands");
}

#[test]
fn talks_a_trip_is_for_are_as_sure_as_the_trip() {
    let (erdogan, aliyev) = ("person:recep-tayyip-erdogan", "person:ilham-aliyev");
    for (text, a, b, modality) in [
        (
            "Erdogan would go to Baku on Sunday for talks with Ilham Aliyev.",
            erdogan,
            aliyev,
            Modality::Hedged,
        ),
        (
            "Erdogan will fly to Baku on Sunday for talks with Ilham Aliyev.",
            erdogan,
            aliyev,
            Modality::Future,
        ),
        (
            "Lula will travel to Madrid for talks with Pedro Sanchez.",
            "person:luiz-inacio-lula-da-silva",
            "person:pedro-sanchez",
            Modality::Future,
        ),
        // a trip made: the talks it is for are still to come (the sentence does not say
        // they were held)
        (
            "Erdogan went to Baku on Sunday for talks with Ilham Aliyev.",
            erdogan,
            aliyev,
            Modality::Future,
        ),
    ] {
        dated(text, "2020-01-01").modality(a, "meets", b, modality);
    }
}

#[test]
fn to_assemble_things_is_no_meeting() {
    said("Both Iran and Iraq could quickly assemble nuclear weapons.")
        .none(|t| t.relation == "meets");
    // amassing troops stays a show of force
    said("Russia amassed troops on the Ukrainian border.").get(
        "country:RUS",
        "mobilizes_against",
        "country:UKR",
    );
}

#[test]
fn what_one_gives_up_the_right_to_do_is_not_done() {
    each_find_is(
        &[
            (
                "Egypt waived its right to impose tariffs on Sudanese cotton.",
                "country:EGY",
                "sanctions",
                "country:SDN",
            ),
            (
                "Russia renounced its right to attack Georgia.",
                "country:RUS",
                "attacks",
                "country:GEO",
            ),
            (
                "Britain surrendered its right to expel Irish citizens.",
                "country:GBR",
                "expels",
                "country:IRL",
            ),
        ],
        |t, object| t.object.country.as_deref() == object.get(8..),
        Modality::Negated,
    );
    // a right kept may yet be used
    said("Egypt kept its right to impose tariffs on Sudanese cotton.").modality(
        "country:EGY",
        "sanctions",
        "country:SDN",
        Modality::Hedged,
    );
}

#[test]
fn a_verb_shares_the_modal_of_its_first_conjunct() {
    each_find_is(
        &[
            (
                "Chile may end its dispute with Peru and sign the treaty with Bolivia.",
                "country:CHL",
                "signs_agreement_with",
                "country:BOL",
            ),
            (
                "Chile would end its dispute with Peru and sign the treaty with Bolivia.",
                "country:CHL",
                "signs_agreement_with",
                "country:BOL",
            ),
            (
                "Chile could close its embassy and expel Peruvian diplomats.",
                "country:CHL",
                "expels",
                "PER",
            ),
        ],
        |t, object| t.object.id == object || t.object.country.as_deref() == Some(object),
        Modality::Hedged,
    );
    // done, both are done
    said("Chile ended its dispute with Peru and signed the treaty with Bolivia.").modality(
        "country:CHL",
        "signs_agreement_with",
        "country:BOL",
        Modality::Asserted,
    );
}

#[test]
fn one_sentence_does_not_have_an_actor_fight_and_help_the_same_other() {
    for (text, attacker, victim) in [
        (
            "Russian forces have renewed their assault on Ukrainian lines defending the eastern city of Kharkiv.",
            "RUS",
            "UKR",
        ),
        (
            "Turkish forces have renewed their assault on Syrian lines defending the northern town of Afrin.",
            "TUR",
            "SYR",
        ),
        (
            "Chad said its soldiers had killed or injured some 300 Libyans and were holding their new lines.",
            "TCD",
            "LBY",
        ),
    ] {
        let by = |t: &Triple| states(t, attacker, victim);
        said(text)
            .any(|t| by(t) && t.plover.as_ref().is_some_and(|p| p.kind == PloverType::Assault))
            .none(|t| by(t) && t.relation == "aids");
    }
    // help to a third party in the same breath stays
    let s = said("Russia attacked Ukraine and sent aid to Belarus.");
    s.get("country:RUS", "aids", "country:BLR");
    s.get("country:RUS", "attacks", "country:UKR");
}

#[test]
fn he_of_the_next_sentence_is_the_one_who_acted_most() {
    // a meeting has each side as a subject; the one who met both acted most
    for (text, who, state) in [
        (
            "Antony Blinken met Sergei Lavrov and Wang Yi in Jakarta. He later flew to Manila.",
            "person:antony-blinken",
            "country:PHL",
        ),
        (
            "Narendra Modi met Joe Biden and Fumio Kishida in Tokyo. He later flew to Canberra.",
            "person:narendra-modi",
            "country:AUS",
        ),
        (
            "Olaf Scholz held talks with Emmanuel Macron and Mark Rutte in Paris. He then travelled to Warsaw.",
            "person:olaf-scholz",
            "country:POL",
        ),
    ] {
        dated(text, "2023-06-01").get(who, "visits", state);
    }
    // a clause put first names another before the subject: the subject is still "he"
    dated(
        "After meeting Vladimir Putin, Recep Tayyip Erdogan flew to Baku. He then met Ilham Aliyev.",
        "2023-06-01",
    )
    .get("person:recep-tayyip-erdogan", "meets", "person:ilham-aliyev");
}

#[test]
fn he_of_the_next_sentence_is_who_met_not_whom() {
    // one meeting, two sides each a subject of it: the one the sentence names as its
    // subject acted, even an official the lexicon gives no name, and the one met did not
    for (text, who) in [
        (
            "Kenya's foreign minister held talks with Yoweri Museveni in Kampala. He then flew to Rwanda.",
            "KEN",
        ),
        (
            "The Ghanaian foreign minister held talks with Paul Biya in Yaounde. He then flew to Nigeria.",
            "GHA",
        ),
        (
            "A Japanese envoy held talks with Xi Jinping in Beijing. He later went to Seoul.",
            "JPN",
        ),
    ] {
        let s = dated(text, "2020-01-01");
        s.any(|t| t.relation == "visits" && t.subject.country.as_deref() == Some(who));
        s.none(|t| t.relation == "visits" && t.subject.country.as_deref() != Some(who));
    }
    // look-alike: a named subject who met two others is still "he"
    dated(
        "Sergei Lavrov met Wang Yi in Jakarta. He later flew to Manila.",
        "2023-06-01",
    )
    .get("person:sergei-lavrov", "visits", "country:PHL");
}

#[test]
fn the_name_after_a_fronted_participle_is_its_object_not_a_second_subject() {
    for (text, subject, other, state) in [
        (
            "After meeting Vladimir Putin, Recep Tayyip Erdogan flew to Baku.",
            "person:recep-tayyip-erdogan",
            "person:vladimir-putin",
            "country:AZE",
        ),
        (
            "After meeting Emmanuel Macron, Olaf Scholz flew to Warsaw.",
            "person:olaf-scholz",
            "person:emmanuel-macron",
            "country:POL",
        ),
        (
            "After phoning Joe Biden, Volodymyr Zelensky travelled to London.",
            "person:volodymyr-zelensky",
            "person:joe-biden",
            "country:GBR",
        ),
    ] {
        dated(text, "2023-06-01")
            .has(subject, "visits", state)
            .lacks(other, "visits", state)
            .any(|t| t.subject.id == subject && t.object.id == other);
    }
    // a participle with its own object leaves both subjects of a list
    let s = said("After signing the accord, Peru and Bolivia opened the border.");
    s.get("country:PER", "signs_agreement_with", "country:BOL");
    s.get("country:BOL", "signs_agreement_with", "country:PER");
}

#[test]
fn the_place_one_leaves_is_no_visit_even_when_the_trip_is_a_noun() {
    let visits =
        |t: &Triple, c: &str| t.relation == "visits" && t.object.country.as_deref() == Some(c);
    for (text, left, to) in [
        (
            "The Thai prime minister left Hanoi for a three-day visit to Laos.",
            "VNM",
            Some("LAO"),
        ),
        (
            "Narendra Modi left Paris on Sunday for a two-day visit to Greece.",
            "FRA",
            Some("GRC"),
        ),
        (
            "Narendra Modi left Paris on Sunday for a rest.",
            "FRA",
            None,
        ),
    ] {
        let s = dated(text, "2023-06-01");
        s.none(|t| visits(t, left));
        if let Some(to) = to {
            s.any(|t| visits(t, to));
        }
    }
    // travel to a place is a visit to it
    dated("Narendra Modi travelled to Paris on Sunday.", "2023-06-01").get(
        "person:narendra-modi",
        "visits",
        "country:FRA",
    );
}

#[test]
fn what_one_is_willing_or_available_to_do_is_not_done() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Britain said its frigates were available to escort Omani tankers.",
                "country:GBR",
                "aids",
                "country:OMN",
            ),
            (
                "Egypt is eager to buy fighter jets from France.",
                "country:FRA",
                "supplies",
                "country:EGY",
            ),
        ],
    );
    // one willing to send troops means to: an intention to give aid (033), hedged as willing
    said("Brazil is willing to send troops to Haiti.").modality(
        "country:BRA",
        "promises",
        "country:HTI",
        Modality::Hedged,
    );
    // troops that are available are still sent
    said("Brazil sent available troops to Haiti.").modality(
        "country:BRA",
        "aids",
        "country:HTI",
        Modality::Asserted,
    );
}

#[test]
fn the_means_of_an_act_is_as_sure_as_the_act() {
    for (text, subject, relation, object, modality) in [
        (
            "Peru will retaliate by expelling Chile's ambassador.",
            "country:PER",
            "expels",
            "",
            Modality::Future,
        ),
        (
            "Turkey plans to punish Greece by cutting trade with Athens.",
            "country:TUR",
            "reduces_relations_with",
            "country:GRC",
            Modality::Future,
        ),
        (
            "Analysts expect that Israel could respond by bombing Syria.",
            "country:ISR",
            "bombs",
            "country:SYR",
            Modality::Hedged,
        ),
    ] {
        said(text).modality(subject, relation, object, modality);
    }
    // done, it is done
    said("Israel responded by bombing Syria.").modality(
        "country:ISR",
        "bombs",
        "country:SYR",
        Modality::Asserted,
    );
}

#[test]
fn what_one_opposes_or_does_not_confirm_is_not_said_to_happen() {
    each_has(
        Modality::Hedged,
        &[
            (
                "Ankara opposes talks between Athens and Nicosia.",
                "country:GRC",
                "meets",
                "country:CYP",
            ),
            (
                "Moscow opposed the sale of jets by France to Georgia.",
                "country:FRA",
                "supplies",
                "country:GEO",
            ),
            (
                "Egypt opposed a meeting between Israel and Jordan.",
                "country:ISR",
                "meets",
                "country:JOR",
            ),
            (
                "Officials did not say that Syria had attacked Turkey.",
                "country:SYR",
                "attacks",
                "country:TUR",
            ),
            (
                "The report does not show that Iran supplied Iraq with missiles.",
                "country:IRN",
                "supplies",
                "country:IRQ",
            ),
            (
                "Washington did not confirm that Israel had bombed Syria.",
                "country:ISR",
                "bombs",
                "country:SYR",
            ),
        ],
    );
    // the one who opposed a plan still meets; what one said, or did not know, still happened
    each_has(
        Modality::Asserted,
        &[
            (
                "Turkey, which opposed the plan, held talks with Greece.",
                "country:TUR",
                "meets",
                "country:GRC",
            ),
            (
                "Officials said that Syria had attacked Turkey and did not elaborate.",
                "country:SYR",
                "attacks",
                "country:TUR",
            ),
            (
                "Officials did not know that Syria had attacked Turkey.",
                "country:SYR",
                "attacks",
                "country:TUR",
            ),
        ],
    );
}

#[test]
fn those_trained_armed_or_paid_to_act_are_the_ones_who_act() {
    for (text, not) in [
        (
            "Eritrea accused Sudan of training rebels to make raids into Eritrea.",
            "country:SDN",
        ),
        (
            "Libya paid Sudanese mercenaries to attack Chad.",
            "country:LBY",
        ),
        ("Syria funded militants to attack Israel.", "country:SYR"),
        (
            "Rwanda trained Hutu fighters to attack Burundi.",
            "country:RWA",
        ),
    ] {
        said(text).none(|t| t.subject.id == not && t.relation == "attacks");
    }
    said("Libya paid Sudanese mercenaries to attack Chad.")
        .any(|t| t.relation == "attacks" && t.subject.country.as_deref() == Some("SDN"));
    // look-alike: troops one sends are one's own, and their fight is one's
    said("Russia sent troops to fight Georgia.").get("country:RUS", "fights", "country:GEO");
}

#[test]
fn what_one_is_kept_or_deterred_from_is_not_done() {
    // the one kept from acting acts in it, and does not
    each_has(
        Modality::Negated,
        &[
            (
                "Algeria deterred Morocco from sending troops to Mali.",
                "country:MAR",
                "aids",
                "country:MLI",
            ),
            (
                "Pressure from Brazil kept Chile from signing the pact with Peru.",
                "country:CHL",
                "signs_agreement_with",
                "country:PER",
            ),
        ],
    );
    // what a purpose or an attempt is to keep one from may still be done
    each_has(
        Modality::Hedged,
        &[
            (
                "Israel bombed Gaza to stop Hamas from firing rockets at Israel.",
                "group:hamas",
                "attacks",
                "country:ISR",
            ),
            (
                "Washington tried to dissuade Seoul from selling arms to Taipei.",
                "country:KOR",
                "supplies",
                "country:TWN",
            ),
        ],
    );
    // look-alike: one who keeps doing it does it
    said("Kenya kept sending troops to Somalia.").modality(
        "country:KEN",
        "aids",
        "country:SOM",
        Modality::Asserted,
    );
}

#[test]
fn the_one_pressed_into_acting_acts_and_only_as_surely_as_the_pressing() {
    // the object of "pressure X into" acts; when the pressing is only meant or tried, what it
    // is for is not done
    for (text, subject, relation, object) in [
        (
            "Brazil closed its border to pressure Paraguay into signing a treaty with Bolivia.",
            "country:PRY",
            "signs_agreement_with",
            "country:BOL",
        ),
        (
            "France is trying to pressure Mali into expelling Russian mercenaries.",
            "country:MLI",
            "expels",
            "",
        ),
        (
            "Russia cut gas supplies to Ukraine to pressure Ukraine into paying its debts to Russia.",
            "country:UKR",
            "trades_with",
            "country:RUS",
        ),
    ] {
        said(text)
            .modality(subject, relation, object, Modality::Hedged)
            .none(|t| {
                t.relation == relation
                    && t.object.id != subject
                    && t.subject.id != subject
                    && t.plover.is_some()
            });
    }
    // look-alike: pressing done is pressing that worked
    said("Britain pressured Iceland into paying its debts to Britain.").modality(
        "country:ISL",
        "trades_with",
        "country:GBR",
        Modality::Asserted,
    );
}
