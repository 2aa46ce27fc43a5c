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
                Frame::Noun => {
                    nominal
                        || !has_verb
                        || cands.iter().any(|&(q, f)| {
                            ex.frame_of(q) == Frame::Verb && noun_use(tokens, mentions, i, f)
                        })
                }
                // a base form after a determiner is a noun: "an attack"
                Frame::Verb => {
                    let participle =
                        matches!(form, VerbForm::PastOrParticiple | VerbForm::Participle);
                    let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
                    let after_determiner = (form == VerbForm::Base || participle)
                        && prev.is_some_and(|w| DETERMINERS.contains(&w))
                        || noun_use(tokens, mentions, i, form);
                    // "from occupied land", "Iranian-made", "these heavily protected tankers":
                    // participles used as adjectives
                    let prev2 = i.checked_sub(2).map(|p| tokens[p].norm.as_str());
                    let adjective = participle
                        && (prev.is_some_and(|w| PREPOSITIONS.contains(&w) || w == "-")
                            || prev.is_some_and(|w| w.ends_with("ly"))
                                && prev2.is_some_and(|w| DETERMINERS.contains(&w)));
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
    casualties(ex, tokens, mentions, &mut out);
    repelled_attacks(ex, tokens, mentions, &mut out);
    out
}

/// "Iraq repelled an Iranian attack", "Kenyan troops fought off an al-Shabab raid": the
/// attack's adjective (or its "by" agent) attacked the subject of the defence.
fn repelled_attacks(ex: &Extractor, tokens: &[Token], mentions: &[Mention], out: &mut Vec<Event>) {
    let Some(attack) =
        ex.lexicon().patterns.iter().position(|p| {
            p.relation == "attacks" && p.frame == Frame::Noun && p.subj_kind.is_none()
        })
    else {
        return;
    };
    for i in 0..tokens.len().saturating_sub(2) {
        let w = tokens[i].norm.as_str();
        let particle = matches!(
            (w, tokens[i + 1].norm.as_str()),
            (
                "beat" | "beats" | "beaten" | "fought" | "fight" | "fights" | "fended" | "fend",
                "back" | "off"
            )
        );
        let defence = particle
            || matches!(
                w,
                "repelled"
                    | "repel"
                    | "repels"
                    | "repulsed"
                    | "repulse"
                    | "repulses"
                    | "foiled"
                    | "thwarted"
                    | "withstood"
                    | "blunted"
                    | "resisted"
            );
        if !defence || out.iter().any(|e| e.trigger.0 <= i && i < e.trigger.1) {
            continue;
        }
        let Some((agent_before, n)) = attack_phrase(tokens, mentions, i + 1 + particle as usize)
        else {
            continue;
        };
        // "an attack by Iranian forces"
        let agent_by = (tokens.get(n + 1).is_some_and(|t| t.norm == "by"))
            .then(|| {
                let mut s = n + 2;
                while tokens.get(s).is_some_and(|t| DETERMINERS.has(t)) {
                    s += 1;
                }
                mention_starting_at(mentions, s).filter(|&m| can_be_actor(&mentions[m]))
            })
            .flatten();
        let Some(agent) = agent_by.or(agent_before) else {
            continue;
        };
        let Some((defenders, cs, malus)) = find_subject(tokens, mentions, i) else {
            continue;
        };
        out.push(Event {
            pattern: attack,
            subjects: vec![agent],
            objects: defenders,
            trigger: (n, n + 1),
            clause_start: cs,
            confidence: 0.65 - malus,
        });
    }
}

/// An attack named at `k` (over determiners): its agent's mention, if an adjective or
/// possessor names one ("an Israeli", "Russia's", "a Taliban"; not a city: "a Baghdad
/// rocket attack" was in Baghdad), and the attack noun, over up to three words ("air",
/// "tank").
fn attack_phrase(
    tokens: &[Token],
    mentions: &[Mention],
    mut k: usize,
) -> Option<(Option<usize>, usize)> {
    while tokens.get(k).is_some_and(|t| DETERMINERS.has(t)) {
        k += 1;
    }
    let agent = mention_starting_at(mentions, k).filter(|&m| {
        let mm = &mentions[m];
        mm.entity.kind != Kind::Location
            && mm.entity.kind != Kind::Media
            && mm.role != MentionRole::Location
            && !matches!(mm.via, Via::Alias(crate::lexicon::AliasType::Capital))
    });
    let mut n = agent.map_or(k, |m| mentions[m].tok_end);
    if tokens.get(n).is_some_and(|t| t.norm == "'s") {
        n += 1;
    }
    let mut words = 0;
    while n < tokens.len()
        && words < 3
        && !is_attack_noun(&tokens[n].norm)
        && is_word(&tokens[n])
        && !tokens[n].capitalized
        && !is_function_word(&tokens[n].norm)
    {
        n += 1;
        words += 1;
    }
    tokens
        .get(n)
        .is_some_and(|t| is_attack_noun(&t.norm))
        .then_some((agent, n))
}

