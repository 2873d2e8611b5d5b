// Finds organisations, people, groups and channels by name and a few other fields, folded for
// Danish on both sides: each field is lower-cased and folded here by $fold, the very table the
// API folds the search text with (SEARCH_FOLD in api/src/modules/core/text-fold.ts: å = aa,
// æ = ae, ø = oe, diacritics dropped, punctuation to spaces). Nothing extra is stored in the
// graph. One statement: a cheap pass over one folded haystack per node keeps the candidates,
// then each candidate's fields are folded one by one and ranked:
//   100 name is the text · 90 short name is the text · 80 name starts with it · 60 a word of
//   the name starts with it · 40 name contains it · 20 short name, title, profession, address or
//   location number contains it (address and location number also with spaces ignored, so
//   "5790 0012" finds "5790001234567").
// People's names are only searched when $personal (a signed-in viewer). Ties are ordered by
// the Danish sort key ($sortFold), then id; the API re-sorts ties with the collator.
// params: $text, $compact, $fold, $sortFold, $labels, $personal, $limit
// returns: id, label, name, kind, sector, title (strings or null), matchedField (string), score (integer)
MATCH (n:Entity)
WHERE (n:Organisation AND 'Organisation' IN $labels) OR (n:Person AND 'Person' IN $labels)
  OR (n:Group AND 'Group' IN $labels) OR (n:Channel AND 'Channel' IN $labels)
WITH n, CASE WHEN n:Organisation THEN 'Organisation' WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' ELSE 'Channel' END AS label
WITH n, label, CASE WHEN label = 'Person' AND NOT $personal THEN '' ELSE coalesce(n.name, '') END AS rawName
WITH n, label, rawName,
  trim(reduce(s = toLower(rawName + ' | ' + coalesce(n.shortName, '') + ' | ' + coalesce(n.title, '') + ' | '
      + coalesce(n.profession, '') + ' | ' + coalesce(n.address, '') + ' | ' + coalesce(n.locationNumber, '')),
    f IN $fold | replace(s, f[0], f[1]))) AS haystack
WHERE haystack CONTAINS $text OR replace(haystack, ' ', '') CONTAINS $compact
WITH n, label,
  trim(reduce(s = toLower(rawName), f IN $fold | replace(s, f[0], f[1]))) AS name,
  trim(reduce(s = toLower(coalesce(n.shortName, '')), f IN $fold | replace(s, f[0], f[1]))) AS short,
  trim(reduce(s = toLower(coalesce(n.title, '')), f IN $fold | replace(s, f[0], f[1]))) AS title,
  trim(reduce(s = toLower(coalesce(n.profession, '')), f IN $fold | replace(s, f[0], f[1]))) AS profession,
  trim(reduce(s = toLower(coalesce(n.address, '')), f IN $fold | replace(s, f[0], f[1]))) AS address,
  trim(reduce(s = toLower(coalesce(n.locationNumber, '')), f IN $fold | replace(s, f[0], f[1]))) AS locationNumber
WITH n, label,
  CASE
    WHEN name = $text THEN {score: 100, field: 'name'}
    WHEN short = $text THEN {score: 90, field: 'shortName'}
    WHEN name STARTS WITH $text THEN {score: 80, field: 'name'}
    WHEN (' ' + name) CONTAINS (' ' + $text) THEN {score: 60, field: 'name'}
    WHEN name CONTAINS $text THEN {score: 40, field: 'name'}
    WHEN short CONTAINS $text THEN {score: 20, field: 'shortName'}
    WHEN title CONTAINS $text THEN {score: 20, field: 'title'}
    WHEN profession CONTAINS $text THEN {score: 20, field: 'profession'}
    WHEN locationNumber CONTAINS $text OR replace(locationNumber, ' ', '') CONTAINS $compact THEN {score: 20, field: 'locationNumber'}
    WHEN address CONTAINS $text OR replace(address, ' ', '') CONTAINS $compact THEN {score: 20, field: 'address'}
  END AS hit
WHERE hit IS NOT NULL
WITH n, label, hit, reduce(s = toLower(coalesce(n.name, '')), f IN $sortFold | replace(s, f[0], f[1])) AS sortKey
ORDER BY hit.score DESC, sortKey, n.id
LIMIT $limit
RETURN n.id AS id, label, n.name AS name, n.kind AS kind, n.title AS title,
  coalesce(n.sector,
    [(n)-[:WORKS_IN|ANCHORED_IN]->(o:Organisation) | o.sector][0],
    [(o:Organisation)-[:PROVIDES]->(n) | o.sector][0]) AS sector,
  hit.field AS matchedField, hit.score AS score
