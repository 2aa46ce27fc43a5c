//! The parser repairs (`extract/repair/`) on trees written out by hand in the shape the
//! parser gives: each rule mends its misreading, and leaves alone a look-alike that is read
//! right already.
use super::*;
use crate::syntax::{Rel, Upos, Word};

/// A tree from `form/UPOS/XPOS/head/rel` words (heads counted from 1, 0 for the root).
fn tree(spec: &'static str) -> (Vec<Word>, Vec<Option<usize>>, Vec<Rel>) {
    let mut words = Vec::new();
    let (mut heads, mut rels) = (Vec::new(), Vec::new());
    for w in spec.split_whitespace() {
        let f: Vec<&'static str> = w.split('/').collect();
        let head: usize = f[3].parse().expect("head");
        words.push(Word {
            upos: Upos::parse(f[1]),
            xpos: f[2],
            lemma: f[0].to_lowercase().into(),
            head: head as u32,
            rel: Rel::parse(f[4]),
        });
        heads.push(head.checked_sub(1));
        rels.push(Rel::parse(f[4]));
    }
    (words, heads, rels)
}

/// The heads (from 1) and relations after the repairs.
fn repaired(spec: &'static str) -> Vec<(usize, Rel)> {
    let (words, mut heads, mut rels) = tree(spec);
    repair::repair(&words, &mut heads, &mut rels);
    heads
        .iter()
        .map(|h| h.map_or(0, |h| h + 1))
        .zip(rels)
        .collect()
}

#[test]
fn a_clause_after_said_on_a_day_that_lacks_nothing_completes_the_verb() {
    // (word, its head and relation after the repair) for the clause's verb and "that"
    for (spec, verb, that, said) in [
        (
            "Chile/PROPN/NNP/2/nsubj said/VERB/VBD/0/root on/ADP/IN/4/case \
             Wednesday/PROPN/NNP/2/obl that/PRON/WDT/8/obj Peru/PROPN/NNP/8/nsubj \
             had/AUX/VBD/8/aux expelled/VERB/VBN/4/acl:relcl two/NUM/CD/10/nummod \
             diplomats/NOUN/NNS/8/obj",
            8,
            5,
            2,
        ),
        (
            "Kenya/PROPN/NNP/2/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/2/obj \
             on/ADP/IN/5/case Friday/PROPN/NNP/2/obl that/PRON/WDT/9/nsubj \
             troops/NOUN/NNS/9/nsubj:pass were/AUX/VBD/9/aux:pass sent/VERB/VBN/5/acl:relcl \
             to/ADP/IN/11/case Somalia/PROPN/NNP/9/obl",
            9,
            6,
            2,
        ),
        (
            "Egypt/PROPN/NNP/2/nsubj announced/VERB/VBD/0/root late/ADV/RB/4/advmod \
             yesterday/NOUN/NN/2/obl:unmarked that/PRON/WDT/7/obj Libya/PROPN/NNP/7/nsubj \
             closed/VERB/VBD/4/acl:relcl the/DET/DT/9/det border/NOUN/NN/7/obj",
            7,
            5,
            2,
        ),
    ] {
        let r = repaired(spec);
        assert_eq!(r[verb - 1], (said, Rel::Ccomp), "{spec}");
        assert_eq!(r[that - 1].1, Rel::Mark, "{spec}");
    }
    // a relative clause whose "that" is the object it lacks stays one: "praised the plan
    // that Peru drafted"
    let spec = "Chile/PROPN/NNP/2/nsubj praised/VERB/VBD/0/root the/DET/DT/4/det \
                plan/NOUN/NN/2/obj that/PRON/WDT/7/obj Peru/PROPN/NNP/7/nsubj \
                drafted/VERB/VBD/4/acl:relcl";
    let r = repaired(spec);
    assert_eq!(r[6], (4, Rel::AclRelcl));
    assert_eq!(r[4].1, Rel::Obj);
}

