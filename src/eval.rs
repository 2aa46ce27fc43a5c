//! `geokg eval`: precision and recall of extraction against a gold file.
//!
//! Gold: JSON Lines `{"id", "text", "expected": [{"source", "target", "code"}]}` with CAMEO
//! actor codes (the first three letters are the state) and CAMEO codes or PLOVER types.
//! Scoring is on country-level dyads, exactly as `score_events.py` defines it: a triple
//! counts for (state of `plover.source`, state of `plover.target`) when both are states and
//! differ and its modality is not `negated`. Reports directed precision, recall and F1,
//! undirected F1, and PLOVER type accuracy over matched dyads.

use crate::error::{Error, ErrorKind, Location};
use crate::model::{Article, Modality, Triple};
/// The CAMEO table, which lives in [`crate::shared::cameo`].
pub use crate::shared::cameo::cameo_table;
use crate::shared::plover::{PloverType, PLOVER_TYPES};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

/// Older PLOVER names and the current type each became.
const OLD_PLOVER: &[(&str, &str)] = &[
    ("DEMAND", "REQUEST"),
    ("DISAPPROVE", "ACCUSE"),
    ("INVESTIGATE", "ACCUSE"),
    ("FIGHT", "ASSAULT"),
];

/// PLOVER types of each CAMEO root, for codes the table does not map.
fn root_types(root: &str) -> &'static [&'static str] {
    match root {
        "02" | "10" => &["REQUEST"],
        "03" => &["AGREE"],
        "04" => &["CONSULT"],
        "05" => &["SUPPORT"],
        "06" => &["COOPERATE"],
        "07" => &["AID"],
        "08" => &["CONCEDE", "RETREAT"],
        "09" | "11" => &["ACCUSE"],
        "12" => &["REJECT"],
        "13" => &["THREATEN"],
        "14" => &["PROTEST"],
        "15" => &["MOBILIZE"],
        "16" => &["SANCTION"],
        "17" => &["COERCE"],
        "18" | "19" | "20" => &["ASSAULT"],
        _ => &[],
    }
}

/// The PLOVER types a gold code stands for.
pub fn gold_types(
    code: &str,
    table: &HashMap<String, (String, Option<f64>, Vec<PloverType>)>,
) -> BTreeSet<String> {
    let c = code.trim();
    let up = c.to_uppercase();
    if PLOVER_TYPES.contains(&up.as_str()) {
        return [up].into();
    }
    if let Some((_, new)) = OLD_PLOVER.iter().find(|(o, _)| *o == up) {
        return [new.to_string()].into();
    }
    if let Some((_, _, t)) = table.get(c).filter(|(_, _, t)| !t.is_empty()) {
        return t.iter().map(|t| t.as_str().to_string()).collect();
    }
    root_types(c.get(..2).unwrap_or(""))
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// One gold item.
#[derive(Debug, Clone)]
pub struct GoldItem {
    /// The article built from the item (id, text, date).
    pub article: Article,
    /// Expected directed dyads and their PLOVER types.
    pub dyads: BTreeMap<(String, String), BTreeSet<String>>,
}

/// Reads a gold file. `is_state` says which three-letter codes are states.
pub fn read_gold(path: &Path, is_state: &dyn Fn(&str) -> bool) -> Result<Vec<GoldItem>, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::file(ErrorKind::Gold, path, format!("cannot read: {e}")))?;
    let table = cameo_table();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let loc = Location::file(path).at_line(i + 1);
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| Error::new(ErrorKind::Gold, loc.clone(), format!("invalid JSON: {e}")))?;
        let mut article = crate::ingest::article_from_value(&v)
            .map_err(|m| Error::new(ErrorKind::Gold, loc.clone(), m))?;
        if v.get("id").and_then(|x| x.as_str()).is_none() {
            return Err(Error::new(
                ErrorKind::Gold,
                loc,
                "a gold item needs a string `id`",
            ));
        }
        article.id = v["id"].as_str().unwrap_or_default().to_string();
        let mut dyads: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for e in v
            .get("expected")
            .and_then(|x| x.as_array())
            .into_iter()
            .flatten()
        {
            let code3 = |k: &str| {
                e.get(k)
                    .and_then(|x| x.as_str())
                    .unwrap_or("")
                    .chars()
                    .take(3)
                    .collect::<String>()
            };
            // a gold event coded as not having happened is no event to find (as
            // score_events.py: the system's negated triples do not count either)
            if e.get("modality").and_then(|m| m.as_str()) == Some("negated") {
                continue;
            }
            // older CAMEO actor codes of states whose ISO code differs
            let legacy = |c: String| match c.as_str() {
                "JAP" => "JPN".to_string(),
                "ITL" => "ITA".to_string(),
                "VTN" => "VNM".to_string(),
                _ => c,
            };
            let (s, t) = (legacy(code3("source")), legacy(code3("target")));
            if is_state(&s) && is_state(&t) && s != t {
                let code = match e.get("code") {
                    Some(serde_json::Value::String(c)) => c.clone(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                };
                dyads
                    .entry((s, t))
                    .or_default()
                    .extend(gold_types(&code, &table));
            }
        }
        out.push(GoldItem { article, dyads });
    }
    Ok(out)
}

/// The scores, as `score_events.py` prints them.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scores {
    /// Gold items.
    pub items: usize,
    /// Gold directed dyads.
    pub gold_dyads: usize,
    /// System directed dyads.
    pub system_dyads: usize,
    /// Directed precision.
    pub precision: f64,
    /// Directed recall.
    pub recall: f64,
    /// Directed F1.
    pub f1: f64,
    /// Undirected F1.
    pub undirected_f1: f64,
    /// Share of matched dyads (with gold types) whose PLOVER type agrees.
    pub type_accuracy: f64,
}

