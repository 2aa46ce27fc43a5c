//! Event nouns and their actors ("the Russian invasion of Ukraine", "talks between").

use super::*;

/// "in Zurich", "in Beijing": a place after the verb for patterns that allow it.
pub(super) fn loc_object(
    tokens: &[Token],
    mentions: &[Mention],
    head: usize,
) -> Option<Vec<usize>> {
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

pub(super) fn is_event_noun(w: &str) -> bool {
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

pub(super) fn is_time_word(w: &str) -> bool {
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

impl PatternAt<'_> {
    /// "US-backed rebels": the state before the hyphen does the verb to what follows.
    pub(super) fn compound_event(&self) -> Option<Event> {
        let (tokens, mentions, head) = (self.tokens, self.mentions, self.head);
        if head < 2 || tokens[head - 1].norm != "-" {
            return None;
        }
        let agent = mention_ending_at(mentions, head - 1)?;
        let (p, _) = self.pattern();
        if !p.elems.iter().all(|e| *e == PatternElem::Object) {
            return None;
        }
        let (objects, _) = find_object(tokens, mentions, head + 1, false, false, false)?;
        Some(self.event(vec![agent], objects, head, 0.7))
    }

    /// A noun pattern at `head`.
    pub(super) fn noun_event(&self) -> Option<Event> {
        let (ex, tokens, mentions, head) = (self.ex, self.tokens, self.mentions, self.head);
        let (p, rel) = self.pattern();
        let rel = rel?;
        let hostile = rel.polarity == Polarity::Conflictual;
        // "Chilean wine exports to Japan were worth 80 million dollars": trade figures, not
        // an event
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
                    return Some(self.event(vec![a], vec![a], head, 0.7));
                }
                let objs = coordinated_right(tokens, mentions, a);
                if objs.len() >= 2 && can_be_actor(am) {
                    return Some(self.event(objs.clone(), objs, head, 0.7));
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
            if let Some(m) =
                mention_starting_at(mentions, s).filter(|&m| can_be_actor(&mentions[m]))
            {
                return Some(self.event(vec![m], objects, head, 0.75));
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
                if mentions[m].entity.kind == Kind::Location
                    && mentions[m].role != MentionRole::Actor
                {
                    return None;
                }
                return Some(self.event(vec![m], objects, mentions[m].tok_start, 0.75));
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
                        return Some(self.event(vec![n, m], vec![n, m], head, 0.7));
                    }
                }
                if objects.is_empty() || mm.tok_start >= 2 && tokens[mm.tok_start - 1].norm == "-" {
                    return None;
                }
                return Some(self.event(vec![m], objects, mm.tok_start, 0.75));
            }
            let w = prev.norm.as_str();
            if is_word(prev)
                && !prev.capitalized
                && !PREPOSITIONS.has(prev)
                && !is_function_token(prev)
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
                    // (by a verb: two who came "back from a summit" were there together,
                    // and need not have met each other)
                    let by_verb = (l..d).any(|k| !PREPOSITIONS.has(&tokens[k]));
                    return (subjects.len() >= 2 && by_verb)
                        .then(|| self.event(subjects.clone(), subjects, cs, 0.55 - malus));
                }
                return Some(self.event(subjects, objects, cs, 0.6 - malus));
            }
        }
        // A meeting's participant is the clause's subject: "arrived in Moscow for talks with",
        // "said after talks with", "began talks with", "plan to meet ... in talks in Washington".
        // (the words taken for adjectives above may hold it: "began peace talks with")
        let connector = (d.saturating_sub(1)..head)
            .rev()
            .find(|&c| noun_connector(&tokens[c].norm));
        if rel.plover == Some(PloverType::Consult) && !p.loc_object && !objects.is_empty() {
            let c = connector?;
            let (subjects, cs, malus) = clause_subject(ex, tokens, mentions, c, false)?;
            return Some(self.event(subjects, objects, cs, 0.55 - malus));
        }
        None
    }
}

/// Words of direction or neighbourhood before a place: "in northern Iraq".
pub(super) fn is_direction(w: &str) -> bool {
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
pub(super) fn relational_noun(w: &str) -> bool {
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
pub(super) fn trade_figures(tokens: &[Token]) -> bool {
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
pub(super) fn noun_connector(w: &str) -> bool {
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
/// before it ("Trudeau will visit Mexico City next month for talks with Obrador": not
/// Mexico City), but not over an object that is the subject of what follows ("urged Iran
/// to", "accused Iraq of"). Unless `across_comma`, a subject beyond a comma is none.
pub(super) fn clause_subject(
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
