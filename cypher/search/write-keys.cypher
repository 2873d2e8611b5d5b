// Writes derived search and sort keys onto the SearchKey node of each given map node
// ((n)-[:SEARCH_KEY]->(k:SearchKey), made when missing); the keys are made in the API from the
// node's fields (searchKeys in api/src/modules/search/search-keys.ts, with the fold tables
// the search text is folded with). Every write path that creates or changes an organisation,
// person, group or channel runs this in its transaction; the start-up backfill runs it for
// nodes whose keys are missing or stale. The keys are not data: SearchKey has no Entity label
// and SEARCH_KEY ends at a non-Entity node, so exports, the content hash, node states
// (history), counts and every read of the map, which all match (:Entity) nodes and
// (:Entity)-[]->(:Entity) relationships, never see them. People's keys also carry the
// PersonKey label, which the people list scans, the others StructureKey, which anonymous search
// scans (search/search-public). A missing key node is made with CREATE: on
// the embedded engine MERGE of the pattern costs twice as much (national load: 2.5 s → 1.6 s).
// SET k = row.keys, not +=: a key holds exactly what searchKeys makes, so a key remade after a
// change of its layout (KEY_LAYOUT) keeps no field the new layout dropped.
// Each person whose list bucket (keys.bucket) is new or changed is returned in moved, with the
// bucket it left (null for a new key), so the buckets' sizes follow (person/adjust-buckets).
// params: $rows (list of {id, person (boolean), keys (map)})
// returns: written (integer), moved (list of {before, after})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(old:SearchKey)
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | CREATE (n)-[:SEARCH_KEY]->(:SearchKey))
WITH n, row
MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
WITH row, k, k.bucket AS before
SET k = row.keys
FOREACH (_ IN CASE WHEN row.person THEN [1] ELSE [] END | SET k:PersonKey)
FOREACH (_ IN CASE WHEN row.person THEN [] ELSE [1] END | SET k:StructureKey)
RETURN count(k) AS written,
  collect(CASE WHEN row.person AND (before IS NULL OR before <> row.keys.bucket) THEN {before: before, after: row.keys.bucket} END) AS moved
