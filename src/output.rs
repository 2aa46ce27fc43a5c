//! Writing triples: JSON Lines (the contract's format) and a readable TSV table.

use crate::model::Triple;
use crate::shared::named::named_enum;
use std::io::{self, Write};

named_enum! {
    /// Output formats of `geokg extract`.
    pub enum TripleFormat ("triple format") {
        /// One JSON object per line, as `CONTRACT.md` specifies.
        Jsonl = "jsonl",
        /// A tab-separated table with a header, for reading.
        Tsv = "tsv",
    }
}

/// The TSV header.
pub const TSV_HEADER: &str = "article\tsentence\tsubject\trelation\tobject\tplover\tcameo\tmodality\tconfidence\tdate\tclaimed_by\tevidence";

/// Writes one triple in the given format.
pub fn write_triple(w: &mut dyn Write, t: &Triple, fmt: TripleFormat) -> io::Result<()> {
    match fmt {
        TripleFormat::Jsonl => {
            // The line is serialised into a buffer and written at once: serde_json writes
            // a record piece by piece, and through `dyn Write` every piece is a call.
            let mut line = Vec::with_capacity(1024);
            serde_json::to_writer(&mut line, t).map_err(io::Error::other)?;
            line.push(b'\n');
            w.write_all(&line)
        }
        TripleFormat::Tsv => {
            let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
            let plover = t
                .plover
                .as_ref()
                .map(|p| format!("{} {}→{}", p.kind, p.source, p.target))
                .unwrap_or_default();
            writeln!(
                w,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\t{}",
                clean(&t.article),
                t.sentence,
                clean(&format!(
                    "{} [{}]",
                    t.subject.name,
                    t.subject.country.as_deref().unwrap_or("-")
                )),
                t.relation,
                clean(&format!(
                    "{} [{}]",
                    t.object.name,
                    t.object.country.as_deref().unwrap_or("-")
                )),
                plover,
                t.cameo.as_deref().unwrap_or(""),
                t.modality.as_str(),
                t.confidence,
                t.date.as_deref().unwrap_or(""),
                t.claimed_by
                    .as_ref()
                    .map(|c| clean(&c.name))
                    .unwrap_or_default(),
                clean(&t.evidence.text),
            )
        }
    }
}