#[test]
fn a_participle_between_a_determiner_and_its_noun_modifies_the_noun() {
    for (spec, part, noun, noun_head) in [
        (
            // "met a visiting delegation"
            "Iran/PROPN/NNP/2/nsubj met/VERB/VBD/0/root a/DET/DT/5/det \
             visiting/VERB/VBG/2/xcomp delegation/NOUN/NN/4/obj",
            4,
            5,
            (2, Rel::Xcomp),
        ),
        (
            // "the ruling party's leader": an advcl participle with its noun
            "Peru/PROPN/NNP/2/nsubj criticised/VERB/VBD/0/root the/DET/DT/5/det \
             governing/VERB/VBG/2/advcl coalition/NOUN/NN/4/obj",
            4,
            5,
            (2, Rel::Advcl),
        ),
        (
            "Chad/PROPN/NNP/2/nsubj welcomed/VERB/VBD/0/root the/DET/DT/6/det \
             returning/VERB/VBG/2/advcl Sudanese/ADJ/JJ/6/amod refugees/NOUN/NNS/4/obj",
            4,
            6,
            (2, Rel::Advcl),
        ),
        (
            // the determiner misread too, on a verb further on: "telling a visiting
            // delegation ... that the United States is moving"
            "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root a/DET/DT/8/det \
             visiting/VERB/VBG/8/advcl Cuban/PROPN/NNP/6/compound delegation/NOUN/NN/4/obj \
             Washington/PROPN/NNP/8/nsubj moved/VERB/VBD/2/ccomp",
            4,
            6,
            (8, Rel::Advcl),
        ),
    ] {
        let r = repaired(spec);
        assert_eq!(r[part - 1], (noun, Rel::Amod), "{spec}");
        assert_eq!(r[noun - 1], noun_head, "{spec}");
        assert_eq!(r[part - 2], (noun, Rel::Det), "{spec}");
    }
    // a gerund with its own object after it keeps it: "by sending the troops"
    let spec = "Peru/PROPN/NNP/2/nsubj answered/VERB/VBD/0/root by/SCONJ/IN/4/mark \
                sending/VERB/VBG/2/advcl the/DET/DT/6/det troops/NOUN/NNS/4/obj";
    let r = repaired(spec);
    assert_eq!(r[5], (4, Rel::Obj));
    assert_eq!(r[3], (2, Rel::Advcl));
}

#[test]
fn a_participle_after_a_comma_belongs_to_the_clause_not_to_a_reduced_relative() {
    for (spec, part, clause) in [
        (
            // "Iraq balked at the number of staff needed to run the deal, blaming ..."
            "Iraq/PROPN/NNP/2/nsubj balked/VERB/VBD/0/root at/ADP/IN/5/case \
             the/DET/DT/5/det number/NOUN/NN/2/obl of/ADP/IN/7/case staff/NOUN/NNS/5/nmod \
             needed/VERB/VBN/7/acl to/PART/TO/10/mark run/VERB/VB/8/xcomp \
             the/DET/DT/12/det deal/NOUN/NN/10/obj ,/PUNCT/,/14/punct \
             blaming/VERB/VBG/10/advcl Chile/PROPN/NNP/14/obj",
            14,
            2,
        ),
        (
            // "Ghana met the soldiers sent to guard the coast, urging Togo ..."
            "Ghana/PROPN/NNP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det \
             soldiers/NOUN/NNS/2/obj sent/VERB/VBN/4/acl to/PART/TO/7/mark \
             guard/VERB/VB/5/xcomp the/DET/DT/9/det coast/NOUN/NN/7/obj ,/PUNCT/,/11/punct \
             urging/VERB/VBG/7/advcl Togo/PROPN/NNP/11/obj",
            11,
            2,
        ),
        (
            // the participle on the reduced relative itself: "the ships seized in May, ..."
            "Oman/PROPN/NNP/2/nsubj protested/VERB/VBD/0/root about/ADP/IN/5/case \
             the/DET/DT/5/det ships/NOUN/NNS/2/obl seized/VERB/VBN/5/acl in/ADP/IN/8/case \
             May/PROPN/NNP/6/obl ,/PUNCT/,/10/punct accusing/VERB/VBG/6/advcl \
             Iran/PROPN/NNP/10/obj",
            10,
            2,
        ),
    ] {
        let r = repaired(spec);
        assert_eq!(r[part - 1], (clause, Rel::Advcl), "{spec}");
    }
    // a participle with a conjunction of its own stays where it is: "..., while
    // promising ..." belongs to the verb the parser chose
    let spec = "Ghana/PROPN/NNP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det \
                soldiers/NOUN/NNS/2/obj sent/VERB/VBN/4/acl to/PART/TO/7/mark \
                guard/VERB/VB/5/xcomp the/DET/DT/9/det coast/NOUN/NN/7/obj ,/PUNCT/,/12/punct \
                while/SCONJ/IN/12/mark promising/VERB/VBG/7/advcl help/NOUN/NN/12/obj";
    let r = repaired(spec);
    assert_eq!(r[11], (7, Rel::Advcl));
}

