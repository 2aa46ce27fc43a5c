//! The parts the answers share: an edge between two entities with its evidence counts
//! ([`EdgeView`]), and the stored triple that best supports it ([`EvidencedEdge`]).

use crate::graph::HopEdge;
use crate::kb::StoredTriple;
use crate::model::{EntityRef, Modality, ModalityCounts, Polarity};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// A number rounded to 3 decimals, as the answers write costs and confidences.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Serialises a number rounded to 3 decimals (the value itself stays exact for text).
pub(crate) fn rounded<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round3(*x))
}

/// Serialises an entity as its id.
pub(crate) fn id_only<S: Serializer>(e: &EntityRef, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&e.id)
}

/// One edge (subject, relation, object) seen from one of its ends.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeView {
    /// Relation id.
    pub relation: String,
    /// `forward` (from the end it is seen from), `backward` or `both` (symmetric).
    pub direction: &'static str,
    /// Subject id.
    pub subject: String,
    /// Object id.
    pub object: String,
    /// The relation's polarity.
    pub polarity: Polarity,
    /// Supporting triples.
    pub evidence_count: u32,
    /// The supporting triples by modality.
    pub modalities: ModalityCounts,
    /// Earliest evidence date.
    pub first_date: Option<String>,
    /// Latest evidence date.
    pub last_date: Option<String>,
    /// Highest evidence confidence.
    #[serde(serialize_with = "rounded")]
    pub max_confidence: f64,
    /// Its cost in path search.
    #[serde(serialize_with = "rounded")]
    pub cost: f64,
}

impl EdgeView {
    /// The edge of a hop, seen from `from`.
    pub fn new(from: &EntityRef, e: &HopEdge<'_>) -> EdgeView {
        let (first_date, last_date) = e.data.date_range();
        EdgeView {
            relation: e.relation.id.clone(),
            direction: e.direction(from),
            subject: e.subject.id.clone(),
            object: e.object.id.clone(),
            polarity: e.relation.polarity,
            evidence_count: e.data.evidence,
            modalities: e.data.modalities,
            first_date,
            last_date,
            max_confidence: e.data.max_confidence,
            cost: e.cost,
        }
    }

    /// "3 evidence (2 asserted, 1 hedged), 2022-11-09 … 2022-11-10"
    pub fn summary(&self) -> String {
        let mods: Vec<String> = Modality::BY_WEIGHT
            .iter()
            .filter(|&&m| self.modalities.get(m) > 0)
            .map(|&m| format!("{} {}", self.modalities.get(m), m.as_str()))
            .collect();
        let dates = match (&self.first_date, &self.last_date) {
            (Some(a), Some(b)) if a == b => a.clone(),
            (Some(a), Some(b)) => format!("{a} … {b}"),
            _ => "undated".into(),
        };
        format!(
            "{} evidence ({}), {dates}",
            self.evidence_count,
            mods.join(", ")
        )
    }

    /// `A —rel→ B`, `A ←rel— B` or `A —rel— B` as the edge points.
    pub fn arrow(&self, from: &EntityRef, to: &EntityRef) -> String {
        match self.direction {
            "forward" => format!("{} —{}→ {}", from.name, self.relation, to.name),
            "backward" => format!("{} ←{}— {}", from.name, self.relation, to.name),
            _ => format!("{} —{}— {}", from.name, self.relation, to.name),
        }
    }
}

/// Serialises the stored triple behind an edge as the answers' `evidence`: where the
/// sentence is from and the triple read from it, in this order (its PLOVER type, CAMEO code,
/// polarity, publication date and row id are left out).
fn evidence<S: Serializer>(t: &Option<StoredTriple>, s: S) -> Result<S::Ok, S::Error> {
    struct Evidence<'a>(&'a StoredTriple);
    impl Serialize for Evidence<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let t = self.0;
            let mut st = s.serialize_struct("Evidence", 15)?;
            st.serialize_field("article", &t.article)?;
            st.serialize_field("title", &t.title)?;
            st.serialize_field("source", &t.source)?;
            st.serialize_field("url", &t.url)?;
            st.serialize_field("sentence", &t.sentence)?;
            st.serialize_field("text", &t.text)?;
            st.serialize_field("start", &t.start)?;
            st.serialize_field("end", &t.end)?;
            st.serialize_field("subject", &t.subject)?;
            st.serialize_field("relation", &t.relation)?;
            st.serialize_field("object", &t.object)?;
            st.serialize_field("modality", &t.modality)?;
            st.serialize_field("confidence", &t.confidence)?;
            st.serialize_field("date", &t.date)?;
            st.serialize_field("claimed_by", &t.claimed_by)?;
            st.end()
        }
    }
    t.as_ref().map(Evidence).serialize(s)
}

/// An edge with the sentence that supports it best.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidencedEdge {
    /// The edge.
    #[serde(flatten)]
    pub edge: EdgeView,
    /// Its strongest evidence, when it can be read.
    #[serde(serialize_with = "evidence")]
    pub evidence: Option<StoredTriple>,
}

impl EvidencedEdge {
    /// The edge of a hop seen from `from`, with its strongest evidence from `session`.
    pub fn new(session: &super::Session, from: &EntityRef, e: &HopEdge<'_>) -> EvidencedEdge {
        EvidencedEdge {
            edge: EdgeView::new(from, e),
            evidence: session.evidence(e.data.best),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Answer {
        #[serde(serialize_with = "evidence")]
        evidence: Option<StoredTriple>,
    }

    /// The answers' evidence keeps its fields and their order (the Python package hands the
    /// JSON on as written), and leaves out what only the knowledge base needs.
    #[test]
    fn evidence_is_written_in_its_own_order() {
        let t = StoredTriple {
            id: 7,
            article: "a1".into(),
            subject: "country:NOR".into(),
            relation: "aids".into(),
            object: "country:HTI".into(),
            modality: Modality::Hedged,
            confidence: 0.5,
            text: "Norway may send aid to Haiti.".into(),
            end: 29,
            published: Some("2024-03-06".into()),
            ..StoredTriple::default()
        };
        let json = serde_json::to_string(&Answer { evidence: Some(t) }).unwrap();
        assert_eq!(
            json,
            "{\"evidence\":{\"article\":\"a1\",\"title\":null,\"source\":null,\"url\":null,\
             \"sentence\":0,\"text\":\"Norway may send aid to Haiti.\",\"start\":0,\"end\":29,\
             \"subject\":\"country:NOR\",\"relation\":\"aids\",\"object\":\"country:HTI\",\
             \"modality\":\"hedged\",\"confidence\":0.5,\"date\":null,\"claimed_by\":null}}"
        );
        let none = serde_json::to_string(&Answer { evidence: None }).unwrap();
        assert_eq!(none, "{\"evidence\":null}");
    }
}
