//! Precision guards: stories where states' names stand for teams, not governments.

use crate::recognize::words::WordSet;
use crate::text::Token;

/// Sport cues in an article from which it is read as a sports story.
pub const SPORTS_ARTICLE: usize = 4;

/// Words that only sports reporting uses this way.
static SPORT_WORDS: WordSet = WordSet::new(&[
    "goal",
    "goals",
    "scored",
    "scoring",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "penalty",
    "penalties",
    "half-time",
    "halftime",
    "match",
    "matches",
    "tournament",
    "semi-final",
    "semifinal",
    "semi-finals",
    "quarter-final",
    "quarterfinal",
    "final",
    "finals",
    "league",
    "cup",
    "championship",
    "championships",
    "olympic",
    "olympics",
    "medal",
    "medals",
    "innings",
    "wicket",
    "wickets",
    "batsman",
    "bowler",
    "test",
    "rugby",
    "football",
    "soccer",
    "cricket",
    "tennis",
    "basketball",
    "hockey",
    "coach",
    "squad",
    "qualifier",
    "qualifiers",
    "fixture",
    "fifa",
    "uefa",
    "grand",
    "prix",
    "seeded",
    "seed",
    "set",
    "sets",
    "race",
    "lap",
    "podium",
    "athletes",
    "athlete",
    "team",
    "teams",
    "player",
    "players",
    "win",
    "won",
    "beat",
    "defeated",
    "draw",
    "drew",
    "points",
]);

/// Words that mark a sports story more strongly (one is enough in a sentence).
static STRONG: WordSet = WordSet::new(&[
    "goal",
    "goals",
    "scored",
    "striker",
    "midfielder",
    "goalkeeper",
    "half-time",
    "halftime",
    "innings",
    "wicket",
    "wickets",
    "batsman",
    "bowler",
    "fifa",
    "uefa",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "world cup",
    "squad",
    "medal",
    "medals",
    "podium",
]);

/// How strongly a sentence reads as sport: the number of strong cues, or 1 when two weak
/// ones ("match" and "team") meet; 0 otherwise.
pub fn sport_cues(tokens: &[Token]) -> usize {
    let strong = tokens
        .iter()
        .filter(|t| STRONG.contains(&t.norm.as_str()))
        .count()
        + tokens
            .windows(2)
            .filter(|w| w[0].norm == "world" && w[1].norm == "cup")
            .count();
    if strong > 0 {
        return strong;
    }
    let weak = tokens
        .iter()
        .filter(|t| SPORT_WORDS.contains(&t.norm.as_str()))
        .count();
    usize::from(weak >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn sport_sentences_are_recognised() {
        assert!(
            sport_cues(&tokenize(
                "Brazil attacked Argentina's defence and scored twice in the second half.",
                0
            )) > 0
        );
        assert!(
            sport_cues(&tokenize(
                "Chile beat Peru in the match and the team won two points.",
                0
            )) > 0
        );
        assert_eq!(
            sport_cues(&tokenize("Russia attacked Ukraine's power grid.", 0)),
            0
        );
        assert_eq!(
            sport_cues(&tokenize("The two teams of negotiators met.", 0)),
            0
        );
    }
}
