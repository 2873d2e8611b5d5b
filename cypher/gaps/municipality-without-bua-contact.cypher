// Municipalities in scope without a fixed contact at child and adolescent psychiatry (BUA): no
// person working (current) in a BUA department or a unit of it is a current fixed contact
// (CONTACT_FOR) for the municipality or one of its units. BUA departments are the hospital
// departments whose shortName is in $buaShortNames.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $orgIds (list of strings), $asOf (YYYY-MM-DD), $buaShortNames (list of strings)
// returns: municipality (map: id, name, kind, sector), buas (list of maps: id, name, shortName)
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
WITH m, buaIds, buas, count(c1) AS direct
OPTIONAL MATCH (m:Organisation {kind: 'MUNICIPALITY'})<-[:PART_OF]-(:Organisation)<-[c2:CONTACT_FOR]-(:Person)-[w2:WORKS_IN]->(b2:Organisation)
  WHERE b2.id IN buaIds
    AND (c2.since IS NULL OR c2.since <= $asOf) AND (c2.until IS NULL OR c2.until >= $asOf)
    AND (w2.since IS NULL OR w2.since <= $asOf) AND (w2.until IS NULL OR w2.until >= $asOf)
WITH m, buas, direct, count(c2) AS viaUnits
WHERE direct + viaUnits = 0
RETURN m {.id, .name, .kind, .sector} AS municipality, buas
ORDER BY municipality.id
