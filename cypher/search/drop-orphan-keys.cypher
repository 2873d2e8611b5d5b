// Deletes search keys whose node is gone (deleted by something that did not delete its key).
// Run at start-up after the stale keys are refreshed; normally there are none.
// params: none
// returns: dropped (integer)
MATCH (k:SearchKey)
WHERE NOT EXISTS { (k)<-[:SEARCH_KEY]-(:Entity) }
WITH collect(k) AS orphans
FOREACH (k IN orphans | DETACH DELETE k)
RETURN size(orphans) AS dropped
