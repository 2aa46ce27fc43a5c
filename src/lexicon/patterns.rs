//! The relation pattern file (`data/patterns.txt`): its parser and English verb inflection.
//!
//! ```text
//! [attacks]                       # a block per relation id
//! verb attack                     # the lemma is inflected: attack, attacks, attacked, attacking
//! verb launch ... attack on|against O
//! noun assault on O               # nominal: "Russia's assault on Ukraine"
//! verb see O {subj=person, obj=person}
//! + RUS UKR | Russia attacked Ukraine on Monday.
//! - IRN UKR | Iranian-made drones used by Russian troops attacked towns.
//! ```
//!
//! Elements after the head: literal words (`a|b` alternatives), `...` (a gap of up to six
//! tokens), and `O` (the object slot; at the end when not written). Options in braces:
//! `subj=KIND`, `obj=KIND`, `cameo=CODE`, `loc` (a place after "in" may be the object),
//! `pre=w1|w2` (one of these words within the three before the head: "arms sales"),
//! `mutual` (coordinated subjects act on each other: "A and B traded accusations"),
//! `modifier` (a state's adjective may be the object: "escorted Kuwaiti tankers").
//! Example lines: `+` must give the relation between the two states (or entity ids), `-` must
//! not; `*` matches any.

use crate::error::{Error, ErrorKind, Location};
use crate::model::Kind;
use std::path::Path;

/// Whether a pattern's head is a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A verb: subject to the left, object after, passive with "by".
    Verb,
    /// A noun: subject from a possessor, an adjective, "by X" or the clause.
    Noun,
}

/// The grammatical form of an inflected head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// attack
    Base,
    /// attacks
    Third,
    /// attacked (regular: past tense and participle alike)
    PastOrParticiple,
    /// met (irregular past tense, not a participle)
    Past,
    /// given (irregular participle)
    Participle,
    /// attacking
    Ing,
    /// a noun form (singular or plural)
    Noun,
}

/// One element of a pattern after its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternElem {
    /// One of these words.
    Words(Vec<String>),
    /// Up to six tokens of anything but a clause boundary.
    Gap,
    /// The object slot.
    Object,
}

/// One relation pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Relation id.
    pub relation: String,
    /// Verb or noun.
    pub frame: Frame,
    /// Inflected head forms.
    pub heads: Vec<(String, VerbForm)>,
    /// The elements after the head (always holding exactly one `Object`).
    pub elems: Vec<PatternElem>,
    /// Required kind of the subject.
    pub subj_kind: Option<Kind>,
    /// Required kind of the object.
    pub obj_kind: Option<Kind>,
    /// CAMEO code overriding the relation's.
    pub cameo: Option<String>,
    /// A place after "in"/"at" may serve as the object when no other is found.
    pub loc_object: bool,
    /// Words of which one must stand just before the head ("arms sales", not "car sales").
    pub pre: Option<Vec<String>>,
    /// Coordinated subjects act on each other ("India and Pakistan traded accusations"),
    /// as with a symmetric relation, though the relation itself is not symmetric.
    pub mutual: bool,
    /// A state's adjective may be the object: "escorted Kuwaiti tankers" protects Kuwait.
    pub modifier_object: bool,
    /// The pattern line as written.
    pub source: String,
    /// Where it was written.
    pub origin: Location,
}

/// An example sentence for a relation.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Relation id.
    pub relation: String,
    /// `+` (must be found) or `-` (must not be).
    pub positive: bool,
    /// Subject state code or entity id, or `*`.
    pub subject: String,
    /// Object state code or entity id, or `*`.
    pub object: String,
    /// The sentence.
    pub text: String,
    /// Where it was written.
    pub origin: Location,
}

