//! Pronouns resolved to the actors they stand for ("he", "its", "they").

use super::discourse::Discourse;
use super::{words, Mention, MentionRole, Via};
use crate::lexicon::Lexicon;
use crate::model::{EntityRef, Kind};
use crate::text::Token;

/// Pronoun mentions resolved from the discourse: "he" → the last person, "it"/"its" → the
/// last state or body of this sentence ("the two countries" and "the kingdom" are
/// [`super::descriptions`]).
pub(super) fn pronouns(
    tokens: &[Token],
    lex: &Lexicon,
    discourse: &Discourse,
    mentions: &mut Vec<Mention>,
) {
    let mut added = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // (the words resolved below: most tokens are none of them)
        if !words::ANAPHORS.has(t) || mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end) {
            continue;
        }
        let w = t.norm.as_str();
        let earlier: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.tok_end <= i && m.role != MentionRole::Location)
            .collect();
        let resolved: Option<(usize, EntityRef, Vec<EntityRef>)> =
            if matches!(w, "he" | "she" | "his" | "him" | "her") {
                // a person earlier in this sentence (not inside a possessive), else the
                // discourse; "she" and "her" are not a man, "he" not a woman
                let female = matches!(w, "she" | "her");
                let fits = |e: &EntityRef| {
                    lex.gender_of(&e.id)
                        != Some(if female {
                            crate::lexicon::Gender::Male
                        } else {
                            crate::lexicon::Gender::Female
                        })
                };
                aside_speaker(tokens, &earlier, i)
                    .filter(|m| fits(&m.entity))
                    .or_else(|| {
                        (earlier.iter().rev())
                            .find(|m| m.entity.kind == Kind::Person && fits(&m.entity))
                            .copied()
                    })
                    .map(|m| m.entity.clone())
                    .or_else(|| discourse.last_person(fits))
                    .map(|e| (1, e, Vec::new()))
            } else if matches!(w, "it" | "its") {
                // (not a plural: "Pakistani troops fired on its patrols" are not "it")
                let plural = |m: &Mention| {
                    tokens.get(m.tok_end.wrapping_sub(1)).is_some_and(|t| {
                        !t.capitalized && t.norm.ends_with('s') && !t.norm.ends_with("ss")
                    })
                };
                // (nor one of a coordination the pronoun is not part of: "the problems of
                // Laos and Cambodia in its talks" are not Cambodia's, two named together are
                // "they"; "the US and its allies" are the US's)
                let coordinated = |m: &Mention| {
                    let and = |t: Option<&Token>| {
                        t.is_some_and(|t| matches!(t.norm.as_str(), "and" | "or"))
                    };
                    let after_name = m.tok_start >= 2
                        && and(tokens.get(m.tok_start - 1))
                        && earlier.iter().any(|e| e.tok_end == m.tok_start - 1);
                    and(tokens.get(m.tok_end)) && i != m.tok_end + 1 || after_name
                };
                let fits = |m: &&&Mention| {
                    matches!(
                        m.entity.kind,
                        Kind::Country | Kind::Organization | Kind::Group
                    ) && m.role == MentionRole::Actor
                        && !plural(m)
                        && !coordinated(m)
                };
                // the subject of a clause joined by "but" or "and" is the subject the
                // sentence opened with, not the last one named: "Bolivia praised Peru on
                // Monday, but on Friday it accused Chile"
                let opener = (w == "it" && joined_clause(tokens, &earlier, i))
                    .then(|| {
                        earlier
                            .iter()
                            .find(|m| m.tok_start <= 1)
                            .filter(|m| fits(m))
                    })
                    .flatten();
                // (an agent inside a phrase of "by" is the last one named, but seldom the
                // one "it" speaks of when another stands before it: "said, after talks
                // hosted by Peru, that it would sign" is the speaker's)
                let by_agent =
                    |m: &Mention| m.tok_start > 0 && tokens[m.tok_start - 1].norm == "by";
                opener
                    .or_else(|| earlier.iter().rev().find(|m| fits(m) && !by_agent(m)))
                    .or_else(|| earlier.iter().rev().find(|m| fits(m)))
                    .map(|m| (1, m.entity.clone(), Vec::new()))
            } else if matches!(w, "they" | "their") {
                // the actors coordinated earlier in this sentence: "Chile and Peru said they ...",
                // "Zelensky and his senior advisors ... they had asked"
                earlier
                    .iter()
                    .rev()
                    .find(|m| {
                        m.role == MentionRole::Actor
                            && tokens.get(m.tok_end).is_some_and(|t| t.norm == "and")
                    })
                    .map(|m| {
                        let partner = earlier
                            .iter()
                            .find(|n| n.tok_start == m.tok_end + 1 && n.role == MentionRole::Actor);
                        (
                            1,
                            m.entity.clone(),
                            partner.map(|n| vec![n.entity.clone()]).unwrap_or_default(),
                        )
                    })
                    // "The US said they had struck": a state, body or group that says what
                    // "they" did speaks of itself
                    .or_else(|| {
                        let mut p = i.checked_sub(1)?;
                        if tokens[p].norm == "that" {
                            p = p.checked_sub(1)?;
                        }
                        if w != "they" || !words::ATTRIBUTION.has(&tokens[p]) {
                            return None;
                        }
                        // (the one such named before the verb: "the three governments said
                        // Iran's sales to Russia were a threat and announced that they" are
                        // neither)
                        let mut named = earlier.iter().filter(|m| {
                            m.tok_end <= p
                                && matches!(
                                    m.entity.kind,
                                    Kind::Country | Kind::Organization | Kind::Group
                                )
                        });
                        let first = named.next()?;
                        if first.role != MentionRole::Actor
                            || named.any(|m| m.entity.id != first.entity.id)
                        {
                            return None;
                        }
                        Some((1, first.entity.clone(), Vec::new()))
                    })
            } else {
                None
            };
        if let Some((len, entity, also)) = resolved {
            added.push(Mention {
                tok_start: i,
                tok_end: i + len,
                entity,
                also,
                role: MentionRole::Actor,
                via: Via::Coreference,
                office: None,
            });
        }
    }
    mentions.extend(added);
}

