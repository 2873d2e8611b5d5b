// Groups by id with their relationships, each with its properties and the node at the other
// end (and that node's label where it can be of several kinds).
// params: $ids (list of strings)
// returns: group (map), members, reportsTo, reportedBy, anchoredIn, secretariat, secretariatFor,
//   mandates, mandatesGranted, implements (lists of relationship maps)
MATCH (g:Group)
WHERE g.id IN $ids
RETURN g {.*} AS group,
  [(p:Person)-[r:MEMBER_OF]->(g) | r {.*, person: p {.*}}] AS members,
  [(g)-[r:REPORTS_TO]->(t:Group) | r {.*, group: t {.*}}] AS reportsTo,
  [(t:Group)-[r:REPORTS_TO]->(g) | r {.*, group: t {.*}}] AS reportedBy,
  [(g)-[r:ANCHORED_IN]->(o:Organisation) | r {.*, organisation: o {.*}}] AS anchoredIn,
  [(s:Entity)-[r:SECRETARIAT_FOR]->(g) | r {.*, label: [l IN labels(s) WHERE l <> 'Entity'][0], node: s {.*}}] AS secretariat,
  [(g)-[r:SECRETARIAT_FOR]->(t:Group) | r {.*, group: t {.*}}] AS secretariatFor,
  [(g)-[r:HOLDS]->(m:Mandate) | r {.*, mandate: m {.*}}] AS mandates,
  [(m:Mandate)-[r:GRANTED_BY]->(g) | r {.*, mandate: m {.*}}] AS mandatesGranted,
  [(g)-[r:IMPLEMENTS]->(x:Entity) | r {.*, label: [l IN labels(x) WHERE l <> 'Entity'][0], node: x {.*}}] AS implements
