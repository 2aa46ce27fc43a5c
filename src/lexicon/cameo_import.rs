//! `geokg lexicon import-cameo`: converts PETRARCH-2's verb dictionary (`CAMEO.2.0.txt`,
//! MIT) into geokg's event vocabulary format (see [`super::events`]), applying a file of
//! overrides where the dictionary's code would be wrong.
//!
//! What is converted: the synonym sets; each verb block (its name and default code, its
//! verbs with their own codes, multiword verbs as a verb and the word it needs); each
//! pattern, its words before the verb as the subject (or an adverb), its words after the
//! verb as particle, object and prepositional phrases. What is not: irregular verb forms
//! (geokg matches lemmas), the source and target markers `$ + %` and the skip marker `^`
//! (geokg finds actors by grammatical role), and the eight transformations at the end of
//! the file (geokg's modality and attribution cover what they do).
//!
//! Overrides, one a line (`#` comments):
//!
//! ```text
//! drop verb face                    # everywhere
//! drop verb receive in OBTAIN
//! code verb receive in OBTAIN :070  # the verb's own code in that group
//! code group SEND 070               # a group's default code
//! drop pattern SEND obj=&FOOD       # a pattern, by its converted constraints
//! code pattern OBTAIN obj=&WEAPON :072
//! ```

use crate::syntax::lemma::Lemmatizer;
use std::fmt::Write as _;

/// Words that follow a verb as particles, not objects.
const PARTICLES: &[&str] = &[
    "up", "down", "out", "off", "in", "on", "over", "away", "back", "aside", "forward", "together",
    "through", "about", "around", "along", "apart", "ahead",
];

/// Prepositions that may stand without parentheses in a pattern.
const PREPOSITIONS: &[&str] = &[
    "to", "with", "from", "by", "for", "against", "at", "into", "of", "on", "upon", "toward",
    "towards", "under", "between", "among", "across", "behind", "before", "after", "near",
];

/// A verb block of the source.
#[derive(Debug, Default, Clone)]
struct Block {
    name: String,
    code: String,
    /// (lemma, needed word, own code)
    verbs: Vec<(String, Option<String>, Option<String>)>,
    /// (constraints, code)
    patterns: Vec<(Vec<String>, String)>,
}

/// One override directive.
#[derive(Debug, Clone, PartialEq)]
enum Override {
    DropVerb {
        lemma: String,
        group: Option<String>,
    },
    VerbCode {
        lemma: String,
        group: String,
        code: String,
    },
    GroupCode {
        group: String,
        code: String,
    },
    DropPattern {
        group: String,
        atoms: String,
    },
    PatternCode {
        group: String,
        atoms: String,
        code: String,
    },
}

fn parse_overrides(text: &str) -> Result<Vec<(Override, usize, bool)>, String> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let w: Vec<&str> = line.split_whitespace().collect();
        let o = match w.as_slice() {
            ["drop", "verb", l] => Override::DropVerb {
                lemma: l.to_string(),
                group: None,
            },
            ["drop", "verb", l, "in", g] => Override::DropVerb {
                lemma: l.to_string(),
                group: Some(g.to_string()),
            },
            ["code", "verb", l, "in", g, c] => Override::VerbCode {
                lemma: l.to_string(),
                group: g.to_string(),
                code: c.to_string(),
            },
            ["code", "group", g, c] => Override::GroupCode {
                group: g.to_string(),
                code: c.to_string(),
            },
            ["drop", "pattern", g, atoms @ ..] if !atoms.is_empty() => Override::DropPattern {
                group: g.to_string(),
                atoms: atoms.join(" "),
            },
            ["code", "pattern", g, atoms @ .., c] if !atoms.is_empty() => Override::PatternCode {
                group: g.to_string(),
                atoms: atoms.join(" "),
                code: c.to_string(),
            },
            _ => return Err(format!("overrides line {}: cannot read {line:?}", i + 1)),
        };
        out.push((o, i + 1, false));
    }
    Ok(out)
}

