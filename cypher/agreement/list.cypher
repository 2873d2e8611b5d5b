// Agreements, optionally only those an organisation is party to, or matching $text (folded
// by SEARCH_FOLD) in name and short name. Sorting is done in the API.
// params: $organisationId, $text, $fold
// returns: agreement (map of the node's properties)
MATCH (a:Agreement)
WHERE ($organisationId IS NULL OR EXISTS { (:Organisation {id: $organisationId})-[:PARTY_TO]->(a) })
  AND ($text IS NULL
    OR trim(reduce(s = toLower(coalesce(a.name, '') + ' | ' + coalesce(a.shortName, '')),
      f IN $fold | replace(s, f[0], f[1]))) CONTAINS $text)
RETURN a {.*} AS agreement
