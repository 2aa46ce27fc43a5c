//! Stage 1, ingest: files, directories and standard input in, [`Article`]s out.
//!
//! One `Result` per record: a bad file or line is reported as an [`Error`] naming the file
//! and line, and the rest of the input is still read. Formats by extension: `.txt`/`.md`
//! (first non-empty line is the title), `.html`/`.htm` (visible text only), `.json` (one
//! article object or an array of them), `.jsonl`/`.ndjson` (one object per line). Standard
//! input is sniffed. Directories are walked recursively in sorted order; symlink loops are
//! detected.

mod dateline;
mod html;
mod json;

use crate::error::{Error, ErrorKind, Location};
use crate::model::{Article, DateSource};
use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use dateline::{top_date, written_date, TopDate};
pub use html::{html_to_text, published_date, read_html, HtmlPage};
pub use json::{article_from_value, RawLine};

/// Limits that apply while reading.
#[derive(Debug, Clone, Copy)]
pub struct IngestOptions {
    /// Articles (and JSON Lines lines) larger than this many bytes are skipped with an error.
    pub max_article_bytes: usize,
    /// The publication date (a day number, [`crate::shared::civil::day_number`]) of an
    /// article that gives none itself: `--date`.
    pub default_date: Option<i32>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_article_bytes: 16 * 1024 * 1024,
            default_date: None,
        }
    }
}

/// Gives an article without a publication date the one its text states at the top (a
/// dateline, a "Published" line, a date line under the title), else `fallback` (`--date`,
/// `YYYY-MM-DD`), which also completes a dateline that gives no year ("May 3 (AP) —").
/// The date's source is recorded beside it. An article with a date is left as it is.
pub fn complete_date(article: &mut Article, fallback: Option<&str>) {
    if article.date.is_some() {
        return;
    }
    if let Some(d) = top_date(&article.text).and_then(|d| d.resolve(fallback)) {
        article.date = Some(d);
        article.date_source = Some(DateSource::Dateline);
    } else if let Some(d) = fallback {
        article.date = Some(d.to_string());
        article.date_source = Some(DateSource::Option);
    }
}

/// The format of an input, chosen by extension (or sniffed for standard input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown.
    Text,
    /// HTML.
    Html,
    /// One JSON article object or an array of them.
    Json,
    /// One JSON article object per line.
    JsonLines,
}

impl Format {
    /// The format for a file name, or `None` for extensions geokg does not read.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "md" | "text" | "markdown" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => return None,
        })
    }
}

/// One input to read: a file with its format, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file.
    File(PathBuf, Format),
    /// Standard input (format sniffed from its first bytes).
    Stdin,
}

/// Expands command-line inputs into sources: files as given, directories walked
/// recursively (sorted, files with unknown extensions ignored), `-` or nothing for stdin.
/// Problems (missing paths, unreadable directories, symlink loops) come back as errors.
pub fn expand_inputs(inputs: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    if inputs.is_empty() {
        sources.push(Source::Stdin);
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        match fs::metadata(input) {
            Ok(m) if m.is_dir() => {
                let mut seen = HashSet::new();
                walk(input, &mut seen, &mut sources, &mut errors);
            }
            Ok(_) => {
                let fmt = Format::from_extension(input).unwrap_or(Format::Text);
                sources.push(Source::File(input.clone(), fmt));
            }
            Err(e) => errors.push(Error::file(
                ErrorKind::Io,
                input,
                format!("cannot read: {e}"),
            )),
        }
    }
    (sources, errors)
}

fn walk(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    sources: &mut Vec<Source>,
    errors: &mut Vec<Error>,
) {
    let paths = match dir_entries(dir, seen) {
        Ok(paths) => paths,
        Err(e) => {
            errors.push(e);
            return;
        }
    };
    for p in paths {
        match fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, seen, sources, errors),
            Ok(_) => {
                if let Some(fmt) = Format::from_extension(&p) {
                    sources.push(Source::File(p, fmt));
                }
            }
            Err(e) => errors.push(Error::file(ErrorKind::Io, &p, format!("cannot read: {e}"))),
        }
    }
}

