//! The types that pass between the pipeline stages: [`Article`] (ingest) →
//! sentences and tokens (text) → mentions (recognize) → [`Triple`] with [`Evidence`]
//! (extract, resolve). A triple serialises to exactly the JSON Lines record of the contract.

use crate::shared::named::named_enum;
use crate::shared::plover::PloverType;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One news article, as read by the ingest stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable identifier: given by the input, or derived from the content.
    pub id: String,
    /// The headline, if known.
    pub title: Option<String>,
    /// Publication date, normalised to `YYYY-MM-DD` when it could be read.
    pub date: Option<String>,
    /// Where the publication date came from ([`DateSource`]), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<DateSource>,
    /// The publisher or feed.
    pub source: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// The full text. Evidence offsets are byte offsets into this string.
    pub text: String,
}

named_enum! {
    /// Where an article's publication date came from, in the order of precedence.
    pub enum DateSource ("date source") {
        /// The record's own field (`date`, `published`, `publishedAt`, `pubDate`,
        /// `timestamp`).
        Record = "record",
        /// The page's metadata (`article:published_time`, `<time datetime>`, JSON-LD
        /// `datePublished`).
        Metadata = "metadata",
        /// A dateline or a date line at the top of the text ("LAGOS, May 3, 2021 (Reuters) -",
        /// "Published 3 May 2021").
        Dateline = "dateline",
        /// The `--date` option, for inputs that give none.
        Option = "option",
    }
}

/// The kind of an entity, as the contract names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A sovereign state (current or historical).
    Country,
    /// A named or titled person.
    Person,
    /// A government body, an international organisation, a company.
    Organization,
    /// An armed or non-state group.
    Group,
    /// A sub-national place or territory.
    Location,
    /// A news organisation.
    Media,
    /// Anything else (civilians, students, ...).
    Other,
}

impl Kind {
    /// Parses the lowercase name used in data files.
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "person" => Kind::Person,
            "organization" | "organisation" => Kind::Organization,
            "group" => Kind::Group,
            "location" => Kind::Location,
            "media" => Kind::Media,
            "other" => Kind::Other,
            _ => return None,
        })
    }

    /// The lowercase name used in data files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Group => "group",
            Kind::Location => "location",
            Kind::Media => "media",
            Kind::Other => "other",
        }
    }
}

/// An entity as it appears in a triple: canonical id, display name, kind and state.
/// An entity the lexicon does not know (open world, [`crate::recognize::open`]) has an id
/// `new:slug`; it serialises with `"verified": false` (lexicon entities omit the field).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub struct EntityRef {
    /// Canonical id (`country:RUS`, `person:ebrahim-raisi`, `gov:USA:state-department`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind of entity.
    pub kind: Kind,
    /// ISO 3166-1 alpha-3 code of the state the entity is or belongs to.
    pub country: Option<String>,
}

/// The id prefix of entities the lexicon does not know (open world).
pub const UNVERIFIED_PREFIX: &str = "new:";

impl EntityRef {
    /// The entity `id` named `name`, of `kind`, of the state `country` (ISO 3166-1 alpha-3).
    pub fn new(id: &str, name: &str, kind: Kind, country: Option<&str>) -> Self {
        EntityRef {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            country: country.map(str::to_string),
        }
    }

    /// An entity known only by its id (one the knowledge base does not describe): named by
    /// its id, of kind other, of no state.
    pub fn from_id(id: &str) -> Self {
        EntityRef::new(id, id, Kind::Other, None)
    }

    /// Whether the entity comes from the lexicon (`false` for open-world `new:` entities).
    pub fn verified(&self) -> bool {
        !self.id.starts_with(UNVERIFIED_PREFIX)
    }
}

/// As the contract has it: `id`, `name`, `kind`, `country`, and `"verified": false` for an
/// entity the lexicon does not know.
impl Serialize for EntityRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let verified = self.verified();
        let mut st = s.serialize_struct("EntityRef", if verified { 4 } else { 5 })?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("name", &self.name)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("country", &self.country)?;
        if !verified {
            st.serialize_field("verified", &false)?;
        }
        st.end()
    }
}

/// The event in PLOVER terms, with PLOVER's direction (the source acts on the target).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// One of the 16 PLOVER event types (its name in JSON).
    #[serde(rename = "type")]
    pub kind: PloverType,
    /// Entity id of the actor.
    pub source: String,
    /// Entity id of the one acted upon.
    pub target: String,
}

