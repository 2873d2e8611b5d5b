// The edge list behind the only-bridge rule: every person with a current membership of a group
// active on $asOf, a current fixed-contact assignment, or more than one current workplace —
// the people who can link an organisation to another sector — with those ties.
// Each person's ties are pattern comprehensions, which the embedded engine runs per person;
// an OPTIONAL MATCH from p made it expand those ties for every node in the store and join.
// For a scope, gaps/bridge-people-in-scope gives the same rows for only the people that matter.
// params: $asOf (YYYY-MM-DD)
// returns: person (map: id, name, title), works (list of organisation ids), groups (list of {group, name, onBehalfOf}), contactFor (list of organisation ids; an id may repeat)
// The first test only narrows (the ties' ends and dates are checked below): two of these
// counts are cheaper per person than three tests with the far end's label.
MATCH (p:Person)
WHERE COUNT { (p)-[:MEMBER_OF|CONTACT_FOR|WORKS_IN]->() } > 1 OR EXISTS { (p)-[:MEMBER_OF|CONTACT_FOR]->() }
WITH p,
  [(p)-[w:WORKS_IN]->(o:Organisation) WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf) | o.id] AS allWorks,
  [(p)-[m:MEMBER_OF]->(g:Group)
    WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
      AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
    | {group: g.id, name: g.name, onBehalfOf: m.onBehalfOf}] AS groups,
  [(p)-[c:CONTACT_FOR]->(t:Organisation) WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf) | t.id] AS allContactFor
// An organisation may be named twice (two current links to it): findOnlyBridges counts each
// once (sets and maps by id), and removing the repeats here cost a fifth of the statement.
WITH p, groups, allWorks AS works, allContactFor AS contactFor
WHERE size(groups) > 0 OR size(contactFor) > 0 OR size(works) > 1
RETURN p {.id, .name, .title} AS person, works, groups, contactFor
