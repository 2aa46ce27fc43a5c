//! What one discusses, debates or weighs is a topic: the state whose aid, offer or
//! sanctions are talked over is no partner of the talks; "with" still names one. And what a
//! denied report tells did not happen, as far as the one denying it says. A war or a
//! backing named in passing is the background, no event, and what a rejected criticism is
//! about is not rejected; a clause joined to a denied one is denied with it.
use super::*;

#[test]
fn the_owner_or_target_of_a_topic_is_no_partner_of_the_talks() {
    for (text, speaker, not_partners) in [
        (
            "Chile's president will discuss Peru's aid to Bolivia.",
            "CHL",
            &["PER", "BOL"][..],
        ),
        (
            "Mulroney and Tambo would discuss new sanctions against Pretoria.",
            "CAN",
            &["ZAF"][..],
        ),
        (
            "Kenya's president weighed Uganda's offer of troops for Somalia.",
            "KEN",
            &["UGA", "SOM"][..],
        ),
    ] {
        said(text).none(|t| {
            let parties = [&t.subject, &t.object];
            t.plover.is_some()
                && parties
                    .iter()
                    .any(|e| e.country.as_deref() == Some(speaker))
                && parties
                    .iter()
                    .any(|e| not_partners.contains(&e.country.as_deref().unwrap_or("")))
        });
    }
    // a partner named with "with", on the verb or hung by the parser on the topic, is one
    for (text, subject, object) in [
        (
            "The Turkish minister discussed Iran's nuclear programme with France.",
            "TUR",
            "FRA",
        ),
        (
            "Austria's chancellor discussed the Middle East with Israeli and Jordanian officials.",
            "AUT",
            "JOR",
        ),
    ] {
        said(text).any(|t| between(t, subject, object));
    }
}

#[test]
fn the_content_of_a_denied_report_is_negated() {
    for (text, subject, relation, object, modality) in [
        (
            "Kenya's foreign ministry dismissed a newspaper story that Uganda had shelled Kenyan villages.",
            "country:UGA",
            "bombs",
            "country:KEN",
            Modality::Negated,
        ),
        (
            "Peru's embassy rejected an article's claim that Chile had seized Peruvian boats.",
            "country:CHL",
            "seizes",
            "country:PER",
            Modality::Negated,
        ),
        (
            "Ghana disputed a radio report that Togolese troops had attacked Ghanaian farmers.",
            "gov:TGO:military",
            "attacks",
            "other:GHA:civilians",
            Modality::Negated,
        ),
        // a confirmed report is the confirmer's claim
        (
            "Ghana confirmed a radio report that Togolese troops had attacked Ghanaian farmers.",
            "gov:TGO:military",
            "attacks",
            "other:GHA:civilians",
            Modality::Reported,
        ),
    ] {
        said(text).modality(subject, relation, object, modality);
    }
}

#[test]
fn a_standing_war_or_backing_named_in_passing_is_no_event() {
    // the war, the fight or the backing is the background of what is told: no event of
    // the news (each of these gave one before)
    for text in [
        "Austria stayed neutral in the war between Peru and Ecuador.",
        "Hundreds of villagers died in the ELN's long fight against Colombia.",
        "Lithuania, a firm backer of Ukraine in its war with Russia, hosted the summit.",
        "Diplomats cite one obstacle, Cuba's support for Venezuela.",
        "Observers see evidence of Cuba's support for Venezuela.",
        "Tanzania, angry over Kenya's backing for Uganda, closed the border.",
        "Oil supplies are threatened by the war between Peru and Chile.",
        "Bolivia was weakened by its long war with Paraguay.",
    ] {
        said(text).no_events();
    }
    // what is done to the state, its start, a dated war and the fighting of a day are
    // events
    said("Ten soldiers died in fighting between Sudan and Chad on Monday.")
        .any(|t| t.plover.is_some() && states(t, "SDN", "TCD"));
    said("Peru declared war on Ecuador.").get("country:PER", "attacks", "country:ECU");
    said("Cuba pledged its support for Venezuela.").get("country:CUB", "promises", "country:VEN");
    said("Chile thanked Argentina for its support for Bolivia.").get(
        "country:ARG",
        "supports",
        "country:BOL",
    );
    said("Analysts fear the risk of a war between Peru and Chile.")
        .any(|t| t.plover.is_some() && states(t, "PER", "CHL"));
    said("The imposition of sanctions on Iran by Canada angered Tehran.").get(
        "country:CAN",
        "sanctions",
        "country:IRN",
    );
    said("The 1995 war between Peru and Ecuador left scars.")
        .any(|t| t.plover.is_some() && states(t, "PER", "ECU"));
}

