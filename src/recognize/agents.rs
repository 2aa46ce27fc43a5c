//! Actors from generic nouns of people and bodies ("Russian troops", "Iraq's foreign
//! ministry", "officials in Kabul", "UN troops"): whose they are, by the names before and
//! after them.

use super::*;

/// Actors from generic nouns: "Russian troops", "Iraq's foreign ministry", "US officials",
/// "a Tunisian court", "a court in Guyana", "UN troops".
pub(super) fn agents(
    text: &str,
    tokens: &[Token],
    tags: &[WordTags],
    lex: &Lexicon,
    discourse: &Discourse,
    mentions: &mut Vec<Mention>,
) {
    let mut i = 0;
    let mut added: Vec<Mention> = Vec::new();
    while i < tokens.len() {
        if !tags[i].any(WordTags::AGENT.union(WordTags::AGENT_START)) {
            i += 1;
            continue;
        }
        // Longest agent noun at i (two words, then one).
        // (two-word keys are only built after a word that starts one)
        let two = tokens
            .get(i + 1)
            .filter(|_| lex.agent_starts.contains(tokens[i].norm.as_str()))
            .map(|t| format!("{} {}", tokens[i].norm, t.norm));
        let (noun_len, agent) = match two.as_ref().and_then(|k| lex.agents.get(k)) {
            Some(a) => (2, a),
            None => match lex.agents.get(tokens[i].norm.as_str()) {
                Some(a) => (1, a),
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        let end = i + noun_len;
        // a capitalised people noun before another capitalised word is a word of a name
        // ("the Iraqi National Congress", "the Syrian Citizens Forum"), not the people
        let in_name = agent.kind == Kind::Other
            && i > 0
            && tokens[i].capitalized
            && tokens.get(end).is_some_and(|t| t.capitalized);
        if in_name
            || people::title_starts_at(tokens, i, lex)
            || mentions
                .iter()
                .chain(added.iter())
                .any(|m| m.tok_start < end && i < m.tok_end)
        {
            i += 1;
            continue;
        }
        // Look left over up to three modifier words for a state or organisation.
        let mut j = i;
        let mut owner: Option<usize> = None;
        let mut steps = 0;
        // whether a name or a word of origin before the noun already says where the people
        // are from ("African ministers", "foreign diplomats"): then a place after it is only
        // where they are ("African ministers in Nairobi" are not Kenya's government)
        let mut origin_named = false;
        // "Iraqi rebel leaders", "Syrian opposition officials": leaders of those against
        // the state, not the state's
        let mut against: Option<&'static str> = None;
        // whether a possessive "'s" stands between the noun and the name before it
        let mut possessed = false;
        while j > 0 && steps < 4 {
            j -= 1;
            against = against.or(match tokens[j].norm.as_str() {
                "rebel" | "insurgent" | "separatist" | "guerrilla" | "militant" => Some("rebels"),
                "opposition" | "dissident" | "exiled" | "exile" => Some("opposition"),
                _ => None,
            });
            if let Some(k) = mentions.iter().position(|m| m.tok_end == j + 1) {
                let m = &mentions[k];
                // "pro-Moscow officials", "anti-Western militias": whom they side with or
                // against is not whose they are (a place after them may say it)
                if sided(tokens, m) {
                    break;
                }
                // a person's government in a capital is that state's ("the president's
                // government in Kabul")
                origin_named = m.entity.kind != Kind::Person;
                // a region's adjective names its state's people, not its government:
                // "Chechen rebels" are Russia's rebels, a "Chechen military" is not Russia's
                // (and so does a region's possessive: "Chechnya's separatists")
                let region_adjective = m.entity.kind == Kind::Location
                    && m.entity.country.is_some()
                    && agent.kind != Kind::Organization
                    && (matches!(m.via, Via::Alias(AliasType::Demonym)) || possessed);
                if m.entity.kind != Kind::Person
                    && m.entity.kind != Kind::Media
                    && (m.entity.kind != Kind::Location || region_adjective)
                {
                    owner = Some(k);
                }
                break;
            }
            let t = &tokens[j];
            // "the Syrian-backed government", "Iranian-funded militias": the name before the
            // hyphen is who backs or made it, not whose the people are (but a "U.S.-led
            // coalition" is led by its state, which coders name for it)
            if t.norm == "-"
                && tokens
                    .get(j + 1)
                    .is_some_and(|p| MADE_BY.contains(&p.norm.as_str()))
            {
                break;
            }
            // the same without the hyphen: "Syrian backed militias", "U.S. funded rebels"
            // (not "armed": "Syrian armed forces" are Syria's)
            if BACKED.contains(&t.norm.as_str()) {
                break;
            }
            if t.norm == "'s" || t.norm == "-" {
                possessed |= t.norm == "'s";
                continue;
            }
            if t.kind != crate::text::TokenKind::Word || !words::is_agent_modifier_token(t) {
                // a capitalised adjective the lexicon does not know as a state's, inside the
                // sentence, names an origin too ("African", "European", "Arab"); one of a
                // creed does not ("the Communist regime in Prague")
                // (before people: before a body it is the body's name, "the Education
                // Ministry in Baghdad" is Iraq's)
                origin_named |= t.kind == crate::text::TokenKind::Word
                    && t.capitalized
                    && j > 0
                    && j + 1 == i
                    && !t.norm.ends_with("ist")
                    && !matches!(
                        tokens[end - 1].norm.as_str(),
                        "ministry" | "ministries" | "department" | "office" | "agency" | "bureau"
                    )
                    && !words::is_function_token(t);
                break;
            }
            // ("the Foreign Ministry in Tehran" is Iran's: "foreign" names the ministry)
            origin_named |= OUTSIDERS.contains(&t.norm.as_str()) && (!t.capitalized || j == 0);
            steps += 1;
        }
        // "a court in Guyana", "officials in Kabul"
        let mut span_end = end;
        let hardware = matches!(agent.sector.as_str(), "military")
            && words::is_hardware(&tokens[end - 1].norm);
        if owner.is_none()
            && !hardware
            && tokens.get(end).is_some_and(|t| match t.norm.as_str() {
                // (a mission "in" a state is another state's there: "the embassy in Serbia")
                "in" => !origin_named && !MISSIONS.contains(&tokens[end - 1].norm.as_str()),
                "of" => true,
                // (not the place troops are taken out of: "withdrew its troops from Iraq",
                // "pulled troops out from Gaza" are no troops of Iraq or Gaza)
                "from" => !taken_out_of(tokens, i),
                _ => false,
            })
        {
            // over up to three modifiers: "dissidents from military-ruled Myanmar"
            let mut s = end + 1;
            while s < tokens.len() && s <= end + 4 && !mentions.iter().any(|m| m.tok_start == s) {
                let t = &tokens[s];
                if !(t.norm == "-"
                    || t.norm == "the"
                    || t.kind == crate::text::TokenKind::Word
                        && !t.capitalized
                        && !words::is_function_token(t))
                {
                    break;
                }
                s += 1;
            }
            // (a region of a state names the state: "rebels in Chechnya" are Russia's)
            if let Some(k) = mentions.iter().position(|m| {
                m.tok_start == s
                    && (m.entity.kind == Kind::Country
                        || m.entity.kind == Kind::Location && m.entity.country.is_some())
            }) {
                owner = Some(k);
                span_end = mentions[k].tok_end;
            }
        }
        // "the Foreign Ministry said", "Defense Department officials": a state's body named
        // as a name without its state is the body of the state the article is about
        // (a name of two words: a capitalised "Government" or "Ministers" may open a sentence)
        let home_body = owner.is_none()
            && agent.kind == Kind::Organization
            && noun_len == 2
            && tokens[i..end].iter().all(|t| t.capitalized)
            && (i == 0
                || !tokens[i - 1].capitalized
                || matches!(tokens[i - 1].norm.as_str(), "the" | "a" | "an"));
        // a ministry is named by the press of its own state; an "Air Force" as often by the
        // press of another
        let ministry = matches!(
            tokens[end - 1].norm.as_str(),
            "ministry" | "department" | "office"
        );
        let home = home_body
            .then(|| {
                dateline_state(text, lex).or_else(|| {
                    ministry
                        .then(|| {
                            discourse
                                .opening_state()
                                .or(discourse.most_named_state())
                                .map(str::to_string)
                        })
                        .flatten()
                })
            })
            .flatten()
            .and_then(|c| lex.entity(&format!("country:{c}")));
        if let Some(state) = home {
            let code = state.country.clone().unwrap_or_default();
            added.push(Mention {
                tok_start: i,
                tok_end: end,
                entity: EntityRef {
                    id: format!("gov:{code}:{}", agent.sector),
                    name: format!("{} ({})", state.name, agent.sector),
                    kind: Kind::Organization,
                    country: state.country.clone(),
                },
                also: Vec::new(),
                role: MentionRole::Actor,
                via: Via::Agent,
                office: None,
            });
            i = end;
            continue;
        }
        let Some(mut k) = owner else {
            i = end;
            continue;
        };
        // "Australian SAS troops", "New Zealand SAS soldiers": another state's adjective or
        // name before a state's body says whose the people are (the SAS of the lexicon is
        // Britain's): that state's
        if mentions[k].entity.id.starts_with("gov:") {
            let body = &mentions[k];
            let other_state = mentions.iter().position(|m| {
                m.tok_end == body.tok_start
                    && m.entity.kind == Kind::Country
                    && matches!(m.via, Via::Alias(AliasType::Demonym | AliasType::Name))
                    && m.entity.country != body.entity.country
            });
            if let Some(d) = other_state {
                mentions.remove(k);
                k = if d > k { d - 1 } else { d };
            }
        }
        let o = mentions[k].clone();
        // "U.N. diplomats", "NATO delegates": the envoys of its member states to a body,
        // not the body acting (its own envoys, officials and delegations are: "U.N. envoys",
        // "a U.N. delegation visited Baghdad")
        if o.entity.kind == Kind::Organization
            && matches!(
                tokens[end - 1].norm.as_str(),
                "diplomat" | "diplomats" | "delegate" | "delegates"
            )
        {
            mentions.remove(k);
            i = end;
            continue;
        }
        let start = o.tok_start.min(i);
        let against = against.filter(|_| agent.kind != Kind::Group);
        let agent_of = |owner: &EntityRef| {
            if owner.kind == Kind::Country || owner.kind == Kind::Location {
                let code = owner.country.clone().unwrap_or_default();
                let prefix = match (agent.kind, against) {
                    (_, Some(_)) | (Kind::Group, _) => "group",
                    (Kind::Other, _) => "other",
                    _ => "gov",
                };
                let kind = match (agent.kind, against) {
                    (_, Some(_)) => Kind::Group,
                    (Kind::Person, _) => Kind::Organization,
                    (k, _) => k,
                };
                let sector = against.unwrap_or(agent.sector.as_str());
                EntityRef {
                    id: format!("{prefix}:{code}:{sector}"),
                    name: format!("{} ({sector})", owner.name),
                    kind,
                    country: owner.country.clone(),
                }
            } else {
                // an organisation's own troops or officials are the organisation
                owner.clone()
            }
        };
        let entity = agent_of(&o.entity);
        mentions.remove(k);
        // "Cambodian and Thai troops", "British, French and German officials": each
        // adjective coordinated with the owner names troops of its own state
        let mut left = start;
        if o.tok_start < i && matches!(o.via, Via::Alias(AliasType::Demonym)) {
            while left >= 2 && matches!(tokens[left - 1].norm.as_str(), "and" | "," | "or") {
                let Some(c) = mentions.iter().position(|m| {
                    m.tok_end == left - 1
                        && m.entity.kind == Kind::Country
                        && matches!(m.via, Via::Alias(AliasType::Demonym))
                }) else {
                    break;
                };
                let c = mentions.remove(c);
                added.push(Mention::actor(
                    c.tok_start,
                    c.tok_end,
                    agent_of(&c.entity),
                    Via::Agent,
                ));
                left = c.tok_start;
            }
        }
        added.push(Mention::actor(start, span_end, entity, Via::Agent));
        i = span_end;
    }
    mentions.extend(added);
}

/// A state's missions abroad: the place they are "in" is the host's, not their state.
const MISSIONS: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "legation",
];

/// Modifiers of people that say they are not of the place they are in ("foreign diplomats
/// in Tehran").
const OUTSIDERS: &[&str] = &[
    "foreign",
    "international",
    "visiting",
    "western",
    "exiled",
    "expatriate",
    "overseas",
];

/// The state of the article's dateline ("TIRANA 1996-08-28 - ", "NAJAF, Iraq - "): its
/// place's state, when the lexicon knows the place as a state, a capital or a place of one.
pub(super) fn dateline_state(text: &str, lex: &Lexicon) -> Option<String> {
    let len = crate::text::dateline_len(text);
    if len == 0 {
        return None;
    }
    let tokens = crate::text::tokenize(&text[..len], 0);
    if tokens.is_empty() {
        return None;
    }
    gazetteer::matches(text, &tokens, lex, None, true)
        .into_iter()
        .find_map(|m| m.entity.country)
}

/// Whether the agent noun phrase starting at token `i` is what is taken out of a place: its
/// possessive ("its troops from") or a verb of withdrawing just before it ("withdrew troops
/// from", "pulled out troops from").
fn taken_out_of(tokens: &[Token], i: usize) -> bool {
    const WITHDRAW: &[&str] = &[
        "withdraw",
        "withdrew",
        "withdrawn",
        "withdrawing",
        "withdraws",
        "pull",
        "pulled",
        "pulling",
        "pulls",
        "remove",
        "removed",
        "removing",
        "removes",
        "evacuate",
        "evacuated",
        "evacuating",
        "evacuates",
        "recall",
        "recalled",
        "recalling",
        "recalls",
        "out",
    ];
    let possessive = i > 0
        && matches!(
            tokens[i - 1].norm.as_str(),
            "its" | "their" | "his" | "her" | "our"
        );
    possessive
        || tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| WITHDRAW.contains(&t.norm.as_str()))
}