/// Nouns of armed attack that name their agent by an adjective or possessor: "an Israeli
/// air strike", "a Taliban ambush", "Russian shelling".
fn is_attack_noun(w: &str) -> bool {
    matches!(
        w,
        "attack"
            | "attacks"
            | "strike"
            | "strikes"
            | "airstrike"
            | "airstrikes"
            | "raid"
            | "raids"
            | "shelling"
            | "bombing"
            | "bombings"
            | "bombardment"
            | "ambush"
            | "fire"
            | "gunfire"
            | "offensive"
            | "assault"
            | "barrage"
            | "incursion"
    )
}

/// "Two Palestinians were killed in an Israeli air strike in Gaza", "five soldiers died in
/// a Taliban ambush", "killed by Russian shelling": the attack's agent (its adjective or
/// possessor) attacks the victims' state, else the place the attack hit.
fn casualties(ex: &Extractor, tokens: &[Token], mentions: &[Mention], out: &mut Vec<Event>) {
    let lex = ex.lexicon();
    let pattern_of = |rel: &str| {
        lex.patterns.iter().position(|p| {
            p.relation == rel
                && p.frame == Frame::Noun
                && p.obj_kind.is_none()
                && p.subj_kind.is_none()
        })
    };
    let (Some(attack), Some(bomb)) = (pattern_of("attacks"), pattern_of("bombs")) else {
        return;
    };
    for i in 1..tokens.len().saturating_sub(2) {
        if !(matches!(
            tokens[i].norm.as_str(),
            "killed" | "wounded" | "injured" | "hurt" | "died"
        ) && matches!(tokens[i + 1].norm.as_str(), "in" | "by"))
        {
            continue;
        }
        if out.iter().any(|e| e.trigger.0 <= i && i < e.trigger.1) {
            continue;
        }
        // the agent: "an Israeli", "Russia's", over up to three words ("tank", "air")
        let Some((Some(agent), n)) = attack_phrase(tokens, mentions, i + 2) else {
            continue;
        };
        // the target: the victims, else the place hit ("in the east of the Gaza Strip")
        let victims = find_subject(tokens, mentions, i)
            .filter(|(v, _, _)| mentions[v[0]].entity.country.is_some());
        let (objects, clause_start, malus) = match victims {
            Some(v) => v,
            None => {
                let place = (n + 1..tokens.len().min(n + 9)).find_map(|k| {
                    mention_starting_at(mentions, k).filter(|&m| {
                        let mm = &mentions[m];
                        matches!(mm.entity.kind, Kind::Country | Kind::Location)
                            && mm.entity.country.is_some()
                            && k > 0
                            && matches!(
                                tokens[k - 1].norm.as_str(),
                                "in" | "on" | "near" | "of" | "the"
                            )
                    })
                });
                let Some(place) = place else {
                    continue;
                };
                (vec![place], i, 0.05)
            }
        };
        let bombing = matches!(
            tokens[n].norm.as_str(),
            "strike"
                | "strikes"
                | "airstrike"
                | "airstrikes"
                | "shelling"
                | "bombing"
                | "bombings"
                | "bombardment"
                | "barrage"
        );
        out.push(Event {
            pattern: if bombing { bomb } else { attack },
            subjects: vec![agent],
            objects,
            trigger: (n, n + 1),
            clause_start,
            confidence: 0.7 - malus,
        });
    }
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

/// Whether a base or third-person form at `i` is used as a noun, as such forms double as
/// nouns: after a preposition ("set on fire", "for talks with"), or, for the "-s" form, a
/// plural noun after a determiner or a common noun ("gas supplies to", "peace talks"),
/// unless that noun ends an actor's mention ("the Iraqi government supports").
fn noun_use(tokens: &[Token], mentions: &[Mention], i: usize, form: VerbForm) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    // "the Iraqi government supports": the mention is the verb's subject
    if mention_ending_at(mentions, i).is_some() {
        return false;
    }
    let w = prev.norm.as_str();
    match form {
        VerbForm::Base => PREPOSITIONS.has(prev) && w != "to",
        VerbForm::Third => {
            PREPOSITIONS.has(prev)
                || DETERMINERS.has(prev) && w != "that"
                || is_word(prev)
                    && !prev.capitalized
                    && !is_function_token(prev)
                    && !w.ends_with("ly")
                    && !NEGATIONS.has(prev)
                    && !RELATIVES.has(prev)
                    && !matches!(
                        w,
                        "also"
                            | "now"
                            | "still"
                            | "again"
                            | "already"
                            | "even"
                            | "only"
                            | "just"
                            | "often"
                            | "then"
                            | "soon"
                            | "both"
                            | "too"
                    )
        }
        // "an emergency cabinet meeting in Athens", "the meeting"
        VerbForm::Ing => {
            DETERMINERS.has(prev) && w != "that"
                || matches!(
                    w,
                    "cabinet"
                        | "emergency"
                        | "summit"
                        | "ministerial"
                        | "bilateral"
                        | "trilateral"
                        | "security"
                        | "council"
                        | "committee"
                        | "board"
                        | "peace"
                        | "border"
                        | "press"
                        | "high-level"
                        | "weekly"
                        | "monthly"
                        | "annual"
                        | "regular"
                        | "private"
                        | "closed-door"
                        | "first"
                        | "second"
                        | "last"
                        | "next"
                        | "'s"
                )
        }
        _ => false,
    }
}

