//! The event vocabulary: verbs, event nouns and light verbs with the CAMEO codes they
//! stand for, and patterns over a predicate's grammatical dependents that refine the code
//! ("sign" + an object among the treaty words is 057; "clamp" + the particle "down" is
//! 173).
//!
//! Two built-in files share one format: `data/events/cameo.txt`, converted from the
//! PETRARCH-2 verb dictionary by `geokg lexicon import-cameo`, and `data/events/geokg.txt`,
//! the project's own additions (event nouns, light verbs, idioms, reversals of meaning),
//! which carry example sentences. A user's `--lexicon DIR` may hold `events.txt` in the same
//! format; later files win over earlier ones when two entries are equally specific.
//!
//! ```text
//! # a comment
//! synset TREATY = treaty accord pact peace_agreement   # multiword: words joined by _
//! [SIGN] 057                 # a group and its default code (--- for none)
//! verb sign                  # a verb lemma, with the group's code
//! verb ink 057               # its own code
//! verb clamp +down           # a verb with a particle or preposition it needs
//! noun signing               # an event noun
//! light launch               # a light verb: its object noun carries the event
//! pattern obj=&TREATY 057    # a pattern: constraints on dependents, then the code
//! pattern for=help 023       # a preposition and its noun; `to=` any noun
//! pattern obj=financial_aid prt=up subj=talks adv=ethnically 070
//! pattern dep=air 195       # a dependent of the predicate ("air strike")
//! pattern obj=@place 192     # the object names a place below a state (a city, a region)
//! pattern obj=@person ---    # the object names a person
//! pattern inf= 100           # an infinitive complement ("challenged Serbia to arrest")
//! pattern that= 114          # a finite clause as complement ("protested that ...")
//! + USA MEX 057 | The United States signed a treaty with Mexico.
//! - USA MEX | The United States discussed signing a treaty.
//! ```
//!
//! A code is `FORWARD` (the subject acts on the object), `FORWARD:REVERSE` (and the object
//! on the subject: a visit is hosted), `:REVERSE`, or `---` (no event). Nouns in patterns
//! are lemmas; `&NAME` is any phrase of a synset; `a_b` is a head `b` with a dependent `a`.

use crate::error::{Error, ErrorKind, Location};
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

/// A CAMEO code for each direction of an event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Code {
    /// The subject acts on the object.
    pub forward: Option<String>,
    /// The object acts on the subject.
    pub reverse: Option<String>,
    /// The relation of the forward event where the code alone would name a broader one
    /// (`190=invades`: an invasion is an attack, and more).
    pub relation: Option<String>,
}

impl Code {
    /// Parses `190`, `042:043`, `:020`, `---` or, with a relation, `190=invades`.
    pub fn parse(s: &str) -> Option<Code> {
        let (s, relation) = match s.split_once('=') {
            Some((c, r))
                if !r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                (c, Some(r.to_string()))
            }
            Some(_) => return None,
            None => (s, None),
        };
        let part = |p: &str| -> Option<Option<String>> {
            let p = p.trim();
            if p.is_empty() || p == "---" {
                Some(None)
            } else if p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()) && p.len() >= 2 {
                Some(Some(p.to_string()))
            } else {
                None
            }
        };
        let (f, r) = match s.split_once(':') {
            Some((f, r)) => (part(f)?, part(r)?),
            None => (part(s)?, None),
        };
        if relation.is_some() && f.is_none() && r.is_none() {
            return None;
        }
        Some(Code {
            forward: f,
            reverse: r,
            relation,
        })
    }

    /// Whether the code gives no event at all.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.forward, &self.reverse) {
            (None, None) => write!(f, "---")?,
            (Some(a), None) => write!(f, "{a}")?,
            (a, Some(b)) => write!(f, "{}:{b}", a.as_deref().unwrap_or(""))?,
        }
        match &self.relation {
            Some(r) => write!(f, "={r}"),
            None => Ok(()),
        }
    }
}