/// The part of speech the model gives each word of `text`, with the tags the extraction
/// allows (`known_tags`).
fn tagged(text: &str) -> Vec<(String, Upos)> {
    use crate::syntax::{ud_words, Model, Scratch};
    let tokens = crate::text::tokenize(text, 0);
    let mut spans = Vec::new();
    ud_words(text, &tokens, &mut spans);
    let forms: Vec<&str> = spans.iter().map(|w| &text[w.start..w.end]).collect();
    let allowed = known_tags(&forms, &spans, &[]);
    let mut words = Vec::new();
    Model::builtin().analyze_constrained(&forms, &allowed, &mut Scratch::default(), &mut words);
    forms
        .iter()
        .zip(&words)
        .map(|(f, w)| (f.to_string(), w.upos))
        .collect()
}

#[test]
fn a_capitalised_auxiliary_after_an_abbreviation_stays_an_auxiliary() {
    // wire copy that capitalises the word after "U.S."
    for (text, word) in [
        (
            "Officials said the U.S. Was ready to sell jets to Egypt.",
            "Was",
        ),
        (
            "He said the U.K. Would expel two Russian diplomats.",
            "Would",
        ),
        (
            "Diplomats say the U.S. Will soon lift the ban on Cuba.",
            "Will",
        ),
    ] {
        let tags = tagged(text);
        let (_, upos) = tags.iter().find(|(f, _)| f == word).expect("word");
        assert!(matches!(upos, Upos::Aux | Upos::Verb), "{text}: {tags:?}");
    }
    // a name after the abbreviation is a name
    let tags = tagged("The U.S. Will Rogers Foundation gave money to Mexico.");
    let (_, upos) = tags.iter().find(|(f, _)| f == "Will").expect("word");
    assert_eq!(*upos, Upos::Propn, "{tags:?}");
    // and the clause then reads as one: the future sending is the United States'
    said("He said the U.S. Will send troops to Poland.").modality(
        "country:USA",
        "aids",
        "country:POL",
        Modality::Future,
    );
}

#[test]
fn alleged_after_a_verb_and_before_its_noun_is_the_nouns_adjective() {
    // the raid or the bombing is the event, on the noun "alleged" describes; no accusation
    each_gives(&[
        (
            "South African troops raided alleged ANC bases in Botswana on Thursday.",
            "gov:ZAF:military",
            "attacks",
            "org:anc",
        ),
        (
            "Israeli jets bombed alleged Hezbollah positions in Lebanon.",
            "gov:ISR:military",
            "bombs",
            "group:hezbollah",
        ),
        (
            "Turkish troops raided alleged PKK camps in Iraq.",
            "gov:TUR:armed-forces",
            "attacks",
            "group:pkk",
        ),
    ]);
    each_none(
        &[
            "South African troops raided alleged ANC bases in Botswana on Thursday.",
            "Israeli jets bombed alleged Hezbollah positions in Lebanon.",
        ],
        |t| t.relation == "criticizes",
    );
    // look-alike: "alleged" as the verb of its own clause still alleges
    said("Iran alleged Iraqi troops attacked its border posts.")
        .any(|t| t.subject.id == "country:IRN" && t.object.country.as_deref() == Some("IRQ"));
}

