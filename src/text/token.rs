//! Tokens with byte spans and a normalised form.

use compact_str::CompactString;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with inner dots, as in "U.S.", or inner apostrophes).
    Word,
    /// Digits, possibly with inner separators.
    Number,
    /// The possessive "'s" or a lone "'" after a plural.
    Possessive,
    /// Any other single character: punctuation, quotes, dashes.
    Punct,
}

/// A token: a byte span of the text and its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset in the text the tokenizer was given, plus the base offset.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Lowercase, with typographic apostrophes and quotes straightened.
    pub norm: CompactString,
    /// What the token is.
    pub kind: TokenKind,
    /// Whether the original starts with an uppercase letter.
    pub capitalized: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Lowercase with straight apostrophes. Words up to 24 bytes (nearly all) are stored inline,
/// without an allocation; ASCII fast path.
fn normalize(s: &str) -> CompactString {
    if s.is_ascii() {
        let mut out = CompactString::from(s);
        out.make_ascii_lowercase();
        out
    } else {
        CompactString::from(s.to_lowercase().replace('’', "'"))
    }
}

/// Tokenizes `text`; offsets are `base + ` offsets in `text`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let end_of = |k: usize| if k < n { chars[k].0 } else { text.len() };
    let mut k = 0;
    while k < n {
        let (pos, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if c.is_alphabetic() {
            let mut m = k + 1;
            loop {
                if m < n && (chars[m].1.is_alphanumeric()) {
                    m += 1;
                    continue;
                }
                // inner dot in abbreviations: U.S. / U.N. / D.C.
                if m < n
                    && chars[m].1 == '.'
                    && m + 1 < n
                    && chars[m + 1].1.is_alphabetic()
                    && m - k <= 2
                {
                    m += 1;
                    continue;
                }
                // n't and inner apostrophes (d'Ivoire, O'Brien) but not the possessive 's
                if m < n && is_apostrophe(chars[m].1) && m + 1 < n && chars[m + 1].1.is_alphabetic()
                {
                    // the possessive 's ends the word: one letter s, then no more letters
                    let possessive = matches!(chars[m + 1].1, 's' | 'S')
                        && chars.get(m + 2).is_none_or(|x| !x.1.is_alphabetic());
                    if possessive {
                        break;
                    }
                    m += 1;
                    continue;
                }
                break;
            }
            // keep the trailing dot of a dotted abbreviation: "U.S."
            if text[pos..end_of(m)].contains('.') && m < n && chars[m].1 == '.' {
                m += 1;
            }
            let s = pos;
            let e = end_of(m);
            let norm = normalize(&text[s..e]);
            out.push(Token {
                start: base + s,
                end: base + e,
                norm,
                kind: TokenKind::Word,
                capitalized: c.is_uppercase(),
            });
            k = m;
            continue;
        }
        if c.is_ascii_digit() {
            let mut m = k + 1;
            while m < n
                && (chars[m].1.is_ascii_digit()
                    || (matches!(chars[m].1, ',' | '.' | ':')
                        && m + 1 < n
                        && chars[m + 1].1.is_ascii_digit()))
            {
                m += 1;
            }
            // 1980s, 10th
            while m < n && chars[m].1.is_ascii_alphabetic() {
                m += 1;
            }
            let e = end_of(m);
            out.push(Token {
                start: base + pos,
                end: base + e,
                norm: normalize(&text[pos..e]),
                kind: TokenKind::Number,
                capitalized: false,
            });
            k = m;
            continue;
        }
        if is_apostrophe(c) {
            // possessive 's or plural possessive '
            let prev_word = out
                .last()
                .is_some_and(|t: &Token| t.end == base + pos && t.kind == TokenKind::Word);
            if prev_word
                && k + 1 < n
                && matches!(chars[k + 1].1, 's' | 'S')
                && (k + 2 >= n || !chars[k + 2].1.is_alphanumeric())
            {
                let e = end_of(k + 2);
                out.push(Token {
                    start: base + pos,
                    end: base + e,
                    norm: "'s".into(),
                    kind: TokenKind::Possessive,
                    capitalized: false,
                });
                k += 2;
                continue;
            }
            if prev_word
                && out.last().is_some_and(|t| t.norm.ends_with('s'))
                && (k + 1 >= n || chars[k + 1].1.is_whitespace())
            {
                out.push(Token {
                    start: base + pos,
                    end: base + end_of(k + 1),
                    norm: "'s".into(),
                    kind: TokenKind::Possessive,
                    capitalized: false,
                });
                k += 1;
                continue;
            }
        }
        let e = end_of(k + 1);
        let norm = match c {
            '“' | '”' | '„' | '«' | '»' => CompactString::const_new("\""),
            '‘' | '’' => CompactString::const_new("'"),
            '–' | '—' | '―' => CompactString::const_new("--"),
            _ => c.to_lowercase().collect(),
        };
        out.push(Token {
            start: base + pos,
            end: base + e,
            norm,
            kind: TokenKind::Punct,
            capitalized: false,
        });
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str) -> Vec<String> {
        tokenize(t, 0)
            .into_iter()
            .map(|t| t.norm.into_string())
            .collect()
    }

    #[test]
    fn possessives_and_abbreviations() {
        assert_eq!(
            norms("Russia’s U.S. deal"),
            vec!["russia", "'s", "u.s.", "deal"]
        );
        assert_eq!(
            norms("the allies' plan"),
            vec!["the", "allies", "'s", "plan"]
        );
        assert_eq!(norms("didn't"), vec!["didn't"]);
    }

    #[test]
    fn hyphens_and_dashes_are_tokens() {
        assert_eq!(
            norms("Iranian-made drones—cheap"),
            vec!["iranian", "-", "made", "drones", "--", "cheap"]
        );
    }

    #[test]
    fn offsets_are_relative_to_base() {
        let toks = tokenize("Kyiv’s mayor", 100);
        assert_eq!((toks[0].start, toks[0].end), (100, 104));
        assert_eq!((toks[1].start, toks[1].end), (104, 108));
    }
}