/// Parses a pattern file. Returns the patterns and the examples, or every error found.
pub fn parse_patterns(text: &str, path: &Path) -> Result<(Vec<Pattern>, Vec<Example>), Vec<Error>> {
    let mut patterns = Vec::new();
    let mut examples = Vec::new();
    let mut errors = Vec::new();
    let mut relation: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
        let loc = Location::file(path).at_line(i + 1).at_column(indent + 1);
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            match rest.strip_suffix(']') {
                Some(id) if !id.trim().is_empty() => relation = Some(id.trim().to_string()),
                _ => errors.push(Error::new(
                    ErrorKind::Lexicon,
                    loc,
                    "a block header is `[relation_id]`",
                )),
            }
            continue;
        }
        let Some(rel) = relation.clone() else {
            errors.push(Error::new(
                ErrorKind::Lexicon,
                loc,
                "pattern before any `[relation]` header",
            ));
            continue;
        };
        if let Some(sign) = line.chars().next().filter(|c| *c == '+' || *c == '-') {
            let body = line[1..].trim();
            let Some((codes, sentence)) = body.split_once('|') else {
                errors.push(Error::new(
                    ErrorKind::Lexicon,
                    loc,
                    "an example is `+ SUBJ OBJ | sentence`",
                ));
                continue;
            };
            let codes: Vec<&str> = codes.split_whitespace().collect();
            if codes.len() != 2 || sentence.trim().is_empty() {
                errors.push(Error::new(
                    ErrorKind::Lexicon,
                    loc,
                    "an example is `+ SUBJ OBJ | sentence` (codes or `*`)",
                ));
                continue;
            }
            examples.push(Example {
                relation: rel,
                positive: sign == '+',
                subject: codes[0].to_string(),
                object: codes[1].to_string(),
                text: sentence.trim().to_string(),
                origin: loc,
            });
            continue;
        }
        match parse_pattern_line(line, &rel, loc.clone()) {
            Ok(p) => patterns.push(p),
            Err(m) => errors.push(Error::new(ErrorKind::Lexicon, loc, m)),
        }
    }
    if errors.is_empty() {
        Ok((patterns, examples))
    } else {
        Err(errors)
    }
}

fn parse_pattern_line(line: &str, relation: &str, origin: Location) -> Result<Pattern, String> {
    let (body, opts) = match line.find('{') {
        Some(k) => {
            let close = line.rfind('}').ok_or("unclosed `{`")?;
            (&line[..k], &line[k + 1..close])
        }
        None => (line, ""),
    };
    let mut words = body.split_whitespace();
    let frame = match words.next() {
        Some("verb") => Frame::Verb,
        Some("noun") => Frame::Noun,
        Some(other) => {
            return Err(format!(
                "a pattern starts with `verb` or `noun`, not `{other}`"
            ))
        }
        None => return Err("empty pattern".into()),
    };
    let head = words
        .next()
        .ok_or("a pattern needs a head word after `verb`/`noun`")?
        .to_lowercase();
    let heads = match frame {
        Frame::Verb => inflect_verb(&head),
        Frame::Noun => {
            let mut v = vec![(head.clone(), VerbForm::Noun)];
            let pl = plural(&head);
            if pl != head {
                v.push((pl, VerbForm::Noun));
            }
            v
        }
    };
    let mut elems = Vec::new();
    for w in words {
        match w {
            "..." => elems.push(PatternElem::Gap),
            "O" => elems.push(PatternElem::Object),
            "S" => return Err("`S` is not needed: the subject is found by the frame".into()),
            w => elems.push(PatternElem::Words(
                w.split('|').map(|x| x.to_lowercase()).collect(),
            )),
        }
    }
    match elems.iter().filter(|e| **e == PatternElem::Object).count() {
        0 => elems.push(PatternElem::Object),
        1 => {}
        _ => return Err("only one `O` per pattern".into()),
    }
    let mut p = Pattern {
        relation: relation.to_string(),
        frame,
        heads,
        elems,
        subj_kind: None,
        obj_kind: None,
        cameo: None,
        loc_object: false,
        pre: None,
        mutual: false,
        modifier_object: false,
        source: line.to_string(),
        origin,
    };
    for opt in opts.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (k, v) = opt.split_once('=').unwrap_or((opt, ""));
        match k.trim() {
            "subj" => {
                p.subj_kind =
                    Some(Kind::parse(v.trim()).ok_or_else(|| format!("unknown kind `{v}`"))?)
            }
            "obj" => {
                p.obj_kind =
                    Some(Kind::parse(v.trim()).ok_or_else(|| format!("unknown kind `{v}`"))?)
            }
            "cameo" => p.cameo = Some(v.trim().to_string()),
            "loc" => p.loc_object = true,
            "mutual" => p.mutual = true,
            "modifier" => p.modifier_object = true,
            "pre" => p.pre = Some(v.split('|').map(|w| w.trim().to_lowercase()).collect()),
            other => {
                return Err(format!(
                    "unknown option `{other}` (subj, obj, cameo, loc, mutual, modifier, pre)"
                ))
            }
        }
    }
    Ok(p)
}

