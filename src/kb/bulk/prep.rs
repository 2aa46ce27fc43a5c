//! The side of a bulk load that holds no file ([`Prep`]): what each article and triple
//! becomes, and what is kept in memory until the end ([`Mem`]).

use super::rows::{get, ArticleRows, EntitySpan, Span, TripleRows};
use crate::kb::dyads::Numbered;
use crate::kb::hash::article_hash;
use crate::kb::write::{prefer, Goldstein};
use crate::kb::WriteStats;
use crate::lexicon::Lexicon;
use crate::model::{Article, EntityIn, EntityRef, Kind, Modality, Polarity};
use crate::shared::plover::PloverType;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// One triple's evidence for the graph, as the graph reads it from the file, and what
/// `history` counts of it (for the dyads of [`crate::kb::dyads`]).
pub(super) struct Ev {
    pub(super) subject: u32,
    pub(super) object: u32,
    pub(super) confidence: f64,
    pub(super) date: u32,
    pub(super) relation: u16,
    pub(super) modality: Modality,
    /// Its PLOVER type's number in [`PloverType::ALL`], or [`NO_KIND`].
    pub(super) kind: u8,
    pub(super) polarity: Polarity,
    /// Whether its PLOVER source is its subject.
    pub(super) source_is_subject: bool,
    /// Its Goldstein value's number in [`Mem::goldsteins`], or [`NO_GOLDSTEIN`].
    pub(super) goldstein: u16,
}

/// [`Ev::kind`] of a triple without a PLOVER type.
pub(super) const NO_KIND: u8 = u8::MAX;

/// [`Ev::goldstein`] of a triple without a Goldstein value.
pub(super) const NO_GOLDSTEIN: u16 = u16::MAX;

/// An edge's summary (as [`crate::kb::Writer`] keeps it in the `edges` row).
pub(super) struct EdgeAgg {
    pub(super) subject: u32,
    pub(super) object: u32,
    pub(super) relation: u16,
    pub(super) evidence: u32,
    pub(super) first: u32,
    pub(super) last: u32,
    pub(super) confidence: f64,
}

pub(super) use super::rows::NONE;

/// An article as loaded: its content's hash, how many triples it has, its place in the input.
pub(super) struct ArticleSlot {
    pub(super) hash: String,
    pub(super) count: u32,
    /// Its number in the input (for the batches of [`crate::kb::Writer`], whose entity versions
    /// it reproduces).
    pub(super) ordinal: u32,
    /// A later article of the same id replaced it: its triples are left out.
    pub(super) dropped: bool,
}

/// The side of a bulk load that holds no file, run on a thread of its own between the one
/// that reads the input and the one that writes the file: it decides what each article and triple becomes ([`Prep::articles`], [`Prep::triples`])
/// and keeps what is written at the end (entities, aliases, edges, the evidence for the
/// graph), so that the thread writing the file ([`super::Bulk`]) only stores rows.
pub struct Prep<'l> {
    pub(super) batch_size: u32,
    pub(super) goldstein: Goldstein,
    pub(super) articles: FxHashMap<String, u32>,
    pub(super) slots: Vec<ArticleSlot>,
    pub(super) read: u32,
    pub(super) orphans: FxHashMap<String, usize>,
    pub(super) stats: WriteStats,
    pub(super) mem: Mem<'l>,
}

