// Every organisation, person, group and channel whose search key is missing or stale (made
// from another version of the node or other fold tables: $fingerprint), with the fields to
// make it from, as search/key-sources. Run at start-up, so a store written before the keys
// existed, or by anything that did not keep them, gets them; on an up-to-date store it
// returns nothing.
// params: $fingerprint
// returns: id, label (strings), props (map of the key fields, version and updatedAt)
MATCH (n:Entity)
WHERE n:Organisation OR n:Person OR n:Group OR n:Channel
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
WITH n, k
WHERE k IS NULL OR k.stamp <> $fingerprint + '|' + coalesce(toString(n.version), '') + '|' + coalesce(n.updatedAt, '')
RETURN n.id AS id,
  CASE WHEN n:Organisation THEN 'Organisation' WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' ELSE 'Channel' END AS label,
  n {.name, .shortName, .title, .profession, .address, .locationNumber, .email, .version, .updatedAt} AS props
