//! Repairs of the parser's commonest misreadings, made on the heads and relations of a
//! sentence's words before extraction reads its tree: each rule looks at a shape the parser
//! gets wrong in news text and gives the words the heads a careful annotator would.

use crate::syntax::{Rel, Upos, Word};

/// All the repairs, in order: agents first (the others read the verbs' objects), then the
/// clauses, participles, particles, reduced relatives and coordinated verbs, and last the
/// participles after a comma (which read the reduced relatives as repaired).
pub(super) fn repair(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    repair_flat_across_comma(words, heads, rels);
    repair_hedging_adjective(words, heads, rels);
    repair_agents(words, heads, rels);
    repair_gapless_relative(words, heads, rels);
    repair_phrase_before_that(words, heads, rels);
    repair_said_content_on_phrase(words, heads, rels);
    repair_determined_participle(words, heads, rels);
    repair_finite_xcomp(words, heads, rels);
    repair_clause_participle(words, heads, rels);
    repair_particle_object(words, heads, rels);
    repair_reduced_relative(words, heads, rels);
    repair_phrase_participle(words, heads, rels);
    repair_participle_complement(words, heads, rels);
    repair_conjunct_subject(words, heads, rels);
    repair_infinitive_conjunct(words, heads, rels);
    repair_for_subject_infinitive(words, heads, rels);
    repair_trailing_participle(words, heads, rels);
}

/// "raided alleged ANC bases", "bombed alleged Hezbollah positions": "alleged" (or
/// "suspected", "purported") right after a verb and before a noun is an adjective of that
/// noun, which the parser read as the verb with the noun as its object. The noun and the
/// phrases go back to the verb before it (which becomes the root when the parser had put
/// it under its subject).
fn repair_hedging_adjective(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for x in 1..n {
        let v = x - 1;
        if words[x].upos != Upos::Verb
            || !matches!(words[x].lemma.as_str(), "allege" | "suspect" | "purport")
            || words[v].upos != Upos::Verb
            || !matches!(words[v].xpos, "VBD" | "VBN" | "VBZ" | "VBP")
        {
            continue;
        }
        let Some(o) = (x + 1..n).find(|&k| heads[k] == Some(x) && rels[k] == Rel::Obj) else {
            continue;
        };
        // the verb before takes the place "alleged" had: the root's ("jets bombed alleged
        // positions", with "bombed" under "jets"), or stays where it is when "alleged" hung
        // on it ("raided alleged bases")
        if heads[x].is_none() {
            heads[v] = None;
            rels[v] = Rel::Root;
        } else if heads[x] != Some(v) {
            continue;
        }
        for (k, h) in heads.iter_mut().enumerate() {
            if k != v && *h == Some(x) {
                *h = Some(v);
            }
        }
        heads[x] = Some(o);
        rels[x] = Rel::Amod;
    }
}

/// "After a speech by Sen. Mary Cole, Erdogan telephoned Putin": a name the parser joined
/// to the name before it across a comma (no name holds a comma) is the subject of the verb
/// after it, when that verb has none.
fn repair_flat_across_comma(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for x in 0..n {
        let Some(h) = heads[x].filter(|&h| h < x) else {
            continue;
        };
        if rels[x] != Rel::Flat || !(h + 1..x).any(|k| words[k].lemma == ",") {
            continue;
        }
        // the verb right after the name's own words
        let Some(v) = (x + 1..n).find(|&k| heads[k] != Some(x)) else {
            continue;
        };
        let has_subject = (0..n).any(|k| heads[k] == Some(v) && rels[k].is_subject());
        if words[v].upos != Upos::Verb || has_subject {
            continue;
        }
        heads[x] = Some(v);
        rels[x] = Rel::Nsubj;
    }
}

