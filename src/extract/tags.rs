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
    out
}

/// Auxiliaries (and "have" as a verb) that news wire copy sometimes capitalises after an
/// abbreviation; "May" is left out (a month), "Will" is one only before a lower-case word.
const CAPITALISED_AUXILIARIES: &[&str] = &[
    "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Would", "Could", "Should", "Can", "Must",
    "Does", "Did", "Might",
];