/// Matches the pattern's words after the head; returns the object mentions and the end.
fn match_elems(
    tokens: &[Token],
    mentions: &[Mention],
    elems: &[PatternElem],
    start: usize,
    passive: bool,
    hostile: bool,
    modifier_object: bool,
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
                        // nor a clause of its own: "returned fire, but the men escaped into"
                        if matches!(t.norm.as_str(), ";" | "." | ":" | "--" | "(" | ")")
                            || CLAUSE_OPENERS.contains(&t.norm.as_str())
                            || matches!(
                                t.norm.as_str(),
                                "after" | "before" | "since" | "until" | "as" | "where"
                            )
                            || mention_starting_at(mentions, at - 1).is_some_and(|m| {
                                can_be_actor(&mentions[m])
                                    && !possessive_pronoun(tokens, &mentions[m])
                            })
                        {
                            return None;
                        }
                    }
                    // "discuss the crisis in trade relations with Japan": a preposition after
                    // a noun of relations belongs to that noun, not to the verb
                    if g > 0
                        && at > 0
                        && matches!(rest.first(), Some(PatternElem::Words(ws))
                            if ws.iter().any(|w| matches!(w.as_str(), "with" | "to" | "between")))
                        && relational_noun(&tokens[at - 1].norm)
                    {
                        continue;
                    }
                    if let Some((o, e)) = match_elems(
                        tokens,
                        mentions,
                        rest,
                        at,
                        passive,
                        hostile,
                        modifier_object,
                    ) {
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
                let (obj, end) =
                    find_object(tokens, mentions, j, explicit_prep, hostile, modifier_object)?;
                objects = obj;
                j = end;
            }
        }
        k += 1;
    }
    Some((objects, j))
}

/// A pattern's words and object after its head at `head`.
fn match_after_head(
    tokens: &[Token],
    mentions: &[Mention],
    p: &crate::lexicon::Pattern,
    head: usize,
    hostile: bool,
) -> Option<(Vec<usize>, usize)> {
    match_elems(
        tokens,
        mentions,
        &p.elems,
        head + 1,
        false,
        hostile,
        p.modifier_object,
    )
}

