// A page of the people who work in $organisationId or a unit up to three levels below it, in
// Danish name order, as person/list (same order, keyset paging and $text), optionally only
// those who are ($isFixedContact true) or are not (false) a fixed contact with an assignment
// in force on $today. The walk starts at the organisation, so only its people are read.
// params: $organisationId, $text, $personal, $isFixedContact, $today, $after, $nul, $limit
// returns: total (integer, all matches), rows (list of person maps with order, in order)
MATCH (:Organisation {id: $organisationId})<-[:PART_OF*0..3]-(:Organisation)<-[:WORKS_IN]-(p:Person)
WITH DISTINCT p
MATCH (p)-[:SEARCH_KEY]->(k:PersonKey)
WHERE ($text IS NULL OR CASE WHEN $personal THEN k.personalText ELSE k.publicText END CONTAINS $text)
  AND ($isFixedContact IS NULL
    OR $isFixedContact = EXISTS { (p)-[c:CONTACT_FOR]->(:Organisation) WHERE c.until IS NULL OR c.until >= $today })
WITH collect(k) AS matched
CALL (matched) {
  UNWIND matched AS k
  WITH k WHERE $after IS NULL OR k.order > $after
  WITH k.order AS order
  ORDER BY order
  LIMIT $limit
  WITH order, split(order, $nul)[1] AS id
  MATCH (p:Person {id: id})
  RETURN collect(p {.*, order: order}) AS rows
}
RETURN size(matched) AS total, rows
