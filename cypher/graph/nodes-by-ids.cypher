// The nodes of a scoped picture by id, kept when they match the label and sector filters
// (null = any); $keep (a focus node, or null) is kept regardless.
// params: $ids (list of strings), $labels (list or null), $sectors (list or null), $keep (string or null)
// returns: id (string), label (string), props (map)
MATCH (n:Entity)
WHERE n.id IN $ids
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WHERE n.id = $keep
  OR (($labels IS NULL OR label IN $labels) AND ($sectors IS NULL OR n.sector IN $sectors))
RETURN n.id AS id, label, n {.*} AS props
