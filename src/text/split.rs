//! Sentence splitting with byte spans.

/// A sentence: a byte span of the article text (whitespace trimmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "sgt", "capt", "cpl", "pvt", "adm",
    "cmdr", "cdr", "gov", "sen", "rep", "rev", "st", "ste", "mt", "ft", "jr", "sr", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol",
    "art", "fig", "inc", "corp", "ltd", "co", "bros", "vs", "v", "etc", "approx", "dept", "est",
    "pres", "sec", "supt", "messrs", "mme", "mlle", "hon", "amb", "brig", "gens", "lieut", "cmdt",
    "insp", "ave", "blvd", "rd", "univ", "assn", "govt", "min", "max", "op", "pp", "ch", "para",
    "ed", "eds", "al", "sens", "reps", "govs", "cols", "sgts", "capts", "adms",
];

/// Whether `word` (without its full stop) is an abbreviation written with one, as a title
/// or in a name ("Sen.", "Gen.", "Corp."), or an initial ("W."): capitalised, as names and
/// titles are, so that "no." or "art." at the end of a clause do not count.
pub fn is_dotted_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest = chars.as_str();
    rest.is_empty() || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Words that, after an abbreviation such as "U.S.", show that a new sentence began.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "Meanwhile",
    "However",
    "Yet",
    "So",
    "After",
    "Before",
    "When",
    "While",
    "Some",
    "Many",
    "Most",
    "If",
    "As",
    "Asked",
    "Earlier",
    "Later",
    "Last",
    "Since",
];

/// Splits `text` into sentences. Spans never overlap, are in order, and slice `text` on
/// character boundaries; datelines are left out of the first sentence of their paragraph.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // Paragraphs: blank lines always separate; a single newline separates unless the
    // line looks hard-wrapped (the next line starts in lowercase).
    let bytes = text.as_bytes();
    let mut para_start = 0;
    // every line end, then the end of the text (memchr finds them a word at a time)
    for i in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        let at_end = i == bytes.len();
        let next_line_start = i + 1;
        let wrapped = !at_end && is_wrapped_continuation(text, para_start, i, next_line_start);
        if !wrapped {
            split_paragraph(text, para_start, i, &mut out);
            para_start = next_line_start.min(bytes.len());
        }
    }
    out
}

fn is_wrapped_continuation(text: &str, para_start: usize, nl: usize, next: usize) -> bool {
    let line = text[para_start..nl].trim_end();
    if line.is_empty() {
        return false;
    }
    let rest = &text[next.min(text.len())..];
    let first = rest.chars().next();
    match first {
        Some(c) if c.is_lowercase() => !line.ends_with(['.', '!', '?', ':', '"', '”']),
        _ => false,
    }
}