#[test]
fn what_a_denied_report_says_one_continues_to_do_is_denied_too() {
    // (each was asserted before: the act hangs on "continuing" or is a noun to the tagger)
    for (text, subject, relation, object) in [
        (
            "Moscow denied a report that Russia was continuing to ship arms to Syria.",
            "country:RUS",
            "supplies",
            "country:SYR",
        ),
        (
            "Moscow denied a report that Russia was shipping arms to Syria.",
            "country:RUS",
            "supplies",
            "country:SYR",
        ),
        (
            "Cairo dismissed a report that Egypt was continuing to send troops to Libya.",
            "country:EGY",
            "aids",
            "country:LBY",
        ),
    ] {
        said(text).modality(subject, relation, object, Modality::Negated);
    }
    // a report confirmed is no denial
    said("Moscow confirmed a report that Russia was continuing to ship arms to Syria.")
        .find_is(|t| t.relation == "supplies", Modality::Reported);
}

#[test]
fn what_a_rejected_criticism_is_about_is_not_rejected() {
    // the critics are rejected, not the state the criticised policy is about (each gave a
    // rejection of that state before)
    for (text, about) in [
        (
            "Ankara rejected criticism of its policy on Cyprus.",
            "country:CYP",
        ),
        (
            "Beijing rejected criticism of its policy toward Taiwan.",
            "country:TWN",
        ),
        (
            "Australia has long rejected criticism of its record on Papua New Guinea.",
            "country:PNG",
        ),
    ] {
        said(text).none(|t| t.relation == "rejects" && t.object.id == about);
    }
    // the critics, named as owner, adjective or "from", are
    each_gives(&[
        (
            "Ankara rejected criticism from Greece.",
            "country:TUR",
            "rejects",
            "country:GRC",
        ),
        (
            "Iran rejected the US accusation.",
            "country:IRN",
            "rejects",
            "country:USA",
        ),
    ]);
}

#[test]
fn a_clause_joined_to_a_denied_one_is_denied_too() {
    each_has(
        Modality::Negated,
        &[
            (
                "Chile denied that it had attacked Peru or that it had expelled Bolivian diplomats.",
                "country:CHL",
                "expels",
                "gov:BOL:government",
            ),
            (
                "Peru denied that it had invaded Ecuador or that it had seized Ecuadorean boats.",
                "country:PER",
                "seizes",
                "country:ECU",
            ),
            (
                "Turkey denied that it had bombed Syria or that it had sent troops into Iraq.",
                "country:TUR",
                "mobilizes_against",
                "country:IRQ",
            ),
        ],
    );
    // look-alike: a clause of another speaker joined to the denial is that speaker's
    said("Chile denied that it had attacked Peru, and Bolivia said it had expelled Chilean diplomats.")
        .modality("country:BOL", "expels", "gov:CHL:government", Modality::Reported);
}

#[test]
fn what_talks_or_a_deal_are_on_is_no_party_to_them() {
    for (text, not) in [
        (
            "Egypt clinched a deal on Israel's withdrawal.",
            "country:ISR",
        ),
        ("Egypt held talks on Libyan oil.", "country:LBY"),
        ("Egypt signed an agreement on Syria's debt.", "country:SYR"),
        (
            "Egypt signed a deal with Jordan on Israel's withdrawal.",
            "country:ISR",
        ),
    ] {
        said(text).none(|t| t.plover.is_some() && (t.object.id == not || t.subject.id == not));
    }
    // look-alikes: the partner named by "with" or "between", and a war waged "on" a state
    said("Egypt signed a deal with Jordan on Israel's withdrawal.").get(
        "country:EGY",
        "signs_agreement_with",
        "country:JOR",
    );
    said("Talks on a ceasefire between Armenia and Azerbaijan resumed.").get(
        "country:ARM",
        "meets",
        "country:AZE",
    );
    said("Iran declared war on Iraq.").get("country:IRN", "attacks", "country:IRQ");
}

#[test]
fn what_another_did_with_a_thing_one_blocks_is_not_undone() {
    // a clause on the object with a doer of its own tells a fact: the promise was made
    each_has(
        Modality::Asserted,
        &[
            (
                "Peru rejected the loan Chile had promised to Bolivia.",
                "country:CHL",
                "promises",
                "country:BOL",
            ),
            (
                "Peru vetoed the aid Japan pledged to Chile.",
                "country:JPN",
                "promises",
                "country:CHL",
            ),
            (
                "Germany blocked the loan that Italy promised to Greece.",
                "country:ITA",
                "promises",
                "country:GRC",
            ),
        ],
    );
    // look-alike: what a blocked resolution would do is kept from being done
    said("The US vetoed a resolution that would impose sanctions on Israel.")
        .none(|t| t.relation == "sanctions" && t.modality != Modality::Negated);
}

