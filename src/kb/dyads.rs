//! The events between every two states, kept by the build so that `geokg history` between
//! two states reads only their own events.
//!
//! `history A B` at country level counts the events of every entity of A's state with
//! every entity of B's. Found through the indexes, that is one probe for every entity of a
//! side and a read of each of its triples: over a second for the biggest states of a
//! knowledge base of millions of triples. So each build keeps, for every pair of states
//! (by the `country` of the stored entities), the events between them as history reads
//! them (date's month, PLOVER type, which side is subject and which the PLOVER source,
//! polarity, modality, Goldstein value), sorted as the query sorts them (by date, then
//! triple id), in the `graph_cache` table under a key of the pair ([`key`]), beside a head
//! row ([`HEAD`]) valid for one generation of the triples, like the graph for queries
//! ([`super::cache`]). A knowledge base whose dyads are missing or of an older generation
//! (made by an older geokg, or a build killed before its end) is read through the indexes
//! as before.
//!
//! [`DyadMaker`] makes the rows from the triples in the order of their ids: the regular
//! build reads them back ([`KnowledgeBase::refresh_dyads`]); a bulk load hands them over as
//! it wrote them ([`super::bulk`]).

use super::cache::{GraphRow, PART_BYTES};
use super::{KbError, KbResult, KnowledgeBase};
use crate::model::{Modality, Polarity};
use crate::shared::plover::PloverType;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use rustc_hash::FxHashMap;

/// The key whose row says that the dyads are of this format, and of which generation.
pub const HEAD: &str = "dyads/1";

/// Every dyad key (and [`HEAD`]) starts with this: the build replaces them all together.
pub use super::cache::DYADS_PREFIX as PREFIX;

/// The first bytes of [`HEAD`]'s row.
const MAGIC: &[u8; 8] = b"geokgD\x00\x01";

/// The key of the events between the states `lo` and `hi` (`lo < hi`).
pub fn key(lo: &str, hi: &str) -> String {
    format!("{HEAD}/{}:{lo}{hi}", lo.len())
}

const NONE: u32 = u32::MAX;

/// Flags of a stored event.
const SUBJECT_IS_LO: u8 = 1;
const SOURCE_IS_SUBJECT: u8 = 2;
const HAS_GOLDSTEIN: u8 = 4;

/// One event, as made.
#[derive(Clone, Copy)]
struct Rec {
    date: u32,
    kind: u8,
    flags: u8,
    polarity: u8,
    modality: u8,
    goldstein: f64,
}

/// One event between two states, as [`read`] gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DyadEvent {
    /// The number of its month in [`Dyad::months`], or `None` when it has no month.
    pub month: Option<u32>,
    /// Its PLOVER type.
    pub kind: PloverType,
    /// Whether its subject is of the state that sorts first.
    pub subject_is_lo: bool,
    /// Whether its PLOVER source is its subject.
    pub source_is_subject: bool,
    /// Its polarity.
    pub polarity: Polarity,
    /// Its modality.
    pub modality: Modality,
    /// Its Goldstein value.
    pub goldstein: Option<f64>,
}

/// The events between two states, in the order history counts them.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Dyad {
    /// The months (`YYYY-MM`) the events name.
    pub months: Vec<String>,
    /// The events, by date then triple id.
    pub events: Vec<DyadEvent>,
}

/// Strings numbered in the order they were first met: the states and dates of the dyads,
/// the dates of a bulk load ([`super::bulk`]).
#[derive(Default)]
pub(super) struct Numbered {
    ix: FxHashMap<String, u32>,
    list: Vec<String>,
}

impl Numbered {
    /// The number of `s`: the next one when it is new.
    pub(super) fn number(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ix.get(s) {
            return i;
        }
        let i = self.list.len() as u32;
        self.ix.insert(s.to_string(), i);
        self.list.push(s.to_string());
        i
    }

    /// [`Numbered::number`] of `s`, or `u32::MAX` for none.
    pub(super) fn number_or_none(&mut self, s: Option<&str>) -> u32 {
        s.map_or(NONE, |s| self.number(s))
    }

    /// The string numbered `i`.
    pub(super) fn get(&self, i: u32) -> &str {
        &self.list[i as usize]
    }

    /// The strings, by number.
    pub(super) fn list(&self) -> &[String] {
        &self.list
    }
}