/// Length in bytes of a dateline at the start of `para` ("LYON: ", "NAJAF, Iraq - ",
/// "WASHINGTON DC, United States (Kurdistan24) - "), or 0 when there is none.
pub fn dateline_len(para: &str) -> usize {
    // The place: an all-caps word run (at least 3 letters), optionally ", Region words",
    // optionally "(Agency)", then " - ", " – ", " — " or ": ".
    let b = para.as_bytes();
    // (in Markdown, the dateline may be emphasised: "*LONDON (Wire)* - ")
    let emphasis = |k: usize| {
        b[k.min(b.len())..]
            .iter()
            .take(2)
            .take_while(|c| matches!(c, b'*' | b'_'))
            .count()
    };
    let lead = emphasis(0);
    let mut i = lead;
    let mut upper = 0;
    while i < b.len() && (b[i].is_ascii_uppercase() || matches!(b[i], b' ' | b'.' | b'\'' | b'-')) {
        if b[i].is_ascii_uppercase() {
            upper += 1;
        }
        if b[i] == b'-' && i + 1 < b.len() && b[i + 1] == b' ' {
            break;
        }
        i += 1;
    }
    if upper < 3 {
        return 0;
    }
    // The all-caps run must end at a word boundary.
    if i < b.len() && b[i].is_ascii_alphabetic() {
        return 0;
    }
    let mut j = i;
    // a date right after the place: "JERUSALEM 1996-08-25 - "
    if j > 0 && b[j - 1] == b' ' && j + 10 <= b.len() && is_iso_date(&b[j..j + 10]) {
        j += 10;
    }
    if j < b.len() && b[j] == b',' {
        // ", Region" up to 40 bytes without sentence punctuation
        let lim = (j + 48).min(b.len());
        let mut k = j + 1;
        while k < lim && !matches!(b[k], b'-' | b':' | b'(' | b'.' | b'\n') {
            k += 1;
            // a date in the dateline: "DOHUK, Iraq 1996-08-23 - "
            if k + 10 <= b.len() && b[k - 1] == b' ' && is_iso_date(&b[k..k + 10]) {
                k += 10;
            }
        }
        if k < lim && b[k] == b'-' && k > 0 && b[k - 1] != b' ' {
            return 0;
        }
        // The 48-byte window can end inside a character: then there is no dateline (found by
        // fuzzing: "WASHINGTON, " and a multi-byte character at byte 48 panicked here).
        if !para.is_char_boundary(k) {
            return 0;
        }
        j = k;
    }
    let rest = &para[j..];
    let rest_trim = rest.trim_start_matches(' ');
    let mut j2 = j + (rest.len() - rest_trim.len());
    if rest_trim.starts_with('(') {
        if let Some(close) = rest_trim.find(')') {
            if close < 40 {
                j2 += close + 1;
            }
        }
    }
    if lead > 0 {
        j2 += emphasis(j2);
    }
    let tail = &para[j2..];
    for sep in [" - ", " – ", " — ", " -- ", ": ", " : ", "- ", "– ", "— "] {
        if let Some(rest) = tail.strip_prefix(sep) {
            let after = j2 + sep.len();
            // the text after a dateline starts a sentence
            if rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '"' || c == '“')
            {
                return after;
            }
        }
    }
    0
}

