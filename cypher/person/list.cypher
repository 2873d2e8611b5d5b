// A page of people in Danish name order, when the list is not filtered by organisation or
// fixed contact (person/list-in-organisation and person/list-fixed-contacts do those). At
// national scale there are ~25,000 people, so the filter, the order and the page are all done
// here on the people's search keys (search/write-keys, written with every change of a
// person): nothing is folded per request, and the page is a top-k of one string per person.
// Order: k.order, the name's Danish sort key (DANISH_SORT_FOLD in api/src/modules/core/text-fold.ts:
// "aa" = å, æ ø å after z), a NUL and the id, so the sort key then the id. Keyset paging:
// rows after $after (k.order of the last row of the previous page); null for the first page.
// $text (already folded by SEARCH_FOLD) is matched in title and profession and, when
// $personal, name and e-mail. The page is sorted on the one string alone (each column carried
// through the sort costs the embedded engine more) and only its people are read, by the id
// after $nul in the order key.
// params: $text, $personal, $after, $nul, $limit
// returns: total (integer, all matches), rows (list of person maps with order, in order)
MATCH (k:PersonKey)
WHERE $text IS NULL OR CASE WHEN $personal THEN k.personalText ELSE k.publicText END CONTAINS $text
WITH count(k) AS total
CALL () {
  MATCH (k:PersonKey)
  WHERE ($text IS NULL OR CASE WHEN $personal THEN k.personalText ELSE k.publicText END CONTAINS $text)
    AND ($after IS NULL OR k.order > $after)
  WITH k.order AS order
  ORDER BY order
  LIMIT $limit
  WITH order, split(order, $nul)[1] AS id
  MATCH (p:Person {id: id})
  RETURN collect(p {.*, order: order}) AS rows
}
RETURN total, rows
