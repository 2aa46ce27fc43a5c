//! The history of a dyad: the events between two entities month by month, by PLOVER type,
//! with a cooperation–conflict score on the Goldstein scale (−10 most conflictual, +10 most
//! cooperative).
//!
//! Takes a knowledge base, two entities ([`Sides`]) and a [`Filter`]; returns a
//! [`History`]. With `roll_up`, a side that is a state also counts its people, bodies and
//! places (Raisi meeting Patrushev is Iran meeting Russia). Structural relations (no PLOVER type) are not
//! events; negated events are listed but do not count in the score, and the other
//! modalities count with their weight (asserted 1, reported 0.8, future 0.6, hedged 0.5).

use super::dyads;
use super::read::named;
use super::{Filter, KbResult, KnowledgeBase};
use crate::model::{EntityRef, Kind, Modality, Polarity};
use crate::shared::plover::PloverType;
use rusqlite::OptionalExtension;
use serde::Serialize;
use std::collections::BTreeMap;

/// Events of one month.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    /// Events counted (negated ones excluded).
    pub events: usize,
    /// Events by PLOVER type.
    pub types: BTreeMap<PloverType, usize>,
    /// Events whose PLOVER source is side A.
    pub a_to_b: usize,
    /// Events whose PLOVER source is side B.
    pub b_to_a: usize,
    /// Cooperative events.
    pub cooperative: usize,
    /// Conflictual events.
    pub conflictual: usize,
    /// Negated events (reported as not having happened), not counted above.
    pub negated: usize,
    /// Modality-weighted mean Goldstein value, or `None` when no event has one.
    pub goldstein: Option<f64>,
}

/// The two sides whose history is read: with `roll_up`, a side that is a state also
/// counts its people, bodies and places.
#[derive(Debug, Clone, Copy)]
pub struct Sides<'a> {
    /// Side A.
    pub a: &'a EntityRef,
    /// Side B.
    pub b: &'a EntityRef,
    /// Whether a state counts its people, bodies and places with it.
    pub roll_up: bool,
}

/// The dyad over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct History {
    /// Side A.
    pub a: EntityRef,
    /// Side B.
    pub b: EntityRef,
    /// Months in order, then `undated` for events without a date.
    pub months: Vec<Month>,
    /// Events without a date (in the last row, `undated`).
    pub undated: usize,
    /// All events together.
    pub total: Month,
}

struct Acc {
    month: Month,
    gsum: f64,
    gweight: f64,
}

impl Acc {
    fn new(m: &str) -> Acc {
        Acc {
            month: Month {
                month: m.to_string(),
                ..Default::default()
            },
            gsum: 0.0,
            gweight: 0.0,
        }
    }

    fn finish(mut self) -> Month {
        if self.gweight > 0.0 {
            self.month.goldstein = Some((self.gsum / self.gweight * 100.0).round() / 100.0);
        }
        self.month
    }
}

/// Whether an entity (id, country) is on a side.
fn on_side(side: &EntityRef, roll_up: bool, id: &str, country: Option<&str>) -> bool {
    id == side.id
        || (roll_up
            && side.kind == Kind::Country
            && side.country.is_some()
            && side.country.as_deref() == country)
}

/// Reads the dyad's events from the knowledge base: between two states at country level
/// without a filter, from the dyads the build kept when they are current ([`dyads`]),
/// otherwise from the triples ([`history_from_triples`]); the answer is the same.
pub fn history(kb: &KnowledgeBase, sides: Sides, filter: &Filter) -> KbResult<History> {
    if let Some((ca, cb)) = states(kb, sides, filter)? {
        if let Some(dyad) = dyads::read(kb, ca, cb)? {
            let a_is_lo = ca < cb;
            let mut tally = Tally::default();
            for e in &dyad.events {
                let month = e.month.map(|m| dyad.months[m as usize].as_str());
                let subject_is_a = e.subject_is_lo == a_is_lo;
                let source_is_a = subject_is_a == e.source_is_subject;
                tally.add(
                    month,
                    e.kind,
                    source_is_a,
                    e.polarity,
                    e.modality,
                    e.goldstein,
                );
            }
            return Ok(tally.finish(sides.a, sides.b));
        }
    }
    history_from_triples(kb, sides, filter)
}

