//! Training: reads a treebank, trains the tagger, lemmatizer and parser, and keeps the
//! rounds that score best on the development file.

use super::conllu::{self, Sentence};
use super::features::{facts, Scratch};
use super::parser::{self, ParseScratch, Parser};
use super::tagger::{self, Example, TagScratch, Tagger};
use super::transition::Gold;
use rustc_hash::FxHashMap;

/// The tag classes of a treebank, most frequent first.
pub fn tag_classes(sents: &[Sentence]) -> Vec<(String, String)> {
    let mut counts: FxHashMap<(String, String), usize> = FxHashMap::default();
    for s in sents {
        for w in &s.words {
            *counts.entry((w.upos.clone(), w.xpos.clone())).or_default() += 1;
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().map(|(t, _)| t).take(255).collect()
}

fn examples<'a>(sents: &'a [Sentence], tags: &[(String, String)]) -> Vec<Example<'a>> {
    let index: FxHashMap<(&str, &str), u8> = tags
        .iter()
        .enumerate()
        .map(|(i, (u, x))| ((u.as_str(), x.as_str()), i as u8))
        .collect();
    sents
        .iter()
        .map(|s| Example {
            forms: s.words.iter().map(|w| w.form.as_str()).collect(),
            tags: s
                .words
                .iter()
                .map(|w| {
                    index
                        .get(&(w.upos.as_str(), w.xpos.as_str()))
                        .copied()
                        .unwrap_or(0)
                })
                .collect(),
        })
        .collect()
}

/// UPOS accuracy of a tagger on gold sentences.
pub fn upos_accuracy(t: &Tagger, sents: &[Sentence]) -> f64 {
    let mut s = TagScratch::default();
    let mut out = Vec::new();
    let (mut right, mut all) = (0usize, 0usize);
    for sent in sents {
        let forms: Vec<&str> = sent.words.iter().map(|w| w.form.as_str()).collect();
        t.tag(&forms, &mut s, &mut out);
        for (w, &c) in sent.words.iter().zip(&out) {
            all += 1;
            right += usize::from(t.tags[usize::from(c)].0 == w.upos);
        }
    }
    right as f64 / all.max(1) as f64
}

