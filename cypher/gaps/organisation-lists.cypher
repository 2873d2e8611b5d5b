// Every organisation as lists in one row, in the shape of gaps/bridge-organisation-lists: for
// the only-bridge rule over everything and for what-if, which look organisations up by the ids
// their people's ties name (gaps/bridge-ties) and by those ids' parents; every organisation is
// a superset of those, and the others are never looked up (core/gap-finder/bridges.ts), so
// core/gap-finder/bridge-ties.ts makes the same rows for every organisation asked about.
// Why every organisation: it needs no ids, so it runs beside gaps/bridge-ties instead of after
// it, and two label walks cost the embedded engine (@grafeo-db/js 0.6.0) less than three
// passes of index seeks over the ~900 ids the ties name nationally (of ~2,500): in process,
// statement and rows, ~10 -> ~6 ms CPU.
// params: none
// returns: organisations (list of [id, name, kind, sector]), parents (list of [organisation id, parent id, parent kind])
CALL () {
  MATCH (o:Organisation)
  RETURN collect([o.id, o.name, o.kind, o.sector]) AS organisations
}
CALL () {
  MATCH (o:Organisation)-[:PART_OF]->(up:Organisation)
  RETURN collect([o.id, up.id, up.kind]) AS parents
}
RETURN organisations, parents
