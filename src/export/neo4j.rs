//! Neo4j: CSV files for `neo4j-admin database import` (headers with `:ID`, `:LABEL`,
//! `:START_ID`, `:END_ID`, `:TYPE` and typed properties), and a Cypher script that loads the
//! same files with `LOAD CSV` into a running database instead.
//!
//! A directory gets `nodes.csv` (label `Entity` plus the kind: `Entity;Country`),
//! `relationships.csv` (type = the relation in upper case: `ATTACKS`, `ALLIED_WITH`),
//! `import.sh` (the `neo4j-admin` command line) and `load.cypher`. Entity ids are the node
//! ids, so several exports can be imported into one database and stay consistent.

use super::{fmt_num, ExportError, ExportResult, Subgraph};
use crate::model::Kind;
use std::fmt::Write;

/// The files of a Neo4j export directory.
pub const FILES: [&str; 4] = ["nodes.csv", "relationships.csv", "import.sh", "load.cypher"];

/// The Neo4j label of a kind of entity.
pub fn label(k: Kind) -> &'static str {
    match k {
        Kind::Country => "Country",
        Kind::Person => "Person",
        Kind::Organization => "Organization",
        Kind::Group => "Group",
        Kind::Location => "Location",
        Kind::Media => "Media",
        Kind::Other => "Other",
    }
}

/// The relationship type of a relation: `allied_with` → `ALLIED_WITH` (letters, digits and
/// underscores only).
pub fn rel_type(relation: &str) -> String {
    relation
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn csv_err(e: csv::Error) -> ExportError {
    ExportError::Io(std::io::Error::other(e))
}

fn to_string(w: csv::Writer<Vec<u8>>) -> ExportResult<String> {
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `nodes.csv`.
pub fn nodes(sg: &Subgraph) -> ExportResult<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id:ID",
        "name",
        "kind",
        "country",
        "verified:boolean",
        "degree:int",
        "evidence:int",
        "pagerank:double",
        ":LABEL",
    ])
    .map_err(csv_err)?;
    for n in &sg.nodes {
        w.write_record([
            n.id.clone(),
            n.name.replace(['\n', '\r'], " "),
            n.kind.as_str().to_string(),
            n.country.clone().unwrap_or_default(),
            n.verified().to_string(),
            n.degree.to_string(),
            n.evidence.to_string(),
            fmt_num(n.pagerank, 6),
            format!("Entity;{}", label(n.kind)),
        ])
        .map_err(csv_err)?;
    }
    to_string(w)
}

/// `relationships.csv`.
pub fn relationships(sg: &Subgraph) -> ExportResult<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "id",
        "relation",
        "polarity",
        "symmetric:boolean",
        "plover",
        "evidence:int",
        "asserted:int",
        "reported:int",
        "future:int",
        "hedged:int",
        "negated:int",
        "first_date",
        "last_date",
        "max_confidence:double",
        "articles:string[]",
    ])
    .map_err(csv_err)?;
    for e in &sg.edges {
        let mut articles: Vec<&str> = e.evidence.iter().map(|x| x.article.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        let mut row = vec![
            sg.node(e.source).id.clone(),
            sg.node(e.target).id.clone(),
            rel_type(&e.relation),
            e.key(),
            e.relation.clone(),
            e.polarity.as_str().to_string(),
            e.symmetric.to_string(),
            e.plover
                .map_or_else(String::new, |p| p.as_str().to_string()),
            e.count().to_string(),
        ];
        row.extend(e.modalities.pairs().iter().map(|(_, c)| c.to_string()));
        row.push(e.first_date.clone().unwrap_or_default());
        row.push(e.last_date.clone().unwrap_or_default());
        row.push(fmt_num(e.max_confidence, 3));
        row.push(articles.join(";"));
        w.write_record(row).map_err(csv_err)?;
    }
    to_string(w)
}

