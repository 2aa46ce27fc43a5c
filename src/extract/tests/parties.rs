//! Who the parties of an event are when a sentence names more actors than the event has:
//! a state's own body acting on the state, an event noun's agent beside a "by" phrase of
//! another noun, a state commanding its own forces or putting them on alert, and the
//! phrase of why one acts ("in response to"), which names no one acted on.
use super::*;

#[test]
fn a_body_of_a_state_does_not_act_on_its_own_state() {
    for (text, own, other) in [
        (
            "The Spanish navy protected Spanish-owned Moroccan trawlers.",
            "ESP",
            "MAR",
        ),
        (
            "The Dutch army protected Dutch-owned Surinamese farms.",
            "NLD",
            "SUR",
        ),
        (
            "The Chinese navy protected Chinese-flagged Pakistani freighters.",
            "CHN",
            "PAK",
        ),
    ] {
        let own_state = format!("country:{own}");
        said(text)
            .any(|t| between(t, own, other))
            .none(|t| t.plover.is_some() && t.object.id == own_state);
    }
    // the state acting on a body of its own is another matter: "Turkey arrested Turkish
    // officers" stays
    said("Turkey arrested dozens of Turkish army officers.")
        .any(|t| t.subject.id == "country:TUR" && t.relation == "arrests");
}

#[test]
fn a_by_phrase_after_an_event_noun_with_its_own_agent_is_another_nouns() {
    for (text, person) in [
        (
            "Markets rose after confirmation of a Turkish drone strike on Syria by Recep Tayyip Erdogan.",
            "person:recep-tayyip-erdogan",
        ),
        (
            "The paper printed a denial of a Russian missile attack on Ukraine by Sergei Lavrov.",
            "person:sergei-lavrov",
        ),
        (
            "The news followed the announcement of an Israeli raid on Gaza by Benjamin Netanyahu.",
            "person:benjamin-netanyahu",
        ),
    ] {
        said(text).none(|t| t.plover.is_some() && t.subject.id == person);
    }
    // a noun without an agent of its own takes the "by" phrase's
    said("The raid on Syria by Turkish jets ended at dawn.").any(|t| between(t, "TUR", "SYR"));
}

#[test]
fn two_bodies_of_one_state_working_together_are_no_event_between_states() {
    for text in [
        "Japan's defence ministry will cooperate with the Japanese coast guard.",
        "The Turkish foreign ministry met the Turkish army's chiefs.",
        "Israel's defence ministry supported the Israeli police.",
    ] {
        said(text).no_events();
    }
    // a clash between them is still told
    said("The Indian army attacked the Indian police.").any(|t| t.relation == "attacks");
}

#[test]
fn the_trade_a_sanction_falls_on_is_no_trade_between_states() {
    each_none(
        &[
            "Peru imposed tariffs on Chilean exports to Bolivia.",
            "Washington announced new duties on Brazilian steel exports to the United States.",
            "Kenya debated a ban on maize sales to Uganda.",
        ],
        |t| t.relation == "trades_with",
    );
    said("Peru increased its exports to Chile.").any(|t| between(t, "PER", "CHL"));
}

#[test]
fn a_state_working_with_a_body_of_its_own_is_no_event_between_states() {
    each_none(
        &[
            "Canada sent the treaty to the Canadian parliament for approval.",
            "Iran sent new rifles to the Iranian Revolutionary Guards.",
            "Japan's parliament backed Japan's plan.",
        ],
        within_one_state,
    );
}

#[test]
fn a_state_commanding_its_own_forces_is_its_own_business() {
    // an order or appeal to one's own army, police or navy is no event between states
    each_none(
        &[
            "The Chilean president ordered the Chilean army to return to its barracks.",
            "Kenya's president urged Kenyan police to show restraint.",
            "The Thai prime minister asked the Thai navy to patrol the gulf.",
        ],
        |t| {
            t.plover.is_some()
                && matches!(
                    t.cameo.as_deref().and_then(|c| c.get(..2)),
                    Some("02" | "10")
                )
        },
    );
    // to another state's forces, it is an appeal
    said("Chile's president urged Peru's army to respect the border.")
        .any(|t| t.relation == "appeals_to" && t.object.country.as_deref() == Some("PER"));
}

