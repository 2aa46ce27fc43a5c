//! `geokg neighbors ENTITY`: every entity directly related to one, best-attested first,
//! each with its relations, directions, dates, evidence counts and strongest evidence.
//! Exit 1 when it has none under the filters. The answer is `geokg::query::neighbors`'s.

use super::choice;
use super::query::{write_evidence, QueryArgs, LEVELS};
use crate::Cli;
use geokg::graph::Level;
use geokg::query::neighbors::NeighborsAnswer;
use std::io::Write;

/// Arguments of `geokg neighbors`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The entity: a name ("Tehran", "Iran") or an id (`country:IRN`).
    pub entity: String,
    /// Show at most N neighbours.
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub limit: usize,
    /// `country` rolls people, bodies and places up to their states.
    #[arg(long, value_parser = choice(LEVELS, Level::as_str), default_value = "entity")]
    pub level: Level,
    #[command(flatten)]
    pub query: QueryArgs,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let level = args.level;
    let asked = args.query.ask(cli, &args.entity, level, |session, entity| {
        session.neighbors(entity, level, args.limit)
    });
    let (answer, entity) = match asked {
        Ok(x) => x,
        Err(code) => return code,
    };
    let code = args.query.print(&answer, write_text);
    if code != 0 {
        return code;
    }
    if answer.total == 0 {
        eprintln!(
            "geokg: {} has no relations under these filters",
            entity.name
        );
        return 1;
    }
    0
}

fn write_text(out: &mut dyn Write, answer: &NeighborsAnswer) -> std::io::Result<()> {
    if answer.total == 0 {
        return Ok(());
    }
    let e = &answer.entity;
    writeln!(out, "{} ({}): {} neighbour(s)", e.name, e.id, answer.total)?;
    for n in &answer.neighbors {
        writeln!(
            out,
            "\n{} ({}), {} evidence",
            n.entity.name, n.entity.id, n.evidence_count
        )?;
        for edge in &n.edges {
            writeln!(
                out,
                "   {}   [{}]",
                edge.edge.arrow(&n.from, &n.entity),
                edge.edge.summary()
            )?;
            if let Some(ev) = &edge.evidence {
                write_evidence(out, "       ", ev)?;
            }
        }
    }
    let shown = answer.neighbors.len();
    if shown < answer.total {
        writeln!(out, "\n… {} more (--limit)", answer.total - shown)?;
    }
    Ok(())
}
