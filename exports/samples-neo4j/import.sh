#!/bin/sh
# Builds a new Neo4j database from this directory's CSV files (Neo4j 5; the database
# must not exist or be stopped). Run from this directory; NEO4J_HOME defaults to /var/lib/neo4j.
# Neo4j 4.x: neo4j-admin import --database=geokg --nodes=nodes.csv --relationships=relationships.csv
set -e
DB="${1:-geokg}"
neo4j-admin database import full "$DB" \
  --nodes=nodes.csv --relationships=relationships.csv \
  --array-delimiter=';' --overwrite-destination=true
echo "created database $DB: CREATE DATABASE $DB (Enterprise) or set initial.dbms.default_database=$DB"
