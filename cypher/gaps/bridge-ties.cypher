// The edge list behind the only-bridge rule for the whole store, as lists in one row: the same
// people and ties as gaps/bridge-people (everyone with a current membership of a group active on
// $asOf, a current fixed-contact assignment, or more than one current workplace), which the rule
// assembles into gaps/bridge-people's rows (core/gap-finder/bridge-ties.ts).
// Why lists of ties: gaps/bridge-people gathers each person's ties with pattern comprehensions,
// which the embedded engine (@grafeo-db/js 0.6.0) runs as a subplan per person (~15 µs each,
// 920 people nationally) after testing all ~24,000 people. Here each kind of tie is one walk
// from the smaller side (groups, organisations), only the test for two workplaces reads every
// person, and the rows are lists, which the engine hands over faster than maps. In process on
// the national store: ~21 -> ~14 ms CPU, same rows (checked on the seed and national dataset).
// Written so the engine plans it well: a WITH that groups by the lists, or WITH DISTINCT before
// a MATCH inside a CALL, made it ~370 ms (a scan per row); collect(DISTINCT) in a CALL does not.
// params: $asOf (YYYY-MM-DD)
// returns: people (list of [id, name, title]), memberships (list of [person id, group id, group name, onBehalfOf or null]; current, in groups active on $asOf), contacts (list of [person id, organisation id]; current), works (list of [person id, organisation id]; current; an organisation may repeat)
CALL () {
  MATCH (g:Group)<-[m:MEMBER_OF]-(p:Person)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
    AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  RETURN collect([p.id, g.id, g.name, m.onBehalfOf]) AS memberships
}
CALL () {
  MATCH (t:Organisation)<-[c:CONTACT_FOR]-(p:Person)
  WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
  RETURN collect([p.id, t.id]) AS contacts
}
// Two workplaces, current or not (the dates are checked on the works below): a superset.
CALL () {
  MATCH (p:Person)
  WHERE COUNT { (p)-[:WORKS_IN]->() } > 1
  RETURN collect(p.id) AS workers
}
CALL (memberships, contacts, workers) {
  UNWIND [x IN memberships | x[0]] + [x IN contacts | x[0]] + workers AS id
  RETURN collect(DISTINCT id) AS ids
}
CALL (ids) {
  UNWIND ids AS id
  MATCH (p:Person {id: id})
  RETURN collect([p.id, p.name, p.title]) AS people
}
CALL (ids) {
  UNWIND ids AS id
  MATCH (p:Person {id: id})-[w:WORKS_IN]->(o:Organisation)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  RETURN collect([p.id, o.id]) AS works
}
RETURN people, memberships, contacts, works
