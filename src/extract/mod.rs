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
//! the claim source ("Price said", "the Journal reported") and the date come from the
//! sentence. [`Extractor::extract_article`] runs the text → recognize → extract chain for
//! one article; it is a pure function of the article and the lexicon.

mod dates;
mod frames;
mod guards;

pub use dates::sentence_date;

use crate::lexicon::{date_key, Frame, Lexicon, VerbForm};
use crate::model::{Article, EntityRef, Evidence, Kind, Modality, Plover, Triple};
use crate::recognize::{recognize, Mention};
use crate::resolve::Discourse;
use crate::text::{split_sentences, tokenize_into, Token};
use rustc_hash::FxHashMap as HashMap;

/// The 16 PLOVER event types.
pub const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// Roles that make a person the leader of what they serve.
const LEADER_ROLES: &[&str] = &[
    "president",
    "prime_minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "supreme_leader",
    "head_of_state",
    "leader",
    "general_secretary",
    "premier",
    "head_of_government",
    "monarch",
    "secretary_general",
];

/// The extractor: the lexicon with its patterns indexed by head word.
#[derive(Debug)]
pub struct Extractor<'a> {
    lex: &'a Lexicon,
    heads: HashMap<String, Vec<(usize, VerbForm)>>,
    /// The plain verb patterns of `asks` and `supplies`, for requests of supplies ("they
    /// asked for air defence, which the US will supply"), when the catalogue has both.
    ask_and_supply: Option<(usize, usize)>,
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
        Extractor {
            lex,
            heads,
            ask_and_supply,
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
                })
                .clone()
        };
        // the date too is read only for sentences that give triples
        let date = std::cell::OnceCell::new();
        let date = || -> Option<String> {
            date.get_or_init(|| {
                sentence_date(tokens, article.date.as_deref()).or_else(|| article.date.clone())
            })
            .clone()
        };
        let base = |subject: EntityRef, relation: &str, object: EntityRef| Triple {
            article: article.id.clone(),
            sentence: si,
            subject,
            relation: relation.to_string(),
            object,
            plover: None,
            cameo: None,
            polarity: "neutral".into(),
            modality: Modality::Asserted,
            claimed_by: None,
            confidence: 0.9,
            date: date(),
            evidence: evidence(),
        };
        // Structural: people and the offices the text gives them.
        for m in mentions {
            if m.office.is_none()
                && m.via == crate::recognize::Via::Title
                && m.entity.kind == Kind::Person
            {
                // a titled person the lexicon places: "National Security Advisor Jake Sullivan"
                if let Some(c) = m
                    .entity
                    .country
                    .as_ref()
                    .and_then(|c| self.lex.entity(&format!("country:{c}")))
                {
                    let mut t = base(m.entity.clone(), "official_of", c.to_ref());
                    t.confidence = 0.7;
                    out.push(t);
                }
            }
            if let Some((role, of)) = &m.office {
                if of.id == m.entity.id {
                    continue;
                }
                let rel = if LEADER_ROLES.contains(&role.as_str()) && of.kind == Kind::Country {
                    "leader_of"
                } else {
                    "official_of"
                };
                if self.lex.relation(rel).is_some() {
                    out.push(base(m.entity.clone(), rel, of.clone()));
                }
            }
        }
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
        for ev in events {
            let p = &self.lex.patterns[ev.pattern];
            let Some(rel) = self.lex.relation(&p.relation) else {
                continue;
            };
            let claim = frames::claim_for(&claims, tokens, mentions, &ev).cloned();
            let (modality, hedge_penalty) = frames::modality(tokens, &ev, claim.as_ref());
            // A refusal to cooperate is also a rejection of the other side.
            let mut variants = vec![(rel, modality, p.cameo.clone().or_else(|| rel.cameo.clone()))];
            if modality == Modality::Negated
                && rel.polarity == "cooperative"
                && frames::refusal(tokens, &ev)
            {
                if let Some(rej) = self.lex.relation("rejects") {
                    let m = if claim.is_some() {
                        Modality::Reported
                    } else {
                        Modality::Asserted
                    };
                    variants.push((rej, m, rej.cameo.clone()));
                }
            }
            for (rel, modality, cameo) in variants {
                let claimed_by = claim.as_ref().map(|c| mentions[c.speaker].entity.clone());
                for &si_ in &ev.subjects {
                    for &oi in &ev.objects {
                        for s in mentions[si_].entities() {
                            for o in mentions[oi].entities() {
                                if s.id == o.id
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
                                // The surface direction is kept. Between coordinated actors ("A and B met",
                                // "the alliance between A and B") subjects and objects are the same list,
                                // so each ordered pair comes out once.
                                {
                                    let (a, b) = (s, o);
                                    if !seen.insert((a.id.clone(), rel.id.clone(), b.id.clone())) {
                                        continue;
                                    }
                                    let mut t = base(a.clone(), &rel.id, b.clone());
                                    t.plover = rel.plover.as_ref().map(|ty| {
                                        let (src, tgt) = if rel.reverse { (b, a) } else { (a, b) };
                                        Plover {
                                            kind: ty.clone(),
                                            source: src.id.clone(),
                                            target: tgt.id.clone(),
                                        }
                                    });
                                    t.cameo = cameo.clone();
                                    t.polarity = rel.polarity.clone();
                                    t.modality = modality;
                                    t.claimed_by = claimed_by
                                        .clone()
                                        .filter(|c| c.id != a.id || modality == Modality::Reported);
                                    t.confidence =
                                        round2((ev.confidence - hedge_penalty).clamp(0.05, 0.99));
                                    out.push(t);
                                }
                            }
                        }
                    }
                }
            }
        }
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