named_enum! {
    /// How the text presents the relation.
    #[derive(Default)]
    pub enum Modality ("modality") {
        /// Stated as fact.
        #[default]
        Asserted = "asserted",
        /// Stated as not having happened.
        Negated = "negated",
        /// Possible, suspected, suggested.
        Hedged = "hedged",
        /// Announced, planned or promised.
        Future = "future",
        /// Attributed to a speaker.
        Reported = "reported",
    }
}

impl Modality {
    /// From the firmest to the weakest: the order in which counts by modality are shown.
    pub const BY_WEIGHT: [Modality; 5] = [
        Modality::Asserted,
        Modality::Reported,
        Modality::Future,
        Modality::Hedged,
        Modality::Negated,
    ];

    /// Its weight as evidence that the relation holds: asserted 1, reported 0.8, future 0.6,
    /// hedged 0.5, negated 0.
    pub fn weight(self) -> f64 {
        match self {
            Modality::Asserted => 1.0,
            Modality::Reported => 0.8,
            Modality::Future => 0.6,
            Modality::Hedged => 0.5,
            Modality::Negated => 0.0,
        }
    }
}

/// Counts of evidence by modality.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ModalityCounts([u32; 5]);

impl ModalityCounts {
    /// Counts one more piece of evidence with modality `m`.
    pub fn add(&mut self, m: Modality) {
        self.0[m as usize] += 1;
    }

    /// How many have modality `m`.
    pub fn get(&self, m: Modality) -> u32 {
        self.0[m as usize]
    }

    /// The counts in the order of [`Modality::ALL`].
    pub fn counts(&self) -> [u32; 5] {
        self.0
    }

    /// Counts given in the order of [`Modality::ALL`].
    pub fn from_counts(counts: [u32; 5]) -> ModalityCounts {
        ModalityCounts(counts)
    }

    /// (modality, count) in the order of [`Modality::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Modality, u32)> + '_ {
        Modality::ALL.iter().map(|&m| (m, self.get(m)))
    }

    /// (name, count) from the firmest modality to the weakest ([`Modality::BY_WEIGHT`]).
    pub fn pairs(&self) -> [(&'static str, u32); 5] {
        Modality::BY_WEIGHT.map(|m| (m.as_str(), self.get(m)))
    }
}

/// As a map from each modality's name to its count.
impl Serialize for ModalityCounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.pairs())
    }
}

named_enum! {
    /// Whether a relation is cooperation, conflict or neither.
    #[derive(Default)]
    pub enum Polarity ("polarity") {
        /// Cooperation: meetings, aid, agreements.
        Cooperative = "cooperative",
        /// Conflict: accusations, sanctions, attacks.
        Conflictual = "conflictual",
        /// Structural relations: leader of, member of.
        #[default]
        Neutral = "neutral",
    }
}

/// The sentence a triple was read from, with its byte offsets in the article text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence exactly as it stands in the article: `text[start..end]`.
    pub text: String,
    /// Byte offset of the sentence start in the article text.
    pub start: usize,
    /// Byte offset of the sentence end in the article text.
    pub end: usize,
    /// The article's publication date (`YYYY-MM-DD`), `null` when it has none.
    #[serde(default)]
    pub article_date: Option<String>,
}

/// A [`Triple`] as read from a line of JSON, its strings borrowed from the line where no
/// escape needs undoing (for bulk loads, which copy them once into their rows). It reads
/// the same records as [`Triple`] and refuses the same ones.
#[derive(Debug, Deserialize)]
pub struct TripleIn<'a> {
    /// Article id.
    #[serde(borrow)]
    pub article: Cow<'a, str>,
    /// 0-based index of the sentence in the article.
    pub sentence: usize,
    /// The subject as the sentence has it.
    #[serde(borrow)]
    pub subject: EntityIn<'a>,
    /// Relation id.
    #[serde(borrow)]
    pub relation: Cow<'a, str>,
    /// The object as the sentence has it.
    #[serde(borrow)]
    pub object: EntityIn<'a>,
    /// The event in PLOVER terms.
    #[serde(borrow)]
    pub plover: Option<PloverIn<'a>>,
    /// CAMEO code.
    #[serde(borrow)]
    pub cameo: Option<Cow<'a, str>>,
    /// Cooperation, conflict or neither.
    pub polarity: Polarity,
    /// How the text presents it.
    pub modality: Modality,
    /// Who says so.
    #[serde(borrow)]
    pub claimed_by: Option<EntityIn<'a>>,
    /// How sure the extractor is.
    pub confidence: f64,
    /// The date of the event.
    #[serde(borrow)]
    pub date: Option<Cow<'a, str>>,
    /// The sentence it was read from.
    #[serde(borrow)]
    pub evidence: EvidenceIn<'a>,
}

