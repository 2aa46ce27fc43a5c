//! `geokg extract [INPUT...]`: articles in, triples out.

use super::{choice, finish_stream, load_lexicon};
use crate::Cli;
use geokg::extract::Extractor;
use geokg::ingest::{expand_inputs, IngestOptions};
use geokg::model::{Article, Triple};
use geokg::output::{write_triple, TripleFormat, TSV_HEADER};
use geokg::pipeline;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Arguments of `geokg extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (read recursively); `-` or nothing for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_parser = choice(FORMATS, TripleFormat::as_str), default_value = "jsonl")]
    pub format: TripleFormat,

    /// Publication date of the articles that give none (no date field, page metadata or
    /// dateline): their events are dated against it ("last week", "on Monday").
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_day_arg)]
    pub date: Option<String>,

    /// Only entities the lexicon knows: leave out the triples of open-world (`new:`)
    /// entities, which are kept by default.
    #[arg(long)]
    pub known_only: bool,
}

/// Output formats of `geokg extract`, as `--format` takes them, with their help.
const FORMATS: &[(TripleFormat, &str)] = &[
    (
        TripleFormat::Jsonl,
        "One JSON object per line, as `CONTRACT.md` specifies",
    ),
    (
        TripleFormat::Tsv,
        "A tab-separated table with a header, for reading",
    ),
];

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let ex = Extractor::new(&lex);
    let (sources, errors) = expand_inputs(&args.inputs);
    let mut problems = errors.len();
    for e in &errors {
        eprintln!("geokg: {e}");
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut io_error: Option<std::io::Error> = None;
    let format = args.format;
    if format == TripleFormat::Tsv {
        if let Err(e) = writeln!(out, "{TSV_HEADER}") {
            io_error = Some(e);
        }
    }
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
        default_date: args
            .date
            .as_deref()
            .and_then(geokg::shared::civil::day_number),
    };
    // The triples are serialised on the worker threads, with their extraction; this thread
    // only writes the lines in order.
    let serialise = |_: &Article, mut triples: Vec<Triple>| -> std::io::Result<Vec<u8>> {
        if args.known_only {
            geokg::recognize::open::drop_unverified(&mut triples);
        }
        let mut lines = Vec::new();
        for t in &triples {
            write_triple(&mut lines, t, format)?;
        }
        Ok(lines)
    };
    let stats = pipeline::run_with(
        &sources,
        &opts,
        &ex,
        &serialise,
        &mut |_, lines| {
            if io_error.is_some() {
                return false;
            }
            if let Err(e) = lines.and_then(|l| out.write_all(&l)) {
                io_error = Some(e);
                return false;
            }
            true
        },
        &mut |e| eprintln!("geokg: {e}"),
    );
    problems += stats.problems;
    if let Some(code) = finish_stream(&mut out, io_error) {
        return code;
    }
    if problems > 0 {
        eprintln!(
            "geokg: {} article(s), {} triple(s); {problems} input problem(s) reported above",
            stats.articles, stats.triples
        );
        return 2;
    }
    0
}
