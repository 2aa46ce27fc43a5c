//! People named with what they are rather than by an office ([`Via::Role`]): by a
//! descriptor ("British hostage Jane Roe", "Jane Roe, a U.S. analyst"), by their nationality
//! ("Briton Jane Roe") or by their age ("Jane Roe, 37,").

use super::discourse::Discourse;
use super::names::{name_at, name_start_before, replace_span, span_text};
use super::words::is_function_token;
use super::{Mention, MentionRole, Via};
use crate::lexicon::Lexicon;
use crate::model::{EntityRef, Kind};
use crate::shared::slug::slug;
use crate::text::{Token, TokenKind};

/// The person a descriptor names (hostage, analyst, correspondent: a noun that says what
/// someone is without giving them an office): "British hostage Jane Roe", "the tourist, Jane
/// Roe,", "Jane Roe, a former U.S. diplomat". A nationality adjective before the descriptor
/// gives the person's state ("British", "U.S."), and so does a group or body they belong to
/// ("Hamas militant"); a state's name does not ("Iraq hostage" is held in Iraq). Returns the
/// span and the person.
pub(super) fn described_person(
    text: &str,
    tokens: &[Token],
    discourse: &Discourse,
    mentions: &[Mention],
    ts: usize,
    te: usize,
) -> Option<(usize, usize, EntityRef)> {
    use crate::lexicon::AliasType;
    // a nationality or membership to the left, over up to two lowercase words ("British aid
    // worker", "Australian terror suspect")
    let mut start = ts;
    let mut country: Option<String> = None;
    let mut k = ts;
    // a generic actor around the descriptor ("U.S. diplomat") gives its state
    let mut te = te;
    if let Some(m) = mentions
        .iter()
        .find(|m| m.via == Via::Agent && m.tok_start <= ts && te <= m.tok_end)
    {
        country = m.entity.country.clone();
        start = m.tok_start;
        k = m.tok_start;
        te = m.tok_end;
    }
    for _ in 0..3 {
        if country.is_some() {
            break;
        }
        if let Some(m) = mentions.iter().find(|m| m.tok_end == k) {
            // (a region's adjective names its state's people: "Chechen rebel Jane Roe")
            let nationality = (m.entity.kind == Kind::Country
                && matches!(
                    m.via,
                    Via::Alias(AliasType::Demonym | AliasType::Abbreviation)
                ))
                || m.entity.kind == Kind::Location
                    && m.entity.country.is_some()
                    && matches!(m.via, Via::Alias(AliasType::Demonym));
            let member = matches!(m.entity.kind, Kind::Group | Kind::Organization)
                && m.role != MentionRole::Location;
            if nationality || member {
                country = m.entity.country.clone();
                start = m.tok_start;
            }
            break;
        }
        let Some(t) = k.checked_sub(1).map(|p| &tokens[p]) else {
            break;
        };
        if t.kind != TokenKind::Word || t.capitalized || is_function_token(t) {
            break;
        }
        k -= 1;
    }
    let determined = |at: usize| {
        at.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].norm.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "'s"
            )
        })
    };
    let enough = |ns: usize, ne: usize| {
        let words = tokens[ns..ne]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.capitalized)
            .count();
        words >= 2 || words == 1 && discourse.person_by_surname(&tokens[ns].norm).is_some()
    };
    // the name after: "hostage Jane Roe", or after a comma in apposition: "the tourist, Jane
    // Roe, said"
    let mut name: Option<(usize, usize)> = None;
    if let Some(ne) = name_at(text, tokens, te, mentions).filter(|&ne| enough(te, ne)) {
        name = Some((te, ne));
    } else if tokens.get(te).is_some_and(|t| t.norm == ",") && (country.is_some() || determined(k))
    {
        if let Some(ne) = name_at(text, tokens, te + 1, mentions).filter(|&ne| enough(te + 1, ne)) {
            let closes = tokens.get(ne).is_none_or(|t| {
                t.kind == TokenKind::Punct || crate::text::words::ATTRIBUTION.has(t)
            });
            if closes {
                name = Some((te + 1, ne));
            }
        }
    }
    // the name before, in apposition: "Jane Roe, a former U.S. diplomat", "Jane Roe, an
    // ex-career naval officer,"
    if name.is_none() {
        let mut lead = start;
        let mut steps = 0;
        while lead > 0 && steps < 5 {
            let t = &tokens[lead - 1];
            let modifier = mentions
                .iter()
                .find(|m| m.tok_end == lead && m.role == MentionRole::Modifier);
            if let Some(m) = modifier {
                lead = m.tok_start;
            } else if t.norm == "-"
                || t.kind == TokenKind::Word && !t.capitalized && !is_function_token(t)
            {
                lead -= 1;
            } else {
                break;
            }
            steps += 1;
        }
        if lead > 0 && matches!(tokens[lead - 1].norm.as_str(), "a" | "an" | "the") {
            lead -= 1;
            if lead >= 2 && tokens[lead - 1].norm == "," {
                let c = lead - 1;
                if let Some(m) = mentions
                    .iter()
                    .find(|m| m.tok_end == c && m.entity.kind == Kind::Person)
                {
                    name = Some((m.tok_start, c));
                } else {
                    let s = name_start_before(tokens, c);
                    let clear = !mentions.iter().any(|m| m.tok_start < c && m.tok_end > s);
                    if s < c && clear && enough(s, c) {
                        name = Some((s, c));
                    }
                }
            }
        }
    }
    let (ns, ne) = name?;
    let mut person = match mentions
        .iter()
        .find(|m| m.tok_start < ne && m.tok_end > ns && m.entity.kind == Kind::Person)
    {
        Some(m) => m.entity.clone(),
        None => {
            let name_text = span_text(text, tokens, ns, ne);
            let s = slug(&name_text);
            if s.is_empty() {
                return None;
            }
            discourse.person_by_name(&name_text).unwrap_or(EntityRef {
                id: format!("person:{s}"),
                name: name_text,
                kind: Kind::Person,
                country: None,
            })
        }
    };
    if person.country.is_none() {
        person.country = country;
    }
    Some((start.min(ns), te.max(ne), person))
}