/// An [`EntityRef`] of a [`TripleIn`].
#[derive(Debug, Deserialize)]
pub struct EntityIn<'a> {
    /// Canonical id.
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    /// Display name.
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// Kind of entity.
    pub kind: Kind,
    /// The state's code.
    #[serde(borrow)]
    pub country: Option<Cow<'a, str>>,
}

/// A [`Plover`] of a [`TripleIn`].
#[derive(Debug, Deserialize)]
pub struct PloverIn<'a> {
    /// The PLOVER event type.
    #[serde(rename = "type")]
    pub kind: PloverType,
    /// Entity id of the actor.
    #[serde(borrow)]
    pub source: Cow<'a, str>,
    /// Entity id of the one acted upon.
    #[serde(borrow)]
    pub target: Cow<'a, str>,
}

/// An [`Evidence`] of a [`TripleIn`].
#[derive(Debug, Deserialize)]
pub struct EvidenceIn<'a> {
    /// The sentence.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Byte offset of the sentence start in the article text.
    pub start: usize,
    /// Byte offset of the sentence end in the article text.
    pub end: usize,
    /// The article's publication date (read as [`Evidence`] reads it; unused).
    #[serde(default, borrow)]
    pub article_date: Option<Cow<'a, str>>,
}

impl EntityIn<'_> {
    /// Whether the entity comes from the lexicon, as [`EntityRef::verified`].
    pub fn verified(&self) -> bool {
        !self.id.starts_with(UNVERIFIED_PREFIX)
    }

    /// The entity as an [`EntityRef`].
    pub fn to_entity(&self) -> EntityRef {
        EntityRef::new(&self.id, &self.name, self.kind, self.country.as_deref())
    }
}

impl EntityRef {
    /// The entity as a [`TripleIn`] holds it, borrowing its strings.
    pub fn as_in(&self) -> EntityIn<'_> {
        EntityIn {
            id: Cow::Borrowed(&self.id),
            name: Cow::Borrowed(&self.name),
            kind: self.kind,
            country: self.country.as_deref().map(Cow::Borrowed),
        }
    }
}

impl Triple {
    /// The triple as a [`TripleIn`], borrowing its strings.
    pub fn as_in(&self) -> TripleIn<'_> {
        TripleIn {
            article: Cow::Borrowed(&self.article),
            sentence: self.sentence,
            subject: self.subject.as_in(),
            relation: Cow::Borrowed(&self.relation),
            object: self.object.as_in(),
            plover: self.plover.as_ref().map(|p| PloverIn {
                kind: p.kind,
                source: Cow::Borrowed(&p.source),
                target: Cow::Borrowed(&p.target),
            }),
            cameo: self.cameo.as_deref().map(Cow::Borrowed),
            polarity: self.polarity,
            modality: self.modality,
            claimed_by: self.claimed_by.as_ref().map(EntityRef::as_in),
            confidence: self.confidence,
            date: self.date.as_deref().map(Cow::Borrowed),
            evidence: EvidenceIn {
                text: Cow::Borrowed(&self.evidence.text),
                start: self.evidence.start,
                end: self.evidence.end,
                article_date: self.evidence.article_date.as_deref().map(Cow::Borrowed),
            },
        }
    }
}

/// One entity–relation–entity fact with its evidence: one line of `geokg extract`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Triple {
    /// Article id.
    pub article: String,
    /// 0-based index of the sentence in the article.
    pub sentence: usize,
    /// The subject as the sentence has it.
    pub subject: EntityRef,
    /// Relation id from the relation catalogue (surface direction).
    pub relation: String,
    /// The object as the sentence has it.
    pub object: EntityRef,
    /// The event in PLOVER terms, or `None` for structural relations.
    pub plover: Option<Plover>,
    /// CAMEO code, or `None`.
    pub cameo: Option<String>,
    /// Cooperation, conflict or neither.
    pub polarity: Polarity,
    /// How the text presents it.
    pub modality: Modality,
    /// Who says so, when the text says.
    pub claimed_by: Option<EntityRef>,
    /// 0..1: how sure the extractor is (see the README for what the figures mean).
    pub confidence: f64,
    /// The date of the event (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): the time the event's own
    /// clause gives, explicit or relative to the article date; else the article's date for
    /// news of the day; `None` for background states, habitual events and undated articles.
    pub date: Option<String>,
    /// The phrase that gave [`Triple::date`] ("In August 2008", "last week"), or why it is
    /// empty ("for years"): for `geokg explain`, not part of the JSON record.
    #[serde(skip)]
    pub date_phrase: Option<String>,
    /// The sentence it was read from.
    pub evidence: Evidence,
}
