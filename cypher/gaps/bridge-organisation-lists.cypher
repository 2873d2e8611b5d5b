// gaps/bridge-organisations as lists in one row, for the gap report (what-if reads the rows):
// the organisations in $ids and those each is directly part of (PART_OF), with their kind and
// sector, and the parents of those that are municipal units or hospital departments (the only
// parents the rule reads); core/gap-finder/bridge-ties.ts makes gaps/bridge-organisations'
// rows of them (parent: the first PART_OF, as head() of the comprehension there). Columns, as
// gaps/organisation-lists (see there).
// Why: the per-row map and pattern comprehension of gaps/bridge-organisations cost ~12 µs per
// organisation on the embedded engine (842 nationally, ~10 ms CPU); these index seeks and
// lists ~6 ms. Same rows (checked on the seed and the national dataset).
// No WITH DISTINCT inside the CALLs: before a MATCH there it made the engine scan per row.
// params: $ids (list of strings)
// returns: organisations ([ids, names, kinds, sectors]: lists of strings, one item per
// organisation, in one order), parents ([children, parents]: lists of ids, one item per PART_OF
// of a MUNICIPAL_UNIT or HOSPITAL_DEPARTMENT, children[i] part of parents[i]). Each a list of
// the columns, which the rules' runner leaves as they are (it sorts a list of ids).
CALL () {
  UNWIND $ids AS id
  MATCH (:Organisation {id: id})-[:PART_OF]->(up:Organisation)
  RETURN collect(up.id) AS ups
}
UNWIND $ids + ups AS id
WITH collect(DISTINCT id) AS wanted
CALL (wanted) {
  UNWIND wanted AS id
  MATCH (o:Organisation {id: id})
  RETURN collect(o.id) AS ids, collect(o.name) AS names, collect(o.kind) AS kinds, collect(o.sector) AS sectors
}
CALL (wanted) {
  UNWIND wanted AS id
  MATCH (o:Organisation {id: id})-[:PART_OF]->(up:Organisation)
  WHERE o.kind IN ['MUNICIPAL_UNIT', 'HOSPITAL_DEPARTMENT']
  RETURN collect(o.id) AS children, collect(up.id) AS parents
}
RETURN [ids, names, kinds, sectors] AS organisations, [children, parents] AS parents
