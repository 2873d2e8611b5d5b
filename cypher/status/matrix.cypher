// The traffic lights of an agreement up to a date: its elements, the municipalities party to it
// (with their health cluster), and every STATUS a municipality reported on one of its elements
// with asOf on or before $asOf (the whole history, so the caller can take the latest per cell on
// $asOf and on any earlier date from the same read). $clusterId, when given, is looked up so an
// unknown cluster can be told apart from an empty one.
// params: $agreementId, $asOf (YYYY-MM-DD), $clusterId (string or null)
// returns: agreement (map), cluster (map or null), elements (list of maps), parties (list of {organisation}), partyClusters (list of {organisationId, cluster}), statuses (list of maps), reporterClusters (list of {organisationId, cluster})
MATCH (a:Agreement {id: $agreementId})
OPTIONAL MATCH (cl:Organisation {id: $clusterId})
RETURN a {.id, .name, .shortName} AS agreement,
  CASE WHEN cl IS NULL THEN NULL ELSE cl {.id, .name, .kind, .sector} END AS cluster,
  [(a)-[:HAS_ELEMENT]->(e:Element) | e {.id, .name, .number}] AS elements,
  [(o:Organisation)-[:PARTY_TO]->(a) WHERE o.kind = 'MUNICIPALITY' | {organisation: o {.id, .name, .kind, .sector}}] AS parties,
  [(c:Organisation)<-[:IN_CLUSTER]-(o:Organisation)-[:PARTY_TO]->(a) WHERE o.kind = 'MUNICIPALITY' AND c.kind = 'CLUSTER'
    | {organisationId: o.id, cluster: c {.id, .name, .kind, .sector}}] AS partyClusters,
  [(o:Organisation)-[s:STATUS]->(e:Element)<-[:HAS_ELEMENT]-(a) WHERE o.kind = 'MUNICIPALITY' AND s.asOf <= $asOf
    | {organisation: o {.id, .name, .kind, .sector}, elementId: e.id, level: s.level, note: s.note, asOf: s.asOf,
       source: s.source, inferred: s.inferred}] AS statuses,
  [(c:Organisation)<-[:IN_CLUSTER]-(o:Organisation)-[s:STATUS]->(:Element)<-[:HAS_ELEMENT]-(a) WHERE o.kind = 'MUNICIPALITY' AND c.kind = 'CLUSTER' AND s.asOf <= $asOf
    | {organisationId: o.id, cluster: c {.id, .name, .kind, .sector}}] AS reporterClusters
