//! The CAMEO event codes (`data/cameo.csv`): each code's name, Goldstein-scale value and
//! the PLOVER types it maps to. Extraction reads the PLOVER types of the codes it finds,
//! the knowledge base the Goldstein values, evaluation the gold codes.

use super::plover::PloverType;
use std::collections::HashMap;

const CAMEO: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/cameo.csv"));

/// The CAMEO table: code → (name, Goldstein value, PLOVER types).
pub fn cameo_table() -> HashMap<String, (String, Option<f64>, Vec<PloverType>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(CAMEO.as_bytes());
    let mut out = HashMap::new();
    for r in rdr.records().flatten() {
        let types = r
            .get(3)
            .unwrap_or("")
            .split('|')
            .filter_map(PloverType::parse)
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

    #[test]
    fn every_code_has_a_name_and_known_plover_types() {
        let t = cameo_table();
        assert!(t.len() > 200, "{}", t.len());
        let (name, goldstein, types) = &t["042"];
        assert!(!name.is_empty());
        assert!(goldstein.is_some());
        assert_eq!(types, &[PloverType::Consult]);
        // every name in the file is a PLOVER type: none is left out of the table
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(CAMEO.as_bytes());
        for r in rdr.records().flatten() {
            let (name, _, types) = &t[&r[0]];
            assert!(!name.is_empty(), "{}", &r[0]);
            let names: Vec<&str> = r[3].split('|').filter(|s| !s.is_empty()).collect();
            let read: Vec<&str> = types.iter().map(|t| t.as_str()).collect();
            assert_eq!(read, names, "{}", &r[0]);
        }
    }
}
