//! `geokg path FROM TO`: how two entities are connected. Prints the cheapest short paths,
//! best first; each hop with its relation, direction, dates, evidence count and the
//! strongest evidence sentence with its source. Exit 1 when there is no path.
//!
//! Names resolve as the lexicon resolves them ("Tehran" is Iran), or as entity ids and
//! names stored in the knowledge base. Paths prefer well-attested, asserted, recent hops and
//! penalise hubs (see `docs/kb.md` for the cost).

use super::query::{
    arrow, edge_json, edge_summary, entity_json, print_json, round3, write_evidence, Context,
    FilterArgs, KbArg,
};
use crate::Cli;
use geokg::graph::{Level, Path, PathOptions};
use serde_json::json;
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
    #[arg(long, value_enum, default_value_t = Level::Entity)]
    pub level: Level,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub kb: KbArg,
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    if args.max_hops == 0 || args.max_hops > 12 || args.k == 0 {
        eprintln!("geokg: --max-hops must be 1 to 12 and -k at least 1");
        return 2;
    }
    let Some(ctx) = Context::new(cli, &args.kb, &args.filters) else {
        return 2;
    };
    let from = match ctx.resolve_or_report(&args.from, args.level) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let to = match ctx.resolve_or_report(&args.to, args.level) {
        Ok(e) => e,
        Err(code) => return code,
    };
    if from.id == to.id {
        eprintln!(
            "geokg: {:?} and {:?} are the same entity ({})",
            args.from, args.to, from.id
        );
        return 2;
    }
    let Some(g) = ctx.graph(args.level) else {
        return 2;
    };
    let paths = g.paths(
        &from.id,
        &to.id,
        PathOptions {
            k: args.k,
            max_hops: args.max_hops,
        },
    );
    let code = if args.filters.json {
        let v = json!({
            "from": entity_json(&from),
            "to": entity_json(&to),
            "level": format!("{:?}", args.level).to_lowercase(),
            "max_hops": args.max_hops,
            "paths": paths.iter().enumerate().map(|(i, p)| path_json(&ctx, i + 1, p)).collect::<Vec<_>>(),
        });
        print_json(&v)
    } else {
        let out = std::io::stdout();
        let mut out = out.lock();
        super::query::finish_output(write_text(&ctx, &mut out, &from.name, &to.name, &paths))
    };
    if code != 0 {
        return code;
    }
    if paths.is_empty() {
        let why = if g.node(&from.id).is_none() || g.node(&to.id).is_none() {
            let missing = if g.node(&from.id).is_none() {
                &from
            } else {
                &to
            };
            format!("{} has no relations under these filters", missing.name)
        } else {
            format!("no path within {} hops", args.max_hops)
        };
        eprintln!(
            "geokg: {} and {} are not connected: {why}",
            from.name, to.name
        );
        return 1;
    }
    0
}

fn path_json(ctx: &Context, rank: usize, p: &Path<'_>) -> serde_json::Value {
    let mut nodes = vec![entity_json(p.hops[0].from)];
    nodes.extend(p.hops.iter().map(|h| entity_json(h.to)));
    json!({
        "rank": rank,
        "cost": round3(p.cost),
        "nodes": nodes,
        "hops": p.hops.iter().map(|h| {
            let mut v = edge_json(ctx, h.from, &h.edges[0], true);
            v["from"] = json!(h.from.id);
            v["to"] = json!(h.to.id);
            v["hop_cost"] = json!(round3(h.cost));
            v["also"] = h.edges[1..].iter().map(|e| edge_json(ctx, h.from, e, false)).collect();
            v
        }).collect::<Vec<_>>(),
    })
}

fn write_text(
    ctx: &Context,
    out: &mut dyn Write,
    from: &str,
    to: &str,
    paths: &[Path<'_>],
) -> std::io::Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    writeln!(out, "{from} → {to}: {} path(s), best first", paths.len())?;
    for (i, p) in paths.iter().enumerate() {
        let mut names = vec![p.hops[0].from.name.as_str()];
        names.extend(p.hops.iter().map(|h| h.to.name.as_str()));
        writeln!(
            out,
            "\n{}. {}   (cost {:.2})",
            i + 1,
            names.join(" — "),
            p.cost
        )?;
        for h in &p.hops {
            let best = &h.edges[0];
            writeln!(
                out,
                "   {}   [{}]",
                arrow(h.from, h.to, best),
                edge_summary(best)
            )?;
            if let Some(ev) = ctx.evidence(best.data.best) {
                write_evidence(out, "       ", &ev)?;
            }
            if h.edges.len() > 1 {
                let also: Vec<String> = h.edges[1..]
                    .iter()
                    .map(|e| {
                        let arrow = match e.direction(h.from) {
                            "forward" => "→",
                            "backward" => "←",
                            _ => "",
                        };
                        format!("{arrow}{} ({})", e.relation.id, e.data.evidence)
                    })
                    .collect();
                writeln!(out, "       also: {}", also.join(", "))?;
            }
        }
    }
    Ok(())
}
