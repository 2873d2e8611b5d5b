// gaps/bua-contacts for a scope (a cluster, a municipality; a group has no organisations): the
// same rows, for the municipalities among $orgIds only. Read from where the answer is small:
// the municipalities by index seeks, each one's own contacts and workers in a CALL (m), and
// the contacts for BUA through a municipality's units from the BUA end (BUA's departments and
// units by id, the few CONTACT_FOR links to them), counted per municipality from one list.
// Why a statement of its own: gaps/bua-contacts starts each count from every municipality and
// the last one from every organisation (the embedded engine joins an OPTIONAL MATCH with a
// scan of its own), the right shape for everything but ~2 ms for a cluster; this one ~0.8 ms
// (national store, the Aarhus cluster, engine time in a transaction, alternated; same rows as
// gaps/bua-contacts for every cluster, municipality and fifth group, seed and national, five
// days). For everything the BUA end read once cost more than the joins (3.9 -> 5.6 ms).
// params: $orgIds (list of strings), $asOf (YYYY-MM-DD), $buaShortNames (list of strings)
// returns: municipality (map: id, name, kind, sector), buas (list of maps: id, name, shortName), noneFromBua (boolean), noneForBua (boolean)
MATCH (bua:Organisation {kind: 'HOSPITAL_DEPARTMENT'})
WHERE bua.shortName IN $buaShortNames
OPTIONAL MATCH (bua:Organisation)<-[:PART_OF]-(unit:Organisation)
WITH collect(DISTINCT bua.id) + collect(DISTINCT unit.id) AS buaIds, collect(DISTINCT bua {.id, .name, .shortName}) AS buas
// Contacts for BUA held by someone working in a unit of a municipality: that municipality's id
// once per link (bua-contacts' fourth count).
CALL (buaIds) {
  UNWIND buaIds AS bid
  MATCH (:Organisation {id: bid})<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(:Organisation)-[:PART_OF]->(m:Organisation)
  WHERE m.kind = 'MUNICIPALITY'
    AND (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
    AND (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  RETURN collect(m.id) AS viaUnitsForBua
}
// The scope's municipalities in a CALL of their own: a WITH DISTINCT over rows that carry the
// BUA lists hashed those lists on every row (~0.4 ms of the statement for the Aarhus cluster's
// 83 organisations); distinct ids alone cost nothing (12/2026: 1.43 -> 0.91 ms in the engine).
CALL () {
  UNWIND $orgIds AS id
  WITH DISTINCT id
  MATCH (m:Organisation {id: id})
  WHERE m.kind = 'MUNICIPALITY'
  RETURN m
}
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
WITH m, buas, fromBuaDirect + fromBuaViaUnits AS fromBua, toBuaDirect + size([x IN viaUnitsForBua WHERE x = m.id]) AS toBua
WHERE fromBua = 0 OR toBua = 0
RETURN m {.id, .name, .kind, .sector} AS municipality, buas, fromBua = 0 AS noneFromBua, toBua = 0 AS noneForBua
ORDER BY municipality.id
