// gaps/bridge-ties for a scope (a cluster, a municipality, a group): the same lists, for only
// the people whose ties decide the only-bridge findings the scope can show. A finding is shown
// when its hand is an organisation in $orgIds or it runs through a group in $groupIds, and
// whether someone is "the only one" linking a hand depends on everyone attached to that hand
// and on everyone they sit in a group with; so:
//  1. the organisations the scope's groups' members work in or act for, with $orgIds;
//  2. each with the municipality or department a unit counts with (its hand), and each hand
//     with its units: every organisation whose people are attached to a possible hand;
//  3. the people who work in or act for one of those, and everyone they sit in a group with
//     (staff that cannot bridge, one workplace and no group or assignment, left out at once);
//  4. their current ties as lists, as gaps/bridge-ties gives them; core/gap-finder/bridge-ties.ts
//     keeps those gaps/bridge-people would give rows for (so the same rows). Lists, not a
//     comprehension per person: ~0.5 ms less for a cluster on the embedded engine;
//  5. the organisations those ties name and those they are part of, as gaps/organisation-lists
//     gives them (columns; only a municipal unit's or hospital department's parent), which the
//     rule looks up by id: a superset of what its findings name does no harm.
// Why 5 here and not in a statement of its own after this one (gaps/bridge-organisation-lists,
// sent with the ids the rule had kept): that one waited for this answer and the JS after it,
// and this statement, the report's longest, is answered after most of the others (the engine
// runs one transaction's statements one after another), so the two were the end of a cluster's
// report (national store, the Aarhus cluster: the two 5.6 + 1.1
// ms against 6.3 for this at load 9; one statement less; the rule's rows and findings identical
// for every cluster, municipality and third group, seed and national, five days).
// A superset of what each finding needs; only-bridge.ts filters the findings to the scope as
// for everything. Cost follows the scope's organisations and groups, not the country: the
// whole-store statement tests every person (about 24,000 nationally).
// Every step starts from ids (index seeks). Lists, not a UNION: on the embedded engine
// (@grafeo-db/js 0.6.0) a WITH DISTINCT after a CALL { … UNION … } keeps at most 2,048 rows.
// params: $orgIds (list of strings), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: people (list of [id, name, title]), memberships ([person ids, group ids, group names, onBehalfOf or '']), contacts ([person ids, organisation ids]), works ([person ids, organisation ids]); current on $asOf, as gaps/bridge-ties (columns, see there); organisations ([ids, names, kinds, sectors]) and parents ([children, parents]) as gaps/organisation-lists, for the organisations named in those ties and their parents
CALL () {
  UNWIND $groupIds AS gid
  MATCH (:Group {id: gid})<-[:MEMBER_OF]-(q:Person)
  WITH DISTINCT q
  WITH [(q)-[:WORKS_IN]->(o:Organisation) | o.id] + [(q)-[m:MEMBER_OF]->(:Group) WHERE m.onBehalfOf IS NOT NULL | m.onBehalfOf] AS ids
  UNWIND ids AS id
  RETURN collect(DISTINCT id) AS acted
}
// The organisations named (those that exist), the parents of the units and departments among
// them, then the units of the hands that have them: each step from the organisations it needs
// (a comprehension per organisation walked every one's parts before testing the kind: for the
// Aarhus cluster 375 parts of which 13 a hand's; 4.08 -> 3.82 ms, and the parents' step 5.65 ->
// 5.20 at load 8, alternated).
UNWIND $orgIds + acted AS id
WITH collect(DISTINCT id) AS named
CALL (named) {
  UNWIND named AS id
  MATCH (o:Organisation {id: id})
  RETURN collect(o.id) AS found
}
CALL (found) {
  UNWIND found AS id
  MATCH (o:Organisation {id: id})-[:PART_OF]->(up:Organisation)
  WHERE o.kind IN ['MUNICIPAL_UNIT', 'HOSPITAL_DEPARTMENT']
  RETURN collect(up.id) AS unitParents
}
CALL (found, unitParents) {
  UNWIND found + unitParents AS hid
  RETURN collect(DISTINCT hid) AS hands
}
CALL (hands) {
  UNWIND hands AS hid
  MATCH (h:Organisation {id: hid})<-[:PART_OF]-(u:Organisation)
  WHERE h.kind IN ['MUNICIPALITY', 'HOSPITAL_DEPARTMENT']
  RETURN collect(u.id) AS units
}
CALL (hands, units) {
  UNWIND hands + units AS aid
  RETURN collect(DISTINCT aid) AS attached
}
CALL (attached) {
  UNWIND attached AS id
  MATCH (:Organisation {id: id})<-[:WORKS_IN]-(p:Person)
  // One tie besides this workplace (a group, an assignment or another workplace): the
  // workplace is one of the ties counted, so an EXISTS for a group or assignment beside the
  // COUNT said nothing more and was tested for every worker (~0.2 ms for the Aarhus cluster).
  WHERE COUNT { (p)-[:MEMBER_OF|CONTACT_FOR|WORKS_IN]->() } > 1
  RETURN collect(p.id) AS staff
}
CALL (attached) {
  MATCH (:Group)<-[m:MEMBER_OF]-(p:Person)
  WHERE m.onBehalfOf IN attached
  RETURN collect(p.id) AS acting
}
// Everyone they sit in a group with: their groups once, then each group's members once (a
// comprehension per person walked a shared group's members for each of them and tested the
// two relationships apart: ~0.15 ms more for the Aarhus cluster). Every step aggregates
// without a grouping key, so it answers one row even when a list is empty.
CALL (staff, acting) {
  UNWIND staff + acting AS pid
  RETURN collect(DISTINCT pid) AS pids
}
CALL (pids) {
  UNWIND pids AS pid
  MATCH (:Person {id: pid})-[:MEMBER_OF]->(g:Group)
  RETURN collect(DISTINCT g.id) AS sharedGroups
}
CALL (sharedGroups) {
  UNWIND sharedGroups AS gid
  MATCH (:Group {id: gid})<-[:MEMBER_OF]-(q:Person)
  RETURN collect(q.id) AS others
}
CALL (pids, others) {
  UNWIND pids + others AS id
  RETURN collect(DISTINCT id) AS ids
}
// The people found once, by their ids; their ties walked from the nodes (an index seek per
// person for each kind of tie cost the Aarhus cluster ~0.4 ms of ~5: 5.15 -> 4.78 ms CPU,
// same rows).
CALL (ids) {
  UNWIND ids AS id
  MATCH (p:Person {id: id})
  RETURN collect([p.id, p.name, p.title]) AS people, collect(p) AS ps
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[m:MEMBER_OF]->(g:Group)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
    AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  WITH collect(p.id) AS persons, collect(g.id) AS groups, collect(g.name) AS names, collect(coalesce(m.onBehalfOf, '')) AS onBehalfOf
  RETURN [persons, groups, names, onBehalfOf] AS memberships
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[c:CONTACT_FOR]->(t:Organisation)
  WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
  WITH collect(p.id) AS persons, collect(t.id) AS organisations
  RETURN [persons, organisations] AS contacts
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[w:WORKS_IN]->(o:Organisation)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  WITH collect(p.id) AS persons, collect(o.id) AS organisations
  RETURN [persons, organisations] AS works
}
CALL (memberships, contacts, works) {
  UNWIND works[1] + contacts[1] + memberships[3] AS id
  RETURN collect(DISTINCT id) AS tied
}
CALL (tied) {
  UNWIND tied AS id
  MATCH (:Organisation {id: id})-[:PART_OF]->(up:Organisation)
  RETURN collect(up.id) AS ups
}
CALL (tied, ups) {
  UNWIND tied + ups AS id
  RETURN collect(DISTINCT id) AS wanted
}
CALL (wanted) {
  UNWIND wanted AS id
  MATCH (o:Organisation {id: id})
  RETURN collect(o.id) AS tiedIds, collect(o.name) AS tiedNames, collect(o.kind) AS tiedKinds, collect(o.sector) AS tiedSectors, collect(o) AS tiedNodes
}
CALL (tiedNodes) {
  UNWIND tiedNodes AS o
  MATCH (o)-[:PART_OF]->(up:Organisation)
  WHERE o.kind IN ['MUNICIPAL_UNIT', 'HOSPITAL_DEPARTMENT']
  RETURN collect(o.id) AS children, collect(up.id) AS parents
}
RETURN people, memberships, contacts, works, [tiedIds, tiedNames, tiedKinds, tiedSectors] AS organisations, [children, parents] AS parents
