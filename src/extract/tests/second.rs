//! Sentences of the extract stage, second half.
use super::*;

#[test]
fn a_past_verb_read_as_a_participle_with_its_own_subject_is_the_clauses_verb() {
    for (text, subject, relation, object) in [
        (
            "Armenian artillery shelled Azerbaijani positions overnight.",
            "gov:ARM:military",
            "bombs",
            "country:AZE",
        ),
        (
            "Serbian gunners shelled Bosnian villages at dawn.",
            "country:SRB",
            "bombs",
            "country:BIH",
        ),
        (
            "Chadian troops attacked Libyan positions near the border.",
            "gov:TCD:military",
            "attacks",
            "country:LBY",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            has(&ts, subject, relation, object).is_some(),
            "{text}: {ts:#?}"
        );
    }
    // a participle on its noun is no clause: the positions were shelled by someone unnamed
    let ts = triples(
        "The shelled Azerbaijani positions were abandoned by Armenian troops.",
        None,
    );
    assert!(!ts.iter().any(|t| t.relation == "bombs"), "{ts:#?}");
}

#[test]
fn what_a_dispute_or_talks_are_about_is_no_event_of_its_own() {
    for (text, relation) in [
        (
            "The row over trade between Japan and South Korea deepened on Monday.",
            "trades_with",
        ),
        (
            "The dispute over a fishing agreement between Norway and Iceland flared again.",
            "signs_agreement_with",
        ),
        (
            "The war of words about the trade deal between Canada and Mexico grew louder.",
            "signs_agreement_with",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.relation == relation),
            "{text}: {ts:#?}"
        );
    }
    // the talks are held, between the parties named on their topic; the ceasefire is not
    let ts = triples(
        "Talks on a ceasefire between Armenia and Azerbaijan resumed in Geneva.",
        None,
    );
    assert!(
        has(&ts, "country:ARM", "meets", "country:AZE").is_some(),
        "{ts:#?}"
    );
    assert!(
        !ts.iter()
            .any(|t| t.cameo.as_deref().is_some_and(|c| c.starts_with("087"))),
        "{ts:#?}"
    );
    let ts = triples(
        "Norway and Iceland signed a fishing agreement on Monday.",
        None,
    );
    assert!(
        has(&ts, "country:NOR", "signs_agreement_with", "country:ISL").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn to_govern_or_steer_a_state_is_no_cooperation_with_it() {
    for text in [
        "Fidel Castro governed Cuba for almost fifty years.",
        "Lee Kuan Yew steered Singapore through its first decades.",
        "Tito governed Yugoslavia with a firm hand.",
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.relation == "cooperates_with"),
            "{text}: {ts:#?}"
        );
    }
    let ts = triples("Cuba cooperated with Venezuela on oil exploration.", None);
    assert!(
        has(&ts, "country:CUB", "cooperates_with", "country:VEN").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn what_is_blocked_vetoed_or_prevented_is_not_done() {
    for (text, relations) in [
        (
            "Britain and France said they would block a move in the Security Council to impose sanctions against Syria.",
            &["sanctions"][..],
        ),
        (
            "The navy prevented Iran from acquiring new submarines from Russia.",
            &["acquires_from", "supplies"][..],
        ),
        ("Russia vetoed a resolution condemning Israel.", &["criticizes"][..]),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| relations.contains(&t.relation.as_str())
                && matches!(t.modality, Modality::Asserted | Modality::Reported)),
            "{text}: {ts:#?}"
        );
    }
    // the blocking verb's own circumstances are done
    let ts = triples(
        "Russia vetoed the resolution, while Britain backed Ukraine.",
        None,
    );
    let t = has(&ts, "country:GBR", "supports", "country:UKR").expect("the backing");
    assert_eq!(t.modality, Modality::Asserted);
}