/// Irregular verbs: lemma, past tense, past participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("be", "was", "been"),
    ("begin", "began", "begun"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("buy", "bought", "bought"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("hold", "held", "held"),
    ("hit", "hit", "hit"),
    ("keep", "kept", "kept"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("meet", "met", "met"),
    ("overtake", "overtook", "overtaken"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"),
    ("shut", "shut", "shut"),
    ("sit", "sat", "sat"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undertake", "undertook", "undertaken"),
    ("upset", "upset", "upset"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
];

/// Verbs of more than one syllable that double their last consonant.
const DOUBLING: &[&str] = &[
    "acquit", "admit", "commit", "compel", "confer", "control", "deter", "equip", "expel",
    "kidnap", "occur", "omit", "outstrip", "patrol", "permit", "prefer", "propel", "rebel",
    "refer", "regret", "submit", "transfer", "worship",
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn doubles(lemma: &str) -> bool {
    if DOUBLING.contains(&lemma) {
        return true;
    }
    let b = lemma.as_bytes();
    if b.len() < 3 {
        return false;
    }
    let syllables = b
        .windows(2)
        .filter(|w| is_vowel(w[1]) && !is_vowel(w[0]))
        .count()
        + is_vowel(b[0]) as usize;
    let (c1, v, c2) = (b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]);
    syllables == 1
        && !is_vowel(c1)
        && is_vowel(v)
        && !is_vowel(c2)
        && !matches!(c2, b'w' | b'x' | b'y')
}

/// All inflected forms of a verb lemma, with their form.
pub fn inflect_verb(lemma: &str) -> Vec<(String, VerbForm)> {
    let mut v = vec![(lemma.to_string(), VerbForm::Base)];
    let b = lemma.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    let before_last = if b.len() >= 2 { b[b.len() - 2] } else { b'x' };
    let third = if lemma.ends_with(['s', 'x', 'z'])
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
        || lemma == "go"
        || lemma == "do"
    {
        format!("{lemma}es")
    } else if last == b'y' && !is_vowel(before_last) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    };
    v.push((third, VerbForm::Third));
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == b'e' && !lemma.ends_with("ee") && lemma != "be" {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        with_ending(lemma, "ing")
    };
    v.push((ing, VerbForm::Ing));
    if let Some((_, past, part)) = IRREGULAR.iter().find(|(l, _, _)| *l == lemma) {
        if past == part {
            v.push((past.to_string(), VerbForm::PastOrParticiple));
        } else {
            v.push((past.to_string(), VerbForm::Past));
            v.push((part.to_string(), VerbForm::Participle));
        }
        if lemma == "be" {
            v.push(("were".into(), VerbForm::Past));
        }
    } else {
        let past = if last == b'e' {
            format!("{lemma}d")
        } else if last == b'y' && !is_vowel(before_last) {
            format!("{}ied", &lemma[..lemma.len() - 1])
        } else {
            with_ending(lemma, "ed")
        };
        v.push((past, VerbForm::PastOrParticiple));
    }
    v
}

/// `lemma` with an ending that starts with a vowel ("ing", "ed"), its last consonant doubled
/// where English doubles it ("planning", "planned").
fn with_ending(lemma: &str, ending: &str) -> String {
    match lemma.as_bytes().last() {
        Some(&last) if doubles(lemma) => format!("{lemma}{}{ending}", last as char),
        _ => format!("{lemma}{ending}"),
    }
}

/// The plural of a noun (regular rules and a few irregulars).
pub fn plural(noun: &str) -> String {
    match noun {
        "talks" | "sanctions" | "relations" | "ties" | "arms" | "weapons" | "series" => {
            return noun.to_string()
        }
        "crisis" => return "crises".into(),
        "analysis" => return "analyses".into(),
        _ => {}
    }
    let b = noun.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    let before_last = if b.len() >= 2 { b[b.len() - 2] } else { b'x' };
    if noun.ends_with(['s', 'x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else if last == b'y' && !is_vowel(before_last) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(l: &str) -> Vec<String> {
        inflect_verb(l).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn inflects_regular_and_irregular_verbs() {
        // each verb's forms, the lemma first
        for want in [
            "attack attacks attacking attacked",
            "supply supplies supplying supplied",
            "slam slams slamming slammed",
            "meet meets meeting met",
            "give gives giving gave given",
            "expel expels expelling expelled",
            "visit visits visiting visited",
            "arrive arrives arriving arrived",
        ] {
            let lemma = want.split(' ').next().unwrap_or_default();
            assert_eq!(forms(lemma).join(" "), want);
        }
    }

    #[test]
    fn parses_blocks_patterns_and_examples() {
        let text = "[attacks]\nverb attack\nnoun assault on O {obj=country}\n+ RUS UKR | Russia attacked Ukraine.\n";
        let (p, e) = parse_patterns(text, Path::new("p.txt")).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].elems, vec![PatternElem::Object]);
        assert_eq!(p[1].obj_kind, Some(Kind::Country));
        assert_eq!(e[0].subject, "RUS");
        let bad = parse_patterns("verb x\n[r]\nwhat now\n", Path::new("p.txt")).unwrap_err();
        assert_eq!(bad.len(), 2);
        assert_eq!(bad[1].location.line, Some(3));
    }
}
