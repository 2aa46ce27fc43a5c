//! Reading a CSV table: its rows with their line numbers, each read into a serde row
//! struct, and errors located at the file, line and column of a row or field.

use super::files::DataFile;
use crate::error::{Error, ErrorKind, Location};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Rows of a CSV table with their line numbers; checks the header.
pub(crate) fn rows(
    file: &DataFile,
    header: &[&str],
    errors: &mut Vec<Error>,
) -> Vec<(usize, Vec<String>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(file.text.as_bytes());
    let mut out = Vec::new();
    let mut first = true;
    for rec in rdr.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line() as usize).unwrap_or(0);
                let fields: Vec<String> = r.iter().map(|s| s.trim().to_string()).collect();
                if first {
                    first = false;
                    if fields != header {
                        errors.push(err(
                            file,
                            line,
                            format!("header must be `{}`", header.join(",")),
                        ));
                        return out;
                    }
                    continue;
                }
                if fields.len() == 1 && fields[0].is_empty() {
                    continue;
                }
                if fields.len() != header.len() {
                    errors.push(err_at(
                        file,
                        line,
                        header.len().min(fields.len()),
                        format!(
                            "expected {} fields ({}), found {}",
                            header.len(),
                            header.join(","),
                            fields.len()
                        ),
                    ));
                    continue;
                }
                out.push((line, fields));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                errors.push(err(file, line, format!("malformed CSV: {e}")));
            }
        }
    }
    out
}

/// An error about a whole row: located at its first column.
pub(crate) fn err(file: &DataFile, line: usize, msg: impl Into<String>) -> Error {
    err_at(file, line, 0, msg)
}

/// An error about field `field` (0-based) of the row on `line`: located at the column
/// (1-based, in characters) where that field starts.
pub(crate) fn err_at(file: &DataFile, line: usize, field: usize, msg: impl Into<String>) -> Error {
    let raw = file
        .text
        .lines()
        .nth(line.saturating_sub(1))
        .unwrap_or_default();
    Error::new(
        ErrorKind::Lexicon,
        Location::file(&file.path)
            .at_line(line)
            .at_column(field_column(raw, field)),
        msg,
    )
}

/// The 1-based character column where field `field` of a CSV line starts (commas inside
/// double quotes do not separate fields); past the last field, the end of the line.
pub fn field_column(line: &str, field: usize) -> usize {
    let mut n = 0;
    let mut quoted = false;
    for (col, c) in line.chars().enumerate() {
        if n == field {
            return col + 1;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => n += 1,
            _ => {}
        }
    }
    line.chars().count() + 1
}

/// A row of a lexicon table: a struct whose fields are the table's columns, in order.
pub(crate) trait Row: DeserializeOwned {
    /// The table's header line, one name a column.
    const HEADER: &'static [&'static str];
}

/// The rows of `file` (header checked, fields trimmed, blank lines skipped) read into
/// `T`, each with its line number; rows that cannot be read are errors at their place.
pub(crate) fn table<T: Row>(file: &DataFile, errors: &mut Vec<Error>) -> Vec<(usize, T)> {
    let mut out = Vec::new();
    for (line, fields) in rows(file, T::HEADER, errors) {
        match csv::StringRecord::from(fields).deserialize::<T>(None) {
            Ok(row) => out.push((line, row)),
            Err(e) => {
                let field = match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => err.field().unwrap_or(0),
                    _ => 0,
                };
                errors.push(err_at(file, line, field as usize, format!("bad row: {e}")));
            }
        }
    }
    out
}

macro_rules! row {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident = $col:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Deserialize)]
        pub(crate) struct $name {
            $($(#[$fdoc])* pub $field: String,)*
        }
        impl Row for $name {
            const HEADER: &'static [&'static str] = &[$($col),*];
        }
    };
}

row! {
    /// A row of `states.csv`, `places.csv`, `organizations.csv` or `people.csv`.
    EntityRow { id = "id", kind = "kind", name = "name", country = "country", valid_from = "valid_from", valid_to = "valid_to" }
}
row! {
    /// A row of one of the `*_aliases.csv` tables.
    AliasRow { entity = "entity", alias = "alias", ty = "type" }
}
row! {
    /// A row of `roles.csv`.
    RoleRow { person = "person", role = "role", of = "of", valid_from = "valid_from", valid_to = "valid_to" }
}
row! {
    /// A row of `titles.csv`.
    TitleRow { role = "role", title = "title", kind = "kind" }
}
row! {
    /// A row of `genders.csv`.
    GenderRow { person = "person", gender = "gender" }
}
row! {
    /// A row of `descriptions.csv`.
    DescriptionRow { entity = "entity", noun = "noun", valid_from = "valid_from", valid_to = "valid_to" }
}
row! {
    /// A row of `agents.csv`.
    AgentRow { noun = "noun", sector = "sector", kind = "kind" }
}
row! {
    /// A row of `ambiguous.csv`.
    AmbiguousRow { alias = "alias", entities = "entities", default = "default",
        /// A note for the reader, which geokg does not use.
        #[allow(dead_code)]
        note = "note" }
}
row! {
    /// A row of `not_actors.csv`.
    NotActorRow { pattern = "pattern", kind = "kind" }
}
row! {
    /// A row of `relations.csv`.
    RelationRow { id = "id", label = "label", inverse = "inverse", symmetric = "symmetric", plover = "plover", direction = "direction", cameo = "cameo", goldstein = "goldstein", polarity = "polarity" }
}
