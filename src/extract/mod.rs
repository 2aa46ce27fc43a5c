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

mod binding;
mod by_role;
mod dates;
mod events;
mod frames;
mod guards;
mod parties;
mod repair;
mod structural;
mod tags;
mod tree;
mod typing;
mod word_class;

pub use tags::known_tags;

pub use dates::{event_period, sentence_date};

use crate::lexicon::{date_key, Frame, Lexicon, Relation, VerbForm};
use crate::model::{Article, EntityRef, Evidence, Kind, Modality, Polarity, Triple};
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

/// One sentence as its triples are made: where it stands in its article, its tokens and
/// their mentions, and what is read of it only for the triples it gives.
pub(crate) struct Sentence<'s> {
    pub article: &'s Article,
    pub si: usize,
    pub span: (usize, usize),
    pub tokens: &'s [Token],
    pub mentions: &'s [Mention],
    evidence: std::cell::OnceCell<Evidence>,
    times: std::cell::OnceCell<Vec<dates::TimeExpr>>,
}

impl<'s> Sentence<'s> {
    /// The same sentence read with other mentions ("its" bound by the tree: [`binding`]).
    fn with_mentions<'m>(&self, mentions: &'m [Mention]) -> Sentence<'m>
    where
        's: 'm,
    {
        Sentence {
            article: self.article,
            si: self.si,
            span: self.span,
            tokens: self.tokens,
            mentions,
            evidence: self.evidence.clone(),
            times: self.times.clone(),
        }
    }

    /// The sentence as evidence: copied only for the triples it gives.
    fn evidence(&self) -> Evidence {
        self.evidence
            .get_or_init(|| Evidence {
                text: self.article.text[self.span.0..self.span.1].to_string(),
                start: self.span.0,
                end: self.span.1,
                article_date: self.article.date.clone(),
            })
            .clone()
    }

    /// The sentence's time phrases, read only for sentences that give events: an event's
    /// date is its own clause's ([`dates::event_date`]), a structural relation's the
    /// article's.
    pub fn times(&self) -> &[dates::TimeExpr] {
        self.times
            .get_or_init(|| dates::time_expressions(self.tokens))
    }

    /// A triple of this sentence: asserted, neutral, dated by the article, with the
    /// sentence as evidence.
    pub fn base(&self, subject: EntityRef, relation: &str, object: EntityRef) -> Triple {
        Triple {
            article: self.article.id.clone(),
            sentence: self.si,
            subject,
            relation: relation.to_string(),
            object,
            plover: None,
            cameo: None,
            polarity: Polarity::Neutral,
            modality: Modality::Asserted,
            claimed_by: None,
            confidence: 0.9,
            date: self.article.date.clone(),
            date_phrase: None,
            evidence: self.evidence(),
        }
    }
}

/// The modality (and hedge penalty) of an event once the tree's reading of its clause is in,
/// for both matchers: the "would" of a past report ("announced the minister would visit") is
/// future where nothing the tree found (`wished`) hedges it; and what is done or promised on
/// a condition ("will visit if", never a threat's condition) may not be, hedged.
fn on_condition(
    (modality, penalty): (Modality, f64),
    wished: bool,
    future_in_past: bool,
    conditional: bool,
) -> (Modality, f64) {
    let modality = match modality {
        Modality::Hedged if future_in_past && !wished => Modality::Future,
        m => m,
    };
    match modality {
        Modality::Asserted | Modality::Reported | Modality::Future if conditional => {
            (Modality::Hedged, 0.1)
        }
        m => (m, penalty),
    }
}