/// Lemma of a noun written in a pattern (plural or not), as the tagger and lemmatizer
/// will see it in text.
fn noun_lemma(lem: &Lemmatizer, w: &str) -> String {
    let w = w.to_lowercase();
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        lem.lemma(&w, "NOUN", "NNS").into_owned()
    } else {
        w
    }
}

/// Converts a phrase of the source (`URBAN_CENTER`, `&TOWN`, `{FINANCIAL AID}`' words) to
/// the vocabulary's spelling (`urban_center`, `&TOWN`).
fn phrase(lem: &Lemmatizer, words: &[&str]) -> Option<String> {
    let words: Vec<&str> = words
        .iter()
        .flat_map(|w| w.split('_'))
        .filter(|w| !w.is_empty() && !matches!(*w, "$" | "+" | "%" | "^" | "-"))
        .collect();
    let (head, mods) = words.split_last()?;
    let head = if let Some(s) = head.strip_prefix('&') {
        format!("&{s}")
    } else {
        noun_lemma(lem, head)
    };
    let mut out = String::new();
    for m in mods {
        if m.starts_with('&') {
            continue; // a synset as a modifier: too loose to require
        }
        out.push_str(&m.to_lowercase());
        out.push('_');
    }
    out.push_str(&head);
    Some(out)
}

/// Tokens of a pattern: words, `{...}` groups and `(...)` phrases.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '{' => {
                if depth == 0 && !cur.trim().is_empty() {
                    out.push(std::mem::take(&mut cur).trim().to_string());
                }
                depth += 1;
                cur.push(c);
            }
            ')' | '}' => {
                cur.push(c);
                depth -= 1;
                if depth == 0 {
                    out.push(std::mem::take(&mut cur).trim().to_string());
                }
            }
            c if c.is_whitespace() && depth == 0 => {
                if !cur.trim().is_empty() {
                    out.push(std::mem::take(&mut cur).trim().to_string());
                }
                cur.clear();
            }
            c => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// Converts the constraints of one pattern line; several when a preposition has
/// alternatives (`(BY/WITH PROTESTS)`).
fn convert_pattern(lem: &Lemmatizer, body: &str) -> Vec<Vec<String>> {
    let (pre, post) = match body.split_once(" * ").or_else(|| {
        body.strip_prefix("* ")
            .map(|p| ("", p))
            .or_else(|| body.strip_suffix(" *").map(|p| (p, "")))
    }) {
        Some(x) => x,
        None if body.trim() == "*" => ("", ""),
        None => return Vec::new(),
    };
    let mut atoms: Vec<Vec<String>> = vec![Vec::new()];
    let push = |atoms: &mut Vec<Vec<String>>, a: String| {
        for v in atoms.iter_mut() {
            v.push(a.clone());
        }
    };
    for t in tokens(pre) {
        if t.starts_with('(') {
            continue; // a phrase on the subject ("DELIVERY (OF &FOOD) *"): the subject suffices
        }
        let inner = t.trim_matches(|c| c == '{' || c == '}');
        let words: Vec<&str> = inner.split_whitespace().collect();
        if words.iter().all(|w| matches!(*w, "$" | "+" | "%" | "^")) {
            continue;
        }
        if words.len() == 1 && words[0].ends_with("LY") {
            push(&mut atoms, format!("adv={}", words[0].to_lowercase()));
        } else if let Some(p) = phrase(lem, &words) {
            push(&mut atoms, format!("subj={p}"));
        }
    }
    let mut have_obj = false;
    let toks = tokens(post);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        i += 1;
        if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
            let mut parts = inner.splitn(2, char::is_whitespace);
            let preps = parts.next().unwrap_or("").to_lowercase();
            let rest = parts.next().unwrap_or("").trim();
            let rest = rest.trim_matches(|c| c == '{' || c == '}');
            let words: Vec<&str> = rest
                .split_whitespace()
                .filter(|w| !matches!(*w, "$" | "+" | "%" | "^" | "A" | "THE" | "AN"))
                .collect();
            let noun = phrase(lem, &words);
            let alts: Vec<&str> = preps.split('/').filter(|p| !p.is_empty()).collect();
            if alts.is_empty()
                || alts
                    .iter()
                    .any(|p| !p.chars().all(|c| c.is_ascii_lowercase()))
            {
                continue;
            }
            let mut next = Vec::new();
            for v in &atoms {
                for p in &alts {
                    let mut v = v.clone();
                    v.push(format!("{p}={}", noun.clone().unwrap_or_default()));
                    next.push(v);
                }
            }
            atoms = next;
            continue;
        }
        let inner = t.trim_matches(|c| c == '{' || c == '}');
        let words: Vec<&str> = inner
            .split_whitespace()
            .filter(|w| !matches!(*w, "$" | "+" | "%" | "^"))
            .collect();
        if words.is_empty() {
            continue;
        }
        let lower = words[0].to_lowercase();
        if words.len() == 1 && !have_obj && PARTICLES.contains(&lower.as_str()) {
            push(&mut atoms, format!("prt={lower}"));
        } else if words.len() == 1 && PREPOSITIONS.contains(&lower.as_str()) {
            // a bare preposition: its object follows, or it stands alone
            let next_noun = toks.get(i).filter(|n| !n.starts_with('(')).and_then(|n| {
                let n = n.trim_matches(|c| c == '{' || c == '}');
                let ws: Vec<&str> = n
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "$" | "+" | "%" | "^"))
                    .collect();
                phrase(lem, &ws)
            });
            if next_noun.is_some() {
                i += 1;
            }
            push(
                &mut atoms,
                format!("{lower}={}", next_noun.unwrap_or_default()),
            );
        } else if !have_obj {
            if let Some(p) = phrase(lem, &words) {
                push(&mut atoms, format!("obj={p}"));
                have_obj = true;
            }
        } else if words.len() == 1 && !words[0].starts_with('&') {
            // a word after the object depends on it ("TRIAL UNFAIR")
            for v in atoms.iter_mut() {
                if let Some(o) = v.iter_mut().rev().find(|a| a.starts_with("obj=")) {
                    let head = o["obj=".len()..].to_string();
                    *o = format!("obj={}_{head}", words[0].to_lowercase());
                }
            }
        }
    }
    atoms.retain(|v| !v.is_empty());
    atoms
}