fn is_iso_date(b: &[u8]) -> bool {
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn split_paragraph(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let para = &text[start..end];
    let skip = dateline_len(para);
    let body_start = start + skip;
    let body = &text[body_start..end];
    let b = body.as_bytes();
    let mut sent_start = 0usize; // relative to body
                                 // The candidates for a sentence end are '.', '!', '?' and '…' (whose UTF-8 starts with
                                 // the byte E2, as curly quotes do): memchr jumps from one to the next. The next of
                                 // each kind is remembered, so that no stretch of text is searched twice.
    let find = |k: usize, found: Option<usize>, search: &dyn Fn(&[u8]) -> Option<usize>| match found
    {
        Some(f) if f >= k => f,
        _ => search(&b[k..]).map_or(b.len(), |p| k + p),
    };
    let (mut next_stop, mut next_e2) = (None, None);
    let mut k = 0;
    while k < b.len() {
        let stop = find(k, next_stop, &|h| memchr::memchr3(b'.', b'!', b'?', h));
        let e2 = find(k, next_e2, &|h| memchr::memchr(0xE2, h));
        (next_stop, next_e2) = (Some(stop), Some(e2));
        k = stop.min(e2);
        if k >= b.len() {
            break;
        }
        let c = b[k];
        let ellipsis = b[k..].starts_with("…".as_bytes());
        if !(matches!(c, b'.' | b'!' | b'?') || ellipsis) {
            k += 1;
            continue;
        }
        let pos = k;
        // a run of terminal punctuation, then closing quotes and brackets
        let mut m = k;
        loop {
            if m < b.len() && matches!(b[m], b'.' | b'!' | b'?') {
                m += 1;
            } else if body[m..].starts_with('…') {
                m += '…'.len_utf8();
            } else {
                break;
            }
        }
        loop {
            let rest = &body[m..];
            match rest.chars().next() {
                Some(ch @ ('"' | '”' | '’' | '\'' | ')' | ']' | '»')) => m += ch.len_utf8(),
                _ => break,
            }
        }
        let ws_len = body[m..].len() - body[m..].trim_start().len();
        let w = m + ws_len;
        if ws_len > 0 && w < b.len() {
            // a rule of dashes or stars between the items of a digest ("... region. - - - -
            // MEDIA INDONESIA Around 2,000 cars ..."): the next item starts after it, and
            // after the source's name in capitals that heads it
            let rule = separator_len(&body[w..]);
            if rule > 0 {
                push(out, text, body_start + sent_start, body_start + m);
                let after = w + rule;
                sent_start = after + heading_len(&body[after..]);
                k = sent_start;
                continue;
            }
            let next = body[w..].chars().next().unwrap_or(' ');
            if starts_sentence(next) && !is_abbreviation(body, pos, c as char, w) {
                push(out, text, body_start + sent_start, body_start + m);
                sent_start = w;
                k = w;
                continue;
            }
        }
        k = m.max(k + 1);
    }
    push(out, text, body_start + sent_start, body_start + body.len());
}

/// Sentences longer than this many bytes are cut at a space: news sentences never are, and
/// run-on text (a feed without punctuation) must not make later stages slow.
pub const MAX_SENTENCE_BYTES: usize = 4000;

fn push(out: &mut Vec<Sentence>, text: &str, s: usize, e: usize) {
    let slice = &text[s..e];
    let t = slice.trim();
    if t.is_empty() {
        return;
    }
    let mut start = s + (slice.len() - slice.trim_start().len());
    let end = start + t.len();
    while end - start > MAX_SENTENCE_BYTES {
        // cut at the last whitespace before the limit (or at a char boundary)
        // the window ends on a character boundary (a multi-byte character at the limit
        // panicked here: found while timing the splitter on curly quotes)
        let mut window_end = start + MAX_SENTENCE_BYTES.min(end - start);
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let window = &text[start..window_end];
        let cut = window
            .rfind(char::is_whitespace)
            .filter(|&c| c > 0)
            .unwrap_or_else(|| {
                let mut c = window.len();
                while !text.is_char_boundary(start + c) {
                    c -= 1;
                }
                c
            });
        let piece = text[start..start + cut].trim_end();
        if !piece.is_empty() {
            out.push(Sentence {
                start,
                end: start + piece.len(),
            });
        }
        let rest = &text[start + cut..end];
        start = start + cut + (rest.len() - rest.trim_start().len());
    }
    if end > start {
        out.push(Sentence { start, end });
    }
}

/// Length in bytes of a rule at the start of `s`: three or more dashes, stars, equals signs
/// or underscores, alone or spaced ("- - - -", "***", "==="), with the spaces after it; 0
/// when there is none.
fn separator_len(s: &str) -> usize {
    let mut marks = 0;
    let mut end = 0;
    for (i, ch) in s.char_indices() {
        match ch {
            '-' | '*' | '=' | '_' | '–' | '—' => {
                marks += 1;
                end = i + ch.len_utf8();
            }
            ' ' | '\t' => {}
            _ => break,
        }
    }
    if marks < 3 {
        return 0;
    }
    end + (s[end..].len() - s[end..].trim_start().len())
}

/// Length in bytes of a heading in capitals at the start of `s` ("MEDIA INDONESIA " before
/// "Around 2,000 ..."): two or more words of capital letters before a word in ordinary case
/// (one, "NATO Secretary-General ...", may be the sentence's own); 0 when there is none.
fn heading_len(s: &str) -> usize {
    let mut end = 0;
    for (words, word) in s.split_inclusive(' ').enumerate() {
        let w = word.trim_end();
        let caps = !w.is_empty()
            && w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '\''))
            && w.chars().any(char::is_uppercase);
        if !caps {
            let ordinary = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase);
            return if words >= 2 && ordinary { end } else { 0 };
        }
        end += word.len();
    }
    0
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

