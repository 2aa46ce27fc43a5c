//! The identity of what is stored: the content hash of an article and the fingerprint of
//! the extractor that read it, so that `build` skips an article stored with the same content
//! and extractor, and extracts again one whose content or extractor changed.

use crate::lexicon::Lexicon;
use crate::model::Article;

/// FNV-1a, 128 bits: the content hash of articles (collisions are out of reach at any
/// corpus size, unlike 64 bits over billions of articles).
pub fn fnv1a_128(bytes: &[u8]) -> u128 {
    fnv1a_128_update(FNV_OFFSET, bytes)
}

const FNV_OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;

/// Continues an FNV-1a 128 hash `h` over `bytes`.
fn fnv1a_128_update(mut h: u128, bytes: &[u8]) -> u128 {
    // The prime is 2^88 + 0x13B: multiplying by it (mod 2^128) is a shift and a small
    // product, which costs less than the general 128-bit multiplication.
    for &b in bytes {
        h ^= u128::from(b);
        h = (h << 88).wrapping_add(h.wrapping_mul(0x13B));
    }
    h
}

/// The fields of an article its content hash covers, in their order (absent ones `None`).
fn hashed_fields(a: &Article) -> [Option<&str>; 6] {
    [
        Some(a.id.as_str()),
        a.title.as_deref(),
        a.date.as_deref(),
        a.source.as_deref(),
        a.url.as_deref(),
        Some(a.text.as_str()),
    ]
}

/// The content hash of an article: every field, separated so that moving text between
/// fields changes it.
pub fn article_hash(a: &Article) -> String {
    // the hash of: each field as 1, its bytes, 0xff, or, when absent, as 0, 0xff (hashed
    // as it goes, without gathering the bytes first)
    let mut h = FNV_OFFSET;
    for field in hashed_fields(a) {
        h = match field {
            Some(s) => fnv1a_128_update(fnv1a_128_update(h, &[1]), s.as_bytes()),
            None => fnv1a_128_update(h, &[0]),
        };
        h = fnv1a_128_update(h, &[0xff]);
    }
    format!("{h:032x}")
}

/// A fingerprint of what extraction depends on (geokg's version and every lexicon file):
/// an article extracted by another version or lexicon is extracted again by `build`.
pub fn extractor_fingerprint(lex: &Lexicon) -> String {
    let mut buf = Vec::new();
    buf.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    for f in &lex.files {
        buf.push(0xff);
        buf.extend_from_slice(f.name.as_bytes());
        buf.push(0xfe);
        buf.extend_from_slice(f.text.as_bytes());
    }
    format!("{:032x}", fnv1a_128(&buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash as first written: FNV-1a with a general 128-bit multiplication, over the
    /// fields gathered into one buffer. Stored hashes must not change.
    fn article_hash_reference(a: &Article) -> String {
        let mut buf = Vec::new();
        for field in hashed_fields(a) {
            match field {
                Some(s) => {
                    buf.push(1);
                    buf.extend_from_slice(s.as_bytes());
                }
                None => buf.push(0),
            }
            buf.push(0xff);
        }
        let mut h = FNV_OFFSET;
        for &b in &buf {
            h ^= b as u128;
            h = h.wrapping_mul(0x0000000001000000000000000000013B);
        }
        format!("{h:032x}")
    }

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }

    #[test]
    fn article_hash_is_unchanged() {
        let mut a = article("a1", "Chile signed a pact with Peru. \u{2019}\u{e9}");
        assert_eq!(article_hash(&a), article_hash_reference(&a));
        a.title = Some(String::new());
        a.date = Some("2022-11-11".into());
        a.url = Some("https://example.org/\u{ff}".into());
        assert_eq!(article_hash(&a), article_hash_reference(&a));
        // a hash stored by earlier versions
        assert_eq!(fnv1a_128(b""), FNV_OFFSET);
        assert_eq!(
            format!("{:032x}", fnv1a_128(b"a")),
            "d228cb696f1a8caf78912b704e4a8964"
        );
    }

    #[test]
    fn hash_is_128_bits_and_field_sensitive() {
        let mut a = article("x", "text");
        let h1 = article_hash(&a);
        a.title = Some("text".into());
        assert_ne!(h1, article_hash(&a));
        assert_eq!(h1.len(), 32);
    }
}
