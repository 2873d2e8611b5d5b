// Writes derived search and sort keys onto the SearchKey node of each given map node
// ((n)-[:SEARCH_KEY]->(k:SearchKey), made when missing); the keys are made in the API from the
// node's fields (searchKeys in api/src/modules/search/search-keys.ts, with the fold tables
// the search text is folded with). Every write path that creates or changes an organisation,
// person, group or channel runs this in its transaction; the start-up backfill runs it for
// nodes whose keys are missing or stale. The keys are not data: SearchKey has no Entity label
// and SEARCH_KEY ends at a non-Entity node, so exports, the content hash, node states
// (history), counts and every read of the map, which all match (:Entity) nodes and
// (:Entity)-[]->(:Entity) relationships, never see them. People's keys also carry the
// PersonKey label, which the people list scans. A missing key node is made with CREATE: on
// the embedded engine MERGE of the pattern costs twice as much (national load: 2.5 s → 1.6 s).
// params: $rows (list of {id, person (boolean), keys (map)})
// returns: written (integer)
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(old:SearchKey)
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | CREATE (n)-[:SEARCH_KEY]->(:SearchKey))
WITH n, row
MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
SET k += row.keys
FOREACH (_ IN CASE WHEN row.person THEN [1] ELSE [] END | SET k:PersonKey)
RETURN count(k) AS written