/// The paths in `dir`, sorted, unless it cannot be read or was `seen` before (through a
/// symbolic link).
fn dir_entries(dir: &Path, seen: &mut HashSet<PathBuf>) -> Result<Vec<PathBuf>, Error> {
    let io_error = |what: String| Error::file(ErrorKind::Io, dir, what);
    let canon =
        fs::canonicalize(dir).map_err(|e| io_error(format!("cannot read directory: {e}")))?;
    if !seen.insert(canon) {
        return Err(io_error(
            "directory visited twice (a symlink loop?); skipped the second visit".into(),
        ));
    }
    let entries = fs::read_dir(dir).map_err(|e| io_error(format!("cannot read directory: {e}")))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

/// What a source yields, in order: a finished article or problem, or a line of JSON Lines
/// whose parsing the caller does ([`RawLine::parse`]), so that lines can be parsed in
/// parallel.
#[derive(Debug)]
pub enum Record {
    /// An article, or a problem met reading the source.
    Done(Result<Article, Error>),
    /// A JSON Lines line, not yet parsed.
    Line(RawLine),
}

impl Record {
    /// The record's articles and problems: a finished one as it is, a line parsed.
    pub fn parse(self, sink: &mut dyn FnMut(Result<Article, Error>)) {
        match self {
            Record::Done(r) => sink(r),
            Record::Line(l) => l.parse(sink),
        }
    }
}

/// Reads one source and hands each article (or error) to `sink` as soon as it is read.
/// JSON Lines are streamed line by line; other formats are read whole, up to the limit.
pub fn read_source(
    source: &Source,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    read_records(source, opts, &mut |r| r.parse(sink))
}

/// As [`read_source`], handing on JSON Lines lines unparsed.
pub fn read_records(source: &Source, opts: &IngestOptions, sink: &mut dyn FnMut(Record)) {
    match source {
        Source::File(path, fmt) => match fs::File::open(path) {
            Ok(f) => read_stream_records(BufReader::new(f), Some(path), *fmt, opts, sink),
            Err(e) => sink(Record::Done(Err(Error::file(
                ErrorKind::Io,
                path,
                format!("cannot open: {e}"),
            )))),
        },
        Source::Stdin => {
            let stdin = std::io::stdin();
            let mut reader = BufReader::new(stdin.lock());
            let fmt = match reader.fill_buf() {
                Ok(buf) => sniff(buf),
                Err(e) => {
                    sink(Record::Done(Err(Error::new(
                        ErrorKind::Io,
                        Location::default(),
                        format!("cannot read standard input: {e}"),
                    ))));
                    return;
                }
            };
            read_stream_records(reader, None, fmt, opts, sink)
        }
    }
}

/// Guesses the format of standard input from its first bytes.
pub fn sniff(buf: &[u8]) -> Format {
    match buf.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Format::JsonLines,
        Some(b'[') => Format::Json,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

fn location(path: Option<&PathBuf>) -> Location {
    match path {
        Some(p) => Location::file(p),
        None => Location::default(),
    }
}

/// Reads articles of one format from any reader (a file, stdin, a test buffer).
pub fn read_stream<R: BufRead>(
    reader: R,
    path: Option<&PathBuf>,
    fmt: Format,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    read_stream_records(reader, path, fmt, opts, &mut |r| r.parse(sink))
}

/// As [`read_stream`], handing on JSON Lines lines unparsed.
fn read_stream_records<R: BufRead>(
    mut reader: R,
    path: Option<&PathBuf>,
    fmt: Format,
    opts: &IngestOptions,
    records: &mut dyn FnMut(Record),
) {
    let loc = location(path);
    if fmt == Format::JsonLines {
        json::read_lines(&mut reader, &loc, opts, records);
        return;
    }
    let sink = &mut |r: Result<Article, Error>| records(Record::Done(r));
    let mut bytes = Vec::new();
    let limit = opts.max_article_bytes as u64 + 1;
    if let Err(e) = reader.by_ref().take(limit).read_to_end(&mut bytes) {
        sink(Err(Error::new(
            ErrorKind::Io,
            loc,
            format!("cannot read: {e}"),
        )));
        return;
    }
    if bytes.len() as u64 >= limit {
        sink(Err(Error::new(
            ErrorKind::TooLarge,
            loc,
            format!("larger than the maximum article size of {} bytes; skipped (raise it with --max-article-bytes)", opts.max_article_bytes),
        )));
        return;
    }
    let text = match decode(&bytes, &loc, sink) {
        Some(t) => t,
        None => return,
    };
    let stem = path
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned());
    // a text or an HTML page: its title, text, publication date from the page's metadata,
    // and what to say when it holds no text
    let (title, text, published, empty) = match fmt {
        Format::Text => {
            // (a Markdown heading's `#`s and emphasis are not part of the title)
            let title = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| {
                    let l = l.trim_start_matches('#').trim();
                    let bare = l.trim_matches(|c| c == '*' || c == '_').trim();
                    if bare.is_empty() { l } else { bare }.to_string()
                });
            (title, text, None, "empty file: no article text")
        }
        Format::Html => {
            let page = read_html(&text);
            if let Some((line, what)) = page.broken {
                sink(Err(Error::new(
                    ErrorKind::Markup,
                    loc.clone().at_line(line),
                    format!("broken HTML: {what}"),
                )));
            }
            let empty = "HTML with no visible text; skipped";
            (page.title, page.text, page.published, empty)
        }
        Format::Json => return json::read_document(&text, &loc, sink),
        Format::JsonLines => unreachable!("handled above"),
    };
    if text.trim().is_empty() {
        sink(Err(Error::new(ErrorKind::Empty, loc, empty)));
        return;
    }
    let date_source = published.is_some().then_some(DateSource::Metadata);
    let mut article = Article {
        id: stem.unwrap_or_else(|| derive_id(&text)),
        title,
        date: published,
        date_source,
        text,
        ..Default::default()
    };
    complete_date(&mut article, None);
    sink(Ok(article));
}

