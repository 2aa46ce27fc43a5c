//! Stage 4, extract: relation patterns turn a sentence's mentions into triples.
//!
//! Takes the tokens and mentions of a sentence and the pattern catalogue; returns
//! [`Triple`]s. A pattern's head (a verb, inflected, or a noun) triggers it; the frame then
//! finds the actors: for verbs, the subject to the left (over adverbs, appositions and
//! prepositional phrases, through relative pronouns to their antecedent, and through
//! control nouns such as "a Russian effort to acquire ...") and the object after the
//! pattern's words; passives ("was attacked by", "drones used by") swap them; nouns take
//! their subject from a possessor ("Russia's assault on"), an adjective ("Russian
//! assault"), "by X", "between A and B" or the clause. Coordinated actors ("Britain,
//! France, and Italy") each get a triple. Modality (negated, hedged, future, reported),
//! the claim source ("Price said", "the Journal reported") and the date (a day of the
//! sentence, else a month or year of the event's clause) come from the
//! sentence. [`Extractor::extract_article`] runs the text → recognize → extract chain for
//! one article; it is a pure function of the article and the lexicon.

mod dates;
mod events;
mod frames;
mod guards;
mod repair;
mod structural;
mod tags;
mod tree;
mod typing;

pub use tags::known_tags;

pub use dates::{event_period, sentence_date};

use crate::lexicon::{date_key, Frame, Lexicon, Relation, VerbForm};
use crate::model::{Article, EntityRef, Evidence, Kind, Modality, Plover, Polarity, Triple};
use crate::recognize::{recognize, Mention};
use crate::resolve::Discourse;
use crate::text::{split_sentences, tokenize_into, Token};
use rustc_hash::FxHashMap as HashMap;

use crate::shared::plover::PloverType;
/// The 16 PLOVER event types (they live in [`crate::shared::plover`]).
pub use crate::shared::plover::PLOVER_TYPES;

/// The extractor: the lexicon with its patterns indexed by head word.
#[derive(Debug)]
pub struct Extractor<'a> {
    lex: &'a Lexicon,
    heads: HashMap<String, Vec<(usize, VerbForm)>>,
    /// The plain verb patterns of `asks` and `supplies`, for requests of supplies ("they
    /// asked for air defence, which the US will supply"), when the catalogue has both.
    ask_and_supply: Option<(usize, usize)>,
    /// CAMEO code → its PLOVER types.
    plover_of_code: HashMap<String, Vec<PloverType>>,
    /// The syntax model.
    syntax: &'static crate::syntax::Model,
}

/// How many steps in the tree (see [`tree::Tree::distance`]) a party of the word-class
/// matcher's event may stand from its trigger: a light verb's subject ("A held talks with
/// B": two), a controlled infinitive's ("A prepares to visit B") and conjuncts stay near.
const WORD_CLASS_REACH: usize = 4;

thread_local! {
    /// The syntax stage's buffers, one set per thread.
    static SYNTAX_SCRATCH: std::cell::RefCell<(crate::syntax::Scratch, Vec<crate::syntax::UdWord>, Vec<crate::syntax::Word>)> =
        std::cell::RefCell::new(Default::default());
}

/// An event found in a sentence, before it becomes triples.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub pattern: usize,
    pub subjects: Vec<usize>,
    pub objects: Vec<usize>,
    pub trigger: (usize, usize),
    /// Where the clause that holds the trigger starts (for modality).
    pub clause_start: usize,
    pub confidence: f64,
}

impl<'a> Extractor<'a> {
    /// A refusal to cooperate ("would not release the sailors") is also a rejection of the
    /// other side: the relation `rejects`, asserted, or reported when someone claims it.
    fn refusal_rejection(
        &self,
        tokens: &[Token],
        ev: &Event,
        rel: &Relation,
        modality: Modality,
        claimed: bool,
    ) -> Option<(&'a Relation, Modality)> {
        if modality != Modality::Negated
            || rel.polarity != Polarity::Cooperative
            || !frames::refusal(tokens, ev)
        {
            return None;
        }
        let m = if claimed {
            Modality::Reported
        } else {
            Modality::Asserted
        };
        self.lex.relation("rejects").map(|r| (r, m))
    }

