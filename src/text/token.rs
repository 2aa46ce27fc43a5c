//! Tokens with byte spans and a normalised form.

use super::words::classes_of;
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
    /// The closed word classes of a word, one bit per [`WordClass`](super::words::WordClass)
    /// (see [`WordSet::has`](super::words::WordSet::has)); 0 for other tokens, which no
    /// class contains.
    pub classes: u32,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Lowercase with straight apostrophes. Words up to 24 bytes (nearly all) are stored inline,
/// without an allocation; ASCII fast path.
fn normalize(s: &str) -> CompactString {
    if s.is_ascii() {
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            // most words: nothing to change
            return CompactString::from(s);
        }
        let mut out = CompactString::from(s);
        out.make_ascii_lowercase();
        out
    } else {
        CompactString::from(s.to_lowercase().replace('’', "'"))
    }
}

/// The character that starts at byte `p` of `text` (a character boundary), if any. ASCII,
/// nearly all of news text, is read without UTF-8 decoding.
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    let b = *text.as_bytes().get(p)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text[p..].chars().next()
    }
}

/// Tokenizes `text`; offsets are `base + ` offsets in `text`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, base, &mut out);
    out
}

/// As [`tokenize`], into `out` (cleared first), so that a caller that tokenizes sentence
/// after sentence reuses one buffer instead of allocating a new one for each.
///
/// The scan works on byte positions and looks at most two characters ahead, decoding them
/// where it stands: no per-sentence table of characters is built.
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let at = |p: usize| char_at(text, p);
    let mut k = 0;
    while let Some(c) = at(k) {
        let pos = k;
        if c.is_whitespace() {
            k += c.len_utf8();
            continue;
        }
        if c.is_alphabetic() {
            let mut m = k + c.len_utf8();
            // characters of the word so far
            let mut chars = 1;
            loop {
                // ASCII letters and digits, the bulk of every word, a byte at a time
                while bytes.get(m).is_some_and(u8::is_ascii_alphanumeric) {
                    m += 1;
                    chars += 1;
                }
                let cm = at(m);
                if let Some(x) = cm.filter(|x| x.is_alphanumeric()) {
                    m += x.len_utf8();
                    chars += 1;
                    continue;
                }
                // inner dot in abbreviations: U.S. / U.N. / D.C.
                if cm == Some('.') && at(m + 1).is_some_and(char::is_alphabetic) && chars <= 2 {
                    m += 1;
                    chars += 1;
                    continue;
                }
                // n't and inner apostrophes (d'Ivoire, O'Brien) but not the possessive 's
                if let Some(a) = cm.filter(|&a| is_apostrophe(a)) {
                    let m1 = m + a.len_utf8();
                    if let Some(x1) = at(m1).filter(|x| x.is_alphabetic()) {
                        // the possessive 's ends the word: one letter s, then no more letters
                        let possessive = matches!(x1, 's' | 'S')
                            && at(m1 + 1).is_none_or(|x| !x.is_alphabetic());
                        if possessive {
                            break;
                        }
                        m = m1;
                        chars += 1;
                        continue;
                    }
                }
                break;
            }
            // keep the trailing dot of a dotted abbreviation: "U.S."
            if at(m) == Some('.') && text[pos..m].contains('.') {
                m += 1;
            }
            let norm = normalize(&text[pos..m]);
            out.push(Token {
                start: base + pos,
                end: base + m,
                classes: classes_of(&norm),
                norm,
                kind: TokenKind::Word,
                capitalized: c.is_uppercase(),
            });
            k = m;
            continue;
        }
        if c.is_ascii_digit() {
            let mut m = k + 1;
            loop {
                match at(m) {
                    Some(x) if x.is_ascii_digit() => m += 1,
                    Some(',' | '.' | ':') if at(m + 1).is_some_and(|y| y.is_ascii_digit()) => {
                        m += 1
                    }
                    _ => break,
                }
            }
            // 1980s, 10th
            while at(m).is_some_and(|x| x.is_ascii_alphabetic()) {
                m += 1;
            }
            out.push(Token {
                start: base + pos,
                end: base + m,
                norm: normalize(&text[pos..m]),
                kind: TokenKind::Number,
                capitalized: false,
                classes: 0,
            });
            k = m;
            continue;
        }
        let next = k + c.len_utf8();
        if is_apostrophe(c) {
            // possessive 's or plural possessive '
            let prev_word = out
                .last()
                .is_some_and(|t: &Token| t.end == base + pos && t.kind == TokenKind::Word);
            let c1 = at(next);
            if prev_word
                && matches!(c1, Some('s' | 'S'))
                && at(next + 1).is_none_or(|x| !x.is_alphanumeric())
            {
                out.push(Token {
                    start: base + pos,
                    end: base + next + 1,
                    norm: CompactString::const_new("'s"),
                    kind: TokenKind::Possessive,
                    capitalized: false,
                    classes: 0,
                });
                k = next + 1;
                continue;
            }
            if prev_word
                && out.last().is_some_and(|t| t.norm.ends_with('s'))
                && c1.is_none_or(char::is_whitespace)
            {
                out.push(Token {
                    start: base + pos,
                    end: base + next,
                    norm: CompactString::const_new("'s"),
                    kind: TokenKind::Possessive,
                    capitalized: false,
                    classes: 0,
                });
                k = next;
                continue;
            }
        }
        let norm = match c {
            '“' | '”' | '„' | '«' | '»' => CompactString::const_new("\""),
            '‘' | '’' => CompactString::const_new("'"),
            '–' | '—' | '―' => CompactString::const_new("--"),
            _ if c.is_ascii() => {
                let mut buf = [0u8; 4];
                CompactString::from(&*c.to_ascii_lowercase().encode_utf8(&mut buf))
            }
            _ => c.to_lowercase().collect(),
        };
        out.push(Token {
            start: base + pos,
            end: base + next,
            norm,
            kind: TokenKind::Punct,
            capitalized: false,
            classes: 0,
        });
        k = next;
    }
}

/// The runs of name words in `tokens`, as token ranges `(start, end)`, first to last: the
/// tokens `nameish` takes, joined through a hyphen between two of them ("Guinea-Bissau")
/// and through the other tokens `joins` takes between two of them.
pub fn name_runs<'a>(
    tokens: &'a [Token],
    nameish: impl Fn(usize) -> bool + 'a,
    joins: impl Fn(usize) -> bool + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < tokens.len() && !nameish(i) {
            i += 1;
        }
        if i == tokens.len() {
            return None;
        }
        let start = i;
        i += 1;
        while i < tokens.len()
            && (nameish(i)
                || (tokens[i].norm == "-" || joins(i)) && i + 1 < tokens.len() && nameish(i + 1))
        {
            i += 1;
        }
        Some((start, i))
    })
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
    fn possessives_abbreviations_hyphens_and_dashes() {
        // a text and its tokens' normal forms, one space between two
        for (text, want) in [
            ("Russia’s U.S. deal", "russia 's u.s. deal"),
            ("the allies' plan", "the allies 's plan"),
            ("didn't", "didn't"),
            // hyphens and dashes are tokens
            (
                "Iranian-made drones—cheap",
                "iranian - made drones -- cheap",
            ),
        ] {
            assert_eq!(norms(text).join(" "), want, "{text}");
        }
    }

    #[test]
    fn offsets_are_relative_to_base() {
        let toks = tokenize("Kyiv’s mayor", 100);
        assert_eq!((toks[0].start, toks[0].end), (100, 104));
        assert_eq!((toks[1].start, toks[1].end), (104, 108));
    }
}
