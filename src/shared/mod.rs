//! What several stages share, below all of them: names for enums ([`named`]), the PLOVER
//! event types ([`plover`]), the CAMEO event codes ([`cameo`]), the slugs that entity ids
//! are made of ([`slug`]), civil dates ([`civil`], through jiff) and the edit distance of
//! names ([`distance`]), and a deterministic generator for synthetic data ([`rng`]). It
//! imports no stage
//! above `text`.

pub mod cameo;
pub mod civil;
pub mod distance;
pub mod named;
pub mod plover;
pub mod rng;
pub mod slug;
