//! `geokg stats`: what the knowledge base holds (articles, entities by kind, triples by
//! relation and modality) and its most central entities by degree, PageRank and
//! betweenness, under the filters and at the chosen level.

use super::query::{entity_json, print_json, Context, FilterArgs, KbArg};
use crate::Cli;
use geokg::graph::centrality::Score;
use geokg::graph::Level;
use geokg::kb::{BuildRun, KnowledgeBase};
use serde_json::{json, Value};
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
    #[arg(long, value_enum, default_value_t = Level::Entity)]
    pub level: Level,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub kb: KbArg,
}

fn scores_json(s: &[Score<'_>], top: usize) -> Value {
    s.iter()
        .take(top)
        .map(|x| json!({"entity": entity_json(x.node), "score": x.score}))
        .collect()
}

/// `finished`, `running` (another process holds the build lock) or `interrupted`.
fn build_state(b: &BuildRun, kb: &KnowledgeBase) -> &'static str {
    if b.finished.is_some() {
        return "finished";
    }
    if kb.build_running() {
        "running"
    } else {
        "interrupted"
    }
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(ctx) = Context::new(cli, &args.kb, &args.filters) else {
        return 2;
    };
    let read = || -> Result<_, geokg::kb::KbError> {
        Ok((
            ctx.kb.counts()?,
            ctx.kb.entity_counts_by_kind()?,
            ctx.kb.triple_counts_by("relation")?,
            ctx.kb.triple_counts_by("modality")?,
        ))
    };
    let (counts, kinds, relations, modalities) = match read() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("geokg: {}: {e}", ctx.kb.path().display());
            return 2;
        }
    };
    let last_build = match ctx.kb.last_build() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("geokg: {}: {e}", ctx.kb.path().display());
            return 2;
        }
    };
    let build_state = last_build.as_ref().map(|b| build_state(b, &ctx.kb));
    if let (Some(b), Some(state)) = (&last_build, build_state) {
        match state {
            "running" => eprintln!(
                "geokg: note: a build started at {} is still writing {}; these figures are a snapshot",
                b.started,
                ctx.kb.path().display()
            ),
            "interrupted" => eprintln!(
                "geokg: warning: the last build, started at {}, was interrupted; the articles it \
                 wrote are whole, and running the same build again completes the knowledge base",
                b.started
            ),
            _ => {}
        }
    }
    let Some(g) = ctx.graph(args.level) else {
        return 2;
    };
    let degree = g.degree_centrality();
    let pagerank = g.pagerank(0.85, 1e-10, 100);
    let betweenness = g.betweenness(args.betweenness_sources);
    let pairs = |v: &[(String, i64)]| -> Value { v.iter().map(|(k, n)| json!([k, n])).collect() };
    if args.filters.json {
        let v = json!({
            "kb": ctx.kb.path().display().to_string(),
            "last_build": last_build.as_ref().map(|b| json!({
                "started": b.started,
                "finished": b.finished,
                "state": build_state,
                "articles": b.articles,
                "problems": b.problems,
            })),
            "tables": counts.iter().map(|(t, n)| (t.to_string(), json!(n))).collect::<serde_json::Map<_, _>>(),
            "entities_by_kind": pairs(&kinds),
            "triples_by_relation": pairs(&relations),
            "triples_by_modality": pairs(&modalities),
            "graph": {
                "level": format!("{:?}", args.level).to_lowercase(),
                "nodes": g.node_count(),
                "edges": g.edge_count(),
            },
            "degree": scores_json(&degree, args.top),
            "pagerank": scores_json(&pagerank, args.top),
            "betweenness": {
                "exact": betweenness.exact,
                "sources": betweenness.sources,
                "top": scores_json(&betweenness.scores, args.top),
            },
        });
        return print_json(&v);
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    let r = (|| -> std::io::Result<()> {
        writeln!(out, "{}", ctx.kb.path().display())?;
        // the relation catalogue is every relation the lexicon knows: the relation types
        // the triples use say more
        let mut tables: Vec<String> = counts
            .iter()
            .filter(|(t, _)| *t != "relations")
            .map(|(t, n)| format!("{n} {t}"))
            .collect();
        tables.push(format!("{} relation types", relations.len()));
        writeln!(out, "  {}", tables.join(", "))?;
        let list = |v: &[(String, i64)]| {
            v.iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(out, "\nentities by kind: {}", list(&kinds))?;
        writeln!(out, "triples by modality: {}", list(&modalities))?;
        writeln!(out, "triples by relation: {}", list(&relations))?;
        writeln!(
            out,
            "\ngraph ({} level, under the filters): {} entities, {} edges",
            format!("{:?}", args.level).to_lowercase(),
            g.node_count(),
            g.edge_count()
        )?;
        let label = |x: &Score<'_>| format!("{} ({})", x.node.name, x.node.id);
        // One column of scores through the three lists, as wide as the longest name shown
        // (counted in characters, which is how `format!` pads).
        let width = [&degree, &pagerank, &betweenness.scores]
            .iter()
            .flat_map(|s| s.iter().take(args.top))
            .map(|x| label(x).chars().count())
            .max()
            .unwrap_or(0);
        let section =
            |out: &mut dyn Write, title: &str, s: &[Score<'_>], fmt: &dyn Fn(f64) -> String| {
                writeln!(out, "\n{title}")?;
                for (i, x) in s.iter().take(args.top).enumerate() {
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
            &mut out,
            "most connected (distinct neighbours)",
            &degree,
            &|x| format!("{x}"),
        )?;
        section(&mut out, "PageRank (evidence-weighted)", &pagerank, &|x| {
            format!("{x:.4}")
        })?;
        let title = if betweenness.exact {
            "betweenness (exact, normalised)".to_string()
        } else {
            format!(
                "betweenness (estimated from {} sources, normalised)",
                betweenness.sources
            )
        };
        section(&mut out, &title, &betweenness.scores, &|x| {
            format!("{x:.4}")
        })?;
        Ok(())
    })();
    super::query::finish_output(r)
}