/// Trains a tagger on `train`, choosing the epoch by UPOS accuracy on `dev`.
pub fn train_tagger(
    train: &[Sentence],
    dev: &[Sentence],
    epochs: usize,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> (Tagger, usize) {
    let tags = tag_classes(train);
    let ex = examples(train, &tags);
    tagger::train(&tags, &ex, epochs, seed, &mut |epoch, t| {
        let acc = upos_accuracy(t, dev);
        let (f, c) = t.weights.size();
        log(&format!(
            "tagger epoch {epoch}: dev upos {:.2}% ({f} features, {c} weights)",
            acc * 100.0
        ));
        acc
    })
}

/// Reads a CoNLL-U file.
pub fn read_treebank(path: &std::path::Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    conllu::parse(&text).map_err(|e| format!("{}:{}: {}", path.display(), e.line, e.message))
}

/// Tags every sentence of `sents` with taggers trained on the other folds (`folds` of
/// them), as the parser will see tags at run time: with a tagger's errors.
pub fn jackknife_tags(
    sents: &[Sentence],
    folds: usize,
    epochs: usize,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> Vec<Vec<u8>> {
    let tags = tag_classes(sents);
    let ex = examples(sents, &tags);
    let results: Vec<Vec<(usize, Vec<u8>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..folds)
            .map(|f| {
                let ex = &ex;
                let tags = &tags;
                scope.spawn(move || {
                    let train: Vec<Example> = ex
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % folds != f)
                        .map(|(_, e)| Example {
                            forms: e.forms.clone(),
                            tags: e.tags.clone(),
                        })
                        .collect();
                    let (t, _) =
                        tagger::train(tags, &train, epochs, seed + f as u64, &mut |_, _| 0.0);
                    let mut s = TagScratch::default();
                    let mut out = Vec::new();
                    ex.iter()
                        .enumerate()
                        .filter(|(i, _)| i % folds == f)
                        .map(|(i, e)| {
                            t.tag(&e.forms, &mut s, &mut out);
                            (i, out.clone())
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("fold"))
            .collect()
    });
    let mut out = vec![Vec::new(); sents.len()];
    for (i, t) in results.into_iter().flatten() {
        out[i] = t;
    }
    let (mut right, mut all) = (0, 0);
    for (e, t) in ex.iter().zip(&out) {
        all += t.len();
        right += e.tags.iter().zip(t).filter(|(a, b)| a == b).count();
    }
    log(&format!(
        "jackknifed tags: {folds} folds, class accuracy {:.2}%",
        100.0 * right as f64 / all.max(1) as f64
    ));
    out
}

/// The dependency labels of a treebank, most frequent first.
pub fn label_list(sents: &[Sentence]) -> Vec<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for s in sents {
        for w in &s.words {
            *counts.entry(w.deprel.as_str()).or_default() += 1;
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(l, _)| l.to_string()).take(64).collect()
}

fn parser_examples(
    sents: &[Sentence],
    tags: &[Vec<u8>],
    labels: &[String],
) -> Vec<parser::Example> {
    let index: FxHashMap<&str, u8> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u8))
        .collect();
    let mut sc = Scratch::default();
    let mut wf = Vec::new();
    sents
        .iter()
        .zip(tags)
        .map(|(s, t)| {
            facts(
                &s.words.iter().map(|w| w.form.as_str()).collect::<Vec<_>>(),
                &mut sc,
                &mut wf,
            );
            let mut heads = vec![0u32];
            let mut ls = vec![0u8];
            for w in &s.words {
                heads.push(w.head as u32);
                ls.push(index.get(w.deprel.as_str()).copied().unwrap_or(0));
            }
            parser::Example {
                words: wf.iter().map(|f| f.norm).zip(t.iter().copied()).collect(),
                gold: Gold { heads, labels: ls },
            }
        })
        .collect()
}

/// Attachment scores of a tagger and parser on gold sentences: (UAS, LAS), labels
/// compared on their universal part.
pub fn attachment(t: &Tagger, p: &Parser, sents: &[Sentence]) -> (f64, f64) {
    let mut ts = TagScratch::default();
    let mut ps = ParseScratch::default();
    let mut sc = Scratch::default();
    let mut wf = Vec::new();
    let mut tags = Vec::new();
    let (mut u, mut l, mut all) = (0usize, 0usize, 0usize);
    let universal = |s: &str| s.split(':').next().unwrap_or(s).to_string();
    for s in sents {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        t.tag(&forms, &mut ts, &mut tags);
        facts(&forms, &mut sc, &mut wf);
        ps.input
            .fill(wf.iter().map(|f| f.norm).zip(tags.iter().copied()));
        p.parse(&mut ps, &|i| {
            t.tags[usize::from(tags[i as usize - 1])].0 == "PUNCT"
        });
        for (i, w) in s.words.iter().enumerate() {
            all += 1;
            if ps.state.heads[i + 1] as usize == w.head {
                u += 1;
                let pl = &p.labels[usize::from(ps.state.labels[i + 1])];
                l += usize::from(universal(pl) == universal(&w.deprel));
            }
        }
    }
    (u as f64 / all.max(1) as f64, l as f64 / all.max(1) as f64)
}

/// Trains a parser on `train` with the given (jackknifed) tags, choosing the round by LAS
/// on `dev` tagged by `tagger`.
pub fn train_parser(
    train: &[Sentence],
    train_tags: &[Vec<u8>],
    dev: &[Sentence],
    tagger: &Tagger,
    settings: parser::Settings,
    log: &mut dyn FnMut(&str),
) -> (Parser, usize) {
    let labels = label_list(train);
    let ex = parser_examples(train, train_tags, &labels);
    parser::train(&labels, &ex, settings, &mut |epoch, p| {
        let (uas, las) = attachment(tagger, p, dev);
        let (f, c) = p.weights.size();
        log(&format!(
            "parser epoch {epoch}: dev uas {:.2}% las {:.2}% ({f} features, {c} weights)",
            uas * 100.0,
            las * 100.0
        ));
        las
    })
}

/// The settings of a training run; the defaults are what the shipped model used.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Seed of every shuffle and of exploration.
    pub seed: u64,
    /// Most rounds of the tagger (the best on the development file is kept).
    pub tagger_epochs: usize,
    /// Most rounds of the parser.
    pub parser_epochs: usize,
    /// Folds of the jackknifed training tags.
    pub folds: usize,
    /// Weights smaller than one of these are dropped; the best on the development file is
    /// kept among those that fit in `max_parser_bytes`.
    pub prune: Vec<f32>,
    /// Largest parser weights table to ship.
    pub max_parser_bytes: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            seed: 1,
            tagger_epochs: 10,
            parser_epochs: 15,
            folds: 10,
            prune: vec![0.0, 0.25, 0.5, 0.75, 1.0],
            max_parser_bytes: 16_000_000,
        }
    }
}

