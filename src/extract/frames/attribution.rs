//! Reports of speech: who says what an event is, and which report covers an event.

use super::*;

/// Every report of speech in the sentence, in order.
pub(crate) fn attributions(tokens: &[Token], mentions: &[Mention]) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let mut from = 0;
    while let Some(c) = attribution_from(tokens, mentions, from) {
        from = c.verb + 1;
        out.push(c);
    }
    out
}

/// The report that covers an event: the nearest one before its trigger (the event is in
/// what was said: "Price said Russia ..."), else one that closes the sentence ("..., the
/// minister said on Monday."). "..., saying ..." covers only what follows it.
pub(crate) fn claim_for<'c>(
    claims: &'c [Claim],
    tokens: &[Token],
    mentions: &[Mention],
    ev: &Event,
) -> Option<&'c Claim> {
    let t = ev.trigger.0;
    if let Some(c) = claims.iter().rfind(|c| c.verb < t) {
        return Some(c);
    }
    claims.iter().find(|c| {
        c.verb > t && !tokens[c.verb].norm.ends_with("ing") && closes_sentence(tokens, mentions, c)
    })
}

/// Whether nothing but the speaker, time words and punctuation follow the report's verb
/// up to the end of the sentence or the next comma ("..., Armenian officials said, and").
pub(super) fn closes_sentence(tokens: &[Token], mentions: &[Mention], c: &Claim) -> bool {
    let sp = &mentions[c.speaker];
    let end = (c.verb + 1..tokens.len())
        .find(|&k| matches!(tokens[k].norm.as_str(), "," | ";"))
        .unwrap_or(tokens.len());
    tokens[..end]
        .iter()
        .enumerate()
        .skip(c.verb + 1)
        .all(|(k, t)| {
            (sp.tok_start <= k && k < sp.tok_end)
                || t.kind != TokenKind::Word
                || is_time_word(&t.norm)
                || matches!(
                    t.norm.as_str(),
                    "on" | "in"
                        | "at"
                        | "late"
                        | "early"
                        | "night"
                        | "morning"
                        | "evening"
                        | "afternoon"
                        | "week"
                        | "weekend"
                        | "month"
                        | "a"
                        | "an"
                        | "the"
                        | "statement"
                        | "interview"
                        | "reporters"
                        | "journalists"
                        | "news"
                        | "conference"
                        | "briefing"
                        | "told"
                        | "after"
                        | "meeting"
                        | "separately"
                        | "also"
                        | "who"
                        | "asked"
                        | "not"
                        | "be"
                        | "to"
                        | "named"
                        | "declined"
                        | "spokesman"
                        | "spokeswoman"
                        | "official"
                )
                || DETERMINERS.has(t)
        })
}

/// The speaker of the first report of speech at or after token `from`.
pub(super) fn attribution_from(
    tokens: &[Token],
    mentions: &[Mention],
    from: usize,
) -> Option<Claim> {
    for (i, t) in tokens.iter().enumerate().skip(from) {
        if inside_mention(mentions, i) {
            continue;
        }
        let w = t.norm.as_str();
        if w == "according" && tokens.get(i + 1).is_some_and(|n| n.norm == "to") {
            let mut k = i + 2;
            while tokens.get(k).is_some_and(|t| DETERMINERS.has(t)) {
                k += 1;
            }
            if let Some(m) = mention_starting_at(mentions, k) {
                return Some(Claim {
                    speaker: m,
                    verb: i,
                    hedging: false,
                });
            }
            continue;
        }
        if !ATTRIBUTION.has(t) {
            continue;
        }
        let hedging = HEDGING_ATTRIBUTION.has(t);
        // Speaker to the left: "Price said", "US officials say", "the Journal reported".
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < 4 {
            j -= 1;
            if let Some(m) = mention_ending_at(mentions, j + 1) {
                let mm = &mentions[m];
                let after_prep = mm.tok_start > 0 && PREPOSITIONS.has(&tokens[mm.tok_start - 1]);
                if mm.role != MentionRole::Location
                    && !after_prep
                    && mm.entity.kind != Kind::Location
                {
                    return Some(Claim {
                        speaker: m,
                        verb: i,
                        hedging,
                    });
                }
                break;
            }
            let tw = tokens[j].norm.as_str();
            if matches!(tw, "," | "\"" | "'" | ";" | ":")
                || is_word(&tokens[j])
                    && !(matches!(
                        tw,
                        "also" | "recently" | "later" | "earlier" | "has" | "have" | "had" | "on"
                    ) || tw.ends_with("ly"))
            {
                break;
            }
            steps += 1;
        }
        // Speaker to the right: "..., said Price", "said the statement".
        let mut k = i + 1;
        while tokens.get(k).is_some_and(|t| DETERMINERS.has(t)) {
            k += 1;
        }
        if let Some(m) = mention_starting_at(mentions, k) {
            if i > 0 && matches!(tokens[i - 1].norm.as_str(), "," | "\"" | "'") {
                return Some(Claim {
                    speaker: m,
                    verb: i,
                    hedging,
                });
            }
        }
    }
    None
}
