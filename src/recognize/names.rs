//! A person's name among a sentence's tokens: where it ends, where it starts before a
//! comma, its text, and its mention put in place of those inside it. For the passes that
//! find people ([`super::people`], [`super::roles`]).

use super::words::{NAME_PARTICLES, NOT_NAMES};
use super::Mention;
use crate::model::Kind;
use crate::text::{Token, TokenKind};

/// The capitalised name starting at token `i`: its end, or `None`.
pub(super) fn name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    mentions: &[Mention],
) -> Option<usize> {
    let mut j = i;
    let mut words = 0;
    while j < tokens.len() {
        let t = &tokens[j];
        if let Some(m) = mentions.iter().find(|m| m.tok_start == j) {
            if m.entity.kind == Kind::Person {
                return Some(m.tok_end);
            }
            if words == 0 {
                return None;
            }
            break;
        }
        let is_cap = t.kind == TokenKind::Word && t.capitalized && !NOT_NAMES.has(t);
        let joined_hyphen = t.norm == "-"
            && j > i
            && tokens[j - 1].end == t.start
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.start == t.end && n.kind == TokenKind::Word);
        let particle = NAME_PARTICLES.has(t)
            && words > 0
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.capitalized || n.norm == "-");
        // single capital initials: "George W. Bush", "B. Jay Cooper"
        let initial = t.kind == TokenKind::Word
            && t.capitalized
            && text[t.start..t.end].trim_end_matches('.').chars().count() == 1
            && (words > 0
                || tokens[j + 1..]
                    .iter()
                    .find(|n| n.norm != ".")
                    .is_some_and(|n| {
                        n.capitalized && n.kind == TokenKind::Word && !NOT_NAMES.has(n)
                    }));
        if is_cap || joined_hyphen || particle || initial {
            if is_cap {
                words += 1;
            }
            j += 1;
            if initial && tokens.get(j).is_some_and(|n| n.norm == ".") {
                j += 1;
            }
            continue;
        }
        break;
    }
    (words > 0).then_some(j)
}

pub(super) fn span_text(text: &str, tokens: &[Token], s: usize, e: usize) -> String {
    text[tokens[s].start..tokens[e - 1].end].to_string()
}

/// Where the name that ends before token `c` (a comma: "Jane Roe, a ...") starts: the
/// capitalised words, name particles and hyphens before `c`, walked back over; `c` when
/// there are none.
pub(super) fn name_start_before(tokens: &[Token], c: usize) -> usize {
    let mut s = c;
    while s > 0
        && (tokens[s - 1].capitalized
            && tokens[s - 1].kind == TokenKind::Word
            && !NOT_NAMES.has(&tokens[s - 1])
            || tokens[s - 1].norm == "-" && s >= 2
            || NAME_PARTICLES.has(&tokens[s - 1]))
    {
        s -= 1;
    }
    s
}

/// Puts `m` in place of the mentions inside its span (a person's name absorbs the state
/// and title words it is made of).
pub(super) fn replace_span(mentions: &mut Vec<Mention>, m: Mention) {
    mentions.retain(|o| o.tok_end <= m.tok_start || o.tok_start >= m.tok_end);
    mentions.push(m);
}
