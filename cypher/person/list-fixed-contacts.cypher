// A page of the people who are ($isFixedContact true) or are not (false) a fixed contact with
// an assignment in force on $today (a CONTACT_FOR not ended by then), in Danish name order, as
// person/list (same order, keyset paging and $text).
// params: $text, $personal, $isFixedContact, $today, $after, $nul, $limit
// returns: total (integer, all matches), rows (list of person maps with order, in order)
MATCH (k:PersonKey)<-[:SEARCH_KEY]-(p:Person)
WHERE ($text IS NULL OR CASE WHEN $personal THEN k.personalText ELSE k.publicText END CONTAINS $text)
  AND $isFixedContact = EXISTS { (p)-[c:CONTACT_FOR]->(:Organisation) WHERE c.until IS NULL OR c.until >= $today }
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
