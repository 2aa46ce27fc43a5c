//! Definite descriptions: "the kingdom", "the island nation", "the alliance", "the bloc"
//! for one entity the article has named, and "the two countries", "both sides" for two.
//!
//! What sort each entity is (a kingdom, an island, an alliance) is data
//! (`descriptions.csv`, [`Lexicon::fits_description`]); the article's memory
//! ([`Discourse::named`]) says who was named where. The rules (`docs/recognition.md`):
//! - the description's nouns must all fit the candidate ("the island kingdom" is an island
//!   and a kingdom); "the kingdom" never resolves to France;
//! - the candidates are the entities named earlier in the sentence and in the
//!   [`WINDOW`] sentences before it (a state also through its bodies, officials and
//!   office holders: "Saudi officials", "King Abdullah of Jordan");
//! - the most recent sentence that names a fitting entity decides: one such entity is
//!   the referent; two or more (Japan and Taiwan before "the island") leave the
//!   description unresolved, and so does a place that is no actor ("Sicily" before "the
//!   island");
//! - "the two countries", "both sides" need exactly two: the two named last before them
//!   in their sentence when it names two or more, else the two named last before their
//!   sentence within [`PAIR_WINDOW`] sentences (one named in the description's own
//!   sentence alone is no side: "Egypt urged both sides"); only what is named as itself
//!   counts, or a state's body ("Thai troops"), not a place ("talks in Geneva") nor a
//!   state through its people; three named in a row ("Russia, China and Iran") leave no
//!   way to choose;
//! - a description that names its referent ("the island of Crete", "the kingdom of
//!   Bhutan"), one of another ("the neighbouring kingdom", "the breakaway republic") or a
//!   name ("the Northern Alliance", "the Alliance Party") is left alone.
//!
//! Resolved mentions are [`Via::Coreference`], as pronouns are: events with them as
//! subject carry the same lower confidence.

use super::discourse::{named_ids, Discourse, Sentence};
use super::{words, Mention, MentionRole, Via};
use crate::lexicon::Lexicon;
use crate::model::{EntityRef, Kind};
use crate::text::{Token, TokenKind};

/// How many sentences before the current one a description of one entity looks back.
pub const WINDOW: usize = 3;

/// How many sentences before the current one "the two countries" looks back.
pub const PAIR_WINDOW: usize = 8;

/// Nouns that follow a description's noun without changing its sort: "the island
/// nation", "the island state".
const GENERIC: &[&str] = &["nation", "state", "country"];

/// Modifiers that make the description another one than the last named ("the
/// neighbouring kingdom") or a part of a state ("the breakaway republic").
const NOT_THE_NAMED: &[&str] = &[
    "other",
    "another",
    "neighbouring",
    "neighboring",
    "breakaway",
    "separatist",
    "secessionist",
    "rebel",
    "autonomous",
    "self",
    "rival",
    "enemy",
    "fellow",
    "each",
    "every",
    "which",
    "what",
];

/// Plural nouns of "the two ..." and "both ..." for states.
const STATE_PAIR_NOUNS: &[&str] = &[
    "countries",
    "nations",
    "states",
    "governments",
    "neighbours",
    "neighbors",
    "capitals",
];

/// One entity the article named: its id, the sentence and the token where.
struct Candidate {
    id: String,
    sentence: usize,
    tok: usize,
    end: usize,
}

/// The candidates for a description at token `at` of the current sentence: the entities
/// named before it in the sentence and those the discourse saw in the last `window`
/// sentences, most recent first.
fn candidates(
    discourse: &Discourse,
    mentions: &[Mention],
    at: usize,
    window: usize,
    parties: bool,
) -> Vec<Candidate> {
    let now = discourse.sentences();
    let mut out: Vec<Candidate> = Vec::new();
    let mut here: Vec<&Mention> = mentions.iter().filter(|m| m.tok_end <= at).collect();
    here.sort_by_key(|m| std::cmp::Reverse(m.tok_start));
    for m in here {
        for id in named_ids(m, parties) {
            if !out.iter().any(|c| c.id == id) {
                out.push(Candidate {
                    id,
                    sentence: now,
                    tok: m.tok_start,
                    end: m.tok_end,
                });
            }
        }
    }
    let named = if parties {
        discourse.parties()
    } else {
        discourse.named()
    };
    for n in named.iter().rev() {
        if n.sentence + window < now {
            break;
        }
        // (for parties, the sentences before are read apart from the current one)
        if parties || !out.iter().any(|c| c.id == n.id) {
            out.push(Candidate {
                id: n.id.clone(),
                sentence: n.sentence,
                tok: n.tok,
                end: n.end,
            });
        }
    }
    out.sort_by_key(|c| std::cmp::Reverse((c.sentence, c.tok)));
    out
}