/// A phrase a dependent must be: a lemma, any phrase of a synset, or a head with words
/// that depend on it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Phrase {
    /// One lemma.
    Word(String),
    /// Any phrase of the synset of that name.
    Synset(String),
    /// `@place`: a named place below a state (a city, a region, a territory: "captured
    /// Kherson"), read from the sentence's mentions, not from the words.
    Place,
    /// `@person`: a named person ("wants the Venezuelan leader out"), read from the
    /// sentence's mentions.
    Person,
    /// A head phrase and the lemmas of its dependents (`financial_aid`).
    Compound {
        /// Words that must depend on the head.
        mods: Vec<String>,
        /// The head.
        head: Box<Phrase>,
    },
}

impl Phrase {
    /// Parses `aid`, `&TREATY`, `financial_aid`, `financial_&AID`, `@place`, `@person`.
    pub fn parse(s: &str) -> Option<Phrase> {
        if s.is_empty() {
            return None;
        }
        if s == "@place" {
            return Some(Phrase::Place);
        }
        if s == "@person" {
            return Some(Phrase::Person);
        }
        let parts: Vec<&str> = s.split('_').filter(|p| !p.is_empty()).collect();
        let atom = |p: &str| -> Option<Phrase> {
            match p.strip_prefix('&') {
                Some(n) if !n.is_empty() => Some(Phrase::Synset(n.to_string())),
                Some(_) => None,
                None => Some(Phrase::Word(p.to_lowercase())),
            }
        };
        match parts.as_slice() {
            [] => None,
            [one] => atom(one),
            [mods @ .., head] => Some(Phrase::Compound {
                mods: mods.iter().map(|m| m.to_lowercase()).collect(),
                head: Box::new(atom(head)?),
            }),
        }
    }
}

impl std::fmt::Display for Phrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Phrase::Word(w) => write!(f, "{w}"),
            Phrase::Synset(s) => write!(f, "&{s}"),
            Phrase::Place => write!(f, "@place"),
            Phrase::Person => write!(f, "@person"),
            Phrase::Compound { mods, head } => {
                for m in mods {
                    write!(f, "{m}_")?;
                }
                write!(f, "{head}")
            }
        }
    }
}

/// One constraint of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Atom {
    /// The predicate's object (the subject of a passive) is this phrase.
    Obj(Phrase),
    /// The predicate's subject is this phrase.
    Subj(Phrase),
    /// The predicate has this particle ("down", "off").
    Prt(String),
    /// The predicate has this adverb.
    Adv(String),
    /// The predicate has a dependent with this lemma ("air" of "air strike").
    Dep(String),
    /// A prepositional phrase of the predicate (or of its object) with this preposition,
    /// and, when given, this noun.
    Prep(String, Option<Phrase>),
    /// `inf=`: the predicate has an infinitive complement ("challenged Serbia to arrest").
    Inf,
    /// `that=`: the predicate has a finite clause as its complement ("protested that the
    /// patrol had crossed").
    That,
}

impl std::fmt::Display for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Atom::Obj(p) => write!(f, "obj={p}"),
            Atom::Subj(p) => write!(f, "subj={p}"),
            Atom::Prt(w) => write!(f, "prt={w}"),
            Atom::Adv(w) => write!(f, "adv={w}"),
            Atom::Dep(w) => write!(f, "dep={w}"),
            Atom::Inf => write!(f, "inf="),
            Atom::That => write!(f, "that="),
            Atom::Prep(p, None) => write!(f, "{p}="),
            Atom::Prep(p, Some(n)) => write!(f, "{p}={n}"),
        }
    }
}

/// A pattern: constraints and the code they give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// All must hold.
    pub atoms: Vec<Atom>,
    /// The code.
    pub code: Code,
    /// Where it was written.
    pub line: usize,
}

/// What kind of word triggers an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// A verb.
    Verb,
    /// An event noun.
    Noun,
}

/// A verb or noun of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its group (index into [`EventVocab::groups`]).
    pub group: usize,
    /// Verb or noun.
    pub trigger: Trigger,
    /// The lemma.
    pub lemma: String,
    /// A particle or preposition the entry needs ("down" of "clamp down", "with" of "meet
    /// with").
    pub needs: Option<String>,
    /// Its own code, overriding the group's default.
    pub code: Option<Code>,
    /// Where it was written.
    pub line: usize,
}

/// A group of synonymous verbs and nouns with its patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Its name.
    pub name: String,
    /// The default code.
    pub code: Code,
    /// Its patterns.
    pub patterns: Vec<Pattern>,
    /// Index of the file it was read from (later files win ties).
    pub file: usize,
    /// The file's path, for messages.
    pub path: String,
    /// The line of its header.
    pub line: usize,
}

