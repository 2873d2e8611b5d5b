// The fields search keys are made from (api/src/modules/search/search-keys.ts), for the given
// organisations, people, groups and channels; with $onlyStale only those whose key is missing
// or was made from another version of the node or other fold tables ($fingerprint; the stamp
// is the fingerprint, the version and updatedAt). A seed load reads the nodes it wrote back
// here, as a merge keeps properties the loaded record does not name.
// params: $ids (list of strings), $onlyStale (boolean), $fingerprint
// returns: id, label (strings), props (map of the key fields, version and updatedAt)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n:Organisation OR n:Person OR n:Group OR n:Channel
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
WITH n, k
WHERE NOT $onlyStale OR k IS NULL OR k.stamp <> $fingerprint + '|' + coalesce(toString(n.version), '') + '|' + coalesce(n.updatedAt, '')
RETURN n.id AS id,
  CASE WHEN n:Organisation THEN 'Organisation' WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' ELSE 'Channel' END AS label,
  n {.name, .shortName, .title, .profession, .address, .locationNumber, .email, .version, .updatedAt} AS props