/// Makes the dyads' rows from the triples, fed in the order of their ids.
#[derive(Default)]
pub struct DyadMaker {
    codes: Numbered,
    dates: Numbered,
    pairs: FxHashMap<(u32, u32), Vec<Rec>>,
}

impl DyadMaker {
    /// The number of a state's code, to give [`DyadMaker::push`].
    pub fn code(&mut self, code: &str) -> u32 {
        self.codes.number(code)
    }

    /// Adds an event (a triple with a PLOVER type) whose subject's state is `subject`
    /// and object's `object` (numbers of [`DyadMaker::code`]); one within a state is no
    /// dyad's and is left out.
    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        subject: u32,
        object: u32,
        date: Option<&str>,
        kind: PloverType,
        source_is_subject: bool,
        goldstein: Option<f64>,
        polarity: Polarity,
        modality: Modality,
    ) {
        if subject == object {
            return;
        }
        let date = self.dates.number_or_none(date);
        let subject_is_lo = self.codes.get(subject) < self.codes.get(object);
        let pair = if subject_is_lo {
            (subject, object)
        } else {
            (object, subject)
        };
        let flags = if subject_is_lo { SUBJECT_IS_LO } else { 0 }
            | if source_is_subject {
                SOURCE_IS_SUBJECT
            } else {
                0
            }
            | if goldstein.is_some() {
                HAS_GOLDSTEIN
            } else {
                0
            };
        self.pairs.entry(pair).or_default().push(Rec {
            date,
            kind: kind as u8,
            flags,
            polarity: polarity as u8,
            modality: modality as u8,
            goldstein: goldstein.unwrap_or(0.0),
        });
    }

    /// The rows to store, [`HEAD`]'s first, then each dyad's in the order of its key.
    pub fn rows(self) -> Vec<GraphRow> {
        let DyadMaker {
            codes,
            dates,
            pairs,
        } = self;
        let (code_list, date_list) = (codes.list(), dates.list());
        let mut pairs: Vec<((u32, u32), Vec<Rec>)> = pairs.into_iter().collect();
        let name = |(lo, hi): (u32, u32)| (&code_list[lo as usize], &code_list[hi as usize]);
        pairs.sort_unstable_by(|a, b| name(a.0).cmp(&name(b.0)));
        let mut head = MAGIC.to_vec();
        head.extend_from_slice(&(pairs.len() as u32).to_le_bytes());
        let mut rows: Vec<GraphRow> = vec![(HEAD.to_string(), 0, head)];
        // dates in the order SQLite sorts them (no date first, then bytewise)
        let mut by_date: Vec<u32> = (0..date_list.len() as u32).collect();
        by_date.sort_unstable_by(|&x, &y| date_list[x as usize].cmp(&date_list[y as usize]));
        let mut order = vec![0u32; date_list.len()];
        for (i, &d) in by_date.iter().enumerate() {
            order[d as usize] = i as u32 + 1;
        }
        let sort_key = |d: u32| if d == NONE { 0 } else { order[d as usize] };
        for (pair, mut recs) in pairs {
            // the triples came in the order of their ids: a stable sort by date keeps it
            recs.sort_by_key(|r| sort_key(r.date));
            let mut months: Vec<&str> = Vec::new();
            let mut month_ix: FxHashMap<&str, u32> = FxHashMap::default();
            let mut body = Vec::with_capacity(recs.len() * 12);
            for r in &recs {
                let month = match r.date {
                    NONE => NONE,
                    d => match month_of(&date_list[d as usize]) {
                        None => NONE,
                        Some(m) => *month_ix.entry(m).or_insert_with(|| {
                            months.push(m);
                            months.len() as u32 - 1
                        }),
                    },
                };
                body.extend_from_slice(&month.to_le_bytes());
                body.extend_from_slice(&[r.kind, r.flags, r.polarity, r.modality]);
                if r.flags & HAS_GOLDSTEIN != 0 {
                    body.extend_from_slice(&r.goldstein.to_bits().to_le_bytes());
                }
            }
            let mut data = Vec::with_capacity(body.len() + 8 + 8 * months.len());
            data.extend_from_slice(&(months.len() as u32).to_le_bytes());
            for m in &months {
                data.push(m.len() as u8);
                data.extend_from_slice(m.as_bytes());
            }
            data.extend_from_slice(&(recs.len() as u32).to_le_bytes());
            data.extend_from_slice(&body);
            let (lo, hi) = name(pair);
            let key = key(lo, hi);
            for (i, part) in data.chunks(PART_BYTES).enumerate() {
                rows.push((key.clone(), i as i64, part.to_vec()));
            }
        }
        rows
    }
}

