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

/// Whether a word is a regnal number ("II", "XVI"): a name of a monarch or a pope goes
/// without it ("King Juan Carlos", "Pope Benedict").
fn regnal_number(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// The one holder of a royal `role` (or of the papacy) on `date` whose given name is `name`
/// ("Crown Prince Abdullah", "King Hussein", "Pope John Paul" for Pope John Paul II):
/// royals go by the first name, not the family's, and they and popes without their
/// regnal number. Two holders of that name (two kings called Abdullah on one date) name
/// none; without a date the name must fit one holder ever.
pub(super) fn holder_by_given_name(
    lex: &Lexicon,
    role: &str,
    name: &str,
    date: Option<DateKey>,
) -> Option<EntityRef> {
    if !is_royal(role) && role != "pope" {
        return None;
    }
    let title = role.replace('_', " ");
    let mut found: Option<usize> = None;
    for r in lex.roles.iter().filter(|r| r.role == role) {
        let p = &lex.entities[r.person];
        // (the name without the title before it and the number after it)
        let full = match p.name.rsplit_once(' ') {
            Some((head, n)) if regnal_number(n) => head,
            _ => &p.name,
        };
        let given = full.to_lowercase();
        let given = given
            .strip_prefix(&title)
            .and_then(|g| g.strip_prefix(' '))
            .unwrap_or(&given);
        let first = given.split(' ').next().unwrap_or("");
        if (given == name || first == name && is_royal(role)) && r.held_on(date) {
            if found.is_some_and(|f| f != r.person) {
                return None;
            }
            found = Some(r.person);
        }
    }
    found.map(|p| lex.entities[p].to_ref())
}
