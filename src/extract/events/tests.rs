//! Tests of event finding over small parsed sentences of the project's own.
use super::*;
use crate::lexicon::Lexicon;
use crate::recognize::recognize;
use crate::resolve::Discourse;
use crate::syntax::{ud_words, Model, Scratch};
use crate::text::tokenize;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
}

/// The tree events of one sentence: (code, acting states, acted-on states).
fn events_of(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    let lex = lex();
    let tokens = tokenize(text, 0);
    let mentions = recognize(text, &tokens, lex, None, &Discourse::new());
    let mut spans = Vec::new();
    ud_words(text, &tokens, &mut spans);
    let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
    let known = super::super::known_tags(&forms, &spans, &mentions);
    let mut words = Vec::new();
    Model::builtin().analyze_constrained(&forms, &known, &mut Scratch::default(), &mut words);
    let tree = Tree::new(&spans, &words, &tokens, &mentions);
    let state = |m: &usize| {
        let e = &mentions[*m].entity;
        e.country.clone().unwrap_or_else(|| e.id.clone())
    };
    find(&tree, &lex.events)
        .into_iter()
        .map(|e| {
            (
                e.code.to_string(),
                e.subjects.iter().map(state).collect(),
                e.objects.iter().map(state).collect(),
            )
        })
        .collect()
}

fn has(evs: &[(String, Vec<String>, Vec<String>)], code: &str, s: &str, o: &str) -> bool {
    evs.iter().any(|(c, ss, os)| {
        c.starts_with(code) && ss.iter().any(|x| x == s) && os.iter().any(|x| x == o)
    })
}

#[test]
fn subject_and_object_by_role() {
    let e = events_of("Peru expelled two Chilean diplomats on Monday.");
    assert!(has(&e, "174", "PER", "CHL"), "{e:?}");
    // passive: the "by" agent acts
    let e = events_of("Two Chilean diplomats were expelled by Peru.");
    assert!(has(&e, "174", "PER", "CHL"), "{e:?}");
    // a passive without an agent names no one who acts
    let e = events_of("Two Chilean diplomats were expelled on Monday.");
    assert!(e.iter().all(|(_, s, _)| s.is_empty()), "{e:?}");
}

#[test]
fn every_actor_of_a_list() {
    let e = events_of("Germany, Italy and Spain sent medical teams to Turkey.");
    for s in ["DEU", "ITA", "ESP"] {
        assert!(
            e.iter()
                .any(|(_, ss, os)| ss.iter().any(|x| x == s) && os.iter().any(|x| x == "TUR")),
            "{s}: {e:?}"
        );
    }
    let e = events_of("Norway condemned Russia, Belarus and Iran for the strikes.");
    for o in ["RUS", "BLR", "IRN"] {
        assert!(has(&e, "11", "NOR", o), "{o}: {e:?}");
    }
}

#[test]
fn the_controller_of_an_infinitive_acts() {
    // subject control: the one who declined is the one who would hand them back
    let e = events_of("Egypt declined to release the detained Greek sailors.");
    assert!(has(&e, "084", "EGY", "GRC"), "{e:?}");
    // object control: the one urged is the one who would return
    let e = events_of("Peru urged Bolivia to withdraw its troops from Chile.");
    assert!(has(&e, "02", "PER", "BOL"), "{e:?}");
    assert!(has(&e, "087", "BOL", "CHL"), "{e:?}");
}

#[test]
fn event_nouns_take_possessors_adjectives_and_phrases() {
    let e = events_of("Russia's invasion of Georgia was condemned.");
    assert!(has(&e, "19", "RUS", "GEO"), "{e:?}");
    let e = events_of("A Turkish drone strike on Syria killed four people.");
    assert!(has(&e, "195", "TUR", "SYR"), "{e:?}");
    let e = events_of("The attack by Iraq on Kuwait began at night.");
    assert!(has(&e, "190", "IRQ", "KWT"), "{e:?}");
    // no one named who acts: no event
    let e = events_of("The attack on Kuwait began at night.");
    assert!(
        !e.iter()
            .any(|(c, _, o)| c.starts_with("19") && o.iter().any(|x| x == "KWT")),
        "{e:?}"
    );
}

