// Memberships that ended before $asOf (until in the past) and are still on record, in groups in
// scope or held on behalf of an organisation in scope.
// From the groups (the embedded engine starts a pattern at its first node), not every person.
// params: $all (boolean), $groupIds (list of strings), $orgIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind, validTo), person (map: id, name, title), membership (map: id, role, represents, since, until), actsFor (map: id, name) or null
MATCH (g:Group)<-[m:MEMBER_OF]-(p:Person)
WHERE m.until IS NOT NULL AND m.until < $asOf
  AND ($all OR g.id IN $groupIds OR m.onBehalfOf IN $orgIds)
OPTIONAL MATCH (o:Organisation {id: m.onBehalfOf})
RETURN g {.id, .name, .kind, .validTo} AS group, p {.id, .name, .title} AS person,
  m {.id, .role, .represents, .since, .until} AS membership,
  CASE WHEN o IS NULL THEN NULL ELSE o {.id, .name} END AS actsFor
ORDER BY group.id, person.id
