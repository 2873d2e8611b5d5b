// Care pathway programmes, optionally matching $text (folded by SEARCH_FOLD) in the name.
// Sorting is done in the API.
// params: $text, $fold
// returns: pathway (map of the node's properties)
MATCH (p:Pathway)
WHERE $text IS NULL
  OR trim(reduce(s = toLower(coalesce(p.name, '')), f IN $fold | replace(s, f[0], f[1]))) CONTAINS $text
RETURN p {.*} AS pathway
