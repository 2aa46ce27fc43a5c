//! Reports of speech: who says what an event is, and which report covers an event.

use super::*;

/// Words that open a clause of time or cause ("after Bolivian officials said ...", "as
/// Kenya said ..."): a speaker after one is the clause's subject, and the report is the
/// clause's alone.
pub(crate) const TIME_OR_CAUSE_OPENERS: &[&str] =
    &["after", "before", "since", "until", "as", "once", "because"];

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
    closes_after(tokens, c.verb, sp.tok_start..sp.tok_end)
}

/// Whether nothing but the words of `speaker`, time words and punctuation follow `verb` up
/// to the end of the sentence or the next comma.
fn closes_after(tokens: &[Token], verb: usize, speaker: std::ops::Range<usize>) -> bool {
    let end = (verb + 1..tokens.len())
        .find(|&k| matches!(tokens[k].norm.as_str(), "," | ";"))
        .unwrap_or(tokens.len());
    tokens[..end]
        .iter()
        .enumerate()
        .skip(verb + 1)
        .all(|(k, t)| {
            speaker.contains(&k)
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
        // (the document the speaker issued: "the Baghdad communique said", "Iraq's statement
        // said", "a statement from Baghdad said")
        let mut document_at = None;
        while j > 0 && steps < 4 {
            j -= 1;
            if let Some(m) = mention_ending_at(mentions, j + 1) {
                let mm = &mentions[m];
                let mut p = mm.tok_start;
                while p > 0 && DETERMINERS.has(&tokens[p - 1]) {
                    p -= 1;
                }
                let issued = p >= 2
                    && matches!(tokens[p - 1].norm.as_str(), "from" | "by" | "of")
                    && document(&tokens[p - 2]);
                // (a word that also opens a clause opens one here, the speaker its subject
                // and the verb next: "closed its border after Bolivian officials said")
                let opens_clause = mm.tok_end == i
                    && mm.tok_start > 0
                    && TIME_OR_CAUSE_OPENERS.contains(&tokens[mm.tok_start - 1].norm.as_str());
                let after_prep = mm.tok_start > 0
                    && PREPOSITIONS.has(&tokens[mm.tok_start - 1])
                    && !issued
                    && !opens_clause;
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
            // the one a relative clause of saying is set on: "the Sudanese envoy, who said"
            if matches!(tw, "who" | "which") && j >= 2 && tokens[j - 1].norm == "," {
                if let Some(m) = mention_ending_at(mentions, j - 1) {
                    let mm = &mentions[m];
                    if mm.role != MentionRole::Location && mm.entity.kind != Kind::Location {
                        return Some(Claim {
                            speaker: m,
                            verb: i,
                            hedging,
                        });
                    }
                }
                break;
            }
            if document(&tokens[j]) && document_at.is_none() {
                document_at = Some(j);
                continue;
            }
            if document_at.is_some() && matches!(tw, "'s" | "’s" | "'" | "from" | "by" | "of") {
                continue;
            }
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

/// Nouns of what is issued, printed or broadcast, which say what their issuer says ("the
/// communique said", "Baghdad Radio reported"): their owner, if named, is the speaker.
const DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "communique",
    "communiqué",
    "communiques",
    "declaration",
    "announcement",
    "report",
    "letter",
    "note",
    "memorandum",
    "document",
    "message",
    "broadcast",
    "bulletin",
    "release",
    "dispatch",
    "editorial",
    "commentary",
    "radio",
    "television",
    "agency",
];

/// Whether `t` is a noun of what is issued ([`DOCUMENTS`]).
fn document(t: &Token) -> bool {
    DOCUMENTS.contains(&t.norm.as_str())
}

/// A report of speech whose speaker is a document of no named owner ("a Foreign Ministry
/// statement said", "..., the communique said") or the pronoun "it" standing for one ("It
/// said Turkish troops had shelled ..."), which covers the word at `head`: its verb and
/// whether the verb hedges. What the document says is a claim, though no one is named as
/// making it.
pub(crate) fn unowned_report(tokens: &[Token], head: usize) -> Option<(usize, bool)> {
    let speaker_before = |v: usize| {
        let mut j = v;
        while j > 0 {
            j -= 1;
            let w = tokens[j].norm.as_str();
            if matches!(w, "also" | "has" | "had" | "have" | "later" | "earlier")
                || w.ends_with("ly") && w != "only"
            {
                continue;
            }
            return Some(j);
        }
        None
    };
    let said = |v: usize| ATTRIBUTION.has(&tokens[v]) && !tokens[v].norm.ends_with("ing");
    // "It said (on Monday) (that) ...": the nearest report before the word
    if let Some(v) = (0..head.min(tokens.len())).rev().find(|&v| said(v)) {
        let s = speaker_before(v)?;
        let it = tokens[s].norm == "it" && (s == 0 || !is_word(&tokens[s - 1]));
        // (what the speaker does or says after, before or while: not what is said)
        let aside = tokens[v + 1..head]
            .iter()
            .take_while(|t| t.norm != "that")
            .any(|t| {
                matches!(
                    t.norm.as_str(),
                    "and" | "after" | "before" | "during" | "while" | "when" | "upon"
                )
            });
        return ((it || document(&tokens[s])) && !aside)
            .then(|| (v, HEDGING_ATTRIBUTION.has(&tokens[v])));
    }
    // "..., the communique said."
    let v = (head + 1..tokens.len()).find(|&v| said(v))?;
    let s = speaker_before(v)?;
    (document(&tokens[s]) && s > 0 && closes_after(tokens, v, s..s + 1))
        .then(|| (v, HEDGING_ATTRIBUTION.has(&tokens[v])))
}