#[test]
fn states_that_speak_of_their_own_act_accuse_no_one_and_its_is_no_plural() {
    for (text, a, b, target) in [
        (
            "India and Bhutan said their troops had fired on Chinese patrols.",
            "country:IND",
            "country:BTN",
            "country:CHN",
        ),
        (
            "Armenia and Georgia said they had closed their borders to Russian trucks.",
            "country:ARM",
            "country:GEO",
            "country:RUS",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.relation == "accuses"),
            "{text}: {ts:#?}"
        );
        for s in [a, b] {
            let t = ts
                .iter()
                .find(|t| t.subject.id == s && t.object.id == target)
                .unwrap_or_else(|| panic!("{text}: {s}: {ts:#?}"));
            assert_eq!(t.claimed_by.as_ref().map(|c| c.id.as_str()), Some(s));
        }
    }
    // "its" is India's, not the troops': India accuses Pakistan
    let ts = triples(
        "India said Pakistani troops had fired on its patrols.",
        None,
    );
    assert!(
        has(&ts, "gov:PAK:army", "attacks", "country:IND").is_some(),
        "{ts:#?}"
    );
    assert!(
        has(&ts, "country:IND", "accuses", "gov:PAK:army").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn a_states_allies_rivals_and_opponents_are_not_the_state() {
    for (text, not) in [
        (
            "Biden called on U.S. allies to help keep the strait open.",
            "country:USA",
        ),
        (
            "Putin urged Russia's neighbours to join the union.",
            "country:RUS",
        ),
        (
            "Anti-American protesters attacked the Jordanian embassy.",
            "country:USA",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.plover.is_some()
                && (t.subject.country.as_deref() == not.strip_prefix("country:")
                    && t.subject.id != "person:joe-biden"
                    && t.subject.id != "person:vladimir-putin"
                    || t.object.id == not)),
            "{text}: {ts:#?}"
        );
    }
    // an alliance's allies are its members
    let ts = triples(
        "Biden called on NATO allies to help keep the strait open.",
        None,
    );
    assert!(
        has(&ts, "person:joe-biden", "appeals_to", "org:nato").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn where_the_thing_attacked_lies_is_whom_it_is_done_to() {
    for (text, subject, relation, object) in [
        (
            "The Taliban claimed responsibility for an attack on a market in Pakistan.",
            "group:taliban",
            "attacks",
            "country:PAK",
        ),
        (
            "Israeli troops raided a refugee camp in the West Bank.",
            "gov:ISR:idf",
            "attacks",
            "country:PSE",
        ),
        (
            "Armenian forces shelled a village in Azerbaijan.",
            "gov:ARM:military",
            "bombs",
            "country:AZE",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            has(&ts, subject, relation, object).is_some(),
            "{text}: {ts:#?}"
        );
    }
    // where a deal is signed is no party to it
    let ts = triples("Russia signed a deal in Paris with Ukraine.", None);
    assert!(
        !ts.iter()
            .any(|t| t.subject.id == "country:FRA" || t.object.id == "country:FRA"),
        "{ts:#?}"
    );
}

#[test]
fn they_of_a_state_that_speaks_is_the_state() {
    let ts = triples("The US said they had struck targets in Syria.", None);
    let t = has(&ts, "country:USA", "bombs", "country:SYR").expect("the strike");
    assert_eq!(t.modality, Modality::Reported);
    let ts = triples(
        "Russia claimed that they had shelled Ukrainian positions.",
        None,
    );
    assert!(
        has(&ts, "country:RUS", "bombs", "country:UKR").is_some(),
        "{ts:#?}"
    );
    let ts = triples("France said they would send more troops to Mali.", None);
    assert!(
        ts.iter()
            .any(|t| t.subject.id == "country:FRA" && t.object.id == "country:MLI"),
        "{ts:#?}"
    );
    // nor a state named in what is said before: the governments cancel, not Russia
    let ts = triples(
        "The three governments said Iran's arms sales to Russia were a threat and announced that they would cancel flights to Iran.",
        None,
    );
    assert!(
        !ts.iter()
            .any(|t| t.subject.id == "country:RUS" && t.object.id == "country:IRN"),
        "{ts:#?}"
    );
    // "they" after no word of saying is not the state: the rebels attacked, not Russia
    let ts = triples(
        "Russia hosted the rebels because they had attacked Ukraine.",
        None,
    );
    assert!(
        has(&ts, "country:RUS", "attacks", "country:UKR").is_none(),
        "{ts:#?}"
    );
}

#[test]
fn stepping_up_is_the_event_of_what_is_stepped_up() {
    let ts = triples(
        "Egyptian authorities announced they were stepping up military operations against Hamas.",
        None,
    );
    assert!(
        !ts.iter().any(|t| t.relation == "cooperates_with"),
        "{ts:#?}"
    );
    for (text, subject, relation, object) in [
        (
            "Japan stepped up aid to the Philippines.",
            "country:JPN",
            "aids",
            "country:PHL",
        ),
        (
            "Russia intensified its attacks on Ukrainian cities.",
            "country:RUS",
            "attacks",
            "country:UKR",
        ),
        (
            "Norway boosted cooperation with Sweden.",
            "country:NOR",
            "cooperates_with",
            "country:SWE",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            has(&ts, subject, relation, object).is_some(),
            "{text}: {ts:#?}"
        );
    }
}

#[test]
fn what_no_one_does_is_not_done() {
    for (text, subject, object) in [
        (
            "So far none of the Turkish ships are known to have been attacked by Greece.",
            "country:GRC",
            "other:TUR:shipping",
        ),
        (
            "No Russian troops crossed into Georgia on Monday.",
            "gov:RUS:military",
            "country:GEO",
        ),
        ("Neither side attacked Chad.", "", "country:TCD"),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter()
                .any(|t| (subject.is_empty() || t.subject.id == subject)
                    && t.object.id == object
                    && t.modality != Modality::Negated),
            "{text}: {ts:#?}"
        );
    }
    // "no fewer than" counts those who did it
    let ts = triples("No fewer than ten Russian jets bombed Syria.", None);
    let t = has(&ts, "gov:RUS:military", "bombs", "country:SYR").expect("the bombing");
    assert_eq!(t.modality, Modality::Asserted);
}

#[test]
fn to_say_another_state_attacked_accuses_it_though_no_one_attacked_is_named() {
    for (text, accuser, accused) in [
        (
            "Greece said Turkish jets had violated its airspace and that Turkey had attacked again.",
            "country:GRC",
            "country:TUR",
        ),
        (
            "Ecuador said that Peru had bombed the border posts overnight.",
            "country:ECU",
            "country:PER",
        ),
        (
            "The Indian government said that Pakistani troops had fired on themselves to stage the incident.",
            "gov:IND:government",
            "gov:PAK:army",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter().any(|t| t.relation == "accuses"
                && t.subject.id.starts_with(accuser)
                && t.object.id == accused),
            "{text}: {ts:#?}"
        );
    }
    // look-alikes: a person or group whose fate is wished is no one accused, and what the
    // speakers' own state did accuses no one
    for text in [
        "Britain said the Taliban were defeated and Al Qaeda crushed.",
        "Ecuador said its troops had attacked before dawn.",
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.relation == "accuses"),
            "{text}: {ts:#?}"
        );
    }
}

