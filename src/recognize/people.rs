//! People from titles ("Iran's President ...", "Jane Roe, secretary of ..."), and short names of
//! people met earlier in the article; people named by what they are, not an office, are
//! in [`super::roles`].

use super::discourse::{Discourse, Sentence};
use super::heads::{state_at_the_head, state_of_the_dateline, state_the_rebels_fight_in};
use super::names::{name_at, name_start_before, replace_span, span_text};
use super::words::{is_function_token, NOT_NAMES, TITLE_PREFIXES};
use super::{roles, Mention, MentionRole, Via};
use crate::lexicon::{DateKey, Lexicon, Title, TitleKind, WordTags};
use crate::model::{EntityRef, Kind};
use crate::shared::slug::slug;
use crate::text::{Token, TokenKind};

/// Whether a title starts at token `i` ("army chief" is a title, not the army).
/// How a title is qualified by the word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleTime {
    /// The office as it is: "President", "Foreign Minister".
    Current,
    /// A past holder: "former", "ex-", "ousted", "deposed".
    Past,
    /// A lesser office under it: "Vice-President", "Deputy Prime Minister".
    Under,
}

/// The first title within tokens `start..end` (a titled person's mention), and how the word
/// before it qualifies it.
pub fn title_within<'a>(
    tokens: &[Token],
    start: usize,
    end: usize,
    lex: &'a Lexicon,
) -> Option<(&'a Title, TitleTime)> {
    (start..end).find_map(|i| {
        title_at(tokens, i, lex).map(|(_, t)| {
            // the word before the title, over a dash, over the state it is of and the words
            // of the mention's phrase ("former Israeli Prime Minister", "the ex-U.S. envoy",
            // "former Japanese trade envoy")
            let qualifier = |w: &str| match w {
                "former" | "ex" | "ousted" | "deposed" | "late" => Some(TitleTime::Past),
                "vice" | "deputy" | "assistant" | "under" => Some(TitleTime::Under),
                _ => None,
            };
            let mut k = i;
            while k > 0 && i - k < 4 {
                let t = &tokens[k - 1];
                let over = t.norm == "-"
                    || t.norm == "'s"
                    || t.capitalized && qualifier(&t.norm).is_none()
                    || k > start
                        && t.kind == TokenKind::Word
                        && !is_function_token(t)
                        && qualifier(&t.norm).is_none();
                if !over {
                    break;
                }
                k -= 1;
            }
            let time = k
                .checked_sub(1)
                .and_then(|p| qualifier(&tokens[p].norm))
                .unwrap_or(TitleTime::Current);
            (t, time)
        })
    })
}

pub fn title_starts_at(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    match title_at(tokens, i, lex) {
        // a descriptor marks a person only when it names one: "a Russian soldier" is the
        // army's, "Russian soldier Jane Roe" a person
        Some((end, t)) if t.kind == TitleKind::Descriptor => {
            let k = if tokens.get(end).is_some_and(|t| t.norm == ",") {
                end + 1
            } else {
                end
            };
            tokens[k.min(tokens.len())..]
                .iter()
                .take(2)
                .filter(|t| t.kind == TokenKind::Word && t.capitalized && !NOT_NAMES.has(t))
                .count()
                == 2
        }
        found => found.is_some(),
    }
}

/// The longest title starting at token `i`, with its end.
pub(super) fn title_at<'a>(
    tokens: &[Token],
    i: usize,
    lex: &'a Lexicon,
) -> Option<(usize, &'a Title)> {
    let mut best: Option<(usize, &Title)> = None;
    let first = tokens.get(i)?;
    for t in lex
        .title_index
        .get(first.norm.as_str())?
        .iter()
        .map(|&k| &lex.titles[k])
    {
        let n = t.tokens.len();
        if n == 0 || i + n > tokens.len() {
            continue;
        }
        if tokens[i..i + n]
            .iter()
            .zip(&t.tokens)
            .all(|(a, b)| a.norm == *b)
            && best.is_none_or(|(e, _)| i + n > e)
        {
            best = Some((i + n, t));
        }
    }
    best
}