/// Whether the full stop at byte `pos` of `body` belongs to an abbreviation, given that the
/// next sentence would start at byte `next`.
fn is_abbreviation(body: &str, pos: usize, c: char, next: usize) -> bool {
    if c != '.' {
        return false;
    }
    // The word before the full stop.
    let before = &body[..pos];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, ch)| ch.is_whitespace() || matches!(ch, '(' | '"' | '“' | '—' | '–'))
        .map(|(i, ch)| i + ch.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let next_word: String = body[next..]
        .chars()
        .take_while(|ch| ch.is_alphanumeric())
        .collect();
    // Single capital letter: an initial ("George W. Bush").
    if word.chars().count() == 1 && word.chars().all(|ch| ch.is_uppercase()) {
        return true;
    }
    // Dotted abbreviations: U.S., U.N., D.C.: a sentence ends only before a typical starter.
    if word.contains('.') && word.chars().filter(|ch| ch.is_alphabetic()).count() <= 4 {
        return !SENTENCE_STARTERS.contains(&next_word.as_str());
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (fuzz target `extract`): the dateline's region window ended inside a
    /// multi-byte character and slicing there panicked.
    #[test]
    fn dateline_window_ending_inside_a_character() {
        for pad in 40..50 {
            let t = format!(
                "WASHINGTON,{} \u{7d9}\u{7d9}\u{7d9} - Chile met Peru.",
                "a".repeat(pad)
            );
            let _ = dateline_len(&t);
            for s in split_sentences(&t) {
                assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            }
        }
    }

    fn texts(t: &str) -> Vec<&str> {
        split_sentences(t)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_plural_title_with_a_full_stop_ends_no_sentence() {
        // "Sens. Jane Roe and John Doe": the plural of "Sen." stands before names
        for t in [
            "Clark met Treasury Secretary Baker and Sens. Dole and Mitchell of Maine.",
            "Reps. Smith and Jones voted against the bill on Monday.",
            "The decree named Govs. Hill and Perez to the panel.",
        ] {
            assert_eq!(texts(t), [t]);
        }
        // look-alike: a plain word before a full stop still ends the sentence
        assert_eq!(
            texts("He met the senators. Dole left."),
            ["He met the senators.", "Dole left."]
        );
    }

    #[test]
    fn a_rule_between_digest_items_ends_a_sentence_and_drops_their_heading() {
        assert_eq!(
            texts("Talks ended in Lima. - - - - DAILY STAR Around 200 cars arrived on Monday."),
            ["Talks ended in Lima.", "Around 200 cars arrived on Monday."]
        );
        assert_eq!(
            texts("Chile met Peru. *** Ghana sent troops to Togo."),
            ["Chile met Peru.", "Ghana sent troops to Togo."]
        );
        assert_eq!(
            texts("Oil rose. === THE HINDU Prices fell in Delhi."),
            ["Oil rose.", "Prices fell in Delhi."]
        );
        // look-alikes: one word in capitals may be the sentence's own, a dash or two is
        // punctuation, and no rule splits inside a sentence
        assert_eq!(
            texts("Chile met Peru. --- NATO Secretary-General Rutte left."),
            ["Chile met Peru.", "NATO Secretary-General Rutte left."]
        );
        assert_eq!(
            texts("Chile met Peru. -- Ghana left."),
            ["Chile met Peru. -- Ghana left."]
        );
        assert_eq!(texts("Chile - - - met Peru."), ["Chile - - - met Peru."]);
    }

    #[test]
    fn sentences_as_read() {
        // a text and its sentences
        let cases: &[(&str, &[&str])] = &[
            // full stops split; abbreviations stay
            (
                "Maj. Gen. Ivan Petrenko met Dr. Ana Silva in the U.S. capital on Jan. 5. They talked.",
                &[
                    "Maj. Gen. Ivan Petrenko met Dr. Ana Silva in the U.S. capital on Jan. 5.",
                    "They talked.",
                ],
            ),
            // closing quotes stay with their sentence
            (
                "“We will respond,” the minister said. “Soon.” Then he left.",
                &["“We will respond,” the minister said.", "“Soon.”", "Then he left."],
            ),
            // an abbreviation ends a sentence before a word that starts one
            (
                "The talks took place in the U.S. The next round is in Oslo.",
                &["The talks took place in the U.S.", "The next round is in Oslo."],
            ),
            // "And" after an abbreviation goes on the sentence (a capital in the middle of
            // one, as in headline style: "The U.S. And Kuwait have been talking")
            (
                "The U.S. And Kuwait have been negotiating over the ships.",
                &["The U.S. And Kuwait have been negotiating over the ships."],
            ),
            (
                "Officials in the U.S. And in Canada agreed. They left.",
                &["Officials in the U.S. And in Canada agreed.", "They left."],
            ),
            (
                "Talks with the U.N. And the EU ended on Friday.",
                &["Talks with the U.N. And the EU ended on Friday."],
            ),
            // initials do not split
            ("George W. Bush visited Paris.", &["George W. Bush visited Paris."]),
            // datelines are left out, with their dates too
            (
                "OSLO, Norway (Wire) - Norway hosted the talks.\nKYIV: Ukraine thanked Norway.",
                &["Norway hosted the talks.", "Ukraine thanked Norway."],
            ),
            ("TARTU, Estonia 1996-08-23 - Estonia thanked Latvia.", &["Estonia thanked Latvia."]),
            // a date right after the place belongs to the dateline
            ("TARTU 1996-08-23 - Estonia thanked Latvia.", &["Estonia thanked Latvia."]),
            (
                "RIGA 2001-01-02 - Latvia met Estonia.\nVILNIUS 2001-01-03 - Lithuania met Poland.",
                &["Latvia met Estonia.", "Lithuania met Poland."],
            ),
            // look-alike: an all-caps word and a date that end no dateline
            ("NATO 2001-01-02 was a date.", &["NATO 2001-01-02 was a date."]),
            // emphasised markdown datelines are left out
            ("*TARTU, Estonia (Wire)* - Estonia thanked Latvia.", &["Estonia thanked Latvia."]),
            ("**TARTU** - Estonia thanked Latvia.", &["Estonia thanked Latvia."]),
            // headline lines are sentences
            (
                "Chile and Peru sign pact\n\nChile signed a pact with Peru on Monday.",
                &["Chile and Peru sign pact", "Chile signed a pact with Peru on Monday."],
            ),
            // hard-wrapped lines are joined
            (
                "Chile signed a pact\nwith Peru on Monday.",
                &["Chile signed a pact\nwith Peru on Monday."],
            ),
            // ellipses end sentences
            ("He paused… Then he spoke.", &["He paused…", "Then he spoke."]),
        ];
        for &(t, want) in cases {
            assert_eq!(texts(t), want, "{t}");
        }
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_pieces() {
        let t = "word ".repeat(5000);
        let parts = split_sentences(&t);
        assert!(parts.len() >= 6);
        for p in parts {
            assert!(p.end - p.start <= MAX_SENTENCE_BYTES);
            assert_eq!(t[p.start..p.end].trim(), &t[p.start..p.end]);
        }
        let long = "é".repeat(3000);
        for p in split_sentences(&long) {
            assert!(long.is_char_boundary(p.start) && long.is_char_boundary(p.end));
        }
        // three-byte characters, so that the limit falls inside one
        for long in [
            "’".repeat(3000),
            format!("a{}", "’".repeat(3000)),
            "John’s “dog” said ".repeat(400),
        ] {
            for p in split_sentences(&long) {
                assert!(long.is_char_boundary(p.start) && long.is_char_boundary(p.end));
                assert!(p.end - p.start <= MAX_SENTENCE_BYTES);
            }
        }
    }

    #[test]
    fn spans_slice_on_char_boundaries() {
        let t = "Ça va. Über alles — oui! Ende.";
        for s in split_sentences(t) {
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        }
        assert_eq!(texts(t).len(), 3);
    }
}
