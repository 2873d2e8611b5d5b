// Elements by id with their agreement, the status each organisation reports for them (the
// whole history), the groups implementing them and the mandates concerning them.
// params: $ids (list of strings)
// returns: element (map), agreements (list of agreement maps), statuses, implementedBy, mandates
//   (lists of relationship maps)
MATCH (e:Element)
WHERE e.id IN $ids
RETURN e {.*} AS element,
  [(a:Agreement)-[:HAS_ELEMENT]->(e) | a {.*}] AS agreements,
  [(o:Organisation)-[r:STATUS]->(e) | r {.*, organisation: o {.*}}] AS statuses,
  [(g:Group)-[r:IMPLEMENTS]->(e) | r {.*, group: g {.*}}] AS implementedBy,
  [(m:Mandate)-[r:CONCERNS]->(e) | r {.*, mandate: m {.*}}] AS mandates
