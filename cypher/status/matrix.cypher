// The traffic lights of an agreement up to a date: its elements, the municipalities party to it
// (with their health cluster), and every STATUS a municipality reported on one of its elements
// with asOf on or before $asOf (the whole history, so the caller can take the latest per cell on
// $asOf and on any earlier date from the same read; on one asOf the report recorded last, by
// createdAt, is in force). Every expansion starts at the agreement.
// Statuses, municipalities and clusters come as lists, not maps, and a status names its
// municipality by id: the engine's cost grows with every map and property it hands over, and the
// hundreds of statuses name the same few municipalities. A municipality reporting without being
// party to the agreement (seldom) is looked up once, with its cluster, in the CALL.
// params: $agreementId, $asOf (YYYY-MM-DD)
// returns: agreement (map), elements (list of maps), parties (list of [id, name, kind, sector]), outsiders (the same, for reporting municipalities not party to it), partyClusters and outsiderClusters (lists of [organisationId, clusterId, name, kind, sector]), statuses (list of [organisationId, elementId, level, note, asOf, source, inferred, id, createdAt])
MATCH (a:Agreement {id: $agreementId})
WITH a, [(a)<-[:PARTY_TO]-(o:Organisation) WHERE o.kind = 'MUNICIPALITY' | [o.id, o.name, o.kind, o.sector]] AS parties
WITH a, parties, [p IN parties | p[0]] AS partyIds
WITH a, parties, partyIds, [(a)-[:HAS_ELEMENT]->(e:Element)<-[s:STATUS]-(o:Organisation) WHERE o.kind = 'MUNICIPALITY' AND s.asOf <= $asOf
    | [o.id, e.id, s.level, s.note, s.asOf, s.source, s.inferred, s.id, s.createdAt]] AS statuses
CALL (statuses, partyIds) {
  UNWIND [x IN statuses WHERE NOT x[0] IN partyIds | x[0]] AS outsiderId
  WITH DISTINCT outsiderId
  MATCH (r:Organisation {id: outsiderId})
  RETURN collect([r.id, r.name, r.kind, r.sector]) AS outsiders,
    collect([(r)-[:IN_CLUSTER]->(c:Organisation) WHERE c.kind = 'CLUSTER' | [r.id, c.id, c.name, c.kind, c.sector]]) AS outsiderClusterLists
}
RETURN a {.id, .name, .shortName} AS agreement,
  [(a)-[:HAS_ELEMENT]->(e:Element) | e {.id, .name, .number}] AS elements,
  parties, outsiders,
  [(a)<-[:PARTY_TO]-(o:Organisation)-[:IN_CLUSTER]->(c:Organisation) WHERE o.kind = 'MUNICIPALITY' AND c.kind = 'CLUSTER'
    | [o.id, c.id, c.name, c.kind, c.sector]] AS partyClusters,
  statuses, reduce(acc = [], l IN outsiderClusterLists | acc + l) AS outsiderClusters
