//! Clause structure read from the words: prepositions over modifiers, coordinated actors,
//! requests, and the events of verb patterns.

use super::*;

/// Whether the name starting at `b` stands in apposition to a noun inside a phrase: "to
/// the Palestinian Islamic group Hamas", "from its neighbour Greece".
pub(super) fn preposition_over_modifiers(tokens: &[Token], mentions: &[Mention], b: usize) -> bool {
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
pub(super) fn common_noun_subject(tokens: &[Token], mentions: &[Mention], head: usize) -> bool {
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
pub(super) fn requested(tokens: &[Token], mentions: &[Mention], from: usize, head: usize) -> bool {
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
pub(super) fn coordinated_left(tokens: &[Token], mentions: &[Mention], m: usize) -> Vec<usize> {
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

pub(super) fn list_has_and(tokens: &[Token], mentions: &[Mention], items: &[usize]) -> bool {
    let first = mentions[items[0]].tok_start;
    first > 0 && matches!(tokens[first - 1].norm.as_str(), "and" | "or")
}

impl PatternAt<'_> {
    /// A verb pattern at `head`.
    pub(super) fn verb_event(&self, form: VerbForm) -> Option<Event> {
        let (ex, tokens, mentions, pi, head) =
            (self.ex, self.tokens, self.mentions, self.pi, self.head);
        let (p, rel) = self.pattern();
        let hostile = rel.is_some_and(|r| r.polarity == Polarity::Conflictual);
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
                    agent =
                        mention_starting_at(mentions, s).filter(|&m| can_be_actor(&mentions[m]));
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
                let m =
                    mention_ending_at(mentions, head).filter(|&m| can_be_actor(&mentions[m]))?;
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
            _ if p.elems.iter().any(|e| *e != PatternElem::Object) => return self.pair_by_words(),
            _ => {
                let pair = rel.is_some_and(|r| r.symmetric)
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
}

/// Whether the verb at `head` stands without an object of its own: "A and B met (on
/// Monday)", not "A and B battled militants".
pub(super) fn intransitive(tokens: &[Token], head: usize) -> bool {
    tokens
        .get(head + 1)
        .is_none_or(|t| t.kind != TokenKind::Word || PREPOSITIONS.has(t) || is_time_word(&t.norm))
}

/// A pattern's own words before its final preposition and object: "signed ... a deal" of
/// "sign ... deal with O", "joint exercises" of "joint exercises with O", nothing of "talks
/// with O".
pub(super) fn core_words(elems: &[PatternElem]) -> &[PatternElem] {
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

impl PatternAt<'_> {
    /// A symmetric (or `mutual`) verb pattern whose object is missing, with coordinated
    /// subjects: "India and Pakistan exchanged fire", "Armenia and Azerbaijan signed a peace
    /// deal", "Seoul and Tokyo agreed to resume talks". The pattern's words up to its final
    /// preposition ("with O") must be there; a pattern left with no words of its own needs an
    /// intransitive verb. Each subject acts on the others.
    pub(super) fn pair_by_words(&self) -> Option<Event> {
        let (tokens, mentions, pi, head) = (self.tokens, self.mentions, self.pi, self.head);
        let (p, rel) = self.pattern();
        if !(rel.is_some_and(|r| r.symmetric) || p.mutual)
            || p.elems.last() != Some(&PatternElem::Object)
        {
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
}

pub(super) fn coordinated_right(tokens: &[Token], mentions: &[Mention], m: usize) -> Vec<usize> {
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
