//! How near two words of the tree stand: the asides between a subject and its verb, the
//! steps between two words, the walls a clause or an "of" phrase sets between them, and a
//! word's token span.

use super::words::{people_noun, PLACE_PARTS};
use super::Tree;
use crate::syntax::{Rel, Upos};

impl Tree<'_> {
    /// Tokens before `trigger` that belong to clauses set between `w`'s subject and `w`
    /// (an adverbial clause, a parenthetical, an apposition, or a clause on the subject):
    /// marked true, for a sentence of `n` tokens. "Weizman, weighing a possible meeting,
    /// consulted ...": the participle's words are not the verb's.
    pub fn asides_before(&self, w: usize, trigger: usize, n: usize) -> Vec<bool> {
        let mut outside = vec![false; n];
        let subjects = self.kids(w, |r| r.is_subject());
        let asides = self
            .kids(w, |r| {
                matches!(r.universal(), Rel::Advcl | Rel::Parataxis | Rel::Appos)
            })
            .chain(
                subjects
                    .flat_map(|s| self.kids(s, |r| matches!(r.universal(), Rel::Acl | Rel::Appos))),
            )
            .filter(|&c| self.token(c) < trigger);
        for c in asides {
            let (lo, hi) = self.token_span(c);
            for o in &mut outside[lo..=hi.min(trigger.saturating_sub(1))] {
                *o = true;
            }
        }
        self.earlier_conjuncts(w, trigger, &mut outside);
        outside
    }

    /// Whether the conjunct `c` shares its first conjunct's subject, auxiliaries and
    /// modality: it has no subject of its own and is not set against it ("may attack Iraq and
    /// seize its oil"; not "may have doubts, but it signed", nor "did not protest but
    /// withdrew").
    pub fn shares_first_conjunct(&self, c: usize) -> bool {
        self.kids(c, |r| r.is_subject()).next().is_none()
            && !self
                .kids(c, |r| r == Rel::Cc)
                .any(|k| matches!(self.norm(k), "but" | "yet" | "instead"))
    }

    /// Marks the words of the conjuncts before the one that holds `w` (at every level above
    /// it): "Peru may have doubts, but it signed": the doubt's "may" is not the signing's.
    /// A conjunct that shares its subject shares the first one's auxiliaries and negation
    /// ("Iran may attack Iraq and seize its oil", "no state protested or withdrew"), unless
    /// it is set against it ("did not protest but withdrew").
    fn earlier_conjuncts(&self, w: usize, trigger: usize, outside: &mut [bool]) {
        let mut c = w;
        let mut steps = 0;
        while let Some(h) = self.head(c) {
            steps += 1;
            if steps > self.len() {
                break;
            }
            // (a bare infinitive is no conjunct of a finite verb, whatever the parser made
            // of it: "asked that Lebed should, on his return, meet Smith")
            let slip = self.xpos(c) == "VB" && self.xpos(h) != "VB";
            if self.rel(c) == Rel::Conj && self.token(h) < self.token(c) && !slip {
                let mut shared = vec![false; outside.len()];
                if self.shares_first_conjunct(c) {
                    let kept = self.kids(h, |r| {
                        r.is_subject() || matches!(r.universal(), Rel::Aux | Rel::Advmod)
                    });
                    for k in kept {
                        let (lo, hi) = self.token_span(k);
                        shared[lo..=hi.min(outside.len() - 1)].fill(true);
                    }
                }
                let (lo, _) = self.token_span(h);
                let (clo, _) = self.token_span(c);
                for k in lo..clo.min(trigger).min(outside.len()) {
                    if !shared[k] {
                        outside[k] = true;
                    }
                }
            }
            c = h;
        }
    }

    /// How many steps apart two words stand in the tree: the path through their lowest
    /// common head, where a step into a conjunct, an apposition or a multi-word name is free
    /// ("talks with Tokyo and Seoul": Seoul is as near the talks as Tokyo).
    pub fn distance(&self, a: usize, b: usize) -> usize {
        let free = |r: Rel| {
            matches!(
                r.universal(),
                Rel::Conj | Rel::Appos | Rel::Flat | Rel::Fixed | Rel::Xcomp
            )
        };
        let up = |x: usize| {
            let mut chain = vec![(x, 0usize)];
            let (mut c, mut d) = (x, 0);
            while let Some(h) = self.head(c) {
                if chain.len() > self.len() {
                    break;
                }
                if !free(self.rel(c)) {
                    d += 1;
                }
                chain.push((h, d));
                c = h;
            }
            chain
        };
        let (ua, ub) = (up(a), up(b));
        ua.iter()
            .filter_map(|&(w, da)| ub.iter().find(|&&(v, _)| v == w).map(|&(_, db)| da + db))
            .min()
            .unwrap_or(usize::MAX)
    }

    /// Whether the word `m` is the subject of a clause of its own below `w` ("what Uganda
    /// paid") while `w` acts on an object that names no one ("will assist auditors discover
    /// what Uganda paid": the help goes to the auditors, and Uganda is neither helped nor
    /// the helper).
    pub fn subject_past_the_object(&self, m: usize, w: usize) -> bool {
        // (the subject of a clause of its own below `w`)
        let below = self.head(m).is_some_and(|v| {
            v != w && self.rel(m).is_subject() && self.rel(v) == Rel::Ccomp && self.within(v, w)
        });
        // (the object, or the subject the parser gave the complement after it: "helped
        // inspectors establish")
        below
            && self
                .kids(w, |r| r == Rel::Obj)
                .chain(
                    self.kids(w, |r| r == Rel::Xcomp)
                        .flat_map(|c| self.kids(c, |r| r == Rel::Nsubj)),
                )
                .any(|o| {
                    self.upos(o) == Upos::Noun
                        && self.mention_at(o).or(self.mention_inside(o)).is_none()
                })
    }

    /// Whether the word `m` reaches `w` only through a clause on the subject of `w` or of
    /// its head ("the committee that monitors the truce between A and B will meet": A and B
    /// hold no meeting) or through the "of" phrase of a thing that is no one ("the problems of A
    /// in its talks with B"; "the leader of A" still speaks for A).
    pub fn walled_off(&self, m: usize, w: usize) -> bool {
        let mut above = vec![w];
        let mut c = w;
        while let Some(h) = self.head(c) {
            if above.len() > self.len() {
                break;
            }
            above.push(h);
            c = h;
        }
        let mut x = m;
        for _ in 0..self.len() {
            if above.contains(&x) {
                return false;
            }
            let Some(h) = self.head(x) else { return false };
            if h != w {
                // (a clause on the one who acts: on the object's side, a clause may tell
                // who else takes part, "asked for air defence, which the US will supply")
                // (the one who leads or makes up the actor takes part: "a mission led by
                // the minister will visit")
                let clause = self.rel(x).universal() == Rel::Acl
                    && !matches!(self.lemma(x), "lead" | "head" | "include" | "comprise")
                    && self.rel(h).is_subject()
                    && self
                        .head(h)
                        .is_some_and(|v| v == w || self.head(w) == Some(v));
                let of_thing = self.rel(x).universal() == Rel::Nmod
                    && self.has_case(x, |p| p == "of")
                    && self.upos(h) == Upos::Noun
                    && self.mention_inside(h).is_none()
                    && !people_noun(self.lemma(h))
                    && !PLACE_PARTS.contains(&self.lemma(h));
                if clause || of_thing {
                    return true;
                }
            }
            x = h;
        }
        false
    }

    /// The first and last token of a word's subtree.
    pub fn token_span(&self, w: usize) -> (usize, usize) {
        let mut lo = self.token(w);
        let mut hi = lo;
        let mut stack = vec![w];
        while let Some(x) = stack.pop() {
            lo = lo.min(self.token(x));
            hi = hi.max(self.token(x));
            stack.extend(self.children(x).iter().copied());
        }
        (lo, hi)
    }
}
