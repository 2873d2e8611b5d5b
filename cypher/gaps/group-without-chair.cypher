// Groups active on $asOf with current members of whom none is CHAIR.
// From the groups (the embedded engine starts a pattern at its first node), not every person.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind), members (integer), membershipIds (list of strings)
MATCH (g:Group)<-[m:MEMBER_OF]-(:Person)
WHERE ($all OR g.id IN $groupIds)
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
WITH g, collect(m) AS ms
WHERE none(x IN ms WHERE x.role = 'CHAIR')
RETURN g {.id, .name, .kind} AS group, size(ms) AS members, [x IN ms | x.id] AS membershipIds
ORDER BY group.id
