// Groups active on $asOf that require perspectives no current member represents (memberships
// not yet begun or already ended do not count), with the current memberships as evidence.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind), missing (list of strings), membershipIds (list of strings)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND size(coalesce(g.requiredPerspectives, [])) > 0
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
OPTIONAL MATCH (g:Group)<-[m:MEMBER_OF]-(:Person)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
WITH g, collect(m.id) AS membershipIds, collect(CASE WHEN m IS NULL THEN NULL ELSE coalesce(m.represents, []) END) AS represented
WITH g, membershipIds, reduce(acc = [], r IN represented | acc + r) AS covered
WITH g, membershipIds, [p IN g.requiredPerspectives WHERE NOT p IN covered] AS missing
WHERE size(missing) > 0
RETURN g {.id, .name, .kind} AS group, missing, membershipIds
ORDER BY group.id