/// Finds people introduced by titles and records their affiliation.
pub(super) fn titled_people(s: &Sentence, tags: &[WordTags], mentions: &mut Vec<Mention>) {
    let Sentence {
        text,
        tokens,
        lex,
        discourse,
        ..
    } = *s;
    let mut i = 0;
    while i < tokens.len() {
        // prefix words ("Deputy", "former") then a title
        let mut ts = i;
        while ts < tokens.len() && TITLE_PREFIXES.has(&tokens[ts]) {
            ts += 1;
        }
        // (no title starts with most words)
        let mut found = tags
            .get(ts)
            .is_some_and(|t| t.any(WordTags::TITLE_START))
            .then(|| title_at(tokens, ts, lex))
            .flatten()
            .or_else(|| {
                (tokens.get(ts).is_some_and(|t| t.norm == "counterpart"))
                    .then(|| (ts + 1, &COUNTERPART))
            });
        // a prefix that is a title by itself, before a name or a hyphen: "the rebel chief
        // Jane Roe", "rebel chief-of-staff Jane Roe" (not "vice": a "vice-president" is
        // read at "president", as under it)
        if found.is_none()
            && ts > i
            && tokens
                .get(ts)
                .is_some_and(|t| t.capitalized || t.norm == "-")
            && title_at(&tokens[ts - 1..ts], 0, lex).is_some()
        {
            ts -= 1;
            found = title_at(tokens, ts, lex);
        }
        let Some((te, title)) = found else {
            i += 1;
            continue;
        };
        // A title inside a longer non-person mention is part of that name ("Secretary-General"
        // of an organisation's name, the "General" of the General Agreement on Tariffs and
        // Trade): skip.
        // (a descriptor inside a generic actor may still name a person in apposition:
        // "Jane Roe, a U.S. diplomat")
        if mentions.iter().any(|m| {
            m.tok_start <= i
                && te <= m.tok_end
                && (m.tok_start < i || m.tok_end > te)
                && m.entity.kind != Kind::Person
                && !(title.kind == TitleKind::Descriptor && m.via == Via::Agent)
        }) {
            i = te;
            continue;
        }
        // a descriptor is a common noun: "the National Unity Party" is no national
        let capital_descriptor = title.kind == TitleKind::Descriptor
            && ts > 0
            && tokens[ts..te].iter().any(|t| t.capitalized);
        if capital_descriptor {
            i = te;
            continue;
        }
        if title.kind == TitleKind::Descriptor {
            match roles::described_person(text, tokens, discourse, mentions, ts, te) {
                Some((start, end, person)) => {
                    replace_span(mentions, Mention::actor(start, end, person, Via::Role));
                    i = end.max(te);
                }
                None => i = te,
            }
            continue;
        }
        let (span_start, span_end, person, office, against) =
            build_person(s, mentions, i, te, title);
        let Some(person) = person else {
            i = te;
            continue;
        };
        // the rebel chief of a state holds no office of it, nor does one a longer title
        // gives a state: named by what he is
        let via = if against { Via::Role } else { Via::Title };
        let mention = Mention::actor(span_start, span_end, person, via);
        replace_span(mentions, Mention { office, ..mention });
        i = span_end.max(te);
    }
}

static COUNTERPART: Title = Title {
    role: String::new(),
    tokens: Vec::new(),
    kind: TitleKind::Office,
};

