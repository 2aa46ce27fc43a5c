//! Fuzz target: arbitrary bytes through every ingest reader (plain text, HTML, JSON, JSON
//! Lines) with a small size limit. Nothing may panic; every article that comes out has
//! non-empty text within the limit (HTML may shrink it, never grow past the input).
#![no_main]

use geokg::ingest::{read_stream, Format, IngestOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the size limit so that the too-large paths run too.
    let (limit, bytes) = match data.split_first() {
        Some((b, rest)) => (16 + (*b as usize) * 64, rest),
        None => (64, data),
    };
    let opts = IngestOptions {
        max_article_bytes: limit,
        ..Default::default()
    };
    for fmt in [Format::Text, Format::Html, Format::Json, Format::JsonLines] {
        read_stream(bytes, None, fmt, &opts, &mut |r| {
            if let Ok(a) = r {
                assert!(!a.text.trim().is_empty(), "{fmt:?}: an article without text");
                assert!(!a.id.is_empty(), "{fmt:?}: an article without an id");
            }
        });
    }
});
