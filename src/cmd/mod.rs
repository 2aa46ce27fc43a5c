//! One module per subcommand, each with its arguments and its `run`.

pub mod bench;
pub mod build;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod gen_kb;
pub mod history;
pub mod lexicon;
pub mod neighbors;
pub mod parse;
pub mod path;
pub mod query;
pub mod serve;
pub mod stats;
pub mod syntax;

use crate::Cli;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use geokg::lexicon::{Lexicon, LEXICON_HAS_ERRORS};

/// The parser of an option that takes a value of a library enum: the values `choices`
/// lists, each with its line of help for `--help`, by the name `name` gives it.
pub fn choice<T: Copy + Send + Sync + 'static>(
    choices: &'static [(T, &'static str)],
    name: fn(T) -> &'static str,
) -> impl TypedValueParser<Value = T> {
    let possible = choices
        .iter()
        .map(|&(value, help)| PossibleValue::new(name(value)).help(help));
    PossibleValuesParser::new(possible.collect::<Vec<_>>()).map(move |s| {
        let listed = choices.iter().find(|&&(value, _)| name(value) == s);
        listed.expect("the parser takes only the names listed").0
    })
}

/// Loads the lexicon with the user's directories (flags, then GEOKG_LEXICON), or prints
/// every error with its file and line and returns `None`.
pub fn load_lexicon(cli: &Cli) -> Option<Lexicon> {
    match Lexicon::load_user(&cli.lexicon, &cli.lexicon_petrarch) {
        Ok(l) => {
            for w in &l.warnings {
                eprintln!("geokg: warning: {w}; skipped");
            }
            Some(l)
        }
        Err(errors) => {
            for e in errors {
                eprintln!("geokg: {e}");
            }
            eprintln!("geokg: {LEXICON_HAS_ERRORS}");
            None
        }
    }
}

/// Whether an I/O error is a closed pipe (`geokg extract | head`), which is not an error.
pub fn is_broken_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}

/// The end of a command that streams to stdout: flushes `out` unless writing has already
/// failed with `io_error`. `Some(exit code)` when writing failed (0 for a closed pipe, 2 after
/// saying why), `None` when everything was written.
pub fn finish_stream(
    out: &mut impl std::io::Write,
    io_error: Option<std::io::Error>,
) -> Option<u8> {
    let written = match io_error {
        Some(e) => Err(e),
        None => out.flush(),
    };
    written.is_err().then(|| query::finish_output(written))
}

/// Parses `--date` of `extract` and `build`: a whole day of the calendar, `YYYY-MM-DD`.
pub fn parse_day_arg(s: &str) -> Result<String, String> {
    geokg::lexicon::parse_user_day(s)
}