#[test]
fn what_talks_are_about_is_not_done_by_talking_of_it() {
    each_none(
        &[
            "Chile and Peru talked about sending troops to Bolivia.",
            "Chile and Peru negotiated over how to supply Bolivia with arms.",
            "Chile and Peru discussed sending troops to Bolivia.",
            "Argentina and Brazil negotiated on ways of protecting Uruguayan ships.",
        ],
        |t| {
            t.object
                .country
                .as_deref()
                .is_some_and(|c| c == "BOL" || c == "URY")
        },
    );
    // the talks themselves stay
    said("Chile and Peru talked about sending troops to Bolivia.").get(
        "country:CHL",
        "meets",
        "country:PER",
    );
    // look-alikes: an act told beside talks, or begun, is done
    said("Chile sent troops to Bolivia after talks with Peru.").get(
        "country:CHL",
        "aids",
        "country:BOL",
    );
    said("Chile began sending troops to Bolivia.").get("country:CHL", "aids", "country:BOL");
}

#[test]
fn what_one_doubts_or_fears_doing_is_not_done() {
    each_none(
        &[
            "France expressed doubts about removing British missiles from Belgium.",
            "Japan raised questions about buying Russian gas.",
            "Spain expressed reservations about selling arms to Morocco.",
            "Chile and Peru held talks about sending troops to Bolivia.",
        ],
        |t| t.plover.is_some() && !matches!(t.relation.as_str(), "negotiates_with" | "meets"),
    );
    // look-alikes: concern about an act named by a noun takes it as done; a protest about
    // an act is a protest
    said("Iran voiced concern about Iraq's attack on Kuwait.").get(
        "country:IRQ",
        "attacks",
        "country:KWT",
    );
    said("China protested about Japan's seizing of the boat.").get(
        "country:CHN",
        "protests_against",
        "country:JPN",
    );
}

#[test]
fn an_event_kept_from_happening_did_not_happen() {
    // prevented or averted, an attack is not made; blocked or vetoed, a deal is not signed
    for (text, a, b) in [
        (
            "Japan tried to prevent an attack by North Korea on South Korea.",
            "PRK",
            "KOR",
        ),
        ("France averted a German invasion of Belgium.", "DEU", "BEL"),
        (
            "Brazil blocked a deal between Peru and Chile.",
            "PER",
            "CHL",
        ),
        (
            "The United States vetoed a trade pact between Cuba and Mexico.",
            "CUB",
            "MEX",
        ),
    ] {
        let s = said(text);
        s.any(|t| between(t, a, b) && t.modality == Modality::Negated);
        s.none(|t| between(t, a, b) && t.modality != Modality::Negated);
    }
    // the one who prevents it neither supports nor attacks its maker
    said("Japan tried to prevent an attack by North Korea on South Korea.")
        .none(|t| between(t, "JPN", "PRK"));
    // look-alike: an advance that is blocked had begun
    said("Ukrainian forces blocked a Russian advance on Kyiv.")
        .none(|t| t.modality == Modality::Negated);
}

#[test]
fn talks_that_are_stuck_are_no_meeting() {
    // an impasse, a deadlock or a standstill of talks is a state, not a meeting of the news
    each_none(
        &[
            "The impasse in negotiations between Syria and Israel continued.",
            "Talks between Peru and Chile have been deadlocked since 2019.",
            "The deadlock in talks between Kenya and Somalia worried donors.",
            "Talks between Kenya and Somalia are at a standstill.",
        ],
        |t| t.plover.is_some(),
    );
    // look-alike: talks that resume are held
    said("Talks between Peru and Chile resumed in Lima.").get(
        "country:PER",
        "meets",
        "country:CHL",
    );
}

#[test]
fn a_visit_or_talks_called_off_did_not_take_place() {
    // cancelled, postponed or called off: the visit, the talks or the attack is not made
    for (text, a, b) in [
        ("Kenya's visit to Uganda was cancelled.", "KEN", "UGA"),
        ("Kenya postponed its visit to Uganda.", "KEN", "UGA"),
        ("Peru called off talks with Chile.", "PER", "CHL"),
        ("Iran postponed its attack on Iraq.", "IRN", "IRQ"),
    ] {
        let s = said(text);
        s.none(|t| {
            between(t, a, b)
                && matches!(
                    t.relation.as_str(),
                    "visits" | "meets" | "attacks" | "supports"
                )
                && t.modality != Modality::Negated
        });
    }
    // look-alike: a strike that is hampered is made
    said("Bad weather hampered an American strike on Iran.").any(|t| {
        t.relation == "attacks" && between(t, "USA", "IRN") && t.modality == Modality::Asserted
    });
}

#[test]
fn those_backed_at_talks_did_not_meet_each_other() {
    // the occasion a verb's phrase names takes no parties from the verb's objects
    each_none(
        &[
            "Kenya and Ghana backed Peru and Chile at the Geneva talks.",
            "Norway supported Sweden and Finland at the Oslo talks.",
            "Brazil praised Peru and Chile at the Lima talks.",
        ],
        |t| t.relation == "meets",
    );
    // look-alike: the one who spoke after talks with another met it
    said("Kenya spoke after talks with Uganda.").get("country:KEN", "meets", "country:UGA");
}
