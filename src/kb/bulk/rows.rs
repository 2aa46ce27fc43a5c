//! The rows a bulk load stores: articles as [`super::Prep`] decided, and triples as read,
//! their strings end to end in one buffer.

use crate::model::{Article, EntityIn, Kind, Modality, Polarity, TripleIn};

/// No number: a row left out, a date or a country not given.
pub(super) const NONE: u32 = u32::MAX;

/// Articles to store, as [`super::Prep::articles`] decided: each with its hash and its slot.
pub struct ArticleRows(pub(super) Vec<(Article, String, u32)>);

/// A piece of [`TripleRows::text`]: start and length, or [`Span::NULL`].
#[derive(Clone, Copy)]
pub(super) struct Span(pub(super) u32, pub(super) u32);

impl Span {
    pub(super) const NULL: Span = Span(u32::MAX, 0);
}

/// An entity of a row as [`TripleRows::push`] read it: its id is among the row's texts.
#[derive(Clone, Copy)]
pub(super) struct EntitySpan {
    pub(super) name: Span,
    pub(super) kind: Kind,
    pub(super) country: Span,
}

/// One row of `triples`: what [`TripleRows::push`] read from a line, its strings in
/// [`TripleRows::text`], then completed by [`super::Prep::triples`] (its edge, its Goldstein
/// value) or marked as left out.
pub(super) struct Row {
    /// The number of its edge; [`NONE`] when the row is left out (until [`super::Prep::triples`]
    /// has seen it, and after, for a triple it leaves out).
    pub(super) edge: u32,
    pub(super) sentence: i64,
    pub(super) start: i64,
    pub(super) end: i64,
    pub(super) confidence: f64,
    pub(super) goldstein: Option<f64>,
    pub(super) polarity: Polarity,
    pub(super) modality: Modality,
    /// Article, subject, relation, object, PLOVER type, source and target, CAMEO code,
    /// claimed by, date, evidence text.
    pub(super) text: [Span; 11],
    pub(super) subject: EntitySpan,
    pub(super) object: EntitySpan,
    /// The speaker's name and the rest (its id is the text "claimed by").
    pub(super) claimed_by: EntitySpan,
}

/// Rows of `triples` to store, their strings end to end in one buffer: filled from the
/// lines of the input ([`TripleRows::push`], on any thread), completed in the order of the
/// input by [`super::Prep::triples`], then stored by [`super::Bulk::triples`].
#[derive(Default)]
pub struct TripleRows {
    pub(super) text: String,
    pub(super) rows: Vec<Row>,
    /// How many rows [`super::Prep::triples`] kept.
    pub(super) kept: usize,
}

impl TripleRows {
    fn span(&mut self, s: Option<&str>) -> Span {
        match s {
            None => Span::NULL,
            Some(s) => {
                let at = self.text.len() as u32;
                self.text.push_str(s);
                Span(at, s.len() as u32)
            }
        }
    }

    fn entity(&mut self, e: Option<&EntityIn<'_>>) -> EntitySpan {
        EntitySpan {
            name: self.span(e.map(|e| e.name.as_ref())),
            kind: e.map_or(Kind::Country, |e| e.kind),
            country: self.span(e.and_then(|e| e.country.as_deref())),
        }
    }

    pub(super) fn get(&self, s: Span) -> Option<&str> {
        get(&self.text, s)
    }

    /// Adds the row of a triple, as read. With `known_only`, a triple of an open-world
    /// subject or object is left out, and an open-world speaker is dropped, as
    /// [`crate::recognize::open::drop_unverified`] does.
    pub fn push(&mut self, t: &TripleIn<'_>, known_only: bool) {
        if known_only && !(t.subject.verified() && t.object.verified()) {
            return;
        }
        let claimed_by = t
            .claimed_by
            .as_ref()
            .filter(|c| !known_only || c.verified());
        let plover = t.plover.as_ref();
        let text = [
            self.span(Some(&t.article)),
            self.span(Some(&t.subject.id)),
            self.span(Some(&t.relation)),
            self.span(Some(&t.object.id)),
            self.span(plover.map(|p| p.kind.as_str())),
            self.span(plover.map(|p| p.source.as_ref())),
            self.span(plover.map(|p| p.target.as_ref())),
            self.span(t.cameo.as_deref()),
            self.span(claimed_by.map(|c| c.id.as_ref())),
            self.span(t.date.as_deref()),
            self.span(Some(&t.evidence.text)),
        ];
        let subject = self.entity(Some(&t.subject));
        let object = self.entity(Some(&t.object));
        let claimed_by = self.entity(claimed_by);
        self.rows.push(Row {
            edge: NONE,
            sentence: t.sentence as i64,
            start: t.evidence.start as i64,
            end: t.evidence.end as i64,
            confidence: t.confidence,
            goldstein: None,
            polarity: t.polarity,
            modality: t.modality,
            text,
            subject,
            object,
            claimed_by,
        });
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// How many rows [`super::Prep::triples`] kept (to be stored).
    pub fn kept(&self) -> usize {
        self.kept
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Empties it, keeping its memory for the next rows.
    pub fn clear(&mut self) {
        self.text.clear();
        self.rows.clear();
        self.kept = 0;
    }
}

pub(super) fn get(text: &str, s: Span) -> Option<&str> {
    (s.0 != u32::MAX).then(|| &text[s.0 as usize..(s.0 + s.1) as usize])
}
