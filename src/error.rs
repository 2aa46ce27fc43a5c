//! Errors with a location: every message about something read from a file names the file
//! and, where it has one, the line (and column), so the user can go and fix it.

use std::fmt;
use std::path::PathBuf;

/// Where a problem was found: a file (or standard input) and optionally a line and column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file, or `None` for standard input or built-in data.
    pub path: Option<PathBuf>,
    /// 1-based line number.
    pub line: Option<usize>,
    /// 1-based column number.
    pub column: Option<usize>,
}

impl Location {
    /// A location in a file, without a line.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location {
            path: Some(path.into()),
            line: None,
            column: None,
        }
    }

    /// The same location at a given line.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// The same location at a given column.
    pub fn at_column(mut self, column: usize) -> Self {
        self.column = Some(column);
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}", p.display())?,
            None => write!(f, "<stdin>")?,
        }
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        Ok(())
    }
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file or directory could not be read.
    Io,
    /// The input is not text (it holds NUL bytes or is mostly control characters).
    Binary,
    /// The input is empty or holds no article text.
    Empty,
    /// JSON that does not parse, or an article object of the wrong shape.
    Json,
    /// HTML whose broken markup may have cost text (the article is still read).
    Markup,
    /// An article larger than the configured maximum.
    TooLarge,
    /// A lexicon or pattern file with an error.
    Lexicon,
    /// A gold file with an error.
    Gold,
    /// A command-line argument that cannot be used.
    Usage,
}

/// An error with a kind, a location and a message that says how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct Error {
    /// What kind of problem this is.
    pub kind: ErrorKind,
    /// Where it was found.
    pub location: Location,
    /// A human-readable description.
    pub message: String,
}

impl Error {
    /// A new error.
    pub fn new(kind: ErrorKind, location: Location, message: impl Into<String>) -> Self {
        Error {
            kind,
            location,
            message: message.into(),
        }
    }

    /// A new error about a whole file (`path`, no line).
    pub fn file(kind: ErrorKind, path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::new(kind, Location::file(path), message)
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