/// The object starting near `j`: an actor after at most a few determiners or adjectives,
/// with the actors coordinated with it.
fn find_object(
    tokens: &[Token],
    mentions: &[Mention],
    j: usize,
    after_prep: bool,
    hostile: bool,
    modifier_object: bool,
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
                // "bombard Ukrainian infrastructure", "an attack on Ukrainian positions",
                // but not "strikes on Russian-held towns": a compound names someone else's
                // "escort Kuwaiti tankers": for some patterns the adjective is the party
                MentionRole::Modifier => {
                    modifier_object
                        || hostile
                            && !maker_compound(tokens, mm)
                            && (!after_prep
                                || matches!(mm.via, Via::Alias(crate::lexicon::AliasType::Demonym))
                                    && tokens.get(mm.tok_end).is_none_or(|t| t.norm != "-"))
                }
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
                && !after_prep_stop(w)
                // "warning the raids violated Georgian sovereignty": a verb after a noun
                // ends the object ("the occupied territories" does not)
                && !(w.ends_with("ed")
                    && k > j
                    && !DETERMINERS.has(&tokens[k - 1])));
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
    let mut skip_object = false;
    while j > 0 && steps < SUBJECT_REACH {
        j -= 1;
        if let Some(m) = mention_ending_at(mentions, j + 1) {
            let mm = &mentions[m];
            // (an object stands after its verb or, as an apposition, after a comma)
            let mut b = mm.tok_start;
            while b > 0 && tokens[b - 1].norm != "that" && DETERMINERS.has(&tokens[b - 1]) {
                b -= 1;
            }
            let after_verb = b.checked_sub(1).is_some_and(|p| {
                let t = &tokens[p];
                t.norm == ","
                    || is_word(t)
                        && !t.capitalized
                        && !is_function_word(&t.norm)
                        && !RELATIVES.has(t)
            });
            if std::mem::take(&mut skip_object) && after_verb {
                j = mm.tok_start;
                if j == 0 {
                    break;
                }
                continue;
            }
            // the word before the mention, over determiners and words of direction: "from
            // the Netherlands", "in southern Turkey"
            let mut b = mm.tok_start;
            while b > 0 && (DETERMINERS.has(&tokens[b - 1]) || is_direction(&tokens[b - 1].norm)) {
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
            }) && mm.tok_end + 4 >= head;
            let in_pp = (prev.is_some_and(|p| PREPOSITIONS.contains(&p))
                && !(prev == Some("of") && prev2.is_some_and(|q| QUANTITY_NOUNS.contains(&q)))
                || preposition_over_modifiers(tokens, mentions, b))
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
        // a dateline ends the search ("WASHINGTON, Sept. 30 -- car bombs killed"), the close
        // of an apposition does not ("the powers—Britain, France, and Italy—conceded")
        let dash = matches!(w, "--" | "—" | "–");
        if matches!(w, ";" | ":" | "(" | ")")
            || CLAUSE_OPENERS.has(&tokens[j])
            || dash && mention_ending_at(mentions, j).is_none()
        {
            return None;
        }
        // "Chirac and Reagan said the institute agreed": the speaker is not the subject
        // (but "the reported attack" is an adjective, "Bongo was quoted as thanking" a
        // passive whose subject is the verb's, and "X claimed to have captured" X's own)
        if ATTRIBUTION.has(&tokens[j])
            && !(j > 0 && (DETERMINERS.has(&tokens[j - 1]) || BE_FORMS.has(&tokens[j - 1])))
            && !w.ends_with("ing")
            && !tokens[j + 1..head.min(j + 4)]
                .iter()
                .any(|t| t.norm == "to")
        {
            return None;
        }
        // "X killed a hostage, Y, and threatened to kill", "will not dismantle its programs
        // or improve ties": the mention before a second verb phrase is the first one's
        // object (when a verb stands before it)
        if matches!(w, "and" | "or" | "but")
            && j > 0
            && tokens.get(j + 1).is_some_and(|t| {
                is_word(t)
                    && !t.capitalized
                    && !is_function_word(&t.norm)
                    && !inside_mention(mentions, j + 1)
            })
        {
            skip_object = true;
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

/// Whether the name starting at `b` stands in apposition to a noun inside a phrase: "to
/// the Palestinian Islamic group Hamas", "from its neighbour Greece".
fn preposition_over_modifiers(tokens: &[Token], mentions: &[Mention], b: usize) -> bool {
    let appositive_head = b.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].norm.as_str(),
            "group"
                | "movement"
                | "organisation"
                | "organization"
                | "party"
                | "faction"
                | "militia"
                | "neighbour"
                | "neighbor"
                | "ally"
                | "rival"
                | "state"
                | "country"
                | "kingdom"
                | "republic"
                | "leader"
                | "network"
                | "regime"
        )
    });
    if !appositive_head
        || mention_starting_at(mentions, b).is_some_and(|m| mentions[m].via == Via::Coreference)
    {
        return false;
    }
    let mut k = b - 1;
    let mut words = 0;
    while k > 0 && words < 4 {
        let t = &tokens[k - 1];
        let w = t.norm.as_str();
        if PREPOSITIONS.has(t) {
            return w != "of";
        }
        if let Some(m) = mention_ending_at(mentions, k) {
            if mentions[m].role != MentionRole::Modifier {
                return false;
            }
            k = mentions[m].tok_start;
            words += 1;
            continue;
        }
        let adjective = is_word(t)
            && !is_function_token(t)
            && !RELATIVES.has(t)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && (!t.capitalized || w.ends_with("ic") || w.ends_with("ian") || w.ends_with("ist"));
        if !(adjective || DETERMINERS.has(t) && w != "that") {
            return false;
        }
        k -= 1;
        words += 1;
    }
    false
}

