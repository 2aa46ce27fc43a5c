//! Frames: how a triggered pattern finds its subject and object, and how the sentence
//! around it sets modality and attribution.

use super::{Event, Extractor};
use crate::lexicon::{Frame, PatternElem, VerbForm};
use crate::model::{Kind, Modality};
use crate::recognize::{Mention, MentionRole, Via};
use crate::text::words::*;
use crate::text::{Token, TokenKind};

/// How far (in tokens) the subject search goes to the left.
const SUBJECT_REACH: usize = 16;

/// Who is reported as saying the sentence.
#[derive(Debug, Clone)]
pub(crate) struct Claim {
    /// Index of the speaker's mention.
    pub speaker: usize,
    /// Index of the attribution verb.
    pub verb: usize,
    /// Whether the verb hedges ("suggested", "claimed").
    pub hedging: bool,
}

fn mention_ending_at(mentions: &[Mention], end: usize) -> Option<usize> {
    mentions.iter().position(|m| m.tok_end == end)
}

fn mention_starting_at(mentions: &[Mention], start: usize) -> Option<usize> {
    mentions.iter().position(|m| m.tok_start == start)
}

fn inside_mention(mentions: &[Mention], i: usize) -> bool {
    mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end)
}

fn is_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
}

/// "his", "its", "their": a possessive pronoun resolved to an actor, which determines
/// a noun rather than standing as an object.
fn possessive_pronoun(tokens: &[Token], m: &Mention) -> bool {
    m.via == Via::Coreference
        && m.tok_end == m.tok_start + 1
        && matches!(
            tokens[m.tok_start].norm.as_str(),
            "his" | "her" | "its" | "their"
        )
}