/// For a pronoun at `i` that opens what a person says ("Reagan, who will meet Nakasone,
/// said he would lift the curbs"), the speaker set before an aside between commas: the
/// person the aside is about, not the last one named in it.
fn aside_speaker<'m>(tokens: &[Token], earlier: &[&'m Mention], i: usize) -> Option<&'m Mention> {
    let mut verb = i.checked_sub(1)?;
    if tokens[verb].norm == "that" {
        verb = verb.checked_sub(1)?;
    }
    if !words::ATTRIBUTION.has(&tokens[verb]) {
        return None;
    }
    let close = verb.checked_sub(1)?;
    if tokens[close].norm != "," {
        return None;
    }
    let open = (0..close).rev().find(|&k| tokens[k].norm == ",")?;
    earlier
        .iter()
        .copied()
        .find(|m| m.tok_end == open && m.entity.kind == Kind::Person)
}

/// Whether the "it" at `i` opens a clause joined by "but", "and" or "yet" to the one before,
/// over a comma and a phrase of time at most ("..., but on Friday it accused"); not the "it"
/// of what someone named after the conjunction says ("..., and Bolivia said it had").
fn joined_clause(tokens: &[Token], earlier: &[&Mention], i: usize) -> bool {
    let from = i.saturating_sub(5);
    (from..i).rev().any(|k| {
        matches!(tokens[k].norm.as_str(), "but" | "and" | "yet")
            && k > 0
            && tokens[k - 1].norm == ","
            && !earlier.iter().any(|m| m.tok_start > k)
            && tokens[k + 1..i].iter().all(|t| {
                !matches!(t.norm.as_str(), "that" | "which" | "who" | "if" | "when")
                    && !words::ATTRIBUTION.has(t)
            })
    })
}
