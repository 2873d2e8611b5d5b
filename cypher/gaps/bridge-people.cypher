// The edge list behind the only-bridge rule: every person with a current membership of a group
// active on $asOf, a current fixed-contact assignment, or more than one current workplace —
// the people who can link an organisation to another sector — with those ties.
// params: $asOf (YYYY-MM-DD)
// returns: person (map: id, name, title), works (list of organisation ids), groups (list of {group, name, onBehalfOf}), contactFor (list of organisation ids)
MATCH (p:Person)
WHERE EXISTS { (p)-[:MEMBER_OF]->(:Group) } OR EXISTS { (p)-[:CONTACT_FOR]->(:Organisation) }
   OR COUNT { (p)-[:WORKS_IN]->(:Organisation) } > 1
OPTIONAL MATCH (p)-[w:WORKS_IN]->(o:Organisation)
  WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
WITH p, collect(DISTINCT o.id) AS works
OPTIONAL MATCH (p)-[m:MEMBER_OF]->(g:Group)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
    AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
WITH p, works, collect(CASE WHEN g IS NULL THEN NULL ELSE {group: g.id, name: g.name, onBehalfOf: m.onBehalfOf} END) AS groups
OPTIONAL MATCH (p)-[c:CONTACT_FOR]->(t:Organisation)
  WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR c.until >= $asOf)
WITH p, works, groups, collect(DISTINCT t.id) AS contactFor
WHERE size(groups) > 0 OR size(contactFor) > 0 OR size(works) > 1
RETURN p {.id, .name, .title} AS person, works, groups, contactFor