#[test]
fn forces_put_on_alert_are_no_target_and_why_one_acts_is_no_destination() {
    // a leader or state that puts its own forces on alert, or mobilises them, shows force
    // against no one it names (each gave a show of force against the forces before)
    each_none(
        &[
            "Erdogan placed the Turkish army on high alert.",
            "Erdogan put Turkish troops on alert against Syria.",
            "Erdogan mobilized the Turkish army.",
        ],
        |t| t.relation == "mobilizes_against",
    );
    // the "to" of an infinitive is not the "to" a verb of going needs, and a phrase of
    // "in response to", "in reply to" names no one gone to (each a visit before)
    each_none(&[
        "Modi said he had ordered Indian forces to go on high alert in response to Pakistani attacks.",
        "Ghana went to court in reply to Togolese claims.",
        "Oman ordered its navy to go on patrol in response to Yemeni raids.",
    ], |t| t.relation == "visits");
    // a state that masses troops near another still shows force against it, and one that
    // goes to another still visits it
    said("Russia massed troops near Ukraine.").get(
        "country:RUS",
        "mobilizes_against",
        "country:UKR",
    );
    said("Kenya plans to go to Uganda next week.").get("country:KEN", "visits", "country:UGA");
}

#[test]
fn a_states_kurdish_population_is_its_minority_not_the_state() {
    for text in [
        "British aircraft protect the Iraqi Kurdish population from Baghdad.",
        "Turkey expelled thousands of Iraqi Kurdish refugees.",
        "Iran shelled the Iraqi Kurdish community near the border.",
    ] {
        let said = said(text);
        said.any(|t| t.plover.is_some() && t.object.id == "group:IRQ:minority");
        said.none(|t| t.plover.is_some() && t.object.id == "country:IRQ");
    }
    // look-alike: the state's own population is its civilians, not a minority
    said("Syria praised the Iraqi population.")
        .any(|t| t.plover.is_some() && t.object.id == "other:IRQ:civilians");
}

#[test]
fn who_backs_a_group_is_neither_its_owner_nor_an_act_of_the_news() {
    // "Syrian backed militias", with or without the hyphen: Syria backs them, they are not
    // Syria's, and the backing is a standing state, no event
    for (text, not) in [
        (
            "Israeli troops attacked Syrian backed militias in Lebanon.",
            "SYR",
        ),
        ("Syrian backed militias attacked Israeli troops.", "SYR"),
        ("Yemeni troops fought Saudi sponsored tribesmen.", "SAU"),
    ] {
        said(text).none(|t| {
            t.plover.is_some()
                && (t.subject.country.as_deref() == Some(not)
                    || t.object.country.as_deref() == Some(not))
        });
    }
    said("Israeli troops attacked Syrian backed militias in Lebanon.").get(
        "gov:ISR:idf",
        "attacks",
        "group:LBN:rebels",
    );
    said("The Senate voted aid for the U.S.-backed rebels in Angola.")
        .none(|t| t.relation == "supports");
    // look-alikes: a state's armed forces are its own, and backing told as an act is one
    said("Syrian armed forces attacked Israeli troops.")
        .any(|t| t.relation == "attacks" && t.subject.country.as_deref() == Some("SYR"));
    said("Iran backed the rebels in Iraq.").get("country:IRN", "supports", "group:IRQ:rebels");
}

#[test]
fn a_phrase_of_time_hung_on_the_object_is_the_verbs_and_its_subjects() {
    // "after last week's talks with Jordan", read by the parser as the road's: the talks are
    // the subject's, as they are when the phrase hangs on the verb
    each_gives(&[
        (
            "Israel reopened the road after last week's talks with Jordan.",
            "country:ISR",
            "meets",
            "country:JOR",
        ),
        (
            "Iran released the sailors after last week's talks with Britain.",
            "country:IRN",
            "meets",
            "country:GBR",
        ),
        (
            "Ghana signed the deal before a visit to Togo.",
            "country:GHA",
            "visits",
            "country:TGO",
        ),
    ]);
    // look-alike: a thing made after a war is no party to it
    said("Chile praised the road built after the war with Peru.")
        .none(|t| t.relation == "fights" || t.relation == "attacks");
}

