// Groups active on $asOf that require perspectives no current member represents (memberships
// not yet begun or already ended do not count), with the current memberships as evidence.
// Each row's ties are pattern comprehensions, which the embedded engine runs per row; an
// OPTIONAL MATCH there is a join with a scan of its own (a third to a half of the statement for
// a cluster).
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind), missing (list of strings), membershipIds (list of strings)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND size(coalesce(g.requiredPerspectives, [])) > 0
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
WITH g, [(g)<-[m:MEMBER_OF]-(:Person) WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf) | m] AS ms
WITH g, [m IN ms | m.id] AS membershipIds, [m IN ms | coalesce(m.represents, [])] AS represented
WITH g, membershipIds, reduce(acc = [], r IN represented | acc + r) AS covered
WITH g, membershipIds, [p IN g.requiredPerspectives WHERE NOT p IN covered] AS missing
WHERE size(missing) > 0
RETURN g {.id, .name, .kind} AS group, missing, membershipIds
ORDER BY group.id
