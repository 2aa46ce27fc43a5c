//! CoNLL-U, the format of Universal Dependencies: reading treebanks for training and
//! scoring, and the sentence layout that `geokg parse` writes.
//!
//! A sentence is comment lines (`# key = value`), then one line per word with ten
//! tab-separated columns, then a blank line. Multiword-token range lines (`3-4`) and empty
//! nodes (`5.1`) are kept apart from the words: the model reads and scores words only, as
//! the CoNLL 2018 evaluation does.

use std::fmt::Write as _;

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// The word as written.
    pub form: String,
    /// Its lemma (`_` when unknown).
    pub lemma: String,
    /// Universal part-of-speech tag.
    pub upos: String,
    /// Language-specific tag (Penn Treebank tags in English treebanks).
    pub xpos: String,
    /// Morphological features, as written.
    pub feats: String,
    /// 1-based index of the head word, 0 for the root.
    pub head: usize,
    /// Dependency relation to the head, with its subtype if any (`nsubj:pass`).
    pub deprel: String,
    /// The MISC column, as written.
    pub misc: String,
}

/// A multiword token: words `first..=last` are written as one token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    /// First word, 1-based.
    pub first: usize,
    /// Last word, 1-based.
    pub last: usize,
    /// The token as written.
    pub form: String,
    /// The MISC column of the range line.
    pub misc: String,
}

/// One sentence of a treebank.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// Comment lines, without the leading `# `.
    pub comments: Vec<String>,
    /// The words, in order.
    pub words: Vec<Word>,
    /// Multiword tokens.
    pub ranges: Vec<Range>,
    /// 1-based line number of the sentence's first line in its file.
    pub line: usize,
}

impl Sentence {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }
}

/// A line that is not CoNLL-U: its 1-based line number and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads every sentence of a CoNLL-U text.
pub fn parse(text: &str) -> Result<Vec<Sentence>, ParseError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let err = |line: usize, message: String| ParseError { line, message };
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                finish(&mut cur).map_err(|m| err(cur.line, m))?;
                out.push(std::mem::take(&mut cur));
            } else {
                cur = Sentence::default();
            }
            continue;
        }
        if cur.line == 0 {
            cur.line = n;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(n, format!("{} columns, CoNLL-U has 10", cols.len())));
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // an empty node: not a word
        }
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (a.parse(), b.parse()) {
                (Ok(a), Ok(b)) if a >= 1 && b > a => (a, b),
                _ => return Err(err(n, format!("bad range {id:?}"))),
            };
            cur.ranges.push(Range {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let expected = cur.words.len() + 1;
        if id.parse::<usize>().ok() != Some(expected) {
            return Err(err(n, format!("word id {id:?}, expected {expected}")));
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| err(n, format!("bad head {:?}", cols[6])))?
        };
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.words.is_empty() {
        finish(&mut cur).map_err(|m| err(cur.line, m))?;
        out.push(cur);
    }
    Ok(out)
}

fn finish(s: &mut Sentence) -> Result<(), String> {
    let n = s.words.len();
    if let Some(w) = s.words.iter().find(|w| w.head > n) {
        return Err(format!(
            "word {:?} has head {} of {n} words",
            w.form, w.head
        ));
    }
    Ok(())
}

/// Writes one sentence in CoNLL-U, ending with its blank line.
pub fn write(s: &Sentence, out: &mut String) {
    for c in &s.comments {
        let _ = writeln!(out, "# {c}");
    }
    let mut ranges = s.ranges.iter().peekable();
    for (i, w) in s.words.iter().enumerate() {
        let id = i + 1;
        while let Some(r) = ranges.next_if(|r| r.first == id) {
            let _ = writeln!(
                out,
                "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                r.first,
                r.last,
                r.form,
                or_blank(&r.misc)
            );
        }
        let _ = writeln!(
            out,
            "{id}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            w.form,
            or_blank(&w.lemma),
            or_blank(&w.upos),
            or_blank(&w.xpos),
            or_blank(&w.feats),
            w.head,
            or_blank(&w.deprel),
            or_blank(&w.misc)
        );
    }
    out.push('\n');
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// Whether a tree (heads, 1-based, 0 for the root) is projective: no two arcs cross.
pub fn is_projective(heads: &[usize]) -> bool {
    let arcs: Vec<(usize, usize)> = heads
        .iter()
        .enumerate()
        .map(|(i, &h)| {
            let d = i + 1;
            (h.min(d), h.max(d))
        })
        .collect();
    arcs.iter().all(|&(a, b)| {
        arcs.iter()
            .all(|&(c, d)| !((a < c && c < b && b < d) || (c < a && a < d && d < b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "# sent_id = a\n# text = Spain didn't sign.\n\
1\tSpain\tSpain\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n\
2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_words_ranges_and_comments_and_skips_empty_nodes() {
        let s = parse(TWO).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].comment("sent_id"), Some("a"));
        assert_eq!(s[0].words.len(), 5);
        assert_eq!(s[0].ranges[0].form, "didn't");
        assert_eq!(s[0].words[3].head, 0);
        assert_eq!(s[1].line, 11);
        let mut out = String::new();
        write(&s[0], &mut out);
        let again = parse(&out).unwrap();
        assert_eq!(again[0].words, s[0].words);
        assert_eq!(again[0].ranges, s[0].ranges);
    }

    #[test]
    fn errors_name_the_line() {
        let e =
            parse("1\tA\tA\tX\tX\t_\t0\troot\t_\t_\n3\tB\tB\tX\tX\t_\t1\tdep\t_\t_\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("1\tA\tA\n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn projectivity() {
        assert!(is_projective(&[2, 0, 2]));
        // 1 -> 3 crosses 2 -> 4
        assert!(!is_projective(&[3, 4, 0, 3]));
    }
}