/// Decodes bytes as UTF-8. Binary input (NUL bytes) is refused; invalid UTF-8 is decoded
/// lossily with a warning, so that the article is not lost.
pub(crate) fn decode(
    bytes: &[u8],
    loc: &Location,
    sink: &mut dyn FnMut(Result<Article, Error>),
) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        sink(Err(Error::new(
            ErrorKind::Binary,
            loc.clone(),
            "binary file (contains NUL bytes); skipped",
        )));
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(e) => {
            sink(Err(Error::new(
                ErrorKind::Io,
                loc.clone(),
                format!(
                    "invalid UTF-8 at byte {}; decoded with replacement characters",
                    e.valid_up_to()
                ),
            )));
            Some(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

/// A stable id derived from the content: `doc-` and 16 hex digits of a 64-bit FNV-1a hash.
pub fn derive_id(text: &str) -> String {
    format!("doc-{:016x}", fnv1a(text.as_bytes()))
}

/// 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Normalises a date to `YYYY-MM-DD`: accepts `YYYY-MM-DD`, ISO 8601 date-times,
/// `YYYYMMDD` and `YYYY/MM/DD`. Returns `None` for anything else.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    let (y, m, d) = if b.len() >= 10
        && digits(0..4)
        && matches!(b[4], b'-' | b'/')
        && digits(5..7)
        && b[7] == b[4]
        && digits(8..10)
    {
        (&s[0..4], &s[5..7], &s[8..10])
    } else if b.len() == 8 && digits(0..8) {
        (&s[0..4], &s[4..6], &s[6..8])
    } else {
        return None;
    };
    let (mi, di): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&mi) || !(1..=31).contains(&di) {
        return None;
    }
    Some(format!("{y}-{m}-{d}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], fmt: Format) -> Vec<Result<Article, Error>> {
        let mut out = Vec::new();
        read_stream(
            bytes,
            Some(&PathBuf::from("t.x")),
            fmt,
            &IngestOptions::default(),
            &mut |r| out.push(r),
        );
        out
    }

    #[test]
    fn text_title_is_first_non_empty_line() {
        let r = read(b"\n\nHeadline here\nBody.", Format::Text);
        let a = r[0].as_ref().unwrap();
        assert_eq!(a.title.as_deref(), Some("Headline here"));
        assert_eq!(a.id, "t");
        assert_eq!(a.text, "\n\nHeadline here\nBody.");
    }

    #[test]
    fn markdown_headings_give_bare_titles() {
        let r = read(
            b"# **A headline**

Body.",
            Format::Text,
        );
        assert_eq!(r[0].as_ref().unwrap().title.as_deref(), Some("A headline"));
        let r = read(
            b"*
Body.",
            Format::Text,
        );
        assert_eq!(r[0].as_ref().unwrap().title.as_deref(), Some("*"));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(
            read(b"ab\0cd", Format::Text)[0].as_ref().unwrap_err().kind,
            ErrorKind::Binary
        );
        assert_eq!(
            read(b"  \n", Format::Text)[0].as_ref().unwrap_err().kind,
            ErrorKind::Empty
        );
    }

    #[test]
    fn invalid_utf8_is_kept_with_a_warning() {
        let r = read(b"Chile \xff met Peru.", Format::Text);
        assert!(r[0].is_err());
        assert!(r[1].as_ref().unwrap().text.contains('\u{fffd}'));
    }

    #[test]
    fn dates_normalise() {
        assert_eq!(normalize_date("2022-11-09").as_deref(), Some("2022-11-09"));
        assert_eq!(
            normalize_date("2022-11-09T10:00:00Z").as_deref(),
            Some("2022-11-09")
        );
        assert_eq!(normalize_date("20080806").as_deref(), Some("2008-08-06"));
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date("2022-13-01"), None);
    }

    #[test]
    fn oversized_input_is_skipped() {
        let mut out = Vec::new();
        let opts = IngestOptions {
            max_article_bytes: 4,
            ..Default::default()
        };
        read_stream(&b"0123456789"[..], None, Format::Text, &opts, &mut |r| {
            out.push(r)
        });
        assert_eq!(out[0].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
    }

    fn dated(bytes: &[u8], fmt: Format) -> (Option<String>, Option<DateSource>) {
        let a = read(bytes, fmt).remove(0).unwrap();
        (a.date, a.date_source)
    }

    #[test]
    fn publication_dates_from_record_fields() {
        let rec = |json: &str| dated(json.as_bytes(), Format::Json);
        let want = (Some("2021-05-03".to_string()), Some(DateSource::Record));
        assert_eq!(rec(r#"{"text": "T.", "date": "2021-05-03"}"#), want);
        assert_eq!(
            rec(r#"{"text": "T.", "published": "2021-05-03T23:10:00Z"}"#),
            want
        );
        assert_eq!(
            rec(r#"{"text": "T.", "publishedAt": "2021-05-03T08:00:00+02:00"}"#),
            want
        );
        assert_eq!(
            rec(r#"{"text": "T.", "pubDate": "Mon, 03 May 2021 10:00:00 GMT"}"#),
            want
        );
        assert_eq!(rec(r#"{"text": "T.", "timestamp": 1620000000}"#), want);
        assert_eq!(rec(r#"{"text": "T.", "timestamp": "1620000000"}"#), want);
        // the record's own field comes before the dateline
        assert_eq!(
            rec(r#"{"text": "OSLO, 2 February 2020 - T.", "date": "2021-05-03"}"#),
            want
        );
        // an unreadable field is passed over for the next
        assert_eq!(
            rec(r#"{"text": "T.", "date": "soon", "published": "2021-05-03"}"#),
            want
        );
    }

    #[test]
    fn publication_dates_from_the_page_and_the_text() {
        let page = br#"<html><head><meta property="article:published_time" content="2021-05-03T10:00:00Z"></head>
<body><p>OSLO, 2 February 2020 - Talks went on.</p></body></html>"#;
        assert_eq!(
            dated(page, Format::Html),
            (Some("2021-05-03".into()), Some(DateSource::Metadata))
        );
        let page = b"<html><body><p>OSLO, 2 February 2020 - Talks went on.</p></body></html>";
        assert_eq!(
            dated(page, Format::Html),
            (Some("2020-02-02".into()), Some(DateSource::Dateline))
        );
        assert_eq!(
            dated(b"Talks\nPublished 7 March 2018\nThey met.", Format::Text),
            (Some("2018-03-07".into()), Some(DateSource::Dateline))
        );
        assert_eq!(
            dated(b"{\"text\": \"OSLO, 2 February 2020 - T.\"}", Format::Json),
            (Some("2020-02-02".into()), Some(DateSource::Dateline))
        );
        assert_eq!(dated(b"They met.", Format::Text), (None, None));
    }

    #[test]
    fn the_date_option_comes_last() {
        // a text, the date and source it comes with, and those it ends with under the option
        for (text, given, want) in [
            ("They met.", None, ("2021-05-05", DateSource::Option)),
            // a dateline without its year takes the option's
            (
                "Sept. 9 (AP) - They met.",
                None,
                ("2020-09-09", DateSource::Dateline),
            ),
            // a dated article keeps its date
            (
                "They met.",
                Some(("2019-01-01", DateSource::Record)),
                ("2019-01-01", DateSource::Record),
            ),
        ] {
            let mut a = Article {
                text: text.into(),
                date: given.map(|(d, _)| d.to_string()),
                date_source: given.map(|(_, s)| s),
                ..Default::default()
            };
            complete_date(&mut a, Some("2021-05-05"));
            assert_eq!(
                (a.date.as_deref(), a.date_source),
                (Some(want.0), Some(want.1)),
                "{text}"
            );
        }
    }
}