/// [`history`] read from the triples through their indexes, whatever the dyads kept.
pub fn history_from_triples(
    kb: &KnowledgeBase,
    sides: Sides,
    filter: &Filter,
) -> KbResult<History> {
    let Sides { a, b, roll_up } = sides;
    let (cond, mut params) = filter.sql();
    let n = params.len();
    params.push(rusqlite::types::Value::Text(a.id.clone()));
    params.push(rusqlite::types::Value::Text(b.id.clone()));
    let ca = if roll_up && a.kind == Kind::Country {
        a.country.clone()
    } else {
        None
    };
    let cb = if roll_up && b.kind == Kind::Country {
        b.country.clone()
    } else {
        None
    };
    // A side is a set of entity ids: the entity, and with a roll-up its state's people,
    // bodies and places; the triples are found through the indexes on their subject and
    // object (a side of one entity is a single key, not a scan of every triple).
    // (a state's code is a parameter only where it is used: SQLite counts the parameters
    // up to the highest number the statement names)
    let (pa, pb) = (n + 1, n + 2);
    let mut code = |c: Option<String>| {
        c.map(|c| {
            params.push(rusqlite::types::Value::Text(c));
            params.len()
        })
    };
    let (pca, pcb) = (code(ca), code(cb));
    let set = |p: usize, pc: Option<usize>| match pc {
        Some(pc) => format!("(SELECT id FROM entities WHERE id = ?{p} OR country = ?{pc})"),
        None => format!("(?{p})"),
    };
    let (set_a, set_b) = (set(pa, pca), set(pb, pcb));
    let sql = format!(
        "SELECT t.date, t.plover, t.plover_source, t.goldstein, t.polarity, t.modality,
                s.id, s.country, o.id, o.country, t.plover_source = t.subject
         FROM triples t JOIN entities s ON s.id = t.subject JOIN entities o ON o.id = t.object
         WHERE {cond} AND t.plover IS NOT NULL
           AND ((t.subject IN {set_a} AND t.object IN {set_b})
             OR (t.subject IN {set_b} AND t.object IN {set_a}))
         ORDER BY t.date, t.id"
    );
    let mut st = kb.conn.prepare(&sql)?;
    let mut tally = Tally::default();
    let mut rows = st.query(rusqlite::params_from_iter(params))?;
    while let Some(r) = rows.next()? {
        let date: Option<String> = r.get(0)?;
        let kind: PloverType = named(r, 1)?;
        let goldstein: Option<f64> = r.get(3)?;
        let polarity: Polarity = named(r, 4)?;
        let modality: Modality = named(r, 5)?;
        let sid: String = r.get(6)?;
        let scountry: Option<String> = r.get(7)?;
        let oid: String = r.get(8)?;
        let ocountry: Option<String> = r.get(9)?;
        let source_is_subject: bool = r.get::<_, Option<bool>>(10)?.unwrap_or(true);
        let subject_is_a = on_side(a, roll_up, &sid, scountry.as_deref())
            && on_side(b, roll_up, &oid, ocountry.as_deref());
        let source_is_a = subject_is_a == source_is_subject;
        let month = date.as_deref().and_then(dyads::month_of);
        tally.add(month, kind, source_is_a, polarity, modality, goldstein);
    }
    Ok(tally.finish(a, b))
}

/// The states of the two sides, when their history can be read from the dyads the build
/// keeps ([`dyads`]): at country level, without a filter, both sides states (with their
/// own codes as stored) of two different codes.
fn states<'s>(
    kb: &KnowledgeBase,
    sides: Sides<'s>,
    filter: &Filter,
) -> KbResult<Option<(&'s str, &'s str)>> {
    if !sides.roll_up || *filter != Filter::default() {
        return Ok(None);
    }
    let mut codes = [None, None];
    for (side, code) in [sides.a, sides.b].into_iter().zip(&mut codes) {
        let Some(c) = side
            .country
            .as_deref()
            .filter(|_| side.kind == Kind::Country)
        else {
            return Ok(None);
        };
        // The side counts its own id and the entities of its state: one set of stored
        // entities when its own stored state is that state (or it is not stored at all).
        let stored: Option<Option<String>> = kb
            .conn
            .query_row(
                "SELECT country FROM entities WHERE id = ?1",
                [&side.id],
                |r| r.get(0),
            )
            .optional()?;
        if matches!(stored, Some(s) if s.as_deref() != Some(c)) {
            return Ok(None);
        }
        *code = Some(c);
    }
    match codes {
        [Some(ca), Some(cb)] if ca != cb => Ok(Some((ca, cb))),
        _ => Ok(None),
    }
}

