//! Who can be the two parties of an event between states: not one entity with itself, not
//! a state's body acting on the state nor the state talking to its body, not a person, body
//! or state cooperating with its own state or another of its bodies. Both matchers ask it.

use crate::model::{EntityRef, Kind};

/// Whether a CAMEO code is one of talking, agreeing, working together or giving (03–07):
/// what a person does so with their own state is their office, not an event between them.
fn cooperation(code: &str) -> bool {
    matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07"))
}

/// Whether a CAMEO code is of an appeal or demand (02, 10), which a state's leader or body
/// makes of its own army, police or parliament as a command: "ordered the army back to its
/// barracks" is the state's own business.
fn command(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "10"))
}

/// Whether a CAMEO code is of something said or felt (criticism, support, appeals,
/// rejection, threats, cooperation), which a place cannot be the other side of: "blasting
/// Gaza City" criticises no city, "opposed California Proposition 215" opposes no state.
pub(super) fn said_or_felt(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("01" | "02" | "03" | "05" | "06" | "10" | "11" | "12" | "13")
    )
}

/// Whether an event with this code between `s` and `o` is no event between states: one
/// entity with itself, a state's body acting on the state or the state talking to its body,
/// or a person, a body or a state cooperating with its own state or another of its bodies,
/// or commanding them.
/// Both matchers ask it.
pub(super) fn one_states_own(s: &EntityRef, o: &EntityRef, code: Option<&str>) -> bool {
    s.id == o.id
        || organ_on_own_state(s, o, code)
        || code
            .is_some_and(|c| cooperation(c) || command(c) || alert(c) && o.id.starts_with("gov:"))
            && (own_state(s, o) || bodies_of_one_state(s, o))
}

/// Whether a CAMEO code is of a show of force (15: alert, mobilisation), whose object may be
/// the state's own forces, put on alert or mobilised, and never its target: "placed the
/// Turkish army on high alert" shows force against no one it names.
fn alert(code: &str) -> bool {
    code.starts_with("15")
}

/// Whether a body of a state (its army, navy, ministry) acts on that state itself, or the
/// state talks to, yields to or criticises its own body: "U.S. warships escorted U.S.-flagged
/// Kuwaiti tankers" protects Kuwait, not the United States; "the White House opposed a
/// budget summit with Congress" is a state's own politics, no event between states. A state
/// that coerces or fights its own body does act ("Turkey arrested Turkish army officers").
fn organ_on_own_state(s: &EntityRef, o: &EntityRef, code: Option<&str>) -> bool {
    let organ_of = |b: &EntityRef, c: &EntityRef| {
        b.id.starts_with("gov:") && c.kind == Kind::Country && b.country == c.country
    };
    let force = code.is_some_and(|c| matches!(c.get(..2), Some("17" | "18" | "19" | "20")));
    organ_of(s, o) || !force && organ_of(o, s)
}

/// Whether two bodies belong to one state, or one is a body of the other ("the U.S. Army ...
/// to help protect U.S. ground forces", "the pact is approved by Canada's parliament"): their
/// working together is the state's own business, no event between states.
fn bodies_of_one_state(a: &EntityRef, b: &EntityRef) -> bool {
    let body_or_state = |e: &EntityRef| e.id.starts_with("gov:") || e.kind == Kind::Country;
    (a.id.starts_with("gov:") || b.id.starts_with("gov:"))
        && body_or_state(a)
        && body_or_state(b)
        && a.country == b.country
}

/// Whether one of two entities is a person and the other the state that person belongs to,
/// or its government or people ("Soviet Foreign Minister Shevardnadze" and the Soviet Union,
/// Australia's defence minister and "two Australian men").
fn own_state(a: &EntityRef, b: &EntityRef) -> bool {
    let one = |p: &EntityRef, c: &EntityRef| {
        p.kind == Kind::Person
            && p.country.is_some()
            && p.country == c.country
            && (c.kind == Kind::Country || c.id.starts_with("gov:") || c.id.starts_with("other:"))
    };
    one(a, b) || one(b, a)
}
