// Which perspectives a group requires that none of its members represents on a date
// (memberships not yet begun or already ended do not count).
// params: $groupId, $asOf
// returns: groupId (string), group (string), required (list of strings), covered (list of strings), missing (list of strings)
MATCH (g:Group {id: $groupId})
OPTIONAL MATCH (:Person)-[m:MEMBER_OF]->(g)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
WITH g, collect(m.represents) AS represented
WITH g, reduce(acc = [], r IN represented | acc + r) AS covered
RETURN g.id AS groupId, g.name AS group, g.requiredPerspectives AS required,
       [p IN g.requiredPerspectives WHERE p IN covered] AS covered,
       [p IN g.requiredPerspectives WHERE NOT p IN covered] AS missing
