// People by id with every relationship they start, each with its properties and the node at
// the other end. Takes a list so one round trip serves every person a request touches.
// Each node and relationship with the keys its GraphQL type shows (Person, Organisation, Group,
// Mandate; Employment, ContactAssignment, Membership, MandateHolding), not n {.*}: a whole node
// makes the embedded engine build every property column of the store, the search keys' too
// (first 100, fresh national store: +149 MB -> +76; docs/DESIGN.md, 'Memory of the API process').
// A key a node lacks comes as null, which GraphQL shows as it shows an absent one.
// params: $ids (list of strings)
// returns: person (map), worksIn, contactFor, memberships, mandates (lists of relationship maps,
//   each with the far node under organisation / group / mandate)
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p {.id, .name, .title, .profession, .email, .phone, .description, .fictitious, .source, .sourceDate, .inferred, .createdAt, .updatedAt, .version} AS person,
  [(p)-[r:WORKS_IN]->(o:Organisation) | r {.id, .role, .since, .until, .source, .sourceDate, .inferred, organisation: o {.id, .name, .shortName, .kind, .sector, .description, .municipalityCode, .locationNumber, .website, .phone, .source, .sourceDate, .createdAt, .updatedAt, .version}}] AS worksIn,
  [(p)-[r:CONTACT_FOR]->(o:Organisation) | r {.id, .role, .topics, .pathways, .steps, .audience, .since, .until, .source, .sourceDate, .inferred, organisation: o {.id, .name, .shortName, .kind, .sector, .description, .municipalityCode, .locationNumber, .website, .phone, .source, .sourceDate, .createdAt, .updatedAt, .version}}] AS contactFor,
  [(p)-[r:MEMBER_OF]->(g:Group) | r {.id, .role, .represents, .onBehalfOf, .since, .until, .source, .sourceDate, .inferred, group: g {.id, .name, .shortName, .kind, .purpose, .description, .meets, .validFrom, .validTo, .source, .sourceDate, .inferred, .createdAt, .updatedAt, .version, .requiredPerspectives}}] AS memberships,
  [(p)-[r:HOLDS]->(m:Mandate) | r {.id, .since, .until, .source, .sourceDate, .inferred, mandate: m {.id, .name, .level, .scope, .validFrom, .validTo, .description, .source, .sourceDate, .inferred, .createdAt, .updatedAt, .version}}] AS mandates