fn can_be_actor(m: &Mention) -> bool {
    m.role == MentionRole::Actor && m.entity.kind != Kind::Location && m.entity.kind != Kind::Media
}

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
fn closes_sentence(tokens: &[Token], mentions: &[Mention], c: &Claim) -> bool {
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
fn attribution_from(tokens: &[Token], mentions: &[Mention], from: usize) -> Option<Claim> {
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

/// All events of a sentence.
pub(crate) fn find_events(ex: &Extractor, tokens: &[Token], mentions: &[Mention]) -> Vec<Event> {
    let mut out = Vec::new();
    let lex = ex.lexicon();
    let mut i = 0;
    while i < tokens.len() {
        if inside_mention(mentions, i) {
            i += 1;
            continue;
        }
        let Some(cands) = ex.heads_at(&tokens[i].norm) else {
            i += 1;
            continue;
        };
        let nominal = nominal_context(tokens, mentions, i);
        let has_noun = cands.iter().any(|(p, _)| ex.frame_of(*p) == Frame::Noun);
        let has_verb = cands.iter().any(|(p, _)| ex.frame_of(*p) == Frame::Verb);
        let mut next = i + 1;
        for &(pi, form) in cands {
            let p = &lex.patterns[pi];
            let participle = matches!(form, VerbForm::PastOrParticiple | VerbForm::Participle);
            let compound = (participle && p.frame == Frame::Verb)
                .then(|| compound_event(ex, tokens, mentions, pi, i))
                .flatten();
            if compound.is_some() {
                next = next.max(i + 1);
                out.extend(compound);
                break;
            }
            let use_frame = match p.frame {
                Frame::Noun => nominal || !has_verb,
                // a base form after a determiner is a noun: "an attack"
                Frame::Verb => {
                    let participle =
                        matches!(form, VerbForm::PastOrParticiple | VerbForm::Participle);
                    let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
                    let after_determiner = (form == VerbForm::Base || participle)
                        && prev.is_some_and(|w| DETERMINERS.contains(&w));
                    // "from occupied land", "Iranian-made": participles used as adjectives
                    let adjective =
                        participle && prev.is_some_and(|w| PREPOSITIONS.contains(&w) || w == "-");
                    !(nominal && has_noun || after_determiner || adjective)
                }
            };
            if !use_frame {
                continue;
            }
            if let Some(pre) = &p.pre {
                if !tokens[i.saturating_sub(3)..i]
                    .iter()
                    .any(|t| pre.iter().any(|w| *w == t.norm))
                {
                    continue;
                }
            }
            let ev = match p.frame {
                Frame::Verb => verb_event(ex, tokens, mentions, pi, form, i),
                Frame::Noun => noun_event(ex, tokens, mentions, pi, i),
            };
            if let Some(ev) = ev {
                // the pattern's own words ("lifted its sanctions on") trigger nothing more
                next = next.max(ev.trigger.1);
                out.push(ev);
                break;
            }
        }
        i = next.max(i + 1);
    }
    request_and_supply(ex, tokens, mentions, &mut out);
    out
}

/// "they had asked for air defence, which the US will supply": the askers request it of
/// the supplier, and the supplier supplies the askers, though neither object is written.
fn request_and_supply(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    out: &mut Vec<Event>,
) {
    let Some((ask, supply)) = ex.ask_and_supply() else {
        return;
    };
    const SUPPLY: &[&str] = &["supply", "provide", "deliver", "send", "give", "sell"];
    let is_supply = |w: &str| {
        SUPPLY
            .iter()
            .any(|l| crate::lexicon::inflect_verb(l).iter().any(|(f, _)| f == w))
    };
    for i in 0..tokens.len().saturating_sub(1) {
        let w = tokens[i].norm.as_str();
        if !(tokens[i + 1].norm == "for"
            && matches!(
                w,
                "asked"
                    | "requested"
                    | "sought"
                    | "asks"
                    | "requests"
                    | "seeks"
                    | "ask"
                    | "request"
            ))
        {
            continue;
        }
        let Some((askers, cs, malus)) = find_subject(tokens, mentions, i) else {
            continue;
        };
        for k in i + 2..(i + 16).min(tokens.len()) {
            if !matches!(tokens[k].norm.as_str(), "which" | "that") {
                continue;
            }
            let mut z = k + 1;
            while tokens.get(z).is_some_and(|t| DETERMINERS.has(t)) {
                z += 1;
            }
            let Some(sup) =
                mention_starting_at(mentions, z).filter(|&m| can_be_actor(&mentions[m]))
            else {
                break;
            };
            let mut v = mentions[sup].tok_end;
            while v < tokens.len()
                && v < mentions[sup].tok_end + 4
                && (AUXILIARIES.has(&tokens[v])
                    || FUTURES.has(&tokens[v])
                    || tokens[v].norm == "to")
            {
                v += 1;
            }
            if tokens.get(v).is_some_and(|t| is_supply(&t.norm)) {
                out.push(Event {
                    pattern: ask,
                    subjects: askers.clone(),
                    objects: vec![sup],
                    trigger: (i, i + 1),
                    clause_start: cs,
                    confidence: 0.6 - malus,
                });
                out.push(Event {
                    pattern: supply,
                    subjects: vec![sup],
                    objects: askers.clone(),
                    trigger: (v, v + 1),
                    clause_start: mentions[sup].tok_start,
                    confidence: 0.6 - malus,
                });
            }
            break;
        }
    }
}

/// Whether the word at `i` is used as a noun: after a determiner, a possessive or an
/// adjective of a state ("an attack", "Russia's assault", "the Russian invasion").
fn nominal_context(tokens: &[Token], mentions: &[Mention], i: usize) -> bool {
    let mut j = i;
    let mut adjs = 0;
    while j > 0 {
        let prev = &tokens[j - 1];
        let w = prev.norm.as_str();
        if w == "'s" || DETERMINERS.contains(&w) || matches!(w, "no" | "its" | "his" | "their") {
            return true;
        }
        if let Some(m) = mention_ending_at(mentions, j) {
            // "Russian assault", "Iran's", "US-China talks": nominal unless the mention is an actor
            // followed directly by the verb ("Russia attacked").
            return mentions[m].role == MentionRole::Modifier;
        }
        if adjs < 2
            && is_word(prev)
            && !prev.capitalized
            && !is_function_word(w)
            && (w.ends_with("ed")
                || w.ends_with("al")
                || w.ends_with("ic")
                || w.ends_with("ive")
                || w.ends_with("ing")
                || w.ends_with("ful")
                || w.ends_with("ous")
                || w == "new"
                || w == "joint"
                || w == "major"
                || w == "large"
                || w == "full"
                || w == "fresh"
                || w == "military"
                || w == "air"
                || w == "weapons"
                || w == "arms"
                || w == "trade"
                || w == "peace"
                || w == "-")
        {
            adjs += 1;
            j -= 1;
            continue;
        }
        return false;
    }
    false
}

/// Matches the pattern's words after the head; returns the object mentions and the end.
fn match_elems(
    tokens: &[Token],
    mentions: &[Mention],
    elems: &[PatternElem],
    start: usize,
    passive: bool,
    hostile: bool,
) -> Option<(Vec<usize>, usize)> {
    let mut j = start;
    let mut objects = Vec::new();
    let mut explicit_prep = false;
    let mut k = 0;
    while k < elems.len() {
        match &elems[k] {
            PatternElem::Words(ws) => {
                if tokens
                    .get(j)
                    .is_some_and(|t| ws.iter().any(|w| *w == t.norm))
                {
                    explicit_prep = true;
                    j += 1;
                } else {
                    return None;
                }
            }
            PatternElem::Gap => {
                // the next element must match within six tokens, without crossing a boundary
                let rest = &elems[k + 1..];
                for g in 0..=6 {
                    let at = j + g;
                    if at >= tokens.len() {
                        return None;
                    }
                    if g > 0 {
                        let t = &tokens[at - 1];
                        if matches!(t.norm.as_str(), ";" | "." | ":" | "--" | "(" | ")")
                            || mention_starting_at(mentions, at - 1).is_some_and(|m| {
                                can_be_actor(&mentions[m])
                                    && !possessive_pronoun(tokens, &mentions[m])
                            })
                        {
                            return None;
                        }
                    }
                    if let Some((o, e)) = match_elems(tokens, mentions, rest, at, passive, hostile)
                    {
                        // an object matched before the gap is kept
                        return Some((if o.is_empty() { objects } else { o }, e));
                    }
                }
                return None;
            }
            PatternElem::Object => {
                if passive {
                    // the object is the surface subject; nothing to match here
                    k += 1;
                    continue;
                }
                let (obj, end) = find_object(tokens, mentions, j, explicit_prep, hostile)?;
                objects = obj;
                j = end;
            }
        }
        k += 1;
    }
    Some((objects, j))
}

/// The object starting near `j`: an actor after at most a few determiners or adjectives,
/// with the actors coordinated with it.
fn find_object(
    tokens: &[Token],
    mentions: &[Mention],
    j: usize,
    after_prep: bool,
    hostile: bool,
) -> Option<(Vec<usize>, usize)> {
    let mut k = j;
    let mut skipped = 0;
    while k < tokens.len() && skipped <= 4 {
        // "slams 'deepening alliance' between Russia and Iran": both are the object
        if skipped > 0 && matches!(tokens[k].norm.as_str(), "between" | "among") {
            let mut s = k + 1;
            while tokens.get(s).is_some_and(|t| DETERMINERS.has(t)) {
                s += 1;
            }
            let a = mention_starting_at(mentions, s).filter(|&a| can_be_actor(&mentions[a]))?;
            let objs = coordinated_right(tokens, mentions, a);
            let end = mentions[*objs.last()?].tok_end;
            return (objs.len() >= 2).then_some((objs, end));
        }
        if let Some(m) =
            mention_starting_at(mentions, k).filter(|&m| !possessive_pronoun(tokens, &mentions[m]))
        {
            let mm = &mentions[m];
            let ok = match mm.role {
                MentionRole::Actor => mm.entity.kind != Kind::Media,
                MentionRole::Location => {
                    after_prep && skipped == 0 || hostile && mm.entity.kind == Kind::Location
                }
                // "bombard Ukrainian infrastructure": the target is Ukraine's
                MentionRole::Modifier => hostile && !after_prep,
            };
            if !ok {
                return None;
            }
            let mut objs = vec![m];
            let mut end = mm.tok_end;
            // coordination: "Russia and Iran", "X, as well as his counterpart, Y"
            loop {
                let mut c = end;
                let mut conj = false;
                while c < tokens.len() && c < end + 5 {
                    let w = tokens[c].norm.as_str();
                    if matches!(w, "and" | "," | "or" | "as" | "well" | "&") {
                        conj |= w != ",";
                        c += 1;
                        continue;
                    }
                    if DETERMINERS.contains(&w) || matches!(w, "his" | "her" | "its" | "their") {
                        c += 1;
                        continue;
                    }
                    break;
                }
                match mention_starting_at(mentions, c) {
                    Some(n)
                        if conj && c > end && can_be_actor(&mentions[n])
                            || (conj
                                && mentions[n].role == MentionRole::Location
                                && mm.role == MentionRole::Location
                                && c > end) =>
                    {
                        objs.push(n);
                        end = mentions[n].tok_end;
                    }
                    _ => break,
                }
            }
            return Some((objs, end));
        }
        let t = &tokens[k];
        let w = t.norm.as_str();
        // "shelled villages in southern Lebanon": the place is the target
        if hostile && skipped > 0 && matches!(w, "in" | "near" | "across" | "along") {
            let mut s = k + 1;
            while s < tokens.len() && s <= k + 3 && mention_starting_at(mentions, s).is_none() {
                let x = &tokens[s];
                let adjective_like = DETERMINERS.has(x)
                    || x.kind == TokenKind::Word && !x.capitalized && !is_function_token(x);
                if !adjective_like {
                    break;
                }
                s += 1;
            }
            return mention_starting_at(mentions, s)
                .filter(|&m| {
                    matches!(mentions[m].entity.kind, Kind::Country | Kind::Location)
                        && mentions[m].entity.country.is_some()
                })
                .map(|m| (vec![m], mentions[m].tok_end));
        }
        let before_number = tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Number);
        let skippable = DETERMINERS.has(t) && w != "that"
            || t.kind == TokenKind::Number
            || before_number
                && matches!(
                    w,
                    "over"
                        | "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "roughly"
                        | "some"
                        | "least"
                        | "at"
                )
            || matches!(w, "\"" | "'" | "'s" | "his" | "her" | "its" | "their" | "-")
            || (is_word(t)
                && !t.capitalized
                && !PREPOSITIONS.has(t)
                && !is_function_token(t)
                && !ATTRIBUTION.has(t)
                && skipped < 3
                && !after_prep_stop(w));
        if !skippable {
            return None;
        }
        skipped += 1;
        k += 1;
    }
    None
}

fn after_prep_stop(w: &str) -> bool {
    matches!(w, "who" | "which" | "that" | "and" | "or" | "but" | "to")
}

/// The subject of a verb at `head`: the nearest actor to the left in the same clause.
/// Returns the mentions (with coordinated ones), the clause start and a confidence malus.
fn find_subject(
    tokens: &[Token],
    mentions: &[Mention],
    head: usize,
) -> Option<(Vec<usize>, usize, f64)> {
    let mut j = head;
    let mut steps = 0;
    let mut malus = 0.0;
    while j > 0 && steps < SUBJECT_REACH {
        j -= 1;
        if let Some(m) = mention_ending_at(mentions, j + 1) {
            let mm = &mentions[m];
            // the word before the mention, over determiners: "from the Netherlands"
            let mut b = mm.tok_start;
            while b > 0 && DETERMINERS.has(&tokens[b - 1]) {
                b -= 1;
            }
            let prev = b.checked_sub(1).map(|p| tokens[p].norm.as_str());
            let prev2 = b.checked_sub(2).map(|p| tokens[p].norm.as_str());
            // "after Hezbollah fired": a subordinate clause's own subject, not a phrase
            let subordinate = prev.is_some_and(|p| {
                matches!(
                    p,
                    "after" | "before" | "since" | "until" | "as" | "while" | "when" | "because"
                )
            }) && mm.tok_end + 2 >= head;
            let in_pp = prev.is_some_and(|p| PREPOSITIONS.contains(&p))
                && !(prev == Some("of") && prev2.is_some_and(|q| QUANTITY_NOUNS.contains(&q)))
                && !subordinate;
            if can_be_actor(mm) && !in_pp {
                let subj = coordinated_left(tokens, mentions, m);
                if steps > 8 {
                    malus += 0.1;
                }
                if mm.via == Via::Coreference {
                    malus += 0.05;
                }
                return Some((subj, mm.tok_start, malus));
            }
            // control noun: "a Russian effort to acquire", "Iran's bid to join"
            if mm.role == MentionRole::Modifier
                || tokens.get(mm.tok_end).is_some_and(|t| t.norm == "'s")
            {
                let mut k = mm.tok_end;
                if tokens.get(k).is_some_and(|t| t.norm == "'s") {
                    k += 1;
                }
                while k < head
                    && tokens[k].kind == TokenKind::Word
                    && !CONTROL_NOUNS.has(&tokens[k])
                    && k < mm.tok_end + 3
                {
                    k += 1;
                }
                if k + 2 == head && CONTROL_NOUNS.has(&tokens[k]) && tokens[k + 1].norm == "to" {
                    return Some((vec![m], mm.tok_start, 0.1));
                }
            }
            j = mm.tok_start;
            if j == 0 {
                break;
            }
            continue;
        }
        let w = tokens[j].norm.as_str();
        if matches!(w, ";" | ":" | "(" | ")") || CLAUSE_OPENERS.has(&tokens[j]) {
            return None;
        }
        if w == "that"
            && j > 0
            && (ATTRIBUTION.has(&tokens[j - 1])
                || HEDGES.has(&tokens[j - 1])
                || tokens[j - 1].norm == "so")
        {
            return None;
        }
        if RELATIVES.has(&tokens[j]) && w != "that"
            || (w == "that" && j > 0 && mention_ending_at(mentions, j).is_some())
        {
            // antecedent: the actor right before (over a comma)
            let mut a = j;
            while a > 0 && matches!(tokens[a - 1].norm.as_str(), ",") {
                a -= 1;
            }
            if let Some(m) = mention_ending_at(mentions, a) {
                if can_be_actor(&mentions[m]) {
                    return Some((vec![m], mentions[m].tok_start, malus + 0.05));
                }
            }
            return None;
        }
        if is_word(&tokens[j]) {
            steps += 1;
        }
    }
    None
}

/// Whether the infinitive at `head` is what one actor asks of another ("wants Putin to
/// attack", "is being pressured by Congress to help"): a request, not an event.
fn requested(tokens: &[Token], mentions: &[Mention], from: usize, head: usize) -> bool {
    if head == 0 || tokens[head - 1].norm != "to" {
        return false;
    }
    // "invited Arafat to meet": the subject found is the one asked
    if from > 0 && REQUEST_WORDS.has(&tokens[from - 1]) {
        return true;
    }
    let Some(r) = (from..head).find(|&k| REQUEST_WORDS.has(&tokens[k])) else {
        return false;
    };
    mentions
        .iter()
        .any(|m| m.tok_start > r && m.tok_end < head && m.role == MentionRole::Actor)
}

/// The actors coordinated with mention `m` to its left: "Britain, France, and Italy".
fn coordinated_left(tokens: &[Token], mentions: &[Mention], m: usize) -> Vec<usize> {
    let mut out = vec![m];
    let mut cur = m;
    loop {
        let mut c = mentions[cur].tok_start;
        let mut conj = false;
        let mut comma = false;
        while c > 0 {
            let w = tokens[c - 1].norm.as_str();
            if w == "the" && (conj || comma) {
                c -= 1;
            } else if w == "and" || w == "or" || w == "&" {
                conj = true;
                c -= 1;
            } else if w == "," {
                comma = true;
                c -= 1;
            } else {
                break;
            }
        }
        if !(conj || comma) {
            break;
        }
        match mention_ending_at(mentions, c) {
            Some(n) if can_be_actor(&mentions[n]) && !out.contains(&n) => {
                // "X, Y" without "and" only inside a list that ends in "and"
                if !conj && out.len() < 2 && comma && !list_has_and(tokens, mentions, &out) {
                    break;
                }
                out.push(n);
                cur = n;
            }
            _ => break,
        }
    }
    out
}

fn list_has_and(tokens: &[Token], mentions: &[Mention], items: &[usize]) -> bool {
    let first = mentions[items[0]].tok_start;
    first > 0 && matches!(tokens[first - 1].norm.as_str(), "and" | "or")
}

/// A verb pattern at `head`.
fn verb_event(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    pi: usize,
    form: VerbForm,
    head: usize,
) -> Option<Event> {
    let p = &ex.lexicon().patterns[pi];
    let hostile = ex
        .lexicon()
        .relation(&p.relation)
        .is_some_and(|r| r.polarity == "conflictual");
    let participle = matches!(form, VerbForm::PastOrParticiple | VerbForm::Participle);
    // Passive: a form of "be" before the participle (over adverbs and negation).
    let mut b = head;
    let mut be = false;
    while b > 0 && head - b < 4 {
        b -= 1;
        let w = tokens[b].norm.as_str();
        if BE_FORMS.has(&tokens[b]) {
            be = true;
            break;
        }
        if !(w.ends_with("ly")
            || matches!(
                w,
                "not"
                    | "never"
                    | "also"
                    | "being"
                    | "reportedly"
                    | "allegedly"
                    | "already"
                    | "recently"
                    | "n't"
            ))
        {
            break;
        }
    }
    let by_follows = tokens.get(head + 1).is_some_and(|t| t.norm == "by");
    if participle && (be || by_follows) {
        // the agent after "by" (within a few tokens)
        let mut agent = None;
        for k in head + 1..(head + 8).min(tokens.len()) {
            if tokens[k].norm == "by" {
                let mut s = k + 1;
                while tokens.get(s).is_some_and(|t| DETERMINERS.has(t)) {
                    s += 1;
                }
                agent = mention_starting_at(mentions, s).filter(|&m| can_be_actor(&mentions[m]));
                break;
            }
            if matches!(tokens[k].norm.as_str(), "," | ";" | "and") {
                break;
            }
        }
        let agent = agent?;
        // Object: the pattern's own words if it has any ("supplied to Ukraine by"), else
        // the surface subject ("Ukraine was attacked by Russia").
        let has_words = p.elems.iter().any(|e| matches!(e, PatternElem::Words(_)));
        let (objects, clause_start) = if has_words {
            let (o, _) = match_elems(tokens, mentions, &p.elems, head + 1, false, hostile)?;
            (o, head)
        } else if be {
            match find_subject(tokens, mentions, b) {
                Some((s, cs, _)) => (s, cs),
                // "Georgian villages were attacked by ...": the target is Georgia's
                None if hostile => {
                    let m = (b.saturating_sub(4)..b).rev().find_map(|k| {
                        mention_ending_at(mentions, k)
                            .filter(|&m| mentions[m].role == MentionRole::Modifier)
                    })?;
                    (vec![m], mentions[m].tok_start)
                }
                None => return None,
            }
        } else {
            // reduced relative: "drones used by Russian troops" - the noun before is the object
            let m = mention_ending_at(mentions, head).filter(|&m| can_be_actor(&mentions[m]))?;
            (vec![m], mentions[m].tok_start)
        };
        let agents = coordinated_right(tokens, mentions, agent);
        return Some(Event {
            pattern: pi,
            subjects: agents,
            objects,
            trigger: (head, head + 1),
            clause_start,
            confidence: 0.8,
        });
    }
    let (objects, end) = match match_elems(tokens, mentions, &p.elems, head + 1, false, hostile) {
        Some(x) if !x.0.is_empty() => x,
        // Fallbacks (a place, a coordinated pair) only for patterns with no words of their own.
        _ if p.elems.iter().any(|e| *e != PatternElem::Object) => return None,
        _ => {
            let symmetric = ex
                .lexicon()
                .relation(&p.relation)
                .is_some_and(|r| r.symmetric);
            // "A and B met (on Monday)" but not "A and B battled militants": the verb must
            // stand without an object of its own
            let intransitive = tokens.get(head + 1).is_none_or(|t| {
                t.kind != TokenKind::Word || PREPOSITIONS.has(t) || is_time_word(&t.norm)
            });
            let pair = symmetric
                && intransitive
                && find_subject(tokens, mentions, head).is_some_and(|(s, _, _)| s.len() >= 2);
            if p.loc_object && !pair {
                (loc_object(tokens, mentions, head)?, head)
            } else if pair {
                // "Russia and Iran signed" / "The US, Russia, and Switzerland met": the pair
                let (subj, cs, malus) = find_subject(tokens, mentions, head)?;
                if subj.len() < 2 || !p.elems.iter().all(|e| *e == PatternElem::Object) {
                    return None;
                }
                return Some(Event {
                    pattern: pi,
                    subjects: vec![subj[0]],
                    objects: subj[1..].to_vec(),
                    trigger: (head, head + 1),
                    clause_start: cs,
                    confidence: 0.8 - malus,
                })
                .map(|mut e| {
                    e.subjects = subj.clone();
                    e.objects = subj.clone();
                    e
                });
            } else {
                return None;
            }
        }
    };
    let (subjects, clause_start, malus) = find_subject(tokens, mentions, head)?;
    if requested(tokens, mentions, clause_start, head) {
        return None;
    }
    // The pattern's own words ("lifted its sanctions on") are part of this trigger.
    let literal_end = (head + 1..end)
        .filter(|&k| {
            !inside_mention(mentions, k)
                && p.elems
                    .iter()
                    .any(|e| matches!(e, PatternElem::Words(ws) if ws.iter().any(|w| *w == tokens[k].norm)))
        })
        .max()
        .map_or(head + 1, |k| k + 1);
    Some(Event {
        pattern: pi,
        subjects,
        objects,
        trigger: (head, literal_end),
        clause_start,
        confidence: 0.85 - malus,
    })
}

fn coordinated_right(tokens: &[Token], mentions: &[Mention], m: usize) -> Vec<usize> {
    let mut out = vec![m];
    let mut end = mentions[m].tok_end;
    while tokens
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "and" | "," | "or"))
    {
        let mut c = end;
        while tokens
            .get(c)
            .is_some_and(|t| matches!(t.norm.as_str(), "and" | "," | "or" | "the"))
        {
            c += 1;
        }
        match mention_starting_at(mentions, c) {
            Some(n) if can_be_actor(&mentions[n]) => {
                out.push(n);
                end = mentions[n].tok_end;
            }
            _ => break,
        }
    }
    out
}

