//! geokg reads news articles and builds a knowledge graph of geopolitical relationships.
//!
//! The pipeline, one module per stage: [`ingest`] (files → [`model::Article`]) →
//! [`text`] (sentences and tokens with byte spans) → [`recognize`] (entity mentions from
//! the [`lexicon`]) → [`extract`] (relation patterns → [`model::Triple`]) with [`resolve`]
//! (coreference within an article) → [`output`] (JSON Lines, TSV). [`pipeline`] runs the
//! stages over many articles on all cores, in order; [`eval`] scores extraction against a
//! gold file. [`kb`] keeps triples in an SQLite knowledge base ([`build`] builds it from
//! articles), [`graph`] answers queries over it, and [`export`] writes it for other tools
//! (DOT/SVG, CSV, JSON, GraphML, GEXF, Neo4j, an interactive HTML page).
//!
//! ```
//! use geokg::{extract::Extractor, lexicon::Lexicon, model::Article};
//! let lex = Lexicon::builtin().expect("built-in lexicon loads");
//! let ex = Extractor::new(&lex);
//! let article = Article { id: "a1".into(), text: "Peru's foreign minister met his Chilean counterpart in Lima.".into(), ..Default::default() };
//! for t in ex.extract_article(&article) {
//!     assert_eq!(&article.text[t.evidence.start..t.evidence.end], t.evidence.text);
//! }
//! ```

pub mod audit;
pub mod build;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod kb;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod query;
pub mod recognize;
pub mod resolve;
pub mod serve;
pub mod shared;
pub mod syntax;
pub mod text;
