//! Words as Universal Dependencies counts them, over the tokens of the `text` stage.
//!
//! The tokenizer keeps "didn't", "cannot" and "I'm" whole; UD splits them into two words
//! each ("did" + "n't", "can" + "not", "I" + "'m"), and the model was trained on such
//! words. Each word here is a byte span inside one token, so no evidence offset moves; the
//! tokens themselves stay as they are for the rest of the pipeline. The other way round, a
//! title or an initial and its full stop ("Sen.", "W."), two tokens, are one word in UD: a
//! word then spans its token and the full stop right after it, unless that stop ends the
//! sentence.

use crate::text::Token;

/// A word: its byte span in the text, and the token it is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UdWord {
    /// Byte offset of the word's start in the text.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// Index of its token (for "Sen.", of "Sen"; the full stop's token has no word).
    pub token: usize,
}

/// Pronouns and the like that take the clitics 'm, 're, 've, 'll and 'd.
const CLITIC_HOSTS: &[&str] = &[
    "i", "you", "he", "she", "it", "we", "they", "who", "what", "there", "that", "where", "how",
    "here", "y'all",
];

/// The words of a sentence's tokens, into `out` (cleared first). `text` is what the
/// tokens' offsets point into.
pub fn ud_words(text: &str, tokens: &[Token], out: &mut Vec<UdWord>) {
    out.clear();
    let mut skip = false;
    for (i, t) in tokens.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let s = &text[t.start..t.end];
        // "Sen." and "W.": the title's or the initial's full stop is part of the word,
        // when it touches it and a word follows in the sentence
        if let [dot, _, ..] = &tokens[i + 1..] {
            if dot.start == t.end
                && &text[dot.start..dot.end] == "."
                && crate::text::is_dotted_abbreviation(s)
            {
                out.push(UdWord {
                    start: t.start,
                    end: dot.end,
                    token: i,
                });
                skip = true;
                continue;
            }
        }
        match split_point(s, &t.norm) {
            Some(k) => {
                out.push(UdWord {
                    start: t.start,
                    end: t.start + k,
                    token: i,
                });
                out.push(UdWord {
                    start: t.start + k,
                    end: t.end,
                    token: i,
                });
            }
            None => out.push(UdWord {
                start: t.start,
                end: t.end,
                token: i,
            }),
        }
    }
}

/// Where a token splits into two words, as a byte offset into `s` (its text); `norm` is
/// its lowercase form with straight apostrophes.
fn split_point(s: &str, norm: &str) -> Option<usize> {
    if norm.len() < 3 || !norm.is_char_boundary(1) {
        return None;
    }
    if norm == "cannot" {
        return Some(3);
    }
    if matches!(norm, "gonna" | "wanna" | "gotta") {
        return Some(3);
    }
    // n't: the "n" before the apostrophe starts the second word
    if norm.len() > 3 && norm.ends_with("n't") {
        let apos = s.rfind(['\'', '’'])?;
        return (apos >= 2).then(|| apos - 1);
    }
    let apos = s.rfind(['\'', '’'])?;
    let clitic = norm.rsplit('\'').next()?;
    let host = norm.rsplit_once('\'')?.0;
    if matches!(clitic, "m" | "re" | "ve" | "ll" | "d") && CLITIC_HOSTS.contains(&host) {
        return Some(apos);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn words(text: &str) -> Vec<&str> {
        let toks = tokenize(text, 0);
        let mut out = Vec::new();
        ud_words(text, &toks, &mut out);
        out.iter().map(|w| &text[w.start..w.end]).collect()
    }

    #[test]
    fn contractions_split_as_ud_does() {
        assert_eq!(
            words("Oslo didn't sign; Lima can't, and we cannot."),
            vec![
                "Oslo", "did", "n't", "sign", ";", "Lima", "ca", "n't", ",", "and", "we", "can",
                "not", "."
            ]
        );
        assert_eq!(
            words("They’ll say I’m gonna"),
            vec!["They", "’ll", "say", "I", "’m", "gon", "na"]
        );
        assert_eq!(words("we'd won't"), vec!["we", "'d", "wo", "n't"]);
    }

    #[test]
    fn names_with_apostrophes_stay_whole() {
        assert_eq!(
            words("O'Neill met d'Estaing"),
            vec!["O'Neill", "met", "d'Estaing"]
        );
        // the possessive is already a token of its own
        assert_eq!(words("Chad's army"), vec!["Chad", "'s", "army"]);
    }

    #[test]
    fn titles_and_initials_keep_their_full_stop() {
        assert_eq!(
            words("Sen. Cole met Gen. Ruiz and George W. Bush."),
            vec!["Sen.", "Cole", "met", "Gen.", "Ruiz", "and", "George", "W.", "Bush", "."]
        );
        assert_eq!(
            words("Capt. Ames sailed to Oslo with Mr. Lund."),
            vec!["Capt.", "Ames", "sailed", "to", "Oslo", "with", "Mr.", "Lund", "."]
        );
        // a sentence's last full stop stays a word of its own, lower case is no title,
        // and a full stop after a space is none of the word's
        assert_eq!(words("They met Gen."), vec!["They", "met", "Gen", "."]);
        assert_eq!(
            words("It said no. vote"),
            vec!["It", "said", "no", ".", "vote"]
        );
        assert_eq!(words("Gen . Ruiz"), vec!["Gen", ".", "Ruiz"]);
    }

    #[test]
    fn every_word_lies_inside_its_token() {
        let text = "Isn’t it? They'd've gone.";
        let toks = tokenize(text, 0);
        let mut out = Vec::new();
        ud_words(text, &toks, &mut out);
        for w in &out {
            let t = &toks[w.token];
            assert!(t.start <= w.start && w.end <= t.end && w.start < w.end);
        }
        // a title's word spans its token and the full stop's
        let text = "Dr. Lee";
        let toks = tokenize(text, 0);
        ud_words(text, &toks, &mut out);
        assert_eq!((out[0].start, out[0].end, out[0].token), (0, 3, 0));
        assert_eq!(out[1].token, 2);
    }
}