/// Whether the word right before the verb at `head` is a common noun that is its subject
/// but no actor: "stopping militants firing rockets into Israel", "rebels attacked". The
/// actor further left belongs to another clause.
fn common_noun_subject(tokens: &[Token], mentions: &[Mention], head: usize) -> bool {
    let Some(p) = head.checked_sub(1) else {
        return false;
    };
    let t = &tokens[p];
    let w = t.norm.as_str();
    // "its troops invaded", "Hamas suicide bombers killed": an actor owns the noun
    // ("backed by helicopter gunships stormed": a noun in a phrase is no subject)
    // (over one word that is no verb: "Hamas suicide bombers", not "troops stopped militants")
    let verbal = |k: usize| tokens[k].norm.ends_with("ed") || tokens[k].norm.ends_with("ing");
    let owned = (p.saturating_sub(2)..p).any(|k| {
        (k + 1 == p || !verbal(p - 1))
            && (matches!(tokens[k].norm.as_str(), "its" | "his" | "her" | "their")
                || mention_ending_at(mentions, k + 1).is_some()
                || PREPOSITIONS.has(&tokens[k]))
    });
    !owned
        && is_word(t)
        && !t.capitalized
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ly")
        && !inside_mention(mentions, p)
        && !is_function_token(t)
        && !is_time_word(w)
        && !NEGATIONS.has(t)
        && !RELATIVES.has(t)
        && !ATTRIBUTION.has(t)
        && !HEDGES.has(t)
        && !FUTURES.has(t)
        && !matches!(
            w,
            "always"
                | "perhaps"
                | "themselves"
                | "sides"
                | "nations"
                | "countries"
                | "hours"
                | "days"
                | "weeks"
                | "months"
                | "years"
                | "times"
        )
}

