//! Repairs of participles the parser hangs in the wrong place: one between a determiner and
//! its noun, one that ends a clause after a comma, a clause's verb read as a participle on
//! a noun, reduced relatives, participles hung on a phrase or a complement; and a verb's
//! particle read as a preposition ("shot down a jet").

use crate::syntax::{Rel, Upos, Word};

/// "telling a visiting delegation": a participle between a determiner and the noun that
/// determiner belongs to modifies the noun; the parser sometimes makes it a verb with the
/// noun as its object. The noun takes the participle's place in the tree. So does a
/// participle before a title and name with no determiner ("met visiting Kenyan President
/// Moi", "talks with visiting Gabonese officials") where no gerund can stand: not after a
/// preposition that takes one ("after visiting President Moi"), nor with an auxiliary or
/// subject of its own ("was visiting").
pub(super) fn repair_determined_participle(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for i in 0..n {
        if words[i].xpos != "VBG" {
            continue;
        }
        let Some(mut o) = (i + 1..n).find(|&k| heads[k] == Some(i) && rels[k] == Rel::Obj) else {
            continue;
        };
        // a name the parser split into two objects ("visiting U.S. Congressman | Dana
        // Smith"): the first is the second's title
        if let Some(last) = (o + 1..n)
            .take_while(|&k| words[k].upos == Upos::Propn)
            .filter(|&k| heads[k] == Some(i) && rels[k] == Rel::Obj)
            .last()
        {
            if words[o].upos == Upos::Propn
                && (o + 1..last).all(|k| heads[k].is_some_and(|h| h > o && h <= last))
            {
                heads[o] = Some(last);
                rels[o] = Rel::Compound;
                o = last;
            }
        }
        // the determiner just before the participle, on the noun or (misread too) on
        // another word, with only the noun's own words between the participle and the noun
        let determined = i > 0 && {
            let d = i - 1;
            rels[d] == Rel::Det
                && words[d].upos == Upos::Det
                && (i + 1..o).all(|k| heads[k] == Some(o))
                && (heads[d] == Some(o) || !(i + 1..o).any(|k| rels[k] == Rel::Det))
        };
        if determined {
            heads[i - 1] = Some(o);
            heads[o] = heads[i];
            rels[o] = rels[i];
        } else if titled_person(words, heads, i, o) && !gerund_place(words, heads, rels, i) {
            // the noun stands where the participle stood: as the object of a verb that has
            // none, else as the phrase of the preposition before it ("with")
            let head = heads[i];
            let case = i.checked_sub(1).filter(|&k| {
                words[k].upos == Upos::Adp || words[k].lemma == "with" && rels[k] == Rel::Case
            });
            heads[o] = head;
            rels[o] = match (case, head) {
                (Some(_), _) => Rel::Obl,
                (None, Some(h))
                    if words[h].upos == Upos::Verb
                        && !(0..n).any(|k| heads[k] == Some(h) && rels[k] == Rel::Obj) =>
                {
                    Rel::Obj
                }
                (None, None) => Rel::Root,
                (None, Some(_)) => Rel::Obl,
            };
            if let Some(c) = case {
                heads[c] = Some(o);
                rels[c] = Rel::Case;
            }
        } else {
            continue;
        }
        heads[i] = Some(o);
        rels[i] = Rel::Amod;
        for (k, h) in heads.iter_mut().enumerate() {
            if k != i && *h == Some(i) {
                *h = Some(o);
            }
        }
    }
}

/// Words that make a noun phrase a person or a body of people: the titles and the nouns
/// for envoys and officials.
const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "king",
    "queen",
    "prince",
    "emir",
    "sheikh",
    "leader",
    "chancellor",
    "envoy",
    "delegation",
    "official",
    "counterpart",
    "secretary",
    "ambassador",
    "diplomat",
    "general",
    "commander",
    "chief",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "legislator",
    "negotiator",
    "mayor",
    "governor",
    "pope",
];

