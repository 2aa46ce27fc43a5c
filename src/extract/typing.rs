//! Typing: which relation of the catalogue and which PLOVER type a CAMEO code stands for.

use super::Extractor;
use crate::shared::plover::PloverType;

/// The relation of each CAMEO root whose codes have no relation of their own.
const ROOT_RELATIONS: &[(&str, &str)] = &[
    ("02", "appeals_to"),
    ("03", "promises"),
    ("04", "meets"),
    ("05", "supports"),
    ("06", "cooperates_with"),
    ("07", "aids"),
    ("08", "concedes_to"),
    ("09", "investigates"),
    ("10", "demands"),
    ("11", "criticizes"),
    ("12", "rejects"),
    ("13", "threatens"),
    ("14", "protests_against"),
    ("15", "mobilizes_against"),
    ("16", "reduces_relations_with"),
    ("17", "coerces"),
    ("18", "attacks"),
    ("19", "attacks"),
    ("20", "attacks"),
];

impl Extractor<'_> {
    /// The relation a CAMEO code stands for: the catalogue's relation of that code, else of
    /// its three-digit parent, else of its root.
    /// A mutual event (the same code both ways: "clashed with") prefers a symmetric
    /// relation of that code ("fights" over "attacks").
    pub(super) fn relation_for_code(
        &self,
        code: &str,
        mutual: bool,
    ) -> Option<&crate::lexicon::Relation> {
        let by_code = |c: &str| {
            let mut rs = self
                .lex
                .relations
                .iter()
                .filter(|r| r.plover.is_some() && r.cameo.as_deref() == Some(c));
            let first = rs.next()?;
            if mutual && !first.symmetric {
                if let Some(sym) = rs.find(|r| r.symmetric) {
                    return Some(sym);
                }
            }
            Some(first)
        };
        by_code(code)
            .or_else(|| code.get(..3).and_then(by_code))
            .or_else(|| {
                let root = code.get(..2)?;
                // a mutual event of the root ("exchanged fire": 193 both ways) is the
                // root's symmetric relation ("fights")
                let sym = self.lex.relations.iter().find(|r| {
                    mutual
                        && r.symmetric
                        && r.plover.is_some()
                        && r.cameo.as_deref().is_some_and(|c| c.starts_with(root))
                });
                let id = ROOT_RELATIONS.iter().find(|(r, _)| *r == root)?.1;
                sym.or_else(|| self.lex.relation(id))
            })
    }

    /// The PLOVER type of a CAMEO code (from the code table, else its relation's).
    pub(super) fn plover_for_code(
        &self,
        code: &str,
        rel: &crate::lexicon::Relation,
    ) -> Option<PloverType> {
        let mut c = code.to_string();
        while !c.is_empty() {
            if let Some(t) = self.plover_of_code.get(&c).and_then(|t| t.first()) {
                return Some(*t);
            }
            c.pop();
        }
        rel.plover
    }
}
