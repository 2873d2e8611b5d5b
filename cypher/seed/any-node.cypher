// Whether the store holds any node of one label: when it holds none, the loader creates that
// label's records (seed/create-nodes) instead of merging them. A template: __LABEL__ is
// replaced by a label from NODE_LABELS in api/src/domain/vocabulary.ts, never by input.
// params: none
// returns: stored (boolean)
OPTIONAL MATCH (n:__LABEL__)
WITH n LIMIT 1
RETURN n IS NOT NULL AS stored
