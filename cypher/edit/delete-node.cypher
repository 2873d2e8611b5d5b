// Deletes a node and its relationships when it still has the version the client read, and
// its search key (search/refresh-keys), which is no part of the map and would be left behind.
// A person's key names its people-list bucket: returned, so the caller lowers that bucket's
// size in the same transaction (person/adjust-buckets).
// The write lock is taken before the versions are compared (see edit/update-node).
// params: $id, $version
// returns: deleted (integer), buckets (list of strings: the buckets the deleted keys left)
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH n
WHERE n.version = $version
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
WITH n, collect(k) AS keys
WITH n, keys, [k IN keys WHERE k.bucket IS NOT NULL AND k.bucket <> '' | k.bucket] AS left
FOREACH (k IN keys | DETACH DELETE k)
DETACH DELETE n
WITH count(*) AS deleted, collect(left) AS lefts
RETURN deleted, reduce(acc = [], b IN lefts | acc + b) AS buckets
