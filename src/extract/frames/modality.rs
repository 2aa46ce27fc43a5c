//! Modality read from the words before a trigger: negation, refusal, denial, threats, hedges
//! and futures.

use super::*;

/// The modality of an event and a confidence malus for hedges.
/// Whether a negated event is a refusal ("refused to help", "would not provide"): the
/// actor declines to cooperate, which is itself an event (CAMEO 12, PLOVER REJECT).
pub(crate) fn refusal(tokens: &[Token], ev: &Event) -> bool {
    let head = ev.trigger.0;
    let from = ev.clause_start.min(head).max(head.saturating_sub(8));
    let w = &tokens[from..head];
    w.iter().enumerate().any(|(i, t)| {
        matches!(
            t.norm.as_str(),
            "refused"
                | "refuses"
                | "refuse"
                | "declined"
                | "declines"
                | "decline"
                | "unwilling"
                | "reluctant"
                | "won't"
                | "wouldn't"
        ) || matches!(t.norm.as_str(), "would" | "will")
            && w.get(i + 1)
                .is_some_and(|n| n.norm == "not" || n.norm == "never")
            // (not being able is no refusal: "would not be able to supply")
            && !w.get(i + 2..i + 4).is_some_and(|b| b[0].norm == "be" && b[1].norm == "able")
    })
}

/// Whether the clause starting at `start` is denied from outside: "Iran denied (that) it
/// had sent", "Moscow rejected claims that it attacked", "none of the ships were attacked".
pub(super) fn denied_clause(tokens: &[Token], start: usize) -> bool {
    if start >= 2
        && tokens[start - 1].norm == "of"
        && matches!(tokens[start - 2].norm.as_str(), "none" | "neither")
    {
        return true;
    }
    let mut k = start;
    while k > 0 && start - k < 5 {
        k -= 1;
        let w = tokens[k].norm.as_str();
        if matches!(
            w,
            "that"
                | "the"
                | "any"
                | "claims"
                | "claim"
                | "reports"
                | "report"
                | "allegations"
                | "allegation"
                | "accusations"
                | "accusation"
                | "charges"
                | "suggestions"
                | "speculation"
                | "rumours"
                | "rumors"
        ) {
            continue;
        }
        // (not a denial denied: "did not deny that it had attacked")
        let not = k > 0 && matches!(tokens[k - 1].norm.as_str(), "not" | "n't" | "never");
        return !not
            && matches!(
                w,
                "denied"
                    | "denies"
                    | "deny"
                    | "denying"
                    | "dismissed"
                    | "dismisses"
                    | "rejected"
                    | "rejects"
                    | "refuted"
                    | "refutes"
                    | "disputed"
                    | "disputes"
            );
    }
    false
}

/// Whether an event is what its subject threatens to do: "Russia threatened to cut gas
/// supplies to Moldova" is a threat against Moldova, not (yet) a cut.
pub(crate) fn threatened(tokens: &[Token], ev: &Event) -> bool {
    let head = ev.trigger.0;
    if head < 2 || tokens[head - 1].norm != "to" {
        return false;
    }
    let is_threat = |w: &str| {
        matches!(
            w,
            "threaten" | "threatens" | "threatened" | "threatening" | "threat" | "threats"
        )
    };
    let w = tokens[head - 2].norm.as_str();
    is_threat(w)
        || head >= 3
            && (w.ends_with("ly") || matches!(w, "again" | "also" | "now"))
            && is_threat(&tokens[head - 3].norm)
}

/// The CAMEO code of a threat to do what `relation` names.
pub(crate) fn threat_code(relation: &str, plover: Option<PloverType>) -> &'static str {
    match (relation, plover) {
        ("blockades", _) => "1381",
        ("occupies", _) => "1382",
        ("invades" | "attacks" | "bombs", _) => "1384",
        (_, Some(PloverType::Assault)) => "138",
        ("sanctions", _) => "1312",
        ("cuts_aid_to", _) => "1311",
        ("reduces_relations_with" | "expels", _) => "1313",
        (_, Some(PloverType::Coerce | PloverType::Sanction)) => "131",
        _ => "130",
    }
}

/// `asides`, when the sentence was parsed, marks the words the tree sets apart from the
/// trigger's clause ([`crate::extract::tree::Tree::asides_before`]).
pub(crate) fn modality(
    tokens: &[Token],
    ev: &Event,
    claim: Option<&Claim>,
    asides: Option<&[bool]>,
) -> (Modality, f64) {
    let mut outside = relative_asides(tokens, ev.trigger.0);
    for (o, &a) in outside.iter_mut().zip(asides.unwrap_or_default()) {
        *o |= a;
    }
    modality_in(tokens, ev, claim, &outside)
}

