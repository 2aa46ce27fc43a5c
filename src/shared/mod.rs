//! What several stages share, below all of them: names for enums ([`named`]) and the PLOVER
//! event types ([`plover`]).

pub mod named;
pub mod plover;