/// An example sentence of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// Whether the event must be found (`+`) or must not (`-`).
    pub positive: bool,
    /// Source state (ISO alpha-3) or `*`.
    pub source: String,
    /// Target state or `*`.
    pub target: String,
    /// The CAMEO code or PLOVER type expected (or excluded), if given.
    pub code: Option<String>,
    /// The sentence.
    pub sentence: String,
    /// The group it belongs to.
    pub group: usize,
    /// Where it was written.
    pub path: String,
    /// Its line.
    pub line: usize,
}

/// The whole event vocabulary, indexed by lemma.
#[derive(Debug, Clone, Default)]
pub struct EventVocab {
    /// Synsets: name → phrases.
    pub synsets: HashMap<String, Vec<Phrase>>,
    /// Each synset's plain words as a set, and its other phrases: what
    /// [`EventVocab::phrase_matches`] reads instead of scanning `synsets` (a synset of
    /// weapons has a hundred words). Made from `synsets` by [`EventVocab::add_file`].
    synset_index: HashMap<String, (rustc_hash::FxHashSet<String>, Vec<Phrase>)>,
    /// Groups in file order.
    pub groups: Vec<Group>,
    /// Verb entries by lemma.
    pub verbs: HashMap<String, Vec<Entry>>,
    /// Noun entries by lemma.
    pub nouns: HashMap<String, Vec<Entry>>,
    /// Light verbs: their object noun carries the event.
    pub light: HashMap<String, usize>,
    /// Example sentences.
    pub examples: Vec<Example>,
}

fn err(path: &Path, line: usize, msg: impl Into<String>) -> Error {
    Error::new(
        ErrorKind::Lexicon,
        Location::file(path).at_line(line),
        msg.into(),
    )
}