#[test]
fn backing_one_has_or_enjoys_from_another_is_the_others() {
    // "has backing", "enjoys backing from": a noun, not the verb "back" with its subject
    for (text, giver, given) in [
        (
            "The PKK has backing from Syria.",
            "country:SYR",
            "group:pkk",
        ),
        (
            "Hezbollah has backing from Iran.",
            "country:IRN",
            "group:hezbollah",
        ),
        (
            "Kenya enjoys backing from Uganda.",
            "country:UGA",
            "country:KEN",
        ),
    ] {
        let s = said(text);
        s.get(giver, "supports", given);
        s.lacks(given, "supports", giver);
    }
    // look-alike: the perfect progressive is still the verb
    said("Iran has been backing the Houthis.")
        .any(|t| t.relation == "supports" && t.subject.id == "country:IRN");
}

#[test]
fn diplomats_at_a_body_are_its_members_envoys_not_the_body() {
    // "U.N. diplomats", "NATO delegates": the member states' envoys to the body
    each_none(
        &[
            "The Kenyan envoy conferred with U.N. diplomats in New York.",
            "Peru's foreign minister met NATO diplomats in Brussels.",
            "The Kenyan envoy conferred with several U.N. Diplomats in New York.",
        ],
        |t| t.plover.is_some() && (t.subject.country.is_none() || t.object.country.is_none()),
    );
    // whose they are, a possessive still says
    said("Cuba said its U.N. diplomats met American officials in New York.").any(|t| {
        t.relation == "meets"
            && t.subject.id == "country:CUB"
            && t.object.country.as_deref() == Some("USA")
    });
    // look-alike: the body's own envoys are the body
    said("Kenya's president met U.N. envoys in Nairobi.")
        .any(|t| t.relation == "meets" && t.object.id == "org:un");
}

#[test]
fn a_regions_rebels_are_its_states_rebels_not_the_region() {
    // "Chechnya's separatists" are Russia's, as "Chechen separatists" are: not the region
    for (text, state) in [
        ("Russia attacked Chechnya's rebels.", "RUS"),
        ("Georgian troops attacked Abkhazia's separatists.", "GEO"),
        ("Spain met Catalonia's separatists.", "ESP"),
    ] {
        let s = said(text);
        s.any(|t| {
            t.plover.is_some()
                && t.object.id.starts_with("group:")
                && t.object.country.as_deref() == Some(state)
        });
        s.none(|t| t.plover.is_some() && t.object.id.starts_with("loc:"));
    }
    // look-alike: a region's villages are the region
    said("Iraq bombed Kurdistan's villages.")
        .any(|t| t.relation == "bombs" && t.object.id.starts_with("loc:"));
}

#[test]
fn another_states_adjective_before_a_states_body_makes_the_people_its_own() {
    // the lexicon's SAS is Britain's; Australia's and New Zealand's are their own
    for (text, state) in [
        (
            "Australian SAS troops attacked Taliban positions in Afghanistan.",
            "AUS",
        ),
        (
            "New Zealand SAS soldiers attacked Taliban positions.",
            "NZL",
        ),
    ] {
        said(text).any(|t| t.relation == "attacks" && t.subject.country.as_deref() == Some(state));
    }
    said("Australian SAS troops arrived in Kabul.")
        .none(|t| t.subject.country.as_deref() == Some("GBR"));
    // look-alike: the state's own adjective keeps the body
    said("British SAS troops attacked Iraqi positions.")
        .any(|t| t.relation == "attacks" && t.subject.id == "gov:GBR:sas");
}

