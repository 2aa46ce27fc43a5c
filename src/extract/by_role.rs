//! The events the dependency tree finds by grammatical role ([`super::events`]), made into
//! triples: vetoes and modality read from the tree, the claim and the accuser, the date,
//! both directions of the code, intentions, threats and refusals, and the pairs of actors.

use super::parties::{one_states_own, said_or_felt};
use super::tree::Tree;
use super::{
    dates, events, frames, on_condition, round2, yet_to_come, Event, Extractor, Found, Sentence,
};
use crate::model::{EntityRef, Kind, Modality, Plover, Polarity};
use crate::shared::plover::PloverType;

impl Extractor<'_> {
    /// The triples of the events the tree of the sentence gives; marks in `found` the
    /// tokens the tree vetoes and the modality it reads for the word-class matcher.
    pub(super) fn tree_triples(&self, sent: &Sentence, tree: &Tree, found: &mut Found) {
        let (article, tokens, mentions) = (sent.article, sent.tokens, sent.mentions);
        let (spans, words) = (tree.spans, tree.words);
        let times = || sent.times();
        let base = |s: EntityRef, relation: &str, o: EntityRef| sent.base(s, relation, o);
        let Found {
            out,
            seen,
            tree_pairs,
            light_pairs,
            vetoed_tokens,
            tree_modality,
            conditional,
            future_in_past,
            ..
        } = found;
        // what the tree alone can tell of every predicate's modality, for the
        // word-class matcher's events too: "a possible meeting", "accused Peru of
        // arming"
        for (i, w) in words.iter().enumerate() {
            if !matches!(
                w.upos,
                crate::syntax::Upos::Verb | crate::syntax::Upos::Noun
            ) {
                continue;
            }
            // nor is a market's demand one state's demand of another, nor does
            // "the visiting president" say whom he visits (the matcher would take
            // the name before it), nor is what one asks or warns another to do an event
            // ("cautioned Seoul not to sell reactors to Iran")
            if events::accused_within(tree, i).is_some_and(|a| a.1)
                || events::requested(tree, i)
                || events::advised(tree, i)
                || events::sanctioned_trade(tree, i)
                || events::market_demand(tree, i)
                || (tree.rel(i) == crate::syntax::Rel::Amod && tree.xpos(i) == "VBG")
            {
                vetoed_tokens[spans[i].token] = true;
            } else if let Some(m) = events::wished(tree, i) {
                tree_modality[spans[i].token] = Some(m);
            } else if events::open_question(tree, i) || events::hearsay(tree, i) {
                tree_modality[spans[i].token] = Some(Modality::Hedged);
            }
            conditional[spans[i].token] = events::conditional(tree, i);
            future_in_past[spans[i].token] = events::future_in_past(tree, i);
        }
        let (found, vetoes) = events::find_with_vetoes(tree, &self.lex.events);
        for w in vetoes {
            vetoed_tokens[spans[w].token] = true;
        }
        // the verbs that are a complaint or accusation of their own ("complained that
        // India had closed"), whose claim need not be read as one again
        let own_reproach: Vec<usize> = found
            .iter()
            .filter(|e| {
                e.code
                    .forward
                    .as_deref()
                    .is_some_and(|c| c.starts_with("11"))
            })
            .map(|e| e.trigger)
            .collect();
        let claims = if found.is_empty() {
            Vec::new()
        } else {
            frames::attributions(tokens, mentions)
        };
        for tev in found {
            // what one asks another to do is the content of the request, not an event
            // nor is the trade a sanction falls on ("tariffs on exports to")
            if events::requested(tree, tev.word)
                || events::advised(tree, tev.word)
                || events::sanctioned_trade(tree, tev.word)
                || events::market_demand(tree, tev.word)
            {
                // nor does the word-class matcher make one of it
                vetoed_tokens[tev.trigger] = true;
                continue;
            }
            // the event noun a light verb carries ("made a verbal attack"), as a token
            let light_noun = (tree.upos(tev.word) == crate::syntax::Upos::Verb
                && self.lex.events.light.contains_key(tree.lemma(tev.word)))
            .then(|| tree.kid(tev.word, crate::syntax::Rel::Obj))
            .flatten()
            .map(|o| tree.token(o));
            let ev = Event {
                pattern: usize::MAX,
                subjects: tev.subjects.clone(),
                objects: tev.objects.clone(),
                trigger: (tev.trigger, tev.trigger + 1),
                clause_start: tev.clause_start,
                confidence: tev.confidence,
            };
            // (not a speaker's words a relative clause tells of something else: "a speech
            // by Rouhani, in which he said ..., was praised by Syria")
            let claim = if claims
                .iter()
                .any(|c| relative_claim(tree, c.verb, tev.word))
            {
                let own: Vec<frames::Claim> = (claims.iter())
                    .filter(|c| !relative_claim(tree, c.verb, tev.word))
                    .cloned()
                    .collect();
                frames::claim_for(&own, tokens, mentions, &ev).cloned()
            } else {
                frames::claim_for(&claims, tokens, mentions, &ev).cloned()
            };
            // what the speaker spoke after, before or during ("said after his talks with the
            // king", "told reporters before flying to Rome") is the writer's, not what is said
            // nor is what the speaker does besides saying ("rejected the report and warned
            // Washington", "said ... and warned"), the verb or the one that takes its event
            // noun ("and held talks with") joined to the verb of saying
            // (or the noun a phrase of it names: "said at the end of a visit to Rwanda")
            let claim = claim.filter(|c| {
                let adjunct = |mut x: usize| {
                    for _ in 0..3 {
                        match tree.head(x) {
                            Some(h) if tree.rel(x).universal() == crate::syntax::Rel::Nmod => x = h,
                            _ => break,
                        }
                    }
                    matches!(
                        tree.rel(x).universal(),
                        crate::syntax::Rel::Obl | crate::syntax::Rel::Advcl
                    ) && tree.head(x).is_some_and(|h| tree.token(h) == c.verb)
                };
                let joined = events::verb_of(tree, tev.word).is_some_and(|v| {
                    let said = |g: usize| tree.token(g) == c.verb;
                    tree.rel(v) == crate::syntax::Rel::Conj && tree.head(v).is_some_and(said)
                        || events::joined_to_saying(tree, v).is_some_and(said)
                });
                // (a report in a clause of time or cause covers only what is in it: "after
                // Bolivian officials said Peru had attacked, Chile closed its border")
                // (put first, it ends at its comma, however the parser hung the rest)
                let subordinate = tree.word_of_token(c.verb).is_some_and(|v| {
                    tree.rel(v) == crate::syntax::Rel::Advcl
                        && tree
                            .kids(v, |r| r == crate::syntax::Rel::Mark)
                            .next()
                            .is_some()
                        && !tree.within(tev.word, v)
                }) || mentions[c.speaker].tok_start == 1
                    && frames::TIME_OR_CAUSE_OPENERS.contains(&tokens[0].norm.as_str())
                    && (c.verb..tev.trigger).any(|k| tokens[k].norm == ",");
                !adjunct(tev.word) && !joined && !subordinate
            });
            // what one is accused of is the accuser's claim ("Baku accused Yerevan of
            // shelling"), a charge without an accuser only hedged ("was suspected of")
            let accused = events::accused_within(tree, tev.word).filter(|a| a.1);
            let accuser = accused.and_then(|(verb, _)| {
                events::accuser(tree, verb).map(|speaker| frames::Claim {
                    speaker,
                    verb: tree.token(verb),
                    hedging: false,
                })
            });
            let claim = if accused.is_some() {
                // nor does the word-class matcher make a fact of it
                vetoed_tokens[tev.trigger] = true;
                accuser
            } else {
                claim
            };
            // what a named owner's report, claim or allegation holds is the owner's claim:
            // "Kenyan assertions that Somalia is arming rebels"
            let claim = claim.or_else(|| {
                let (n, m) = events::report_owner(tree, tev.word)?;
                Some(frames::Claim {
                    speaker: m,
                    verb: tree.token(n),
                    hedging: events::claiming_report(tree, n),
                })
            });
            // the words of clauses set between the subject and its verb are not the
            // verb's ("Weizman, weighing a possible meeting, consulted ...")
            let outside = tree.asides_before(tev.word, tev.trigger, tokens.len());
            let (modality, hedge_penalty) =
                frames::modality_in(tokens, &ev, claim.as_ref(), &outside);
            let (modality, hedge_penalty) = match (accused, &claim, modality) {
                (Some(_), None, Modality::Asserted) => (Modality::Hedged, 0.1),
                _ => (modality, hedge_penalty),
            };
            // what someone wants, urges or plans is not yet done: "Oslo wants Riga
            // to join", "Peru plans to send troops"
            // (nor what is asked: "examining whether Peru sold arms to Chile")
            let wish = events::wished(tree, tev.word).or_else(|| {
                (events::open_question(tree, tev.word) || events::hearsay(tree, tev.word))
                    .then_some(Modality::Hedged)
            });
            // what the tree knows is not done ("permission to send", "on the verge
            // of attacking"), the word-class matcher does not make a fact of
            if events::unrealised(tree, tev.word) {
                vetoed_tokens[tev.trigger] = true;
            }
            // (what the text itself says of it, before the verbs that govern it)
            let told = modality;
            let (modality, hedge_penalty) = match (modality, wish) {
                (Modality::Asserted | Modality::Reported, Some(m)) => {
                    (m, if m == Modality::Hedged { 0.1 } else { 0.05 })
                }
                // (what the tree knows is only tried, offered or asked for is no plan,
                // whatever words of intent stand near it: "offered to send"; one's own aim
                // is an intention, kept as future: "wants to help")
                (Modality::Future, Some(Modality::Hedged)) if !events::intended(tree, tev.word) => {
                    (Modality::Hedged, 0.1)
                }
                (m, _) => (m, hedge_penalty),
            };
            // (a threat's condition is what it threatens: "threatened to impose curbs if")
            let threat = tev
                .code
                .forward
                .as_deref()
                .or(tev.code.reverse.as_deref())
                .is_some_and(|c| c.starts_with("13"))
                || events::threatened(tree, tev.word)
                || frames::threatened(tokens, &ev);
            let conditional = conditional[tev.trigger] && !threat;
            // (what could not be done if something happened is supposed, not denied)
            let (modality, hedge_penalty) = match modality {
                Modality::Negated if conditional && events::supposed(tree, tev.word) => {
                    (Modality::Hedged, 0.1)
                }
                m => (m, hedge_penalty),
            };
            let (modality, hedge_penalty) = on_condition(
                (modality, hedge_penalty),
                wish.is_some(),
                future_in_past[tev.trigger],
                conditional,
            );
            // a threat is made when its verb says so, whatever it threatens: "has
            // threatened to halt imports" is a threat made, not one to come
            let modality = match events::threat_verb(tree, tev.word) {
                // (so is a warning of what the warner would do, whatever its "would" made
                // of the act: "warned that it would retaliate")
                Some(v) if events::warned_own(tree, tev.word).is_some() => {
                    events::own_modality(tree, v).unwrap_or(Modality::Asserted)
                }
                Some(v) if modality == Modality::Future => {
                    events::own_modality(tree, v).unwrap_or(told)
                }
                _ => modality,
            };
            // what a speaker denies is said not to be so, whatever its verbs' own words:
            // "deny that Britain is selling and/or sending weapons", "... or planning to sell"
            // (and so is what a denied report, claim or charge holds, whoever made it: "denied
            // Chilean claims that it had armed Bolivia")
            let modality = if events::denied_content(tree, tev.word)
                || events::denied_report(tree, tev.word)
            {
                Modality::Negated
            } else {
                modality
            };
            let ev_date = dates::event_date(
                &article.text,
                tokens,
                times(),
                Some((tree, tev.word)),
                ev.clause_start,
                ev.trigger.0,
                modality,
                article.date.as_deref(),
            );
            if dates::recalled(tree, tev.word, &ev_date, article.date.as_deref()) {
                vetoed_tokens[tev.trigger] = true;
                continue;
            }
            // a threat to act is dated by its own verb, not by the act's time
            let threat_date = dates::threat_date(
                &article.text,
                tokens,
                times(),
                tree,
                tev.word,
                ev.clause_start,
                article.date.as_deref(),
            );
            // (a verb's own time only: a noun's may be another noun's, "talks
            // with Kohl ahead of her visit next week")
            let present = tree.upos(tev.word) == crate::syntax::Upos::Verb
                && matches!(tree.xpos(tev.word), "VBZ" | "VBP");
            let modality = if present {
                yet_to_come(modality, &ev_date)
            } else {
                modality
            };
            // the word of the claim's verb in the tree
            let claim_word = claim.as_ref().and_then(|c| tree.word_of_token(c.verb));
            // an accusation read from a claim is dated when the claim is made
            let said_date = claim.as_ref().map(|c| {
                dates::event_date(
                    &article.text,
                    tokens,
                    times(),
                    claim_word.map(|w| (tree, w)),
                    0,
                    c.verb,
                    Modality::Asserted,
                    article.date.as_deref(),
                )
            });
            let claimed_by = claim.as_ref().map(|c| mentions[c.speaker].entity.clone());
            // "Britain and France said they would": the speaker is one of those who
            // act, each of whom says it of itself
            // ("they", "their troops": a pronoun of theirs)
            let own_claim = claimed_by.as_ref().is_some_and(|c| {
                tev.subjects
                    .iter()
                    .any(|&m| mentions[m].entities().any(|e| e.id == c.id))
            });
            // the other side of a one-way event ("B hosts A" of "A visits B") is
            // the same event seen from B: written once, as coders do
            let mutual = tev.code.forward.is_some() && tev.code.forward == tev.code.reverse;
            let forward_kind = tev.code.forward.as_ref().and_then(|c| {
                self.relation_for_code(c, mutual)
                    .and_then(|r| self.plover_for_code(c, r))
            });
            let directions = [
                (
                    tev.code.forward.as_ref(),
                    &tev.subjects,
                    &tev.objects,
                    false,
                ),
                (tev.code.reverse.as_ref(), &tev.objects, &tev.subjects, true),
            ];
            for (code, from, to, reverse) in directions {
                let Some(code) = code else { continue };
                // the vocabulary may name the relation ("190=invades")
                let named = tev
                    .code
                    .relation
                    .as_deref()
                    .filter(|_| !reverse || mutual || tev.code.forward.is_none())
                    .and_then(|r| self.lex.relation(r));
                let Some(rel) = named.or_else(|| self.relation_for_code(code, mutual)) else {
                    continue;
                };
                let Some(kind) = self.plover_for_code(code, rel) else {
                    continue;
                };
                if reverse
                    && !rel.symmetric
                    && tev.code.forward.as_ref() != Some(code)
                    && forward_kind.as_ref() == Some(&kind)
                {
                    continue;
                }
                // a threat to act is a threat, not the act: "threatened to cut gas
                // supplies to Moldova"
                // wanting to act is an intention (CAMEO 03) when the act would
                // cooperate, a threat (13) when it would not: "wants to help Israel",
                // "wants to attack"
                let intent = events::intended(tree, tev.word);
                // an intention or threat to do a mutual thing is mutual too
                let symmetric = rel.symmetric;
                // (the intention is the subject's: on the object's side of a one-way code,
                // what the subject means to receive, the act stays the giver's)
                let own_intent = intent && (mutual || !reverse);
                let (rel, kind, code) = if frames::threatened(tokens, &ev)
                    || events::threatened(tree, tev.word)
                    || (own_intent && rel.polarity == Polarity::Conflictual)
                {
                    let c = frames::threat_code(&rel.id, Some(kind)).to_string();
                    match self.lex.relation("threatens") {
                        Some(th) => (th, PloverType::Threaten, c),
                        None => (rel, kind, code.clone()),
                    }
                } else if own_intent && rel.polarity == Polarity::Cooperative {
                    // (what the subject means to receive is the giver's act, not an intention
                    // of the giver: "wants to buy jets from France" stays France's supplying,
                    // not yet done)
                    match self.lex.relation("promises") {
                        Some(pr) => (pr, PloverType::Agree, events::intent_code(code).to_string()),
                        None => (rel, kind, code.clone()),
                    }
                } else {
                    (rel, kind, code.clone())
                };
                // an intention or a threat is its holder's alone: "Kenya is ready to meet
                // Uganda" says nothing of what Uganda means to do (between coordinated
                // holders each holds it towards the other: "Chile and Peru plan to meet")
                // (and so is a pledge to do it: "Kenya pledged to cooperate with Uganda")
                let one_way = symmetric && (!rel.symmetric || events::pledged(tree, tev.word));
                if one_way && reverse {
                    continue;
                }
                // a refusal to cooperate is also a rejection: "would not release
                // the sailors"
                let mut variants = vec![(rel, kind, code, modality)];
                // (the refuser's alone: "Kenya refused to meet Uganda" rejects Uganda, and
                // Uganda rejects no one)
                let rejection = (!reverse || tev.code.forward.is_none())
                    .then(|| self.refusal_rejection(tokens, &ev, rel, modality, claim.is_some()))
                    .flatten();
                if let Some((rej, m)) = rejection {
                    let c = rej.cameo.clone().unwrap_or_else(|| "120".into());
                    variants.push((rej, PloverType::Reject, c, m));
                }
                for (rel, kind, code, modality) in variants {
                    let code = &code;
                    let symmetric = symmetric && kind != PloverType::Reject;
                    // "Chile and Peru signed a treaty", "India and Pakistan fought two
                    // wars": a symmetric event between the coordinated subjects; the
                    // coordinated objects of one actor are not each other's partners
                    // ("signed agreements with A and B"), those of a subjectless one
                    // are ("U.S.-Japanese talks are held each year")
                    // (a partner named beside them is theirs, not they each
                    // other's: "A, B and C scheduled a meeting with the president")
                    let partner_named = to.iter().any(|&m| {
                        mentions[m].entity.kind != Kind::Location
                            && mentions[m].role != crate::recognize::MentionRole::Location
                    });
                    let to = if symmetric
                        && (!reverse || to.is_empty())
                        && from.len() >= 2
                        && !tev.person_object
                        && !partner_named
                    {
                        from
                    } else {
                        to
                    };
                    let mut pairs = Vec::new();
                    for &a in from {
                        for &b in to {
                            pairs.push((a, b));
                            if symmetric && !one_way {
                                pairs.push((b, a));
                            }
                        }
                    }
                    // a place acted on stands for its state, but not in what is only
                    // said or felt (criticism, support, appeals, rejection, threats,
                    // cooperation): "opposed California Proposition 215" opposes no
                    // state
                    let verbal = said_or_felt(code);
                    let as_actor = |e: &EntityRef| -> Option<EntityRef> {
                        if e.kind != Kind::Location {
                            return Some(e.clone());
                        }
                        // (a capital is its state already: "Moscow" is Russia)
                        if verbal {
                            return None;
                        }
                        let c = e.country.as_ref()?;
                        self.lex.entity(&format!("country:{c}")).map(|x| x.to_ref())
                    };
                    // to say that another state attacked is to accuse it: "Israel
                    // said a shell was fired at it from Gaza"
                    // (not one who admits or confirms it, nor one who tells of the act
                    // its own side answered: "said it repelled an Iranian attack"; nor a
                    // group or body that reports it, as a rights group does)
                    // (the verb whose clause the act is, too: "said it had repelled an
                    // attack, but admitted Iranian troops had occupied ground")
                    let admits = |w: usize| {
                        matches!(
                            tree.lemma(w),
                            "admit" | "acknowledge" | "concede" | "confirm"
                        )
                    };
                    let admitted = claim_word.is_some_and(admits)
                        || events::verb_of(tree, tev.word)
                            .filter(|&v| tree.rel(v) == crate::syntax::Rel::Ccomp)
                            .and_then(|v| tree.head(v))
                            .is_some_and(admits);
                    let answered = events::answered_act(tree, tev.word)
                        || claim_word.is_some_and(|c| events::told_in_passing(tree, tev.word, c));
                    let accuser_of = |s: &EntityRef| {
                        claimed_by.as_ref().filter(|c| {
                            !own_claim
                                && !admitted
                                && !answered
                                && (matches!(c.kind, Kind::Country | Kind::Person)
                                    || c.id.starts_with("gov:"))
                                && !claim
                                    .as_ref()
                                    .is_some_and(|k| own_reproach.contains(&k.verb))
                                && matches!(kind, PloverType::Assault | PloverType::Coerce)
                                && c.country.is_some()
                                // a newspaper that reports accuses no one
                                && c.kind != Kind::Media
                                && c.country != s.country
                                // what one says another will do is no accusation
                                // ("said they will strike")
                                && matches!(modality, Modality::Asserted | Modality::Reported)
                        })
                    };
                    let accusation = |c: &EntityRef, s: &EntityRef| {
                        let acc = self.lex.relation("accuses")?;
                        let mut a = base(c.clone(), &acc.id, s.clone());
                        a.plover = Some(Plover {
                            kind: PloverType::Accuse,
                            source: c.id.clone(),
                            target: s.id.clone(),
                        });
                        a.cameo = Some("112".into());
                        a.polarity = acc.polarity;
                        a.confidence = round2((ev.confidence - 0.1).clamp(0.05, 0.99));
                        if let Some(d) = &said_date {
                            a.date.clone_from(&d.date);
                            a.date_phrase.clone_from(&d.phrase);
                        }
                        Some(a)
                    };
                    // the subjects that acted on someone named
                    let mut paired = rustc_hash::FxHashSet::default();
                    for (a, b) in pairs {
                        let speaker = claim
                            .as_ref()
                            .map(|c| c.speaker)
                            .filter(|&m| mentions[m].tok_start > ev.trigger.0);
                        if a == b || speaker == Some(a) || speaker == Some(b) {
                            continue;
                        }
                        for s in mentions[a].entities().filter_map(as_actor) {
                            let s = &s;
                            for o0 in mentions[b].entities() {
                                // a place of the actor's own state, acted on, is no
                                // state acted on ("Iraqi troops attacked Arbil")
                                let own_place = o0.kind == Kind::Location
                                    && s.country.is_some()
                                    && o0.country == s.country;
                                let Some(o) = as_actor(o0) else {
                                    continue;
                                };
                                let o = &o;
                                if own_place
                                    || one_states_own(s, o, Some(code.as_str()))
                                    || claimed_by.as_ref().is_some_and(|c| {
                                        c.id == o.id
                                            && claim.as_ref().is_some_and(|c| c.speaker == b)
                                    })
                                {
                                    continue;
                                }
                                if !seen.insert((s.id.clone(), rel.id.clone(), o.id.clone())) {
                                    continue;
                                }
                                let mut t = base(s.clone(), &rel.id, o.clone());
                                t.plover = Some(Plover {
                                    kind,
                                    source: s.id.clone(),
                                    target: o.id.clone(),
                                });
                                t.cameo = Some(code.clone());
                                t.polarity = rel.polarity;
                                t.modality = modality;
                                // (each speaker of the event's subjects says it of itself;
                                // the other side of a mutual event says nothing: "Kenya said
                                // it had held talks with Uganda" is Kenya's word for both)
                                let speaking = |x: &EntityRef| {
                                    tev.subjects
                                        .iter()
                                        .any(|&m| mentions[m].entities().any(|e| e.id == x.id))
                                };
                                let speaker = [s, o].into_iter().find(|x| speaking(x));
                                t.claimed_by = if let Some(x) = speaker.filter(|_| own_claim) {
                                    (modality == Modality::Reported).then(|| x.clone())
                                } else {
                                    claimed_by
                                        .clone()
                                        .filter(|c| c.id != s.id || modality == Modality::Reported)
                                };
                                t.confidence =
                                    round2((ev.confidence - hedge_penalty).clamp(0.05, 0.99));
                                let d = match &threat_date {
                                    Some(d) if rel.id == "threatens" => d.clone(),
                                    _ => ev_date.for_modality(modality),
                                };
                                (t.date, t.date_phrase) = (d.date, d.phrase);
                                if let Some(c) = accuser_of(s) {
                                    if seen.insert((c.id.clone(), "accuses".into(), s.id.clone())) {
                                        out.extend(accusation(c, s));
                                    }
                                }
                                paired.insert(s.id.clone());
                                tree_pairs.insert((ev.trigger.0, s.id.clone(), o.id.clone()));
                                // (a light verb's event noun is the same event: "made a
                                // verbal attack on" is no second, armed one)
                                if let Some(n) = light_noun {
                                    light_pairs.insert((n, s.id.clone(), o.id.clone()));
                                }
                                out.push(t);
                            }
                        }
                    }
                    // "said that Iraq had attacked" accuses Iraq (a state, its
                    // government or forces; not a person or group, whose acts are said of
                    // in other ways: "wants Al Qaeda ripped up") though it names no one
                    // attacked, or only itself ("attacked themselves")
                    if !reverse {
                        for &a in from {
                            for s in mentions[a].entities().filter_map(as_actor) {
                                if paired.contains(&s.id)
                                    || !(s.kind == Kind::Country || s.id.starts_with("gov:"))
                                {
                                    continue;
                                }
                                if let Some(c) = accuser_of(&s) {
                                    if seen.insert((c.id.clone(), "accuses".into(), s.id.clone())) {
                                        out.extend(accusation(c, &s));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Whether the verb of saying at token `verb` heads a relative clause ("a speech, in which
/// he said ...", "the envoy, who said ...") that does not hold the event's word `word`:
/// what is said there is no claim of the event.
fn relative_claim(tree: &Tree, verb: usize, word: usize) -> bool {
    let Some(v) = tree.word_of_token(verb) else {
        return false;
    };
    // (by its pronoun, the subject or in a phrase: a trailing "..., the ministry said" may be
    // hung as a relative clause, and in "rebels who Baghdad says are armed" the pronoun is
    // the subject of what is said)
    let relative = tree.children(v).iter().any(|&k| {
        matches!(tree.norm(k), "which" | "who" | "whom" | "whose")
            && (tree.rel(k).universal() == crate::syntax::Rel::Nsubj
                || tree.kid(k, crate::syntax::Rel::Case).is_some())
    });
    relative && !tree.within(word, v)
}
