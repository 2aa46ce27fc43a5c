//! Stage 2, text: splits an article into sentences and sentences into tokens.
//!
//! Takes the article text; returns [`Sentence`]s with byte spans into that text and
//! [`Token`]s with byte spans too. Nothing here rewrites the text: normalised forms
//! (lowercase, straight apostrophes) live beside the original in [`Token::norm`].
//! The splitter is written for news prose: abbreviations ("Maj. Gen.", "U.S.", "Jan."),
//! initials, closing quotes after the full stop, em dashes, and datelines such as
//! "WASHINGTON DC, United States (Agency) - " at the start of a paragraph.

mod split;
mod token;
pub mod words;

pub use split::{
    dateline_len, is_dotted_abbreviation, split_sentences, Sentence, MAX_SENTENCE_BYTES,
};
pub use token::{name_runs, tokenize, tokenize_into, Token, TokenKind};
