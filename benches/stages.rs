//! Micro-benchmarks of the hot extraction stages, so that a regression in one shows.
//!
//! Run: `cargo bench --bench stages` (all), or one group, e.g. `cargo bench --bench stages --
//! recognize`. The text is the project's own sample articles (`data/samples/`, read with
//! the ingest stage), so the benchmark needs nothing outside the repository. Each stage is
//! measured on the output of the stages before it, prepared outside the timed loop:
//!
//! - `split`: sentence splitting of every article;
//! - `tokenize`: tokenizing every sentence;
//! - `recognize`: gazetteer matching, titles, people, agents and pronouns for every
//!   sentence (the alias-trie walk is the bulk of it);
//! - `patterns`: relation patterns, structural relations, modality and claims for every
//!   recognised sentence (`Extractor::sentence_triples`);
//! - `resolve`: the discourse state (short names, pronouns, pairs) fed with every
//!   sentence's mentions;
//! - `article`: the whole `extract_article` per article, for comparison;
//! - `lexicon`: loading the built-in lexicon (the 50 ms budget of the speed issue).
//!
//! Throughput is reported in bytes of article text, so the figures compare with `geokg
//! bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use geokg::extract::Extractor;
use geokg::ingest::{expand_inputs, read_source, IngestOptions};
use geokg::lexicon::Lexicon;
use geokg::model::Article;
use geokg::recognize::{recognize, Mention};
use geokg::resolve::Discourse;
use geokg::text::{split_sentences, tokenize, Token};
use std::hint::black_box;
use std::path::PathBuf;

/// The sample articles of the repository.
fn samples() -> Vec<Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let (sources, errors) = expand_inputs(&[dir]);
    assert!(errors.is_empty(), "cannot list the samples: {errors:?}");
    let mut out = Vec::new();
    for s in &sources {
        read_source(s, &IngestOptions::default(), &mut |r| {
            if let Ok(a) = r {
                out.push(a);
            }
        });
    }
    assert!(!out.is_empty(), "no sample articles");
    out
}

/// One sentence with everything the later stages need.
struct Prepared {
    article: usize,
    span: (usize, usize),
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
}

fn prepare(lex: &Lexicon, articles: &[Article]) -> Vec<Prepared> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let date = a
            .date
            .as_deref()
            .and_then(|d| geokg::lexicon::date_key(d, false));
        let mut discourse = Discourse::new();
        for s in split_sentences(&a.text) {
            let tokens = tokenize(&a.text[s.start..s.end], s.start);
            let mentions = recognize(&a.text, &tokens, lex, date, &discourse);
            discourse.observe(&mentions);
            out.push(Prepared {
                article: ai,
                span: (s.start, s.end),
                tokens,
                mentions,
            });
        }
    }
    out
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::builtin().expect("built-in lexicon");
    let ex = Extractor::new(&lex);
    let articles = samples();
    let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
    let prepared = prepare(&lex, &articles);

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("split", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| split_sentences(black_box(&a.text)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            prepared
                .iter()
                .map(|p| {
                    let text = &articles[p.article].text;
                    tokenize(black_box(&text[p.span.0..p.span.1]), p.span.0).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("recognize", |b| {
        let discourse = Discourse::new();
        b.iter(|| {
            prepared
                .iter()
                .map(|p| {
                    let a = &articles[p.article];
                    recognize(&a.text, black_box(&p.tokens), &lex, None, &discourse).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("patterns", |b| {
        b.iter(|| {
            prepared
                .iter()
                .enumerate()
                .map(|(si, p)| {
                    ex.sentence_triples(
                        &articles[p.article],
                        si,
                        p.span,
                        black_box(&p.tokens),
                        black_box(&p.mentions),
                    )
                    .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("resolve", |b| {
        b.iter(|| {
            let mut d = Discourse::new();
            for p in &prepared {
                d.observe(black_box(&p.mentions));
            }
            d.last_person(|_| true).is_some()
        })
    });
    g.bench_function("article", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| ex.extract_article(black_box(a)).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("lexicon");
    g.sample_size(20);
    g.bench_function("load", |b| {
        b.iter(|| Lexicon::builtin().map(|l| l.entities.len()).unwrap_or(0))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
