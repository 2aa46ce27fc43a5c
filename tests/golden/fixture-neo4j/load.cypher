// Loads nodes.csv and relationships.csv (copied into Neo4j's import/ directory) into
// a running database: cypher-shell -f load.cypher
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (e:Entity {id: row.`id:ID`})
SET e.name = row.name, e.kind = row.kind,
    e.country = CASE row.country WHEN '' THEN null ELSE row.country END,
    e.verified = toBoolean(row.`verified:boolean`),
    e.degree = toInteger(row.`degree:int`), e.evidence = toInteger(row.`evidence:int`),
    e.pagerank = toFloat(row.`pagerank:double`);
MATCH (e:Entity {kind: 'country'}) SET e:Country;
MATCH (e:Entity {kind: 'person'}) SET e:Person;
MATCH (e:Entity {kind: 'organization'}) SET e:Organization;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ATTACKS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ATTACKS {id: row.id}]->(b)
SET r.relation = row.relation, r.polarity = row.polarity,
    r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,
    r.evidence = toInteger(row.`evidence:int`),
    r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),
    r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),
    r.negated = toInteger(row.`negated:int`),
    r.first_date = row.first_date, r.last_date = row.last_date,
    r.max_confidence = toFloat(row.`max_confidence:double`),
    r.articles = split(row.`articles:string[]`, ';');

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZES'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:CRITICIZES {id: row.id}]->(b)
SET r.relation = row.relation, r.polarity = row.polarity,
    r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,
    r.evidence = toInteger(row.`evidence:int`),
    r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),
    r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),
    r.negated = toInteger(row.`negated:int`),
    r.first_date = row.first_date, r.last_date = row.last_date,
    r.max_confidence = toFloat(row.`max_confidence:double`),
    r.articles = split(row.`articles:string[]`, ';');

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEADER_OF'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:LEADER_OF {id: row.id}]->(b)
SET r.relation = row.relation, r.polarity = row.polarity,
    r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,
    r.evidence = toInteger(row.`evidence:int`),
    r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),
    r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),
    r.negated = toInteger(row.`negated:int`),
    r.first_date = row.first_date, r.last_date = row.last_date,
    r.max_confidence = toFloat(row.`max_confidence:double`),
    r.articles = split(row.`articles:string[]`, ';');

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEETS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:MEETS {id: row.id}]->(b)
SET r.relation = row.relation, r.polarity = row.polarity,
    r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,
    r.evidence = toInteger(row.`evidence:int`),
    r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),
    r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),
    r.negated = toInteger(row.`negated:int`),
    r.first_date = row.first_date, r.last_date = row.last_date,
    r.max_confidence = toFloat(row.`max_confidence:double`),
    r.articles = split(row.`articles:string[]`, ';');

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUPPLIES'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:SUPPLIES {id: row.id}]->(b)
SET r.relation = row.relation, r.polarity = row.polarity,
    r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,
    r.evidence = toInteger(row.`evidence:int`),
    r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),
    r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),
    r.negated = toInteger(row.`negated:int`),
    r.first_date = row.first_date, r.last_date = row.last_date,
    r.max_confidence = toFloat(row.`max_confidence:double`),
    r.articles = split(row.`articles:string[]`, ';');
