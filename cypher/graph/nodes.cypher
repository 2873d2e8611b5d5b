// The nodes of the web view: every entity matching the filters, up to $limit, plus the total
// so the client can say the picture is truncated. Labels and sectors are optional filters.
// params: $labels (list or null), $sectors (list or null), $limit (integer)
// returns: total (integer), nodes (list of {id, label, props})
MATCH (n:Entity)
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WHERE ($labels IS NULL OR label IN $labels)
  AND ($sectors IS NULL OR n.sector IN $sectors)
WITH n, label ORDER BY n.id
WITH count(n) AS total, collect({id: n.id, label: label, props: n {.*}}) AS all
RETURN total, all[0..$limit] AS nodes
