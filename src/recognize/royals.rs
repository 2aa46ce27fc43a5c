//! The state of a royal: a king, queen, prince, emir or sultan is of one state, which the
//! text gives by the title's own words ("Queen Jane of Ruritania", "of the Netherlands",
//! "Ruritania's King John", "the Ruritanian king": read with the title, see
//! [`super::people`]), or here: a royal named by a given name alone whose title the
//! lexicon gives one holder of on the date ("Crown Prince Abdullah" in 1996), and a royal
//! listed with another of a known state ("Queen Jane and Prince John"; "King John and
//! Queen Jane of Ruritania"). Where the text gives no state, none is guessed.

use super::people::title_within;
use super::royal_roles::is_royal;
use super::{Mention, MentionRole, Via};
use crate::lexicon::Lexicon;
use crate::model::Kind;
use crate::text::Token;

/// The royal role of a titled person's mention, if its title is one.
fn royal_title(tokens: &[Token], lex: &Lexicon, m: &Mention) -> bool {
    m.entity.kind == Kind::Person
        && m.role == MentionRole::Actor
        && matches!(m.via, Via::Title | Via::Role)
        && title_within(tokens, m.tok_start, m.tok_end, lex).is_some_and(|(t, _)| is_royal(&t.role))
}

/// Royals listed together, joined by "and" ("Queen Jane and Prince John", "King John and
/// Queen Jane of Ruritania"): one with no state takes the state of the other, whose state
/// the title or the lexicon gives. Both must be named by a royal title; a royal listed with
/// a president, or met by one, takes nothing.
pub(super) fn royal_house(tokens: &[Token], lex: &Lexicon, mentions: &mut [Mention]) {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| mentions[k].tok_start);
    for w in 1..order.len() {
        let (a, b) = (order[w - 1], order[w]);
        let joined = mentions[a].tok_end < mentions[b].tok_start
            && tokens[mentions[a].tok_end..mentions[b].tok_start]
                .iter()
                .map(|t| t.norm.as_str())
                .eq(["and"]);
        if !joined
            || !royal_title(tokens, lex, &mentions[a])
            || !royal_title(tokens, lex, &mentions[b])
        {
            continue;
        }
        match (
            mentions[a].entity.country.clone(),
            mentions[b].entity.country.clone(),
        ) {
            (Some(c), None) => mentions[b].entity.country = Some(c),
            (None, Some(c)) => mentions[a].entity.country = Some(c),
            _ => {}
        }
    }
}
