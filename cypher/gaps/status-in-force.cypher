// The report in force on each element for the organisations in scope (the latest STATUS on or
// before $asOf, as the status matrix picks it) when it is RED or was recorded before $before
// ($asOf minus the allowed age): red-status keeps the red ones, stale-status the old ones. One
// pass over the statuses for both rules, which the report's runner sends once (the same key and
// parameters); each was ~5 ms of CPU for everything on the national store.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $orgIds (list of strings), $asOf (YYYY-MM-DD), $before (YYYY-MM-DD)
// returns: one row, columns (a list of twelve lists, item i of each one report in force, in
// the order organisation id, element number): organisation ids, names, kinds, sectors; element
// ids, names, numbers; agreement ids, names; status ids, levels, asOf days. A missing kind,
// sector, element number or agreement is '' (collect() leaves nulls out, which would shift a
// column against the others); gaps/rules/status-row.ts reads them.
// Columns, not a map per record: ~500 rows of four maps for everything were 2.7 ms of the main
// thread's time to convert (and ~2,000 objects for its GC), the columns are twelve lists.
// The reports of the organisations in scope first: for $all every report from the elements
// (a few nodes; every organisation was 2,490 to expand), else from index seeks by id (a WHERE
// with o.id IN $orgIds tested every organisation against the list on the embedded engine).
// A status's note and source are not read: the rules word the level and the day (each map
// handed over costs the embedded engine and the main thread by its size).
CALL () {
  MATCH (e:Element)<-[s:STATUS]-(o:Organisation) WHERE $all AND s.asOf <= $asOf RETURN o, e, s
  UNION ALL
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS id
  WITH DISTINCT id
  MATCH (o:Organisation {id: id})-[s:STATUS]->(e:Element)
  WHERE s.asOf <= $asOf
  RETURN o, e, s
}
// The report in force, as the status matrix picks it (laterReport in core/status-cell.ts): the
// later asOf; on the same day the one recorded later (createdAt; seeded reports have none and
// come first); then the greater id, so both engines pick the same whatever order they read in.
// The reports sorted so and the first of each cell's kept: a map per report folded by `reduce`
// was ~40 % of the statement's CPU for everything (1,764 reports, 294 cells).
WITH o, e, s ORDER BY s.asOf DESC, coalesce(s.createdAt, '') DESC, s.id DESC
WITH o, e, head(collect(s)) AS latest
WHERE latest.level = 'RED' OR latest.asOf < $before
OPTIONAL MATCH (e:Element)<-[:HAS_ELEMENT]-(a:Agreement)
WITH o, e, a, latest
ORDER BY o.id, e.number
WITH collect(o.id) AS orgIds, collect(o.name) AS orgNames, collect(coalesce(o.kind, '')) AS kinds,
  collect(coalesce(o.sector, '')) AS sectors, collect(e.id) AS elementIds, collect(e.name) AS elementNames,
  collect(coalesce(e.number, '')) AS numbers, collect(coalesce(a.id, '')) AS agreementIds,
  collect(coalesce(a.name, '')) AS agreementNames, collect(latest.id) AS statusIds,
  collect(latest.level) AS levels, collect(latest.asOf) AS days
RETURN [orgIds, orgNames, kinds, sectors, elementIds, elementNames, numbers, agreementIds, agreementNames, statusIds, levels, days] AS columns
