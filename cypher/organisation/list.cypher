// Organisations, optionally filtered by kind and sector. Sorting by name happens in the API
// with a Danish collator, which Cypher's ORDER BY cannot do.
// params: $kinds (list of kinds or null), $sectors (list of sectors or null)
// returns: organisation (map of the node's properties)
MATCH (o:Organisation)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($sectors IS NULL OR o.sector IN $sectors)
RETURN o {.*} AS organisation