/// People named after their nationality: "Briton Jane Roe", "the Australian John Doe". The
/// name must start with a first name the lexicon knows, so that "British Airways" stays a
/// company.
pub fn nationals(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    discourse: &Discourse,
    mentions: &mut Vec<Mention>,
) {
    let mut found = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.entity.kind != Kind::Country
            || m.tok_end != m.tok_start + 1
            || !matches!(m.via, Via::Alias(crate::lexicon::AliasType::Demonym))
        {
            continue;
        }
        let ns = m.tok_end;
        let Some(first) = tokens.get(ns) else {
            continue;
        };
        if !first.capitalized || !lex.first_names.contains(first.norm.as_str()) {
            continue;
        }
        let Some(ne) = name_at(text, tokens, ns, mentions) else {
            continue;
        };
        let words = tokens[ns..ne]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.capitalized)
            .count();
        // a first name and a family name that is no ordinary word: "Roman Catholic Bishop
        // Jean Roe" is not a Roman Catholic
        let known = &crate::syntax::Model::builtin().parts().2.known;
        let ordinary = tokens[ns + 1..ne].iter().any(|t| {
            t.kind == TokenKind::Word && t.norm.len() > 2 && known.contains(t.norm.as_str())
        });
        if !(2..=3).contains(&words) || ordinary {
            continue;
        }
        let person = match mentions
            .iter()
            .find(|p| p.tok_start == ns && p.entity.kind == Kind::Person)
        {
            Some(p) => p.entity.clone(),
            None => {
                let name_text = span_text(text, tokens, ns, ne);
                discourse.person_by_name(&name_text).unwrap_or(EntityRef {
                    id: format!("person:{}", slug(&name_text)),
                    name: name_text,
                    kind: Kind::Person,
                    country: m.entity.country.clone(),
                })
            }
        };
        found.push((k, m.tok_start, ne.max(m.tok_end), person));
    }
    for (_, start, end, mut person) in found.into_iter().rev() {
        if person.country.is_none() {
            person.country = mentions
                .iter()
                .find(|m| m.tok_start == start)
                .and_then(|m| m.entity.country.clone());
        }
        replace_span(mentions, Mention::actor(start, end, person, Via::Role));
    }
}

/// People known by their age, as news gives it: "Jane Roe, 37, said", "the 20-year-old Jane
/// Roe". The name has two capitalised words or more.
pub fn people_by_age(
    text: &str,
    tokens: &[Token],
    discourse: &Discourse,
    mentions: &mut Vec<Mention>,
) {
    let age = |t: &Token| {
        t.kind == TokenKind::Number && t.norm.parse::<u32>().is_ok_and(|n| (1..=110).contains(&n))
    };
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let covered = mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end);
        if covered || !tokens[i].capitalized || tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let Some(ne) = name_at(text, tokens, i, mentions) else {
            i += 1;
            continue;
        };
        let words = tokens[i..ne]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.capitalized)
            .count();
        let inside = mentions.iter().any(|m| m.tok_start < ne && m.tok_end > i);
        // "Jane Roe, 37,"
        let aged_after = tokens.get(ne).is_some_and(|t| t.norm == ",")
            && tokens.get(ne + 1).is_some_and(age)
            && tokens
                .get(ne + 2)
                .is_some_and(|t| t.norm == "," || t.norm == ")");
        // "20-year-old Jane Roe"
        let aged_before = i >= 5
            && age(&tokens[i - 5])
            && tokens[i - 3].norm == "year"
            && tokens[i - 1].norm == "old";
        if words >= 2 && !inside && (aged_after || aged_before) {
            let start = if aged_before { i - 5 } else { i };
            found.push((start, i, ne, ne));
        }
        i = ne.max(i + 1);
    }
    for (start, ns, ne, end) in found {
        let name_text = span_text(text, tokens, ns, ne);
        let s = slug(&name_text);
        if s.is_empty() {
            continue;
        }
        let person = discourse.person_by_name(&name_text).unwrap_or(EntityRef {
            id: format!("person:{s}"),
            name: name_text,
            kind: Kind::Person,
            country: None,
        });
        mentions.push(Mention::actor(start, end, person, Via::Role));
    }
}
