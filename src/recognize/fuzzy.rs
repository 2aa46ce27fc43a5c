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
use crate::text::words::NOT_NAMES;
use crate::text::{Token, TokenKind};

/// The optimal string alignment distance of two ASCII keys, or `None` above `bound`. Only
/// the diagonal band of width `2 * bound + 1` is computed: a path outside it costs more.
fn distance(a: &[u8], b: &[u8], bound: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let n = b.len();
    if n >= 64 {
        return None;
    }
    if bound <= 1 {
        // most keys are short: at most one edit is read off the common prefix
        return within_one(a, b).filter(|&d| d <= bound);
    }
    const FAR: usize = usize::MAX / 4;
    // the rows of the last three values of `i`, in turn: row `i` in `rows[i % 3]` (turning
    // instead of swapping them, which moved three arrays' bytes at every row)
    let mut rows = [[FAR; 64]; 3];
    for (j, p) in rows[0].iter_mut().enumerate().take(n.min(bound) + 1) {
        *p = j;
    }
    for i in 1..=a.len() {
        let [r0, r1, r2] = &mut rows;
        let (prev2, prev, cur) = match i % 3 {
            0 => (&*r1, &*r2, r0),
            1 => (&*r2, &*r0, r1),
            _ => (&*r0, &*r1, r2),
        };
        let lo = i.saturating_sub(bound).max(1);
        let hi = (i + bound).min(n);
        cur[0] = if i <= bound { i } else { FAR };
        if lo > 1 {
            cur[lo - 1] = FAR;
        }
        let mut row_min = cur[0];
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if hi < n {
            cur[hi + 1] = FAR;
        }
        if row_min > bound {
            return None;
        }
    }
    Some(rows[a.len() % 3][n]).filter(|&d| d <= bound)
}

/// The optimal string alignment distance of two keys whose lengths differ by at most
/// one, when it is 0 or 1 (one letter inserted, deleted or replaced, or two neighbours
/// swapped); `None` when it is more. What [`distance`] computes with a bound of 1.
fn within_one(a: &[u8], b: &[u8]) -> Option<usize> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if p == short.len() {
            return Some(0);
        }
        let replaced = short[p + 1..] == long[p + 1..];
        let swapped = p + 1 < short.len()
            && short[p] == long[p + 1]
            && short[p + 1] == long[p]
            && short[p + 2..] == long[p + 2..];
        return (replaced || swapped).then_some(1);
    }
    (long.len() == short.len() + 1 && short[p..] == long[p + 1..]).then_some(1)
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

    /// The optimal string alignment distance, every cell computed.
    fn full(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, x) in d[0].iter_mut().enumerate() {
            *x = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let c = usize::from(a[i - 1] != b[j - 1]);
                let mut x = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + c);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    x = x.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = x;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_band_gives_the_full_distance() {
        let words = [
            "kazakhstan",
            "kazakstan",
            "kazahkstan",
            "herzegovina",
            "hercegovina",
            "taliban",
            "taleban",
            "talibans",
            "muammar",
            "muamar",
            "abcdefg",
            "gfedcba",
            "bosniaherzegovina",
            "bosniahercegowina",
            "a",
            "ab",
            "ba",
            "",
        ];
        for a in words {
            for b in words {
                for bound in 0..3 {
                    let f = full(a.as_bytes(), b.as_bytes());
                    let want = (f <= bound).then_some(f);
                    assert_eq!(
                        distance(a.as_bytes(), b.as_bytes(), bound),
                        want,
                        "{a} {b} {bound}"
                    );
                }
            }
        }
    }

    #[test]
    fn one_edit_is_the_full_distance_on_every_short_string() {
        // every string of up to five letters over three, against every other
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = words.clone();
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|w| {
                    b"abc".iter().map(move |&c| {
                        let mut w = w.clone();
                        w.push(c);
                        w
                    })
                })
                .collect();
            words.extend(last.iter().cloned());
        }
        for a in &words {
            for b in &words {
                let f = full(a, b);
                for bound in 0..2 {
                    assert_eq!(
                        distance(a, b, bound),
                        (f <= bound).then_some(f),
                        "{a:?} {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn distances_are_bounded() {
        assert_eq!(distance(b"kazakstan", b"kazakhstan", 1), Some(1));
        assert_eq!(distance(b"khrushchov", b"khrushchev", 2), Some(1));
        assert_eq!(distance(b"iran", b"iraq", 1), Some(1));
        assert_eq!(distance(b"austria", b"australia", 1), None);
    }
}
