//! Audits of the lexicon that run the pipeline, and so stand above it: `geokg lexicon
//! check` ([`check`]: tables sorted, ambiguity declared, every pattern's and event group's
//! example sentences read by the extractor as they say) and `geokg lexicon coverage`
//! ([`coverage`]: the capitalised names of a corpus that recognition does not know).

pub mod check;
pub mod coverage;