fn build_person(
    s: &Sentence,
    mentions: &[Mention],
    ts: usize,
    te: usize,
    title: &Title,
) -> (
    usize,
    usize,
    Option<EntityRef>,
    Option<(String, EntityRef)>,
    bool,
) {
    let Sentence {
        text,
        tokens,
        lex,
        date,
        discourse,
    } = *s;
    let role = if title.role.is_empty() {
        "counterpart".to_string()
    } else {
        title.role.clone()
    };
    let mut start = ts;
    let mut end = te;
    let mut aff: Option<EntityRef> = None;
    let affiliation_ok = |m: &Mention| {
        matches!(
            m.entity.kind,
            Kind::Country | Kind::Organization | Kind::Group
        ) || m.entity.kind == Kind::Location && m.entity.country.is_some()
    };
    // Left: "Iran's President", "Iranian President", "State Department Spokesperson"
    if ts >= 1 && tokens[ts - 1].norm == "'s" {
        if let Some(m) = mentions
            .iter()
            .find(|m| m.tok_end == ts - 1 && affiliation_ok(m))
        {
            aff = Some(m.entity.clone());
            start = m.tok_start;
        }
    } else if let Some(m) = mentions
        .iter()
        .find(|m| m.tok_end == ts && affiliation_ok(m))
    {
        aff = Some(m.entity.clone());
        start = m.tok_start;
    }
    // "the Chechen rebel chief", "Colombian rebel leader": the state of those who fight in
    // it (a region's, its state's) is the person's, but the office is not the state's
    let mut fights_in: Option<String> = None;
    if aff.is_none() {
        if let Some((m, at)) = state_of_those_against(tokens, mentions, ts) {
            fights_in = m.entity.country.clone();
            start = at;
        } else {
            // "rebel chief-of-staff Jane Roe" with no adjective: the state of the region or
            // the rebels the sentence names, else of the rebels the article named
            fights_in = (title.kind != TitleKind::Honorific)
                .then(|| state_the_rebels_fight_in(s, mentions, ts))
                .flatten();
        }
    }
    // "the French farm minister", "U.S. Senate Intelligence Committee chairman": a state or
    // a body of one at the head of a longer phrase the title ends (for a named holder only,
    // below)
    let headed = if aff.is_none() && fights_in.is_none() && title.kind != TitleKind::Honorific {
        state_at_the_head(text, tokens, mentions, ts)
    } else {
        None
    };
    // Right: "President of Iran", "head of Ukraine's defense intelligence directorate"
    if aff.is_none()
        && tokens
            .get(te)
            .is_some_and(|t| t.norm == "of" || t.norm == "for")
    {
        let mut k = te + 1;
        if tokens.get(k).is_some_and(|t| t.norm == "the") {
            k += 1;
        }
        // over an adjective or two: "mayor of the northern West Bank city of ..."
        let mut adj = 0;
        while adj < 2
            && tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.capitalized && !is_function_token(t)
            })
            && !mentions.iter().any(|m| m.tok_start == k)
        {
            k += 1;
            adj += 1;
        }
        if let Some(m) = mentions
            .iter()
            .find(|m| m.tok_start == k && affiliation_ok(m))
            // "director of American Studies": an adjective of a longer name is no state
            .filter(|m| {
                m.role != MentionRole::Modifier
                    || !tokens.get(m.tok_end).is_some_and(|t| t.capitalized)
            })
        {
            aff = Some(m.entity.clone());
            end = m.tok_end;
            // "Ukraine's defense intelligence directorate": the rest of the noun phrase
            if tokens.get(end).is_some_and(|t| t.norm == "'s") {
                end += 1;
                while end < tokens.len()
                    && tokens[end].kind == TokenKind::Word
                    && !is_function_token(&tokens[end])
                    && !tokens[end].capitalized_name_start(text)
                {
                    end += 1;
                }
            }
        }
    }
    // Name after the title (optionally after a comma): "President Ebrahim Raisi", "The British
    // Prime Minister, Neville Chamberlain,"
    let mut name: Option<(usize, usize)> = None;
    let mut k = end;
    // "the spokesman, Jane Roe,", "its ambassador to Kuwait, Jane Roe,": a determined title
    // names the person in apposition after it, over the place it is posted to; so does a
    // title whose state stands before it ("Peru's ambassador in Quito, Jane Roe,", "the
    // Peruvian envoy to Chile, Jane Roe,")
    let determined = start.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].norm.as_str(),
            "the" | "its" | "his" | "her" | "their" | "'s"
        )
    });
    if end == te
        && tokens
            .get(k)
            .is_some_and(|t| t.norm == "to" || t.norm == "in")
    {
        if let Some(m) = mentions.iter().find(|m| m.tok_start == k + 1) {
            if tokens.get(m.tok_end).is_some_and(|t| t.norm == ",") {
                k = m.tok_end;
            }
        }
    }
    let mut after_comma = false;
    if tokens.get(k).is_some_and(|t| t.norm == ",")
        && (aff.is_some() && end == te || determined && aff.is_none())
    {
        k += 1;
        after_comma = true;
    }
    let closes = |at: usize| {
        tokens
            .get(at)
            .is_none_or(|t| t.kind == TokenKind::Punct || crate::text::words::ATTRIBUTION.has(t))
    };
    // (over the state the person is of: "the council's president, Jane Roe of Ruritania,")
    let of_a_state = |ne: usize| {
        tokens.get(ne).is_some_and(|t| t.norm == "of")
            && mentions
                .iter()
                .find(|m| m.tok_start == ne + 1 && m.entity.kind == Kind::Country)
                .is_some_and(|m| closes(m.tok_end))
    };
    let name_after = name_at(text, tokens, k, mentions).filter(|&ne| {
        // an apposition ends: "the spokesman, Jane Roe, said"
        !after_comma || aff.is_some() || closes(ne) || of_a_state(ne)
    });
    if let Some(ne) = name_after {
        name = Some((k, ne));
        end = ne;
        // "Queen Rania of Jordan", "King Hussein of Jordan": the state after the name
        // (after an apposition's title it is only where the person is from, see
        // [`of_their_state`]: "the council's president, Jane Roe of Ruritania,")
        // (over "the": "Queen Jane of the Netherlands")
        if aff.is_none() && !after_comma && tokens.get(ne).is_some_and(|t| t.norm == "of") {
            let at = ne + 1 + usize::from(tokens.get(ne + 1).is_some_and(|t| t.norm == "the"));
            if let Some(m) = mentions
                .iter()
                .find(|m| m.tok_start == at && m.entity.kind == Kind::Country)
            {
                aff = Some(m.entity.clone());
                end = m.tok_end;
            }
        }
    }
    // Name before an appositive title: "Nikolai Patrushev, secretary of Russia's Security Council"
    // and "John Whitehead, a US deputy secretary of state"
    let mut lead = start;
    while lead > 0 && matches!(tokens[lead - 1].norm.as_str(), "a" | "an" | "the") {
        lead -= 1;
    }
    let before_apposition = start;
    if let Some((m, _)) = headed.filter(|_| name.is_none()) {
        // "Jane Roe, the French farm minister,"
        lead = m.tok_start;
        while lead > 0 && matches!(tokens[lead - 1].norm.as_str(), "a" | "an" | "the") {
            lead -= 1;
        }
    }
    if name.is_none() && lead >= 2 && tokens[lead - 1].norm == "," {
        let c = lead - 1;
        // (not a known person of another state: "Before meeting with Macron, the Saudi
        // crown prince paid a call", where the comma closes a phrase set before the clause)
        let other_state = |m: &Mention| {
            let theirs = m.entity.country.as_deref();
            let title = aff.as_ref().and_then(|a| a.country.as_deref());
            theirs.is_some() && title.is_some() && theirs != title
        };
        if let Some(m) = mentions
            .iter()
            .find(|m| m.tok_end == c && m.entity.kind == Kind::Person)
        {
            if !other_state(m) {
                name = Some((m.tok_start, m.tok_end));
                start = m.tok_start;
            }
        } else {
            let s = name_start_before(tokens, c);
            if s < c
                && !mentions
                    .iter()
                    .any(|m| m.tok_start < c && m.tok_end > s && m.entity.kind != Kind::Person)
            {
                name = Some((s, c));
                start = s;
            }
        }
        // The appositive title must carry an affiliation to be worth it, or name someone
        // by a full name: "Jane Roe, chairman of the Electronic Makers Association"
        let full_name = name.is_some_and(|(ns, ne)| {
            tokens[ns..ne]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && t.capitalized)
                .count()
                >= 2
        });
        if aff.is_none() && headed.is_none() && !full_name {
            name = None;
            start = before_apposition;
        }
    }
    // Resolve the person.
    let mut person: Option<EntityRef> = None;
    if let Some((ns, ne)) = name {
        if let Some(m) = mentions
            .iter()
            // a lexicon person overlapping the name ("Emir Tamim" within "Emir Tamim bin Hamad")
            .find(|m| m.tok_start < ne && m.tok_end > ns && m.entity.kind == Kind::Person)
        {
            person = Some(m.entity.clone());
        } else {
            let name_text = span_text(text, tokens, ns, ne);
            let s = slug(&name_text);
            // a short name of someone met before in the article is that person
            if let Some(p) = discourse.person_by_name(&name_text) {
                person = Some(p);
            } else if let Some(p) = (ne == ns + 1)
                .then(|| {
                    holder_by_surname(lex, &role, &tokens[ns].norm, date).or_else(|| {
                        super::royal_roles::holder_by_given_name(lex, &role, &tokens[ns].norm, date)
                    })
                })
                .flatten()
                .or_else(|| {
                    // (a surname of two or three words, "President Dos Santos", or given
                    // names, "Pope John Paul")
                    let words: Vec<&str> = tokens[ns..ne].iter().map(|t| t.norm.as_str()).collect();
                    (2..=3)
                        .contains(&words.len())
                        .then(|| {
                            let words = words.join(" ");
                            holder_by_surname(lex, &role, &words, date).or_else(|| {
                                super::royal_roles::holder_by_given_name(lex, &role, &words, date)
                            })
                        })
                        .flatten()
                })
            {
                // "President Bush" in 2008: the president of that name
                person = Some(p);
            } else if !s.is_empty() {
                person = Some(EntityRef {
                    id: format!("person:{s}"),
                    name: name_text,
                    kind: Kind::Person,
                    country: None,
                });
            }
        }
    } else if let Some(a) = &aff {
        // "Iran's president" on the article's date: the holder, else the office itself.
        // (A body of the state stands for the state here; a people's group does not: "a
        // Syrian opposition leader" is not Syria's leader.)
        let of = a
            .country
            .as_ref()
            .filter(|_| a.kind != Kind::Country && !a.id.starts_with("group:"))
            .map(|c| format!("country:{c}"))
            .unwrap_or_else(|| a.id.clone());
        let roles: &[&str] = if matches!(role.as_str(), "leader" | "head_of_state" | "head") {
            &[
                "president",
                "general_secretary",
                "supreme_leader",
                "prime_minister",
                "king",
                "chancellor",
                "emir",
                "leader",
            ]
        } else if role == "queen" {
            // "the Jordanian queen" is the king's wife
            &["queen_consort"]
        } else {
            &[]
        };
        // only offices one person holds at a time name a person ("Iran's president");
        // "a US envoy" or "an Iraqi minister" does not
        // "the deputy secretary of state" is not the secretary of state
        let demoted = matches!(
            tokens[ts].norm.as_str(),
            "deputy" | "vice" | "acting" | "former" | "assistant" | "interim" | "outgoing" | "then"
        );
        let unique = is_unique_office(&role) && !demoted;
        // An undated text names today's holder only if it names them somewhere: "Taiwan's
        // leader" in an undated 2004 story is not today's. Else the office stands for them.
        let holder = |role: &str, of: &str| {
            lex.role_holder(role, of, date).filter(|e| {
                date.is_some() || e.name.rsplit(' ').next().is_some_and(|n| text.contains(n))
            })
        };
        person = unique
            .then(|| holder(&role, &a.id))
            .flatten()
            .or_else(|| unique.then(|| holder(&role, &of)).flatten())
            .or_else(|| roles.iter().find_map(|r| holder(r, &of)))
            .map(|e| e.to_ref())
            .or_else(|| {
                (title.kind == TitleKind::Office).then(|| EntityRef {
                    id: format!(
                        "office:{}:{}",
                        a.id.rsplit(':').next().unwrap_or_default().to_lowercase(),
                        role
                    ),
                    name: span_text(text, tokens, start, te),
                    kind: Kind::Person,
                    country: a.country.clone(),
                })
            });
    }
    let Some(mut p) = person else {
        return (ts, te, None, None, false);
    };
    // the head's state is the state of the person the title names, if the lexicon gives
    // them none; the words between join the mention, the head's own mention stays
    // ("Azerbaijani" is an adjective still, for the parser)
    // (a state at the head of a longer title gives the state, not an office of it: "the U.S.
    // civil rights leader", "the Chechen separatist military leader" hold none; nor does
    // the apposition the head let in, to one the lexicon gives a state: "Jane Roe, the U.S.
    // civil rights leader")
    let apposition = name.is_some_and(|(ns, _)| ns < ts);
    let headed = headed.filter(|_| name.is_some() && (p.country.is_none() || apposition));
    let headed_by_a_state =
        headed.is_some_and(|(m, _)| !matches!(m.entity.kind, Kind::Organization | Kind::Group));
    let headed = headed.filter(|_| p.country.is_none());
    if let Some((_, words)) = headed {
        start = start.min(words);
    }
    // a queen who is the king's wife holds no throne: "Queen Rania of Jordan"
    let role = match (role.as_str(), lex.by_id.get(&p.id)) {
        ("queen", Some(&pi)) if lex.roles_of(pi, date).any(|r| r.role == "queen_consort") => {
            "queen_consort".to_string()
        }
        _ => role,
    };
    let against = fights_in.is_some() && aff.is_none() || headed_by_a_state;
    if p.country.is_none() {
        p.country = aff
            .as_ref()
            .and_then(|a| a.country.clone())
            .or(fights_in)
            .or_else(|| headed.and_then(|(m, _)| m.entity.country.clone()));
    }
    // "SANTIAGO - ... Foreign Minister Jane Roe": the dateline's state
    if p.country.is_none()
        && aff.is_none()
        && !against
        && title.kind == TitleKind::Office
        && !lex.by_id.contains_key(&p.id)
    {
        p.country = state_of_the_dateline(text, lex, &role, is_unique_office(&role), &p.id, date);
    }
    // (a body's or a party's office is the body's: "LDP executive council chairman" is no
    // officer of Japan; a state's, as an affiliation's, is left to the state the person has)
    let body = headed
        .map(|(m, _)| &m.entity)
        .filter(|e| matches!(e.kind, Kind::Organization | Kind::Group));
    let office = aff.or_else(|| body.cloned()).map(|a| (role, a));
    (start, end, Some(p), office, against)
}

