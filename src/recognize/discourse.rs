//! The article's memory of what it has named, for resolution within an article (the
//! `resolve` stage re-exports it; it lives here because recognition consults it).
//!
//! Takes the mentions of each sentence in order; keeps a [`Discourse`] memory of the people
//! and states met so far, so that later sentences can refer to them by short name
//! ("Price"), by pronoun ("he met with ...") or as "the two countries"; variants of a name
//! ("Ebrahim al-Raisi" = "Ebrahim Raisi") fall together because ids are built from a slug
//! that drops name particles. Also rolls people and bodies up to their state.

use crate::lexicon::{DateKey, Lexicon};
use crate::model::{EntityRef, Kind};
use crate::recognize::{Mention, MentionRole};
use crate::shared::slug::slug;
use crate::text::Token;
use rustc_hash::FxHashMap as HashMap;

/// A sentence as the passes that read it against the article see it (titled people,
/// definite descriptions).
#[derive(Clone, Copy)]
pub(super) struct Sentence<'a> {
    /// The whole article text, which the tokens' offsets index.
    pub text: &'a str,
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The article's date, which decides who holds an office.
    pub date: Option<DateKey>,
    /// What the article named before the sentence.
    pub discourse: &'a Discourse,
}

impl<'a> Sentence<'a> {
    /// The sentence of `tokens` in `text`, read with `lex` on `date` after `discourse`.
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        lex: &'a Lexicon,
        date: Option<DateKey>,
        discourse: &'a Discourse,
    ) -> Sentence<'a> {
        Sentence {
            text,
            tokens,
            lex,
            date,
            discourse,
        }
    }
}

/// An entity the article has named, for definite descriptions ("the kingdom"): its id,
/// and the sentence (counted from 0) and tokens where it was last named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The entity's id (a state's, also when named through its body or an official).
    pub id: String,
    /// The sentence.
    pub sentence: usize,
    /// The first token of the mention in that sentence.
    pub tok: usize,
    /// One past its last token.
    pub end: usize,
}

/// The ids a mention names for definite descriptions: its states, places, groups and
/// international bodies, and the state of a state's body, of an official or of an office
/// holder ("Saudi officials" and "King Abdullah" name their kingdoms). For the `parties`
/// of "the two countries" and "both sides", only what it names as itself or through the
/// state's body ("Thai troops"), not as a place ("talks in Geneva"), nor through a person
/// (the envoy of a mediator is no side).
pub fn named_ids(m: &Mention, parties: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if parties && m.role == MentionRole::Location {
        return out;
    }
    let mut add = |id: String| {
        if !out.contains(&id) {
            out.push(id);
        }
    };
    for e in m.entities() {
        match e.kind {
            Kind::Country | Kind::Location | Kind::Group => add(e.id.clone()),
            Kind::Organization if e.id.starts_with("org:") => add(e.id.clone()),
            _ => {}
        }
        if e.id.starts_with("gov:") || e.kind == Kind::Person && !parties {
            if let Some(c) = &e.country {
                add(format!("country:{c}"));
            }
        }
    }
    if let Some((_, of)) = m.office.as_ref().filter(|_| !parties) {
        if of.kind == Kind::Country {
            add(of.id.clone());
        }
    }
    out
}

/// What an article has said so far, for coreference.
#[derive(Debug, Clone, Default)]
pub struct Discourse {
    persons: Vec<EntityRef>,
    surnames: HashMap<String, EntityRef>,
    /// The last person who was the subject of an event, and the sentence.
    actor: Option<(EntityRef, usize)>,
    /// The person a sentence opens with (its likely subject), and the sentence.
    topic: Option<(EntityRef, usize)>,
    /// Sentences observed so far.
    sentences: usize,
    /// The state of the name the article opens with.
    opening: Option<String>,
    /// How often the article has named each state, through its name, a body or a person.
    state_counts: HashMap<String, usize>,
    /// The entities named so far, the one named last last.
    named: Vec<Named>,
    /// The same, of those named as themselves ([`named_ids`] for parties).
    parties: Vec<Named>,
    /// The holders of offices the article has named by their title ("Kenya's president"),
    /// with the role, the state (or body) whose office it is, and the sentence: whom "the
    /// President" stands for.
    offices: Vec<(String, String, EntityRef, usize)>,
}

impl Discourse {
    /// A fresh memory for a new article.
    pub fn new() -> Self {
        Self::default()
    }

    /// The person a pronoun of the next sentence most likely means, among those `accept`
    /// allows ("she" is not a man): the one who acted in the sentence before, else the one
    /// that sentence opened with, else the one named last.
    pub fn last_person(&self, accept: impl Fn(&EntityRef) -> bool) -> Option<EntityRef> {
        for (p, at) in [&self.actor, &self.topic].into_iter().flatten() {
            if self.sentences <= at + 1 && accept(p) {
                return Some(p.clone());
            }
        }
        self.persons.iter().rev().find(|p| accept(p)).cloned()
    }