#[test]
fn between_gives_both_sides() {
    let e = events_of("Talks between Ghana and Togo resumed in Accra.");
    assert!(
        has(&e, "04", "GHA", "TGO") && has(&e, "04", "TGO", "GHA"),
        "{e:?}"
    );
}

#[test]
fn a_light_verb_carries_its_nouns_event() {
    let e = events_of("Iraq launched an attack on Iran at dawn.");
    assert!(has(&e, "190", "IRQ", "IRN"), "{e:?}");
    let e = events_of("Greece lodged a protest with Turkey.");
    assert!(has(&e, "111", "GRC", "TUR"), "{e:?}");
    // "launch" with an object that names no event
    let e = events_of("Japan launched a satellite for Indonesia.");
    assert!(!e.iter().any(|(c, _, _)| c.starts_with("19")), "{e:?}");
}

#[test]
fn the_object_decides_what_a_verb_means() {
    // cutting aid is a sanction, lifting sanctions a concession
    let e = events_of("Sweden cut its aid to Ethiopia.");
    assert!(has(&e, "162", "SWE", "ETH"), "{e:?}");
    let e = events_of("Canada lifted its sanctions on Libya.");
    assert!(has(&e, "085", "CAN", "LBY"), "{e:?}");
    assert!(
        !has(&e, "163", "CAN", "LBY"),
        "the lifted sanctions are not imposed: {e:?}"
    );
    let e = events_of("Canada imposed sanctions on Libya.");
    assert!(has(&e, "163", "CAN", "LBY"), "{e:?}");
    // cutting what is no aid is nothing
    let e = events_of("Sweden cut its own budget before the Ethiopian visit.");
    assert!(!has(&e, "16", "SWE", "ETH"), "{e:?}");
}

#[test]
fn a_relative_pronoun_stands_for_its_noun() {
    let e = events_of("Kenya praised the Ugandan troops who had attacked the Somali militants.");
    assert!(has(&e, "051", "KEN", "UGA"), "{e:?}");
}

#[test]
fn what_is_wished_or_planned_is_not_done() {
    use crate::model::Modality;
    let check = |text: &str, word: &str, want: Option<Modality>| {
        let tokens = tokenize(text, 0);
        let mentions = recognize(text, &tokens, lex(), None, &Discourse::new());
        let mut spans = Vec::new();
        ud_words(text, &tokens, &mut spans);
        let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
        let mut words = Vec::new();
        Model::builtin().analyze(&forms, &mut Scratch::default(), &mut words);
        let tree = Tree::new(&spans, &words, &tokens, &mentions);
        let at = forms.iter().position(|f| *f == word).unwrap();
        assert_eq!(wished(&tree, at), want, "{word} in {text}");
    };
    check(
        "Oslo wants Riga to join the pact.",
        "join",
        Some(Modality::Hedged),
    );
    check("Oslo wants Riga to join the pact.", "wants", None);
    check(
        "Peru plans to send troops to Chile.",
        "send",
        Some(Modality::Future),
    );
    check(
        "Peru tried to seize the ship.",
        "seize",
        Some(Modality::Hedged),
    );
    check("Peru began to send troops to Chile.", "send", None);
}

#[test]
fn a_use_the_vocabulary_knows_as_no_event_is_vetoed() {
    let lex = lex();
    let text = "Poland met its targets before Lithuania did.";
    let tokens = tokenize(text, 0);
    let mentions = recognize(text, &tokens, lex, None, &Discourse::new());
    let mut spans = Vec::new();
    ud_words(text, &tokens, &mut spans);
    let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
    let mut words = Vec::new();
    Model::builtin().analyze(&forms, &mut Scratch::default(), &mut words);
    let tree = Tree::new(&spans, &words, &tokens, &mentions);
    let (found, vetoes) = find_with_vetoes(&tree, &lex.events);
    assert!(
        found.iter().all(|e| !e.code.to_string().starts_with("04")),
        "{found:?}"
    );
    assert!(vetoes.contains(&forms.iter().position(|f| *f == "met").unwrap()));
}

