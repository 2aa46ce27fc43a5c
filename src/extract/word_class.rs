//! The word-class matcher's events made into triples, where the tree does not object: a
//! party too far from its trigger in the tree, or walled off from it, is no party; a trigger
//! the tree vetoed, or found its parties for, is left to the tree.

use super::parties::{one_states_own, said_or_felt};
use super::tree::Tree;
use super::{dates, frames, round2, Event, Extractor, Found, Sentence};
use crate::model::{Kind, Modality, Plover};

/// How many steps in the tree (see [`tree::Tree::distance`]) a party of the word-class
/// matcher's event may stand from its trigger: a light verb's subject ("A held talks with
/// B": two), a controlled infinitive's ("A prepares to visit B") and conjuncts stay near.
const WORD_CLASS_REACH: usize = 4;

/// Prepositions of a phrase that names the occasion or time of another act ("at the talks",
/// "during the summit", "after the meeting").
const OCCASION_PREPS: &[&str] = &["at", "during", "after", "before", "following", "ahead"];

impl Found {
    /// Vetoes the triggers of the word-class matcher's `events` that the tree shows are
    /// only recalled ([`dates::recalled`]: "Vaezi, who as Iran's envoy led talks with
    /// Britain"), as the tree's own events are.
    pub(super) fn mark_recalled(&mut self, sent: &Sentence, tree: &Tree, events: &[Event]) {
        for ev in events {
            let Some(w) = tree.word_of_token(ev.trigger.0) else {
                continue;
            };
            let date = dates::event_date(
                &sent.article.text,
                sent.tokens,
                sent.times(),
                Some((tree, w)),
                ev.clause_start,
                ev.trigger.0,
                Modality::Asserted,
                sent.article.date.as_deref(),
            );
            if dates::recalled(tree, w, &date, sent.article.date.as_deref()) {
                self.veto(ev.trigger.0);
            }
        }
    }

    /// Vetoes the word-class matcher's trigger at `token`: the tree reads it otherwise.
    fn veto(&mut self, token: usize) {
        if let Some(v) = self.vetoed_tokens.get_mut(token) {
            *v = true;
        }
    }

    /// Vetoes the verb patterns of the word-class matcher's `events` whose trigger the tree
    /// reads as a noun with a determiner of its own: "a NATO meeting in Oslo" is no NATO
    /// that meets Norway, "the Serb shelling of the town" no verb with the town its place;
    /// or as an adverb or preposition on a verb ("sent back the migrants").
    /// The tree's own noun reading, if the lexicon has one, stands.
    pub(super) fn mark_nominal(
        &mut self,
        lex: &crate::lexicon::Lexicon,
        tree: &Tree,
        events: &[Event],
    ) {
        for ev in events {
            if lex.patterns[ev.pattern].frame != crate::lexicon::Frame::Verb {
                continue;
            }
            let Some(w) = tree.word_of_token(ev.trigger.0) else {
                continue;
            };
            // (nor one it reads as the particle of another verb: "sent back the migrants"
            // backs no one)
            let particle = matches!(
                tree.upos(w),
                crate::syntax::Upos::Adv | crate::syntax::Upos::Adp
            ) && tree
                .head(w)
                .is_some_and(|h| tree.upos(h) == crate::syntax::Upos::Verb);
            if tree.upos(w) == crate::syntax::Upos::Noun
                && tree.kid(w, crate::syntax::Rel::Det).is_some()
                || particle
            {
                self.veto(ev.trigger.0);
            }
        }
    }

    /// Keeps, for each of the word-class matcher's `events`, the words before its trigger
    /// that the tree sets apart from the trigger's clause.
    pub(super) fn mark_asides(&mut self, tree: &Tree, events: &[Event]) {
        for ev in events {
            let Some(w) = tree.word_of_token(ev.trigger.0) else {
                continue;
            };
            let n = self.vetoed_tokens.len();
            self.asides
                .insert(ev.trigger.0, tree.asides_before(w, ev.trigger.0, n));
        }
    }

