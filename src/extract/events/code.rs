//! Which code a predicate has: the event vocabulary's entries for its lemma, their
//! patterns over its dependents, and the most specific match.
use super::super::tree::Tree;
use crate::lexicon::events::{Atom, Code, Entry, EventVocab, Phrase};
use crate::syntax::Rel;

/// Whether a dependent of `w` satisfies an atom.
pub(super) fn atom_holds(
    t: &Tree,
    vocab: &EventVocab,
    w: usize,
    obj: Option<usize>,
    a: &Atom,
) -> bool {
    let phrase_at = |x: usize, p: &Phrase| -> bool {
        if *p == Phrase::Place {
            return named_place(t, x);
        }
        if *p == Phrase::Person {
            return t
                .mention_at(x)
                .or_else(|| t.mention_inside(x))
                .is_some_and(|m| t.mentions[m].entity.kind == crate::model::Kind::Person);
        }
        let deps = |m: &str| {
            t.children(x)
                .iter()
                .any(|&c| t.lemma(c) == m || t.norm(c) == m)
        };
        vocab.phrase_matches(p, t.lemma(x), &deps) || vocab.phrase_matches(p, t.norm(x), &deps)
    };
    match a {
        // (what a relative clause's verb acts on is the noun the clause is on, by its
        // pronoun or with none: "the Golan Heights, which Israel captured", "the city Israel
        // captured")
        Atom::Obj(p) => match obj
            .map(|o| super::roles::relative_noun(t, o).unwrap_or(o))
            .or_else(|| {
                (t.rel(w) == Rel::AclRelcl && t.kid(w, Rel::Nsubj).is_some())
                    .then(|| t.head(w))
                    .flatten()
            }) {
            Some(o) => t.conjuncts(o).into_iter().any(|c| phrase_at(c, p)),
            None => false,
        },
        // (or the noun a sentence's participle hangs on when the parser made that noun the
        // root: "Iraqi troops marched into Kuwait" read as a noun phrase)
        Atom::Subj(p) => t
            .kids(w, |r| matches!(r, Rel::Nsubj | Rel::NsubjPass))
            .chain(
                t.head(w)
                    .filter(|&h| t.rel(w) == Rel::Acl && t.head(h).is_none())
                    .filter(|&h| t.upos(h).is_nominal()),
            )
            .any(|s| phrase_at(s, p)),
        Atom::Prt(x) => t
            .kids(w, |r| {
                matches!(r, Rel::CompoundPrt | Rel::Advmod | Rel::Obl)
            })
            .any(|c| t.lemma(c) == x),
        Atom::Adv(x) => t.kids(w, |r| r == Rel::Advmod).any(|c| t.lemma(c) == x),
        // (or one the parser hung on an actor that is the verb's object: "wants the
        // president to drop the tariffs", with "to drop" on "president")
        Atom::Inf => {
            let to_inf = |c: usize| {
                super::intent::infinitive(t, c)
                    && t.kids(c, |r| r == Rel::Mark).any(|m| t.lemma(m) == "to")
            };
            t.children(w).iter().any(|&c| to_inf(c))
                || obj
                    .filter(|&o| t.mention_at(o).or_else(|| t.mention_inside(o)).is_some())
                    .is_some_and(|o| t.kids(o, |r| r == Rel::Acl).any(to_inf))
        }
        // (or a finite clause with no word to open it that the parser hung as an adverbial
        // one, its subject taken for the verb's object: "claims Ethiopia is filling the dam")
        Atom::That => {
            t.kids(w, |r| r == Rel::Ccomp)
                .any(|c| t.upos(c) == crate::syntax::Upos::Verb || t.kid(c, Rel::Nsubj).is_some())
                || t.kids(w, |r| matches!(r, Rel::Advcl | Rel::Parataxis))
                    .any(|c| {
                        t.upos(c) == crate::syntax::Upos::Verb
                            && t.kid(c, Rel::Mark).is_none()
                            && (t.kid(c, Rel::Aux).is_some()
                                || matches!(t.xpos(c), "VBD" | "VBZ" | "VBP"))
                    })
        }
        Atom::Dep(x) => t
            .kids(w, |r| !matches!(r, Rel::Punct | Rel::Case))
            .any(|c| t.lemma(c) == x || t.norm(c) == x),
        Atom::Prep(p, noun) => {
            let on = |x: usize| {
                t.kids(x, |r| {
                    // (an infinitive the parser hung on the object is the verb's: "ordered
                    // the diplomats to leave" read as "diplomats to leave")
                    matches!(
                        r.universal(),
                        Rel::Obl | Rel::Nmod | Rel::Advcl | Rel::Xcomp | Rel::Ccomp | Rel::Acl
                    ) || r == Rel::OblAgent
                })
                .any(|c| {
                    if on_ones_way(t, c) {
                        return false;
                    }
                    let marker = t
                        .kids(c, |r| matches!(r, Rel::Case | Rel::Mark))
                        .any(|k| t.lemma(k) == p);
                    // a bare preposition stands for the one acted on: "call on X"
                    marker
                        && match noun {
                            Some(n) => phrase_at(c, n),
                            None => !t.actors_or_places(c).is_empty(),
                        }
                })
            };
            // ("a battle with China over tariffs": the parser may hang the phrase on the
            // partner's)
            let partner = |x: usize| {
                matches!(t.rel(x).universal(), Rel::Obl | Rel::Nmod)
                    && t.has_case(x, |q| q == "with")
            };
            on(w) || obj.is_some_and(on) || t.children(w).iter().any(|&c| partner(c) && on(c))
        }
    }
}

