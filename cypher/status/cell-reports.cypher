// Every status report of one municipality on one element (a cell of the matrix), for its
// history: the caller orders them (by asOf, then by when they were recorded) and marks the one
// in force on a date. From the organisation's indexed id to its STATUS relationships.
// params: $organisationId, $elementId
// returns: id, level, asOf, note, source, inferred, createdAt (one row per report)
MATCH (o:Organisation {id: $organisationId})-[s:STATUS]->(e:Element {id: $elementId})
RETURN s.id AS id, s.level AS level, s.asOf AS asOf, s.note AS note, s.source AS source, s.inferred AS inferred, s.createdAt AS createdAt
