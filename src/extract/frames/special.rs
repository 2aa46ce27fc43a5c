//! Constructions the verb patterns do not reach: repelled attacks, attack phrases, casualties
//! and their attacker, requests and supplies, and whether a word is used as a noun.

use super::*;

/// "Iraq repelled an Iranian attack", "Kenyan troops fought off an al-Shabab raid": the
/// attack's adjective (or its "by" agent) attacked the subject of the defence.
pub(super) fn repelled_attacks(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    out: &mut Vec<Event>,
) {
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
pub(super) fn attack_phrase(
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
pub(super) fn is_attack_noun(w: &str) -> bool {
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
pub(super) fn casualties(
    ex: &Extractor,
    tokens: &[Token],
    mentions: &[Mention],
    out: &mut Vec<Event>,
) {
    let lex = ex.lexicon();
    let pattern_of = |rel: &str| lex.plain_pattern(rel, Frame::Noun);
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
pub(super) fn request_and_supply(
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
pub(super) fn nominal_context(tokens: &[Token], mentions: &[Mention], i: usize) -> bool {
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
pub(super) fn noun_use(tokens: &[Token], mentions: &[Mention], i: usize, form: VerbForm) -> bool {
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
