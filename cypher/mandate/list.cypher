// Mandates, optionally filtered by level, by holder (a group or person that HOLDS it) and by
// whether they have expired (validTo before $asOf). Sorting is done in the API.
// params: $levels, $holderId, $expired, $asOf
// returns: mandate (map of the node's properties)
MATCH (m:Mandate)
WHERE ($levels IS NULL OR m.level IN $levels)
  AND ($holderId IS NULL OR EXISTS { (:Entity {id: $holderId})-[:HOLDS]->(m) })
  AND ($expired IS NULL OR $expired = (m.validTo IS NOT NULL AND m.validTo < $asOf))
RETURN m {.*} AS mandate