#[test]
fn a_short_name_ending_a_longer_unknown_name_is_not_the_lexicons() {
    // "Congress" alone is the U.S. Congress; at the end of a name the lexicon lacks it is not
    for text in [
        "The Iraqi National Congress welcomed the decision.",
        "Delegates of the Somali Reconciliation Congress met in Nairobi.",
        "Leaders of the Pan Andean Congress condemned Chile.",
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter()
                .any(|t| t.subject.id == "gov:USA:congress" || t.object.id == "gov:USA:congress"),
            "{text}: {ts:#?}"
        );
    }
    // look-alikes: after a name of the lexicon, a function word or a weekday it still is
    for text in [
        "The U.S. Congress condemned Chile.",
        "On Tuesday Congress condemned Chile.",
    ] {
        let ts = triples(text, None);
        assert!(
            ts.iter().any(|t| t.subject.id == "gov:USA:congress"),
            "{text}: {ts:#?}"
        );
    }
}

#[test]
fn what_is_fired_used_or_deployed_is_the_means_and_its_maker_no_target() {
    for (text, maker, target) in [
        (
            "Houthi rebels fired Iranian missiles at Saudi Arabia.",
            "country:IRN",
            Some("country:SAU"),
        ),
        (
            "Syria used Russian weapons to attack the town.",
            "country:RUS",
            None,
        ),
        (
            "Ethiopia deployed Turkish drones against Eritrea.",
            "country:TUR",
            Some("country:ERI"),
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter()
                .any(|t| t.plover.is_some() && t.object.id == maker),
            "{text}: {ts:#?}"
        );
        if let Some(target) = target {
            assert!(
                ts.iter()
                    .any(|t| t.plover.is_some() && t.object.id == target),
                "{text}: {ts:#?}"
            );
        }
    }
    // look-alike: a thing of a state attacked, by a verb that does not use it, is the state's
    let ts = triples("Israeli jets bombed a Syrian convoy.", None);
    assert!(ts.iter().any(|t| t.object.id == "country:SYR"), "{ts:#?}");
}