/// Whether the object `o` of the participle `i`, with the words between them all inside its
/// phrase, is a titled person ("Gabonese President Omar Bongo", "Egyptian officials").
fn titled_person(words: &[Word], heads: &[Option<usize>], i: usize, o: usize) -> bool {
    let inside = (i + 1..o).all(|k| heads[k].is_some_and(|h| h > i && h <= o));
    inside && (i + 1..=o).any(|k| PERSON_TITLES.contains(&words[k].lemma.to_lowercase().as_str()))
}

/// Whether the participle `i` stands where a gerund or a verb's progressive may: after a
/// preposition that takes a gerund, after "to" or a form of "be", or with an auxiliary or a
/// subject of its own.
fn gerund_place(words: &[Word], heads: &[Option<usize>], rels: &[Rel], i: usize) -> bool {
    const GERUND_BEFORE: &[&str] = &[
        "after", "before", "since", "by", "without", "upon", "on", "while", "when", "in", "about",
        "of", "from", "to", "for", "against", "despite", "through", "be", "like",
    ];
    let before = i.checked_sub(1).map(|k| words[k].lemma.to_lowercase());
    before.is_some_and(|b| GERUND_BEFORE.contains(&b.as_str()))
        || (0..words.len()).any(|k| {
            heads[k] == Some(i) && (rels[k].is_subject() || rels[k].universal() == Rel::Aux)
        })
}

/// "Iraq balked at the number of staff needed to implement the deal, blaming the United
/// States": a participle after a comma that the parser hung inside a reduced relative
/// clause (a participle on a noun, and the infinitives under it) belongs to the clause
/// that holds the noun: its subject is that clause's, not the noun.
pub(super) fn repair_trailing_participle(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for i in 1..n {
        if words[i].xpos != "VBG" || rels[i] != Rel::Advcl || words[i - 1].lemma != "," {
            continue;
        }
        // (a participle with a subject or conjunction of its own is a clause of its own)
        if (0..n).any(|k| heads[k] == Some(i) && (rels[k].is_subject() || rels[k] == Rel::Mark)) {
            continue;
        }
        // up through open complements to a participle on a noun
        let mut h = heads[i];
        let mut steps = 0;
        while let Some(x) = h.filter(|_| steps < 4) {
            if rels[x] == Rel::Xcomp {
                h = heads[x];
                steps += 1;
                continue;
            }
            break;
        }
        let Some(part) =
            h.filter(|&x| rels[x] == Rel::Acl && matches!(words[x].xpos, "VBN" | "VBG") && x < i)
        else {
            continue;
        };
        // the noun and the clause that holds it
        let Some(clause) = heads[part]
            .and_then(|noun| {
                let mut up = heads[noun];
                while let Some(u) = up {
                    if words[u].upos == Upos::Verb {
                        return Some(u);
                    }
                    up = heads[u];
                }
                None
            })
            .filter(|&c| c < i)
        else {
            continue;
        };
        heads[i] = Some(clause);
    }
}

