// Channels not yet in use (status IN_PROGRESS or PLANNED) that an organisation in scope
// provides or that serve one, with their providers and the organisations they serve.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $orgIds (list of strings)
// returns: channel (map: id, name, kind, status), providers (list of maps: id, name, kind, sector), served (list of maps: id, name, kind, sector)
// The candidates first: every channel for $all, else those the organisations in scope (index
// seeks) provide or are served by; the WHERE at the end still decides, as before.
CALL () {
  MATCH (c:Channel) WHERE $all RETURN c
  UNION
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS id
  MATCH (:Organisation {id: id})-[:PROVIDES]->(c:Channel)
  RETURN c
  UNION
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS id
  MATCH (:Organisation {id: id})<-[:SERVES]-(c:Channel)
  RETURN c
}
MATCH (c:Channel)
WHERE c.status IN ['IN_PROGRESS', 'PLANNED']
OPTIONAL MATCH (c:Channel)<-[:PROVIDES]-(p:Organisation)
WITH c, collect(DISTINCT CASE WHEN p IS NULL THEN NULL ELSE p {.id, .name, .kind, .sector} END) AS providers
OPTIONAL MATCH (c:Channel)-[:SERVES]->(s:Organisation)
WITH c, providers, collect(DISTINCT CASE WHEN s IS NULL THEN NULL ELSE s {.id, .name, .kind, .sector} END) AS served
WHERE $all OR any(x IN providers WHERE x.id IN $orgIds) OR any(x IN served WHERE x.id IN $orgIds)
RETURN c {.id, .name, .kind, .status} AS channel, providers, served
ORDER BY channel.id