#[test]
fn a_part_stands_for_the_whole() {
    let e = events_of("Peruvian gunmen killed most of Chile's border guards.");
    assert!(has(&e, "1", "PER", "CHL"), "{e:?}");
    let e = events_of("Two battalions of Syrian troops attacked Lebanese positions.");
    assert!(has(&e, "19", "SYR", "LBN"), "{e:?}");
    let e = events_of("Dozens of Turkish soldiers raided Iraqi villages.");
    assert!(has(&e, "19", "TUR", "IRQ"), "{e:?}");
    // a part of no state's people names no actor
    let e = events_of("Most of the Chilean press praised the deal.");
    assert!(
        e.iter().all(|(_, s, _)| !s.iter().any(|x| x == "CHL")),
        "{e:?}"
    );
}

#[test]
fn a_repelled_attack_was_on_the_one_who_repelled_it() {
    let e = events_of("Thailand repelled a Cambodian assault on the temple.");
    assert!(has(&e, "19", "KHM", "THA"), "{e:?}");
    let e = events_of("Jordan foiled an Iraqi raid on the border post.");
    assert!(has(&e, "19", "IRQ", "JOR"), "{e:?}");
    let e = events_of("Iraq praised an Iranian attack on the rebels.");
    assert!(!has(&e, "19", "IRN", "IRQ"), "{e:?}");
}

#[test]
fn a_by_phrase_on_an_active_verb_is_its_objects_agent() {
    let e = events_of("Pakistani soldiers beat back a raid by Afghan militias on Monday.");
    assert!(has(&e, "19", "AFG", "PAK"), "{e:?}");
    let e = events_of("Lebanon condemned the shelling by Israel of two villages.");
    assert!(
        has(&e, "19", "ISR", "LBN") || has(&e, "1", "LBN", "ISR"),
        "{e:?}"
    );
    let e = events_of("Egypt hosted a visit by the Sudanese foreign minister.");
    assert!(has(&e, "043", "EGY", "SDN"), "{e:?}");
    // a true passive keeps its agent
    let e = events_of("Two Greek patrol boats were rammed by Turkish vessels.");
    assert!(
        e.iter().all(|(_, s, _)| !s.contains(&"GRC".to_string())),
        "{e:?}"
    );
    assert!(has(&e, "1", "TUR", "GRC"), "{e:?}");
}

#[test]
fn a_participle_shares_the_clause_subject() {
    let e = events_of("Canada expelled the diplomats after accusing Russia of spying.");
    assert!(has(&e, "112", "CAN", "RUS"), "{e:?}");
    let e = events_of("Ghana recalled its envoy while criticizing Togo.");
    assert!(has(&e, "111", "GHA", "TGO"), "{e:?}");
    // a clause with its own subject keeps it
    let e = events_of("Ghana recalled its envoy because Togo had criticized Benin.");
    assert!(!has(&e, "111", "GHA", "BEN"), "{e:?}");
}

#[test]
fn owners_of_things_and_craft_acting_for_their_state() {
    let e = events_of("Iranian boats seized a Greek-owned tanker.");
    assert!(has(&e, "17", "IRN", "GRC"), "{e:?}");
    let e = events_of("Russian jets bombed a Turkish-flagged freighter.");
    assert!(has(&e, "19", "RUS", "TUR"), "{e:?}");
    // the maker of a weapon is not its target
    let e = events_of("Ukrainian soldiers destroyed Iranian-made drones.");
    assert!(
        !e.iter().any(|(_, _, o)| o.iter().any(|x| x == "IRN")),
        "{e:?}"
    );
}