/// "Armenian artillery shelled Azerbaijani positions": a past verb the parser read as a
/// participle on a noun, when the verb has a subject of its own before it (and the noun
/// follows it), or when the noun it hangs on is the sentence's root and the verb has an
/// object, is the clause's verb: the noun after it is its object, the root noun before it
/// its subject. So is one the parser put between a noun with no copula and the subject it
/// gave that noun ("Qatar supplied liquefied gas": the subject is the verb's).
pub(super) fn repair_clause_participle(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for i in 0..n {
        if !matches!(rels[i], Rel::Amod | Rel::Acl) || !matches!(words[i].xpos, "VBD" | "VBN") {
            continue;
        }
        let Some(h) = heads[i] else { continue };
        let kid = |r: Rel, before: bool| {
            (0..n).find(|&k| heads[k] == Some(i) && rels[k] == r && (k < i) == before)
        };
        // (or the subject the parser gave the noun, with no copula, right before the verb:
        // "Qatar supplied liquefied gas to Britain")
        let noun_subject = (h > i && i > 0)
            .then(|| i - 1)
            .filter(|&k| heads[k] == Some(h) && rels[k] == Rel::Nsubj)
            .filter(|_| !(0..n).any(|k| heads[k] == Some(h) && rels[k] == Rel::Cop));
        if let Some(k) = noun_subject {
            heads[i] = heads[h];
            rels[i] = rels[h];
            heads[h] = Some(i);
            rels[h] = Rel::Obj;
            heads[k] = Some(i);
            // (the noun's times and the like are the verb's: "last year")
            for x in h + 1..n {
                if heads[x] == Some(h)
                    && matches!(rels[x], Rel::Obl | Rel::OblUnmarked | Rel::Punct)
                {
                    heads[x] = Some(i);
                }
            }
        } else if h > i && kid(Rel::Nsubj, true).is_some() {
            // "X shelled Y positions": the verb takes the noun's place, the noun is its object
            heads[i] = heads[h];
            rels[i] = rels[h];
            heads[h] = Some(i);
            rels[h] = Rel::Obj;
        } else if h < i
            && heads[h].is_none()
            && matches!(words[h].upos, Upos::Noun | Upos::Propn)
            && kid(Rel::Obj, false).is_some()
            && kid(Rel::Nsubj, true).is_none()
            && !(0..n).any(|k| k != i && heads[k].is_none())
        {
            // "Armenian artillery shelled Azerbaijani positions" parsed as a noun with a
            // reduced relative: the verb is the root, the noun its subject
            heads[i] = None;
            rels[i] = rels[h];
            heads[h] = Some(i);
            rels[h] = Rel::Nsubj;
            for hk in heads.iter_mut().skip(i + 1) {
                if *hk == Some(h) {
                    *hk = Some(i);
                }
            }
        }
    }
}

/// "Turkey shot down a Russian jet": a particle right after a verb that the parser read as
/// the preposition of the noun after it ("down a jet") is the verb's particle, and the noun
/// the verb's object, when the verb has none. Only particles that are seldom prepositions of
/// a verb's phrase: "walked down the street" becomes a street walked, which no event reads;
/// and "over" after a verb of passing on ("handed over the prisoners").
pub(super) fn repair_particle_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for c in 1..n {
        let v = c - 1;
        // ("over" only after the verbs of passing something on: "handed over the
        // prisoners", "took over the airport"; not "flew over the city")
        let over = words[c].lemma == "over"
            && matches!(
                words[v].lemma.as_str(),
                "hand" | "turn" | "take" | "sign" | "give"
            );
        if rels[c] != Rel::Case
            || !(over
                || matches!(
                    words[c].lemma.as_str(),
                    "down" | "off" | "out" | "up" | "back"
                ))
        {
            continue;
        }
        let Some(h) = heads[c] else { continue };
        if heads[h] != Some(v)
            || rels[h] != Rel::Obl
            || words[v].upos != Upos::Verb
            || (0..n).any(|k| heads[k] == Some(v) && rels[k] == Rel::Obj)
            // (a passive verb's noun after "by" or "down" is no object: "was cut off by")
            || (0..n).any(|k| heads[k] == Some(v) && matches!(rels[k], Rel::AuxPass | Rel::NsubjPass))
            || (c + 1..h).any(|k| rels[k] == Rel::Case && heads[k] == Some(h))
        {
            continue;
        }
        heads[c] = Some(v);
        rels[c] = Rel::CompoundPrt;
        rels[h] = Rel::Obj;
    }
}

/// "A report released Tuesday in Kigali alleged that": a participle after its noun that the
/// parser took for the clause's past verb, with the real verb hung on it as a conjunct with
/// no conjunction and no comma between them (which English coordination of two verbs
/// never lacks), is the noun's participle; the conjunct is the clause's verb, and the
/// noun its subject.
pub(super) fn repair_reduced_relative(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for x in 0..n {
        if words[x].xpos != "VBD" {
            continue;
        }
        let kid = |k: usize, r: Rel| heads[k] == Some(x) && rels[k] == r;
        let Some(s) = (0..x).find(|&k| kid(k, Rel::Nsubj)) else {
            continue;
        };
        if !matches!(words[s].upos, Upos::Noun | Upos::Propn)
            || (s + 1..x).any(|k| heads[k] == Some(x))
        {
            continue;
        }
        let Some(y) = (x + 1..n)
            .find(|&k| kid(k, Rel::Conj) && matches!(words[k].xpos, "VBD" | "VBZ" | "VBP"))
        else {
            continue;
        };
        let joined = (x + 1..y).any(|k| {
            matches!(
                words[k].lemma.as_str(),
                "," | ";" | ":" | "and" | "or" | "but" | "nor"
            ) || words[k].upos == Upos::Cconj
        });
        let own_subject = (0..n).any(|k| heads[k] == Some(y) && rels[k].is_subject());
        if joined || own_subject {
            continue;
        }
        heads[y] = heads[x];
        rels[y] = rels[x];
        for hk in heads.iter_mut().skip(y + 1) {
            if *hk == Some(x) {
                *hk = Some(y);
            }
        }
        heads[s] = Some(y);
        heads[x] = Some(s);
        rels[x] = Rel::Acl;
    }
}