/// What a bulk load keeps in memory until its end: entities (their preferred versions),
/// aliases, relations, dates and edges by number, and the evidence of every triple.
pub(super) struct Mem<'l> {
    pub(super) lex: &'l Lexicon,
    pub(super) aliases_of: FxHashMap<usize, Vec<usize>>,
    pub(super) entity_ix: FxHashMap<String, u32>,
    pub(super) entities: Vec<EntityRef>,
    pub(super) entity_batch: Vec<u32>,
    /// The versions (name, kind, state) of each entity met so far, by number.
    pub(super) versions: Vec<Vec<(String, Kind, Option<String>)>>,
    pub(super) aliases: Vec<(u32, String, &'static str)>,
    pub(super) alias_seen: FxHashSet<(u32, String)>,
    pub(super) relation_ix: FxHashMap<String, u16>,
    pub(super) relations: Vec<(String, bool)>,
    pub(super) dates: Numbered,
    pub(super) edge_ix: FxHashMap<(u32, u16, u32), u32>,
    pub(super) edges: Vec<EdgeAgg>,
    pub(super) evidence: Vec<Ev>,
    /// The Goldstein values met (few: one per CAMEO code and relation), by number.
    pub(super) goldsteins: Vec<f64>,
    pub(super) goldstein_ix: FxHashMap<u64, u16>,
    /// A triple had a PLOVER type this geokg does not know: no dyads are kept.
    pub(super) unknown_kind: bool,
}
impl<'l> Prep<'l> {
    /// The memory side of a bulk load of triples extracted with `lex`, taking entity
    /// versions as a [`crate::kb::Writer`] fed `batch_size` articles a transaction would.
    pub fn new(lex: &'l Lexicon, batch_size: usize) -> Prep<'l> {
        let mut aliases_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, a) in lex.aliases.iter().enumerate() {
            aliases_of.entry(a.entity).or_default().push(i);
        }
        let mut relation_ix = FxHashMap::default();
        let mut relations = Vec::new();
        for r in &lex.relations {
            if !relation_ix.contains_key(&r.id) {
                relation_ix.insert(r.id.clone(), relations.len() as u16);
                relations.push((r.id.clone(), r.symmetric));
            }
        }
        Prep {
            batch_size: batch_size.clamp(1, u32::MAX as usize) as u32,
            goldstein: Goldstein::new(lex),
            articles: FxHashMap::default(),
            slots: Vec::new(),
            read: 0,
            orphans: FxHashMap::default(),
            stats: WriteStats::default(),
            mem: Mem {
                lex,
                aliases_of,
                entity_ix: FxHashMap::default(),
                entities: Vec::new(),
                entity_batch: Vec::new(),
                versions: Vec::new(),
                aliases: Vec::new(),
                alias_seen: FxHashSet::default(),
                relation_ix,
                relations,
                dates: Numbered::default(),
                edge_ix: FxHashMap::default(),
                edges: Vec::new(),
                evidence: Vec::new(),
                goldsteins: Vec::new(),
                goldstein_ix: FxHashMap::default(),
                unknown_kind: false,
            },
        }
    }

    /// Decides which articles (all of them before any triple) are stored: an article of an
    /// id met before in this load with the same content changes nothing; with another
    /// content it replaces the first, and the triples (all given to the first, as
    /// `run_prebuilt` gives them) go with the old one.
    pub fn articles(&mut self, batch: Vec<Article>) -> ArticleRows {
        let mut out = Vec::with_capacity(batch.len());
        for a in batch {
            let ordinal = self.read;
            self.read += 1;
            let hash = article_hash(&a);
            let slot = match self.articles.get(&a.id) {
                Some(&slot) => {
                    let s = &mut self.slots[slot as usize];
                    if s.hash == hash {
                        self.stats.unchanged += 1;
                        continue;
                    }
                    s.dropped = true;
                    s.hash = hash.clone();
                    self.stats.replaced += 1;
                    slot
                }
                None => {
                    let slot = self.slots.len() as u32;
                    self.stats.added += 1;
                    self.articles.insert(a.id.clone(), slot);
                    self.slots.push(ArticleSlot {
                        hash: hash.clone(),
                        count: 0,
                        ordinal,
                        dropped: false,
                    });
                    slot
                }
            };
            out.push((a, hash, slot));
        }
        ArticleRows(out)
    }

    /// Completes the rows of triples (after every article), in the order of the input:
    /// a triple of an article the articles do not hold is left out and counted
    /// ([`Prep::orphans`]), as is the triple of an article a later one replaced.
    pub fn triples(&mut self, rows: &mut TripleRows) {
        let m = &mut self.mem;
        let TripleRows { text, rows, kept } = rows;
        let text = text.as_str();
        let s = |sp: Span| get(text, sp);
        let entity = |id: Span, e: &EntitySpan| -> Option<EntityIn<'_>> {
            Some(EntityIn {
                id: Cow::Borrowed(s(id)?),
                name: Cow::Borrowed(s(e.name).unwrap_or_default()),
                kind: e.kind,
                country: s(e.country).map(Cow::Borrowed),
            })
        };
        for r in rows.iter_mut() {
            let article = s(r.text[0]).unwrap_or_default();
            let Some(&slot) = self.articles.get(article) else {
                *self.orphans.entry(article.to_string()).or_default() += 1;
                continue;
            };
            let a = &mut self.slots[slot as usize];
            if a.dropped {
                continue;
            }
            a.count += 1;
            let b = a.ordinal / self.batch_size;
            let subject = entity(r.text[1], &r.subject).expect("a subject");
            let object = entity(r.text[3], &r.object).expect("an object");
            let sid = m.entity(&subject, b);
            let oid = m.entity(&object, b);
            if let Some(c) = entity(r.text[8], &r.claimed_by) {
                m.entity(&c, b);
            }
            let relation = s(r.text[2]).unwrap_or_default();
            let rel = m.relation(relation);
            let (es, eo) = if m.relations[rel as usize].1 && object.id < subject.id {
                (oid, sid)
            } else {
                (sid, oid)
            };
            let date = m.dates.number_or_none(s(r.text[9]));
            let next = m.edges.len() as u32;
            let edge = *m.edge_ix.entry((es, rel, eo)).or_insert(next);
            if edge == next {
                m.edges.push(EdgeAgg {
                    subject: es,
                    object: eo,
                    relation: rel,
                    evidence: 0,
                    first: NONE,
                    last: NONE,
                    confidence: 0.0,
                });
            }
            let agg = &mut m.edges[edge as usize];
            agg.evidence += 1;
            if date != NONE {
                let d = m.dates.get(date);
                if agg.first == NONE || d < m.dates.get(agg.first) {
                    agg.first = date;
                }
                if agg.last == NONE || d > m.dates.get(agg.last) {
                    agg.last = date;
                }
            }
            if r.confidence > agg.confidence {
                agg.confidence = r.confidence;
            }
            let goldstein = self.goldstein.of(s(r.text[7]), relation);
            let kind = match s(r.text[4]) {
                None => NO_KIND,
                Some(p) => match PloverType::parse(p) {
                    Some(k) => k as u8,
                    None => {
                        m.unknown_kind = true;
                        NO_KIND
                    }
                },
            };
            let goldstein_ix = m.goldstein(goldstein);
            m.evidence.push(Ev {
                subject: sid,
                object: oid,
                confidence: r.confidence,
                date,
                relation: rel,
                modality: r.modality,
                kind,
                polarity: r.polarity,
                source_is_subject: s(r.text[5]).is_none_or(|p| p == subject.id),
                goldstein: goldstein_ix,
            });
            r.edge = edge;
            r.goldstein = goldstein;
            *kept += 1;
            self.stats.triples += 1;
        }
    }

    /// The articles the triples named that the articles did not hold, with their triple
    /// counts, sorted: those triples were left out.
    pub fn orphans(&self) -> Vec<(String, usize)> {
        let mut v: Vec<(String, usize)> =
            self.orphans.iter().map(|(a, &n)| (a.clone(), n)).collect();
        v.sort();
        v
    }
}