/// The one entity a description of sort `fits` stands for, per the rules above.
fn one(lex: &Lexicon, cands: &[Candidate], fits: impl Fn(&str) -> bool) -> Option<EntityRef> {
    let first = cands.iter().find(|c| fits(&c.id))?;
    let mut same = cands
        .iter()
        .filter(|c| c.sentence == first.sentence && fits(&c.id));
    same.next()?;
    if same.next().is_some() {
        return None;
    }
    let e = lex.entity(&first.id)?;
    (e.kind != Kind::Location).then(|| e.to_ref())
}

/// The two entities "the two countries" or "both sides" stand for, the one named first
/// first: the two named last before it in its sentence when it names two or more ("India
/// and Pakistan said the two countries"), else the two named last before its sentence;
/// one named in its sentence alone is not one of them ("Egypt urged both sides": Egypt is
/// no side). Three named in a row ("Russia, China and Iran") leave no way to choose.
fn two(
    lex: &Lexicon,
    cands: &[Candidate],
    now: usize,
    fits: impl Fn(&EntityRef) -> bool,
) -> Option<(EntityRef, EntityRef)> {
    let fitting = |c: &&Candidate| lex.entity(&c.id).is_some_and(|e| fits(&e.to_ref()));
    let here: Vec<&Candidate> = cands
        .iter()
        .filter(|c| c.sentence == now)
        .filter(fitting)
        .collect();
    let last: Vec<&Candidate> = if here.len() >= 2 {
        here.into_iter().take(3).collect()
    } else {
        let mut seen: Vec<&str> = Vec::new();
        cands
            .iter()
            .filter(|c| c.sentence < now)
            .filter(fitting)
            .filter(|c| {
                let new = !seen.contains(&c.id.as_str());
                seen.push(&c.id);
                new
            })
            .take(3)
            .collect()
    };
    // most recent first: a list is each one token (a comma, "and") after the one before
    if let [a, b, c] = last.as_slice() {
        if a.sentence == c.sentence && c.end + 1 == b.tok && b.end + 1 == a.tok {
            return None;
        }
    }
    match last.as_slice() {
        [newer, older, ..] => Some((
            lex.entity(&older.id)?.to_ref(),
            lex.entity(&newer.id)?.to_ref(),
        )),
        _ => None,
    }
}

/// The nouns of a description starting at token `j` ("island", "grand duchy",
/// "city-state"): the noun and how many tokens it takes.
fn noun_at(tokens: &[Token], j: usize, lex: &Lexicon) -> Option<(String, usize)> {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    if let (Some(a), Some("-"), Some(b)) = (norm(j), norm(j + 1), norm(j + 2)) {
        let key = format!("{a}-{b}");
        if lex.description_nouns.contains(&key) {
            return Some((key, 3));
        }
    }
    if let (Some(a), Some(b)) = (norm(j), norm(j + 1)) {
        let key = format!("{a} {b}");
        if lex.description_nouns.contains(&key) {
            return Some((key, 2));
        }
    }
    let a = norm(j)?;
    lex.description_nouns
        .contains(a)
        .then(|| (a.to_string(), 1))
}

/// Whether token `t` can stand between "the" and a description's noun: an adjective or
/// other lowercase word ("oil-rich", "tiny"), a number ("the 27-nation bloc") or a
/// capitalised word ("the Gulf kingdom").
fn modifier(t: &Token) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => t.norm == "-",
        TokenKind::Word => {
            !words::is_function_token(t)
                && !words::ANAPHORS.has(t)
                && !NOT_THE_NAMED.contains(&t.norm.as_str())
        }
        TokenKind::Possessive => false,
    }
}

