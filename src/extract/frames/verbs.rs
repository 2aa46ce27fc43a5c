//! Verb patterns matched over the words: the pattern's elements, its object and its subject.

use super::*;

/// Matches the pattern's words after the head; returns the object mentions and the end.
pub(super) fn match_elems(
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
pub(super) fn match_after_head(
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
pub(super) fn find_object(
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

pub(super) fn after_prep_stop(w: &str) -> bool {
    matches!(w, "who" | "which" | "that" | "and" | "or" | "but" | "to")
}

/// The subject of a verb at `head`: the nearest actor to the left in the same clause.
/// Returns the mentions (with coordinated ones), the clause start and a confidence malus.
pub(super) fn find_subject(
    tokens: &[Token],
    mentions: &[Mention],
    head: usize,
) -> Option<(Vec<usize>, usize, f64)> {
    // "X, who met Y in Berlin, praised Z", "X, speaking after talks with Y, praised Z": an
    // aside closed by a comma right before the verb is not its subject's place
    let mut j = aside_before(tokens, head).unwrap_or(head);
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

/// The opening comma of an aside that a comma right before the verb at `head` closes: a
/// relative clause ("who met ...", "which ..."), a participle ("speaking to ...") or a
/// prepositional phrase ("after talks with ..."), opened by a comma after a word.
fn aside_before(tokens: &[Token], head: usize) -> Option<usize> {
    let close = head.checked_sub(1)?;
    if tokens[close].norm != "," {
        return None;
    }
    let mut k = close;
    while k > 0 && close - k < 30 {
        k -= 1;
        let t = &tokens[k];
        match t.norm.as_str() {
            ";" | ":" | "(" | ")" | "\"" | "--" | "—" | "–" => return None,
            "," => {
                let next = tokens.get(k + 1)?;
                let opens = (RELATIVES.has(next) && next.norm != "that")
                    || PREPOSITIONS.has(next)
                    || (next.norm.ends_with("ing") && !next.capitalized && next.norm.len() > 5);
                return (opens && k > 0 && is_word(&tokens[k - 1])).then_some(k);
            }
            _ => {}
        }
    }
    None
}
