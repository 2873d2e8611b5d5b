// Mandates by id with who holds them, which group granted them and what they concern.
// params: $ids (list of strings)
// returns: mandate (map), holders, grantedBy, concerns (lists of relationship maps; holders and
//   concerns carry the far node's label)
MATCH (m:Mandate)
WHERE m.id IN $ids
RETURN m {.*} AS mandate,
  [(h:Entity)-[r:HOLDS]->(m) | r {.*, label: [l IN labels(h) WHERE l <> 'Entity'][0], node: h {.*}}] AS holders,
  [(m)-[r:GRANTED_BY]->(g:Group) | r {.*, group: g {.*}}] AS grantedBy,
  [(m)-[r:CONCERNS]->(x:Entity) | r {.*, label: [l IN labels(x) WHERE l <> 'Entity'][0], node: x {.*}}] AS concerns
