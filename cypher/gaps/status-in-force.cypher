// The report in force on each element for the organisations in scope (the latest STATUS on or
// before $asOf, as the status matrix picks it) when it is RED or was recorded before $before
// ($asOf minus the allowed age): red-status keeps the red ones, stale-status the old ones. One
// pass over the statuses for both rules, which the report's runner sends once (the same key and
// parameters); each was ~5 ms of CPU for everything on the national store.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $orgIds (list of strings), $asOf (YYYY-MM-DD), $before (YYYY-MM-DD)
// returns: organisation (map: id, name, kind, sector), element (map: id, name, number), agreement (map: id, name) or null, status (map: id, level, asOf)
// The organisations in scope first: every one for $all, else index seeks by id (a WHERE with
// o.id IN $orgIds tested every organisation against the list on the embedded engine).
// A status's note and source are not read: the rules word the level and the day (each map
// handed over costs the embedded engine and the main thread by its size).
CALL () {
  MATCH (o:Organisation) WHERE $all RETURN o
  UNION ALL
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS id
  WITH DISTINCT id
  MATCH (o:Organisation {id: id})
  RETURN o
}
MATCH (o:Organisation)-[s:STATUS]->(e:Element)
WHERE s.asOf <= $asOf
// The report in force, as the status matrix picks it (laterReport in core/status-cell.ts): the
// later asOf; on the same day the one recorded later (createdAt; seeded reports have none and
// come first); then the greater id, so both engines pick the same whatever order they read in.
WITH o, e, collect(s {.id, .level, .asOf, created: coalesce(s.createdAt, '')}) AS history
WITH o, e, reduce(best = head(history), x IN history |
  CASE WHEN x.asOf > best.asOf OR (x.asOf = best.asOf AND (x.created > best.created OR (x.created = best.created AND x.id > best.id)))
    THEN x ELSE best END) AS latest
WHERE latest.level = 'RED' OR latest.asOf < $before
OPTIONAL MATCH (e:Element)<-[:HAS_ELEMENT]-(a:Agreement)
RETURN o {.id, .name, .kind, .sector} AS organisation, e {.id, .name, .number} AS element,
  CASE WHEN a IS NULL THEN NULL ELSE a {.id, .name} END AS agreement, latest {.id, .level, .asOf} AS status
ORDER BY organisation.id, element.number
