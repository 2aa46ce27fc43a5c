//! The part-of-speech tagger: a greedy left-to-right averaged perceptron over the word,
//! its neighbours two either side, affixes, shape, the two tags before it, and the
//! ambiguity class (the tags a word took in training) of the words after it.
//!
//! A class is a pair of tags, universal and English (`NOUN`/`NN`): the parser reads the
//! finer English tag (past participle or past tense, comparative, possessive pronoun), the
//! rest of geokg the universal one.

use super::features::{facts, Scratch, WordFacts};
use super::scorer::{key, mix, Trainer, Weights};
use rustc_hash::FxHashMap;

/// The tag of a word before the sentence starts or after it ends.
const EDGE: u64 = 0xE0_6E;

/// Feature templates; the numbers are part of the model file's format.
mod t {
    pub const BIAS: u32 = 1;
    pub const W0: u32 = 2;
    pub const WM1: u32 = 3;
    pub const WP1: u32 = 4;
    pub const WM2: u32 = 5;
    pub const WP2: u32 = 6;
    pub const SUF: u32 = 7;
    pub const PRE: u32 = 8;
    pub const SHAPE: u32 = 9;
    pub const TM1: u32 = 10;
    pub const TM2: u32 = 11;
    pub const TM12: u32 = 12;
    pub const TM1W0: u32 = 13;
    pub const SUFM1: u32 = 14;
    pub const SUFP1: u32 = 15;
    pub const AMB0: u32 = 16;
    pub const AMBP1: u32 = 17;
    pub const AMBP2: u32 = 18;
    pub const WM1W0: u32 = 19;
    pub const W0WP1: u32 = 20;
    pub const TM1AMBP1: u32 = 21;
    pub const FIRSTCAP: u32 = 22;
    pub const SHAPEM1: u32 = 23;
    pub const SHAPEP1: u32 = 24;
    pub const FLAGS: u32 = 25;
}

/// A trained tagger.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagger {
    /// The classes: (universal tag, English tag).
    pub tags: Vec<(String, String)>,
    /// Weights, one class per tag pair.
    pub weights: Weights,
    /// Ambiguity class of each frequent word (hash of its normalised form).
    pub ambiguity: FxHashMap<u64, u64>,
}

/// The ambiguity class of a word missing from the table.
const UNKNOWN_AMBIGUITY: u64 = 0xA3B1;

fn ambiguity(table: &FxHashMap<u64, u64>, w: Option<&WordFacts>) -> u64 {
    match w {
        Some(w) => table.get(&w.norm).copied().unwrap_or(UNKNOWN_AMBIGUITY),
        None => EDGE,
    }
}

/// The features of word `i`, given the tags already chosen for the words before it.
pub fn features(
    words: &[WordFacts],
    amb: &FxHashMap<u64, u64>,
    i: usize,
    prev: [u64; 2],
    out: &mut Vec<u64>,
) {
    out.clear();
    let w = &words[i];
    let get =
        |j: isize| -> Option<&WordFacts> { (j >= 0).then(|| words.get(j as usize)).flatten() };
    let i = i as isize;
    let (m1, m2, p1, p2) = (get(i - 1), get(i - 2), get(i + 1), get(i + 2));
    let norm = |x: Option<&WordFacts>| x.map_or(EDGE, |w| w.norm);
    let shape = |x: Option<&WordFacts>| x.map_or(EDGE, |w| w.shape);
    let suf3 = |x: Option<&WordFacts>| x.map_or(EDGE, |w| w.suffix[2]);
    let (a0, ap1, ap2) = (
        ambiguity(amb, Some(w)),
        ambiguity(amb, p1),
        ambiguity(amb, p2),
    );
    out.push(key(t::BIAS, 0, 0, 0));
    out.push(key(t::W0, w.norm, 0, 0));
    out.push(key(t::WM1, norm(m1), 0, 0));
    out.push(key(t::WP1, norm(p1), 0, 0));
    out.push(key(t::WM2, norm(m2), 0, 0));
    out.push(key(t::WP2, norm(p2), 0, 0));
    for s in w.suffix {
        out.push(key(t::SUF, s, 0, 0));
    }
    for p in w.prefix {
        out.push(key(t::PRE, p, 0, 0));
    }
    out.push(key(t::SHAPE, w.shape, 0, 0));
    out.push(key(t::TM1, prev[0], 0, 0));
    out.push(key(t::TM2, prev[1], 0, 0));
    out.push(key(t::TM12, prev[0], prev[1], 0));
    out.push(key(t::TM1W0, prev[0], w.norm, 0));
    out.push(key(t::SUFM1, suf3(m1), 0, 0));
    out.push(key(t::SUFP1, suf3(p1), 0, 0));
    out.push(key(t::AMB0, a0, 0, 0));
    out.push(key(t::AMBP1, ap1, 0, 0));
    out.push(key(t::AMBP2, ap2, ap1, 0));
    out.push(key(t::WM1W0, norm(m1), w.norm, 0));
    out.push(key(t::W0WP1, w.norm, norm(p1), 0));
    out.push(key(t::TM1AMBP1, prev[0], ap1, 0));
    out.push(key(t::FIRSTCAP, u64::from(i == 0), u64::from(w.capital), 0));
    out.push(key(t::SHAPEM1, shape(m1), w.shape, 0));
    out.push(key(t::SHAPEP1, shape(p1), 0, 0));
    let flags = u64::from(w.capital) | u64::from(w.hyphen) << 1 | u64::from(w.digit) << 2;
    out.push(key(t::FLAGS, flags, 0, 0));
}

