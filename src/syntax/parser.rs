//! The dependency parser: greedy arc-eager parsing scored by an averaged perceptron,
//! trained with the dynamic oracle and exploration (Goldberg and Nivre 2012): after the
//! first round, the trainer follows the model's own wrong moves most of the time, so that
//! the parser learns to recover from its mistakes.

use super::parser_features::{features, features_of, Input, KIDS, NEXT, REST, TOP};
use super::scorer::{Trainer, Weights};
use super::tagger::Rng;
use super::transition::{costs, Gold, Move, State};

/// A trained parser.
#[derive(Debug, Clone, PartialEq)]
pub struct Parser {
    /// The dependency labels, with subtypes (`nsubj:pass`).
    pub labels: Vec<String>,
    /// Weights over the moves.
    pub weights: Weights,
}

/// Label ids the parser treats specially.
#[derive(Debug, Clone, Copy)]
pub struct Special {
    /// `root`.
    pub root: u8,
    /// `punct`.
    pub punct: u8,
    /// The label of a word left headless at the end (`parataxis`).
    pub other: u8,
}

impl Special {
    /// The special labels of a label list.
    pub fn of(labels: &[String]) -> Special {
        let find = |l: &str| labels.iter().position(|x| x == l).unwrap_or(0) as u8;
        Special {
            root: find("root"),
            punct: find("punct"),
            other: find("parataxis"),
        }
    }
}

/// Reusable buffers of the parser.
#[derive(Debug)]
pub struct ParseScratch {
    /// The state, which holds the result after a parse.
    pub state: State,
    /// The words and tags.
    pub input: Input,
    feats: Vec<u64>,
    scores: Vec<i32>,
    /// The scores of each position's [`TOP`] features, `n_classes` a position, kept for
    /// the whole sentence: they do not change while the word is on the stack.
    top: Vec<i32>,
    /// Whether a position's [`TOP`] scores are in `top`.
    top_done: Vec<bool>,
    /// The scores of the [`NEXT`] features of the current first word of the buffer.
    next: Vec<i32>,
    /// The scores of the [`KIDS`] features, valid until a move other than Reduce.
    kids: Vec<i32>,
    /// The [`KIDS`] scores of a first word of the buffer that has no children yet, by its
    /// tag (`None`: the buffer is empty), for the sentence being parsed: `n_classes`
    /// scores an entry, in `fresh_scores`.
    fresh: Vec<Option<u64>>,
    fresh_scores: Vec<i32>,
}

impl Default for ParseScratch {
    fn default() -> Self {
        ParseScratch {
            state: State::new(0, 0),
            input: Input::default(),
            feats: Vec::new(),
            scores: Vec::new(),
            top: Vec::new(),
            top_done: Vec::new(),
            next: Vec::new(),
            kids: Vec::new(),
            fresh: Vec::new(),
            fresh_scores: Vec::new(),
        }
    }
}

/// The best legal move by the scores: the first, in class order, of the legal moves with
/// the highest score. Whether an arc is legal depends on its label only through whether
/// the label is `root`'s, so legality is asked six times, not once a class, and the
/// classes fall into at most eight runs of one legality each: the best of a run is its
/// maximum (a plain scan, which the compiler vectorises) at its first place.
fn best_legal(st: &State, scores: &[i32], n_labels: usize) -> Move {
    let root = usize::from(st.root_label);
    // a label other than root's, if there is one
    let other = (0..n_labels).find(|&l| l != root).map(|l| l as u8);
    let arcs = |arc: fn(u8) -> Move| {
        (
            other.is_some_and(|l| st.is_legal(arc(l))),
            st.is_legal(arc(st.root_label)),
        )
    };
    let (left, left_root) = arcs(Move::Left);
    let (right, right_root) = arcs(Move::Right);
    let (shift, reduce) = (st.is_legal(Move::Shift), st.is_legal(Move::Reduce));
    // runs of classes (start, end, legal), in class order
    let mut runs = [(0usize, 0usize, false); 8];
    runs[0] = (0, 1, shift);
    runs[1] = (1, 2, reduce);
    let mut n = 2;
    for (base, legal, legal_root) in [(2, left, left_root), (2 + n_labels, right, right_root)] {
        if root < n_labels {
            runs[n] = (base, base + root, legal);
            runs[n + 1] = (base + root, base + root + 1, legal_root);
            runs[n + 2] = (base + root + 1, base + n_labels, legal);
            n += 3;
        } else {
            runs[n] = (base, base + n_labels, legal);
            n += 1;
        }
    }
    let mut best: Option<(i32, usize)> = None;
    for &(start, end, legal) in &runs[..n] {
        let Some(run) = scores.get(start..end).filter(|r| legal && !r.is_empty()) else {
            continue;
        };
        let max = run.iter().copied().fold(i32::MIN, i32::max);
        if best.is_none_or(|b| max > b.0) {
            let at = run.iter().position(|&s| s == max).unwrap_or(0);
            best = Some((max, start + at));
        }
    }
    let (_, c) = best.expect("a non-final state has a legal move");
    Move::from_class(c, n_labels)
}