/// Reads a code in brackets: `[190]`, `[042:043]`, `[:020]`, `[---]`; `None` if absent or
/// unreadable.
fn bracket_code(s: &str) -> Option<(String, usize)> {
    let a = s.find('[')?;
    let b = a + s[a..].find(']')?;
    let code = s[a + 1..b].trim().to_string();
    let ok = code == "---"
        || code.split(':').all(|p| {
            p.is_empty() || p == "---" || (p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        });
    ok.then_some((code, a))
}

/// Converts the dictionary text. Returns the vocabulary file and a report of what was
/// converted and what the overrides changed.
pub fn convert(
    source: &str,
    overrides: &str,
    lem: &Lemmatizer,
) -> Result<(String, String), String> {
    let mut overrides = parse_overrides(overrides)?;
    let mut synsets: Vec<(String, Vec<String>)> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut section = 0;
    let mut skipped = 0usize;
    for raw in source.lines() {
        if raw.starts_with("#######") || raw.starts_with("########") {
            section += 1;
            continue;
        }
        let line = match raw.find('#') {
            Some(k) => &raw[..k],
            None => raw,
        }
        .trim_end();
        if line.trim().is_empty() {
            continue;
        }
        match section {
            1 => {
                if let Some(name) = line.strip_prefix('&') {
                    synsets.push((name.trim().to_string(), Vec::new()));
                } else if let (Some(p), Some(s)) =
                    (line.trim().strip_prefix('+'), synsets.last_mut())
                {
                    let words: Vec<&str> = p.split('_').filter(|w| !w.is_empty()).collect();
                    if let Some(ph) = phrase(lem, &words) {
                        s.1.push(ph);
                    }
                }
            }
            2 => {
                let t = line.trim();
                if let Some(h) = t.strip_prefix("---") {
                    let h = h.trim_end_matches('-').trim();
                    let (code, at) = bracket_code(h).unwrap_or(("---".into(), h.len()));
                    blocks.push(Block {
                        name: h[..at].trim().to_string(),
                        code,
                        ..Default::default()
                    });
                    continue;
                }
                let Some(block) = blocks.last_mut() else {
                    continue;
                };
                if let Some(p) = t.strip_prefix('-') {
                    let Some((code, at)) = bracket_code(p) else {
                        skipped += 1;
                        continue;
                    };
                    let body = p[..at].trim();
                    let converted = convert_pattern(lem, body);
                    if converted.is_empty() {
                        skipped += 1;
                    }
                    for atoms in converted {
                        block.patterns.push((atoms, code.clone()));
                    }
                    continue;
                }
                // a verb line: WORD [CODE] {FORMS}
                let own = bracket_code(t).map(|(c, _)| c);
                let word = t
                    .split(|c: char| c.is_whitespace() || c == '{' || c == '[')
                    .next()
                    .unwrap_or("");
                if word.is_empty() {
                    continue;
                }
                let parts: Vec<&str> = word.split('_').filter(|w| !w.is_empty()).collect();
                let verb_at = parts.iter().position(|w| w.starts_with('+')).unwrap_or(0);
                let verb = parts[verb_at].trim_start_matches('+').to_lowercase();
                let others: Vec<String> = parts
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != verb_at)
                    .map(|(_, w)| w.trim_start_matches('+').to_lowercase())
                    .collect();
                // the word the verb needs: its particle or preposition, else its noun
                let needs = others
                    .iter()
                    .find(|w| PARTICLES.contains(&w.as_str()) || PREPOSITIONS.contains(&w.as_str()))
                    .or(others.first())
                    .cloned();
                if verb.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    block.verbs.push((verb, needs, own));
                }
            }
            _ => {}
        }
    }
    // apply the overrides
    for (o, _, used) in overrides.iter_mut() {
        match o {
            Override::DropVerb { lemma, group } => {
                for b in blocks
                    .iter_mut()
                    .filter(|b| group.as_ref().is_none_or(|g| *g == b.name))
                {
                    let n = b.verbs.len();
                    b.verbs.retain(|v| v.0 != *lemma);
                    *used |= b.verbs.len() < n;
                }
            }
            Override::VerbCode { lemma, group, code } => {
                for b in blocks.iter_mut().filter(|b| b.name == *group) {
                    for v in b.verbs.iter_mut().filter(|v| v.0 == *lemma) {
                        v.2 = Some(code.clone());
                        *used = true;
                    }
                }
            }
            Override::GroupCode { group, code } => {
                for b in blocks.iter_mut().filter(|b| b.name == *group) {
                    b.code = code.clone();
                    *used = true;
                }
            }
            Override::DropPattern { group, atoms } => {
                for b in blocks.iter_mut().filter(|b| b.name == *group) {
                    let n = b.patterns.len();
                    b.patterns.retain(|p| p.0.join(" ") != *atoms);
                    *used |= b.patterns.len() < n;
                }
            }
            Override::PatternCode { group, atoms, code } => {
                for b in blocks.iter_mut().filter(|b| b.name == *group) {
                    for p in b.patterns.iter_mut().filter(|p| p.0.join(" ") == *atoms) {
                        p.1 = code.clone();
                        *used = true;
                    }
                }
            }
        }
    }
    if let Some((o, line, _)) = overrides.iter().find(|o| !o.2) {
        return Err(format!(
            "overrides line {line}: {o:?} matches nothing in the dictionary"
        ));
    }
    let mut out = String::new();
    out.push_str(HEADER);
    out.push_str("\n# synonym sets\n");
    let known: std::collections::HashSet<&str> = synsets.iter().map(|s| s.0.as_str()).collect();
    for (name, list) in &synsets {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "synset {name} = {}", list.join(" "));
    }
    let (mut n_verbs, mut n_patterns) = (0, 0);
    for b in &blocks {
        let _ = writeln!(out, "\n[{}] {}", b.name, b.code);
        let mut seen = std::collections::HashSet::new();
        for (v, needs, own) in &b.verbs {
            if !seen.insert((v.clone(), needs.clone())) {
                continue;
            }
            let _ = write!(out, "verb {v}");
            if let Some(n) = needs {
                let _ = write!(out, " +{n}");
            }
            if let Some(c) = own {
                let _ = write!(out, " {c}");
            }
            out.push('\n');
            n_verbs += 1;
        }
        let mut seen = std::collections::HashSet::new();
        for (atoms, code) in &b.patterns {
            // a pattern naming an unknown synset cannot match: leave it out
            let unknown = atoms.iter().any(|a| {
                a.split('&').nth(1).is_some_and(|s| {
                    !known.contains(
                        s.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '_'),
                    )
                })
            });
            if unknown || !seen.insert((atoms.clone(), code.clone())) {
                continue;
            }
            let _ = writeln!(out, "pattern {} {code}", atoms.join(" "));
            n_patterns += 1;
        }
    }
    let report = format!(
        "{} synsets, {} verb groups, {n_verbs} verbs, {n_patterns} patterns; {skipped} pattern lines not converted; {} overrides applied",
        synsets.len(),
        blocks.len(),
        overrides.len()
    );
    Ok((out, report))
}

