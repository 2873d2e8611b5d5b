// Whether the store holds any relationship of one type: when it holds none, the loader creates
// that type's records (seed/create-relationships) instead of merging them. A template: __TYPE__
// is replaced by a type from RELATIONSHIP_TYPES in api/src/domain/vocabulary.ts, never by input.
// params: none
// returns: stored (boolean)
OPTIONAL MATCH ()-[r:__TYPE__]->()
WITH r LIMIT 1
RETURN r IS NOT NULL AS stored
