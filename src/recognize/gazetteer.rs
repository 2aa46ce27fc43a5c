//! Gazetteer matching: every lexicon alias in a sentence, longest match first, on word
//! boundaries, with the date of the article choosing among candidates ("Moscow" is the
//! USSR in 1987 and Russia in 2022).

use super::{Mention, Via};
use crate::lexicon::{AliasType, DateKey, Entity, Lexicon};
use crate::text::Token;

/// Aliases that are also ordinary English words: matched only with their exact case.
const COMMON_WORDS: &[&str] = &[
    "turkey",
    "chad",
    "china",
    "jordan",
    "georgia",
    "guinea",
    "polish",
    "japan",
    "panama",
    "niger",
    "nice",
    "reading",
    "bath",
    "split",
    "cork",
    "mali",
    "price",
    "rice",
    "bush",
    "brown",
    "may",
    "rich",
    "young",
    "king",
    "major",
    "powell",
    "baker",
    "wolf",
    "gates",
    "kerry",
    "moon",
    "bolton",
    "cook",
    "hunt",
    "chance",
    "mark",
    "faith",
    "hope",
    "grace",
    "rose",
    "dawn",
    "victoria",
    "sudan",
    "congress",
    "parliament",
    "commonwealth",
    "union",
    "state",
    "states",
    "government",
    "republic",
    "kingdom",
    "islamic",
    "arab",
    "arabs",
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    "american",
    "americans",
    "european",
    "europeans",
    "african",
    "africans",
    "asian",
    "asians",
    "english",
    "french",
    "german",
    "dutch",
    "swiss",
    "greek",
    "russian",
    "chinese",
    "japanese",
    "british",
    "spanish",
    "italian",
    "turkish",
];

fn case_insensitive_ok(surface: &str, ty: AliasType) -> bool {
    matches!(
        ty,
        AliasType::Name
            | AliasType::Short
            | AliasType::Demonym
            | AliasType::Capital
            | AliasType::Variant
            | AliasType::Surname
    ) && surface.len() >= 4
        && !COMMON_WORDS.contains(&surface.to_lowercase().as_str())
}

/// Whether a word (lowercase) is an ordinary English word: one the syntax model's treebank
/// knows as a lemma, that is not itself a name of the lexicon ("sun", "armed", "group",
/// "independent", but not "kremlin" or "china").
pub(super) fn is_common_word(lex: &Lexicon, w: &str) -> bool {
    if w.len() < 2 || !crate::syntax::Model::builtin().parts().2.known.contains(w) {
        return false;
    }
    let mut alias = false;
    lex.prefixes_of(w.as_bytes(), |len, _| alias |= len == w.len());
    !alias
}

/// Whether text that matched an alias without its case (`matched`) may stand for it. An
/// alias made of ordinary English words only must be written as in the alias: "The Sun" is
/// not "the sun", the "Armed Islamic Group" not "an armed Islamic group" (function words,
/// "the", "of", may differ). An alias with a word of its own ("Xinhua News Agency") is
/// known by that word in any case ("the Xinhua news agency").
fn case_fits(lex: &Lexicon, surface: &str, matched: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let (a, t) = (words(surface), words(matched));
    let common: Vec<bool> = a
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            crate::text::words::is_function_word(&lower) || is_common_word(lex, &lower)
        })
        .collect();
    if !common.iter().all(|&c| c) {
        return true;
    }
    a.iter()
        .zip(&t)
        .all(|(aw, tw)| aw == tw || crate::text::words::is_function_word(&aw.to_lowercase()))
}

fn boundary_before(text: &str, s: usize) -> bool {
    match s.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => true,
        // (an ASCII byte is a whole character)
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric()),
    }
}