/// Words of those who fight or stand against a state ("rebel", "separatist"): before a
/// title, its holder is no officer of the state named before them.
pub(super) const AGAINST: &[&str] = &[
    "rebel",
    "rebels",
    "insurgent",
    "separatist",
    "separatists",
    "guerrilla",
    "guerrillas",
    "militant",
    "militants",
    "opposition",
    "dissident",
];

/// The state's or region's adjective before a title over words of those against it ("the
/// Chechen rebel chief", "Colombian guerrilla commander", "Syrian opposition leader"), with
/// where it starts: the title's holder is of the state the adjective names (a region's
/// state, where the lexicon gives the region one), no officer of it.
pub(super) fn state_of_those_against<'m>(
    tokens: &[Token],
    mentions: &'m [Mention],
    ts: usize,
) -> Option<(&'m Mention, usize)> {
    let mut k = ts;
    let mut against = false;
    while k > 0 && ts - k < 2 && AGAINST.contains(&tokens[k - 1].norm.as_str()) {
        k -= 1;
        against = true;
    }
    if !against {
        return None;
    }
    let m = mentions.iter().find(|m| m.tok_end == k)?;
    let adjective = matches!(m.via, Via::Alias(crate::lexicon::AliasType::Demonym))
        && matches!(m.entity.kind, Kind::Country | Kind::Location)
        && m.entity.country.is_some();
    adjective.then_some((m, m.tok_start))
}

