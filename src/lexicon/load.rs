//! Reading the CSV tables (built-in and user) and building the indexed [`Lexicon`].

use super::patterns::parse_patterns;
use super::{
    date_key, Agent, Alias, AliasType, Ambiguity, Entity, Gender, Lexicon, Relation, Role, Title,
    TitleKind, WordTags,
};
use crate::error::{Error, ErrorKind, Location};
use crate::model::Kind;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
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

fn opt(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

/// Builds the lexicon from data files, later files overriding earlier ones.
pub fn build(files: &[DataFile]) -> Result<Lexicon, Vec<Error>> {
    let mut errors = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::default();
    let entity_files = [
        "states.csv",
        "places.csv",
        "organizations.csv",
        "people.csv",
    ];
    for f in files.iter().filter(|f| entity_files.contains(&f.name)) {
        for (line, r) in rows(
            f,
            &["id", "kind", "name", "country", "valid_from", "valid_to"],
            &mut errors,
        ) {
            let Some(kind) = Kind::parse(&r[1]) else {
                errors.push(err_at(f, line, 1, format!("unknown kind `{}` (country, person, organization, group, location, media, other)", r[1])));
                continue;
            };
            if r[0].is_empty() || r[2].is_empty() {
                errors.push(err_at(
                    f,
                    line,
                    if r[0].is_empty() { 0 } else { 2 },
                    "id and name are required",
                ));
                continue;
            }
            let mut dates = [None, None];
            for (k, (s, end)) in [(&r[4], false), (&r[5], true)].into_iter().enumerate() {
                if !s.is_empty() {
                    match date_key(s, end) {
                        Some(d) => dates[k] = Some(d),
                        None => errors.push(err_at(
                            f,
                            line,
                            4 + k,
                            format!("bad date `{s}` (use YYYY or YYYY-MM-DD)"),
                        )),
                    }
                }
            }
            if !r[3].is_empty()
                && (r[3].len() != 3 || !r[3].bytes().all(|b| b.is_ascii_uppercase()))
            {
                errors.push(err_at(
                    f,
                    line,
                    3,
                    format!("country `{}` is not an ISO alpha-3 code", r[3]),
                ));
            }
            let e = Entity {
                id: r[0].clone(),
                kind,
                name: r[2].clone(),
                country: opt(&r[3]),
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

    // Aliases: (entity, alias) → type; blocks remove.
    let mut alias_map: BTreeMap<(usize, String), AliasType> = BTreeMap::new();
    let alias_files = [
        "state_aliases.csv",
        "place_aliases.csv",
        "organization_aliases.csv",
        "people_aliases.csv",
    ];
    for f in files.iter().filter(|f| alias_files.contains(&f.name)) {
        for (line, r) in rows(f, &["entity", "alias", "type"], &mut errors) {
            let Some(&ei) = by_id.get(&r[0]) else {
                errors.push(err_at(f, line, 0, format!("unknown entity `{}`", r[0])));
                continue;
            };
            let Some(ty) = AliasType::parse(&r[2]) else {
                errors.push(err_at(f, line, 2, format!("unknown alias type `{}`", r[2])));
                continue;
            };
            if r[1].is_empty() {
                errors.push(err_at(f, line, 1, "empty alias"));
                continue;
            }
            let key = (ei, r[1].replace('’', "'"));
            if ty == AliasType::Block {
                alias_map.remove(&key);
            } else {
                alias_map.insert(key, ty);
            }
        }
        // Every entity is also known by its canonical name.
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
    // Blocks also remove canonical names when the user asks.
    for f in files
        .iter()
        .filter(|f| alias_files.contains(&f.name) && !f.builtin)
    {
        for (_, r) in rows(f, &["entity", "alias", "type"], &mut Vec::new()) {
            if r[2] == "block" {
                if let Some(&ei) = by_id.get(&r[0]) {
                    alias_map.remove(&(ei, r[1].replace('’', "'")));
                }
            }
        }
    }
    let aliases: Vec<Alias> = alias_map
        .into_iter()
        .map(|((entity, text), ty)| Alias { entity, text, ty })
        .collect();

    let mut roles = Vec::new();
    for f in files.iter().filter(|f| f.name == "roles.csv") {
        for (line, r) in rows(
            f,
            &["person", "role", "of", "valid_from", "valid_to"],
            &mut errors,
        ) {
            let Some(&pi) = by_id.get(&r[0]) else {
                errors.push(err_at(f, line, 0, format!("unknown person `{}`", r[0])));
                continue;
            };
            let from = if r[3].is_empty() {
                None
            } else {
                date_key(&r[3], false)
            };
            let to = if r[4].is_empty() {
                None
            } else {
                date_key(&r[4], true)
            };
            if (!r[3].is_empty() && from.is_none()) || (!r[4].is_empty() && to.is_none()) {
                errors.push(err_at(
                    f,
                    line,
                    if !r[3].is_empty() && from.is_none() {
                        3
                    } else {
                        4
                    },
                    "bad date (use YYYY or YYYY-MM-DD)",
                ));
            }
            roles.push(Role {
                person: pi,
                role: r[1].clone(),
                of: r[2].clone(),
                valid_from: from,
                valid_to: to,
            });
        }
    }

    let mut titles = Vec::new();
    for f in files.iter().filter(|f| f.name == "titles.csv") {
        for (line, r) in rows(f, &["role", "title", "kind"], &mut errors) {
            let kind = match r[2].as_str() {
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
            let tokens = crate::text::tokenize(&r[1], 0)
                .into_iter()
                .map(|t| t.norm.into_string())
                .collect();
            titles.push(Title {
                role: r[0].clone(),
                tokens,
                kind,
            });
        }
    }
    let known_roles: std::collections::HashSet<&str> =
        titles.iter().map(|t| t.role.as_str()).collect();
    for f in files.iter().filter(|f| f.name == "roles.csv") {
        for (line, r) in rows(
            f,
            &["person", "role", "of", "valid_from", "valid_to"],
            &mut Vec::new(),
        ) {
            if !known_roles.contains(r[1].as_str()) && !titles.is_empty() {
                errors.push(err_at(
                    f,
                    line,
                    1,
                    format!("role `{}` is not in titles.csv", r[1]),
                ));
            }
        }
    }

    let mut genders = HashMap::default();
    for f in files.iter().filter(|f| f.name == "genders.csv") {
        for (line, r) in rows(f, &["person", "gender"], &mut errors) {
            let Some(&pi) = by_id.get(&r[0]) else {
                errors.push(err_at(f, line, 0, format!("unknown person `{}`", r[0])));
                continue;
            };
            match Gender::parse(&r[1]) {
                Some(g) => {
                    genders.insert(pi, g);
                }
                None => errors.push(err_at(
                    f,
                    line,
                    1,
                    format!("unknown gender `{}` (female, male)", r[1]),
                )),
            }
        }
    }

    let mut descriptions: HashMap<usize, Vec<super::Description>> = HashMap::default();
    let mut description_nouns = rustc_hash::FxHashSet::default();
    for f in files.iter().filter(|f| f.name == "descriptions.csv") {
        for (line, r) in rows(
            f,
            &["entity", "noun", "valid_from", "valid_to"],
            &mut errors,
        ) {
            let Some(&ei) = by_id.get(&r[0]) else {
                errors.push(err_at(f, line, 0, format!("unknown entity `{}`", r[0])));
                continue;
            };
            let noun = r[1].as_str();
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
            let mut dates = [None, None];
            let mut bad = false;
            for (k, (s, end)) in [(&r[2], false), (&r[3], true)].into_iter().enumerate() {
                if !s.is_empty() {
                    match date_key(s, end) {
                        Some(d) => dates[k] = Some(d),
                        None => {
                            bad = true;
                            errors.push(err_at(
                                f,
                                line,
                                2 + k,
                                format!("bad date `{s}` (use YYYY or YYYY-MM-DD)"),
                            ));
                        }
                    }
                }
            }
            if let [Some(from), Some(to)] = dates {
                if to < from {
                    bad = true;
                    errors.push(err_at(f, line, 3, "valid_to is before valid_from"));
                }
            }
            if bad {
                continue;
            }
            descriptions
                .entry(ei)
                .or_default()
                .push(super::Description {
                    noun: noun.to_string(),
                    valid_from: dates[0],
                    valid_to: dates[1],
                });
            description_nouns.insert(noun.to_string());
        }
    }

    let mut agents = HashMap::default();
    for f in files.iter().filter(|f| f.name == "agents.csv") {
        for (line, r) in rows(f, &["noun", "sector", "kind"], &mut errors) {
            match Kind::parse(&r[2]) {
                Some(kind) => {
                    agents.insert(
                        r[0].to_lowercase(),
                        Agent {
                            sector: r[1].clone(),
                            kind,
                        },
                    );
                }
                None => errors.push(err_at(f, line, 2, format!("unknown kind `{}`", r[2]))),
            }
        }
    }

    let mut ambiguous = HashMap::default();
    for f in files.iter().filter(|f| f.name == "ambiguous.csv") {
        for (line, r) in rows(f, &["alias", "entities", "default", "note"], &mut errors) {
            let ids: Vec<String> = r[1]
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
                r[0].clone(),
                Ambiguity {
                    entities: ids,
                    default: opt(&r[2]),
                },
            );
        }
    }

    let mut not_actors = Vec::new();
    for f in files.iter().filter(|f| f.name == "not_actors.csv") {
        for (line, r) in rows(f, &["pattern", "kind"], &mut errors) {
            let p = r[0].as_str();
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
            not_actors.push(super::NotActor {
                pattern: r[0].clone(),
                kind: r[1].clone(),
            });
        }
    }

    let mut relations: Vec<Relation> = Vec::new();
    let mut relation_index = HashMap::default();
    for f in files.iter().filter(|f| f.name == "relations.csv") {
        let header = [
            "id",
            "label",
            "inverse",
            "symmetric",
            "plover",
            "direction",
            "cameo",
            "goldstein",
            "polarity",
        ];
        for (line, r) in rows(f, &header, &mut errors) {
            let reverse = match r[5].as_str() {
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
            if crate::model::Polarity::parse(&r[8]).is_none() {
                errors.push(err_at(
                    f,
                    line,
                    8,
                    format!(
                        "polarity must be cooperative, conflictual or neutral, not `{}`",
                        r[8]
                    ),
                ));
            }
            if !r[4].is_empty() && crate::shared::plover::PloverType::parse(&r[4]).is_none() {
                errors.push(err_at(
                    f,
                    line,
                    4,
                    format!("`{}` is not a PLOVER event type", r[4]),
                ));
            }
            let rel = Relation {
                id: r[0].clone(),
                label: r[1].clone(),
                inverse: opt(&r[2]),
                symmetric: r[3] == "true" || r[3] == "yes",
                plover: opt(&r[4]),
                reverse,
                cameo: opt(&r[6]),
                goldstein: r[7].parse().ok(),
                polarity: r[8].clone(),
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

    let mut patterns = Vec::new();
    let mut examples = Vec::new();
    for f in files.iter().filter(|f| f.name == "patterns.txt") {
        match parse_patterns(&f.text, &f.path) {
            Ok((mut p, mut e)) => {
                patterns.append(&mut p);
                examples.append(&mut e);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    for p in &patterns {
        if !relation_index.contains_key(&p.relation) {
            errors.push(Error::new(
                ErrorKind::Lexicon,
                p.origin.clone(),
                format!("unknown relation `{}`", p.relation),
            ));
        }
    }

    // The event vocabulary: the CAMEO conversion, then geokg's own, then the user's.
    let mut events = super::events::EventVocab::default();
    for name in ["cameo_events.txt", "events.txt"] {
        for f in files.iter().filter(|f| f.name == name) {
            if let Err(mut e) = events.add_file(&f.text, &f.path) {
                errors.append(&mut e);
            }
        }
    }

    // The automaton: one pattern per distinct surface (with ’ variants).
    let mut surface_map: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in aliases.iter().enumerate() {
        surface_map.entry(a.text.clone()).or_default().push(i);
        if a.text.contains('\'') {
            surface_map
                .entry(a.text.replace('\'', "’"))
                .or_default()
                .push(i);
        }
    }
    let surfaces: Vec<(String, Vec<usize>)> = surface_map.into_iter().collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (s, _)) in surfaces.iter().enumerate() {
        groups.entry(s.to_ascii_lowercase()).or_default().push(i);
    }
    let (keys, surface_groups): (Vec<String>, Vec<Vec<usize>>) = groups.into_iter().unzip();
    let matcher = Lexicon::build_matcher(&keys).map_err(|e| vec![e])?;
    let mut roles_by_of: HashMap<String, Vec<usize>> = HashMap::default();
    let mut roles_by_person: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, r) in roles.iter().enumerate() {
        roles_by_of.entry(r.of.clone()).or_default().push(i);
        roles_by_person.entry(r.person).or_default().push(i);
    }
    let agent_starts: rustc_hash::FxHashSet<String> = agents
        .keys()
        .filter_map(|k| k.split_once(' ').map(|(a, _)| a.to_string()))
        .collect();
    let title_index = {
        let mut ix: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, t) in titles.iter().enumerate() {
            if let Some(first) = t.tokens.first() {
                ix.entry(first.clone()).or_default().push(i);
            }
        }
        ix
    };
    let word_tags = WordTags::table(&title_index, &agents, &agent_starts);
    // first names: the first word of a person's name of two words or more, not an initial
    let first_names = entities
        .iter()
        .filter(|e| e.kind == Kind::Person)
        .filter_map(|e| {
            let mut w = e.name.split_whitespace();
            let first = w.next()?;
            w.next()?;
            (first.chars().count() > 2 && first.chars().all(char::is_alphabetic))
                .then(|| first.to_lowercase())
        })
        .collect();
    let mut fuzzy: HashMap<(u8, usize), super::FuzzyKeys> = HashMap::default();
    for (ai, a) in aliases.iter().enumerate() {
        if !matches!(
            a.ty,
            AliasType::Name | AliasType::Short | AliasType::Variant
        ) {
            continue;
        }
        let key = Lexicon::fuzzy_key(&a.text);
        if key.len() >= 6 {
            fuzzy
                .entry((key.as_bytes()[0], key.len()))
                .or_default()
                .push(&key, ai);
        }
    }
    Ok(Lexicon {
        fuzzy,
        not_actors,
        first_names,
        entities,
        by_id,
        aliases,
        roles,
        roles_by_of,
        roles_by_person,
        agent_starts,
        title_index,
        word_tags,
        titles,
        agents,
        genders,
        descriptions,
        description_nouns,
        ambiguous,
        relations,
        relation_index,
        patterns,
        examples,
        events,
        files: files.to_vec(),
        warnings: Vec::new(),
        surfaces,
        surface_groups,
        matcher,
    })
}

#[cfg(test)]
mod tests {
    use crate::lexicon::{date_key, Lexicon};

    #[test]
    fn descriptions_say_which_sort_an_entity_is_and_when() {
        let lex = Lexicon::builtin().expect("the built-in lexicon loads");
        let day = |d: &str| date_key(d, false);
        assert!(lex.fits_description("country:JOR", "kingdom", None));
        assert!(!lex.fits_description("country:FRA", "kingdom", None));
        assert!(lex.fits_description("org:nato", "alliance", None));
        assert!(!lex.fits_description("org:nato", "bloc", None));
        // Nepal: a kingdom until 2008, a republic after; undated, either
        assert!(lex.fits_description("country:NPL", "kingdom", day("1999-01-01")));
        assert!(!lex.fits_description("country:NPL", "kingdom", day("2015-01-01")));
        assert!(lex.fits_description("country:NPL", "republic", day("2015-01-01")));
        assert!(lex.fits_description("country:NPL", "kingdom", None));
        assert!(lex.description_nouns.contains("grand duchy"));
    }

    #[test]
    fn bad_description_rows_are_errors_at_their_place() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("descriptions.csv"),
            "entity,noun,valid_from,valid_to\n\
             country:XYZ,kingdom,,\n\
             country:FRA,King Dom,,\n\
             country:FRA,kingdom,2000,1990\n\
             country:FRA,empire,1804,1815\n",
        )
        .unwrap();
        let errors = Lexicon::load(&[dir.path().to_path_buf()]).unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(
            text[0].contains(":2:") && text[0].contains("unknown entity"),
            "{text:?}"
        );
        assert!(
            text[1].contains(":3:") && text[1].contains("bad noun"),
            "{text:?}"
        );
        assert!(
            text[2].contains(":4:") && text[2].contains("before"),
            "{text:?}"
        );
    }
}
