//! Royal offices and who holds one by a given name: the roles that royals hold, and the one
//! holder of such a role on a date that a first name picks out ("Crown Prince Abdullah").

use crate::lexicon::{DateKey, Lexicon};
use crate::model::EntityRef;

/// Roles of a royal house: those who hold them are of the state of the house.
const ROYAL: &[&str] = &[
    "king",
    "queen",
    "queen_consort",
    "prince",
    "princess",
    "crown_prince",
    "emir",
    "sultan",
    "sheikh",
    "grand_duke",
    "grand_duchess",
];

/// Whether a role is one of a royal house.
pub(super) fn is_royal(role: &str) -> bool {
    ROYAL.contains(&role)
}

/// The one holder of a royal `role` on `date` whose given name is `name` ("Crown Prince
/// Abdullah", "King Hussein"): royals go by the first name, not the family's. Two holders
/// of that name (two kings called Abdullah on one date) name none; without a date the name
/// must fit one holder ever.
pub(super) fn holder_by_given_name(
    lex: &Lexicon,
    role: &str,
    name: &str,
    date: Option<DateKey>,
) -> Option<EntityRef> {
    if !is_royal(role) {
        return None;
    }
    let mut found: Option<usize> = None;
    for r in lex.roles.iter().filter(|r| r.role == role) {
        let p = &lex.entities[r.person];
        let first = p.name.split(' ').next().unwrap_or("").to_lowercase();
        if first == name && r.held_on(date) {
            if found.is_some_and(|f| f != r.person) {
                return None;
            }
            found = Some(r.person);
        }
    }
    found.map(|p| lex.entities[p].to_ref())
}
