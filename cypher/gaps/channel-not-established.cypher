// Channels not yet in use (status IN_PROGRESS or PLANNED) that an organisation in scope
// provides or that serve one, with their providers and the organisations they serve.
// Each row's ties are read per row (a CALL (c), as a pattern comprehension is); an OPTIONAL
// MATCH there is a join with a scan of its own (a third to a half of the statement for a
// cluster). The organisations' id and name only (the rule words names and cites providers'
// ids): for everything the rows were 132 KB with kind and sector, 82 KB without.
// params: $all (boolean), $orgIds (list of strings)
// returns: channel (map: id, name, kind, status), providers (list of maps: id, name), served (list of maps: id, name)
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
// Each row's ties in a CALL (c) with collect(DISTINCT …): a reduce that drops repeats compares
// every item with those before it, and a channel may serve a hundred organisations (for
// everything 1,007 served for 53 channels: 1.5 ms of the statement's ~3 in that reduce; CPU
// 2.96 -> 2.05 ms in the engine at load 9, alternated; the Aarhus cluster the same).
CALL (c) {
  MATCH (c)<-[:PROVIDES]-(p:Organisation)
  RETURN collect(DISTINCT p {.id, .name}) AS providers
}
CALL (c) {
  MATCH (c)-[:SERVES]->(s:Organisation)
  RETURN collect(DISTINCT s {.id, .name}) AS served
}
WITH c, providers, served
WHERE $all OR any(x IN providers WHERE x.id IN $orgIds) OR any(x IN served WHERE x.id IN $orgIds)
RETURN c {.id, .name, .kind, .status} AS channel, providers, served
ORDER BY channel.id
