// Creates the search keys of nodes the loader has just created (seed/create-nodes), which have
// none yet: the same SearchKey node search/write-keys makes ((n)-[:SEARCH_KEY]->(k), k = the
// keys searchKeys in api/src/modules/core/search-keys.ts makes), without its look for an old
// key and the second match. A template: __KEY_LABEL__ is PersonKey (people) or StructureKey
// (organisations, groups, channels), never input. On the embedded engine this writes the
// national dataset's keys with ~25 % less CPU than search/write-keys (docs/DESIGN.md, The
// national import).
// params: $rows (list of {id, keys (map)})
// returns: written (integer)
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CREATE (n)-[:SEARCH_KEY]->(k:SearchKey:__KEY_LABEL__)
SET k = row.keys
RETURN count(k) AS written
