//! Words of trade and demand that name no trade or demand between two states: the trade a
//! sanction falls on or a ban stops ("tariffs on exports to", "banned arms shipments to"),
//! and a market's demand ("domestic demand").

use super::super::tree::Tree;
use super::intent::STOP;
use crate::lexicon::events::Code;
use crate::syntax::{Rel, Upos};

/// Whether an act of trade is what a sanction falls on or what is stopped: "tariffs on
/// Japanese exports to the United States", "a ban on imports from Iran", "duties on steel
/// imported from Brazil", "banned arms shipments to Tehran" tell of the tariff, the ban or
/// the stop, and of no trade between the two.
pub(crate) fn sanctioned_trade(t: &Tree, w: usize) -> bool {
    const TRADE: &[&str] = &[
        "export", "import", "trade", "sale", "shipment", "purchase", "delivery", "supply", "sell",
        "ship", "deliver", "buy",
    ];
    const SANCTIONS: &[&str] = &[
        "tariff",
        "duty",
        "sanction",
        "ban",
        "embargo",
        "quota",
        "levy",
        "restriction",
        "curb",
        "limit",
        "boycott",
        "tax",
        "barrier",
    ];
    // verbs that stop, bar or cut what they take as object ("banned arms shipments to")
    const RESTRICT: &[&str] = &[
        "ban", "halt", "suspend", "block", "bar", "prohibit", "forbid", "outlaw", "restrict",
        "curb", "stop", "embargo", "freeze", "cut", "limit", "reduce", "end", "cancel",
    ];
    if !TRADE.contains(&t.lemma(w)) {
        return false;
    }
    // up from the trade word through the nouns it belongs to: "tariffs on steel imported
    // from", "duties on 300 million dollars in exports to"
    let mut x = w;
    for _ in 0..4 {
        let Some(h) = t.head(x) else { return false };
        // "tariffs on", or "imposed tariffs on": the phrase on the verb whose object the
        // sanction is
        let on = t.has_case(x, |p| p == "on" || p == "against");
        if on && SANCTIONS.contains(&t.lemma(h))
            || on
                && t.upos(h) == Upos::Verb
                && t.kids(h, |r| r == Rel::Obj)
                    .any(|o| SANCTIONS.contains(&t.lemma(o)))
        {
            return true;
        }
        if RESTRICT.contains(&t.lemma(h))
            && t.upos(h) == Upos::Verb
            && matches!(t.rel(x), Rel::Obj | Rel::NsubjPass)
        {
            return true;
        }
        if !matches!(
            t.rel(x).universal(),
            Rel::Nmod | Rel::Acl | Rel::Compound | Rel::Conj
        ) || on
        {
            return false;
        }
        x = h;
    }
    false
}

/// Whether a noun "demand" is a market's ("domestic demand", "boost demand for oil"), not
/// one state's demand of another.
pub(crate) fn market_demand(t: &Tree, w: usize) -> bool {
    const MARKET: &[&str] = &[
        "domestic",
        "consumer",
        "global",
        "world",
        "internal",
        "external",
        "strong",
        "weak",
        "oil",
        "energy",
        "import",
        "export",
        "market",
        "seasonal",
        "aggregate",
        "customer",
        "retail",
        "household",
        "industrial",
        "sluggish",
        "robust",
        "rising",
        "falling",
    ];
    const MARKET_VERBS: &[&str] = &[
        "boost",
        "spur",
        "stimulate",
        "dampen",
        "weaken",
        "outstrip",
        "outpace",
        "exceed",
        "fuel",
        "revive",
        "sap",
        "depress",
        "lift",
    ];
    t.lemma(w) == "demand"
        && t.upos(w) == Upos::Noun
        && (t
            .kids(w, |r| matches!(r.universal(), Rel::Amod | Rel::Compound))
            .any(|m| MARKET.contains(&t.lemma(m)))
            || t.head(w)
                .is_some_and(|h| t.rel(w) == Rel::Obj && MARKET_VERBS.contains(&t.lemma(h))))
}

/// "stopped buying oil from Iran", "has ceased funding the militia", "halted talking to
/// Kyiv": cooperation that one stops is a reduction of relations (CAMEO 16) by the one who
/// stops it toward the other, whichever way the cooperation went ("buying from" Iran is
/// Iran's selling), told by the verb of stopping (whose tense and mood it takes: "will stop
/// buying"). The verb of stopping (one of [`STOP`], or "suspend") and the code: talks halted
/// (164), trade stopped (a boycott, 163), aid of each kind cut (162x), other cooperation
/// reduced (160). Not the end of an act of conflict ("stopped shelling the town" is no
/// sanction), nor of a yielding (08), nor what one is asked or means to stop.
pub(crate) fn stopped_cooperation(t: &Tree, w: usize, code: &Code) -> Option<(usize, Code)> {
    if t.xpos(w) != "VBG" || t.rel(w) != Rel::Xcomp {
        return None;
    }
    let h = t.head(w).filter(|&h| {
        t.upos(h) == Upos::Verb && (STOP.contains(&t.lemma(h)) || t.lemma(h) == "suspend")
    })?;
    // (what one is asked or wants to stop goes on, and is told as going on: "urged Paris to
    // curb the protests and stop selling arms to Iraq")
    if super::intent::infinitive(t, super::intent::first_conjunct(t, h)) {
        return None;
    }
    let c = code.forward.as_deref().or(code.reverse.as_deref())?;
    let reduced = match c.get(..3)? {
        "040" | "041" | "042" | "043" | "044" | "045" | "046" => "164",
        "061" => "163",
        "070" | "071" => "1621",
        "072" | "074" => "1622",
        "073" => "1623",
        "075" => "162",
        r if r.starts_with("05") || r.starts_with("06") => "160",
        _ => return None,
    };
    Some((
        h,
        Code {
            forward: Some(reduced.to_string()),
            reverse: None,
            relation: None,
        },
    ))
}
