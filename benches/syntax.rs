//! Speed of the syntax stage, on one thread.
//!
//! Run: `cargo bench --bench syntax`. Groups:
//!
//! - `analyze`: tagging, lemmas and parsing of every sentence of a treebank with gold words
//!   (throughput in words): the UD English EWT test file when `../shared` is beside the
//!   project (25,094 words), else the project's own hand-annotated sample
//!   (`tests/data/syntax_sample.conllu`, 212 words);
//! - `tag`: tagging alone, on the same sentences;
//! - `samples`: sentence splitting, tokenizing, UD words and analysis of the sample
//!   articles in `data/samples/` (throughput in bytes of text);
//! - `load`: reading the built-in model from its bytes (the 200 ms budget).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use geokg::syntax::document::parse_text;
use geokg::syntax::train::read_treebank;
use geokg::syntax::{Model, Scratch};
use std::hint::black_box;
use std::path::PathBuf;

fn sentences() -> Vec<Vec<String>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let ewt = root.join("../shared/ud/en_ewt-ud-test.conllu");
    let path = if ewt.exists() {
        ewt
    } else {
        root.join("tests/data/syntax_sample.conllu")
    };
    eprintln!("syntax bench corpus: {}", path.display());
    read_treebank(&path)
        .expect("the treebank reads")
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
        .collect()
}

fn analyze(c: &mut Criterion) {
    let model = Model::builtin();
    let sents = sentences();
    let words: usize = sents.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Elements(words as u64));
    g.sample_size(10);
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    g.bench_function("words", |b| {
        b.iter(|| {
            let mut heads = 0u64;
            for s in &sents {
                model.analyze(s, &mut scratch, &mut out);
                heads += out.iter().map(|w| u64::from(w.head)).sum::<u64>();
            }
            black_box(heads)
        })
    });
    g.finish();
    let mut g = c.benchmark_group("tag");
    g.throughput(Throughput::Elements(words as u64));
    g.sample_size(10);
    g.bench_function("words", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for s in &sents {
                n += model.tag(s, &mut scratch).len();
            }
            assert_eq!(n, words);
            black_box(n)
        })
    });
    g.finish();
}

fn samples(c: &mut Criterion) {
    let model = Model::builtin();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let texts: Vec<String> = std::fs::read_dir(&dir)
        .expect("data/samples")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).expect("a sample reads"))
        .collect();
    assert!(!texts.is_empty());
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("samples");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse_text", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| parse_text(model, t).len()).sum();
            black_box(n)
        })
    });
    g.finish();
}

fn load(c: &mut Criterion) {
    let bytes = include_bytes!("../data/syntax/en_ewt.model");
    let lemmas = include_str!("../data/syntax/lemmas.tsv");
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    g.bench_function("builtin", |b| {
        b.iter(|| black_box(Model::from_bytes(bytes, lemmas).expect("loads")))
    });
    g.finish();
}

criterion_group!(benches, analyze, samples, load);
criterion_main!(benches);
