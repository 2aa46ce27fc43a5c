//! Suggestions for a misspelt entity name: the stored names and aliases nearest to it by
//! edit distance ("Swedn" → Sweden), for the message of a query that found no entity.
//!
//! The distance is the optimal string alignment distance (insertions, deletions,
//! substitutions and swaps of two neighbouring characters each cost 1) over lowercase
//! characters, not bytes. Only names within a bound that grows with the length of the name
//! asked for are suggested (1 edit up to 4 characters, 2 up to 7, then 3), so a name far
//! from everything gets no suggestion rather than a random one.

use super::read::entity_row;
use super::{KbResult, KnowledgeBase};
use crate::model::EntityRef;
use crate::shared::distance::osa_distance;

/// A stored entity whose name or alias is near the name asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The entity.
    pub entity: EntityRef,
    /// The stored name or alias that is near (the entity's name, or one of its aliases).
    pub matched: String,
    /// Its edit distance to the name asked for.
    pub distance: usize,
}

/// The largest distance suggested for a name of `len` characters.
pub fn max_distance(len: usize) -> usize {
    match len {
        0..=4 => 1,
        5..=7 => 2,
        _ => 3,
    }
}

fn folded(s: &str) -> Vec<char> {
    s.trim().chars().flat_map(char::to_lowercase).collect()
}

impl KnowledgeBase {
    /// At most `max` entities whose stored name or alias is nearest to `name`, nearest
    /// first (then states before other kinds, then by name), one per entity, within
    /// [`max_distance`] of it. An exact match (ignoring case) has distance 0.
    pub fn nearest_names(&self, name: &str, max: usize) -> KbResult<Vec<Suggestion>> {
        let query = folded(name);
        if query.is_empty() || max == 0 {
            return Ok(Vec::new());
        }
        let bound = max_distance(query.len());
        let mut st = self.conn.prepare(
            "SELECT id, name, kind, country, name FROM entities
             UNION ALL
             SELECT e.id, e.name, e.kind, e.country, a.alias
             FROM aliases a JOIN entities e ON e.id = a.entity",
        )?;
        let mut rows = st.query([])?;
        let mut best: std::collections::HashMap<String, Suggestion> = Default::default();
        while let Some(r) = rows.next()? {
            let candidate: String = r.get(4)?;
            let Some(d) = osa_distance(&query, &folded(&candidate), bound) else {
                continue;
            };
            let entity = entity_row(r)?;
            // nearer, or as near by the entity's own name rather than an alias
            let better = best.get(&entity.id).is_none_or(|s| {
                (d, candidate != entity.name) < (s.distance, s.matched != s.entity.name)
            });
            if better {
                best.insert(
                    entity.id.clone(),
                    Suggestion {
                        entity,
                        matched: candidate,
                        distance: d,
                    },
                );
            }
        }
        let mut out: Vec<Suggestion> = best.into_values().collect();
        out.sort_by(|a, b| {
            (
                a.distance,
                a.entity.kind != crate::model::Kind::Country,
                &a.entity.name,
                &a.entity.id,
            )
                .cmp(&(
                    b.distance,
                    b.entity.kind != crate::model::Kind::Country,
                    &b.entity.name,
                    &b.entity.id,
                ))
        });
        out.truncate(max);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> Option<usize> {
        osa_distance(&folded(a), &folded(b), 3)
    }

    #[test]
    fn distances_count_characters_and_swaps() {
        assert_eq!(d("Swedn", "Sweden"), Some(1));
        assert_eq!(d("Tukrey", "Turkey"), Some(1));
        assert_eq!(d("sweden", "SWEDEN"), Some(0));
        assert_eq!(d("Türkiye", "Turkiye"), Some(1));
        assert_eq!(d("Iran", "Iraq"), Some(1));
        assert_eq!(d("Qwertyuiop", "Sweden"), None);
        assert_eq!(osa_distance(&folded("abcdef"), &folded("abc"), 2), None);
        assert_eq!(max_distance(4), 1);
        assert_eq!(max_distance(5), 2);
        assert_eq!(max_distance(12), 3);
    }
}
