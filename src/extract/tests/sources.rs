//! Sentences on who speaks and whom they accuse (what one alleges of another, the documents
//! that speak for the state they were issued in, what one funds), and on acts a present
//! verb dates after the article.
use super::*;

#[test]
fn whom_one_alleges_something_of_is_accused() {
    for (text, subject, object) in [
        (
            "Armenia alleged that Azerbaijan had moved artillery to the border.",
            "ARM",
            "AZE",
        ),
        (
            "Pakistan has repeatedly alleged that India funds the insurgents in Balochistan.",
            "PAK",
            "IND",
        ),
        (
            "The Cuban government alleged that American diplomats had recruited spies.",
            "CUB",
            "USA",
        ),
    ] {
        let accusation = |t: &Triple| t.cameo.as_deref().is_some_and(|c| c.starts_with("11"));
        said(text).find_is(
            |t| states(t, subject, object) && accusation(t),
            Modality::Asserted,
        );
    }
    // to claim is not to accuse; nor is one whose villages were shelled accused
    for text in [
        "Chile claimed that Bolivia had signed the accord.",
        "Peru alleged that Ecuadorian villages had been shelled.",
    ] {
        said(text).no_events();
    }
}

#[test]
fn a_document_speaks_for_the_state_it_was_issued_in() {
    for (text, subject, object) in [
        (
            "A communique released Sunday in the Chinese capital condemned the Japanese naval drills.",
            "CHN",
            "JPN",
        ),
        (
            "The dossier published last week in London alleged that Russia had hacked the vote.",
            "GBR",
            "RUS",
        ),
        (
            "A statement issued in Moscow on Friday criticized Georgia.",
            "RUS",
            "GEO",
        ),
    ] {
        said(text).any(|t| between(t, subject, object));
    }
    // a named author wins over the place
    said("A report released in London by Amnesty International accused Israel of torture.")
        .any(|t| t.subject.id == "org:amnesty-international" && t.relation == "accuses")
        .none(|t| t.subject.country.as_deref() == Some("GBR"));
}

#[test]
fn verbs_listed_with_commas_keep_their_subject() {
    // (a verb with a comma or "and" before it is a conjunct, not the real verb of a
    // participle's noun)
    let s = said("Iraq shelled Kuwait, bombed Saudi Arabia and threatened Iran.");
    for object in ["KWT", "SAU", "IRN"] {
        s.any(|t| between(t, "IRQ", object));
    }
}

#[test]
fn what_one_is_accused_of_as_a_noun_on_the_object_is_no_fact() {
    // (the tagger reads these gerunds as nouns on the accused: still what is alleged)
    for (text, subject, object) in [
        (
            "The Syrian opposition accuses Hezbollah of collaborating with Tehran.",
            "group:hezbollah",
            "country:IRN",
        ),
        (
            "Georgia accused Russia of trading with Abkhazia.",
            "country:RUS",
            "",
        ),
    ] {
        said(text)
            .none(|t| {
                t.plover.is_some()
                    && t.subject.id == subject
                    && (object.is_empty() || t.object.id == object)
                    && t.modality == Modality::Asserted
            })
            .any(|t| t.relation == "accuses");
    }
    // what one is thanked for is still done
    said("Chile thanked Argentina for its cooperation with Bolivia.").modality(
        "country:ARG",
        "cooperates_with",
        "country:BOL",
        Modality::Asserted,
    );
}

#[test]
fn to_fund_an_actor_is_to_aid_it_not_to_trade_with_it() {
    for (text, subject, object, modality) in [
        (
            "Iran funds Hezbollah.",
            "country:IRN",
            "group:hezbollah",
            Modality::Asserted,
        ),
        (
            "Saudi Arabia bankrolled Iraq during the war.",
            "country:SAU",
            "country:IRQ",
            Modality::Asserted,
        ),
        (
            "Israel accuses Qatar of financing Hamas.",
            "country:QAT",
            "group:hamas",
            Modality::Reported,
        ),
    ] {
        said(text)
            .modality(subject, "aids", object, modality)
            .none(|t| t.relation == "trades_with");
    }
    // paying for a thing is no aid to the state it lies in
    said("Japan paid for the new port in Kenya.").lacks("country:JPN", "aids", "country:KEN");
}

