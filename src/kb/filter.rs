//! Which evidence a query counts: a [`Filter`] over relations, polarity, dates and
//! confidence, and the SQL condition it stands for over the triples table.

use super::KnowledgeBase;
use crate::model::Polarity;
use rusqlite::types::Value;

/// Which evidence a query counts. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only these relations.
    pub relations: Vec<String>,
    /// Only this polarity.
    pub polarity: Option<Polarity>,
    /// Only evidence dated on or after (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only evidence dated on or before (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub until: Option<String>,
    /// Only evidence with at least this confidence.
    pub min_confidence: Option<f64>,
    /// Only triples between entities the lexicon knows (no open-world `new:` entity).
    pub known_only: bool,
}

impl Filter {
    /// Checks the filter against a knowledge base: a confidence from 0 to 1, and relations
    /// of its catalogue. The message says what is wrong.
    pub fn check(&self, kb: &KnowledgeBase) -> Result<(), String> {
        if let Some(c) = self.min_confidence {
            if !(0.0..=1.0).contains(&c) {
                return Err(format!("--min-confidence {c}: give a number from 0 to 1"));
            }
        }
        if !self.relations.is_empty() {
            let known: Vec<String> = kb
                .relations()
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(|r| r.id)
                .collect();
            for r in &self.relations {
                if !known.contains(r) {
                    return Err(format!(
                        "--relation {r:?} is not in the relation catalogue; known relations: {}",
                        known.join(", ")
                    ));
                }
            }
        }
        Ok(())
    }

    /// The SQL condition over a triples table aliased `t`, and its parameters.
    pub fn sql(&self) -> (String, Vec<Value>) {
        let mut cond = vec!["1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        if !self.relations.is_empty() {
            let marks: Vec<String> = self
                .relations
                .iter()
                .map(|r| {
                    params.push(Value::Text(r.clone()));
                    format!("?{}", params.len())
                })
                .collect();
            cond.push(format!("t.relation IN ({})", marks.join(",")));
        }
        if let Some(p) = &self.polarity {
            params.push(Value::Text(p.as_str().to_string()));
            cond.push(format!("t.polarity = ?{}", params.len()));
        }
        if let Some(s) = &self.since {
            params.push(Value::Text(s.clone()));
            cond.push(format!("t.date >= ?{}", params.len()));
        }
        if let Some(u) = &self.until {
            params.push(Value::Text(u.clone()));
            let n = params.len();
            cond.push(format!("substr(t.date, 1, length(?{n})) <= ?{n}"));
        }
        if let Some(c) = self.min_confidence {
            params.push(Value::Real(c));
            cond.push(format!("t.confidence >= ?{}", params.len()));
        }
        if self.known_only {
            // (the prefix is a constant of the contract: no parameter needed)
            cond.push(format!(
                "substr(t.subject, 1, {n}) <> '{p}' AND substr(t.object, 1, {n}) <> '{p}'",
                n = crate::model::UNVERIFIED_PREFIX.len(),
                p = crate::model::UNVERIFIED_PREFIX
            ));
        }
        (cond.join(" AND "), params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_make_sql() {
        let f = Filter {
            relations: vec!["meets".into()],
            until: Some("2022-11".into()),
            ..Default::default()
        };
        let (sql, p) = f.sql();
        assert!(
            sql.contains("t.relation IN (?1)") && sql.contains("length(?2)"),
            "{sql}"
        );
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn known_only_leaves_out_new_entities() {
        let f = Filter {
            known_only: true,
            ..Default::default()
        };
        let (sql, p) = f.sql();
        assert!(
            sql.contains("substr(t.subject, 1, 4) <> 'new:'")
                && sql.contains("substr(t.object, 1, 4) <> 'new:'"),
            "{sql}"
        );
        assert!(p.is_empty());
        assert!(!Filter::default().sql().0.contains("new:"));
    }
}