/// Whether token `k` is inside one of the `mentions`.
fn covered(mentions: &[Mention], k: usize) -> bool {
    mentions.iter().any(|m| m.tok_start <= k && k < m.tok_end)
}

/// Finds the definite descriptions of a sentence and adds the mentions they resolve to.
pub(super) fn descriptions(s: &Sentence, mentions: &mut Vec<Mention>) {
    let (tokens, lex) = (s.tokens, s.lex);
    let mut i = 0;
    while i < tokens.len() {
        let w = tokens[i].norm.as_str();
        let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
        if w == "both" || w == "two" && prev == Some("the") {
            i += pair(s, mentions, i);
            continue;
        }
        if w != "the" {
            i += 1;
            continue;
        }
        // "the" + up to three modifiers + the nouns; the first may be a region named with
        // "the" ("the Caribbean island", "the Gulf kingdom")
        let start = i;
        let mut head = start + 1;
        let mut region = None;
        if covered(mentions, i) {
            match mentions.iter().position(|m| {
                m.tok_start == i && m.tok_end > i + 1 && m.entity.kind == Kind::Location
            }) {
                Some(k) => {
                    region = Some(k);
                    head = mentions[k].tok_end;
                }
                None => {
                    i += 1;
                    continue;
                }
            }
        }
        let mut noun = None;
        while head < tokens.len() && head <= start + 4 {
            if let Some(n) = noun_at(tokens, head, lex) {
                noun = Some(n);
                break;
            }
            if !modifier(&tokens[head]) {
                break;
            }
            head += 1;
        }
        let Some((noun, len)) = noun else {
            i += 1;
            continue;
        };
        let mut nouns = vec![noun];
        let mut end = head + len;
        // "the island nation", "the island kingdom"
        while end < tokens.len() {
            if let Some((n, l)) = noun_at(tokens, end, lex) {
                nouns.push(n);
                end += l;
            } else if GENERIC.contains(&tokens[end].norm.as_str()) {
                end += 1;
            } else {
                break;
            }
        }
        i = end;
        if let Some((m, replaces)) = resolve_one(s, mentions, (start, head, end), &nouns) {
            let mut gone: Vec<usize> = replaces.into_iter().chain(region).collect();
            gone.sort_unstable();
            for k in gone.into_iter().rev() {
                mentions.remove(k);
            }
            mentions.push(m);
        }
    }
}

/// The mention a description of one entity at tokens `start..end` (its nouns from `head`)
/// resolves to, and the mention among its modifiers it takes the place of ("the Saudi
/// kingdom": the kingdom is Saudi Arabia, named).
fn resolve_one(
    s: &Sentence,
    mentions: &[Mention],
    (start, head, end): (usize, usize, usize),
    nouns: &[String],
) -> Option<(Mention, Option<usize>)> {
    let Sentence {
        tokens,
        lex,
        date,
        discourse,
        ..
    } = *s;
    // "the island of Crete", "the kingdom of Bhutan": the description names its referent
    // (not "accused the kingdom of waging war")
    if tokens.get(end).is_some_and(|t| t.norm == "of")
        && tokens.get(end + 1).is_some_and(|t| t.capitalized)
    {
        return None;
    }
    // "the Northern Alliance", "the Alliance Party", "the Republic Guard": a name
    if tokens[head].capitalized
        && (tokens[start + 1..head].iter().any(|t| t.capitalized)
            || tokens
                .get(end)
                .is_some_and(|t| t.capitalized && t.kind == TokenKind::Word))
    {
        return None;
    }
    if (head..end).any(|k| covered(mentions, k)) {
        return None;
    }
    let fits = |id: &str| nouns.iter().all(|n| lex.fits_description(id, n, date));
    let role = match start.checked_sub(1).map(|p| tokens[p].norm.as_str()) {
        Some(p) if words::LOCATIVE.contains(&p) => MentionRole::Location,
        _ => MentionRole::Actor,
    };
    // the states named among the modifiers, but for one that leads ("the Soviet-led
    // alliance") and one that was ("the former Soviet republic")
    let inside: Vec<usize> = (0..mentions.len())
        .filter(|&k| {
            let m = &mentions[k];
            m.tok_start > start
                && m.tok_start < head
                && tokens.get(m.tok_end).is_none_or(|t| t.norm != "-")
                && tokens[m.tok_start - 1].norm != "former"
        })
        .collect();
    let (entity, via, replaces) = match inside.as_slice() {
        [] => {
            let cands = candidates(discourse, mentions, start, WINDOW, false);
            (one(lex, &cands, fits)?, Via::Coreference, None)
        }
        // "the Saudi kingdom", "the Cuban island": the state is named in it
        [k] if mentions[*k].tok_end <= head
            && mentions[*k].entity.kind == Kind::Country
            && fits(&mentions[*k].entity.id) =>
        {
            (mentions[*k].entity.clone(), Via::Agent, Some(*k))
        }
        // "the Greek island": another one, of that state
        _ => return None,
    };
    Some((
        Mention {
            tok_start: start,
            tok_end: end,
            entity,
            also: Vec::new(),
            role,
            via,
            office: None,
        },
        replaces,
    ))
}