#[test]
fn a_known_person_of_another_state_is_no_apposition_of_a_title() {
    // "Before meeting with Macron, the Saudi crown prince ...": the comma closes the phrase
    // set first; Macron is not the Saudi crown prince
    for (text, subject, relation, object) in [
        (
            "Before meeting with Macron, the Saudi crown prince paid a brief call on President Biden.",
            "person:mohammed-bin-salman",
            "visits",
            "person:joe-biden",
        ),
        (
            "After talks with Putin, the Turkish president flew home.",
            "person:recep-tayyip-erdogan",
            "meets",
            "person:vladimir-putin",
        ),
        (
            "During a visit by Modi, the Japanese prime minister signed a trade pact with India.",
            "person:shinzo-abe",
            "signs_agreement_with",
            "country:IND",
        ),
    ] {
        dated(text, "2020-03-10").has(subject, relation, object);
    }
    // look-alike: a title of the person's own state is in apposition
    said("Macron, the French president, met Biden.").has(
        "person:emmanuel-macron",
        "meets",
        "person:joe-biden",
    );
}

#[test]
fn a_title_alone_is_the_one_holder_of_it_the_article_named() {
    // "Kenya's president ... Later the President met ...": the same man
    for (text, subject, relation, object) in [
        (
            "Kenya's president flew to Addis Ababa on Monday. Later the President met Ethiopia's prime minister.",
            "person:uhuru-kenyatta",
            "meets",
            "person:abiy-ahmed",
        ),
        (
            "Oman's foreign minister flew to Tehran on Monday. The Foreign Minister met Iran's president.",
            "person:yusuf-bin-alawi",
            "meets",
            "person:hassan-rouhani",
        ),
        (
            "Saudi Arabia's crown prince arrived in Paris on Monday. The Crown Prince later met the French foreign minister.",
            "person:mohammed-bin-salman",
            "meets",
            "",
        ),
    ] {
        dated(text, "2020-03-10").has(subject, relation, object);
    }
    // look-alike: two presidents named leave "the President" to no one
    dated(
        "Kenya's president met Ethiopia's president on Monday. The President then flew to Sudan.",
        "2020-03-10",
    )
    .none(|t| t.relation == "visits");
}

#[test]
fn a_surname_with_an_umlaut_is_known_however_wire_copy_spells_it() {
    // "Rühe" is written "Ruehe" in wire copy; "Niinistö" as "Niinistoe"
    for (date, text, subject, object) in [
        (
            "1992-03-10",
            "NATO chief Manfred Woerner arrived in Moscow. Woerner met Russia's foreign minister.",
            "person:manfred-worner",
            "",
        ),
        (
            "1996-03-10",
            "German Defence Minister Volker Ruehe arrived in Warsaw. Ruehe met Poland's defence minister.",
            "person:volker-ruhe",
            "",
        ),
        (
            "2008-03-10",
            "Finnish President Sauli Niinistoe flew to Oslo. Niinistoe met Norway's prime minister.",
            "person:sauli-niinisto",
            "",
        ),
    ] {
        dated(text, date).has(subject, "meets", object);
    }
    // look-alike: another surname is someone else
    dated(
        "German Defence Minister Volker Ruehe arrived in Warsaw. Rude met Poland's defence minister.",
        "1996-03-10",
    )
    .lacks("person:volker-ruhe", "meets", "");
}

#[test]
fn it_opening_a_clause_joined_by_but_or_and_is_the_sentences_subject() {
    each_gives(&[
        (
            "Bolivia praised Peru on Monday, but on Friday it accused Chile of spying.",
            "country:BOL",
            "accuses",
            "country:CHL",
        ),
        (
            "Iran condemned Iraq, and it recalled its envoy from Syria.",
            "country:IRN",
            "reduces_relations_with",
            "country:SYR",
        ),
        (
            "Kenya praised Uganda, but it criticised Sudan.",
            "country:KEN",
            "criticizes",
            "country:SDN",
        ),
    ]);
    // look-alike: "it" in a clause of cause set below is the one named last
    said("Bolivia praised Peru because it had sent aid to Chile.").has(
        "country:PER",
        "aids",
        "country:CHL",
    );
}