/// `import.sh`: the `neo4j-admin` command that builds a database from the two CSV files.
pub fn import_script() -> String {
    "#!/bin/sh\n\
     # Builds a new Neo4j database from this directory's CSV files (Neo4j 5; the database\n\
     # must not exist or be stopped). Run from this directory; NEO4J_HOME defaults to /var/lib/neo4j.\n\
     # Neo4j 4.x: neo4j-admin import --database=geokg --nodes=nodes.csv --relationships=relationships.csv\n\
     set -e\n\
     DB=\"${1:-geokg}\"\n\
     neo4j-admin database import full \"$DB\" \\\n  \
       --nodes=nodes.csv --relationships=relationships.csv \\\n  \
       --array-delimiter=';' --overwrite-destination=true\n\
     echo \"created database $DB: CREATE DATABASE $DB (Enterprise) or set initial.dbms.default_database=$DB\"\n"
        .to_string()
}

/// `load.cypher`: the same graph loaded into a running database with `LOAD CSV` (copy the
/// CSV files into its `import/` directory first). Relationship types cannot be parameters
/// in Cypher, so there is one statement per relation present.
pub fn load_cypher(sg: &Subgraph) -> String {
    let mut out = String::from(
        "// Loads nodes.csv and relationships.csv (copied into Neo4j's import/ directory) into\n\
         // a running database: cypher-shell -f load.cypher\n\
         CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n\n\
         LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n\
         MERGE (e:Entity {id: row.`id:ID`})\n\
         SET e.name = row.name, e.kind = row.kind,\n    \
             e.country = CASE row.country WHEN '' THEN null ELSE row.country END,\n    \
             e.verified = toBoolean(row.`verified:boolean`),\n    \
             e.degree = toInteger(row.`degree:int`), e.evidence = toInteger(row.`evidence:int`),\n    \
             e.pagerank = toFloat(row.`pagerank:double`);\n",
    );
    let mut kinds: Vec<Kind> = sg.nodes.iter().map(|n| n.kind).collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        let _ = writeln!(
            out,
            "MATCH (e:Entity {{kind: '{}'}}) SET e:{};",
            k.as_str(),
            label(k)
        );
    }
    let mut types: Vec<String> = sg.edges.iter().map(|e| rel_type(&e.relation)).collect();
    types.sort();
    types.dedup();
    for t in types {
        let _ = write!(
            out,
            "\nLOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n\
             WITH row WHERE row.`:TYPE` = '{t}'\n\
             MATCH (a:Entity {{id: row.`:START_ID`}}), (b:Entity {{id: row.`:END_ID`}})\n\
             MERGE (a)-[r:{t} {{id: row.id}}]->(b)\n\
             SET r.relation = row.relation, r.polarity = row.polarity,\n    \
                 r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,\n    \
                 r.evidence = toInteger(row.`evidence:int`),\n    \
                 r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),\n    \
                 r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),\n    \
                 r.negated = toInteger(row.`negated:int`),\n    \
                 r.first_date = row.first_date, r.last_date = row.last_date,\n    \
                 r.max_confidence = toFloat(row.`max_confidence:double`),\n    \
                 r.articles = split(row.`articles:string[]`, ';');\n"
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::select::tests::snapshot;
    use crate::export::Selection;

    #[test]
    fn headers_and_types() {
        let sg = Selection::default().apply(&snapshot()).unwrap();
        let n = nodes(&sg).unwrap();
        assert!(n.starts_with("id:ID,name,kind,country,"));
        assert!(n.contains("Entity;Country"));
        let r = relationships(&sg).unwrap();
        assert!(r.starts_with(":START_ID,:END_ID,:TYPE,"));
        assert!(r.contains(",LEADER_OF,"));
        let c = load_cypher(&sg);
        assert!(c.contains("MERGE (a)-[r:ATTACKS {id: row.id}]->(b)"));
        assert_eq!(rel_type("allied-with x"), "ALLIED_WITH_X");
    }
}
