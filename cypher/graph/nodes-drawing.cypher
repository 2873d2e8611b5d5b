// graph/nodes for a query that does not ask for the nodes' properties (the web app's map):
// every entity matching the filters, up to $limit, with the properties a map draws by, plus
// the total so the client can say the picture is truncated.
// params: $labels (list or null), $sectors (list or null), $limit (integer)
// returns: total (integer), nodes (list of {id, label, props}; props: id, name, title, kind, sector, shortName, municipalityCode)
MATCH (n:Entity)
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WHERE ($labels IS NULL OR label IN $labels)
  AND ($sectors IS NULL OR n.sector IN $sectors)
WITH n, label ORDER BY n.id
WITH count(n) AS total, collect({id: n.id, label: label, props: n {.id, .name, .title, .kind, .sector, .shortName, .municipalityCode}}) AS all
RETURN total, all[0..$limit] AS nodes
