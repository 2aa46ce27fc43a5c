//! Whole texts through the syntax stage: sentences, tokens, UD words and their analyses,
//! and the CoNLL-U that `geokg parse` writes for them.

use super::conllu::{self, Range, Sentence as ConlluSentence, Word as ConlluWord};
use super::{ud_words, Model, Scratch, UdWord, Word};
use crate::text::{split_sentences, tokenize, Token};

/// One analysed sentence of a text.
#[derive(Debug, Clone)]
pub struct ParsedSentence {
    /// Byte span of the sentence in the text.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// Its tokens (spans into the text).
    pub tokens: Vec<Token>,
    /// Its words (spans inside the tokens).
    pub words: Vec<UdWord>,
    /// The analysis of each word.
    pub analysis: Vec<Word>,
}

/// Splits a text into sentences and analyses each.
pub fn parse_text(model: &Model, text: &str) -> Vec<ParsedSentence> {
    let mut scratch = Scratch::default();
    split_sentences(text)
        .iter()
        .map(|s| {
            let tokens = tokenize(&text[s.start..s.end], s.start);
            let mut words = Vec::new();
            ud_words(text, &tokens, &mut words);
            let forms: Vec<&str> = words.iter().map(|w| &text[w.start..w.end]).collect();
            let mut analysis = Vec::new();
            model.analyze(&forms, &mut scratch, &mut analysis);
            ParsedSentence {
                start: s.start,
                end: s.end,
                tokens,
                words,
                analysis,
            }
        })
        .collect()
}

/// The CoNLL-U of one analysed sentence: `sent_id` and `text` comments, a range line for
/// each token of two words, and `TokenRange=START:END` (byte offsets into the text) and
/// `SpaceAfter=No` in the MISC column.
pub fn to_conllu(text: &str, sent_id: &str, s: &ParsedSentence) -> String {
    let one_line: String = text[s.start..s.end]
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut out = ConlluSentence {
        comments: vec![format!("sent_id = {sent_id}"), format!("text = {one_line}")],
        ..Default::default()
    };
    let space_after = |end: usize, next: Option<usize>| next.is_none_or(|n| n > end);
    for (i, (w, a)) in s.words.iter().zip(&s.analysis).enumerate() {
        let next_start = s.words.get(i + 1).map(|n| n.start);
        let tok = &s.tokens[w.token];
        let in_range = s.words.iter().filter(|x| x.token == w.token).count() > 1;
        let mut misc = format!("TokenRange={}:{}", w.start, w.end);
        if !in_range && !space_after(w.end, next_start) {
            misc.push_str("|SpaceAfter=No");
        }
        if in_range && (i == 0 || s.words[i - 1].token != w.token) {
            let last = i + s.words[i..]
                .iter()
                .take_while(|x| x.token == w.token)
                .count();
            let next_tok = s.tokens.get(w.token + 1).map(|t| t.start);
            let mut rmisc = format!("TokenRange={}:{}", tok.start, tok.end);
            if !space_after(tok.end, next_tok) {
                rmisc.push_str("|SpaceAfter=No");
            }
            out.ranges.push(Range {
                first: i + 1,
                last,
                form: text[tok.start..tok.end].to_string(),
                misc: rmisc,
            });
        }
        out.words.push(ConlluWord {
            form: text[w.start..w.end].to_string(),
            lemma: a.lemma.to_string(),
            upos: a.upos.as_str().to_string(),
            xpos: a.xpos.to_string(),
            feats: String::new(),
            head: a.head as usize,
            deprel: a.rel.as_str().to_string(),
            misc,
        });
    }
    let mut s = String::new();
    conllu::write(&out, &mut s);
    s
}