/// "Kenya said on Friday that Uganda had deported them": a clause the parser hung on the
/// noun before it as a relative clause, with "that" as its subject or object, when the
/// clause already has a subject, or an object, of its own besides "that". A relative
/// clause lacks the word its pronoun stands for; this one lacks nothing, so "that" is the
/// conjunction of a clause that completes the verb the noun hangs on, or, after a noun that
/// is the verb's subject or object ("denied the report that ..."), tells that noun's
/// content.
fn repair_gapless_relative(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for v in 0..n {
        if rels[v] != Rel::AclRelcl || words[v].upos != Upos::Verb {
            continue;
        }
        let Some(noun) = heads[v].filter(|&h| h < v) else {
            continue;
        };
        let Some(g) = heads[noun].filter(|&g| words[g].upos == Upos::Verb) else {
            continue;
        };
        let Some(that) = (noun + 1..v).find(|&k| {
            heads[k] == Some(v)
                && words[k].lemma == "that"
                && matches!(rels[k], Rel::Obj | Rel::Nsubj | Rel::NsubjPass)
        }) else {
            continue;
        };
        let filled = (0..n).any(|k| {
            k != that
                && heads[k] == Some(v)
                && (rels[k] == rels[that] || rels[k].is_subject() && rels[that].is_subject())
        });
        if !filled {
            continue;
        }
        rels[that] = Rel::Mark;
        // the content of a noun that is an argument ("dismissed the story that Uganda had
        // shelled villages") stays on it; a time phrase's clause is the verb's
        if matches!(rels[noun].universal(), Rel::Obl | Rel::Nmod) {
            heads[v] = Some(g);
            rels[v] = Rel::Ccomp;
        } else {
            rels[v] = Rel::Acl;
        }
    }
}

/// "Kenya said after talks with Uganda that the border would reopen": a clause begins with
/// its "that", so a phrase between the verb and the "that" of the verb's complement is the
/// verb's, not the complement's (the parser hung "after talks" on "reopen").
fn repair_phrase_before_that(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for c in 0..n {
        let Some(v) = heads[c].filter(|&v| v < c) else {
            continue;
        };
        if rels[c] != Rel::Ccomp {
            continue;
        }
        let Some(that) = (v + 1..c)
            .find(|&k| heads[k] == Some(c) && rels[k] == Rel::Mark && words[k].lemma == "that")
        else {
            continue;
        };
        for d in v + 1..that {
            if heads[d] == Some(c)
                && matches!(rels[d].universal(), Rel::Obl | Rel::Advmod | Rel::Advcl)
            {
                heads[d] = Some(v);
            }
        }
    }
}

/// Verbs of saying, whose "that" clause is what is said.
const SAYING: &[&str] = &[
    "say",
    "tell",
    "announce",
    "state",
    "declare",
    "add",
    "stress",
    "insist",
    "note",
    "warn",
    "explain",
    "claim",
    "confirm",
    "deny",
    "reiterate",
    "affirm",
    "assert",
    "indicate",
];

/// "The Gabonese premier said at the close of a visit to Cameroon that ties were strong": a
/// complete "that" clause (a subject of its own) the parser hung on a noun of a phrase that
/// is an adjunct of a verb of saying, when that verb has no complement, is what the verb
/// says; the noun ("visit") tells when it was said.
fn repair_said_content_on_phrase(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for x in 0..n {
        if rels[x] != Rel::Acl {
            continue;
        }
        let Some(noun) = heads[x].filter(|&h| h < x) else {
            continue;
        };
        let marked = (noun + 1..x)
            .any(|k| heads[k] == Some(x) && rels[k] == Rel::Mark && words[k].lemma == "that");
        let subject = (0..n).any(|k| heads[k] == Some(x) && rels[k].is_subject());
        if !marked || !subject {
            continue;
        }
        // up from the noun through the phrases it belongs to, to the verb they are an
        // adjunct of
        let mut m = noun;
        let mut verb = None;
        for _ in 0..3 {
            let Some(h) = heads[m] else { break };
            match rels[m].universal() {
                Rel::Nmod => m = h,
                Rel::Obl => {
                    verb = Some(h);
                    break;
                }
                _ => break,
            }
        }
        let Some(g) = verb
            .filter(|&g| words[g].upos == Upos::Verb && SAYING.contains(&words[g].lemma.as_str()))
        else {
            continue;
        };
        if (0..n).any(|k| heads[k] == Some(g) && rels[k] == Rel::Ccomp) {
            continue;
        }
        heads[x] = Some(g);
        rels[x] = Rel::Ccomp;
    }
}

