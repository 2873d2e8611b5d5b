// gaps/bridge-people for a scope (a cluster, a municipality, a group): the same rows, for only
// the people whose ties decide the only-bridge findings the scope can show. A finding is shown
// when its hand is an organisation in $orgIds or it runs through a group in $groupIds, and
// whether someone is "the only one" linking a hand depends on everyone attached to that hand
// and on everyone they sit in a group with; so:
//  1. the organisations the scope's groups' members work in or act for, with $orgIds;
//  2. each with the municipality or department a unit counts with (its hand), and each hand
//     with its units: every organisation whose people are attached to a possible hand;
//  3. the people who work in or act for one of those, and everyone they sit in a group with
//     (staff that cannot bridge, one workplace and no group or assignment, left out at once);
//  4. of those, the rows gaps/bridge-people gives (the same filter and ties, so the same rows).
// A superset of what each finding needs; only-bridge.ts filters the findings to the scope as
// for everything. Cost follows the scope's organisations and groups, not the country: the
// whole-store statement tests every person (about 24,000 nationally).
// Every step starts from ids (index seeks). Lists, not a UNION: on the embedded engine
// (@grafeo-db/js 0.6.0) a WITH DISTINCT after a CALL { … UNION … } keeps at most 2,048 rows.
// params: $orgIds (list of strings), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: person (map: id, name, title), works (list of organisation ids), groups (list of {group, name, onBehalfOf}), contactFor (list of organisation ids; an id may repeat, as in gaps/bridge-people)
CALL () {
  UNWIND $groupIds AS gid
  MATCH (:Group {id: gid})<-[:MEMBER_OF]-(q:Person)
  WITH DISTINCT q
  WITH [(q)-[:WORKS_IN]->(o:Organisation) | o.id] + [(q)-[m:MEMBER_OF]->(:Group) WHERE m.onBehalfOf IS NOT NULL | m.onBehalfOf] AS ids
  UNWIND ids AS id
  RETURN collect(DISTINCT id) AS acted
}
UNWIND $orgIds + acted AS id
WITH DISTINCT id
MATCH (o:Organisation {id: id})
WITH [o.id] + [(o)-[:PART_OF]->(up:Organisation) WHERE o.kind IN ['MUNICIPAL_UNIT', 'HOSPITAL_DEPARTMENT'] | up.id] AS hids
UNWIND hids AS hid
WITH DISTINCT hid
MATCH (h:Organisation {id: hid})
WITH [h.id] + [(h)<-[:PART_OF]-(u:Organisation) WHERE h.kind IN ['MUNICIPALITY', 'HOSPITAL_DEPARTMENT'] | u.id] AS aids
UNWIND aids AS aid
WITH collect(DISTINCT aid) AS attached
CALL (attached) {
  UNWIND attached AS id
  MATCH (:Organisation {id: id})<-[:WORKS_IN]-(p:Person)
  WHERE COUNT { (p)-[:MEMBER_OF|CONTACT_FOR|WORKS_IN]->() } > 1 OR EXISTS { (p)-[:MEMBER_OF|CONTACT_FOR]->() }
  RETURN collect(p.id) AS staff
}
CALL (attached) {
  MATCH (:Group)<-[m:MEMBER_OF]-(p:Person)
  WHERE m.onBehalfOf IN attached
  RETURN collect(p.id) AS acting
}
UNWIND staff + acting AS pid
WITH DISTINCT pid
MATCH (p:Person {id: pid})
WITH p, [(p)-[:MEMBER_OF]->(:Group)<-[:MEMBER_OF]-(q:Person) | q.id] AS others
UNWIND [p.id] + others AS id
WITH DISTINCT id
MATCH (x:Person {id: id})
WHERE COUNT { (x)-[:MEMBER_OF|CONTACT_FOR|WORKS_IN]->() } > 1 OR EXISTS { (x)-[:MEMBER_OF|CONTACT_FOR]->() }
WITH x,
  [(x)-[w:WORKS_IN]->(o:Organisation) WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf) | o.id] AS allWorks,
  [(x)-[m:MEMBER_OF]->(g:Group)
    WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
      AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
    | {group: g.id, name: g.name, onBehalfOf: m.onBehalfOf}] AS groups,
  [(x)-[c:CONTACT_FOR]->(t:Organisation) WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf) | t.id] AS allContactFor
WITH x, groups, allWorks AS works, allContactFor AS contactFor
WHERE size(groups) > 0 OR size(contactFor) > 0 OR size(works) > 1
RETURN x {.id, .name, .title} AS person, works, groups, contactFor