    /// Marks the (trigger, mention) pairs of the word-class matcher's `events` that stand
    /// too far apart in the tree to be the event's party.
    pub(super) fn mark_far(&mut self, tree: &Tree, events: &[Event]) {
        let far = &mut self.far;
        // the word-class matcher pairs names by their order; a name more than
        // WORD_CLASS_REACH steps from the trigger in the tree is not its party ("the
        // problems of Afghanistan and Kampuchea in its talks with Peking": Kampuchea
        // holds no talks)
        for ev in events {
            let at: Vec<usize> = (0..tree.len())
                .filter(|&w| (ev.trigger.0..ev.trigger.1).contains(&tree.token(w)))
                .collect();
            // a noun of an occasion another verb's phrase names ("backed Peru and Chile at
            // the Geneva talks") takes no party from that verb's objects: those backed did
            // not meet each other (its subject may have been there: "said after talks with")
            let occasion_verb = at.iter().find_map(|&w| {
                (tree.upos(w) == crate::syntax::Upos::Noun
                    && tree.rel(w).universal() == crate::syntax::Rel::Obl
                    && tree.has_case(w, |p| OCCASION_PREPS.contains(&p)))
                .then(|| tree.head(w))
                .flatten()
            });
            let verbs_object = |x: usize| {
                let x = super::events::first_conjunct(tree, x);
                matches!(
                    tree.rel(x),
                    crate::syntax::Rel::Obj | crate::syntax::Rel::Iobj
                ) && tree.head(x) == occasion_verb
            };
            for &m in ev.subjects.iter().chain(&ev.objects) {
                let Some(mw) = tree.word_of_mention(m) else {
                    continue;
                };
                let d = at.iter().map(|&w| tree.distance(w, mw)).min();
                if d.is_some_and(|d| d > WORD_CLASS_REACH)
                    || at.iter().all(|&w| tree.walled_off(mw, w)) && !at.is_empty()
                    || at.iter().any(|&w| tree.subject_past_the_object(mw, w))
                    || occasion_verb.is_some() && verbs_object(mw)
                {
                    far.insert((ev.trigger.0, m));
                }
            }
        }
    }
}

