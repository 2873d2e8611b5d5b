// gaps/bridge-organisations as lists in one row, for the gap report (what-if reads the rows):
// the organisations in $ids and those each is directly part of (PART_OF), with their kind and
// sector, and each one's parents; core/gap-finder/bridge-ties.ts makes gaps/bridge-organisations'
// rows of them (parent: the first PART_OF, as head() of the comprehension there).
// Why: the per-row map and pattern comprehension of gaps/bridge-organisations cost ~12 µs per
// organisation on the embedded engine (842 nationally, ~10 ms CPU); these index seeks and
// lists ~6 ms. Same rows (checked on the seed and the national dataset).
// No WITH DISTINCT inside the CALLs: before a MATCH there it made the engine scan per row.
// params: $ids (list of strings)
// returns: organisations (list of [id, name, kind, sector]), parents (list of [organisation id, parent id, parent kind])
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
  RETURN collect([o.id, o.name, o.kind, o.sector]) AS organisations
}
CALL (wanted) {
  UNWIND wanted AS id
  MATCH (o:Organisation {id: id})-[:PART_OF]->(up:Organisation)
  RETURN collect([o.id, up.id, up.kind]) AS parents
}
RETURN organisations, parents
