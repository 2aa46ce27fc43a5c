//! Scoring a model against a treebank, as the CoNLL 2018 shared task scores parsers given
//! the gold words: every word counts, punctuation included; relations are compared on
//! their universal part (before ':'); multiword-token lines and empty nodes are skipped.

use super::conllu::Sentence;
use super::{Model, Scratch, Word};
use std::time::Instant;

/// What [`evaluate`] measured.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Share of words with the right universal tag.
    pub upos: f64,
    /// Share of words with the right lemma.
    pub lemma: f64,
    /// Share of words with the right head.
    pub uas: f64,
    /// Share of words with the right head and relation.
    pub las: f64,
    /// Sentences scored.
    pub sentences: usize,
    /// Words scored.
    pub words: usize,
    /// Words analysed per second (tagging, lemmas and parsing, on one thread).
    pub words_per_s: f64,
}

impl Scores {
    /// The one-line form: `upos=… lemma=… uas=… las=… sentences=… words=… words_per_s=…`,
    /// shares as percentages with two decimals.
    pub fn line(&self) -> String {
        format!(
            "upos={:.2} lemma={:.2} uas={:.2} las={:.2} sentences={} words={} words_per_s={:.0}",
            self.upos * 100.0,
            self.lemma * 100.0,
            self.uas * 100.0,
            self.las * 100.0,
            self.sentences,
            self.words,
            self.words_per_s
        )
    }

    /// The same keys as JSON.
    pub fn json(&self) -> String {
        format!(
            "{{\"upos\":{:.2},\"lemma\":{:.2},\"uas\":{:.2},\"las\":{:.2},\"sentences\":{},\"words\":{},\"words_per_s\":{:.0}}}",
            self.upos * 100.0,
            self.lemma * 100.0,
            self.uas * 100.0,
            self.las * 100.0,
            self.sentences,
            self.words,
            self.words_per_s
        )
    }
}

fn universal(s: &str) -> &str {
    s.split(':').next().unwrap_or(s)
}

/// Analyses every sentence with the model and scores it against the gold annotation.
pub fn evaluate(model: &Model, gold: &[Sentence]) -> Scores {
    let mut scratch = Scratch::default();
    let mut out: Vec<Word> = Vec::new();
    let mut predicted: Vec<Vec<Word>> = Vec::with_capacity(gold.len());
    let forms: Vec<Vec<&str>> = gold
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let t0 = Instant::now();
    for f in &forms {
        model.analyze(f, &mut scratch, &mut out);
        predicted.push(out.clone());
    }
    let seconds = t0.elapsed().as_secs_f64();
    let mut sc = Scores {
        sentences: gold.len(),
        ..Default::default()
    };
    let (mut upos, mut lemma, mut uas, mut las) = (0usize, 0usize, 0usize, 0usize);
    for (g, p) in gold.iter().zip(&predicted) {
        for (gw, pw) in g.words.iter().zip(p) {
            sc.words += 1;
            upos += usize::from(pw.upos.as_str() == gw.upos);
            lemma += usize::from(pw.lemma == gw.lemma);
            if pw.head as usize == gw.head {
                uas += 1;
                las += usize::from(universal(pw.rel.as_str()) == universal(&gw.deprel));
            }
        }
    }
    let n = sc.words.max(1) as f64;
    sc.upos = upos as f64 / n;
    sc.lemma = lemma as f64 / n;
    sc.uas = uas as f64 / n;
    sc.las = las as f64 / n;
    sc.words_per_s = sc.words as f64 / seconds.max(1e-9);
    sc
}
