//! Names as news writes them: spelling variants and transliterations of lexicon names
//! ("Kazakstan", "Bosnia-Hercegovina", "el-Sissi") found by a bounded fuzzy match.
//!
//! A run of capitalised words that no mention covers (with "of", "and", "the" inside it) is
//! compared, by its [`Lexicon::fuzzy_key`], with the names, short names and variants of the
//! lexicon that start with the same letter: one edit for keys of seven to thirteen letters,
//! two from fourteen (one for people). Spans made only of English words are no misspelt
//! names. The match must be unambiguous: every alias at the best distance names one
//! entity, and no alias of another kind is within the bound (a name as near a person as a
//! place is neither). Such mentions are recognised [`Via::Fuzzy`]; the extract stage lowers
//! the confidence of their triples.

use super::{Mention, MentionRole, Via};
use crate::lexicon::{DateKey, Lexicon};
use crate::shared::distance::osa_distance;
use crate::text::words::NOT_NAMES;
use crate::text::{Token, TokenKind};

/// The optimal string alignment distance of two ASCII keys, or `None` above `bound` (or
/// when `b` has 64 letters or more: no name's key is that long).
fn distance(a: &[u8], b: &[u8], bound: usize) -> Option<usize> {
    if b.len() >= 64 {
        return None;
    }
    osa_distance(a, b, bound)
}

/// Letters that transliterations and spellings trade for one another: vowels (with y),
/// and the consonants of one sound (c/k/q, c/s/z, i/j/y, v/w, f/v).
fn trade(a: u8, b: u8) -> bool {
    const GROUPS: &[&[u8]] = &[b"aeiouy", b"ckq", b"csz", b"ijy", b"vw", b"fv"];
    GROUPS.iter().any(|g| g.contains(&a) && g.contains(&b))
}

/// Whether two keys one edit apart differ as spellings of one name do: a vowel or a
/// consonant of the same sound for another ("Taleban", "Hercegovina"), a vowel, an "h" or
/// a doubled letter more or less ("Kazakstan", "Muammar"), not any other letter: "Orlan"
/// is no spelling of "Orban".
fn spelling_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if p == short.len() {
            return true;
        }
        // one substitution, or two letters swapped
        let rest_same = short[p + 1..] == long[p + 1..];
        let swapped = p + 1 < short.len()
            && short[p] == long[p + 1]
            && short[p + 1] == long[p]
            && short[p + 2..] == long[p + 2..];
        return (rest_same && trade(short[p], long[p])) || swapped;
    }
    // one letter more in `long` at `p`
    let extra = long[p];
    short[p..] == long[p + 1..]
        && (b"aeiouyh".contains(&extra)
            || (p > 0 && long[p - 1] == extra)
            || long.get(p + 1) == Some(&extra))
}

/// Whether a lowercase word is an ordinary English one (a lemma the syntax model knows).
fn is_english_word(w: &str) -> bool {
    let known = &crate::syntax::Model::builtin().parts().2.known;
    known.contains(w) || w.strip_suffix('s').is_some_and(|s| known.contains(s))
}

/// The edits a key of this length may differ by.
fn bound(len: usize) -> usize {
    if len >= 14 {
        2
    } else {
        1
    }
}

/// The entity a key is a spelling variant of, when one is unambiguously nearest.
pub fn nearest<'a>(
    lex: &'a Lexicon,
    key: &str,
    date: Option<DateKey>,
) -> Option<&'a crate::lexicon::Entity> {
    if key.len() < 7 || !key.is_ascii() {
        return None;
    }
    let b = bound(key.len());
    // the names of the same first letter and a length within the bound
    let first = key.as_bytes()[0];
    let cands = (key.len().saturating_sub(b)..=key.len() + b)
        .filter_map(|len| lex.fuzzy.get(&(first, len)))
        .flat_map(|keys| keys.iter());
    let mut found: Vec<(usize, usize)> = Vec::new(); // (distance, entity)
    for (k, ai) in cands {
        if let Some(d) = distance(key.as_bytes(), k, b) {
            // one edit counts only when spellings differ so; two (long keys) are free
            if d == 1 && !spelling_edit(key.as_bytes(), k) {
                continue;
            }
            found.push((d, lex.aliases[ai].entity));
        }
    }
    let best = found.iter().map(|f| f.0).min()?;
    let first = found.iter().find(|f| f.0 == best)?.1;
    let entity = &lex.entities[first];
    // one entity at the best distance, and nothing of another kind within the bound
    let unambiguous = found
        .iter()
        .all(|&(d, e)| e == first || d > best && lex.entities[e].kind == entity.kind);
    // a person's name by one edit at most
    let close = best == 1 || entity.kind != crate::model::Kind::Person;
    (best > 0 && close && unambiguous && entity.valid_on(date)).then_some(entity)
}

/// Mentions of spelling variants of lexicon names among the capitalised words no mention
/// covers.
pub fn variants(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    date: Option<DateKey>,
    mentions: &mut Vec<Mention>,
) {
    let covered = |k: usize, ms: &[Mention]| ms.iter().any(|m| m.tok_start <= k && k < m.tok_end);
    let name_word = |t: &Token| t.kind == TokenKind::Word && t.capitalized && !NOT_NAMES.has(t);
    let joiner = |t: &Token| matches!(t.norm.as_str(), "of" | "and" | "for" | "the" | "-");
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !name_word(&tokens[i]) || covered(i, mentions) {
            i += 1;
            continue;
        }
        // the run of capitalised words, with joiners inside it
        let mut j = i + 1;
        while j < tokens.len()
            && !covered(j, mentions)
            && (name_word(&tokens[j])
                || joiner(&tokens[j]) && tokens.get(j + 1).is_some_and(name_word))
        {
            j += 1;
        }
        // the longest span of the run (starting and ending with a capitalised word) that
        // is a variant
        let mut hit: Option<(usize, usize, &crate::lexicon::Entity)> = None;
        'spans: for len in (1..=(j - i).min(8)).rev() {
            for s in i..=j - len {
                let e = s + len;
                if !name_word(&tokens[s]) || !name_word(&tokens[e - 1]) {
                    continue;
                }
                // ordinary English words are no misspelt name ("Columbia University", the
                // "Defence Department" of another state than the one spelt "Defense")
                if tokens[s..e]
                    .iter()
                    .all(|t| t.kind != TokenKind::Word || is_english_word(&t.norm) || joiner(t))
                {
                    continue;
                }
                let surface = &text[tokens[s].start..tokens[e - 1].end];
                if let Some(ent) = nearest(lex, &Lexicon::fuzzy_key(surface), date) {
                    hit = Some((s, e, ent));
                    break 'spans;
                }
            }
        }
        if let Some((s, e, ent)) = hit {
            added.push(Mention {
                tok_start: s,
                tok_end: e,
                entity: ent.to_ref(),
                also: Vec::new(),
                role: if ent.kind == crate::model::Kind::Location {
                    MentionRole::Location
                } else {
                    MentionRole::Actor
                },
                via: Via::Fuzzy,
                office: None,
            });
        }
        i = j;
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.tok_start, m.tok_end));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_must_be_one_of_spelling() {
        for (a, b) in [
            ("kazakstan", "kazakhstan"),
            ("taleban", "taliban"),
            ("hercegovina", "herzegovina"),
            ("muamar", "muammar"),
            ("qadhafi", "qadhafy"),
        ] {
            assert!(spelling_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [("viktororlan", "viktororban"), ("mantela", "mandela")] {
            assert!(!spelling_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }
}