#[test]
fn a_particle_read_as_a_preposition_leaves_the_verb_its_object() {
    for (text, s, o) in [
        (
            "Turkey shot down a Russian jet.",
            "country:TUR",
            "country:RUS",
        ),
        (
            "Pakistan shot down an Indian drone over Kashmir on Friday.",
            "country:PAK",
            "country:IND",
        ),
        (
            "Syria shot down an Israeli warplane, the army said.",
            "country:SYR",
            "country:ISR",
        ),
    ] {
        let ts = triples(text, None);
        let state = |id: &str| id.strip_prefix("country:").map(str::to_string);
        assert!(
            ts.iter()
                .any(|t| t.subject.id == s && t.object.country == state(o) && t.plover.is_some()),
            "{text}: {ts:#?}"
        );
    }
    // look-alike: in the passive the noun after "by" is the one who acts, not an object
    let ts = triples("A Russian jet was shot down by Turkey.", None);
    assert!(
        !ts.iter()
            .any(|t| t.subject.id == "country:RUS" && t.object.id == "country:TUR"),
        "{ts:#?}"
    );
}

#[test]
fn one_meets_people_not_the_state_of_a_thing() {
    for (text, not) in [
        (
            "Japan is trying to meet U.S. standards on car safety.",
            "country:USA",
        ),
        (
            "Germany and France discussed the Iranian proposal on Monday.",
            "country:IRN",
        ),
        (
            "Blinken discussed the Russian draft with Wang Yi.",
            "country:RUS",
        ),
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter()
                .any(|t| t.plover.is_some() && (t.object.id == not || t.subject.id == not)),
            "{text}: {ts:#?}"
        );
    }
    let ts = triples("Blinken discussed the Russian draft with Wang Yi.", None);
    assert!(
        has(&ts, "person:antony-blinken", "meets", "person:wang-yi").is_some()
            || ts.iter().any(|t| t.subject.id == "person:antony-blinken"
                && t.object.id == "person:wang-yi"),
        "{ts:#?}"
    );
    // look-alikes: a body of people of a state, and a place of it, stay
    let ts = triples("Macron met the Iranian delegation.", None);
    assert!(
        ts.iter()
            .any(|t| t.object.country.as_deref() == Some("IRN")),
        "{ts:#?}"
    );
    let ts = triples("Modi visited the Chinese capital.", None);
    assert!(
        has(&ts, "person:narendra-modi", "visits", "country:CHN").is_some(),
        "{ts:#?}"
    );
}

#[test]
fn what_a_prospect_is_for_or_of_may_yet_happen() {
    for (text, a, b) in [
        (
            "The row dashed any hope of a meeting between Putin and Zelensky.",
            "person:vladimir-putin",
            "person:volodymyr-zelensky",
        ),
        (
            "Chile set a pullback of troops as a precondition for talks with Bolivia.",
            "country:CHL",
            "country:BOL",
        ),
        (
            "The ceasefire raised the possibility of talks between Armenia and Azerbaijan.",
            "country:ARM",
            "country:AZE",
        ),
    ] {
        let ts = triples(text, None);
        let t = ts
            .iter()
            .find(|t| t.subject.id == a && t.object.id == b)
            .unwrap_or_else(|| panic!("{text}: {ts:#?}"));
        assert_eq!(t.modality, Modality::Hedged, "{text}");
    }
    // look-alike: "on the way to" a place is no prospect
    let ts = triples("Russia held talks with Ukraine on the way to Geneva.", None);
    let t = has(&ts, "country:RUS", "meets", "country:UKR").expect("the talks");
    assert_eq!(t.modality, Modality::Asserted);
    // what is plotted is attempted, not done
    let ts = triples(
        "Peruvian rebels plotted to assassinate the Chilean president.",
        None,
    );
    assert!(
        ts.iter()
            .filter(|t| t.plover.is_some())
            .all(|t| t.modality != Modality::Asserted),
        "{ts:#?}"
    );
}