const HEADER: &str = "\
# The CAMEO verb vocabulary, converted by `geokg lexicon import-cameo` from PETRARCH-2's
# verb dictionary CAMEO.2.0.txt (Open Event Data Alliance, last updated 30 April 2015), with
# the overrides of data/events/overrides.txt applied. Do not edit: change the overrides and
# re-run the import (`.ci/run` checks that this file is what the import gives). Format: see
# src/lexicon/events.rs.
#
# The source dictionary's licence:
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the \"Software\"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
";

#[cfg(test)]
mod tests {
    use super::*;

    fn lem() -> Lemmatizer {
        crate::syntax::Model::builtin().parts().2.clone()
    }

    const SRC: &str = "\
####### SYNONYM SETS #######
&TREATY
+TREATY
+PEACE_AGREEMENT
####### VERB PATTERNS #######
---  SIGN   [057]  ---
SIGN
INK [057:057]  # a comment
+CLAMP_DOWN {+CLAMPS_DOWN}
- * &TREATY                  [057]  # SIGN
- * (FOR {FINANCIAL AID})    [021]  # SIGN
- * (BY/WITH PROTESTS)       [141]  # SIGN
- TALKS *                    [164:164]
- * OUT VIEWS                [010]
- * AGREEMENT (WITH ^) BY +  [:057]
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
";

