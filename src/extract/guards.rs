//! Precision guards: stories where states' names stand for teams, not governments.

use crate::text::words::{SPORT_WORDS, STRONG_SPORT_WORDS};
use crate::text::Token;

/// Sport cues in an article from which it is read as a sports story.
pub const SPORTS_ARTICLE: usize = 4;

/// How strongly a sentence reads as sport: the number of strong cues, or 1 when two weak
/// ones ("match" and "team") meet; 0 otherwise.
pub fn sport_cues(tokens: &[Token]) -> usize {
    let strong = tokens.iter().filter(|t| STRONG_SPORT_WORDS.has(t)).count()
        + tokens
            .windows(2)
            .filter(|w| w[0].norm == "world" && w[1].norm == "cup")
            .count();
    if strong > 0 {
        return strong;
    }
    let weak = tokens.iter().filter(|t| SPORT_WORDS.has(t)).count();
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
