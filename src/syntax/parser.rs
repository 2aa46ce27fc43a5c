//! The dependency parser: greedy arc-eager parsing scored by an averaged perceptron,
//! trained with the dynamic oracle and exploration (Goldberg and Nivre 2012): after the
//! first round, the trainer follows the model's own wrong moves most of the time, so that
//! the parser learns to recover from its mistakes.

use super::parser_features::{features, Input};
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
}

impl Default for ParseScratch {
    fn default() -> Self {
        ParseScratch {
            state: State::new(0, 0),
            input: Input::default(),
            feats: Vec::new(),
            scores: Vec::new(),
        }
    }
}

/// The best legal move by the scores.
fn best_legal(st: &State, scores: &[i32], n_labels: usize) -> Move {
    let mut best: Option<(i32, Move)> = None;
    for (c, &score) in scores.iter().enumerate() {
        let m = Move::from_class(c, n_labels);
        if best.is_none_or(|b| score > b.0) && st.is_legal(m) {
            best = Some((score, m));
        }
    }
    best.expect("a non-final state has a legal move").1
}

impl Parser {
    /// Parses the sentence in `s.input` (filled by the caller); the tree is left in
    /// `s.state`. `is_punct` tells which words (1-based) are punctuation, for the few
    /// words left without a head.
    pub fn parse(&self, s: &mut ParseScratch, is_punct: &dyn Fn(u32) -> bool) {
        let n = s.input.word.len() - 1;
        let sp = Special::of(&self.labels);
        s.state.reset(n, sp.root);
        s.scores.resize(self.weights.n_classes(), 0);
        let nl = self.labels.len();
        while !s.state.is_final() {
            features(&s.state, &s.input, &mut s.feats);
            self.weights.score(&s.feats, &mut s.scores);
            let m = best_legal(&s.state, &s.scores, nl);
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
