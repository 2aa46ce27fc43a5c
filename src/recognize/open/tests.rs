//! Tests of the open-world pass: unknown names become new entities, look-alikes do not.

use super::*;
use crate::lexicon::Lexicon;
use crate::recognize::{discourse::Discourse, recognize};

fn lex() -> &'static Lexicon {
    static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
}

fn unknown(s: &str) -> Vec<(String, Kind, Option<String>)> {
    let lex = lex();
    let tokens = crate::text::tokenize(s, 0);
    recognize(s, &tokens, lex, None, &Discourse::new())
        .into_iter()
        .filter(|m| m.via == Via::Unknown && m.role == MentionRole::Actor)
        .map(|m| (m.entity.id, m.entity.kind, m.entity.country))
        .collect()
}

/// The ids of the open-world actors of a sentence.
fn ids(s: &str) -> Vec<String> {
    unknown(s).into_iter().map(|(id, _, _)| id).collect()
}

/// The kinds of the open-world actors of a sentence.
fn kinds(s: &str) -> Vec<Kind> {
    unknown(s).into_iter().map(|(_, k, _)| k).collect()
}

#[test]
fn a_group_word_in_the_name_or_after_it_makes_a_group() {
    assert_eq!(
        kinds("Gunmen from the Orvath Brigade shelled a checkpoint held by Mali."),
        vec![Kind::Group]
    );
    assert_eq!(
        kinds("Chad accused the Dessari Liberation Front of raiding a border post."),
        vec![Kind::Group]
    );
    assert_eq!(
        unknown("Niger said the Kelbani militia had kidnapped two engineers."),
        vec![("new:kelbani".into(), Kind::Group, None)]
    );
    // look-alike: a people's adjective before the word is no name ("Shiite militia")
    assert!(ids("Iraq said a Shiite militia had attacked a convoy.").is_empty());
    assert!(ids("Iraq said Kurdish Fighters had attacked a convoy.").is_empty());
}

#[test]
fn a_company_or_party_word_makes_an_organization() {
    assert_eq!(
        unknown("Brazil fined Tarvossa Mining Corp for the spill."),
        vec![("new:tarvossa-mining-corp".into(), Kind::Organization, None)]
    );
    assert_eq!(
        kinds("Kenya banned the Umbari People's Party before the vote."),
        vec![Kind::Organization]
    );
    assert_eq!(
        kinds("Peru signed a deal with Helmgard Holdings on Friday."),
        vec![Kind::Organization]
    );
    // look-alike: a prize is no organisation ("the Orvell Peace Prize")
    assert!(ids("Norway gave the Orvell Peace Prize to Chile.").is_empty());
}

#[test]
fn other_names_are_of_kind_other_or_persons_by_their_first_name() {
    assert_eq!(
        unknown("Japan blamed Dravik Shipping for the delay."),
        vec![("new:dravik-shipping".into(), Kind::Other, None)]
    );
    assert_eq!(
        kinds("Egypt invited David Quennford to the talks."),
        vec![Kind::Person]
    );
    assert_eq!(
        unknown("Cuba said it had welcomed Foreign Undersecretary Ilmar Vasko in its capital."),
        vec![("new:ilmar-vasko".into(), Kind::Person, None)]
    );
    // look-alike: words of a title alone, and ordinary words capitalised, are no name
    assert!(ids("Cuba welcomed the Foreign Undersecretary of Peru.").is_empty());
    assert!(ids("Cuba rejected Human Rights Watchers' claims.").is_empty());
}

#[test]
fn a_single_word_needs_a_cue_or_capitals_throughout() {
    assert_eq!(
        unknown("Ghana held talks with the KVRU on Tuesday."),
        vec![("new:kvru".into(), Kind::Other, None)]
    );
    assert_eq!(ids("The ZPLA accused Togo of torture."), vec!["new:zpla"]);
    assert_eq!(
        ids("Oman said the ALNF had seized a tanker near its coast."),
        vec!["new:alnf"]
    );
    // look-alike: a lone name is as often a place as an actor ("besieging Varnolt")
    assert!(ids("Serbian troops besieging Varnolt were beaten back by Croatia.").is_empty());
}

#[test]
fn never_from_the_lexicon_days_months_function_words_or_nationalities() {
    // words the lexicon resolves, even where their mention is dropped ("anti-Taliban",
    // "China's rival")
    assert!(ids("Pakistan armed anti-Taliban Fighters in the east.").is_empty());
    assert!(ids("Australia sold uranium to China's rival Taiwan.").is_empty());
    // sentence-initial function words, months, weekdays
    assert!(ids("However Russia warned Poland.").is_empty());
    assert!(ids("On Monday March Russia warned Poland.").is_empty());
    // nationality adjectives and names of things
    assert!(ids("Iranian Drones struck Israel.").is_empty());
    assert!(ids("Iran fired Silkworm missiles at Kuwait.").is_empty());
    assert!(ids("The US dropped a bomb called the Quarry Breaker on Libya.").is_empty());
    // a name inside a title or before its noun ("the Geneva talks")
    assert!(ids("Iran sent a note to the Vorland Summit secretariat.").is_empty());
    // places said to be places
    assert!(ids("Rebels took Ostel Barra, a small village near Sudan.").is_empty());
    assert!(ids("Sudan shelled the town of Ostel Barra.").is_empty());
}

#[test]
fn unknown_names_become_new_entities_with_kind_from_cues() {
    assert_eq!(
        unknown("Fighters of the Zorvan Brigade attacked a police post in Iraq."),
        vec![("new:zorvan-brigade".into(), Kind::Group, None)]
    );
    assert_eq!(
        unknown("France signed a contract with Quillet Aerodyne Corp on Monday."),
        vec![("new:quillet-aerodyne-corp".into(), Kind::Organization, None)]
    );
    assert_eq!(
        unknown("India accused Velmora Trading of shipping parts to Iran."),
        vec![("new:velmora-trading".into(), Kind::Other, None)]
    );
}

#[test]
fn a_state_adjective_gives_a_new_group_its_state() {
    assert_eq!(
        unknown("The Sudanese Tarbal militia attacked villages near the border."),
        vec![(
            "new:sudanese-tarbal".into(),
            Kind::Group,
            Some("SDN".into())
        )]
    );
}

#[test]
fn no_new_entity_for_what_is_no_actor() {
    // the first word of a sentence, a place after "in" or named as one, a title case
    // headline, months and titles
    assert!(unknown("Yesterday Russia warned Poland.").is_empty());
    assert!(unknown("Russia sent troops to Poland in Verdania Province.").is_empty());
    assert!(unknown("Russia held talks with Poland at Lake Virnau.").is_empty());
    assert!(unknown("Russia Warns Poland Over Border Crossing Dispute").is_empty());
    assert!(unknown("Russia warned Poland in March, the Prime Minister said.").is_empty());
}
