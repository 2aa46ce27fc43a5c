//! CSV for spreadsheets: `nodes.csv`, `edges.csv` and `evidence.csv` (one row per supporting
//! sentence, with its article, dates, source, URL, byte offsets and text).
//!
//! Written for Excel and LibreOffice: UTF-8 with a byte-order mark in files (so that Excel
//! does not guess a legacy code page; written to stdout, the edges have none), every field
//! that needs it quoted, and no formula injection: a text cell that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return is prefixed with `'`, so a spreadsheet shows it as
//! text instead of evaluating it ([`neutralise`]; [`restore`] undoes it). Numbers are never
//! prefixed. Rows follow the export's order: nodes by id, edges by (source, relation,
//! target), evidence by edge, then date, article and offset.

use super::{fmt_num, ExportEdge, ExportResult, Subgraph};
use crate::shared::plover::PloverType;

/// The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The files of a CSV export directory, in the order they are written.
pub const FILES: [&str; 3] = ["nodes.csv", "edges.csv", "evidence.csv"];

fn formula_like(s: &str) -> bool {
    s.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text cell made safe for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or carriage
/// return gets a `'` in front, so that it is shown, not evaluated (a cell that already
/// starts with `'` before one of them gets one more, so that [`restore`] is exact).
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    if formula_like(s) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Undoes [`neutralise`]: the cell as it was in the knowledge base.
pub fn restore(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => s,
    }
}

fn text(s: &str) -> String {
    neutralise(s).into_owned()
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(text).unwrap_or_default()
}

fn name(p: Option<PloverType>) -> String {
    p.map(|p| p.as_str().to_string()).unwrap_or_default()
}

fn finish(w: csv::Writer<Vec<u8>>, bom: bool) -> ExportResult<String> {
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    // The writer only ever receives `String`s: its bytes are UTF-8.
    let body = String::from_utf8_lossy(&bytes);
    Ok(if bom {
        format!("{BOM}{body}")
    } else {
        body.into_owned()
    })
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new())
}

fn csv_err(e: csv::Error) -> super::ExportError {
    super::ExportError::Io(std::io::Error::other(e))
}

/// `nodes.csv`: `id,name,kind,country,verified,degree,evidence,pagerank` (`verified` is
/// `false` for entities the lexicon does not know).
pub fn nodes(sg: &Subgraph, bom: bool) -> ExportResult<String> {
    let mut w = writer();
    w.write_record([
        "id", "name", "kind", "country", "verified", "degree", "evidence", "pagerank",
    ])
    .map_err(csv_err)?;
    for n in &sg.nodes {
        w.write_record([
            text(&n.id),
            text(&n.name),
            n.kind.as_str().to_string(),
            opt(&n.country),
            n.verified().to_string(),
            n.degree.to_string(),
            n.evidence.to_string(),
            fmt_num(n.pagerank, 6),
        ])
        .map_err(csv_err)?;
    }
    finish(w, bom)
}

/// The columns of `edges.csv`.
pub const EDGE_COLUMNS: [&str; 19] = [
    "id",
    "source",
    "source_name",
    "relation",
    "target",
    "target_name",
    "label",
    "polarity",
    "symmetric",
    "plover",
    "evidence",
    "asserted",
    "reported",
    "future",
    "hedged",
    "negated",
    "first_date",
    "last_date",
    "max_confidence",
];

fn edge_row(sg: &Subgraph, e: &ExportEdge) -> Vec<String> {
    let (s, t) = (sg.node(e.source), sg.node(e.target));
    let mut row = vec![
        e.key(),
        text(&s.id),
        text(&s.name),
        text(&e.relation),
        text(&t.id),
        text(&t.name),
        text(&e.label),
        text(e.polarity.as_str()),
        e.symmetric.to_string(),
        name(e.plover),
        e.count().to_string(),
    ];
    row.extend(e.modalities.pairs().iter().map(|(_, n)| n.to_string()));
    row.push(opt(&e.first_date));
    row.push(opt(&e.last_date));
    row.push(fmt_num(e.max_confidence, 3));
    row
}

/// `edges.csv`: one row per (source, relation, target) with its evidence counts by
/// modality and its date range.
pub fn edges(sg: &Subgraph, bom: bool) -> ExportResult<String> {
    let mut w = writer();
    w.write_record(EDGE_COLUMNS).map_err(csv_err)?;
    for e in &sg.edges {
        w.write_record(edge_row(sg, e)).map_err(csv_err)?;
    }
    finish(w, bom)
}

/// The columns of `evidence.csv`.
pub const EVIDENCE_COLUMNS: [&str; 21] = [
    "edge",
    "source",
    "relation",
    "target",
    "subject",
    "object",
    "modality",
    "confidence",
    "claimed_by",
    "plover",
    "cameo",
    "date",
    "article",
    "title",
    "published",
    "publisher",
    "url",
    "sentence",
    "start",
    "end",
    "text",
];

/// `evidence.csv`: one row per supporting sentence. `source`/`target` are the edge's ends
/// as exported (states at country level), `subject`/`object` the triple's entities as
/// extracted; `publisher` is the article's source; `start`/`end` are byte offsets of the
/// sentence in the article's text.
pub fn evidence(sg: &Subgraph, bom: bool) -> ExportResult<String> {
    let mut w = writer();
    w.write_record(EVIDENCE_COLUMNS).map_err(csv_err)?;
    for e in &sg.edges {
        let (s, t) = (sg.node(e.source), sg.node(e.target));
        for ev in &e.evidence {
            w.write_record([
                e.key(),
                text(&s.id),
                text(&e.relation),
                text(&t.id),
                text(&ev.subject),
                text(&ev.object),
                text(ev.modality.as_str()),
                fmt_num(ev.confidence, 3),
                opt(&ev.claimed_by),
                name(ev.plover),
                opt(&ev.cameo),
                opt(&ev.date),
                text(&ev.article),
                opt(&ev.title),
                opt(&ev.published),
                opt(&ev.source),
                opt(&ev.url),
                ev.sentence.to_string(),
                ev.start.to_string(),
                ev.end.to_string(),
                text(&ev.text),
            ])
            .map_err(csv_err)?;
        }
    }
    finish(w, bom)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::select::tests::snapshot;
    use crate::export::Selection;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for s in [
            "=SUM(A1)", "+1", "-Ann", "@x", "\tx", "plain", "", "'=quoted", "'x",
        ] {
            assert_eq!(restore(&neutralise(s)), s);
        }
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("Iran"), "Iran");
    }

    #[test]
    fn files_round_trip_through_a_csv_reader() {
        let sg = Selection::default().apply(&snapshot()).unwrap();
        let text = evidence(&sg, true).unwrap();
        assert!(text.starts_with(BOM));
        let mut r = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(r.headers().unwrap(), EVIDENCE_COLUMNS.as_slice());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let total: usize = sg.edges.iter().map(|e| e.evidence.len()).sum();
        assert_eq!(rows.len(), total);
        let texts: Vec<&str> = rows.iter().map(|r| restore(&r[20])).collect();
        assert!(texts.contains(&"-Ann hit B."));
        assert!(rows.iter().any(|r| &r[20] == "'-Ann hit B."));
        let nodes_text = nodes(&sg, false).unwrap();
        let mut r = csv::Reader::from_reader(nodes_text.as_bytes());
        let names: Vec<String> = r
            .records()
            .map(|x| restore(&x.unwrap()[1]).to_string())
            .collect();
        assert!(names.contains(&"The \"G7\" \\ <club> & =SUM(A1)".to_string()));
    }
}