    /// Indexes the lexicon's patterns by their inflected heads.
    pub fn new(lex: &'a Lexicon) -> Self {
        let mut heads: HashMap<String, Vec<(usize, VerbForm)>> = HashMap::default();
        for (i, p) in lex.patterns.iter().enumerate() {
            for (form, f) in &p.heads {
                heads.entry(form.clone()).or_default().push((i, *f));
            }
        }
        // Most specific patterns first: more literal words, then file order.
        for v in heads.values_mut() {
            v.sort_by_key(|(i, _)| {
                let p = &lex.patterns[*i];
                let lits = p
                    .elems
                    .iter()
                    .filter(|e| matches!(e, crate::lexicon::PatternElem::Words(_)))
                    .count();
                (std::cmp::Reverse(lits), p.pre.is_none(), *i)
            });
        }
        let pattern_of = |rel: &str| {
            lex.patterns.iter().position(|p| {
                p.relation == rel
                    && p.frame == Frame::Verb
                    && p.obj_kind.is_none()
                    && p.subj_kind.is_none()
            })
        };
        let ask_and_supply = pattern_of("asks").zip(pattern_of("supplies"));
        let plover_of_code = crate::shared::cameo::cameo_table()
            .into_iter()
            .map(|(code, (_, _, types))| (code, types))
            .collect();
        Extractor {
            lex,
            heads,
            ask_and_supply,
            plover_of_code,
            syntax: crate::syntax::Model::builtin(),
        }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        self.lex
    }

    /// All triples of one article, in sentence order.
    pub fn extract_article(&self, article: &Article) -> Vec<Triple> {
        let text = &article.text;
        let date = article.date.as_deref().and_then(|d| date_key(d, false));
        let mut discourse = Discourse::new();
        let mut out = Vec::new();
        let mut sport_cues = 0;
        // one token buffer for all the sentences of the article
        let mut tokens = Vec::new();
        for (si, s) in split_sentences(text).iter().enumerate() {
            tokenize_into(&text[s.start..s.end], s.start, &mut tokens);
            let mentions = recognize(text, &tokens, self.lex, date, &discourse);
            let cues = guards::sport_cues(&tokens);
            sport_cues += cues;
            let mut triples =
                self.sentence_triples(article, si, (s.start, s.end), &tokens, &mentions);
            if cues > 0 {
                // "Brazil attacked Argentina's defence in the second half": a match, not a war
                triples.retain(|t| t.plover.is_none());
            }
            discourse.observe(&mentions);
            discourse.observe_actors(
                triples
                    .iter()
                    .filter(|t| t.plover.is_some())
                    .map(|t| &t.subject),
                &mentions,
            );
            out.extend(triples);
        }
        if sport_cues >= guards::SPORTS_ARTICLE {
            // a sports story: its states play each other, they do not act on each other
            out.retain(|t| t.plover.is_none());
        }
        out
    }

