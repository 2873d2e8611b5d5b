// The representation matrix: every group active on $asOf in scope, its required perspectives
// and, per current membership, the perspectives the member represents.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind), required (list of strings), represents (list of lists of strings)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds)
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
OPTIONAL MATCH (g:Group)<-[m:MEMBER_OF]-(:Person)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
RETURN g {.id, .name, .kind} AS group, coalesce(g.requiredPerspectives, []) AS required,
  collect(CASE WHEN m IS NULL THEN NULL ELSE coalesce(m.represents, []) END) AS represents
