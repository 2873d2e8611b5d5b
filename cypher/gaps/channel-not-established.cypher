// Channels not yet in use (status IN_PROGRESS or PLANNED) that an organisation in scope
// provides or that serve one, with their providers and the organisations they serve.
// Each row's ties are pattern comprehensions, which the embedded engine runs per row; an
// OPTIONAL MATCH there is a join with a scan of its own (a third to a half of the statement for
// a cluster). Lists that were collected DISTINCT drop repeats with reduce. The organisations'
// id and name only (the rule words names and cites providers' ids): for everything the rows
// were 132 KB with kind and sector, 82 KB without.
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
WITH c,
  reduce(acc = [], x IN [(c)<-[:PROVIDES]-(p:Organisation) | p {.id, .name}] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS providers,
  reduce(acc = [], x IN [(c)-[:SERVES]->(s:Organisation) | s {.id, .name}] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS served
WHERE $all OR any(x IN providers WHERE x.id IN $orgIds) OR any(x IN served WHERE x.id IN $orgIds)
RETURN c {.id, .name, .kind, .status} AS channel, providers, served
ORDER BY channel.id
