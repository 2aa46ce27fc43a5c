//! Reading the tables about people: their offices (`roles.csv`), the titles that name
//! offices (`titles.csv`) and their genders (`genders.csv`); each problem an error at the
//! file, line and column of the field at fault.

use super::files::DataFile;
use super::rows::{err_at, table, GenderRow, RoleRow, TitleRow};
use super::tables::named;
use super::{date_key, Gender, Role, Title, TitleKind};
use crate::error::Error;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The number of the person a row names in its first column, or `None` with an error at
/// that row when the lexicon has no such person.
fn person(
    by_id: &HashMap<String, usize>,
    id: &str,
    f: &DataFile,
    line: usize,
    errors: &mut Vec<Error>,
) -> Option<usize> {
    let found = by_id.get(id).copied();
    if found.is_none() {
        errors.push(err_at(f, line, 0, format!("unknown person `{id}`")));
    }
    found
}

/// The roles of `roles.csv`.
pub(super) fn roles(
    files: &[DataFile],
    by_id: &HashMap<String, usize>,
    errors: &mut Vec<Error>,
) -> Vec<Role> {
    let mut roles = Vec::new();
    for f in named(files, &["roles.csv"]) {
        for (line, r) in table::<RoleRow>(f, errors) {
            let Some(pi) = person(by_id, &r.person, f, line, errors) else {
                continue;
            };
            let date = |s: &str, end| {
                if s.is_empty() {
                    None
                } else {
                    date_key(s, end)
                }
            };
            let from = date(&r.valid_from, false);
            let to = date(&r.valid_to, true);
            let bad_from = !r.valid_from.is_empty() && from.is_none();
            if bad_from || (!r.valid_to.is_empty() && to.is_none()) {
                errors.push(err_at(
                    f,
                    line,
                    if bad_from { 3 } else { 4 },
                    "bad date (use YYYY or YYYY-MM-DD)",
                ));
            }
            roles.push(Role {
                person: pi,
                role: r.role,
                of: r.of,
                valid_from: from,
                valid_to: to,
            });
        }
    }
    roles
}

/// The titles of `titles.csv`.
pub(super) fn titles(files: &[DataFile], errors: &mut Vec<Error>) -> Vec<Title> {
    let mut titles = Vec::new();
    for f in named(files, &["titles.csv"]) {
        for (line, r) in table::<TitleRow>(f, errors) {
            let kind = match r.kind.as_str() {
                "office" => TitleKind::Office,
                "rank" => TitleKind::Rank,
                "honorific" => TitleKind::Honorific,
                "descriptor" => TitleKind::Descriptor,
                other => {
                    errors.push(err_at(
                        f,
                        line,
                        2,
                        format!(
                            "unknown title kind `{other}` (office, rank, honorific, descriptor)"
                        ),
                    ));
                    continue;
                }
            };
            let tokens = crate::text::tokenize(&r.title, 0)
                .into_iter()
                .map(|t| t.norm.into_string())
                .collect();
            titles.push(Title {
                role: r.role,
                tokens,
                kind,
            });
        }
    }
    titles
}

/// Errors for the rows of `roles.csv` whose role no title has (when there are titles).
pub(super) fn check_roles_titled(files: &[DataFile], titles: &[Title], errors: &mut Vec<Error>) {
    let known_roles: HashSet<&str> = titles.iter().map(|t| t.role.as_str()).collect();
    for f in named(files, &["roles.csv"]) {
        for (line, r) in table::<RoleRow>(f, &mut Vec::new()) {
            if !known_roles.contains(r.role.as_str()) && !titles.is_empty() {
                errors.push(err_at(
                    f,
                    line,
                    1,
                    format!("role `{}` is not in titles.csv", r.role),
                ));
            }
        }
    }
}

/// The genders of `genders.csv`, by person.
pub(super) fn genders(
    files: &[DataFile],
    by_id: &HashMap<String, usize>,
    errors: &mut Vec<Error>,
) -> HashMap<usize, Gender> {
    let mut genders = HashMap::default();
    for f in named(files, &["genders.csv"]) {
        for (line, r) in table::<GenderRow>(f, errors) {
            let Some(pi) = person(by_id, &r.person, f, line, errors) else {
                continue;
            };
            match Gender::parse(&r.gender) {
                Some(g) => {
                    genders.insert(pi, g);
                }
                None => errors.push(err_at(
                    f,
                    line,
                    1,
                    format!("unknown gender `{}` (female, male)", r.gender),
                )),
            }
        }
    }
    genders
}
