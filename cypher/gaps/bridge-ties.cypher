// The edge list behind the only-bridge rule for the whole store, as lists in one row: the same
// people and ties as gaps/bridge-people (everyone with a current membership of a group active on
// $asOf, a current fixed-contact assignment, or more than one current workplace), which the rule
// assembles into gaps/bridge-people's rows (core/gap-finder/bridge-ties.ts).
// Why lists of ties: gaps/bridge-people gathers each person's ties with pattern comprehensions,
// which the embedded engine (@grafeo-db/js 0.6.0) runs as a subplan per person (~15 µs each,
// 920 people nationally) after testing all ~24,000 people. Here each kind of tie is one walk
// from the smaller side (groups, organisations), the people with two workplaces are read from
// their marks, and the rows are lists, which the engine hands over faster than maps. In process
// on the national store: ~21 -> ~14 ms CPU, same rows (checked on the seed and national dataset).
// Written so the engine plans it well: a WITH that groups by the lists, or WITH DISTINCT before
// a MATCH inside a CALL, made it ~370 ms (a scan per row); collect(DISTINCT) in a CALL does not.
// params: $asOf (YYYY-MM-DD)
// The ties are columns (memberships [person ids, group ids, group names, onBehalfOf or ''],
// contacts and works [person ids, organisation ids], item i of each list one tie), not a list
// per tie: nationally ~3,100 fewer arrays for the main thread to make, converting 1.6 -> 1.2 ms
// (in process, load 9). They line up because collect() leaves out only nulls and none of these
// is null (onBehalfOf is coalesced to '', never an organisation's id); people keep a list each
// (a title may be missing).
// returns: people (list of [id, name, title]), memberships ([person ids, group ids, group names, onBehalfOf or '']; current, in groups active on $asOf), contacts ([person ids, organisation ids]; current), works ([person ids, organisation ids]; current; an organisation may repeat)
CALL () {
  MATCH (g:Group)<-[m:MEMBER_OF]-(p:Person)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
    AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  WITH collect(p.id) AS persons, collect(g.id) AS groups, collect(g.name) AS names, collect(coalesce(m.onBehalfOf, '')) AS onBehalfOf, collect(p) AS memberNodes
  RETURN [persons, groups, names, onBehalfOf] AS memberships, memberNodes
}
CALL () {
  MATCH (t:Organisation)<-[c:CONTACT_FOR]-(p:Person)
  WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
  WITH collect(p.id) AS persons, collect(t.id) AS organisations, collect(p) AS contactNodes
  RETURN [persons, organisations] AS contacts, contactNodes
}
// Two workplaces, current or not (the dates are checked on the works below): a superset, read
// from the marks every WORKS_IN write keeps (gaps/keep-several-workplaces) instead of counting
// every person's links (~8 ms CPU of ~22 nationally: 24,275 people counted, 98 marked).
CALL () {
  MATCH (w:SeveralWorkplaces)
  MATCH (p:Person {id: w.person})
  RETURN collect(p) AS workers
}
// The people as the walks above found them (nodes, in the order first met), not looked up
// again by id: an index seek per person for their fields and another for their works cost
// ~4-5 ms CPU of ~23 nationally (alternated in one process, load 11-23: 23.7/29.7/27.2 ->
// 22.1/28.7/24.0 ms without the second seek, then 24.4/20.4 -> 21.2/18.0 without the first;
// the same rows). collect(DISTINCT) in a CALL, not WITH DISTINCT (see above).
CALL (memberNodes, contactNodes, workers) {
  UNWIND memberNodes + contactNodes + workers AS p
  RETURN collect(DISTINCT p) AS ps
}
CALL (ps) {
  UNWIND ps AS p
  RETURN collect([p.id, p.name, p.title]) AS people
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[w:WORKS_IN]->(o:Organisation)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  WITH collect(p.id) AS persons, collect(o.id) AS organisations
  RETURN [persons, organisations] AS works
}
RETURN people, memberships, contacts, works
