//! What the tagger and the parser know of a word before they look at its neighbours: its
//! normalised form, shape, prefixes and suffixes, each hashed once per sentence.

use super::scorer::{hash_str, mix};

/// Hashed facts of one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordFacts {
    /// The normalised form: lowercase, digits as `0`, typographic quotes and dashes straightened.
    pub norm: u64,
    /// The shape: letter case, digits and punctuation, runs collapsed ("Xx", "X.X.", "d,d").
    pub shape: u64,
    /// Suffixes of 1 to 5 characters of the normalised form (the whole form when shorter).
    pub suffix: [u64; 5],
    /// Prefixes of 1 to 3 characters.
    pub prefix: [u64; 3],
    /// Whether the word starts with an uppercase letter.
    pub capital: bool,
    /// Whether the word has a hyphen inside.
    pub hyphen: bool,
    /// Whether the word has a digit.
    pub digit: bool,
}

/// The normalised form of a word, as the model sees it.
pub fn normalize(form: &str, out: &mut String) {
    out.clear();
    match form {
        "—" | "–" | "―" => {
            out.push_str("--");
            return;
        }
        "“" | "”" | "„" | "«" | "»" | "``" | "''" => {
            out.push('"');
            return;
        }
        _ => {}
    }
    for c in form.chars() {
        match c {
            '’' | '‘' => out.push('\''),
            '0'..='9' => out.push('0'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The shape of a word: `X` uppercase, `x` lowercase, `d` digit, other characters as they
/// are; runs of one kind collapsed to one mark; at most 8 marks.
pub fn shape(form: &str, out: &mut String) {
    out.clear();
    let mut last = None;
    let mut n = 0;
    for c in form.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if last != Some(m) {
            out.push(m);
            last = Some(m);
            n += 1;
            if n == 8 {
                break;
            }
        }
    }
}

/// Reusable buffers for [`facts`].
#[derive(Debug, Default)]
pub struct Scratch {
    norm: String,
    shape: String,
}

/// The facts of every word of a sentence, into `out` (cleared first).
pub fn facts<S: AsRef<str>>(forms: &[S], scratch: &mut Scratch, out: &mut Vec<WordFacts>) {
    out.clear();
    for f in forms {
        let form = f.as_ref();
        normalize(form, &mut scratch.norm);
        shape(form, &mut scratch.shape);
        let norm = &scratch.norm;
        let chars: Vec<(usize, char)> = norm.char_indices().collect();
        let n = chars.len();
        let mut wf = WordFacts {
            norm: hash_str(norm),
            shape: hash_str(&scratch.shape),
            capital: form.chars().next().is_some_and(char::is_uppercase),
            hyphen: n > 1 && norm[chars[1].0..].contains('-'),
            digit: form.bytes().any(|b| b.is_ascii_digit()),
            ..Default::default()
        };
        for (i, suffix) in wf.suffix.iter_mut().enumerate() {
            let k = i + 1;
            let start = if k >= n { 0 } else { chars[n - k].0 };
            *suffix = mix(hash_str(&norm[start..]), k as u64);
        }
        for (i, prefix) in wf.prefix.iter_mut().enumerate() {
            let k = i + 1;
            let end = if k >= n { norm.len() } else { chars[k].0 };
            *prefix = mix(hash_str(&norm[..end]), 10 + k as u64);
        }
        out.push(wf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_forms_and_shapes() {
        let mut s = String::new();
        let normal: fn(&str, &mut String) = normalize;
        for (f, form, want) in [
            (normal, "Didn’t", "didn't"),
            (normal, "1,250", "0,000"),
            (normal, "—", "--"),
            (shape, "U.S.", "X.X."),
            (shape, "McDonald's", "XxXx'x"),
            (shape, "1,250", "d,d"),
        ] {
            f(form, &mut s);
            assert_eq!(s, want, "{form}");
        }
    }

    #[test]
    fn short_words_have_every_affix() {
        let mut sc = Scratch::default();
        let mut out = Vec::new();
        facts(&["a", "Ukraine's"], &mut sc, &mut out);
        assert_eq!(out.len(), 2);
        assert!(out[1].capital && !out[0].capital);
        // "a": every suffix is the whole word, told apart by its length
        assert_ne!(out[0].suffix[0], out[0].suffix[4]);
    }
}
