//! Fuzz target: arbitrary text (and an optional article date) through the whole
//! extractor. Nothing may panic, and every triple's evidence must slice the text exactly:
//! `text[start..end] == evidence.text`.
#![no_main]

use geokg::extract::Extractor;
use geokg::lexicon::Lexicon;
use geokg::model::Article;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::builtin().expect("built-in lexicon"));
static EX: LazyLock<Extractor<'static>> = LazyLock::new(|| Extractor::new(&LEX));

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    // An optional first line `YYYY-MM-DD` is the article's date.
    let (date, text) = match s.split_once('\n') {
        Some((d, rest)) if d.len() == 10 && d.as_bytes()[4] == b'-' => {
            (geokg::ingest::normalize_date(d), rest)
        }
        _ => (None, s),
    };
    let a = Article {
        id: "fuzz".into(),
        text: text.to_string(),
        date,
        ..Default::default()
    };
    for t in EX.extract_article(&a) {
        assert!(t.evidence.start <= t.evidence.end && t.evidence.end <= text.len());
        assert_eq!(&text[t.evidence.start..t.evidence.end], t.evidence.text);
        assert!((0.0..=1.0).contains(&t.confidence));
    }
});
