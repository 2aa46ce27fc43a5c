//! The tags and relations of Universal Dependencies as types: [`Upos`] for the universal
//! part-of-speech tags, [`Rel`] for the dependency relations with the English subtypes the
//! model predicts.

/// A universal part-of-speech tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    const ALL: [(Upos, &'static str); 17] = [
        (Upos::Adj, "ADJ"),
        (Upos::Adp, "ADP"),
        (Upos::Adv, "ADV"),
        (Upos::Aux, "AUX"),
        (Upos::Cconj, "CCONJ"),
        (Upos::Det, "DET"),
        (Upos::Intj, "INTJ"),
        (Upos::Noun, "NOUN"),
        (Upos::Num, "NUM"),
        (Upos::Part, "PART"),
        (Upos::Pron, "PRON"),
        (Upos::Propn, "PROPN"),
        (Upos::Punct, "PUNCT"),
        (Upos::Sconj, "SCONJ"),
        (Upos::Sym, "SYM"),
        (Upos::Verb, "VERB"),
        (Upos::X, "X"),
    ];

    /// The tag as UD writes it (`PROPN`).
    pub fn as_str(self) -> &'static str {
        Self::ALL[self as usize].1
    }

    /// The tag of a UD name; `X` for anything else.
    pub fn parse(s: &str) -> Upos {
        Self::ALL
            .iter()
            .find(|(_, n)| *n == s)
            .map_or(Upos::X, |(u, _)| *u)
    }

    /// The tag's bit in a set of tags.
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// A noun or a proper noun.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn)
    }
}

macro_rules! relations {
    ($($v:ident = $s:literal),* $(,)?) => {
        /// A dependency relation: the universal relations of UD v2 and the subtypes the
        /// English treebank uses (`nsubj:pass`, `nmod:poss`, `acl:relcl`, `obl:agent`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)]
        pub enum Rel { $($v),* }

        impl Rel {
            const ALL: &'static [(Rel, &'static str)] = &[$((Rel::$v, $s)),*];
        }
    };
}

relations! {
    Acl = "acl", AclRelcl = "acl:relcl", Advcl = "advcl", AdvclRelcl = "advcl:relcl",
    Advmod = "advmod", Amod = "amod", Appos = "appos", Aux = "aux", AuxPass = "aux:pass",
    Case = "case", Cc = "cc", CcPreconj = "cc:preconj", Ccomp = "ccomp", Clf = "clf",
    Compound = "compound", CompoundPrt = "compound:prt", Conj = "conj", Cop = "cop",
    Csubj = "csubj", CsubjOuter = "csubj:outer", CsubjPass = "csubj:pass", Dep = "dep",
    Det = "det", DetPredet = "det:predet", Discourse = "discourse", Dislocated = "dislocated",
    Expl = "expl", Fixed = "fixed", Flat = "flat", Goeswith = "goeswith", Iobj = "iobj",
    List = "list", Mark = "mark", Nmod = "nmod", NmodDesc = "nmod:desc", NmodPoss = "nmod:poss",
    NmodUnmarked = "nmod:unmarked", Nsubj = "nsubj", NsubjOuter = "nsubj:outer",
    NsubjPass = "nsubj:pass", Nummod = "nummod", Obj = "obj", Obl = "obl", OblAgent = "obl:agent",
    OblUnmarked = "obl:unmarked", Orphan = "orphan", Parataxis = "parataxis", Punct = "punct",
    Reparandum = "reparandum", Root = "root", Vocative = "vocative", Xcomp = "xcomp",
}

impl Rel {
    /// The relation as UD writes it (`nsubj:pass`).
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(r, _)| *r == self)
            .map_or("dep", |(_, s)| s)
    }

    /// The relation of a UD name: an unknown subtype falls back to its universal relation,
    /// an unknown relation to `dep`.
    pub fn parse(s: &str) -> Rel {
        let find = |s: &str| Self::ALL.iter().find(|(_, n)| *n == s).map(|(r, _)| *r);
        find(s)
            .or_else(|| find(s.split(':').next().unwrap_or(s)))
            .unwrap_or(Rel::Dep)
    }

    /// The universal relation, without the subtype (`nsubj` for `nsubj:pass`).
    pub fn universal(self) -> Rel {
        match self {
            Rel::AclRelcl => Rel::Acl,
            Rel::AdvclRelcl => Rel::Advcl,
            Rel::AuxPass => Rel::Aux,
            Rel::CcPreconj => Rel::Cc,
            Rel::CompoundPrt => Rel::Compound,
            Rel::CsubjOuter | Rel::CsubjPass => Rel::Csubj,
            Rel::DetPredet => Rel::Det,
            Rel::NmodDesc | Rel::NmodPoss | Rel::NmodUnmarked => Rel::Nmod,
            Rel::NsubjOuter | Rel::NsubjPass => Rel::Nsubj,
            Rel::OblAgent | Rel::OblUnmarked => Rel::Obl,
            r => r,
        }
    }

    /// A subject: nominal or clausal, active or passive.
    pub fn is_subject(self) -> bool {
        matches!(
            self,
            Rel::Nsubj
                | Rel::NsubjPass
                | Rel::NsubjOuter
                | Rel::Csubj
                | Rel::CsubjPass
                | Rel::CsubjOuter
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &(r, s) in Rel::ALL {
            assert_eq!(Rel::parse(s), r);
            assert_eq!(r.as_str(), s);
        }
        for (u, s) in Upos::ALL {
            assert_eq!(Upos::parse(s), u);
        }
        assert_eq!(Rel::parse("obl:tmod"), Rel::Obl);
        assert_eq!(Rel::parse("nonsense"), Rel::Dep);
        assert_eq!(Rel::NsubjPass.universal(), Rel::Nsubj);
        assert_eq!(Rel::Obj.universal(), Rel::Obj);
        // every relation's universal part is the relation its name starts with
        for &(r, s) in Rel::ALL {
            assert_eq!(
                r.universal(),
                Rel::parse(s.split(':').next().unwrap()),
                "{s}"
            );
        }
    }
}
