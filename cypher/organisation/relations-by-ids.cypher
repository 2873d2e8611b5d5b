// What hangs off organisations, by id: the people working there, the fixed contact persons
// serving them, the groups anchored in them or serviced by them, the channels they provide or
// are served by, the agreements they are party to and the statuses they report.
// params: $ids (list of strings)
// returns: id (string), people, contacts, groups, channels, agreements, statuses (lists of
//   relationship maps with the far node; groups and channels carry `relation`)
MATCH (o:Organisation)
WHERE o.id IN $ids
RETURN o.id AS id,
  [(p:Person)-[r:WORKS_IN]->(o) | r {.*, person: p {.*}}] AS people,
  [(p:Person)-[r:CONTACT_FOR]->(o) | r {.*, person: p {.*}}] AS contacts,
  [(g:Group)-[r:ANCHORED_IN]->(o) | r {.*, relation: 'ANCHORED_IN', group: g {.*}}]
    + [(o)-[r:SECRETARIAT_FOR]->(g:Group) | r {.*, relation: 'SECRETARIAT_FOR', group: g {.*}}] AS groups,
  [(o)-[r:PROVIDES]->(c:Channel) | r {.*, relation: 'PROVIDES', channel: c {.*}}]
    + [(c:Channel)-[r:SERVES]->(o) | r {.*, relation: 'SERVES', channel: c {.*}}] AS channels,
  [(o)-[r:PARTY_TO]->(a:Agreement) | r {.*, agreement: a {.*}}] AS agreements,
  [(o)-[r:STATUS]->(e:Element) | r {.*, element: e {.*}}] AS statuses
