//! The lemmatizer: English inflection rules by part of speech, checked against the lemmas
//! the treebank knows, and a table of the words the rules get wrong (irregular verbs and
//! plurals, contractions, the treebank's conventions), learned from the treebank.
//!
//! Rules choose among candidates: "cancelled" may be "cancell", "cancel" or "cancelle"; the
//! one that is a known lemma wins, and when none is known, the most likely by its spelling
//! (an undoubled consonant after a short vowel, a restored silent e after "c", "v", "z",
//! "u" and after a consonant-vowel-consonant syllable). British spellings ("travelled",
//! "signalling") lose their doubled "l" when the single-l form is known.

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// Irregular verb forms that the treebank lacks, so that neither its table nor the rules
/// know them ("fled" is not "fl"): English facts, consulted after the learned table.
const IRREGULAR: &[(&str, &str)] = &[
    ("bled", "bleed"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("fled", "flee"),
    ("forbade", "forbid"),
    ("forgave", "forgive"),
    ("foresaw", "foresee"),
    ("forsook", "forsake"),
    ("misled", "mislead"),
    ("overran", "overrun"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("rebuilt", "rebuild"),
    ("rewrote", "rewrite"),
    ("sank", "sink"),
    ("shed", "shed"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("slew", "slay"),
    ("slung", "sling"),
    ("sped", "speed"),
    ("spun", "spin"),
    ("sprang", "spring"),
    ("strode", "stride"),
    ("strove", "strive"),
    ("striven", "strive"),
    ("stung", "sting"),
    ("sunk", "sink"),
    ("swore", "swear"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("undertook", "undertake"),
    ("upheld", "uphold"),
    ("withheld", "withhold"),
    ("wove", "weave"),
    ("woven", "weave"),
];

/// A trained lemmatizer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lemmatizer {
    /// (lowercase form, universal tag) → lemma, where the rules are wrong.
    pub exceptions: FxHashMap<(String, String), String>,
    /// Lemmas of open-class words that the rules may choose.
    pub known: FxHashSet<String>,
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_consonant(c: u8) -> bool {
    c.is_ascii_lowercase() && !is_vowel(c)
}

/// Vowel groups of an ASCII word: a rough count of syllables.
fn syllables(s: &str) -> usize {
    let b = s.as_bytes();
    (0..b.len())
        .filter(|&i| (is_vowel(b[i]) || (b[i] == b'y' && i > 0)) && (i == 0 || !is_vowel(b[i - 1])))
        .count()
}

/// Candidate stems of a verb form with its ending ("ed", "ing") removed, most likely first.
fn verb_stems(stem: &str) -> Vec<String> {
    let b = stem.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let last = b[n - 1];
    let doubled = n >= 2 && b[n - 2] == last && is_consonant(last);
    if doubled && last == b'l' {
        // travelled, cancelled: British doubling after an unstressed vowel
        if syllables(stem) >= 2 {
            out.push(stem[..n - 1].to_string());
            out.push(stem.to_string());
        } else {
            out.push(stem.to_string());
            out.push(stem[..n - 1].to_string());
        }
        return out;
    }
    if doubled && !matches!(last, b's' | b'z' | b'f') {
        out.push(stem[..n - 1].to_string()); // stopped, planning
        out.push(stem.to_string());
        return out;
    }
    let cvc = n >= 3
        && is_consonant(b[n - 3])
        && is_vowel(b[n - 2])
        && is_consonant(last)
        && !matches!(last, b'w' | b'x' | b'y');
    let wants_e = matches!(last, b'c' | b'v' | b'z' | b'u')
        || (cvc && syllables(stem) == 1)
        || stem.ends_with("at")
        || (n >= 2 && last == b'g' && b[n - 2] != b'n')
        || (n >= 2 && last == b's' && is_vowel(b[n - 2]) && !stem.ends_with("ss"))
        || stem.ends_with("rg")
        || stem.ends_with("ng") && n >= 4 && b[n - 3] == b'a';
    if wants_e {
        out.push(format!("{stem}e"));
        out.push(stem.to_string());
    } else {
        out.push(stem.to_string());
        out.push(format!("{stem}e"));
    }
    out
}

/// Candidate lemmas of a word by its English tag, most likely first; empty when the word
/// is its own lemma.
fn candidates(lower: &str, xpos: &str) -> Vec<String> {
    let ends = |s: &str| lower.len() > s.len() + 1 && lower.ends_with(s);
    let strip = |k: usize| lower[..lower.len() - k].to_string();
    match xpos {
        "NNS" | "NNPS" => {
            if ends("ies") {
                vec![format!("{}y", strip(3)), strip(1)]
            } else if ends("ves") {
                vec![
                    strip(1),
                    format!("{}f", strip(3)),
                    format!("{}fe", strip(3)),
                ]
            } else if ends("men") {
                vec![format!("{}man", strip(3))]
            } else if ["sses", "shes", "ches", "xes", "zes"]
                .iter()
                .any(|e| ends(e))
            {
                vec![strip(2), strip(1)]
            } else if ends("ses") || ends("oes") {
                vec![strip(1), strip(2)]
            } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
                vec![strip(1)]
            } else {
                Vec::new()
            }
        }
        "VBD" | "VBN" => {
            if ends("ied") {
                vec![format!("{}y", strip(3))]
            } else if ends("eed") {
                vec![strip(1), strip(2)]
            } else if ends("ed") {
                verb_stems(&strip(2))
            } else {
                Vec::new()
            }
        }
        "VBG" => {
            if ends("ying") && lower.len() > 5 {
                vec![strip(3)]
            } else if ends("ing") {
                verb_stems(&strip(3))
            } else {
                Vec::new()
            }
        }
        "VBZ" => {
            if ends("ies") {
                vec![format!("{}y", strip(3))]
            } else if ["sses", "shes", "ches", "xes", "zes", "oes"]
                .iter()
                .any(|e| ends(e))
            {
                vec![strip(2)]
            } else if ends("s") && !ends("ss") {
                vec![strip(1)]
            } else {
                Vec::new()
            }
        }
        "JJR" | "RBR" if ends("er") => {
            if ends("ier") {
                vec![format!("{}y", strip(3))]
            } else {
                verb_stems(&strip(2))
            }
        }
        "JJS" | "RBS" if ends("est") => {
            if ends("iest") {
                vec![format!("{}y", strip(4))]
            } else {
                verb_stems(&strip(3))
            }
        }
        _ => Vec::new(),
    }
}

impl Lemmatizer {
    /// The lemma of a word with its universal and English tags.
    pub fn lemma<'a>(&self, form: &'a str, upos: &str, xpos: &str) -> Cow<'a, str> {
        let lower = lowercase(form);
        if let Some(l) = self.exceptions.get(&(lower.to_string(), upos.to_string())) {
            return Cow::Owned(l.clone());
        }
        if matches!(upos, "VERB" | "AUX") {
            if let Some(&(_, l)) = IRREGULAR.iter().find(|(f, _)| *f == lower) {
                return Cow::Borrowed(l);
            }
        }
        self.by_rule(form, &lower, upos, xpos)
    }

    fn by_rule<'a>(&self, form: &'a str, lower: &str, upos: &str, xpos: &str) -> Cow<'a, str> {
        let keep_case = upos == "PROPN";
        let cands = if lower.is_ascii() {
            candidates(lower, xpos)
        } else {
            Vec::new()
        };
        let chosen = cands
            .iter()
            .find(|c| self.known.contains(c.as_str()))
            .or(cands.first());
        match chosen {
            Some(c) if keep_case => {
                // keep the form's own case on the part that stays: "Americans" -> "American"
                let common = c
                    .bytes()
                    .zip(lower.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                Cow::Owned(format!("{}{}", &form[..common], &c[common..]))
            }
            Some(c) => Cow::Owned(c.clone()),
            None if keep_case => Cow::Borrowed(form),
            None => lower_cow(form),
        }
    }

    /// Learns the table and the known lemmas from treebank words `(form, lemma, upos, xpos)`.
    pub fn train<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str)>) -> Self {
        let words: Vec<_> = words.collect();
        let mut me = Lemmatizer::default();
        for &(_, lemma, upos, _) in &words {
            if matches!(upos, "VERB" | "NOUN" | "ADJ" | "ADV" | "AUX" | "PROPN") {
                me.known.insert(lowercase(lemma).into_owned());
            }
        }
        // the most frequent lemma of each (form, tag), and how often the rules give it
        let mut counts: FxHashMap<(String, String), FxHashMap<&str, usize>> = FxHashMap::default();
        for &(form, lemma, upos, _) in &words {
            *counts
                .entry((lowercase(form).into_owned(), upos.to_string()))
                .or_default()
                .entry(lemma)
                .or_default() += 1;
        }
        let mut xpos_of: FxHashMap<(String, String), &str> = FxHashMap::default();
        for &(form, _, upos, xpos) in &words {
            xpos_of
                .entry((lowercase(form).into_owned(), upos.to_string()))
                .or_insert(xpos);
        }
        let mut keys: Vec<_> = counts.keys().cloned().collect();
        keys.sort();
        for k in keys {
            let by_lemma = &counts[&k];
            let mut best: Vec<(&str, usize)> = by_lemma.iter().map(|(&l, &c)| (l, c)).collect();
            best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let lemma = best[0].0;
            // rules see the lowercase form; a proper noun keeps its case, so compare lowercase
            let (lower, upos) = (&k.0, &k.1);
            let ruled = me.by_rule(lower, lower, upos, xpos_of[&k]);
            if ruled != lemma && !(upos == "PROPN" && lowercase(lemma) == ruled.to_lowercase()) {
                me.exceptions.insert(k.clone(), lemma.to_string());
            }
        }
        me
    }

    /// The table as text: one `form<TAB>upos<TAB>lemma` line per exception, sorted, then
    /// a line `#known` and one known lemma a line, sorted.
    pub fn to_text(&self) -> String {
        let mut ex: Vec<_> = self.exceptions.iter().collect();
        ex.sort();
        let mut out = String::new();
        for ((f, u), l) in ex {
            out.push_str(&format!("{f}\t{u}\t{l}\n"));
        }
        out.push_str("#known\n");
        let mut known: Vec<_> = self.known.iter().collect();
        known.sort();
        for k in known {
            out.push_str(k);
            out.push('\n');
        }
        out
    }

    /// Reads the text of [`Lemmatizer::to_text`].
    pub fn from_text(text: &str) -> Result<Self, String> {
        let mut me = Lemmatizer::default();
        let mut known = false;
        for (i, line) in text.lines().enumerate() {
            if line == "#known" {
                known = true;
                continue;
            }
            if known {
                me.known.insert(line.to_string());
                continue;
            }
            let mut cols = line.split('\t');
            match (cols.next(), cols.next(), cols.next(), cols.next()) {
                (Some(f), Some(u), Some(l), None) => {
                    me.exceptions
                        .insert((f.to_string(), u.to_string()), l.to_string());
                }
                _ => return Err(format!("lemma table line {}: expected 3 columns", i + 1)),
            }
        }
        Ok(me)
    }
}