/// "in Zurich", "in Beijing": a place after the verb for patterns that allow it.
fn loc_object(tokens: &[Token], mentions: &[Mention], head: usize) -> Option<Vec<usize>> {
    for k in head + 1..(head + 8).min(tokens.len()) {
        let w = tokens[k].norm.as_str();
        if matches!(w, "in" | "at") {
            let mut s = k + 1;
            while tokens.get(s).is_some_and(|t| DETERMINERS.has(t)) {
                s += 1;
            }
            return mention_starting_at(mentions, s)
                .filter(|&m| {
                    mentions[m].entity.kind == Kind::Country
                        || mentions[m].role == MentionRole::Location
                })
                .map(|m| vec![m]);
        }
        if matches!(w, "," | ";" | "." | "and" | "but") {
            return None;
        }
    }
    None
}

fn is_event_noun(w: &str) -> bool {
    matches!(
        w,
        "talks"
            | "summit"
            | "summits"
            | "meeting"
            | "meetings"
            | "negotiations"
            | "clashes"
            | "consultations"
            | "dialogue"
            | "exercises"
            | "drills"
            | "visit"
    )
}

fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "yesterday"
            | "today"
            | "tonight"
            | "again"
            | "recently"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "earlier"
            | "later"
            | "privately"
            | "secretly"
            | "briefly"
            | "here"
            | "there"
            | "twice"
            | "last"
            | "this"
            | "next"
    )
}

