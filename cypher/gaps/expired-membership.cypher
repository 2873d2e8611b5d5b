// Memberships that ended before $asOf (until in the past) and are still on record, in groups in
// scope or held on behalf of an organisation in scope.
// From the groups (the embedded engine starts a pattern at its first node), not every person.
// params: $all (boolean), $groupIds (list of strings), $orgIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind, validTo), person (map: id, name, title), membership (map: id, role, represents, since, until), actsFor (map: id, name) or null
MATCH (g:Group)<-[m:MEMBER_OF]-(p:Person)
WHERE m.until IS NOT NULL AND m.until < $asOf
  AND ($all OR g.id IN $groupIds OR m.onBehalfOf IN $orgIds)
// The organisation acted for, by an index seek per row: an OPTIONAL MATCH by m.onBehalfOf was
// joined with a scan of every organisation on the embedded engine (national store, CPU: a
// cluster 1.6 -> 0.4 ms, everything 3.3 -> 0.45 ms).
CALL (m) {
  UNWIND [m.onBehalfOf] AS id
  MATCH (o:Organisation {id: id})
  RETURN collect(o {.id, .name}) AS acted
}
RETURN g {.id, .name, .kind, .validTo} AS group, p {.id, .name, .title} AS person,
  m {.id, .role, .represents, .since, .until} AS membership, head(acted) AS actsFor
ORDER BY group.id, person.id
