//! What the gazetteer tells the tagger: the parts of speech of the words of known names.

use crate::recognize::Mention;

/// What the gazetteer knows of each word's part of speech (a set of [`crate::syntax::Upos`]
/// bits per word, 0 where it knows nothing), for the tagger: a capitalised
/// word of a name is a proper noun ("Kyiv", "the White House"), a state's adjective that
/// modifies a noun is an adjective ("Chilean exports").
pub fn known_tags(
    forms: &[&str],
    spans: &[crate::syntax::UdWord],
    mentions: &[Mention],
) -> Vec<u32> {
    use crate::lexicon::AliasType as A;
    use crate::recognize::{MentionRole, Via};
    use crate::syntax::Upos;
    const LOWER: &[&str] = &[
        "of", "and", "the", "de", "del", "da", "al", "el", "la", "du", "von", "van", "bin", "for",
    ];
    let mut out = vec![0u32; forms.len()];
    for m in mentions {
        let Via::Alias(kind) = m.via else { continue };
        // a proper name is capitalised throughout ("Bosnia and Herzegovina"); "Pakistani
        // troops" is a name of the army, not a proper name
        let proper = spans
            .iter()
            .enumerate()
            .filter(|(_, w)| w.token >= m.tok_start && w.token < m.tok_end)
            .all(|(i, _)| {
                let f = forms[i];
                !f.chars().next().is_some_and(char::is_lowercase) || LOWER.contains(&f)
            });
        if !proper {
            continue;
        }
        let words = spans
            .iter()
            .enumerate()
            .filter(|(_, w)| w.token >= m.tok_start && w.token < m.tok_end);
        for (i, _) in words {
            let f = forms[i];
            let capital = f.chars().next().is_some_and(char::is_uppercase)
                && f.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-');
            // ("The" of "The Taliban" at the start of a sentence is a determiner still)
            if !capital || LOWER.contains(&f.to_ascii_lowercase().as_str()) {
                continue;
            }
            out[i] = match kind {
                A::Name
                | A::Short
                | A::Abbreviation
                | A::Capital
                | A::Metonym
                | A::Variant
                | A::Surname => Upos::Propn.bit(),
                A::Demonym if m.role == MentionRole::Modifier && m.tok_end == m.tok_start + 1 => {
                    Upos::Adj.bit()
                }
                _ => 0,
            };
        }
    }
    // "the U.S. Was ready", "the U.K. Would": wire copy that capitalises the word after an
    // abbreviation's full stop, inside a sentence; an auxiliary stays one
    for i in 1..forms.len() {
        let f = forms[i];
        let after_abbreviation =
            forms[i - 1].ends_with('.') && forms[i - 1].matches('.').count() >= 2;
        if after_abbreviation
            && f.chars().next().is_some_and(char::is_uppercase)
            && (CAPITALISED_AUXILIARIES.contains(&f)
                // ("Will Smith" is a name)
                || f == "Will"
                    && forms
                        .get(i + 1)
                        .is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase)))
        {
            out[i] = Upos::Aux.bit() | Upos::Verb.bit();
        }
    }
    // "the PKK has backing from Syria", "Kenya enjoys backing from Uganda": a word in -ing
    // right after "have" is a noun (English has no tense of "have" with the -ing form), and
    // so is one after a verb of getting or having when "from" names whom it comes from
    for i in 1..forms.len() {
        let f = forms[i];
        let gerund_like = f.len() > 5
            && f.ends_with("ing")
            && f.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_GERUNDS.contains(&f);
        if !gerund_like {
            continue;
        }
        let before = forms[i - 1].to_ascii_lowercase();
        let after_have = matches!(before.as_str(), "has" | "have" | "had" | "having");
        let from_giver = GETTING.contains(&before.as_str()) && forms.get(i + 1) == Some(&"from");
        if after_have || from_giver {
            out[i] = Upos::Noun.bit();
            // (and "have" before it is the verb that has it)
            if after_have {
                out[i - 1] = Upos::Verb.bit();
            }
        }
    }
    // "fought alongside Syrian rebels": before the words of a noun, "alongside" is a
    // preposition, whatever the tagger makes of it (not "stood alongside.")
    for i in 0..forms.len().saturating_sub(1) {
        let next = forms[i + 1];
        if forms[i].eq_ignore_ascii_case("alongside")
            && next.chars().next().is_some_and(char::is_alphanumeric)
        {
            out[i] = Upos::Adp.bit();
        }
    }
    out
}

/// Words in -ing that are no verb's form: pronouns and prepositions.
const NOT_GERUNDS: &[&str] = &[
    "nothing",
    "something",
    "anything",
    "everything",
    "during",
    "including",
    "according",
    "concerning",
    "regarding",
    "following",
    "notwithstanding",
    "pending",
];

/// Forms of the verbs of getting, winning or enjoying something from another.
const GETTING: &[&str] = &[
    "enjoy",
    "enjoys",
    "enjoyed",
    "win",
    "wins",
    "won",
    "gain",
    "gains",
    "gained",
    "get",
    "gets",
    "got",
    "gotten",
    "receive",
    "receives",
    "received",
    "attract",
    "attracts",
    "attracted",
    "seek",
    "seeks",
    "sought",
];

/// Auxiliaries (and "have" as a verb) that news wire copy sometimes capitalises after an
/// abbreviation; "May" is left out (a month), "Will" is one only before a lower-case word.
const CAPITALISED_AUXILIARIES: &[&str] = &[
    "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Would", "Could", "Should", "Can", "Must",
    "Does", "Did", "Might",
];
