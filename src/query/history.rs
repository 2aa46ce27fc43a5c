//! The events between two entities month by month, with a cooperation–conflict score
//! (read from the knowledge base by [`crate::kb::history`]).

use super::{QueryResult, Session};
use crate::graph::Level;
use crate::kb::history::{history, History, Sides};
use crate::model::EntityRef;
use serde::Serialize;

/// The dyad over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryAnswer {
    /// The months and their events.
    #[serde(flatten)]
    pub history: History,
    /// `country` counts a state's people, bodies and places with it.
    pub level: Level,
}

impl HistoryAnswer {
    /// Whether the two have no event at all (negated ones included).
    pub fn is_empty(&self) -> bool {
        self.history.total.events + self.history.total.negated == 0
    }
}

impl Session {
    /// The events between `a` and `b`; at country level a state counts its people, bodies
    /// and places with it.
    pub fn history(
        &self,
        a: &EntityRef,
        b: &EntityRef,
        level: Level,
    ) -> QueryResult<HistoryAnswer> {
        let roll_up = level == Level::Country;
        let h = history(&self.kb, Sides { a, b, roll_up }, &self.filter)
            .map_err(|e| self.kb_error(e))?;
        Ok(HistoryAnswer { history: h, level })
    }
}