#[test]
fn a_person_does_not_meet_or_work_with_their_own_state() {
    // (the capital a visitor's talks are held in is no party to them)
    for (text, person, state) in [
        (
            "Blinken's Beijing talks with Chinese Foreign Minister Wang Yi ended late.",
            "person:wang-yi",
            "country:CHN",
        ),
        (
            "Kerry's Tehran talks with Iranian Foreign Minister Javad Zarif ended late.",
            "person:mohammad-javad-zarif",
            "country:IRN",
        ),
        (
            "Macron's Berlin talks with German Chancellor Olaf Scholz lasted two hours.",
            "person:olaf-scholz",
            "country:DEU",
        ),
        (
            "Defence Minister Robert Hill provided new details of two Australian men held in Pakistan.",
            "person:robert-hill",
            "other:AUS:civilians",
        ),
    ] {
        let ts = triples(text, Some("2022-06-01"));
        assert!(
            !ts.iter().any(|t| t.plover.is_some()
                && ((t.subject.id == person && t.object.id == state)
                    || (t.subject.id == state && t.object.id == person))),
            "{text}: {ts:#?}"
        );
    }
    // look-alike: a person may still criticise their own state
    let ts = triples(
        "Alexei Navalny sharply criticized Russia.",
        Some("2020-01-01"),
    );
    assert!(
        ts.iter()
            .any(|t| t.relation == "criticizes" && t.object.id == "country:RUS"),
        "{ts:#?}"
    );
}

#[test]
fn george_bush_is_the_one_in_office_on_the_articles_date() {
    let text = "Vice President George Bush met Saudi Arabia's Crown Prince on Monday.";
    let of = |date: Option<&str>| {
        triples(text, date)
            .iter()
            .filter(|t| t.subject.name.contains("Bush"))
            .map(|t| t.subject.id.clone())
            .collect::<Vec<_>>()
    };
    assert!(of(Some("1987-06-01"))
        .iter()
        .all(|id| id == "person:george-h-w-bush"));
    assert!(!of(Some("1987-06-01")).is_empty());
    let ts = triples(
        "George Bush met Tony Blair in Washington.",
        Some("2003-02-01"),
    );
    assert!(
        ts.iter().any(|t| t.subject.id == "person:george-w-bush"),
        "{ts:#?}"
    );
    // undated, it stays unresolved, and is no new entity either
    let ts = triples("George Bush met Tony Blair in Washington.", None);
    assert!(
        !ts.iter()
            .any(|t| t.subject.id.contains("bush") || t.object.id.contains("bush")),
        "{ts:#?}"
    );
}

#[test]
fn the_time_of_a_participle_on_an_event_noun_is_the_events() {
    // 1987-04-27 was a Monday
    for (text, a, b, day) in [
        (
            "Talks between Canada and Mexico, scheduled for Thursday, will cover fisheries.",
            "country:CAN",
            "country:MEX",
            "1987-04-30",
        ),
        (
            "Two rounds of talks between Chile and Peru, set for Wednesday, were announced.",
            "country:CHL",
            "country:PER",
            "1987-04-29",
        ),
        (
            "Norway confirmed talks with Sweden planned for Friday.",
            "country:NOR",
            "country:SWE",
            "1987-05-01",
        ),
    ] {
        let ts = triples(text, Some("1987-04-27"));
        assert!(
            ts.iter().any(|t| t.plover.is_some()
                && t.subject.id == a
                && t.object.id == b
                && t.date.as_deref() == Some(day)),
            "{text}: {ts:#?}"
        );
    }
    // look-alike: the time of a relative clause on the noun is the clause's, not the event's
    let ts = triples(
        "Talks between Canada and Mexico, which officials praised on Tuesday, ended.",
        Some("1987-04-27"),
    );
    assert!(
        ts.iter()
            .filter(|t| t.relation == "meets")
            .all(|t| t.date.as_deref() != Some("1987-04-28")),
        "{ts:#?}"
    );
}

