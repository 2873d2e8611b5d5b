// The traffic lights of an agreement up to a date: its elements, the municipalities party to it
// (with their health cluster), and every STATUS a municipality reported on one of its elements
// with asOf on or before $asOf (the whole history, so the caller can take the latest per cell on
// $asOf and on any earlier date from the same read). Every expansion starts at the agreement.
// A status comes as a list, not a map, and names its municipality by id: the engine's cost grows
// with every map and property it hands over, and the hundreds of statuses name the same few
// municipalities. Only a municipality reporting without being party to the agreement (seldom)
// comes whole with its status, and its cluster is looked up for it alone.
// params: $agreementId, $asOf (YYYY-MM-DD)
// returns: agreement (map), elements (list of maps), parties (list of organisation maps), partyClusters (list of {organisationId, cluster}), statuses (list of [organisationId, elementId, level, note, asOf, source, inferred, organisation map or null for a party]), outsiderClusters (list of {organisationId, cluster})
MATCH (a:Agreement {id: $agreementId})
WITH a, [(a)<-[:PARTY_TO]-(o:Organisation) WHERE o.kind = 'MUNICIPALITY' | o {.id, .name, .kind, .sector}] AS parties
WITH a, parties, [p IN parties | p.id] AS partyIds
WITH a, parties, [(a)-[:HAS_ELEMENT]->(e:Element)<-[s:STATUS]-(o:Organisation) WHERE o.kind = 'MUNICIPALITY' AND s.asOf <= $asOf
    | [o.id, e.id, s.level, s.note, s.asOf, s.source, s.inferred, CASE WHEN o.id IN partyIds THEN NULL ELSE o {.id, .name, .kind, .sector} END]] AS statuses
CALL {
  WITH statuses
  UNWIND [x IN statuses WHERE x[7] IS NOT NULL | x[0]] AS outsiderId
  MATCH (r:Organisation {id: outsiderId})-[:IN_CLUSTER]->(c:Organisation)
  WHERE c.kind = 'CLUSTER'
  RETURN collect({organisationId: r.id, cluster: c {.id, .name, .kind, .sector}}) AS outsiderClusters
}
RETURN a {.id, .name, .shortName} AS agreement,
  [(a)-[:HAS_ELEMENT]->(e:Element) | e {.id, .name, .number}] AS elements,
  parties,
  [(a)<-[:PARTY_TO]-(o:Organisation)-[:IN_CLUSTER]->(c:Organisation) WHERE o.kind = 'MUNICIPALITY' AND c.kind = 'CLUSTER'
    | {organisationId: o.id, cluster: c {.id, .name, .kind, .sector}}] AS partyClusters,
  statuses, outsiderClusters
