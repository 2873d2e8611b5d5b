// Every map node with all its properties, bookkeeping included, in id order: a full export.
// params: none
// returns: label (string), props (map)
MATCH (n:Entity)
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n {.*} AS props
ORDER BY n.id