/// Whether `x` heads (or lies in) the mention of a place below a state: a city, a region, a
/// territory ("captured Kherson", "took East Jerusalem"); a state's own name is no such place
/// ("took Russia to court").
fn named_place(t: &Tree, x: usize) -> bool {
    t.mention_at(x).or(t.mention_inside(x)).is_some_and(|m| {
        let m = &t.mentions[m];
        m.entity.kind == crate::model::Kind::Location
            || (m.role == crate::recognize::MentionRole::Location
                && m.entity.kind != crate::model::Kind::Country)
    })
}

/// Whether the phrase `c` is "on one's way": a path, never a party nor the phrase an entry
/// needs ("called in at Lagos on his way home" calls on no one).
fn on_ones_way(t: &Tree, c: usize) -> bool {
    t.lemma(c) == "way"
}

/// Whether the word an entry needs ("down" of "clamp down", "with" of "meet with") is a
/// dependent of the predicate (a particle, a preposition of one of its phrases, or its
/// object), other than "on one's way" ([`on_ones_way`]).
pub(super) fn needs_holds(t: &Tree, w: usize, needs: &str) -> bool {
    // a particle that is seldom a preposition a verb needs ("set up", "back down") is not
    // the preposition of a phrase; "in" is one only before a named place or an actor
    // ("arrived in Moscow", not "gave him the message in meetings")
    let particle_only = matches!(
        needs,
        "up" | "out"
            | "off"
            | "back"
            | "away"
            | "aside"
            | "forward"
            | "together"
            | "apart"
            | "ahead"
            | "down"
    );
    let placed_in = |c: usize| needs != "in" || !t.actors_or_places(c).is_empty();
    let on = |x: usize, own: bool| {
        t.children(x).iter().any(|&c| {
            // (not the "to" of its own infinitive: "ordered them to go on alert")
            (own && t.lemma(c) == needs && t.rel(c) != Rel::Mark)
                // (a particle that opens a two-word preposition is one: "drove the troops
                // out of Badme", "forced them off the island")
                || (particle_only
                    && matches!(t.rel(c).universal(), Rel::Obl | Rel::Nmod)
                    && t.kids(c, |r| r == Rel::Case).count() >= 2
                    && t.kids(c, |r| r == Rel::Case).next().is_some_and(|k| t.lemma(k) == needs))
                || (!particle_only
                    && matches!(
                        t.rel(c).universal(),
                        Rel::Obl | Rel::Obj | Rel::Nmod | Rel::Xcomp
                    )
                    && !on_ones_way(t, c)
                    && placed_in(c)
                    && t.kids(c, |r| matches!(r, Rel::Case | Rel::Mark))
                        .any(|k| t.lemma(k) == needs))
        })
    };
    // "acquired drones from Iran": the phrase may hang on the object
    on(w, true) || t.kid(w, Rel::Obj).is_some_and(|o| on(o, false))
}

