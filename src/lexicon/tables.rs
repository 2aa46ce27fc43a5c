//! Reading each lexicon table into its values (the tables about people: [`super::people_tables`]): every row checked, each problem an error
//! at the file, line and column of the field at fault. Later files override earlier ones.

use super::files::DataFile;
use super::rows::{
    err, err_at, table, AgentRow, AliasRow, AmbiguousRow, DescriptionRow, EntityRow, NotActorRow,
    RelationRow,
};
use super::{
    date_key, Agent, AliasType, Ambiguity, DateKey, Description, Entity, NotActor, Relation,
};
use crate::error::{Error, Location};
use crate::model::Kind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// The files of the tables named `names`, in order.
pub(super) fn named<'a>(
    files: &'a [DataFile],
    names: &'a [&str],
) -> impl Iterator<Item = &'a DataFile> {
    files.iter().filter(move |f| names.contains(&f.name))
}

fn opt(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

/// The entities of the entity tables, and each id's index among them.
pub(super) fn entities(
    files: &[DataFile],
    errors: &mut Vec<Error>,
) -> (Vec<Entity>, HashMap<String, usize>) {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::default();
    let entity_files = [
        "states.csv",
        "places.csv",
        "organizations.csv",
        "people.csv",
    ];
    for f in named(files, &entity_files) {
        for (line, r) in table::<EntityRow>(f, errors) {
            let Some(kind) = Kind::parse(&r.kind) else {
                errors.push(err_at(f, line, 1, format!("unknown kind `{}` (country, person, organization, group, location, media, other)", r.kind)));
                continue;
            };
            if r.id.is_empty() || r.name.is_empty() {
                errors.push(err_at(
                    f,
                    line,
                    if r.id.is_empty() { 0 } else { 2 },
                    "id and name are required",
                ));
                continue;
            }
            let (dates, _) = row_dates(f, line, 4, [&r.valid_from, &r.valid_to], errors);
            if !r.country.is_empty()
                && (r.country.len() != 3 || !r.country.bytes().all(|b| b.is_ascii_uppercase()))
            {
                errors.push(err_at(
                    f,
                    line,
                    3,
                    format!("country `{}` is not an ISO alpha-3 code", r.country),
                ));
            }
            let e = Entity {
                id: r.id,
                kind,
                name: r.name,
                country: opt(&r.country),
                valid_from: dates[0],
                valid_to: dates[1],
                origin: Location::file(&f.path).at_line(line),
            };
            match by_id.get(&e.id) {
                Some(&i)
                    if f.builtin
                        && entities[i].origin.path.as_deref() == Some(f.path.as_path()) =>
                {
                    errors.push(err(
                        f,
                        line,
                        format!(
                            "duplicate id `{}` (first at line {})",
                            e.id,
                            entities[i].origin.line.unwrap_or(0)
                        ),
                    ));
                }
                Some(&i) => entities[i] = e,
                None => {
                    by_id.insert(e.id.clone(), entities.len());
                    entities.push(e);
                }
            }
        }
    }
    (entities, by_id)
}

const ALIAS_FILES: [&str; 4] = [
    "state_aliases.csv",
    "place_aliases.csv",
    "organization_aliases.csv",
    "people_aliases.csv",
];

/// The aliases of the alias tables, (entity, alias) → type, sorted; a `block` row removes
/// one. Every entity is also known by its canonical name, which a user's `block` removes too.
pub(super) fn aliases(
    files: &[DataFile],
    entities: &[Entity],
    by_id: &HashMap<String, usize>,
    errors: &mut Vec<Error>,
) -> BTreeMap<(usize, String), AliasType> {
    let mut alias_map: BTreeMap<(usize, String), AliasType> = BTreeMap::new();
    for f in named(files, &ALIAS_FILES) {
        for (line, r) in table::<AliasRow>(f, errors) {
            let Some(&ei) = by_id.get(&r.entity) else {
                errors.push(err_at(f, line, 0, format!("unknown entity `{}`", r.entity)));
                continue;
            };
            let Some(ty) = AliasType::parse(&r.ty) else {
                errors.push(err_at(f, line, 2, format!("unknown alias type `{}`", r.ty)));
                continue;
            };
            if r.alias.is_empty() {
                errors.push(err_at(f, line, 1, "empty alias"));
                continue;
            }
            let key = (ei, r.alias.replace('’', "'"));
            if ty == AliasType::Block {
                alias_map.remove(&key);
            } else {
                alias_map.insert(key, ty);
            }
        }
    }
    for (i, e) in entities.iter().enumerate() {
        alias_map
            .entry((i, e.name.replace('’', "'")))
            .or_insert(if e.kind == Kind::Person {
                AliasType::Name
            } else {
                AliasType::Short
            });
    }
    for f in named(files, &ALIAS_FILES).filter(|f| !f.builtin) {
        for (_, r) in table::<AliasRow>(f, &mut Vec::new()) {
            if r.ty == "block" {
                if let Some(&ei) = by_id.get(&r.entity) {
                    alias_map.remove(&(ei, r.alias.replace('’', "'")));
                }
            }
        }
    }
    alias_map
}

/// The descriptions of `descriptions.csv`, by entity, and every noun among them.
pub(super) fn descriptions(
    files: &[DataFile],
    by_id: &HashMap<String, usize>,
    errors: &mut Vec<Error>,
) -> (HashMap<usize, Vec<Description>>, HashSet<String>) {
    let mut descriptions: HashMap<usize, Vec<Description>> = HashMap::default();
    let mut description_nouns = HashSet::default();
    for f in named(files, &["descriptions.csv"]) {
        for (line, r) in table::<DescriptionRow>(f, errors) {
            let Some(&ei) = by_id.get(&r.entity) else {
                errors.push(err_at(f, line, 0, format!("unknown entity `{}`", r.entity)));
                continue;
            };
            let noun = r.noun.as_str();
            let words_ok = !noun.is_empty()
                && noun
                    .split([' ', '-'])
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
            if !words_ok || noun.split([' ', '-']).count() > 2 {
                errors.push(err_at(
                    f,
                    line,
                    1,
                    format!("bad noun `{noun}`: one or two lowercase words (`kingdom`, `city-state`, `grand duchy`)"),
                ));
                continue;
            }
            let (dates, ok) = row_dates(f, line, 2, [&r.valid_from, &r.valid_to], errors);
            let [from, to] = dates;
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    errors.push(err_at(f, line, 3, "valid_to is before valid_from"));
                    continue;
                }
            }
            if !ok {
                continue;
            }
            descriptions.entry(ei).or_default().push(Description {
                noun: noun.to_string(),
                valid_from: from,
                valid_to: to,
            });
            description_nouns.insert(noun.to_string());
        }
    }
    (descriptions, description_nouns)
}

