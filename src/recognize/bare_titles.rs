//! A title alone, "the President", "the Crown Prince", "the foreign minister": the holder
//! of that office the article named ("Kenya's president flew to Addis Ababa. Later the
//! President met ..."), when it named only one within [`WINDOW`] sentences (a French and a
//! Greek prime minister named leave "the prime minister" to no one). A title that names its state or holder ("the President of
//! Kenya", "the president, Jane Roe") is the titled people's, and a rank or an honorific
//! stands for no one alone.

use super::discourse::Sentence;
use super::people::{is_unique_office, title_at};
use super::{Mention, MentionRole, Via};
use crate::lexicon::TitleKind;

/// How many sentences before the current one a title alone looks back.
pub const WINDOW: usize = 4;

/// Adds a mention for each title alone the discourse gives one holder for.
pub(super) fn bare_titles(s: &Sentence, mentions: &mut Vec<Mention>) {
    let Sentence {
        tokens,
        lex,
        discourse,
        ..
    } = *s;
    let mut added = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].norm != "the" {
            continue;
        }
        let Some((end, title)) = title_at(tokens, i + 1, lex) else {
            continue;
        };
        if title.kind != TitleKind::Office || !is_unique_office(&title.role) {
            continue;
        }
        // (one a mention has already: "the President of Kenya", "the Kenyan president")
        if mentions.iter().any(|m| m.tok_start < end && m.tok_end > i) {
            continue;
        }
        // (one that names its state or holder after it)
        let next = tokens.get(end).map(|t| t.norm.as_str());
        if matches!(next, Some("of" | "'s" | "’s"))
            || tokens.get(end).is_some_and(|t| t.capitalized)
        {
            continue;
        }
        let holders = discourse.office_holders(&title.role, WINDOW);
        let [(of, holder)] = holders.as_slice() else {
            continue;
        };
        // (the office it names, so that a title alone again later finds the holder)
        let office = lex.entity(of).map(|e| (title.role.clone(), e.to_ref()));
        added.push(Mention {
            tok_start: i,
            tok_end: end,
            entity: (*holder).clone(),
            also: Vec::new(),
            role: MentionRole::Actor,
            via: Via::Coreference,
            office,
        });
    }
    mentions.extend(added);
}
