//! The CAMEO event codes (`data/cameo.csv`): each code's name, Goldstein-scale value and
//! the PLOVER types it maps to. Extraction reads the PLOVER types of the codes it finds,
//! the knowledge base the Goldstein values, evaluation the gold codes.

use std::collections::HashMap;

const CAMEO: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/cameo.csv"));

/// The CAMEO table: code → (name, Goldstein value, PLOVER types).
pub fn cameo_table() -> HashMap<String, (String, Option<f64>, Vec<String>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(CAMEO.as_bytes());
    let mut out = HashMap::new();
    for r in rdr.records().flatten() {
        let types = r
            .get(3)
            .unwrap_or("")
            .split('|')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        out.insert(
            r[0].to_string(),
            (r[1].to_string(), r[2].parse().ok(), types),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::plover::PloverType;

    #[test]
    fn every_code_has_a_name_and_known_plover_types() {
        let t = cameo_table();
        assert!(t.len() > 200, "{}", t.len());
        let (name, goldstein, types) = &t["042"];
        assert!(!name.is_empty());
        assert!(goldstein.is_some());
        assert_eq!(types, &["CONSULT".to_string()]);
        for (code, (name, _, types)) in &t {
            assert!(!name.is_empty(), "{code}");
            for ty in types {
                assert!(PloverType::parse(ty).is_some(), "{code}: {ty}");
            }
        }
    }
}
