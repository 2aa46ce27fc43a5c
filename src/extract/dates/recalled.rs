//! Acts a sentence only recalls: what a clause set below another tells of years before the
//! article ("Peru, which seized two trawlers in 2011, said ...", "in force since Iraq
//! invaded Kuwait in 1990"), and what a perfect has kept up since a year long past ("has held
//! talks with Israel since 1991"). The sentence's news is elsewhere; such an act is its
//! background, and is read as no event of the article (see `docs/dates.md`).

use super::clause::clause_words;
use super::undated::relative_clause;
use super::EventDate;
use crate::extract::tree::Tree;
use crate::syntax::Rel;

/// How many years before the article a recalled act must lie: last year's acts are still
/// news ("the talks it broke off last year").
const YEARS_BEFORE: i32 = 2;

/// Whether the act read at `word`, of date `date`, is only recalled as the background of
/// the sentence's news: a relative clause, a participle on a noun or a clause of time
/// ("since", "after", "before", "when", "until", "as") whose own time lies two years or more
/// before the article; or a perfect kept up "since" a year at least that long past. An act
/// of the main clause keeps its past date ("Peru seized two trawlers in 2011"), as does one
/// a speaker tells of ("said Chile had seized them in 2011"), and a "since" of recent days
/// is news ("have shelled the border since Sunday").
pub fn recalled(tree: &Tree, word: usize, date: &EventDate, article_date: Option<&str>) -> bool {
    let year = |d: &str| d.get(..4).and_then(|y| y.parse::<i32>().ok());
    let Some(article) = article_date.and_then(year) else {
        return false;
    };
    let old = |y: i32| y <= article - YEARS_BEFORE;
    // a perfect kept up since a year long past
    let since_year = date
        .phrase
        .as_deref()
        .filter(|p| p.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("since")));
    if date.date.is_none() {
        return since_year.is_some_and(|p| {
            p.split(|c: char| !c.is_ascii_digit())
                .filter(|d| d.len() == 4)
                .filter_map(|d| d.parse::<i32>().ok())
                .any(old)
        });
    }
    if !date.date.as_deref().and_then(year).is_some_and(old) {
        return false;
    }
    let chain = clause_words(tree, word);
    let top = chain[chain.len() - 1];
    let of_time = || {
        tree.rel(top) == Rel::Advcl
            && tree.kids(top, |r| r == Rel::Mark).any(|m| {
                matches!(
                    tree.norm(m),
                    "since" | "after" | "before" | "when" | "until" | "as"
                )
            })
    };
    tree.rel(top) == Rel::AclRelcl
        // (not a participle on the root noun, which the parser may make of the main verb:
        // "Ecuadorean troops clashed with Peru in 1995")
        || tree.rel(top) == Rel::Acl && tree.head(top).is_some_and(|h| tree.rel(h) != Rel::Root)
        || relative_clause(tree, top)
        || of_time()
}