impl Parser {
    /// Parses the sentence in `s.input` (filled by the caller); the tree is left in
    /// `s.state`. `is_punct` tells which words (1-based) are punctuation, for the few
    /// words left without a head.
    ///
    /// A move's scores are the sum of its features' weights, integers, so they may be
    /// summed in parts: the features of the stack's top ([`TOP`]) are scored once per
    /// word, those of the buffer ([`NEXT`], [`KIDS`]) once per change of the buffer,
    /// and only the rest ([`REST`]) at every move: about a third fewer look-ups, and the
    /// same scores to the bit. A word that has just come first in the buffer has no
    /// children yet (a word takes children only while it is first in the buffer or on
    /// the stack), so its [`KIDS`] features depend on its tag alone and their scores are
    /// kept per tag for the sentence.
    pub fn parse(&self, s: &mut ParseScratch, is_punct: &dyn Fn(u32) -> bool) {
        let n = s.input.word.len() - 1;
        let sp = Special::of(&self.labels);
        s.state.reset(n, sp.root);
        let nc = self.weights.n_classes();
        s.scores.resize(nc, 0);
        s.next.resize(nc, 0);
        s.kids.resize(nc, 0);
        s.top.resize((n + 1) * nc, 0);
        s.top_done.clear();
        s.top_done.resize(n + 1, false);
        let nl = self.labels.len();
        let mut next_at = u32::MAX;
        let mut kids_valid = false;
        // whether the first word of the buffer has just come there (no children yet)
        let mut kids_fresh = true;
        s.fresh.clear();
        s.fresh_scores.clear();
        while !s.state.is_final() {
            let s0 = *s
                .state
                .stack
                .last()
                .expect("the root never leaves the stack") as usize;
            let top = &mut s.top[s0 * nc..(s0 + 1) * nc];
            if !s.top_done[s0] {
                features_of::<TOP>(&s.state, &s.input, &mut s.feats);
                self.weights.score(&s.feats, top);
                s.top_done[s0] = true;
            }
            if s.state.next != next_at {
                features_of::<NEXT>(&s.state, &s.input, &mut s.feats);
                self.weights.score(&s.feats, &mut s.next);
                next_at = s.state.next;
            }
            if !kids_valid {
                let tag = (s.state.next <= s.state.n).then(|| s.input.tag[s.state.next as usize]);
                let known = if kids_fresh {
                    s.fresh.iter().position(|&t| t == tag)
                } else {
                    None
                };
                if let Some(k) = known {
                    s.kids
                        .copy_from_slice(&s.fresh_scores[k * nc..(k + 1) * nc]);
                } else {
                    features_of::<KIDS>(&s.state, &s.input, &mut s.feats);
                    self.weights.score(&s.feats, &mut s.kids);
                    if kids_fresh {
                        s.fresh.push(tag);
                        s.fresh_scores.extend_from_slice(&s.kids);
                    }
                }
            }
            features_of::<REST>(&s.state, &s.input, &mut s.feats);
            self.weights.score(&s.feats, &mut s.scores);
            for (((x, &t), &b), &k) in s.scores.iter_mut().zip(&*top).zip(&s.next).zip(&s.kids) {
                *x = x.wrapping_add(t).wrapping_add(b).wrapping_add(k);
            }
            let m = best_legal(&s.state, &s.scores, nl);
            // a Reduce only pops the stack: the buffer and its first word's children stay
            kids_valid = m == Move::Reduce;
            // a Shift or a Right brings the next word first in the buffer; a Left gives the
            // first word a child
            kids_fresh = match m {
                Move::Shift | Move::Right(_) => true,
                Move::Left(_) => false,
                Move::Reduce => kids_fresh,
            };
            s.state.apply(m);
        }
        s.state.finish(sp.punct, sp.other, is_punct);
    }
}