/// Per-item differences, for `--verbose`.
#[derive(Debug, Clone)]
pub struct ItemReport {
    /// Item id.
    pub id: String,
    /// The text (shortened).
    pub text: String,
    /// Gold dyads with their types.
    pub gold: Vec<(String, String, Vec<String>)>,
    /// System dyads with their types.
    pub got: Vec<(String, String, Vec<String>)>,
}

/// System dyads of one item's triples.
pub fn system_dyads(
    triples: &[Triple],
    is_state: &dyn Fn(&str) -> bool,
) -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut out: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for t in triples {
        let Some(p) = &t.plover else { continue };
        if t.modality == Modality::Negated {
            continue;
        }
        let country = |id: &str| {
            [&t.subject, &t.object]
                .into_iter()
                .find(|e| e.id == id)
                .and_then(|e| e.country.clone())
        };
        if let (Some(s), Some(d)) = (country(&p.source), country(&p.target)) {
            if is_state(&s) && is_state(&d) && s != d {
                out.entry((s, d))
                    .or_default()
                    .insert(p.kind.as_str().to_string());
            }
        }
    }
    out
}

fn prf(tp: usize, fp: usize, fnn: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fnn > 0 {
        tp as f64 / (tp + fnn) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn r3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Scores system triples (grouped per item, in gold order) against the gold items.
pub fn score(
    gold: &[GoldItem],
    system: &[Vec<Triple>],
    is_state: &dyn Fn(&str) -> bool,
) -> (Scores, Vec<ItemReport>) {
    let (mut tp, mut fp, mut fnn, mut utp, mut ufp, mut ufn, mut tok, mut tn) =
        (0, 0, 0, 0, 0, 0, 0, 0);
    let mut reports = Vec::new();
    for (g, ts) in gold.iter().zip(system) {
        let sd = system_dyads(ts, is_state);
        let gs: HashSet<&(String, String)> = g.dyads.keys().collect();
        let ss: HashSet<&(String, String)> = sd.keys().collect();
        tp += gs.intersection(&ss).count();
        fp += ss.difference(&gs).count();
        fnn += gs.difference(&ss).count();
        let und = |s: &HashSet<&(String, String)>| -> HashSet<BTreeSet<String>> {
            s.iter()
                .map(|(a, b)| [a.clone(), b.clone()].into())
                .collect()
        };
        let (ug, us) = (und(&gs), und(&ss));
        utp += ug.intersection(&us).count();
        ufp += us.difference(&ug).count();
        ufn += ug.difference(&us).count();
        for d in gs.intersection(&ss) {
            if !g.dyads[*d].is_empty() {
                tn += 1;
                tok += usize::from(!g.dyads[*d].is_disjoint(&sd[*d]));
            }
        }
        if gs != ss
            || gs.iter().any(|d| {
                sd.get(*d)
                    .is_some_and(|t| !g.dyads[*d].is_empty() && g.dyads[*d].is_disjoint(t))
            })
        {
            let list = |m: &BTreeMap<(String, String), BTreeSet<String>>| {
                m.iter()
                    .map(|((a, b), t)| (a.clone(), b.clone(), t.iter().cloned().collect()))
                    .collect()
            };
            reports.push(ItemReport {
                id: g.article.id.clone(),
                text: g.article.text.chars().take(160).collect(),
                gold: list(&g.dyads),
                got: list(&sd),
            });
        }
    }
    let (p, r, f1) = prf(tp, fp, fnn);
    let (_, _, uf1) = prf(utp, ufp, ufn);
    let s = Scores {
        items: gold.len(),
        gold_dyads: tp + fnn,
        system_dyads: tp + fp,
        precision: r3(p),
        recall: r3(r),
        f1: r3(f1),
        undirected_f1: r3(uf1),
        type_accuracy: r3(if tn > 0 { tok as f64 / tn as f64 } else { 0.0 }),
    };
    (s, reports)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_codes_map_to_plover() {
        let t = cameo_table();
        assert_eq!(gold_types("042", &t), ["CONSULT".to_string()].into());
        assert_eq!(gold_types("CONSULT", &t), ["CONSULT".to_string()].into());
        assert_eq!(gold_types("163", &t), ["COERCE".to_string()].into());
        assert_eq!(gold_types("023", &t), ["REQUEST".to_string()].into());
        assert!(gold_types("015", &t).is_empty());
    }

    #[test]
    fn scores_like_the_reference_definition() {
        let gold = vec![GoldItem {
            article: Article {
                id: "g".into(),
                text: "x".into(),
                ..Default::default()
            },
            dyads: [(
                ("USA".to_string(), "CHN".to_string()),
                ["CONSULT".to_string()].into(),
            )]
            .into(),
        }];
        let (s, _) = score(&gold, &[vec![]], &|c| c.len() == 3);
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
        assert_eq!(s.gold_dyads, 1);
    }

    #[test]
    fn negated_gold_events_and_legacy_codes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.jsonl");
        std::fs::write(
            &p,
            r#"{"id":"a","text":"Peru did not attack Chile. Japan met Italy.","expected":[{"source":"PER","target":"CHL","code":"190","modality":"negated"},{"source":"JAPGOV","target":"ITL","code":"040"}]}"#,
        )
        .unwrap();
        let gold = read_gold(&p, &|c| c.len() == 3).unwrap();
        let keys: Vec<_> = gold[0].dyads.keys().cloned().collect();
        assert_eq!(keys, [("JPN".to_string(), "ITA".to_string())]);
    }
}
