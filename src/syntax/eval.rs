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
        self.joined(" ", |k, v| format!("{k}={v}"))
    }

    /// The same keys as JSON.
    pub fn json(&self) -> String {
        format!("{{{}}}", self.joined(",", |k, v| format!("\"{k}\":{v}")))
    }

    /// Each key with its value (a JSON number, as both forms write it) as `field` writes the
    /// pair, joined by `sep`.
    fn joined(&self, sep: &str, field: impl Fn(&str, &str) -> String) -> String {
        let share = |x: f64| format!("{:.2}", x * 100.0);
        let fields = [
            ("upos", share(self.upos)),
            ("lemma", share(self.lemma)),
            ("uas", share(self.uas)),
            ("las", share(self.las)),
            ("sentences", self.sentences.to_string()),
            ("words", self.words.to_string()),
            ("words_per_s", format!("{:.0}", self.words_per_s)),
        ];
        let fields: Vec<String> = fields.iter().map(|(k, v)| field(k, v)).collect();
        fields.join(sep)
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

#[cfg(test)]
mod tests {
    use super::Scores;

    #[test]
    fn line_and_json_carry_the_same_figures() {
        let s = Scores {
            upos: 0.91234,
            lemma: 0.95,
            uas: 0.8,
            las: 0.7551,
            sentences: 3,
            words: 40,
            words_per_s: 1234.6,
        };
        assert_eq!(
            s.line(),
            "upos=91.23 lemma=95.00 uas=80.00 las=75.51 sentences=3 words=40 words_per_s=1235"
        );
        assert_eq!(
            s.json(),
            "{\"upos\":91.23,\"lemma\":95.00,\"uas\":80.00,\"las\":75.51,\"sentences\":3,\"words\":40,\"words_per_s\":1235}"
        );
    }
}