/// What the two matchers of one sentence share as they make its triples.
pub(crate) struct Found {
    /// The triples made so far.
    pub out: Vec<Triple>,
    /// The (subject, relation, object) facts written, each once.
    pub seen: rustc_hash::FxHashSet<(String, String, String)>,
    /// The pairs the tree gave each trigger word: the word-class matcher adds no second
    /// relation for the same event.
    pub tree_pairs: rustc_hash::FxHashSet<(usize, String, String)>,
    /// The pairs the tree gave an event noun through the light verb that carries it ("made
    /// a verbal attack on"): the word-class matcher adds no second relation for those pairs
    /// of the noun (it may still pair others).
    pub light_pairs: rustc_hash::FxHashSet<(usize, String, String)>,
    /// Tokens whose use the vocabulary knows to be no event ("met its targets").
    pub vetoed_tokens: Vec<bool>,
    /// Tokens whose predicate the tree knows is not (yet) a fact, and how.
    pub tree_modality: Vec<Option<Modality>>,
    /// Tokens whose predicate the tree finds done or promised on a condition ("will visit
    /// if"): hedged, unless it is a threat, whose condition is its content.
    pub conditional: Vec<bool>,
    /// Tokens whose predicate's "would" is only the future of a past report ("announced
    /// the minister would visit"): future, not hedged, when nothing else hedges it.
    pub future_in_past: Vec<bool>,
    /// (trigger token, mention) pairs of the word-class matcher's events that stand too far
    /// apart in the tree to be the event's party.
    pub far: rustc_hash::FxHashSet<(usize, usize)>,
    /// By trigger token, the words before it that the tree sets apart from the clause of
    /// a word-class event (see [`tree::Tree::asides_before`]).
    pub asides: rustc_hash::FxHashMap<usize, Vec<bool>>,
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
        let pattern_of = |rel: &str| lex.plain_pattern(rel, Frame::Verb);
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
            discourse.observe_offices(self.lex, date, &mentions);
            // (a mutual event names its subject first and comes out in both directions:
            // the other side, "met Museveni", did not act as the subject did)
            let mut acts: Vec<(&str, &str, &str)> = Vec::new();
            let subjects: Vec<&EntityRef> = triples
                .iter()
                .filter(|t| t.plover.is_some())
                .filter(|t| {
                    let (s, r, o) = (
                        t.subject.id.as_str(),
                        t.relation.as_str(),
                        t.object.id.as_str(),
                    );
                    let mirror = acts.contains(&(o, r, s));
                    acts.push((s, r, o));
                    !mirror
                })
                .map(|t| &t.subject)
                .collect();
            discourse.observe_actors(subjects.into_iter(), &mentions);
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
        let sent = Sentence {
            article,
            si,
            span,
            tokens,
            mentions,
            evidence: Default::default(),
            times: Default::default(),
        };
        let base = |s: EntityRef, relation: &str, o: EntityRef| sent.base(s, relation, o);
        let mut out = Vec::new();
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
        let mut found = Found {
            out,
            seen: Default::default(),
            tree_pairs: Default::default(),
            light_pairs: Default::default(),
            vetoed_tokens: vec![false; tokens.len()],
            tree_modality: vec![None; tokens.len()],
            conditional: vec![false; tokens.len()],
            future_in_past: vec![false; tokens.len()],
            far: Default::default(),
            asides: Default::default(),
        };
        let rebound = if parse_worthy {
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
                // "offered its warships": whose the object is, by the tree
                let bound = binding::bind_possessives(&tree);
                let tree = match &bound {
                    Some(bound) => tree::Tree::new(spans, words, tokens, bound),
                    None => tree,
                };
                let bound_sent = bound.as_deref().map(|b| sent.with_mentions(b));
                found.mark_far(&tree, &events);
                found.mark_asides(&tree, &events);
                found.mark_recalled(&sent, &tree, &events);
                found.mark_nominal(self.lex, &tree, &events);
                self.tree_triples(bound_sent.as_ref().unwrap_or(&sent), &tree, &mut found);
                bound
            })
        } else {
            None
        };
        // both matchers read the mentions as the tree bound them
        let bound_sent = rebound.as_deref().map(|b| sent.with_mentions(b));
        self.word_class_triples(
            bound_sent.as_ref().unwrap_or(&sent),
            events,
            &claims,
            &mut found,
        );
        let mut out = found.out;
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
