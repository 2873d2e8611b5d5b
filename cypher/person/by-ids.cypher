// People by id with every relationship they start, each with its properties and the node at
// the other end. Takes a list so one round trip serves every person a request touches.
// params: $ids (list of strings)
// returns: person (map), worksIn, contactFor, memberships, mandates (lists of relationship maps,
//   each with the far node under organisation / group / mandate)
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p {.*} AS person,
  [(p)-[r:WORKS_IN]->(o:Organisation) | r {.*, organisation: o {.*}}] AS worksIn,
  [(p)-[r:CONTACT_FOR]->(o:Organisation) | r {.*, organisation: o {.*}}] AS contactFor,
  [(p)-[r:MEMBER_OF]->(g:Group) | r {.*, group: g {.*}}] AS memberships,
  [(p)-[r:HOLDS]->(m:Mandate) | r {.*, mandate: m {.*}}] AS mandates