/// A person named with the state they are from after the name ("Jane Roe of Ruritania
/// said", "the council's president, Jane Roe of Ruritania,"): the state is theirs, when
/// nothing else gave them one, and the words join their mention. Only a state's own name
/// counts, not a capital's ("Jane Roe of Vienna" may be from the city alone) nor a body
/// ("Jane Roe of the Green Party"); a state before "'s" owns what follows ("Jane Roe of
/// Ruritania's party") and is left alone.
pub(super) fn of_their_state(tokens: &[Token], mentions: &mut Vec<Mention>) {
    use crate::lexicon::AliasType;
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        let fits = m.entity.kind == Kind::Person
            && m.entity.country.is_none()
            && m.role == MentionRole::Actor
            && !m.entity.id.starts_with("office:")
            && tokens.get(m.tok_end).is_some_and(|t| t.norm == "of");
        let state = fits
            .then(|| {
                mentions.iter().position(|c| {
                    c.tok_start == m.tok_end + 1
                        && c.entity.kind == Kind::Country
                        && c.entity.country.is_some()
                        && matches!(
                            c.via,
                            Via::Alias(
                                AliasType::Short | AliasType::Name | AliasType::Abbreviation
                            ) | Via::Fuzzy
                        )
                        && tokens.get(c.tok_end).is_none_or(|t| t.norm != "'s")
                })
            })
            .flatten();
        let Some(c) = state else {
            k += 1;
            continue;
        };
        let (country, end) = (mentions[c].entity.country.clone(), mentions[c].tok_end);
        let m = &mut mentions[k];
        m.entity.country = country;
        m.tok_end = end;
        // a title with no office of that state: the state is where the person is from
        if m.via == Via::Title && m.office.is_none() {
            m.via = Via::Role;
        }
        mentions.remove(c);
        if c < k {
            k -= 1;
        }
        k += 1;
    }
}

