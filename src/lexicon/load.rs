//! Building the indexed [`Lexicon`] from its data files: the tables ([`super::tables`], [`super::people_tables`]),
//! the patterns and the event vocabulary, then the indexes ([`super::index`]).

use super::files::DataFile;
use super::index::Indexes;
use super::patterns::parse_patterns;
use super::{events::EventVocab, people_tables, tables, Alias, Example, Lexicon, Pattern};
use crate::error::{Error, ErrorKind};
use rustc_hash::FxHashMap as HashMap;

/// Builds the lexicon from data files, later files overriding earlier ones.
pub fn build(files: &[DataFile]) -> Result<Lexicon, Vec<Error>> {
    let mut errors = Vec::new();
    let (entities, by_id) = tables::entities(files, &mut errors);
    let aliases: Vec<Alias> = tables::aliases(files, &entities, &by_id, &mut errors)
        .into_iter()
        .map(|((entity, text), ty)| Alias { entity, text, ty })
        .collect();
    let roles = people_tables::roles(files, &by_id, &mut errors);
    let titles = people_tables::titles(files, &mut errors);
    people_tables::check_roles_titled(files, &titles, &mut errors);
    let genders = people_tables::genders(files, &by_id, &mut errors);
    let (descriptions, description_nouns) = tables::descriptions(files, &by_id, &mut errors);
    let agents = tables::agents(files, &mut errors);
    let ambiguous = tables::ambiguous(files, &by_id, &mut errors);
    let not_actors = tables::not_actors(files, &mut errors);
    let (relations, relation_index) = tables::relations(files, &mut errors);
    let (patterns, examples) = patterns(files, &relation_index, &mut errors);
    let events = events(files, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let ix = Indexes::new(&entities, &aliases, &roles, &titles, &agents).map_err(|e| vec![e])?;
    Ok(Lexicon {
        fuzzy: ix.fuzzy,
        not_actors,
        first_names: ix.first_names,
        entities,
        by_id,
        aliases,
        roles,
        roles_by_of: ix.roles_by_of,
        roles_by_person: ix.roles_by_person,
        agent_starts: ix.agent_starts,
        title_index: ix.title_index,
        word_tags: ix.word_tags,
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
        surfaces: ix.surfaces,
        surface_groups: ix.surface_groups,
        matcher: ix.matcher,
    })
}

/// The patterns and examples of the `patterns.txt` files; a pattern of a relation that
/// `relations.csv` lacks is an error.
fn patterns(
    files: &[DataFile],
    relation_index: &HashMap<String, usize>,
    errors: &mut Vec<Error>,
) -> (Vec<Pattern>, Vec<Example>) {
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
    (patterns, examples)
}

/// The event vocabulary: the CAMEO conversion, then geokg's own, then the user's.
fn events(files: &[DataFile], errors: &mut Vec<Error>) -> EventVocab {
    let mut events = EventVocab::default();
    for name in ["cameo_events.txt", "events.txt"] {
        for f in files.iter().filter(|f| f.name == name) {
            if let Err(mut e) = events.add_file(&f.text, &f.path) {
                errors.append(&mut e);
            }
        }
    }
    events
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