#[test]
fn what_one_asks_another_to_do_is_no_event() {
    let lex = lex();
    let ex = super::super::Extractor::new(lex);
    let a = crate::model::Article {
        id: "t".into(),
        text: "Tunisia asked Egypt to help Libya. Peru wants to help Bolivia.".into(),
        ..Default::default()
    };
    let ts = ex.extract_article(&a);
    // the request is an event, the help asked for is not
    assert!(
        ts.iter()
            .any(|t| t.object.country.as_deref() == Some("EGY")),
        "{ts:#?}"
    );
    assert!(
        !ts.iter()
            .any(|t| t.object.country.as_deref() == Some("LBY")),
        "{ts:#?}"
    );
    // one's own aim is an intention, kept as future
    let t = ts
        .iter()
        .find(|t| t.object.country.as_deref() == Some("BOL"))
        .expect("Peru's aim");
    assert_eq!(t.modality, crate::model::Modality::Future);
}

#[test]
fn an_attack_said_to_come_from_a_place_accuses_its_state() {
    let lex = lex();
    let ex = super::super::Extractor::new(lex);
    let a = crate::model::Article {
        id: "t".into(),
        text: "Syria said rockets were fired at its positions from Lebanon.".into(),
        ..Default::default()
    };
    let ts = ex.extract_article(&a);
    let attack = ts
        .iter()
        .find(|t| t.relation == "attacks")
        .expect("the attack");
    assert_eq!(attack.subject.id, "country:LBN");
    assert_eq!(attack.modality, crate::model::Modality::Reported);
    assert!(ts.iter().any(|t| t.relation == "accuses"
        && t.subject.id == "country:SYR"
        && t.object.id == "country:LBN"));
}

#[test]
fn who_claims_an_attack_made_it() {
    let e =
        events_of("Somalia's militants claimed responsibility for a bombing in Kenya's capital.");
    assert!(has(&e, "1", "SOM", "KEN"), "{e:?}");
    // claiming something else is no attack
    let e = events_of("Somalia's militants claimed victory in Kenya's elections.");
    assert!(!has(&e, "1", "SOM", "KEN"), "{e:?}");
}

#[test]
fn an_adjectival_participle_names_no_event() {
    let e = events_of("Iran welcomed the detained British sailors home.");
    assert!(!e.iter().any(|(c, _, _)| c.starts_with("173")), "{e:?}");
}

#[test]
fn the_adversary_of_a_protection_is_not_protected() {
    let e = events_of("Kenyan troops protected Somali villages against attacks from Eritrea.");
    assert!(
        !e.iter()
            .any(|(c, _, o)| c.starts_with("074") && o.contains(&"ERI".to_string())),
        "{e:?}"
    );
    let e = events_of("French jets shield the Malian towns from raids by Libyan militias.");
    assert!(
        !e.iter()
            .any(|(c, _, o)| c.starts_with("074") && o.contains(&"LBY".to_string())),
        "{e:?}"
    );
    let e =
        events_of("Rwandan soldiers guarded the Congolese border town against rebels from Uganda.");
    assert!(
        !e.iter()
            .any(|(c, _, o)| c.starts_with("074") && o.contains(&"UGA".to_string())),
        "{e:?}"
    );
    // the protected stays
    let e = events_of("Kenyan troops protected Somali villages against attacks from Eritrea.");
    assert!(has(&e, "074", "KEN", "SOM"), "{e:?}");
}

#[test]
fn a_capital_before_an_owned_event_noun_is_its_venue() {
    let e = events_of("Blinken's Beijing meeting with the Chinese foreign minister was tense.");
    assert!(
        !e.iter().any(|(_, s, _)| s.contains(&"CHN".to_string())),
        "{e:?}"
    );
    let e = events_of("Modi's Tokyo meeting with Japanese business leaders went well.");
    assert!(
        !e.iter().any(|(_, s, _)| s.contains(&"JPN".to_string())),
        "{e:?}"
    );
    let e = events_of("Macron's Berlin visit to the German chancellor ended early.");
    assert!(
        !e.iter().any(|(_, s, _)| s.contains(&"DEU".to_string())),
        "{e:?}"
    );
}
