//! Writing the knowledge base: batches of extracted articles with their triples, each batch
//! in one transaction ([`Writer`]), and the record of each `geokg build` run.

use super::hash::{article_hash, extractor_fingerprint};
use super::{KbResult, KnowledgeBase, RelationInfo, StoredTriple};
use crate::lexicon::Lexicon;
use crate::model::{Article, EntityRef, Triple};
use crate::shared::cameo::cameo_table;
use crate::shared::plover::PloverType;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};

/// What one call to [`Writer::write_batch`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Articles not seen before.
    pub added: usize,
    /// Articles whose content (or extractor) changed: old triples replaced.
    pub replaced: usize,
    /// Articles already stored with the same content: nothing written.
    pub unchanged: usize,
    /// Triples written.
    pub triples: usize,
}

impl std::ops::AddAssign for WriteStats {
    fn add_assign(&mut self, o: WriteStats) {
        self.added += o.added;
        self.replaced += o.replaced;
        self.unchanged += o.unchanged;
        self.triples += o.triples;
    }
}

impl KnowledgeBase {
    /// Records the start of a `geokg build` run (committed at once) and returns its id,
    /// for [`KnowledgeBase::finish_build`]. A run that never finishes (killed) keeps
    /// `finished` empty, which [`KnowledgeBase::last_build`] reports.
    pub fn start_build(&mut self) -> KbResult<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO builds(geokg, started) VALUES(?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            [concat!("geokg ", env!("CARGO_PKG_VERSION"))],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Records the end of a build run with what it did.
    pub fn finish_build(
        &mut self,
        id: i64,
        articles: usize,
        written: &WriteStats,
        problems: usize,
    ) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE builds SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), articles = ?2,
               added = ?3, replaced = ?4, unchanged = ?5, problems = ?6
             WHERE id = ?1",
            params![
                id,
                articles as i64,
                written.added as i64,
                written.replaced as i64,
                written.unchanged as i64,
                problems as i64
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A writer that extracts nothing itself: it stores what [`crate::pipeline::run`]
    /// produced with `lex`.
    pub fn writer<'a>(&'a mut self, lex: &'a Lexicon) -> KbResult<Writer<'a>> {
        Writer::new(self, lex)
    }

    /// Stores relations, entities and triples as they are given (their ids aside), in one
    /// transaction, with one article row for each article the triples name: no extraction,
    /// no aliases and no edge rows (queries that read edges see none; the graph for queries
    /// reads triples). For benchmarks and tests that need a large knowledge base fast.
    pub fn write_rows(
        &mut self,
        relations: &[RelationInfo],
        entities: &[EntityRef],
        triples: impl IntoIterator<Item = StoredTriple>,
    ) -> KbResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        super::cache::bump_generation(&tx)?;
        {
            let mut st = tx.prepare(
                "INSERT INTO relations(id, label, symmetric, plover, goldstein, polarity)
                 VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for r in relations {
                st.execute(params![
                    r.id,
                    r.label,
                    r.symmetric,
                    r.plover.map(PloverType::as_str),
                    r.goldstein,
                    r.polarity.as_str()
                ])?;
            }
            let mut st =
                tx.prepare("INSERT INTO entities(id, name, kind, country) VALUES(?1, ?2, ?3, ?4)")?;
            for e in entities {
                st.execute(params![e.id, e.name, e.kind.as_str(), e.country])?;
            }
            let mut article = tx.prepare(
                "INSERT OR IGNORE INTO articles(id, hash, extractor, title, date, source, url, bytes, triples)
                 VALUES(?1, '-', '-', ?2, ?3, ?4, ?5, 0, 0)",
            )?;
            let mut st = tx.prepare(
                "INSERT INTO triples(edge, article, sentence, subject, relation, object, plover,
                   cameo, polarity, modality, claimed_by, confidence, date, start, end, text)
                 VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?;
            let mut last_article: Option<String> = None;
            for (i, t) in triples.into_iter().enumerate() {
                if last_article.as_deref() != Some(t.article.as_str()) {
                    article.execute(params![t.article, t.title, t.published, t.source, t.url])?;
                    last_article = Some(t.article.clone());
                }
                st.execute(params![
                    i as i64,
                    t.article,
                    t.sentence as i64,
                    t.subject,
                    t.relation,
                    t.object,
                    t.plover.map(PloverType::as_str),
                    t.cameo,
                    t.polarity.as_str(),
                    t.modality.as_str(),
                    t.claimed_by,
                    t.confidence,
                    t.date,
                    t.start as i64,
                    t.end as i64,
                    t.text
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// The Goldstein score a triple is stored with: its CAMEO code's, else its relation's.
pub(super) struct Goldstein {
    by_cameo: FxHashMap<String, f64>,
    by_relation: FxHashMap<String, f64>,
}

impl Goldstein {
    /// The scores of the CAMEO table and of the relations of `lex`.
    pub(super) fn new(lex: &Lexicon) -> Goldstein {
        Goldstein {
            by_cameo: cameo_table()
                .into_iter()
                .filter_map(|(k, (_, g, _))| g.map(|g| (k, g)))
                .collect(),
            by_relation: lex
                .relations
                .iter()
                .filter_map(|r| r.goldstein.map(|g| (r.id.clone(), g)))
                .collect(),
        }
    }

    /// The score of a triple with this CAMEO code and relation.
    pub(super) fn of(&self, cameo: Option<&str>, relation: &str) -> Option<f64> {
        cameo
            .and_then(|c| self.by_cameo.get(c))
            .or_else(|| self.by_relation.get(relation))
            .copied()
    }
}

/// Stores the relation catalogue of `lex` (each relation's row made or brought up to date).
pub(super) fn write_relations(conn: &rusqlite::Connection, lex: &Lexicon) -> KbResult<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO relations(id, label, symmetric, plover, cameo, goldstein, polarity)
         VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET label = excluded.label, symmetric = excluded.symmetric,
           plover = excluded.plover, cameo = excluded.cameo, goldstein = excluded.goldstein,
           polarity = excluded.polarity",
    )?;
    for r in &lex.relations {
        st.execute(params![
            r.id,
            r.label,
            r.symmetric,
            r.plover.map(PloverType::as_str),
            r.cameo,
            r.goldstein,
            r.polarity.as_str()
        ])?;
    }
    Ok(())
}

/// Writes batches of extracted articles into a knowledge base.
pub struct Writer<'a> {
    kb: &'a mut KnowledgeBase,
    lex: &'a Lexicon,
    fingerprint: String,
    symmetric: FxHashSet<String>,
    goldstein: Goldstein,
    aliases_of: FxHashMap<usize, Vec<usize>>,
    relations_written: bool,
    /// What this writer's committed batches stored, so that later batches skip the
    /// statements that would change nothing: the entity versions upserted (upserting one
    /// again, with its aliases, is a no-op) and the ids of the edges (keyed by subject,
    /// relation and object, NUL-separated). Cleared when a batch replaces articles, since
    /// that can delete entities and edges.
    stored_entities: FxHashSet<EntityRef>,
    edge_ids: FxHashMap<String, i64>,
}

impl<'a> Writer<'a> {
    fn new(kb: &'a mut KnowledgeBase, lex: &'a Lexicon) -> KbResult<Writer<'a>> {
        let mut aliases_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, a) in lex.aliases.iter().enumerate() {
            aliases_of.entry(a.entity).or_default().push(i);
        }
        Ok(Writer {
            kb,
            lex,
            fingerprint: extractor_fingerprint(lex),
            symmetric: lex
                .relations
                .iter()
                .filter(|r| r.symmetric)
                .map(|r| r.id.clone())
                .collect(),
            goldstein: Goldstein::new(lex),
            aliases_of,
            relations_written: false,
            stored_entities: FxHashSet::default(),
            edge_ids: FxHashMap::default(),
        })
    }

    /// Whether the article is stored with this very content and extractor (so that
    /// extracting it again can be skipped).
    pub fn is_current(&self, article: &Article) -> KbResult<bool> {
        let row: Option<(String, String)> = self
            .kb
            .conn
            .query_row(
                "SELECT hash, extractor FROM articles WHERE id = ?1",
                [&article.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.is_some_and(|(h, x)| h == article_hash(article) && x == self.fingerprint))
    }

    /// Writes a batch of articles with their triples in one transaction: all of it or, on
    /// error, none of it.
    pub fn write_batch(&mut self, batch: &[(Article, Vec<Triple>)]) -> KbResult<WriteStats> {
        let mut stats = WriteStats::default();
        // Take the write lock at the start: a deferred transaction that reads first could
        // not upgrade its lock while another process writes, and would fail at once.
        let tx = self
            .kb
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        super::cache::bump_generation(&tx)?;
        if !self.relations_written {
            write_relations(&tx, self.lex)?;
        }
        // edges that lost triples (replaced articles): their summary is recomputed
        let mut touched: BTreeSet<i64> = BTreeSet::new();
        // edges that only gained triples: their summary is updated from the new ones alone,
        // so a batch costs the same whatever the size of the knowledge base
        let mut gained: BTreeMap<i64, EdgeSummary> = BTreeMap::new();
        let mut seen_entities: FxHashSet<String> = FxHashSet::default();
        // what this batch stores, for `stored_entities` and `edge_ids` once it is committed
        let mut new_entities: Vec<EntityRef> = Vec::new();
        let mut new_edges: FxHashMap<String, i64> = FxHashMap::default();
        let mut any_replaced = false;
        // the statements of every article and triple, prepared (found in the cache) once
        let mut select_article =
            tx.prepare_cached("SELECT hash, extractor FROM articles WHERE id = ?1")?;
        let mut insert_article = tx.prepare_cached(
            "INSERT OR REPLACE INTO articles(id, hash, extractor, title, date, source, url, bytes, triples,
               date_source)
             VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let mut insert_triple = tx.prepare_cached(
            "INSERT INTO triples(edge, article, sentence, subject, relation, object, plover,
               plover_source, plover_target, cameo, goldstein, polarity, modality, claimed_by,
               confidence, date, start, end, text)
             VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )?;
        for (article, triples) in batch {
            let hash = article_hash(article);
            let old: Option<(String, String)> = select_article
                .query_row([&article.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((h, x)) = &old {
                if *h == hash && *x == self.fingerprint {
                    stats.unchanged += 1;
                    continue;
                }
                let mut st =
                    tx.prepare_cached("SELECT DISTINCT edge FROM triples WHERE article = ?1")?;
                for e in st.query_map([&article.id], |r| r.get::<_, i64>(0))? {
                    touched.insert(e?);
                }
                tx.prepare_cached("DELETE FROM triples WHERE article = ?1")?
                    .execute([&article.id])?;
                stats.replaced += 1;
                any_replaced = true;
            } else {
                stats.added += 1;
            }
            insert_article.execute(params![
                article.id,
                hash,
                self.fingerprint,
                article.title,
                article.date,
                article.source,
                article.url,
                article.text.len() as i64,
                triples.len() as i64,
                article.date_source.map(crate::model::DateSource::as_str)
            ])?;
            for t in triples {
                for e in [Some(&t.subject), Some(&t.object), t.claimed_by.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    // (the id is copied only the first time it is seen)
                    if seen_entities.contains(&e.id) {
                        continue;
                    }
                    seen_entities.insert(e.id.clone());
                    if !self.stored_entities.contains(e) {
                        upsert_entity(&tx, self.lex, &self.aliases_of, e)?;
                        new_entities.push(e.clone());
                    }
                }
                let (s, o) = if self.symmetric.contains(&t.relation) && t.object.id < t.subject.id {
                    (&t.object.id, &t.subject.id)
                } else {
                    (&t.subject.id, &t.object.id)
                };
                let key = format!("{s}\0{}\0{o}", t.relation);
                let known = self.edge_ids.get(&key).or_else(|| new_edges.get(&key));
                let edge: i64 = match known {
                    Some(&id) => id,
                    None => {
                        tx.prepare_cached(
                            "INSERT OR IGNORE INTO edges(subject, relation, object) VALUES(?1, ?2, ?3)",
                        )?
                        .execute(params![s, t.relation, o])?;
                        let id = tx
                            .prepare_cached(
                                "SELECT id FROM edges WHERE subject = ?1 AND relation = ?2 AND object = ?3",
                            )?
                            .query_row(params![s, t.relation, o], |r| r.get(0))?;
                        new_edges.insert(key, id);
                        id
                    }
                };
                gained.entry(edge).or_default().add(
                    1,
                    t.date.as_deref(),
                    t.date.as_deref(),
                    t.confidence,
                );
                let goldstein = self.goldstein.of(t.cameo.as_deref(), &t.relation);
                insert_triple.execute(params![
                    edge,
                    t.article,
                    t.sentence as i64,
                    t.subject.id,
                    t.relation,
                    t.object.id,
                    t.plover.as_ref().map(|p| p.kind.as_str()),
                    t.plover.as_ref().map(|p| &p.source),
                    t.plover.as_ref().map(|p| &p.target),
                    t.cameo,
                    goldstein,
                    t.polarity.as_str(),
                    t.modality.as_str(),
                    t.claimed_by.as_ref().map(|c| &c.id),
                    t.confidence,
                    t.date,
                    t.evidence.start as i64,
                    t.evidence.end as i64,
                    t.evidence.text
                ])?;
                stats.triples += 1;
            }
        }
        drop((select_article, insert_article, insert_triple));
        for (edge, new) in &gained {
            if touched.contains(edge) {
                continue;
            }
            let mut sum: EdgeSummary = tx
                .prepare_cached(
                    "SELECT evidence, first_date, last_date, confidence FROM edges WHERE id = ?1",
                )?
                .query_row([edge], |r| {
                    Ok(EdgeSummary {
                        evidence: r.get(0)?,
                        first: r.get(1)?,
                        last: r.get(2)?,
                        confidence: r.get(3)?,
                    })
                })?;
            sum.add(
                new.evidence,
                new.first.as_deref(),
                new.last.as_deref(),
                new.confidence,
            );
            tx.prepare_cached(
                "UPDATE edges SET evidence = ?2, first_date = ?3, last_date = ?4, confidence = ?5
                 WHERE id = ?1",
            )?
            .execute(params![
                edge,
                sum.evidence,
                sum.first,
                sum.last,
                sum.confidence
            ])?;
        }
        for edge in &touched {
            // one aggregate read, then a plain keyed update (a statement with correlated
            // subqueries was re-prepared by SQLite on every new binding)
            let (n, first, last, confidence): (i64, Option<String>, Option<String>, f64) = tx
                .prepare_cached(
                    "SELECT count(*), min(date), max(date), coalesce(max(confidence), 0)
                     FROM triples WHERE edge = ?1",
                )?
                .query_row([edge], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            tx.prepare_cached(
                "UPDATE edges SET evidence = ?2, first_date = ?3, last_date = ?4, confidence = ?5
                 WHERE id = ?1",
            )?
            .execute(params![edge, n, first, last, confidence])?;
            if n == 0 {
                tx.prepare_cached("DELETE FROM edges WHERE id = ?1")?
                    .execute([edge])?;
            }
        }
        if any_replaced {
            // Entities that only the replaced triples mentioned go with them.
            tx.execute_batch(
                "DELETE FROM entities WHERE id NOT IN (
                   SELECT subject FROM triples UNION SELECT object FROM triples
                   UNION SELECT claimed_by FROM triples WHERE claimed_by IS NOT NULL);
                 DELETE FROM aliases WHERE entity NOT IN (SELECT id FROM entities);",
            )?;
        }
        tx.commit()?;
        self.relations_written = true;
        if any_replaced {
            self.stored_entities.clear();
            self.edge_ids.clear();
        } else {
            self.stored_entities.extend(new_entities);
            self.edge_ids.extend(new_edges);
        }
        Ok(stats)
    }
}

/// The summary an edge row keeps of its triples: their number, the first and last of their
/// dates, the highest of their confidences.
#[derive(Debug, Default)]
struct EdgeSummary {
    evidence: i64,
    first: Option<String>,
    last: Option<String>,
    confidence: f64,
}

impl EdgeSummary {
    /// Adds `n` triples dated from `first` to `last` (undated ones leave the dates as they
    /// are, as SQL's `min` and `max` skip NULLs) with highest confidence `confidence`.
    fn add(&mut self, n: i64, first: Option<&str>, last: Option<&str>, confidence: f64) {
        self.evidence += n;
        if let Some(f) = first {
            if self.first.as_deref().is_none_or(|x| f < x) {
                self.first = Some(f.to_string());
            }
        }
        if let Some(l) = last {
            if self.last.as_deref().is_none_or(|x| l > x) {
                self.last = Some(l.to_string());
            }
        }
        if confidence > self.confidence {
            self.confidence = confidence;
        }
    }
}

/// One version of an entity (its id aside), as [`prefer`] compares them.
#[derive(Clone, Copy)]
pub(super) struct Version<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub country: Option<&'a str>,
}

impl<'a> From<&'a EntityRef> for Version<'a> {
    fn from(e: &'a EntityRef) -> Version<'a> {
        Version {
            name: &e.name,
            kind: e.kind.as_str(),
            country: e.country.as_deref(),
        }
    }
}

/// Whether entity version `new` is preferred to `old`: with a country, then the longer
/// name (in characters), then the smaller name, kind and country (bytewise), so that the
/// version kept does not depend on the order articles arrive in. The one rule of both
/// ways of storing entities: [`Writer`]'s batches and bulk loads ([`super::bulk`]).
pub(super) fn prefer(new: Version<'_>, old: Version<'_>) -> bool {
    fn key(e: Version<'_>) -> (bool, usize) {
        (e.country.is_some(), e.name.chars().count())
    }
    fn rest(e: Version<'_>) -> (&str, &str, &str) {
        (e.name, e.kind, e.country.unwrap_or(""))
    }
    key(new) > key(old) || (key(new) == key(old) && rest(new) < rest(old))
}

/// Inserts an entity or keeps the preferred of two versions of it ([`prefer`]); adds its
/// name and its lexicon aliases.
fn upsert_entity(
    tx: &rusqlite::Transaction<'_>,
    lex: &Lexicon,
    aliases_of: &FxHashMap<usize, Vec<usize>>,
    e: &EntityRef,
) -> KbResult<()> {
    let stored: Option<(String, String, Option<String>)> = tx
        .prepare_cached("SELECT name, kind, country FROM entities WHERE id = ?1")?
        .query_row([&e.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let sql = match &stored {
        None => "INSERT INTO entities(id, name, kind, country) VALUES(?1, ?2, ?3, ?4)",
        Some((name, kind, country)) => {
            let old = Version {
                name,
                kind,
                country: country.as_deref(),
            };
            if prefer(e.into(), old) {
                "UPDATE entities SET name = ?2, kind = ?3, country = ?4 WHERE id = ?1"
            } else {
                ""
            }
        }
    };
    if !sql.is_empty() {
        tx.prepare_cached(sql)?
            .execute(params![e.id, e.name, e.kind.as_str(), e.country])?;
    }
    let mut st =
        tx.prepare_cached("INSERT OR IGNORE INTO aliases(entity, alias, type) VALUES(?1, ?2, ?3)")?;
    st.execute(params![e.id, e.name, "name"])?;
    if let Some(&idx) = lex.by_id.get(&e.id) {
        st.execute(params![e.id, lex.entities[idx].name, "name"])?;
        for &ai in aliases_of.get(&idx).map(Vec::as_slice).unwrap_or(&[]) {
            let a = &lex.aliases[ai];
            st.execute(params![e.id, a.text, a.ty.as_str()])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn lex() -> Lexicon {
        Lexicon::builtin().expect("lexicon")
    }

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            date: Some("2023-03-06".into()),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_article_date_is_stored_with_its_source() {
        let lex = lex();
        let mut a = article("dated", B);
        a.date_source = Some(crate::model::DateSource::Dateline);
        let mut undated = article("undated", A);
        undated.date = None;
        let kb = build(&lex, &[a, undated]);
        let d = kb.article_date("dated").unwrap().unwrap();
        assert_eq!(d.date.as_deref(), Some("2023-03-06"));
        assert_eq!(d.source, Some(crate::model::DateSource::Dateline));
        let d = kb.article_date("undated").unwrap().unwrap();
        assert_eq!((d.date, d.source), (None, None));
        assert_eq!(kb.article_date("absent").unwrap(), None);
    }

    const A: &str = "Chile's president met Peru's foreign minister in Lima on Monday. \
                     Peru accused Bolivia of shelling border posts.";
    const B: &str = "Bolivia's army attacked Paraguay on Tuesday. Argentina sanctioned Paraguay.";

    fn build(lex: &Lexicon, arts: &[Article]) -> KnowledgeBase {
        let ex = Extractor::new(lex);
        let mut kb = KnowledgeBase::in_memory().unwrap();
        let mut w = kb.writer(lex).unwrap();
        for a in arts {
            w.write_batch(&[(a.clone(), ex.extract_article(a))])
                .unwrap();
        }
        kb
    }

    #[test]
    fn building_twice_changes_nothing() {
        let lex = lex();
        let arts = [article("a", A), article("b", B)];
        let mut kb = build(&lex, &arts);
        let before = kb.counts().unwrap();
        assert!(
            before.iter().any(|(t, n)| *t == "triples" && *n > 0),
            "{before:?}"
        );
        let ex = Extractor::new(&lex);
        let mut w = kb.writer(&lex).unwrap();
        let batch: Vec<_> = arts
            .iter()
            .map(|a| (a.clone(), ex.extract_article(a)))
            .collect();
        let s = w.write_batch(&batch).unwrap();
        assert_eq!(s.unchanged, 2);
        assert_eq!(kb.counts().unwrap(), before);
    }

    #[test]
    fn order_does_not_matter() {
        let lex = lex();
        let ab = build(&lex, &[article("a", A), article("b", B)]);
        let ba = build(&lex, &[article("b", B), article("a", A)]);
        assert_eq!(ab.export_edges().unwrap(), ba.export_edges().unwrap());
        assert_eq!(ab.counts().unwrap(), ba.counts().unwrap());
    }

    #[test]
    fn a_corrected_article_replaces_its_triples() {
        let lex = lex();
        let mut kb = build(&lex, &[article("a", A)]);
        let ex = Extractor::new(&lex);
        let fixed = article("a", "Argentina sanctioned Paraguay.");
        let s = kb
            .writer(&lex)
            .unwrap()
            .write_batch(&[(fixed.clone(), ex.extract_article(&fixed))])
            .unwrap();
        assert_eq!(s.replaced, 1);
        let direct = build(&lex, &[fixed]);
        assert_eq!(kb.export_edges().unwrap(), direct.export_edges().unwrap());
        assert_eq!(kb.counts().unwrap(), direct.counts().unwrap());
    }

    #[test]
    fn symmetric_relations_are_stored_once_per_pair() {
        let lex = lex();
        let kb = build(
            &lex,
            &[article(
                "a",
                "Chile's president met Peru's president. Peru's president met Chile's president.",
            )],
        );
        let meets: Vec<_> = kb
            .export_edges()
            .unwrap()
            .into_iter()
            .filter(|e| e.relation == "meets")
            .collect();
        assert_eq!(meets.len(), 1, "{meets:?}");
        assert!(meets[0].subject < meets[0].object);
    }
}
