//! The lexicon's data files: the built-in tables embedded at compile time and the files
//! of a user's `--lexicon DIR`.

use crate::error::{Error, ErrorKind, Location};
use std::path::{Path, PathBuf};

/// One data file: its name (`states.csv`), where it came from, and its text.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// The table's file name, which says what it holds.
    pub name: &'static str,
    /// The path shown in messages (`data/lexicon/states.csv` for built-ins).
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
    /// Whether the file is one of the built-ins.
    pub builtin: bool,
}

macro_rules! builtin {
    ($($name:literal => $path:literal),* $(,)?) => {
        &[$(($name, $path, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)))),*]
    };
}

/// The table files geokg knows, with their built-in contents.
pub const TABLES: &[(&str, &str, &str)] = builtin! {
    "states.csv" => "data/lexicon/states.csv",
    "state_aliases.csv" => "data/lexicon/state_aliases.csv",
    "places.csv" => "data/lexicon/places.csv",
    "place_aliases.csv" => "data/lexicon/place_aliases.csv",
    "organizations.csv" => "data/lexicon/organizations.csv",
    "organization_aliases.csv" => "data/lexicon/organization_aliases.csv",
    "people.csv" => "data/lexicon/people.csv",
    "people_aliases.csv" => "data/lexicon/people_aliases.csv",
    "genders.csv" => "data/lexicon/genders.csv",
    "descriptions.csv" => "data/lexicon/descriptions.csv",
    "roles.csv" => "data/lexicon/roles.csv",
    "titles.csv" => "data/lexicon/titles.csv",
    "agents.csv" => "data/lexicon/agents.csv",
    "ambiguous.csv" => "data/lexicon/ambiguous.csv",
    "not_actors.csv" => "data/lexicon/not_actors.csv",
    "relations.csv" => "data/relations.csv",
    "patterns.txt" => "data/patterns.txt",
    "cameo_events.txt" => "data/events/cameo.txt",
    "events.txt" => "data/events/geokg.txt",
};

/// The built-in data files.
pub fn builtin_files() -> Vec<DataFile> {
    TABLES
        .iter()
        .map(|(name, path, text)| DataFile {
            name,
            path: PathBuf::from(path),
            text: text.to_string(),
            builtin: true,
        })
        .collect()
}

/// The files of a user's lexicon directory (only the known table names are read).
pub fn user_files(dir: &Path) -> Result<Vec<DataFile>, Error> {
    if !dir.is_dir() {
        return Err(Error::file(
            ErrorKind::Lexicon,
            dir,
            "not a directory (--lexicon takes a directory of lexicon files)",
        ));
    }
    let mut out = Vec::new();
    for (name, _, _) in TABLES {
        let p = dir.join(name);
        if p.exists() {
            let bytes = std::fs::read(&p)
                .map_err(|e| Error::file(ErrorKind::Lexicon, &p, format!("cannot read: {e}")))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let ok = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                // Safe: the prefix up to `valid_up_to` is valid UTF-8.
                let before = std::str::from_utf8(ok).unwrap_or_default();
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                Error::new(
                    ErrorKind::Lexicon,
                    Location::file(&p).at_line(line).at_column(column),
                    "invalid UTF-8: lexicon files must be UTF-8 text",
                )
            })?;
            out.push(DataFile {
                name,
                path: p,
                text,
                builtin: false,
            });
        }
    }
    Ok(out)
}
