//! Groups named by a demonym: an ethnic group in a state ("Kosovo Serbs", "Bosnian Serb
//! forces") and the people of a region as a group of its state ("Chechens"). Plural demonyms
//! as people ("Serbs accused ...") are settled in `classify_roles` (recognize), a state's
//! adjective with a noun of people ("Sudanese militiamen") by the agent table.

use super::{title_case, Mention, MentionRole, Via};
use crate::lexicon::{AliasType, Lexicon};
use crate::model::{EntityRef, Kind};
use crate::shared::slug::slug;
use crate::text::{Token, TokenKind};

/// States whose demonym, after the demonym of another people, names citizens of that other
/// origin rather than a people living in the other state: "Iranian Americans" live in the
/// United States, "Greek Cypriots" in Cyprus (but "Bosnian Serbs" in Bosnia).
const HOME_OF_THE_HEAD: &[&str] = &["USA", "CAN", "AUS", "NZL", "ISR", "CYP"];

/// Whether a mention is a demonym of the lexicon.
fn is_demonym(m: &Mention) -> bool {
    matches!(m.via, Via::Alias(AliasType::Demonym))
}

/// Whether a demonym mention is a plural people noun ("Serbs", "Iranians", "Chechens"):
/// English adjectives of states do not inflect, so a plural is never one.
pub(super) fn is_plural_demonym(tokens: &[Token], m: &Mention) -> bool {
    let w = &tokens[m.tok_end - 1].norm;
    is_demonym(m) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// The state a mention places people in: a state, or a region of one.
fn state_of(m: &Mention) -> Option<&str> {
    match m.entity.kind {
        Kind::Country | Kind::Location => m.entity.country.as_deref(),
        _ => None,
    }
}

/// The plural people noun among an entity's demonyms, the shortest ("Serbs" rather than
/// "Serbians").
fn people_of(lex: &Lexicon, id: &str) -> Option<String> {
    let &ei = lex.by_id.get(id)?;
    lex.aliases
        .iter()
        .filter(|a| a.entity == ei && a.ty == AliasType::Demonym)
        .map(|a| a.text.as_str())
        .filter(|t| t.ends_with('s') && !t.ends_with("ss") && !t.contains(' '))
        .min_by_key(|t| (t.len(), *t))
        .map(str::to_string)
}

/// Groups named by demonyms, in place of the mentions they join.
pub fn demonym_groups(text: &str, tokens: &[Token], lex: &Lexicon, mentions: &mut Vec<Mention>) {
    mentions.sort_by_key(|m| (m.tok_start, m.tok_end));
    ethnic_groups(text, tokens, lex, mentions);
    region_peoples(tokens, mentions);
}

/// "Kosovo Serbs", "Bosnian Serb forces", "Iranian Americans": a state or its adjective
/// before the demonym of another people that is a noun (plural) or names people through
/// the noun after it. The group lives where the first word says (where the second, for
/// citizens of an origin: [`HOME_OF_THE_HEAD`]).
fn ethnic_groups(text: &str, tokens: &[Token], lex: &Lexicon, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (p, m) = (&mentions[k], &mentions[k + 1]);
        let adjacent = p.tok_end == m.tok_start && m.tok_end == m.tok_start + 1;
        let place_first = matches!(
            p.via,
            Via::Alias(
                AliasType::Name
                    | AliasType::Short
                    | AliasType::Demonym
                    | AliasType::Abbreviation
                    | AliasType::Variant
            )
        ) && !is_plural_demonym(tokens, p);
        let (Some(home), Some(origin)) = (state_of(p), state_of(m)) else {
            k += 1;
            continue;
        };
        // the second names people: a plural, or an adjective of a noun ("Bosnian Serb
        // forces", not "Bosnian Serb-held")
        let plural = is_plural_demonym(tokens, m);
        let names_people = plural
            || tokens.get(m.tok_end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalized
                    && !crate::text::words::is_function_token(t)
            });
        if !adjacent || !place_first || !is_demonym(m) || home == origin || !names_people {
            k += 1;
            continue;
        }
        let (home, people_entity, first) = if HOME_OF_THE_HEAD.contains(&origin) {
            (origin.to_string(), &p.entity.id, &m.entity)
        } else {
            (home.to_string(), &m.entity.id, &p.entity)
        };
        let people =
            people_of(lex, people_entity).unwrap_or_else(|| tokens[m.tok_start].norm.to_string());
        let written = &text[tokens[p.tok_start].start..tokens[p.tok_end - 1].end];
        let name = if HOME_OF_THE_HEAD.contains(&origin) {
            format!("{people} of {}", first.name)
        } else {
            format!("{written} {people}")
        };
        let merged = Mention {
            tok_start: p.tok_start,
            tok_end: m.tok_end,
            entity: EntityRef {
                id: format!("group:{home}:{}", slug(&people)),
                name,
                kind: Kind::Group,
                country: Some(home),
            },
            also: Vec::new(),
            role: if plural {
                MentionRole::Actor
            } else {
                MentionRole::Modifier
            },
            via: Via::Agent,
            office: None,
        };
        mentions[k] = merged;
        mentions.remove(k + 1);
        k += 1;
    }
}

/// The people of a region, as a group of the region's state: "Chechens", "Tibetans".
fn region_peoples(tokens: &[Token], mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.entity.kind != Kind::Location || !is_plural_demonym(tokens, m) {
            continue;
        }
        let Some(code) = m.entity.country.clone() else {
            continue;
        };
        let people = tokens[m.tok_start..m.tok_end]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        m.entity = EntityRef {
            id: format!("group:{code}:{}", slug(&people)),
            name: title_case(&people),
            kind: Kind::Group,
            country: Some(code),
        };
        m.role = MentionRole::Actor;
        m.via = Via::Agent;
    }
}