#[test]
fn every_act_of_a_coordinated_threat_is_threatened() {
    for (text, object) in [
        (
            "China threatened to blockade and invade Taiwan.",
            "country:TWN",
        ),
        (
            "Iran threatened to close the strait and attack American ships.",
            "USA",
        ),
        (
            "Russia threatened to cut and block gas supplies to Moldova.",
            "country:MDA",
        ),
    ] {
        let ts = triples(text, None);
        let events: Vec<&Triple> = ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(!events.is_empty(), "{text}");
        for t in events {
            assert_eq!(t.relation, "threatens", "{text}: {t:#?}");
            assert!(
                t.object.id == object || t.object.country.as_deref() == Some(object),
                "{text}: {t:#?}"
            );
        }
    }
    // a threat and an act, each with its own subject's verb: the act happened
    let ts = triples("China threatened Japan and invaded Taiwan.", None);
    assert!(
        has(&ts, "country:CHN", "invades", "country:TWN").is_some(),
        "{ts:#?}"
    );
    assert!(has(&ts, "country:CHN", "threatens", "country:JPN").is_some());
}

#[test]
fn what_is_feared_or_risked_may_yet_happen() {
    for text in [
        "The risk of an Iranian attack on Kuwait is low.",
        "Fears of a Chinese invasion of Taiwan grew in Tokyo.",
        "Analysts warned of the danger of a war between India and Pakistan.",
    ] {
        let ts = triples(text, None);
        let events: Vec<&Triple> = ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(!events.is_empty(), "{text}");
        for t in events {
            assert_eq!(t.modality, Modality::Hedged, "{text}: {t:#?}");
        }
    }
    // an attack that raised a risk happened
    let ts = triples(
        "The Iranian attack on Kuwait raised the risk to shipping.",
        None,
    );
    let t = has(&ts, "country:IRN", "attacks", "country:KWT").expect("the attack");
    assert_eq!(t.modality, Modality::Asserted);
}

#[test]
fn a_place_of_the_actors_own_state_is_no_state_acted_on() {
    for text in [
        "Iraqi troops attacked the city of Arbil.",
        "Russian forces shelled Grozny on Monday.",
        "Afghan police raided a village near Kandahar.",
    ] {
        let ts = triples(text, None);
        assert!(
            !ts.iter().any(|t| t.plover.is_some()
                && t.object.id.starts_with("country:")
                && t.subject.country == t.object.country),
            "{text}: {ts:#?}"
        );
    }
    // a place of another state stands for it
    let ts = triples("Russian forces shelled Kharkiv on Monday.", None);
    assert!(
        ts.iter()
            .any(|t| t.object.id == "country:UKR" && t.relation == "bombs"),
        "{ts:#?}"
    );
}

#[test]
fn what_one_is_keen_on_or_cool_to_doing_is_not_done() {
    for text in [
        "Netanyahu is cool to meeting Arafat.",
        "Iran is keen on meeting Iraq.",
        "Chile is wary of criticizing Argentina.",
    ] {
        let ts = triples(text, None);
        let events: Vec<&Triple> = ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(!events.is_empty(), "{text}");
        for t in events {
            assert_eq!(t.modality, Modality::Hedged, "{text}: {t:#?}");
        }
    }
    // busy doing it is doing it
    let ts = triples("Iran is busy meeting Iraq.", None);
    let t = has(&ts, "country:IRN", "meets", "country:IRQ").expect("the meeting");
    assert_eq!(t.modality, Modality::Asserted);
}

#[test]
fn a_clause_of_for_and_an_infinitive_proposes_the_act() {
    for text in [
        "The best option is for Germany to help Greece.",
        "The best course is for Britain to help Ireland.",
        "The only option left is for Germany to join forces with France.",
    ] {
        let ts = triples(text, None);
        let events: Vec<&Triple> = ts.iter().filter(|t| t.plover.is_some()).collect();
        assert!(!events.is_empty(), "{text}");
        for t in events {
            assert_eq!(t.modality, Modality::Hedged, "{text}: {t:#?}");
        }
    }
    // helping someone to do something is helping them
    let ts = triples("Germany helped Greece to rebuild the port.", None);
    let t = has(&ts, "country:DEU", "aids", "country:GRC").expect("the help");
    assert_eq!(t.modality, Modality::Asserted);
}