/// A tag id as a feature value.
#[inline]
fn tag_value(tag: usize) -> u64 {
    mix(0x7A6, tag as u64)
}

/// The best class of a score vector (the lowest index among equals).
#[inline]
pub fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// Reusable buffers of the tagger.
#[derive(Debug, Default)]
pub struct TagScratch {
    facts: Vec<WordFacts>,
    facts_scratch: Scratch,
    feats: Vec<u64>,
    scores: Vec<i32>,
}

impl Tagger {
    /// Tags a sentence: one class (index into [`Tagger::tags`]) per word, into `out`.
    pub fn tag<S: AsRef<str>>(&self, forms: &[S], s: &mut TagScratch, out: &mut Vec<u8>) {
        let mut wf = std::mem::take(&mut s.facts);
        facts(forms, &mut s.facts_scratch, &mut wf);
        self.tag_facts(&wf, s, out);
        s.facts = wf;
    }

    /// Tags words whose facts are known.
    pub fn tag_facts(&self, words: &[WordFacts], s: &mut TagScratch, out: &mut Vec<u8>) {
        out.clear();
        s.scores.resize(self.tags.len(), 0);
        let mut prev = [EDGE, EDGE];
        for i in 0..words.len() {
            features(words, &self.ambiguity, i, prev, &mut s.feats);
            self.weights.score(&s.feats, &mut s.scores);
            let best = argmax(&s.scores);
            out.push(best as u8);
            prev = [tag_value(best), prev[0]];
        }
    }
}

/// A training sentence: forms and gold classes.
pub struct Example<'a> {
    /// The words.
    pub forms: Vec<&'a str>,
    /// Their classes.
    pub tags: Vec<u8>,
}

/// Builds the ambiguity table: for each word seen at least `min_count` times, the set of
/// classes that make up at least 5% of its uses.
pub fn ambiguity_table(examples: &[Example], min_count: usize) -> FxHashMap<u64, u64> {
    let mut counts: FxHashMap<u64, FxHashMap<u8, usize>> = FxHashMap::default();
    let mut sc = Scratch::default();
    let mut wf = Vec::new();
    for e in examples {
        facts(&e.forms, &mut sc, &mut wf);
        for (w, &t) in wf.iter().zip(&e.tags) {
            *counts.entry(w.norm).or_default().entry(t).or_default() += 1;
        }
    }
    let mut out = FxHashMap::default();
    for (w, by_tag) in counts {
        let total: usize = by_tag.values().sum();
        if total < min_count {
            continue;
        }
        let mut tags: Vec<u8> = by_tag
            .iter()
            .filter(|&(_, &c)| c * 20 >= total)
            .map(|(&t, _)| t)
            .collect();
        tags.sort_unstable();
        let h = tags.iter().fold(0xA5u64, |h, &t| mix(h, u64::from(t)));
        out.insert(w, h);
    }
    out
}

/// A small deterministic random number generator (xorshift64*), for shuffling.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A random permutation step: shuffles `v` in place.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// Trains a tagger for `epochs` rounds over `train`, shuffled with `seed`; after each
/// round calls `on_epoch` with the averaged model so far, which returns its score (on
/// held-out data); the best-scoring model is returned with its epoch.
pub fn train(
    tags: &[(String, String)],
    train: &[Example],
    epochs: usize,
    seed: u64,
    on_epoch: &mut dyn FnMut(usize, &Tagger) -> f64,
) -> (Tagger, usize) {
    let ambiguity = ambiguity_table(train, 2);
    let mut trainer = Trainer::new(tags.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut s = TagScratch::default();
    let mut scores = vec![0.0f32; tags.len()];
    let mut best: Option<(f64, Tagger, usize)> = None;
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let e = &train[k];
            facts(&e.forms, &mut s.facts_scratch, &mut s.facts);
            let mut prev = [EDGE, EDGE];
            for i in 0..e.forms.len() {
                features(&s.facts, &ambiguity, i, prev, &mut s.feats);
                trainer.score(&s.feats, &mut scores);
                let guess = argmax(&scores);
                let gold = usize::from(e.tags[i]);
                trainer.tick();
                trainer.update(&s.feats, gold, guess);
                // the gold history while training (the tagger is greedy and errors are rare)
                prev = [tag_value(gold), prev[0]];
            }
        }
        let model = Tagger {
            tags: tags.to_vec(),
            weights: trainer.finish(0.0),
            ambiguity: ambiguity.clone(),
        };
        let score = on_epoch(epoch, &model);
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, model, epoch));
        }
    }
    let (_, model, epoch) = best.expect("at least one epoch");
    (model, epoch)
}
