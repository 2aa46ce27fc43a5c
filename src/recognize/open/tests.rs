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

/// Asserts the one open-world actor of `s` is the new entity `id` of `kind`, in `state`.
fn is_new(s: &str, id: &str, kind: Kind, state: Option<&str>) {
    let want = vec![(id.to_string(), kind, state.map(str::to_string))];
    assert_eq!(unknown(s), want, "{s}");
}

/// Asserts the one open-world actor of `s` is of `kind`.
fn is_kind(s: &str, kind: Kind) {
    assert_eq!(kinds(s), vec![kind], "{s}");
}

/// Asserts `s` has no open-world actor.
fn no_actor(s: &str) {
    assert!(ids(s).is_empty(), "{s}: {:?}", unknown(s));
}

#[test]
fn a_group_word_in_the_name_or_after_it_makes_a_group() {
    is_kind(
        "Gunmen from the Orvath Brigade shelled a checkpoint held by Mali.",
        Kind::Group,
    );
    is_kind(
        "Chad accused the Dessari Liberation Front of raiding a border post.",
        Kind::Group,
    );
    is_new(
        "Niger said the Kelbani militia had kidnapped two engineers.",
        "new:kelbani",
        Kind::Group,
        None,
    );
    // look-alike: a people's adjective before the word is no name ("Shiite militia")
    for s in [
        "Iraq said a Shiite militia had attacked a convoy.",
        "Iraq said Kurdish Fighters had attacked a convoy.",
    ] {
        no_actor(s);
    }
}

#[test]
fn a_company_or_party_word_makes_an_organization() {
    is_new(
        "Brazil fined Tarvossa Mining Corp for the spill.",
        "new:tarvossa-mining-corp",
        Kind::Organization,
        None,
    );
    for s in [
        "Kenya banned the Umbari People's Party before the vote.",
        "Peru signed a deal with Helmgard Holdings on Friday.",
    ] {
        is_kind(s, Kind::Organization);
    }
    // look-alike: a prize is no organisation ("the Orvell Peace Prize")
    no_actor("Norway gave the Orvell Peace Prize to Chile.");
}

#[test]
fn other_names_are_of_kind_other_or_persons_by_their_first_name() {
    is_new(
        "Japan blamed Dravik Shipping for the delay.",
        "new:dravik-shipping",
        Kind::Other,
        None,
    );
    is_kind("Egypt invited David Quennford to the talks.", Kind::Person);
    is_new(
        "Cuba said it had welcomed Foreign Undersecretary Ilmar Vasko in its capital.",
        "new:ilmar-vasko",
        Kind::Person,
        None,
    );
    // look-alike: words of a title alone, and ordinary words capitalised, are no name
    for s in [
        "Cuba welcomed the Foreign Undersecretary of Peru.",
        "Cuba rejected Human Rights Watchers' claims.",
    ] {
        no_actor(s);
    }
}

#[test]
fn a_single_word_needs_a_cue_or_capitals_throughout() {
    is_new(
        "Ghana held talks with the KVRU on Tuesday.",
        "new:kvru",
        Kind::Other,
        None,
    );
    for (s, id) in [
        ("The ZPLA accused Togo of torture.", "new:zpla"),
        (
            "Oman said the ALNF had seized a tanker near its coast.",
            "new:alnf",
        ),
    ] {
        assert_eq!(ids(s), vec![id], "{s}");
    }
    // look-alike: a lone name is as often a place as an actor ("besieging Varnolt")
    no_actor("Serbian troops besieging Varnolt were beaten back by Croatia.");
}

#[test]
fn never_from_the_lexicon_days_months_function_words_or_nationalities() {
    for s in [
        // words the lexicon resolves, even where their mention is dropped ("anti-Taliban",
        // "China's rival")
        "Pakistan armed anti-Taliban Fighters in the east.",
        "Australia sold uranium to China's rival Taiwan.",
        // sentence-initial function words, months, weekdays
        "However Russia warned Poland.",
        "On Monday March Russia warned Poland.",
        // nationality adjectives and names of things
        "Iranian Drones struck Israel.",
        "Iran fired Silkworm missiles at Kuwait.",
        "The US dropped a bomb called the Quarry Breaker on Libya.",
        // a name inside a title or before its noun ("the Geneva talks")
        "Iran sent a note to the Vorland Summit secretariat.",
        // places said to be places
        "Rebels took Ostel Barra, a small village near Sudan.",
        "Sudan shelled the town of Ostel Barra.",
    ] {
        no_actor(s);
    }
}

#[test]
fn unknown_names_become_new_entities_with_kind_from_cues() {
    for (s, id, kind) in [
        (
            "Fighters of the Zorvan Brigade attacked a police post in Iraq.",
            "new:zorvan-brigade",
            Kind::Group,
        ),
        (
            "France signed a contract with Quillet Aerodyne Corp on Monday.",
            "new:quillet-aerodyne-corp",
            Kind::Organization,
        ),
        (
            "India accused Velmora Trading of shipping parts to Iran.",
            "new:velmora-trading",
            Kind::Other,
        ),
    ] {
        is_new(s, id, kind, None);
    }
}

#[test]
fn a_state_adjective_gives_a_new_group_its_state() {
    is_new(
        "The Sudanese Tarbal militia attacked villages near the border.",
        "new:sudanese-tarbal",
        Kind::Group,
        Some("SDN"),
    );
}

#[test]
fn no_new_entity_for_what_is_no_actor() {
    // the first word of a sentence, a place after "in" or named as one, a title case
    // headline, months and titles
    for s in [
        "Yesterday Russia warned Poland.",
        "Russia sent troops to Poland in Verdania Province.",
        "Russia held talks with Poland at Lake Virnau.",
        "Russia Warns Poland Over Border Crossing Dispute",
        "Russia warned Poland in March, the Prime Minister said.",
    ] {
        assert!(unknown(s).is_empty(), "{s}: {:?}", unknown(s));
    }
}