/// A trained model: the model file's bytes, the lemma table's text, and the model.
pub struct Trained {
    /// The model file.
    pub model_file: Vec<u8>,
    /// The lemma table.
    pub lemmas: String,
    /// The model itself.
    pub model: super::Model,
}

/// Trains the tagger, lemmatizer and parser on `train`, tuning on `dev`. `train_name` and
/// `dev_name` go into the header.
pub fn train_model(
    train: &[Sentence],
    dev: &[Sentence],
    train_name: &str,
    dev_name: &str,
    settings: &Settings,
    log: &mut dyn FnMut(&str),
) -> Trained {
    let (tagger, tagger_epoch) =
        train_tagger(train, dev, settings.tagger_epochs, settings.seed, log);
    log(&format!("tagger: round {tagger_epoch} kept"));
    let tags = jackknife_tags(
        train,
        settings.folds,
        tagger_epoch,
        settings.seed.wrapping_add(1000),
        log,
    );
    let ps = parser::Settings {
        epochs: settings.parser_epochs,
        seed: settings.seed.wrapping_add(2000),
        explore_from: 2,
        explore: 0.9,
    };
    let (mut parser, parser_epoch) = train_parser(train, &tags, dev, &tagger, ps, log);
    log(&format!("parser: round {parser_epoch} kept"));
    // the smallest table whose development LAS is within 0.1 point of the best: a larger
    // table buys nothing that the development file can see, and costs memory and speed
    let mut candidates: Vec<(f64, f32, Parser)> = Vec::new();
    for &th in &settings.prune {
        let mut p = parser.clone();
        p.weights = parser.weights.pruned(th);
        let mut bytes = Vec::new();
        p.weights.write(&mut bytes);
        let (_, las) = attachment(&tagger, &p, dev);
        log(&format!(
            "prune {th}: dev las {:.2}%, {} weights, {:.1} MB",
            las * 100.0,
            p.weights.size().1,
            bytes.len() as f64 / 1e6
        ));
        if bytes.len() <= settings.max_parser_bytes {
            candidates.push((las, th, p));
        }
    }
    let top = candidates.iter().map(|c| c.0).fold(f64::MIN, f64::max);
    let (_, prune, pruned) = candidates
        .into_iter()
        .filter(|c| c.0 >= top - 0.001)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or((0.0, f32::NAN, parser.clone()));
    parser = pruned;
    let lemmatizer = super::lemma::Lemmatizer::train(train.iter().flat_map(|s| {
        s.words.iter().map(|w| {
            (
                w.form.as_str(),
                w.lemma.as_str(),
                w.upos.as_str(),
                w.xpos.as_str(),
            )
        })
    }));
    let words: usize = train.iter().map(|s| s.words.len()).sum();
    let mut header = super::model::Header::default();
    header.set(
        "trained-on",
        format!("{train_name} ({} sentences, {words} words)", train.len()),
    );
    header.set("tuned-on", dev_name);
    header.set(
        "licence",
        "CC BY-SA 4.0: trained on UD_English-EWT (Universal Dependencies English Web Treebank, \
         (c) 2013-2021 The Board of Trustees of The Leland Stanford Junior University)",
    );
    header.set("seed", settings.seed.to_string());
    header.set("tagger-rounds", tagger_epoch.to_string());
    header.set("parser-rounds", parser_epoch.to_string());
    header.set("jackknife-folds", settings.folds.to_string());
    header.set("prune", prune.to_string());
    let lemmas = lemmatizer.to_text();
    let mut model = super::Model::new(header.clone(), tagger, parser, lemmatizer);
    let dev_scores = super::eval::evaluate(&model, dev);
    let mut line = dev_scores.line();
    if let Some(i) = line.find(" words_per_s") {
        line.truncate(i); // speed varies from run to run: keep the file reproducible
    }
    header.set("dev-scores", line);
    model.header = header.clone();
    let (t, p, _) = model.parts();
    let model_file = super::model::write(&header, t, p);
    Trained {
        model_file,
        lemmas,
        model,
    }
}
