// Channels, optionally filtered by kind, status, organisation (provides or is served by it)
// and $text (folded by SEARCH_FOLD) in name, address and rules. Sorting is done in the API.
// params: $kinds, $statuses, $organisationId, $text, $fold
// returns: channel (map of the node's properties)
MATCH (c:Channel)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($organisationId IS NULL
    OR EXISTS { (:Organisation {id: $organisationId})-[:PROVIDES]->(c) }
    OR EXISTS { (c)-[:SERVES]->(:Organisation {id: $organisationId}) })
  AND ($text IS NULL
    OR trim(reduce(s = toLower(coalesce(c.name, '') + ' | ' + coalesce(c.address, '') + ' | ' + coalesce(c.rules, '')),
      f IN $fold | replace(s, f[0], f[1]))) CONTAINS $text)
RETURN c {.*} AS channel
