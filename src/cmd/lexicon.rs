//! `geokg lexicon check|lookup|coverage|suggest|dump|import-cameo`: inspect, validate and import the
//! dictionaries.

use super::load_lexicon;
use crate::Cli;
use geokg::audit::check;
use geokg::lexicon::{date_key, parse_user_date, Lexicon};
use std::path::PathBuf;

/// The lexicon subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum LexiconCommand {
    /// Validate the tables: unique ids, references, dates, sorting, declared ambiguity, and
    /// every pattern's example sentences.
    Check,
    /// Show what a name resolves to and why.
    Lookup {
        /// The name, as it would stand in a text ("the Kremlin", "Tehran", "Raisi").
        name: String,
        /// Resolve as of this date (YYYY-MM-DD): "Moscow" is the USSR in 1987.
        #[arg(long, value_name = "DATE", value_parser = parse_user_date)]
        date: Option<String>,
    },
    /// Measure how many capitalised names, in sentences with a state and a relation
    /// trigger, resolve to no entity; lists the most frequent unknown names.
    Coverage {
        /// Files or directories of articles.
        inputs: Vec<PathBuf>,
        /// How many unknown names to list.
        #[arg(long, default_value_t = 30)]
        top: usize,
        /// Also print this many resolved names drawn at random (JSON Lines on stdout after
        /// the summary), with the entity each resolved to and its sentence, for a hand check.
        #[arg(long, value_name = "N")]
        sample: Option<usize>,
        /// The seed of the random draw of --sample.
        #[arg(long, default_value_t = 14)]
        seed: u64,
        /// Also list the names left out as no actors (not_actors.csv), most frequent first.
        #[arg(long)]
        show_not_actors: bool,
        /// Also print every unresolved name where it stands (JSON Lines on stdout after the
        /// summary: article, name, sentence), to see why it resolves to nothing.
        #[arg(long)]
        show_sentences: bool,
    },
    /// Extract the articles and list the entities the lexicon does not know (open world,
    /// `new:` ids) that take part in triples, most frequent first, each with a lexicon row
    /// to edit and its alias row (tab-separated: count, id, kind, file, row, alias row).
    Suggest {
        /// Files or directories of articles.
        inputs: Vec<PathBuf>,
        /// Only entities in at least this many triples.
        #[arg(long, default_value_t = 1, value_name = "N")]
        min_count: usize,
        /// JSON Lines instead of tab-separated lines.
        #[arg(long)]
        json: bool,
    },
    /// Convert PETRARCH-2's CAMEO verb dictionary into geokg's event vocabulary
    /// (`cameo.txt` in the output directory), applying the overrides file.
    ImportCameo {
        /// The dictionary (CAMEO.2.0.txt).
        file: PathBuf,
        /// Where to write cameo.txt.
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: PathBuf,
        /// The overrides to apply (default: the built-in data/events/overrides.txt).
        #[arg(long, value_name = "FILE")]
        overrides: Option<PathBuf>,
    },
    /// Write the effective tables (built-in plus user lexicons) into a directory.
    Dump {
        /// The directory to write (created if missing).
        dir: PathBuf,
    },
}

/// Runs the command; returns the exit code.
pub fn run(cli: &Cli, c: &LexiconCommand) -> u8 {
    if let LexiconCommand::ImportCameo {
        file,
        output,
        overrides,
    } = c
    {
        return import_cameo(file, output, overrides.as_deref());
    }
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    match c {
        LexiconCommand::Check => {
            let mut errors = check::check_sorted(&lex.files);
            errors.extend(check::check_ambiguity(&lex));
            errors.extend(check::check_examples(&lex));
            errors.extend(check::check_event_examples(&lex));
            for e in &errors {
                eprintln!("geokg: {e}");
            }
            println!(
                "entities={} aliases={} roles={} titles={} relations={} patterns={} examples={} event_groups={} event_examples={} problems={}",
                lex.entities.len(),
                lex.aliases.len(),
                lex.roles.len(),
                lex.titles.len(),
                lex.relations.len(),
                lex.patterns.len(),
                lex.examples.len(),
                lex.events.groups.len(),
                lex.events.examples.len(),
                errors.len()
            );
            if errors.is_empty() {
                0
            } else {
                2
            }
        }
        LexiconCommand::Lookup { name, date } => {
            // checked against the calendar when the arguments were parsed
            let d = date.as_deref().and_then(|s| date_key(s, false));
            lookup(&lex, name, d)
        }
        LexiconCommand::Coverage {
            inputs,
            top,
            sample,
            seed,
            show_not_actors,
            show_sentences,
        } => coverage(
            &lex,
            inputs,
            *top,
            sample.map(|n| (n, *seed)),
            *show_not_actors,
            *show_sentences,
        ),
        LexiconCommand::Suggest {
            inputs,
            min_count,
            json,
        } => suggest(cli, &lex, inputs, *min_count, *json),
        LexiconCommand::ImportCameo { .. } => unreachable!("handled before the lexicon loads"),
        LexiconCommand::Dump { dir } => match dump(&lex, dir) {
            Ok(n) => {
                eprintln!("geokg: wrote {n} files to {}", dir.display());
                0
            }
            Err(e) => {
                eprintln!("geokg: {}: {e}", dir.display());
                2
            }
        },
    }
}

