//! The model file: a text header (format version, feature version, the data it was trained
//! on and its licence, the settings and scores of its training), a blank line, then the
//! tagger's classes, ambiguity table and weights and the parser's labels and weights in
//! little-endian binary. The lemma table is a text file beside it.

use super::lemma::Lemmatizer;
use super::parser::Parser;
use super::scorer::{get_array, get_u64, put_u64, Weights};
use super::tagger::Tagger;
use rustc_hash::FxHashMap;

/// The first line of every model file.
pub const MAGIC: &str = "geokg syntax model";
/// The layout of the file this code reads and writes.
pub const FORMAT: u32 = 1;
/// The feature templates and hashing this code computes: a model trained with other
/// features would score garbage, so the loader refuses it.
pub const FEATURES: u32 = 1;

/// The header of a model file: `key: value` lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// Every line, in order.
    pub fields: Vec<(String, String)>,
}

impl Header {
    /// The value of a field.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets a field, replacing an earlier value.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.fields.iter_mut().find(|(k, _)| k == key) {
            Some(f) => f.1 = value,
            None => self.fields.push((key.to_string(), value)),
        }
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u64(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn get_str(input: &mut &[u8]) -> Result<String, String> {
    let n = get_u64(input)? as usize;
    let bytes = get_array(input, n, u8::from_le_bytes)?;
    String::from_utf8(bytes).map_err(|_| "the model file has a string that is not UTF-8".into())
}

/// Writes a tagger and a parser with their header.
pub fn write(header: &Header, tagger: &Tagger, parser: &Parser) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC.as_bytes());
    out.push(b'\n');
    let mut h = header.clone();
    h.set("format", FORMAT.to_string());
    h.set("features", FEATURES.to_string());
    for (k, v) in &h.fields {
        out.extend_from_slice(format!("{k}: {v}\n").as_bytes());
    }
    out.push(b'\n');
    put_u64(&mut out, tagger.tags.len() as u64);
    for (u, x) in &tagger.tags {
        put_str(&mut out, u);
        put_str(&mut out, x);
    }
    let mut amb: Vec<(u64, u64)> = tagger.ambiguity.iter().map(|(&a, &b)| (a, b)).collect();
    amb.sort_unstable();
    put_u64(&mut out, amb.len() as u64);
    for (a, b) in amb {
        put_u64(&mut out, a);
        put_u64(&mut out, b);
    }
    tagger.weights.write(&mut out);
    put_u64(&mut out, parser.labels.len() as u64);
    for l in &parser.labels {
        put_str(&mut out, l);
    }
    parser.weights.write(&mut out);
    out
}

/// Reads the header of a model file, and where its binary part starts.
pub fn read_header(bytes: &[u8]) -> Result<(Header, usize), String> {
    let bad = || format!("not a geokg syntax model (its first line is not {MAGIC:?})");
    let end = bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .ok_or_else(bad)?;
    let text = std::str::from_utf8(&bytes[..end]).map_err(|_| bad())?;
    let mut lines = text.lines();
    if lines.next() != Some(MAGIC) {
        return Err(bad());
    }
    let mut header = Header::default();
    for line in lines {
        let (k, v) = line
            .split_once(": ")
            .ok_or_else(|| format!("model header line {line:?} is not `key: value`"))?;
        header.fields.push((k.to_string(), v.to_string()));
    }
    for (key, known) in [("format", FORMAT), ("features", FEATURES)] {
        let v = header.get(key).unwrap_or("none");
        if v != known.to_string() {
            return Err(format!(
                "the model's {key} version is {v}; this geokg reads version {known}: \
                 retrain it with `geokg syntax train` or use a matching geokg"
            ));
        }
    }
    Ok((header, end + 2))
}

/// Reads a model file and its lemma table.
pub fn read(bytes: &[u8], lemmas: &str) -> Result<(Header, Tagger, Parser, Lemmatizer), String> {
    let (header, start) = read_header(bytes)?;
    let input = &mut &bytes[start..];
    let n_tags = get_u64(input)? as usize;
    if n_tags == 0 || n_tags > 256 {
        return Err("the model has a bad number of tags".into());
    }
    let mut tags = Vec::with_capacity(n_tags);
    for _ in 0..n_tags {
        tags.push((get_str(input)?, get_str(input)?));
    }
    let n_amb = get_u64(input)? as usize;
    let pairs = get_array(input, n_amb.saturating_mul(2), u64::from_le_bytes)?;
    let ambiguity: FxHashMap<u64, u64> = pairs.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    let weights = Weights::read(input)?;
    if weights.n_classes() != n_tags {
        return Err("the tagger's weights do not match its tags".into());
    }
    let n_labels = get_u64(input)? as usize;
    if n_labels == 0 || n_labels > 64 {
        return Err("the model has a bad number of labels".into());
    }
    let mut labels = Vec::with_capacity(n_labels);
    for _ in 0..n_labels {
        labels.push(get_str(input)?);
    }
    let pweights = Weights::read(input)?;
    if pweights.n_classes() != 2 + 2 * n_labels {
        return Err("the parser's weights do not match its labels".into());
    }
    if !input.is_empty() {
        return Err("the model file has bytes after its end".into());
    }
    let lemmatizer = Lemmatizer::from_text(lemmas)?;
    Ok((
        header,
        Tagger {
            tags,
            weights,
            ambiguity,
        },
        Parser {
            labels,
            weights: pweights,
        },
        lemmatizer,
    ))
}
