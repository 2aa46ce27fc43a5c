//! `geokg neighbors ENTITY`: every entity directly related to one, best-attested first,
//! each with its relations, directions, dates, evidence counts and strongest evidence.
//! Exit 1 when it has none under the filters.

use super::query::{
    arrow, edge_json, edge_summary, entity_json, print_json, write_evidence, Context, FilterArgs,
    KbArg,
};
use crate::Cli;
use geokg::graph::Level;
use serde_json::json;
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
    #[arg(long, value_enum, default_value_t = Level::Entity)]
    pub level: Level,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub kb: KbArg,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let Some(ctx) = Context::new(cli, &args.kb, &args.filters) else {
        return 2;
    };
    let entity = match ctx.resolve_or_report(&args.entity, args.level) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let Some(g) = ctx.graph(args.level) else {
        return 2;
    };
    let all = g.neighbors(&entity.id);
    let shown = &all[..all.len().min(args.limit)];
    let code = if args.filters.json {
        let v = json!({
            "entity": entity_json(&entity),
            "level": format!("{:?}", args.level).to_lowercase(),
            "total": all.len(),
            "neighbors": shown.iter().map(|h| json!({
                "entity": entity_json(h.to),
                "evidence_count": h.edges.iter().map(|e| e.data.evidence).sum::<u32>(),
                "edges": h.edges.iter().map(|e| edge_json(&ctx, h.from, e, true)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        print_json(&v)
    } else {
        let out = std::io::stdout();
        let mut out = out.lock();
        let r = (|| -> std::io::Result<()> {
            if all.is_empty() {
                return Ok(());
            }
            writeln!(
                out,
                "{} ({}): {} neighbour(s)",
                entity.name,
                entity.id,
                all.len()
            )?;
            for h in shown {
                let n: u32 = h.edges.iter().map(|e| e.data.evidence).sum();
                writeln!(out, "\n{} ({}), {n} evidence", h.to.name, h.to.id)?;
                for e in &h.edges {
                    writeln!(out, "   {}   [{}]", arrow(h.from, h.to, e), edge_summary(e))?;
                    if let Some(ev) = ctx.evidence(e.data.best) {
                        write_evidence(&mut out, "       ", &ev)?;
                    }
                }
            }
            if shown.len() < all.len() {
                writeln!(out, "\n… {} more (--limit)", all.len() - shown.len())?;
            }
            Ok(())
        })();
        super::query::finish_output(r)
    };
    if code != 0 {
        return code;
    }
    if all.is_empty() {
        eprintln!(
            "geokg: {} has no relations under these filters",
            entity.name
        );
        return 1;
    }
    0
}