/// The dates `valid_from` and `valid_to` of a row, fields `field` and `field + 1`, and
/// whether every one given reads (an error at each that does not).
fn row_dates(
    f: &DataFile,
    line: usize,
    field: usize,
    [from, to]: [&str; 2],
    errors: &mut Vec<Error>,
) -> ([Option<DateKey>; 2], bool) {
    let mut dates = [None, None];
    let mut ok = true;
    for (k, (s, end)) in [(from, false), (to, true)].into_iter().enumerate() {
        if !s.is_empty() {
            match date_key(s, end) {
                Some(d) => dates[k] = Some(d),
                None => {
                    ok = false;
                    errors.push(err_at(
                        f,
                        line,
                        field + k,
                        format!("bad date `{s}` (use YYYY or YYYY-MM-DD)"),
                    ));
                }
            }
        }
    }
    (dates, ok)
}

/// The agent nouns of `agents.csv`, lowercased.
pub(super) fn agents(files: &[DataFile], errors: &mut Vec<Error>) -> HashMap<String, Agent> {
    let mut agents = HashMap::default();
    for f in named(files, &["agents.csv"]) {
        for (line, r) in table::<AgentRow>(f, errors) {
            match Kind::parse(&r.kind) {
                Some(kind) => {
                    agents.insert(
                        r.noun.to_lowercase(),
                        Agent {
                            sector: r.sector,
                            kind,
                        },
                    );
                }
                None => errors.push(err_at(f, line, 2, format!("unknown kind `{}`", r.kind))),
            }
        }
    }
    agents
}

/// The ambiguous aliases of `ambiguous.csv`.
pub(super) fn ambiguous(
    files: &[DataFile],
    by_id: &HashMap<String, usize>,
    errors: &mut Vec<Error>,
) -> HashMap<String, Ambiguity> {
    let mut ambiguous = HashMap::default();
    for f in named(files, &["ambiguous.csv"]) {
        for (line, r) in table::<AmbiguousRow>(f, errors) {
            let ids: Vec<String> = r
                .entities
                .split('|')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            for id in &ids {
                if !by_id.contains_key(id) {
                    errors.push(err_at(f, line, 1, format!("unknown entity `{id}`")));
                }
            }
            ambiguous.insert(
                r.alias,
                Ambiguity {
                    entities: ids,
                    default: opt(&r.default),
                },
            );
        }
    }
    ambiguous
}

