// Every organisation as lists in one row, in the shape of gaps/bridge-ties-in-scope's: for
// the only-bridge rule over everything and for what-if, which look organisations up by the ids
// their people's ties name (gaps/bridge-ties) and by those ids' parents; every organisation is
// a superset of those, and the others are never looked up (core/gap-finder/bridges.ts), so
// core/gap-finder/bridge-ties.ts makes the same rows for every organisation asked about.
// Why every organisation: it needs no ids, so it runs beside gaps/bridge-ties instead of after
// it, and two label walks cost the embedded engine (@grafeo-db/js 0.6.0) less than three
// passes of index seeks over the ~900 ids the ties name nationally (of ~2,500): in process,
// statement and rows, ~10 -> ~6 ms CPU.
// Why columns: one list per field, not a list per organisation, and only the parents the rule
// reads (a municipal unit's or hospital department's: findOnlyBridges asks no other
// organisation's parent, and looks the parent's kind up itself). Nationally 389 -> 256 KB, in
// process (load 13) CPU 3.2 -> 2.1 ms and 2.5 -> 1.3 ms converting on the main thread. The
// columns line up because collect() skips nulls only, and an organisation always has its name,
// kind and sector (domain/records.ts); bridge-ties.ts checks their lengths.
// params: none
// returns: organisations ([ids, names, kinds, sectors]: lists of strings, one item per
// organisation, in one order), parents ([children, parents]: lists of ids, one item per PART_OF
// of a MUNICIPAL_UNIT or HOSPITAL_DEPARTMENT, children[i] part of parents[i]). Each a list of
// the columns, which the rules' runner leaves as they are (it sorts a list of ids).
CALL () {
  MATCH (o:Organisation)
  RETURN collect(o.id) AS ids, collect(o.name) AS names, collect(o.kind) AS kinds, collect(o.sector) AS sectors
}
// The units and departments through the index on kind (organisation_kind), not every
// organisation's PART_OF tested by kind: 3.45 -> 1.99 ms CPU nationally (alternated, load 16),
// the same rows in the same order.
CALL () {
  UNWIND ['MUNICIPAL_UNIT', 'HOSPITAL_DEPARTMENT'] AS kind
  MATCH (o:Organisation {kind: kind})-[:PART_OF]->(up:Organisation)
  RETURN collect(o.id) AS children, collect(up.id) AS parents
}
RETURN [ids, names, kinds, sectors] AS organisations, [children, parents] AS parents
