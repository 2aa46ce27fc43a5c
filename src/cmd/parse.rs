//! `geokg parse [INPUT...]`: how geokg reads a text, as CoNLL-U: every sentence of every
//! article with its words' tags, lemmas, heads and relations, and each word's byte span in
//! the article.

use super::finish_stream;
use super::syntax::load_model;
use crate::Cli;
use geokg::ingest::{expand_inputs, read_source, IngestOptions};
use geokg::syntax::document::{parse_text, to_conllu};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Arguments of `geokg parse`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (read recursively); `-` or nothing for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// A model directory (en_ewt.model, lemmas.tsv) instead of the built-in model.
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let model = match load_model(args.model.as_deref()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let (sources, errors) = expand_inputs(&args.inputs);
    let mut problems = errors.len();
    for e in &errors {
        eprintln!("geokg: {e}");
    }
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
        ..Default::default()
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut io_error = None;
    for src in &sources {
        read_source(src, &opts, &mut |r| {
            let a = match r {
                Ok(a) => a,
                Err(e) => {
                    problems += 1;
                    eprintln!("geokg: {e}");
                    return;
                }
            };
            if io_error.is_some() {
                return;
            }
            let mut text = format!("# newdoc id = {}\n", a.id);
            for (i, s) in parse_text(model, &a.text).iter().enumerate() {
                text.push_str(&to_conllu(&a.text, &format!("{}-{}", a.id, i + 1), s));
            }
            if let Err(e) = out.write_all(text.as_bytes()) {
                io_error = Some(e);
            }
        });
    }
    if let Some(code) = finish_stream(&mut out, io_error) {
        return code;
    }
    if problems > 0 {
        return 2;
    }
    0
}
