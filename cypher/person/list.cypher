// A page of people in Danish name order. At national scale there are ~25,000 people, so the
// filter, the order and the page are all done here, not in the API: only the page travels.
// The filter is written once; the matches are counted, then ordered with a top-k sort.
// Order: the lower-cased name folded by $sortFold (DANISH_SORT_FOLD in
// api/src/modules/core/text-fold.ts: "aa" = å, æ ø å after z), then the id. Keyset paging:
// rows after ($afterKey, $afterId), the last row of the previous page; null for the first page.
// Filters (null = any): works in $organisationId or a unit below it; $text (already folded by
// SEARCH_FOLD) in title, profession and, when $personal, name and e-mail; $isFixedContact: has a
// CONTACT_FOR that has not ended by $today.
// params: $organisationId, $text, $personal, $fold, $isFixedContact, $today, $sortFold, $afterKey, $afterId, $limit
// returns: total (integer, all matches), rows (list of person maps with sortKey, in order)
MATCH (p:Person)
WHERE ($organisationId IS NULL
    OR EXISTS { (p)-[:WORKS_IN]->(:Organisation)-[:PART_OF*0..3]->(:Organisation {id: $organisationId}) })
  AND ($text IS NULL
    OR trim(reduce(s = toLower(coalesce(p.title, '') + ' | ' + coalesce(p.profession, '')
        + CASE WHEN $personal THEN ' | ' + coalesce(p.name, '') + ' | ' + coalesce(p.email, '') ELSE '' END),
      f IN $fold | replace(s, f[0], f[1]))) CONTAINS $text)
  AND ($isFixedContact IS NULL
    OR $isFixedContact = EXISTS { (p)-[c:CONTACT_FOR]->(:Organisation) WHERE c.until IS NULL OR c.until >= $today })
WITH collect(p) AS matched
CALL {
  WITH matched
  UNWIND matched AS p
  WITH p, reduce(s = toLower(coalesce(p.name, '')), f IN $sortFold | replace(s, f[0], f[1])) AS sortKey
  WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)
  WITH p, sortKey
  ORDER BY sortKey, p.id
  LIMIT $limit
  RETURN collect(p {.*, sortKey: sortKey}) AS rows
}
RETURN size(matched) AS total, rows