fn suggest(cli: &Cli, lex: &Lexicon, inputs: &[PathBuf], min_count: usize, json: bool) -> u8 {
    use geokg::ingest::{expand_inputs, IngestOptions};
    let (sources, errors) = expand_inputs(inputs);
    let mut problems = errors.len();
    for e in &errors {
        eprintln!("geokg: {e}");
    }
    let ex = geokg::extract::Extractor::new(lex);
    let opts = IngestOptions {
        max_article_bytes: cli.max_article_bytes,
        default_date: None,
    };
    let mut triples = Vec::new();
    let stats = geokg::pipeline::run(
        &sources,
        &opts,
        &ex,
        &mut |_, t| {
            triples.extend(t.into_iter().filter(|t| {
                !t.subject.verified()
                    || !t.object.verified()
                    || t.claimed_by.as_ref().is_some_and(|c| !c.verified())
            }));
            true
        },
        &mut |e| eprintln!("geokg: {e}"),
    );
    problems += stats.problems;
    let found = geokg::recognize::open::suggestions(&triples);
    eprintln!(
        "geokg: {} article(s), {} entities the lexicon does not know",
        stats.articles,
        found.len()
    );
    for s in found.iter().filter(|s| s.count >= min_count) {
        if json {
            println!("{}", serde_json::to_string(s).unwrap_or_default());
        } else {
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                s.count,
                s.id,
                s.kind.as_str(),
                s.file,
                s.row,
                s.alias_row
            );
        }
    }
    if problems > 0 {
        2
    } else {
        0
    }
}

fn coverage(
    lex: &Lexicon,
    inputs: &[PathBuf],
    top: usize,
    sample: Option<(usize, u64)>,
    show_not_actors: bool,
    show_sentences: bool,
) -> u8 {
    use geokg::ingest::{expand_inputs, read_source, IngestOptions};
    let heads: std::collections::HashSet<String> = lex
        .patterns
        .iter()
        .flat_map(|p| p.heads.iter().map(|(f, _)| f.clone()))
        .collect();
    let (sources, errors) = expand_inputs(inputs);
    let mut problems = errors.len();
    for e in &errors {
        eprintln!("geokg: {e}");
    }
    let mut cov = geokg::audit::coverage::Coverage {
        keep_resolved: sample.is_some(),
        keep_missing: show_sentences,
        ..Default::default()
    };
    let mut articles = 0;
    for s in &sources {
        read_source(s, &IngestOptions::default(), &mut |r| match r {
            Ok(a) => {
                articles += 1;
                geokg::audit::coverage::measure(lex, &|w| heads.contains(w), &a, &mut cov);
            }
            Err(e) => {
                problems += 1;
                eprintln!("geokg: {e}");
            }
        });
    }
    println!(
        "articles={articles} sentences={} names={} unresolved={} unresolved_share={:.3} not_actors={}",
        cov.sentences,
        cov.names,
        cov.unresolved,
        cov.unresolved_share(),
        cov.not_actors.values().sum::<usize>()
    );
    let mut missing: Vec<(&String, &usize)> = cov.missing.iter().collect();
    missing.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (name, n) in missing.into_iter().take(top) {
        println!("{n:5}  {name}");
    }
    if show_not_actors {
        let mut left: Vec<(&String, &usize)> = cov.not_actors.iter().collect();
        left.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (name, n) in left {
            println!("{n:5}  not an actor: {name}");
        }
    }
    for m in &cov.missing_at {
        println!("{}", serde_json::to_string(m).unwrap_or_default());
    }
    if let Some((n, seed)) = sample {
        for r in cov.sample(n, seed) {
            println!("{}", serde_json::to_string(r).unwrap_or_default());
        }
    }
    if problems > 0 {
        2
    } else {
        0
    }
}