#[test]
fn a_present_verb_dated_after_the_article_is_yet_to_come() {
    for (text, modality) in [
        (
            "Kenya's president flies to Ethiopia next week for talks.",
            Modality::Future,
        ),
        (
            "Officials said the Egyptian envoy travels to Sudan tomorrow.",
            Modality::Future,
        ),
        (
            "The Peruvian president visits Bolivia next month.",
            Modality::Future,
        ),
        // a past trip is no plan (and a habit no event: dates/recalled.rs habitual)
        (
            "The Egyptian envoy travelled to Sudan yesterday.",
            Modality::Asserted,
        ),
    ] {
        dated(text, "2020-01-01").find_is(|t| t.relation == "visits", modality);
    }
}

#[test]
fn to_arm_an_actor_is_to_supply_it_not_to_cooperate_with_it() {
    for (text, subject, object) in [
        (
            "Russia armed Iran's rival Iraq.",
            "country:RUS",
            "country:IRQ",
        ),
        (
            "Iran is arming the Houthis.",
            "country:IRN",
            "group:houthis",
        ),
        (
            "France equipped the Lebanese army with helicopters.",
            "country:FRA",
            "",
        ),
    ] {
        said(text)
            .any(|t| is(t, subject, "supplies", object))
            .none(|t| t.relation == "cooperates_militarily_with");
    }
    // what one equips oneself with is bought, its maker supplies no one here; a resignation
    // tendered is no military cooperation
    each_none(
        &[
            "Syria armed itself with Russian tanks.",
            "The Peruvian minister tendered his resignation to President Fujimori.",
        ],
        |t| t.plover.is_some() && t.relation != "official_of",
    );
}

#[test]
fn an_act_answered_admitted_or_reported_by_a_body_is_no_accusation() {
    // the act one's own side answered explains one's deed; what one admits is no charge;
    // a rights group or other body that reports an act reports it (each accused before)
    each_none(
        &[
            "Russia said it repelled a Turkish attack near the border.",
            "Peru said its navy acted in response to a Chilean attack on its boats.",
            "Iraq said its troops beat back an Iranian offensive.",
            "Georgia acknowledged that Russian troops had attacked Georgia.",
            "Human Rights in China said Chinese police had detained a Taiwanese pastor.",
        ],
        |t| t.relation == "accuses",
    );
    // the act told stays, and a state that says another attacked it still accuses it
    said("Georgia acknowledged that Russian troops had attacked Georgia.").get(
        "gov:RUS:armed-forces",
        "attacks",
        "country:GEO",
    );
    said("Chad said Libyan troops had shelled Chadian border posts.").get(
        "country:TCD",
        "accuses",
        "gov:LBY:military",
    );
}

#[test]
fn what_an_assertion_holds_is_its_owners_claim() {
    // "Kenyan assertions that ...": the owner claims it; with no owner, it is only said
    for (text, subject, relation, object, by) in [
        (
            "The move follows Kenyan assertions that Somalia is arming Kenyan rebels.",
            "country:SOM",
            "supplies",
            "group:KEN:rebels",
            Some("country:KEN"),
        ),
        (
            "The talks follow claims by Uganda that Rwanda had shelled Ugandan villages.",
            "country:RWA",
            "bombs",
            "country:UGA",
            Some("country:UGA"),
        ),
        (
            "The move follows assertions that Somalia is arming Kenyan rebels.",
            "country:SOM",
            "supplies",
            "group:KEN:rebels",
            None,
        ),
    ] {
        let said = said(text);
        let t = said.get(subject, relation, object);
        assert_eq!(t.modality, Modality::Hedged, "{text}: {t:#?}");
        assert_eq!(
            t.claimed_by.as_ref().map(|c| c.id.as_str()),
            by,
            "{text}: {t:#?}"
        );
    }
    // look-alike: a report borne out is told, not only claimed
    said("Kenya confirmed reports that Somalia had attacked Kenyan troops.").modality(
        "country:SOM",
        "attacks",
        "gov:KEN:military",
        Modality::Reported,
    );
}
