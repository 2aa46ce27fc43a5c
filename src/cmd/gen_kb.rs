//! `geokg gen-kb --triples N [--seed S] -o FILE`: a reproducible synthetic knowledge base
//! for scale tests.
//!
//! The same `--triples` and `--seed` give the same rows. Entities are the lexicon's states
//! (the hubs: most triples touch one), then its other entities, then synthetic bodies and
//! people (one for every 20 triples, each belonging to a state), numbered in that order;
//! each triple's subject is drawn from that order with a strong skew towards the front
//! (`u³`) and its object with a milder one (`u^1.5`), so a few dozen states link to much of
//! the graph and most entities have a handful of edges, as in news. Relations come from the
//! lexicon's catalogue; modalities are mostly asserted (70 %), then hedged, reported, future
//! and negated; confidences 0.5–0.95; dates spread over 2000–2025 (one in ten undated); five
//! triples an article, each with a sentence of its own that names both entities.
//!
//! The rows are written as they are (no extraction, see `KnowledgeBase::write_rows`), in one
//! transaction, into a new file (an existing one is refused).
//!
//! With `--jsonl DIR` instead of `-o`, the same articles and triples are written as the
//! input of a bulk build (`geokg build --triples DIR`): `DIR/articles/part-00000.jsonl`, one
//! article a line (its text the sentences of its five triples, one after the other), and
//! `DIR/triples/part-00000.jsonl`, one triple a line as `geokg extract` writes it, its
//! evidence at its place in the article's text.

use super::load_lexicon;
use crate::Cli;
use geokg::graph::KnowledgeGraph;
use geokg::kb::{KnowledgeBase, RelationInfo, StoredTriple};
use geokg::model::{Article, EntityRef, Evidence, Kind, Modality, Plover, Triple};
use geokg::shared::rng::SplitMix64;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `geokg gen-kb`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many triples to write.
    #[arg(long, value_name = "N", default_value_t = 1_000_000)]
    pub triples: usize,
    /// The seed of the generator: the same seed and size give the same knowledge base.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// The knowledge base to create (must not exist).
    #[arg(
        short,
        long,
        value_name = "FILE",
        required_unless_present = "jsonl",
        conflicts_with = "jsonl"
    )]
    pub output: Option<PathBuf>,
    /// Write the articles and triples as JSON Lines under DIR (`articles/`, `triples/`), the
    /// input of `geokg build --triples DIR`, instead of a knowledge base (DIR must not exist).
    #[arg(long, value_name = "DIR")]
    pub jsonl: Option<PathBuf>,
}

/// The generator of `--seed SEED`: SplitMix64 from the seed, mixed.
pub fn seeded(seed: u64) -> SplitMix64 {
    SplitMix64::new(seed ^ 0x5DEE_CE66_D1CE_4E5B)
}

/// The synthetic world: relations, entities (hubs first) and a triple generator.
pub struct World {
    /// The relation catalogue.
    pub relations: Vec<RelationInfo>,
    /// Entities, hubs first.
    pub entities: Vec<EntityRef>,
    /// The (subject, relation, object) drawn so far, by number.
    facts: Vec<(u32, u16, u32)>,
}

