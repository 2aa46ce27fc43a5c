//! Tests of event finding over small parsed sentences of the project's own.
use super::*;
use crate::lexicon::Lexicon;
use crate::model::Modality;
use crate::recognize::recognize;
use crate::resolve::Discourse;
use crate::syntax::{ud_words, Model, Scratch};
use crate::text::tokenize;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
}

/// Parses `text` and hands its tree and word forms to `read`. `constrained`: the tagger
/// keeps to the tags the extraction allows (`known_tags`), as the extraction runs it.
fn with_tree<R>(text: &str, constrained: bool, read: impl FnOnce(&Tree, &[&str]) -> R) -> R {
    let tokens = tokenize(text, 0);
    let mentions = recognize(text, &tokens, lex(), None, &Discourse::new());
    let mut spans = Vec::new();
    ud_words(text, &tokens, &mut spans);
    let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
    let mut words = Vec::new();
    let mut scratch = Scratch::default();
    if constrained {
        let known = super::super::known_tags(&forms, &spans, &mentions);
        Model::builtin().analyze_constrained(&forms, &known, &mut scratch, &mut words);
    } else {
        Model::builtin().analyze(&forms, &mut scratch, &mut words);
    }
    read(&Tree::new(&spans, &words, &tokens, &mentions), &forms)
}

/// One tree event: (code, acting states, acted-on states).
type Event = (String, Vec<String>, Vec<String>);

/// The tree events of one sentence; every check panics with the sentence and its events.
struct Events {
    text: &'static str,
    list: Vec<Event>,
}

fn events_of(text: &'static str) -> Events {
    let list = with_tree(text, true, |tree, _| {
        let state = |m: &usize| {
            let e = &tree.mentions[*m].entity;
            e.country.clone().unwrap_or_else(|| e.id.clone())
        };
        find(tree, &lex().events)
            .into_iter()
            .map(|e| {
                (
                    e.code.to_string(),
                    e.subjects.iter().map(state).collect(),
                    e.objects.iter().map(state).collect(),
                )
            })
            .collect()
    });
    Events { text, list }
}

impl Events {
    /// Whether there is an event of a code under `code` from state `s` to state `o`.
    fn has(&self, code: &str, s: &str, o: &str) -> bool {
        self.list.iter().any(|(c, ss, os)| {
            c.starts_with(code) && ss.iter().any(|x| x == s) && os.iter().any(|x| x == o)
        })
    }

    /// Asserts an event of a code under `code` from state `s` to state `o`.
    fn with(&self, code: &str, s: &str, o: &str) -> &Self {
        assert!(self.has(code, s, o), "{}: {:?}", self.text, self.list);
        self
    }

    /// Asserts there is no event of a code under `code` from state `s` to state `o`.
    fn without(&self, code: &str, s: &str, o: &str) -> &Self {
        assert!(!self.has(code, s, o), "{}: {:?}", self.text, self.list);
        self
    }

    /// Asserts no event is as `wrong` says (code, acting states, acted-on states).
    fn none(&self, wrong: impl Fn(&str, &[String], &[String]) -> bool) -> &Self {
        let found = self.list.iter().find(|(c, s, o)| wrong(c, s, o));
        assert!(found.is_none(), "{}: unexpected {found:?}", self.text);
        self
    }
}

/// Whether `states` holds `state`.
fn holds(states: &[String], state: &str) -> bool {
    states.iter().any(|x| x == state)
}

