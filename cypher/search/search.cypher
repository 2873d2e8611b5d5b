// Finds organisations, people, groups and channels by name and a few other fields, folded for
// Danish on both sides: the API folds the text with SEARCH_FOLD (api/src/modules/core/text-fold.ts:
// å = aa, æ = ae, ø = oe, diacritics dropped, punctuation to spaces), and each node's fields
// were folded with the very same table when the node was written, onto its SearchKey node
// (search/write-keys), so nothing is folded here. One statement: a cheap pass over each
// key's joined fields (text) and spaceless numbers (compact) keeps the candidates, then each
// candidate's fields, split out of its text ($sep between them, in the order of KEY_FIELDS in
// search-keys.ts), are ranked:
//   100 name is the text · 90 short name is the text · 80 name starts with it · 60 a word of
//   the name starts with it · 40 name contains it · 20 short name, title, profession, address or
//   location number contains it (address and location number also with spaces ignored, so
//   "5790 0012" finds "5790001234567").
// A person's or group's sector is that of its organisation, a channel's its provider's; of
// several, the one with the lowest id (a list's first would be the engine's walk order).
// People's names are only searched when $personal (a signed-in viewer). Ties are ordered by
// the Danish sort key, then id; the API re-sorts ties with the collator.
// params: $text, $compact, $sep, $labels, $personal, $limit
// returns: id, label, name, kind, sector, title (strings or null), matchedField (string), score (integer)
MATCH (k:SearchKey)
WHERE (k.text CONTAINS $text OR k.compact CONTAINS $compact) AND k.label IN $labels
WITH k, split(k.text, $sep) AS f
WITH k, CASE WHEN k.label = 'Person' AND NOT $personal THEN '' ELSE f[0] END AS name, f[1] AS shortName, f[2] AS title, f[3] AS profession, f[4] AS address, f[5] AS locationNumber
WITH k,
  CASE
    WHEN name = $text THEN {score: 100, field: 'name'}
    WHEN shortName = $text THEN {score: 90, field: 'shortName'}
    WHEN name STARTS WITH $text THEN {score: 80, field: 'name'}
    WHEN (' ' + name) CONTAINS (' ' + $text) THEN {score: 60, field: 'name'}
    WHEN name CONTAINS $text THEN {score: 40, field: 'name'}
    WHEN shortName CONTAINS $text THEN {score: 20, field: 'shortName'}
    WHEN title CONTAINS $text THEN {score: 20, field: 'title'}
    WHEN profession CONTAINS $text THEN {score: 20, field: 'profession'}
    WHEN locationNumber CONTAINS $text OR replace(locationNumber, ' ', '') CONTAINS $compact THEN {score: 20, field: 'locationNumber'}
    WHEN address CONTAINS $text OR replace(address, ' ', '') CONTAINS $compact THEN {score: 20, field: 'address'}
  END AS hit
WHERE hit IS NOT NULL
WITH k, hit
ORDER BY hit.score DESC, k.sortKey, k.id
LIMIT $limit
MATCH (k)<-[:SEARCH_KEY]-(n:Entity)
RETURN n.id AS id, k.label AS label, n.name AS name, n.kind AS kind, n.title AS title,
  coalesce(n.sector,
    reduce(best = null, x IN [(n)-[:WORKS_IN|ANCHORED_IN]->(o:Organisation) | [o.id, o.sector]] | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END)[1],
    reduce(best = null, x IN [(n)<-[:PROVIDES]-(o:Organisation) | [o.id, o.sector]] | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END)[1]) AS sector,
  hit.field AS matchedField, hit.score AS score