/// The patterns of `not_actors.csv`.
pub(super) fn not_actors(files: &[DataFile], errors: &mut Vec<Error>) -> Vec<NotActor> {
    let mut not_actors = Vec::new();
    for f in named(files, &["not_actors.csv"]) {
        for (line, r) in table::<NotActorRow>(f, errors) {
            let p = r.pattern.as_str();
            let words = p.split(' ').filter(|w| *w != "*").count();
            if words == 0
                || p.matches('*').count() > 1
                || p.contains('*') && !(p.starts_with("* ") || p.ends_with(" *"))
            {
                errors.push(err_at(
                    f,
                    line,
                    0,
                    format!("bad pattern `{p}`: a name, `* Name`, `Name *`, `cue *` or `* cue`"),
                ));
                continue;
            }
            not_actors.push(NotActor {
                pattern: r.pattern,
                kind: r.kind,
            });
        }
    }
    not_actors
}

/// The relations of `relations.csv`, and each id's index among them.
pub(super) fn relations(
    files: &[DataFile],
    errors: &mut Vec<Error>,
) -> (Vec<Relation>, HashMap<String, usize>) {
    let mut relations: Vec<Relation> = Vec::new();
    let mut relation_index = HashMap::default();
    for f in named(files, &["relations.csv"]) {
        for (line, r) in table::<RelationRow>(f, errors) {
            let reverse = match r.direction.as_str() {
                "forward" | "" => false,
                "reverse" => true,
                other => {
                    errors.push(err_at(
                        f,
                        line,
                        5,
                        format!("direction must be forward or reverse, not `{other}`"),
                    ));
                    false
                }
            };
            let polarity = crate::model::Polarity::parse(&r.polarity);
            if polarity.is_none() {
                errors.push(err_at(
                    f,
                    line,
                    8,
                    format!(
                        "polarity must be cooperative, conflictual or neutral, not `{}`",
                        r.polarity
                    ),
                ));
            }
            let plover = crate::shared::plover::PloverType::parse(&r.plover);
            if !r.plover.is_empty() && plover.is_none() {
                errors.push(err_at(
                    f,
                    line,
                    4,
                    format!("`{}` is not a PLOVER event type", r.plover),
                ));
            }
            let rel = Relation {
                id: r.id,
                label: r.label,
                inverse: opt(&r.inverse),
                symmetric: r.symmetric == "true" || r.symmetric == "yes",
                plover,
                reverse,
                cameo: opt(&r.cameo),
                goldstein: r.goldstein.parse().ok(),
                // (a bad name is an error above: the lexicon is refused)
                polarity: polarity.unwrap_or_default(),
            };
            match relation_index.get(&rel.id) {
                Some(&i) => relations[i] = rel,
                None => {
                    relation_index.insert(rel.id.clone(), relations.len());
                    relations.push(rel);
                }
            }
        }
    }
    (relations, relation_index)
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    #[test]
    fn bad_rows_of_user_tables_are_errors_at_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write(
            "relations.csv",
            "id,label,inverse,symmetric,plover,direction,cameo,goldstein,polarity\n\
             rel_x,Rel X,,no,,sideways,,1,cooperative\n",
        );
        write(
            "agents.csv",
            "noun,sector,kind\nnavy,military,fleet\ndrones,military\n",
        );
        write(
            "roles.csv",
            "person,role,of,valid_from,valid_to\n\
             country:FRA,president,country:FRA,2001,20x9\n",
        );
        let errors = Lexicon::load(&[dir.path().to_path_buf()]).unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        let says = |file_line_column: &str, words: &str| {
            assert!(
                text.iter()
                    .any(|t| t.contains(file_line_column) && t.contains(words)),
                "no `{file_line_column}` `{words}` in {text:?}"
            );
        };
        says(
            "relations.csv:2:18:",
            "direction must be forward or reverse",
        );
        says("agents.csv:2:15:", "unknown kind `fleet`");
        says("agents.csv:3:16:", "expected 3 fields");
        says("roles.csv:2:40:", "bad date");
    }
}
