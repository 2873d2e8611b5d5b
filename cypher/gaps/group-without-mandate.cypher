// Steering groups (kinds in $kinds) active on $asOf that hold no mandate valid on $asOf: nothing
// on record says what they may decide.
// Each row's ties are pattern comprehensions, which the embedded engine runs per row; an
// OPTIONAL MATCH there is a join with a scan of its own (a third to a half of the statement for
// a cluster). Lists that were collected DISTINCT drop repeats with reduce.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD), $kinds (list of strings)
// returns: group (map: id, name, kind), reportsTo (list of maps: id, name), expiredMandateIds (list of strings)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND g.kind IN $kinds
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  AND NOT EXISTS {
    (g:Group)-[:HOLDS]->(md:Mandate)
    WHERE (md.validFrom IS NULL OR md.validFrom <= $asOf) AND (md.validTo IS NULL OR md.validTo >= $asOf)
  }
RETURN g {.id, .name, .kind} AS group,
  reduce(acc = [], x IN [(g)-[:REPORTS_TO]->(up:Group) | up {.id, .name}] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS reportsTo,
  reduce(acc = [], x IN [(g)-[:HOLDS]->(old:Mandate) | old.id] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS expiredMandateIds
ORDER BY group.id