#[test]
fn an_embassy_in_a_state_is_not_that_states() {
    // a mission "in" a state is another state's there: its host is no party
    for (text, host) in [
        ("The embassy in Lima protested to Chile.", "PER"),
        ("The embassy in Nairobi sent a letter to Uganda.", "KEN"),
        ("The embassy in Cairo condemned Israel.", "EGY"),
    ] {
        said(text).none(|t| t.subject.country.as_deref() == Some(host));
    }
    // look-alike: an embassy with its state's adjective is that state's
    said("The Peruvian embassy in Santiago protested to Chile.")
        .any(|t| t.subject.country.as_deref() == Some("PER") && t.object.id == "country:CHL");
}

#[test]
fn an_office_under_his_or_her_is_of_the_state_of_whose_it_is() {
    // "his foreign minister": the minister of the state of the one "his" stands for, in
    // the sentence or the one before; look-alikes: one of another state named before "his"
    // leaves it open, and so does a friend, who holds no office
    for (text, name, state) in [
        (
            "Senegal's President Macky Sall said his foreign minister Amadou Ba would visit Paris.",
            "Amadou Ba",
            Some("SEN"),
        ),
        (
            "Egypt's president said his interior minister Hassan Fawzi would meet Libyan officials.",
            "Hassan Fawzi",
            Some("EGY"),
        ),
        (
            "The Chilean president arrived in Lima on Monday. His foreign minister Jorge Vidal met the Peruvian envoy.",
            "Jorge Vidal",
            Some("CHL"),
        ),
        (
            "Kenyan President Uhuru Kenyatta met his Ugandan counterpart on Monday, and his foreign minister John Otieno met the Ugandan envoy.",
            "John Otieno",
            None,
        ),
        (
            "Putin's lawyer, his friend Ivan Kolya, met the Polish envoy.",
            "Ivan Kolya",
            None,
        ),
    ] {
        let said = dated(text, "2020-03-05");
        let t = said.find(|t| t.plover.is_some() && t.subject.name == name);
        assert_eq!(t.subject.country.as_deref(), state, "{text}: {t:#?}");
    }
}

#[test]
fn troops_taken_out_of_a_state_are_not_its_troops() {
    // "its troops from Iraq", "withdrew troops from Syria": the place left, not the troops'
    // state, is what the withdrawal names
    for (text, state) in [
        ("Iran withdrew its troops from Iraq.", "country:IRQ"),
        (
            "Russia pulled its soldiers from Georgia on Monday.",
            "country:GEO",
        ),
        (
            "The United States withdrew troops from Syria last month.",
            "country:SYR",
        ),
    ] {
        said(text).any(|t| t.relation == "withdraws_from" && t.object.id == state);
    }
    // look-alike: troops from a state that act are that state's
    said("Troops from Chad attacked rebels in Mali.")
        .any(|t| t.relation == "attacks" && t.subject.id == "gov:TCD:military");
}

#[test]
fn it_is_not_an_agent_named_in_a_by_phrase_when_another_stands_before() {
    // "after talks hosted by Peru, it": the one who speaks, not the host
    each_gives(&[
        (
            "Chile said that after talks hosted by Peru it would sign the accord with Bolivia.",
            "country:CHL",
            "signs_agreement_with",
            "country:BOL",
        ),
        (
            "Sudan said that after raids ordered by Chad it would expel the Chadian ambassador.",
            "country:SDN",
            "expels",
            "",
        ),
        (
            "Jordan said on Friday, once it had buried two guards shot by Hezbollah, that it would free the Lebanese detainees.",
            "country:JOR",
            "releases",
            "",
        ),
    ]);
    // look-alike: an agent named by "by" with no one before it is still "it"
    said("The strikes were ordered by Israel after it accused Syria of arming Hezbollah.").has(
        "country:ISR",
        "accuses",
        "country:SYR",
    );
}
