// Channels not yet in use (status IN_PROGRESS or PLANNED) that an organisation in scope
// provides or that serve one, with their providers and the organisations they serve.
// Each row's ties are read per row (a CALL (c), as a pattern comprehension is); an OPTIONAL
// MATCH there is a join with a scan of its own (a third to a half of the statement for a
// cluster). The organisations' id and name only (the rule words names and cites providers'
// ids): for everything the rows were 132 KB with kind and sector, 82 KB without.
// params: $all (boolean), $orgIds (list of strings)
// returns: one row, columns (a list of eight lists, item i of each one channel, by id): ids,
// names (the id when it has none), kinds ('' when none), statuses, and per channel its
// providers' ids and names and its served organisations' ids and names (two lists each, item j
// of the ids and the names one organisation; an organisation linked twice comes twice, the
// rule keeps one). gaps/rules/channel-not-established.ts reads them.
// Columns, not a map per channel with a map per organisation: for everything ~1,100 maps were
// ~1.9 ms of the main thread's time to convert (and objects for its GC).
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
// Each row's ties in a CALL (c), repeats left to the rule: a reduce that dropped repeats
// compared every item with those before it (everything: 1,007 served for 53 channels: 1.5 ms
// of the statement's ~3 in that reduce).
CALL (c) {
  MATCH (c)<-[:PROVIDES]-(p:Organisation)
  RETURN collect(p.id) AS providerIds, collect(p.name) AS providerNames
}
CALL (c) {
  MATCH (c)-[:SERVES]->(s:Organisation)
  RETURN collect(s.id) AS servedIds, collect(s.name) AS servedNames
}
WITH c, providerIds, providerNames, servedIds, servedNames
WHERE $all OR any(id IN providerIds WHERE id IN $orgIds) OR any(id IN servedIds WHERE id IN $orgIds)
WITH c, providerIds, providerNames, servedIds, servedNames
ORDER BY c.id
WITH collect(c.id) AS ids, collect(coalesce(c.name, c.id)) AS names, collect(coalesce(c.kind, '')) AS kinds,
  collect(c.status) AS statuses, collect(providerIds) AS providerIds, collect(providerNames) AS providerNames,
  collect(servedIds) AS servedIds, collect(servedNames) AS servedNames
RETURN [ids, names, kinds, statuses, providerIds, providerNames, servedIds, servedNames] AS columns
