// Groups, optionally filtered: by kind; by organisation (anchored in it, or it runs the
// secretariat); by cluster (anchored in the cluster or in an organisation within it: a member
// municipality or hospital, or a unit below one); by $text (folded by SEARCH_FOLD) in name,
// short name and purpose. Sorting is done in the API with the Danish collator.
// params: $kinds, $organisationId, $clusterId, $text, $fold
// returns: group (map of the node's properties)
MATCH (g:Group)
WHERE ($kinds IS NULL OR g.kind IN $kinds)
  AND ($organisationId IS NULL
    OR EXISTS { (g)-[:ANCHORED_IN]->(:Organisation {id: $organisationId}) }
    OR EXISTS { (:Organisation {id: $organisationId})-[:SECRETARIAT_FOR]->(g) })
  AND ($clusterId IS NULL
    OR EXISTS { (g)-[:ANCHORED_IN]->(:Organisation)-[:PART_OF|IN_CLUSTER*0..4]->(:Organisation {id: $clusterId}) })
  AND ($text IS NULL
    OR trim(reduce(s = toLower(coalesce(g.name, '') + ' | ' + coalesce(g.shortName, '') + ' | ' + coalesce(g.purpose, '')),
      f IN $fold | replace(s, f[0], f[1]))) CONTAINS $text)
RETURN g {.*} AS group