/// A training sentence: words with their (predicted) tags, and the gold tree.
pub struct Example {
    /// Word hash and tag class of each word.
    pub words: Vec<(u64, u8)>,
    /// The gold tree.
    pub gold: Gold,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Rounds over the training set.
    pub epochs: usize,
    /// Seed of the shuffles and of exploration.
    pub seed: u64,
    /// From this round on, the trainer follows the model's wrong move with probability
    /// `explore`.
    pub explore_from: usize,
    /// Probability of following a wrong move.
    pub explore: f64,
}

/// Trains a parser; after each round calls `on_epoch` with the averaged model, which
/// returns its score on held-out data; returns the best model and its round.
pub fn train(
    labels: &[String],
    train: &[Example],
    settings: Settings,
    on_epoch: &mut dyn FnMut(usize, &Parser) -> f64,
) -> (Parser, usize) {
    let nl = labels.len();
    let n_classes = 2 + 2 * nl;
    let sp = Special::of(labels);
    let mut trainer = Trainer::new(n_classes);
    let mut rng = Rng::new(settings.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut input = Input::default();
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; n_classes];
    let mut st = State::new(0, sp.root);
    let mut best: Option<(f64, Parser, usize)> = None;
    for epoch in 1..=settings.epochs {
        rng.shuffle(&mut order);
        let explore = epoch >= settings.explore_from;
        for &k in &order {
            let e = &train[k];
            input.fill(e.words.iter().copied());
            st.reset(e.words.len(), sp.root);
            while !st.is_final() {
                features(&st, &input, &mut feats);
                trainer.score(&feats, &mut scores);
                let c = costs(&st, &e.gold);
                // the best-scoring legal move, and the best-scoring among the cheapest
                let mut pred: Option<(f32, Move, u32)> = None;
                let mut good: Option<(f32, Move, u32)> = None;
                for (cls, &score) in scores.iter().enumerate() {
                    let m = Move::from_class(cls, nl);
                    if !st.is_legal(m) {
                        continue;
                    }
                    let cost = c.of(m, &st, &e.gold);
                    if pred.is_none_or(|p| score > p.0) {
                        pred = Some((score, m, cost));
                    }
                    if good.is_none_or(|g| cost < g.2 || (cost == g.2 && score > g.0)) {
                        good = Some((score, m, cost));
                    }
                }
                let (_, pm, pc) = pred.expect("legal move");
                let (_, gm, gc) = good.expect("legal move");
                trainer.tick();
                let follow = if pc > gc {
                    trainer.update(&feats, gm.class(nl), pm.class(nl));
                    if explore && (rng.next_u64() % 1_000_000) as f64 / 1e6 < settings.explore {
                        pm
                    } else {
                        gm
                    }
                } else {
                    pm
                };
                st.apply(follow);
            }
        }
        let model = Parser {
            labels: labels.to_vec(),
            weights: trainer.finish(0.0),
        };
        let score = on_epoch(epoch, &model);
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, model, epoch));
        }
    }
    let (_, model, epoch) = best.expect("at least one epoch");
    (model, epoch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parser_features::ALL;
    use crate::syntax::{Model, Scratch};

    /// Parses by scoring every feature at every move, and checks at every state that the
    /// feature groups together are the features.
    fn parse_plain(p: &Parser, s: &mut ParseScratch) -> Vec<(u32, u8)> {
        let n = s.input.word.len() - 1;
        let sp = Special::of(&p.labels);
        s.state.reset(n, sp.root);
        s.scores.resize(p.weights.n_classes(), 0);
        let mut part = Vec::new();
        let mut parts = Vec::new();
        while !s.state.is_final() {
            features(&s.state, &s.input, &mut s.feats);
            parts.clear();
            for g in [
                features_of::<TOP>,
                features_of::<NEXT>,
                features_of::<KIDS>,
                features_of::<REST>,
            ] {
                g(&s.state, &s.input, &mut part);
                parts.extend_from_slice(&part);
            }
            features_of::<ALL>(&s.state, &s.input, &mut part);
            assert_eq!(part, s.feats);
            let mut all = s.feats.clone();
            all.sort_unstable();
            parts.sort_unstable();
            assert_eq!(parts, all);
            p.weights.score(&s.feats, &mut s.scores);
            let m = best_legal(&s.state, &s.scores, p.labels.len());
            assert_eq!(m, best_legal_by_class(&s.state, &s.scores, p.labels.len()));
            s.state.apply(m);
        }
        s.state.finish(sp.punct, sp.other, &|_| false);
        (1..=n)
            .map(|i| (s.state.heads[i], s.state.labels[i]))
            .collect()
    }

    /// The best legal move, legality asked of every class.
    fn best_legal_by_class(st: &State, scores: &[i32], n_labels: usize) -> Move {
        let mut best: Option<(i32, Move)> = None;
        for (c, &score) in scores.iter().enumerate() {
            let m = Move::from_class(c, n_labels);
            if best.is_none_or(|b| score > b.0) && st.is_legal(m) {
                best = Some((score, m));
            }
        }
        best.expect("a legal move").1
    }

    #[test]
    fn best_legal_is_the_best_legal_class() {
        // every kind of state: empty buffer, root on top, a headed top; ties included
        let nl = 5;
        let mut st = State::new(4, 2);
        let mut scores: Vec<i32> = (0..2 + 2 * nl as i32).map(|c| (c * 7) % 5).collect();
        for moves in [
            &[][..],
            &[Move::Right(2)],
            &[Move::Right(2), Move::Shift],
            &[Move::Right(2), Move::Shift, Move::Left(0)],
            &[
                Move::Right(2),
                Move::Right(1),
                Move::Right(3),
                Move::Right(4),
            ],
        ] {
            st.reset(4, 2);
            for &m in moves {
                st.apply(m);
            }
            for round in 0..6 {
                scores.rotate_left(round);
                assert_eq!(
                    best_legal(&st, &scores, nl),
                    best_legal_by_class(&st, &scores, nl)
                );
            }
        }
    }

    #[test]
    fn parsing_by_feature_groups_is_parsing_by_every_feature() {
        let model = Model::builtin();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/syntax_sample.conllu");
        let mut sents: Vec<Vec<String>> = crate::syntax::train::read_treebank(&path)
            .expect("the sample reads")
            .into_iter()
            .map(|s| s.words.into_iter().map(|w| w.form).collect())
            .collect();
        // and sentences of our own, a long one among them
        for text in [
            "Officials said on Tuesday that the talks , which had stalled for months , would \
             resume in Geneva next week after both sides agreed to a prisoner exchange .",
            "Why ?",
            "The minister , who arrived late , met the envoy and the two signed a deal that \
             the parliament , divided as it is , must still approve before it takes effect .",
        ] {
            sents.push(text.split(' ').map(String::from).collect());
        }
        let mut sc = Scratch::default();
        let mut plain = ParseScratch::default();
        for forms in &sents {
            model.tag_into(forms, &[], &mut sc);
            let input = || {
                sc.word_facts
                    .iter()
                    .map(|f| f.norm)
                    .zip(sc.tags.iter().copied())
            };
            sc.parse.input.fill(input());
            plain.input.fill(input());
            model.parser.parse(&mut sc.parse, &|_| false);
            let n = forms.len();
            let grouped: Vec<(u32, u8)> = (1..=n)
                .map(|i| (sc.parse.state.heads[i], sc.parse.state.labels[i]))
                .collect();
            assert_eq!(grouped, parse_plain(&model.parser, &mut plain), "{forms:?}");
        }
    }
}
