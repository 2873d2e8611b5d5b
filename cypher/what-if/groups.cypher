// Active groups (on $day) where one of the given people is a current member, or a current
// member sits on behalf of one of the given organisations, each with all its current
// memberships: which would lose a required perspective or their chair.
// params: $personIds (list of strings), $orgIds (list of strings), $day (YYYY-MM-DD)
// returns: group (map: id, name, kind, required), members (list of maps: id, personId, role, represents, onBehalfOf)
MATCH (g:Group)<-[m:MEMBER_OF]-(p:Person)
WHERE (p.id IN $personIds OR m.onBehalfOf IN $orgIds)
  AND (m.since IS NULL OR m.since <= $day) AND (m.until IS NULL OR m.until >= $day)
  AND (g.validFrom IS NULL OR g.validFrom <= $day) AND (g.validTo IS NULL OR g.validTo >= $day)
WITH DISTINCT g
MATCH (g:Group)<-[m2:MEMBER_OF]-(q:Person)
WHERE (m2.since IS NULL OR m2.since <= $day) AND (m2.until IS NULL OR m2.until >= $day)
RETURN g {.id, .name, .kind, required: coalesce(g.requiredPerspectives, [])} AS group,
  collect({id: m2.id, personId: q.id, role: m2.role, represents: coalesce(m2.represents, []), onBehalfOf: m2.onBehalfOf}) AS members
ORDER BY group.id