/// The words of relative clauses set off by commas before `head` ("Iran, which denies the
/// allegations, urged ..."): what they say of their noun is not the trigger's modality.
/// The tree's reading ([`modality_in`]'s `outside`) does the same where the parse holds.
fn relative_asides(tokens: &[Token], head: usize) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut k = 0;
    while k + 1 < head {
        let relative = tokens[k].norm == ","
            && matches!(
                tokens[k + 1].norm.as_str(),
                "which" | "who" | "whom" | "whose"
            );
        if let Some(end) = relative
            .then(|| (k + 2..head).find(|&j| tokens[j].norm == ","))
            .flatten()
        {
            out[k..=end].iter_mut().for_each(|o| *o = true);
            k = end;
        }
        k += 1;
    }
    out
}

/// [`modality`], reading only the words before the trigger that `outside` does not mark:
/// the tree marks those of clauses embedded between the subject and its verb ("Weizman,
/// weighing a possible meeting, consulted ..." is no possible consultation).
pub(crate) fn modality_in(
    tokens: &[Token],
    ev: &Event,
    claim: Option<&Claim>,
    outside: &[bool],
) -> (Modality, f64) {
    let head = ev.trigger.0;
    let from = ev.clause_start.min(head).max(head.saturating_sub(8));
    let kept: Vec<Token>;
    let window: &[Token] = if outside[from.min(outside.len())..head.min(outside.len())]
        .iter()
        .any(|&o| o)
    {
        kept = (from..head)
            .filter(|&k| !outside.get(k).copied().unwrap_or(false))
            .map(|k| tokens[k].clone())
            .collect();
        &kept
    } else {
        &tokens[from..head]
    };
    // "is expected to visit", "are widely expected to sign": a plan, not a guess
    let planned = |i: usize| {
        window[i].norm == "expected"
            && window.get(i + 1).is_some_and(|n| n.norm == "to")
            && window[i.saturating_sub(2)..i].iter().any(|b| {
                matches!(
                    b.norm.as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "'re"
                )
            })
    };
    let plans: Vec<bool> = (0..window.len()).map(planned).collect();
    let has = |list: &WordSet| {
        window
            .iter()
            .zip(&plans)
            .any(|(t, &plan)| list.has(t) && !plan)
    };
    let negated = window
        .iter()
        .any(|t| NEGATIONS.has(t) || t.norm.ends_with("n't"))
        || denied_clause(tokens, ev.clause_start.min(head))
        || head > 0 && tokens[head - 1].norm == "no"
        || window
            .windows(2)
            .any(|w| w[0].norm == "short" && w[1].norm == "of");
    // "if Britain refuses to withdraw": a condition, not a fact, nor a denial
    let cs = ev.clause_start.min(head);
    let conditional = (cs.saturating_sub(2)..cs).any(|k| {
        matches!(tokens[k].norm.as_str(), "if" | "unless")
            && tokens[k + 1..cs].iter().all(|t| DETERMINERS.has(t))
    });
    if conditional {
        return (Modality::Hedged, 0.1);
    }
    if negated {
        return (Modality::Negated, 0.0);
    }
    // (a document or "it" that says it, no one named: "a ministry statement said")
    let unowned = claim.map_or_else(|| unowned_report(tokens, head), |_| None);
    let reported = claim.is_some() || unowned.is_some();
    let would = window.iter().any(|t| t.norm == "would");
    let hedged_claim = claim.is_some_and(|c| c.hedging && c.verb < head)
        || unowned.is_some_and(|(verb, hedging)| hedging && verb < head);
    if has(&HEDGES)
        && !(would
            && reported
            && !window
                .iter()
                .zip(&plans)
                .any(|(t, &plan)| t.norm != "would" && HEDGES.has(t) && !plan))
        || hedged_claim
    {
        return (Modality::Hedged, 0.1);
    }
    if has(&FUTURES)
        || plans.contains(&true)
        || would && reported
        || (head >= 1 && tokens[head - 1].norm == "to" && window.iter().any(|t| FUTURES.has(t)))
    {
        return (Modality::Future, 0.05);
    }
    if reported {
        return (Modality::Reported, 0.0);
    }
    (Modality::Asserted, 0.0)
}
