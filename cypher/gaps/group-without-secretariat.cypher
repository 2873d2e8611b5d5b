// Groups active on $asOf of the kinds in $kinds (those expected to have a secretariat) that no
// organisation or group services (SECRETARIAT_FOR, current) and where no current member is
// SECRETARY.
// Each row's ties are pattern comprehensions, which the embedded engine runs per row; an
// OPTIONAL MATCH there is a join with a scan of its own (a third to a half of the statement for
// a cluster).
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
RETURN g {.id, .name, .kind} AS group, [(g)-[:ANCHORED_IN]->(a:Organisation) | a {.id, .name}] AS anchoredIn
ORDER BY group.id
