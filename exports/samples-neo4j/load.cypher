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
MATCH (e:Entity {kind: 'group'}) SET e:Group;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ACCUSES'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ACCUSES {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'ACQUIRES_FROM'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ACQUIRES_FROM {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'AGREES_WITH'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:AGREES_WITH {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'AIDS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:AIDS {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'APPEALS_TO'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:APPEALS_TO {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'ASKS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ASKS {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'BOMBS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:BOMBS {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'CONCEDES_TO'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:CONCEDES_TO {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'COOPERATES_WITH'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:COOPERATES_WITH {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'DEMANDS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:DEMANDS {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'MEDIATES'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:MEDIATES {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'NORMALIZES_RELATIONS_WITH'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:NORMALIZES_RELATIONS_WITH {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'OFFERS_AID_TO'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:OFFERS_AID_TO {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'OFFICIAL_OF'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:OFFICIAL_OF {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'PHONES'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:PHONES {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'PRAISES'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:PRAISES {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'SANCTIONS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:SANCTIONS {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'SIGNS_AGREEMENT_WITH'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:SIGNS_AGREEMENT_WITH {id: row.id}]->(b)
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

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'THREATENS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:THREATENS {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'TRADES_WITH'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:TRADES_WITH {id: row.id}]->(b)
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
WITH row WHERE row.`:TYPE` = 'VISITS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:VISITS {id: row.id}]->(b)
SET r.relation = row.relation, r.polarity = row.polarity,
    r.symmetric = row.`symmetric:boolean` = 'true', r.plover = row.plover,
    r.evidence = toInteger(row.`evidence:int`),
    r.asserted = toInteger(row.`asserted:int`), r.reported = toInteger(row.`reported:int`),
    r.future = toInteger(row.`future:int`), r.hedged = toInteger(row.`hedged:int`),
    r.negated = toInteger(row.`negated:int`),
    r.first_date = row.first_date, r.last_date = row.last_date,
    r.max_confidence = toFloat(row.`max_confidence:double`),
    r.articles = split(row.`articles:string[]`, ';');