/// Builds the entities and relations for `triples` triples from the lexicon.
pub fn world(lex: &geokg::lexicon::Lexicon, triples: usize, rng: &mut SplitMix64) -> World {
    let relations: Vec<RelationInfo> = lex
        .relations
        .iter()
        .map(|r| RelationInfo {
            id: r.id.clone(),
            label: r.label.clone(),
            symmetric: r.symmetric,
            plover: r.plover,
            goldstein: r.goldstein,
            polarity: r.polarity,
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut countries: Vec<EntityRef> = Vec::new();
    let mut others: Vec<EntityRef> = Vec::new();
    for e in &lex.entities {
        if !seen.insert(e.id.clone()) {
            continue;
        }
        if e.kind == Kind::Country {
            countries.push(e.to_ref());
        } else {
            others.push(e.to_ref());
        }
    }
    // Which states are the biggest hubs: a seeded shuffle of the lexicon's order.
    for i in (1..countries.len()).rev() {
        let j = rng.below(i + 1);
        countries.swap(i, j);
    }
    let codes: Vec<String> = countries.iter().filter_map(|c| c.country.clone()).collect();
    let mut entities = countries;
    entities.extend(others);
    let synthetic = triples / 20;
    for i in 0..synthetic {
        let (kind, prefix, noun) = match i % 3 {
            0 => (Kind::Organization, "org", "Agency"),
            1 => (Kind::Person, "person", "Official"),
            _ => (Kind::Group, "group", "Movement"),
        };
        let code = if codes.is_empty() {
            None
        } else {
            Some(codes[rng.below(codes.len().min(60))].clone())
        };
        entities.push(EntityRef {
            id: format!("{prefix}:synth-{i:07}"),
            name: format!("{noun} {i}"),
            kind,
            country: code,
        });
    }
    World {
        relations,
        entities,
        facts: Vec::new(),
    }
}

impl World {
    /// The `i`th triple, drawn from `rng`.
    /// Seven triples in ten repeat a fact already drawn (another report of the same event),
    /// so that edges have 3 to 4 pieces of evidence on average, as in built knowledge bases.
    fn draw(&mut self, rng: &mut SplitMix64) -> Drawn {
        let n = self.entities.len();
        let (s, r, o) = if !self.facts.is_empty() && rng.below(10) < 7 {
            let (s, r, o) = self.facts[rng.below(self.facts.len())];
            (s as usize, r as usize, o as usize)
        } else {
            let (s, o) = loop {
                let s = ((n as f64) * rng.unit().powi(3)) as usize;
                let o = ((n as f64) * rng.unit().powf(1.5)) as usize;
                if s != o && s < n && o < n {
                    break (s, o);
                }
            };
            // Relations are skewed too: a few (meetings, visits) are much commoner.
            let r = ((self.relations.len() as f64) * rng.unit().powi(2)) as usize;
            let r = r.min(self.relations.len().saturating_sub(1));
            self.facts.push((s as u32, r as u16, o as u32));
            (s, r, o)
        };
        let modality = match rng.below(20) {
            0..=13 => Modality::Asserted,
            14 | 15 => Modality::Hedged,
            16 | 17 => Modality::Reported,
            18 => Modality::Future,
            _ => Modality::Negated,
        };
        let date = (rng.below(10) != 0).then(|| {
            format!(
                "{}-{:02}-{:02}",
                2000 + rng.below(26),
                1 + rng.below(12),
                1 + rng.below(28)
            )
        });
        let confidence = 0.5 + (rng.below(46) as f64) / 100.0;
        Drawn {
            s,
            r,
            o,
            modality,
            date,
            confidence,
        }
    }

    /// The sentence of a drawn triple.
    fn sentence(&self, d: &Drawn) -> String {
        let (subject, object) = (&self.entities[d.s], &self.entities[d.o]);
        format!(
            "{} {} {}.",
            subject.name, self.relations[d.r].label, object.name
        )
    }

    /// The `i`th triple, drawn from `rng`, as a row of the knowledge base.
    pub fn triple(&mut self, i: usize, rng: &mut SplitMix64) -> StoredTriple {
        let d = self.draw(rng);
        let r = &self.relations[d.r];
        let (subject, object) = (&self.entities[d.s], &self.entities[d.o]);
        let text = self.sentence(&d);
        let article = i / 5;
        StoredTriple {
            id: 0,
            article: format!("synth-{article:08}"),
            sentence: i % 5,
            subject: subject.id.clone(),
            relation: r.id.clone(),
            object: object.id.clone(),
            plover: r.plover,
            cameo: None,
            polarity: r.polarity,
            modality: d.modality,
            claimed_by: None,
            confidence: d.confidence,
            date: d.date.clone(),
            start: 0,
            end: text.len(),
            text,
            title: Some(format!("Synthetic article {article}")),
            published: d.date,
            source: Some("synthetic".into()),
            url: None,
        }
    }

    /// Writes `n` triples drawn from `rng` (the same as [`World::triple`] draws) as JSON
    /// Lines under `dir`: the articles (five triples each) and their triples, as
    /// `geokg build --triples` reads them.
    pub fn write_jsonl(
        &mut self,
        dir: &Path,
        n: usize,
        rng: &mut SplitMix64,
    ) -> std::io::Result<()> {
        use std::io::Write;
        let create = |sub: &str| -> std::io::Result<std::io::BufWriter<std::fs::File>> {
            let d = dir.join(sub);
            std::fs::create_dir_all(&d)?;
            Ok(std::io::BufWriter::with_capacity(
                1 << 20,
                std::fs::File::create(d.join("part-00000.jsonl"))?,
            ))
        };
        let mut articles = create(geokg::pipeline::PREBUILT_ARTICLES)?;
        let mut triples = create(geokg::pipeline::PREBUILT_TRIPLES)?;
        let mut i = 0;
        let mut pending: Vec<Triple> = Vec::with_capacity(5);
        while i < n {
            let article = i / 5;
            let id = format!("synth-{article:08}");
            let mut text = String::new();
            let mut published = None;
            pending.clear();
            while i < n && i / 5 == article {
                let d = self.draw(rng);
                let sentence = self.sentence(&d);
                if published.is_none() && pending.is_empty() {
                    published = d.date.clone();
                }
                if !text.is_empty() {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(&sentence);
                let r = &self.relations[d.r];
                let (subject, object) = (&self.entities[d.s], &self.entities[d.o]);
                pending.push(Triple {
                    article: id.clone(),
                    sentence: i % 5,
                    subject: subject.clone(),
                    relation: r.id.clone(),
                    object: object.clone(),
                    plover: r.plover.map(|p| Plover {
                        kind: p,
                        source: subject.id.clone(),
                        target: object.id.clone(),
                    }),
                    cameo: None,
                    polarity: r.polarity,
                    modality: d.modality,
                    claimed_by: None,
                    confidence: d.confidence,
                    date: d.date,
                    date_phrase: None,
                    evidence: Evidence {
                        start,
                        end: text.len(),
                        text: sentence,
                        article_date: None,
                    },
                });
                i += 1;
            }
            for t in &mut pending {
                t.evidence.article_date = published.clone();
                serde_json::to_writer(&mut triples, t)?;
                triples.write_all(b"\n")?;
            }
            let a = Article {
                id,
                title: Some(format!("Synthetic article {article}")),
                date: published,
                date_source: None,
                source: Some("synthetic".into()),
                url: None,
                text,
            };
            serde_json::to_writer(&mut articles, &a)?;
            articles.write_all(b"\n")?;
        }
        articles.flush()?;
        triples.flush()?;
        Ok(())
    }
}

/// What [`World::draw`] drew: subject, relation and object by number, and the rest.
struct Drawn {
    s: usize,
    r: usize,
    o: usize,
    modality: Modality,
    date: Option<String>,
    confidence: f64,
}

/// Runs `geokg gen-kb`.
pub fn run(cli: &Cli, args: &Args) -> u8 {
    let out = match (&args.output, &args.jsonl) {
        (Some(o), _) | (None, Some(o)) => o,
        (None, None) => return 2,
    };
    if out.exists() {
        eprintln!(
            "geokg: {} exists; gen-kb writes a new {} only: choose another path",
            out.display(),
            if args.jsonl.is_some() {
                "directory"
            } else {
                "knowledge base"
            }
        );
        return 2;
    }
    let Some(lex) = load_lexicon(cli) else {
        return 2;
    };
    let start = Instant::now();
    let mut rng = seeded(args.seed);
    let mut world = world(&lex, args.triples, &mut rng);
    if let Some(dir) = &args.jsonl {
        if let Err(e) = world.write_jsonl(dir, args.triples, &mut rng) {
            eprintln!("geokg: {}: {e}", dir.display());
            return 2;
        }
        eprintln!(
            "geokg: wrote {} triples of {} articles under {} in {:.1} s",
            args.triples,
            args.triples.div_ceil(5),
            dir.display(),
            start.elapsed().as_secs_f64()
        );
        return 0;
    }
    let mut kb = match KnowledgeBase::create_or_open(out) {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("geokg: {}: {e}", out.display());
            return 2;
        }
    };
    let (relations, entities) = (world.relations.clone(), world.entities.clone());
    let triples = (0..args.triples).map(|i| world.triple(i, &mut rng));
    if let Err(e) = kb.write_rows(&relations, &entities, triples) {
        eprintln!("geokg: {}: {e}", out.display());
        return 2;
    }
    if let Err(e) = KnowledgeGraph::refresh_cache(&mut kb).and_then(|_| kb.refresh_dyads()) {
        eprintln!("geokg: {}: {e}", out.display());
        return 2;
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "geokg: wrote {} triples over {} entities to {} in {secs:.1} s ({:.0} triples/s)",
        args.triples,
        entities.len(),
        out.display(),
        args.triples as f64 / secs.max(1e-9)
    );
    0
}