fn lookup(lex: &Lexicon, name: &str, date: Option<u32>) -> u8 {
    let found = lex.lookup(name, date);
    if found.is_empty() {
        println!("`{name}`: no entity (not in the lexicon)");
        return 1;
    }
    for (i, (e, ty)) in found.iter().enumerate() {
        let mark = if i == 0 { "→" } else { " " };
        let valid = match (e.valid_from, e.valid_to) {
            (None, None) => String::new(),
            (f, t) => format!(
                " valid {}..{}",
                f.map(|x| x.to_string()).unwrap_or_default(),
                t.map(|x| x.to_string()).unwrap_or_default()
            ),
        };
        println!(
            "{mark} {}\t{}\t{}\tcountry={}\tas {}{valid}\t({})",
            e.id,
            e.name,
            e.kind.as_str(),
            e.country.as_deref().unwrap_or("-"),
            ty.as_str(),
            e.origin
        );
        if let Some(&pi) = lex.by_id.get(&e.id) {
            for r in lex.roles_of(pi, date) {
                println!("      role {} of {}", r.role, r.of);
            }
        }
    }
    if let Some(a) = lex.ambiguous.get(name.trim()) {
        println!(
            "  declared ambiguous: {} (default: {})",
            a.entities.join(", "),
            a.default.as_deref().unwrap_or("none")
        );
    }
    0
}

fn dump(lex: &Lexicon, dir: &std::path::Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    // The effective tables: built-in rows overridden by the user's, in the built-in formats.
    let entity_file = |id: &str, kind: geokg::model::Kind| -> &'static str {
        use geokg::model::Kind::*;
        match kind {
            Country if id.starts_with("country:") => "states",
            Location => "places",
            Person => "people",
            _ => "organizations",
        }
    };
    let mut n = 0;
    for group in ["states", "places", "organizations", "people"] {
        let mut w = csv::Writer::from_path(dir.join(format!("{group}.csv")))?;
        w.write_record(["id", "kind", "name", "country", "valid_from", "valid_to"])?;
        let mut ents: Vec<_> = lex
            .entities
            .iter()
            .filter(|e| entity_file(&e.id, e.kind) == group)
            .collect();
        ents.sort_by(|a, b| a.id.cmp(&b.id));
        let fmt = |d: Option<u32>| {
            d.map(|d| format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100))
                .unwrap_or_default()
        };
        for e in ents {
            w.write_record([
                e.id.as_str(),
                e.kind.as_str(),
                &e.name,
                e.country.as_deref().unwrap_or(""),
                &fmt(e.valid_from),
                &fmt(e.valid_to),
            ])?;
        }
        w.flush()?;
        let mut w = csv::Writer::from_path(dir.join(format!(
            "{}_aliases.csv",
            if group == "organizations" {
                "organization"
            } else if group == "places" {
                "place"
            } else if group == "states" {
                "state"
            } else {
                "people"
            }
        )))?;
        w.write_record(["entity", "alias", "type"])?;
        let mut rows: Vec<(String, String, &str)> = lex
            .aliases
            .iter()
            .filter(|a| {
                let e = &lex.entities[a.entity];
                entity_file(&e.id, e.kind) == group
            })
            .map(|a| {
                (
                    lex.entities[a.entity].id.clone(),
                    a.text.clone(),
                    a.ty.as_str(),
                )
            })
            .collect();
        rows.sort();
        for r in rows {
            w.write_record([r.0.as_str(), r.1.as_str(), r.2])?;
        }
        w.flush()?;
        n += 2;
    }
    // The other tables are written as loaded (built-in text, then each user file's rows).
    for name in [
        "roles.csv",
        "genders.csv",
        "descriptions.csv",
        "titles.csv",
        "agents.csv",
        "ambiguous.csv",
        "not_actors.csv",
        "relations.csv",
        "patterns.txt",
    ] {
        let mut text = String::new();
        for (i, f) in lex.files.iter().filter(|f| f.name == name).enumerate() {
            let body = if i == 0 || name == "patterns.txt" {
                f.text.as_str()
            } else {
                f.text.split_once('\n').map(|x| x.1).unwrap_or("")
            };
            text.push_str(body);
            if !text.ends_with('\n') {
                text.push('\n');
            }
        }
        std::fs::write(dir.join(name), text)?;
        n += 1;
    }
    Ok(n)
}

/// The overrides shipped with geokg.
const BUILTIN_OVERRIDES: &str = include_str!("../../data/events/overrides.txt");

fn import_cameo(
    file: &std::path::Path,
    output: &std::path::Path,
    overrides: Option<&std::path::Path>,
) -> u8 {
    let source = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("geokg: {}: {e}", file.display());
            return 2;
        }
    };
    let ov = match overrides {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("geokg: {}: {e}", p.display());
                return 2;
            }
        },
        None => BUILTIN_OVERRIDES.to_string(),
    };
    let lem = geokg::syntax::Model::builtin().parts().2;
    let (text, report) = match geokg::lexicon::cameo_import::convert(&source, &ov, lem) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("geokg: {e}");
            return 2;
        }
    };
    if let Err(e) = std::fs::create_dir_all(output) {
        eprintln!("geokg: {}: {e}", output.display());
        return 2;
    }
    let path = output.join("cameo.txt");
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("geokg: {}: {e}", path.display());
        return 2;
    }
    eprintln!("geokg: wrote {}: {report}", path.display());
    0
}