    #[test]
    fn converts_blocks_verbs_and_patterns() {
        let (out, report) = convert(SRC, "", &lem()).unwrap();
        assert!(
            out.contains("synset TREATY = treaty peace_agreement"),
            "{out}"
        );
        assert!(
            out.contains("[SIGN] 057\nverb sign\nverb ink 057:057\nverb clamp +down\n"),
            "{out}"
        );
        assert!(out.contains("pattern obj=&TREATY 057"));
        assert!(out.contains("pattern for=financial_aid 021"));
        assert!(out.contains("pattern by=protest 141"));
        assert!(out.contains("pattern with=protest 141"));
        assert!(out.contains("pattern subj=talk 164:164"));
        assert!(out.contains("pattern prt=out obj=view 010"));
        assert!(
            out.contains("pattern obj=agreement with= by= :057"),
            "{out}"
        );
        assert!(report.contains("1 verb groups"), "{report}");
        // the result reads as a vocabulary
        let mut v = super::super::events::EventVocab::default();
        v.add_file(&out, std::path::Path::new("cameo.txt")).unwrap();
        assert_eq!(v.verbs["clamp"][0].needs.as_deref(), Some("down"));
    }

    #[test]
    fn overrides_apply_and_must_match() {
        let ov = "drop verb ink\ncode group SIGN 050\ncode pattern SIGN obj=&TREATY 057:057\n";
        let (out, _) = convert(SRC, ov, &lem()).unwrap();
        assert!(!out.contains("verb ink"));
        assert!(out.contains("[SIGN] 050"));
        assert!(out.contains("pattern obj=&TREATY 057:057"));
        let e = convert(SRC, "drop verb nosuchverb\n", &lem()).unwrap_err();
        assert!(e.contains("line 1"), "{e}");
    }
}
