//! JSON and JSON Lines article records.

use super::{decode, derive_id, normalize_date, IngestOptions, Record};
use crate::error::{Error, ErrorKind, Location};
use crate::model::Article;
use serde_json::Value;
use std::io::BufRead;

/// The fields a record may give its publication date in, in order of preference.
const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "publishedAt",
    "published_at",
    "datePublished",
    "pubDate",
    "timestamp",
];

/// Builds an article from a JSON object: `text` (or `body`, `content`) is required;
/// `id`, `title`, `date`, `source`, `url` are optional. The publication date is the first
/// of `date`, `published`, `publishedAt`, `datePublished`, `pubDate` and `timestamp` that
/// reads as a date (ISO 8601, RFC 2822, prose, or Unix seconds), else the one the text
/// states at its top ([`super::complete_date`]).
pub fn article_from_value(v: &Value) -> Result<Article, String> {
    let obj = v
        .as_object()
        .ok_or_else(|| format!("expected an article object, found {}", type_name(v)))?;
    let text = ["text", "body", "content"]
        .iter()
        .find_map(|k| obj.get(*k).filter(|v| !v.is_null()).map(|v| (*k, v)));
    let (key, text) = text.ok_or("article object has no `text` (or `body`, `content`) field")?;
    let text = text
        .as_str()
        .ok_or_else(|| format!("field `{key}` must be a string, found {}", type_name(text)))?;
    if text.trim().is_empty() {
        return Err(format!("field `{key}` is empty"));
    }
    let field = |k: &str| -> Result<Option<String>, String> {
        match obj.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) if k == "id" || DATE_FIELDS.contains(&k) => {
                Ok(Some(n.to_string()))
            }
            Some(other) => Err(format!(
                "field `{k}` must be a string, found {}",
                type_name(other)
            )),
        }
    };
    let id = field("id")?
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| derive_id(text));
    let mut date = None;
    for k in DATE_FIELDS {
        // a field of another type is no date; it is not worth losing the article over
        let Ok(Some(v)) = field(k) else {
            continue;
        };
        let unix = *k == "timestamp" || obj.get(*k).is_some_and(Value::is_number);
        if let Some(d) = normalize_date(&v).or_else(|| super::written_date(&v, unix)) {
            date = Some(d);
            break;
        }
    }
    let mut article = Article {
        id,
        title: field("title")?,
        date_source: date.is_some().then_some(crate::model::DateSource::Record),
        date,
        source: field("source")?,
        url: field("url")?,
        text: text.to_string(),
    };
    super::complete_date(&mut article, None);
    Ok(article)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A `.json` file: one article object, or an array of them.
pub(super) fn read_document(
    text: &str,
    loc: &Location,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    if text.trim().is_empty() {
        sink(Err(Error::new(
            ErrorKind::Empty,
            loc.clone(),
            "empty file: no article",
        )));
        return;
    }
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let l = loc.clone().at_line(e.line()).at_column(e.column());
            sink(Err(Error::new(
                ErrorKind::Json,
                l,
                format!("invalid JSON: {e}"),
            )));
            return;
        }
    };
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                sink(article_from_value(item).map_err(|m| {
                    Error::new(
                        ErrorKind::Json,
                        loc.clone(),
                        format!("array item {}: {m}", i + 1),
                    )
                }));
            }
        }
        other => sink(
            article_from_value(&other).map_err(|m| Error::new(ErrorKind::Json, loc.clone(), m)),
        ),
    }
}

/// A `.jsonl` stream: one article object per line, streamed, each line judged alone.
/// Each non-blank line is handed on unparsed, as a [`RawLine`], so that lines can be
/// parsed in parallel; problems of the stream itself (unreadable, a line over the limit,
/// no line at all) come as finished records.
pub(super) fn read_lines(
    reader: &mut dyn BufRead,
    loc: &Location,
    opts: &IngestOptions,
    records: &mut dyn FnMut(Record),
) {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut any = false;
    loop {
        buf.clear();
        line_no += 1;
        // Read a line, but never hold more than the limit: the rest of a huge line is drained.
        let (n, too_long) = match read_line_limited(reader, &mut buf, opts.max_article_bytes) {
            Ok(x) => x,
            Err(e) => {
                records(Record::Done(Err(Error::new(
                    ErrorKind::Io,
                    loc.clone().at_line(line_no),
                    format!("cannot read: {e}"),
                ))));
                return;
            }
        };
        if n == 0 {
            break;
        }
        let l = loc.clone().at_line(line_no);
        if too_long {
            records(Record::Done(Err(Error::new(
                ErrorKind::TooLarge,
                l,
                format!(
                    "line longer than the maximum article size of {} bytes; skipped",
                    opts.max_article_bytes
                ),
            ))));
            any = true;
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        any = true;
        // (the buffer keeps its size for the next line)
        let capacity = buf.capacity();
        records(Record::Line(RawLine {
            bytes: std::mem::replace(&mut buf, Vec::with_capacity(capacity)),
            loc: l,
        }));
    }
    if !any {
        records(Record::Done(Err(Error::new(
            ErrorKind::Empty,
            loc.clone(),
            "empty file: no article",
        ))));
    }
}

/// One line of a JSON Lines stream, read but not yet parsed.
#[derive(Debug, Clone)]
pub struct RawLine {
    bytes: Vec<u8>,
    loc: Location,
}

impl RawLine {
    /// Parses the line: hands `sink` its article or its problem, after a warning when the
    /// line was not valid UTF-8.
    pub fn parse(&self, sink: &mut dyn FnMut(Result<Article, Error>)) {
        let l = self.loc.clone();
        let text = match decode(&self.bytes, &l, sink) {
            Some(t) => t,
            None => return,
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(v) => sink(article_from_value(&v).map_err(|m| Error::new(ErrorKind::Json, l, m))),
            Err(e) => sink(Err(Error::new(
                ErrorKind::Json,
                l.at_column(e.column()),
                format!("invalid JSON: {e}"),
            ))),
        }
    }
}

/// Reads up to and including the next `\n`, keeping at most `limit` bytes in `buf`.
/// Returns the bytes consumed and whether the line was longer than the limit.
fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut too_long = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok((consumed, too_long));
        }
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > limit + 1 {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        reader.consume(take);
        consumed += take;
        if done {
            return Ok((consumed, too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn synonyms_and_derived_ids() {
        let a = article_from_value(&json!({"body": "Chile met Peru."})).unwrap();
        assert!(a.id.starts_with("doc-"));
        let b = article_from_value(&json!({"body": "Chile met Peru."})).unwrap();
        assert_eq!(a.id, b.id);
        assert!(article_from_value(&json!({"title": "x"}))
            .unwrap_err()
            .contains("no `text`"));
        assert!(article_from_value(&json!({"text": 5}))
            .unwrap_err()
            .contains("must be a string"));
    }

    #[test]
    fn lines_report_their_numbers() {
        let input =
            b"{\"text\": \"One.\"}\n{\"text\": \nnot json\n\n{\"id\": \"x\", \"text\": \"Two.\"}\n";
        let mut out = Vec::new();
        read_lines(
            &mut &input[..],
            &Location::file("f.jsonl"),
            &IngestOptions::default(),
            &mut |r| r.parse(&mut |a| out.push(a)),
        );
        assert_eq!(out.len(), 4);
        assert!(out[0].is_ok());
        assert_eq!(out[1].as_ref().unwrap_err().location.line, Some(2));
        assert_eq!(out[2].as_ref().unwrap_err().location.line, Some(3));
        assert_eq!(out[3].as_ref().unwrap().id, "x");
    }
}
