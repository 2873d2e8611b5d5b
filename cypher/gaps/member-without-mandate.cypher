// Members without a decision mandate in groups whose members are to sit with decision
// competence from their own organisations: groups active on $asOf in which at least one member
// holds (or held) a personal DECIDE mandate granted by a group the group reports to — the
// steering body has chosen to give the members such mandates (001 recommends it for the
// implementation groups). Returned: each current voting member (CHAIR or MEMBER, not SECRETARY
// or OBSERVER) who holds no such mandate valid on $asOf, with any expired one.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: group (map: id, name, kind), person (map: id, name, title), membership (map: id, role, represents), actsFor (map: id, name) or null, grantors (list of maps: id, name), expiredMandateIds (list of strings), holders (integer)
MATCH (g:Group)-[:REPORTS_TO]->(parent:Group)<-[:GRANTED_BY]-(md:Mandate {level: 'DECIDE'})<-[:HOLDS]-(:Person)-[:MEMBER_OF]->(g)
WHERE ($all OR g.id IN $groupIds)
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
WITH g, collect(DISTINCT parent.id) AS grantorIds, collect(DISTINCT parent {.id, .name}) AS grantors
MATCH (g)<-[m:MEMBER_OF]-(p:Person)
WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  AND coalesce(m.role, 'MEMBER') IN ['CHAIR', 'MEMBER']
WITH g, grantorIds, grantors, p, m,
  [(p)-[:HOLDS]->(x:Mandate {level: 'DECIDE'})-[:GRANTED_BY]->(y:Group) WHERE y.id IN grantorIds | x {.id, .validFrom, .validTo}] AS held
WITH g, grantors, p, m,
  [x IN held WHERE (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)] AS valid,
  [x IN held WHERE x.validTo IS NOT NULL AND x.validTo < $asOf | x.id] AS expired
WITH g, grantors, collect({person: p {.id, .name, .title}, membership: m {.id, .role, .represents, .onBehalfOf}, valid: size(valid), expired: expired}) AS members
UNWIND members AS x
WITH g, grantors, x, size([y IN members WHERE y.valid > 0]) AS holders
WHERE x.valid = 0
// The organisation a member acts for by an index seek per row (as expired-membership): an
// OPTIONAL MATCH by x.membership.onBehalfOf was joined with a scan of every organisation
// (12/2026, engine time: the Aarhus cluster 0.39 -> 0.26 ms, everything 0.38 -> 0.26 ms).
CALL (x) {
  UNWIND [x.membership.onBehalfOf] AS id
  MATCH (o:Organisation {id: id})
  RETURN collect(o {.id, .name}) AS acted
}
RETURN g {.id, .name, .kind} AS group, x.person AS person, x.membership AS membership,
  head(acted) AS actsFor, grantors, x.expired AS expiredMandateIds, holders
ORDER BY group.id, person.id
