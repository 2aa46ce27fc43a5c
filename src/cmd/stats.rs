//! `geokg stats`: what the knowledge base holds (articles, entities by kind, triples by
//! relation and modality) and its most central entities by degree, PageRank and
//! betweenness, under the filters and at the chosen level. The answer is
//! `geokg::query::stats`'s.

use super::choice;
use super::query::{report, QueryArgs, LEVELS};
use crate::Cli;
use geokg::graph::Level;
use geokg::kb::counts_in_words;
use geokg::query::stats::{Ranked, Stats};
use std::io::Write;

/// Arguments of `geokg stats`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many entities to list per centrality.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: usize,
    /// Betweenness is exact up to this many entities, estimated from this many sources
    /// beyond.
    #[arg(long, default_value_t = 2000, value_name = "N")]
    pub betweenness_sources: usize,
    /// `country` rolls people, bodies and places up to their states.
    #[arg(long, value_parser = choice(LEVELS, Level::as_str), default_value = "entity")]
    pub level: Level,
    #[command(flatten)]
    pub query: QueryArgs,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(session) = args.query.session(cli) else {
        return 2;
    };
    // the state of the last build first: a running or interrupted one is said before the
    // figures are computed
    match session.last_build() {
        Ok(Some(b)) => match b.state {
            "running" => eprintln!(
                "geokg: note: a build started at {} is still writing {}; these figures are a snapshot",
                b.started,
                session.kb.path().display()
            ),
            "interrupted" => eprintln!(
                "geokg: warning: the last build, started at {}, was interrupted; the articles it \
                 wrote are whole, and running the same build again completes the knowledge base",
                b.started
            ),
            _ => {}
        },
        Ok(None) => {}
        Err(e) => return report(&e),
    }
    let stats = match session.stats(args.level, args.top, args.betweenness_sources) {
        Ok(s) => s,
        Err(e) => return report(&e),
    };
    args.query.print(&stats, write_text)
}

fn write_text(out: &mut dyn Write, s: &Stats) -> std::io::Result<()> {
    writeln!(out, "{}", s.kb)?;
    let tables = counts_in_words(&s.tables, s.triples_by_relation.len());
    writeln!(out, "  {tables}")?;
    let list = |v: &[(String, i64)]| {
        v.iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out, "\nentities by kind: {}", list(&s.entities_by_kind))?;
    writeln!(out, "triples by modality: {}", list(&s.triples_by_modality))?;
    writeln!(out, "triples by relation: {}", list(&s.triples_by_relation))?;
    writeln!(
        out,
        "\ngraph ({} level, under the filters): {} entities, {} edges",
        s.graph.level, s.graph.nodes, s.graph.edges
    )?;
    let label = |x: &Ranked| format!("{} ({})", x.entity.name, x.entity.id);
    // One column of scores through the three lists, as wide as the longest name shown
    // (counted in characters, which is how `format!` pads).
    let width = [&s.degree, &s.pagerank, &s.betweenness.top]
        .iter()
        .flat_map(|v| v.iter())
        .map(|x| label(x).chars().count())
        .max()
        .unwrap_or(0);
    let section = |out: &mut dyn Write, title: &str, v: &[Ranked], fmt: &dyn Fn(f64) -> String| {
        writeln!(out, "\n{title}")?;
        for (i, x) in v.iter().enumerate() {
            writeln!(
                out,
                "  {:>3}. {:<width$}  {}",
                i + 1,
                label(x),
                fmt(x.score)
            )?;
        }
        Ok::<(), std::io::Error>(())
    };
    section(
        out,
        "most connected (distinct neighbours)",
        &s.degree,
        &|x| format!("{x}"),
    )?;
    section(out, "PageRank (evidence-weighted)", &s.pagerank, &|x| {
        format!("{x:.4}")
    })?;
    let title = if s.betweenness.exact {
        "betweenness (exact, normalised)".to_string()
    } else {
        format!(
            "betweenness (estimated from {} sources, normalised)",
            s.betweenness.sources
        )
    };
    section(out, &title, &s.betweenness.top, &|x| format!("{x:.4}"))
}
