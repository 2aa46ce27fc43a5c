//! `geokg path FROM TO`: how two entities are connected. Prints the cheapest short paths,
//! best first; each hop with its relation, direction, dates, evidence count and the
//! strongest evidence sentence with its source. Exit 1 when there is no path.
//!
//! Names resolve as the lexicon resolves them ("Tehran" is Iran), or as entity ids and
//! names stored in the knowledge base. Paths prefer well-attested, asserted, recent hops and
//! penalise hubs (see `docs/kb.md` for the cost). The answer is `geokg::query::path`'s.

use super::choice;
use super::query::{report, write_evidence, QueryArgs, LEVELS};
use crate::Cli;
use geokg::graph::{Level, PathOptions};
use geokg::query::path::{check_options, PathAnswer};
use std::io::Write;

/// Arguments of `geokg path`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where the paths start: a name ("Tehran", "Iran"), or an entity id (`country:IRN`).
    pub from: String,
    /// Where they end.
    pub to: String,
    /// Longest path, in hops.
    #[arg(long, visible_alias = "hops", default_value_t = 4, value_name = "N")]
    pub max_hops: usize,
    /// How many paths at most.
    #[arg(short = 'k', long = "paths", default_value_t = 3, value_name = "K")]
    pub k: usize,
    /// `country` rolls people, bodies and places up to their states.
    #[arg(long, value_parser = choice(LEVELS, Level::as_str), default_value = "entity")]
    pub level: Level,
    #[command(flatten)]
    pub query: QueryArgs,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let opts = PathOptions {
        k: args.k,
        max_hops: args.max_hops,
    };
    if let Err(e) = check_options(opts) {
        return report(&e);
    }
    let level = args.level;
    let asked = args
        .query
        .ask_two(cli, (&args.from, &args.to), level, |session, from, to| {
            session.paths(from, to, level, opts)
        });
    let answer = match asked {
        Ok((answer, _, _)) => answer,
        Err(code) => return code,
    };
    let code = args.query.print(&answer, write_text);
    if code != 0 {
        return code;
    }
    if let Some(why) = &answer.unconnected {
        eprintln!("geokg: {why}");
        return 1;
    }
    0
}

fn write_text(out: &mut dyn Write, answer: &PathAnswer) -> std::io::Result<()> {
    if answer.paths.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{} → {}: {} path(s), best first",
        answer.from.name,
        answer.to.name,
        answer.paths.len()
    )?;
    for p in &answer.paths {
        let names: Vec<&str> = p.nodes.iter().map(|n| n.name.as_str()).collect();
        writeln!(
            out,
            "\n{}. {}   (cost {:.2})",
            p.rank,
            names.join(" — "),
            p.cost
        )?;
        for h in &p.hops {
            let best = &h.best.edge;
            writeln!(
                out,
                "   {}   [{}]",
                best.arrow(&h.from, &h.to),
                best.summary()
            )?;
            if let Some(ev) = &h.best.evidence {
                write_evidence(out, "       ", ev)?;
            }
            if !h.also.is_empty() {
                let also: Vec<String> = h
                    .also
                    .iter()
                    .map(|e| {
                        let arrow = match e.direction {
                            "forward" => "→",
                            "backward" => "←",
                            _ => "",
                        };
                        format!("{arrow}{} ({})", e.relation, e.evidence_count)
                    })
                    .collect();
                writeln!(out, "       also: {}", also.join(", "))?;
            }
        }
    }
    Ok(())
}