/// "US-backed rebels": the state before the hyphen does the verb to what follows.
fn compound_event(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    pi: usize,
    head: usize,
) -> Option<Event> {
    if head < 2 || tokens[head - 1].norm != "-" {
        return None;
    }
    let agent = mention_ending_at(mentions, head - 1)?;
    let p = &ex.lexicon().patterns[pi];
    if !p.elems.iter().all(|e| *e == PatternElem::Object) {
        return None;
    }
    let (objects, _) = find_object(tokens, mentions, head + 1, false, false)?;
    Some(Event {
        pattern: pi,
        subjects: vec![agent],
        objects,
        trigger: (head, head + 1),
        clause_start: head,
        confidence: 0.7,
    })
}

/// A noun pattern at `head`.
fn noun_event(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    pi: usize,
    head: usize,
) -> Option<Event> {
    let p = &ex.lexicon().patterns[pi];
    let rel = ex.lexicon().relation(&p.relation)?;
    let hostile = rel.polarity == "conflictual";
    // "the alliance between Russia and Iran", "talks between the two sides"
    let mut b = head + 1;
    while tokens
        .get(b)
        .is_some_and(|t| matches!(t.norm.as_str(), "'" | "\""))
    {
        b += 1;
    }
    if tokens
        .get(b)
        .is_some_and(|t| matches!(t.norm.as_str(), "between" | "among"))
    {
        b += 1;
        while tokens.get(b).is_some_and(|t| DETERMINERS.has(t)) {
            b += 1;
        }
        if let Some(a) = mention_starting_at(mentions, b) {
            let am = &mentions[a];
            if !am.also.is_empty() {
                return Some(Event {
                    pattern: pi,
                    subjects: vec![a],
                    objects: vec![a],
                    trigger: (head, head + 1),
                    clause_start: head,
                    confidence: 0.7,
                });
            }
            let objs = coordinated_right(tokens, mentions, a);
            if objs.len() >= 2 && can_be_actor(am) {
                return Some(Event {
                    pattern: pi,
                    subjects: objs.clone(),
                    objects: objs,
                    trigger: (head, head + 1),
                    clause_start: head,
                    confidence: 0.7,
                });
            }
        }
        return None;
    }
    let (objects, end) = match match_elems(tokens, mentions, &p.elems, head + 1, false, hostile) {
        Some(x) if !x.0.is_empty() => x,
        _ if rel.symmetric => (Vec::new(), head + 1),
        _ => return None,
    };
    // "by X" after the object
    if !objects.is_empty() && tokens.get(end).is_some_and(|t| t.norm == "by") {
        let mut s = end + 1;
        while tokens.get(s).is_some_and(|t| DETERMINERS.has(t)) {
            s += 1;
        }
        if let Some(m) = mention_starting_at(mentions, s).filter(|&m| can_be_actor(&mentions[m])) {
            return Some(Event {
                pattern: pi,
                subjects: vec![m],
                objects,
                trigger: (head, head + 1),
                clause_start: head,
                confidence: 0.75,
            });
        }
    }
    // possessor or modifier, over up to three adjectives
    let mut k = head;
    let mut adjs = 0;
    while k > 0 && adjs <= 3 {
        let prev = &tokens[k - 1];
        if prev.norm == "'s" {
            if objects.is_empty() {
                return None;
            }
            let m = mention_ending_at(mentions, k - 1)?;
            if mentions[m].entity.kind == Kind::Location && mentions[m].role != MentionRole::Actor {
                return None;
            }
            return Some(Event {
                pattern: pi,
                subjects: vec![m],
                objects,
                trigger: (head, head + 1),
                clause_start: mentions[m].tok_start,
                confidence: 0.75,
            });
        }
        if let Some(m) = mention_ending_at(mentions, k) {
            let mm = &mentions[m];
            if mm.entity.kind == Kind::Location {
                return None;
            }
            // "US-China talks": both sides. Only for nouns of events that happen ("talks",
            // "summit", "clashes"): a "US-Greek accord" or the "Iran-Iraq war" names a
            // standing state of affairs, not an event of this sentence.
            if mm.tok_start >= 2
                && tokens[mm.tok_start - 1].norm == "-"
                && is_event_noun(&tokens[head].norm)
            {
                if let Some(n) = mention_ending_at(mentions, mm.tok_start - 1) {
                    return Some(Event {
                        pattern: pi,
                        subjects: vec![n, m],
                        objects: vec![n, m],
                        trigger: (head, head + 1),
                        clause_start: head,
                        confidence: 0.7,
                    });
                }
            }
            if objects.is_empty() || mm.tok_start >= 2 && tokens[mm.tok_start - 1].norm == "-" {
                return None;
            }
            return Some(Event {
                pattern: pi,
                subjects: vec![m],
                objects,
                trigger: (head, head + 1),
                clause_start: mm.tok_start,
                confidence: 0.75,
            });
        }
        let w = prev.norm.as_str();
        if is_word(prev) && !prev.capitalized && !PREPOSITIONS.has(prev) && !is_function_token(prev)
            || w == "-"
            || w == "\""
            || w == "'"
        {
            adjs += 1;
            k -= 1;
            continue;
        }
        break;
    }
    // a determiner, then a light verb: "returned from a visit to", "launched an attack on"
    let mut d = k;
    while d > 0 && DETERMINERS.has(&tokens[d - 1]) {
        d -= 1;
    }
    if d < k
        || tokens
            .get(k.wrapping_sub(1))
            .is_some_and(|t| t.norm == "no")
    {
        let mut l = d;
        let mut n = 0;
        while l > 0 && n < 3 && LIGHT_VERBS.has(&tokens[l - 1]) {
            l -= 1;
            n += 1;
        }
        if n > 0 {
            let (subjects, cs, malus) = find_subject(tokens, mentions, l)?;
            if objects.is_empty() {
                // "Brazil and Chile seek to deepen a partnership": the pair, both ways
                return (subjects.len() >= 2).then(|| Event {
                    pattern: pi,
                    subjects: subjects.clone(),
                    objects: subjects,
                    trigger: (head, head + 1),
                    clause_start: cs,
                    confidence: 0.55 - malus,
                });
            }
            return Some(Event {
                pattern: pi,
                subjects,
                objects,
                trigger: (head, head + 1),
                clause_start: cs,
                confidence: 0.6 - malus,
            });
        }
    }
    None
}