/// A person the lexicon gives no state, whom the article named earlier with one ("the
/// Chechen rebel chief Jane Roe", then "Roe"): the state the article gave them.
pub(super) fn country_met_before(discourse: &Discourse, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.entity.kind == Kind::Person && m.entity.country.is_none() {
            m.entity.country = discourse.country_of_person(&m.entity.id);
        }
    }
}

/// Offices held by one person at a time, whose holder a title alone may name.
pub(super) fn is_unique_office(role: &str) -> bool {
    matches!(
        role,
        "president"
            | "vice_president"
            | "prime_minister"
            | "deputy_prime_minister"
            | "chancellor"
            | "king"
            | "queen"
            | "emir"
            | "sultan"
            | "crown_prince"
            | "supreme_leader"
            | "head_of_state"
            | "head_of_government"
            | "leader"
            | "general_secretary"
            | "foreign_minister"
            | "defence_minister"
            | "interior_minister"
            | "finance_minister"
            | "information_minister"
            | "national_security_advisor"
            | "security_council_secretary"
            | "secretary_general"
            | "pope"
            | "head"
            | "commission_president"
            | "high_representative"
            | "chief_of_staff"
            | "army_chief"
    )
}

/// The person of this family name (of one word or more: "dos santos") who held `role` on
/// `date` (or ever, without a date).
fn holder_by_surname(
    lex: &Lexicon,
    role: &str,
    surname: &str,
    date: Option<DateKey>,
) -> Option<EntityRef> {
    let mut found: Option<&crate::lexicon::Role> = None;
    for r in lex.roles.iter().filter(|r| r.role == role) {
        // (the name's last words, as many as the surname has)
        let name = lex.entities[r.person].name.to_lowercase();
        let ends = name
            .strip_suffix(surname)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '));
        if ends && r.held_on(date) {
            if found.is_some_and(|f| f.person != r.person) && date.is_none() {
                return None;
            }
            found = Some(r);
        }
    }
    found.map(|r| lex.entities[r.person].to_ref())
}

trait NameStart {
    fn capitalized_name_start(&self, text: &str) -> bool;
}

impl NameStart for Token {
    fn capitalized_name_start(&self, _text: &str) -> bool {
        self.capitalized && !NOT_NAMES.has(self)
    }
}

/// Short names of people met earlier in the article: "Price said", "Budanov told".
pub fn short_names(
    _text: &str,
    tokens: &[Token],
    discourse: &Discourse,
    mentions: &mut Vec<Mention>,
) {
    let mut added = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.capitalized
            || t.kind != TokenKind::Word
            || mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end)
        {
            continue;
        }
        if let Some(p) = discourse.person_by_surname(&t.norm) {
            added.push(Mention::actor(i, i + 1, p, Via::Coreference));
        }
    }
    mentions.extend(added);
}