impl Mem<'_> {
    fn entity(&mut self, e: &EntityIn<'_>, batch: u32) -> u32 {
        let ix = match self.entity_ix.get(e.id.as_ref()) {
            Some(&i) => i,
            None => {
                let i = self.entities.len() as u32;
                self.entity_ix.insert(e.id.to_string(), i);
                self.entities.push(e.to_entity());
                self.entity_batch.push(NONE);
                self.versions.push(Vec::new());
                i
            }
        };
        // As the writer: the first version of an entity in each batch, if not stored before.
        if self.entity_batch[ix as usize] == batch {
            return ix;
        }
        self.entity_batch[ix as usize] = batch;
        let known = &mut self.versions[ix as usize];
        if known.iter().any(|(name, kind, country)| {
            name == e.name.as_ref() && *kind == e.kind && country.as_deref() == e.country.as_deref()
        }) {
            return ix;
        }
        known.push((
            e.name.to_string(),
            e.kind,
            e.country.as_deref().map(str::to_string),
        ));
        let e = e.to_entity();
        let old = &mut self.entities[ix as usize];
        if prefer((&e).into(), (&*old).into()) {
            *old = e.clone();
        }
        self.alias(ix, &e.name, "name");
        if let Some(&idx) = self.lex.by_id.get(&e.id) {
            let lex = self.lex;
            self.alias(ix, &lex.entities[idx].name, "name");
            if let Some(list) = self.aliases_of.get(&idx) {
                for &ai in list {
                    let a = &lex.aliases[ai];
                    if self.alias_seen.insert((ix, a.text.clone())) {
                        self.aliases.push((ix, a.text.clone(), a.ty.as_str()));
                    }
                }
            }
        }
        ix
    }

    fn alias(&mut self, ix: u32, text: &str, ty: &'static str) {
        if self.alias_seen.insert((ix, text.to_string())) {
            self.aliases.push((ix, text.to_string(), ty));
        }
    }

    fn goldstein(&mut self, g: Option<f64>) -> u16 {
        let Some(g) = g else { return NO_GOLDSTEIN };
        if let Some(&i) = self.goldstein_ix.get(&g.to_bits()) {
            return i;
        }
        if self.goldsteins.len() >= NO_GOLDSTEIN as usize {
            // (more distinct values than the numbers hold: none of the lexicon's; the
            // dyads are then not kept)
            self.unknown_kind = true;
            return NO_GOLDSTEIN;
        }
        let i = self.goldsteins.len() as u16;
        self.goldstein_ix.insert(g.to_bits(), i);
        self.goldsteins.push(g);
        i
    }

    fn relation(&mut self, r: &str) -> u16 {
        if let Some(&i) = self.relation_ix.get(r) {
            return i;
        }
        let i = self.relations.len() as u16;
        self.relation_ix.insert(r.to_string(), i);
        self.relations.push((r.to_string(), false));
        i
    }
}
