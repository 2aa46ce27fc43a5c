//! Stage 3, syntax: part-of-speech tags, lemmas and dependency trees of sentences, from a
//! tagger, lemmatizer and transition-based parser of the project's own, trained on the
//! Universal Dependencies English Web Treebank (`data/syntax/`, CC BY-SA 4.0).
//!
//! Takes the tokens of a sentence (from [`crate::text`]); [`words::ud_words`] splits the
//! few that UD counts as two words ("didn't", "cannot"), each word keeping a byte span
//! inside its token; [`Model::analyze`] gives every word its universal tag ([`Upos`]),
//! English tag, lemma, head and relation ([`Rel`]).
//!
//! The parts, each in its own file: [`features`] (what is known of a word), [`tagger`]
//! (the tagger and its templates), [`transition`] (the arc-eager system and its dynamic
//! oracle), [`parser_features`] and [`parser`] (the parser's templates, decoding and
//! training), [`scorer`] (the weights), [`lemma`], [`model`] (the file), [`train`] and
//! [`eval`] (the `geokg syntax` commands), [`conllu`] (the treebank format).

pub mod conllu;
pub mod document;
pub mod eval;
pub mod features;
mod labels;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod parser_features;
pub mod scorer;
pub mod tagger;
pub mod train;
pub mod transition;
pub mod words;

pub use labels::{Rel, Upos};
pub use words::{ud_words, UdWord};

use compact_str::CompactString;
use features::{facts, Scratch as FactScratch, WordFacts};
use lemma::Lemmatizer;
use model::Header;
use parser::{ParseScratch, Parser};
use std::sync::OnceLock;
use tagger::{TagScratch, Tagger};

/// The shipped model, embedded in the binary.
const BUILTIN_MODEL: &[u8] = include_bytes!("../../data/syntax/en_ewt.model");
/// The shipped lemma table.
const BUILTIN_LEMMAS: &str = include_str!("../../data/syntax/lemmas.tsv");

/// One analysed word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Universal part-of-speech tag.
    pub upos: Upos,
    /// English (Penn Treebank) tag.
    pub xpos: &'static str,
    /// Lemma: lowercase for all but proper nouns.
    pub lemma: CompactString,
    /// Head word, 1-based; 0 for the root of the sentence.
    pub head: u32,
    /// Relation to the head.
    pub rel: Rel,
}

/// A tagger, lemmatizer and parser, ready to analyse sentences.
#[derive(Debug)]
pub struct Model {
    /// The model file's header: versions, training data, licence, scores.
    pub header: Header,
    tagger: Tagger,
    parser: Parser,
    lemmatizer: Lemmatizer,
    /// Each tagger class as tags.
    classes: Vec<(Upos, &'static str)>,
    /// Each parser label as a relation.
    rels: Vec<Rel>,
    punct: Vec<bool>,
}

/// Reusable buffers for [`Model::analyze`]: one per thread.
#[derive(Debug, Default)]
pub struct Scratch {
    facts: FactScratch,
    word_facts: Vec<WordFacts>,
    tag: TagScratch,
    tags: Vec<u8>,
    parse: ParseScratch,
}

/// English tags as static strings (the model's classes are a small closed set).
fn static_tag(s: &str) -> &'static str {
    const XPOS: &[&str] = &[
        "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW",
        "GW", "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS",
        "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD",
        "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "XX", "``",
    ];
    XPOS.iter().find(|&&x| x == s).copied().unwrap_or("_")
}

impl Model {
    /// The model shipped with geokg, loaded once.
    pub fn builtin() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            Model::from_bytes(BUILTIN_MODEL, BUILTIN_LEMMAS)
                .expect("the built-in syntax model is valid (a test loads it)")
        })
    }

    /// A model from the bytes of a model file and the text of its lemma table.
    pub fn from_bytes(model: &[u8], lemmas: &str) -> Result<Model, String> {
        let (header, tagger, parser, lemmatizer) = model::read(model, lemmas)?;
        Ok(Model::new(header, tagger, parser, lemmatizer))
    }

    /// A model from its parts.
    pub fn new(header: Header, tagger: Tagger, parser: Parser, lemmatizer: Lemmatizer) -> Model {
        let classes: Vec<(Upos, &'static str)> = tagger
            .tags
            .iter()
            .map(|(u, x)| (Upos::parse(u), static_tag(x)))
            .collect();
        let punct = classes.iter().map(|c| c.0 == Upos::Punct).collect();
        let rels = parser.labels.iter().map(|l| Rel::parse(l)).collect();
        Model {
            header,
            tagger,
            parser,
            lemmatizer,
            classes,
            rels,
            punct,
        }
    }

    /// Tags only: the tag class of each word (index into the model's classes), into `out`.
    fn tag_into<S: AsRef<str>>(&self, forms: &[S], s: &mut Scratch) {
        facts(forms, &mut s.facts, &mut s.word_facts);
        self.tagger
            .tag_facts(&s.word_facts, &mut s.tag, &mut s.tags);
    }

    /// Analyses one sentence given as its words: tags, lemmas and the dependency tree,
    /// into `out` (cleared first), one [`Word`] per form.
    pub fn analyze<S: AsRef<str>>(&self, forms: &[S], s: &mut Scratch, out: &mut Vec<Word>) {
        out.clear();
        if forms.is_empty() {
            return;
        }
        self.tag_into(forms, s);
        let tags = &s.tags;
        s.parse.input.fill(
            s.word_facts
                .iter()
                .map(|f| f.norm)
                .zip(tags.iter().copied()),
        );
        let punct = &self.punct;
        self.parser
            .parse(&mut s.parse, &|i| punct[usize::from(tags[i as usize - 1])]);
        let st = &s.parse.state;
        for (i, form) in forms.iter().enumerate() {
            let (upos, xpos) = self.classes[usize::from(tags[i])];
            let (u, x) = &self.tagger.tags[usize::from(tags[i])];
            let lemma = self.lemmatizer.lemma(form.as_ref(), u, x);
            out.push(Word {
                upos,
                xpos,
                lemma: CompactString::from(lemma.as_ref()),
                head: st.heads[i + 1],
                rel: self.rels[usize::from(st.labels[i + 1])],
            });
        }
    }

    /// Tags only (no tree): universal and English tag of each word.
    pub fn tag<S: AsRef<str>>(&self, forms: &[S], s: &mut Scratch) -> Vec<(Upos, &'static str)> {
        self.tag_into(forms, s);
        s.tags
            .iter()
            .map(|&t| self.classes[usize::from(t)])
            .collect()
    }

    /// The tagger's class names (universal, English) and the parser's labels.
    pub fn inventory(&self) -> (&[(String, String)], &[String]) {
        (&self.tagger.tags, &self.parser.labels)
    }

    /// The tagger and the parser, for evaluation and retraining.
    pub fn parts(&self) -> (&Tagger, &Parser, &Lemmatizer) {
        (&self.tagger, &self.parser, &self.lemmatizer)
    }
}