fn lowercase(s: &str) -> Cow<'_, str> {
    let s2 = if s.contains('’') {
        Cow::Owned(s.replace('’', "'"))
    } else {
        Cow::Borrowed(s)
    };
    if s2.chars().any(char::is_uppercase) {
        Cow::Owned(s2.to_lowercase())
    } else {
        s2
    }
}

fn lower_cow(s: &str) -> Cow<'_, str> {
    lowercase(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lem() -> Lemmatizer {
        let mut l = Lemmatizer::default();
        for k in [
            "cancel", "travel", "stop", "hope", "visit", "agree", "carry", "fill",
        ] {
            l.known.insert(k.to_string());
        }
        l.exceptions
            .insert(("went".into(), "VERB".into()), "go".into());
        l
    }

    /// Each word with its tags and the lemma it must have.
    fn check(cases: &[(&str, &str, &str, &str)]) {
        let l = lem();
        for &(word, upos, xpos, want) in cases {
            assert_eq!(l.lemma(word, upos, xpos), want, "{word} {upos} {xpos}");
        }
    }

    #[test]
    fn regular_inflections() {
        check(&[
            ("cancelled", "VERB", "VBD", "cancel"),
            ("travelling", "VERB", "VBG", "travel"),
            ("filled", "VERB", "VBD", "fill"),
            ("stopped", "VERB", "VBN", "stop"),
            ("hoped", "VERB", "VBD", "hope"),
            ("visited", "VERB", "VBD", "visit"),
            ("agreed", "VERB", "VBD", "agree"),
            ("carries", "VERB", "VBZ", "carry"),
            ("Went", "VERB", "VBD", "go"),
            // unknown verbs: the spelling decides
            ("negotiated", "VERB", "VBN", "negotiate"),
            ("signalled", "VERB", "VBD", "signal"),
            ("bombed", "VERB", "VBD", "bomb"),
        ]);
    }

    #[test]
    fn irregular_verbs_the_treebank_lacks() {
        check(&[
            ("fled", "VERB", "VBD", "flee"),
            ("withheld", "VERB", "VBD", "withhold"),
            ("overran", "VERB", "VBD", "overrun"),
            ("sped", "VERB", "VBD", "speed"),
        ]);
        // the rules still serve the regular ones
        check(&[("shelled", "VERB", "VBD", "shell")]);
    }

    #[test]
    fn nouns_and_names() {
        check(&[
            ("countries", "NOUN", "NNS", "country"),
            ("sanctions", "NOUN", "NNS", "sanction"),
            ("Americans", "PROPN", "NNPS", "American"),
            ("Kyiv", "PROPN", "NNP", "Kyiv"),
            ("The", "DET", "DT", "the"),
            ("crisis", "NOUN", "NN", "crisis"),
        ]);
    }

    #[test]
    fn table_round_trips() {
        let l = lem();
        assert_eq!(Lemmatizer::from_text(&l.to_text()).unwrap(), l);
    }
}