fn boundary_after(text: &str, e: usize) -> bool {
    match text.as_bytes().get(e) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// Ranks an alias type: names before abbreviations before capitals.
fn type_rank(t: AliasType) -> u8 {
    match t {
        AliasType::Name | AliasType::Short => 0,
        AliasType::Abbreviation | AliasType::Variant => 1,
        AliasType::Demonym => 2,
        AliasType::Capital | AliasType::Metonym => 3,
        AliasType::Surname => 4,
        AliasType::Block => 9,
    }
}

/// Chooses the entity a surface names on a date, or `None` when it stays ambiguous.
pub fn choose<'a>(
    lex: &'a Lexicon,
    surface: &str,
    cands: &[(&'a Entity, AliasType)],
    date: Option<DateKey>,
) -> Option<(&'a Entity, AliasType)> {
    if cands.is_empty() {
        return None;
    }
    // On a date: the entities valid then. Without one: the current ones.
    let valid: Vec<(&Entity, AliasType)> = match date {
        Some(_) => cands
            .iter()
            .copied()
            .filter(|(e, _)| e.valid_on(date))
            .collect(),
        None => cands
            .iter()
            .copied()
            .filter(|(e, _)| e.valid_to.is_none())
            .collect(),
    };
    let mut pool = if valid.is_empty() {
        cands.to_vec()
    } else {
        valid
    };
    // people of one name on a date: the one in office then ("George Bush" in 1990 and in
    // 2004); without a date, or with none or both in office, it stays as it is
    if date.is_some()
        && pool
            .iter()
            .all(|(e, _)| e.kind == crate::model::Kind::Person)
    {
        let in_office: Vec<(&Entity, AliasType)> = pool
            .iter()
            .copied()
            .filter(|(e, _)| {
                lex.by_id
                    .get(&e.id)
                    .is_some_and(|&pi| lex.roles_of(pi, date).next().is_some())
            })
            .collect();
        let distinct: std::collections::BTreeSet<&str> =
            in_office.iter().map(|(e, _)| e.id.as_str()).collect();
        if distinct.len() == 1 {
            pool = in_office;
        }
    }
    if let Some(amb) = lex.ambiguous.get(surface) {
        let distinct: std::collections::BTreeSet<&str> =
            pool.iter().map(|(e, _)| e.id.as_str()).collect();
        if distinct.len() > 1 {
            let def = amb.default.as_deref()?;
            return pool.iter().copied().find(|(e, _)| e.id == def);
        }
    }
    pool.into_iter().min_by(|a, b| {
        (type_rank(a.1), a.0.valid_to.is_some(), &a.0.id).cmp(&(
            type_rank(b.1),
            b.0.valid_to.is_some(),
            &b.0.id,
        ))
    })
}

/// An entity as of a date: a person's state is the one whose office they held then
/// (Shevardnadze is Soviet in 1987 and Georgian in 1995).
fn dated_ref(lex: &Lexicon, e: &Entity, date: Option<DateKey>) -> crate::model::EntityRef {
    let mut r = e.to_ref();
    if e.kind == crate::model::Kind::Person && date.is_some() {
        if let Some(&pi) = lex.by_id.get(&e.id) {
            if let Some(c) = lex
                .roles_of(pi, date)
                .find_map(|role| role.of.strip_prefix("country:"))
            {
                r.country = Some(c.to_string());
            }
        }
    }
    r
}

/// All gazetteer mentions of the sentence covered by `tokens`.
pub fn matches(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    date: Option<DateKey>,
    all_caps: bool,
) -> Vec<Mention> {
    let (s0, e0) = (tokens[0].start, tokens[tokens.len() - 1].end);
    // ASCII lowercasing keeps every byte where it was
    let hay = text[s0..e0].to_ascii_lowercase();
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    // Mentions start at token starts: an anchored search from each one walks the alias trie
    // only as far as the text follows an alias, instead of running the automaton over
    // every byte.
    for t in tokens {
        if !boundary_before(text, t.start) {
            continue;
        }
        let from = t.start - s0;
        lex.prefixes_of(&hay.as_bytes()[from..], |len, pid| {
            let (s, e) = (t.start, t.start + len);
            if boundary_after(text, e) {
                cands.push((s, e, pid));
            }
        });
    }
    cands.sort_by(|a, b| a.0.cmp(&b.0).then((b.1 - b.0).cmp(&(a.1 - a.0))));
    let mut out: Vec<Mention> = Vec::new();
    let mut taken_until = 0usize;
    for (s, e, pid) in cands {
        if s < taken_until {
            continue;
        }
        let matched = &text[s..e];
        let group = lex.surface_group(pid);
        // the surface written exactly as matched, else the first of the group
        let key_surface = group
            .iter()
            .map(|&g| &lex.surfaces[g].0)
            .find(|s| *s == matched)
            .unwrap_or(&lex.surfaces[group[0]].0);
        let surface = key_surface.as_str();
        let options: Vec<(&Entity, AliasType)> = group
            .iter()
            .flat_map(|&g| {
                let (surf, ids) = &lex.surfaces[g];
                let exact = surf == matched;
                ids.iter().map(|&ai| &lex.aliases[ai]).filter(move |a| {
                    exact
                        || all_caps
                        || case_insensitive_ok(surf, a.ty) && case_fits(lex, surf, matched)
                })
            })
            .map(|a| (&lex.entities[a.entity], a.ty))
            .collect();
        if options.is_empty() {
            continue;
        }
        // Token alignment.
        let Some(ts) = tokens.iter().position(|t| t.start == s) else {
            continue;
        };
        let Some(te) = tokens.iter().position(|t| t.end == e) else {
            continue;
        };
        let key = surface.replace('’', "'");
        let Some((entity, ty)) = choose(lex, &key, &options, date) else {
            taken_until = e;
            continue;
        };
        // a short name after a capitalised word that names nothing ends a longer name the
        // lexicon does not know: the "Congress" of "the Iraqi National Congress" is not the
        // U.S. Congress ("the U.S. Congress", "on Monday Congress" still are)
        if ty == AliasType::Short && ts > 0 && !all_caps && {
            let p = &tokens[ts - 1];
            p.capitalized
                && p.kind == crate::text::TokenKind::Word
                && taken_until <= p.start
                && !crate::text::words::is_function_word(&p.norm)
                && !crate::shared::civil::is_month_or_weekday(&p.norm)
                && !(ts == 1 || tokens[ts - 2].norm == "\"")
        } {
            taken_until = e;
            continue;
        }
        out.push(Mention::actor(
            ts,
            te + 1,
            dated_ref(lex, entity, date),
            Via::Alias(ty),
        ));
        taken_until = e;
    }
    out
}
