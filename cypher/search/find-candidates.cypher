// Candidates for the forgiving search (api/src/modules/search/forgiving-search.ts ranks them):
// organisations, people, groups and channels whose folded search text (their SearchKey, see
// search/write-keys) holds any of the probes, the start or the end of each typed word (folded
// with SEARCH_FOLD by the API), so a word with a typo in its middle still brings its node. With
// each candidate the names of what it belongs to (the organisation it is part of, works in, is
// anchored in, or, for a channel, that provides it), which the ranking matches words against
// too ("PPR Horsens"). A person's name is only returned when $personal; else their title.
// The cut to $limit keeps the engine's order by sort key, so the same text gives the same
// candidates.
// params: $probes (list of strings), $labels (list of strings), $personal (boolean), $limit (integer)
// returns: id, label, name, shortName, kind, sector, title (strings or null), parents (list of strings)
MATCH (k:SearchKey)
WHERE k.label IN $labels AND any(p IN $probes WHERE k.text CONTAINS p)
WITH k
ORDER BY k.sortKey, k.id
LIMIT $limit
MATCH (k)<-[:SEARCH_KEY]-(n:Entity)
RETURN n.id AS id, k.label AS label,
  CASE WHEN k.label = 'Person' AND NOT $personal THEN null ELSE n.name END AS name,
  n.shortName AS shortName, n.kind AS kind, n.sector AS sector, n.title AS title,
  [(n)-[:PART_OF|WORKS_IN|ANCHORED_IN]->(o:Organisation) | o.name] + [(o:Organisation)-[:PROVIDES]->(n) | o.name] AS parents