/// Asserts, for each (sentence, state), that no tree event of the sentence is as `wrong`
/// says of that state (code, acting states, acted-on states, state).
fn each_none(
    cases: &[(&'static str, &str)],
    wrong: impl Fn(&str, &[String], &[String], &str) -> bool,
) {
    for &(text, state) in cases {
        events_of(text).none(|c, s, o| wrong(c, s, o, state));
    }
}

/// The triples the whole extractor gives for `text`.
fn extracted(text: &str) -> Vec<crate::model::Triple> {
    let a = crate::model::Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    super::super::Extractor::new(lex()).extract_article(&a)
}

#[test]
fn subject_and_object_by_role() {
    events_of("Peru expelled two Chilean diplomats on Monday.").with("174", "PER", "CHL");
    // passive: the "by" agent acts
    events_of("Two Chilean diplomats were expelled by Peru.").with("174", "PER", "CHL");
    // a passive without an agent names no one who acts
    events_of("Two Chilean diplomats were expelled on Monday.").none(|_, s, _| !s.is_empty());
}

#[test]
fn every_actor_of_a_list() {
    let e = events_of("Germany, Italy and Spain sent medical teams to Turkey.");
    for s in ["DEU", "ITA", "ESP"] {
        e.with("", s, "TUR");
    }
    let e = events_of("Norway condemned Russia, Belarus and Iran for the strikes.");
    for o in ["RUS", "BLR", "IRN"] {
        e.with("11", "NOR", o);
    }
}

#[test]
fn the_controller_of_an_infinitive_acts() {
    // subject control: the one who declined is the one who would hand them back
    events_of("Egypt declined to release the detained Greek sailors.").with("084", "EGY", "GRC");
    // object control: the one urged is the one who would return
    events_of("Peru urged Bolivia to withdraw its troops from Chile.")
        .with("02", "PER", "BOL")
        .with("087", "BOL", "CHL");
}

#[test]
fn event_nouns_take_possessors_adjectives_and_phrases() {
    events_of("Russia's invasion of Georgia was condemned.").with("19", "RUS", "GEO");
    events_of("A Turkish drone strike on Syria killed four people.").with("195", "TUR", "SYR");
    events_of("The attack by Iraq on Kuwait began at night.").with("190", "IRQ", "KWT");
    // no one named who acts: no event
    events_of("The attack on Kuwait began at night.")
        .none(|c, _, o| c.starts_with("19") && holds(o, "KWT"));
}

#[test]
fn between_gives_both_sides() {
    let e = events_of("Talks between Ghana and Togo resumed in Accra.");
    for (s, o) in [("GHA", "TGO"), ("TGO", "GHA")] {
        e.with("04", s, o);
    }
}

#[test]
fn a_light_verb_carries_its_nouns_event() {
    events_of("Iraq launched an attack on Iran at dawn.").with("190", "IRQ", "IRN");
    events_of("Greece lodged a protest with Turkey.").with("111", "GRC", "TUR");
    // "launch" with an object that names no event
    events_of("Japan launched a satellite for Indonesia.").none(|c, _, _| c.starts_with("19"));
}

#[test]
fn the_object_decides_what_a_verb_means() {
    // cutting aid is a sanction, lifting sanctions a concession
    for (text, code, s, o) in [
        ("Sweden cut its aid to Ethiopia.", "162", "SWE", "ETH"),
        ("Canada imposed sanctions on Libya.", "163", "CAN", "LBY"),
    ] {
        events_of(text).with(code, s, o);
    }
    // (the lifted sanctions are not imposed)
    events_of("Canada lifted its sanctions on Libya.")
        .with("085", "CAN", "LBY")
        .without("163", "CAN", "LBY");
    // cutting what is no aid is nothing
    events_of("Sweden cut its own budget before the Ethiopian visit.").without("16", "SWE", "ETH");
}

#[test]
fn a_relative_pronoun_stands_for_its_noun() {
    events_of("Kenya praised the Ugandan troops who had attacked the Somali militants.")
        .with("051", "KEN", "UGA");
}

#[test]
fn what_is_wished_or_planned_is_not_done() {
    for (text, word, want) in [
        (
            "Oslo wants Riga to join the pact.",
            "join",
            Some(Modality::Hedged),
        ),
        ("Oslo wants Riga to join the pact.", "wants", None),
        (
            "Peru plans to send troops to Chile.",
            "send",
            Some(Modality::Future),
        ),
        (
            "Peru tried to seize the ship.",
            "seize",
            Some(Modality::Hedged),
        ),
        ("Peru began to send troops to Chile.", "send", None),
    ] {
        with_tree(text, false, |tree, forms| {
            let at = forms.iter().position(|f| *f == word).unwrap();
            assert_eq!(wished(tree, at), want, "{word} in {text}");
        });
    }
}

#[test]
fn a_use_the_vocabulary_knows_as_no_event_is_vetoed() {
    with_tree(
        "Poland met its targets before Lithuania did.",
        false,
        |tree, forms| {
            let (found, vetoes) = find_with_vetoes(tree, &lex().events);
            assert!(
                found.iter().all(|e| !e.code.to_string().starts_with("04")),
                "{found:?}"
            );
            assert!(vetoes.contains(&forms.iter().position(|f| *f == "met").unwrap()));
        },
    );
}

#[test]
fn a_part_stands_for_the_whole() {
    events_of("Peruvian gunmen killed most of Chile's border guards.").with("1", "PER", "CHL");
    events_of("Two battalions of Syrian troops attacked Lebanese positions.")
        .with("19", "SYR", "LBN");
    events_of("Dozens of Turkish soldiers raided Iraqi villages.").with("19", "TUR", "IRQ");
    // a part of no state's people names no actor
    events_of("Most of the Chilean press praised the deal.").none(|_, s, _| holds(s, "CHL"));
}

#[test]
fn a_repelled_attack_was_on_the_one_who_repelled_it() {
    events_of("Thailand repelled a Cambodian assault on the temple.").with("19", "KHM", "THA");
    events_of("Jordan foiled an Iraqi raid on the border post.").with("19", "IRQ", "JOR");
    events_of("Iraq praised an Iranian attack on the rebels.").without("19", "IRN", "IRQ");
}

#[test]
fn a_by_phrase_on_an_active_verb_is_its_objects_agent() {
    events_of("Pakistani soldiers beat back a raid by Afghan militias on Monday.")
        .with("19", "AFG", "PAK");
    let e = events_of("Lebanon condemned the shelling by Israel of two villages.");
    assert!(
        e.has("19", "ISR", "LBN") || e.has("1", "LBN", "ISR"),
        "{}: {:?}",
        e.text,
        e.list
    );
    events_of("Egypt hosted a visit by the Sudanese foreign minister.").with("043", "EGY", "SDN");
    // a true passive keeps its agent
    events_of("Two Greek patrol boats were rammed by Turkish vessels.")
        .none(|_, s, _| holds(s, "GRC"))
        .with("1", "TUR", "GRC");
}

#[test]
fn a_participle_shares_the_clause_subject() {
    events_of("Canada expelled the diplomats after accusing Russia of spying.")
        .with("112", "CAN", "RUS");
    events_of("Ghana recalled its envoy while criticizing Togo.").with("111", "GHA", "TGO");
    // a clause with its own subject keeps it
    events_of("Ghana recalled its envoy because Togo had criticized Benin.")
        .without("111", "GHA", "BEN");
}

#[test]
fn owners_of_things_and_craft_acting_for_their_state() {
    events_of("Iranian boats seized a Greek-owned tanker.").with("17", "IRN", "GRC");
    events_of("Russian jets bombed a Turkish-flagged freighter.").with("19", "RUS", "TUR");
    // the maker of a weapon is not its target
    events_of("Ukrainian soldiers destroyed Iranian-made drones.").none(|_, _, o| holds(o, "IRN"));
}

#[test]
fn what_one_asks_another_to_do_is_no_event() {
    let text = "Tunisia asked Egypt to help Libya. Peru wants to help Bolivia.";
    let ts = extracted(text);
    let on = |state: &str| {
        ts.iter()
            .find(|t| t.object.country.as_deref() == Some(state))
    };
    // the request is an event, the help asked for is not
    assert!(on("EGY").is_some(), "{text}: {ts:#?}");
    assert!(on("LBY").is_none(), "{text}: {ts:#?}");
    // one's own aim is an intention, kept as future
    let t = on("BOL").expect("Peru's aim");
    assert_eq!(t.modality, Modality::Future, "{text}: {t:#?}");
}

#[test]
fn an_attack_said_to_come_from_a_place_accuses_its_state() {
    let text = "Syria said rockets were fired at its positions from Lebanon.";
    let ts = extracted(text);
    let attack = ts
        .iter()
        .find(|t| t.relation == "attacks")
        .expect("the attack");
    assert_eq!(attack.subject.id, "country:LBN");
    assert_eq!(attack.modality, Modality::Reported);
    assert!(
        ts.iter().any(|t| t.relation == "accuses"
            && t.subject.id == "country:SYR"
            && t.object.id == "country:LBN"),
        "{text}: {ts:#?}"
    );
}

#[test]
fn who_claims_an_attack_made_it() {
    events_of("Somalia's militants claimed responsibility for a bombing in Kenya's capital.")
        .with("1", "SOM", "KEN");
    // claiming something else is no attack
    events_of("Somalia's militants claimed victory in Kenya's elections.")
        .without("1", "SOM", "KEN");
}

#[test]
fn an_adjectival_participle_names_no_event() {
    events_of("Iran welcomed the detained British sailors home.")
        .none(|c, _, _| c.starts_with("173"));
}

#[test]
fn the_adversary_of_a_protection_is_not_protected() {
    each_none(
        &[
            (
                "Kenyan troops protected Somali villages against attacks from Eritrea.",
                "ERI",
            ),
            (
                "French jets shield the Malian towns from raids by Libyan militias.",
                "LBY",
            ),
            (
                "Rwandan soldiers guarded the Congolese border town against rebels from Uganda.",
                "UGA",
            ),
        ],
        |c, _, o, adversary| c.starts_with("074") && holds(o, adversary),
    );
    // the protected stays
    events_of("Kenyan troops protected Somali villages against attacks from Eritrea.")
        .with("074", "KEN", "SOM");
}

#[test]
fn a_capital_before_an_owned_event_noun_is_its_venue() {
    each_none(
        &[
            (
                "Blinken's Beijing meeting with the Chinese foreign minister was tense.",
                "CHN",
            ),
            (
                "Modi's Tokyo meeting with Japanese business leaders went well.",
                "JPN",
            ),
            (
                "Macron's Berlin visit to the German chancellor ended early.",
                "DEU",
            ),
        ],
        |_, s, _, venue| holds(s, venue),
    );
}
