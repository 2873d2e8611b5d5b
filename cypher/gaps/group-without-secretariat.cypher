// Groups active on $asOf of the kinds in $kinds (those expected to have a secretariat) that no
// organisation or group services (SECRETARIAT_FOR, current) and where no current member is
// SECRETARY.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD), $kinds (list of strings)
// returns: group (map: id, name, kind), anchoredIn (list of maps: id, name)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND g.kind IN $kinds
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  AND NOT EXISTS {
    (g:Group)<-[r:SECRETARIAT_FOR]-(x)
    WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
  }
  AND NOT EXISTS {
    (g:Group)<-[m:MEMBER_OF]-(:Person)
    WHERE m.role = 'SECRETARY' AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  }
OPTIONAL MATCH (g:Group)-[:ANCHORED_IN]->(a:Organisation)
RETURN g {.id, .name, .kind} AS group, collect(CASE WHEN a IS NULL THEN NULL ELSE a {.id, .name} END) AS anchoredIn
ORDER BY group.id
