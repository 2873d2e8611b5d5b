// The fixed contacts between each municipality in scope and child and adolescent psychiatry
// (BUA: the hospital departments whose shortName is in $buaShortNames, with their units), both
// ways, for two rules: municipality-without-bua-contact keeps the rows where nobody working
// (current) in BUA or a unit of it is a current fixed contact (CONTACT_FOR) for the municipality
// or one of its units (noneFromBua); bua-without-municipal-contact those where nobody working in
// the municipality or one of its units is one for BUA or a unit of it (noneForBua). One
// statement, which the report's runner sends once for both: on the embedded engine every
// statement has a fixed cost (~0.35 ms CPU), and both read BUA's departments first.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $orgIds (list of strings), $asOf (YYYY-MM-DD), $buaShortNames (list of strings)
// returns: municipality (map: id, name, kind, sector), buas (list of maps: id, name, shortName), noneFromBua (boolean), noneForBua (boolean)
MATCH (bua:Organisation {kind: 'HOSPITAL_DEPARTMENT'})
WHERE bua.shortName IN $buaShortNames
OPTIONAL MATCH (bua:Organisation)<-[:PART_OF]-(unit:Organisation)
WITH collect(DISTINCT bua.id) + collect(DISTINCT unit.id) AS buaIds, collect(DISTINCT bua {.id, .name, .shortName}) AS buas
MATCH (m:Organisation {kind: 'MUNICIPALITY'})
WHERE $all OR m.id IN $orgIds
OPTIONAL MATCH (m:Organisation {kind: 'MUNICIPALITY'})<-[c1:CONTACT_FOR]-(:Person)-[w1:WORKS_IN]->(b1:Organisation)
  WHERE b1.id IN buaIds
    AND (c1.since IS NULL OR c1.since <= $asOf) AND (c1.until IS NULL OR c1.until >= $asOf)
    AND (w1.since IS NULL OR w1.since <= $asOf) AND (w1.until IS NULL OR w1.until >= $asOf)
WITH m, buaIds, buas, count(c1) AS fromBuaDirect
OPTIONAL MATCH (m:Organisation {kind: 'MUNICIPALITY'})<-[:PART_OF]-(:Organisation)<-[c2:CONTACT_FOR]-(:Person)-[w2:WORKS_IN]->(b2:Organisation)
  WHERE b2.id IN buaIds
    AND (c2.since IS NULL OR c2.since <= $asOf) AND (c2.until IS NULL OR c2.until >= $asOf)
    AND (w2.since IS NULL OR w2.since <= $asOf) AND (w2.until IS NULL OR w2.until >= $asOf)
WITH m, buaIds, buas, fromBuaDirect, count(c2) AS fromBuaViaUnits
WITH m, buaIds, buas, fromBuaDirect + fromBuaViaUnits AS fromBua
OPTIONAL MATCH (m:Organisation {kind: 'MUNICIPALITY'})<-[w3:WORKS_IN]-(:Person)-[c3:CONTACT_FOR]->(b3:Organisation)
  WHERE b3.id IN buaIds
    AND (c3.since IS NULL OR c3.since <= $asOf) AND (c3.until IS NULL OR c3.until >= $asOf)
    AND (w3.since IS NULL OR w3.since <= $asOf) AND (w3.until IS NULL OR w3.until >= $asOf)
WITH m, buaIds, buas, fromBua, count(c3) AS toBuaDirect
// Written from the BUA end: the few fixed-contact links, not every unit's staff.
OPTIONAL MATCH (b4:Organisation)<-[c4:CONTACT_FOR]-(:Person)-[w4:WORKS_IN]->(:Organisation)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'})
  WHERE b4.id IN buaIds
    AND (c4.since IS NULL OR c4.since <= $asOf) AND (c4.until IS NULL OR c4.until >= $asOf)
    AND (w4.since IS NULL OR w4.since <= $asOf) AND (w4.until IS NULL OR w4.until >= $asOf)
WITH m, buas, fromBua, toBuaDirect, count(c4) AS toBuaViaUnits
WITH m, buas, fromBua, toBuaDirect + toBuaViaUnits AS toBua
WHERE fromBua = 0 OR toBua = 0
RETURN m {.id, .name, .kind, .sector} AS municipality, buas, fromBua = 0 AS noneFromBua, toBua = 0 AS noneForBua
ORDER BY municipality.id