/// The month of a date as history groups events (`YYYY-MM`), or `None` for a date
/// shorter than that (counted as undated).
pub fn month_of(date: &str) -> Option<&str> {
    if date.len() >= 7 {
        date.get(..7)
    } else {
        None
    }
}

/// The value of an enum from its number (its place in `ALL`), as [`DyadMaker`] stored it.
fn nth<T: Copy>(all: &[T], i: u8) -> Option<T> {
    all.get(i as usize).copied()
}

/// Reads the events between the states `a` and `b` (codes, not equal), when the dyads kept
/// are current; `None` when they are not (or cannot be read: the caller then reads the
/// triples).
pub fn read(kb: &KnowledgeBase, a: &str, b: &str) -> KbResult<Option<Dyad>> {
    let generation = kb.generation()?;
    let head: Option<(i64, Vec<u8>)> = kb
        .conn
        .query_row(
            "SELECT generation, data FROM graph_cache WHERE level = ?1 AND part = 0",
            [HEAD],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match head {
        Some((g, data)) if g == generation && data.starts_with(MAGIC) => {}
        _ => return Ok(None),
    }
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    let mut data = Vec::new();
    let mut st = kb.conn.prepare_cached(
        "SELECT generation, data FROM graph_cache WHERE level = ?1 ORDER BY part",
    )?;
    let mut rows = st.query([key(lo, hi)])?;
    while let Some(r) = rows.next()? {
        if r.get::<_, i64>(0)? != generation {
            return Ok(None);
        }
        data.extend_from_slice(r.get_ref(1)?.as_blob()?);
    }
    if data.is_empty() {
        return Ok(Some(Dyad::default()));
    }
    Ok(decode(&data))
}

fn decode(data: &[u8]) -> Option<Dyad> {
    let mut at = 0usize;
    let mut take = |n: usize| -> Option<&[u8]> {
        let s = data.get(at..at + n)?;
        at += n;
        Some(s)
    };
    let u32_ = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4"));
    let n = u32_(take(4)?) as usize;
    let mut months = Vec::with_capacity(n.min(1 << 16));
    for _ in 0..n {
        let len = take(1)?[0] as usize;
        months.push(std::str::from_utf8(take(len)?).ok()?.to_string());
    }
    let n = u32_(take(4)?) as usize;
    let mut events = Vec::with_capacity(n.min(data.len() / 8));
    for _ in 0..n {
        let month = u32_(take(4)?);
        let f = take(4)?;
        let (kind, flags, polarity, modality) = (f[0], f[1], f[2], f[3]);
        let goldstein = if flags & HAS_GOLDSTEIN != 0 {
            Some(f64::from_bits(u64::from_le_bytes(
                take(8)?.try_into().ok()?,
            )))
        } else {
            None
        };
        if month != NONE && month as usize >= months.len() {
            return None;
        }
        events.push(DyadEvent {
            month: (month != NONE).then_some(month),
            kind: nth(PloverType::ALL, kind)?,
            subject_is_lo: flags & SUBJECT_IS_LO != 0,
            source_is_subject: flags & SOURCE_IS_SUBJECT != 0,
            polarity: nth(Polarity::ALL, polarity)?,
            modality: nth(Modality::ALL, modality)?,
            goldstein,
        });
    }
    (at == data.len()).then_some(Dyad { months, events })
}

impl KnowledgeBase {
    /// Makes the dyads kept for `history` current (see the module), when they are not:
    /// reads the entities' states and every triple with a PLOVER type, in the order of
    /// the ids. Returns whether it wrote anything.
    pub fn refresh_dyads(&mut self) -> KbResult<bool> {
        let generation = self.generation()?;
        let current: Option<i64> = self
            .conn
            .query_row(
                "SELECT generation FROM graph_cache WHERE level = ?1 AND part = 0",
                [HEAD],
                |r| r.get(0),
            )
            .optional()?;
        if current == Some(generation) {
            return Ok(false);
        }
        let mut maker = DyadMaker::default();
        let mut state: FxHashMap<String, u32> = FxHashMap::default();
        {
            let mut st = self
                .conn
                .prepare("SELECT id, country FROM entities WHERE country IS NOT NULL")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let id: String = r.get(0)?;
                let code = maker.code(r.get_ref(1)?.as_str()?);
                state.insert(id, code);
            }
        }
        {
            let mut st = self.conn.prepare(
                "SELECT subject, object, date, plover, plover_source = subject, goldstein,
                        polarity, modality
                 FROM triples WHERE plover IS NOT NULL ORDER BY id",
            )?;
            let mut rows = st.query([])?;
            let bad = |what: &str, v: &str| {
                KbError::Schema(format!("a stored triple has an unknown {what} {v:?}"))
            };
            while let Some(r) = rows.next()? {
                let (Some(&s), Some(&o)) = (
                    state.get(r.get_ref(0)?.as_str()?),
                    state.get(r.get_ref(1)?.as_str()?),
                ) else {
                    continue;
                };
                let kind = r.get_ref(3)?.as_str()?;
                let kind = PloverType::parse(kind).ok_or_else(|| bad("PLOVER type", kind))?;
                let polarity = r.get_ref(6)?.as_str()?;
                let polarity =
                    Polarity::parse(polarity).ok_or_else(|| bad("polarity", polarity))?;
                let modality = r.get_ref(7)?.as_str()?;
                let modality =
                    Modality::parse(modality).ok_or_else(|| bad("modality", modality))?;
                maker.push(
                    s,
                    o,
                    r.get_ref(2)?.as_str_or_null()?,
                    kind,
                    r.get::<_, Option<bool>>(4)?.unwrap_or(true),
                    r.get(5)?,
                    polarity,
                    modality,
                );
            }
        }
        self.write_dyad_rows(generation, &maker.rows())?;
        Ok(true)
    }

    /// Replaces every dyad kept with `rows` (from [`DyadMaker::rows`]), made from the
    /// triples of `generation`, in one transaction.
    pub fn write_dyad_rows(&mut self, generation: i64, rows: &[GraphRow]) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        clear(&tx)?;
        {
            let mut st = tx.prepare(
                "INSERT INTO graph_cache(level, part, generation, data) VALUES(?1, ?2, ?3, ?4)",
            )?;
            for (key, part, data) in rows {
                st.execute(params![key, part, generation, data])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// Removes every dyad kept (the keys from [`PREFIX`] up to the next prefix).
pub(super) fn clear(conn: &rusqlite::Connection) -> KbResult<()> {
    conn.execute(
        "DELETE FROM graph_cache WHERE level >= ?1 AND level < ?2",
        params![PREFIX, "dyads0"],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_back_sorted_by_date_then_order() {
        let mut m = DyadMaker::default();
        let (x, y, z) = (m.code("XA"), m.code("AB"), m.code("XA"));
        assert_eq!(x, z);
        let g = Some(2.5);
        use Modality::*;
        use PloverType as P;
        m.push(
            x,
            y,
            Some("2021-05-02"),
            P::Aid,
            true,
            g,
            Polarity::Cooperative,
            Asserted,
        );
        m.push(
            y,
            x,
            None,
            P::Assault,
            false,
            None,
            Polarity::Conflictual,
            Negated,
        );
        m.push(
            x,
            y,
            Some("2021-04-30"),
            P::Accuse,
            true,
            None,
            Polarity::Conflictual,
            Reported,
        );
        m.push(
            x,
            x,
            Some("2021-01-01"),
            P::Aid,
            true,
            g,
            Polarity::Cooperative,
            Asserted,
        );
        m.push(
            x,
            y,
            Some("2021"),
            P::Aid,
            true,
            g,
            Polarity::Cooperative,
            Asserted,
        );
        let rows = m.rows();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].0, key("AB", "XA"));
        let d = decode(&rows[1].2).unwrap();
        assert_eq!(d.months, ["2021-04", "2021-05"]);
        let kinds: Vec<_> = d.events.iter().map(|e| (e.kind, e.month)).collect();
        // no date first, then "2021" (a year: no month), then by date
        assert_eq!(
            kinds,
            [
                (P::Assault, None),
                (P::Aid, None),
                (P::Accuse, Some(0)),
                (P::Aid, Some(1))
            ]
        );
        // AB sorts before XA: the subject of the first event is of the first state
        assert!(d.events[0].subject_is_lo && !d.events[0].source_is_subject);
        assert_eq!(d.events[0].modality, Negated);
        assert!(!d.events[3].subject_is_lo && d.events[3].goldstein == g);
        assert!(decode(&rows[1].2[..rows[1].2.len() - 1]).is_none());
    }
}