    /// The triples of one recognised sentence: sentence `si` of `article`, at byte span
    /// `span` of its text, with its `tokens` and their `mentions` (from
    /// [`crate::recognize::recognize`]). Relation patterns, structural relations, modality,
    /// claims and dates are all settled here; the caller applies the article-level guards.
    pub fn sentence_triples(
        &self,
        article: &Article,
        si: usize,
        span: (usize, usize),
        tokens: &[Token],
        mentions: &[Mention],
    ) -> Vec<Triple> {
        let mut out = Vec::new();
        // the sentence is copied only for the triples it gives
        let evidence = std::cell::OnceCell::new();
        let evidence = || -> Evidence {
            evidence
                .get_or_init(|| Evidence {
                    text: article.text[span.0..span.1].to_string(),
                    start: span.0,
                    end: span.1,
                    article_date: article.date.clone(),
                })
                .clone()
        };
        // the time phrases too are read only for sentences that give events; an event's
        // date is its own clause's ([`dates::event_date`]), a structural relation's the
        // article's
        let times = std::cell::OnceCell::new();
        let times =
            || -> &[dates::TimeExpr] { times.get_or_init(|| dates::time_expressions(tokens)) };
        let date = || article.date.clone();
        let base = |subject: EntityRef, relation: &str, object: EntityRef| Triple {
            article: article.id.clone(),
            sentence: si,
            subject,
            relation: relation.to_string(),
            object,
            plover: None,
            cameo: None,
            polarity: Polarity::Neutral,
            modality: Modality::Asserted,
            claimed_by: None,
            confidence: 0.9,
            date: date(),
            date_phrase: None,
            evidence: evidence(),
        };
        self.structural_triples(article, tokens, mentions, &base, &mut out);
        // An event triple joins two different entities (see the `s.id == o.id` test
        // below): a sentence that mentions fewer has none, and most sentences of news
        // prose are such, so the pattern search, attribution and modality are skipped
        // for them.
        let mut ids = mentions.iter().flat_map(Mention::entities).map(|e| &e.id);
        let two_entities = ids.next().is_some_and(|first| ids.any(|id| id != first));
        let events = if two_entities {
            frames::find_events(self, tokens, mentions)
        } else {
            Vec::new()
        };
        // Attribution, for the events found.
        let claims = if events.is_empty() {
            Vec::new()
        } else {
            frames::attributions(tokens, mentions)
        };
        let mut seen = rustc_hash::FxHashSet::default();
        // the pairs the tree gave each trigger word: the word-class matcher adds no second
        // relation for the same event
        let mut tree_pairs: rustc_hash::FxHashSet<(usize, String, String)> =
            rustc_hash::FxHashSet::default();
        // Events by grammatical role, over the sentence's dependency tree. An event needs
        // someone who acts (no place, no newspaper) and someone or somewhere acted on: other
        // sentences are not parsed.
        let parse_worthy = two_entities && {
            let mut ids = mentions.iter().flat_map(Mention::entities).filter(|e| {
                e.kind != Kind::Media && (e.kind != Kind::Location || e.country.is_some())
            });
            let actor = mentions.iter().any(|m| {
                m.role != crate::recognize::MentionRole::Location
                    && m.entities()
                        .any(|e| !matches!(e.kind, Kind::Location | Kind::Media))
            });
            actor
                && ids
                    .next()
                    .is_some_and(|first| ids.any(|e| e.id != first.id))
        };
        // tokens whose use the vocabulary knows to be no event ("met its targets")
        let mut vetoed_tokens = vec![false; tokens.len()];
        // tokens whose predicate the tree knows is not (yet) a fact, and how
        let mut tree_modality: Vec<Option<Modality>> = vec![None; tokens.len()];
        // (trigger token, mention) pairs of the word-class matcher's events that stand too
        // far apart in the tree to be the event's party
        let mut far: rustc_hash::FxHashSet<(usize, usize)> = rustc_hash::FxHashSet::default();
        if parse_worthy {
            SYNTAX_SCRATCH.with(|cell| {
                let (scratch, spans, words) = &mut *cell.borrow_mut();
                crate::syntax::ud_words(&article.text, tokens, spans);
                let forms: Vec<&str> = spans
                    .iter()
                    .map(|w| &article.text[w.start..w.end])
                    .collect();
                let allowed = known_tags(&forms, spans, mentions);
                self.syntax
                    .analyze_constrained(&forms, &allowed, scratch, words);
                let tree = tree::Tree::new(spans, words, tokens, mentions);
                // the word-class matcher pairs names by their order; a name more than
                // WORD_CLASS_REACH steps from the trigger in the tree is not its party ("the
                // problems of Afghanistan and Kampuchea in its talks with Peking": Kampuchea
                // holds no talks)
                for ev in &events {
                    let at: Vec<usize> = (0..tree.len())
                        .filter(|&w| (ev.trigger.0..ev.trigger.1).contains(&tree.token(w)))
                        .collect();
                    for &m in ev.subjects.iter().chain(&ev.objects) {
                        let Some(mw) = (0..tree.len()).find(|&w| tree.mention_at(w) == Some(m))
                        else {
                            continue;
                        };
                        let d = at.iter().map(|&w| tree.distance(w, mw)).min();
                        if d.is_some_and(|d| d > WORD_CLASS_REACH)
                            || at.iter().all(|&w| tree.walled_off(mw, w)) && !at.is_empty()
                        {
                            far.insert((ev.trigger.0, m));
                        }
                    }
                }
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
                    // the name before it)
                    if events::accused_within(&tree, i).is_some_and(|a| a.1)
                        || events::sanctioned_trade(&tree, i)
                        || events::market_demand(&tree, i)
                        || (tree.rel(i) == crate::syntax::Rel::Amod && tree.xpos(i) == "VBG")
                    {
                        vetoed_tokens[spans[i].token] = true;
                    } else if let Some(m) = events::wished(&tree, i) {
                        tree_modality[spans[i].token] = Some(m);
                    }
                }
                let (found, vetoes) = events::find_with_vetoes(&tree, &self.lex.events);
                for w in vetoes {
                    vetoed_tokens[spans[w].token] = true;
                }
                let claims = if found.is_empty() {
                    Vec::new()
                } else {
                    frames::attributions(tokens, mentions)
                };
                for tev in found {
                    // what one asks another to do is the content of the request, not an event
                    // nor is the trade a sanction falls on ("tariffs on exports to")
                    if events::requested(&tree, tev.word)
                        || events::sanctioned_trade(&tree, tev.word)
                        || events::market_demand(&tree, tev.word)
                    {
                        // nor does the word-class matcher make one of it
                        vetoed_tokens[tev.trigger] = true;
                        continue;
                    }
                    let ev = Event {
                        pattern: usize::MAX,
                        subjects: tev.subjects.clone(),
                        objects: tev.objects.clone(),
                        trigger: (tev.trigger, tev.trigger + 1),
                        clause_start: tev.clause_start,
                        confidence: tev.confidence,
                    };
                    let claim = frames::claim_for(&claims, tokens, mentions, &ev).cloned();
                    // what one is accused of is the accuser's claim ("Baku accused Yerevan of
                    // shelling"), a charge without an accuser only hedged ("was suspected of")
                    let accused = events::accused_within(&tree, tev.word).filter(|a| a.1);
                    let accuser = accused.and_then(|(verb, _)| {
                        events::accuser(&tree, verb).map(|speaker| frames::Claim {
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
                    let wish = events::wished(&tree, tev.word);
                    // what the tree knows is not done ("permission to send", "on the verge
                    // of attacking"), the word-class matcher does not make a fact of
                    if events::unrealised(&tree, tev.word) {
                        vetoed_tokens[tev.trigger] = true;
                    }
                    let (modality, hedge_penalty) = match (modality, wish) {
                        (Modality::Asserted | Modality::Reported, Some(m)) => {
                            (m, if m == Modality::Hedged { 0.1 } else { 0.05 })
                        }
                        (m, _) => (m, hedge_penalty),
                    };
                    let ev_date = dates::event_date(
                        &article.text,
                        tokens,
                        times(),
                        Some((&tree, tev.word)),
                        ev.clause_start,
                        ev.trigger.0,
                        modality,
                        article.date.as_deref(),
                    );
                    // a threat to act is dated by its own verb, not by the act's time
                    let threat_date = dates::threat_date(
                        &article.text,
                        tokens,
                        times(),
                        &tree,
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
                    // an accusation read from a claim is dated when the claim is made
                    let said_date = claim.as_ref().map(|c| {
                        let verb = (0..tree.len()).find(|&w| tree.token(w) == c.verb);
                        dates::event_date(
                            &article.text,
                            tokens,
                            times(),
                            verb.map(|w| (&tree, w)),
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
                        let Some(rel) = named.or_else(|| self.relation_for_code(code, mutual))
                        else {
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
                        let intent = events::intended(&tree, tev.word);
                        // an intention or threat to do a mutual thing is mutual too
                        let symmetric = rel.symmetric;
                        let (rel, kind, code) = if frames::threatened(tokens, &ev)
                            || events::threatened(&tree, tev.word)
                            || (intent && rel.polarity == Polarity::Conflictual)
                        {
                            let c = frames::threat_code(&rel.id, Some(kind)).to_string();
                            match self.lex.relation("threatens") {
                                Some(th) => (th, PloverType::Threaten, c),
                                None => (rel, kind, code.clone()),
                            }
                        } else if intent && rel.polarity == Polarity::Cooperative {
                            match self.lex.relation("promises") {
                                Some(pr) => (
                                    pr,
                                    PloverType::Agree,
                                    events::intent_code(code).to_string(),
                                ),
                                None => (rel, kind, code.clone()),
                            }
                        } else {
                            (rel, kind, code.clone())
                        };
                        // a refusal to cooperate is also a rejection: "would not release
                        // the sailors"
                        let mut variants = vec![(rel, kind, code, modality)];
                        if let Some((rej, m)) =
                            self.refusal_rejection(tokens, &ev, rel, modality, claim.is_some())
                        {
                            let c = rej.cameo.clone().unwrap_or_else(|| "120".into());
                            variants.push((rej, PloverType::Reject, c, m));
                        }
                        for (rel, kind, code, modality) in variants {
                            let code = &code;
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
                                    if symmetric {
                                        pairs.push((b, a));
                                    }
                                }
                            }
                            // a place acted on stands for its state, but not in what is only
                            // said or felt (criticism, support, appeals, rejection, threats,
                            // cooperation): "opposed California Proposition 215" opposes no
                            // state
                            let verbal = matches!(
                                code.get(..2),
                                Some(
                                    "01" | "02"
                                        | "03"
                                        | "05"
                                        | "06"
                                        | "10"
                                        | "11"
                                        | "12"
                                        | "13"
                                )
                            );
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
                            let accuser_of = |s: &EntityRef| {
                                claimed_by.as_ref().filter(|c| {
                                    !own_claim
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
                                                    && claim
                                                        .as_ref()
                                                        .is_some_and(|c| c.speaker == b)
                                            })
                                        {
                                            continue;
                                        }
                                        if !seen.insert((
                                            s.id.clone(),
                                            rel.id.clone(),
                                            o.id.clone(),
                                        )) {
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
                                        t.claimed_by = if own_claim {
                                            (modality == Modality::Reported).then(|| s.clone())
                                        } else {
                                            claimed_by.clone().filter(|c| {
                                                c.id != s.id || modality == Modality::Reported
                                            })
                                        };
                                        t.confidence = round2(
                                            (ev.confidence - hedge_penalty).clamp(0.05, 0.99),
                                        );
                                        let d = match &threat_date {
                                            Some(d) if rel.id == "threatens" => d.clone(),
                                            _ => ev_date.for_modality(modality),
                                        };
                                        (t.date, t.date_phrase) = (d.date, d.phrase);
                                        if let Some(c) = accuser_of(s) {
                                            if seen.insert((
                                                c.id.clone(),
                                                "accuses".into(),
                                                s.id.clone(),
                                            )) {
                                                out.extend(accusation(c, s));
                                            }
                                        }
                                        paired.insert(s.id.clone());
                                        tree_pairs.insert((
                                            ev.trigger.0,
                                            s.id.clone(),
                                            o.id.clone(),
                                        ));
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
                                            if seen.insert((
                                                c.id.clone(),
                                                "accuses".into(),
                                                s.id.clone(),
                                            )) {
                                                out.extend(accusation(c, &s));
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            });
        }
        // a trigger the tree found its parties for is the tree's: the word-class matcher,
        // which pairs names by their order, adds no other pairs for it ("met the prime
        // minister after talks with A and B" is no meeting of A with B)
        let tree_triggered: rustc_hash::FxHashSet<usize> = tree_pairs.iter().map(|p| p.0).collect();
        for ev in events {
            if vetoed_tokens.get(ev.trigger.0).copied().unwrap_or(false)
                || tree_triggered.contains(&ev.trigger.0)
            {
                continue;
            }
            let p = &self.lex.patterns[ev.pattern];
            let Some(rel) = self.lex.relation(&p.relation) else {
                continue;
            };
            let claim = frames::claim_for(&claims, tokens, mentions, &ev).cloned();
            let (modality, hedge_penalty) = frames::modality(tokens, &ev, claim.as_ref());
            let (modality, hedge_penalty) = match (modality, tree_modality[ev.trigger.0]) {
                (Modality::Asserted | Modality::Reported, Some(m)) => (m, 0.1),
                (m, _) => (m, hedge_penalty),
            };
            // the time of the event's own clause, by the words (no tree here)
            let ev_date = dates::event_date(
                &article.text,
                tokens,
                times(),
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
                    if far.contains(&(ev.trigger.0, si_))
                        || claim.as_ref().is_some_and(|c| {
                            c.speaker == si_ && mentions[si_].tok_start > ev.trigger.0
                        })
                    {
                        continue;
                    }
                    for &oi in &ev.objects {
                        if far.contains(&(ev.trigger.0, oi)) {
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
                                        tree_pairs.contains(&(k, a.id.clone(), b.id.clone()))
                                    });
                                    if by_tree
                                        || !seen.insert((
                                            a.id.clone(),
                                            rel.id.clone(),
                                            b.id.clone(),
                                        ))
                                    {
                                        continue;
                                    }
                                    let mut t = base(a.clone(), &rel.id, b.clone());
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
                                    out.push(t);
                                }
                            }
                        }
                    }
                }
            }
        }
        // a name recognised by a fuzzy match (a spelling variant) is less sure
        let fuzzy: Vec<&str> = mentions
            .iter()
            .filter(|m| m.via == crate::recognize::Via::Fuzzy)
            .map(|m| m.entity.id.as_str())
            .collect();
        if !fuzzy.is_empty() {
            for t in &mut out {
                if fuzzy.contains(&t.subject.id.as_str()) || fuzzy.contains(&t.object.id.as_str()) {
                    t.confidence = round2((t.confidence - 0.1).max(0.05));
                }
            }
        }
        // one sentence does not say that an actor both fights another and works with it or
        // helps it ("Russian forces renewed their assault on Ukrainian lines defending the
        // city", a participle the parser hung on the wrong noun, was also Russia protecting
        // Ukraine): the fight stands (an apology or praise may follow a fight in one breath)
        let done = |t: &Triple| matches!(t.modality, Modality::Asserted | Modality::Reported);
        fn root(t: &Triple) -> Option<&str> {
            t.cameo.as_deref().and_then(|c| c.get(..2))
        }
        let fought: Vec<(String, String)> = out
            .iter()
            .filter(|t| done(t) && matches!(root(t), Some("18" | "19" | "20")))
            .map(|t| (t.subject.id.clone(), t.object.id.clone()))
            .collect();
        if !fought.is_empty() {
            out.retain(|t| {
                !(done(t)
                    && matches!(root(t), Some("06" | "07"))
                    && fought
                        .iter()
                        .any(|(s, o)| *s == t.subject.id && *o == t.object.id))
            });
        }
        // a state's armed forces that arrive somewhere are deployed there; they pay no
        // visit ("Australian troops arrived in Afghanistan"): a visit (042) is an official's
        // or a delegation's
        out.retain(|t| {
            !(t.cameo.as_deref().is_some_and(|c| c.starts_with("042"))
                && t.subject.id.starts_with("gov:")
                && t.subject.id.ends_with(":military"))
        });
        // one line per fact: a person named twice with the same office, say
        let mut once = rustc_hash::FxHashSet::default();
        out.retain(|t| {
            once.insert((
                t.subject.id.clone(),
                t.relation.clone(),
                t.object.id.clone(),
                t.modality,
            ))
        });
        out
    }

    pub(crate) fn heads_at(&self, word: &str) -> Option<&Vec<(usize, VerbForm)>> {
        self.heads.get(word)
    }

    pub(crate) fn ask_and_supply(&self) -> Option<(usize, usize)> {
        self.ask_and_supply
    }

    pub(crate) fn frame_of(&self, pattern: usize) -> Frame {
        self.lex.patterns[pattern].frame
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// An act its own clause dates after the article's day has not happened yet, whatever the
/// verb says ("flies to Cairo next week", "the envoy travels to Sudan tomorrow"): future.
fn yet_to_come(m: Modality, d: &dates::EventDate) -> Modality {
    if d.after_article && matches!(m, Modality::Asserted | Modality::Reported) {
        Modality::Future
    } else {
        m
    }
}

#[cfg(test)]
mod tests;

/// Whether a CAMEO code is one of talking, agreeing, working together or giving (03–07):
/// what a person does so with their own state is their office, not an event between them.
fn cooperation(code: &str) -> bool {
    matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07"))
}

/// Whether an event with this code between `s` and `o` is no event between states: one
/// entity with itself, a state's body acting on the state, or a person, a body or a state
/// cooperating with its own state or another of its bodies. Both matchers ask it.
fn one_states_own(s: &EntityRef, o: &EntityRef, code: Option<&str>) -> bool {
    s.id == o.id
        || organ_on_own_state(s, o)
        || code.is_some_and(cooperation) && (own_state(s, o) || bodies_of_one_state(s, o))
}

/// Whether a body of a state (its army, navy, ministry) acts on that state itself: "U.S.
/// warships escorted U.S.-flagged Kuwaiti tankers" protects Kuwait, not the United States.
fn organ_on_own_state(s: &EntityRef, o: &EntityRef) -> bool {
    s.id.starts_with("gov:") && o.kind == Kind::Country && s.country == o.country
}

/// Whether two bodies belong to one state, or one is a body of the other ("the U.S. Army ...
/// to help protect U.S. ground forces", "the pact is approved by Canada's parliament"): their
/// working together is the state's own business, no event between states.
fn bodies_of_one_state(a: &EntityRef, b: &EntityRef) -> bool {
    let body_or_state = |e: &EntityRef| e.id.starts_with("gov:") || e.kind == Kind::Country;
    (a.id.starts_with("gov:") || b.id.starts_with("gov:"))
        && body_or_state(a)
        && body_or_state(b)
        && a.country == b.country
}

/// Whether one of two entities is a person and the other the state that person belongs to,
/// or its government or people ("Soviet Foreign Minister Shevardnadze" and the Soviet Union,
/// Australia's defence minister and "two Australian men").
fn own_state(a: &EntityRef, b: &EntityRef) -> bool {
    let one = |p: &EntityRef, c: &EntityRef| {
        p.kind == Kind::Person
            && p.country.is_some()
            && p.country == c.country
            && (c.kind == Kind::Country || c.id.starts_with("gov:") || c.id.starts_with("other:"))
    };
    one(a, b) || one(b, a)
}
