//! `geokg bench [INPUT...]`: throughput of each stage on a corpus of a chosen size.
//!
//! Builds the corpus from any JSON Lines articles (repeated, with fresh ids, until it
//! reaches `--size`), then runs each phase in a child process of its own so that its peak
//! memory is its own: `read` (ingest only), `scan` (a gazetteer-only scan of the same
//! text with the same lexicon: the practical limit of this design), `extract` (the whole
//! pipeline, JSON Lines serialised and discarded) and `build` (the whole pipeline into a fresh
//! knowledge base next to the corpus). Prints MB/s, articles/s and peak memory side by side.

use super::load_lexicon;
use crate::Cli;
use aho_corasick::automaton::Automaton;
use geokg::extract::Extractor;
use geokg::ingest::{expand_inputs, read_source, Format, IngestOptions, Source};
use geokg::model::Article;
use geokg::output::{write_triple, TripleFormat};
use geokg::pipeline;
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `geokg bench`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// JSON Lines articles to build the corpus from (default: ../shared/corpus/dev_articles.jsonl).
    pub inputs: Vec<PathBuf>,
    /// Corpus size in MB.
    #[arg(long, default_value_t = 200)]
    pub size_mb: usize,
    /// Where the corpus is written (kept for reuse).
    #[arg(long, default_value = "target/bench-corpus.jsonl")]
    pub corpus: PathBuf,
    /// Phases to run, comma-separated: read, scan, extract, build.
    #[arg(long, default_value = "read,scan,extract,build", value_delimiter = ',')]
    pub phases: Vec<String>,
}

/// Arguments of the hidden `geokg bench-phase` (run by `bench` in a child process).
#[derive(Debug, clap::Args)]
pub struct PhaseArgs {
    /// read, scan, extract or build.
    pub phase: String,
    /// The corpus.
    pub corpus: PathBuf,
}

