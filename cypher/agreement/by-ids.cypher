// Agreements by id with their elements, parties, the groups implementing them and the
// mandates concerning them.
// params: $ids (list of strings)
// returns: agreement (map), elements (list of element maps), parties, implementedBy, mandates
//   (lists of relationship maps)
MATCH (a:Agreement)
WHERE a.id IN $ids
RETURN a {.*} AS agreement,
  [(a)-[:HAS_ELEMENT]->(e:Element) | e {.*}] AS elements,
  [(o:Organisation)-[r:PARTY_TO]->(a) | r {.*, organisation: o {.*}}] AS parties,
  [(g:Group)-[r:IMPLEMENTS]->(a) | r {.*, group: g {.*}}] AS implementedBy,
  [(m:Mandate)-[r:CONCERNS]->(a) | r {.*, mandate: m {.*}}] AS mandates
