// The fixed contacts between each municipality in scope and child and adolescent psychiatry
// (BUA: the hospital departments whose shortName is in $buaShortNames, with their units), both
// ways, for two rules: municipality-without-bua-contact keeps the rows where nobody working
// (current) in BUA or a unit of it is a current fixed contact (CONTACT_FOR) for the municipality
// or one of its units (noneFromBua); bua-without-municipal-contact those where nobody working in
// the municipality or one of its units is one for BUA or a unit of it (noneForBua). One
// statement, which the report's runner sends once for both: on the embedded engine every
// statement has a fixed cost (~0.35 ms CPU), and both read BUA's departments first.
// Since 12/2026 (gaps11) the shape of gaps/bua-contacts-in-scope, from every municipality: each
// one's counts in a `CALL (m)` (an OPTIONAL MATCH per count was a join the embedded engine,
// @grafeo-db/js 0.6.0, planned with a scan of its own), the contacts for BUA held in a unit
// read once from the BUA end, and "none for BUA" tested with `NOT m.id IN viaUnitsForBua`:
// counting that list's items equal to m.id (`size([x IN … WHERE x = m.id])`, 74 items for 98
// municipalities) built a list per municipality, 1.5 ms of PROFILE's 5.2. Engine CPU for
// everything, alternated in one process (national store, load 10): 7.2 -> 4.2 ms (p10 5.3 ->
// 3.2), the same rows on four days.
// params: $all (boolean), $orgIds (list of strings), $asOf (YYYY-MM-DD), $buaShortNames (list of strings)
// returns: municipality (map: id, name, kind, sector), buas (list of maps: id, name, shortName), noneFromBua (boolean), noneForBua (boolean)
MATCH (bua:Organisation {kind: 'HOSPITAL_DEPARTMENT'})
WHERE bua.shortName IN $buaShortNames
OPTIONAL MATCH (bua:Organisation)<-[:PART_OF]-(unit:Organisation)
WITH collect(DISTINCT bua.id) + collect(DISTINCT unit.id) AS buaIds, collect(DISTINCT bua {.id, .name, .shortName}) AS buas
CALL (buaIds) {
  UNWIND buaIds AS bid
  MATCH (:Organisation {id: bid})<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(:Organisation)-[:PART_OF]->(m:Organisation)
  WHERE m.kind = 'MUNICIPALITY'
    AND (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
    AND (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  RETURN collect(m.id) AS viaUnitsForBua
}
MATCH (m:Organisation {kind: 'MUNICIPALITY'})
WHERE $all OR m.id IN $orgIds
CALL (m, buaIds) {
  MATCH (m)<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(b:Organisation)
  WHERE b.id IN buaIds
    AND (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
    AND (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  RETURN count(c) AS fromBuaDirect
}
CALL (m, buaIds) {
  MATCH (m)<-[:PART_OF]-(:Organisation)<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(b:Organisation)
  WHERE b.id IN buaIds
    AND (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
    AND (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  RETURN count(c) AS fromBuaViaUnits
}
CALL (m, buaIds) {
  MATCH (m)<-[w:WORKS_IN]-(:Person)-[c:CONTACT_FOR]->(b:Organisation)
  WHERE b.id IN buaIds
    AND (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
    AND (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  RETURN count(c) AS toBuaDirect
}
WITH m, buas, fromBuaDirect + fromBuaViaUnits = 0 AS noneFromBua, toBuaDirect = 0 AND NOT m.id IN viaUnitsForBua AS noneForBua
WHERE noneFromBua OR noneForBua
RETURN m {.id, .name, .kind, .sector} AS municipality, buas, noneFromBua, noneForBua
ORDER BY municipality.id