/// "the two countries", "both sides" at token `i` ("both" or "two"): adds the mention of
/// the two entities it stands for; returns how many tokens were read.
fn pair(s: &Sentence, mentions: &mut Vec<Mention>, i: usize) -> usize {
    let (tokens, lex, discourse) = (s.tokens, s.lex, s.discourse);
    let Some(next) = tokens.get(i + 1).map(|t| t.norm.as_str()) else {
        return 1;
    };
    let sides = next == "sides";
    if !sides && !STATE_PAIR_NOUNS.contains(&next)
        || covered(mentions, i)
        || covered(mentions, i + 1)
    {
        return 1;
    }
    // "both sides of the border", "the two sides of the conflict"
    if sides && tokens.get(i + 2).is_some_and(|t| t.norm == "of") {
        return 2;
    }
    let start = if tokens[i].norm == "two" { i - 1 } else { i };
    let cands = candidates(discourse, mentions, start, PAIR_WINDOW, true);
    let fits = |e: &EntityRef| match e.kind {
        Kind::Country => true,
        // the sides of a conflict may be a state and an armed group
        Kind::Group => sides,
        _ => false,
    };
    if let Some((older, newer)) = two(lex, &cands, discourse.sentences(), fits) {
        mentions.push(Mention {
            tok_start: start,
            tok_end: i + 2,
            entity: older,
            also: vec![newer],
            role: MentionRole::Actor,
            via: Via::Coreference,
            office: None,
        });
    }
    2
}

#[cfg(test)]
mod tests {
    //! Each description with three articles that must resolve it and look-alikes that must
    //! not. All sentences are written for these tests.
    use super::super::{recognize, Mention};
    use crate::lexicon::{date_key, Lexicon};
    use crate::recognize::discourse::Discourse;
    use crate::text::{split_sentences, tokenize};
    use std::sync::OnceLock;