/// Whether the infinitive at `head` is what one actor asks of another ("wants Ankara to
/// strike", "was being pushed by the unions to quit"): a request, not an event.
fn requested(tokens: &[Token], mentions: &[Mention], from: usize, head: usize) -> bool {
    if head == 0 || tokens[head - 1].norm != "to" {
        return false;
    }
    // "invited Arafat to meet": the subject found is the one asked
    if from > 0 && REQUEST_WORDS.has(&tokens[from - 1]) {
        return true;
    }
    let Some(r) =
        (from..head).find(|&k| REQUEST_WORDS.has(&tokens[k]) && !inside_mention(mentions, k))
    else {
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
                // "X, and Y" of two is two clauses ("..., including one soldier, and the
                // minister visited"), unless a list goes on to the left
                let ns = mentions[n].tok_start;
                if conj
                    && comma
                    && out.len() == 1
                    && !(ns >= 2
                        && tokens[ns - 1].norm == ","
                        && mention_ending_at(mentions, ns - 1).is_some())
                {
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
            let (o, _) = match_after_head(tokens, mentions, p, head, hostile)?;
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
    let (objects, end) = match match_after_head(tokens, mentions, p, head, hostile) {
        Some(x) if !x.0.is_empty() => x,
        // A pattern with words of its own: only a pair by its own words ("India and Pakistan
        // exchanged fire", "Armenia and Azerbaijan signed a peace deal").
        _ if p.elems.iter().any(|e| *e != PatternElem::Object) => {
            return pair_by_words(ex, tokens, mentions, pi, head)
        }
        _ => {
            let symmetric = ex
                .lexicon()
                .relation(&p.relation)
                .is_some_and(|r| r.symmetric);
            let pair = symmetric
                && intransitive(tokens, head)
                && find_subject(tokens, mentions, head).is_some_and(|(s, _, _)| s.len() >= 2);
            // the venue stands for the other side only when there is none: "the two premiers
            // will meet in Oslo", not "the envoy met the Kurdish leader in Erbil"
            if p.loc_object && !pair {
                if !intransitive(tokens, head) {
                    return None;
                }
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
    if common_noun_subject(tokens, mentions, head) {
        return None;
    }
    if p.relation == "trades_with" && trade_figures(tokens) {
        return None;
    }
    // "rebuked Russia over the bombings, warning the raids ...": a participle after a comma
    // has the clause's subject, not the object before it
    let adjunct = form == VerbForm::Ing && head > 0 && tokens[head - 1].norm == ",";
    let (subjects, clause_start, malus) = if adjunct {
        clause_subject(ex, tokens, mentions, head, true)?
    } else {
        find_subject(tokens, mentions, head)?
    };
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

/// Whether the verb at `head` stands without an object of its own: "A and B met (on
/// Monday)", not "A and B battled militants".
fn intransitive(tokens: &[Token], head: usize) -> bool {
    tokens
        .get(head + 1)
        .is_none_or(|t| t.kind != TokenKind::Word || PREPOSITIONS.has(t) || is_time_word(&t.norm))
}

/// A pattern's own words before its final preposition and object: "signed ... a deal" of
/// "sign ... deal with O", "joint exercises" of "joint exercises with O", nothing of "talks
/// with O".
fn core_words(elems: &[PatternElem]) -> &[PatternElem] {
    let mut core = match elems {
        [rest @ .., PatternElem::Object] => rest,
        all => all,
    };
    if let [rest @ .., PatternElem::Words(_)] = core {
        core = rest;
    }
    while let [rest @ .., PatternElem::Gap] = core {
        core = rest;
    }
    core
}

/// A symmetric (or `mutual`) verb pattern whose object is missing, with coordinated
/// subjects: "India and Pakistan exchanged fire", "Armenia and Azerbaijan signed a peace
/// deal", "Seoul and Tokyo agreed to resume talks". The pattern's words up to its final
/// preposition ("with O") must be there; a pattern left with no words of its own needs an
/// intransitive verb. Each subject acts on the others.
fn pair_by_words(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    pi: usize,
    head: usize,
) -> Option<Event> {
    let p = &ex.lexicon().patterns[pi];
    let symmetric = ex
        .lexicon()
        .relation(&p.relation)
        .is_some_and(|r| r.symmetric);
    if !(symmetric || p.mutual) || p.elems.last() != Some(&PatternElem::Object) {
        return None;
    }
    let core = core_words(&p.elems);
    let mut end = head + 1;
    if core.iter().any(|e| matches!(e, PatternElem::Words(_))) {
        end = match_elems(tokens, mentions, core, head + 1, true, false, false)?.1;
    } else if !intransitive(tokens, head) {
        return None;
    }
    // "talks with Peking on normalising relations": a gerund's subject is not in reach
    if tokens[head].norm.ends_with("ing") && head > 0 && PREPOSITIONS.has(&tokens[head - 1]) {
        return None;
    }
    let (subj, cs, malus) = find_subject(tokens, mentions, head)?;
    if subj.len() < 2 || requested(tokens, mentions, cs, head) {
        return None;
    }
    Some(Event {
        pattern: pi,
        subjects: subj.clone(),
        objects: subj,
        // the pattern's own words ("signed a deal") trigger nothing more
        trigger: (head, end),
        clause_start: cs,
        confidence: 0.8 - malus,
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
            | "consultation"
            | "negotiation"
            | "contacts"
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
    let (objects, _) = find_object(tokens, mentions, head + 1, false, false, false)?;
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
    // "Danish exports to Canada were worth 106 mln crowns": trade figures, not an event
    if rel.id == "trades_with" && trade_figures(tokens) {
        return None;
    }
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
    let (objects, end) = match match_after_head(tokens, mentions, p, head, hostile) {
        Some(x) if !x.0.is_empty() => x,
        // a symmetric noun may stand without its other side ("the talks"), but its own
        // words must be there ("joint exercises", not "joint trade accord")
        _ if rel.symmetric && {
            let core = core_words(&p.elems);
            core.is_empty()
                || match_elems(tokens, mentions, core, head + 1, true, false, false).is_some()
        } =>
        {
            (Vec::new(), head + 1)
        }
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
    // A meeting's participant is the clause's subject: "arrived in Moscow for talks with",
    // "said after talks with", "began talks with", "plan to meet ... in talks in Washington".
    // (the words taken for adjectives above may hold it: "began peace talks with")
    let connector = (d.saturating_sub(1)..head)
        .rev()
        .find(|&c| noun_connector(&tokens[c].norm));
    if rel.plover.as_deref() == Some("CONSULT") && !p.loc_object && !objects.is_empty() {
        let c = connector?;
        let (subjects, cs, malus) = clause_subject(ex, tokens, mentions, c, false)?;
        return Some(Event {
            pattern: pi,
            subjects,
            objects,
            trigger: (head, head + 1),
            clause_start: cs,
            confidence: 0.55 - malus,
        });
    }
    None
}

/// Words of direction or neighbourhood before a place: "in northern Iraq".
fn is_direction(w: &str) -> bool {
    matches!(
        w,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "north-eastern"
            | "north-western"
            | "south-eastern"
            | "south-western"
            | "neighbouring"
            | "neighboring"
            | "nearby"
            | "war-torn"
    )
}

/// Nouns that take their own "with", "to" or "between" phrase: "relations with Japan".
fn relational_noun(w: &str) -> bool {
    matches!(
        w,
        "relations"
            | "ties"
            | "trade"
            | "cooperation"
            | "dispute"
            | "disputes"
            | "border"
            | "links"
            | "partnership"
            | "friction"
            | "tensions"
            | "tension"
    )
}

/// Whether a sentence reports trade figures: an amount with a word of value or change.
fn trade_figures(tokens: &[Token]) -> bool {
    let amount = tokens.iter().any(|t| {
        t.kind == TokenKind::Number
            || matches!(
                t.norm.as_str(),
                "pct" | "percent" | "%" | "mln" | "million" | "billion" | "bln" | "tonnes" | "tons"
            )
    });
    amount
        && tokens.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "worth"
                    | "totalled"
                    | "totaled"
                    | "totalling"
                    | "totaling"
                    | "rose"
                    | "fell"
                    | "increased"
                    | "decreased"
                    | "declined"
                    | "grew"
                    | "amounted"
                    | "valued"
                    | "surplus"
                    | "deficit"
                    | "down"
                    | "up"
                    | "pct"
                    | "percent"
                    | "%"
            )
        })
}

/// Words after which an event noun's subject is the clause's: "for talks with", "during
/// a visit to", "began talks with".
fn noun_connector(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "after"
            | "during"
            | "in"
            | "at"
            | "into"
            | "following"
            | "began"
            | "begin"
            | "begins"
            | "opened"
            | "opens"
            | "resumed"
            | "resume"
            | "resumes"
            | "concluded"
            | "ended"
            | "interrupted"
            | "completed"
            | "continued"
            | "started"
            | "starts"
            | "start"
            | "begun"
            | "beginning"
            | "starting"
            | "resuming"
            | "open"
    )
}

/// The subject of the clause around position `at`, passing over the objects of verbs
/// before it ("Thatcher will visit Washington next month for talks with Reagan": not
/// Washington), but not over an object that is the subject of what follows ("urged Iran
/// to", "accused Iraq of"). Unless `across_comma`, a subject beyond a comma is none.
fn clause_subject(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    at: usize,
    across_comma: bool,
) -> Option<(Vec<usize>, usize, f64)> {
    // "X said on Thursday after talks with": the speaker takes part
    let mut from = at;
    let mut k = at;
    while k > 0 && at - k < 4 && !inside_mention(mentions, k - 1) {
        k -= 1;
        let w = tokens[k].norm.as_str();
        if ATTRIBUTION.has(&tokens[k]) {
            from = k;
            break;
        }
        if !(is_time_word(w) || matches!(w, "on" | "late" | "early")) {
            break;
        }
    }
    loop {
        let (subj, cs, malus) = find_subject(tokens, mentions, from)?;
        let first = *subj.last()?;
        let m = &mentions[first];
        let head_m = &mentions[subj[0]];
        // "his mission has been accompanied by", "Iran's envoy": a possessor is no subject;
        // "X remains the partner for Israel, in separate calls with": nor is a subject
        // beyond a comma
        if possessive_pronoun(tokens, head_m)
            || tokens.get(head_m.tok_end).is_some_and(|t| t.norm == "'s")
            || !across_comma && tokens[head_m.tok_end..from].iter().any(|t| t.norm == ",")
        {
            return None;
        }
        let mut b = m.tok_start;
        while b > 0 && DETERMINERS.has(&tokens[b - 1]) {
            b -= 1;
        }
        let verb_before = b.checked_sub(1).is_some_and(|p| {
            let w = tokens[p].norm.as_str();
            !tokens[p].capitalized
                && !ATTRIBUTION.has(&tokens[p])
                && (LIGHT_VERBS.has(&tokens[p])
                    || ex.heads_at(w).is_some_and(|c| {
                        c.iter()
                            .any(|&(pi, f)| f != VerbForm::Noun && ex.frame_of(pi) == Frame::Verb)
                    })
                    || matches!(
                        w,
                        "left" | "leave" | "leaves" | "leaving" | "reached" | "entered"
                    ))
        });
        let subject_of_next = tokens
            .get(mentions[subj[0]].tok_end)
            .is_some_and(|t| matches!(t.norm.as_str(), "to" | "of"));
        if !verb_before || subject_of_next {
            return Some((subj, cs, malus + if from < at { 0.05 } else { 0.0 }));
        }
        from = b.checked_sub(1)?;
    }
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
                | "unwilling"
                | "reluctant"
                | "won't"
                | "wouldn't"
        ) || matches!(t.norm.as_str(), "would" | "will")
            && w.get(i + 1)
                .is_some_and(|n| n.norm == "not" || n.norm == "never")
    })
}

/// Whether the clause starting at `start` is denied from outside: "Iran denied (that) it
/// had sent", "Moscow rejected claims that it attacked", "none of the ships were attacked".
fn denied_clause(tokens: &[Token], start: usize) -> bool {
    if start >= 2
        && tokens[start - 1].norm == "of"
        && matches!(tokens[start - 2].norm.as_str(), "none" | "neither")
    {
        return true;
    }
    let mut k = start;
    while k > 0 && start - k < 5 {
        k -= 1;
        let w = tokens[k].norm.as_str();
        if matches!(
            w,
            "that"
                | "the"
                | "any"
                | "claims"
                | "claim"
                | "reports"
                | "report"
                | "allegations"
                | "allegation"
                | "accusations"
                | "accusation"
                | "charges"
                | "suggestions"
                | "speculation"
                | "rumours"
                | "rumors"
        ) {
            continue;
        }
        return matches!(
            w,
            "denied"
                | "denies"
                | "deny"
                | "denying"
                | "dismissed"
                | "dismisses"
                | "rejected"
                | "rejects"
                | "refuted"
                | "refutes"
                | "disputed"
                | "disputes"
        );
    }
    false
}

/// Whether an event is what its subject threatens to do: "Russia threatened to cut gas
/// supplies to Moldova" is a threat against Moldova, not (yet) a cut.
pub(crate) fn threatened(tokens: &[Token], ev: &Event) -> bool {
    let head = ev.trigger.0;
    if head < 2 || tokens[head - 1].norm != "to" {
        return false;
    }
    let is_threat = |w: &str| {
        matches!(
            w,
            "threaten" | "threatens" | "threatened" | "threatening" | "threat" | "threats"
        )
    };
    let w = tokens[head - 2].norm.as_str();
    is_threat(w)
        || head >= 3
            && (w.ends_with("ly") || matches!(w, "again" | "also" | "now"))
            && is_threat(&tokens[head - 3].norm)
}

/// The CAMEO code of a threat to do what `relation` names.
pub(crate) fn threat_code(relation: &str, plover: Option<&str>) -> &'static str {
    match (relation, plover) {
        ("blockades", _) => "1381",
        ("occupies", _) => "1382",
        ("invades" | "attacks" | "bombs", _) => "1384",
        (_, Some("ASSAULT")) => "138",
        ("sanctions", _) => "1312",
        ("cuts_aid_to", _) => "1311",
        ("reduces_relations_with" | "expels", _) => "1313",
        (_, Some("COERCE" | "SANCTION")) => "131",
        _ => "130",
    }
}

pub(crate) fn modality(tokens: &[Token], ev: &Event, claim: Option<&Claim>) -> (Modality, f64) {
    modality_in(tokens, ev, claim, &[])
}

/// [`modality`], reading only the words before the trigger that `outside` does not mark:
/// the tree marks those of clauses embedded between the subject and its verb ("Weizman,
/// weighing a possible meeting, consulted ..." is no possible consultation).
pub(crate) fn modality_in(
    tokens: &[Token],
    ev: &Event,
    claim: Option<&Claim>,
    outside: &[bool],
) -> (Modality, f64) {
    let head = ev.trigger.0;
    let from = ev.clause_start.min(head).max(head.saturating_sub(8));
    let kept: Vec<Token>;
    let window: &[Token] = if outside[from.min(outside.len())..head.min(outside.len())]
        .iter()
        .any(|&o| o)
    {
        kept = (from..head)
            .filter(|&k| !outside.get(k).copied().unwrap_or(false))
            .map(|k| tokens[k].clone())
            .collect();
        &kept
    } else {
        &tokens[from..head]
    };
    let has = |list: &WordSet| window.iter().any(|t| list.has(t));
    let negated = window
        .iter()
        .any(|t| NEGATIONS.has(t) || t.norm.ends_with("n't"))
        || denied_clause(tokens, ev.clause_start.min(head))
        || head > 0 && tokens[head - 1].norm == "no"
        || window
            .windows(2)
            .any(|w| w[0].norm == "short" && w[1].norm == "of");
    // "if Britain refuses to withdraw": a condition, not a fact, nor a denial
    let cs = ev.clause_start.min(head);
    let conditional = (cs.saturating_sub(2)..cs).any(|k| {
        matches!(tokens[k].norm.as_str(), "if" | "unless")
            && tokens[k + 1..cs].iter().all(|t| DETERMINERS.has(t))
    });
    if conditional {
        return (Modality::Hedged, 0.1);
    }
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

/// "Russian-made", "U.S.-backed", "Moscow-based": a state's compound that names the maker,
/// backer or home of a thing, not who is acted on when the thing is ("seized a
/// Russian-made rifle"); an owner or flag is ("a Greek-owned tanker").
fn maker_compound(tokens: &[Token], m: &Mention) -> bool {
    tokens.get(m.tok_end).is_some_and(|t| t.norm == "-")
        && tokens
            .get(m.tok_end + 1)
            .is_some_and(|t| !matches!(t.norm.as_str(), "owned" | "flagged" | "registered"))
}