/// How specific a pattern or default is: constraints, file, whether a pattern, line.
pub(super) type Rank = (usize, usize, bool, usize);

/// The code of a predicate: the most specific of its entries' matching patterns and
/// defaults. A pattern counts its constraints, an entry the word it needs ("meet +with"); a
/// pattern whose code is `---` means no event. Later files win ties, then patterns over
/// defaults.
pub(super) fn code_for<'a>(
    t: &Tree,
    vocab: &'a EventVocab,
    w: usize,
    entries: &[&'a Entry],
    obj: Option<usize>,
) -> Option<(Code, bool)> {
    // rank, code, and whether a constraint on the object decided it (the code is copied
    // once, at the end, not for every candidate)
    let mut best: Option<(Rank, &Code, bool)> = None;
    let mut consider = |rank: Rank, code: &'a Code, on_obj: bool| {
        if best.as_ref().is_none_or(|b| rank > b.0) {
            best = Some((rank, code, on_obj));
        }
    };
    for e in entries {
        let g = &vocab.groups[e.group];
        let needs = usize::from(e.needs.is_some());
        for p in &g.patterns {
            if p.atoms.iter().all(|a| atom_holds(t, vocab, w, obj, a)) {
                let on_obj = p.atoms.iter().any(|a| matches!(a, Atom::Obj(_)));
                consider(
                    (p.atoms.len() + needs, g.file, true, p.line),
                    &p.code,
                    on_obj,
                );
            }
        }
        let own = e.code.as_ref().unwrap_or(&g.code);
        if !own.is_null() || needs > 0 {
            consider((needs, g.file, false, e.line), own, false);
        }
    }
    best.filter(|b| !b.1.is_null()).map(|b| (b.1.clone(), b.2))
}

/// Whether a pattern with the code `---` (no event) is the most specific match of a
/// predicate: the vocabulary knows this use is no event ("met its targets").
pub(super) fn vetoed(
    t: &Tree,
    vocab: &EventVocab,
    w: usize,
    entries: &[&Entry],
    obj: Option<usize>,
) -> bool {
    let mut best: Option<(Rank, bool)> = None;
    for e in entries {
        let g = &vocab.groups[e.group];
        let needs = usize::from(e.needs.is_some());
        for p in &g.patterns {
            if p.atoms.iter().all(|a| atom_holds(t, vocab, w, obj, a)) {
                let rank = (p.atoms.len() + needs, g.file, true, p.line);
                if best.is_none_or(|b| rank > b.0) {
                    best = Some((rank, p.code.is_null()));
                }
            }
        }
    }
    best.is_some_and(|b| b.1)
}

/// Prepositions that name the one acted on for some kinds of event beyond the usual ones:
/// where forces go is whom they face ("deployed missiles near Taiwan", "exercises in
/// Alaska"), where a protest or an attack happens is the state it is against ("a protest in
/// Beijing", "strikes in Syria"), where a visit goes is who is visited ("attend a summit in
/// Geneva"), what anger is at is whom it blames.
pub(super) fn extra_preps(code: &Code) -> &'static [&'static str] {
    let c = code
        .forward
        .as_deref()
        .or(code.reverse.as_deref())
        .unwrap_or("");
    match c.get(..2) {
        Some("15") => &["near", "along", "around", "off", "close", "in", "inside"],
        Some("14") => &["in", "inside", "outside"],
        Some("18" | "19" | "20") => &["in", "inside", "outside", "near"],
        Some("05" | "07") => &["for"],
        // anger or scorn is at someone ("outrage at the raid", "scoffed at Iran")
        Some("11") => &["at"],
        _ if c.starts_with("042") => &["in"],
        _ => &[],
    }
}

/// The CAMEO root (first two digits) of a code's forward or else reverse direction.
pub(super) fn code_root(c: &Code) -> Option<&str> {
    c.forward
        .as_deref()
        .or(c.reverse.as_deref())
        .and_then(|x| x.get(..2))
}