impl EventVocab {
    /// Adds one file of the format above. `file` orders files (later wins ties).
    pub fn add_file(&mut self, text: &str, path: &Path) -> Result<(), Vec<Error>> {
        let file = self.groups.iter().map(|g| g.file + 1).max().unwrap_or(0);
        let mut errors = Vec::new();
        let mut group: Option<usize> = None;
        for (i, raw) in text.lines().enumerate() {
            let n = i + 1;
            let line = match raw.find(" #") {
                Some(k) if !raw.trim_start().starts_with(['+', '-']) => &raw[..k],
                _ => raw,
            };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix("synset ") {
                let Some((name, phrases)) = rest.split_once('=') else {
                    errors.push(err(
                        path,
                        n,
                        "a synset is `synset NAME = phrase phrase ...`",
                    ));
                    continue;
                };
                let name = name.trim().to_string();
                let list: Vec<Phrase> = phrases
                    .split_whitespace()
                    .filter_map(Phrase::parse)
                    .collect();
                if name.is_empty() || list.is_empty() {
                    errors.push(err(
                        path,
                        n,
                        "a synset needs a name and at least one phrase",
                    ));
                    continue;
                }
                self.synset_index.insert(name.clone(), index_synset(&list));
                self.synsets.insert(name, list);
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let Some((name, code)) = rest.split_once(']') else {
                    errors.push(err(path, n, "a group header is `[NAME] CODE`"));
                    continue;
                };
                let Some(code) = Code::parse(code.trim()) else {
                    errors.push(err(path, n, format!("bad code {:?}", code.trim())));
                    continue;
                };
                self.groups.push(Group {
                    name: name.trim().to_string(),
                    code,
                    patterns: Vec::new(),
                    file,
                    path: path.display().to_string(),
                    line: n,
                });
                group = Some(self.groups.len() - 1);
                continue;
            }
            let Some(g) = group else {
                errors.push(err(
                    path,
                    n,
                    "a verb, noun, pattern or example before any [GROUP] header",
                ));
                continue;
            };
            if let Some(rest) = line.strip_prefix(['+', '-']) {
                let positive = line.starts_with('+');
                let Some((head, sentence)) = rest.split_once('|') else {
                    errors.push(err(path, n, "an example is `+ SRC TGT [CODE] | sentence`"));
                    continue;
                };
                let f: Vec<&str> = head.split_whitespace().collect();
                if !(2..=3).contains(&f.len()) || sentence.trim().is_empty() {
                    errors.push(err(path, n, "an example is `+ SRC TGT [CODE] | sentence`"));
                    continue;
                }
                self.examples.push(Example {
                    positive,
                    source: f[0].to_string(),
                    target: f[1].to_string(),
                    code: f.get(2).map(|c| c.to_string()),
                    sentence: sentence.trim().to_string(),
                    group: g,
                    path: path.display().to_string(),
                    line: n,
                });
                continue;
            }
            let mut words = line.split_whitespace();
            let kw = words.next().unwrap_or_default();
            let rest: Vec<&str> = words.collect();
            match kw {
                "verb" | "noun" => {
                    let trigger = if kw == "verb" {
                        Trigger::Verb
                    } else {
                        Trigger::Noun
                    };
                    let Some(lemma) = rest.first() else {
                        errors.push(err(path, n, format!("`{kw}` needs a lemma")));
                        continue;
                    };
                    let mut needs = None;
                    let mut code = None;
                    for w in &rest[1..] {
                        if let Some(p) = w.strip_prefix('+') {
                            needs = Some(p.to_lowercase());
                        } else if let Some(c) = Code::parse(w) {
                            code = Some(c);
                        } else {
                            errors.push(err(path, n, format!("unexpected {w:?}")));
                        }
                    }
                    let e = Entry {
                        group: g,
                        trigger,
                        lemma: lemma.to_lowercase(),
                        needs,
                        code,
                        line: n,
                    };
                    let index = match trigger {
                        Trigger::Verb => &mut self.verbs,
                        Trigger::Noun => &mut self.nouns,
                    };
                    index.entry(e.lemma.clone()).or_default().push(e);
                }
                "light" => {
                    for w in rest {
                        self.light.insert(w.to_lowercase(), g);
                    }
                }
                "pattern" => {
                    let Some((code, atoms)) = rest.split_last() else {
                        errors.push(err(path, n, "a pattern needs constraints and a code"));
                        continue;
                    };
                    let Some(code) = Code::parse(code) else {
                        errors.push(err(path, n, format!("bad code {code:?}")));
                        continue;
                    };
                    let mut parsed = Vec::new();
                    for a in atoms {
                        match parse_atom(a) {
                            Some(x) => parsed.push(x),
                            None => errors.push(err(path, n, format!("bad constraint {a:?}"))),
                        }
                    }
                    if parsed.is_empty() {
                        errors.push(err(path, n, "a pattern needs at least one constraint"));
                        continue;
                    }
                    self.groups[g].patterns.push(Pattern {
                        atoms: parsed,
                        code,
                        line: n,
                    });
                }
                _ => errors.push(err(path, n, format!("unknown line {kw:?}"))),
            }
        }
        // every synset a pattern names must exist
        for g in &self.groups {
            for p in &g.patterns {
                for a in &p.atoms {
                    let phrase = match a {
                        Atom::Obj(p) | Atom::Subj(p) | Atom::Prep(_, Some(p)) => p,
                        _ => continue,
                    };
                    if let Some(s) = synset_of(phrase) {
                        if !self.synsets.contains_key(s) {
                            errors.push(err(
                                Path::new(&g.path),
                                p.line,
                                format!("unknown synset &{s}"),
                            ));
                        }
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Whether a lemma (with the lemmas of its dependents) is the phrase.
    pub fn phrase_matches(&self, p: &Phrase, lemma: &str, deps: &dyn Fn(&str) -> bool) -> bool {
        match p {
            Phrase::Word(w) => w == lemma,
            // the same as any phrase of the synset matching, without a scan of its words
            Phrase::Synset(s) => self.synset_index.get(s).is_some_and(|(words, others)| {
                words.contains(lemma) || others.iter().any(|q| self.phrase_matches(q, lemma, deps))
            }),
            Phrase::Compound { mods, head } => {
                self.phrase_matches(head, lemma, deps) && mods.iter().all(|m| deps(m))
            }
            // a mention, not a word: the extractor decides it over the tree
            Phrase::Place | Phrase::Person => false,
        }
    }
}

/// A synset's plain words, and its other phrases (compounds, synsets).
fn index_synset(list: &[Phrase]) -> (rustc_hash::FxHashSet<String>, Vec<Phrase>) {
    let mut words = rustc_hash::FxHashSet::default();
    let mut others = Vec::new();
    for p in list {
        match p {
            Phrase::Word(w) => {
                words.insert(w.clone());
            }
            _ => others.push(p.clone()),
        }
    }
    (words, others)
}

fn synset_of(p: &Phrase) -> Option<&str> {
    match p {
        Phrase::Synset(s) => Some(s),
        Phrase::Compound { head, .. } => synset_of(head),
        Phrase::Word(_) | Phrase::Place | Phrase::Person => None,
    }
}

fn parse_atom(a: &str) -> Option<Atom> {
    let (k, v) = a.split_once('=')?;
    let k = k.to_lowercase();
    Some(match k.as_str() {
        "obj" => Atom::Obj(Phrase::parse(v)?),
        "subj" => Atom::Subj(Phrase::parse(v)?),
        "prt" if !v.is_empty() => Atom::Prt(v.to_lowercase()),
        "adv" if !v.is_empty() => Atom::Adv(v.to_lowercase()),
        "dep" if !v.is_empty() => Atom::Dep(v.to_lowercase()),
        "inf" if v.is_empty() => Atom::Inf,
        "that" if v.is_empty() => Atom::That,
        p if p.chars().all(|c| c.is_ascii_lowercase()) && !p.is_empty() => Atom::Prep(
            p.to_string(),
            if v.is_empty() {
                None
            } else {
                Some(Phrase::parse(v)?)
            },
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
synset TREATY = treaty accord peace_agreement
[SIGN] 057
verb sign
verb ink 057:057
verb clamp +down 173
noun signing
light launch
pattern obj=&TREATY 057
pattern for=help to= 023
+ USA MEX 057 | The United States signed a treaty with Mexico.
- USA MEX | The United States discussed a treaty with Mexico.
";

    #[test]
    fn reads_groups_entries_patterns_and_examples() {
        let mut v = EventVocab::default();
        v.add_file(SAMPLE, Path::new("t.txt")).unwrap();
        assert_eq!(v.groups.len(), 1);
        assert_eq!(v.groups[0].code.forward.as_deref(), Some("057"));
        assert_eq!(v.verbs["clamp"][0].needs.as_deref(), Some("down"));
        assert_eq!(
            v.verbs["ink"][0].code.as_ref().unwrap().to_string(),
            "057:057"
        );
        assert_eq!(v.nouns["signing"].len(), 1);
        assert!(v.light.contains_key("launch"));
        assert_eq!(v.groups[0].patterns.len(), 2);
        assert_eq!(
            v.groups[0].patterns[1].atoms,
            vec![
                Atom::Prep("for".into(), Some(Phrase::Word("help".into()))),
                Atom::Prep("to".into(), None)
            ]
        );
        assert_eq!(v.examples.len(), 2);
        assert!(v.examples[0].positive && !v.examples[1].positive);
        let none = |_: &str| false;
        let p = Phrase::parse("&TREATY").unwrap();
        assert!(v.phrase_matches(&p, "accord", &none));
        // a multiword phrase needs its dependent
        assert!(!v.phrase_matches(&p, "agreement", &none));
        assert!(v.phrase_matches(&p, "agreement", &|w| w == "peace"));
    }

    #[test]
    fn errors_name_the_line() {
        let mut v = EventVocab::default();
        let e = v
            .add_file("[A] 010\npattern obj=&NOPE 020\nverb\n", Path::new("x.txt"))
            .unwrap_err();
        let msgs: Vec<String> = e.iter().map(|e| e.to_string()).collect();
        assert!(msgs.iter().any(|m| m.contains("x.txt:3")), "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("unknown synset")),
            "{msgs:?}"
        );
    }

    #[test]
    fn codes() {
        assert_eq!(
            Code::parse("042:043").unwrap().reverse.as_deref(),
            Some("043")
        );
        assert!(Code::parse("---").unwrap().is_null());
        assert_eq!(Code::parse(":020").unwrap().forward, None);
        let c = Code::parse("190=invades").unwrap();
        assert_eq!(c.relation.as_deref(), Some("invades"));
        assert_eq!(c.to_string(), "190=invades");
        assert!(Code::parse("---=invades").is_none());
        assert!(Code::parse("190=").is_none());
        assert!(Code::parse("abc").is_none());
    }
}
