//! Stage 5, resolve: one canonical entity per mention, within an article.
//!
//! The memory of an article's people and states ([`Discourse`]) is kept by the recognize
//! stage, which consults it as it reads (`recognize/discourse.rs`); this module gives it its
//! stage's name, with the rolling up of people and bodies to their state ([`country_of`]).
//! Ids are slugs ([`slug`]) that drop name particles, so variants of a name fall together.

pub use crate::recognize::discourse::{country_of, Discourse};
/// Slugs live below every stage that makes ids, in [`crate::shared::slug`].
pub use crate::shared::slug::slug;
