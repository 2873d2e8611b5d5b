// Which of the given ids exist already, with their label; the seed loader checks relationship
// endpoints against the store as well as against the files.
// params: $ids (list of strings)
// returns: id (string), label (string)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