impl Extractor<'_> {
    /// The triples of the word-class matcher's `events`, with the sentence's `claims`, for
    /// the triggers the tree neither vetoed nor found its parties for.
    pub(super) fn word_class_triples(
        &self,
        sent: &Sentence,
        events: Vec<Event>,
        claims: &[frames::Claim],
        found: &mut Found,
    ) {
        let (article, tokens, mentions) = (sent.article, sent.tokens, sent.mentions);
        // a trigger the tree found its parties for is the tree's: the word-class matcher,
        // which pairs names by their order, adds no other pairs for it ("met the prime
        // minister after talks with A and B" is no meeting of A with B)
        let tree_triggered: rustc_hash::FxHashSet<usize> =
            found.tree_pairs.iter().map(|p| p.0).collect();
        for ev in events {
            if found
                .vetoed_tokens
                .get(ev.trigger.0)
                .copied()
                .unwrap_or(false)
                || tree_triggered.contains(&ev.trigger.0)
            {
                continue;
            }
            let p = &self.lex.patterns[ev.pattern];
            let Some(rel) = self.lex.relation(&p.relation) else {
                continue;
            };
            let claim = frames::claim_for(claims, tokens, mentions, &ev).cloned();
            let asides = found.asides.get(&ev.trigger.0).map(Vec::as_slice);
            let (modality, hedge_penalty) = frames::modality(tokens, &ev, claim.as_ref(), asides);
            let (modality, hedge_penalty) = match (modality, found.tree_modality[ev.trigger.0]) {
                (Modality::Asserted | Modality::Reported, Some(m)) => (m, 0.1),
                (m, _) => (m, hedge_penalty),
            };
            // (a threat's condition is what it threatens)
            let threat = p
                .cameo
                .as_deref()
                .or(rel.cameo.as_deref())
                .is_some_and(|c| c.starts_with("13"))
                || frames::threatened(tokens, &ev);
            let (modality, hedge_penalty) = super::on_condition(
                (modality, hedge_penalty),
                found.tree_modality[ev.trigger.0].is_some(),
                found.future_in_past[ev.trigger.0],
                found.conditional[ev.trigger.0] && !threat,
            );
            // the time of the event's own clause, by the words (no tree here)
            let ev_date = dates::event_date(
                &article.text,
                tokens,
                sent.times(),
                None,
                ev.clause_start,
                ev.trigger.0,
                modality,
                article.date.as_deref(),
            );
            // A refusal to cooperate is also a rejection of the other side.
            let mut variants = vec![(rel, modality, p.cameo.clone().or_else(|| rel.cameo.clone()))];
            // A threat to act is a threat, not the act: "threatened to cut supplies to".
            if frames::threatened(tokens, &ev) {
                if let Some(th) = self.lex.relation("threatens") {
                    let code = frames::threat_code(&rel.id, rel.plover);
                    variants = vec![(th, modality, Some(code.to_string()))];
                }
            }
            if let Some((rej, m)) =
                self.refusal_rejection(tokens, &ev, rel, modality, claim.is_some())
            {
                variants.push((rej, m, rej.cameo.clone()));
            }
            for (rel, modality, cameo) in variants {
                let claimed_by = claim.as_ref().map(|c| mentions[c.speaker].entity.clone());
                for &si_ in &ev.subjects {
                    // who reports an event after it is told is no party to it ("will hold
                    // talks with the president, the cabinet secretary told reporters"); who
                    // speaks before it may be ("said after a meeting with")
                    if found.far.contains(&(ev.trigger.0, si_))
                        || claim.as_ref().is_some_and(|c| {
                            c.speaker == si_ && mentions[si_].tok_start > ev.trigger.0
                        })
                    {
                        continue;
                    }
                    for &oi in &ev.objects {
                        if found.far.contains(&(ev.trigger.0, oi)) {
                            continue;
                        }
                        for s in mentions[si_].entities() {
                            for o in mentions[oi].entities() {
                                if one_states_own(s, o, cameo.as_deref())
                                    || claimed_by.as_ref().is_some_and(|c| {
                                        c.id == o.id
                                            && claim.as_ref().is_some_and(|c| c.speaker == oi)
                                    })
                                {
                                    continue;
                                }
                                // a place is no side of what is said or felt ("after
                                // blasting Gaza City" criticises no city)
                                if o.kind == Kind::Location
                                    && cameo.as_deref().is_some_and(said_or_felt)
                                {
                                    continue;
                                }
                                if p.subj_kind.is_some_and(|k| k != s.kind)
                                    || p.obj_kind.is_some_and(|k| k != o.kind)
                                {
                                    continue;
                                }
                                // "US forces protect American vessels": an adjective of the
                                // actor's own state names no other party
                                if mentions[oi].role == crate::recognize::MentionRole::Modifier
                                    && s.country.is_some()
                                    && s.country == o.country
                                {
                                    continue;
                                }
                                // The surface direction is kept. Between coordinated actors ("A and B met",
                                // "the alliance between A and B") subjects and objects are the same list,
                                // so each ordered pair comes out once.
                                {
                                    let (a, b) = (s, o);
                                    let by_tree = (ev.trigger.0..ev.trigger.1).any(|k| {
                                        let pair = (k, a.id.clone(), b.id.clone());
                                        found.tree_pairs.contains(&pair)
                                            || found.light_pairs.contains(&pair)
                                    });
                                    if by_tree
                                        || !found.seen.insert((
                                            a.id.clone(),
                                            rel.id.clone(),
                                            b.id.clone(),
                                        ))
                                    {
                                        continue;
                                    }
                                    let mut t = sent.base(a.clone(), &rel.id, b.clone());
                                    t.plover = rel.plover.map(|kind| {
                                        let (src, tgt) = if rel.reverse { (b, a) } else { (a, b) };
                                        Plover {
                                            kind,
                                            source: src.id.clone(),
                                            target: tgt.id.clone(),
                                        }
                                    });
                                    t.cameo = cameo.clone();
                                    t.polarity = rel.polarity;
                                    t.modality = modality;
                                    t.claimed_by = claimed_by
                                        .clone()
                                        .filter(|c| c.id != a.id || modality == Modality::Reported);
                                    t.confidence =
                                        round2((ev.confidence - hedge_penalty).clamp(0.05, 0.99));
                                    let d = ev_date.for_modality(modality);
                                    (t.date, t.date_phrase) = (d.date, d.phrase);
                                    found.out.push(t);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