    /// Records the people who act as subjects of events in the sentence just observed (its
    /// `mentions`): the one who acts in most of them, and of those the one named last (a
    /// clause put first names others before the subject: "After meeting Putin, Erdogan flew
    /// to Baku") ("Specter met Prince Abdullah and Prince Sultan": a meeting has each as a
    /// subject, Specter twice; "After meeting Milosevic, Kornblum flew to Zagreb": Kornblum
    /// meets and flies). The next sentence's "he" is that one.
    pub fn observe_actors<'a>(
        &mut self,
        subjects: impl Iterator<Item = &'a EntityRef>,
        mentions: &[Mention],
    ) {
        let mut acts: Vec<(&EntityRef, usize)> = Vec::new();
        for e in subjects.filter(|e| e.kind == Kind::Person && e.verified()) {
            match acts.iter_mut().find(|(p, _)| p.id == e.id) {
                Some((_, n)) => *n += 1,
                None => acts.push((e, 1)),
            }
        }
        let first_named = |e: &EntityRef| {
            mentions
                .iter()
                .filter(|m| m.entity.id == e.id)
                .map(|m| m.tok_start)
                .min()
                .unwrap_or(usize::MAX)
        };
        if let Some((p, _)) = acts
            .iter()
            .min_by_key(|(e, n)| (std::cmp::Reverse(*n), std::cmp::Reverse(first_named(e))))
        {
            self.actor = Some(((*p).clone(), self.sentences.saturating_sub(1)));
        }
    }

    /// The entities named so far for definite descriptions ("the kingdom", "the two
    /// countries"), each with where it was last named, the one named last last.
    pub fn named(&self) -> &[Named] {
        &self.named
    }

    /// The entities named so far as themselves, not as a place nor through their people,
    /// for "the two countries" and "both sides".
    pub fn parties(&self) -> &[Named] {
        &self.parties
    }

    /// How many sentences were observed: the index of the sentence being recognised.
    pub fn sentences(&self) -> usize {
        self.sentences
    }

    /// The state an earlier sentence of the article gave the person `id`, if any.
    pub fn country_of_person(&self, id: &str) -> Option<String> {
        self.persons
            .iter()
            .rev()
            .chain(self.surnames.values())
            .find(|p| p.id == id && p.country.is_some())
            .and_then(|p| p.country.clone())
    }

    /// A person met before whose family name is `word` (lowercase).
    pub fn person_by_surname(&self, word: &str) -> Option<EntityRef> {
        self.surnames.get(word).cloned()
    }

    /// A person met before with the same family name as `name` ("Ebrahim al-Raisi" after
    /// "Ebrahim Raisi").
    /// Two people of one family name with different first names are not the same ("George
    /// Garang" is not "John Garang").
    pub fn person_by_name(&self, name: &str) -> Option<EntityRef> {
        let s = slug(name);
        let last = s.rsplit('-').next()?;
        let first = |slug: &str| slug.split('-').next().map(str::to_string);
        let compatible = |p: &EntityRef| {
            let ps = slug(&p.name);
            // one of them a family name alone, or the same first name, or an initial of it
            !s.contains('-')
                || !ps.contains('-')
                || match (first(&s), first(&ps)) {
                    (Some(a), Some(b)) => {
                        a == b
                            || a.len() == 1 && b.starts_with(&a)
                            || b.len() == 1 && a.starts_with(&b)
                    }
                    _ => true,
                }
        };
        self.persons
            .iter()
            .rev()
            .find(|p| {
                p.id == format!("person:{s}")
                    || p.id.rsplit('-').next() == Some(last) && compatible(p)
            })
            .cloned()
    }

    /// The state an article opens with ("Kuwait, a target of ...", "Japan is seeking ..."),
    /// when its first sentence starts with a state's name or capital.
    pub fn opening_state(&self) -> Option<&str> {
        self.opening.as_deref()
    }

    /// The state the article has named most often so far (through its name, a body or a
    /// person of it), when one leads: named at least twice and more than any other.
    pub fn most_named_state(&self) -> Option<&str> {
        let mut counts: Vec<(&String, &usize)> = self.state_counts.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        match counts.as_slice() {
            [(c, &n), rest @ ..] if n >= 2 && rest.first().is_none_or(|(_, &m)| m < n) => {
                Some(c.as_str())
            }
            _ => None,
        }
    }

    /// The holders of `role` the article named (by their title, or by a name the lexicon
    /// gives the office on the date) within `window` sentences before the next, with the
    /// id of the state or body whose office it is: one for
    /// "the President" to stand for, or more when the article has named two (Kenya's and
    /// Ethiopia's presidents), however they were ordered.
    pub fn office_holders(&self, role: &str, window: usize) -> Vec<(&str, &EntityRef)> {
        let from = self.sentences.saturating_sub(window);
        // (one office is one holder, however named: the one named last for each state)
        let mut out: Vec<(&str, &EntityRef)> = Vec::new();
        for (_, of, e, _) in (self.offices.iter()).filter(|(r, _, _, at)| r == role && *at >= from)
        {
            match out.iter_mut().find(|(o, _)| *o == of.as_str()) {
                Some(x) => x.1 = e,
                None => out.push((of.as_str(), e)),
            }
        }
        out
    }

    /// Records the offices the people the lexicon knows in the sentence just observed
    /// held on `date` ("Greek Prime Minister Costas Simitis" is Greece's prime minister),
    /// as [`Discourse::observe`] records those named by their title.
    pub fn observe_offices(
        &mut self,
        lex: &crate::lexicon::Lexicon,
        date: Option<crate::lexicon::DateKey>,
        mentions: &[Mention],
    ) {
        let Some(at) = self.sentences.checked_sub(1) else {
            return;
        };
        for m in mentions {
            if m.entity.kind != Kind::Person || m.office.is_some() {
                continue;
            }
            let Some(&pi) = lex.by_id.get(&m.entity.id) else {
                continue;
            };
            for r in lex.roles_of(pi, date) {
                (self.offices).push((r.role.clone(), r.of.clone(), m.entity.clone(), at));
            }
        }
    }

    /// Records the mentions of a sentence, in order.
    pub fn observe(&mut self, mentions: &[Mention]) {
        self.sentences += 1;
        let at = self.sentences - 1;
        for m in mentions {
            if let Some((role, of)) = &m.office {
                (self.offices).push((role.clone(), of.id.clone(), m.entity.clone(), at));
            }
        }
        for m in mentions {
            for (parties, list) in [(false, &mut self.named), (true, &mut self.parties)] {
                for id in named_ids(m, parties) {
                    list.retain(|n| n.id != id);
                    list.push(Named {
                        id,
                        sentence: at,
                        tok: m.tok_start,
                        end: m.tok_end,
                    });
                }
            }
        }
        if self.sentences == 1 {
            self.opening = mentions
                .iter()
                .find(|m| {
                    m.tok_start == 0
                        && m.entity.kind == Kind::Country
                        && matches!(
                            m.via,
                            crate::recognize::Via::Alias(
                                crate::lexicon::AliasType::Capital
                                    | crate::lexicon::AliasType::Short
                                    | crate::lexicon::AliasType::Name
                                    | crate::lexicon::AliasType::Abbreviation
                            )
                        )
                })
                .and_then(|m| m.entity.country.clone());
        }
        for m in mentions {
            let state_like = matches!(
                m.entity.kind,
                Kind::Country | Kind::Organization | Kind::Person
            ) && !m.entity.id.starts_with("org:");
            if let (true, Some(c)) = (state_like, &m.entity.country) {
                *self.state_counts.entry(c.clone()).or_default() += 1;
            }
        }
        if let Some(m) = mentions.iter().find(|m| {
            m.tok_start <= 3
                && m.entity.kind == Kind::Person
                && m.role == MentionRole::Actor
                && m.entity.verified()
        }) {
            self.topic = Some((m.entity.clone(), self.sentences - 1));
        }
        for m in mentions {
            if m.role == MentionRole::Location {
                continue;
            }
            for e in m.entities() {
                match e.kind {
                    // The one named last, named again, changes nothing: its surname was
                    // recorded when it was last pushed, and no person came after it. (News
                    // names the same actor sentence after sentence.)
                    Kind::Person if self.persons.last() == Some(e) => {}
                    Kind::Person => {
                        // a person the lexicon does not know is known again by the surname,
                        // but is no one a pronoun stands for: the name may be a speaker's
                        // only ("Mr Roe said: ... to kill him")
                        if e.verified() {
                            self.persons.retain(|p| p.id != e.id);
                            self.persons.push(e.clone());
                        }
                        if !e.id.starts_with("office:") {
                            if let Some(last) = e.name.split_whitespace().last() {
                                let mut key = last
                                    .trim_matches(|c: char| !c.is_alphanumeric())
                                    .to_lowercase();
                                // the part after the last hyphen
                                if let Some(h) = key.rfind('-') {
                                    key.drain(..=h);
                                }
                                if key.len() > 2 {
                                    // (and as wire copy spells an umlaut: "Rühe" is
                                    // "Ruehe" or "Ruhe")
                                    if key.contains(['ä', 'ö', 'ü']) {
                                        for plain in [umlaut_as(&key, "e"), umlaut_as(&key, "")] {
                                            self.surnames.insert(plain, e.clone());
                                        }
                                    }
                                    self.surnames.insert(key, e.clone());
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The state an entity belongs to, as an entity of its own: people and bodies roll up.
pub fn country_of(e: &EntityRef) -> Option<String> {
    e.country.clone()
}

/// `word` with each umlaut written as its vowel followed by `after` ("rühe" as "ruehe" for
/// "e", "ruhe" for "").
fn umlaut_as(word: &str, after: &str) -> String {
    let mut out = String::with_capacity(word.len() + 2);
    for c in word.chars() {
        match c {
            'ä' => out.push('a'),
            'ö' => out.push('o'),
            'ü' => out.push('u'),
            _ => {
                out.push(c);
                continue;
            }
        }
        out.push_str(after);
    }
    out
}