#[test]
fn a_clause_with_a_modal_after_an_object_is_a_complement_with_that_subject() {
    // (the clause's verb, its new head, the object that becomes its subject)
    for (spec, verb, said, subject) in [
        (
            "Oslo/PROPN/NNP/3/nsubj later/ADV/RBR/3/advmod announced/VERB/VBD/0/root \
             Minister/PROPN/NNP/5/nmod:desc Vik/PROPN/NNP/3/obj would/AUX/MD/7/aux \
             visit/VERB/VB/3/advcl Riga/PROPN/NNP/7/obj",
            7,
            3,
            5,
        ),
        (
            "Kenya/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root Uganda/PROPN/NNP/2/obj \
             could/AUX/MD/5/aux face/VERB/VB/2/advcl sanctions/NOUN/NNS/5/obj",
            5,
            2,
            3,
        ),
        (
            "Seoul/PROPN/NNP/2/nsubj confirmed/VERB/VBD/0/root Envoy/PROPN/NNP/4/nmod:desc \
             Kim/PROPN/NNP/2/obj will/AUX/MD/6/aux travel/VERB/VB/2/xcomp \
             to/ADP/IN/8/case Hanoi/PROPN/NNP/6/obl",
            6,
            2,
            4,
        ),
    ] {
        let r = repaired(spec);
        assert_eq!(r[verb - 1], (said, Rel::Ccomp), "{spec}");
        assert_eq!(r[subject - 1], (verb, Rel::Nsubj), "{spec}");
    }
    // look-alike: an adverbial clause with a subject of its own stays one ("sent troops
    // so they could guard Riga")
    let spec = "Oslo/PROPN/NNP/2/nsubj sent/VERB/VBD/0/root troops/NOUN/NNS/2/obj \
                they/PRON/PRP/6/nsubj could/AUX/MD/6/aux guard/VERB/VB/2/advcl \
                Riga/PROPN/NNP/6/obj";
    let r = repaired(spec);
    assert_eq!(r[5], (2, Rel::Advcl));
    assert_eq!(r[2], (2, Rel::Obj));
}

#[test]
fn an_empty_it_before_a_controlling_adjective_is_its_subject() {
    // (the "it", the infinitive after the adjective, and their relations after the repair;
    // the last, a look-alike: before an adjective of an extraposed clause, "it" stays empty)
    let (doer, act) = (Rel::Nsubj, Rel::Xcomp);
    for (spec, it, inf, rels) in [
        (
            "Chile/PROPN/NNP/2/nsubj said/VERB/VBD/0/root it/PRON/PRP/5/expl \
             was/AUX/VBD/5/cop willing/ADJ/JJ/2/ccomp to/PART/TO/7/mark \
             attack/VERB/VB/5/xcomp Peru/PROPN/NNP/7/obj",
            3,
            7,
            (doer, act),
        ),
        (
            "Turkey/PROPN/NNP/2/nsubj said/VERB/VBD/0/root it/PRON/PRP/5/expl \
             was/AUX/VBD/5/cop determined/ADJ/JJ/2/ccomp to/PART/TO/7/mark \
             attack/VERB/VB/5/csubj Syria/PROPN/NNP/7/obj",
            3,
            7,
            (doer, act),
        ),
        (
            "Egypt/PROPN/NNP/2/nsubj hinted/VERB/VBD/0/root that/SCONJ/IN/7/mark \
             it/PRON/PRP/7/expl might/AUX/MD/7/aux be/AUX/VB/7/cop \
             ready/ADJ/JJ/2/ccomp to/PART/TO/9/mark strike/VERB/VB/7/xcomp \
             Libya/PROPN/NNP/9/obj",
            4,
            9,
            (doer, act),
        ),
        (
            "Ghana/PROPN/NNP/2/nsubj said/VERB/VBD/0/root it/PRON/PRP/5/expl \
             was/AUX/VBD/5/cop important/ADJ/JJ/2/ccomp to/PART/TO/7/mark \
             attack/VERB/VB/5/csubj Togo/PROPN/NNP/7/obj",
            3,
            7,
            (Rel::Expl, Rel::Csubj),
        ),
    ] {
        let r = repaired(spec);
        assert_eq!((r[it - 1].1, r[inf - 1].1), rels, "{spec}");
    }
}

