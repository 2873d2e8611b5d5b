// What an answer's paths tell, in one read at the end of a connection question: the nodes with
// these ids in full (as connection/endpoints reads them), and the properties of the given
// relationships (each named by its id and the ids of its start and end node, as stored). The
// search reads neither (connection/neighbours: a relationship's properties cost about a quarter
// of its time), only the few on the candidate paths need them.
// The label is tested label by label (NodeLabel in graph.graphql): labels(n) makes the embedded
// engine build every property column of the store (connection/start says more).
// params: $ids (list of strings), $relationships (list of maps: id, source, target)
// returns: node (map as connection/endpoints, or null), relationship ([relId, properties] or null); one row per node found, then one per relationship found
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .name, .title, .kind, .sector, .status, .address, .schedule, .rules, .supportsAttachments, .level, .validTo,
  label: CASE WHEN n:Organisation THEN 'Organisation' WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' WHEN n:Mandate THEN 'Mandate' WHEN n:Channel THEN 'Channel' WHEN n:Agreement THEN 'Agreement' WHEN n:Element THEN 'Element' WHEN n:Pathway THEN 'Pathway' WHEN n:Step THEN 'Step' END} AS node, NULL AS relationship
UNION ALL
UNWIND $relationships AS rel
MATCH (:Entity {id: rel.source})-[r]->(:Entity {id: rel.target})
WHERE r.id = rel.id
RETURN NULL AS node, [r.id, properties(r)] AS relationship