/// The modality of an event and a confidence malus for hedges.
/// Whether a negated event is a refusal ("refused to help", "would not provide"): the
/// actor declines to cooperate, which is itself an event (CAMEO 12, PLOVER REJECT).
pub(crate) fn refusal(tokens: &[Token], ev: &Event) -> bool {
    let head = ev.trigger.0;
    let from = ev.clause_start.min(head).max(head.saturating_sub(8));
    let w = &tokens[from..head];
    w.iter().enumerate().any(|(i, t)| {
        matches!(
            t.norm.as_str(),
            "refused"
                | "refuses"
                | "refuse"
                | "declined"
                | "declines"
                | "decline"
                | "won't"
                | "wouldn't"
        ) || matches!(t.norm.as_str(), "would" | "will")
            && w.get(i + 1)
                .is_some_and(|n| n.norm == "not" || n.norm == "never")
    })
}

pub(crate) fn modality(tokens: &[Token], ev: &Event, claim: Option<&Claim>) -> (Modality, f64) {
    let head = ev.trigger.0;
    let from = ev.clause_start.min(head).max(head.saturating_sub(8));
    let window = &tokens[from..head];
    let has = |list: &WordSet| window.iter().any(|t| list.has(t));
    let negated = window
        .iter()
        .any(|t| NEGATIONS.has(t) || t.norm.ends_with("n't"))
        || head > 0 && tokens[head - 1].norm == "no"
        || window
            .windows(2)
            .any(|w| w[0].norm == "short" && w[1].norm == "of");
    if negated {
        return (Modality::Negated, 0.0);
    }
    let reported = claim.is_some();
    let would = window.iter().any(|t| t.norm == "would");
    let hedged_claim = claim.is_some_and(|c| c.hedging && c.verb < head);
    if has(&HEDGES)
        && !(would && reported && !window.iter().any(|t| t.norm != "would" && HEDGES.has(t)))
        || hedged_claim
    {
        return (Modality::Hedged, 0.1);
    }
    if has(&FUTURES)
        || would && reported
        || (head >= 1 && tokens[head - 1].norm == "to" && window.iter().any(|t| FUTURES.has(t)))
    {
        return (Modality::Future, 0.05);
    }
    if reported {
        return (Modality::Reported, 0.0);
    }
    (Modality::Asserted, 0.0)
}