#[test]
fn over_after_a_verb_of_passing_on_is_its_particle() {
    // (the word "over", and its noun: the verb's particle and object after the repair; the
    // last, a look-alike: over a place one flies, "over" stays the noun's preposition; the
    // verbs are written as their lemmas, which the rule reads)
    let handed = (2, Rel::CompoundPrt, Rel::Obj);
    for (spec, over, noun, want) in [
        (
            "Iraq/PROPN/NNP/2/nsubj hand/VERB/VBD/0/root over/ADP/IN/5/case \
             the/DET/DT/5/det prisoners/NOUN/NNS/2/obl",
            3,
            5,
            handed,
        ),
        (
            "Rebels/NOUN/NNS/2/nsubj take/VERB/VBD/0/root over/ADP/IN/5/case \
             the/DET/DT/5/det airport/NOUN/NN/2/obl in/ADP/IN/7/case Goma/PROPN/NNP/2/obl",
            3,
            5,
            handed,
        ),
        (
            "Chile/PROPN/NNP/2/nsubj turn/VERB/VBD/0/root over/ADP/IN/4/case \
             documents/NOUN/NNS/2/obl to/ADP/IN/6/case Peru/PROPN/NNP/2/obl",
            3,
            4,
            handed,
        ),
        (
            "Jets/NOUN/NNS/2/nsubj fly/VERB/VBD/0/root over/ADP/IN/5/case \
             the/DET/DT/5/det city/NOUN/NN/2/obl",
            3,
            5,
            (5, Rel::Case, Rel::Obl),
        ),
    ] {
        let r = repaired(spec);
        assert_eq!(
            (r[over - 1].0, r[over - 1].1, r[noun - 1].1),
            want,
            "{spec}"
        );
    }
}

#[test]
fn a_verb_between_a_noun_and_the_subject_given_to_it_is_the_clause_verb() {
    // (the verb: its head and relation after the repair, and the noun's and the subject's
    // heads; the last, a look-alike: a participle on a noun after the real verb stays)
    for (spec, verb, noun, subject, want) in [
        (
            "Qatar/PROPN/NNP/4/nsubj supplied/VERB/VBN/4/amod liquefied/VERB/VBN/4/amod \
             gas/NOUN/NN/0/root to/ADP/IN/6/case Britain/PROPN/NNP/4/nmod",
            2,
            4,
            1,
            ((0, Rel::Root), (2, Rel::Obj), 2),
        ),
        (
            "Peru/PROPN/NNP/3/nsubj bought/VERB/VBD/3/amod wheat/NOUN/NN/0/root \
             from/ADP/IN/5/case Canada/PROPN/NNP/3/nmod",
            2,
            3,
            1,
            ((0, Rel::Root), (2, Rel::Obj), 2),
        ),
        (
            "Iran/PROPN/NNP/3/nsubj shipped/VERB/VBN/3/amod oil/NOUN/NN/0/root \
             last/ADJ/JJ/5/amod week/NOUN/NN/3/obl:unmarked",
            2,
            3,
            1,
            ((0, Rel::Root), (2, Rel::Obj), 2),
        ),
        (
            "Iran/PROPN/NNP/2/nsubj sold/VERB/VBD/0/root refined/VERB/VBN/4/amod \
             oil/NOUN/NN/2/obj",
            3,
            4,
            1,
            ((4, Rel::Amod), (2, Rel::Obj), 2),
        ),
    ] {
        let r = repaired(spec);
        assert_eq!((r[verb - 1], r[noun - 1], r[subject - 1].0), want, "{spec}");
    }
    // (and the noun's time is the verb's: "last week")
    let r = repaired(
        "Iran/PROPN/NNP/3/nsubj shipped/VERB/VBN/3/amod oil/NOUN/NN/0/root \
         last/ADJ/JJ/5/amod week/NOUN/NN/3/obl:unmarked",
    );
    assert_eq!(r[4].0, 2);
}
