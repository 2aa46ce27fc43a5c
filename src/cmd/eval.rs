//! `geokg eval GOLD.jsonl`: precision, recall and F1 against a gold file.

use super::load_lexicon;
use crate::Cli;
use geokg::eval::{read_gold, score};
use geokg::extract::Extractor;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;

/// Arguments of `geokg eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The gold file: JSON Lines of {"id", "text", "expected": [{"source", "target", "code"}]}.
    #[arg(value_name = "GOLD")]
    pub gold: PathBuf,

    /// List the misses and false alarms of each item.
    #[arg(long)]
    pub verbose: bool,

    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let states: HashSet<String> = lex
        .entities
        .iter()
        .filter(|e| e.id.starts_with("country:"))
        .filter_map(|e| e.country.clone())
        .collect();
    let is_state = |c: &str| states.contains(c);
    let gold = match read_gold(&args.gold, &is_state) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    let ex = Extractor::new(&lex);
    let system: Vec<_> = gold
        .par_iter()
        .map(|g| ex.extract_article(&g.article))
        .collect();
    let (s, reports) = score(&gold, &system, &is_state);
    if args.verbose {
        for r in &reports {
            println!("- {}: {}", r.id, r.text);
            println!("    gold {:?}", r.gold);
            println!("    got  {:?}", r.got);
        }
    }
    if args.json {
        println!("{}", serde_json::to_string(&s).unwrap_or_default());
    } else {
        println!(
            "items={} gold_dyads={} system_dyads={} precision={} recall={} f1={} undirected_f1={} type_accuracy={}",
            s.items, s.gold_dyads, s.system_dyads, s.precision, s.recall, s.f1, s.undirected_f1, s.type_accuracy
        );
    }
    0
}
