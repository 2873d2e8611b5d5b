// The traffic lights of an agreement up to a date: its elements, the municipalities party to it
// (with their health cluster), and every STATUS a municipality reported on one of its elements
// with asOf on or before $asOf (the whole history, so the caller can take the latest per cell on
// $asOf and on any earlier date from the same read). Every expansion starts at the agreement.
// params: $agreementId, $asOf (YYYY-MM-DD)
// returns: agreement (map), elements (list of maps), parties (list of {organisation}), partyClusters (list of {organisationId, cluster}), statuses (list of maps), reporterClusters (list of {organisationId, cluster})
MATCH (a:Agreement {id: $agreementId})
RETURN a {.id, .name, .shortName} AS agreement,
  [(a)-[:HAS_ELEMENT]->(e:Element) | e {.id, .name, .number}] AS elements,
  [(a)<-[:PARTY_TO]-(o:Organisation) WHERE o.kind = 'MUNICIPALITY' | {organisation: o {.id, .name, .kind, .sector}}] AS parties,
  [(a)<-[:PARTY_TO]-(o:Organisation)-[:IN_CLUSTER]->(c:Organisation) WHERE o.kind = 'MUNICIPALITY' AND c.kind = 'CLUSTER'
    | {organisationId: o.id, cluster: c {.id, .name, .kind, .sector}}] AS partyClusters,
  [(a)-[:HAS_ELEMENT]->(e:Element)<-[s:STATUS]-(o:Organisation) WHERE o.kind = 'MUNICIPALITY' AND s.asOf <= $asOf
    | {organisation: o {.id, .name, .kind, .sector}, elementId: e.id, level: s.level, note: s.note, asOf: s.asOf,
       source: s.source, inferred: s.inferred}] AS statuses,
  [(a)-[:HAS_ELEMENT]->(:Element)<-[s:STATUS]-(o:Organisation)-[:IN_CLUSTER]->(c:Organisation)
    WHERE o.kind = 'MUNICIPALITY' AND c.kind = 'CLUSTER' AND s.asOf <= $asOf
    | {organisationId: o.id, cluster: c {.id, .name, .kind, .sector}}] AS reporterClusters