/// "imposed duties on steel imported from Brazil": a past verb right after the noun of a
/// prepositional phrase, which the parser made an adverbial clause of the verb before with
/// that noun as its oblique, or a conjunct of that verb with no conjunction ("imposed quotas
/// on textiles imported from China") or its open complement ("imposed higher tariffs on steel
/// imported from Brazil"), is the noun's participle when it has no subject,
/// auxiliary, object or conjunction of its own (a clause would have one). The noun returns
/// to the verb before; the participle hangs on the noun.
pub(super) fn repair_phrase_participle(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for v in 1..n {
        let noun = v - 1;
        if !matches!(rels[v], Rel::Advcl | Rel::Conj | Rel::Xcomp)
            || !matches!(words[v].xpos, "VBD" | "VBN")
            || !matches!(words[noun].upos, Upos::Noun | Upos::Propn)
            || heads[v].is_none_or(|h| h > noun)
        {
            continue;
        }
        // (a "subject" with a preposition of its own is no subject: "tariffs on chips
        // imported from Japan" read as "chips imported")
        let cased = |x: usize| (0..x).any(|k| heads[k] == Some(x) && rels[k] == Rel::Case);
        let clause_kid = (0..n).any(|k| {
            heads[k] == Some(v)
                && (rels[k].is_subject() && !(k == noun && cased(k))
                    || matches!(
                        rels[k].universal(),
                        Rel::Aux | Rel::Mark | Rel::Obj | Rel::Cc | Rel::Punct
                    ))
        });
        if clause_kid {
            continue;
        }
        let has_case = (0..noun).any(|k| heads[k] == Some(noun) && rels[k] == Rel::Case);
        if rels[v] == Rel::Advcl && heads[noun] == Some(v) && has_case {
            heads[noun] = heads[v];
            rels[noun] = Rel::Obl;
        } else if rels[v] == Rel::Advcl && !(has_case && heads[noun] == heads[v])
            || heads[noun] == Some(v)
            || rels[v] == Rel::Xcomp && !has_case
        {
            // (an object's complement stays one: "wants the troops withdrawn")
            continue;
        }
        heads[v] = Some(noun);
        rels[v] = Rel::Acl;
    }
}

/// "welcomed a deal aimed at resuming a withdrawal": a clause whose marker follows right
/// after a participle on a noun ("aimed at", "designed to", "intended to") completes that
/// participle, not the verb the parser hung it on; its subject is not that verb's.
pub(super) fn repair_participle_complement(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Rel],
) {
    let n = words.len();
    for v in 2..n {
        if !matches!(rels[v], Rel::Advcl | Rel::Xcomp) {
            continue;
        }
        let Some(m) = (1..v).find(|&k| heads[k] == Some(v) && rels[k] == Rel::Mark) else {
            continue;
        };
        let p = m - 1;
        let complete = (0..n).any(|k| {
            heads[k] == Some(p)
                && matches!(
                    rels[k].universal(),
                    Rel::Advcl | Rel::Xcomp | Rel::Ccomp | Rel::Obl | Rel::Obj
                )
        });
        if words[p].xpos != "VBN" || rels[p] != Rel::Acl || heads[v] == Some(p) || complete {
            continue;
        }
        heads[v] = Some(p);
        rels[v] = Rel::Advcl;
    }
}