fn build_corpus(inputs: &[PathBuf], target: usize, out: &Path) -> std::io::Result<(usize, usize)> {
    if let Ok(m) = std::fs::metadata(out) {
        if m.len() as usize >= target && m.len() as usize <= target + target / 10 + 1_000_000 {
            return Ok((m.len() as usize, 0));
        }
    }
    let mut articles: Vec<Article> = Vec::new();
    let (sources, errors) = expand_inputs(inputs);
    for e in errors {
        eprintln!("geokg: {e}");
    }
    for s in &sources {
        read_source(s, &IngestOptions::default(), &mut |r| {
            if let Ok(a) = r {
                articles.push(a);
            }
        });
    }
    if articles.is_empty() {
        return Err(std::io::Error::other(
            "no articles to build the corpus from",
        ));
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut w = BufWriter::new(std::fs::File::create(out)?);
    let (mut bytes, mut n, mut round) = (0usize, 0usize, 0usize);
    while bytes < target {
        for a in &articles {
            let mut a = a.clone();
            a.id = format!("{}-r{round}", a.id);
            let line = serde_json::to_string(&a).map_err(std::io::Error::other)?;
            w.write_all(line.as_bytes())?;
            w.write_all(b"\n")?;
            bytes += line.len() + 1;
            n += 1;
            if bytes >= target {
                break;
            }
        }
        round += 1;
    }
    w.flush()?;
    Ok((bytes, n))
}

/// Peak resident memory of this process in KiB (Linux), or 0.
pub fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Runs `geokg bench`.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("../shared/corpus/dev_articles.jsonl")]
    } else {
        args.inputs.clone()
    };
    let target = args.size_mb * 1_000_000;
    eprintln!(
        "geokg: building a {} MB corpus at {} ...",
        args.size_mb,
        args.corpus.display()
    );
    match build_corpus(&inputs, target, &args.corpus) {
        Ok(_) => {}
        Err(e) => {
            eprintln!("geokg: cannot build the corpus: {e}");
            return 2;
        }
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    println!(
        "machine: {} cores; corpus: {} ({} bytes)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        args.corpus.display(),
        std::fs::metadata(&args.corpus)
            .map(|m| m.len())
            .unwrap_or(0)
    );
    println!(
        "{:<8} {:>10} {:>10} {:>12} {:>10} {:>12}",
        "phase", "seconds", "MB/s", "articles/s", "articles", "peak MiB"
    );
    for phase in &args.phases {
        let mut cmd = std::process::Command::new(&exe);
        for d in &cli.lexicon {
            cmd.arg("--lexicon").arg(d);
        }
        if let Some(t) = cli.threads {
            cmd.arg("--threads").arg(t.to_string());
        }
        let out = cmd.arg("bench-phase").arg(phase).arg(&args.corpus).output();
        match out {
            Ok(o) if o.status.success() => {
                let s = String::from_utf8_lossy(&o.stdout);
                let f: Vec<f64> = s
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                if let [bytes, articles, secs, peak] = f[..] {
                    println!(
                        "{:<8} {:>10.2} {:>10.1} {:>12.0} {:>10} {:>12.1}",
                        phase,
                        secs,
                        bytes / 1e6 / secs,
                        articles / secs,
                        articles as u64,
                        peak / 1024.0
                    );
                }
            }
            Ok(o) => {
                eprintln!(
                    "geokg: phase {phase} failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
                return 2;
            }
            Err(e) => {
                eprintln!("geokg: cannot run phase {phase}: {e}");
                return 2;
            }
        }
    }
    0
}

/// Runs one phase and prints `bytes articles seconds peak_kib`.
pub fn run_phase(cli: &Cli, args: &PhaseArgs) -> u8 {
    let source = Source::File(args.corpus.clone(), Format::JsonLines);
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
        ..Default::default()
    };
    let lex = match args.phase.as_str() {
        "read" => None,
        _ => match load_lexicon(cli) {
            Some(l) => Some(l),
            None => return 2,
        },
    };
    let start = Instant::now();
    let (mut bytes, mut articles) = (0usize, 0usize);
    match (args.phase.as_str(), &lex) {
        ("read", _) => read_source(&source, &opts, &mut |r| {
            if let Ok(a) = r {
                bytes += a.text.len();
                articles += 1;
            }
        }),
        ("scan", Some(lex)) => {
            let mut batch: Vec<Article> = Vec::new();
            let mut hits = 0usize;
            let mut flush = |batch: &mut Vec<Article>| {
                hits += batch
                    .par_iter()
                    .map(|a| {
                        let hay = a.text.to_ascii_lowercase();
                        lex.matcher()
                            .try_find_overlapping_iter(aho_corasick::Input::new(&hay))
                            .map_or(0, |it| it.count())
                    })
                    .sum::<usize>();
                batch.clear();
            };
            read_source(&source, &opts, &mut |r| {
                if let Ok(a) = r {
                    bytes += a.text.len();
                    articles += 1;
                    batch.push(a);
                    if batch.len() >= pipeline::BATCH {
                        flush(&mut batch);
                    }
                }
            });
            flush(&mut batch);
            eprintln!("gazetteer hits: {hits}");
        }
        ("extract", Some(lex)) => {
            let ex = Extractor::new(lex);
            let mut sink = BufWriter::new(std::io::sink());
            // as `geokg extract` does: lines serialised on the workers, written here
            let serialise = |_: &Article, ts: Vec<geokg::model::Triple>| {
                let mut lines = Vec::new();
                for t in &ts {
                    let _ = write_triple(&mut lines, t, TripleFormat::Jsonl);
                }
                lines
            };
            let stats = pipeline::run_with(
                std::slice::from_ref(&source),
                &opts,
                &ex,
                &serialise,
                &mut |_, lines| {
                    let _ = sink.write_all(&lines);
                    true
                },
                &mut |_| {},
            );
            bytes = stats.bytes;
            articles = stats.articles;
            eprintln!("triples: {}", stats.triples);
        }
        ("build", Some(_)) => {
            // a fresh knowledge base each run, so that every article is written
            let kb = args.corpus.with_extension("kb");
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut p = kb.clone().into_os_string();
                p.push(suffix);
                let _ = std::fs::remove_file(p);
            }
            let build = super::build::Args {
                inputs: vec![args.corpus.clone()],
                kb: super::query::KbArg { kb },
                no_wait: true,
                write_batch: super::build::WRITE_BATCH,
                date: None,
                triples: None,
                known_only: false,
            };
            if super::build::run(cli, &build) != 0 {
                return 2;
            }
            // sizes counted after the clock stops
            let secs = start.elapsed().as_secs_f64();
            read_source(&source, &opts, &mut |r| {
                if let Ok(a) = r {
                    bytes += a.text.len();
                    articles += 1;
                }
            });
            println!("{bytes} {articles} {secs:.4} {}", peak_kib());
            return 0;
        }
        (other, _) => {
            eprintln!("geokg: unknown phase `{other}` (read, scan, extract, build)");
            return 2;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{bytes} {articles} {secs:.4} {}", peak_kib());
    0
}
