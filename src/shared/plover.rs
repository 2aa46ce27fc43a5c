//! PLOVER event types (Political Language Ontology for Verifiable Event Records): the 16
//! types a relation or an event code stands for, as an enum ([`PloverType`]).

use super::named::named_enum;

named_enum! {
    /// One of the 16 PLOVER event types. Declared in alphabetical order, so that sorted
    /// collections list them as their names sort; [`PLOVER_ORDER`] is PLOVER's own order.
    pub enum PloverType ("PLOVER type") {
        /// Accusing, criticising, denouncing.
        Accuse = "ACCUSE",
        /// Agreeing, signing, settling.
        Agree = "AGREE",
        /// Giving aid: economic, military, humanitarian.
        Aid = "AID",
        /// Attacking with force.
        Assault = "ASSAULT",
        /// Coercing: arrests, blockades, seizures.
        Coerce = "COERCE",
        /// Conceding, easing, releasing.
        Concede = "CONCEDE",
        /// Meeting, visiting, talking.
        Consult = "CONSULT",
        /// Cooperating: alliances, joint work.
        Cooperate = "COOPERATE",
        /// Mobilising forces, raising alert.
        Mobilize = "MOBILIZE",
        /// Protesting, demonstrating.
        Protest = "PROTEST",
        /// Rejecting, refusing.
        Reject = "REJECT",
        /// Asking, demanding, appealing.
        Request = "REQUEST",
        /// Retreating, withdrawing.
        Retreat = "RETREAT",
        /// Sanctioning, cutting ties.
        Sanction = "SANCTION",
        /// Supporting, praising, endorsing.
        Support = "SUPPORT",
        /// Threatening.
        Threaten = "THREATEN",
    }
}

/// The PLOVER types in PLOVER's own order, from cooperation to conflict.
pub const PLOVER_ORDER: [PloverType; 16] = [
    PloverType::Agree,
    PloverType::Consult,
    PloverType::Support,
    PloverType::Concede,
    PloverType::Cooperate,
    PloverType::Aid,
    PloverType::Retreat,
    PloverType::Request,
    PloverType::Accuse,
    PloverType::Reject,
    PloverType::Threaten,
    PloverType::Protest,
    PloverType::Sanction,
    PloverType::Mobilize,
    PloverType::Coerce,
    PloverType::Assault,
];

/// The names of the PLOVER types in PLOVER's order (as [`PLOVER_ORDER`]).
pub const PLOVER_TYPES: &[&str] = &NAMES;

const NAMES: [&str; 16] = {
    let mut out = [""; 16];
    let mut i = 0;
    while i < 16 {
        out[i] = PLOVER_ORDER[i].as_str();
        i += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_both_orders_hold_every_type() {
        assert_eq!(PloverType::ALL.len(), 16);
        for t in PloverType::ALL {
            assert_eq!(PloverType::parse(t.as_str()), Some(*t));
            assert!(PLOVER_ORDER.contains(t));
        }
        assert_eq!(PLOVER_TYPES[0], "AGREE");
        assert_eq!(PLOVER_TYPES[15], "ASSAULT");
        let mut sorted = PLOVER_TYPES.to_vec();
        sorted.sort();
        let declared: Vec<&str> = PloverType::ALL.iter().map(|t| t.as_str()).collect();
        assert_eq!(declared, sorted, "declared in the order of their names");
        assert_eq!("AID".parse::<PloverType>(), Ok(PloverType::Aid));
        assert!("FIGHT"
            .parse::<PloverType>()
            .unwrap_err()
            .contains("unknown PLOVER type"));
        assert_eq!(
            serde_json::to_string(&PloverType::Aid).unwrap(),
            "\"AID\"".to_string()
        );
    }
}