/// Counts events into months and a total, in the order given.
#[derive(Default)]
struct Tally {
    months: BTreeMap<String, Acc>,
    total: Option<Acc>,
    undated: usize,
}

impl Tally {
    /// Counts one event of `month` (`None`: undated) whose PLOVER source is side A or not.
    fn add(
        &mut self,
        month: Option<&str>,
        kind: PloverType,
        source_is_a: bool,
        polarity: Polarity,
        modality: Modality,
        goldstein: Option<f64>,
    ) {
        let month = match month {
            Some(m) => m,
            None => {
                self.undated += 1;
                "undated"
            }
        };
        if !self.months.contains_key(month) {
            self.months.insert(month.to_string(), Acc::new(month));
        }
        let acc = self.months.get_mut(month).expect("inserted");
        let total = self.total.get_or_insert_with(|| Acc::new("total"));
        for acc in [acc, total] {
            let m = &mut acc.month;
            if modality == Modality::Negated {
                m.negated += 1;
                continue;
            }
            m.events += 1;
            *m.types.entry(kind).or_default() += 1;
            if source_is_a {
                m.a_to_b += 1;
            } else {
                m.b_to_a += 1;
            }
            match polarity {
                Polarity::Cooperative => m.cooperative += 1,
                Polarity::Conflictual => m.conflictual += 1,
                Polarity::Neutral => {}
            }
            if let Some(g) = goldstein {
                let w = modality.weight();
                acc.gsum += g * w;
                acc.gweight += w;
            }
        }
    }

    fn finish(self, a: &EntityRef, b: &EntityRef) -> History {
        History {
            a: a.clone(),
            b: b.clone(),
            months: self.months.into_values().map(Acc::finish).collect(),
            undated: self.undated,
            total: self.total.unwrap_or_else(|| Acc::new("total")).finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::lexicon::Lexicon;
    use crate::model::Article;

    #[test]
    fn months_types_and_scores() {
        let lex = Lexicon::builtin().unwrap();
        let ex = Extractor::new(&lex);
        let mut kb = KnowledgeBase::in_memory().unwrap();
        let arts = [
            Article {
                id: "1".into(),
                date: Some("2023-01-10".into()),
                text: "Peru accused Bolivia of shelling border posts.".into(),
                ..Default::default()
            },
            Article {
                id: "2".into(),
                date: Some("2023-02-10".into()),
                text: "Bolivia attacked Peru. Peru met Bolivia.".into(),
                ..Default::default()
            },
        ];
        let batch: Vec<_> = arts
            .iter()
            .map(|a| (a.clone(), ex.extract_article(a)))
            .collect();
        kb.writer(&lex).unwrap().write_batch(&batch).unwrap();
        let peru = kb.entity("country:PER").unwrap().unwrap();
        let bolivia = kb.entity("country:BOL").unwrap().unwrap();
        let sides = Sides {
            a: &peru,
            b: &bolivia,
            roll_up: true,
        };
        let h = history(&kb, sides, &Filter::default()).unwrap();
        assert_eq!(h.months.len(), 2, "{h:?}");
        assert_eq!(h.months[0].month, "2023-01");
        assert_eq!(h.months[0].types.get(&PloverType::Accuse), Some(&1));
        assert_eq!(h.months[0].a_to_b, 1);
        assert!(h.months[0].goldstein.unwrap() < 0.0);
        assert!(h.months[1].b_to_a >= 1);
        assert_eq!(
            h.total.events,
            h.months.iter().map(|m| m.events).sum::<usize>()
        );
    }
}