    fn lex() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
    }

    /// The ids the mention with exactly the words `words` stands for, in the last sentence
    /// of `text` read as one article of `date`; empty when no mention has those words.
    fn resolved(text: &str, date: Option<&str>, words: &str) -> Vec<String> {
        let date = date.and_then(|d| date_key(d, false));
        let mut discourse = Discourse::new();
        let mut last: Vec<(String, Mention)> = Vec::new();
        for s in split_sentences(text) {
            let tokens = tokenize(&text[s.start..s.end], s.start);
            let ms = recognize(text, &tokens, lex(), date, &discourse);
            last = ms
                .iter()
                .map(|m| {
                    let t = &text[tokens[m.tok_start].start..tokens[m.tok_end - 1].end];
                    (t.to_string(), m.clone())
                })
                .collect();
            discourse.observe(&ms);
        }
        last.iter()
            .find(|(t, _)| t == words)
            .map(|(_, m)| m.entities().map(|e| e.id.clone()).collect())
            .unwrap_or_default()
    }

    fn check(cases: &[(&str, Option<&str>, &str, &[&str])]) {
        for (text, date, words, want) in cases {
            assert_eq!(&resolved(text, *date, words), want, "{words:?} in {text:?}");
        }
    }

    #[test]
    fn the_alliance_is_the_alliance_named_last() {
        check(&[
            (
                "NATO leaders met in Brussels on Tuesday. The alliance agreed to send more troops to Lithuania.",
                Some("2016-07-05"),
                "The alliance",
                &["org:nato"],
            ),
            (
                "Finland applied to join NATO in May. Turkey said it would block the application until the alliance met its demands.",
                Some("2022-06-01"),
                "the alliance",
                &["org:nato"],
            ),
            (
                "The Warsaw Pact ended its manoeuvres on Friday. Poland said the Soviet-led alliance had withdrawn its tanks.",
                Some("1981-09-20"),
                "the Soviet-led alliance",
                &["org:warsaw-pact"],
            ),
            // no alliance named
            (
                "France and Germany signed a trade deal on Monday. The alliance between them has lasted for decades.",
                Some("2019-01-22"),
                "The alliance",
                &[],
            ),
        ]);
    }

    #[test]
    fn the_island_is_the_island_state_named_last() {
        check(&[
            (
                "China sent warships toward Taiwan on Monday. Beijing said the island must accept reunification.",
                Some("2022-08-08"),
                "the island",
                &["country:TWN"],
            ),
            (
                "Turkish troops landed in Cyprus in July. Greece warned Turkey to leave the island nation.",
                Some("1974-07-25"),
                "the island nation",
                &["country:CYP"],
            ),
            (
                "The United States tightened its embargo on Cuba. Washington said the Caribbean island was sheltering fugitives.",
                Some("1996-03-12"),
                "the Caribbean island",
                &["country:CUB"],
            ),
            // an island of a state named in it; an island that names itself; a place that
            // is an island; two islands at once
            (
                "Cyprus protested to Greece on Monday. Turkish boats sailed near the Greek island.",
                None,
                "the Greek island",
                &[],
            ),
            (
                "Greece protested to Turkey on Sunday. Fishermen from the island of Lesbos said Turkish boats had fired at them.",
                None,
                "the island",
                &[],
            ),
            (
                "Italy sent rescue ships to Sicily on Monday. Officials said the island had taken in 500 migrants.",
                None,
                "the island",
                &[],
            ),
            (
                "Japan and Taiwan held fishery talks on Monday. Officials said the island would send a delegation.",
                None,
                "the island",
                &[],
            ),
        ]);
    }

    #[test]
    fn the_kingdom_is_a_monarchy_named_last_on_the_date() {
        check(&[
            (
                "Saudi Arabia cut oil output on Sunday. Iran accused the kingdom of waging an economic war.",
                Some("2019-01-06"),
                "the kingdom",
                &["country:SAU"],
            ),
            (
                "Jordan closed its border with Syria on Friday. Syrian officials said the desert kingdom had acted under pressure.",
                Some("2015-04-03"),
                "the desert kingdom",
                &["country:JOR"],
            ),
            (
                "Nepal's parliament met on Monday. India offered aid to the Himalayan kingdom.",
                Some("1996-05-20"),
                "the Himalayan kingdom",
                &["country:NPL"],
            ),
            // the state named in it
            (
                "Iran cut its ties with the Saudi kingdom on Sunday.",
                Some("2016-01-03"),
                "the Saudi kingdom",
                &["country:SAU"],
            ),
            // no longer a kingdom; only republics named
            (
                "Nepal's parliament met on Monday. India offered aid to the Himalayan kingdom.",
                Some("2015-05-20"),
                "the Himalayan kingdom",
                &[],
            ),
            (
                "France and Germany condemned the coup on Monday. Officials said the kingdom would be isolated.",
                Some("2019-01-22"),
                "the kingdom",
                &[],
            ),
        ]);
    }

    #[test]
    fn the_emirate_is_an_emirate_named_last_on_the_date() {
        check(&[
            (
                "Iraqi troops crossed into Kuwait on Thursday. The Security Council demanded their withdrawal from the emirate.",
                Some("1990-08-02"),
                "the emirate",
                &["country:KWT"],
            ),
            (
                "Saudi Arabia and its allies cut ties with Qatar. Doha said the tiny emirate would not bow to pressure.",
                Some("2017-06-06"),
                "the tiny emirate",
                &["country:QAT"],
            ),
            (
                "Bahrain arrested opposition leaders on Monday. Iran denied that it had stirred unrest in the emirate.",
                Some("1995-04-03"),
                "the emirate",
                &["country:BHR"],
            ),
            // a kingdom since 2002
            (
                "Bahrain arrested opposition leaders on Monday. Iran denied that it had stirred unrest in the emirate.",
                Some("2011-04-03"),
                "the emirate",
                &[],
            ),
        ]);
    }

    #[test]
    fn the_republic_is_the_republic_named_last() {
        check(&[
            (
                "Georgia accused Russia of arming separatists on Monday. The former Soviet republic said it would appeal to the United Nations.",
                Some("2008-05-05"),
                "The former Soviet republic",
                &["country:GEO"],
            ),
            (
                "Iran test-fired a missile on Sunday. Washington warned that the Islamic republic faced new sanctions.",
                Some("2017-01-29"),
                "the Islamic republic",
                &["country:IRN"],
            ),
            (
                "Protesters filled the streets of Minsk on Sunday. Moscow said the republic remained its closest ally.",
                Some("2020-08-16"),
                "the republic",
                &["country:BLR"],
            ),
            // a part of a state
            (
                "Russia sent troops to Chechnya in December. Rebels said the breakaway republic would never surrender.",
                Some("1994-12-12"),
                "the breakaway republic",
                &[],
            ),
        ]);
    }

    #[test]
    fn the_bloc_is_the_union_of_states_named_last() {
        check(&[
            (
                "The European Union imposed sanctions on Belarus on Monday. Minsk called the bloc's decision hostile.",
                Some("2020-10-02"),
                "the bloc",
                &["org:eu"],
            ),
            (
                "ASEAN foreign ministers met in Jakarta. Myanmar said the regional bloc had no right to interfere.",
                Some("2021-04-24"),
                "the regional bloc",
                &["org:asean"],
            ),
            (
                "The Gulf Cooperation Council held a summit in Riyadh. Iran urged the six-nation bloc to reject foreign bases.",
                Some("1995-12-05"),
                "the six-nation bloc",
                &["org:gcc"],
            ),
            // a bloc of another
            (
                "Poland and Hungary held talks on Monday. Both once belonged to the Soviet bloc.",
                Some("1995-03-06"),
                "the Soviet bloc",
                &[],
            ),
        ]);
    }

    #[test]
    fn the_two_countries_and_both_sides_are_the_two_named_last() {
        check(&[
            (
                "Armenia and Azerbaijan signed a ceasefire on Monday. The two countries agreed to exchange prisoners.",
                Some("2020-10-12"),
                "The two countries",
                &["country:ARM", "country:AZE"],
            ),
            (
                "Ethiopia accused Eritrea of shelling its border towns. Both countries have massed troops along the frontier.",
                Some("1998-06-05"),
                "Both countries",
                &["country:ETH", "country:ERI"],
            ),
            (
                "India and Pakistan resumed talks in Islamabad. The two governments agreed to reopen the trade route.",
                Some("2004-02-18"),
                "The two governments",
                &["country:IND", "country:PAK"],
            ),
            (
                "Israel and Hamas exchanged fire overnight. Both sides accused each other of breaking the truce.",
                Some("2021-05-12"),
                "Both sides",
                &["country:ISR", "group:hamas"],
            ),
            (
                "Thai and Cambodian troops clashed near the temple. The two sides agreed to a ceasefire.",
                Some("2011-02-06"),
                "The two sides",
                &["country:THA", "country:KHM"],
            ),
            // the speaker is no side; two named in the sentence itself
            (
                "Israel and Hamas exchanged fire overnight. Egypt urged both sides to respect the truce.",
                Some("2021-05-12"),
                "both sides",
                &["country:ISR", "group:hamas"],
            ),
            (
                "India and Pakistan said on Monday that the two countries would resume talks.",
                Some("2004-02-16"),
                "the two countries",
                &["country:IND", "country:PAK"],
            ),
            // a place, three states, one state
            (
                "Ethiopia and Eritrea built trenches. Shells landed on both sides of the border.",
                Some("1999-02-08"),
                "both sides",
                &[],
            ),
            (
                "Russia, China and Iran held naval drills. The two countries said the drills were routine.",
                Some("2019-12-27"),
                "The two countries",
                &[],
            ),
            (
                "Germany protested on Monday. The two countries said the talks would go on.",
                Some("2019-12-27"),
                "The two countries",
                &[],
            ),
        ]);
    }
}
