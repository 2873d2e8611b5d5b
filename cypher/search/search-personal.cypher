// search/search for a signed-in viewer (a text without the key's separator), with the same
// hits, scores and order, read from fewer nodes, as search/search-public: organisations,
// groups and channels (StructureKey) as search/search matches every key; people whose name
// holds the text by a pass over people's keys (text holds the name) and the name split out of
// those that hold it (the fields are split out of a key's text, $sep between them, in the
// order of KEY_FIELDS in search-keys.ts); and the people found by their role
// (search/merge-roles; a person whose name does not hold the text scores 20 at most, as
// people have no short name) only when fewer than $limit of the others score above 20. Each
// part is cut to its best $limit first, which cannot drop a hit of the whole's best $limit.
// params: $text, $compact, $sep, $labels, $limit
// returns: id, label, name, kind, sector, title (strings or null), matchedField (string), score (integer)
MATCH (k:StructureKey)
WHERE (k.text CONTAINS $text OR k.compact CONTAINS $compact) AND k.label IN $labels
WITH k, split(k.text, $sep) AS f
WITH k, f[0] AS name, f[1] AS shortName, f[2] AS title, f[3] AS profession, f[4] AS address, f[5] AS locationNumber
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
WITH collect({id: k.id, label: k.label, sortKey: k.sortKey, hit: hit}) AS structures
CALL () {
  MATCH (k:PersonKey)
  WHERE 'Person' IN $labels AND k.text CONTAINS $text
  WITH k, split(k.text, $sep) AS f
  WHERE f[0] CONTAINS $text
  WITH k, f[0] AS name, f[1] AS shortName, f[2] AS title, f[3] AS profession, f[4] AS address, f[5] AS locationNumber
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
  WITH k, hit
  ORDER BY hit.score DESC, k.sortKey, k.id
  LIMIT $limit
  RETURN collect({id: k.id, label: k.label, sortKey: k.sortKey, hit: hit}) AS named
}
WITH structures, named, size([s IN structures + named WHERE s.hit.score > 20]) >= $limit AS enough
CALL (enough) {
  MATCH (r:SearchRole)
  WHERE NOT enough AND 'Person' IN $labels AND (r.key CONTAINS $text OR r.compact CONTAINS $compact)
  WITH DISTINCT r.key AS role
  MATCH (k:PersonKey {role: role})
  WHERE k.text CONTAINS $text OR k.compact CONTAINS $compact
  WITH k, split(k.text, $sep) AS f
  WHERE NOT f[0] CONTAINS $text
  WITH k, f[0] AS name, f[1] AS shortName, f[2] AS title, f[3] AS profession, f[4] AS address, f[5] AS locationNumber
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
  RETURN collect({id: k.id, label: k.label, sortKey: k.sortKey, hit: hit}) AS people
}
UNWIND structures + named + people AS found
WITH found
ORDER BY found.hit.score DESC, found.sortKey, found.id
LIMIT $limit
MATCH (n:Entity {id: found.id})
WITH n, found.label AS label, found.hit AS hit
RETURN n.id AS id, label, n.name AS name, n.kind AS kind, n.title AS title,
  coalesce(n.sector,
    reduce(best = null, x IN [(n)-[:WORKS_IN|ANCHORED_IN]->(o:Organisation) | [o.id, o.sector]] | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END)[1],
    reduce(best = null, x IN [(n)<-[:PROVIDES]-(o:Organisation) | [o.id, o.sector]] | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END)[1]) AS sector,
  hit.field AS matchedField, hit.score AS score
