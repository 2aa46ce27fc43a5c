//! A sentence's dependency tree as extraction reads it: the words of the syntax stage with
//! their children, and the entity mentions of the recognize stage placed on the tree (each
//! mention at its head word).

mod reach;
mod words;

use words::RELATIONAL;
pub(crate) use words::{people_noun, KEEP_OR_WATCH};

use crate::recognize::{Mention, MentionRole};
use crate::syntax::{Rel, UdWord, Upos, Word};
use crate::text::Token;

/// A parsed sentence with its mentions.
#[derive(Debug)]
pub struct Tree<'a> {
    /// The words (spans).
    pub spans: &'a [UdWord],
    /// Their analyses.
    pub words: &'a [Word],
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// The mentions.
    pub mentions: &'a [Mention],
    /// Children of each word, in order.
    children: Vec<Vec<usize>>,
    /// The head of each word after repairs (see [`Tree::new`]).
    heads: Vec<Option<usize>>,
    /// The relation of each word after repairs.
    rels: Vec<Rel>,
    /// The mention whose head each word is.
    mention_at: Vec<Option<usize>>,
    /// The mention each word lies in (the longest).
    inside: Vec<Option<usize>>,
}

impl<'a> Tree<'a> {
    /// Builds the view.
    pub fn new(
        spans: &'a [UdWord],
        words: &'a [Word],
        tokens: &'a [Token],
        mentions: &'a [Mention],
    ) -> Tree<'a> {
        let n = words.len();
        let mut heads: Vec<Option<usize>> = words
            .iter()
            .map(|w| (w.head > 0 && (w.head as usize) <= n).then(|| w.head as usize - 1))
            .collect();
        let mut rels: Vec<Rel> = words.iter().map(|w| w.rel).collect();
        for i in 0..n {
            // a word the parser hung on a punctuation mark belongs to the mark's head
            let mut h = heads[i];
            for _ in 0..3 {
                match h {
                    Some(x)
                        if words[x].upos == crate::syntax::Upos::Punct && heads[x].is_some() =>
                    {
                        h = heads[x]
                    }
                    _ => break,
                }
            }
            heads[i] = h;
        }
        super::repair::repair(words, &mut heads, &mut rels);
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = *h {
                children[h].push(i);
            }
        }
        let mut mention_at = vec![None; n];
        let mut inside: Vec<Option<usize>> = vec![None; n];
        for (mi, m) in mentions.iter().enumerate() {
            let ws: Vec<usize> = (0..n)
                .filter(|&i| spans[i].token >= m.tok_start && spans[i].token < m.tok_end)
                .collect();
            let len = m.tok_end - m.tok_start;
            for &i in &ws {
                let longer = inside[i].is_none_or(|o| {
                    let om = &mentions[o];
                    om.tok_end - om.tok_start < len
                });
                if longer {
                    inside[i] = Some(mi);
                }
            }
            // the head: the word whose head lies outside the mention
            let head = ws
                .iter()
                .copied()
                .find(|&i| {
                    let h = words[i].head as usize;
                    h == 0 || !ws.contains(&(h - 1))
                })
                .or(ws.last().copied());
            if let Some(h) = head {
                let replace = mention_at[h].is_none_or(|o: usize| {
                    let om = &mentions[o];
                    om.tok_end - om.tok_start < len
                });
                if replace {
                    mention_at[h] = Some(mi);
                }
            }
        }
        Tree {
            spans,
            words,
            tokens,
            mentions,
            children,
            mention_at,
            inside,
            heads,
            rels,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The head of a word (0-based), `None` for the root.
    pub fn head(&self, w: usize) -> Option<usize> {
        self.heads[w]
    }

    /// The relation of a word to its head.
    pub fn rel(&self, w: usize) -> Rel {
        self.rels[w]
    }

    /// The lemma of a word.
    pub fn lemma(&self, w: usize) -> &str {
        &self.words[w].lemma
    }

    /// The word's universal tag.
    pub fn upos(&self, w: usize) -> Upos {
        self.words[w].upos
    }

    /// The word's Penn Treebank tag ("VB", "VBD").
    pub fn xpos(&self, w: usize) -> &str {
        self.words[w].xpos
    }

    /// The word's text, lowercased and with straight apostrophes (from its token; a
    /// contraction's parts share their token's form).
    pub fn norm(&self, w: usize) -> &str {
        &self.tokens[self.spans[w].token].norm
    }

    /// The token a word belongs to.
    pub fn token(&self, w: usize) -> usize {
        self.spans[w].token
    }

    /// The children of a word.
    pub fn children(&self, w: usize) -> &[usize] {
        &self.children[w]
    }

    /// The children of a word with a relation that passes `f`.
    pub fn kids<'s, F: Fn(Rel) -> bool + 's>(
        &'s self,
        w: usize,
        f: F,
    ) -> impl Iterator<Item = usize> + 's {
        self.children[w]
            .iter()
            .copied()
            .filter(move |&c| f(self.rels[c]))
    }

    /// The first child with a relation.
    pub fn kid(&self, w: usize, rel: Rel) -> Option<usize> {
        self.kids(w, |r| r == rel).next()
    }

    /// The preposition of a nominal (the lemma of its `case` child), if any.
    pub fn case(&self, w: usize) -> Option<&str> {
        self.kids(w, |r| matches!(r, Rel::Case))
            .map(|c| self.lemma(c))
            .last()
    }

    /// Whether one of a nominal's prepositions (its `case` children: "out of" has two) passes
    /// `f`.
    pub fn has_case(&self, w: usize, f: impl Fn(&str) -> bool) -> bool {
        self.kids(w, |r| r == Rel::Case).any(|c| f(self.lemma(c)))
    }

    /// The actors of a nominal, only as far as it names them itself or through its
    /// conjuncts ("Germany, Italy and Spain", "Indian and Pakistani troops"): no state of an
    /// adjective or possessor of a thing ("German birds" are not Germany). For those who act.
    pub fn agents(&self, w: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for c in self.conjuncts(w) {
            // "two battalions of Syrian troops": the part acts for the whole
            if self.partitive(c) && self.mention_at[c].or(self.inside[c]).is_none() {
                for d in self.kids(c, |r| r.universal() == Rel::Nmod) {
                    if self.has_case(d, |p| p == "of") {
                        for m in self.agents(d) {
                            if !out.contains(&m) {
                                out.push(m);
                            }
                        }
                    }
                }
                continue;
            }
            let Some(m) = self.mention_at[c].or(self.inside[c]) else {
                // "the Kremlin chief, Mikhail Gorbachev": a title named by its holder in
                // apposition is that person ("the PUK's rival, the KDP": and a relation, the
                // one it names)
                let holder = self.appositive(c).filter(|&p| {
                    (self.mentions[p].entity.kind == crate::model::Kind::Person
                        || RELATIONAL.contains(&self.lemma(c)))
                        && self.is_actor(p)
                });
                if let Some(p) = holder {
                    if !out.contains(&p) {
                        out.push(p);
                    }
                    continue;
                }
                // "U.S. and Indian negotiators": people named by their states
                if people_noun(self.lemma(c)) {
                    for a in self.kids(c, |r| {
                        matches!(r, Rel::Amod | Rel::Compound | Rel::NmodPoss)
                    }) {
                        for x in self.conjuncts(a) {
                            if let Some(m) = self.mention_at[x].or(self.inside[x]) {
                                if self.is_actor(m) && !out.contains(&m) {
                                    out.push(m);
                                }
                            }
                        }
                    }
                }
                continue;
            };
            if !self.is_actor(m) {
                continue;
            }
            let m = self.named_holder(c, m);
            if !out.contains(&m) {
                out.push(m);
            }
            for a in self.kids(c, |r| matches!(r, Rel::Amod | Rel::Compound)) {
                if self.kids(a, |r| r == Rel::Conj).next().is_none() {
                    continue;
                }
                for x in self.conjuncts(a) {
                    if let Some(m) = self.mention_at[x].or(self.inside[x]) {
                        if self.is_actor(m) && !out.contains(&m) {
                            out.push(m);
                        }
                    }
                }
            }
        }
        out
    }

    /// "The head of the UN force, Maj. Gen. Aroldo Lazaro": an office named by its holder in
    /// apposition is that person.
    fn named_holder(&self, w: usize, m: usize) -> usize {
        if !self.mentions[m].entity.id.starts_with("office:") {
            return m;
        }
        self.appositive(w)
            .filter(|&p| self.mentions[p].entity.kind == crate::model::Kind::Person)
            .unwrap_or(m)
    }

    /// The mention an apposition of `w` names ("the PUK's rival, the KDP").
    fn appositive(&self, w: usize) -> Option<usize> {
        self.kids(w, |r| r == Rel::Appos)
            .find_map(|a| self.mention_at[a].or(self.inside[a]))
    }

    /// Whether a word counts or parts a group ("two", "most", "divisions", "thousands"),
    /// so that its "of" phrase names what acts or is acted on.
    pub fn partitive(&self, w: usize) -> bool {
        const PARTS: &[&str] = &[
            "most",
            "some",
            "many",
            "all",
            "several",
            "none",
            "few",
            "part",
            "rest",
            "dozen",
            "hundred",
            "thousand",
            "million",
            "score",
            "division",
            "unit",
            "battalion",
            "brigade",
            "regiment",
            "squad",
            "contingent",
            "detachment",
            "member",
            "group",
            "team",
            "number",
            "majority",
            "minority",
            "band",
        ];
        self.upos(w) == crate::syntax::Upos::Num || PARTS.contains(&self.lemma(w))
    }

    /// The word and its conjuncts ("Germany, Italy and Spain": all three from "Germany").
    pub fn conjuncts(&self, w: usize) -> Vec<usize> {
        let mut out = vec![w];
        let mut k = 0;
        while k < out.len() {
            let x = out[k];
            out.extend(self.kids(x, |r| r == Rel::Conj));
            k += 1;
        }
        out
    }

    /// Whether a verb is passive: it has a passive auxiliary or a passive subject.
    pub fn is_passive(&self, w: usize) -> bool {
        self.kids(w, |r| {
            matches!(r, Rel::AuxPass | Rel::NsubjPass | Rel::CsubjPass)
        })
        .next()
        .is_some()
    }

    /// The mention whose head is this word.
    pub fn mention_at(&self, w: usize) -> Option<usize> {
        self.mention_at[w]
    }

    /// The mention a word lies in.
    pub fn mention_inside(&self, w: usize) -> Option<usize> {
        self.inside[w]
    }

    /// The word whose head is mention `m`, if the tree has one.
    pub fn word_of_mention(&self, m: usize) -> Option<usize> {
        (0..self.len()).find(|&w| self.mention_at[w] == Some(m))
    }

    /// The word of the sentence's token `token`, if a word stands on it.
    pub fn word_of_token(&self, token: usize) -> Option<usize> {
        (0..self.len()).find(|&w| self.token(w) == token)
    }

    /// Whether the verb `w` is negated by an adverb of its own: "not", "n't" or "never".
    pub fn negated(&self, w: usize) -> bool {
        self.kids(w, |r| r == Rel::Advmod)
            .any(|a| matches!(self.lemma(a), "not" | "n't" | "never"))
    }

    /// Whether `w` is `top` or stands below it.
    pub fn within(&self, w: usize, top: usize) -> bool {
        std::iter::successors(Some(w), |&x| self.head(x))
            .take(self.len())
            .any(|x| x == top)
    }

    /// As [`Tree::actors`], with places too: a place acted on stands for its state ("shelled
    /// Kharkiv", "the annexation of Crimea").
    pub fn actors_or_places(&self, w: usize) -> Vec<usize> {
        let mut out = self.actors(w);
        let place = |m: usize| {
            let mm = &self.mentions[m];
            (mm.entity.kind == crate::model::Kind::Location || mm.role == MentionRole::Location)
                && mm.entity.country.is_some()
        };
        for c in self.conjuncts(w) {
            match self.mention_at[c].or(self.inside[c]) {
                Some(m) => {
                    if place(m) && !out.contains(&m) {
                        out.push(m);
                    }
                }
                // "Kenya's capital", "the Syrian border": a place of a state
                None => {
                    for a in self.kids(c, |r| {
                        matches!(r, Rel::NmodPoss | Rel::Amod | Rel::Compound)
                    }) {
                        if let Some(m) = self.mention_at[a].or(self.inside[a]) {
                            if place(m) && !out.contains(&m) {
                                out.push(m);
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// The actor a nominal stands for: the mention it heads or lies in; else, for a noun
    /// that is no actor itself ("Ukrainian positions", "Syria's army"), the state of its
    /// adjective, compound or possessor.
    pub fn actor(&self, w: usize) -> Option<usize> {
        let m = self.mention_at[w].or(self.inside[w]);
        if let Some(m) = m {
            return self.is_actor(m).then_some(m);
        }
        if !self.upos(w).is_nominal() && self.upos(w) != Upos::Num {
            return None;
        }
        // "the PUK's rival, the KDP", "Iran's old enemy": a noun of relation is another
        // than its possessor (its apposition names it, if anything does)
        let relational = RELATIONAL.contains(&self.lemma(w));
        if relational {
            if let Some(m) = self.appositive(w).filter(|&m| self.is_actor(m)) {
                return Some(m);
            }
        }
        self.kids(w, move |r| {
            matches!(r, Rel::Amod | Rel::Compound) || r == Rel::NmodPoss && !relational
        })
        .find_map(|c| self.mention_at[c].or(self.inside[c]))
        .filter(|&m| self.mentions[m].role != MentionRole::Location)
        // "the shelling by Israel": the agent of a noun, as its possessor would be
        .or_else(|| {
            self.kids(w, |r| r == Rel::Nmod)
                .filter(|&c| self.has_case(c, |p| p == "by"))
                .find_map(|c| self.mention_at[c])
                .filter(|&m| self.is_actor(m))
        })
    }

    /// Whether a mention can act: not a place where something happens.
    pub fn is_actor(&self, m: usize) -> bool {
        let mm = &self.mentions[m];
        mm.role != MentionRole::Location
            && !matches!(
                mm.entity.kind,
                crate::model::Kind::Location | crate::model::Kind::Media
            )
    }

    /// The actors of a nominal and its conjuncts; a noun modified by coordinated states
    /// stands for each ("Indian and Pakistani troops").
    pub fn actors(&self, w: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut add = |m: usize| {
            if !out.contains(&m) {
                out.push(m);
            }
        };
        for c in self.conjuncts(w) {
            // "most of Poland's Jews", "three divisions of the Revolutionary Guards": the
            // part stands for the whole
            if self.partitive(c) {
                for d in self.kids(c, |r| r.universal() == Rel::Nmod) {
                    if self.has_case(d, |p| p == "of") {
                        for m in self.actors(d) {
                            add(m);
                        }
                    }
                }
            }
            if let Some(m) = self.actor(c) {
                add(self.named_holder(c, m));
            }
            if !self.upos(c).is_nominal() {
                continue;
            }
            // a thing of several states ("a U.S.-flagged Kuwaiti tanker") stands for each
            if self.mention_at[c].or(self.inside[c]).is_none() {
                let relational = RELATIONAL.contains(&self.lemma(c));
                for a in self.kids(c, move |r| {
                    matches!(r, Rel::Amod | Rel::Compound) || r == Rel::NmodPoss && !relational
                }) {
                    if let Some(m) = self.mention_at[a].or(self.inside[a]) {
                        // (a name the lexicon does not know names a make: "Silkworm missiles")
                        if self.is_actor(m)
                            && self.mentions[m].role != MentionRole::Location
                            && self.mentions[m].entity.verified()
                        {
                            add(m);
                        }
                    }
                    // "U.S.-flagged", "Greek-owned": the owner (not the maker of
                    // "Iranian-made" drones, nor the backer of "U.S.-backed" rebels)
                    if matches!(self.norm(a), "flagged" | "owned" | "registered") {
                        for x in self.kids(a, |r| {
                            matches!(r, Rel::Compound | Rel::Amod | Rel::Obl | Rel::Nmod)
                        }) {
                            if let Some(m) = self.mention_at[x].or(self.inside[x]) {
                                if self.is_actor(m) {
                                    add(m);
                                }
                            }
                        }
                    }
                }
            }
            for a in self.kids(c, |r| matches!(r, Rel::Amod | Rel::Compound)) {
                let coordinated = self.kids(a, |r| r == Rel::Conj).next().is_some();
                if !coordinated {
                    continue;
                }
                for x in self.conjuncts(a) {
                    if let Some(m) = self.mention_at[x].or(self.inside[x]) {
                        if self.is_actor(m) {
                            add(m);
                        }
                    }
                }
            }
        }
        out
    }
}
