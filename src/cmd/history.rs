//! `geokg history A B`: the dyad over time. Events per month by PLOVER type, who acted on
//! whom, and a cooperation–conflict score on the Goldstein scale (−10 conflict … +10
//! cooperation). By default a state counts its people, bodies and places (`--level
//! entity` to count the named entities alone). Exit 1 when the two have no events. The
//! answer is `geokg::query::history`'s.

use super::choice;
use super::query::{QueryArgs, LEVELS};
use crate::Cli;
use geokg::graph::Level;
use geokg::kb::history::{History, Month};
use std::io::Write;

/// Arguments of `geokg history`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// One side: a name ("Tehran", "Iran") or an id (`country:IRN`).
    pub a: String,
    /// The other side.
    pub b: String,
    /// `country` (default) counts a state's people, bodies and places with it.
    #[arg(long, value_parser = choice(LEVELS, Level::as_str), default_value = "country")]
    pub level: Level,
    #[command(flatten)]
    pub query: QueryArgs,
}

/// A bar from −10 to +10: `-----|` left of the axis for conflict, `|+++++` right for
/// cooperation, one mark per 2 points.
fn bar(g: Option<f64>) -> String {
    let Some(g) = g else { return String::new() };
    let n = (g.abs() / 2.0).round() as usize;
    if g < 0.0 {
        format!("{:>5}|", "-".repeat(n))
    } else {
        format!("     |{}", "+".repeat(n))
    }
}

fn types(m: &Month) -> String {
    m.types
        .iter()
        .map(|(t, n)| format!("{t}×{n}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let level = args.level;
    let asked = args
        .query
        .ask_two(cli, (&args.a, &args.b), level, |session, a, b| {
            session.history(a, b, level)
        });
    let (answer, a, b) = match asked {
        Ok(x) => x,
        Err(code) => return code,
    };
    // an empty history is said on stderr alone
    let code = args.query.print(&answer, |out, answer| {
        if answer.is_empty() {
            return Ok(());
        }
        write_text(out, &answer.history)
    });
    if code != 0 {
        return code;
    }
    if answer.is_empty() {
        eprintln!(
            "geokg: no events between {} and {} under these filters",
            a.name, b.name
        );
        return 1;
    }
    0
}

fn write_text(out: &mut dyn Write, h: &History) -> std::io::Result<()> {
    writeln!(out, "{} (A) and {} (B), by month", h.a.name, h.b.name)?;
    writeln!(out, "Goldstein: −10 conflict … +10 cooperation, weighted by modality; negated events not counted")?;
    writeln!(
        out,
        "\n{:<8} {:>6} {:>4} {:>4} {:>5} {:>5} {:>9}  {:<11} types",
        "month", "events", "A→B", "B→A", "coop", "confl", "goldstein", ""
    )?;
    for m in h.months.iter().chain(std::iter::once(&h.total)) {
        let g = m.goldstein.map_or("-".to_string(), |g| format!("{g:+.2}"));
        writeln!(
            out,
            "{:<8} {:>6} {:>4} {:>4} {:>5} {:>5} {:>9}  {:<11} {}{}",
            m.month,
            m.events,
            m.a_to_b,
            m.b_to_a,
            m.cooperative,
            m.conflictual,
            g,
            bar(m.goldstein),
            types(m),
            if m.negated > 0 {
                format!(" (+{} negated)", m.negated)
            } else {
                String::new()
            },
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_point_the_right_way() {
        assert_eq!(bar(Some(-10.0)), "-----|");
        assert_eq!(bar(Some(4.0)), "     |++");
        assert_eq!(bar(None), "");
    }
}
