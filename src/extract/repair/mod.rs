//! Repairs of the parser's commonest misreadings, made on the heads and relations of a
//! sentence's words before extraction reads its tree: each rule looks at a shape the parser
//! gets wrong in news text and gives the words the heads a careful annotator would.

mod participles;

use crate::syntax::{Rel, Upos, Word};
use participles::{
    repair_clause_participle, repair_determined_participle, repair_participle_complement,
    repair_particle_object, repair_phrase_participle, repair_reduced_relative,
    repair_trailing_participle,
};

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
    repair_controlling_it(words, heads, rels);
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
        // (a noun of what is said keeps its content wherever it hangs: "despite Iranian
        // charges that Kuwait was helping Iraq")
        let content = CONTENT_NOUNS.contains(&words[noun].lemma.as_str());
        let g = heads[noun].filter(|&g| words[g].upos == Upos::Verb);
        if g.is_none() && !content {
            continue;
        }
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
        match g {
            Some(g) if matches!(rels[noun].universal(), Rel::Obl | Rel::Nmod) && !content => {
                heads[v] = Some(g);
                rels[v] = Rel::Ccomp;
            }
            _ => rels[v] = Rel::Acl,
        }
    }
}

/// Nouns of what is said or charged, whose "that" clause tells what they say.
const CONTENT_NOUNS: &[&str] = &[
    "report",
    "claim",
    "charge",
    "allegation",
    "accusation",
    "assertion",
    "suggestion",
    "rumour",
    "rumor",
    "speculation",
];

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

/// Adjectives whose infinitive their subject would do ("ready to strike", "unwilling to
/// talk"): the one they are said of is a subject, never an empty "it". The adjectives of
/// an extraposed clause ("it is important to talk") are not among them.
const CONTROL_ADJECTIVES: &[&str] = &[
    "ready",
    "willing",
    "unwilling",
    "prepared",
    "able",
    "unable",
    "eager",
    "keen",
    "determined",
    "reluctant",
    "anxious",
    "loath",
    "poised",
];

/// "told Peru it was ready to hit back", "hinted it could be willing to strike": "it"
/// before the copula of an adjective that controls an infinitive is that adjective's
/// subject (the one who would act), which the parser read as an empty (expletive) "it";
/// the infinitive is the adjective's open complement.
fn repair_controlling_it(words: &[Word], heads: &mut [Option<usize>], rels: &mut [Rel]) {
    for i in 0..words.len() {
        let Some(a) = heads[i] else { continue };
        if rels[i] != Rel::Expl
            || !words[i].lemma.eq_ignore_ascii_case("it")
            || words[a].upos != Upos::Adj
            || !CONTROL_ADJECTIVES.contains(&words[a].lemma.to_lowercase().as_str())
        {
            continue;
        }
        // (the infinitive, which the parser may have read as the clausal subject that an
        // empty "it" stands for: "it was determined to attack")
        let act = (i + 1..words.len())
            .find(|&k| heads[k] == Some(a) && matches!(rels[k], Rel::Xcomp | Rel::Csubj));
        let subject = (0..words.len()).any(|k| heads[k] == Some(a) && rels[k] == Rel::Nsubj);
        if let Some(act) = act.filter(|_| !subject) {
            rels[i] = Rel::Nsubj;
            rels[act] = Rel::Xcomp;
        }
    }
}