/// "telling a visiting delegation": a participle between a determiner and the noun that
/// determiner belongs to modifies the noun; the parser sometimes makes it a verb with the
/// noun as its object. The noun takes the participle's place in the tree. So does a
/// participle before a title and name with no determiner ("met visiting Kenyan President
/// Moi", "talks with visiting Gabonese officials") where no gerund can stand: not after a
/// preposition that takes one ("after visiting President Moi"), nor with an auxiliary or
/// subject of its own ("was visiting").
fn repair_determined_participle(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
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
fn repair_trailing_participle(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
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

/// "Hill confirmed Australian troops arrived", "announced Foreign Minister Levy would visit
/// Bonn": a finite verb the parser hung as an open complement (`xcomp`), or one with a modal
/// as an adverbial clause, after an object has that object as its subject, in a clause of
/// its own (`ccomp`); an `xcomp` is never finite, and a clause with a modal and no subject
/// is no adverbial one.
fn repair_finite_xcomp(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    for i in 0..words.len() {
        if !matches!(rels[i], Rel::Xcomp | Rel::Advcl) {
            continue;
        }
        let modal = (0..words.len()).any(|k| heads[k] == Some(i) && words[k].xpos == "MD");
        // (a present form may be a bare infinitive: "helped Russian forces operate")
        let finite = rels[i] == Rel::Xcomp && matches!(words[i].xpos, "VBD" | "VBZ");
        if !(finite || modal) {
            continue;
        }
        let Some(h) = heads[i] else { continue };
        // ("imposed duties on steel imported from Brazil": a past form right after the noun
        // of a prepositional phrase is that noun's participle, see repair_phrase_participle)
        let after_phrase = i > 0
            && matches!(words[i - 1].upos, Upos::Noun | Upos::Propn)
            && (0..i - 1).any(|k| heads[k] == Some(i - 1) && rels[k] == Rel::Case);
        if after_phrase {
            continue;
        }
        let marked = (0..words.len()).any(|k| heads[k] == Some(i) && rels[k] == Rel::Mark);
        let subject = (0..i)
            .rev()
            .find(|&o| heads[o] == Some(h) && rels[o] == Rel::Obj);
        let has_subject = (0..words.len()).any(|k| heads[k] == Some(i) && rels[k].is_subject());
        if let (false, Some(o), false) = (marked, subject, has_subject) {
            heads[o] = Some(i);
            rels[o] = Rel::Nsubj;
            rels[i] = Rel::Ccomp;
        }
    }
}

/// "Armenian artillery shelled Azerbaijani positions": a past verb the parser read as a
/// participle on a noun, when the verb has a subject of its own before it (and the noun
/// follows it), or when the noun it hangs on is the sentence's root and the verb has an
/// object, is the clause's verb: the noun after it is its object, the root noun before it
/// its subject.
fn repair_clause_participle(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for i in 0..n {
        if !matches!(rels[i], Rel::Amod | Rel::Acl) || !matches!(words[i].xpos, "VBD" | "VBN") {
            continue;
        }
        let Some(h) = heads[i] else { continue };
        let kid = |r: Rel, before: bool| {
            (0..n).find(|&k| heads[k] == Some(i) && rels[k] == r && (k < i) == before)
        };
        if h > i && kid(Rel::Nsubj, true).is_some() {
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
/// a verb's phrase: "walked down the street" becomes a street walked, which no event reads.
fn repair_particle_object(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for c in 1..n {
        if rels[c] != Rel::Case
            || !matches!(
                words[c].lemma.as_str(),
                "down" | "off" | "out" | "up" | "back"
            )
        {
            continue;
        }
        let v = c - 1;
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
fn repair_reduced_relative(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
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
fn repair_phrase_participle(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
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
fn repair_participle_complement(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
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

/// "He met Chernomyrdin on Monday and could meet Yeltsin": the parser may take the first
/// verb's object, before the "and", for the subject of the second verb; a verb that has a
/// subject of its own and no object gets it back as its object, and the second verb shares
/// its subject.
fn repair_conjunct_subject(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    for y in 0..n {
        let Some(x) = heads[y].filter(|&x| x < y) else {
            continue;
        };
        if rels[y] != Rel::Conj || words[y].upos != Upos::Verb || words[x].upos != Upos::Verb {
            continue;
        }
        let kid = |k: usize, h: usize, r: Rel| heads[k] == Some(h) && rels[k] == r;
        let Some(cc) = (x + 1..y).find(|&k| kid(k, y, Rel::Cc)) else {
            continue;
        };
        let Some(s) = (x + 1..cc).find(|&k| kid(k, y, Rel::Nsubj)) else {
            continue;
        };
        let x_subject = (0..x).any(|k| kid(k, x, Rel::Nsubj));
        let x_object = (0..n).any(|k| kid(k, x, Rel::Obj) || kid(k, x, Rel::Ccomp));
        if !matches!(words[s].upos, Upos::Noun | Upos::Propn) || !x_subject || x_object {
            continue;
        }
        heads[s] = Some(x);
        rels[s] = Rel::Obj;
    }
}

/// "Oslo asked Rome to recall the envoy and stop the payments": a bare verb after an
/// infinitive, with no subject or auxiliary of its own, that the parser coordinated with a
/// past or third-person verb ("asked", "has asked", "asks") cannot share that verb's tense:
/// it is the second half of the infinitive, and shares its subject. So is an infinitive
/// with its own "to" ("urged Rome to recall the envoy and to stop the payments") coordinated
/// with any finite verb; when the parser found no first infinitive to join it to, it
/// completes that verb itself.
fn repair_infinitive_conjunct(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    let n = words.len();
    let marked_to = |heads: &[Option<usize>], rels: &[Rel], z: usize| {
        (0..z).any(|k| heads[k] == Some(z) && rels[k] == Rel::Mark && words[k].lemma == "to")
    };
    for y in 0..n {
        let Some(x) = heads[y].filter(|&x| x < y) else {
            continue;
        };
        let with_to = words[y].xpos == "VB" && marked_to(heads, rels, y);
        let bare = matches!(words[y].xpos, "VB" | "VBP") && !with_to;
        let finite =
            matches!(words[x].xpos, "VBD" | "VBN" | "VBZ") || with_to && words[x].xpos == "VBP";
        if rels[y] != Rel::Conj || !finite || !(bare || with_to) {
            continue;
        }
        let own = (0..n).any(|k| {
            heads[k] == Some(y) && (rels[k].is_subject() || rels[k].universal() == Rel::Aux)
        });
        if own {
            continue;
        }
        let infinitive = (x + 1..y)
            .rev()
            .find(|&z| heads[z] == Some(x) && rels[z] == Rel::Xcomp && marked_to(heads, rels, z));
        match infinitive {
            Some(z) => heads[y] = Some(z),
            None if with_to => rels[y] = Rel::Xcomp,
            None => {}
        }
    }
}

/// A passive agent ("by X") belongs to a passive verb. The parser sometimes hangs the "by"
/// phrase of a noun on an active verb ("repelled an attack by three divisions", "welcomed
/// a visit by the minister", "condemned the shelling by X of"): there it is the agent of the
/// verb's object, the noun before it.
fn repair_agents(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    for i in 0..words.len() {
        let by = rels[i] == Rel::OblAgent
            || rels[i] == Rel::Obl
                && matches!(words[i].upos, Upos::Noun | Upos::Propn)
                && (0..i)
                    .any(|c| heads[c] == Some(i) && rels[c] == Rel::Case && words[c].lemma == "by");
        if !by {
            continue;
        }
        let Some(v) = heads[i] else { continue };
        let passive = (0..words.len()).any(|c| {
            heads[c] == Some(v) && matches!(rels[c], Rel::AuxPass | Rel::NsubjPass | Rel::CsubjPass)
        });
        // a participle modifying a noun ("an attack launched by X") is passive too
        if passive || words[v].xpos == "VBN" && matches!(rels[v], Rel::Acl | Rel::Amod) {
            continue;
        }
        let object = (0..i)
            .rev()
            .find(|&c| heads[c] == Some(v) && rels[c] == Rel::Obj && words[c].upos == Upos::Noun);
        if let Some(o) = object {
            heads[i] = Some(o);
            rels[i] = Rel::Nmod;
        }
    }
}

/// "a proposal for Japanese banks to lend money to Cuba", "renewed calls for Israel to
/// withdraw": a noun's "for" phrase right before "to" and a verb is the subject of that
/// infinitive, whose clause tells what the noun is for (a clause marked "for" and "to"); the
/// parser hung the infinitive on a verb further up.
fn repair_for_subject_infinitive(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    for v in 2..words.len() {
        let to = v - 1;
        if words[v].xpos != "VB"
            || words[to].lemma != "to"
            || heads[to] != Some(v)
            || !matches!(rels[v].universal(), Rel::Advcl | Rel::Xcomp)
        {
            continue;
        }
        // the phrase's head word ends it: "for Japanese banks", "for the United States"
        let s = to - 1;
        let nominal = matches!(words[s].upos.as_str(), "NOUN" | "PROPN" | "PRON");
        let Some(p) = heads[s].filter(|&p| p < s && nominal && rels[s].universal() == Rel::Nmod)
        else {
            continue;
        };
        let Some(f) = (p + 1..s)
            .find(|&k| heads[k] == Some(s) && rels[k] == Rel::Case && words[k].lemma == "for")
        else {
            continue;
        };
        if !matches!(words[p].upos.as_str(), "NOUN") || heads[v] == Some(p) {
            continue;
        }
        heads[v] = Some(p);
        rels[v] = Rel::Acl;
        heads[s] = Some(v);
        rels[s] = Rel::Nsubj;
        heads[f] = Some(v);
        rels[f] = Rel::Mark;
    }
}
